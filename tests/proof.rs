//! Behaviours a mutation run found unchecked: each test here fails if its behaviour goes.

use std::fs;
use std::path::Path;

use crate::common::{Pinned, record_files, simcancel};

/// A planned MTS cancelling at the hotline, and its file name.
fn planned(dir: &Path) -> String {
    simcancel()
        .args(["--operator", "mts", "--channel", "hotline", "--no-letter"])
        .records(dir)
        .assert()
        .success();
    let files = record_files(dir);
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].file_name().unwrap().to_string_lossy().into_owned()
}

/// `records done --when --reference --contact --note`: every answer is in the completed
/// record, as given.
#[test]
fn records_done_keeps_every_answer_given() {
    let dir = tempfile::tempdir().unwrap();
    let name = planned(dir.path());
    simcancel()
        .args(["records", "done", &name])
        .args(["--when", "2026-11-24 15:30"])
        .args(["--reference", "REQ-42"])
        .args(["--contact", "Office on Tverskaya, Anna"])
        .args(["--note", "They kept one copy."])
        .records(dir.path())
        .assert()
        .success();
    let done = record_files(dir.path())
        .into_iter()
        .find(|p| p.to_string_lossy().ends_with("_done.toml"))
        .expect("a completed version");
    let r: toml::Table = fs::read_to_string(&done).unwrap().parse().unwrap();
    let e = &r["evidence"];
    assert_eq!(e["status"].as_str(), Some("completed"));
    assert_eq!(
        e["when"].as_datetime().map(|d| d.to_string()).as_deref(),
        Some("2026-11-24T15:30:00+03:00")
    );
    assert_eq!(e["reference"].as_str(), Some("REQ-42"));
    assert_eq!(e["contact"].as_str(), Some("Office on Tverskaya, Anna"));
    assert_eq!(e["note"].as_str(), Some("They kept one copy."));
}

/// The length limit holds for `records done` as for the wizard: refused, nothing written.
#[test]
fn records_done_refuses_an_over_long_note() {
    let dir = tempfile::tempdir().unwrap();
    let name = planned(dir.path());
    let out = simcancel()
        .args(["records", "done", &name])
        .arg("--note")
        .arg("a".repeat(4097))
        .records(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--note"), "{err}");
    assert!(err.contains("4097"), "{err}");
    assert_eq!(record_files(dir.path()).len(), 1, "nothing written");
}

/// A record named by a path (not a bare name) is read where the path says, completed beside
/// it, shown as completed there, and not completed twice.
#[test]
fn a_record_named_by_a_path_is_completed_where_it_is() {
    let root = tempfile::tempdir().unwrap();
    let sub = root.path().join("sub");
    let name = planned(&sub);
    let path = format!("sub/{name}");
    let stem = name.trim_end_matches(".toml");
    let elsewhere = root.path().join("records");
    let records_cmd = |args: &[&str]| {
        let mut cmd = simcancel();
        cmd.current_dir(root.path())
            .args(["records"])
            .args(args)
            .records(&elsewhere);
        cmd
    };
    records_cmd(&["done", &path])
        .assert()
        .success()
        .stdout(format!(
            "Record written: {}\n",
            Path::new("sub").join(format!("{stem}_done.toml")).display()
        ));
    assert!(!elsewhere.exists(), "nothing in the records directory");

    let shown = records_cmd(&["show", &path]).output().unwrap();
    let shown = String::from_utf8_lossy(&shown.stdout);
    assert!(
        shown.contains(&format!(
            "\n  Stage      planned — completed in {stem}_done.toml\n"
        )),
        "{shown}"
    );
    assert!(!shown.contains("Follow-ups"), "{shown}");

    records_cmd(&["done", &path])
        .assert()
        .code(1)
        .stderr(format!(
            "simcancel: {path} is already completed by {stem}_done.toml; nothing to do.\n"
        ));
    assert_eq!(record_files(&sub).len(), 2, "{:?}", record_files(&sub));
}

/// The completed version's name is claimed, never overwritten: a file already there
/// (another run's completion a moment earlier) makes the second one stop and say so.
#[test]
fn a_completion_whose_name_is_taken_is_refused_and_overwrites_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let name = planned(dir.path());
    let stem = name.trim_end_matches(".toml");
    let taken = dir.path().join(format!("{stem}_done.toml"));
    fs::write(&taken, "someone's").unwrap();
    simcancel()
        .args(["records", "done", &name])
        .records(dir.path())
        .assert()
        .code(1)
        .stderr(format!(
            "simcancel: {} is already completed by {stem}_done.toml; nothing to do.\n",
            dir.path().join(&name).display()
        ));
    assert_eq!(fs::read_to_string(&taken).unwrap(), "someone's");
}

/// `records done FILE --follow-up N` changes the record in place, once: the follow-up keeps
/// the time it was first marked, `records` lists it as done, and no temporary file stays.
#[test]
fn a_follow_up_marked_done_stays_done_in_the_record() {
    let dir = tempfile::tempdir().unwrap();
    let name = planned(dir.path());
    let mark = |now: &str| {
        simcancel()
            .now(now)
            .args(["records", "done", &name, "--follow-up", "1"])
            .records(dir.path())
            .assert()
            .success()
            .stdout("Follow-up 1 marked done (Carry on with the cancellation on the hotline.).\n");
    };
    mark("2026-11-25T12:00:00+03:00");
    mark("2026-11-26T09:00:00+03:00");
    let r: toml::Table = fs::read_to_string(dir.path().join(&name))
        .unwrap()
        .parse()
        .unwrap();
    let first = &r["follow_up"].as_array().unwrap()[0];
    assert_eq!(
        first["done"]
            .as_datetime()
            .map(|d| d.to_string())
            .as_deref(),
        Some("2026-11-25T12:00:00+03:00")
    );
    let listed = simcancel()
        .records(dir.path())
        .arg("records")
        .output()
        .unwrap();
    let listed = String::from_utf8_lossy(&listed.stdout);
    assert!(
        listed.ends_with(&format!(
            "\nNo follow-ups due.\nFollow-ups done:\n  2026-11-25 · Carry on with the cancellation on the hotline.\n    {name} #1\n"
        )),
        "{listed}"
    );
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let guide = name.replace(".toml", "_guide.txt");
    assert_eq!(
        names,
        [name, guide],
        "the record and its guide, no temp file"
    );
}

/// A completion that cannot be written beside its record (here no file may grow past
/// zero bytes, root included) is printed whole with exit 73 — never taken for one already
/// completed.
#[test]
#[cfg(unix)] // `ulimit` in a shell
#[cfg_attr(
    feature = "portable",
    ignore = "only the Unix side has it (README: Windows, macOS and Linux)"
)]
fn a_completion_that_cannot_be_written_is_printed_not_called_done() {
    let dir = tempfile::tempdir().unwrap();
    let name = planned(dir.path());
    let out = crate::common::pinned_program("sh")
        .args([
            "-c",
            "ulimit -f 0; exec \"$0\" records done \"$1\" --records-dir \"$2\"",
        ])
        .arg(env!("CARGO_BIN_EXE_simcancel"))
        .arg(&name)
        .arg(dir.path())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert_eq!(out.status.code(), Some(73), "{stderr}");
    assert!(stdout.contains("status = \"completed\""), "{stdout}");
    assert!(
        stderr.starts_with(&format!(
            "simcancel: the record could not be written to {}: ",
            dir.path().display()
        )),
        "{stderr}"
    );
    assert_eq!(record_files(dir.path()), [dir.path().join(&name)]);
}
