//! Nothing lost under any fault: signals the program did not handle, signals during the
//! write, double faults, an unwritable stderr, terminal injection from files, a hostile
//! records directory, a full disk, colliding names and small environment mistakes. Each
//! test ends with a line `reliability: <what>: N passed, M failed`.
#![cfg(unix)]

use std::fs;
use std::io::Write;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::common::{ENTER, Tally, Wizard, record_files, records_in};
use expectrl::process::unix::{Signal, WaitStatus};

use crate::common::command as simcancel;

const BIN: &str = env!("CARGO_BIN_EXE_simcancel");

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = records_in(dir)
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn hidden(dir: &Path) -> usize {
    names(dir).iter().filter(|n| n.starts_with('.')).count()
}

/// Whatever could drive a terminal: ESC, BEL, any other C0 but newline, DEL, C1 controls,
/// bidi overrides and isolates.
fn unsafe_for_a_terminal(s: &str) -> Option<char> {
    s.chars().find(|&c| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    })
}

/// Waits for `child` at most `limit`, killing it if it is still running then.
fn wait_at_most(mut child: std::process::Child, limit: Duration) -> Option<Output> {
    let deadline = Instant::now() + limit;
    loop {
        if child.try_wait().unwrap().is_some() {
            return Some(child.wait_with_output().unwrap());
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
#[cfg_attr(
    feature = "portable",
    ignore = "only the Unix side has it (README: Windows, macOS and Linux)"
)]
fn every_signal_that_would_kill_it_at_a_prompt_restores_the_terminal() {
    let mut tally = Tally::new("more signals");
    for (signal, code) in [
        (Signal::SIGQUIT, 131),
        (Signal::SIGUSR1, 138),
        (Signal::SIGUSR2, 140),
        (Signal::SIGALRM, 142),
        (Signal::SIGXFSZ, 153),
        (Signal::SIGPIPE, 141),
    ] {
        let case = format!("{signal:?}");
        let dir = tempfile::tempdir().unwrap();
        let mut w = Wizard::start(dir.path(), &[]);
        w.see("Which operator");
        w.keys(ENTER);
        w.see("What do you want to do?");
        std::thread::sleep(Duration::from_millis(100));
        w.signal(signal);
        // Drain, then look at how it ended: a death by the signal is a failure too.
        let mut buf = [0u8; 4096];
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            match w.session.try_read(&mut buf) {
                Ok(0) => break,
                Ok(n) => w.transcript.push_str(&String::from_utf8_lossy(&buf[..n])),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    std::thread::sleep(Duration::from_millis(10))
                }
                Err(_) => break,
            }
        }
        // Still running at the deadline (the signal did not end it): end it, so the test
        // fails on the status below instead of waiting for ever.
        if Instant::now() >= deadline {
            let _ = w.session.get_process_mut().signal(Signal::SIGKILL);
        }
        let status = w.session.get_process().wait().unwrap();
        tally.check(
            &case,
            matches!(status, WaitStatus::Exited(_, c) if c == code),
            || format!("{status:?}"),
        );
        tally.check(&case, records_in(dir.path()).is_empty(), || {
            format!("files: {:?}", names(dir.path()))
        });
        tally.check(&case, w.cursor_visible(), || "cursor hidden".into());
        tally.check(&case, w.terminal_is_cooked(), || "raw mode left".into());
    }
}

/// A run of the full set (record, letter, calendar) with `signal` sent after `delay`.
fn signalled_run(records: &Path, signal: i32, delay: Duration) -> Output {
    let mut child = simcancel()
        .args(["--operator", "mts", "--channel", "store", "--ics"])
        .arg("--records-dir")
        .arg(records)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(delay);
    unsafe { libc::kill(child.id() as i32, signal) };
    let _ = &mut child;
    child.wait_with_output().unwrap()
}

#[test]
fn a_signal_during_the_write_leaves_the_whole_set_or_nothing_and_says_which() {
    let mut tally = Tally::new("signals during the write");
    // A run takes a few milliseconds; signals land all over it, the write included.
    let base = tempfile::tempdir().unwrap();
    let probe = base.path().join("probe");
    let start = Instant::now();
    let out = signalled_run(&probe, 0, Duration::ZERO);
    let span = start.elapsed().max(Duration::from_millis(2));
    tally.check("a run", out.status.success(), || text(&out.stderr));
    let mut done = 0;
    let mut stopped = 0;
    for i in 0..120u32 {
        let signal = [libc::SIGTERM, libc::SIGINT, libc::SIGHUP][i as usize % 3];
        let dir = base.path().join(format!("r{i}"));
        let delay = span.mul_f64(f64::from(i % 40) / 40.0 * 1.2);
        let out = signalled_run(&dir, signal, delay);
        let (stdout, files) = (text(&out.stdout), names(&dir));
        let case = format!("signal {signal} after {delay:?}");
        tally.check(&case, hidden(&dir) == 0, || {
            format!("temp files: {files:?}")
        });
        match out.status.code() {
            Some(0) => {
                done += 1;
                // Done: all five files (the letter as text and PDF, the guide), and the
                // last lines before what happens next name them.
                tally.check(&case, files.len() == 5, || format!("{files:?}"));
                let written = stdout.split("\nWhat happens next:").next().unwrap_or("");
                let last: Vec<&str> = written.lines().rev().take(5).collect();
                tally.check(
                    &case,
                    last.iter().any(|l| l.starts_with("Record written: "))
                        && last.iter().any(|l| l.starts_with("Calendar written: ")),
                    || stdout.clone(),
                );
            }
            Some(c) if c == crate::common::interrupted(signal) => {
                stopped += 1;
                tally.check(&case, files.is_empty(), || {
                    format!("exit {c} but on disk: {files:?}")
                });
                tally.check(&case, !stdout.contains("Record written"), || stdout.clone());
            }
            // Killed before the handlers were installed, at start-up: nothing written yet.
            None if out.status.signal() == Some(signal) => {
                stopped += 1;
                tally.check(&case, files.is_empty(), || format!("on disk: {files:?}"));
            }
            other => tally.check(&case, false, || format!("exit {other:?}")),
        }
    }
    let _ = writeln!(
        std::io::stderr(),
        "reliability: signals during the write: {done} runs done, {stopped} interrupted"
    );
}

#[test]
#[cfg_attr(
    feature = "portable",
    ignore = "only the Unix side has it (README: Windows, macOS and Linux)"
)]
fn double_faults_and_an_unwritable_stderr_never_claim_a_copy_or_abort() {
    let mut tally = Tally::new("double faults");
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("a-file");
    fs::write(&blocker, "").unwrap();
    let full = || {
        fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    let flags = [
        "--operator",
        "mts",
        "--channel",
        "online",
        "--reference",
        "DOUBLE-1",
    ];

    // Records dir unwritable and stdout full: the record goes to stderr, with the message.
    let out = run(simcancel()
        .args(flags)
        .arg("--records-dir")
        .arg(&blocker)
        .stdout(full()));
    let err = text(&out.stderr);
    tally.check("dir and stdout: 73", out.status.code() == Some(73), || {
        format!("{:?}", out.status.code())
    });
    tally.check(
        "dir and stdout: the copy is on stderr",
        err.contains("reference = \"DOUBLE-1\"") && err.contains("printed above in full"),
        || err.clone(),
    );

    // Records dir unwritable and stdout closed outright (`>&-`): the copy is on stderr.
    // Not under libfaketime (a run with the clock moved): its constructor opens its shared
    // memory before `main`, on the lowest free descriptor, the closed stdout, so no program
    // could see that stdout was closed. The clock plays no part in this case.
    let out = run(crate::common::pinned_program("sh")
        .env_remove("LD_PRELOAD")
        .arg("-c")
        .arg(r#"exec 1>&-; exec "$0" "$@""#)
        .arg(BIN)
        .args(flags)
        .arg("--records-dir")
        .arg(&blocker)
        .stdin(Stdio::null()));
    let err = text(&out.stderr);
    tally.check(
        "dir and stdout closed: 73",
        out.status.code() == Some(73),
        || format!("{:?}", out.status.code()),
    );
    tally.check(
        "dir and stdout closed: the copy is on stderr",
        err.contains("reference = \"DOUBLE-1\"") && err.contains("printed above in full"),
        || err.clone(),
    );

    // Every stream fails: the exit status alone says it, and it is not an abort.
    for (case, records) in [
        ("all streams, dir unwritable", blocker.clone()),
        ("all streams, saved", dir.path().join("saved")),
    ] {
        let out = run(simcancel()
            .args(flags)
            .arg("--records-dir")
            .arg(&records)
            .stdout(full())
            .stderr(full()));
        tally.check(case, out.status.code() == Some(73), || {
            format!("{:?}", out.status)
        });
    }

    // An unwritable stderr keeps each error's own exit code.
    for (case, args, code) in [
        (
            "usage",
            vec!["--operator", "nosuch", "--channel", "online"],
            2,
        ),
        ("missing answers", vec!["--channel", "online"], 2),
        ("bad data", vec!["check-data", "/dev/null"], 65),
        ("no such record", vec!["records", "show", "nosuch.toml"], 66),
    ] {
        let out = run(simcancel()
            .args(&args)
            .arg("--records-dir")
            .arg(dir.path().join("r"))
            .stderr(full()));
        tally.check(case, out.status.code() == Some(code), || {
            format!("{:?}", out.status)
        });
    }

    // `nohup`: SIGHUP ignored, stderr a terminal that has gone away.
    let out = run(simcancel()
        .args(["--operator", "nosuch", "--channel", "online"])
        .stderr(
            fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap(),
        )
        .process_group(0));
    tally.check("gone terminal", out.status.code() == Some(2), || {
        format!("{:?}", out.status)
    });
}

/// A record file whose fields carry every kind of terminal control.
const HOSTILE: &str = "\u{1b}]0;owned\u{7}\u{1b}[2J\u{1b}P1$r\u{1b}\\\u{9b}31m\u{9d}0;x\u{9c}\u{202e}evil\u{2066}\u{7f}\u{8}\u{1b}c";

fn hostile_record(valid: &str) -> String {
    let escaped: String = HOSTILE
        .chars()
        .map(|c| format!("\\u{:04X}", c as u32))
        .collect();
    valid
        .replacen(
            "operator = \"mts\"",
            &format!("operator = \"mts{escaped}\""),
            1,
        )
        .replacen("reference = \"", &format!("reference = \"{escaped}"), 1)
}

#[test]
fn nothing_from_a_file_or_a_file_name_reaches_the_terminal_raw() {
    let mut tally = Tally::new("terminal injection");
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("r");
    let out = run(simcancel()
        .args(["--operator", "mts", "--channel", "online", "--records-dir"])
        .arg(&records));
    tally.check("a record", out.status.success(), || text(&out.stderr));
    let first = record_files(&records).pop().unwrap();
    let valid = fs::read_to_string(&first).unwrap();
    fs::write(
        records.join("2026-11-20T100000_mts_cancel_online.toml"),
        hostile_record(&valid),
    )
    .unwrap();
    // A file name with escapes, and a file with an escape in an unknown value.
    fs::write(records.join(format!("evil{HOSTILE}.toml")), "schema = 1\n").unwrap();
    fs::write(
        records.join("bad-value.toml"),
        valid.replacen(
            "action = \"cancel\"",
            "action = \"\\u001B]0;title\\u0007\\u202Eboo\"",
            1,
        ),
    )
    .unwrap();

    for args in [
        vec!["records"],
        vec!["records", "--json"],
        vec![
            "records",
            "show",
            "2026-11-20T100000_mts_cancel_online.toml",
        ],
        vec!["records", "show", "bad-value.toml"],
    ] {
        let out = run(simcancel().args(&args).arg("--records-dir").arg(&records));
        let case = args.join(" ");
        for (stream, s) in [("stdout", text(&out.stdout)), ("stderr", text(&out.stderr))] {
            let found = unsafe_for_a_terminal(&s);
            tally.check(&format!("{case} {stream}"), found.is_none(), || {
                format!("{found:?} in {s:?}")
            });
        }
    }
    // The JSON still holds the data, escaped.
    let out = run(simcancel()
        .args(["records", "--json", "--records-dir"])
        .arg(&records));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    let kept = json["records"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|r| r["operator"].as_str() == Some(&format!("mts{HOSTILE}")));
    tally.check("json keeps the data", kept, || text(&out.stdout));

    // A table: an unknown value echoed by the parse error, and a file name.
    let table = simcancel::catalog::EMBEDDED.replacen(
        "confidence = \"official\"",
        "confidence = \"\u{1b}]0;owned\u{7}\u{202e}\u{9b}2J\"",
        1,
    );
    for name in ["table.toml", "t\u{1b}[2J\u{202e}.toml"] {
        let path = dir.path().join(name);
        fs::write(&path, &table).unwrap();
        let out = run(simcancel().arg("check-data").arg(&path));
        let err = text(&out.stderr);
        tally.check(name, out.status.code() == Some(65), || err.clone());
        let found = unsafe_for_a_terminal(&err);
        tally.check(name, found.is_none(), || format!("{found:?} in {err:?}"));
    }
}

#[test]
fn a_hostile_records_dir_neither_hangs_nor_allocates_nor_leads_outside() {
    let mut tally = Tally::new("hostile records dir");
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("r");
    let out = run(simcancel()
        .args(["--operator", "mts", "--channel", "online", "--records-dir"])
        .arg(&records));
    tally.check("a record", out.status.success(), || text(&out.stderr));
    let outside = dir.path().join("outside.toml");
    fs::copy(records_in(&records)[0].clone(), &outside).unwrap();
    let fifo = records.join("pipe.toml");
    let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    std::os::unix::fs::symlink("/dev/zero", records.join("zero.toml")).unwrap();
    std::os::unix::fs::symlink(&outside, records.join("away.toml")).unwrap();
    fs::write(records.join("huge.toml"), vec![b'#'; 3 << 20]).unwrap();

    for args in [vec!["records"], vec!["records", "--json"]] {
        let child = simcancel()
            .args(&args)
            .arg("--records-dir")
            .arg(&records)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let case = args.join(" ");
        let Some(out) = wait_at_most(child, Duration::from_secs(20)) else {
            tally.check(&case, false, || "hung".into());
            continue;
        };
        let err = text(&out.stderr);
        tally.check(&case, out.status.success(), || err.clone());
        for (name, why) in [
            ("pipe.toml", "not a regular file"),
            ("zero.toml", "outside the records directory"),
            ("away.toml", "outside the records directory"),
            ("huge.toml", "larger than 1 MiB"),
        ] {
            let said = if case == "records" {
                err.lines().any(|l| l.contains(name) && l.contains(why))
            } else {
                text(&out.stdout).contains(name)
            };
            tally.check(&format!("{case} {name}"), said, || err.clone());
        }
    }
    // Named on the command line: still no hang, no read of a device.
    for name in ["pipe.toml", "zero.toml", "huge.toml"] {
        for sub in ["show", "done", "ics"] {
            let child = simcancel()
                .args(["records", sub, name, "--records-dir"])
                .arg(&records)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            let case = format!("records {sub} {name}");
            let out = wait_at_most(child, Duration::from_secs(20));
            tally.check(
                &case,
                out.as_ref()
                    .is_some_and(|o| matches!(o.status.code(), Some(65 | 66))),
                || format!("{:?}", out.map(|o| (o.status, text(&o.stderr)))),
            );
        }
    }
}

#[test]
#[cfg_attr(
    feature = "portable",
    ignore = "only the Unix side has it (README: Windows, macOS and Linux)"
)]
fn a_full_disk_part_way_leaves_nothing_and_names_what_exists() {
    let mut tally = Tally::new("out of space");
    // A file-size limit between the letter's size and the record's: the first file fits,
    // the next does not, as when the disk fills up in between.
    for limit in [600u64, 1200, 1400] {
        let dir = tempfile::tempdir().unwrap();
        let records = dir.path().join("r");
        fs::create_dir(&records).unwrap();
        let mut cmd = simcancel();
        cmd.args([
            "--operator",
            "mts",
            "--channel",
            "store",
            "--ics",
            "--reference",
            "FULL-1",
            "--records-dir",
        ])
        .arg(&records);
        unsafe {
            cmd.pre_exec(move || {
                let rl = libc::rlimit {
                    rlim_cur: limit,
                    rlim_max: limit,
                };
                libc::setrlimit(libc::RLIMIT_FSIZE, &rl);
                Ok(())
            });
        }
        let out = run(&mut cmd);
        let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
        let case = format!("limit {limit}");
        tally.check(&case, out.status.code() == Some(73), || {
            format!("{:?} {stderr}", out.status)
        });
        tally.check(&case, names(&records).is_empty(), || {
            format!("left: {:?}", names(&records))
        });
        tally.check(&case, stdout.contains("reference = \"FULL-1\""), || {
            stdout.clone()
        });
        // The message names the directory, which exists, never a vanished temp file.
        let named = stderr
            .split_whitespace()
            .filter(|w| w.starts_with('/'))
            .map(|w| PathBuf::from(w.trim_end_matches([':', '.', ','])))
            .collect::<Vec<_>>();
        tally.check(
            &case,
            !named.is_empty() && named.iter().all(|p| p.exists()),
            || stderr.clone(),
        );
    }
}

#[test]
fn runs_in_the_same_second_name_their_letters_after_their_records() {
    let mut tally = Tally::new("collision names");
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("r");
    for _ in 0..5 {
        let out = run(simcancel()
            .args(["--operator", "mts", "--channel", "store", "--ics"])
            .arg("--records-dir")
            .arg(&records));
        tally.check("run", out.status.success(), || text(&out.stderr));
    }
    let files = names(&records);
    for n in 1..=5 {
        let stem = if n == 1 {
            "2026-11-25T110000_mts_cancel_store".to_owned()
        } else {
            format!("2026-11-25T110000_mts_cancel_store_{n}")
        };
        for end in [".toml", "_letter.txt", ".ics"] {
            let name = format!("{stem}{end}");
            tally.check(&name, files.contains(&name), || format!("{files:?}"));
        }
        let body = fs::read_to_string(records.join(format!("{stem}.toml"))).unwrap();
        let letter = format!("letter = \"{stem}_letter.txt\"");
        tally.check(&stem, body.contains(&letter), || body.clone());
    }
    let out = run(simcancel().args(["records", "--records-dir"]).arg(&records));
    let err = text(&out.stderr);
    tally.check("no foreign files", err.is_empty(), || err.clone());
    tally.check(
        "five records",
        text(&out.stdout)
            .lines()
            .filter(|l| l.trim_start().starts_with("2026-11-25 11:00"))
            .count()
            == 5,
        || text(&out.stdout),
    );
}

#[test]
fn small_mistakes_get_clear_answers() {
    let mut tally = Tally::new("small faults");
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("r");

    // Empty variables are unset.
    let out = run(simcancel()
        .args(["--operator", "mts", "--channel", "online", "--records-dir"])
        .arg(&records)
        .env("SIMCANCEL_LANG", ""));
    tally.check("SIMCANCEL_LANG=", out.status.success(), || {
        text(&out.stderr)
    });
    let out = run(simcancel()
        .args(["records", "--records-dir"])
        .arg(&records)
        .env("SIMCANCEL_LANG", ""));
    tally.check("SIMCANCEL_LANG= records", out.status.success(), || {
        text(&out.stderr)
    });
    let out = run(simcancel()
        .args(["operators"])
        .env("SIMCANCEL_RECORDS_DIR", "")
        .env("HOME", dir.path()));
    tally.check("SIMCANCEL_RECORDS_DIR=", out.status.success(), || {
        text(&out.stderr)
    });

    // A dangling link and a loop as the records directory.
    let dangling = dir.path().join("dangling");
    std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).unwrap();
    let looped = dir.path().join("loop");
    std::os::unix::fs::symlink(&looped, &looped).unwrap();
    for (case, path, says) in [
        ("dangling", &dangling, "which does not exist"),
        ("loop", &looped, "cannot be followed"),
    ] {
        let out = run(simcancel()
            .args(["--operator", "mts", "--channel", "online", "--records-dir"])
            .arg(path));
        let err = text(&out.stderr);
        tally.check(case, out.status.code() == Some(73), || err.clone());
        tally.check(
            case,
            err.contains("symbolic link") && err.contains(says),
            || err.clone(),
        );
    }

    // "It is a file, not a directory", in every language.
    let file = dir.path().join("a-file");
    fs::write(&file, "").unwrap();
    for (lang, says) in [
        ("en", "it is a file, not a directory"),
        ("ru", "это файл, а не каталог"),
        ("zh", "它是文件，不是目录"),
    ] {
        let out = run(simcancel()
            .args(["--operator", "mts", "--channel", "online", "--lang", lang])
            .arg("--records-dir")
            .arg(&file));
        let err = text(&out.stderr);
        tally.check(lang, err.contains(says), || err.clone());
    }

    // A table that is not UTF-8 is bad data, located.
    let table = dir.path().join("latin1.toml");
    let mut bytes = simcancel::catalog::EMBEDDED.as_bytes().to_vec();
    let at = bytes.iter().position(|&b| b == b'\n').unwrap();
    bytes.insert(at, 0xe9);
    fs::write(&table, bytes).unwrap();
    for args in [vec!["check-data"], vec!["operators", "--data"]] {
        let out = run(simcancel().args(&args).arg(&table));
        let err = text(&out.stderr);
        let case = format!("{} latin1", args[0]);
        tally.check(&case, out.status.code() == Some(65), || err.clone());
        tally.check(&case, err.contains("latin1.toml:1:"), || err.clone());
    }

    // --ics is never dropped unseen: a suspension whose terms nobody publishes still has
    // its dated check, and so its calendar.
    let out = run(simcancel()
        .args(["--operator", "beeline", "--action", "suspend"])
        .args(["--channel", "online", "--ics", "--records-dir"])
        .arg(dir.path().join("s")));
    let stdout = text(&out.stdout);
    tally.check(
        "--ics, a suspension with unknown terms",
        out.status.success() && stdout.contains("Calendar written") && stdout.contains(".ics"),
        || stdout.clone(),
    );
}
