//! Faults and hostile input cost nothing: records are atomic, private and never clobbered;
//! write failures lose nothing; interruptions leave no record and a working terminal; odd
//! environments and oversized input get clear answers. Each test ends with a line
//! `reliability: <what>: N passed, M failed`.
#![cfg(unix)]

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::common::{ENTER, Tally, Wizard, record_files, records_in};
use expectrl::process::unix::Signal;

const BIN: &str = env!("CARGO_BIN_EXE_simcancel");

use crate::common::{NOW, command as simcancel};

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn parses_as_record(path: &Path) -> bool {
    fs::read_to_string(path)
        .ok()
        .and_then(|t| t.parse::<toml::Table>().ok())
        .is_some_and(|t| t.get("operator").is_some() && t.get("evidence").is_some())
}

#[test]
fn twenty_runs_at_once_write_twenty_whole_private_records() {
    let mut tally = Tally::new("concurrent records");
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("new");
    // The same answers and the same second: every run wants the same file name.
    let children: Vec<_> = (0..20)
        .map(|_| {
            simcancel()
                .args(["--operator", "mts", "--channel", "online", "--records-dir"])
                .arg(&records)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        tally.check("exit", out.status.success(), || text(&out.stderr));
    }
    let files = record_files(&records);
    tally.check("count", files.len() == 20, || format!("{files:?}"));
    for f in &files {
        tally.check("parses", parses_as_record(f), || f.display().to_string());
    }
    // Every file of every set is private: the records and the guides beside them.
    for f in &records_in(&records) {
        let mode = fs::metadata(f).unwrap().permissions().mode() & 0o777;
        tally.check("0600", mode == 0o600, || format!("{f:?} {mode:o}"));
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        tally.check(
            "named",
            name.starts_with("2026-11-25T110000_mts_cancel_online"),
            || name.clone(),
        );
    }
    let dir_mode = fs::metadata(&records).unwrap().permissions().mode() & 0o777;
    // The portable side leaves a directory's mode to the system (Windows' profile ACLs).
    let private = dir_mode == 0o700 || cfg!(feature = "portable");
    tally.check("dir 0700", private, || format!("{dir_mode:o}"));
    let hidden = fs::read_dir(&records)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with('.')
        })
        .count();
    tally.check("no temp files", hidden == 0, || format!("{hidden} left"));
}

#[test]
fn write_failures_lose_nothing() {
    let mut tally = Tally::new("write failures");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    fs::write(&file, "keep me").unwrap();
    let read_only = if unsafe { libc::geteuid() } == 0 {
        // Permissions do not stop root; sysfs refuses new files even to root.
        PathBuf::from("/sys")
    } else {
        let ro = dir.path().join("read-only");
        fs::create_dir(&ro).unwrap();
        fs::set_permissions(&ro, fs::Permissions::from_mode(0o500)).unwrap();
        ro
    };
    for (case, records) in [
        ("a regular file", file.clone()),
        ("under a regular file", file.join("records")),
        ("read-only", read_only.clone()),
    ] {
        let out = run(simcancel()
            .args([
                "--operator",
                "beeline",
                "--channel",
                "store",
                "--reference",
                "KEEP-1",
                "--records-dir",
            ])
            .arg(&records));
        let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
        tally.check(case, out.status.code() == Some(73), || {
            format!("exit {:?}", out.status.code())
        });
        tally.check(
            case,
            stderr.contains(&records.display().to_string()),
            || stderr.clone(),
        );
        let printed = stdout.find("# simcancel record").map(|i| &stdout[i..]);
        let whole = printed.and_then(|r| r.parse::<toml::Table>().ok());
        tally.check(
            case,
            whole.is_some_and(|t| t["evidence"]["reference"].as_str() == Some("KEEP-1")),
            || stdout.clone(),
        );
    }
    tally.check(
        "file untouched",
        fs::read_to_string(&file).unwrap() == "keep me",
        String::new,
    );

    // stdout itself fails: the record is saved, and printed on stderr.
    let records = dir.path().join("records");
    let full = fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = run(simcancel()
        .args([
            "--operator",
            "mts",
            "--channel",
            "online",
            "--reference",
            "KEEP-2",
            "--records-dir",
        ])
        .arg(&records)
        .stdout(full));
    let stderr = text(&out.stderr);
    tally.check("/dev/full exit", out.status.code() == Some(73), || {
        format!("{:?}", out.status.code())
    });
    tally.check(
        "/dev/full names stdout",
        stderr.contains("could not write to standard output"),
        || stderr.clone(),
    );
    tally.check(
        "/dev/full record on stderr",
        stderr.contains("reference = \"KEEP-2\""),
        || stderr.clone(),
    );
    let saved = record_files(&records);
    tally.check(
        "/dev/full record saved",
        saved.len() == 1 && parses_as_record(&saved[0]),
        || format!("{saved:?}"),
    );
}

/// The prompts of a full run, in order, with the key that answers each.
const PROMPTS: [(&str, &str); 15] = [
    ("Which operator", ENTER),
    ("What do you want to do?", ENTER),
    ("own name?", ENTER),
    ("Where are you now?", ENTER),
    ("Tick what you have done", ENTER),
    ("remaining balance?", ENTER),
    ("Where will you do it?", ENTER),
    ("The subscriber's name as in the passport", ENTER),
    ("phone number being cancelled", ENTER),
    // Started, so that what happened is asked too.
    ("planning it?", "\x1b[B\x1b[B\r"),
    ("When was it done?", ENTER),
    ("Reference", ENTER),
    ("Who:", ENTER),
    ("Screenshots", ENTER),
    ("Notes", ENTER),
];

/// Starts the wizard and answers the prompts before `stop`, waiting at prompt `stop`.
fn wizard_at(records: &Path, stop: usize) -> Wizard {
    let mut w = Wizard::start(records, &[]);
    for (prompt, key) in &PROMPTS[..stop] {
        w.see(prompt);
        w.keys(key);
    }
    w.see(PROMPTS[stop].0);
    w
}

#[test]
fn ctrl_c_at_every_prompt_leaves_nothing_and_a_working_terminal() {
    let mut tally = Tally::new("ctrl-c at every prompt");
    for (i, (prompt, _)) in PROMPTS.iter().enumerate() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = wizard_at(dir.path(), i);
        w.keys("\x03");
        let code = w.exit_code();
        tally.check(prompt, code == 130, || format!("exit {code}"));
        tally.check(prompt, records_in(dir.path()).is_empty(), || {
            "a file was written".into()
        });
        tally.check(prompt, w.cursor_visible(), || "cursor hidden".into());
        // Only the Unix side puts the mode back: the Windows console keeps its own, and
        // Linux standing in for it can end on the handler's thread between two keys.
        tally.check(
            prompt,
            cfg!(feature = "portable") || w.terminal_is_cooked(),
            || "terminal left in raw mode".into(),
        );
    }
}

#[test]
#[cfg_attr(
    feature = "portable",
    ignore = "only the Unix side has it (README: Windows, macOS and Linux)"
)]
fn term_and_hangup_at_a_prompt_restore_the_terminal() {
    let mut tally = Tally::new("signals");
    // A list prompt (cursor hidden) and a text prompt, each while a key is being read.
    for (stop, signal, code) in [
        (0, Signal::SIGTERM, 143),
        (4, Signal::SIGTERM, 143),
        (10, Signal::SIGTERM, 143),
        (0, Signal::SIGHUP, 129),
        (5, Signal::SIGHUP, 129),
        (0, Signal::SIGINT, 130),
    ] {
        let case = format!("{signal:?} at {}", PROMPTS[stop].0);
        let dir = tempfile::tempdir().unwrap();
        let mut w = wizard_at(dir.path(), stop);
        std::thread::sleep(std::time::Duration::from_millis(100));
        w.signal(signal);
        let got = w.exit_code();
        tally.check(&case, got == code, || format!("exit {got}"));
        tally.check(&case, records_in(dir.path()).is_empty(), || {
            "a file was written".into()
        });
        tally.check(&case, w.cursor_visible(), || "cursor hidden".into());
        tally.check(&case, w.terminal_is_cooked(), || {
            "terminal left in raw mode".into()
        });
    }
}

#[test]
fn odd_terminals_and_environments_get_clear_answers() {
    let mut tally = Tally::new("odd environments");
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("r");
    let flags = ["--operator", "megafon", "--channel", "hotline"];

    // stdin closed outright, and stdin a file: no terminal, so flags answer.
    let out = run(crate::common::pinned_program("sh")
        .arg("-c")
        .arg(r#"exec 0<&-; exec "$0" "$@""#)
        .arg(BIN)
        .args(flags)
        .arg("--records-dir")
        .arg(&records));
    tally.check("stdin closed", out.status.success(), || text(&out.stderr));
    let input = dir.path().join("answers.txt");
    fs::write(&input, "mts\n\n\n").unwrap();
    let out = run(simcancel()
        .args(flags)
        .arg("--records-dir")
        .arg(&records)
        .stdin(fs::File::open(&input).unwrap()));
    tally.check("stdin a file", out.status.success(), || text(&out.stderr));
    let out = run(simcancel()
        .arg("--records-dir")
        .arg(&records)
        .stdin(fs::File::open(&input).unwrap()));
    let err = text(&out.stderr);
    tally.check(
        "stdin a file, flags missing",
        out.status.code() == Some(2) && err.contains("--operator, --channel"),
        || err.clone(),
    );

    // stdout piped: plain text, no escapes.
    let out = run(simcancel().args(flags).arg("--records-dir").arg(&records));
    tally.check(
        "stdout piped",
        out.status.success() && !out.stdout.contains(&0x1b),
        || text(&out.stdout),
    );

    // TERM=dumb in a real terminal: treated as no terminal, and says so.
    let mut w = Wizard::start_with(&records, &[], &[("TERM", "dumb"), ("SIMCANCEL_NOW", NOW)]);
    let code = w.exit_code();
    tally.check(
        "TERM=dumb",
        code == 2 && w.transcript.contains("TERM=dumb"),
        || format!("{code} {}", w.transcript),
    );

    // No HOME: the records directory comes from the user database, or the error names
    // the flag; with --records-dir it always works.
    let out = run(simcancel()
        .args(flags)
        .env_remove("HOME")
        .env_remove("XDG_DATA_HOME")
        .arg("--records-dir")
        .arg(&records));
    tally.check("no HOME, --records-dir", out.status.success(), || {
        text(&out.stderr)
    });
    let out = run(simcancel()
        .arg("records")
        .env_remove("HOME")
        .env_remove("XDG_DATA_HOME"));
    let err = text(&out.stderr);
    tally.check(
        "no HOME, records",
        out.status.success() || err.contains("--records-dir"),
        || err.clone(),
    );
}

#[test]
fn oversized_and_malformed_input_is_refused_clearly() {
    use std::os::unix::ffi::OsStrExt;
    let mut tally = Tally::new("input limits");
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("r");

    // The longest argument the kernel passes is 128 KiB; the wizard refuses well before.
    let long = "x".repeat(100_000);
    let out = run(simcancel()
        .args([
            "--operator",
            "mts",
            "--channel",
            "store",
            "--note",
            &long,
            "--records-dir",
        ])
        .arg(&records));
    let err = text(&out.stderr);
    tally.check(
        "100 KB note",
        out.status.code() == Some(2) && err.contains("the most is 4096"),
        || err.clone(),
    );
    tally.check(
        "100 KB note, no record",
        records_in(&records).is_empty(),
        String::new,
    );

    let bad = std::ffi::OsStr::from_bytes(b"mt\xffs");
    let out = run(simcancel()
        .arg("--operator")
        .arg(bad)
        .args(["--channel", "store"])
        .arg("--records-dir")
        .arg(&records));
    tally.check(
        "invalid UTF-8 operator",
        out.status.code() == Some(2) && !out.stderr.is_empty(),
        || text(&out.stderr),
    );

    let odd_dir = dir.path().join(std::ffi::OsStr::from_bytes(b"rec\xffords"));
    let out = run(simcancel()
        .args(["--operator", "mts", "--channel", "store"])
        .arg("--records-dir")
        .arg(&odd_dir));
    tally.check(
        "invalid UTF-8 records dir",
        out.status.success() && record_files(&odd_dir).len() == 1,
        || text(&out.stderr),
    );

    let out = run(simcancel()
        .args(["--operator", "mts", "--channel", "store"])
        .arg("--records-dir")
        .arg(&records)
        .env("LANG", std::ffi::OsStr::from_bytes(b"\xff\xfe"))
        .env(
            "SIMCANCEL_RECORDS_DIR",
            std::ffi::OsStr::from_bytes(b"\xff"),
        ));
    tally.check("invalid UTF-8 environment", out.status.success(), || {
        text(&out.stderr)
    });

    // A 10,000-operator table loads and runs.
    let shipped = simcancel::catalog::EMBEDDED;
    let start = shipped.find("[[operator]]\nid = \"mts\"").unwrap();
    let end = shipped.find("[[operator]]\nid = \"beeline\"").unwrap();
    let mut big = shipped[..start].to_owned();
    for i in 0..10_000 {
        big.push_str(&shipped[start..end].replacen("id = \"mts\"", &format!("id = \"op{i}\""), 1));
    }
    let table = dir.path().join("big.toml");
    fs::write(&table, &big).unwrap();
    let out = run(simcancel()
        .args(["--operator", "op9999", "--channel", "store", "--data"])
        .arg(&table)
        .arg("--records-dir")
        .arg(&records));
    tally.check("10,000 operators", out.status.success(), || {
        text(&out.stderr)
    });
    let out = run(simcancel().args(["operators", "--data"]).arg(&table));
    tally.check(
        "10,000 operators listed",
        out.status.success() && text(&out.stdout).lines().count() == 10_001,
        || text(&out.stderr),
    );

    // A records directory holding 10,000 records.
    let many = dir.path().join("many");
    let out = run(simcancel()
        .args(["--operator", "mts", "--channel", "store", "--records-dir"])
        .arg(&many));
    tally.check("first record", out.status.success(), || text(&out.stderr));
    let one = &record_files(&many)[0];
    let body = fs::read_to_string(one).unwrap();
    for i in 0..9_999 {
        fs::write(
            many.join(format!("2026-01-01T000000_mts_cancel_store_{i}.toml")),
            &body,
        )
        .unwrap();
    }
    let out = run(simcancel()
        .args(["records", "--json", "--records-dir"])
        .arg(&many));
    let listed = serde_json::from_slice::<serde_json::Value>(&out.stdout).ok();
    let count = listed
        .as_ref()
        .and_then(|v| v["records"].as_array().map(Vec::len));
    tally.check("10,000 records listed", count == Some(10_000), || {
        format!("{count:?} {}", text(&out.stderr))
    });
}

#[test]
fn a_records_dir_you_do_not_fully_own_is_read_not_changed() {
    let mut tally = Tally::new("foreign records dir");
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path();
    let out = run(simcancel()
        .args(["--operator", "mts", "--channel", "store", "--records-dir"])
        .arg(records));
    tally.check("a record", out.status.success(), || text(&out.stderr));
    let strangers: [(&str, &[u8], &str); 5] = [
        ("corrupt.toml", b"schema = 1\noperator = ", "not TOML"),
        (
            "foreign.toml",
            b"title = \"someone else's\"\n",
            "no `schema`",
        ),
        (
            "newer.toml",
            b"schema = 99\n",
            "newer simcancel (schema 99)",
        ),
        (
            "half.toml",
            b"schema = 1\noperator = \"mts\"\n",
            "not a valid record",
        ),
        ("binary.dat", b"\x00\xff\xfe\x01", "not a text file"),
    ];
    for (name, body, _) in &strangers {
        fs::write(records.join(name), body).unwrap();
    }
    let before: Vec<(PathBuf, Vec<u8>, std::time::SystemTime)> = records_in(records)
        .into_iter()
        .map(|p| {
            (
                p.clone(),
                fs::read(&p).unwrap(),
                fs::metadata(&p).unwrap().modified().unwrap(),
            )
        })
        .collect();
    let out = run(simcancel().args(["records", "--records-dir"]).arg(records));
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    tally.check("exit 0", out.status.success(), || stderr.clone());
    tally.check(
        "lists the record",
        stdout.contains("_mts_cancel_store.toml"),
        || stdout.clone(),
    );
    tally.check(
        "its letter is not a stranger",
        !stderr.contains("_letter.txt"),
        || stderr.clone(),
    );
    for (name, _, why) in &strangers {
        let reported = stderr.lines().any(|l| l.contains(name) && l.contains(why));
        tally.check(name, reported, || stderr.clone());
    }
    for (name, _, _) in &strangers {
        let out = run(simcancel()
            .args(["records", "show", name, "--records-dir"])
            .arg(records));
        tally.check(name, out.status.code() == Some(65), || {
            format!("show: {:?}", out.status.code())
        });
        let out = run(simcancel()
            .args(["records", "done", name, "--records-dir"])
            .arg(records));
        tally.check(name, out.status.code() == Some(65), || {
            format!("done: {:?}", out.status.code())
        });
    }
    let after: Vec<(PathBuf, Vec<u8>, std::time::SystemTime)> = records_in(records)
        .into_iter()
        .map(|p| {
            (
                p.clone(),
                fs::read(&p).unwrap(),
                fs::metadata(&p).unwrap().modified().unwrap(),
            )
        })
        .collect();
    tally.check("nothing changed or deleted", before == after, || {
        "the directory changed".into()
    });
}

/// A completed store visit with a refund: three follow-ups to mark.
fn three_follow_ups(records: &Path) -> PathBuf {
    let out = run(simcancel()
        .args([
            "--operator",
            "mts",
            "--channel",
            "store",
            "--balance",
            "refund",
        ])
        .args(["--completed", "--records-dir"])
        .arg(records));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let files = record_files(records);
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].clone()
}

/// A directory of its own in `base` holding a copy of `record` (its name, its text).
fn copy_into(base: &Path, dir: &str, record: &(std::ffi::OsString, String)) -> PathBuf {
    let dir = base.join(dir);
    fs::create_dir(&dir).unwrap();
    fs::write(dir.join(&record.0), &record.1).unwrap();
    dir
}

/// `records done NAME --follow-up N` in `records`, started.
fn mark(name: &std::ffi::OsStr, n: &str, records: &Path) -> std::process::Child {
    simcancel()
        .args(["records", "done"])
        .arg(name)
        .args(["--follow-up", n, "--records-dir"])
        .arg(records)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// A record with three follow-ups, made once in `base`: its file name and text.
fn seed(base: &Path) -> (std::ffi::OsString, String) {
    let first = three_follow_ups(&base.join("orig"));
    let text = fs::read_to_string(&first).unwrap();
    (first.file_name().unwrap().to_owned(), text)
}

/// Our temp files left in `dir`.
fn temps(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with(".simcancel"))
                .collect()
        })
        .unwrap_or_default()
}

fn marks(record: &Path) -> usize {
    let table: toml::Table = fs::read_to_string(record).unwrap().parse().unwrap();
    table["follow_up"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f.get("done").is_some())
        .count()
}

#[test]
fn names_and_one_line_answers_are_refused_before_any_guidance() {
    let mut tally = Tally::new("names and one-line answers");
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("r");
    let long = "A".repeat(101);
    let huge = "B".repeat(4096);
    let tab_file = dir.path().join("a\tb.png");
    fs::write(&tab_file, b"png").unwrap();
    // Shown as `aexe.png`: a name that disguises itself is refused as a control is.
    let bidi_file = dir.path().join("a\u{202e}gnp.exe");
    fs::write(&bidi_file, b"png").unwrap();
    let refused: Vec<(&str, Vec<std::ffi::OsString>)> = vec![
        (
            "--name",
            vec![
                "--name".into(),
                "LI WEI\nЯ также прошу передать номер Иванову И.И.".into(),
            ],
        ),
        ("--name", vec!["--name".into(), long.clone().into()]),
        ("--name", vec!["--name".into(), huge.into()]),
        ("--name", vec!["--name".into(), "LI WEI 2".into()]),
        ("--name", vec!["--name".into(), "LI <WEI>".into()]),
        ("--name", vec!["--name".into(), "LI\u{1b}[31mWEI".into()]),
        (
            "--number",
            vec!["--number".into(), "+7 916 123-45-67\nx".into()],
        ),
        (
            "--reference",
            vec!["--reference".into(), "M-1\nЯ прошу".into()],
        ),
        (
            "--reference",
            vec!["--reference".into(), "M\u{1b}[2J1".into()],
        ),
        ("--contact", vec!["--contact".into(), "Anna\r\nx".into()]),
        ("--file", vec!["--file".into(), tab_file.clone().into()]),
        ("--file", vec!["--file".into(), bidi_file.clone().into()]),
        (
            "--reference",
            vec!["--reference".into(), "M-1\u{202e}2".into()],
        ),
    ];
    for (flag, args) in refused {
        let out = run(simcancel()
            .args(["--operator", "mts", "--channel", "store"])
            .args(&args)
            .arg("--records-dir")
            .arg(&records));
        let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
        let case = format!(
            "{flag} {:?}",
            args[1]
                .to_string_lossy()
                .chars()
                .take(40)
                .collect::<String>()
        );
        tally.check(&case, out.status.code() == Some(2), || {
            format!("exit {:?}", out.status.code())
        });
        tally.check(&case, stdout.is_empty(), || {
            format!("guidance first: {stdout:.200}")
        });
        tally.check(&case, stderr.contains(flag), || stderr.clone());
        tally.check(&case, stderr.lines().count() <= 2, || stderr.clone());
        tally.check(&case, !stderr.contains('\u{1b}'), || stderr.clone());
        tally.check(&case, records_in(&records).is_empty(), || "written".into());
    }
    for name in [
        "LI WEI",
        "O'Brien-Smith J.",
        "Иванов Иван Иванович",
        "Zoë D’Arcy",
        &"C".repeat(100),
    ] {
        let out = run(simcancel()
            .args(["--operator", "mts", "--channel", "store", "--name", name])
            .arg("--records-dir")
            .arg(&records));
        tally.check(name, out.status.success(), || text(&out.stderr));
    }
    // A file name is kept exactly as given: a space at its end is part of it.
    let spaced = dir.path().join("photo.png ");
    fs::write(&spaced, b"png").unwrap();
    let out = run(simcancel()
        .args(["--operator", "mts", "--channel", "store", "--completed"])
        .arg("--file")
        .arg(&spaced)
        .arg("--records-dir")
        .arg(&records));
    tally.check("--file \"photo.png \"", out.status.success(), || {
        text(&out.stderr)
    });
}

#[test]
#[cfg_attr(
    feature = "portable",
    ignore = "only the Unix side has it (README: Windows, macOS and Linux)"
)]
fn signals_during_a_follow_up_mark_leave_no_temp_file_and_tell_the_truth() {
    let mut tally = Tally::new("follow-up signals");
    let base = tempfile::tempdir().unwrap();
    let record = seed(base.path());
    let name = &record.0;
    let probe = copy_into(base.path(), "probe", &record);
    let start = std::time::Instant::now();
    let out = mark(name, "2", &probe).wait_with_output().unwrap();
    let span = start.elapsed().max(std::time::Duration::from_millis(2));
    tally.check("a mark", out.status.success(), || text(&out.stderr));
    for i in 0..300u32 {
        let signal = [libc::SIGTERM, libc::SIGINT, libc::SIGHUP][i as usize % 3];
        let dir = copy_into(base.path(), &format!("r{i}"), &record);
        let child = mark(name, "2", &dir);
        std::thread::sleep(span.mul_f64(f64::from(i % 50) / 50.0 * 1.2));
        unsafe { libc::kill(child.id() as i32, signal) };
        let out = child.wait_with_output().unwrap();
        let case = format!("run {i}, signal {signal}");
        let left = temps(&dir);
        tally.check(&case, left.is_empty(), || format!("left: {left:?}"));
        let marked = marks(&dir.join(name));
        match out.status.code() {
            Some(0) => tally.check(&case, marked == 1, || "exit 0, no mark".into()),
            Some(c) if c == 128 + signal => {
                tally.check(&case, marked == 0, || format!("exit {c} after the change"))
            }
            // Before the handlers are installed, the default action: nothing was begun.
            None if std::os::unix::process::ExitStatusExt::signal(&out.status) == Some(signal) => {
                tally.check(&case, marked == 0, || "killed after the change".into())
            }
            other => tally.check(&case, false, || {
                format!("exit {other:?}: {}", text(&out.stderr))
            }),
        }
    }
}

#[test]
fn three_concurrent_marks_keep_all_three() {
    let mut tally = Tally::new("concurrent follow-ups");
    let base = tempfile::tempdir().unwrap();
    let record = seed(base.path());
    for trial in 0..30 {
        let dir = copy_into(base.path(), &format!("t{trial}"), &record);
        let children = ["1", "2", "3"].map(|n| mark(&record.0, n, &dir));
        for child in children {
            let out = child.wait_with_output().unwrap();
            tally.check("exit", out.status.success(), || text(&out.stderr));
        }
        let marked = marks(&dir.join(&record.0));
        tally.check(&format!("trial {trial}"), marked == 3, || {
            format!("{marked} of 3 kept")
        });
        let hidden = temps(&dir);
        tally.check("nothing left", hidden.is_empty(), || format!("{hidden:?}"));
    }
}

#[test]
fn done_once_follows_the_record_not_its_name() {
    let mut tally = Tally::new("record identity");
    for (first, then) in [
        ("name", "symlink"),
        ("name", "hard link"),
        ("symlink", "name"),
        ("hard link", "name"),
        ("symlink", "hard link"),
        ("name", "symlink elsewhere"),
        ("symlink elsewhere", "hard link"),
        // A hard link outside the records directory has no link to follow: the record
        // is found in the records directory by what it is.
        ("name", "hard link elsewhere"),
        ("hard link elsewhere", "name"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let records = dir.path().join("r");
        fs::create_dir(&records).unwrap();
        let out = run(simcancel()
            .args(["--operator", "mts", "--channel", "store", "--records-dir"])
            .arg(&records));
        assert!(out.status.success(), "{}", text(&out.stderr));
        let record = record_files(&records).remove(0);
        std::os::unix::fs::symlink(&record, records.join("soft.toml")).unwrap();
        fs::hard_link(&record, records.join("hard.toml")).unwrap();
        std::os::unix::fs::symlink(&record, dir.path().join("out.toml")).unwrap();
        fs::hard_link(&record, dir.path().join("hard-out.toml")).unwrap();
        let by = |how: &str| -> PathBuf {
            match how {
                "name" => record.clone(),
                "symlink" => records.join("soft.toml"),
                "symlink elsewhere" => dir.path().join("out.toml"),
                "hard link elsewhere" => dir.path().join("hard-out.toml"),
                _ => records.join("hard.toml"),
            }
        };
        let case = format!("{first}, then {then}");
        let done = |how: &str| {
            run(simcancel()
                .args(["records", "done"])
                .arg(by(how))
                .arg("--records-dir")
                .arg(&records))
        };
        let out = done(first);
        tally.check(&case, out.status.success(), || text(&out.stderr));
        let before = records_in(&records).len();
        let out = done(then);
        let stderr = text(&out.stderr);
        tally.check(&case, out.status.code() == Some(1), || {
            format!("{:?} {stderr}", out.status.code())
        });
        tally.check(&case, stderr.contains("already completed"), || {
            stderr.clone()
        });
        tally.check(&case, records_in(&records).len() == before, || {
            "a second completion".into()
        });
        let elsewhere = crate::common::files_ending(dir.path(), "_done.toml").len();
        tally.check(&case, elsewhere == 0, || {
            format!("{elsewhere} completions outside the records directory")
        });
    }
}

#[test]
fn stdout_failing_after_a_save_says_it_was_saved() {
    let mut tally = Tally::new("stdout after a save");
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path();
    let record = three_follow_ups(records);
    // A full device, and a pipe whose reader has gone: neither is an interruption (141
    // would say nothing was saved), both are stdout failing after the save.
    let full = || -> Stdio {
        fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
            .into()
    };
    let closed = || -> Stdio { std::io::pipe().unwrap().1.into() };
    let rounds: [(&str, &dyn Fn() -> Stdio, &str, &str); 2] = [
        ("/dev/full", &full, "1", "beeline"),
        ("closed pipe", &closed, "2", "megafon"),
    ];
    for (stdout, stream, n, operator) in rounds {
        for (case, args) in [
            ("follow-up", vec!["--follow-up", n]),
            ("ics", vec![]),
            ("done", vec![]),
        ] {
            let case = format!("{case}, {stdout}");
            let mut cmd = simcancel();
            cmd.arg("records");
            cmd.arg(if case.starts_with("ics") {
                "ics"
            } else {
                "done"
            });
            if case.starts_with("done") {
                // A planned record to complete.
                let out = run(simcancel()
                    .args([
                        "--operator",
                        operator,
                        "--channel",
                        "store",
                        "--records-dir",
                    ])
                    .arg(records));
                assert!(out.status.success(), "{}", text(&out.stderr));
            }
            let target = if case.starts_with("done") {
                record_files(records)
                    .into_iter()
                    .find(|p| p.to_string_lossy().contains(operator))
                    .unwrap()
            } else {
                record.clone()
            };
            cmd.arg(&target)
                .args(&args)
                .arg("--records-dir")
                .arg(records);
            let out = run(cmd.stdout(stream()));
            let stderr = text(&out.stderr);
            tally.check(&case, out.status.code() == Some(73), || {
                format!("{:?} {stderr}", out.status.code())
            });
            tally.check(&case, stderr.contains("saved"), || stderr.clone());
            tally.check(
                &case,
                stderr.contains("BEGIN:VCALENDAR") || stderr.contains("schema = "),
                || stderr.clone(),
            );
            // The change is on disk, and a retry says so rather than doing it twice.
            if case.starts_with("done") {
                let retry = run(simcancel()
                    .args(["records", "done"])
                    .arg(&target)
                    .arg("--records-dir")
                    .arg(records));
                tally.check(
                    &case,
                    text(&retry.stderr).contains("already completed"),
                    || text(&retry.stderr),
                );
            }
        }
    }
    tally.check("marked", marks(&record) == 2, || "a mark is lost".into());
}

#[test]
#[cfg_attr(
    feature = "portable",
    ignore = "only the Unix side has it (README: Windows, macOS and Linux)"
)]
fn no_escape_from_a_path_and_no_temp_file_named() {
    let mut tally = Tally::new("paths cleaned");
    let dir = tempfile::tempdir().unwrap();
    let hostile = dir.path().join("x\u{1b}[31my\nz");
    let out = run(simcancel()
        .args([
            "--operator",
            "mts",
            "--channel",
            "store",
            "--ics",
            "--name",
            "LI WEI",
        ])
        .arg("--records-dir")
        .arg(&hostile));
    let all = text(&out.stdout) + &text(&out.stderr);
    tally.check("wizard", out.status.success(), || all.clone());
    tally.check("wizard", !all.contains('\u{1b}'), || format!("{all:?}"));
    // A record whose own name is hostile, completed and given a calendar.
    let records = dir.path().join("plain");
    fs::create_dir(&records).unwrap();
    let record = three_follow_ups(&records);
    let odd = records.join("a\u{1b}[31mb.toml");
    fs::rename(&record, &odd).unwrap();
    for args in [
        vec!["ics"],
        vec!["done", "--follow-up", "1"],
        vec!["show"],
        vec!["done"],
    ] {
        let out = run(simcancel()
            .arg("records")
            .args(&args[..1])
            .arg(&odd)
            .args(&args[1..])
            .arg("--records-dir")
            .arg(&records));
        let all = text(&out.stdout) + &text(&out.stderr);
        tally.check(args[0], !all.contains('\u{1b}'), || format!("{all:?}"));
    }
    for f in records_in(&records) {
        if f.extension().is_some_and(|x| x == "ics") {
            let ics = fs::read_to_string(&f).unwrap();
            tally.check("calendar", !ics.contains('\u{1b}'), || ics.clone());
        }
    }
    // Failures name the directory, never the temp file that is gone.
    let ro = dir.path().join("ro");
    fs::create_dir(&ro).unwrap();
    let limited = |records: &Path, shell: &str| {
        run(crate::common::pinned_program("sh")
            .arg("-c")
            .arg(format!("{shell} exec \"$0\" --operator mts --channel store --name 'LI WEI' --records-dir \"$1\""))
            .arg(BIN)
            .arg(records)
            .stdin(Stdio::null()))
    };
    for (case, records, shell) in [
        ("/proc", Path::new("/proc"), ""),
        ("file-size limit", ro.as_path(), "ulimit -f 0;"),
    ] {
        let out = limited(records, shell);
        let stderr = text(&out.stderr);
        tally.check(case, out.status.code() == Some(73), || {
            format!("{:?} {stderr}", out.status.code())
        });
        tally.check(case, !stderr.contains(".simcancel-"), || stderr.clone());
    }
    fs::set_permissions(&ro, fs::Permissions::from_mode(0o500)).unwrap();
    let out = limited(&ro, "");
    let stderr = text(&out.stderr);
    tally.check("read-only", !stderr.contains(".simcancel-"), || {
        stderr.clone()
    });
    let left = temps(&ro);
    tally.check("read-only", left.is_empty(), || format!("{left:?}"));
    fs::set_permissions(&ro, fs::Permissions::from_mode(0o700)).unwrap();
}

#[test]
fn what_a_killed_run_leaves_is_cleared_or_reported() {
    let mut tally = Tally::new("killed-run leftovers");
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path();
    let old = records.join(".simcancel-OLD123.tmp");
    let fresh = records.join(".simcancel-NEW123.tmp");
    let other = records.join(".simcancel-notes.txt");
    for f in [&old, &fresh, &other] {
        fs::write(f, "x").unwrap();
    }
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for f in [&old, &other] {
        fs::File::options()
            .write(true)
            .open(f)
            .unwrap()
            .set_modified(hour_ago)
            .unwrap();
    }
    let orphan = records.join("2026-11-01T100000_mts_cancel_store_letter.txt");
    fs::write(&orphan, "Заявление").unwrap();
    // A kill between the links can leave any of the set: the printable copy too.
    let pdf = records.join("2026-11-02T100000_beeline_cancel_store_poa.pdf");
    fs::write(&pdf, "%PDF-1.7").unwrap();
    let out = run(simcancel().arg("records").arg("--records-dir").arg(records));
    let stderr = text(&out.stderr);
    for name in ["_letter.txt", "_poa.pdf"] {
        let named = stderr
            .lines()
            .any(|l| l.contains(name) && l.contains("without its record"));
        tally.check("orphan named", named, || format!("{name}: {stderr}"));
    }
    tally.check("listing kept it", orphan.exists(), || "deleted".into());
    let out = run(simcancel()
        .args(["--operator", "mts", "--channel", "online", "--records-dir"])
        .arg(records));
    tally.check("a run", out.status.success(), || text(&out.stderr));
    tally.check("old temp removed", !old.exists(), || "kept".into());
    tally.check("fresh temp kept", fresh.exists(), || "removed".into());
    tally.check("not ours kept", other.exists(), || "removed".into());
    tally.check("orphan kept", orphan.exists() && pdf.exists(), || {
        "deleted".into()
    });
}

/// The wizard's first menu in a window `rows` high: it draws a list, or says the window
/// is too small and asks by number; never a panic.
fn first_menu_in(rows: u16) -> (Wizard, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let w = Wizard::start_sized(dir.path(), &[], &[("TERM", "xterm-256color")], 80, rows);
    (w, dir)
}

fn no_panic(tally: &mut Tally, case: &str, w: &mut Wizard) {
    let code = w.exit_code();
    tally.check(case, code == 130, || {
        format!("exit {code}: {:.2000}", w.transcript)
    });
    tally.check(case, !w.transcript.contains("panicked"), || {
        w.transcript.clone()
    });
    tally.check(case, w.terminal_is_cooked(), || "raw mode left".into());
    tally.check(case, w.cursor_visible(), || "cursor hidden".into());
}

#[test]
fn windows_of_any_size_ask_and_never_panic() {
    let mut tally = Tally::new("small terminals");
    for rows in [1u16, 2, 3] {
        let case = format!("{rows} rows");
        let (mut w, _dir) = first_menu_in(rows);
        if rows < 3 {
            w.see("too small");
            w.see("> ");
            // The second operator, by number, then the next question the same way.
            w.keys("2\r");
            w.see("What do you want to do?");
            w.see("> ");
            w.keys("\r");
            w.see("own name?");
        } else {
            w.see("Which operator");
            w.keys(ENTER);
            w.see("What do you want to do?");
            w.keys(ENTER);
            w.see("own name?");
        }
        w.keys("\x03");
        no_panic(&mut tally, &case, &mut w);
    }
    // The window shrinks while a list is shown: the next key finds it too small.
    for rows in [1u16, 2] {
        let case = format!("shrunk to {rows} rows");
        let (mut w, _dir) = first_menu_in(40);
        w.see("Which operator");
        w.session
            .get_process_mut()
            .set_window_size(80, rows)
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(100));
        w.keys(crate::common::DOWN);
        w.see("too small");
        w.see("> ");
        w.keys("1\r");
        w.see("What do you want to do?");
        w.keys("\x03");
        no_panic(&mut tally, &case, &mut w);
    }
}

/// Writes a megabyte to the wizard's terminal as a terminal does with a paste, reading
/// what it draws meanwhile as a terminal would; how long the paste took to go in.
fn paste_megabyte(w: &mut Wizard) -> std::time::Duration {
    use std::io::Write;
    use std::os::fd::{AsRawFd, FromRawFd};
    let start = std::time::Instant::now();
    // SAFETY: a duplicate of the pty's master, owned by the File from here on.
    let mut master = unsafe { fs::File::from_raw_fd(libc::dup(w.session.as_raw_fd())) };
    let writer = std::thread::spawn(move || {
        let chunk = [b'x'; 4096];
        let mut left = 1usize << 20;
        while left > 0 {
            match master.write(&chunk[..left.min(chunk.len())]) {
                Ok(n) => left -= n,
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    std::thread::sleep(std::time::Duration::from_micros(100))
                }
                Err(e) => panic!("{e}"),
            }
        }
        start.elapsed()
    });
    while !writer.is_finished() {
        let mut buf = [0u8; 65536];
        match w.session.try_read(&mut buf) {
            Ok(n) if n > 0 => {
                w.screen.process(&buf[..n]);
            }
            _ => std::thread::sleep(std::time::Duration::from_millis(1)),
        }
    }
    writer.join().unwrap()
}

#[test]
#[cfg_attr(
    feature = "portable",
    ignore = "only the Unix side has it (README: Windows, macOS and Linux)"
)]
fn a_megabyte_pasted_into_a_prompt_is_dropped_at_once() {
    let mut tally = Tally::new("pasted input");
    for (case, stop) in [("menu", 0usize), ("text", 7)] {
        let dir = tempfile::tempdir().unwrap();
        let mut w = wizard_at(dir.path(), stop);
        let start = std::time::Instant::now();
        let took = paste_megabyte(&mut w);
        // Generous bounds, so that a loaded machine does not fail it: without the guard
        // the same paste takes over a minute (measured: 77 s), with it well under a second.
        tally.check(case, took < std::time::Duration::from_secs(10), || {
            format!("{took:?}")
        });
        // The prompt still answers: the next question, or a name too long to keep (what
        // of the paste reached the prompt before the rest was dropped) refused.
        w.settle();
        w.keys(ENTER);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        let next = |w: &Wizard| {
            w.rows()
                .iter()
                .any(|r| r.contains(PROMPTS[stop + 1].0) || r.contains("at most 100"))
        };
        // What was still draining of the paste may take Enter with it, as it would a
        // person's: they press it again, and so does this.
        let mut pressed = std::time::Instant::now();
        while !next(&w) && std::time::Instant::now() < deadline {
            w.settle();
            if pressed.elapsed() > std::time::Duration::from_secs(3) && !next(&w) {
                w.keys(ENTER);
                pressed = std::time::Instant::now();
            }
        }
        tally.check(case, next(&w), || w.rows().join("\n"));
        let answered = start.elapsed();
        tally.check(case, answered < std::time::Duration::from_secs(30), || {
            format!("{answered:?}")
        });
        w.keys("\x03");
        no_panic(&mut tally, case, &mut w);
    }
}
