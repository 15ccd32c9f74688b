//! A record's life: planned, then completed once, with follow-ups that fit each stage.

use std::fs;
use std::path::{Path, PathBuf};

fn run(records: &Path, args: &[&str]) -> std::process::Output {
    crate::common::command()
        .env("SIMCANCEL_RECORDS_DIR", records)
        .args(args)
        .output()
        .unwrap()
}

fn tomls(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    v.sort();
    v
}

fn plan(records: &Path) -> String {
    let out = run(
        records,
        &[
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
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    tomls(records)[0]
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
    let listing = String::from_utf8(run(dir.path(), &["records"]).stdout).unwrap();
    assert!(listing.contains("+7 916 ***-**-67 (Li Wei)"), "{listing}");
    assert!(
        listing.contains("Carry on with the cancellation"),
        "{listing}"
    );

    let out = run(dir.path(), &["records", "done", &name]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let listing = String::from_utf8(run(dir.path(), &["records"]).stdout).unwrap();
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
    let again = run(dir.path(), &["records", "done", &name]);
    assert_eq!(again.status.code(), Some(1));
    let err = String::from_utf8(again.stderr).unwrap();
    assert!(
        err.contains("is already completed by") && err.contains("_done.toml"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    // And the completed record itself says what it is.
    let done = name.replace(".toml", "_done.toml");
    let itself = run(dir.path(), &["records", "done", &done]);
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
    let names: Vec<String> = tomls(dir.path())
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
        let out = run(dir.path(), args);
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
    assert!(tomls(dir.path()).is_empty());
}

#[test]
fn a_record_written_in_chinese_lists_in_russian_and_english() {
    let dir = tempfile::tempdir().unwrap();
    let out = crate::common::command()
        .env("SIMCANCEL_RECORDS_DIR", dir.path())
        .env("LC_ALL", "zh_CN.UTF-8")
        .args(["--operator", "mts", "--channel", "store"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let name = tomls(dir.path())[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    for (lang, words) in [
        ("ru", "Продолжить"),
        ("en", "Carry on with the cancellation"),
    ] {
        let out = run(dir.path(), &["--lang", lang, "records"]);
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains(words), "{lang}:\n{text}");
        assert!(!text.contains("继续"), "{lang}:\n{text}");
        let show = run(dir.path(), &["--lang", lang, "records", "show", &name]);
        let show = String::from_utf8(show.stdout).unwrap();
        assert!(show.contains(words), "{lang}:\n{show}");
        let card = run(dir.path(), &["--lang", lang, "records", "card", &name]);
        let card = String::from_utf8(card.stdout).unwrap();
        assert!(card.contains("расторгнуть договор"), "{lang}:\n{card}");
        assert!(!card.is_empty() && !card.contains("继续"), "{card}");
    }
}
