//! Leaving the terminal as we found it, whatever ends the run: Ctrl-C at a prompt, SIGTERM,
//! the terminal or console window closing, or a panic — and never in the middle of
//! writing files.
//!
//! dialoguer hides the cursor in lists and switches the terminal to raw mode while it
//! reads a key; neither is undone if the process is killed mid-prompt
//! (console-rs/dialoguer#77, #188). So the terminal state is saved up front, and the
//! signal handler itself puts it back and exits with 128 + the signal number. How signals
//! arrive differs by system (see [`crate::platform`]): on Unix the handler interrupts the
//! main thread, elsewhere it runs on a thread of its own; [`on_signal`] is right for both.

use std::io::IsTerminal;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU8, Ordering};

use crate::platform;

/// The first signal received. Set before anything else in the handler, so that it is
/// known even where a prompt's interrupted read (EINTR) reaches the main thread first.
static CAUGHT: AtomicI32 = AtomicI32::new(0);

/// Nothing is being written: a signal ends the run at once.
const IDLE: u8 = 0;
/// Files are being written: a signal waits for them (see [`writing`]).
const WRITING: u8 = 1;
/// The run is ending as interrupted.
const LEAVING: u8 = 2;

/// One of the three states above. One atomic, so that a handler on another thread and a
/// write starting on the main thread cannot both go ahead: one of them wins.
static STATE: AtomicU8 = AtomicU8::new(IDLE);

/// True once a set of files is in place: the run then ends as done, whatever comes.
static COMMITTED: AtomicBool = AtomicBool::new(false);

/// Whether stderr is a terminal, where the cursor may have been hidden.
static CURSOR: AtomicBool = AtomicBool::new(false);

/// The exit code for an interrupted run: 128 + the signal (130 for Ctrl-C).
pub fn interrupted_exit_code() -> i32 {
    match CAUGHT.load(Ordering::SeqCst) {
        0 => 128 + platform::INTERRUPT,
        signal => 128 + signal,
    }
}

/// Whether a signal has come; a write in progress then stops and undoes itself.
pub fn caught() -> bool {
    CAUGHT.load(Ordering::SeqCst) != 0
}

/// Saves the terminal mode (when stdin is a terminal) and installs the signal handlers.
pub fn install() {
    platform::save_terminal();
    CURSOR.store(std::io::stderr().is_terminal(), Ordering::SeqCst);
    platform::handle_signals(on_signal);
}

/// What a signal does. Async-signal-safe on the Unix side: atomics, and the platform's
/// write, restore and exit.
fn on_signal(signal: i32) {
    let _ = CAUGHT.compare_exchange(0, signal, Ordering::SeqCst, Ordering::SeqCst);
    let idle = STATE.compare_exchange(IDLE, LEAVING, Ordering::SeqCst, Ordering::SeqCst);
    if idle.is_ok() {
        // Ctrl-C at a prompt: end the prompt's line and say what happened. A handler on
        // a thread of its own may run after the interrupted prompt has returned, so there
        // Ctrl-C always says it.
        if signal == platform::INTERRUPT
            && (ASKING.load(Ordering::SeqCst) || platform::OWN_THREAD)
            && let Some(note) = NOTE.get()
        {
            platform::write_stderr(note);
        }
        end();
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

/// Ends the run as Ctrl-C at a prompt does, once a prompt's read came back interrupted
/// with nothing being written. On the Unix side the handler has already ended the run by
/// then; where it runs on a thread of its own (the portable side), the first of the two
/// to get here ends it, with the note, and the other waits.
pub fn stop_at_prompt() {
    match STATE.compare_exchange(IDLE, LEAVING, Ordering::SeqCst, Ordering::SeqCst) {
        Ok(_) => {
            if let Some(note) = NOTE.get() {
                platform::write_stderr(note);
            }
            end()
        }
        Err(LEAVING) => loop {
            std::thread::park();
        },
        // Files are being written: the write stops and reports itself.
        Err(_) => {}
    }
}

/// Shows the cursor and puts back the saved terminal mode. Safe to call more than once,
/// and from a signal handler.
pub fn restore() {
    platform::restore_terminal(CURSOR.load(Ordering::SeqCst));
}

/// Restores the terminal and ends the run as interrupted, at once: nothing is flushed or
/// dropped, as nothing may be from a signal handler.
fn end() -> ! {
    restore();
    platform::exit_now(interrupted_exit_code())
}

/// Ends the run as interrupted from the main thread; if a handler on another thread is
/// already doing so, waits for it rather than exit twice.
fn leave() -> ! {
    if STATE.swap(LEAVING, Ordering::SeqCst) != LEAVING {
        end();
    }
    loop {
        std::thread::park();
    }
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
    let before = STATE.compare_exchange(IDLE, WRITING, Ordering::SeqCst, Ordering::SeqCst);
    if before == Err(LEAVING) {
        // A handler on another thread is ending the run: write nothing.
        loop {
            std::thread::park();
        }
    }
    Writing(())
}

impl Writing {
    /// The files were written and nothing is to follow: signals end the run again. Only
    /// the signal tests, which run on Unix, end a write this way.
    #[cfg(all(test, unix))]
    pub fn finish(self) {
        let _ = STATE.compare_exchange(WRITING, IDLE, Ordering::SeqCst, Ordering::SeqCst);
        // A signal after the exchange above ends the run from the handler; one before it
        // is here.
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

/// Ends the run as interrupted if a signal came while files were written, unless they
/// were all written: then the run's own exit status tells the truth.
pub fn exit_if_interrupted() {
    if CAUGHT.load(Ordering::SeqCst) != 0 && !COMMITTED.load(Ordering::SeqCst) {
        leave();
    }
}
