//! simcancel: a wizard that walks a person through cancelling or suspending a Russian
//! mobile SIM, and keeps a dated record of what was done.

mod builtin;
pub mod calendar;
pub mod catalog;
pub mod cli;
pub mod error;
pub mod i18n;
pub mod lang;
pub mod prompt;
pub mod record;
pub mod report;
pub mod terminal;
pub mod wizard;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};

use crate::catalog::{Catalog, Origin};
use crate::cli::{Cli, ColorChoice, Command, RecordsCommand};
pub use crate::error::Error;
use crate::prompt::{FlagPrompter, TerminalPrompter};
use crate::record::Record;

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
        None => Ok(builtin::catalog()),
        Some(p) => {
            let bytes = std::fs::read(p).map_err(|error| Error::DataUnreadable {
                path: p.clone(),
                error,
            })?;
            // Read, but not a table: bad data (65), located, not a missing input (66).
            let text = String::from_utf8(bytes).map_err(|e| {
                let message = t!("data-not-utf8", offset = e.utf8_error().valid_up_to());
                let origin = Origin::File(p.clone());
                Error::Data(catalog::not_utf8(&origin, &e, message, t!("hint-utf8")))
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
    let now = now();

    if cli.command.is_some() && !cli.wizard_flags().is_empty() {
        return Err(Error::Usage(t!(
            "err-wizard-flags",
            flags = cli.wizard_flags().join(", ")
        )));
    }
    match &cli.command {
        None => run_wizard(&cli, color, now),
        Some(Command::CheckData { file }) => {
            let catalog = match file.as_ref().or(cli.data.as_ref()) {
                Some(path) => load_catalog(Some(path), now.date_naive())?,
                None => catalog::load(catalog::EMBEDDED, Origin::Embedded, now.date_naive())
                    .map_err(Error::Data)?,
            };
            // The holiday table is part of the shipped data: it must cover this year.
            if let Err(e) = calendar::load(calendar::EMBEDDED, now.date_naive()) {
                return Err(Error::Data(catalog::DataError {
                    origin: "data/calendar.toml (embedded)".into(),
                    problems: e
                        .0
                        .into_iter()
                        .map(|message| catalog::Problem {
                            line: 1,
                            column: 1,
                            message,
                            hint: t!("hint-calendar"),
                        })
                        .collect(),
                }));
            }
            print(&report::check_data(&catalog))
        }
        Some(Command::Records { command, json }) => {
            let dir = cli
                .records_dir
                .clone()
                .or_else(default_records_dir)
                .ok_or_else(|| Error::Usage(t!("err-no-records-dir")))?;
            records_command(cli.data.as_ref(), &dir, command.as_ref(), *json, now)
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

/// The local time, or `SIMCANCEL_NOW` (RFC 3339) so that tests never depend on the real
/// clock or time zone.
fn now() -> DateTime<FixedOffset> {
    std::env::var("SIMCANCEL_NOW")
        .ok()
        .and_then(|s| DateTime::parse_from_rfc3339(&s).ok())
        .unwrap_or_else(|| chrono::Local::now().fixed_offset())
}

/// A record named on the command line: a path, or a file name in the records directory.
fn find_record(dir: &Path, file: &Path) -> Result<(PathBuf, Record), Error> {
    let path = if file.exists() || file.components().count() > 1 {
        file.to_owned()
    } else {
        dir.join(file)
    };
    if !path.is_file() {
        let reason = match std::fs::metadata(&path) {
            Err(e) => e.to_string(),
            Ok(_) => t!("err-not-a-file"),
        };
        return Err(Error::NoRecord { path, reason });
    }
    match record::read(&path) {
        Ok(r) => Ok((path, r)),
        Err(reason) => Err(Error::NotARecord { path, reason }),
    }
}

fn records_command(
    cli_data: Option<&PathBuf>,
    dir: &Path,
    command: Option<&RecordsCommand>,
    json: bool,
    now: DateTime<FixedOffset>,
) -> Result<(), Error> {
    match command {
        None => {
            let (found, skipped) = record::list(dir).map_err(|e| Error::NoRecord {
                path: dir.to_owned(),
                reason: e.to_string(),
            })?;
            let mut err = std::io::stderr();
            for s in &skipped {
                let _ = writeln!(
                    err,
                    "simcancel: {}",
                    t!(
                        "rec-skipped",
                        file = catalog::clean(&s.path.display().to_string()),
                        reason = catalog::clean_block(&s.reason)
                    )
                );
            }
            print(&if json {
                report::records_json(&found, &skipped, now.date_naive())
            } else {
                report::records_table(dir, &found, now.date_naive())
            })
        }
        Some(RecordsCommand::Show { file }) => {
            let (path, _) = find_record(dir, file)?;
            let text = record::read_text(&path, true).map_err(|reason| Error::NoRecord {
                path: path.clone(),
                reason,
            })?;
            print(&format!(
                "# {}\n{}",
                catalog::clean(&path.display().to_string()),
                catalog::clean_block(&text)
            ))
        }
        Some(RecordsCommand::Done {
            file,
            when,
            reference,
            contact,
            note,
        }) => {
            let (path, old) = find_record(dir, file)?;
            // The follow-ups need the operator's terms; a record from another table
            // still completes, with the reminders that need no data.
            let catalog = load_catalog(cli_data, now.date_naive()).ok();
            let op = catalog.as_ref().and_then(|c| c.operator(&old.operator));
            let answers = wizard::Preset {
                when: when.clone(),
                reference: reference.clone(),
                contact: contact.clone(),
                note: note.clone(),
                ..wizard::Preset::default()
            };
            let done = wizard::complete(&old, &path, op, answers, now)?;
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let parent = path.parent().unwrap_or(dir);
            let text = done.to_toml();
            let part = record::Part::new(".toml", text.clone());
            let written = write_guarded(parent, &format!("{stem}_done"), |_| vec![part.clone()]);
            match written {
                Ok(p) => print(&format!(
                    "{}\n",
                    t!("record-written", path = p[0].display().to_string())
                )),
                Err(record::SetFailure::Interrupted) => Err(Error::Interrupted),
                Err(record::SetFailure::Failed(f)) => Err(Error::RecordNotWritten {
                    path: Some(f.path),
                    error: Some(f.error),
                    record: text,
                }),
            }
        }
        Some(RecordsCommand::Ics { file }) => {
            let (path, rec) = find_record(dir, file)?;
            let written = write_ics(&path, &rec, now)?;
            print(&format!(
                "{}\n",
                t!(
                    "ics-written",
                    path = written.display().to_string(),
                    count = rec.follow_ups.len()
                )
            ))
        }
    }
}

/// The record as printed when it cannot be saved, with the letter after it as TOML
/// comments, so that what is printed still reads as one record file.
fn with_letter(record: &Record, letter: Option<&str>) -> String {
    let mut out = record.to_toml();
    if let Some(letter) = letter {
        out.push_str("\n# ");
        out.push_str(&t!("application-title"));
        out.push('\n');
        for line in letter.lines() {
            out.push_str(&format!("# {line}\n"));
        }
    }
    out
}

/// Writes `<record>.ics` beside the record (never over an existing file).
fn write_ics(
    record_path: &Path,
    rec: &Record,
    now: DateTime<FixedOffset>,
) -> Result<PathBuf, Error> {
    let name = record_path
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = record_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ics = record::to_ics(rec, &name, now);
    let dir = record_path.parent().unwrap_or(Path::new("."));
    let part = record::Part::new(".ics", ics.clone());
    let written = write_guarded(dir, &stem, |_| vec![part.clone()]);
    written
        .map(|mut paths| paths.remove(0))
        .map_err(|f| match f {
            record::SetFailure::Interrupted => Error::Interrupted,
            record::SetFailure::Failed(f) => Error::RecordNotWritten {
                path: Some(f.path),
                error: Some(f.error),
                record: ics,
            },
        })
}

/// [`record::write_set`] with signals held: one that comes meanwhile undoes the write and
/// ends the run as interrupted; once the files are in place, the run ends as done.
fn write_guarded(
    dir: &Path,
    stem: &str,
    render: impl FnMut(&str) -> Vec<record::Part>,
) -> Result<Vec<PathBuf>, record::SetFailure> {
    let writing = terminal::writing();
    let written = record::write_set(dir, stem, render, &terminal::caught)?;
    writing.commit();
    Ok(written)
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

fn run_wizard(cli: &Cli, color: bool, now: DateTime<FixedOffset>) -> Result<(), Error> {
    // A dumb terminal cannot redraw a list; it is treated like no terminal at all.
    let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
    let interactive =
        !cli.no_input && !dumb && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    if let Some(message) = cli.contradiction(interactive) {
        return Err(Error::Usage(message));
    }
    // The table lives until the process ends; freeing thousands of strings on the way out
    // is work nobody waits for.
    let catalog: &Catalog = Box::leak(Box::new(load_catalog(cli.data.as_ref(), now.date_naive())?));
    let preset = cli.preset();

    if cli.action == Some(cli::ActionArg::Decide) && !interactive {
        let mut p = FlagPrompter::new(color);
        wizard::compare(catalog, preset, &mut p, now)?;
        return match p.out.failure() {
            None => Ok(()),
            Some(e) => Err(Error::Io(e)),
        };
    }
    let (record, mut out) = if interactive {
        let mut p = TerminalPrompter::new(color);
        (wizard::run(catalog, preset, &mut p, now)?, p.out)
    } else {
        let mut p = FlagPrompter::new(color);
        (wizard::run(catalog, preset, &mut p, now)?, p.out)
    };

    let mut record = record;
    let letter = record.letter_text.take();
    let Some(dir) = cli.records_dir.clone().or_else(default_records_dir) else {
        return Err(Error::RecordNotWritten {
            path: None,
            error: None,
            record: with_letter(&record, letter.as_deref()),
        });
    };
    let calendar = cli.ics && !record.follow_ups.is_empty();
    // The record, its letter and the calendar asked for are one set, named from the
    // record's final name and written whole or not at all. A signal meanwhile removes
    // what was written and ends the run as interrupted, so that 128+n always means
    // nothing was saved; once the set is in place, the run ends as done.
    let writing = terminal::writing();
    let mut text = String::new();
    let written = record::write_set(
        &dir,
        &record.file_stem(&now),
        |stem| {
            record.letter = letter.as_ref().map(|_| format!("{stem}_letter.txt"));
            text = record.to_toml();
            let mut parts = vec![record::Part::new(".toml", text.clone())];
            if let Some(letter) = &letter {
                parts.push(record::Part::new("_letter.txt", letter.clone()));
            }
            if calendar {
                let ics = record::to_ics(&record, &format!("{stem}.toml"), now);
                parts.push(record::Part::new(".ics", ics));
            }
            parts
        },
        &terminal::caught,
    );
    let paths = match written {
        Ok(paths) => paths,
        Err(record::SetFailure::Interrupted) => return Err(Error::Interrupted),
        Err(record::SetFailure::Failed(f)) => {
            record.letter = None;
            return Err(Error::RecordNotWritten {
                path: Some(f.path),
                error: Some(f.error),
                record: with_letter(&record, letter.as_deref()),
            });
        }
    };
    writing.commit();
    let path = paths[0].clone();
    out.write(&format!(
        "\n{}\n",
        t!("record-written", path = path.display().to_string())
    ));
    if letter.is_some() {
        out.write(&format!(
            "{}\n",
            t!("application-written", path = paths[1].display().to_string())
        ));
    }
    if calendar {
        out.write(&format!(
            "{}\n",
            t!(
                "ics-written",
                path = paths[paths.len() - 1].display().to_string(),
                count = record.follow_ups.len()
            )
        ));
    } else if cli.ics {
        out.write(&format!("{}\n", t!("ics-none")));
    }
    match out.failure() {
        None => Ok(()),
        Some(error) => Err(Error::OutputFailed {
            error,
            saved: path,
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
