//! Writing records: a set of files (the record and its companions) whole or not at all,
//! private, never over another file.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Why a record could not be written, for the message that accompanies the printed copy.
/// `path` is always something that exists or was asked for (the directory), never a temp
/// file that is gone by the time the message is read.
#[derive(Debug)]
pub struct WriteFailure {
    pub path: PathBuf,
    pub error: io::Error,
}

/// One file of a set written together: the end of its name after the set's stem
/// (`.toml`, `_letter.txt`, `.ics`) and its contents: text, or the bytes of a PDF.
#[derive(Clone, Debug)]
pub struct Part {
    pub suffix: String,
    pub bytes: Vec<u8>,
}

impl Part {
    pub fn new(suffix: &str, text: impl Into<String>) -> Part {
        Part::bytes(suffix, text.into().into_bytes())
    }

    pub fn bytes(suffix: &str, bytes: Vec<u8>) -> Part {
        Part {
            suffix: suffix.to_owned(),
            bytes,
        }
    }
}

/// Why a set was not written. Either way nothing of it is left on disk.
#[derive(Debug)]
pub enum SetFailure {
    /// A signal came while the set was written; what was written is removed again.
    Interrupted,
    Failed(WriteFailure),
}

/// Writes a set of files (a record and its companions) in `dir`, all or nothing, never
/// over an existing file. Every name is derived from one stem, the first of `stem`,
/// `stem_2`, … under which no part's name is taken, so `…_2.toml` goes with
/// `…_2_letter.txt`. `render` gives the parts for a stem (a record names its letter, so
/// its text depends on the stem); the first part is the record, linked last, so that a
/// record on disk means its companions are too. Each part is first a private, synced temp
/// file in `dir`; a failure or `interrupted()` at any step removes whatever was linked.
/// A part that cannot be rendered fails the set before anything is written.
pub fn write_set(
    dir: &Path,
    stem: &str,
    mut render: impl FnMut(&str) -> io::Result<Vec<Part>>,
    interrupted: &dyn Fn() -> bool,
) -> Result<Vec<PathBuf>, SetFailure> {
    let fail = |error| {
        SetFailure::Failed(WriteFailure {
            path: dir.to_owned(),
            error: plain(error),
        })
    };
    create_private_dir(dir).map_err(fail)?;
    sweep(dir);
    'names: for n in 1u32.. {
        if interrupted() {
            return Err(SetFailure::Interrupted);
        }
        let name = if n == 1 {
            stem.to_owned()
        } else {
            format!("{stem}_{n}")
        };
        let parts = render(&name).map_err(fail)?;
        let targets: Vec<PathBuf> = parts
            .iter()
            .map(|p| dir.join(format!("{name}{}", p.suffix)))
            .collect();
        if targets.iter().any(|t| t.symlink_metadata().is_ok()) {
            continue;
        }
        let mut temps = Vec::with_capacity(parts.len());
        for part in &parts {
            let mut tmp = tempfile::Builder::new()
                .prefix(TEMP_PREFIX)
                .suffix(TEMP_SUFFIX)
                .tempfile_in(dir)
                .map_err(fail)?;
            tmp.write_all(&part.bytes)
                .and_then(|()| tmp.as_file().sync_all())
                .map_err(fail)?;
            temps.push(Some(tmp));
            if interrupted() {
                return Err(SetFailure::Interrupted);
            }
        }
        let mut linked: Vec<&Path> = Vec::with_capacity(targets.len());
        // Companions first, the record last.
        for i in (1..targets.len()).chain(0..1.min(targets.len())) {
            let Some(tmp) = temps[i].take() else { continue };
            match tmp.persist_noclobber(&targets[i]) {
                Ok(_) => linked.push(&targets[i]),
                Err(e) => {
                    remove_all(dir, &linked);
                    if e.error.kind() == io::ErrorKind::AlreadyExists {
                        continue 'names; // another run took the name meanwhile
                    }
                    return Err(fail(e.error));
                }
            }
        }
        if interrupted() {
            remove_all(dir, &linked);
            return Err(SetFailure::Interrupted);
        }
        sync_dir(dir);
        return Ok(targets);
    }
    unreachable!("u32 names run out only after four billion records")
}

/// Writes `contents` as exactly `name` in `dir`, or fails with `AlreadyExists`: the link
/// is the claim, so of any number of writers racing for a name exactly one gets it.
/// `interrupted()` before the link undoes the write.
pub fn write_exclusive(
    dir: &Path,
    name: &str,
    contents: &str,
    interrupted: &dyn Fn() -> bool,
) -> Result<PathBuf, SetFailure> {
    let target = dir.join(name);
    put(dir, &target, contents, false, interrupted)?;
    Ok(target)
}

/// Puts `contents` in place of the file at `path` in one step (a follow-up marked done):
/// a reader sees the old record or the new one, never half of either. `interrupted()`
/// before the rename leaves the old one.
pub fn replace(
    path: &Path,
    contents: &str,
    interrupted: &dyn Fn() -> bool,
) -> Result<(), SetFailure> {
    let dir = path.parent().unwrap_or(Path::new("."));
    put(dir, path, contents, true, interrupted)
}

/// A private, synced temp file in `dir`, then one rename or link to `target`. A failure
/// names `target`, never the temp file, which is gone by then.
fn put(
    dir: &Path,
    target: &Path,
    contents: &str,
    over: bool,
    interrupted: &dyn Fn() -> bool,
) -> Result<(), SetFailure> {
    let fail = |error| {
        SetFailure::Failed(WriteFailure {
            path: target.to_owned(),
            error: plain(error),
        })
    };
    sweep(dir);
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
        .map_err(fail)?;
    tmp.write_all(contents.as_bytes())
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(fail)?;
    if interrupted() {
        return Err(SetFailure::Interrupted); // the temp file goes with `tmp`
    }
    let done = if over {
        tmp.persist(target).map(drop)
    } else {
        tmp.persist_noclobber(target).map(drop)
    };
    done.map_err(|e| fail(e.error))?;
    sync_dir(dir);
    Ok(())
}

/// How our temp files are named: hidden, so that `records` passes over them.
const TEMP_PREFIX: &str = ".simcancel-";
const TEMP_SUFFIX: &str = ".tmp";

/// How old a temp file of ours must be before a later run takes it for one a killed run
/// left: a write takes milliseconds, so no live run still needs it.
pub const STALE_TEMP: std::time::Duration = std::time::Duration::from_secs(5 * 60);

/// Removes the temp files of ours in `dir` that a killed run left (SIGKILL cannot be
/// handled, so nothing else ever would). Only our own names, only regular files, only
/// old ones; a failure to remove one is not this run's failure.
pub fn sweep(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let now = std::time::SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.as_encoded_bytes();
        if !(name.starts_with(TEMP_PREFIX.as_bytes()) && name.ends_with(TEMP_SUFFIX.as_bytes())) {
            continue;
        }
        let old = entry
            .metadata()
            .ok()
            .filter(|m| m.is_file())
            .and_then(|m| m.modified().ok().and_then(|t| now.duration_since(t).ok()));
        if old.is_some_and(|age| age > STALE_TEMP) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// An error as the user reads it: tempfile adds the temp file's path to its errors, and
/// that file is gone by the time the message is read. The operating system's reason is
/// kept; the caller names the directory or the final file.
pub fn plain(error: io::Error) -> io::Error {
    if error.raw_os_error().is_some() || !error.to_string().contains(TEMP_PREFIX) {
        return error;
    }
    let inner = error
        .get_ref()
        .and_then(|e| e.source())
        .and_then(|e| e.downcast_ref::<io::Error>());
    match inner.and_then(io::Error::raw_os_error) {
        Some(code) => io::Error::from_raw_os_error(code),
        None => io::Error::new(error.kind(), error.kind().to_string()),
    }
}

fn remove_all(dir: &Path, linked: &[&Path]) {
    for path in linked {
        let _ = fs::remove_file(path);
    }
    sync_dir(dir);
}

/// A rename or unlink is durable only once the directory entry is.
fn sync_dir(dir: &Path) {
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

fn create_private_dir(dir: &Path) -> io::Result<()> {
    // create_dir_all on a regular file, a dangling link or a loop of links says "File
    // exists", which explains nothing.
    match fs::metadata(dir) {
        Ok(m) if m.is_dir() => return Ok(()),
        Ok(_) => {
            return Err(io::Error::new(
                io::ErrorKind::NotADirectory,
                crate::t!("dir-not-a-dir"),
            ));
        }
        // Only a link that leads nowhere: a directory another run has just created is fine.
        Err(e)
            if dir
                .symlink_metadata()
                .is_ok_and(|m| m.file_type().is_symlink()) =>
        {
            let target = fs::read_link(dir)
                .map(|t| crate::catalog::clean(&t.display().to_string()))
                .unwrap_or_default();
            let message = if e.kind() == io::ErrorKind::NotFound {
                crate::t!("dir-dangling", target = target)
            } else {
                crate::t!(
                    "dir-bad-link",
                    target = target,
                    reason = crate::i18n::io_reason(&e)
                )
            };
            return Err(io::Error::new(e.kind(), message));
        }
        Err(_) => {}
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    crate::platform::private_dir(&mut builder);
    builder.create(dir)
}
