//! simcancel: a wizard that walks a person through cancelling or suspending a Russian
//! mobile SIM, and keeps a dated record of what was done.

// The build script bakes the built-in tables; here the module only declares their types.
#[allow(dead_code)]
#[macro_use]
mod bake;
mod builtin;
pub mod calendar;
pub mod catalog;
pub mod cli;
pub mod config;
pub mod dates;
pub mod error;
pub mod followups;
mod help_words;
pub mod i18n;
pub mod labels;
pub mod lang;
pub mod letter;
pub mod poa;
pub mod prompt;
pub mod record;
pub mod report;
pub mod terminal;
pub mod theme;
pub mod wizard;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};

use crate::catalog::Origin;
use crate::cli::{Cli, Command, RecordsCommand};
pub use crate::error::Error;
use crate::prompt::{FlagPrompter, TerminalPrompter};
use crate::record::Record;

use crate::config::{Config, default_records_dir};
pub use crate::config::{color_enabled, load_catalog};
use crate::dates::Clock;

pub fn run(cli: Cli) -> Result<(), Error> {
    let env = |k: &str| std::env::var(k).ok();
    let color = color_enabled(cli.color, std::io::stdout().is_terminal(), env);
    console::set_colors_enabled(color);
    console::set_colors_enabled_stderr(color);
    let clock = config::clock(env);
    let now = clock.now();

    if cli.command.is_some() && !cli.wizard_flags().is_empty() {
        return Err(Error::Usage(t!(
            "err-wizard-flags",
            flags = cli.wizard_flags().join(", ")
        )));
    }
    match &cli.command {
        None => run_wizard(&cli, color, clock),
        Some(Command::CheckData { file }) => {
            let catalog = match file.as_ref().or(cli.data.as_ref()) {
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

/// A record named on the command line: a path, or a bare file name, which always means
/// the records directory (never a file of that name in the current directory).
fn find_record(dir: &Path, file: &Path) -> Result<(PathBuf, Record), Error> {
    let path = if file.is_absolute() || file.components().count() > 1 {
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
        Some(RecordsCommand::Show { file, format }) => {
            let (path, rec) = find_record(dir, file)?;
            match format {
                cli::ShowFormat::Toml => {
                    let text =
                        record::read_text(&path, true).map_err(|reason| Error::NoRecord {
                            path: path.clone(),
                            reason,
                        })?;
                    print(&format!(
                        "# {}\n{}",
                        catalog::clean(&path.display().to_string()),
                        catalog::clean_block(&text)
                    ))
                }
                cli::ShowFormat::Json => {
                    let json = serde_json::to_string_pretty(&rec).unwrap_or_default();
                    print(&(report::json_safe(&json) + "\n"))
                }
                cli::ShowFormat::Human => {
                    let later = completion_of(dir, &path)?;
                    print(&report::record_human(
                        &path,
                        &rec,
                        later.as_deref(),
                        now.date_naive(),
                    ))
                }
            }
        }
        Some(RecordsCommand::Card { file }) => {
            let (_, rec) = find_record(dir, file)?;
            print(&report::card(&rec))
        }
        Some(RecordsCommand::Done {
            file,
            follow_up: Some(n),
            ..
        }) => {
            let (path, mut rec) = find_record(dir, file)?;
            let count = rec.follow_ups.len();
            let Some(f) = n.checked_sub(1).and_then(|i| rec.follow_ups.get_mut(i)) else {
                return Err(Error::Usage(t!("err-no-follow-up", n = *n, count = count)));
            };
            if f.done.is_none() {
                f.done = Some(record::toml_datetime(&now));
            }
            let what = f.text();
            record::replace(&path, &rec.to_toml()).map_err(|e| Error::RecordNotWritten {
                path: Some(path.clone()),
                error: Some(e),
                record: rec.to_toml(),
            })?;
            print(&format!(
                "{}\n",
                t!("follow-up-marked", n = *n, what = what)
            ))
        }
        Some(RecordsCommand::Done {
            file,
            follow_up: None,
            when,
            reference,
            contact,
            note,
        }) => {
            let (path, old) = find_record(dir, file)?;
            if let Some(later) = completion_of(dir, &path)? {
                return Err(Error::State(t!(
                    "err-already-done",
                    path = path.display().to_string(),
                    by = later
                )));
            }
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
            // One name, claimed by an exclusive link: of concurrent completions exactly
            // one is written, and the others are told which.
            let name = format!("{stem}_done.toml");
            let writing = terminal::writing();
            match record::write_exclusive(parent, &name, &text) {
                Ok(p) => {
                    writing.commit();
                    print(&format!(
                        "{}\n",
                        t!("record-written", path = p.display().to_string())
                    ))
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(Error::State(t!(
                    "err-already-done",
                    path = path.display().to_string(),
                    by = name
                ))),
                Err(e) => Err(Error::RecordNotWritten {
                    path: Some(parent.to_owned()),
                    error: Some(e),
                    record: text,
                }),
            }
        }
        Some(RecordsCommand::Ics { file }) => {
            let (path, rec) = find_record(dir, file)?;
            let catalog = load_catalog(cli_data, now.date_naive()).ok();
            let call = catalog
                .as_ref()
                .and_then(|c| c.operator(&rec.operator))
                .and_then(|op| report::number_to_call(op, rec.abroad));
            let written = write_ics(&path, &rec, call.as_deref(), now)?;
            print(&format!(
                "{}\n",
                t!(
                    "ics-written",
                    path = written.display().to_string(),
                    count = rec.follow_ups.iter().filter(|f| f.done.is_none()).count()
                )
            ))
        }
    }
}

/// The file name of the record that completed the one at `path`, if any: one beside it
/// whose `supersedes` names it.
fn completion_of(dir: &Path, path: &Path) -> Result<Option<String>, Error> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(dir);
    let (found, _) = record::list(parent).map_err(|e| Error::NoRecord {
        path: parent.to_owned(),
        reason: e.to_string(),
    })?;
    Ok(found
        .iter()
        .find(|f| f.record.supersedes.as_deref() == Some(name.as_str()))
        .and_then(|f| f.path.file_name())
        .map(|n| n.to_string_lossy().into_owned()))
}

/// The record as printed when it cannot be saved, with the letter after it as TOML
/// comments, so that what is printed still reads as one record file.
fn with_letter(record: &Record, letter: Option<&str>, poa: Option<&str>) -> String {
    let mut out = record.to_toml();
    for (title, text) in [(t!("application-title"), letter), (t!("poa-title"), poa)] {
        let Some(text) = text else { continue };
        out.push_str("\n# ");
        out.push_str(&title);
        out.push('\n');
        for line in text.lines() {
            out.push_str(&format!("# {line}\n"));
        }
    }
    out
}

/// Writes `<record>.ics` beside the record (never over an existing file).
fn write_ics(
    record_path: &Path,
    rec: &Record,
    call: Option<&str>,
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
    let ics = record::to_ics(rec, &name, call, now);
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

fn run_wizard(cli: &Cli, color: bool, clock: Clock) -> Result<(), Error> {
    let now = clock.now();
    let interactive = config::interactive(cli, |k| std::env::var(k).ok());
    let config = Config::wizard(cli, clock, color, interactive)?;
    let (catalog, preset) = (config.catalog, config.preset.clone());

    if config.compare_only() {
        let mut p = FlagPrompter::new(color);
        wizard::compare(catalog, preset, &mut p, clock)?;
        return match p.out.failure() {
            None => Ok(()),
            Some(e) => Err(Error::Io(e)),
        };
    }
    let (record, mut out) = if interactive {
        let mut p = TerminalPrompter::new(color);
        (wizard::run(catalog, preset, &mut p, clock)?, p.out)
    } else {
        let mut p = FlagPrompter::new(color);
        (wizard::run(catalog, preset, &mut p, clock)?, p.out)
    };

    let mut record = record;
    let letter = record.letter_text.take();
    let poa = record.poa_text.take();
    let Some(dir) = cli.records_dir.clone().or_else(default_records_dir) else {
        return Err(Error::RecordNotWritten {
            path: None,
            error: None,
            record: with_letter(&record, letter.as_deref(), poa.as_deref()),
        });
    };
    let calendar = cli.ics && !record.follow_ups.is_empty();
    let call = catalog
        .operator(&record.operator)
        .and_then(|op| report::number_to_call(op, record.abroad));
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
            record.poa = poa.as_ref().map(|_| format!("{stem}_poa.txt"));
            text = record.to_toml();
            let mut parts = vec![record::Part::new(".toml", text.clone())];
            if let Some(letter) = &letter {
                parts.push(record::Part::new("_letter.txt", letter.clone()));
            }
            if let Some(poa) = &poa {
                parts.push(record::Part::new("_poa.txt", poa.clone()));
            }
            if calendar {
                let ics = record::to_ics(&record, &format!("{stem}.toml"), call.as_deref(), now);
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
            record.poa = None;
            return Err(Error::RecordNotWritten {
                path: Some(f.path),
                error: Some(f.error),
                record: with_letter(&record, letter.as_deref(), poa.as_deref()),
            });
        }
    };
    writing.commit();
    let path = paths[0].clone();
    out.write(&format!(
        "\n{}\n",
        t!("record-written", path = path.display().to_string())
    ));
    let mut companions = paths[1..].iter();
    if letter.is_some()
        && let Some(p) = companions.next()
    {
        out.write(&format!(
            "{}\n",
            t!("application-written", path = p.display().to_string())
        ));
    }
    if poa.is_some()
        && let Some(p) = companions.next()
    {
        out.write(&format!(
            "{}\n",
            t!("poa-written", path = p.display().to_string())
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
