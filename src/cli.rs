//! Command-line arguments. Every wizard question has a flag; flags that are given
//! pre-answer their questions, and without a terminal they are the only answers.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::catalog::{Action, Channel};
use crate::i18n::{self, Lang};
use crate::record::{Balance, Owner, Prep};
use crate::wizard::{Need, Preset};

const EXAMPLES: &str = "\
Examples:
  simcancel
      Start the wizard in a terminal: every question is asked.
  simcancel --operator mts --channel online
      Run without questions (or pre-answer them): the guidance is printed and the record
      is written.
  simcancel --operator beeline --action suspend --channel store --planned --no-input
      Plan a voluntary block at a Beeline office, without any question.";

#[derive(Debug, Parser)]
#[command(
    name = "simcancel",
    version,
    about = "Cancel or suspend a Russian mobile SIM without losing money, data or accounts.",
    long_about = "Cancel or suspend a Russian mobile SIM without losing money, data or accounts.\n\n\
        In a terminal, simcancel asks its questions one by one; flags that are given answer \
        their question in advance. Without a terminal (or with --no-input) every answer \
        comes from a flag or a safe default, and --operator and --channel are required. \
        Either way it ends by writing a dated record of what was done.",
    after_help = EXAMPLES,
    after_long_help = EXAMPLES
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Operator id from the table (mts, beeline, megafon, …).
    #[arg(long, value_name = "ID", help_heading = "Answers")]
    pub operator: Option<String>,

    /// Cancel for good, suspend (voluntary block) to keep the number, or compare the
    /// options first [default: cancel].
    #[arg(long, value_enum, help_heading = "Answers")]
    pub action: Option<ActionArg>,

    /// For `--action decide`: will you need this number again?
    #[arg(
        long = "need-again",
        value_enum,
        value_name = "ANSWER",
        help_heading = "Answers"
    )]
    pub need: Option<Need>,

    /// For `--action decide`: in how many days you will need it again.
    #[arg(long, value_name = "DAYS", help_heading = "Answers")]
    pub back_in: Option<u32>,

    /// You are outside Russia: the store is out, the hotline is called on its +7 number.
    #[arg(long, help_heading = "Answers")]
    pub abroad: bool,

    /// Whose name the contract is in [default: me].
    #[arg(long, value_enum, help_heading = "Answers")]
    pub owner: Option<Owner>,

    /// Preparation done, comma-separated [default: none confirmed].
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        value_name = "ITEM,…",
        conflicts_with = "yes",
        help_heading = "Answers"
    )]
    pub done: Option<Vec<Prep>>,

    /// All preparation is done.
    #[arg(long, short = 'y', help_heading = "Answers")]
    pub yes: bool,

    /// What happens to the remaining balance [default: none].
    #[arg(long, value_enum, help_heading = "Answers")]
    pub balance: Option<Balance>,

    /// Where to do it: only channels the operator offers for the action.
    #[arg(long, value_enum, help_heading = "Answers")]
    pub channel: Option<Channel>,

    /// Record it as planned rather than done now.
    #[arg(long, help_heading = "Evidence")]
    pub planned: bool,

    /// When it was done or is planned: "YYYY-MM-DD HH:MM" or "YYYY-MM-DD" [default: now
    /// when done, empty when planned].
    #[arg(long, value_name = "DATE", help_heading = "Evidence")]
    pub when: Option<String>,

    /// Reference or ticket number the operator gave.
    #[arg(long, value_name = "TEXT", help_heading = "Evidence")]
    pub reference: Option<String>,

    /// Who: store address, agent's name.
    #[arg(long, value_name = "TEXT", help_heading = "Evidence")]
    pub contact: Option<String>,

    /// A screenshot or photo you keep as proof (repeatable).
    #[arg(long = "file", value_name = "PATH", help_heading = "Evidence")]
    pub files: Vec<String>,

    /// Anything else worth keeping.
    #[arg(long, value_name = "TEXT", help_heading = "Evidence")]
    pub note: Option<String>,

    /// Also write the follow-ups as an iCalendar file next to the record.
    #[arg(long, help_heading = "Evidence")]
    pub ics: bool,

    /// Your name, for the Russian application letter (never a passport number).
    #[arg(long, value_name = "TEXT", help_heading = "Letter")]
    pub name: Option<String>,

    /// The phone number being cancelled, for the application letter.
    #[arg(long, value_name = "PHONE", help_heading = "Letter")]
    pub number: Option<String>,

    /// Do not write the Russian application letter.
    #[arg(long, help_heading = "Letter")]
    pub no_letter: bool,

    /// Never ask: take every answer from flags and defaults, even in a terminal.
    #[arg(long)]
    pub no_input: bool,

    /// Operator table to use instead of the built-in one.
    #[arg(long, value_name = "FILE", global = true)]
    pub data: Option<PathBuf>,

    /// Where records are written [default: the platform data directory].
    #[arg(long, value_name = "DIR", env = "SIMCANCEL_RECORDS_DIR", global = true)]
    pub records_dir: Option<PathBuf>,

    /// When to use colour.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    /// Language of the messages [default: from LC_ALL, LC_MESSAGES or LANG, else en].
    #[arg(
        long,
        value_enum,
        value_name = "LANG",
        env = "SIMCANCEL_LANG",
        global = true
    )]
    pub lang: Option<Lang>,
}

impl Cli {
    /// Wizard flags given together with a subcommand, which would silently do nothing.
    pub fn wizard_flags(&self) -> Vec<&'static str> {
        let given = [
            ("--operator", self.operator.is_some()),
            ("--action", self.action.is_some()),
            ("--need-again", self.need.is_some()),
            ("--back-in", self.back_in.is_some()),
            ("--abroad", self.abroad),
            ("--owner", self.owner.is_some()),
            ("--done", self.done.is_some()),
            ("--yes", self.yes),
            ("--balance", self.balance.is_some()),
            ("--channel", self.channel.is_some()),
            ("--planned", self.planned),
            ("--when", self.when.is_some()),
            ("--reference", self.reference.is_some()),
            ("--contact", self.contact.is_some()),
            ("--file", !self.files.is_empty()),
            ("--note", self.note.is_some()),
            ("--ics", self.ics),
            ("--name", self.name.is_some()),
            ("--number", self.number.is_some()),
            ("--no-letter", self.no_letter),
            ("--no-input", self.no_input),
        ];
        given
            .into_iter()
            .filter(|(_, g)| *g)
            .map(|(f, _)| f)
            .collect()
    }
}

/// The command line, with its help texts in `lang` where a translation exists (clap's
/// own words, such as "Usage", stay as clap writes them).
pub fn command(lang: Lang) -> clap::Command {
    fn localize(cmd: clap::Command, path: &str, lang: Lang) -> clap::Command {
        let key = |what: &str| {
            if path.is_empty() {
                format!("help-{what}")
            } else {
                format!("help-{path}-{what}")
            }
        };
        let mut cmd = cmd;
        if let Some(about) = i18n::lookup_opt(lang, &key("about")) {
            // `-h` shows the first sentence, `--help` all of it.
            let first = about
                .split_inclusive(['.', '。'])
                .next()
                .unwrap_or(&about)
                .to_owned();
            cmd = cmd.about(first).long_about(about);
        }
        let ids: Vec<String> = cmd
            .get_arguments()
            .map(|a| a.get_id().to_string())
            .collect();
        for id in ids {
            if let Some(help) = i18n::lookup_opt(lang, &key(&id.replace('_', "-"))) {
                cmd = cmd.mut_arg(&id, |a| a.help(help));
            }
        }
        let subs: Vec<String> = cmd
            .get_subcommands()
            .map(|c| c.get_name().to_owned())
            .collect();
        for sub in subs {
            let sub_path = if path.is_empty() {
                sub.clone()
            } else {
                format!("{path}-{sub}")
            };
            cmd = cmd.mut_subcommand(&sub, |c| localize(c, &sub_path, lang));
        }
        cmd
    }
    let mut cmd = localize(<Cli as clap::CommandFactory>::command(), "", lang);
    if let Some(examples) = i18n::lookup_opt(lang, "help-examples") {
        cmd = cmd.after_help(examples.clone()).after_long_help(examples);
    }
    cmd
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate an operator table (the built-in one without FILE) and summarise it.
    CheckData {
        /// The table to check [default: --data, else the built-in table].
        file: Option<PathBuf>,
    },
    /// List the operators: id, name, hotline, and the channels for each action.
    Operators {
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
    },
    /// List past records, newest first, and the follow-ups that are due.
    Records {
        #[command(subcommand)]
        command: Option<RecordsCommand>,
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum RecordsCommand {
    /// Print one record.
    Show {
        /// A record's path, or its file name in the records directory.
        file: PathBuf,
    },
    /// Turn a planned record into a completed one; the planned version is kept.
    Done {
        /// A record's path, or its file name in the records directory.
        file: PathBuf,
        /// When it was done: "YYYY-MM-DD HH:MM" or "YYYY-MM-DD" [default: now].
        #[arg(long, value_name = "DATE")]
        when: Option<String>,
        /// Reference or ticket number the operator gave.
        #[arg(long, value_name = "TEXT")]
        reference: Option<String>,
        /// Who: store address, agent's name.
        #[arg(long, value_name = "TEXT")]
        contact: Option<String>,
        /// Anything else worth keeping.
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    /// Write a record's follow-ups as an iCalendar (.ics) file next to it.
    Ics {
        /// A record's path, or its file name in the records directory.
        file: PathBuf,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ActionArg {
    /// End the contract for good.
    Cancel,
    /// Voluntary block: keep the number.
    Suspend,
    /// Compare cancelling, suspending and letting it lapse, with dates.
    Decide,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl Cli {
    pub fn preset(&self) -> Preset {
        let text = |s: &Option<String>| s.clone();
        Preset {
            operator: self.operator.clone(),
            action: match self.action {
                Some(ActionArg::Cancel) => Some(Action::Cancel),
                Some(ActionArg::Suspend) => Some(Action::Suspend),
                Some(ActionArg::Decide) | None => None,
            },
            decide: self.action == Some(ActionArg::Decide),
            need: self.need,
            back_in: self.back_in,
            abroad: self.abroad.then_some(true),
            owner: self.owner,
            done: if self.yes {
                Some(Prep::ALL.to_vec())
            } else {
                self.done.clone()
            },
            balance: self.balance,
            channel: self.channel,
            planned: self.planned.then_some(true),
            when: text(&self.when),
            reference: text(&self.reference),
            contact: text(&self.contact),
            files: (!self.files.is_empty()).then(|| self.files.clone()),
            note: text(&self.note),
            name: text(&self.name),
            number: text(&self.number),
            letter: !self.no_letter,
        }
    }
}
