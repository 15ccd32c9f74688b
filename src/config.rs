//! The resolved configuration: everything the command line and the environment decide,
//! worked out once and checked before the first line of guidance. The flow then runs on
//! answers that are known to fit together, and a run that will fail without a terminal
//! prints nothing but its error.

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::answers::{Need, Preset, Question, Status, Word};
use crate::catalog::{self, Action, Catalog, Channel, Operator, Origin};
use crate::cli::{self, Cli, ColorChoice};
use crate::dates::Clock;
use crate::error::Error;
use crate::rules::{
    action_refusal, channel_refusal, check_answers, check_evidence_file, offered_channels,
    unknown_operator,
};
use crate::t;

/// What every command runs on, resolved once from the command line and the environment.
pub struct Config {
    pub color: bool,
    /// A person answers at a terminal; otherwise flags and defaults do.
    pub interactive: bool,
    pub clock: Clock,
    /// Where records are; `None` when the platform has no data directory and none was given.
    pub records_dir: Option<PathBuf>,
    /// `--data FILE`, else the built-in table.
    pub data: Option<PathBuf>,
}

impl Config {
    /// Resolves the settings every command shares.
    pub fn new(cli: &Cli, env: impl Fn(&str) -> Option<String>) -> Config {
        Config {
            color: color_enabled(cli.color, std::io::stdout().is_terminal(), &env),
            interactive: interactive(cli, &env),
            clock: clock(&env),
            records_dir: cli.records_dir.clone().or_else(default_records_dir),
            data: cli.data.clone(),
        }
    }

    /// The table this run uses, checked against today.
    pub fn catalog(&self) -> Result<Catalog, Error> {
        load_catalog(self.data.as_ref(), self.clock.now().date_naive())
    }

    /// The table for a run that may have named its operator: with the built-in table and
    /// an operator it has, that operator alone, which is all such a run reads.
    fn catalog_for(&self, operator: Option<&str>) -> Result<Catalog, Error> {
        if self.data.is_none()
            && let Some(only) = operator.and_then(crate::builtin::catalog_of)
        {
            return Ok(only);
        }
        self.catalog()
    }
}

/// A wizard run: the settings, the table, and the answers given, checked together.
pub struct WizardRun {
    pub config: Config,
    /// With an operator given, the table may hold that operator alone (see
    /// [`Config::catalog_for`]): the flow never offers another then.
    pub catalog: &'static Catalog,
    pub preset: Preset,
    /// Also write the follow-ups as a calendar file.
    pub ics: bool,
}

impl WizardRun {
    /// `--action decide` without a terminal: the comparison only, nothing recorded.
    pub fn compare_only(&self) -> bool {
        self.preset.decide && !self.config.interactive
    }
}

/// Colour on or off, first rule that applies: `--color always|never`; `NO_COLOR`
/// non-empty → off; `CLICOLOR_FORCE` set and not `0` → on; `CLICOLOR=0` → off; otherwise
/// on only when stdout is a terminal. (So `NO_COLOR` beats `CLICOLOR_FORCE`.)
pub fn color_enabled(
    choice: ColorChoice,
    stdout_is_terminal: bool,
    env: impl Fn(&str) -> Option<String>,
) -> bool {
    let set = |k: &str| env(k).is_some_and(|v| !v.is_empty() && v != "0");
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto if env("NO_COLOR").is_some_and(|v| !v.is_empty()) => false,
        ColorChoice::Auto if set("CLICOLOR_FORCE") => true,
        ColorChoice::Auto if env("CLICOLOR").as_deref() == Some("0") => false,
        ColorChoice::Auto => stdout_is_terminal,
    }
}

/// The real clock, or `SIMCANCEL_NOW` (RFC 3339) so that tests never depend on the real
/// clock or time zone.
fn clock(env: impl Fn(&str) -> Option<String>) -> Clock {
    env("SIMCANCEL_NOW")
        .and_then(|s| chrono::DateTime::parse_from_rfc3339(&s).ok())
        .map_or_else(Clock::system, Clock::pinned)
}

/// Whether a person can answer: not `--no-input`, not a dumb terminal (it cannot redraw a
/// list), and both stdin and stderr (where prompts draw) are terminals.
fn interactive(cli: &Cli, env: impl Fn(&str) -> Option<String>) -> bool {
    !cli.answers.no_input
        && env("TERM").is_none_or(|t| t != "dumb")
        && std::io::stdin().is_terminal()
        && std::io::stderr().is_terminal()
}

/// Loads `--data FILE`, or the built-in table; `today` is the date `verified` may not be
/// after (only the built-in table is exempt, see [`catalog::embedded`]).
pub fn load_catalog(path: Option<&PathBuf>, today: chrono::NaiveDate) -> Result<Catalog, Error> {
    match path {
        None => Ok(crate::builtin::catalog()),
        Some(p) => {
            let bytes = std::fs::read(p).map_err(|error| Error::DataUnreadable {
                path: p.clone(),
                error,
            })?;
            // Read, but not a table: bad data (65), located, not a missing input (66).
            let text = String::from_utf8(bytes).map_err(|e| {
                let message = t!("data-not-utf8", offset = e.utf8_error().valid_up_to());
                let origin = Origin::File(p.clone());
                Error::Data(catalog::not_utf8(&origin, &e, message, t!("hint-utf8")))
            })?;
            catalog::load(&text, Origin::File(p.clone()), today).map_err(Error::Data)
        }
    }
}

pub fn default_records_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "simcancel").map(|d| d.data_dir().join("records"))
}

impl WizardRun {
    /// Resolves a wizard run. Contradictions between flags are found before the table is
    /// even read, and everything the table can refuse (an unknown operator, a channel it
    /// does not offer) before the first line of guidance.
    pub fn new(cli: &Cli, config: Config) -> Result<WizardRun, Error> {
        let (clock, interactive) = (config.clock, config.interactive);
        if let Some(message) = decide_contradiction(cli, interactive) {
            return Err(Error::Usage(message));
        }
        let mut preset = cli.answers.preset();
        check_answers(&mut preset, clock)?;
        preset.check_file = Some(check_evidence_file);
        // The table lives until the process ends; freeing thousands of strings on the way
        // out is work nobody waits for.
        let catalog = config.catalog_for(preset.operator.as_deref())?;
        let catalog: &'static Catalog = Box::leak(Box::new(catalog));
        let op = match &preset.operator {
            Some(id) => Some(
                catalog
                    .operator(id)
                    .ok_or_else(|| unknown_operator(catalog, id))?,
            ),
            None => None,
        };
        // An end the operator's data has no route for cannot be asked for again in a
        // terminal either: refused before the first line of guidance.
        if let (Some(op), Some(action)) = (op, preset.action)
            && !crate::rules::offers(op, action)
        {
            return Err(Error::refused(
                &[(Question::Action, Some(action.id()))],
                action_refusal(op, action),
            ));
        }
        let run = WizardRun {
            config,
            catalog,
            preset,
            ics: cli.answers.ics,
        };
        if !interactive {
            run.check_without_terminal(op)?;
        }
        Ok(run)
    }

    /// Without a terminal nothing can be asked again: every answer must be there and fit.
    fn check_without_terminal(&self, op: Option<&Operator>) -> Result<(), Error> {
        let p = &self.preset;
        // In a terminal the letter step asks again for the Latin spelling.
        if let Some(name) = &p.name
            && !crate::letter::name_fits(name)
        {
            return Err(Error::refused(
                &[(Question::Name, Some(name))],
                t!("err-name-script"),
            ));
        }
        let mut missing = Vec::new();
        if p.operator.is_none() {
            missing.push(Question::Operator);
        }
        // Keeping a number alive needs no channel: the data's route is taken. Letting it
        // lapse has none at all.
        let channel_free = p.action.is_some_and(|a| !a.end().channel.is_chosen());
        if p.channel.is_none() && !self.compare_only() && !channel_free {
            missing.push(Question::Channel);
        }
        if !missing.is_empty() {
            return Err(Error::MissingAnswers(missing));
        }
        let (Some(op), Some(channel)) = (op, p.channel) else {
            return Ok(());
        };
        if self.compare_only() {
            return Ok(());
        }
        // Without a terminal the action is the one given, else cancel.
        let action = p.action.unwrap_or(Action::Cancel);
        if p.stage == Some(Status::Completed)
            && !crate::followups::completes(Some(op), channel, action)
        {
            // Both channels said as a sentence says them ("online", "in a store").
            let remains = crate::followups::remaining_channel(op, action).map_or_else(
                || fluent_bundle::FluentValue::from(t!("show-none")),
                crate::labels::channel_arg,
            );
            return Err(Error::refused(
                &[(Question::Status, None)],
                t!(
                    "err-cannot-complete",
                    channel = crate::labels::channel_arg(channel),
                    remains = remains
                ),
            ));
        }
        // Abroad, the store is reachable only through someone who goes for the user.
        let abroad = p.abroad == Some(true) && p.representative != Some(true);
        let offered = offered_channels(op, action, abroad)?;
        if !offered.contains(&channel) {
            let message = channel_refusal(op, action, channel, abroad, &offered);
            let given = (Question::Channel, Some(channel.id()));
            return Err(if abroad && channel == Channel::Store {
                let hint = t!(
                    "err-store-abroad-flag",
                    flag = cli::flag(Question::Representative)
                );
                Error::refused(
                    &[(Question::Abroad, None), given],
                    // Chinese runs a sentence on after its full stop, with no space.
                    format!(
                        "{message}{}{hint}",
                        crate::i18n::sentence_gap(crate::i18n::lang())
                    ),
                )
            } else {
                Error::refused(&[(Question::Action, Some(action.id())), given], message)
            });
        }
        Ok(())
    }
}

/// The flags given that answer "Help me decide".
fn decide_flags(cli: &Cli) -> Vec<String> {
    [
        (Question::NeedAgain, cli.answers.need_again.is_some()),
        (Question::BackIn, cli.answers.back_in.is_some()),
    ]
    .into_iter()
    // Only those given: spelling a flag builds the whole command line.
    .filter(|&(_, given)| given)
    .map(|(q, _)| cli::flag(q))
    .collect()
}

/// Answers that contradict each other, in the user's words; clap cannot express a
/// conflict with one value of a flag.
fn decide_contradiction(cli: &Cli, interactive: bool) -> Option<String> {
    let decide_flags = decide_flags(cli);
    if decide_flags.is_empty() {
        return None;
    }
    let flags = decide_flags.join(", ");
    let count = decide_flags.len();
    let action = match cli.answers.action {
        Some(given) => given.word(),
        // In a terminal the menu can still lead to "Help me decide"; without one the
        // action defaults to cancel, which would drop these answers unseen.
        None if interactive => "decide",
        None => {
            return Some(t!(
                "err-decide-flags-no-action",
                flags = flags,
                count = count
            ));
        }
    };
    if action != "decide" {
        return Some(t!(
            "err-decide-flags",
            flags = flags,
            count = count,
            action = action
        ));
    }
    match (cli.answers.need_again, cli.answers.back_in) {
        (Some(Need::No | Need::Unsure), Some(_)) => Some(t!("err-back-in-need")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    /// `color_enabled` with the given environment and stdout a terminal or not.
    fn color(choice: ColorChoice, tty: bool, vars: &[(&str, &str)]) -> bool {
        color_enabled(choice, tty, |k| {
            vars.iter()
                .find(|(name, _)| *name == k)
                .map(|(_, v)| (*v).to_owned())
        })
    }

    #[test]
    fn color_always_and_never_beat_the_environment_and_the_terminal() {
        let loud = [("CLICOLOR_FORCE", "1"), ("CLICOLOR", "1")];
        let quiet = [("NO_COLOR", "1"), ("CLICOLOR", "0")];
        for tty in [true, false] {
            assert!(color(ColorChoice::Always, tty, &quiet));
            assert!(color(ColorChoice::Always, tty, &[]));
            assert!(!color(ColorChoice::Never, tty, &loud));
            assert!(!color(ColorChoice::Never, tty, &[]));
        }
    }

    #[test]
    fn no_color_non_empty_turns_it_off_even_when_forced() {
        assert!(!color(ColorChoice::Auto, true, &[("NO_COLOR", "1")]));
        assert!(!color(ColorChoice::Auto, true, &[("NO_COLOR", "0")]));
        let both = [("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")];
        assert!(!color(ColorChoice::Auto, true, &both));
        assert!(!color(ColorChoice::Auto, false, &both));
    }

    #[test]
    fn an_empty_no_color_is_ignored() {
        assert!(color(ColorChoice::Auto, true, &[("NO_COLOR", "")]));
        assert!(!color(ColorChoice::Auto, false, &[("NO_COLOR", "")]));
        let forced = [("NO_COLOR", ""), ("CLICOLOR_FORCE", "1")];
        assert!(color(ColorChoice::Auto, false, &forced));
    }

    #[test]
    fn clicolor_force_set_and_not_0_turns_it_on_without_a_terminal() {
        assert!(color(ColorChoice::Auto, false, &[("CLICOLOR_FORCE", "1")]));
        assert!(color(
            ColorChoice::Auto,
            false,
            &[("CLICOLOR_FORCE", "yes")]
        ));
        let over_clicolor = [("CLICOLOR_FORCE", "1"), ("CLICOLOR", "0")];
        assert!(color(ColorChoice::Auto, false, &over_clicolor));
        // `0` and empty count as unset: the terminal decides.
        for v in ["0", ""] {
            assert!(!color(ColorChoice::Auto, false, &[("CLICOLOR_FORCE", v)]));
            assert!(color(ColorChoice::Auto, true, &[("CLICOLOR_FORCE", v)]));
        }
    }

    #[test]
    fn clicolor_0_turns_it_off_in_a_terminal() {
        assert!(!color(ColorChoice::Auto, true, &[("CLICOLOR", "0")]));
        // Any other value leaves it to the terminal.
        assert!(color(ColorChoice::Auto, true, &[("CLICOLOR", "1")]));
        assert!(!color(ColorChoice::Auto, false, &[("CLICOLOR", "1")]));
    }

    #[test]
    fn otherwise_colour_follows_the_terminal() {
        assert!(color(ColorChoice::Auto, true, &[]));
        assert!(!color(ColorChoice::Auto, false, &[]));
        assert!(!color(
            ColorChoice::Auto,
            false,
            &[("TERM", "xterm-256color")]
        ));
    }

    #[test]
    fn decide_answers_without_an_action_wait_for_the_menu_only_in_a_terminal() {
        let cli =
            Cli::try_parse_from(["simcancel", "--need-again", "yes", "--back-in", "9"]).unwrap();
        assert_eq!(decide_contradiction(&cli, true), None);
        assert!(decide_contradiction(&cli, false).is_some());
        let decide =
            Cli::try_parse_from(["simcancel", "--action", "decide", "--need-again", "yes"])
                .unwrap();
        assert_eq!(decide_contradiction(&decide, false), None);
        let cancel =
            Cli::try_parse_from(["simcancel", "--action", "cancel", "--back-in", "9"]).unwrap();
        assert!(decide_contradiction(&cancel, true).is_some());
    }

    fn resolve(args: &[&str], interactive: bool) -> Result<WizardRun, Error> {
        let cli = Cli::try_parse_from([&["simcancel"], args].concat()).unwrap();
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-25T11:00:00+03:00").unwrap();
        let config = Config {
            color: false,
            interactive,
            clock: Clock::pinned(now),
            records_dir: None,
            data: None,
        };
        WizardRun::new(&cli, config)
    }

    fn usage(args: &[&str], interactive: bool) -> String {
        match resolve(args, interactive) {
            Err(e) if e.exit_code() == 2 => e.to_string(),
            Err(e) => panic!("{args:?}: not a usage error: {e:?}"),
            Ok(_) => panic!("{args:?}: accepted"),
        }
    }

    #[test]
    fn flags_that_cannot_work_together_are_refused_before_the_flow() {
        let m = usage(
            &[
                "--operator",
                "mts",
                "--action",
                "suspend",
                "--balance",
                "refund",
            ],
            false,
        );
        assert!(
            m.contains("--balance") && m.contains("--action cancel"),
            "{m}"
        );
        let m = usage(
            &["--operator", "mts", "--abroad", "--channel", "store"],
            false,
        );
        assert!(m.starts_with("--abroad --channel store: "), "{m}");
        let m = usage(
            &[
                "--operator",
                "mts",
                "--channel",
                "store",
                "--when",
                "tomorrow",
            ],
            false,
        );
        assert!(m.starts_with("--when tomorrow: "), "{m}");
        let m = usage(
            &[
                "--operator",
                "t2",
                "--action",
                "suspend",
                "--channel",
                "online",
            ],
            false,
        );
        assert!(m.starts_with("--action suspend --channel online: "), "{m}");
        assert!(m.contains("t2"), "{m}");
        let m = usage(&["--operator", "nope", "--channel", "store"], true);
        assert!(m.contains("nope") && m.contains("mts"), "{m}");
    }

    #[test]
    fn a_terminal_can_still_answer_what_the_flags_left_open() {
        // The action is asked, so a channel may yet fit; the flow asks again if not.
        assert!(resolve(&["--operator", "t2", "--channel", "online"], true).is_ok());
        assert!(resolve(&["--abroad", "--channel", "store"], true).is_ok());
        // A date in no form is refused either way: it was typed as a flag.
        assert!(resolve(&["--when", "tomorrow"], true).is_err());
    }

    #[test]
    fn without_a_terminal_the_required_answers_are_named() {
        match resolve(&[], false) {
            Err(Error::MissingAnswers(q)) => assert_eq!(q, [Question::Operator, Question::Channel]),
            other => panic!("{:?}", other.err()),
        }
        match resolve(&["--operator", "mts", "--action", "decide"], false) {
            Ok(c) => assert!(c.compare_only()),
            Err(e) => panic!("{e:?}"),
        }
    }
}
