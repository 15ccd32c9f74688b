//! Deciding and following up, through the real binary with a fixed "now": `--action
//! decide`, `--abroad`, timing, and the `records` commands with their calendar.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

use crate::common::NOW;

fn simcancel(records: &Path, now: &str) -> Command {
    let mut cmd = crate::common::simcancel();
    cmd.env("SIMCANCEL_RECORDS_DIR", records)
        .env("SIMCANCEL_NOW", now);
    cmd
}

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    v.sort();
    v
}

#[test]
fn decide_prints_the_comparison_without_a_terminal_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    simcancel(dir.path(), NOW)
        .args([
            "--operator",
            "mts",
            "--action",
            "decide",
            "--need-again",
            "yes",
            "--back-in",
            "10",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("Your options at MTS, from today"))
        .stdout(predicate::str::contains("Free until 2026-12-09 (14 days)"))
        .stdout(predicate::str::contains(
            "Suspend: you need the number again in 10 days",
        ));
    assert!(
        fs::read_dir(dir.path()).map(|d| d.count()).unwrap_or(0) == 0,
        "no record for a comparison"
    );
    simcancel(dir.path(), NOW)
        .args(["--action", "decide"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--operator is missing"));
}

#[test]
fn abroad_offers_no_store() {
    let dir = tempfile::tempdir().unwrap();
    simcancel(dir.path(), NOW)
        .args(["--operator", "megafon", "--channel", "store", "--abroad"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "Channels that remain: hotline, online",
        ));
    simcancel(dir.path(), NOW)
        .args(["--operator", "megafon", "--channel", "online", "--abroad"])
        .assert()
        .success()
        .stdout(predicate::str::contains("You are abroad"));
    let text = fs::read_to_string(&files(dir.path(), "toml")[0]).unwrap();
    assert!(text.contains("abroad = true"), "{text}");
}

#[test]
fn records_lists_newest_first_with_due_follow_ups_and_completes_a_planned_one() {
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path();
    simcancel(records, "2026-11-01T10:00:00+03:00")
        .args([
            "--operator",
            "mts",
            "--channel",
            "store",
            "--balance",
            "refund",
            "--reference",
            "M-1",
            "--completed",
        ])
        .assert()
        .success();
    simcancel(records, "2026-11-20T10:00:00+03:00")
        .args([
            "--operator",
            "beeline",
            "--channel",
            "store",
            "--planned",
            "--when",
            "2026-11-28 10:00",
        ])
        .assert()
        .success();

    // On the 25th the MTS refund check (1 Nov + 14 days) is ten days overdue.
    let out = simcancel(records, NOW)
        .arg("records")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    let beeline = out.find("_beeline_cancel_store.toml").unwrap();
    let mts = out.find("_mts_cancel_store.toml").unwrap();
    assert!(beeline < mts, "newest first:\n{out}");
    assert!(
        out.contains("2026-11-15  10 days overdue  Check that the balance has arrived"),
        "{out}"
    );
    assert!(!out.contains("2026-11-28"), "not yet due:\n{out}");

    // JSON carries the same, with `due` flags.
    let json = simcancel(records, NOW)
        .args(["records", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(v["records"][0]["operator"], "beeline");
    assert_eq!(v["records"][1]["follow_ups"][0]["due"], true);
    assert_eq!(v["records"][0]["status"], "planned");

    // Done on the 29th: a new, completed version; the planned one is kept as it was.
    let planned = files(records, "toml")
        .into_iter()
        .find(|p| p.to_string_lossy().contains("beeline"))
        .unwrap();
    let before = fs::read(&planned).unwrap();
    let name = planned.file_name().unwrap().to_string_lossy().into_owned();
    simcancel(records, "2026-11-29T12:00:00+03:00")
        .args([
            "records",
            "done",
            &name,
            "--reference",
            "B-77",
            "--contact",
            "Office, Olga",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("_done.toml"));
    assert_eq!(
        fs::read(&planned).unwrap(),
        before,
        "the planned version is untouched"
    );
    let done = files(records, "toml")
        .into_iter()
        .find(|p| p.to_string_lossy().contains("_done"))
        .unwrap();
    let r: toml::Table = fs::read_to_string(&done).unwrap().parse().unwrap();
    assert_eq!(r["evidence"]["status"].as_str(), Some("completed"));
    assert_eq!(r["evidence"]["reference"].as_str(), Some("B-77"));
    assert_eq!(r["supersedes"].as_str(), Some(name.as_str()));
    assert_eq!(
        r["follow_up"][0]["date"].as_datetime().unwrap().to_string(),
        "2026-12-29"
    );
    // A completed record cannot be completed again.
    let done_name = done.file_name().unwrap().to_string_lossy().into_owned();
    simcancel(records, NOW)
        .args(["records", "done", &done_name])
        .assert()
        .code(1);

    simcancel(records, NOW)
        .args(["records", "show", "--format", "toml", &name])
        .assert()
        .success()
        .stdout(predicate::str::contains("operator = \"beeline\""));
}

#[test]
fn follow_ups_become_calendar_events_that_parse_back() {
    let dir = tempfile::tempdir().unwrap();
    simcancel(dir.path(), NOW)
        .args([
            "--operator",
            "mts",
            "--action",
            "suspend",
            "--channel",
            "online",
            "--ics",
            "--completed",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("Calendar written: "));
    let record = &files(dir.path(), "toml")[0];
    simcancel(dir.path(), NOW)
        .args(["records", "ics"])
        .arg(record)
        .assert()
        .success();
    let ics = files(dir.path(), "ics");
    assert_eq!(
        ics.len(),
        2,
        "--ics and `records ics` each wrote one, neither overwrote: {ics:?}"
    );
    let text = fs::read_to_string(&ics[0]).unwrap();
    let unfolded = icalendar::parser::unfold(&text);
    let calendar = icalendar::parser::read_calendar(&unfolded).unwrap();
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    assert_eq!(events.len(), 1, "one event per follow-up");
    let prop = |name: &str| {
        events[0]
            .properties
            .iter()
            .find(|p| p.name == name)
            .map(|p| p.val.to_string())
            .unwrap_or_default()
    };
    assert_eq!(prop("DTSTART"), "20261209");
    assert_eq!(prop("DTEND"), "20261210");
    assert!(
        prop("SUMMARY").contains("The free days of the block end"),
        "{}",
        prop("SUMMARY")
    );
    assert!(!prop("UID").is_empty());
}

#[test]
fn records_commands_on_missing_or_foreign_files_fail_clearly_and_touch_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notes.txt");
    fs::write(&notes, "my own notes").unwrap();
    for sub in ["show", "done", "ics"] {
        simcancel(dir.path(), NOW)
            .args(["records", sub, "missing.toml"])
            .assert()
            .code(66)
            .stderr(predicate::str::contains("no record at"));
        simcancel(dir.path(), NOW)
            .args(["records", sub, "notes.txt"])
            .assert()
            .code(65)
            .stderr(predicate::str::contains("left untouched"));
    }
    assert_eq!(fs::read_to_string(&notes).unwrap(), "my own notes");
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "nothing written beside it"
    );
}

#[test]
fn check_data_warns_of_a_holiday_table_behind_the_clock_and_judges_the_table() {
    let dir = tempfile::tempdir().unwrap();
    let table = concat!(env!("CARGO_MANIFEST_DIR"), "/data/operators.toml");
    for args in [vec!["check-data"], vec!["check-data", table]] {
        simcancel(dir.path(), "2031-01-05T10:00:00+03:00")
            .args(&args)
            .assert()
            .success()
            .stdout(predicate::str::contains("operators"))
            .stderr(
                predicate::str::contains("warning")
                    .and(predicate::str::contains("does not cover 2031")),
            );
    }
    // A clock the calendar covers: no warning at all.
    simcancel(dir.path(), "2026-11-25T10:00:00+03:00")
        .args(["check-data", table])
        .assert()
        .success()
        .stderr("");
    // The wizard still works, and says so.
    simcancel(dir.path(), "2031-03-04T12:00:00+03:00")
        .args(["--operator", "mts", "--channel", "store"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "The holiday list does not cover 2031",
        ));
}
