//! Reading records: only regular files of a bounded size, never following a link out of
//! the records directory, and the reason whenever a file is not a record.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};

use super::{Record, SCHEMA};

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

/// The most a record file may hold. A record is a few kilobytes; anything larger is not
/// one, and reading it whole (a link to `/dev/zero`) must not exhaust memory.
pub const MAX_RECORD_BYTES: u64 = 1 << 20;

/// The text of a file named as a record: a regular file of at most [`MAX_RECORD_BYTES`].
/// A FIFO, a device or a socket is refused without waiting on it. With `follow` false, a
/// symbolic link is refused too.
pub fn read_text(path: &Path, follow: bool) -> Result<String, String> {
    let file =
        crate::platform::open_regular(path, follow).map_err(|e| crate::i18n::io_reason(&e))?;
    let Some(file) = file else {
        return Err(crate::t!("rec-not-regular"));
    };
    let meta = file.metadata().map_err(|e| crate::i18n::io_reason(&e))?;
    if !meta.is_file() {
        return Err(crate::t!("rec-not-regular"));
    }
    let too_large = || crate::t!("rec-too-large");
    if meta.len() > MAX_RECORD_BYTES {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    io::Read::read_to_end(&mut io::Read::take(file, MAX_RECORD_BYTES + 1), &mut bytes)
        .map_err(|e| crate::i18n::io_reason(&e))?;
    if bytes.len() as u64 > MAX_RECORD_BYTES {
        return Err(too_large());
    }
    String::from_utf8(bytes).map_err(|_| crate::t!("rec-not-text"))
}

/// Reads one record, saying why when the file is not one. Never writes.
pub fn read(path: &Path) -> Result<Record, String> {
    parse(&read_text(path, true)?)
}

pub(super) fn parse(text: &str) -> Result<Record, String> {
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        crate::t!("rec-not-toml", reason = e.message().trim().to_owned())
    })?;
    match table.get("schema").and_then(toml::Value::as_integer) {
        None => return Err(crate::t!("rec-foreign")),
        Some(n) if n > i64::from(SCHEMA) => return Err(crate::t!("rec-newer", schema = n)),
        Some(n) if n < 1 => return Err(crate::t!("rec-foreign")),
        Some(_) => {}
    }
    toml::from_str(text).map_err(|e: toml::de::Error| {
        crate::t!("rec-invalid", reason = e.message().trim().to_owned())
    })
}

/// The text companions of a record, by the end of their stem: the application letter,
/// the power of attorney, and the guide (all the guidance of the run).
const DOCUMENTS: [&str; 3] = ["_letter", "_poa", "_guide"];

/// Whether a file name is one of the companions simcancel writes beside a record: a
/// calendar, or a letter (`…_letter.txt`, and `…_letter_2.txt` as older versions named
/// a letter whose name was taken), or a document's printable PDF (`…_letter.pdf`).
pub fn is_companion(name: &[u8]) -> bool {
    if name.ends_with(b".ics") {
        return true;
    }
    let Some(rest) = name
        .strip_suffix(b".txt")
        .or_else(|| name.strip_suffix(b".pdf"))
    else {
        return false;
    };
    let digits = rest.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    let numbered = rest[..rest.len() - digits].strip_suffix(b"_");
    DOCUMENTS
        .iter()
        .map(|d| d.as_bytes())
        .any(|d| rest.ends_with(d) || (digits > 0 && numbered.is_some_and(|r| r.ends_with(d))))
}

/// The record a companion belongs to: `X.toml` for `X.ics`, `X_letter.txt`, `X_poa.txt`,
/// their PDFs (`X_letter.pdf`), and an older `X_letter_2.txt`. Every name
/// [`is_companion`] passes over in a listing has one, so none is left unreported.
pub(super) fn record_of(name: &str) -> Option<String> {
    let stem = name.strip_suffix(".ics").or_else(|| {
        let rest = name
            .strip_suffix(".txt")
            .or_else(|| name.strip_suffix(".pdf"))?;
        let rest = rest.trim_end_matches(|c: char| c.is_ascii_digit());
        let rest = rest.strip_suffix('_').unwrap_or(rest);
        DOCUMENTS.iter().find_map(|d| rest.strip_suffix(d))
    })?;
    Some(format!("{stem}.toml"))
}

/// One entry of the records directory, read without following a link out of it.
fn read_entry(dir: &Path, entry: &fs::DirEntry) -> Result<Record, String> {
    let path = entry.path();
    let kind = entry.file_type().map_err(|e| crate::i18n::io_reason(&e))?;
    if kind.is_symlink() {
        let target = fs::canonicalize(&path).map_err(|e| crate::i18n::io_reason(&e))?;
        let home = fs::canonicalize(dir).map_err(|e| crate::i18n::io_reason(&e))?;
        if target.parent() != Some(home.as_path()) {
            return Err(crate::t!("rec-link-outside"));
        }
        return parse(&read_text(&target, false)?);
    }
    if !kind.is_file() {
        return Err(crate::t!("rec-not-regular"));
    }
    parse(&read_text(&path, false)?)
}

/// Every record in `dir`, newest first, and every other file with the reason it was
/// skipped. Hidden files (such as an interrupted write's temp file), our calendars and
/// letters, and directories are not records and are passed over. Only regular files are
/// read, each up to [`MAX_RECORD_BYTES`], and a link only to a file in `dir` itself.
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
        if is_companion(name.as_encoded_bytes()) && !hidden {
            // A run killed between its files (SIGKILL cannot be held off) can leave a
            // letter or a calendar without its record: it is named, never removed.
            let record = name.to_str().and_then(record_of);
            if record.is_some_and(|r| dir.join(r).symlink_metadata().is_err()) {
                skipped.push(Skipped {
                    path,
                    reason: crate::t!("rec-orphan"),
                });
            }
            continue;
        }
        if hidden || entry.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        match read_entry(dir, &entry) {
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
