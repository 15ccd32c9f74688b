//! The operator table as a checkable dataset: `check-data`, `operators`, staleness,
//! growth by data alone, and hostile text.

use std::fs;
use std::path::{Path, PathBuf};

use predicates::prelude::*;
use simcancel::catalog::EMBEDDED;

use crate::common::{Pinned, simcancel, written};

/// The shipped table's header and general rules, without its operators.
fn header() -> &'static str {
    &EMBEDDED[..EMBEDDED.find("[[operator]]").unwrap()]
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path
}

#[test]
fn check_data_summarises_the_shipped_table() {
    simcancel()
        .arg("check-data")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "ok — 11 operators, facts verified 2026-11-25",
        ))
        .stdout(
            predicate::str::is_match(
                r"(?m)^  mts\s+cancel: store, hotline, online, gosuslugi\s+suspend: store, hotline, online, gosuslugi$",
            )
            .unwrap(),
        )
        .stdout(predicate::str::contains("t2").and(predicate::str::contains("yota")));
}

#[test]
fn check_data_reports_every_problem_with_its_location() {
    let dir = tempfile::tempdir().unwrap();
    let mts = &EMBEDDED[EMBEDDED.find("[[operator]]\nid = \"mts\"").unwrap()
        ..EMBEDDED.find("[[operator]]\nid = \"beeline\"").unwrap()];
    let broken = format!(
        "{}{}{}",
        header().replace("verified = 2026-11-25", "verified = 2999-01-01"),
        mts.replace("value = \"0890\"", "value = \"call me\"")
            .replace("value = \"https://mts.ru\"", "value = \"http://mts.ru\"")
            .replacen(
                "confidence = \"unverified\"",
                "confidance = \"unverified\"\nconfidence = \"unverified\"",
                1
            ),
        mts.replace("id = \"mts\"", "id = \"MTS!\"")
            .replace("action = \"cancel\"", "action = \"suspend\"")
            .replace(
                "source = \"http://periscopes.ru/sposoby_blokirovki_i_vosstanovlenija_simkarty_mts.html\"\n",
                ""
            ),
    );
    let file = write(dir.path(), "broken.toml", &broken);
    let out = simcancel()
        .arg("check-data")
        .arg(&file)
        .assert()
        .code(65)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    let prefix = format!("{}:", file.display());
    // Each problem is reported at a line that holds what it is about.
    for (what, at) in [
        (
            "`verified` is 2999-01-01, in the future",
            "verified = 2999-01-01",
        ),
        (
            "unknown key `operator[0].hotline.short.confidance`",
            "confidance = ",
        ),
        (
            "`call me` is not a Russian phone number",
            "[operator.hotline.short]",
        ),
        (
            "site `http://mts.ru` must be an https:// address",
            "[operator.site]",
        ),
        ("operator id `MTS!` must match [a-z0-9-]+", "id = \"MTS!\""),
        (
            "a fact with a value needs a `source`",
            "[operator.hotline.short]",
        ),
        ("has two routes for store × suspend", "[[operator.route]]"),
        (
            "operator `MTS!` offers cancelling on no channel",
            "id = \"MTS!\"",
        ),
    ] {
        let line = err
            .lines()
            .find(|l| l.contains(what))
            .unwrap_or_else(|| panic!("missing {what:?} in:\n{err}"));
        let rest = line
            .strip_prefix(&prefix)
            .unwrap_or_else(|| panic!("no file in {line:?}"));
        let n: usize = rest.split(':').next().unwrap().parse().unwrap();
        let text = broken.lines().nth(n - 1).unwrap();
        assert!(
            text.contains(at),
            "{what:?} reported at line {n}, which is {text:?}"
        );
    }
    assert!(err.contains("hint: "), "each problem has a hint:\n{err}");
    assert!(err.contains("problems:"), "{err}");
}

#[test]
fn every_syntax_error_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "bad.toml",
        "schema = 1\nverified = 2026-11-25\nb = = 2\nc = 3\nd = \"unterminated\ne = [1,\n",
    );
    simcancel()
        .arg("check-data")
        .arg(&file)
        .assert()
        .code(65)
        .stderr(predicate::str::contains(format!("{}:3:", file.display())))
        .stderr(predicate::str::contains(format!("{}:5:", file.display())))
        .stderr(predicate::str::contains(format!("{}:6:", file.display())));
}

#[test]
fn a_missing_table_exits_66() {
    simcancel()
        .args(["check-data", "no/such/table.toml"])
        .assert()
        .code(66)
        .stderr(predicate::str::contains("no/such/table.toml"));
    simcancel()
        .args(["operators", "--data", "no/such/table.toml"])
        .assert()
        .code(66);
}

#[test]
fn operators_lists_the_table_and_as_json() {
    simcancel()
        .arg("operators")
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"(?m)^ID\s+NAME\s+HOTLINE\s+cancel\s+suspend$").unwrap())
        .stdout(predicate::str::is_match(r"(?m)^beeline\s+Beeline \(Билайн\)\s+0611, 8 800 700-06-11\s+store, hotline, online, gosuslugi\s+store, hotline, online, gosuslugi$").unwrap());
    let out = simcancel()
        .args(["operators", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let doc: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let ops = doc["operators"].as_array().unwrap();
    assert_eq!(ops.len(), 11);
    assert_eq!(ops[10]["id"], "other");
    assert_eq!(ops[10]["hotline"]["short"], serde_json::Value::Null);
    assert_eq!(ops[0]["id"], "mts");
    assert_eq!(ops[0]["hotline"]["short"], "0890");
    assert_eq!(ops[0]["hotline"]["abroad"], "+7 495 766-01-66");
    assert_eq!(
        ops[0]["suspend"],
        serde_json::json!(["store", "hotline", "online", "gosuslugi"])
    );
    assert_eq!(doc["verified"], "2026-11-25");
}

#[test]
fn a_made_up_fourth_operator_runs_the_whole_flow_by_data_alone() {
    let dir = tempfile::tempdir().unwrap();
    let extra = fs::read_to_string("tests/data/made-up-operator.toml").unwrap();
    let table = write(dir.path(), "ops.toml", &format!("{EMBEDDED}\n{extra}"));
    let records = dir.path().join("records");
    simcancel()
        .arg("check-data")
        .arg(&table)
        .assert()
        .success()
        .stdout(predicate::str::contains("12 operators"));
    simcancel()
        .args([
            "--operator",
            "example-mobile",
            "--channel",
            "store",
            "--balance",
            "refund",
            "--data",
        ])
        .arg(&table)
        .records(&records)
        .assert()
        .success()
        .stdout(predicate::str::contains("Store — Example Mobile"))
        .stdout(predicate::str::contains("Sign the example form."))
        .stdout(predicate::str::contains(
            "Example refunds go to a bank account",
        ));
    // At a store the numbers are a detail: in the guide beside the record.
    let guide = crate::common::guide_in(&records);
    assert!(guide.contains("+7 800 000-00-00"), "{guide}");
    simcancel()
        .args([
            "--operator",
            "example-mobile",
            "--action",
            "suspend",
            "--channel",
            "online",
            "--data",
        ])
        .arg(&table)
        .records(&records)
        .assert()
        .success()
        .stdout(predicate::str::contains("30 days free"));
    simcancel()
        .args([
            "--operator",
            "example-mobile",
            "--channel",
            "hotline",
            "--data",
        ])
        .arg(&table)
        .records(&records)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "Channels that do: store. It can book you a slot",
        ));
    let files: Vec<_> = fs::read_dir(&records)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    assert_eq!(
        files.len(),
        2,
        "two records (and a letter for the store visit)"
    );
    let r: toml::Table = fs::read_to_string(&files[0]).unwrap().parse().unwrap();
    assert_eq!(r["operator"].as_str(), Some("example-mobile"));
    assert_eq!(
        r["data"]["table"].as_str(),
        Some(table.display().to_string().as_str())
    );
}

#[test]
fn hostile_text_cannot_drive_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let evil = fs::read_to_string("tests/data/hostile.toml").unwrap();
    let table = write(dir.path(), "evil.toml", &format!("{}{evil}", header()));
    let run = |args: &[&str]| {
        let out = simcancel()
            .args(args)
            .data(&table)
            .records(dir.path().join("records"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        [out.stdout, out.stderr].concat()
    };
    for out in [
        run(&["--operator", "evil", "--channel", "store"]),
        run(&["operators"]),
        run(&["operators", "--json"]),
    ] {
        let bad: Vec<u8> = out
            .iter()
            .copied()
            .filter(|b| matches!(b, 0x00..=0x08 | 0x0b..=0x1f | 0x7f))
            .collect();
        assert!(
            bad.is_empty(),
            "control bytes {bad:?} in:\n{}",
            String::from_utf8_lossy(&out)
        );
        let text = String::from_utf8(out).unwrap();
        assert!(!text.contains('\u{9b}'), "C1 control in output");
    }
    let text = String::from_utf8(run(&["--operator", "evil", "--channel", "store"])).unwrap();
    assert!(
        text.contains("Evil Red"),
        "the words survive, the escapes do not:\n{text}"
    );
    assert!(
        text.contains("Step\u{fffd} one"),
        "a carriage return is made visible:\n{text}"
    );
}

/// The examples in data/examples are what a run on the shipped table writes: a Chinese
/// student's letter at each big operator, a representative's, a refund from abroad, and a
/// power of attorney. `SIMCANCEL_BLESS=1` rewrites them after a deliberate change, for a
/// Russian reader to review in the diff.
#[test]
fn the_examples_are_what_the_shipped_table_writes() {
    let student = ["--lang", "zh", "--name", "LI WEI", "--name-ru", "ЛИ ВЭЙ"];
    let student = [&student[..], &["--citizenship", "CN"]].concat();
    let mut examples: Vec<(String, Vec<&str>, &str)> = ["mts", "beeline", "megafon", "t2", "yota"]
        .into_iter()
        .map(|op| {
            let run = [
                "--operator",
                op,
                "--channel",
                "store",
                "--balance",
                "refund",
            ];
            (format!("letter-{op}.txt"), run.to_vec(), "_letter.txt")
        })
        .collect();
    examples.extend([
        (
            "letter-representative.txt".to_owned(),
            vec![
                "--operator",
                "mts",
                "--channel",
                "store",
                "--owner",
                "other",
            ],
            "_letter.txt",
        ),
        (
            "letter-refund.txt".to_owned(),
            vec!["--operator", "beeline", "--abroad", "--channel", "online"]
                .into_iter()
                .chain(["--balance", "refund"])
                .collect(),
            "_letter.txt",
        ),
    ]);
    let mut texts: Vec<(String, String)> = examples
        .into_iter()
        .map(|(name, run, suffix)| {
            let text = written(simcancel().args(&student).args(run), suffix);
            (name, text)
        })
        .collect();
    // The power of attorney, from the student of `documents.rs` (in English, with a number).
    let poa = written(
        simcancel()
            .args([
                "--name",
                "LI WEI",
                "--name-ru",
                "ЛИ ВЭЙ",
                "--citizenship",
                "CN",
            ])
            .args(["--number", "+7 916 123-45-67", "--balance", "refund"])
            .args(["--operator", "t2", "--abroad", "--representative"])
            .args(["--channel", "store"]),
        "_poa.txt",
    );
    texts.push(("poa-t2.txt".to_owned(), poa));
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples");
    for (name, text) in texts {
        let path = examples.join(&name);
        if std::env::var_os("SIMCANCEL_BLESS").is_some() {
            fs::write(&path, &text).unwrap();
        }
        assert!(
            fs::read_to_string(&path).unwrap_or_default() == text,
            "data/examples/{name} differs from what a run writes (SIMCANCEL_BLESS=1 rewrites it):\n{text}"
        );
    }
}
