//! Shared by every test that runs the binary: one environment that cannot leak the
//! machine's clock, time zone, language, home directory or records into a test, changed
//! fluently where a test needs to ([`Pinned`]); the fixture table the behaviour tests run
//! on ([`FIXTURE`]); and the wizard in a real pty (keys in, screen out).
#![allow(dead_code)]

use std::ffi::OsStr;
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

/// The table the behaviour tests run on: made-up operators whose values they may pin, so
/// that a correct edit of the shipped table fails only the data tests (`data.rs`,
/// `facts.rs`).
pub const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/fixture.toml");

/// What a test changes in the pinned environment, set fluently on either kind of command:
/// `simcancel().fixture().records(dir).locale("ru_RU.UTF-8").args([…]).assert()`.
pub trait Pinned {
    /// Sets an environment variable of the run.
    fn set_env(&mut self, key: &str, value: &OsStr) -> &mut Self;
    /// Removes an environment variable from the run.
    fn unset_env(&mut self, key: &str) -> &mut Self;
    /// Adds a flag and its value to the run's arguments.
    fn flag(&mut self, flag: &str, value: &OsStr) -> &mut Self;

    /// The clock at `at` (RFC 3339) instead of [`NOW`].
    fn now(&mut self, at: &str) -> &mut Self {
        self.set_env("SIMCANCEL_NOW", at.as_ref())
    }

    /// The system's time zone instead of Moscow's.
    fn zone(&mut self, tz: &str) -> &mut Self {
        self.set_env("TZ", tz.as_ref())
    }

    /// The language as `--lang` chooses it.
    fn lang(&mut self, lang: &str) -> &mut Self {
        self.flag("--lang", lang.as_ref())
    }

    /// The locale as a user's system sets it (`LANG`, with `LC_ALL` unset so that it
    /// counts), instead of C.
    fn locale(&mut self, locale: &str) -> &mut Self {
        self.unset_env("LC_ALL").set_env("LANG", locale.as_ref())
    }

    /// The records directory, as `--records-dir` gives it.
    fn records(&mut self, dir: impl AsRef<Path>) -> &mut Self {
        self.flag("--records-dir", dir.as_ref().as_os_str())
    }

    /// Another operator table, as `--data` gives it.
    fn data(&mut self, file: impl AsRef<Path>) -> &mut Self {
        self.flag("--data", file.as_ref().as_os_str())
    }

    /// The [`FIXTURE`] table instead of the shipped one.
    fn fixture(&mut self) -> &mut Self {
        self.data(FIXTURE)
    }
}

impl Pinned for Command {
    fn set_env(&mut self, key: &str, value: &OsStr) -> &mut Self {
        self.env(key, value)
    }
    fn unset_env(&mut self, key: &str) -> &mut Self {
        self.env_remove(key)
    }
    fn flag(&mut self, flag: &str, value: &OsStr) -> &mut Self {
        self.arg(flag).arg(value)
    }
}

impl Pinned for assert_cmd::Command {
    fn set_env(&mut self, key: &str, value: &OsStr) -> &mut Self {
        self.env(key, value)
    }
    fn unset_env(&mut self, key: &str) -> &mut Self {
        self.env_remove(key)
    }
    fn flag(&mut self, flag: &str, value: &OsStr) -> &mut Self {
        self.arg(flag).arg(value)
    }
}

/// The shipped table, for a test that shows its values as they are: what it expects is
/// read from here, never written out, so that a correct edit of the table keeps it green.
pub fn shipped() -> simcancel::catalog::Catalog {
    simcancel::catalog::embedded().expect("the shipped table loads")
}

/// What the wizard says of a fact in `lang`: its value, or else what to ask.
pub fn said(
    fact: &simcancel::catalog::Fact<simcancel::catalog::Text>,
    lang: simcancel::i18n::Lang,
) -> &str {
    let text = fact.value.as_ref().or(fact.ask.as_ref());
    text.map_or("", |t| t.get(lang))
}

/// The first words of a table's text: enough to tell that it is shown, for a test that
/// checks it is not.
pub fn opening(text: &str) -> String {
    text.split_whitespace()
        .take(5)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The records directory `cmd` names, by its flag or the environment.
fn records_named(cmd: &assert_cmd::Command) -> Option<PathBuf> {
    let flag = cmd.get_args().skip_while(|a| *a != "--records-dir").nth(1);
    let env = cmd
        .get_envs()
        .find(|(k, _)| *k == "SIMCANCEL_RECORDS_DIR")
        .and_then(|(_, v)| v);
    flag.or(env).map(PathBuf::from)
}

/// The records directory of `cmd`: the one it names, else one of its own (by the
/// environment, which leaves the arguments as the test wrote them), which lasts as long as
/// the returned guard. What a run writes never lands in the shared home.
fn records_of(cmd: &mut assert_cmd::Command) -> (PathBuf, Option<tempfile::TempDir>) {
    if let Some(dir) = records_named(cmd) {
        return (dir, None);
    }
    let own = tempfile::tempdir().expect("a temp dir");
    cmd.env("SIMCANCEL_RECORDS_DIR", own.path());
    (own.path().to_path_buf(), Some(own))
}

/// The standard output of a run that has to succeed.
pub fn stdout(cmd: &mut assert_cmd::Command) -> String {
    let _records = records_of(cmd);
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).expect("UTF-8 output")
}

/// The standard output and error of a run, whatever its exit code.
pub fn streams(cmd: &mut assert_cmd::Command) -> (String, String) {
    let _records = records_of(cmd);
    let out = cmd.output().expect("the binary runs");
    let text = |b: Vec<u8>| String::from_utf8(b).expect("UTF-8 output");
    (text(out.stdout), text(out.stderr))
}

/// The one file ending in `suffix` (`_letter.txt`, `_poa.txt`) that a run writes beside
/// its record; the run has to succeed.
pub fn written(cmd: &mut assert_cmd::Command, suffix: &str) -> String {
    let (dir, _own) = records_of(cmd);
    cmd.assert().success();
    let files = files_ending(&dir, suffix);
    assert_eq!(files.len(), 1, "{suffix}: {files:?}");
    fs::read_to_string(&files[0]).unwrap()
}

pub const DOWN: &str = "\x1b[B";
pub const UP: &str = "\x1b[A";
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
        // English unless a test asks for another language (LANG, not LC_ALL, so it can).
        cmd.records(records).args(args).locale("C");
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

/// Every file in `dir` (none when it does not exist), in name order.
pub fn records_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

/// The files in `dir` whose names end with `suffix` (`.ics`, `_letter.txt`), in name order.
pub fn files_ending(dir: &Path, suffix: &str) -> Vec<PathBuf> {
    records_in(dir)
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect()
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
    files_ending(dir, ".toml")
}

/// The only record in `dir`, parsed.
pub fn only_record(dir: &Path) -> toml::Table {
    let files = record_files(dir);
    assert_eq!(files.len(), 1, "{files:?}");
    fs::read_to_string(&files[0]).unwrap().parse().unwrap()
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
