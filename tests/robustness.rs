//! The table loader against arbitrary bytes and mutated valid tables: never a panic, always
//! a table or located problems. Prints how many cases ran.

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use simcancel::catalog::{EMBEDDED, Origin, load};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

/// Loads `text` and checks that the outcome is a table or a list of located problems.
fn loads_or_locates(text: &str) -> Result<(), TestCaseError> {
    match load(text, Origin::Embedded, today()) {
        Ok(c) => prop_assert!(!c.operators.is_empty()),
        Err(e) => {
            prop_assert!(!e.problems.is_empty());
            let lines = text.split('\n').count();
            for p in &e.problems {
                prop_assert!(p.line >= 1 && p.line <= lines, "line {} of {lines}", p.line);
                prop_assert!(p.column >= 1);
                prop_assert!(!p.message.is_empty());
            }
        }
    }
    Ok(())
}

#[derive(Debug, Clone)]
enum Edit {
    Delete(usize, usize),
    Insert(usize, String),
    Replace(usize, usize, String),
    DuplicateLine(usize),
}

fn apply(text: &str, edit: &Edit) -> String {
    let at = |i: usize| text.floor_char_boundary(i % (text.len() + 1));
    match edit {
        Edit::Delete(i, n) => {
            let (a, b) = (at(*i), at(i + n).max(at(*i)));
            format!("{}{}", &text[..a], &text[b..])
        }
        Edit::Insert(i, s) => format!("{}{s}{}", &text[..at(*i)], &text[at(*i)..]),
        Edit::Replace(i, n, s) => {
            let (a, b) = (at(*i), at(i + n).max(at(*i)));
            format!("{}{s}{}", &text[..a], &text[b..])
        }
        Edit::DuplicateLine(i) => {
            let lines: Vec<&str> = text.lines().collect();
            let k = i % lines.len();
            let mut out: Vec<&str> = lines[..=k].to_vec();
            out.extend(&lines[k..]);
            out.join("\n")
        }
    }
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    // Text that TOML cares about, so mutations often stay parseable and reach validation.
    let piece = prop_oneof![
        "[a-z_.]{0,12}",
        Just("\"".to_owned()),
        Just(" = ".to_owned()),
        Just("[[operator]]\n".to_owned()),
        Just("\n".to_owned()),
        "[0-9+ -]{0,14}",
        any::<String>(),
    ];
    let edit = prop_oneof![
        (any::<usize>(), 0..200usize).prop_map(|(i, n)| Edit::Delete(i, n)),
        (any::<usize>(), piece.clone()).prop_map(|(i, s)| Edit::Insert(i, s)),
        (any::<usize>(), 0..40usize, piece).prop_map(|(i, n, s)| Edit::Replace(i, n, s)),
        any::<usize>().prop_map(Edit::DuplicateLine),
    ];
    vec(edit, 1..6)
}

#[test]
fn the_loader_never_panics() {
    let arbitrary = AtomicUsize::new(0);
    let mutated = AtomicUsize::new(0);
    let config = Config {
        cases: 1500,
        failure_persistence: None,
        ..Config::default()
    };

    TestRunner::new(config.clone())
        .run(&vec(any::<u8>(), 0..4096), |bytes| {
            arbitrary.fetch_add(1, Ordering::Relaxed);
            loads_or_locates(&String::from_utf8_lossy(&bytes))
        })
        .unwrap();

    TestRunner::new(config)
        .run(&edits(), |edits| {
            mutated.fetch_add(1, Ordering::Relaxed);
            let text = edits.iter().fold(EMBEDDED.to_owned(), |t, e| apply(&t, e));
            loads_or_locates(&text)
        })
        .unwrap();

    // Written past the test harness's capture, so the figure shows in every run.
    let _ = writeln!(
        std::io::stderr(),
        "reliability: data loader: {} arbitrary inputs and {} mutated tables, 0 panics",
        arbitrary.into_inner(),
        mutated.into_inner()
    );
}
