//! Shared by every test that runs the binary: one environment that cannot leak the
//! machine's clock, time zone, language, home directory or records into a test, and the
//! wizard in a real pty (keys in, screen out).
#![allow(dead_code)]

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
#[cfg(unix)]
use std::time::{Duration, Instant};

// The pty half (the wizard on a screen) is Unix-only; the rest runs everywhere.
#[cfg(unix)]
use expectrl::process::unix::{Signal, WaitStatus};
#[cfg(unix)]
use expectrl::{Expect, Session};

/// Wednesday 25 November 2026, 11:00 in Moscow: "now" for every run unless a test says.
pub const NOW: &str = "2026-11-25T11:00:00+03:00";

/// An empty home for every run, so that nothing reads or writes the real user's files.
fn empty_home() -> &'static Path {
    static HOME: OnceLock<tempfile::TempDir> = OnceLock::new();
    HOME.get_or_init(|| tempfile::tempdir().expect("a temp dir"))
        .path()
}

/// The binary in a pinned environment: the clock at [`NOW`], Moscow time, English, no
/// colour, an empty home, no records directory from the environment, stdin empty.
pub fn command() -> Command {
    let mut cmd = pinned();
    cmd.stdin(std::process::Stdio::null());
    cmd
}

/// [`command`] with stdin left for the caller (a pty).
fn pinned() -> Command {
    pinned_program(env!("CARGO_BIN_EXE_simcancel"))
}

/// Another program (a shell that closes a descriptor, then runs the binary) in the same
/// pinned environment, which the binary it runs inherits.
pub fn pinned_program(program: &str) -> Command {
    let mut cmd = Command::new(program);
    for var in [
        "LANG",
        "LC_MESSAGES",
        "LANGUAGE",
        "SIMCANCEL_LANG",
        "SIMCANCEL_RECORDS_DIR",
        "SIMCANCEL_DATA",
        "CLICOLOR",
        "CLICOLOR_FORCE",
        "XDG_DATA_HOME",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("LC_ALL", "C")
        .env("NO_COLOR", "1")
        .env("SIMCANCEL_NOW", NOW)
        .env("TZ", "Europe/Moscow")
        .env("HOME", empty_home());
    default_signals(&mut cmd);
    cmd
}

/// Signal handling as a login shell leaves it: every signal at its default, none blocked.
/// A runner that ignores one (cargo-mutants ignores SIGQUIT) would otherwise pass that on,
/// the binary rightly keeps an ignored signal ignored, and a test that sends it waits for
/// an exit that never comes. A test that wants a signal ignored adds its own `pre_exec`,
/// which runs after this one.
#[cfg(not(unix))]
fn default_signals(_: &mut Command) {}

#[cfg(unix)]
fn default_signals(cmd: &mut Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            for signal in 1..32 {
                if signal != libc::SIGKILL && signal != libc::SIGSTOP {
                    libc::signal(signal, libc::SIG_DFL);
                }
            }
            let mut none: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut none);
            libc::sigprocmask(libc::SIG_SETMASK, &none, std::ptr::null_mut());
            Ok(())
        });
    }
}

/// The exit code of a run ended by `signal`: 128 + its number, except on the portable side
/// (what Windows runs), where every console event ends the run as Ctrl-C does.
pub fn interrupted(signal: i32) -> i32 {
    if cfg!(feature = "portable") {
        130
    } else {
        128 + signal
    }
}

/// [`command`] with assert_cmd's assertions.
pub fn simcancel() -> assert_cmd::Command {
    assert_cmd::Command::from_std(command())
}

pub const DOWN: &str = "\x1b[B";
/// How the pause for Enter starts in every language.
pub const MORE: &str = "⏎";
pub const ENTER: &str = "\r";

#[cfg(unix)]
pub struct Wizard {
    pub session: expectrl::session::OsSession,
    pub screen: vt100::Parser,
    pub transcript: String,
    /// The start of a character split between two reads: the screen gets it whole.
    partial: Vec<u8>,
}

#[cfg(unix)]
impl Wizard {
    pub fn start(records: &Path, args: &[&str]) -> Wizard {
        Wizard::start_with(records, args, &[("TERM", "xterm-256color")])
    }

    /// Starts the wizard with extra environment variables.
    pub fn start_with(records: &Path, args: &[&str], env: &[(&str, &str)]) -> Wizard {
        Wizard::start_sized(records, args, env, 100, 40)
    }

    /// Starts the wizard in a terminal `cols` wide and `rows` high.
    pub fn start_sized(
        records: &Path,
        args: &[&str],
        env: &[(&str, &str)],
        cols: u16,
        rows: u16,
    ) -> Wizard {
        let mut cmd = pinned();
        cmd.arg("--records-dir").arg(records).args(args);
        // English unless a test asks for another language (LANG, not LC_ALL, so it can).
        cmd.env_remove("LC_ALL").env("LANG", "C");
        cmd.envs(env.iter().copied());
        // The size is set by the child itself before simcancel starts: set from here
        // after the spawn, a loaded machine lets the wizard draw its first screen at the
        // pty's default size first.
        let mut sized = std::process::Command::new("sh");
        sized
            .arg("-c")
            .arg(format!(
                "stty rows {rows} cols {cols} && exec \"$0\" \"$@\""
            ))
            .arg(cmd.get_program())
            .args(cmd.get_args());
        for (key, value) in cmd.get_envs() {
            match value {
                Some(v) => sized.env(key, v),
                None => sized.env_remove(key),
            };
        }
        if let Some(dir) = cmd.get_current_dir() {
            sized.current_dir(dir);
        }
        let mut session = Session::spawn(sized).expect("spawn in a pty");
        session
            .get_process_mut()
            .set_window_size(cols, rows)
            .unwrap();
        session.set_expect_timeout(Some(Duration::from_secs(20)));
        Wizard {
            session,
            screen: vt100::Parser::new(rows.try_into().unwrap(), cols.try_into().unwrap(), 0),
            transcript: String::new(),
            partial: Vec::new(),
        }
    }

    /// Feeds the screen and the transcript, holding back a character cut in two by a
    /// read (the screen would draw the halves as two wrong cells).
    fn feed(&mut self, bytes: &[u8]) {
        self.partial.extend_from_slice(bytes);
        let whole = match std::str::from_utf8(&self.partial) {
            Ok(_) => self.partial.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(_) => self.partial.len(),
        };
        let ready: Vec<u8> = self.partial.drain(..whole).collect();
        self.screen.process(&ready);
        self.transcript.push_str(&String::from_utf8_lossy(&ready));
    }

    /// Waits until `text` has been drawn, keeping everything drawn on the way. Guidance
    /// longer than the screen pauses for Enter (the line starts with [`MORE`]); on the way
    /// to `text`, each pause is read and Enter pressed, as a reader would.
    pub fn see(&mut self, text: &str) {
        loop {
            let found = self
                .session
                .expect(expectrl::Any([text, MORE]))
                .unwrap_or_else(|e| {
                    panic!(
                        "never saw {text:?}: {e}\n--- transcript ---\n{}",
                        self.transcript
                    )
                });
            let matched = found.get(0).unwrap_or_default().to_vec();
            let before = found.before().to_vec();
            for part in [&before[..], &matched[..]] {
                self.feed(part);
            }
            if matched == text.as_bytes() || text == MORE {
                return;
            }
            self.keys(ENTER);
        }
    }

    /// Reads what the wizard draws until it has drawn nothing for a while. Not to be mixed
    /// with [`Wizard::see`], which keeps bytes of its own.
    pub fn settle(&mut self) {
        let mut buf = [0u8; 4096];
        let mut quiet = Instant::now();
        loop {
            match self.session.try_read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    self.feed(&buf[..n]);
                    quiet = Instant::now();
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    if quiet.elapsed() > Duration::from_millis(250) {
                        break;
                    }
                    std::thread::sleep(Duration::from_millis(10));
                }
                Err(_) => break,
            }
        }
    }

    /// Waits until the screen shows `text` (on one row), reading with [`Wizard::settle`].
    pub fn wait_for(&mut self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            self.settle();
            if self.rows().iter().any(|r| r.contains(text)) {
                return;
            }
            // Guidance paused for Enter on the way, as in `see`.
            if self.rows().iter().any(|r| r.starts_with(MORE)) {
                self.keys(ENTER);
                continue;
            }
            assert!(
                Instant::now() < deadline,
                "never saw {text:?}; the screen:\n{}",
                self.rows().join("\n")
            );
        }
    }

    /// The screen's rows as text, trailing blanks removed.
    pub fn rows(&self) -> Vec<String> {
        let screen = self.screen.screen();
        let (_, cols) = screen.size();
        screen
            .rows(0, cols.get())
            .map(|r| r.trim_end().to_owned())
            .collect()
    }

    pub fn keys(&mut self, keys: &str) {
        self.session.send(keys).unwrap();
    }

    pub fn exit_code(&mut self) -> i32 {
        // Drain what is left until the pty reports the child gone (EIO on Linux), and
        // never wait forever on a wizard that does not finish.
        let mut rest = Vec::new();
        let mut buf = [0u8; 4096];
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            match self.session.try_read(&mut buf) {
                Ok(0) => break,
                Ok(n) => rest.extend_from_slice(&buf[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    assert!(
                        Instant::now() < deadline,
                        "the wizard did not exit: {}",
                        self.transcript
                    );
                    std::thread::sleep(Duration::from_millis(10));
                }
                Err(_) => break,
            }
        }
        self.feed(&rest);
        match self.session.get_process().wait().unwrap() {
            WaitStatus::Exited(_, code) => code,
            other => panic!("not a normal exit: {other:?}"),
        }
    }

    /// Whether the pty is back in cooked mode (line editing and signal keys on), not the raw
    /// mode a prompt reads keys in. Echo is not checked: the pty crate turns it off itself.
    pub fn terminal_is_cooked(&self) -> bool {
        use std::os::fd::AsRawFd;
        let handle = self.session.get_process().get_raw_handle().unwrap();
        let mut t = std::mem::MaybeUninit::<libc::termios>::uninit();
        // SAFETY: tcgetattr fills `t` on success, which is checked before it is read.
        assert_eq!(
            unsafe { libc::tcgetattr(handle.as_raw_fd(), t.as_mut_ptr()) },
            0
        );
        let t = unsafe { t.assume_init() };
        t.c_lflag & libc::ICANON != 0 && t.c_lflag & libc::ISIG != 0
    }

    /// Whether the cursor was shown again after the last time it was hidden.
    pub fn cursor_visible(&self) -> bool {
        self.transcript.rfind("\x1b[?25h") >= self.transcript.rfind("\x1b[?25l")
    }

    pub fn signal(&mut self, signal: Signal) {
        self.session.get_process_mut().signal(signal).unwrap();
    }
}

pub fn records_in(dir: &Path) -> Vec<PathBuf> {
    fs::read_dir(dir)
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default()
}

/// The guide written beside the one record in `dir`: all the guidance of the run,
/// details included (the screen shows only what comes first).
pub fn guide_in(dir: &Path) -> String {
    let guides: Vec<PathBuf> = records_in(dir)
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with("_guide.txt"))
        .collect();
    assert_eq!(guides.len(), 1, "one guide: {guides:?}");
    fs::read_to_string(&guides[0]).unwrap()
}

/// The record files in `dir`: letters and calendars beside them are not records.
pub fn record_files(dir: &Path) -> Vec<PathBuf> {
    records_in(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect()
}

/// Counts the cases of one test and prints the tally past the harness's capture.
pub struct Tally {
    what: &'static str,
    passed: usize,
    failed: Vec<String>,
}

impl Tally {
    pub fn new(what: &'static str) -> Self {
        Tally {
            what,
            passed: 0,
            failed: Vec::new(),
        }
    }

    pub fn check(&mut self, case: &str, ok: bool, detail: impl FnOnce() -> String) {
        if ok {
            self.passed += 1;
        } else {
            self.failed.push(format!("{case}: {}", detail()));
        }
    }
}

impl Drop for Tally {
    fn drop(&mut self) {
        let _ = writeln!(
            std::io::stderr(),
            "reliability: {}: {} passed, {} failed",
            self.what,
            self.passed,
            self.failed.len()
        );
        if !std::thread::panicking() {
            assert!(
                self.failed.is_empty(),
                "{}:\n{}",
                self.what,
                self.failed.join("\n")
            );
        }
    }
}
