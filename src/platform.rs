//! Everything that differs between operating systems, behind one small API: signals and
//! console control events, the terminal's mode, private directories, opening a record file
//! without waiting on it or following a link, whether a standard stream goes nowhere, and
//! the operating system's language.
//!
//! Two sides with the same functions. `unix` (Linux, macOS) calls the C library, as
//! simcancel always has. `portable` is what Windows runs: it uses cross-platform crates
//! (`ctrlc` for Ctrl-C and Ctrl-Break; `console` for the cursor) and, on Windows only,
//! `windows-sys` to hold the console's closing while files are written. Built with `--features portable`, Linux runs the portable side too, so that the
//! code Windows uses is compiled and tested on every push. Nothing outside this module
//! calls the C library.

#[cfg(any(not(unix), feature = "portable"))]
mod portable;
#[cfg(all(unix, not(feature = "portable")))]
mod unix;

#[cfg(any(not(unix), feature = "portable"))]
use portable as side;
#[cfg(all(unix, not(feature = "portable")))]
use unix as side;

pub use side::{
    CAN_DISCARD_INPUT, INTERRUPT, OWN_THREAD, discard_pasted_input, discarded, exit_now,
    handle_signals, keep_signals_off_this_thread, keys_as_typed, open_regular, private_dir,
    restore_terminal, save_terminal, write_stderr,
};

/// A standard output stream, for [`discarded`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// The language the operating system's user interface is set to (`zh-CN`, `ru_RU.UTF-8`),
/// asked only when no flag or locale variable chose one: on Windows and macOS the locale
/// variables are often unset, and the system's setting is what the user chose.
pub fn os_locale() -> Option<String> {
    sys_locale::get_locale()
}
