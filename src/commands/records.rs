//! `simcancel records`: list, show, show as a card, complete, mark a follow-up done, and
//! write the calendar.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};

use super::{print, write_guarded};
use crate::cli::{self, RecordsCommand};
use crate::config::load_catalog;
use crate::dates::Clock;
use crate::error::Error;
use crate::record::{self, Record};
use crate::{catalog, report, t, terminal, wizard};

pub(super) fn run(
    cli_data: Option<&PathBuf>,
    dir: &Path,
    command: Option<&RecordsCommand>,
    (json, wide): (bool, bool),
    clock: Clock,
) -> Result<(), Error> {
    let now = clock.now();
    match command {
        None => list(dir, json, wide, now),
        Some(RecordsCommand::Show { file, format }) => show(dir, file, *format, now),
        Some(RecordsCommand::Card { file }) => {
            let (_, rec) = find_record(dir, file)?;
            paged(&report::card(&rec, crate::i18n::lang()))
        }
        Some(RecordsCommand::Done {
            file,
            follow_up: Some(n),
            ..
        }) => mark_follow_up(dir, file, *n, now),
        Some(RecordsCommand::Done {
            file,
            follow_up: None,
            when,
            reference,
            contact,
            note,
        }) => {
            let answers = crate::answers::Preset {
                when: when.clone(),
                reference: reference.clone(),
                contact: contact.clone(),
                note: note.clone(),
                ..crate::answers::Preset::default()
            };
            done(cli_data, dir, file, answers, clock)
        }
        Some(RecordsCommand::Ics { file }) => ics(cli_data, dir, file, now),
    }
}

/// Prints `text` a screenful at a time when a person reads it on a terminal, so the first
/// sentences do not scroll away; piped or redirected, all of it at once.
fn paged(text: &str) -> Result<(), Error> {
    use std::io::IsTerminal;
    let out = console::Term::stdout();
    let err = console::Term::stderr();
    if !(std::io::stdout().is_terminal() && std::io::stdin().is_terminal()) {
        return print(text);
    }
    // One row for "Enter: more".
    let rows = usize::from(out.size().0).saturating_sub(1).max(3);
    let pages = report::pages(text, rows);
    for (i, page) in pages.iter().enumerate() {
        print(page)?;
        if i + 1 < pages.len() {
            let _asking = terminal::asking();
            err.write_str(&t!("more"))?;
            let key = loop {
                let key = err.read_key()?;
                if matches!(
                    key,
                    console::Key::Enter | console::Key::Escape | console::Key::Char('q')
                ) {
                    break key;
                }
            };
            err.clear_line()?;
            if key != console::Key::Enter {
                break;
            }
        }
    }
    Ok(())
}

/// Every record, newest first, and what is due; files that are not records are named on
/// stderr with the reason.
fn list(dir: &Path, json: bool, wide: bool, now: DateTime<FixedOffset>) -> Result<(), Error> {
    let (found, skipped) = record::list(dir).map_err(|e| Error::NoRecord {
        path: dir.to_owned(),
        reason: crate::i18n::io_reason(&e),
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
        report::records_table(dir, &found, now.date_naive(), wide)
    })
}

fn show(
    dir: &Path,
    file: &Path,
    format: cli::ShowFormat,
    now: DateTime<FixedOffset>,
) -> Result<(), Error> {
    let (path, rec) = find_record(dir, file)?;
    match format {
        cli::ShowFormat::Toml => {
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

/// Marks follow-up `n` (1-based) done, in place: the one change a record allows. Read,
/// changed and replaced under the directory's lock, so that concurrent marks all stay;
/// a signal before the replace leaves the record as it was (and the run ends as
/// interrupted), one after it ends the run as done.
fn mark_follow_up(
    dir: &Path,
    file: &Path,
    n: usize,
    now: DateTime<FixedOffset>,
) -> Result<(), Error> {
    let writing = terminal::writing();
    let (given, first) = find_record(dir, file)?;
    // The record itself is replaced, never a link to it.
    let path = real(dir, &given);
    let _lock = locked(&path, dir, || first.printed())?;
    let (_, mut rec) = find_record(dir, &path)?;
    let count = rec.follow_ups.len();
    let Some(f) = n.checked_sub(1).and_then(|i| rec.follow_ups.get_mut(i)) else {
        return Err(Error::Usage(t!("err-no-follow-up", n = n, count = count)));
    };
    let mut said = format!("{}\n", t!("follow-up-marked", n = n, what = f.text()));
    if f.done.is_none() {
        f.done = Some(record::toml_datetime(&now));
        // A repeating reminder goes on: the next one is added, so `records` and the
        // calendar show it, and this one stays as done.
        let next = f.repeat.and_then(|r| r.next(now.date_naive()));
        if let Some(date) = next {
            let mut again = f.clone();
            again.date = crate::dates::toml_date(date);
            again.done = None;
            rec.follow_ups.push(again);
            said.push_str(&t!(
                "marked-next",
                date = crate::i18n::date(date),
                n = rec.follow_ups.len()
            ));
            said.push('\n');
        }
    }
    let not_written = |error| Error::RecordNotWritten {
        path: Some(path.clone()),
        error: Some(error),
        record: rec.printed(),
    };
    let text = rec.to_toml().map_err(not_written)?;
    match record::replace(&path, &text, &terminal::caught) {
        Ok(()) => writing.commit(),
        Err(record::SetFailure::Interrupted) => return Err(Error::Interrupted),
        Err(record::SetFailure::Failed(f)) => return Err(not_written(f.error)),
    }
    say(&said, &path, &text)
}

/// Completes a planned or started record, once: the completed version is a new file
/// beside it. Under the directory's lock, the record is looked up by what it is (a link to
/// it is the same record), so of concurrent completions, by any name, exactly one is
/// written and the others are told which.
fn done(
    cli_data: Option<&PathBuf>,
    dir: &Path,
    file: &Path,
    answers: crate::answers::Preset,
    clock: Clock,
) -> Result<(), Error> {
    let now = clock.now();
    let writing = terminal::writing();
    let (given, old) = find_record(dir, file)?;
    let path = real(dir, &given);
    // Every name of one record takes the lock of the directory the record is in.
    let _lock = locked(&path, dir, || old.printed())?;
    if let Some(later) = completion_of(dir, &path)? {
        return Err(Error::State(t!(
            "err-already-done",
            path = shown(&given),
            by = catalog::clean(&later)
        )));
    }
    // The follow-ups need the operator's terms; a record from another table
    // still completes, with the reminders that need no data.
    let catalog = load_catalog(cli_data, now.date_naive()).ok();
    let op = catalog.as_ref().and_then(|c| c.operator(&old.operator));
    let done = wizard::complete(&old, &path, op, answers, clock)?;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let parent = path.parent().unwrap_or(dir);
    let text = done.to_toml().map_err(|e| Error::RecordNotWritten {
        path: Some(parent.to_owned()),
        error: Some(e),
        record: done.printed(),
    })?;
    let name = format!("{stem}_done.toml");
    match record::write_exclusive(parent, &name, &text, &terminal::caught) {
        Ok(p) => {
            writing.commit();
            say(
                &format!("{}\n", t!("record-written", path = shown(&p))),
                &p,
                &text,
            )
        }
        Err(record::SetFailure::Interrupted) => Err(Error::Interrupted),
        Err(record::SetFailure::Failed(f))
            if f.error.kind() == std::io::ErrorKind::AlreadyExists =>
        {
            Err(Error::State(t!(
                "err-already-done",
                path = shown(&given),
                by = catalog::clean(&name)
            )))
        }
        Err(record::SetFailure::Failed(f)) => Err(Error::RecordNotWritten {
            path: Some(parent.to_owned()),
            error: Some(f.error),
            record: text,
        }),
    }
}

/// The file a record named on the command line is: a symbolic link is followed, and a
/// hard link from outside the records directory `dir` is the record's name there, so that
/// a change replaces the record and not the link, and a completion is written beside the
/// record, where a later one by any name finds it. Any other path is kept as given.
fn real(dir: &Path, path: &Path) -> PathBuf {
    let is_link = path
        .symlink_metadata()
        .is_ok_and(|m| m.file_type().is_symlink());
    let path = if is_link {
        std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned())
    } else {
        path.to_owned()
    };
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(dir);
    if record::same_file(parent, dir) {
        return path;
    }
    record::name_in(dir, &path).unwrap_or(path)
}

/// The lock on the directory of the record at `path`; when it cannot be taken, nothing is
/// changed and the record is shown as it stands.
fn locked(path: &Path, dir: &Path, record: impl FnOnce() -> String) -> Result<record::Lock, Error> {
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(dir);
    record::lock(parent).map_err(|e| Error::RecordNotWritten {
        path: Some(parent.to_owned()),
        error: Some(e),
        record: record(),
    })
}

/// A path as printed: a file name is not trusted to drive the terminal.
fn shown(path: &Path) -> String {
    catalog::clean(&path.display().to_string())
}

/// Says what was saved; should stdout fail, the run ends as the wizard's does: exit 73,
/// the file named and its text on stderr, never a failure that reads as "nothing saved".
/// A reader that went away is such a failure too: 141 would say the run was interrupted
/// before anything was written.
fn say(text: &str, saved: &Path, copy: &str) -> Result<(), Error> {
    print(text).map_err(|e| match e {
        Error::Io(error) => Error::OutputFailed {
            error,
            saved: saved.to_owned(),
            record: copy.to_owned(),
        },
        other => other,
    })
}

fn ics(
    cli_data: Option<&PathBuf>,
    dir: &Path,
    file: &Path,
    now: DateTime<FixedOffset>,
) -> Result<(), Error> {
    let call = |rec: &Record| {
        let catalog = load_catalog(cli_data, now.date_naive()).ok()?;
        let op = catalog.operator(&rec.operator)?;
        report::number_to_call(op, rec.abroad)
    };
    match calendar(dir, file, call, now)? {
        None => print(&format!("{}\n", t!("ics-none"))),
        Some(written) => say(
            &format!("{}\n", written.said()),
            &written.path,
            &written.text,
        ),
    }
}

/// A calendar written beside a record.
pub(super) struct Calendar {
    pub path: PathBuf,
    pub text: String,
    /// Its events.
    pub count: usize,
}

impl Calendar {
    /// The line that says it was written, and where.
    pub fn said(&self) -> String {
        t!("ics-written", path = shown(&self.path), count = self.count)
    }
}

/// What `records ics` does: the follow-ups of the record `file` that are still to do and
/// have a date, as a calendar beside it, with the number to call that `call` finds for the
/// record; `None` when there are none.
pub(super) fn calendar(
    dir: &Path,
    file: &Path,
    call: impl FnOnce(&Record) -> Option<String>,
    now: DateTime<FixedOffset>,
) -> Result<Option<Calendar>, Error> {
    let (given, first) = find_record(dir, file)?;
    let path = real(dir, &given);
    let call = call(&first);
    let _lock = locked(&path, dir, || first.printed())?;
    // What `records` lists as due is what the calendar holds: a completed record's
    // follow-ups are its later record's, and a calendar without a date is not written.
    if let Some(later) = completion_of(dir, &path)? {
        return Err(Error::State(t!(
            "err-ics-superseded",
            path = shown(&given),
            by = catalog::clean(&later)
        )));
    }
    let (_, rec) = find_record(dir, &path)?;
    let count = calendar_events(&rec);
    if count == 0 {
        return Ok(None);
    }
    let (path, text) = write_ics(&path, &rec, call.as_deref(), now)?;
    Ok(Some(Calendar { path, text, count }))
}

/// The follow-ups a calendar of the record holds: those still to do, with a date.
pub(super) fn calendar_events(rec: &Record) -> usize {
    rec.follow_ups
        .iter()
        .filter(|f| f.done.is_none() && f.date().is_some())
        .count()
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
            // The system's reason in the reader's language, its error number kept.
            Err(e) => crate::i18n::io_reason(&e),
            Ok(_) => t!("err-not-a-file"),
        };
        return Err(Error::NoRecord { path, reason });
    }
    match record::read(&path) {
        Ok(r) => Ok((path, r)),
        Err(reason) => Err(Error::NotARecord { path, reason }),
    }
}

/// The file name of the record that completed the one at `path`, if any: one beside it,
/// or beside the record a link leads to (a hard link from outside the records directory
/// leads to the record's name there), whose `supersedes` names it or names a file that is
/// the same record (a link of either kind).
fn completion_of(dir: &Path, path: &Path) -> Result<Option<String>, Error> {
    let home = |p: &Path| {
        p.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(dir)
            .to_owned()
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut places = vec![home(path)];
    let target = real(dir, path);
    if home(&target) != places[0] {
        places.push(home(&target));
    }
    for (i, parent) in places.into_iter().enumerate() {
        let (found, _) = record::list(&parent).map_err(|e| Error::NoRecord {
            path: parent.clone(),
            reason: crate::i18n::io_reason(&e),
        })?;
        let completes = |earlier: &str| {
            (i == 0 && earlier == name)
                || (!earlier.contains(['/', '\\'])
                    && record::same_file(&parent.join(earlier), path))
        };
        let later = found
            .iter()
            .find(|f| f.record.supersedes.as_deref().is_some_and(completes))
            .and_then(|f| f.path.file_name());
        if let Some(later) = later {
            return Ok(Some(later.to_string_lossy().into_owned()));
        }
    }
    Ok(None)
}

/// Writes `<record>.ics` beside the record (never over an existing file): its path and
/// text.
fn write_ics(
    record_path: &Path,
    rec: &Record,
    call: Option<&str>,
    now: DateTime<FixedOffset>,
) -> Result<(PathBuf, String), Error> {
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
    let written = write_guarded(dir, &stem, |_| Ok(vec![part.clone()]));
    written
        .map(|mut paths| (paths.remove(0), ics.clone()))
        .map_err(|f| match f {
            record::SetFailure::Interrupted => Error::Interrupted,
            record::SetFailure::Failed(f) => Error::RecordNotWritten {
                path: Some(f.path),
                error: Some(f.error),
                record: ics,
            },
        })
}
