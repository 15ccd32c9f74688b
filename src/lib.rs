//! simcancel: a wizard that walks a person through cancelling or suspending a Russian
//! mobile SIM, and keeps a dated record of what was done.

pub mod catalog;
pub mod cli;
pub mod error;
pub mod i18n;
pub mod prompt;
pub mod record;
pub mod report;
pub mod wizard;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use crate::catalog::{Catalog, Origin};
use crate::cli::{Cli, ColorChoice, Command};
pub use crate::error::Error;
use crate::prompt::{FlagPrompter, TerminalPrompter};

/// Colour on or off, first rule that applies: `--color always|never`; `NO_COLOR`
/// non-empty → off; `CLICOLOR_FORCE` set and not `0` → on; `CLICOLOR=0` → off; otherwise
/// on only when stdout is a terminal. (So `NO_COLOR` beats `CLICOLOR_FORCE`.)
pub fn color_enabled(
    choice: ColorChoice,
    stdout_is_terminal: bool,
    env: impl Fn(&str) -> Option<String>,
) -> bool {
    let set = |k: &str| env(k).is_some_and(|v| !v.is_empty() && v != "0");
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto if env("NO_COLOR").is_some_and(|v| !v.is_empty()) => false,
        ColorChoice::Auto if set("CLICOLOR_FORCE") => true,
        ColorChoice::Auto if env("CLICOLOR").as_deref() == Some("0") => false,
        ColorChoice::Auto => stdout_is_terminal,
    }
}

/// Loads `--data FILE`, or the built-in table; `today` is the date `verified` may not be
/// after (only the built-in table is exempt, see [`catalog::embedded`]).
pub fn load_catalog(path: Option<&PathBuf>, today: chrono::NaiveDate) -> Result<Catalog, Error> {
    match path {
        None => catalog::embedded().map_err(Error::Data),
        Some(p) => {
            let text = std::fs::read_to_string(p).map_err(|error| Error::DataUnreadable {
                path: p.clone(),
                error,
            })?;
            catalog::load(&text, Origin::File(p.clone()), today).map_err(Error::Data)
        }
    }
}

fn default_records_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "simcancel").map(|d| d.data_dir().join("records"))
}

pub fn run(cli: Cli) -> Result<(), Error> {
    let color = color_enabled(cli.color, std::io::stdout().is_terminal(), |k| {
        std::env::var(k).ok()
    });
    console::set_colors_enabled(color);
    console::set_colors_enabled_stderr(color);
    let now = chrono::Local::now().fixed_offset();

    match &cli.command {
        None => run_wizard(&cli, color, now),
        Some(Command::CheckData { file }) => {
            let catalog = match file.as_ref().or(cli.data.as_ref()) {
                Some(path) => load_catalog(Some(path), now.date_naive())?,
                None => catalog::load(catalog::EMBEDDED, Origin::Embedded, now.date_naive())
                    .map_err(Error::Data)?,
            };
            print(&report::check_data(&catalog))
        }
        Some(Command::Operators { json }) => {
            let catalog = load_catalog(cli.data.as_ref(), now.date_naive())?;
            print(&if *json {
                report::operators_json(&catalog)
            } else {
                report::operators_table(&catalog)
            })
        }
        Some(Command::Completions { shell }) => print_bytes(&cli::completions(*shell)),
        Some(Command::Man) => print_bytes(&cli::man_page()?),
    }
}

fn print(text: &str) -> Result<(), Error> {
    print_bytes(text.as_bytes())
}

fn print_bytes(bytes: &[u8]) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()?;
    Ok(())
}

fn run_wizard(
    cli: &Cli,
    color: bool,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<(), Error> {
    let catalog = load_catalog(cli.data.as_ref(), now.date_naive())?;
    let preset = cli.preset();
    let interactive =
        !cli.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();

    let record = if interactive {
        // dialoguer hides the cursor in lists and leaves it hidden if the process is
        // interrupted (console-rs/dialoguer#77): put it back before leaving.
        let _ = ctrlc::set_handler(|| {
            let _ = console::Term::stderr().show_cursor();
            std::process::exit(130);
        });
        wizard::run(&catalog, preset, &mut TerminalPrompter::new(color), now)?
    } else {
        wizard::run(&catalog, preset, &mut FlagPrompter { color }, now)?
    };

    let text = record.to_toml();
    let Some(dir) = cli.records_dir.clone().or_else(default_records_dir) else {
        return Err(Error::RecordNotWritten {
            path: None,
            error: None,
            record: text,
        });
    };
    match record::write_new(&dir, &record.file_stem(&now), &text) {
        Ok(path) => print(&format!(
            "\n{}\n",
            t!("record-written", path = path.display().to_string())
        )),
        Err(f) => Err(Error::RecordNotWritten {
            path: Some(f.path),
            error: Some(f.error),
            record: text,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `color_enabled` with the given environment and stdout a terminal or not.
    fn color(choice: ColorChoice, tty: bool, vars: &[(&str, &str)]) -> bool {
        color_enabled(choice, tty, |k| {
            vars.iter()
                .find(|(name, _)| *name == k)
                .map(|(_, v)| (*v).to_owned())
        })
    }

    #[test]
    fn color_always_and_never_beat_the_environment_and_the_terminal() {
        let loud = [("CLICOLOR_FORCE", "1"), ("CLICOLOR", "1")];
        let quiet = [("NO_COLOR", "1"), ("CLICOLOR", "0")];
        for tty in [true, false] {
            assert!(color(ColorChoice::Always, tty, &quiet));
            assert!(color(ColorChoice::Always, tty, &[]));
            assert!(!color(ColorChoice::Never, tty, &loud));
            assert!(!color(ColorChoice::Never, tty, &[]));
        }
    }

    #[test]
    fn no_color_non_empty_turns_it_off_even_when_forced() {
        assert!(!color(ColorChoice::Auto, true, &[("NO_COLOR", "1")]));
        assert!(!color(ColorChoice::Auto, true, &[("NO_COLOR", "0")]));
        let both = [("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")];
        assert!(!color(ColorChoice::Auto, true, &both));
        assert!(!color(ColorChoice::Auto, false, &both));
    }

    #[test]
    fn an_empty_no_color_is_ignored() {
        assert!(color(ColorChoice::Auto, true, &[("NO_COLOR", "")]));
        assert!(!color(ColorChoice::Auto, false, &[("NO_COLOR", "")]));
        let forced = [("NO_COLOR", ""), ("CLICOLOR_FORCE", "1")];
        assert!(color(ColorChoice::Auto, false, &forced));
    }

    #[test]
    fn clicolor_force_set_and_not_0_turns_it_on_without_a_terminal() {
        assert!(color(ColorChoice::Auto, false, &[("CLICOLOR_FORCE", "1")]));
        assert!(color(
            ColorChoice::Auto,
            false,
            &[("CLICOLOR_FORCE", "yes")]
        ));
        let over_clicolor = [("CLICOLOR_FORCE", "1"), ("CLICOLOR", "0")];
        assert!(color(ColorChoice::Auto, false, &over_clicolor));
        // `0` and empty count as unset: the terminal decides.
        for v in ["0", ""] {
            assert!(!color(ColorChoice::Auto, false, &[("CLICOLOR_FORCE", v)]));
            assert!(color(ColorChoice::Auto, true, &[("CLICOLOR_FORCE", v)]));
        }
    }

    #[test]
    fn clicolor_0_turns_it_off_in_a_terminal() {
        assert!(!color(ColorChoice::Auto, true, &[("CLICOLOR", "0")]));
        // Any other value leaves it to the terminal.
        assert!(color(ColorChoice::Auto, true, &[("CLICOLOR", "1")]));
        assert!(!color(ColorChoice::Auto, false, &[("CLICOLOR", "1")]));
    }

    #[test]
    fn otherwise_colour_follows_the_terminal() {
        assert!(color(ColorChoice::Auto, true, &[]));
        assert!(!color(ColorChoice::Auto, false, &[]));
        assert!(!color(
            ColorChoice::Auto,
            false,
            &[("TERM", "xterm-256color")]
        ));
    }
}
