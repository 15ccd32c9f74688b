//! The vocabulary of the interview: the questions, the answers they take, and the limits
//! of an answer. Every layer above speaks it; it knows nothing of the command line, the
//! terminal or the flow, so that a question is spelled as a flag only where flags live.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::catalog::{self, Action, Channel};
use crate::lang::Lang;

/// The longest free-text answer, in characters: room for any real note or address.
pub const MAX_TEXT: usize = 4096;

/// Every question the flow can ask. Scripts, errors and the flags all name questions by
/// this, so a new question is one variant here and one flag in the CLI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Question {
    Operator,
    Action,
    NeedAgain,
    BackIn,
    Owner,
    /// Whose passport the contract is on.
    Passport,
    Abroad,
    Done,
    Balance,
    Channel,
    /// "Who goes to the store?": the user, or someone with their power of attorney.
    Representative,
    Name,
    /// The subscriber's name in Cyrillic, as in the contract.
    NameRu,
    /// The subscriber's citizenship, for both documents.
    Citizenship,
    Number,
    Status,
    When,
    Reference,
    Contact,
    Files,
    Note,
    /// At the end, in a terminal: also write the follow-ups as a calendar file?
    Ics,
}

impl Question {
    pub const ALL: [Question; 22] = [
        Question::Operator,
        Question::Action,
        Question::NeedAgain,
        Question::BackIn,
        Question::Owner,
        Question::Passport,
        Question::Abroad,
        Question::Done,
        Question::Balance,
        Question::Channel,
        Question::Representative,
        Question::Name,
        Question::NameRu,
        Question::Citizenship,
        Question::Number,
        Question::Status,
        Question::When,
        Question::Reference,
        Question::Contact,
        Question::Files,
        Question::Note,
        Question::Ics,
    ];
}

impl Question {
    /// The question's name; the command line declares the question's flag under this id.
    pub fn id(self) -> &'static str {
        match self {
            Question::Operator => "operator",
            Question::Action => "action",
            Question::NeedAgain => "need_again",
            Question::BackIn => "back_in",
            Question::Owner => "owner",
            Question::Passport => "passport",
            Question::Abroad => "abroad",
            Question::Done => "done",
            Question::Balance => "balance",
            Question::Channel => "channel",
            Question::Representative => "representative",
            Question::Name => "name",
            Question::NameRu => "name_ru",
            Question::Citizenship => "citizenship",
            Question::Number => "number",
            Question::Status => "status",
            Question::When => "when",
            Question::Reference => "reference",
            Question::Contact => "contact",
            Question::Files => "files",
            Question::Note => "note",
            Question::Ics => "ics",
        }
    }
}

/// A question as put to the user.
#[derive(Clone, Debug)]
pub struct Ask {
    pub prompt: String,
    pub question: Question,
    /// No safe default exists: without a terminal the answer must be given up front.
    pub required: bool,
}

impl Ask {
    pub fn new(question: Question, prompt: String) -> Ask {
        Ask {
            prompt,
            question,
            required: false,
        }
    }

    pub fn required(question: Question, prompt: String) -> Ask {
        Ask {
            required: true,
            ..Ask::new(question, prompt)
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub label: String,
    pub hint: String,
}

impl Choice {
    pub fn new(label: String) -> Choice {
        Choice {
            label,
            hint: String::new(),
        }
    }
}

/// A block of guidance: a heading and its lines.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Block {
    pub title: String,
    pub lines: Vec<Line>,
}

impl Block {
    pub fn new(title: String) -> Block {
        Block {
            title,
            lines: Vec::new(),
        }
    }

    /// A block without a heading that says what to confirm or why an answer was refused.
    pub fn ask(text: String) -> Block {
        Block {
            title: String::new(),
            lines: vec![Line::Ask(text)],
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Line {
    /// A sentence of guidance.
    Text(String),
    /// A bullet in a list.
    Item(String),
    /// A numbered step.
    Step(usize, String),
    /// Something to ask or confirm because the fact is unknown or uncertain.
    Ask(String),
    /// A sub-heading inside the block.
    Label(String),
    /// A detail: not shown on screen, but kept in the full guidance written beside the
    /// record, so that the screen holds only what this person needs first.
    More(Box<Line>),
    /// A summary for the screen of what the guide gives in full as details: shown on
    /// screen, left out of the guide.
    Brief(Box<Line>),
}

impl Line {
    /// This line as a detail (see [`Line::More`]).
    pub fn more(self) -> Line {
        match self {
            // A summary for the screen stays one: the guide has what it sums up.
            Line::More(_) | Line::Brief(_) => self,
            line => Line::More(Box::new(line)),
        }
    }

    /// This line as the screen's summary (see [`Line::Brief`]); a detail stays one.
    pub fn brief(self) -> Line {
        match self {
            Line::Brief(_) | Line::More(_) => self,
            line => Line::Brief(Box::new(line)),
        }
    }

    /// Turns every one of `lines` into a detail.
    pub fn all_more(lines: &mut [Line]) {
        for line in lines {
            *line = std::mem::replace(line, Line::Text(String::new())).more();
        }
    }
}

impl Block {
    /// Turns the lines added since `from` into details (see [`Line::More`]).
    pub fn more_since(&mut self, from: usize) {
        Line::all_more(&mut self.lines[from..]);
    }

    /// Whether some of its lines are details, left off the screen.
    pub fn has_details(&self) -> bool {
        self.lines.iter().any(|l| matches!(l, Line::More(_)))
    }

    /// The block as shown on screen: without its details, its summaries as plain lines;
    /// `None` when nothing is left.
    pub fn short(&self) -> Option<Block> {
        let lines: Vec<Line> = self
            .lines
            .iter()
            .filter_map(|l| match l {
                Line::More(_) => None,
                Line::Brief(inner) => Some((**inner).clone()),
                line => Some(line.clone()),
            })
            .collect();
        (!lines.is_empty()).then(|| Block {
            title: self.title.clone(),
            lines,
        })
    }
}

/// Whether the number will be needed again (the first "help me decide" question).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// I will not need it again.
    No,
    /// I will need it again.
    Yes,
    /// I do not know yet.
    Unsure,
}

/// Checks an evidence file as named: the checked file, or why it cannot be kept.
pub type FileCheck = fn(&str) -> Result<FileRef, String>;

/// Answers given up front, checked by the configuration before the flow starts. `None`
/// means "ask".
#[derive(Clone, Debug, Default)]
pub struct Preset {
    pub operator: Option<String>,
    pub action: Option<Action>,
    /// `--action decide`: compare the options first.
    pub decide: bool,
    pub need: Option<Need>,
    pub back_in: Option<u32>,
    pub abroad: Option<bool>,
    pub owner: Option<Owner>,
    pub passport: Option<Passport>,
    /// The user says they will leave the SIM with someone: show the fine and the legal way.
    pub handover: bool,
    pub done: Option<Vec<Prep>>,
    pub balance: Option<Balance>,
    pub channel: Option<Channel>,
    /// Someone with the user's power of attorney goes to the store.
    pub representative: Option<bool>,
    /// The stage to record; without it the flow asks, and the default is "not yet".
    pub stage: Option<Status>,
    pub when: Option<String>,
    pub reference: Option<String>,
    pub contact: Option<String>,
    pub files: Option<Vec<String>>,
    pub note: Option<String>,
    /// For the application letter; asked only when a letter is written.
    pub name: Option<String>,
    /// The name in Cyrillic, as in the contract; asked with a suggestion for a pinyin name.
    pub name_ru: Option<String>,
    /// The subscriber's citizenship, in Russian.
    pub citizenship: Option<String>,
    pub number: Option<String>,
    /// Write the Russian application letter where one applies.
    pub letter: bool,
    /// Checks an evidence file named in an answer; the flow itself never touches files.
    pub check_file: Option<FileCheck>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Owner {
    /// The contract is in my name.
    Me,
    /// The contract is in someone else's name.
    Other,
}

/// Whose passport the contract is on: the rules of 2025 differ for foreigners.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Passport {
    /// A Russian passport.
    Russian,
    /// A foreign passport.
    Foreign,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Balance {
    /// Refund it to a bank account.
    Refund,
    /// Move it to another number.
    Transfer,
    /// Nothing to move.
    None,
    /// Kept on the number (a suspension).
    Keep,
}

/// The preparation checklist: what must happen before the number leaves the user's hands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Prep {
    #[serde(rename = "contacts")]
    Contacts,
    #[serde(rename = "sms")]
    Sms,
    #[serde(rename = "banks")]
    Banks,
    #[serde(rename = "gosuslugi")]
    Gosuslugi,
    #[serde(rename = "messengers")]
    Messengers,
    #[serde(rename = "2fa")]
    TwoFactor,
    // A Telegram password and recovery e-mail: its SMS codes no longer arrive reliably.
    #[serde(rename = "telegram")]
    Telegram,
    // An e-mail in WhatsApp, for the same reason.
    #[serde(rename = "whatsapp")]
    Whatsapp,
    // Gosuslugi logins through a one-time-code app instead of SMS.
    #[serde(rename = "gosuslugi-app")]
    GosuslugiApp,
}

impl Prep {
    pub const ALL: [Prep; 9] = [
        Prep::Contacts,
        Prep::Sms,
        Prep::Banks,
        Prep::Gosuslugi,
        Prep::Messengers,
        Prep::TwoFactor,
        Prep::Telegram,
        Prep::Whatsapp,
        Prep::GosuslugiApp,
    ];

    /// The items the rules of 2025 made necessary; they carry that rule's source.
    pub fn from_2025_rules(self) -> bool {
        matches!(
            self,
            Prep::Banks | Prep::Telegram | Prep::Whatsapp | Prep::GosuslugiApp
        )
    }
}

/// How far it has got. Only an explicit answer makes a record `completed`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Nothing done yet.
    Planned,
    /// A step taken that does not end it: a call made, a block requested, an application
    /// filed.
    Started,
    /// The contract ended, or the block is on.
    Completed,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::Started => "started",
            Status::Completed => "completed",
        }
    }
}

/// An evidence file: checked records keep its absolute path and size; schema 1 kept the
/// path as typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FileRef {
    Checked { path: String, bytes: u64 },
    Typed(String),
}

impl FileRef {
    pub fn path(&self) -> &str {
        match self {
            FileRef::Checked { path, .. } | FileRef::Typed(path) => path,
        }
    }
}

/// `--file`: a readable regular file, `~` expanded against `home`, kept with its absolute
/// path and size.
pub fn check_file(typed: &str, home: Option<&Path>) -> Result<FileRef, String> {
    let path = match (typed.strip_prefix('~'), home) {
        (Some(rest), Some(home)) if rest.is_empty() || rest.starts_with('/') => {
            home.join(rest.trim_start_matches('/'))
        }
        _ => PathBuf::from(typed),
    };
    let shown = catalog::clean(typed);
    let meta = fs::metadata(&path).map_err(|e| {
        crate::t!(
            "err-file",
            file = shown.clone(),
            reason = crate::i18n::io_reason(&e)
        )
    })?;
    if !meta.is_file() {
        return Err(crate::t!(
            "err-file",
            file = shown,
            reason = crate::t!("rec-not-regular")
        ));
    }
    fs::File::open(&path).map_err(|e| {
        crate::t!(
            "err-file",
            file = shown.clone(),
            reason = crate::i18n::io_reason(&e)
        )
    })?;
    let absolute = std::path::absolute(&path).unwrap_or(path);
    Ok(FileRef::Checked {
        path: absolute.display().to_string(),
        bytes: meta.len(),
    })
}

/// An answer typed as one word on the command line (`--owner me`): the words a person may
/// type and the value each stands for. The command line builds its parsers from this, so
/// the vocabulary needs no command-line derive.
pub trait Word: Copy + Send + Sync + 'static {
    /// The values offered, in the order they are listed.
    const CHOICES: &'static [Self];
    fn word(self) -> &'static str;
    /// A description that is the same in every language (a language's own name).
    fn native(self) -> Option<&'static str> {
        None
    }
}

macro_rules! words {
    ($type:ident: $($value:ident => $word:literal),+ $(,)?) => {
        impl Word for $type {
            const CHOICES: &'static [Self] = &[$($type::$value),+];
            fn word(self) -> &'static str {
                match self {
                    $($type::$value => $word,)+
                }
            }
        }
    };
}

words!(Channel: Store => "store", Hotline => "hotline",
    Online => "online", Gosuslugi => "gosuslugi");
words!(Need: No => "no", Yes => "yes", Unsure => "unsure");
words!(Owner: Me => "me", Other => "other");
words!(Passport: Russian => "russian", Foreign => "foreign");
impl Word for Balance {
    // `Keep` is what a suspension does with the balance: never typed.
    const CHOICES: &'static [Self] = &[Balance::Refund, Balance::Transfer, Balance::None];
    fn word(self) -> &'static str {
        match self {
            Balance::Refund => "refund",
            Balance::Transfer => "transfer",
            Balance::None => "none",
            Balance::Keep => "keep",
        }
    }
}
words!(Prep: Contacts => "contacts", Sms => "sms", Banks => "banks",
    Gosuslugi => "gosuslugi", Messengers => "messengers",
    TwoFactor => "2fa", Telegram => "telegram", Whatsapp => "whatsapp",
    GosuslugiApp => "gosuslugi-app");

impl Word for Lang {
    const CHOICES: &'static [Self] = &Lang::ALL;
    fn word(self) -> &'static str {
        self.code()
    }
    fn native(self) -> Option<&'static str> {
        Some(self.name())
    }
}
