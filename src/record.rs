//! The dated record of what was done: its shape, and writing it without ever losing or
//! clobbering one.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
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
    pub balance: Balance,
    pub channel: Channel,
    pub preparation: Preparation,
    pub evidence: Evidence,
    pub data: DataInfo,
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

/// Writes `contents` as `<stem>.toml` in `dir`, atomically and without overwriting:
/// a private temp file in the same directory, synced, then linked into place under the
/// first free name (`<stem>.toml`, `<stem>_2.toml`, …).
pub fn write_new(dir: &Path, stem: &str, contents: &str) -> Result<PathBuf, WriteFailure> {
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
            format!("{stem}.toml")
        } else {
            format!("{stem}_{n}.toml")
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let a = write_new(dir.path(), "x", "one").unwrap();
        let b = write_new(dir.path(), "x", "two").unwrap();
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
        let err = write_new(&blocker, "x", "one").unwrap_err();
        assert_eq!(err.path, blocker);
    }
}
