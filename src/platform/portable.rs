//! The portable side, what Windows runs: cross-platform crates only, and on Windows one
//! call of its own. Ctrl-C and Ctrl-Break (SIGINT, SIGTERM and SIGHUP where Unix builds
//! it) reach one handler on a thread of its own, which cannot tell them apart: each ends
//! the run as Ctrl-C does, with exit code 130. Closing the console window is Windows' own
//! handler's ([`console_closed`]): the run ends with 129, as a closed terminal does on
//! Unix, once files being written are whole or undone.
//!
//! What only the Unix side does: the other signals (SIGQUIT, SIGUSR1, …) and their own
//! exit codes, a caller's ignored signal staying ignored, the terminal's saved mode put
//! back (Windows' console keeps its own), directories made private by mode (Windows gives
//! a profile's folders to their user already), and telling a stream that goes to the null
//! device. A symbolic link or a FIFO is refused by looking before opening.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::sync::OnceLock;

use super::Stream;

/// Console events reach a handler on a thread of its own.
pub const OWN_THREAD: bool = true;

/// What Ctrl-C and Ctrl-Break are reported as: Ctrl-C's signal, for exit code 130.
pub const INTERRUPT: i32 = 2;

/// What the console closing is reported as: SIGHUP's number, as a closed terminal is on
/// Unix, for exit code 129.
#[cfg(any(windows, test))]
const CLOSED: i32 = 1;

/// What a console event calls (kept for Windows' close handler, which takes no closure).
static CALLBACK: OnceLock<fn(i32)> = OnceLock::new();

/// Calls `callback` on a thread of its own whenever Ctrl-C or Ctrl-Break (on Unix:
/// SIGINT, SIGTERM or SIGHUP) arrives, and on Windows when the console closes. Without a
/// console to attach to, there is nothing to handle, and the run goes on.
pub fn handle_signals(callback: fn(i32)) {
    let _ = CALLBACK.set(callback);
    let _ = ctrlc::set_handler(move || callback(INTERRUPT));
    #[cfg(windows)]
    close::install();
}

/// The console is closing. Windows ends the process as soon as a handler of this event
/// returns (ctrlc's returns at once, before its thread has run ours), so this one never
/// returns: the callback ends the run at once, or, while files are written, marks the run
/// interrupted and leaves it to the main thread to end once they are whole or undone.
/// Windows ends the process 5 seconds after the close whatever happens.
#[cfg(any(windows, test))]
fn console_closed() -> ! {
    if let Some(callback) = CALLBACK.get() {
        callback(CLOSED);
    }
    loop {
        std::thread::park();
    }
}

/// Windows' console-close event, handled before ctrlc's handler sees it (the last handler
/// registered is called first); every other event is left to ctrlc.
#[cfg(windows)]
mod close {
    use windows_sys::Win32::System::Console::{CTRL_CLOSE_EVENT, SetConsoleCtrlHandler};
    use windows_sys::core::BOOL;

    unsafe extern "system" fn on_event(event: u32) -> BOOL {
        if event == CTRL_CLOSE_EVENT {
            super::console_closed();
        }
        0 // FALSE: the next handler, ctrlc's, takes it
    }

    pub fn install() {
        // SAFETY: registers a function that lives as long as the process.
        unsafe { SetConsoleCtrlHandler(Some(on_event), 1) };
    }
}

/// Nothing to save: the console's input mode is not changed behind our back.
pub fn save_terminal() {}

/// Shows the cursor, when asked.
pub fn restore_terminal(show_cursor: bool) {
    if show_cursor {
        let _ = console::Term::stderr().show_cursor();
    }
}

pub fn write_stderr(bytes: &[u8]) {
    let _ = std::io::stderr().write_all(bytes);
}

pub fn exit_now(code: i32) -> ! {
    std::process::exit(code)
}

/// Not known on this side: a printed record is claimed as printed.
pub fn discarded(_: Stream) -> bool {
    false
}

/// Opens a regular file for reading; `None` when the path is something else (a directory,
/// a device, a FIFO that would block, or with `follow` false a symbolic link), which is
/// looked at before opening.
pub fn open_regular(path: &Path, follow: bool) -> std::io::Result<Option<fs::File>> {
    let meta = if follow {
        fs::metadata(path)?
    } else {
        fs::symlink_metadata(path)?
    };
    if !meta.is_file() {
        return Ok(None);
    }
    fs::File::open(path).map(Some)
}

/// Nothing to do: the records directory lies in the user's own profile.
pub fn private_dir(_: &mut fs::DirBuilder) {}

/// The terminal's signal handling as the portable side runs it (a handler on a thread of
/// its own), each case in a child process of its own; Unix builds with the `portable`
/// feature run them, with `kill` standing in for Ctrl-C, Ctrl-Break or a closed console.
#[cfg(all(test, unix))]
mod tests {
    use std::process::Command;
    use std::time::Duration;

    /// Set for the child only, so that `cargo test -- --include-ignored` does not end the
    /// test run itself.
    const CHILD: &str = "SIMCANCEL_SIGNAL_TEST_CHILD";

    fn in_child(test: &str) -> (Option<i32>, String) {
        let out = Command::new(std::env::current_exe().unwrap())
            .args([test, "--exact", "--ignored", "--nocapture"])
            .env(CHILD, "1")
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    }

    /// Sends SIGTERM to this process and gives the handler's thread time to act.
    fn terminate_self() {
        let pid = std::process::id().to_string();
        assert!(
            Command::new("kill")
                .args(["-TERM", &pid])
                .status()
                .unwrap()
                .success()
        );
        std::thread::sleep(Duration::from_millis(500));
    }

    #[test]
    #[ignore = "ends its process: run by the tests below in a child"]
    fn child_signal_at_rest() {
        if std::env::var_os(CHILD).is_some() {
            crate::terminal::install();
            terminate_self();
            println!("went on after the signal");
        }
    }

    #[test]
    #[ignore = "ends its process: run by the tests below in a child"]
    fn child_signal_while_writing() {
        if std::env::var_os(CHILD).is_some() {
            crate::terminal::install();
            let guard = crate::terminal::writing();
            terminate_self();
            assert!(crate::terminal::caught());
            println!("finished writing");
            guard.finish();
            println!("went on after writing");
        }
    }

    /// Closes the console as Windows does, on a thread of its own, and waits until the
    /// close has reached the callback. The waits here and below are a safety net for a
    /// broken handler (the child then goes on and says so instead of hanging), not a
    /// measurement: a working one ends the run within microseconds.
    fn close_console() {
        std::thread::spawn(|| -> () { super::console_closed() });
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        while !crate::terminal::caught() && std::time::Instant::now() < deadline {
            std::thread::yield_now();
        }
    }

    #[test]
    #[ignore = "ends its process: run by the tests below in a child"]
    fn child_console_closed_at_rest() {
        if std::env::var_os(CHILD).is_some() {
            crate::terminal::install();
            close_console();
            std::thread::sleep(Duration::from_secs(30));
            println!("went on after the close");
        }
    }

    #[test]
    #[ignore = "ends its process: run by the tests below in a child"]
    fn child_console_closed_while_writing() {
        if std::env::var_os(CHILD).is_some() {
            crate::terminal::install();
            let guard = crate::terminal::writing();
            close_console();
            // The closing thread is still holding the close (Windows would end the
            // process the moment it returned): the write goes on to its end.
            println!("finished writing");
            guard.finish();
            println!("went on after writing");
        }
    }

    #[test]
    fn the_console_closing_ends_the_run_with_its_own_code() {
        let (code, stdout) = in_child("platform::portable::tests::child_console_closed_at_rest");
        assert_eq!(code, Some(129), "{stdout}");
        assert!(!stdout.contains("went on"), "{stdout}");
    }

    #[test]
    fn the_console_closing_while_writing_waits_for_the_files_to_be_whole() {
        let (code, stdout) =
            in_child("platform::portable::tests::child_console_closed_while_writing");
        assert_eq!(code, Some(129), "{stdout}");
        assert!(stdout.contains("finished writing"), "{stdout}");
        assert!(!stdout.contains("went on after writing"), "{stdout}");
    }

    #[test]
    fn a_signal_ends_the_run_as_ctrl_c_does() {
        let (code, stdout) = in_child("platform::portable::tests::child_signal_at_rest");
        assert_eq!(code, Some(130), "{stdout}");
        assert!(!stdout.contains("went on"), "{stdout}");
    }

    #[test]
    fn a_signal_while_writing_waits_for_the_files_to_be_whole() {
        let (code, stdout) = in_child("platform::portable::tests::child_signal_while_writing");
        assert_eq!(code, Some(130), "{stdout}");
        assert!(stdout.contains("finished writing"), "{stdout}");
        assert!(!stdout.contains("went on after writing"), "{stdout}");
    }
}
/// The console's unread input cannot be measured with the crates used here: a paste is
/// read as typed (the unix side drops it).
pub const CAN_DISCARD_INPUT: bool = false;

pub fn discard_pasted_input(_threshold: i32) -> bool {
    false
}

/// The console reads a key at a time as it is: nothing to hold.
pub struct KeysAsTyped;

pub fn keys_as_typed() -> KeysAsTyped {
    KeysAsTyped
}

/// Console events reach their own thread here whatever the others do.
pub fn keep_signals_off_this_thread() {}
