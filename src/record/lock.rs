//! One change to a directory's records at a time: `records done`, a follow-up marked done
//! and a calendar each read, decide and write under an exclusive lock, so that concurrent
//! changes are serialised and none is lost. Modelled on git's `index.lock`, with the
//! operating system's file lock instead of the file's existence: a run that is killed
//! releases it with its process, so there is no stale lock to judge by age.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The lock file's name in the records directory; hidden, so `records` passes over it.
const LOCK_NAME: &str = ".simcancel.lock";

/// Held while a directory's records are changed; released, and its file removed, on drop.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
    file: fs::File,
}

/// Takes the lock on `dir`'s records, waiting for another run that holds it.
pub fn lock(dir: &Path) -> io::Result<Lock> {
    let path = dir.join(LOCK_NAME);
    loop {
        let file = fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(super::plain)?;
        file.lock()?;
        // The run that held it may have removed the file meanwhile; a lock on a file no
        // longer at `path` excludes nobody, so take the one that is there now.
        let current = fs::symlink_metadata(&path);
        match (&current, file.metadata()) {
            (Ok(now), Ok(held)) if same(now, &held) => return Ok(Lock { path, file }),
            (Err(e), _) if e.kind() != io::ErrorKind::NotFound => {
                return Err(io::Error::new(e.kind(), e.to_string()));
            }
            _ => continue,
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still held, so a waiter that then gets this file sees it gone.
        let _ = fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

/// Whether two paths lead to one file: a symbolic link, a hard link or another spelling of
/// the same path. A path that cannot be read is no file at all.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::metadata(a), fs::metadata(b)) {
        (Ok(a), Ok(b)) => same(&a, &b),
        _ => false,
    }
}

/// The name in `dir` of the file at `path`, when `path` is a hard link to a record there
/// from another directory: a hard link has no target to follow, so the record is found
/// by what it is. Hidden files (our temp files) are not records.
#[cfg(unix)]
pub fn name_in(dir: &Path, path: &Path) -> Option<PathBuf> {
    use std::os::unix::fs::MetadataExt;
    let file = fs::metadata(path).ok()?;
    if !file.is_file() || file.nlink() < 2 {
        return None;
    }
    fs::read_dir(dir)
        .ok()?
        .flatten()
        .filter(|e| !e.file_name().as_encoded_bytes().starts_with(b"."))
        .map(|e| e.path())
        .find(|p| {
            p.symlink_metadata()
                .is_ok_and(|m| m.is_file() && same(&m, &file))
        })
}

/// Without a file identity in std elsewhere, a file of the same size and times is not
/// taken for the record: hard links are left as named.
#[cfg(not(unix))]
pub fn name_in(_dir: &Path, _path: &Path) -> Option<PathBuf> {
    None
}

#[cfg(unix)]
fn same(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

/// Without a portable file identity in std elsewhere: the same size, times and kind.
#[cfg(not(unix))]
fn same(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    a.file_type() == b.file_type()
        && a.len() == b.len()
        && a.modified().ok() == b.modified().ok()
        && a.created().ok() == b.created().ok()
}
