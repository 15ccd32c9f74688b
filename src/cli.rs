//! Command-line arguments. Every wizard question has a flag; flags that are given
//! pre-answer their questions, and without a terminal they are the only answers.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::answers::Word;

use crate::answers::{Balance, Owner, Passport, Prep, Status};
use crate::answers::{Need, Preset, Question};
use crate::catalog::{Action, Channel};
use crate::i18n::{self, Lang};

mod man;
pub use man::{completions, man_page};

/// What `--version` and `-V` print after the name: the crate's version and the `verified`
/// date of the built-in operator table, e.g. `0.1.0 (operator facts verified 2026-11-25)`.
/// The build script reads the date from the table it compiles.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (operator facts verified ",
    env!("SIMCANCEL_VERIFIED"),
    ")"
);

/// The built-in table's `verified` date, YYYY-MM-DD.
const VERIFIED: &str = env!("SIMCANCEL_VERIFIED");

#[derive(Debug, Parser)]
#[command(
    name = "simcancel",
    version = VERSION,
    about = "Cancel or suspend a Russian mobile SIM without losing money, data or accounts.",
    long_about = "Cancel or suspend a Russian mobile SIM without losing money, data or accounts.\n\n\
        In a terminal, simcancel asks its questions one by one; flags that are given answer \
        their question in advance. Without a terminal (or with --no-input) every answer \
        comes from a flag or a safe default, and --operator and --channel are required. \
        Either way it ends by writing a dated record of what was done."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// The wizard flags given with a subcommand, as typed (see [`Cli::from_matches`]).
    #[arg(skip)]
    pub given: Vec<String>,

    /// The wizard's answers and run options; with a subcommand they would do nothing.
    #[command(flatten)]
    pub answers: Answers,

    /// Operator table to use instead of the built-in one.
    #[arg(long, value_name = "FILE", global = true)]
    pub data: Option<PathBuf>,

    /// Where records are written [default: the platform data directory].
    #[arg(long, value_name = "DIR", env = "SIMCANCEL_RECORDS_DIR", global = true)]
    pub records_dir: Option<PathBuf>,

    /// When to use colour.
    ///
    /// --color always or never beats the environment. With auto: NO_COLOR (non-empty)
    /// turns colour off; otherwise CLICOLOR_FORCE (set, not 0) turns it on; otherwise
    /// CLICOLOR=0 turns it off; otherwise there is colour only when stdout is a terminal.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    /// Language of the messages [default: from LC_ALL, LC_MESSAGES or LANG, else en].
    #[arg(
        long,
        value_name = "LANG",
        value_parser = words::<Lang>(),
        env = "SIMCANCEL_LANG",
        global = true
    )]
    pub lang: Option<Lang>,
}

/// Every wizard question's flag, and the options of a wizard run. A question's flag is the
/// argument whose id is the question's id ([`Question::id`]): [`flag`] finds it there, so
/// no list of flags is kept by hand.
#[derive(Debug, Default, clap::Args)]
pub struct Answers {
    /// Operator id from the table (mts, beeline, megafon, …).
    #[arg(long, value_name = "ID", help_heading = "Answers")]
    pub operator: Option<String>,

    /// Cancel for good, suspend (voluntary block), re-register the number to someone else
    /// (transfer), keep it alive while away (keep), let it lapse (lapse), or compare the
    /// options first [default: cancel].
    #[arg(long, value_parser = words::<ActionArg>(), help_heading = "Answers")]
    pub action: Option<ActionArg>,

    /// For `--action decide`: will you need this number again?
    #[arg(long, value_parser = words::<Need>(), value_name = "ANSWER", help_heading = "Answers")]
    pub need_again: Option<Need>,

    /// For `--action decide`: in how many days you will need it again.
    #[arg(long, value_name = "DAYS", help_heading = "Answers")]
    pub back_in: Option<u32>,

    /// You are outside Russia: Gosuslugi, the app or a +7 number, or someone goes to the store for you.
    #[arg(long, help_heading = "Answers")]
    pub abroad: bool,

    /// Someone with your notarised power of attorney goes to the store for you.
    #[arg(long, help_heading = "Answers")]
    pub representative: bool,

    /// Whose name the contract is in [default: me].
    #[arg(long, value_parser = words::<Owner>(), help_heading = "Answers")]
    pub owner: Option<Owner>,

    /// Whose passport the contract is on: the rules of 2025 differ for foreigners.
    #[arg(long, value_parser = words::<Passport>(), help_heading = "Answers")]
    pub passport: Option<Passport>,

    /// You mean to leave the SIM with a friend: see the fine, and the legal way instead.
    #[arg(long, help_heading = "Answers")]
    pub leave_with_friend: bool,

    /// Preparation done, comma-separated [default: none confirmed].
    #[arg(
        long,
        value_parser = words::<Prep>(),
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
    #[arg(long, value_parser = words::<Balance>(), help_heading = "Answers")]
    pub balance: Option<Balance>,

    /// Where to do it: only channels the operator offers for the action.
    #[arg(long, value_parser = words::<Channel>(), help_heading = "Answers")]
    pub channel: Option<Channel>,

    /// Record it as planned: nothing done yet (the default).
    #[arg(long, conflicts_with_all = ["started", "status"], help_heading = "Evidence")]
    pub planned: bool,

    /// Record it as started: a step taken that does not end it (a call made, a block
    /// requested, an application filed).
    #[arg(long, conflicts_with = "status", help_heading = "Evidence")]
    pub started: bool,

    /// Record it as completed: the contract ended, or the block is on.
    #[arg(long, id = "status", help_heading = "Evidence")]
    pub completed: bool,

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

    /// The subscriber's name as in the passport, in Latin letters (e.g. LI WEI), for the Russian
    /// application letter (never a passport number).
    #[arg(long, value_name = "TEXT", help_heading = "Letter")]
    pub name: Option<String>,

    /// The subscriber's name in Cyrillic as in the contract or the notarised passport
    /// translation (e.g. ЛИ ВЭЙ), for the Russian documents.
    #[arg(long, value_name = "TEXT", help_heading = "Letter")]
    pub name_ru: Option<String>,

    /// The subscriber's citizenship, in Russian (e.g. Китайская Народная Республика), for the
    /// Russian documents.
    #[arg(long, value_name = "TEXT", help_heading = "Letter")]
    pub citizenship: Option<String>,

    /// The phone number being cancelled, for the application letter.
    #[arg(long, value_name = "PHONE", help_heading = "Letter")]
    pub number: Option<String>,

    /// Do not write the Russian application letter.
    #[arg(long, help_heading = "Letter")]
    pub no_letter: bool,

    /// Never ask: take every answer from flags and defaults, even in a terminal.
    #[arg(long)]
    pub no_input: bool,
}

impl Cli {
    /// Parses the command line, also noting which wizard flags were given with a
    /// subcommand. Without one they are not spelled: that builds the command line again,
    /// which the start-up of every run would pay for (benches/bench.sh).
    pub fn from_matches(mut matches: clap::ArgMatches) -> Result<Cli, clap::Error> {
        let ids: Vec<clap::Id> = (matches.get_many::<clap::Id>("Answers"))
            .into_iter()
            .flatten()
            .cloned()
            .collect();
        let mut cli = <Cli as clap::FromArgMatches>::from_arg_matches_mut(&mut matches)?;
        if cli.command.is_some() && !ids.is_empty() {
            let cmd = <Cli as clap::CommandFactory>::command();
            cli.given = ids
                .iter()
                .filter_map(|id| cmd.get_arguments().find(|a| a.get_id() == id))
                .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
                .collect();
        }
        Ok(cli)
    }

    /// Wizard flags given together with a subcommand, which would silently do nothing.
    pub fn wizard_flags(&self) -> &[String] {
        &self.given
    }
}

/// The flag that answers `question`: the argument declared with the question's id.
pub fn flag(question: Question) -> String {
    let cmd = <Cli as clap::CommandFactory>::command();
    cmd.get_arguments()
        .find(|a| a.get_id() == question.id())
        .and_then(|a| a.get_long())
        .map_or_else(|| question.id().to_owned(), |long| format!("--{long}"))
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
            cmd = cmd.about(first_sentence(&about)).long_about(about);
        }
        let ids: Vec<String> = cmd
            .get_arguments()
            .map(|a| a.get_id().to_string())
            .collect();
        for id in ids {
            let arg_key = key(&id.replace('_', "-"));
            if let Some(help) = i18n::lookup_opt(lang, &arg_key) {
                cmd = cmd.mut_arg(&id, |a| a.help(help));
            }
            if let Some(long) = i18n::lookup_opt(lang, &format!("{arg_key}-long")) {
                cmd = cmd.mut_arg(&id, |a| a.long_help(long));
            }
            cmd = cmd.mut_arg(&id, |a| {
                let heading = a.get_help_heading().map(|h| h.to_lowercase());
                match heading.and_then(|h| i18n::lookup_opt(lang, &format!("help-heading-{h}"))) {
                    Some(heading) => a.help_heading(heading),
                    None => a,
                }
            });
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
    cmd = describe::<ActionArg>(cmd, "action", lang);
    cmd = describe::<Need>(cmd, "need_again", lang);
    cmd = describe::<Owner>(cmd, "owner", lang);
    cmd = describe::<Passport>(cmd, "passport", lang);
    cmd = describe::<Balance>(cmd, "balance", lang);
    cmd = describe::<Channel>(cmd, "channel", lang);
    cmd = describe::<Lang>(cmd, "lang", lang);
    if let Some(examples) = i18n::lookup_opt(lang, "help-examples") {
        cmd = cmd.after_help(examples.clone()).after_long_help(examples);
    }
    crate::help_words::translate(cmd, lang)
}

/// The parser of a one-word answer: the words of [`Word::CHOICES`], listed in `--help`
/// and in completions.
pub fn words<W: Word>() -> WordParser<W> {
    WordParser {
        values: W::CHOICES
            .iter()
            .map(|w| {
                let value = clap::builder::PossibleValue::new(w.word());
                match w.native() {
                    Some(name) => value.help(name),
                    None => value,
                }
            })
            .collect(),
        words: std::marker::PhantomData,
    }
}

/// Describes the values of the argument `id` in `lang`, from `help-{id}-value-{word}`.
fn describe<W: Word>(cmd: clap::Command, id: &str, lang: Lang) -> clap::Command {
    let parser = described::<W>(id, lang);
    cmd.mut_arg(id, |a| a.value_parser(parser))
}

/// The parser of the argument `id`, its values described as [`describe`] says.
fn described<W: Word>(id: &str, lang: Lang) -> WordParser<W> {
    let mut parser = words::<W>();
    parser.values = W::CHOICES
        .iter()
        .map(|w| {
            let key = format!("help-{}-value-{}", id.replace('_', "-"), w.word());
            let value = clap::builder::PossibleValue::new(w.word());
            match w
                .native()
                .map(str::to_owned)
                .or_else(|| i18n::lookup_opt(lang, &key))
            {
                Some(help) => value.help(help),
                None => value,
            }
        })
        .collect();
    parser
}

/// Parses one of a [`Word`]'s words, with clap's own message for any other.
#[derive(Clone)]
pub struct WordParser<W: Word> {
    values: Vec<clap::builder::PossibleValue>,
    words: std::marker::PhantomData<W>,
}

impl<W: Word> clap::builder::TypedValueParser for WordParser<W> {
    type Value = W;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<W, clap::Error> {
        let typed = clap::builder::PossibleValuesParser::new(self.values.clone())
            .parse_ref(cmd, arg, value)?;
        Ok(*W::CHOICES
            .iter()
            .find(|w| w.word() == typed)
            .expect("the parser offers only the choices' words"))
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(self.values.iter().cloned()))
    }
}

/// The first sentence of `text`: up to a full stop that ends a sentence (one followed by a
/// space or the end, so that `.ics` or `data.toml` do not cut it), or a Chinese `。`.
pub fn first_sentence(text: &str) -> String {
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if c == '。' || (c == '.' && next.is_none_or(char::is_whitespace)) {
            return text[..i + c.len_utf8()].to_owned();
        }
    }
    text.to_owned()
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print a shell completion script to standard output
    ///
    /// Save it where your shell looks for completions:
    ///
    ///   bash  simcancel completions bash \
    ///           > ~/.local/share/bash-completion/completions/simcancel
    ///   zsh   simcancel completions zsh > ~/.zfunc/_simcancel
    ///         (with `fpath=(~/.zfunc $fpath)` before `compinit` in ~/.zshrc)
    ///   fish  simcancel completions fish > ~/.config/fish/completions/simcancel.fish
    ///   powershell: add this line to $PROFILE
    ///         simcancel completions powershell | Out-String | Invoke-Expression
    #[command(verbatim_doc_comment, display_order = 100)]
    Completions {
        /// The shell to complete in.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) to standard output
    ///
    /// Save it where man looks, then read it with `man simcancel`:
    ///
    ///   simcancel man > ~/.local/share/man/man1/simcancel.1
    #[command(verbatim_doc_comment, display_order = 101)]
    Man,
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
        /// One record a line with every column, however wide (else it fits 80 columns).
        #[arg(long, conflicts_with = "json")]
        wide: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum RecordsCommand {
    /// Print one record: its stage, dates, what was done, phrases and follow-ups.
    Show {
        /// A record's path, or its file name in the records directory.
        file: PathBuf,
        /// How to print it: for people, or the record as TOML or JSON.
        #[arg(long, value_enum, default_value_t = ShowFormat::Human)]
        format: ShowFormat,
    },
    /// Print a record's Russian sentences, each with its translation beneath, to show at the counter.
    Card {
        /// A record's path, or its file name in the records directory.
        file: PathBuf,
    },
    /// Turn a planned record into a completed one; the planned version is kept.
    Done {
        /// A record's path, or its file name in the records directory.
        file: PathBuf,
        /// Mark this follow-up (its number in `records show`) done instead.
        #[arg(long, value_name = "N", conflicts_with_all = ["when", "reference", "contact", "note"])]
        follow_up: Option<usize>,
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
pub enum ShowFormat {
    /// For people, in the chosen language.
    Human,
    /// The record file as it is.
    Toml,
    /// The record as JSON.
    Json,
}

/// `--action`: an end, or "decide", which compares some of them first and is not one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionArg {
    End(Action),
    Decide,
}

/// The values of `--action` in the order of the wizard's menu, from the ends' table.
const ACTION_ARGS: [ActionArg; crate::ends::MENU.len()] = {
    let mut out = [ActionArg::Decide; crate::ends::MENU.len()];
    let mut i = 0;
    while i < out.len() {
        if let Some(end) = crate::ends::MENU[i] {
            out[i] = ActionArg::End(end);
        }
        i += 1;
    }
    out
};

impl Word for ActionArg {
    const CHOICES: &'static [Self] = &ACTION_ARGS;
    fn word(self) -> &'static str {
        match self {
            ActionArg::End(end) => end.id(),
            ActionArg::Decide => "decide",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl Answers {
    pub fn preset(&self) -> Preset {
        let text = |s: &Option<String>| s.clone();
        Preset {
            operator: self.operator.clone(),
            action: match self.action {
                Some(ActionArg::End(end)) => Some(end),
                Some(ActionArg::Decide) | None => None,
            },
            decide: self.action == Some(ActionArg::Decide),
            need: self.need_again,
            back_in: self.back_in,
            abroad: self.abroad.then_some(true),
            owner: self.owner,
            passport: self.passport,
            handover: self.leave_with_friend,
            done: if self.yes {
                Some(Prep::ALL.to_vec())
            } else {
                self.done.clone()
            },
            balance: self.balance,
            channel: self.channel,
            representative: self.representative.then_some(true),
            stage: if self.completed {
                Some(Status::Completed)
            } else if self.started {
                Some(Status::Started)
            } else {
                self.planned.then_some(Status::Planned)
            },
            when: text(&self.when),
            reference: text(&self.reference),
            contact: text(&self.contact),
            files: (!self.files.is_empty()).then(|| self.files.clone()),
            note: text(&self.note),
            name: text(&self.name),
            name_ru: text(&self.name_ru),
            citizenship: text(&self.citizenship),
            number: text(&self.number),
            letter: !self.no_letter,
            check_file: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn every_question_is_answered_by_a_flag_of_its_own() {
        let cmd = Cli::command();
        let mut seen = std::collections::BTreeSet::new();
        for q in Question::ALL {
            let flag = flag(q);
            assert!(seen.insert(flag.clone()), "{flag} answers two questions");
            let long = flag
                .strip_prefix("--")
                .unwrap_or_else(|| panic!("{q:?}: {flag}"));
            assert!(
                cmd.get_arguments().any(|a| a.get_long() == Some(long)),
                "{q:?}: no {flag} on the command line"
            );
        }
    }

    #[test]
    fn every_wizard_flag_is_refused_with_a_subcommand() {
        let cmd = Cli::command();
        for arg in cmd.get_arguments().filter(|a| !a.is_global_set()) {
            let Some(long) = arg.get_long() else { continue };
            if ["help", "version"].contains(&long) {
                continue;
            }
            let flag = format!("--{long}");
            let mut args = vec!["simcancel".to_owned(), flag.clone()];
            if arg.get_action().takes_values() {
                let value = arg
                    .get_possible_values()
                    .first()
                    .map(|v| v.get_name().to_owned());
                args.push(value.unwrap_or_else(|| "1".to_owned()));
            }
            args.push("operators".to_owned());
            let matches = Cli::command()
                .try_get_matches_from(&args)
                .unwrap_or_else(|e| panic!("{args:?}: {e}"));
            let cli = Cli::from_matches(matches).unwrap();
            assert_eq!(cli.wizard_flags(), std::slice::from_ref(&flag), "{args:?}");
        }
    }

    /// `--action` takes every end by its id and "decide", in the wizard's menu order, from
    /// the ends' table: no list of its own to forget.
    #[test]
    fn action_takes_every_end_and_decide_in_the_menus_order() {
        let cmd = Cli::command();
        let arg = cmd
            .get_arguments()
            .find(|a| a.get_id() == "action")
            .unwrap();
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .map(|v| v.get_name().to_owned())
            .collect();
        // The menu's order itself is pinned where it is made (`ends::MENU`).
        let menu = crate::ends::MENU.map(|a| a.map_or("decide", Action::id));
        assert_eq!(values, menu);
        let preset = |value: &str| {
            let matches = Cli::command()
                .try_get_matches_from(["simcancel", "--action", value])
                .unwrap();
            let p = Cli::from_matches(matches).unwrap().answers.preset();
            (p.action, p.decide)
        };
        for a in Action::ALL {
            assert_eq!(preset(a.id()), (Some(a), false), "{a:?}");
        }
        assert_eq!(preset("decide"), (None, true));
        assert!(
            Cli::command()
                .try_get_matches_from(["simcancel", "--action", "pause"])
                .is_err()
        );
    }

    /// The completion scripts describe `--action`'s values as English `--help` does, and
    /// list the flag where it is declared.
    #[test]
    fn completions_describe_the_ends_and_keep_the_flags_order() {
        let zsh = String::from_utf8(completions(clap_complete::Shell::Zsh)).unwrap();
        assert!(
            zsh.contains(r#"cancel\:"End the contract for good""#),
            "{zsh}"
        );
        assert!(zsh.contains(r#"decide\:"Compare cancelling"#), "{zsh}");
        let at = |flag: &str| zsh.find(flag).unwrap_or_else(|| panic!("{flag}: {zsh}"));
        assert!(at("'--action=") < at("'--need-again="), "{zsh}");
    }

    #[test]
    fn a_first_sentence_ends_at_a_full_stop_before_a_space_or_the_end() {
        assert_eq!(
            first_sentence("Check data.toml now. Then go."),
            "Check data.toml now."
        );
        assert_eq!(
            first_sentence("Write it (.ics) here."),
            "Write it (.ics) here."
        );
        assert_eq!(
            first_sentence("写成 iCalendar（.ics）文件。然后"),
            "写成 iCalendar（.ics）文件。"
        );
        assert_eq!(first_sentence("No stop at all"), "No stop at all");
    }

    #[test]
    fn version_names_the_built_in_tables_verified_date() {
        let verified = crate::catalog::embedded().unwrap().verified.to_string();
        let expected = format!(
            "{} (operator facts verified {verified})",
            env!("CARGO_PKG_VERSION")
        );
        assert_eq!(VERSION, expected);
        assert_eq!(Cli::command().get_version(), Some(expected.as_str()));
    }

    #[test]
    fn the_examples_fit_80_columns_and_the_man_page_has_them() {
        let examples = i18n::lookup_opt(Lang::En, "help-examples").unwrap();
        for line in examples.lines() {
            assert!(line.chars().count() <= 80, "too wide for --help: {line}");
        }
        let page = String::from_utf8(man_page().unwrap()).unwrap();
        assert!(page.starts_with(".TH SIMCANCEL 1 "), "{page}");
        assert_eq!(page.matches(".ds Aq").count(), 2, "one preamble: {page}");
        for section in [
            "NAME", "SYNOPSIS", "ANSWERS", "EVIDENCE", "COMMANDS", "EXAMPLES",
        ] {
            assert!(
                page.contains(&format!(".SH {section}\n")),
                "{section}: {page}"
            );
        }
        // The continued example is one command in the page.
        assert!(
            page.contains(r"\-\-channel store \-\-planned \-\-no\-input"),
            "{page}"
        );
    }
}
