//! A record's life: planned, then completed once, with follow-ups that fit each stage.

use std::fs;
use std::path::Path;

use crate::common::{Pinned, record_files, simcancel};

fn plan(records: &Path) -> String {
    let out = simcancel()
        .records(records)
        .args([
            "--operator",
            "mts",
            "--channel",
            "store",
            "--balance",
            "refund",
            "--number",
            "89161234567",
            "--name",
            "Li Wei",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    record_files(records)[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

#[test]
fn planned_then_completed_once_lists_only_live_follow_ups() {
    let dir = tempfile::tempdir().unwrap();
    let name = plan(dir.path());
    let text = fs::read_to_string(dir.path().join(&name)).unwrap();
    assert!(text.contains("status = \"planned\""), "{text}");
    assert!(text.contains("number = \"+7 916 123-45-67\""), "{text}");
    assert!(text.contains("key = \"follow-go-on\""), "{text}");
    let listing = String::from_utf8(
        simcancel()
            .records(dir.path())
            .args(["records"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(listing.contains("+7 916 ***-**-67 (Li Wei)"), "{listing}");
    assert!(
        listing.contains("Carry on with the cancellation"),
        "{listing}"
    );

    let out = simcancel()
        .records(dir.path())
        .args(["records", "done", &name])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let listing = String::from_utf8(
        simcancel()
            .records(dir.path())
            .args(["records"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(
        !listing.contains("Carry on with the cancellation"),
        "superseded follow-ups are gone:\n{listing}"
    );
    assert!(listing.contains("completed in"), "{listing}");
    assert!(
        listing.contains("Check that the balance has arrived"),
        "{listing}"
    );

    // Once: the planned record names the record that completed it.
    let again = simcancel()
        .records(dir.path())
        .args(["records", "done", &name])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));
    let err = String::from_utf8(again.stderr).unwrap();
    assert!(
        err.contains("is already completed by") && err.contains("_done.toml"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    // And the completed record itself says what it is.
    let done = name.replace(".toml", "_done.toml");
    let itself = simcancel()
        .records(dir.path())
        .args(["records", "done", &done])
        .output()
        .unwrap();
    assert_eq!(itself.status.code(), Some(1));
    let err = String::from_utf8(itself.stderr).unwrap();
    assert!(err.contains("is itself a completed record"), "{err}");
}

#[test]
fn ten_concurrent_completions_leave_exactly_one() {
    let dir = tempfile::tempdir().unwrap();
    let name = plan(dir.path());
    let children: Vec<_> = (0..10)
        .map(|_| {
            crate::common::command()
                .env("SIMCANCEL_RECORDS_DIR", dir.path())
                .args(["records", "done", &name])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    let ok = children
        .into_iter()
        .filter(|_| true)
        .map(|mut c| c.wait().unwrap().success())
        .filter(|&s| s)
        .count();
    assert_eq!(ok, 1);
    let names: Vec<String> = record_files(dir.path())
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names.iter().any(|n| n.ends_with("_done.toml")), "{names:?}");
}

#[test]
fn bad_inputs_are_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &[
            "--operator",
            "mts",
            "--channel",
            "store",
            "--number",
            "hello",
        ][..],
        &[
            "--operator",
            "mts",
            "--channel",
            "store",
            "--completed",
            "--when",
            "2030-01-01",
        ],
        &[
            "--operator",
            "mts",
            "--channel",
            "store",
            "--file",
            "/nonexistent.png",
        ],
        &["--operator", "mts", "--channel", "hotline", "--completed"],
    ] {
        let out = simcancel().records(dir.path()).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr).lines().count(),
            1,
            "{args:?}"
        );
        assert!(
            out.stdout.is_empty(),
            "no guidance before the error: {args:?}"
        );
    }
    assert!(record_files(dir.path()).is_empty());
}

#[test]
fn a_record_written_in_chinese_lists_in_russian_and_english() {
    let dir = tempfile::tempdir().unwrap();
    let out = crate::common::command()
        .env("SIMCANCEL_RECORDS_DIR", dir.path())
        .locale("zh_CN.UTF-8")
        .args(["--operator", "mts", "--channel", "store"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let name = record_files(dir.path())[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    for (lang, words) in [
        ("ru", "Продолжить"),
        ("en", "Carry on with the cancellation"),
    ] {
        let out = simcancel()
            .records(dir.path())
            .args(["--lang", lang, "records"])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains(words), "{lang}:\n{text}");
        assert!(!text.contains("继续"), "{lang}:\n{text}");
        let show = simcancel()
            .records(dir.path())
            .args(["--lang", lang, "records", "show", &name])
            .output()
            .unwrap();
        let show = String::from_utf8(show.stdout).unwrap();
        assert!(show.contains(words), "{lang}:\n{show}");
        let card = simcancel()
            .records(dir.path())
            .args(["--lang", lang, "records", "card", &name])
            .output()
            .unwrap();
        let card = String::from_utf8(card.stdout).unwrap();
        assert!(card.contains("расторгнуть договор"), "{lang}:\n{card}");
        assert!(!card.is_empty() && !card.contains("继续"), "{card}");
    }
}
