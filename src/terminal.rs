//! Leaving the terminal as we found it, whatever ends the run: Ctrl-C at a prompt, SIGTERM,
//! the terminal closing (SIGHUP), or a panic.
//!
//! dialoguer hides the cursor in lists and switches the terminal to raw mode while it
//! reads a key; neither is undone if the process is killed mid-prompt
//! (console-rs/dialoguer#77, #188). So the terminal state is saved up front, and one
//! thread waits for the signals, restores it, and exits with 128 + the signal number.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Mutex, OnceLock};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

/// Held while a record is being written, so that a signal waits for the write to finish
/// instead of leaving a temp file behind.
pub static WRITING: Mutex<()> = Mutex::new(());

/// The first signal received. Set inside the signal handler itself, so that it is known
/// before a prompt's interrupted read (EINTR) reaches the main thread.
static CAUGHT: AtomicI32 = AtomicI32::new(0);

/// The exit code for an interrupted run: 128 + the signal (130 for Ctrl-C).
pub fn interrupted_exit_code() -> i32 {
    match CAUGHT.load(Ordering::SeqCst) {
        0 => 128 + SIGINT,
        signal => 128 + signal,
    }
}

#[cfg(unix)]
static SAVED: OnceLock<Option<libc::termios>> = OnceLock::new();

/// Saves the terminal mode (when stdin is a terminal) and starts the signal thread.
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
    for signal in [SIGINT, SIGTERM, SIGHUP] {
        // SAFETY: the action only stores to an atomic, which is async-signal-safe.
        let _ = unsafe {
            signal_hook::low_level::register(signal, move || {
                let _ = CAUGHT.compare_exchange(0, signal, Ordering::SeqCst, Ordering::SeqCst);
            })
        };
    }
    let Ok(mut signals) = Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            restore();
            let _writing = WRITING.lock();
            std::process::exit(interrupted_exit_code());
        }
    });
}

/// Shows the cursor and puts back the saved terminal mode. Safe to call more than once.
pub fn restore() {
    if std::io::stderr().is_terminal() {
        let mut err = std::io::stderr();
        let _ = err.write_all(b"\x1b[?25h");
        let _ = err.flush();
    }
    #[cfg(unix)]
    if let Some(Some(t)) = SAVED.get() {
        // SAFETY: `t` is a termios that tcgetattr returned for this same descriptor.
        unsafe {
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, t);
        }
    }
}
