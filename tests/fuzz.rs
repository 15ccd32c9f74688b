//! A fuzzer over the table loader and the whole non-interactive run, in-process: mutated
//! tables, hostile arguments (far dates, huge numbers, control characters, odd paths,
//! every subcommand). It asserts what holds under any input: no panic, and after any run
//! no temp file, no letter or calendar without its record.
//!
//! `cargo test` runs a few hundred cases; `SIMCANCEL_FUZZ_CASES=100000 cargo test --release
//! --test fuzz -- --nocapture` runs as many as asked and prints the count and every distinct
//! panic found (its location and one input that causes it).
#![cfg(unix)]

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::sync::Mutex;

use clap::Parser;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use simcancel::catalog::{EMBEDDED, Origin};

/// Where a panic was raised, kept by the hook for the case that raised it.
static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Panics reported but not failed on, each as (where, what the panic says). None: the far
/// dates that once panicked in the flow (`--when 31.12.9999`, `+99999-01-01`) are refused
/// as usage errors, and every date computation is checked.
const KNOWN: &[(&str, &str)] = &[];

fn cases() -> u32 {
    std::env::var("SIMCANCEL_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300)
}

fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-z0-9 ._-]{1,12}",
        Just("\u{1b}]0;owned\u{7}\u{202e}x\u{9b}2J".to_owned()),
        Just("x".repeat(5000)),
        any::<String>(),
    ]
}

fn date() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("2026-11-25".to_owned()),
        Just("2026-11-25 10:00".to_owned()),
        Just("25.11.2026".to_owned()),
        Just("9999-12-31".to_owned()),
        Just("31.12.9999".to_owned()),
        Just("+99999-01-01".to_owned()),
        Just("0000-01-01".to_owned()),
        Just("-0001-01-01".to_owned()),
        Just("2026-02-30".to_owned()),
        Just("2026-03-29 02:30".to_owned()),
        Just("2026-11-25T25:61".to_owned()),
        (0i32..=10000, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        hostile_text(),
    ]
}

fn value(flag: &'static str) -> BoxedStrategy<String> {
    match flag {
        "--operator" => prop_oneof![
            Just("mts".to_owned()),
            Just("beeline".to_owned()),
            Just("megafon".to_owned()),
            Just("tele2".to_owned()),
            hostile_text(),
        ]
        .boxed(),
        "--action" => prop_oneof![
            Just("cancel".to_owned()),
            Just("suspend".to_owned()),
            Just("transfer".to_owned()),
            Just("keep".to_owned()),
            Just("decide".to_owned()),
            hostile_text(),
        ]
        .boxed(),
        "--channel" => prop_oneof![
            Just("store".to_owned()),
            Just("hotline".to_owned()),
            Just("online".to_owned()),
            Just("gosuslugi".to_owned()),
            hostile_text(),
        ]
        .boxed(),
        "--when" | "--back-in" => date().boxed(),
        _ => hostile_text().boxed(),
    }
}

const FLAGS: &[&str] = &[
    "--operator",
    "--action",
    "--channel",
    "--owner",
    "--passport",
    "--balance",
    "--when",
    "--reference",
    "--contact",
    "--note",
    "--file",
    "--done",
    "--back-in",
    "--lang",
];
const SWITCHES: &[&str] = &[
    "--completed",
    "--yes",
    "--ics",
    "--representative",
    "--need-again",
    "--json",
];

/// Hostile arguments: mostly a wizard run, sometimes a subcommand.
fn arguments() -> impl Strategy<Value = Vec<String>> {
    let flag = (0..FLAGS.len())
        .prop_flat_map(|i| value(FLAGS[i]).prop_map(move |v| vec![FLAGS[i].to_owned(), v]));
    let switch = (0..SWITCHES.len()).prop_map(|i| vec![SWITCHES[i].to_owned()]);
    let wizard = (
        value("--operator"),
        value("--channel"),
        proptest::collection::vec(prop_oneof![3 => flag, 1 => switch], 0..8),
    )
        .prop_map(|(op, ch, rest)| {
            let mut v = vec!["--operator".to_owned(), op, "--channel".to_owned(), ch];
            v.extend(rest.into_iter().flatten());
            v
        });
    let sub = prop_oneof![
        Just(vec!["records".to_owned()]),
        Just(vec!["records".to_owned(), "--json".to_owned()]),
        (
            prop_oneof![Just("show"), Just("done"), Just("ics")],
            prop_oneof![Just("FIRST".to_owned()), hostile_text()],
            proptest::collection::vec(
                prop_oneof![
                    date().prop_map(|d| vec!["--when".to_owned(), d]),
                    hostile_text().prop_map(|t| vec!["--reference".to_owned(), t]),
                ],
                0..3
            ),
        )
            .prop_map(|(c, f, rest)| {
                let mut v = vec!["records".to_owned(), c.to_owned(), f];
                v.extend(rest.into_iter().flatten());
                v
            }),
        Just(vec!["operators".to_owned()]),
        Just(vec!["operators".to_owned(), "--json".to_owned()]),
        Just(vec!["check-data".to_owned()]),
    ];
    prop_oneof![4 => wizard, 1 => sub]
}

/// A table with a few edits that keep it mostly valid, so that validation and the flow
/// meet odd values rather than syntax errors.
fn mutated_table() -> impl Strategy<Value = String> {
    let number = prop_oneof![
        Just("0".to_owned()),
        Just("-1".to_owned()),
        Just("99999999".to_owned()),
        Just("9223372036854775807".to_owned()),
        Just("nan".to_owned()),
        Just("inf".to_owned()),
        Just("1e308".to_owned()),
        Just("\"\u{1b}[2J\"".to_owned()),
    ];
    proptest::collection::vec((any::<proptest::sample::Index>(), number), 1..4).prop_map(|edits| {
        let mut text = EMBEDDED.to_owned();
        for (at, new) in edits {
            // Replace the value of one `key = number` line.
            let lines: Vec<usize> = text
                .match_indices(" = ")
                .map(|(i, _)| i + 3)
                .filter(|&i| text[i..].starts_with(|c: char| c.is_ascii_digit()))
                .collect();
            if lines.is_empty() {
                break;
            }
            let start = lines[at.index(lines.len())];
            let end = start + text[start..].find('\n').unwrap_or(text.len() - start);
            text.replace_range(start..end, &new);
        }
        text
    })
}

/// What must hold in a records directory after any run.
fn check_dir(dir: &Path) -> Result<(), String> {
    let names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    for n in &names {
        if n.starts_with(".simcancel-") {
            return Err(format!("temp file left: {n}"));
        }
        let stem = n
            .strip_suffix("_letter.txt")
            .or_else(|| n.strip_suffix(".ics"));
        if let Some(stem) = stem
            && !names.contains(&format!("{stem}.toml"))
        {
            return Err(format!("{n} without its record: {names:?}"));
        }
    }
    Ok(())
}

/// Points stdout and stderr at /dev/null while `f` runs: the runs print a lot.
fn quietly<T>(f: impl FnOnce() -> T) -> T {
    let null = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/null")
        .unwrap();
    use std::os::fd::AsRawFd;
    let saved = unsafe { (libc::dup(1), libc::dup(2)) };
    unsafe {
        libc::dup2(null.as_raw_fd(), 1);
        libc::dup2(null.as_raw_fd(), 2);
    }
    let result = f();
    unsafe {
        libc::dup2(saved.0, 1);
        libc::dup2(saved.1, 2);
        libc::close(saved.0);
        libc::close(saved.1);
    }
    result
}

#[test]
fn the_loader_and_the_whole_run_survive_hostile_input() {
    // SAFETY: this is the only test in its binary, and nothing else runs yet.
    unsafe {
        std::env::set_var("SIMCANCEL_NOW", "2026-11-25T11:00:00+03:00");
        std::env::set_var("LC_ALL", "C");
        std::env::set_var("NO_COLOR", "1");
        std::env::remove_var("SIMCANCEL_RECORDS_DIR");
        std::env::remove_var("SIMCANCEL_LANG");
    }
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let message = info
            .payload()
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| {
                info.payload()
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
            })
            .unwrap_or_default();
        *LAST_PANIC.lock().unwrap() = Some(format!("{at}: {message}"));
    }));
    let work = tempfile::tempdir().unwrap();
    let table = work.path().join("table.toml");
    let first = work.path().join("first");
    simcancel::run(
        simcancel::cli::Cli::try_parse_from([
            "simcancel",
            "--operator",
            "mts",
            "--channel",
            "store",
            "--records-dir",
            first.to_str().unwrap(),
        ])
        .unwrap(),
    )
    .unwrap();
    let first_record = std::fs::read_dir(&first)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "toml"))
        .unwrap();

    let panics: RefCell<BTreeMap<String, (usize, String)>> = RefCell::default();
    let runs = Cell::new(0usize);
    let loads = Cell::new(0usize);
    let broken_dirs: RefCell<Vec<String>> = RefCell::default();
    let strategy = (
        arguments(),
        proptest::option::weighted(0.1, mutated_table()),
    );
    let config = Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let n = Cell::new(0usize);
    let result = quietly(|| {
        runner.run(&strategy, |(args, table_text)| {
            n.set(n.get() + 1);
            let dir = work.path().join(format!("r{}", n.get()));
            std::fs::create_dir(&dir).unwrap();
            std::fs::copy(
                &first_record,
                dir.join("2026-11-01T100000_mts_cancel_store.toml"),
            )
            .unwrap();
            let mut argv = vec!["simcancel".to_owned()];
            argv.extend(args.iter().map(|a| {
                if a == "FIRST" {
                    "2026-11-01T100000_mts_cancel_store.toml".to_owned()
                } else {
                    a.clone()
                }
            }));
            argv.extend(["--no-input".to_owned(), "--records-dir".to_owned()]);
            argv.push(dir.display().to_string());
            if let Some(text) = &table_text {
                // The loader alone, then the whole run on the same table.
                loads.set(loads.get() + 1);
                let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
                let loaded = std::panic::catch_unwind(|| {
                    let _ = simcancel::catalog::load(text, Origin::Embedded, today);
                });
                if loaded.is_err() {
                    let at = LAST_PANIC.lock().unwrap().take().unwrap_or_default();
                    panics
                        .borrow_mut()
                        .entry(at)
                        .or_insert((0, "catalog::load on a mutated table".into()))
                        .0 += 1;
                }
                std::fs::write(&table, text).unwrap();
                argv.push("--data".to_owned());
                argv.push(table.display().to_string());
            }
            let outcome = std::panic::catch_unwind(|| {
                // clap's own refusals (exit 2) never reach the program.
                if let Ok(cli) = simcancel::cli::Cli::try_parse_from(&argv) {
                    let _ = simcancel::run(cli);
                }
            });
            runs.set(runs.get() + 1);
            if outcome.is_err() {
                let at = LAST_PANIC.lock().unwrap().take().unwrap_or_default();
                let mut panics = panics.borrow_mut();
                let e = panics.entry(at).or_insert((0, format!("{:?}", &argv[1..])));
                e.0 += 1;
            }
            if let Err(e) = check_dir(&dir) {
                broken_dirs
                    .borrow_mut()
                    .push(format!("{e} after {:?}", &argv[1..]));
            }
            let _ = std::fs::remove_dir_all(&dir);
            Ok(())
        })
    });
    let _ = std::panic::take_hook();
    result.unwrap();

    let (panics, broken_dirs) = (panics.into_inner(), broken_dirs.into_inner());
    let (runs, loads) = (runs.get(), loads.get());
    let mut err = std::io::stderr();
    let _ = writeln!(
        err,
        "reliability: fuzz: {runs} whole runs ({loads} on mutated tables), {} distinct panics, {} broken records dirs",
        panics.len(),
        broken_dirs.len()
    );
    let mut unknown = Vec::new();
    for (at, (count, input)) in &panics {
        let known = KNOWN
            .iter()
            .any(|(place, what)| at.contains(place) && at.contains(what));
        let _ = writeln!(
            err,
            "  panic{} ×{count} at {at}\n    input: {input}",
            if known { " (known, in the flow)" } else { "" }
        );
        if !known {
            unknown.push(at.clone());
        }
    }
    for b in &broken_dirs {
        let _ = writeln!(err, "  {b}");
    }
    assert!(unknown.is_empty(), "panics: {unknown:?}");
    assert!(broken_dirs.is_empty(), "records dirs left broken");
}
