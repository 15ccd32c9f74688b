//! Every way a run can fail, each with a message written for the user and its exit code.

use std::fmt;
use std::io;
use std::path::PathBuf;

use crate::answers::Question;
use crate::catalog;
use crate::catalog::DataError;
use crate::t;

#[derive(Debug)]
pub enum Error {
    /// A flag or answer the flow cannot use (exit 2).
    Usage(String),
    /// Answers that cannot be used, each with the value given where it has one (exit 2).
    /// Only here does a question become a flag name.
    Refused {
        answers: Vec<(Question, Option<String>)>,
        reason: String,
    },
    /// No terminal, and answers without a safe default were not given as flags (exit 2).
    MissingAnswers(Vec<Question>),
    /// A free-text answer longer than the flow keeps (exit 2).
    TooLong { question: Question, count: usize },
    /// The operator table does not parse or is inconsistent (exit 65).
    Data(DataError),
    /// The operator table could not be read at all (exit 66).
    DataUnreadable { path: PathBuf, error: io::Error },
    /// The record could not be saved; it is printed instead (exit 73).
    RecordNotWritten {
        path: Option<PathBuf>,
        error: Option<io::Error>,
        record: String,
    },
    /// Standard output failed; the record was saved, and is printed on stderr (exit 73).
    OutputFailed {
        error: io::Error,
        saved: PathBuf,
        record: String,
    },
    /// A record named on the command line does not exist or cannot be read (exit 66).
    NoRecord { path: PathBuf, reason: String },
    /// A file named as a record is not one this version can read (exit 65).
    NotARecord { path: PathBuf, reason: String },
    /// Ctrl-C at a prompt (exit 130).
    Interrupted,
    /// Escape at a prompt: the flow goes back one question. It never leaves the flow;
    /// should it, it is a usage error like any unanswered question.
    Back,
    /// Anything else: a terminal or output failure (exit 1).
    Io(io::Error),
    /// The records say it cannot be done: a record already completed (exit 1).
    State(String),
}

impl Error {
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_)
            | Error::Refused { .. }
            | Error::MissingAnswers(_)
            | Error::TooLong { .. }
            | Error::Back => 2,
            Error::Data(_) | Error::NotARecord { .. } => 65,
            Error::DataUnreadable { .. } | Error::NoRecord { .. } => 66,
            Error::RecordNotWritten { .. } | Error::OutputFailed { .. } => 73,
            Error::Interrupted => crate::terminal::interrupted_exit_code(),
            Error::Io(_) | Error::State(_) => 1,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(msg) | Error::State(msg) => f.write_str(msg),
            Error::Refused { answers, reason } => {
                let given: Vec<String> = answers
                    .iter()
                    .map(|(q, value)| match value {
                        Some(v) => format!("{} {}", flag(*q), catalog::clean(v)),
                        None => flag(*q),
                    })
                    .collect();
                write!(f, "{}: {reason}", given.join(" "))
            }
            Error::MissingAnswers(questions) => {
                let flags: Vec<String> = questions.iter().map(|&q| flag(q)).collect();
                f.write_str(&t!(
                    "err-missing",
                    flags = flags.join(", "),
                    count = flags.len()
                ))
            }
            Error::TooLong { question, count } => f.write_str(&t!(
                "err-too-long",
                flag = flag(*question),
                count = *count,
                max = crate::answers::MAX_TEXT
            )),
            Error::Data(e) => write!(f, "{}\n{e}", t!("err-data", count = e.problems.len())),
            Error::DataUnreadable { path, error } => f.write_str(&t!(
                "err-data-unreadable",
                path = shown(path),
                reason = catalog::clean(&crate::i18n::io_reason(error))
            )),
            Error::RecordNotWritten { path, error, .. } => f.write_str(&match (path, error) {
                (Some(p), Some(e)) => t!(
                    "err-record",
                    path = shown(p),
                    reason = catalog::clean(&crate::i18n::io_reason(e))
                ),
                _ => t!("err-record-no-dir"),
            }),
            Error::OutputFailed { error, saved, .. } => f.write_str(&t!(
                "err-output",
                reason = catalog::clean(&crate::i18n::io_reason(error)),
                path = shown(saved)
            )),
            Error::NoRecord { path, reason } => f.write_str(&t!(
                "err-no-record",
                path = shown(path),
                reason = catalog::clean_block(reason)
            )),
            Error::NotARecord { path, reason } => f.write_str(&t!(
                "err-not-a-record",
                path = shown(path),
                reason = catalog::clean_block(reason)
            )),
            Error::Interrupted | Error::Back => f.write_str(&t!("err-interrupted")),
            Error::Io(e) => f.write_str(&t!(
                "err-io",
                reason = catalog::clean(&crate::i18n::io_reason(e))
            )),
        }
    }
}

impl std::error::Error for Error {}

impl Error {
    /// Refuses answers: each question with the value given, if any.
    pub fn refused(answers: &[(Question, Option<&str>)], reason: String) -> Error {
        Error::Refused {
            answers: answers
                .iter()
                .map(|(q, v)| (*q, v.map(str::to_owned)))
                .collect(),
            reason,
        }
    }
}

/// A path as a message shows it: a file or directory name is not trusted to drive the
/// terminal.
fn shown(path: &std::path::Path) -> String {
    catalog::clean(&path.display().to_string())
}

/// The flag that answers `question`, as the command line declares it.
fn flag(question: Question) -> String {
    crate::cli::flag(question)
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        if e.kind() == io::ErrorKind::Interrupted {
            Error::Interrupted
        } else {
            Error::Io(e)
        }
    }
}

impl From<dialoguer::Error> for Error {
    fn from(e: dialoguer::Error) -> Self {
        let dialoguer::Error::IO(e) = e;
        e.into()
    }
}
