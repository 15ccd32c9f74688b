//! What is kept: the application letter, the evidence of what was done, and the aftercare
//! with its follow-up dates.

use super::{Ask, Block, Choice, Line, MAX_TEXT, Prompter, Question, Wizard};
use crate::catalog::{self, Action, Channel, Operator};
use crate::dates::BadDate;
use crate::error::Error;
use crate::i18n;
use crate::letter::{LetterFacts, application_letter};
use crate::record::{self, Balance, Evidence, FollowUp, Owner, Status};
use crate::t;

impl<P: Prompter> Wizard<'_, P> {
    /// The filled-in Russian application (termination at a store, or a refund), when one
    /// applies and was not turned off. Name and number are asked; blanks are left for
    /// whatever must be written by hand. No passport data is asked for.
    pub(super) fn letter(
        &mut self,
        op: &Operator,
        action: Action,
        channel: Channel,
        balance: Balance,
        owner: Owner,
        kept: &mut (Option<String>, Option<String>),
    ) -> Result<Option<String>, Error> {
        let terminate = action == Action::Cancel && channel == Channel::Store;
        let refund =
            action == Action::Cancel && matches!(balance, Balance::Refund | Balance::Transfer);
        if !self.preset.letter || !(terminate || refund) {
            return Ok(None);
        }
        self.prompter.show(&Block {
            title: t!("application-title"),
            lines: vec![Line::Text(t!("application-body"))],
        })?;
        let given = (self.preset.name.clone(), self.preset.number.clone());
        let name = self.free_text(Question::Name, t!("ask-name"), given.0, kept.0.as_deref())?;
        kept.0 = Some(name.clone());
        let number = self.free_text(
            Question::Number,
            t!("ask-number"),
            given.1,
            kept.1.as_deref(),
        )?;
        kept.1 = Some(number.clone());
        Ok(Some(application_letter(&LetterFacts {
            operator: op.addressee(),
            terminate,
            balance,
            name: &name,
            number: &number,
            representative: owner == Owner::Other,
        })))
    }

    pub(super) fn evidence(&mut self) -> Result<Evidence, Error> {
        self.prompter.show(&Block {
            title: t!("evidence-title"),
            lines: vec![Line::Text(t!("evidence-body"))],
        })?;
        let options = [
            (false, Choice::new(t!("evidence-done"))),
            (true, Choice::new(t!("evidence-planned"))),
        ];
        let ask = Ask::new(Question::Status, t!("ask-status"));
        let planned = self.pick(self.preset.planned, None, ask, &options, 0)?;
        let when = self.when(planned)?;
        let reference = self.free_text(
            Question::Reference,
            t!("ask-reference"),
            self.preset.reference.clone(),
            None,
        )?;
        let contact = self.free_text(
            Question::Contact,
            t!("ask-contact"),
            self.preset.contact.clone(),
            None,
        )?;
        let files = match self.preset.files.clone() {
            Some(files) => files
                .into_iter()
                .map(|f| self.free_text(Question::Files, String::new(), Some(f), None))
                .collect::<Result<_, _>>()?,
            None => split_list(&self.free_text(Question::Files, t!("ask-files"), None, None)?),
        };
        let note = self.free_text(
            Question::Note,
            t!("ask-note"),
            self.preset.note.clone(),
            None,
        )?;
        Ok(Evidence {
            status: if planned {
                Status::Planned
            } else {
                Status::Completed
            },
            when,
            reference,
            contact,
            files,
            note,
        })
    }

    fn when(&mut self, planned: bool) -> Result<Option<toml::value::Datetime>, Error> {
        let default = if planned {
            String::new()
        } else {
            // As the language writes dates (ДД.ММ.ГГГГ in Russian); both forms are read.
            i18n::date_time(self.now.naive_local())
        };
        let mut answer = self.preset.when.clone();
        loop {
            let text = match answer.take() {
                Some(t) => t,
                None => {
                    let prompt = if planned {
                        t!("ask-when-planned")
                    } else {
                        t!("ask-when-done")
                    };
                    self.prompter
                        .text(&Ask::new(Question::When, prompt), &default)?
                }
            };
            match self.clock.parse_when(&text) {
                Ok(when) => return Ok(when.map(|w| record::toml_datetime(&w))),
                Err(why) => {
                    let message = when_refused(&text, why);
                    if !self.prompter.interactive() {
                        return Err(Error::Usage(message));
                    }
                    self.prompter.show(&Block::ask(message))?;
                }
            }
        }
    }

    /// A free-text answer: from its flag, else asked. Control characters are made
    /// visible and the length is bounded, so a stray paste cannot bloat or break a record.
    fn free_text(
        &mut self,
        question: Question,
        prompt: String,
        given: Option<String>,
        kept: Option<&str>,
    ) -> Result<String, Error> {
        let checked = |text: String| {
            let count = text.chars().count();
            if count > MAX_TEXT {
                Err(Error::TooLong { question, count })
            } else {
                Ok(catalog::clean(text.trim()))
            }
        };
        if let Some(v) = given {
            return checked(v);
        }
        let ask = Ask::new(question, prompt);
        loop {
            match checked(self.prompter.text(&ask, kept.unwrap_or(""))?) {
                Err(e) if self.prompter.interactive() => {
                    self.prompter.show(&Block::ask(e.to_string()))?
                }
                answer => return answer,
            }
        }
    }

    pub(super) fn aftercare(
        &mut self,
        op: &Operator,
        action: Action,
        follow_ups: &[FollowUp],
    ) -> Result<(), Error> {
        let mut block = Block::new(t!("after-title"));
        match action {
            Action::Cancel => {
                block.lines.push(Line::Item(t!("after-destroy")));
                block.lines.push(Line::Item(t!("after-watch")));
                self.fact(&mut block, &op.quarantine, |v| self.tx(v));
                self.after_gone(&mut block);
            }
            Action::Suspend => {
                block.lines.push(Line::Item(t!("after-keep-sim")));
                block.lines.push(Line::Item(t!("after-watch")));
            }
            Action::Transfer => {
                block.lines.push(Line::Item(t!("after-transfer-check")));
                block.lines.push(Line::Item(t!("after-watch")));
            }
            Action::Keep => {
                block.lines.push(Line::Item(t!("after-keep-sim")));
                block.lines.push(Line::Item(t!("keep-sim-early")));
            }
        }
        if !follow_ups.is_empty() {
            block.lines.push(Line::Label(t!("after-follow-ups")));
            block.lines.extend(follow_ups.iter().map(|f| {
                Line::Item(t!(
                    "label-value",
                    label = f.date().map_or_else(|| f.date.to_string(), i18n::date),
                    value = f.what.clone()
                ))
            }));
        }
        self.prompter.show(&block)
    }
}

/// Why a typed date was refused, in the user's words.
pub fn when_refused(text: &str, why: BadDate) -> String {
    let value = catalog::clean(text);
    match why {
        BadDate::Form => t!("err-when", value = value),
        BadDate::TooFar => t!(
            "err-when-far",
            value = value,
            years = crate::dates::MAX_YEARS_AWAY
        ),
        BadDate::Skipped => t!("err-when-skipped", value = value),
    }
}

fn split_list(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}
