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

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

/// The first signal received. Set before anything else in the handler, so that it is
/// known even where a prompt's interrupted read (EINTR) reaches the main thread first.
static CAUGHT: AtomicI32 = AtomicI32::new(0);

/// True while files are being written: a signal then waits for them (see [`writing`]).
static WRITING: AtomicBool = AtomicBool::new(false);

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
    for signal in [SIGINT, SIGTERM, SIGHUP] {
        // SAFETY: the action uses atomics, write, tcsetattr and _exit, all of them
        // async-signal-safe; it allocates nothing and takes no lock.
        let _ = unsafe {
            signal_hook::low_level::register(signal, move || {
                let _ = CAUGHT.compare_exchange(0, signal, Ordering::SeqCst, Ordering::SeqCst);
                if !WRITING.load(Ordering::SeqCst) {
                    leave();
                }
            })
        };
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
            unsafe { libc::write(libc::STDERR_FILENO, SHOW_CURSOR.as_ptr().cast(), 6) };
        }
        if let Some(Some(t)) = SAVED.get() {
            // SAFETY: `t` is a termios that tcgetattr returned for this same descriptor.
            unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, t) };
        }
    }
}

/// Restores the terminal and ends the run as interrupted, at once: nothing is flushed or
/// dropped, as nothing may be from a signal handler.
fn leave() -> ! {
    restore();
    // SAFETY: _exit ends the process without running any user code.
    unsafe { libc::_exit(interrupted_exit_code()) }
}

/// Held while a record and the files beside it are written: a signal that arrives
/// meanwhile ends the run only when the guard is dropped, so that no temp file or letter
/// without its record is left behind.
#[must_use = "signals wait only while the guard is alive"]
pub struct Writing(());

pub fn writing() -> Writing {
    WRITING.store(true, Ordering::SeqCst);
    Writing(())
}

impl Drop for Writing {
    fn drop(&mut self) {
        WRITING.store(false, Ordering::SeqCst);
        // A signal after the store above exits from the handler; one before it is here.
        if CAUGHT.load(Ordering::SeqCst) != 0 {
            leave();
        }
    }
}

#[cfg(test)]
mod tests {
    use std::process::Command;

    /// Set for the child only, so that `cargo test -- --include-ignored` does not end the
    /// test run itself.
    const CHILD: &str = "SIMCANCEL_SIGNAL_TEST_CHILD";

    /// Runs one of the `child_*` tests below in a process of its own, since they end it.
    fn in_child(test: &str) -> std::process::Output {
        Command::new(std::env::current_exe().unwrap())
            .args([test, "--exact", "--ignored", "--nocapture"])
            .env(CHILD, "1")
            .output()
            .unwrap()
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
            drop(guard);
            println!("went on after writing");
        }
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
