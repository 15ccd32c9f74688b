//! What the flow asks and shows, and the interface it asks through. Nothing here knows the
//! command line: a [`Question`] is spelled as a flag only by the CLI layer.

use crate::catalog::{Action, Channel};
use crate::error::Error;
use crate::record::{Balance, FileRef, Owner, Passport, Prep, Status};

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
    /// "Some items are not done: go on?"
    DoneAnyway,
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
        Question::DoneAnyway,
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
    ];
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
}

/// Answers the wizard's questions. Implementations: the terminal (dialoguer), the flags
/// (no terminal), and scripted answers in tests. A person may answer any question with
/// [`Error::Back`] (Escape): the flow then asks the previous question again.
pub trait Prompter {
    /// Whether a person is answering; decides if a bad pre-answer is re-asked or fatal.
    fn interactive(&self) -> bool;
    fn select(&mut self, ask: &Ask, choices: &[Choice], default: usize) -> Result<usize, Error>;
    /// Returns one tick per item; `ticked` is what is ticked to begin with.
    fn checklist(
        &mut self,
        ask: &Ask,
        items: &[Choice],
        ticked: &[bool],
    ) -> Result<Vec<bool>, Error>;
    fn confirm(&mut self, ask: &Ask, default: bool) -> Result<bool, Error>;
    fn text(&mut self, ask: &Ask, default: &str) -> Result<String, Error>;
    fn show(&mut self, block: &Block) -> Result<(), Error>;
}

/// Whether the number will be needed again (the first "help me decide" question).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
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
