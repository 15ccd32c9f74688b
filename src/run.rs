//! The program's entry: signals and the panic hook first, then the language (so that
//! `--help` is translated), the command line, the command, and the exit code. Every
//! error is reported here, once, with its own code.

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use crate::Error;
use crate::cli::Cli;
use crate::platform::{Stream, discarded};

/// Runs simcancel on `args` (the program name first) and says how it ended.
pub fn start(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    crate::terminal::install();
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // A panic mid-prompt must not leave the user without a cursor or in raw mode.
        crate::terminal::restore();
        default_hook(info);
    }));

    // `SIMCANCEL_RECORDS_DIR=` or `SIMCANCEL_LANG=` (as `env -u` is not everywhere, or a
    // wrapper script exports the variable blank) means unset, not "a flag given empty".
    for key in ["SIMCANCEL_RECORDS_DIR", "SIMCANCEL_LANG"] {
        if std::env::var_os(key).is_some_and(|v| v.is_empty()) {
            // SAFETY: no other thread runs yet, so none reads the environment meanwhile.
            unsafe { std::env::remove_var(key) };
        }
    }

    // The language is needed before clap runs, so that `--help` is translated too.
    let args: Vec<OsString> = args.into_iter().collect();
    let env = |k: &str| std::env::var(k).ok();
    let early = crate::i18n::preparse(&args, env);
    crate::i18n::set_lang(crate::i18n::detect(early, env, crate::platform::os_locale));
    // Only help shows the argument texts; translating them costs start-up time otherwise.
    let wants_help = args
        .iter()
        .skip(1)
        .any(|a| a == "-h" || a == "--help" || a == "help");
    let command = if wants_help {
        crate::cli::command(crate::i18n::lang())
    } else {
        <Cli as clap::CommandFactory>::command()
    };
    // Kept until the process ends, as the table is (config.rs): freeing the command line's
    // hundreds of pieces on the way out is work nobody waits for.
    let matches = Box::leak(Box::new(command))
        .try_get_matches_from_mut(args)
        .unwrap_or_else(|e| crate::help_words::exit(e, crate::i18n::lang()));
    let cli = match Cli::from_matches(matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    match crate::commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // Nothing is lost: the user can save what the file would have held, from
            // stdout, or from stderr when stdout is what failed. The message that says
            // "printed above" is shown only when the copy was printed; when no stream
            // takes it (or it goes to the null device), the exit status alone says what
            // happened.
            let mut shown = true;
            match &e {
                Error::RecordNotWritten { record, .. } => {
                    shown = (!discarded(Stream::Stdout)
                        && print_to(&mut std::io::stdout(), record.as_bytes()))
                        || (!discarded(Stream::Stderr)
                            && print_to(&mut std::io::stderr(), record.as_bytes()));
                }
                Error::OutputFailed { record, .. } => {
                    shown = !discarded(Stream::Stderr)
                        && print_to(&mut std::io::stderr(), record.as_bytes());
                }
                // `simcancel operators | head -1`: the reader left; not worth a message.
                Error::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe => {
                    return ExitCode::from(141);
                }
                _ => {}
            }
            if matches!(e, Error::Interrupted) {
                // Ctrl-C at a prompt: ended here, as the signal's handler would.
                crate::terminal::stop_at_prompt();
                crate::terminal::restore();
            }
            if shown {
                // An unwritable stderr (a closed terminal under `nohup`) must not turn
                // the error's own exit code into an abort.
                let message = crate::catalog::clean_block(&e.to_string());
                let _ = writeln!(std::io::stderr(), "simcancel: {message}");
            }
            // A signal that came while a failed write was under way waited for the above.
            crate::terminal::exit_if_interrupted();
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

/// Writes `bytes` whole and flushed; whether it worked.
fn print_to(out: &mut impl Write, bytes: &[u8]) -> bool {
    out.write_all(bytes).and_then(|()| out.flush()).is_ok()
}
