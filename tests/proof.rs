//! Behaviours a mutation run found unchecked: each test here fails if its behaviour goes.

use std::fs;
use std::path::{Path, PathBuf};

use crate::common::simcancel;

fn records(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
}

/// A planned MTS cancelling at the hotline, and its file name.
fn planned(dir: &Path) -> String {
    simcancel()
        .args(["--operator", "mts", "--channel", "hotline", "--no-letter"])
        .arg("--records-dir")
        .arg(dir)
        .assert()
        .success();
    let files = records(dir);
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
        .arg("--records-dir")
        .arg(dir.path())
        .assert()
        .success();
    let done = records(dir.path())
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
        .arg("--records-dir")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--note"), "{err}");
    assert!(err.contains("4097"), "{err}");
    assert_eq!(records(dir.path()).len(), 1, "nothing written");
}
