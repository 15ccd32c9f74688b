//! Deciding and following up, through the real binary with a fixed "now": `--action
//! decide`, `--abroad`, timing, and the `records` commands with their calendar.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use predicates::prelude::*;

use crate::common::{Pinned, files_ending, guide_in, record_files, simcancel};

#[test]
fn decide_prints_the_comparison_without_a_terminal_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    simcancel()
        .fixture()
        .records(dir.path())
        .args([
            "--operator",
            "alfa",
            "--action",
            "decide",
            "--need-again",
            "yes",
            "--back-in",
            "10",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Your options at Alfa Test, from today",
        ))
        .stdout(predicate::str::contains("Free until 2026-12-09 (14 days)"))
        .stdout(predicate::str::contains(
            "Suspend: you need the number again in 10 days",
        ));
    assert!(
        fs::read_dir(dir.path()).map(|d| d.count()).unwrap_or(0) == 0,
        "no record for a comparison"
    );
    simcancel()
        .records(dir.path())
        .args(["--action", "decide"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--operator is missing"));
}

#[test]
fn abroad_offers_no_store() {
    let dir = tempfile::tempdir().unwrap();
    simcancel()
        .records(dir.path())
        .args(["--operator", "megafon", "--channel", "store", "--abroad"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "Channels that remain: hotline, online",
        ));
    simcancel()
        .records(dir.path())
        .args(["--operator", "megafon", "--channel", "online", "--abroad"])
        .assert()
        .success();
    let text = fs::read_to_string(&record_files(dir.path())[0]).unwrap();
    assert!(text.contains("abroad = true"), "{text}");
    // The ways that work from abroad help choose a channel: given one, they are in the guide.
    assert!(guide_in(dir.path()).contains("What works from abroad:"));
}

#[test]
fn records_lists_newest_first_with_due_follow_ups_and_completes_a_planned_one() {
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path();
    simcancel()
        .records(records)
        .now("2026-11-01T10:00:00+03:00")
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
    simcancel()
        .records(records)
        .now("2026-11-20T10:00:00+03:00")
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
    let out = simcancel()
        .records(records)
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
        out.contains("2026-11-15 · 10 days overdue · Check that the balance has arrived"),
        "{out}"
    );
    assert!(!out.contains("2026-11-28"), "not yet due:\n{out}");

    // JSON carries the same, with `due` flags.
    let json = simcancel()
        .records(records)
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
    let planned = record_files(records)
        .into_iter()
        .find(|p| p.to_string_lossy().contains("beeline"))
        .unwrap();
    let before = fs::read(&planned).unwrap();
    let name = planned.file_name().unwrap().to_string_lossy().into_owned();
    simcancel()
        .records(records)
        .now("2026-11-29T12:00:00+03:00")
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
    let done = record_files(records)
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
    simcancel()
        .records(records)
        .args(["records", "done", &done_name])
        .assert()
        .code(1);

    simcancel()
        .records(records)
        .args(["records", "show", "--format", "toml", &name])
        .assert()
        .success()
        .stdout(predicate::str::contains("operator = \"beeline\""));
}

#[test]
fn follow_ups_become_calendar_events_that_parse_back() {
    let dir = tempfile::tempdir().unwrap();
    simcancel()
        .fixture()
        .records(dir.path())
        .args([
            "--operator",
            "alfa",
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
    let record = &record_files(dir.path())[0];
    simcancel()
        .records(dir.path())
        .args(["records", "ics"])
        .arg(record)
        .assert()
        .success();
    let ics = files_ending(dir.path(), ".ics");
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
        simcancel()
            .records(dir.path())
            .args(["records", sub, "missing.toml"])
            .assert()
            .code(66)
            .stderr(predicate::str::contains("no record at"));
        simcancel()
            .records(dir.path())
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
        simcancel()
            .records(dir.path())
            .now("2031-01-05T10:00:00+03:00")
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
    simcancel()
        .records(dir.path())
        .now("2026-11-25T10:00:00+03:00")
        .args(["check-data", table])
        .assert()
        .success()
        .stderr("");
    // The wizard still works, and says so.
    simcancel()
        .records(dir.path())
        .now("2031-03-04T12:00:00+03:00")
        .args(["--operator", "mts", "--channel", "store"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "The holiday list does not cover 2031",
        ));
}

/// A directory with the one record the flags (split at spaces) write, and its path.
fn one_record(flags: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    simcancel()
        .records(dir.path())
        .args(flags.split(' '))
        .assert()
        .success();
    let record = record_files(dir.path()).remove(0);
    (dir, record)
}

/// The events of a calendar file, parsed back.
fn events_of(ics: &Path) -> Vec<(BTreeMap<String, String>, Vec<String>)> {
    let text = fs::read_to_string(ics).unwrap();
    let unfolded = icalendar::parser::unfold(&text);
    let calendar = icalendar::parser::read_calendar(&unfolded).unwrap();
    calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .map(|e| {
            let props = e
                .properties
                .iter()
                .map(|p| (p.name.to_string(), p.val.to_string()))
                .collect();
            let inner = e.components.iter().map(|c| c.name.to_string()).collect();
            (props, inner)
        })
        .collect()
}

/// A kept number is kept by acting every month: marking this month's reminder done
/// brings the next month's, in `records` and in the calendar alike, and the calendar
/// rings before each.
#[test]
fn a_kept_number_is_reminded_every_month_after_each_is_marked_done() {
    let (dir, record) = one_record("--operator beeline --action keep");
    // The first reminder, 30 days on, done a day late.
    let later = "2026-12-26T10:00:00+03:00";
    simcancel()
        .records(dir.path())
        .now(later)
        .args(["records", "done"])
        .arg(&record)
        .args(["--follow-up", "1"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "The next one: 2027-01-26 (follow-up 2)",
        ));
    simcancel()
        .records(dir.path())
        .now(later)
        .arg("records")
        .assert()
        .success()
        .stdout(predicate::str::contains("Next: 2027-01-26"))
        .stdout(predicate::str::contains("Follow-ups done:"));
    simcancel()
        .records(dir.path())
        .now(later)
        .args(["records", "ics"])
        .arg(&record)
        .assert()
        .success();
    let events = events_of(&files_ending(dir.path(), ".ics")[0]);
    assert_eq!(events.len(), 1, "the done one is gone: {events:?}");
    let (props, inner) = &events[0];
    assert_eq!(props["DTSTART"], "20270126", "{props:?}");
    assert_eq!(props["RRULE"], "FREQ=MONTHLY");
    assert!(props["SUMMARY"].starts_with("Beeline"), "{props:?}");
    assert_eq!(inner, &["VALARM"]);
}

/// Every event of every calendar rings: one alarm, the day before at 09:00.
#[test]
fn every_calendar_event_carries_an_alarm() {
    for args in [
        &[
            "--operator",
            "mts",
            "--action",
            "suspend",
            "--channel",
            "online",
        ][..],
        &[
            "--operator",
            "mts",
            "--channel",
            "store",
            "--completed",
            "--balance",
            "refund",
        ],
        &["--operator", "megafon", "--channel", "store"],
    ] {
        let dir = tempfile::tempdir().unwrap();
        simcancel()
            .records(dir.path())
            .args(args)
            .arg("--ics")
            .assert()
            .success();
        let ics = files_ending(dir.path(), ".ics");
        let events = events_of(&ics[0]);
        assert!(!events.is_empty(), "{args:?}");
        for (props, inner) in &events {
            assert_eq!(inner, &["VALARM"], "{args:?}: {props:?}");
        }
        let text = fs::read_to_string(&ics[0]).unwrap();
        assert_eq!(
            text.matches("TRIGGER:-PT15H").count(),
            events.len(),
            "{text}"
        );
        assert!(text.contains("ACTION:DISPLAY"), "{text}");
    }
}

/// `records` fits an 80-column terminal in every language, whatever the files are called:
/// no line is wider, and no file name is cut across lines; `--wide` keeps the full table.
#[test]
fn the_records_listing_fits_80_columns_in_every_language_with_long_file_names() {
    use unicode_width::UnicodeWidthStr;
    let dir = tempfile::tempdir().unwrap();
    // A name long enough to wrap the line it is on.
    let name = "Ivan Petrovich Sidorov-Kuznetsov";
    for flags in [
        "--operator mts --channel store --completed --balance refund",
        "--operator beeline --action keep --number +79161234567 --name",
        "--operator megafon --action suspend --channel hotline",
    ] {
        let mut run = simcancel();
        run.records(dir.path()).args(flags.split(' '));
        if flags.ends_with("--name") {
            run.arg(name);
        }
        run.assert().success();
    }
    // One named past any line, one nearly a line, one completed by a later one.
    let records = record_files(dir.path());
    let long = format!(
        "{}_mts_cancel_store_a-very-long-name-that-someone-gave.toml",
        "x".repeat(60)
    );
    fs::rename(&records[1], dir.path().join(&long)).unwrap();
    let near = format!("{}.toml", "y".repeat(66));
    fs::rename(&records[2], dir.path().join(&near)).unwrap();
    simcancel()
        .records(dir.path())
        .args(["records", "done", &long])
        .assert()
        .success();
    for lang in ["C", "ru_RU.UTF-8", "zh_CN.UTF-8"] {
        let out = simcancel()
            .records(dir.path())
            .now("2026-12-30T10:00:00+03:00")
            .locale(lang)
            .arg("records")
            .assert()
            .success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        for line in text.lines() {
            assert!(
                line.width() <= 80,
                "{lang}: {} columns: {line}\n{text}",
                line.width()
            );
        }
        assert!(
            text.contains(&near),
            "{lang}: a name that fits stays whole:\n{text}"
        );
        assert!(text.contains('…'), "{lang}: {text}");
        assert!(text.contains("#1"), "{lang}: {text}");
        let wide = simcancel()
            .records(dir.path())
            .now("2026-12-30T10:00:00+03:00")
            .locale(lang)
            .args(["records", "--wide"])
            .assert()
            .success();
        let wide = String::from_utf8(wide.get_output().stdout.clone()).unwrap();
        assert!(wide.contains(&long), "{lang}: {wide}");
        assert!(wide.lines().any(|l| l.width() > 80), "{lang}: {wide}");
    }
}

/// The card shows each Russian sentence with the reader's translation beneath it,
/// indented; a Russian reader gets the sentences alone. Piped, it is printed whole,
/// without waiting for a key.
#[test]
fn the_card_shows_each_sentence_with_its_translation_beneath() {
    let (dir, record) = one_record("--operator mts --channel store");
    let card = |lang: &str| {
        let out = simcancel()
            .records(dir.path())
            .locale(lang)
            .args(["records", "card"])
            .arg(&record)
            .assert()
            .success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    let ru = "    Я хочу расторгнуть договор и закрыть\n    этот номер.\n";
    let zh = card("zh_CN.UTF-8");
    assert!(
        zh.contains(&format!("{ru}      我想解除合同，给这个号码销号。\n\n")),
        "{zh}"
    );
    let en = card("C");
    assert!(en.contains(&format!("{ru}      I want")), "{en}");
    assert!(!en.contains('⏎'), "no pause when piped: {en}");
    let only = card("ru_RU.UTF-8");
    assert!(only.contains(&format!("{ru}\n")), "{only}");
    // Every sentence in Russian has its translation: as many indented blocks as phrases.
    let sentences = en.split("\n\n").filter(|b| b.contains("\n      ")).count();
    let phrases = fs::read_to_string(&record)
        .unwrap()
        .matches("[[phrase]]")
        .count();
    assert!(phrases >= 3, "{phrases}");
    assert_eq!(sentences, phrases, "{en}");
}

/// `records` and `records ics` agree: the calendar of a record holds the dates the
/// listing shows for it; a record completed by a later one sends you to the later one's
/// calendar, whose follow-ups the listing shows.
#[test]
fn records_and_the_calendar_agree_on_what_is_due() {
    let (dir, planned) = one_record("--operator mts --channel store");
    simcancel()
        .records(dir.path())
        .args(["records", "done"])
        .arg(&planned)
        .assert()
        .success();
    let done = record_files(dir.path())
        .into_iter()
        .find(|p| p.to_string_lossy().ends_with("_done.toml"))
        .unwrap();
    let done_name = done.file_name().unwrap().to_string_lossy().into_owned();
    simcancel()
        .records(dir.path())
        .args(["records", "ics"])
        .arg(&planned)
        .assert()
        .failure()
        .stderr(predicate::str::contains(format!(
            "simcancel records ics {done_name}"
        )));
    assert!(
        files_ending(dir.path(), ".ics").is_empty(),
        "nothing written"
    );
    simcancel()
        .records(dir.path())
        .args(["records", "ics"])
        .arg(&done)
        .assert()
        .success();
    let mut calendar: Vec<String> = events_of(&files_ending(dir.path(), ".ics")[0])
        .into_iter()
        .map(|(props, _)| props["DTSTART"].clone())
        .collect();
    calendar.sort();
    let json = simcancel()
        .records(dir.path())
        .args(["records", "--json"])
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&json.get_output().stdout).unwrap();
    let listed: Vec<String> = json["records"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["completed_by"].is_null())
        .flat_map(|r| r["follow_ups"].as_array().unwrap().clone())
        .filter(|f| f["done"].is_null())
        .map(|f| f["date"].as_str().unwrap().replace('-', ""))
        .collect();
    assert!(!listed.is_empty());
    assert_eq!(calendar, listed);
    // The listing's next date is the calendar's first.
    let text = simcancel()
        .records(dir.path())
        .arg("records")
        .assert()
        .success();
    let text = String::from_utf8(text.get_output().stdout.clone()).unwrap();
    let first = &calendar[0];
    let shown = format!("Next: {}-{}-{}", &first[..4], &first[4..6], &first[6..]);
    assert!(text.contains(&shown), "{shown}:\n{text}");
}
