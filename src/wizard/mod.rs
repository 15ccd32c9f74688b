//! The flow: one sequence of steps, asked through [`Prompter`], that ends in a [`Record`].
//!
//! It never touches the terminal or the file system. The terminal answers in interactive
//! mode, the flags (and safe defaults) otherwise, and tests answer from a script. The
//! steps live by concern: deciding (`decide`), who and what before the visit (`prepare`),
//! the channel and what to say there (`channel`), and what is kept afterwards (`evidence`).

mod ask;
mod channel;
mod decide;
mod ends;
mod evidence;
mod prepare;

use chrono::{DateTime, FixedOffset};

pub use self::ask::*;

pub use self::decide::recommend;
pub use crate::followups::{complete, follow_ups};
pub use crate::labels::{action_name, channel_name, operator_label};
pub use crate::letter::{LetterFacts, application_letter};

use crate::answers::{Ask, Balance, Block, Choice, Line, Owner, Passport, Preset, Question};
use crate::calendar::Calendar;
use crate::catalog::{self, Action, Catalog, Channel, Confidence, Fact, Operator, Text};
use crate::dates::Clock;
use crate::ends::Where;
use crate::error::Error;
use crate::i18n::{self, Lang};
use crate::labels::marker;
use crate::record::{self, DataInfo, Evidence, Phrase, Preparation, Record};
use crate::t;

/// Facts older than this, in days, are flagged as possibly out of date.
pub const STALE_AFTER_DAYS: i64 = 180;

/// The stages of the flow, in order (see [`Wizard::run`]).
const STAGES: usize = 10;

/// The first stage an end done nowhere (a lapse) skips: the channel and everything at it.
const NOWHERE_ENDS_AT: usize = 7;

/// The answers so far, kept for going back.
#[derive(Default)]
struct Kept<'a> {
    op: Option<&'a Operator>,
    action: Option<Action>,
    owner: Option<Owner>,
    passport: Option<Option<Passport>>,
    abroad: Option<bool>,
    preparation: Option<Preparation>,
    balance: Option<Balance>,
    channel: Option<Channel>,
    /// Someone with the user's power of attorney goes to the store.
    representative: Option<bool>,
    phrases: Vec<Phrase>,
    /// The name and number typed for the letter.
    signer: (Option<String>, Option<String>),
    /// The Cyrillic name and the citizenship typed for the documents.
    parties: (Option<String>, Option<String>),
    letter: Option<crate::pdf::Document>,
    /// The Russian power of attorney for the representative.
    poa: Option<crate::pdf::Document>,
    /// Which of the letter's questions were asked, to come back to the last of them.
    letter_steps: Steps,
    evidence: Option<Evidence>,
}

/// An end done nowhere (a lapse): no channel, no counter, no letter, nothing to prove.
fn done_nowhere(action: Action) -> bool {
    !action.end().channel.needs_route()
}

/// Facts that share a question (one ask for several numbers) ask it once per block.
fn push_once(block: &mut Block, line: Line) {
    if !block.lines.contains(&line) {
        block.lines.push(line);
    }
}

/// An earlier answer a stage needs; missing, the flow goes back for it.
fn got<T: Copy>(answer: Option<T>) -> Result<T, Error> {
    answer.ok_or(Error::Back)
}

pub struct Wizard<'a, P: Prompter> {
    catalog: &'a Catalog,
    prompter: Tracked<'a, P>,
    preset: Preset,
    now: DateTime<FixedOffset>,
    clock: Clock,
    lang: Lang,
    calendar: Calendar,
    /// Every block of guidance shown, whole: the full guidance written beside the record.
    guide: Vec<Block>,
}

/// What a run produces: the record, and what is written beside it in the same set. The
/// documents and the guide are products of the run, not part of the record's file.
#[derive(Debug)]
pub struct Outcome {
    pub record: Record,
    /// The application, laid out; written as text and as a PDF.
    pub letter: Option<crate::pdf::Document>,
    /// The power of attorney, laid out; written as text and as a PDF.
    pub poa: Option<crate::pdf::Document>,
    /// Every block of guidance shown, details included: the guide written beside the record.
    pub guide: Vec<Block>,
}

impl Outcome {
    pub fn letter_text(&self) -> Option<String> {
        self.letter.as_ref().map(crate::pdf::Document::text)
    }

    pub fn poa_text(&self) -> Option<String> {
        self.poa.as_ref().map(crate::pdf::Document::text)
    }
}

/// Runs the whole flow and returns what it produced, to be written.
pub fn run<P: Prompter>(
    catalog: &Catalog,
    preset: Preset,
    prompter: &mut P,
    now: impl Into<Clock>,
) -> Result<Outcome, Error> {
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
    let op = w.operator(None)?;
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
            prompter: Tracked::new(prompter),
            preset,
            now: clock.now(),
            clock,
            lang: i18n::lang(),
            calendar: crate::builtin::calendar(),
            guide: Vec::new(),
        }
    }

    /// The flow's own guard for callers that did not resolve a configuration first (the
    /// CLI does, and reports these with their flags before anything is shown).
    fn check_preset(&self, required: &[Question]) -> Result<(), Error> {
        if let Some(id) = &self.preset.operator
            && self.catalog.operator(id).is_none()
        {
            return Err(crate::rules::unknown_operator(self.catalog, id));
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

    fn run(mut self) -> Result<Outcome, Error> {
        // Keeping a number alive needs no channel: the data's route is taken.
        let required: &[Question] = match self.preset.action {
            Some(a) if !a.end().channel.is_chosen() => &[Question::Operator],
            _ => &[Question::Operator, Question::Channel],
        };
        self.check_preset(required)?;
        self.intro()?;

        // Each stage keeps its answer, so that Escape (`Error::Back`) can return to the
        // previous question with that answer as the default. A stage that finds an
        // earlier answer missing steps back too: the flow asks again rather than panics.
        let mut k = Kept::default();
        let mut stage = 0;
        // Where each stage's guidance starts in the guide: going back drops what the
        // stages left behind said, so that the guide follows the answers kept.
        let mut marks = [0; STAGES];
        // Whether the stage is entered by Escape from the one after it.
        let mut behind = false;
        while stage < STAGES {
            marks[stage] = self.guide.len();
            if stage >= NOWHERE_ENDS_AT && k.action.is_some_and(done_nowhere) {
                k.evidence = Some(self.nowhere_evidence());
                break;
            }
            let answered = match stage {
                0 => self.operator(k.op).map(|v| k.op = Some(v)),
                1 => self
                    .action(got(k.op)?, k.action)
                    .map(|v| k.action = Some(v)),
                2 => self.owner(k.owner).map(|v| k.owner = Some(v)),
                3 => self
                    .abroad(got(k.op)?, got(k.action)?, k.abroad)
                    .map(|v| k.abroad = Some(v)),
                4 => self
                    .passport(got(k.action)?, k.passport.flatten())
                    .map(|v| k.passport = Some(v)),
                5 => self
                    .preparation(got(k.action)?, k.preparation.as_ref())
                    .map(|v| k.preparation = Some(v)),
                6 => self
                    .balance(got(k.op)?, got(k.action)?, got(k.abroad)?, k.balance)
                    .map(|v| k.balance = Some(v)),
                7 => self.channel_stage(&k).map(|(c, r, p)| {
                    k.channel = Some(c);
                    k.representative = Some(r);
                    k.phrases = p;
                }),
                8 => self.letter_stage(&mut k, behind),
                _ => self
                    .evidence(got(k.op)?, got(k.action)?, got(k.channel)?, got(k.abroad)?)
                    .map(|v| k.evidence = Some(v)),
            };
            match answered {
                Ok(()) => (stage, behind) = (stage + 1, false),
                Err(Error::Back) => {
                    (stage, behind) = (self.back_from(stage, k.action), true);
                    self.guide.truncate(marks[stage]);
                }
                Err(e) => return Err(e),
            }
        }
        self.record(k)
    }

    /// The channel, then what to do there and what to say.
    fn channel_stage(&mut self, k: &Kept<'a>) -> Result<(Channel, bool, Vec<Phrase>), Error> {
        let (op, action) = (got(k.op)?, got(k.action)?);
        let (owner, abroad, balance) = (got(k.owner)?, got(k.abroad)?, got(k.balance)?);
        let kept = k.channel.map(|c| (c, k.representative == Some(true)));
        let (channel, picked) = self.channel(op, action, abroad, kept)?;
        let route = op.route(channel, action).ok_or(Error::Back)?;
        let representative = self.representative(channel, abroad, picked);
        self.steps(op, route, owner, abroad, representative)?;
        let phrases = self.phrases(action, channel, owner, balance, abroad, representative)?;
        Ok((channel, representative, phrases))
    }

    fn letter_stage(&mut self, k: &mut Kept<'a>, behind: bool) -> Result<(), Error> {
        if behind {
            k.letter_steps.back_to_last();
        } else {
            k.letter_steps = Steps::default();
        }
        let (op, action, channel) = (got(k.op)?, got(k.action)?, got(k.channel)?);
        let (balance, owner) = (got(k.balance)?, got(k.owner)?);
        let representative = k.representative.unwrap_or(false);
        let case = evidence::LetterCase {
            action,
            channel,
            balance,
            owner,
            representative,
            passport: k.passport.flatten(),
            abroad: got(k.abroad)?,
        };
        (k.letter, k.poa) = self.letter(
            op,
            &case,
            &mut k.signer,
            &mut k.parties,
            &mut k.letter_steps,
        )?;
        self.timing(op, channel, got(k.abroad)?, representative)
    }

    /// The stage Escape returns to: the nearest earlier one that asks anything.
    fn back_from(&self, stage: usize, action: Option<Action>) -> usize {
        (0..stage)
            .rev()
            .find(|&s| self.asks_at(s, action))
            .unwrap_or(stage)
    }

    /// Whether a stage asks a question, or every answer in it came from a flag (or, for
    /// the passport, the action chosen needs none).
    fn asks_at(&self, stage: usize, action: Option<Action>) -> bool {
        let p = &self.preset;
        match stage {
            0 => p.operator.is_none(),
            1 => p.action.is_none(),
            2 => p.owner.is_none(),
            3 => p.abroad.is_none(),
            4 => {
                let interactive = self.prompter.interactive();
                p.passport.is_none()
                    && interactive
                    && action.is_none_or(|a| ends::asks_passport(a, interactive))
            }
            5 => p.done.is_none(),
            6 => p.balance.is_none() && p.action.is_none_or(|a| a.end().balance.is_asked()),
            _ if stage >= NOWHERE_ENDS_AT && p.action.is_some_and(done_nowhere) => false,
            7 => p.channel.is_none() && p.action.is_none_or(|a| a.end().channel != Where::Taken),
            8 => {
                self.preset.letter
                    && (p.name.is_none()
                        || p.number.is_none()
                        || p.name_ru.is_none()
                        || p.citizenship.is_none())
            }
            _ => true,
        }
    }

    /// An end done nowhere (a lapse) is decided now and then runs by itself: it is
    /// recorded as done today, with nothing to quote, and its follow-ups dated from today.
    fn nowhere_evidence(&self) -> Evidence {
        Evidence {
            status: crate::answers::Status::Completed,
            when: Some(record::toml_datetime(&self.now)),
            reference: String::new(),
            contact: String::new(),
            files: Vec::new(),
            note: self.preset.note.clone().unwrap_or_default(),
            remains: None,
        }
    }

    fn record(&mut self, k: Kept<'a>) -> Result<Outcome, Error> {
        let (op, action, channel) = (got(k.op)?, got(k.action)?, k.channel);
        if channel.is_none() && !done_nowhere(action) {
            return Err(Error::Back);
        }
        let (owner, abroad, balance) = (got(k.owner)?, got(k.abroad)?, got(k.balance)?);
        let (preparation, evidence) = (
            k.preparation.ok_or(Error::Back)?,
            k.evidence.ok_or(Error::Back)?,
        );
        let follow_ups = follow_ups(&crate::followups::Basis {
            op: Some(op),
            action,
            channel,
            balance,
            representative: k.representative == Some(true),
            abroad,
            evidence: &evidence,
            now: self.now,
            calendar: &self.calendar,
        });
        self.aftercare(op, action, &follow_ups)?;
        if let Some(route) = channel.and_then(|c| op.route(c, action)) {
            // The representative is in Russia: the numbers they call are those from Russia.
            let far = abroad && k.representative != Some(true);
            let open = &preparation.not_done;
            self.recap(
                op,
                route,
                (far, k.representative == Some(true)),
                open,
                &k.phrases,
            )?;
        }

        let record = Record {
            schema: record::SCHEMA,
            created: record::toml_datetime(&self.now),
            operator: op.id().to_owned(),
            action,
            owner,
            abroad,
            number: k
                .signer
                .1
                .clone()
                .or_else(|| self.preset.number.as_deref().and_then(crate::labels::phone))
                .filter(|n| !n.is_empty()),
            name: k
                .signer
                .0
                .clone()
                .or_else(|| {
                    self.preset
                        .name
                        .as_deref()
                        .map(|n| catalog::clean(n.trim()))
                })
                .filter(|n| !n.is_empty()),
            balance,
            channel,
            representative: k.representative.unwrap_or(false),
            passport: k.passport.flatten(),
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
            phrases: k.phrases,
            letter: None,
            poa: None,
        };
        Ok(Outcome {
            record,
            letter: k.letter,
            poa: k.poa,
            guide: std::mem::take(&mut self.guide),
        })
    }

    /// Shows a block of guidance without its details, and keeps it whole for the guide.
    fn show(&mut self, block: &Block) -> Result<(), Error> {
        self.guide.push(block.clone());
        match block.short() {
            Some(short) => self.prompter.show(&short),
            None => Ok(()),
        }
    }

    /// Takes the step of `steps` it is at, counting whether it asked anything.
    fn step(
        &mut self,
        steps: &mut Steps,
        step: impl FnOnce(&mut Self) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let before = self.prompter.asked;
        let result = step(self);
        steps.went(result, self.prompter.asked > before)
    }

    fn tx(&self, text: &Text) -> String {
        text.get(self.lang).to_owned()
    }

    fn intro(&mut self) -> Result<(), Error> {
        let mut lines = vec![
            Line::Text(t!("intro-body")).more(),
            // One paragraph: how old the facts are and how sure.
            Line::Text(format!(
                "{}{}{}",
                t!("intro-data", date = i18n::date(self.catalog.verified)),
                i18n::sentence_gap(self.lang),
                t!("intro-confidence")
            )),
        ];
        lines.extend(self.stale_warning().map(Line::Ask));
        self.show(&Block {
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

    fn operator(&mut self, kept: Option<&Operator>) -> Result<&'a Operator, Error> {
        let catalog = self.catalog;
        if let Some(id) = &self.preset.operator {
            return catalog
                .operator(id)
                .ok_or_else(|| crate::rules::unknown_operator(catalog, id));
        }
        let choices: Vec<Choice> = catalog
            .operators
            .iter()
            .map(|op| Choice::new(operator_label(op, self.lang)))
            .collect();
        let ask = Ask::required(Question::Operator, t!("ask-operator"));
        let default = kept
            .and_then(|k| catalog.operators.iter().position(|o| o.id() == k.id()))
            .unwrap_or(0);
        let i = self.prompter.select(&ask, &choices, default)?;
        Ok(&catalog.operators[i])
    }

    /// Adds a fact to a block: its value with a confidence marker, or the question to ask.
    fn fact<T>(&self, block: &mut Block, fact: &Fact<T>, render: impl Fn(&T) -> String) {
        match (&fact.value, &fact.ask) {
            (Some(v), ask) => {
                // A fact checked long ago says so on its own line's end.
                let checked = self.catalog.checked_on(fact);
                let aged = if crate::catalog::is_aged(checked, self.now.date_naive()) {
                    t!("fact-aged", date = i18n::date(checked))
                } else {
                    String::new()
                };
                block.lines.push(Line::Item(
                    render(v) + &marker(fact.confidence, fact.source.as_deref()) + &aged,
                ));
                // Below "official", an ask text says what to confirm.
                if fact.confidence < Confidence::Official
                    && let Some(ask) = ask
                {
                    push_once(block, Line::Ask(self.tx(ask)));
                }
            }
            (None, Some(ask)) => push_once(block, Line::Ask(self.tx(ask))),
            (None, None) => {}
        }
    }

    /// One of `options`, from its preset or asked; Enter takes the answer kept from
    /// before, else `default` (an index).
    fn pick<T: Copy + PartialEq>(
        &mut self,
        preset: Option<T>,
        kept: Option<T>,
        ask: Ask,
        options: &[(T, Choice)],
        default: usize,
    ) -> Result<T, Error> {
        if let Some(v) = preset {
            return Ok(v);
        }
        let default = kept
            .and_then(|k| options.iter().position(|(v, _)| *v == k))
            .unwrap_or(default);
        let choices: Vec<Choice> = options.iter().map(|(_, c)| c.clone()).collect();
        let i = self.prompter.select(&ask, &choices, default)?;
        Ok(options[i].0)
    }
}

#[cfg(test)]
mod tests;
