//! The wizard: the flow, answered by the terminal or by the flags, then the record and
//! the documents beside it written as one set.

use std::io::Write as _;

use crate::answers::{Ask, Question};
use crate::cli::Cli;
use crate::config::{Config, WizardRun};
use crate::error::Error;
use crate::prompt::{FlagPrompter, TerminalPrompter};
use crate::record::{self, Record};
use crate::wizard::Prompter as _;
use crate::{i18n, report, t, terminal, wizard};

pub(super) fn run(cli: &Cli, config: Config) -> Result<(), Error> {
    let run = WizardRun::new(cli, config)?;
    let (catalog, preset, clock) = (run.catalog, run.preset.clone(), run.config.clock);
    let (color, now) = (run.config.color, clock.now());

    if run.compare_only() {
        let mut p = FlagPrompter::new(color);
        wizard::compare(catalog, preset, &mut p, clock)?;
        return match p.out.failure() {
            None => Ok(()),
            Some(e) => Err(Error::Io(e)),
        };
    }
    // In a terminal the person is there to be asked once more, after the record is written.
    let mut person = None;
    let (outcome, mut out) = if run.config.interactive {
        let mut p = TerminalPrompter::new(color);
        let outcome = wizard::run(catalog, preset, &mut p, clock)?;
        let out = std::mem::take(&mut p.out);
        person = Some(p);
        (outcome, out)
    } else {
        let mut p = FlagPrompter::new(color);
        (wizard::run(catalog, preset, &mut p, clock)?, p.out)
    };
    let dir = run.config.records_dir.clone();
    let call = catalog
        .operator(&outcome.record.operator)
        .and_then(|op| report::number_to_call(op, outcome.record.abroad));
    // In a terminal the files are named once their directory is, and wrapped at its
    // width: a path of 80 characters and more would break mid-word on every line.
    let grouped = person.as_ref().map(TerminalPrompter::width);
    let (path, text, mut wrote) = write(
        outcome,
        (dir.clone(), grouped),
        run.ics,
        call.clone(),
        now,
        &mut out,
    )?;
    if let (Some(p), Some(dir)) = (person.as_mut(), dir)
        && wrote.calendar.is_none()
        && !out.failed()
    {
        wrote.calendar = offer_calendar(p, (&dir, &path), wrote.events, call, now, &mut out);
    }
    out.write(&wrote.next(&path));
    match out.failure() {
        None => Ok(()),
        Some(error) => Err(Error::OutputFailed {
            error,
            saved: path,
            record: text,
        }),
    }
}

/// In a terminal, once the record is written: its `count` follow-ups with a date as a
/// calendar file too, if the person wants it, as `records ics` writes it; the number of
/// its events. Whatever happens here, the record is saved and the run ends as done: a
/// calendar that could not be written is said, as `records ics` says it, and stays one
/// command away.
fn offer_calendar(
    p: &mut TerminalPrompter,
    (dir, record): (&std::path::Path, &std::path::Path),
    count: usize,
    call: Option<String>,
    now: chrono::DateTime<chrono::FixedOffset>,
    out: &mut crate::prompt::Output,
) -> Option<usize> {
    if count == 0 || terminal::caught() {
        return None;
    }
    let ask = Ask::new(Question::Ics, t!("ask-ics", count = count));
    // Escape or Ctrl-C here is a "no": the record is written, there is nothing to undo.
    // The signal handler holds back once files are written, so the terminal is put back
    // here (dialoguer hid the cursor).
    match p.confirm(&ask, true) {
        Ok(true) => {}
        Ok(false) | Err(Error::Back) => return None,
        Err(_) => {
            terminal::restore();
            return None;
        }
    }
    match super::records::calendar(dir, record, |_| call, now) {
        Ok(Some(written)) => {
            // Beside the files just listed, in their directory: by its name, as they were.
            let said = t!(
                "ics-written",
                path = file_name(&written.path),
                count = written.count
            );
            out.write(&format!(
                "{}\n",
                crate::theme::wrap(&said, p.width(), "  ", "    ")
            ));
            Some(written.count)
        }
        Ok(None) | Err(Error::Interrupted) => None,
        Err(e) => {
            // What could not be saved is printed, as everywhere, before the message
            // that says so.
            if let Error::RecordNotWritten { record, .. } = &e {
                out.write(record);
            }
            let message = crate::catalog::clean_block(&e.to_string());
            let _ = writeln!(std::io::stderr(), "simcancel: {message}");
            None
        }
    }
}

/// Writes the record and the documents beside it as one set, and says what was written;
/// the record's path and text, for a copy on stderr should stdout fail, and what was
/// written, for the steps that follow.
fn write(
    outcome: wizard::Outcome,
    (dir, grouped): (Option<std::path::PathBuf>, Option<usize>),
    ics: bool,
    call: Option<String>,
    now: chrono::DateTime<chrono::FixedOffset>,
    out: &mut crate::prompt::Output,
) -> Result<(std::path::PathBuf, String, Wrote), Error> {
    let (letter, poa) = (outcome.letter_text(), outcome.poa_text());
    let guide = guide_text(&outcome.guide, now);
    let mut record = outcome.record;
    let Some(dir) = dir else {
        return Err(Error::RecordNotWritten {
            path: None,
            error: None,
            record: with_letter(&record, letter.as_deref(), poa.as_deref()),
        });
    };
    // The printed documents are made only now, when they are written.
    let letter_pdf = outcome
        .letter
        .and_then(|d| crate::letter::application_pdf(&d).ok());
    let poa_pdf = outcome.poa.and_then(|d| crate::poa::poa_pdf(&d).ok());
    let calendar = ics && !record.follow_ups.is_empty();
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
            text = record.to_toml()?;
            let mut parts = vec![record::Part::new(".toml", text.clone())];
            if let Some(letter) = &letter {
                parts.push(record::Part::new("_letter.txt", letter.clone()));
            }
            if let Some(pdf) = &letter_pdf {
                parts.push(record::Part::bytes("_letter.pdf", pdf.clone()));
            }
            if let Some(poa) = &poa {
                parts.push(record::Part::new("_poa.txt", poa.clone()));
            }
            if let Some(pdf) = &poa_pdf {
                parts.push(record::Part::bytes("_poa.pdf", pdf.clone()));
            }
            if let Some(guide) = &guide {
                parts.push(record::Part::new("_guide.txt", guide.clone()));
            }
            if calendar {
                let ics = record::to_ics(&record, &format!("{stem}.toml"), call.as_deref(), now);
                parts.push(record::Part::new(".ics", ics));
            }
            Ok(parts)
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
    let wrote = Wrote {
        letter: letter.is_some(),
        letter_pdf: letter_pdf.is_some(),
        poa: poa.is_some(),
        poa_pdf: poa_pdf.is_some(),
        guide: guide.is_some(),
        calendar: calendar.then_some(record.follow_ups.len()),
        asked_calendar: ics,
        completed: record.evidence.status == crate::answers::Status::Completed,
        follow_ups: record.follow_ups.len(),
        events: super::records::calendar_events(&record),
        phrases: !record.phrases.is_empty(),
        grouped,
    };
    out.write(&wrote.lines(&paths));
    Ok((path, text, wrote))
}

/// What a run wrote beside the record, for the last lines: each file by name, so that the
/// user knows exactly what is on disk.
struct Wrote {
    letter: bool,
    letter_pdf: bool,
    poa: bool,
    poa_pdf: bool,
    guide: bool,
    /// The calendar and its number of events.
    calendar: Option<usize>,
    asked_calendar: bool,
    completed: bool,
    follow_ups: usize,
    /// The follow-ups a calendar would hold.
    events: usize,
    phrases: bool,
    /// In a terminal of this width, the files are listed by name under their directory;
    /// elsewhere (pipes and scripts) each by its path, a line each.
    grouped: Option<usize>,
}

impl Wrote {
    /// `paths` in the order the set was written: the record, then its companions.
    fn lines(&self, paths: &[std::path::PathBuf]) -> String {
        let grouped = self.grouped.zip(paths[0].parent());
        let shown = |p: &std::path::PathBuf| match grouped {
            Some(_) => file_name(p),
            None => crate::catalog::clean(&p.display().to_string()),
        };
        let mut said = vec![t!("record-written", path = shown(&paths[0]))];
        let mut companions = paths[1..].iter();
        for (wrote, key) in [
            (self.letter, "application-written"),
            (self.letter_pdf, "application-pdf-written"),
            (self.poa, "poa-written"),
            (self.poa_pdf, "poa-pdf-written"),
            (self.guide, "guide-written"),
        ] {
            if wrote && let Some(p) = companions.next() {
                said.push(i18n::lookup(
                    i18n::lang(),
                    key,
                    &[("path", shown(p).into())],
                ));
            }
        }
        match (self.calendar, companions.next()) {
            (Some(count), Some(p)) => {
                said.push(t!("ics-written", path = shown(p), count = count));
            }
            _ if self.asked_calendar => said.push(t!("ics-none")),
            _ => {}
        }
        let mut out = String::from("\n");
        if let Some((width, dir)) = grouped {
            let dir = crate::catalog::clean(&dir.display().to_string());
            out.push_str(&t!("written-in", dir = dir));
            out.push('\n');
            for line in &mut said {
                *line = crate::theme::wrap(line, width, "  ", "    ");
            }
        }
        for line in said {
            out.push_str(&line);
            out.push('\n');
        }
        out
    }

    /// What happens next, as commands to copy: finish the record, show the sentences at
    /// the counter, put the follow-ups in a calendar. The record is named as `records`
    /// finds it: by its file name in the default directory, else by its path.
    fn next(&self, record: &std::path::Path) -> String {
        let in_default = record.parent().map(std::path::Path::to_path_buf)
            == crate::config::default_records_dir();
        let name = match record.file_name() {
            Some(name) if in_default => name.to_string_lossy().into_owned(),
            _ => record.display().to_string(),
        };
        let name = crate::catalog::clean(&name);
        let name = if name.contains(char::is_whitespace) {
            format!("\"{name}\"")
        } else {
            name
        };
        let mut steps = Vec::new();
        if !self.completed {
            steps.push((t!("next-done"), "done"));
        }
        if self.phrases {
            steps.push((t!("next-card"), "card"));
        }
        if self.follow_ups > 0 && self.calendar.is_none() {
            steps.push((t!("next-ics", count = self.follow_ups), "ics"));
        }
        if steps.is_empty() {
            return String::new();
        }
        // The command on a line of its own, whole, so that it can be copied.
        let mut out = format!("\n{}\n", t!("next-title"));
        for (step, command) in steps {
            out.push_str(&format!(
                "  • {step}\n    simcancel records {command} {name}\n"
            ));
        }
        out
    }
}

/// A file written in the records directory, by its name alone, as a terminal lists it
/// under that directory.
fn file_name(path: &std::path::Path) -> String {
    let name = path.file_name().map_or(path, std::path::Path::new);
    crate::catalog::clean(&name.display().to_string())
}

/// The guide beside the record: all the guidance the run gave, details included, as
/// plain text, a paragraph a line, for any editor to wrap (and a phrase to be copied
/// whole). `None` when the screen
/// already showed all of it.
fn guide_text(
    blocks: &[crate::answers::Block],
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Option<String> {
    if !blocks.iter().any(crate::answers::Block::has_details) {
        return None;
    }
    let mut out = t!("guide-heading", date = i18n::date(now.date_naive()));
    out.push('\n');
    for block in blocks {
        out.push_str(&crate::prompt::render(block, false, None));
    }
    Some(out)
}

/// The record as printed when it cannot be saved, with the letter after it as TOML
/// comments, so that what is printed still reads as one record file.
fn with_letter(record: &Record, letter: Option<&str>, poa: Option<&str>) -> String {
    let mut out = record.printed();
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
