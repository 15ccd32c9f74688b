//! The non-interactive path: the real binary, run without a terminal.

use std::fs;

use predicates::prelude::*;
use simcancel::catalog::{self, Action};

use crate::common::{Pinned, only_record, record_files, simcancel};

#[test]
fn the_design_card_example_works_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = simcancel()
        .records(dir.path())
        .args(["--operator", "mts", "--channel", "online"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Online — MTS"))
        .stdout(predicate::str::contains("Record written: "))
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    let files = record_files(dir.path());
    assert!(
        out.contains(&files[0].display().to_string()),
        "prints the record's path"
    );
    let name = files[0].file_name().unwrap().to_str().unwrap().to_owned();
    assert!(name.ends_with("_mts_cancel_online.toml"), "{name}");
    let r = only_record(dir.path());
    assert_eq!(r["schema"].as_integer(), Some(2));
    assert_eq!(r["operator"].as_str(), Some("mts"));
    assert_eq!(r["action"].as_str(), Some("cancel"));
    assert_eq!(r["owner"].as_str(), Some("me"));
    assert_eq!(r["balance"].as_str(), Some("none"));
    assert_eq!(r["channel"].as_str(), Some("online"));
    // Nothing was said to be done: a plan, with one follow-up to go on with it.
    assert_eq!(r["evidence"]["status"].as_str(), Some("planned"));
    assert_eq!(r["follow_up"][0]["key"].as_str(), Some("follow-go-on"));
    assert_eq!(r["data"]["table"].as_str(), Some("embedded"));
    assert!(
        r["created"].as_datetime().unwrap().offset.is_some(),
        "timestamp carries its UTC offset"
    );
    assert_eq!(r["preparation"]["not_done"].as_array().unwrap().len(), 9);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&files[0]).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "a record is personal data");
    }
}

#[test]
fn every_operator_and_offered_channel_writes_its_record() {
    let table = catalog::embedded().unwrap();
    for op in &table.operators {
        for action in Action::ALL {
            for channel in op.channels_for(action) {
                let dir = tempfile::tempdir().unwrap();
                simcancel()
                    .records(dir.path())
                    .args([
                        "--operator",
                        op.id(),
                        "--action",
                        action.id(),
                        "--channel",
                        channel.id(),
                    ])
                    .args([
                        "--yes",
                        "--reference",
                        "R-1",
                        "--contact",
                        "Anna",
                        "--note",
                        "n",
                    ])
                    .assert()
                    .success();
                let r = only_record(dir.path());
                assert_eq!(r["operator"].as_str(), Some(op.id()));
                assert_eq!(r["action"].as_str(), Some(action.id()));
                assert_eq!(r["channel"].as_str(), Some(channel.id()));
                assert_eq!(r["evidence"]["reference"].as_str(), Some("R-1"));
                assert_eq!(r["preparation"]["done"].as_array().unwrap().len(), 9);
            }
        }
    }
}

#[test]
fn every_answer_can_come_from_a_flag() {
    let dir = tempfile::tempdir().unwrap();
    let proof = tempfile::tempdir().unwrap();
    let (a_png, b_png) = (proof.path().join("a.png"), proof.path().join("b.png"));
    std::fs::write(&a_png, "png").unwrap();
    std::fs::write(&b_png, "png!").unwrap();
    let (a_png, b_png) = (a_png.display().to_string(), b_png.display().to_string());
    simcancel()
        .records(dir.path())
        .args([
            "--operator",
            "beeline",
            "--action",
            "cancel",
            "--owner",
            "other",
        ])
        .args([
            "--done",
            "contacts,sms,2fa",
            "--balance",
            "transfer",
            "--channel",
            "store",
        ])
        .args([
            "--planned",
            "--when",
            "2026-12-01 10:00",
            "--reference",
            "X",
            "--contact",
            "Office",
        ])
        .args([
            "--file",
            a_png.as_str(),
            "--file",
            b_png.as_str(),
            "--note",
            "bring PoA",
            "--no-input",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("power of attorney"));
    let r = only_record(dir.path());
    assert_eq!(r["owner"].as_str(), Some("other"));
    assert_eq!(r["balance"].as_str(), Some("transfer"));
    assert_eq!(r["evidence"]["status"].as_str(), Some("planned"));
    assert_eq!(
        r["evidence"]["when"].as_datetime().unwrap().to_string()[..16],
        *"2026-12-01T10:00"
    );
    assert_eq!(r["evidence"]["files"].as_array().unwrap().len(), 2);
    let done: Vec<&str> = r["preparation"]["done"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(done, ["contacts", "sms", "2fa"]);
}

#[test]
fn an_unknown_operator_exits_2_listing_the_known_ones() {
    let dir = tempfile::tempdir().unwrap();
    simcancel()
        .records(dir.path())
        .args(["--operator", "tele3", "--channel", "store"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown operator `tele3`"))
        .stderr(predicate::str::contains("mts, beeline, megafon"));
    assert!(record_files(dir.path()).is_empty());
}

/// Wizard flags given with a subcommand would do nothing there: the run is refused, each
/// flag named as typed, before the subcommand prints anything.
#[test]
fn wizard_flags_with_a_subcommand_exit_2_naming_them() {
    let dir = tempfile::tempdir().unwrap();
    simcancel()
        .records(dir.path())
        .args(["--operator", "mts", "--abroad", "operators"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("--operator"))
        .stderr(predicate::str::contains("--abroad"))
        .stderr(predicate::str::contains("do nothing with a subcommand"));
}

#[test]
fn an_unknown_channel_exits_2_listing_the_channels() {
    let dir = tempfile::tempdir().unwrap();
    simcancel()
        .records(dir.path())
        .args(["--operator", "mts", "--channel", "fax"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("store").and(predicate::str::contains("online")));
}

#[test]
fn a_channel_the_operator_does_not_offer_exits_2_naming_those_that_do() {
    let dir = tempfile::tempdir().unwrap();
    simcancel()
        .records(dir.path())
        .args([
            "--operator",
            "t2",
            "--action",
            "suspend",
            "--channel",
            "online",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Channels that do: store, hotline"));
    assert!(record_files(dir.path()).is_empty());
}

#[test]
fn answers_that_contradict_each_other_exit_2_before_any_guidance() {
    let dir = tempfile::tempdir().unwrap();
    let full = ["--operator", "mts", "--channel", "store", "--yes"];
    for (extra, says) in [
        (
            &["--action", "cancel", "--need-again", "yes"][..],
            "--need-again answers a question of \"Help me decide\", but --action cancel",
        ),
        (
            &[
                "--action",
                "suspend",
                "--need-again",
                "yes",
                "--back-in",
                "30",
            ],
            "--need-again, --back-in answer questions of \"Help me decide\", but --action suspend",
        ),
        (
            &[
                "--action",
                "decide",
                "--need-again",
                "no",
                "--back-in",
                "30",
            ],
            "Use --need-again yes, or leave --back-in out.",
        ),
    ] {
        simcancel()
            .records(dir.path())
            .args(full)
            .args(extra)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(says));
    }
    // Without a terminal and without --action, the action would be cancel: refused too.
    simcancel()
        .records(dir.path())
        .args(full)
        .args(["--need-again", "yes"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "without a terminal that needs --action decide",
        ));
    assert!(record_files(dir.path()).is_empty());
    // The same answers without the contradiction go through.
    simcancel()
        .records(dir.path())
        .args(full)
        .args([
            "--action",
            "decide",
            "--need-again",
            "yes",
            "--back-in",
            "30",
        ])
        .assert()
        .success();
}

#[test]
fn missing_answers_without_a_terminal_exit_2_naming_the_flags() {
    let dir = tempfile::tempdir().unwrap();
    simcancel()
        .records(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not running interactively"))
        .stderr(predicate::str::contains("--operator, --channel"));
    simcancel()
        .records(dir.path())
        .args(["--operator", "megafon"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--channel is missing"));
    assert!(record_files(dir.path()).is_empty());
}

#[test]
fn a_data_file_that_does_not_parse_exits_65_with_its_location() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("ops.toml");
    fs::write(&data, "schema = 1\nverified = 2026-11-25\n[general\n").unwrap();
    simcancel()
        .records(dir.path())
        .args(["--operator", "mts", "--channel", "store", "--data"])
        .arg(&data)
        .assert()
        .code(65)
        .stderr(predicate::str::contains(format!("{}:3:", data.display())));
}

#[test]
fn an_inconsistent_data_file_exits_65_with_every_problem_located() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("ops.toml");
    // The shipped table, with MTS's block copied under the same id and a typo'd key.
    let shipped = catalog::EMBEDDED;
    let start = shipped.find("[[operator]]\nid = \"mts\"").unwrap();
    let end = shipped.find("[[operator]]\nid = \"beeline\"").unwrap();
    let doubled = format!("{shipped}\n{}", &shipped[start..end]);
    fs::write(&data, &doubled).unwrap();
    let line = doubled[..doubled.rfind("id = \"mts\"").unwrap()]
        .lines()
        .count()
        + 1;
    simcancel()
        .records(dir.path())
        .args(["--operator", "mts", "--channel", "store", "--data"])
        .arg(&data)
        .assert()
        .code(65)
        .stderr(predicate::str::contains(format!(
            "{}:{line}:6: operator id `mts` is used twice",
            data.display()
        )));

    let typo = shipped.replacen(
        "confidence = \"secondary\"",
        "confidance = \"secondary\"",
        1,
    );
    fs::write(&data, typo).unwrap();
    simcancel()
        .records(dir.path())
        .args(["--operator", "mts", "--channel", "store", "--data"])
        .arg(&data)
        .assert()
        .code(65)
        .stderr(predicate::str::contains("confidance"));
}

#[test]
fn a_data_file_that_cannot_be_read_exits_66() {
    let dir = tempfile::tempdir().unwrap();
    simcancel()
        .records(dir.path())
        .args([
            "--operator",
            "mts",
            "--channel",
            "store",
            "--data",
            "no/such/file.toml",
        ])
        .assert()
        .code(66)
        .stderr(predicate::str::contains("no/such/file.toml"));
}

#[test]
fn an_unwritable_records_dir_exits_73_and_prints_the_record() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("records");
    fs::write(&blocker, "not a directory").unwrap();
    let out = simcancel()
        .records(&blocker)
        .args([
            "--operator",
            "mts",
            "--channel",
            "store",
            "--reference",
            "KEEP-ME",
        ])
        .assert()
        .code(73)
        .stderr(predicate::str::contains(blocker.display().to_string()))
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    let record = &out[out
        .find("# simcancel record")
        .expect("the record is printed")..];
    let parsed: toml::Table = record.parse().unwrap();
    assert_eq!(parsed["evidence"]["reference"].as_str(), Some("KEEP-ME"));
    assert_eq!(
        fs::read_to_string(&blocker).unwrap(),
        "not a directory",
        "nothing clobbered"
    );
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "nothing written beside it"
    );
}

#[test]
fn the_records_dir_can_come_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    simcancel()
        .env("SIMCANCEL_RECORDS_DIR", dir.path())
        .args(["--operator", "megafon", "--channel", "hotline"])
        .write_stdin("")
        .assert()
        .success();
    assert_eq!(record_files(dir.path()).len(), 1);
}

#[test]
fn answers_that_cannot_work_print_only_their_error() {
    let dir = tempfile::tempdir().unwrap();
    for (args, says) in [
        (
            &[
                "--operator",
                "mts",
                "--action",
                "suspend",
                "--balance",
                "refund",
                "--channel",
                "store",
            ][..],
            "--balance applies to cancelling",
        ),
        (
            &["--operator", "mts", "--abroad", "--channel", "store"][..],
            "--abroad --channel store: you are abroad",
        ),
        (
            &[
                "--operator",
                "mts",
                "--channel",
                "store",
                "--when",
                "tomorrow",
            ][..],
            "--when tomorrow: `tomorrow` is not a date",
        ),
        (
            &[
                "--operator",
                "t2",
                "--action",
                "suspend",
                "--channel",
                "online",
            ][..],
            "--action suspend --channel online: t2 does not offer",
        ),
        (
            &[
                "--operator",
                "mts",
                "--channel",
                "store",
                "--when",
                "31.12.9999",
            ][..],
            "--when 31.12.9999: `31.12.9999` is more than 20 years from today",
        ),
    ] {
        simcancel()
            .records(dir.path())
            .args(args)
            .arg("--no-input")
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(says))
            .stderr(predicate::function(|e: &str| e.lines().count() == 1));
    }
    assert!(record_files(dir.path()).is_empty());
}

/// A free-text flag over the limit is refused before any guidance: nothing on stdout,
/// one message naming the flag, no record.
#[test]
fn an_answer_too_long_exits_2_before_any_guidance() {
    let long = "x".repeat(5_000);
    for flag in ["--note", "--reference", "--contact", "--name"] {
        let dir = tempfile::tempdir().unwrap();
        let out = simcancel()
            .records(dir.path())
            .args(["--operator", "mts", "--channel", "store", flag, &long])
            .assert()
            .code(2)
            .get_output()
            .clone();
        assert!(
            out.stdout.is_empty(),
            "{flag}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            err.lines().filter(|l| !l.is_empty()).count(),
            1,
            "{flag}: {err}"
        );
        assert!(err.contains(flag) && err.contains("5000"), "{flag}: {err}");
        assert!(record_files(dir.path()).is_empty(), "{flag}");
    }
}

/// The run ends with what happens next: commands to copy that finish the record, show the
/// sentences and write the calendar — and each one works as printed.
#[test]
fn the_last_lines_are_commands_that_work_as_printed() {
    let dir = tempfile::tempdir().unwrap();
    let out = simcancel()
        .records(dir.path())
        .args(["--operator", "mts", "--channel", "store"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    let next = out.split("What happens next:").nth(1).expect(&out);
    let commands: Vec<&str> = next
        .lines()
        .filter_map(|l| l.trim().strip_prefix("simcancel "))
        .collect();
    let verbs: Vec<&str> = commands
        .iter()
        .map(|c| c.split(' ').nth(1).unwrap())
        .collect();
    assert_eq!(verbs, ["done", "card", "ics"], "{next}");
    // Calendar and card first: `done` changes what the others would read.
    for command in commands.iter().rev() {
        let args: Vec<&str> = command.split(' ').collect();
        simcancel()
            .records(dir.path())
            .args(&args)
            .assert()
            .success();
    }
    assert!(fs::read_dir(dir.path()).unwrap().any(|e| {
        e.unwrap()
            .file_name()
            .to_string_lossy()
            .ends_with("_done.toml")
    }));
}
