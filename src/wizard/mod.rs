//! The flow: one sequence of steps, asked through [`Prompter`], that ends in a [`Record`].
//!
//! It never touches the terminal or the file system. The terminal answers in interactive
//! mode, the flags (and safe defaults) otherwise, and tests answer from a script. The
//! steps live by concern: deciding (`decide`), who and what before the visit (`prepare`),
//! the channel and what to say there (`channel`), and what is kept afterwards (`evidence`).

mod ask;
mod channel;
mod decide;
mod evidence;
mod prepare;

use chrono::{DateTime, FixedOffset};

pub use self::ask::*;
pub use self::decide::recommend;
pub use self::evidence::when_refused;
pub use crate::followups::{complete, follow_ups};
pub use crate::labels::{action_name, channel_name, operator_label};
pub use crate::letter::{LetterFacts, application_letter};

use crate::calendar::Calendar;
use crate::catalog::{self, Catalog, Confidence, Fact, Operator, Text};
use crate::dates::Clock;
use crate::error::Error;
use crate::i18n::{self, Lang};
use crate::labels::marker;
use crate::record::{self, DataInfo, Record};
use crate::t;

/// Facts older than this, in days, are flagged as possibly out of date.
pub const STALE_AFTER_DAYS: i64 = 180;

pub struct Wizard<'a, P: Prompter> {
    catalog: &'a Catalog,
    prompter: &'a mut P,
    preset: Preset,
    now: DateTime<FixedOffset>,
    clock: Clock,
    lang: Lang,
    calendar: Calendar,
}

/// Runs the whole flow and returns the record to write.
pub fn run<P: Prompter>(
    catalog: &Catalog,
    preset: Preset,
    prompter: &mut P,
    now: impl Into<Clock>,
) -> Result<Record, Error> {
    Wizard::new(catalog, preset, prompter, now).run()
}

/// `--action decide` without a terminal: the side-by-side comparison and, when the
/// questions are answered by flags, the recommendation. Nothing is recorded.
pub fn compare<P: Prompter>(
    catalog: &Catalog,
    preset: Preset,
    prompter: &mut P,
    now: impl Into<Clock>,
) -> Result<(), Error> {
    let mut w = Wizard::new(catalog, preset, prompter, now);
    w.check_preset(&[Question::Operator])?;
    let op = w.operator()?;
    w.decide(op).map(|_| ())
}

impl<'a, P: Prompter> Wizard<'a, P> {
    fn new(
        catalog: &'a Catalog,
        preset: Preset,
        prompter: &'a mut P,
        now: impl Into<Clock>,
    ) -> Self {
        let clock = now.into();
        Wizard {
            catalog,
            prompter,
            preset,
            now: clock.now(),
            clock,
            lang: i18n::lang(),
            calendar: crate::builtin::calendar(),
        }
    }

    /// The flow's own guard for callers that did not resolve a configuration first (the
    /// CLI does, and reports these with their flags before anything is shown).
    fn check_preset(&self, required: &[Question]) -> Result<(), Error> {
        if let Some(id) = &self.preset.operator
            && self.catalog.operator(id).is_none()
        {
            return Err(crate::config::unknown_operator(self.catalog, id));
        }
        if !self.prompter.interactive() {
            let given = [
                (Question::Operator, self.preset.operator.is_some()),
                (Question::Channel, self.preset.channel.is_some()),
            ];
            let missing: Vec<Question> = given
                .into_iter()
                .filter(|(q, given)| !given && required.contains(q))
                .map(|(q, _)| q)
                .collect();
            if !missing.is_empty() {
                return Err(Error::MissingAnswers(missing));
            }
        }
        Ok(())
    }

    fn run(mut self) -> Result<Record, Error> {
        self.check_preset(&[Question::Operator, Question::Channel])?;

        self.intro()?;
        let op = self.operator()?;
        let action = self.action(op)?;
        let owner = self.owner()?;
        let abroad = self.abroad(op)?;
        let preparation = self.preparation(action)?;
        let balance = self.balance(op, action)?;
        let channel = self.channel(op, action, abroad)?;
        let route = op
            .route(channel, action)
            .expect("channel was chosen from offered routes");
        self.steps(op, route, owner, abroad)?;
        let phrases = self.phrases(action, channel, owner, balance, abroad)?;
        let letter_text = self.letter(op, action, channel, balance, owner)?;
        self.timing(channel)?;
        let evidence = self.evidence()?;
        let follow_ups = follow_ups(Some(op), action, balance, &evidence, self.now.date_naive());
        self.aftercare(op, action, &follow_ups)?;

        Ok(Record {
            schema: record::SCHEMA,
            created: record::toml_datetime(&self.now),
            operator: op.id().to_owned(),
            action,
            owner,
            abroad,
            balance,
            channel,
            preparation,
            evidence,
            data: DataInfo {
                table: match &self.catalog.origin {
                    catalog::Origin::Embedded => "embedded".to_owned(),
                    catalog::Origin::File(p) => p.display().to_string(),
                },
                verified: crate::dates::toml_date(self.catalog.verified),
                warning: self.stale_warning(),
            },
            supersedes: None,
            follow_ups,
            phrases,
            letter: None,
            letter_text,
        })
    }

    fn tx(&self, text: &Text) -> String {
        text.get(self.lang).to_owned()
    }

    fn intro(&mut self) -> Result<(), Error> {
        let mut lines = vec![
            Line::Text(t!("intro-body")),
            Line::Text(t!("intro-data", date = i18n::date(self.catalog.verified))),
            Line::Text(t!("intro-confidence")),
        ];
        lines.extend(self.stale_warning().map(Line::Ask));
        self.prompter.show(&Block {
            title: t!("intro-title"),
            lines,
        })
    }

    /// Operators change their rules: facts checked more than 180 days ago are flagged.
    fn stale_warning(&self) -> Option<String> {
        let age = self.now.date_naive() - self.catalog.verified;
        (age.num_days() > STALE_AFTER_DAYS)
            .then(|| t!("stale", date = i18n::date(self.catalog.verified)))
    }

    fn operator(&mut self) -> Result<&'a Operator, Error> {
        let catalog = self.catalog;
        if let Some(id) = &self.preset.operator {
            return catalog
                .operator(id)
                .ok_or_else(|| crate::config::unknown_operator(catalog, id));
        }
        let choices: Vec<Choice> = catalog
            .operators
            .iter()
            .map(|op| Choice::new(operator_label(op, self.lang)))
            .collect();
        let ask = Ask::required(Question::Operator, t!("ask-operator"));
        let i = self.prompter.select(&ask, &choices, 0)?;
        Ok(&catalog.operators[i])
    }

    /// Adds a fact to a block: its value with a confidence marker, or the question to ask.
    fn fact<T>(&self, block: &mut Block, fact: &Fact<T>, render: impl Fn(&T) -> String) {
        match (&fact.value, &fact.ask) {
            (Some(v), ask) => {
                block.lines.push(Line::Item(
                    render(v) + &marker(fact.confidence, fact.source.as_deref()),
                ));
                // Below "official", an ask text says what to confirm.
                if fact.confidence < Confidence::Official
                    && let Some(ask) = ask
                {
                    block.lines.push(Line::Ask(self.tx(ask)));
                }
            }
            (None, Some(ask)) => block.lines.push(Line::Ask(self.tx(ask))),
            (None, None) => {}
        }
    }

    /// One of `options`, from its preset or asked; `default` is the index Enter takes.
    fn pick<T: Copy>(
        &mut self,
        preset: Option<T>,
        ask: Ask,
        options: &[(T, Choice)],
        default: usize,
    ) -> Result<T, Error> {
        if let Some(v) = preset {
            return Ok(v);
        }
        let choices: Vec<Choice> = options.iter().map(|(_, c)| c.clone()).collect();
        let i = self.prompter.select(&ask, &choices, default)?;
        Ok(options[i].0)
    }
}

#[cfg(test)]
mod tests;
