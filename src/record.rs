//! The dated record of what was done: its shape, and writing it without ever losing or
//! clobbering one.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use toml::value::Datetime;

use crate::catalog::{Action, Channel};

pub const SCHEMA: u32 = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Owner {
    /// The contract is in my name.
    Me,
    /// The contract is in someone else's name.
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Balance {
    /// Refund it to a bank account.
    Refund,
    /// Move it to another number.
    Transfer,
    /// Nothing to move.
    None,
    /// Kept on the number (a suspension).
    #[value(skip)]
    Keep,
}

/// The preparation checklist: what must happen before the number leaves the user's hands.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, clap::ValueEnum,
)]
pub enum Prep {
    #[serde(rename = "contacts")]
    #[value(name = "contacts")]
    Contacts,
    #[serde(rename = "sms")]
    #[value(name = "sms")]
    Sms,
    #[serde(rename = "banks")]
    #[value(name = "banks")]
    Banks,
    #[serde(rename = "gosuslugi")]
    #[value(name = "gosuslugi")]
    Gosuslugi,
    #[serde(rename = "messengers")]
    #[value(name = "messengers")]
    Messengers,
    #[serde(rename = "2fa")]
    #[value(name = "2fa")]
    TwoFactor,
}

impl Prep {
    pub const ALL: [Prep; 6] = [
        Prep::Contacts,
        Prep::Sms,
        Prep::Banks,
        Prep::Gosuslugi,
        Prep::Messengers,
        Prep::TwoFactor,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Completed,
    Planned,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DataInfo {
    /// `embedded`, or the path given to `--data`.
    pub table: String,
    pub verified: Datetime,
    /// Set when the facts were old at the time of the run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Preparation {
    pub done: Vec<Prep>,
    pub not_done: Vec<Prep>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when: Option<Datetime>,
    pub reference: String,
    pub contact: String,
    pub files: Vec<String>,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub schema: u32,
    pub created: Datetime,
    pub operator: String,
    pub action: Action,
    pub owner: Owner,
    /// The user was abroad, so the store was out of reach.
    #[serde(default)]
    pub abroad: bool,
    pub balance: Balance,
    pub channel: Channel,
    /// Someone with the user's power of attorney goes to the store.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub representative: bool,
    pub preparation: Preparation,
    pub evidence: Evidence,
    pub data: DataInfo,
    /// The file this record completes (`records done`), when it is a later version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supersedes: Option<String>,
    #[serde(default, rename = "follow_up")]
    pub follow_ups: Vec<FollowUp>,
    /// The sentences shown for the counter or the phone, in Russian and translated.
    #[serde(default, rename = "phrase")]
    pub phrases: Vec<Phrase>,
    /// The file name of the Russian application letter written beside the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letter: Option<String>,
    /// The letter's text, until it is written; never part of the record itself.
    #[serde(skip)]
    pub letter_text: Option<String>,
    /// The file name of the Russian power of attorney written beside the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub poa: Option<String>,
    /// The power of attorney's text, until it is written; never part of the record itself.
    #[serde(skip)]
    pub poa_text: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Phrase {
    /// What to say or show, in Russian.
    pub ru: String,
    /// The same in the user's language.
    pub text: String,
}

/// Something to check on a date: a refund, the end of free days, a final bill.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FollowUp {
    pub date: Datetime,
    pub what: String,
}

impl FollowUp {
    pub fn date(&self) -> Option<NaiveDate> {
        let d = self.date.date?;
        NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
    }
}

pub fn toml_datetime(t: &DateTime<FixedOffset>) -> Datetime {
    // RFC 3339 at second precision is always a valid TOML offset date-time.
    t.format("%Y-%m-%dT%H:%M:%S%:z")
        .to_string()
        .parse()
        .expect("RFC 3339 is TOML")
}

impl Record {
    pub fn to_toml(&self) -> String {
        let body = toml::to_string(self).unwrap_or_default();
        format!(
            "# simcancel record: what was done, when and with whom. Personal data: keep it private.\n{body}"
        )
    }

    /// `2026-11-24T153000_mts_cancel_online.toml`: local time first, so names sort by date.
    pub fn file_stem(&self, created: &DateTime<FixedOffset>) -> String {
        format!(
            "{}_{}_{}_{}",
            created.format("%Y-%m-%dT%H%M%S"),
            self.operator,
            self.action.id(),
            self.channel.id()
        )
    }
}

/// Why a record could not be written, for the message that accompanies the printed copy.
#[derive(Debug)]
pub struct WriteFailure {
    pub path: PathBuf,
    pub error: io::Error,
}

/// Writes `contents` as `<stem>.<ext>` in `dir`, atomically and without overwriting:
/// a private temp file in the same directory, synced, then linked into place under the
/// first free name (`<stem>.<ext>`, `<stem>_2.<ext>`, …).
pub fn write_new(
    dir: &Path,
    stem: &str,
    ext: &str,
    contents: &str,
) -> Result<PathBuf, WriteFailure> {
    let fail = |path: &Path, error| WriteFailure {
        path: path.to_owned(),
        error,
    };
    create_private_dir(dir).map_err(|e| fail(dir, e))?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".simcancel-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| fail(dir, e))?;
    tmp.write_all(contents.as_bytes())
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| fail(tmp.path(), e))?;
    for n in 1u32.. {
        let name = if n == 1 {
            format!("{stem}.{ext}")
        } else {
            format!("{stem}_{n}.{ext}")
        };
        let path = dir.join(name);
        match tmp.persist_noclobber(&path) {
            Ok(_) => {
                // The rename is durable only once the directory entry is.
                if let Ok(d) = fs::File::open(dir) {
                    let _ = d.sync_all();
                }
                return Ok(path);
            }
            Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => tmp = e.file,
            Err(e) => return Err(fail(&path, e.error)),
        }
    }
    unreachable!("u32 names run out only after four billion records")
}

fn create_private_dir(dir: &Path) -> io::Result<()> {
    // create_dir_all on a regular file says "File exists", which explains nothing.
    if dir.exists() && !dir.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::NotADirectory,
            "it is a file, not a directory",
        ));
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// The record's follow-ups as an iCalendar document: one all-day event each, so a
/// phone's calendar reminds the user.
pub fn to_ics(record: &Record, file_name: &str, now: DateTime<FixedOffset>) -> String {
    use icalendar::{Calendar, Component, EventLike};
    let mut calendar = Calendar::new();
    calendar.name("simcancel");
    for (i, f) in record.follow_ups.iter().enumerate() {
        let Some(date) = f.date() else { continue };
        let event = icalendar::Event::new()
            .uid(&format!("{file_name}-{}@simcancel", i + 1))
            .timestamp(now.to_utc())
            .summary(&format!(
                "{} {}: {}",
                record.operator,
                record.action.id(),
                f.what
            ))
            .description(&crate::t!("ics-description", file = file_name.to_owned()))
            .all_day(date)
            // An all-day event ends (exclusively) the next day, per RFC 5545.
            .ends(date.succ_opt().unwrap_or(date))
            .done();
        calendar.push(event);
    }
    calendar.done().to_string()
}

/// A record file as found in the records directory.
#[derive(Debug)]
pub struct Found {
    pub path: PathBuf,
    pub record: Record,
}

/// A file in the records directory that is not a record this version can read.
#[derive(Debug)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: String,
}

/// Reads one record, saying why when the file is not one. Never writes.
pub fn read(path: &Path) -> Result<Record, String> {
    let bytes = fs::read(path).map_err(|e| e.to_string())?;
    let text = String::from_utf8(bytes).map_err(|_| crate::t!("rec-not-text"))?;
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        crate::t!("rec-not-toml", reason = e.message().trim().to_owned())
    })?;
    match table.get("schema").and_then(toml::Value::as_integer) {
        None => return Err(crate::t!("rec-foreign")),
        Some(n) if n > i64::from(SCHEMA) => return Err(crate::t!("rec-newer", schema = n)),
        Some(_) => {}
    }
    toml::from_str(&text).map_err(|e: toml::de::Error| {
        crate::t!("rec-invalid", reason = e.message().trim().to_owned())
    })
}

/// Every record in `dir`, newest first, and every other file with the reason it was
/// skipped. Hidden files (such as an interrupted write's temp file), our calendars and
/// letters, and directories are not records and are passed over.
pub fn list(dir: &Path) -> io::Result<(Vec<Found>, Vec<Skipped>)> {
    let mut found = Vec::new();
    let mut skipped = Vec::new();
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok((found, skipped)),
        Err(e) => return Err(e),
    };
    for entry in entries {
        let entry = entry?;
        let path = entry.path();
        let name = entry.file_name();
        let hidden = name.as_encoded_bytes().starts_with(b".");
        // Calendars and application letters written by simcancel live beside the records.
        let ours = [b".ics".as_slice(), b"_letter.txt", b"_poa.txt"]
            .iter()
            .any(|end| name.as_encoded_bytes().ends_with(end));
        if hidden || ours || entry.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        match read(&path) {
            Ok(record) => found.push(Found { path, record }),
            Err(reason) => skipped.push(Skipped { path, reason }),
        }
    }
    found.sort_by_cached_key(|f| std::cmp::Reverse((created(&f.record), f.path.clone())));
    skipped.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((found, skipped))
}

/// The record's creation time, comparable across offsets.
pub fn created(record: &Record) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(&record.created.to_string()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let a = write_new(dir.path(), "x", "toml", "one").unwrap();
        let b = write_new(dir.path(), "x", "toml", "two").unwrap();
        assert_ne!(a, b);
        assert_eq!(fs::read_to_string(&a).unwrap(), "one");
        assert_eq!(fs::read_to_string(&b).unwrap(), "two");
        assert!(b.ends_with("x_2.toml"));
        let leftovers = fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 2, "no temp files left behind");
    }

    #[test]
    fn a_file_in_the_way_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("records");
        fs::write(&blocker, "").unwrap();
        let err = write_new(&blocker, "x", "toml", "one").unwrap_err();
        assert_eq!(err.path, blocker);
    }
}
