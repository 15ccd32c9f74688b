//! The Unix side (Linux, macOS): signals handled in the handler itself with
//! async-signal-safe calls only (write, tcsetattr, _exit), which spares every run a signal
//! thread — starting one cost a sixth of a non-interactive run's time.

use std::fs;
use std::io::IsTerminal;
use std::path::Path;
use std::sync::OnceLock;

use libc::{SIGALRM, SIGHUP, SIGINT, SIGPIPE, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGXFSZ, c_int};

use super::Stream;

/// Signals interrupt the main thread: the handler runs there.
pub const OWN_THREAD: bool = false;

/// The signal Ctrl-C sends.
pub const INTERRUPT: i32 = SIGINT;

/// Every signal whose default action would end the run without restoring the terminal or
/// in the middle of writing files. SIGQUIT would dump core besides; SIGALRM, SIGUSR1 and
/// SIGUSR2 come from scripts and timeouts. SIGPIPE and SIGXFSZ are also what the kernel
/// sends this process when a write fails (a closed pipe, a file-size limit): those are
/// left to the failing write, which reports them as EPIPE or EFBIG (see [`on_signal`]).
pub const HANDLED: [c_int; 9] = [
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGXFSZ, SIGPIPE,
];

/// What a signal calls. Called from the signal handler itself, so it may only do what is
/// async-signal-safe (atomics and the functions of this module).
static CALLBACK: OnceLock<fn(i32)> = OnceLock::new();

/// Calls `callback` with the signal's number whenever one of [`HANDLED`] arrives, except
/// those the caller of simcancel ignored (`nohup simcancel …`, or `&` in a script).
pub fn handle_signals(callback: fn(i32)) {
    let _ = CALLBACK.set(callback);
    for signal in HANDLED {
        // SIGPIPE is always ignored by the time main runs (Rust's runtime does it), so
        // that says nothing about the caller's wish.
        if signal != SIGPIPE && ignored(signal) {
            continue;
        }
        // SAFETY: the handler uses atomics, getpid and the callback, which is
        // async-signal-safe by contract; it allocates nothing and takes no lock. The other
        // handled signals are blocked while it runs.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = on_signal as *const () as libc::sighandler_t;
            action.sa_flags = libc::SA_SIGINFO | libc::SA_RESTART;
            libc::sigemptyset(&mut action.sa_mask);
            for other in HANDLED {
                libc::sigaddset(&mut action.sa_mask, other);
            }
            libc::sigaction(signal, &action, std::ptr::null_mut());
        }
    }
}

extern "C" fn on_signal(signal: c_int, info: *mut libc::siginfo_t, _: *mut libc::c_void) {
    // The kernel sends SIGPIPE or SIGXFSZ to the process whose write failed, as if the
    // process had sent it itself (SI_USER, its own pid); that write then returns EPIPE or
    // EFBIG, and the error says what happened: stdout's reader left (exit 141, or the
    // record printed on stderr), or the record could not be written (exit 73, printed).
    // The same signal from another process is an interruption like any other.
    // SAFETY: with SA_SIGINFO the kernel passes a valid siginfo_t.
    if (signal == SIGPIPE || signal == SIGXFSZ) && !info.is_null() && unsafe { own(&*info) } {
        return;
    }
    if let Some(callback) = CALLBACK.get() {
        callback(signal);
    }
}

/// Whether the kernel sent the signal for this process's own failed write.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn own(info: &libc::siginfo_t) -> bool {
    // SAFETY: getpid cannot fail; si_pid is set for SI_USER.
    info.si_code == libc::SI_USER && unsafe { info.si_pid() == libc::getpid() }
}

/// Whether the kernel sent the signal for this process's own failed write: elsewhere
/// (macOS) the kernel signs it with no sender or this process, another process with its
/// own pid.
#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn own(info: &libc::siginfo_t) -> bool {
    // SAFETY: getpid cannot fail.
    info.si_pid == 0 || info.si_pid == unsafe { libc::getpid() }
}

/// Whether `signal` was ignored when the process started.
fn ignored(signal: c_int) -> bool {
    let mut old = std::mem::MaybeUninit::<libc::sigaction>::zeroed();
    // SAFETY: a null new action only reads the current one into `old`.
    let ok = unsafe { libc::sigaction(signal, std::ptr::null(), old.as_mut_ptr()) } == 0;
    // SAFETY: zeroed is a valid sigaction, and sigaction filled it on success.
    ok && unsafe { old.assume_init() }.sa_sigaction == libc::SIG_IGN
}

/// The terminal's mode at start, when stdin is a terminal.
static SAVED: OnceLock<Option<libc::termios>> = OnceLock::new();

/// Saves the terminal's mode, for [`restore_terminal`]: dialoguer switches the terminal
/// to raw mode while it reads a key, and nothing undoes that if the run ends meanwhile.
pub fn save_terminal() {
    SAVED.get_or_init(|| {
        if !std::io::stdin().is_terminal() {
            return None;
        }
        let mut t = std::mem::MaybeUninit::<libc::termios>::uninit();
        // SAFETY: tcgetattr fills the struct on success; it is only read then.
        (unsafe { libc::tcgetattr(libc::STDIN_FILENO, t.as_mut_ptr()) } == 0)
            .then(|| unsafe { t.assume_init() })
    });
}

/// Held while a prompt reads keys one at a time: the terminal stops cooking input (line
/// editing, echo) for the whole prompt, not only during each read. A key typed between two
/// reads would otherwise meet the line discipline: a second Backspace erases nothing and
/// is lost, an arrow key is echoed onto the screen. Ctrl-C still raises SIGINT.
pub struct KeysAsTyped(Option<libc::termios>);

pub fn keys_as_typed() -> KeysAsTyped {
    if !std::io::stdin().is_terminal() || !foreground() {
        return KeysAsTyped(None);
    }
    let mut t = std::mem::MaybeUninit::<libc::termios>::uninit();
    // SAFETY: tcgetattr fills the struct on success; it is only read then.
    if unsafe { libc::tcgetattr(libc::STDIN_FILENO, t.as_mut_ptr()) } != 0 {
        return KeysAsTyped(None);
    }
    // SAFETY: filled by the successful tcgetattr above.
    let before = unsafe { t.assume_init() };
    let mut keys = before;
    keys.c_lflag &= !(libc::ICANON | libc::ECHO | libc::IEXTEN);
    keys.c_cc[libc::VMIN] = 1;
    keys.c_cc[libc::VTIME] = 0;
    // SAFETY: a termios derived from the one tcgetattr returned for this descriptor.
    unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &keys) };
    KeysAsTyped(Some(before))
}

impl Drop for KeysAsTyped {
    fn drop(&mut self) {
        if let Some(t) = &self.0 {
            // SAFETY: `t` is a termios that tcgetattr returned for this same descriptor.
            unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, t) };
        }
    }
}

/// Whether this process is the terminal's foreground job: from a background job,
/// tcsetattr would stop the process (SIGTTOU) instead of changing anything.
fn foreground() -> bool {
    // SAFETY: both calls only read process state.
    unsafe { libc::tcgetpgrp(libc::STDIN_FILENO) == libc::getpgrp() }
}

/// Shows the cursor (when asked) and puts back the saved mode. Async-signal-safe.
pub fn restore_terminal(show_cursor: bool) {
    if show_cursor {
        write_stderr(b"\x1b[?25h");
    }
    // From a background job the terminal's mode belongs to the foreground job anyway.
    if let (Some(Some(t)), true) = (SAVED.get(), foreground()) {
        // SAFETY: `t` is a termios that tcgetattr returned for this same descriptor.
        unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, t) };
    }
}

/// Writes `bytes` to stderr with one system call, whatever it gives. Async-signal-safe.
pub fn write_stderr(bytes: &[u8]) {
    // SAFETY: writes a buffer of the given length to stderr.
    unsafe { libc::write(libc::STDERR_FILENO, bytes.as_ptr().cast(), bytes.len()) };
}

/// Ends the process at once: nothing is flushed or dropped, as nothing may be from a
/// signal handler.
pub fn exit_now(code: i32) -> ! {
    // SAFETY: _exit ends the process without running any user code.
    unsafe { libc::_exit(code) }
}

/// Whether the stream goes nowhere: /dev/null, as Rust's runtime also makes a stream that
/// was closed at start (`>&-`).
pub fn discarded(stream: Stream) -> bool {
    use std::os::unix::fs::MetadataExt;
    let fd = match stream {
        Stream::Stdout => libc::STDOUT_FILENO,
        Stream::Stderr => libc::STDERR_FILENO,
    };
    let mut st = std::mem::MaybeUninit::<libc::stat>::uninit();
    // SAFETY: fstat fills `st` on success, which is checked before it is read.
    if unsafe { libc::fstat(fd, st.as_mut_ptr()) } != 0 {
        return true;
    }
    let st = unsafe { st.assume_init() };
    let null = fs::metadata("/dev/null");
    // st_rdev is an i32 on macOS, a u64 on Linux.
    #[allow(clippy::unnecessary_cast)]
    let rdev = st.st_rdev as u64;
    null.is_ok_and(|n| st.st_mode & libc::S_IFMT == libc::S_IFCHR && rdev == n.rdev())
}

/// Opens a file for reading without waiting on it (a FIFO with no writer returns at once)
/// and, unless `follow`, refuses a symbolic link. `None` is never returned here: the
/// caller checks what was opened.
pub fn open_regular(path: &Path, follow: bool) -> std::io::Result<Option<fs::File>> {
    use std::os::unix::fs::OpenOptionsExt;
    let nofollow = if follow { 0 } else { libc::O_NOFOLLOW };
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | nofollow)
        .open(path)
        .map(Some)
}

/// Makes directories the builder creates readable by their owner only.
pub fn private_dir(builder: &mut fs::DirBuilder) {
    std::os::unix::fs::DirBuilderExt::mode(builder, 0o700);
}

/// Unread terminal input can be measured and dropped here.
pub const CAN_DISCARD_INPUT: bool = true;

/// Keeps signals off the calling helper thread, so that they reach the main thread: a
/// handler run on a helper would put the terminal's mode back while the main thread,
/// still running, may switch it to raw mode for the next key just before the exit.
pub fn keep_signals_off_this_thread() {
    let mut all = std::mem::MaybeUninit::<libc::sigset_t>::uninit();
    // SAFETY: sigfillset initialises the set; pthread_sigmask only changes this thread's mask.
    unsafe {
        libc::sigfillset(all.as_mut_ptr());
        libc::pthread_sigmask(libc::SIG_BLOCK, all.as_ptr(), std::ptr::null_mut());
    }
}

/// Drops the terminal's unread input when more than `threshold` bytes wait: a paste, never
/// typing. Whether it did.
pub fn discard_pasted_input(threshold: i32) -> bool {
    let mut pending: libc::c_int = 0;
    // SAFETY: FIONREAD writes one int; TCIFLUSH only discards unread input.
    unsafe {
        if libc::ioctl(libc::STDIN_FILENO, libc::FIONREAD, &mut pending) == 0 && pending > threshold
        {
            libc::tcflush(libc::STDIN_FILENO, libc::TCIFLUSH);
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use std::process::Command;

    /// Set for the child only, so that `cargo test -- --include-ignored` does not end the
    /// test run itself.
    const CHILD: &str = "SIMCANCEL_SIGNAL_TEST_CHILD";

    /// One of the `child_*` tests below, to run in a process of its own: they end it.
    fn child(test: &str) -> Command {
        let mut cmd = Command::new(std::env::current_exe().unwrap());
        cmd.args([test, "--exact", "--ignored", "--nocapture"])
            .env(CHILD, "1");
        // A signal ignored by whatever runs the tests stays ignored in the child (as it
        // should): each child starts from the default handling, whoever runs it.
        use std::os::unix::process::CommandExt;
        unsafe {
            cmd.pre_exec(|| {
                for signal in super::HANDLED {
                    libc::signal(signal, libc::SIG_DFL);
                }
                Ok(())
            });
        }
        cmd
    }

    fn in_child(test: &str) -> std::process::Output {
        child(test).output().unwrap()
    }

    #[test]
    #[ignore = "ends its process: run by the tests below in a child"]
    fn child_signal_at_rest() {
        if std::env::var_os(CHILD).is_some() {
            crate::terminal::install();
            unsafe { libc::raise(libc::SIGTERM) };
            println!("went on after the signal");
        }
    }

    #[test]
    #[ignore = "ends its process: run by the tests below in a child"]
    fn child_signal_while_writing() {
        if std::env::var_os(CHILD).is_some() {
            crate::terminal::install();
            let guard = crate::terminal::writing();
            unsafe { libc::raise(libc::SIGHUP) };
            println!("finished writing");
            guard.finish();
            println!("went on after writing");
        }
    }

    #[test]
    #[ignore = "ends its process: run by the tests below in a child"]
    fn child_signal_while_a_write_fails() {
        if std::env::var_os(CHILD).is_some() {
            crate::terminal::install();
            // A write that fails: its guard is dropped, never finished.
            let guard = crate::terminal::writing();
            unsafe { libc::raise(libc::SIGTERM) };
            drop(guard);
            println!("showed what could not be saved");
            crate::terminal::exit_if_interrupted();
            println!("went on after the failure");
        }
    }

    #[test]
    #[ignore = "ends its process: run by the tests below in a child"]
    fn child_signal_ignored_by_the_parent() {
        if std::env::var_os(CHILD).is_some() {
            crate::terminal::install();
            unsafe { libc::raise(libc::SIGHUP) };
            println!("went on after the ignored signal");
        }
    }

    #[test]
    #[ignore = "ends its process: run by the tests below in a child"]
    fn child_signal_named_in_the_environment() {
        if let Some(signal) = std::env::var(CHILD).ok().and_then(|v| v.parse().ok()) {
            crate::terminal::install();
            unsafe { libc::raise(signal) };
            println!("went on after the signal");
        }
    }

    #[test]
    #[ignore = "ends its process: run by the tests below in a child"]
    fn child_write_to_a_closed_pipe() {
        if std::env::var_os(CHILD).is_some() {
            crate::terminal::install();
            let mut fds = [0; 2];
            assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
            unsafe { libc::close(fds[0]) };
            let n = unsafe { libc::write(fds[1], b"x".as_ptr().cast(), 1) };
            let error = std::io::Error::last_os_error();
            assert_eq!(n, -1);
            assert_eq!(error.raw_os_error(), Some(libc::EPIPE));
            println!("went on after EPIPE");
        }
    }

    #[test]
    #[ignore = "ends its process: run by the tests below in a child"]
    fn child_signal_after_the_files_are_in_place() {
        if std::env::var_os(CHILD).is_some() {
            crate::terminal::install();
            let guard = crate::terminal::writing();
            guard.commit();
            unsafe { libc::raise(libc::SIGTERM) };
            crate::terminal::exit_if_interrupted();
            println!("went on as done");
        }
    }

    #[test]
    fn every_handled_signal_ends_the_run_with_128_plus_its_number() {
        for signal in super::HANDLED {
            let out = child("platform::unix::tests::child_signal_named_in_the_environment")
                .env(CHILD, signal.to_string())
                .output()
                .unwrap();
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert_eq!(out.status.code(), Some(128 + signal), "signal {signal}");
            assert!(!stdout.contains("went on"), "{stdout}");
        }
    }

    #[test]
    fn a_write_to_a_closed_pipe_is_an_error_not_an_interruption() {
        let out = in_child("platform::unix::tests::child_write_to_a_closed_pipe");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{stdout}");
        assert!(stdout.contains("went on after EPIPE"), "{stdout}");
    }

    #[test]
    fn a_signal_once_the_files_are_in_place_ends_the_run_as_done() {
        let out = in_child("platform::unix::tests::child_signal_after_the_files_are_in_place");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{stdout}");
        assert!(stdout.contains("went on as done"), "{stdout}");
    }

    #[test]
    fn a_signal_during_a_failed_write_waits_until_main_has_shown_the_record() {
        let out = in_child("platform::unix::tests::child_signal_while_a_write_fails");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(128 + libc::SIGTERM), "{stdout}");
        assert!(
            stdout.contains("showed what could not be saved"),
            "{stdout}"
        );
        assert!(!stdout.contains("went on"), "{stdout}");
    }

    #[test]
    fn a_signal_the_parent_ignores_stays_ignored() {
        let mut child = child("platform::unix::tests::child_signal_ignored_by_the_parent");
        // As `nohup` does: the ignored disposition survives exec.
        unsafe {
            use std::os::unix::process::CommandExt;
            child.pre_exec(|| {
                libc::signal(libc::SIGHUP, libc::SIG_IGN);
                Ok(())
            });
        }
        let out = child.output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{stdout}");
        assert!(
            stdout.contains("went on after the ignored signal"),
            "{stdout}"
        );
    }

    #[test]
    fn a_signal_ends_the_run_at_once_with_128_plus_its_number() {
        let out = in_child("platform::unix::tests::child_signal_at_rest");
        assert_eq!(out.status.code(), Some(128 + libc::SIGTERM));
        assert!(!String::from_utf8_lossy(&out.stdout).contains("went on"));
    }

    #[test]
    fn a_signal_while_writing_waits_for_the_files_to_be_whole() {
        let out = in_child("platform::unix::tests::child_signal_while_writing");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(128 + libc::SIGHUP), "{stdout}");
        assert!(stdout.contains("finished writing"), "{stdout}");
        assert!(!stdout.contains("went on after writing"), "{stdout}");
    }
}
