//! The commands: the wizard (no subcommand), `check-data`, `operators`, `records`,
//! `completions` and `man`, each run from a parsed command line.

mod records;
mod wizard;

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::catalog::{self, Origin};
use crate::cli::{self, Cli, Command};
use crate::config::{Config, load_catalog};
use crate::error::Error;
use crate::{calendar, record, report, t, terminal};

/// Runs the command line's command.
pub fn run(cli: Cli) -> Result<(), Error> {
    let config = Config::new(&cli, |k| std::env::var(k).ok());
    console::set_colors_enabled(config.color);
    console::set_colors_enabled_stderr(config.color);
    let now = config.clock.now();

    if cli.command.is_some() && !cli.wizard_flags().is_empty() {
        return Err(Error::Usage(t!(
            "err-wizard-flags",
            flags = cli.wizard_flags().join(", ")
        )));
    }
    match &cli.command {
        None => wizard::run(&cli, config),
        Some(Command::CheckData { file }) => {
            let catalog = match file.as_ref().or(config.data.as_ref()) {
                Some(path) => load_catalog(Some(path), now.date_naive())?,
                None => catalog::load(catalog::EMBEDDED, Origin::Embedded, now.date_naive())
                    .map_err(Error::Data)?,
            };
            // The holiday table ships with the program, not with the table being checked:
            // when it falls behind the clock, say so, but judge the table on its own.
            if let Err(e) = calendar::load(calendar::EMBEDDED, now.date_naive()) {
                let _ = writeln!(
                    std::io::stderr(),
                    "simcancel: {}",
                    t!(
                        "warn-calendar",
                        problem = e.to_string(),
                        hint = t!("hint-calendar")
                    )
                );
            }
            // Facts checked long ago are listed, not refused: they may still hold.
            for (what, date) in catalog.aged_facts(now.date_naive()) {
                let _ = writeln!(
                    std::io::stderr(),
                    "simcancel: {}",
                    t!(
                        "warn-fact-aged",
                        what = what,
                        date = crate::i18n::date(date)
                    )
                );
            }
            print(&report::check_data(&catalog))
        }
        Some(Command::Records {
            command,
            json,
            wide,
        }) => {
            let dir = (config.records_dir.clone())
                .ok_or_else(|| Error::Usage(t!("err-no-records-dir")))?;
            records::run(
                config.data.as_ref(),
                &dir,
                command.as_ref(),
                (*json, *wide),
                config.clock,
            )
        }
        Some(Command::Operators { json }) => {
            let catalog = config.catalog()?;
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

/// [`record::write_set`] with signals held: one that comes meanwhile undoes the write and
/// ends the run as interrupted; once the files are in place, the run ends as done.
pub(crate) fn write_guarded(
    dir: &Path,
    stem: &str,
    render: impl FnMut(&str) -> std::io::Result<Vec<record::Part>>,
) -> Result<Vec<PathBuf>, record::SetFailure> {
    let writing = terminal::writing();
    let written = record::write_set(dir, stem, render, &terminal::caught)?;
    writing.commit();
    Ok(written)
}

pub(crate) fn print(text: &str) -> Result<(), Error> {
    print_bytes(text.as_bytes())
}

pub(crate) fn print_bytes(bytes: &[u8]) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()?;
    Ok(())
}
