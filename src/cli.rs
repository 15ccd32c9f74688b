//! Command-line arguments. Every wizard question has a flag; flags that are given
//! pre-answer their questions, and without a terminal they are the only answers.

use std::path::PathBuf;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use crate::catalog::{Action, Channel};
use crate::i18n::{self, Lang};
use crate::record::{Balance, Owner, Prep};
use crate::wizard::{Need, Preset};

const EXAMPLES: &str = "\
Examples:
  simcancel
      The wizard: in a terminal, every question is asked in turn.
  simcancel --operator mts --channel online
      No questions: prints the steps for cancelling an MTS SIM online and writes
      the record. In a terminal, the flags answer their questions and the rest
      are asked.
  simcancel --operator beeline --action suspend --channel store \\
            --planned --no-input
      Plan a voluntary block at a Beeline store, never asking anything.
  simcancel operators
      List the operators and the channels each offers.
  simcancel completions fish > ~/.config/fish/completions/simcancel.fish
      Install tab completion (bash, zsh, powershell and elvish too: see
      `simcancel completions --help`).
  simcancel man > ~/.local/share/man/man1/simcancel.1
      Install the manual page.";

/// What `--version` and `-V` print after the name: the crate's version and the `verified`
/// date of the built-in operator table, e.g. `0.1.0 (operator facts verified 2026-11-25)`.
/// Worked out while compiling, so start-up does no extra work.
pub const VERSION: &str = version::TEXT;

#[derive(Debug, Parser)]
#[command(
    name = "simcancel",
    version = VERSION,
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

    /// The subscriber's name as in the contract, for the Russian application letter (never a
    /// passport number).
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
    ///
    /// --color always or never beats the environment. With auto: NO_COLOR (non-empty)
    /// turns colour off; otherwise CLICOLOR_FORCE (set, not 0) turns it on; otherwise
    /// CLICOLOR=0 turns it off; otherwise there is colour only when stdout is a terminal.
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

    /// The flags given that answer "Help me decide".
    fn decide_flags(&self) -> Vec<&'static str> {
        [
            ("--need-again", self.need.is_some()),
            ("--back-in", self.back_in.is_some()),
        ]
        .into_iter()
        .filter_map(|(f, given)| given.then_some(f))
        .collect()
    }

    /// Answers that contradict each other, in the user's words; clap cannot express a
    /// conflict with one value of a flag. Checked before any guidance is shown.
    pub fn contradiction(&self, interactive: bool) -> Option<String> {
        let decide_flags = self.decide_flags();
        if decide_flags.is_empty() {
            return None;
        }
        let flags = decide_flags.join(", ");
        let count = decide_flags.len();
        let action = match self.action {
            Some(ActionArg::Cancel) => "cancel",
            Some(ActionArg::Suspend) => "suspend",
            Some(ActionArg::Decide) => "decide",
            // In a terminal the menu can still lead to "Help me decide"; without one the
            // action defaults to cancel, which would drop these answers unseen.
            None if interactive => "decide",
            None => {
                return Some(crate::t!(
                    "err-decide-flags-no-action",
                    flags = flags,
                    count = count
                ));
            }
        };
        if action != "decide" {
            return Some(crate::t!(
                "err-decide-flags",
                flags = flags,
                count = count,
                action = action
            ));
        }
        match (self.need, self.back_in) {
            (Some(Need::No | Need::Unsure), Some(_)) => Some(crate::t!("err-back-in-need")),
            _ => None,
        }
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
    cmd = describe::<Need>(cmd, "need", lang);
    cmd = describe::<Owner>(cmd, "owner", lang);
    cmd = describe::<Balance>(cmd, "balance", lang);
    cmd = describe::<Channel>(cmd, "channel", lang);
    if let Some(examples) = i18n::lookup_opt(lang, "help-examples") {
        cmd = cmd.after_help(examples.clone()).after_long_help(examples);
    }
    crate::help_words::translate(cmd, lang)
}

/// Describes the values of the argument `id` in `lang`, from `help-{id}-value-{name}`
/// ids; clap takes them from the enum's doc comments, in English.
fn describe<E: ValueEnum + Clone + Send + Sync + 'static>(
    cmd: clap::Command,
    id: &str,
    lang: Lang,
) -> clap::Command {
    let values = E::value_variants()
        .iter()
        .filter_map(ValueEnum::to_possible_value)
        .map(
            |v| match i18n::lookup_opt(lang, &format!("help-{id}-value-{}", v.get_name())) {
                Some(help) => v.help(help),
                None => v,
            },
        )
        .collect();
    cmd.mut_arg(id, |a| {
        a.value_parser(Described::<E> {
            values,
            parse: clap::builder::EnumValueParser::new(),
        })
    })
}

/// Parses like clap's own parser for `E`, and lists the values with translated help.
#[derive(Clone)]
struct Described<E: ValueEnum + Clone + Send + Sync + 'static> {
    values: Vec<clap::builder::PossibleValue>,
    parse: clap::builder::EnumValueParser<E>,
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> clap::builder::TypedValueParser
    for Described<E>
{
    type Value = E;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<E, clap::Error> {
        self.parse.parse_ref(cmd, arg, value)
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

/// The completion script for `shell`.
pub fn completions(shell: clap_complete::Shell) -> Vec<u8> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "simcancel", &mut script);
    script
}

/// The manual page. clap_mangen renders the name, synopsis, description, options and
/// version; the commands, examples and environment are written here for a single page
/// (there are no `simcancel-check-data(1)` pages to point to).
pub fn man_page() -> std::io::Result<Vec<u8>> {
    use roff::{Roff, bold, italic, roman};

    let cmd = Cli::command();
    let man = clap_mangen::Man::new(cmd.clone())
        .title("SIMCANCEL")
        .date(version::VERIFIED)
        .source(concat!("simcancel ", env!("CARGO_PKG_VERSION")))
        .manual("User Commands");
    type Render = fn(&clap_mangen::Man, &mut dyn std::io::Write) -> std::io::Result<()>;
    let render = |section: Render| -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        section(&man, &mut out)?;
        Ok(out)
    };

    let mut more = Roff::new();
    more.control("SH", ["COMMANDS"]);
    let mut subs: Vec<&clap::Command> =
        cmd.get_subcommands().filter(|s| !s.is_hide_set()).collect();
    subs.sort_by_key(|s| s.get_display_order());
    for sub in subs {
        let mut usage = vec![bold(format!("simcancel {}", sub.get_name()))];
        for arg in sub.get_arguments().filter(|a| !a.is_hide_set()) {
            usage.push(roman(" "));
            if let Some(long) = arg.get_long() {
                usage.extend([roman("["), bold(format!("--{long}")), roman("]")]);
            } else if arg.is_required_set() {
                let values: Vec<String> = arg
                    .get_possible_values()
                    .iter()
                    .map(|v| v.get_name().to_owned())
                    .collect();
                usage.push(italic(values.join("|")));
            } else {
                let name = arg.get_id().as_str().to_uppercase();
                usage.extend([roman("["), italic(name), roman("]")]);
            }
        }
        more.control("TP", []).text(usage);
        if let Some(about) = sub.get_about() {
            more.text([roman(about.to_string())]);
        }
    }

    more.control("SH", ["EXAMPLES"]);
    let mut lines = EXAMPLES.lines().skip(1).peekable();
    while let Some(line) = lines.next() {
        let mut command = line.trim().to_owned();
        while let Some(rest) = command.strip_suffix('\\') {
            let next = lines.next().unwrap_or_default().trim();
            command = format!("{}{next}", rest);
        }
        let mut text = Vec::new();
        while let Some(l) = lines.next_if(|l| l.starts_with("      ")) {
            text.push(l.trim());
        }
        more.control("TP", [])
            .text([bold(command)])
            .text([roman(text.join(" "))]);
    }

    more.control("SH", ["ENVIRONMENT"]);
    for (name, meaning) in [
        (
            "SIMCANCEL_RECORDS_DIR",
            "Where records are written, unless --records-dir is given.",
        ),
        ("NO_COLOR", "Non-empty: no colour (unless --color always)."),
        (
            "CLICOLOR_FORCE",
            "Set and not 0: colour even when stdout is not a terminal (unless NO_COLOR or --color never).",
        ),
        (
            "CLICOLOR",
            "0: no colour (unless CLICOLOR_FORCE or --color always).",
        ),
    ] {
        more.control("TP", [])
            .text([bold(name)])
            .text([roman(meaning)]);
    }

    // Each rendering starts with the same preamble (it defines the apostrophe string);
    // keep one copy, after `.TH`, so the page starts like any other man page.
    let preamble = Roff::new().render();
    let parts = [
        render(clap_mangen::Man::render_title)?,
        preamble.clone().into_bytes(),
        render(clap_mangen::Man::render_name_section)?,
        render(clap_mangen::Man::render_synopsis_section)?,
        render(clap_mangen::Man::render_description_section)?,
        render(clap_mangen::Man::render_options_section)?,
        more.render().into_bytes(),
        render(clap_mangen::Man::render_version_section)?,
    ];
    let mut page = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        let part = match i {
            1 => part,
            _ => part.strip_prefix(preamble.as_bytes()).unwrap_or(part),
        };
        page.extend_from_slice(part);
    }
    Ok(page)
}

/// The `--version` text, built at compile time from `Cargo.toml`'s version and the first
/// top-level `verified = YYYY-MM-DD` line of the built-in table (a build error if missing).
mod version {
    use crate::catalog::EMBEDDED;

    const CRATE: &str = env!("CARGO_PKG_VERSION");
    const MIDDLE: &str = " (operator facts verified ";
    const LEN: usize = CRATE.len() + MIDDLE.len() + 10 + 1;

    /// The date after `verified =` in the table's top-level keys (before its first `[`).
    pub(super) const fn verified_date(text: &[u8]) -> [u8; 10] {
        let key = b"verified";
        let mut i = 0;
        while i < text.len() {
            let line_start = i == 0 || text[i - 1] == b'\n';
            if line_start && text[i] == b'[' {
                break;
            }
            if line_start && starts_with(text, i, key) {
                let mut j = skip_blanks(text, i + key.len());
                if j < text.len() && text[j] == b'=' {
                    j = skip_blanks(text, j + 1);
                    if j + 10 <= text.len() {
                        let mut date = [0u8; 10];
                        let mut k = 0;
                        while k < 10 {
                            date[k] = text[j + k];
                            let ok = if k == 4 || k == 7 {
                                date[k] == b'-'
                            } else {
                                date[k].is_ascii_digit()
                            };
                            if !ok {
                                panic!("the built-in table's `verified` is not a YYYY-MM-DD date");
                            }
                            k += 1;
                        }
                        return date;
                    }
                }
            }
            i += 1;
        }
        panic!("the built-in table has no top-level `verified = YYYY-MM-DD` line")
    }

    const fn starts_with(text: &[u8], at: usize, prefix: &[u8]) -> bool {
        if at + prefix.len() > text.len() {
            return false;
        }
        let mut k = 0;
        while k < prefix.len() {
            if text[at + k] != prefix[k] {
                return false;
            }
            k += 1;
        }
        true
    }

    const fn skip_blanks(text: &[u8], mut at: usize) -> usize {
        while at < text.len() && (text[at] == b' ' || text[at] == b'\t') {
            at += 1;
        }
        at
    }

    const fn copy(out: &mut [u8; LEN], at: usize, from: &[u8]) -> usize {
        let mut k = 0;
        while k < from.len() {
            out[at + k] = from[k];
            k += 1;
        }
        at + from.len()
    }

    const BYTES: [u8; LEN] = {
        let mut out = [0u8; LEN];
        let mut at = copy(&mut out, 0, CRATE.as_bytes());
        at = copy(&mut out, at, MIDDLE.as_bytes());
        at = copy(&mut out, at, &DATE);
        out[at] = b')';
        out
    };

    /// The built-in table's `verified` date, YYYY-MM-DD.
    pub(super) const VERIFIED: &str = match std::str::from_utf8(&DATE) {
        Ok(text) => text,
        Err(_) => panic!("the verified date is not UTF-8"),
    };
    const DATE: [u8; 10] = verified_date(EMBEDDED.as_bytes());

    pub(super) const TEXT: &str = match std::str::from_utf8(&BYTES) {
        Ok(text) => text,
        Err(_) => panic!("the --version text is not UTF-8"),
    };
}

#[cfg(test)]
mod tests {
    use super::version::verified_date;
    use super::*;

    #[test]
    fn decide_answers_without_an_action_wait_for_the_menu_only_in_a_terminal() {
        let cli =
            Cli::try_parse_from(["simcancel", "--need-again", "yes", "--back-in", "9"]).unwrap();
        assert_eq!(cli.contradiction(true), None);
        assert!(cli.contradiction(false).is_some());
        let decide =
            Cli::try_parse_from(["simcancel", "--action", "decide", "--need-again", "yes"])
                .unwrap();
        assert_eq!(decide.contradiction(false), None);
        let cancel =
            Cli::try_parse_from(["simcancel", "--action", "cancel", "--back-in", "9"]).unwrap();
        assert!(cancel.contradiction(true).is_some());
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
    fn the_verified_date_is_the_top_level_key_only() {
        let text = b"# verified = 1999-01-01 in a comment\nunverified = 1\nschema = 1\n\
                     verified\t=  2026-11-25\n[general]\nverified = 2000-01-01\n";
        assert_eq!(&verified_date(text), b"2026-11-25");
    }

    #[test]
    fn the_examples_fit_80_columns_and_the_man_page_has_them() {
        for line in EXAMPLES.lines() {
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
