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
            error,
        })
    };
    create_private_dir(dir).map_err(fail)?;
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
                .prefix(".simcancel-")
                .suffix(".tmp")
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
pub fn write_exclusive(dir: &Path, name: &str, contents: &str) -> io::Result<PathBuf> {
    let target = dir.join(name);
    let mut tmp = tempfile::Builder::new()
        .prefix(".simcancel-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(contents.as_bytes())?;
    tmp.as_file().sync_all()?;
    tmp.persist_noclobber(&target).map_err(|e| e.error)?;
    sync_dir(dir);
    Ok(target)
}

/// Puts `contents` in place of the file at `path` in one step (a follow-up marked done):
/// a reader sees the old record or the new one, never half of either.
pub fn replace(path: &Path, contents: &str) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".simcancel-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(contents.as_bytes())?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir);
    Ok(())
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
