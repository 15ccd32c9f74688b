//! Leaving the terminal as we found it, whatever ends the run: Ctrl-C at a prompt, SIGTERM,
//! the terminal closing (SIGHUP), or a panic.
//!
//! dialoguer hides the cursor in lists and switches the terminal to raw mode while it
//! reads a key; neither is undone if the process is killed mid-prompt
//! (console-rs/dialoguer#77, #188). So the terminal state is saved up front, and the
//! signal handler itself puts it back and exits with 128 + the signal number. It does so
//! with async-signal-safe calls only (write, tcsetattr, _exit), which spares every run a
//! signal thread: starting one cost a sixth of a non-interactive run's time.

use std::io::IsTerminal;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

use libc::{SIGALRM, SIGHUP, SIGINT, SIGPIPE, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGXFSZ, c_int};

/// Every signal whose default action would end the run without restoring the terminal or
/// in the middle of writing files. SIGQUIT would dump core besides; SIGALRM, SIGUSR1 and
/// SIGUSR2 come from scripts and timeouts. SIGPIPE and SIGXFSZ are also what the kernel
/// sends this process when a write fails (a closed pipe, a file-size limit): those are
/// left to the failing write, which reports them as EPIPE or EFBIG (see [`on_signal`]).
pub const HANDLED: [c_int; 9] = [
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGXFSZ, SIGPIPE,
];

/// The first signal received. Set before anything else in the handler, so that it is
/// known even where a prompt's interrupted read (EINTR) reaches the main thread first.
static CAUGHT: AtomicI32 = AtomicI32::new(0);

/// True while files are being written: a signal then waits for them (see [`writing`]).
static WRITING: AtomicBool = AtomicBool::new(false);

/// True once a set of files is in place: the run then ends as done, whatever comes.
static COMMITTED: AtomicBool = AtomicBool::new(false);

/// Whether stderr is a terminal, where the cursor may have been hidden.
static CURSOR: AtomicBool = AtomicBool::new(false);

#[cfg(unix)]
static SAVED: OnceLock<Option<libc::termios>> = OnceLock::new();

/// The exit code for an interrupted run: 128 + the signal (130 for Ctrl-C).
pub fn interrupted_exit_code() -> i32 {
    match CAUGHT.load(Ordering::SeqCst) {
        0 => 128 + SIGINT,
        signal => 128 + signal,
    }
}

/// Whether a signal has come; a write in progress then stops and undoes itself.
pub fn caught() -> bool {
    CAUGHT.load(Ordering::SeqCst) != 0
}

/// Saves the terminal mode (when stdin is a terminal) and installs the signal handlers.
pub fn install() {
    #[cfg(unix)]
    SAVED.get_or_init(|| {
        if !std::io::stdin().is_terminal() {
            return None;
        }
        let mut t = std::mem::MaybeUninit::<libc::termios>::uninit();
        // SAFETY: tcgetattr fills the struct on success; it is only read then.
        (unsafe { libc::tcgetattr(libc::STDIN_FILENO, t.as_mut_ptr()) } == 0)
            .then(|| unsafe { t.assume_init() })
    });
    CURSOR.store(std::io::stderr().is_terminal(), Ordering::SeqCst);
    #[cfg(unix)]
    for signal in HANDLED {
        // `nohup simcancel …`, or `&` in a script: the caller said so. SIGPIPE is always
        // ignored by the time main runs (Rust's runtime does it), so that says nothing.
        if signal != SIGPIPE && ignored(signal) {
            continue;
        }
        // SAFETY: the handler uses atomics, getpid, write, tcsetattr and _exit, all of
        // them async-signal-safe; it allocates nothing and takes no lock. The other
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

#[cfg(unix)]
extern "C" fn on_signal(signal: c_int, info: *mut libc::siginfo_t, _: *mut libc::c_void) {
    // The kernel sends SIGPIPE or SIGXFSZ to the process whose write failed, as if the
    // process had sent it itself (SI_USER, its own pid); that write then returns EPIPE or
    // EFBIG, and the error says what happened: stdout's reader left (exit 141, or the
    // record printed on stderr), or the record could not be written (exit 73, printed).
    // The same signal from another process is an interruption like any other.
    if signal == SIGPIPE || signal == SIGXFSZ {
        // SAFETY: with SA_SIGINFO the kernel passes a valid siginfo_t.
        let own = !info.is_null()
            && unsafe { (*info).si_code == libc::SI_USER && (*info).si_pid() == libc::getpid() };
        if own {
            return;
        }
    }
    let _ = CAUGHT.compare_exchange(0, signal, Ordering::SeqCst, Ordering::SeqCst);
    if !WRITING.load(Ordering::SeqCst) {
        // Ctrl-C at a prompt: end the prompt's line and say what happened.
        if signal == SIGINT
            && ASKING.load(Ordering::SeqCst)
            && let Some(note) = NOTE.get()
        {
            // SAFETY: writes a buffer set before any prompt and never changed after.
            unsafe { libc::write(libc::STDERR_FILENO, note.as_ptr().cast(), note.len()) };
        }
        leave();
    }
}

/// What Ctrl-C at a prompt prints: a newline, then the message. Set once the language is
/// known, before the first prompt.
static NOTE: OnceLock<Box<[u8]>> = OnceLock::new();

/// True while a prompt waits for an answer, when nothing has been written yet.
static ASKING: AtomicBool = AtomicBool::new(false);

/// Sets the message Ctrl-C at a prompt prints.
pub fn set_interrupt_note(message: &str) {
    let _ = NOTE.set(format!("\n{message}\n").into_bytes().into_boxed_slice());
}

/// Held while a prompt is on the screen: Ctrl-C then says what it did.
pub struct Asking(());

pub fn asking() -> Asking {
    ASKING.store(true, Ordering::SeqCst);
    Asking(())
}

impl Drop for Asking {
    fn drop(&mut self) {
        ASKING.store(false, Ordering::SeqCst);
    }
}

/// Shows the cursor and puts back the saved terminal mode. Safe to call more than once,
/// and from a signal handler.
pub fn restore() {
    #[cfg(unix)]
    {
        const SHOW_CURSOR: &[u8] = b"\x1b[?25h";
        if CURSOR.load(Ordering::SeqCst) {
            // SAFETY: writes a static buffer of the given length to stderr.
            unsafe {
                libc::write(
                    libc::STDERR_FILENO,
                    SHOW_CURSOR.as_ptr().cast(),
                    SHOW_CURSOR.len(),
                )
            };
        }
        // From a background job, tcsetattr would stop the process (SIGTTOU) instead of
        // ending it; the terminal's mode then belongs to the foreground job anyway.
        // SAFETY: both calls only read process state.
        let foreground = unsafe { libc::tcgetpgrp(libc::STDIN_FILENO) == libc::getpgrp() };
        if let (Some(Some(t)), true) = (SAVED.get(), foreground) {
            // SAFETY: `t` is a termios that tcgetattr returned for this same descriptor.
            unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, t) };
        }
    }
}

/// Whether `signal` was ignored when the process started.
fn ignored(signal: i32) -> bool {
    #[cfg(unix)]
    {
        let mut old = std::mem::MaybeUninit::<libc::sigaction>::zeroed();
        // SAFETY: a null new action only reads the current one into `old`.
        let ok = unsafe { libc::sigaction(signal, std::ptr::null(), old.as_mut_ptr()) } == 0;
        // SAFETY: zeroed is a valid sigaction, and sigaction filled it on success.
        ok && unsafe { old.assume_init() }.sa_sigaction == libc::SIG_IGN
    }
    #[cfg(not(unix))]
    false
}

/// Restores the terminal and ends the run as interrupted, at once: nothing is flushed or
/// dropped, as nothing may be from a signal handler.
fn leave() -> ! {
    restore();
    // SAFETY: _exit ends the process without running any user code.
    unsafe { libc::_exit(interrupted_exit_code()) }
}

/// Held while a record and the files beside it are written: a signal that arrives
/// meanwhile does not end the run at once, so that no temp file or letter without its
/// record is left behind; the write sees [`caught`], undoes itself and reports the run
/// as interrupted. Dropped unfinished — a write failed or was undone, and the error is on
/// its way to `main`, which shows what could not be saved — signals stay held until
/// `main` calls [`exit_if_interrupted`].
#[must_use = "signals wait only while the guard is alive"]
pub struct Writing(());

pub fn writing() -> Writing {
    WRITING.store(true, Ordering::SeqCst);
    Writing(())
}

impl Writing {
    /// The files were written and nothing is to follow: signals end the run again.
    #[cfg(test)]
    pub fn finish(self) {
        WRITING.store(false, Ordering::SeqCst);
        // A signal after the store above exits from the handler; one before it is here.
        if CAUGHT.load(Ordering::SeqCst) != 0 {
            leave();
        }
    }

    /// The files are in place: the run ends as done (it only says where they are),
    /// and a signal from now on is held, never turned into an exit status that would
    /// say nothing was saved.
    pub fn commit(self) {
        COMMITTED.store(true, Ordering::SeqCst);
    }
}

/// Runs `write` under a [`Writing`] guard, finished if it succeeds.
#[cfg(test)]
pub fn whole<T, E>(write: impl FnOnce() -> Result<T, E>) -> Result<T, E> {
    let guard = writing();
    let result = write();
    if result.is_ok() {
        guard.finish();
    }
    result
}

/// Ends the run as interrupted if a signal came while files were written, unless they
/// were all written: then the run's own exit status tells the truth.
pub fn exit_if_interrupted() {
    if CAUGHT.load(Ordering::SeqCst) != 0 && !COMMITTED.load(Ordering::SeqCst) {
        leave();
    }
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
            super::install();
            unsafe { libc::raise(libc::SIGTERM) };
            println!("went on after the signal");
        }
    }

    #[test]
    #[ignore = "ends its process: run by the tests below in a child"]
    fn child_signal_while_writing() {
        if std::env::var_os(CHILD).is_some() {
            super::install();
            let guard = super::writing();
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
            super::install();
            let result: Result<(), ()> = super::whole(|| {
                unsafe { libc::raise(libc::SIGTERM) };
                Err(())
            });
            assert!(result.is_err());
            println!("showed what could not be saved");
            super::exit_if_interrupted();
            println!("went on after the failure");
        }
    }

    #[test]
    #[ignore = "ends its process: run by the tests below in a child"]
    fn child_signal_ignored_by_the_parent() {
        if std::env::var_os(CHILD).is_some() {
            super::install();
            unsafe { libc::raise(libc::SIGHUP) };
            println!("went on after the ignored signal");
        }
    }

    #[test]
    #[ignore = "ends its process: run by the tests below in a child"]
    fn child_signal_named_in_the_environment() {
        if let Some(signal) = std::env::var(CHILD).ok().and_then(|v| v.parse().ok()) {
            super::install();
            unsafe { libc::raise(signal) };
            println!("went on after the signal");
        }
    }

    #[test]
    #[ignore = "ends its process: run by the tests below in a child"]
    fn child_write_to_a_closed_pipe() {
        if std::env::var_os(CHILD).is_some() {
            super::install();
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
            super::install();
            let guard = super::writing();
            guard.commit();
            unsafe { libc::raise(libc::SIGTERM) };
            super::exit_if_interrupted();
            println!("went on as done");
        }
    }

    #[test]
    fn every_handled_signal_ends_the_run_with_128_plus_its_number() {
        for signal in super::HANDLED {
            let out = child("terminal::tests::child_signal_named_in_the_environment")
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
        let out = in_child("terminal::tests::child_write_to_a_closed_pipe");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{stdout}");
        assert!(stdout.contains("went on after EPIPE"), "{stdout}");
    }

    #[test]
    fn a_signal_once_the_files_are_in_place_ends_the_run_as_done() {
        let out = in_child("terminal::tests::child_signal_after_the_files_are_in_place");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{stdout}");
        assert!(stdout.contains("went on as done"), "{stdout}");
    }

    #[test]
    fn a_signal_during_a_failed_write_waits_until_main_has_shown_the_record() {
        let out = in_child("terminal::tests::child_signal_while_a_write_fails");
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
        let mut child = child("terminal::tests::child_signal_ignored_by_the_parent");
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
        let out = in_child("terminal::tests::child_signal_at_rest");
        assert_eq!(out.status.code(), Some(128 + libc::SIGTERM));
        assert!(!String::from_utf8_lossy(&out.stdout).contains("went on"));
    }

    #[test]
    fn a_signal_while_writing_waits_for_the_files_to_be_whole() {
        let out = in_child("terminal::tests::child_signal_while_writing");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(128 + libc::SIGHUP), "{stdout}");
        assert!(stdout.contains("finished writing"), "{stdout}");
        assert!(!stdout.contains("went on after writing"), "{stdout}");
    }
}
