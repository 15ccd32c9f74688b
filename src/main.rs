use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use simcancel::Error;
use simcancel::cli::Cli;

fn main() -> ExitCode {
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // A panic mid-prompt must not leave the user without a cursor.
        let _ = console::Term::stderr().show_cursor();
        default_hook(info);
    }));

    let cli = Cli::parse();
    match simcancel::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if let Error::RecordNotWritten { record, .. } = &e {
                // Nothing is lost: the user can save what the file would have held.
                let _ = std::io::stdout().write_all(record.as_bytes());
            }
            if matches!(e, Error::Interrupted) {
                let _ = console::Term::stderr().show_cursor();
            }
            eprintln!("simcancel: {e}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}
