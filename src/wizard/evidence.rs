//! What is kept: the application letter, the evidence of what was done, and the aftercare
//! with its follow-up dates.

use super::{Prompter, Steps, Wizard, got};
use crate::answers::{Ask, Block, Choice, Line, Question};
use crate::answers::{Balance, FileRef, Owner, Status};
use crate::catalog::{self, Action, Channel, Operator};
use crate::error::Error;
use crate::i18n;
use crate::letter::{LetterFacts, application, name_fits};
use crate::pdf::Document;
use crate::poa::PoaFacts;
use crate::record::{self, Evidence, FollowUp};
use crate::rules::when_refused;
use crate::t;

/// What decides the Russian documents: the application letter and the power of attorney.
pub(super) struct LetterCase {
    pub action: Action,
    pub channel: Channel,
    pub balance: Balance,
    pub owner: Owner,
    /// Someone with the user's power of attorney goes to the store.
    pub representative: bool,
    /// Whose passport the contract is on, when it was asked.
    pub passport: Option<crate::answers::Passport>,
    /// Whether the user is abroad: the power of attorney is then made at a consulate or a
    /// local notary, not at a notary in Russia.
    pub abroad: bool,
}

impl<P: Prompter> Wizard<'_, P> {
    /// The filled-in Russian application (termination at a store, or a refund), when one
    /// applies and was not turned off, and the power of attorney when someone goes for
    /// the user. Name (in Latin and Cyrillic), citizenship and number are asked; blanks are
    /// left for whatever must be written by hand. No passport data is asked for.
    pub(super) fn letter(
        &mut self,
        op: &Operator,
        case: &LetterCase,
        kept: &mut (Option<String>, Option<String>),
        parties: &mut (Option<String>, Option<String>),
        steps: &mut Steps,
    ) -> Result<(Option<Document>, Option<Document>), Error> {
        let LetterCase {
            action,
            channel,
            balance,
            owner,
            representative,
            passport,
            abroad,
        } = *case;
        // A contract ends at a counter by the letter; a refund, wherever, by an application.
        let terminate = action.end().signed && channel == Channel::Store;
        let refund = action.end().balance.is_asked()
            && matches!(balance, Balance::Refund | Balance::Transfer);
        if !self.preset.letter || !(terminate || refund || representative) {
            return Ok((None, None));
        }
        // Two copies: the clerk keeps one and stamps the other for the user. Away from a
        // counter, the operator says how it wants the refund application.
        // A representative fills in, signs and keeps the stamped copy in the user's place.
        // Without an application (a block, a re-registration), the power of attorney is
        // the only document.
        let (title, body) = if terminate && representative {
            (
                t!("application-title"),
                t!("application-body-representative"),
            )
        } else if terminate {
            (t!("application-title"), t!("application-body-store"))
        } else if refund {
            (t!("application-title"), t!("application-body-remote"))
        } else {
            (t!("poa-title"), t!("poa-body"))
        };
        // What is asked for it matters where it is asked; elsewhere it is a detail.
        let fields = Line::Text(t!("application-fields"));
        let mut block = Block {
            title,
            lines: vec![
                Line::Text(body),
                if self.prompter.interactive() {
                    fields
                } else {
                    fields.more()
                },
            ],
        };
        // The power of attorney is a template, which whoever certifies it may reword.
        if representative {
            block.lines.push(Line::Ask(if abroad {
                t!("poa-check")
            } else {
                t!("poa-check-russia")
            }));
        }
        // An entity nobody could source is a blank in the letter: say where to find it.
        if let Some(entity) = op.legal_name.as_ref().filter(|f| f.value.is_none()) {
            self.fact(&mut block, entity, |v| self.tx(v));
        }
        self.show(&block)?;
        let given = (self.preset.name.clone(), self.preset.number.clone());
        // The name, its Cyrillic spelling, the citizenship, the number.
        while steps.at() < 4 {
            let at = steps.at();
            let given = given.clone();
            self.step(steps, |w| {
                match at {
                    0 => {
                        let foreign = passport == Some(crate::answers::Passport::Foreign);
                        kept.0 = Some(w.letter_name(given.0, kept.0.as_deref(), foreign)?)
                    }
                    1 => {
                        let name = kept.0.clone().unwrap_or_default();
                        parties.0 = Some(w.name_ru(&name, parties.0.as_deref())?);
                    }
                    // Without a name the parties are written by hand: citizenship too,
                    // unless given.
                    2 if kept.0.as_deref().unwrap_or_default().is_empty()
                        && w.preset.citizenship.is_none() =>
                    {
                        parties.1 = Some(String::new())
                    }
                    2 => parties.1 = Some(w.citizenship(parties.1.as_deref())?),
                    _ => kept.1 = Some(w.number(given.1, kept.1.as_deref())?),
                }
                Ok(())
            })?;
        }
        let name = kept.0.clone().unwrap_or_default();
        let name_ru = parties.0.clone().unwrap_or_default();
        let citizenship = parties.1.clone().unwrap_or_default();
        let number = kept.1.clone().unwrap_or_default();
        let letter = (terminate || refund).then(|| {
            application(&LetterFacts {
                operator: op.addressee(),
                brand: op.name.get(crate::i18n::Lang::Ru),
                terminate,
                balance,
                name: &name,
                name_ru: &name_ru,
                citizenship: &citizenship,
                number: &number,
                representative: owner == Owner::Other || representative,
            })
        });
        // Where the table doubts the entity it names (its question says so), the contract
        // says which one to address.
        let doubted = op
            .legal_name
            .as_ref()
            .is_some_and(|f| f.value.is_some() && f.ask.is_some());
        if letter.is_some() && doubted {
            self.show(&Block::ask(t!("entity-check", entity = op.addressee())))?;
        }
        let poa = representative.then(|| {
            crate::poa::document(&PoaFacts {
                operator: op.addressee(),
                name: &name,
                name_ru: &name_ru,
                citizenship: &citizenship,
                number: &number,
            })
        });
        Ok((letter, poa))
    }

    /// The subscriber's name as in the passport. A name in Chinese characters cannot go
    /// into a Russian document: it is asked again, for the Latin spelling.
    /// The subscriber's name; on a foreign passport, in Latin letters only (the Cyrillic
    /// spelling is asked next).
    fn letter_name(
        &mut self,
        given: Option<String>,
        kept: Option<&str>,
        foreign: bool,
    ) -> Result<String, Error> {
        let mut given = given;
        let prompt = if foreign {
            t!("ask-name-foreign")
        } else {
            t!("ask-name")
        };
        loop {
            let name = self.free_text(Question::Name, prompt.clone(), given.take(), kept)?;
            if name_fits(&name) {
                return Ok(name);
            }
            let message = t!("err-name-script");
            if !self.prompter.interactive() {
                return Err(Error::Usage(message));
            }
            self.prompter.show(&Block::ask(message))?;
        }
    }

    /// The name in Cyrillic as the contract writes it, for a name typed in Latin letters.
    /// A pinyin name gets the Palladius spelling as the answer to confirm or correct;
    /// without a terminal it is only suggested, since nobody confirmed it. `-` leaves the
    /// Cyrillic spelling out.
    fn name_ru(&mut self, name: &str, kept: Option<&str>) -> Result<String, Error> {
        if name.is_empty() || name.chars().any(|c| ('\u{0400}'..='\u{052F}').contains(&c)) {
            return Ok(String::new());
        }
        let suggested = crate::translit::palladius(name);
        let mut given = self.preset.name_ru.clone();
        if given.is_none() && !self.prompter.interactive() {
            if let Some(s) = &suggested {
                let flag = self.prompter.flag(Question::NameRu);
                self.prompter.show(&Block::ask(t!(
                    "name-ru-hint",
                    name = s.clone(),
                    flag = flag
                )))?;
            }
            return Ok(String::new());
        }
        if given.is_none()
            && let Some(s) = &suggested
        {
            self.prompter
                .show(&Block::ask(t!("name-ru-suggested", name = s.clone())))?;
        }
        let default = kept.or(suggested.as_deref());
        loop {
            let from_flag = given.is_some();
            let typed =
                self.free_text(Question::NameRu, t!("ask-name-ru"), given.take(), default)?;
            if typed.is_empty() || typed == "-" {
                return Ok(String::new());
            }
            if crate::letter::cyrillic_name(&typed) {
                return Ok(typed);
            }
            let why = t!("err-name-ru", value = typed);
            if from_flag && !self.prompter.interactive() {
                return Err(Error::refused(&[(Question::NameRu, None)], why));
            }
            self.prompter.show(&Block::ask(why))?;
        }
    }

    /// The subscriber's citizenship in Russian; a few ways of writing China are understood.
    fn citizenship(&mut self, kept: Option<&str>) -> Result<String, Error> {
        let mut given = self.preset.citizenship.clone();
        loop {
            let from_flag = given.is_some();
            let typed = self.free_text(
                Question::Citizenship,
                t!("ask-citizenship"),
                given.take(),
                kept,
            )?;
            match crate::letter::citizenship(&typed) {
                Some(c) => return Ok(c),
                None => {
                    let why = t!("err-citizenship", value = typed);
                    if from_flag && !self.prompter.interactive() {
                        return Err(Error::refused(&[(Question::Citizenship, None)], why));
                    }
                    self.prompter.show(&Block::ask(why))?;
                }
            }
        }
    }

    /// What was done so far, and the proof. Saying it is done is an explicit answer: the
    /// default is "not yet", and a route that cannot end the action offers at most
    /// "started", saying where it is finished.
    pub(super) fn evidence(
        &mut self,
        op: &Operator,
        action: Action,
        channel: Channel,
        abroad: bool,
    ) -> Result<Evidence, Error> {
        let completes = crate::followups::completes(Some(op), channel, action);
        let remains = (!completes)
            .then(|| crate::followups::remaining_channel(op, action))
            .flatten();
        if !completes && self.preset.stage == Some(Status::Completed) {
            return Err(Error::refused(
                &[(Question::Status, None)],
                t!(
                    "err-cannot-complete",
                    channel = crate::labels::channel_arg(channel),
                    remains = remains.map_or_else(
                        || fluent_bundle::FluentValue::from(t!("show-none")),
                        crate::labels::channel_arg
                    )
                ),
            ));
        }
        // Nothing is asked of a plan without a terminal: why proof is kept is a detail.
        let body = Line::Text(t!("evidence-body"));
        let mut lines = vec![if self.prompter.interactive() {
            body
        } else {
            body.more()
        }];
        if !completes {
            // From abroad nobody finishes it at a store in person: someone goes for them.
            let key = if abroad && remains == Some(Channel::Store) {
                "evidence-cannot-complete-abroad"
            } else {
                "evidence-cannot-complete"
            };
            let remains = remains.map_or_else(
                || fluent_bundle::FluentValue::from(t!("show-none")),
                crate::labels::channel_arg,
            );
            let channel = crate::labels::channel_arg(channel);
            lines.push(Line::Ask(i18n::lookup(
                i18n::lang(),
                key,
                &[("channel", channel), ("remains", remains)],
            )));
        }
        self.show(&Block {
            title: t!("evidence-title"),
            lines,
        })?;
        // A plan is dated by the follow-up's next good day unless the user picks one:
        // one question, not two, for the common case.
        let mut options = vec![
            (
                (Status::Planned, false),
                Choice::new(t!("evidence-planned")),
            ),
            (
                (Status::Planned, true),
                Choice::new(t!("evidence-planned-day")),
            ),
            ((Status::Started, true), Choice::new(t!("evidence-started"))),
        ];
        if completes {
            options.push(((Status::Completed, true), Choice::new(t!("evidence-done"))));
        }
        let mut status: Option<(Status, bool)> = None;
        // The time as typed, with the stage it was typed for.
        let mut when: (Option<(Status, String)>, _) = (None, None);
        let [mut reference, mut contact, mut note] = [String::new(), String::new(), String::new()];
        let mut files = (String::new(), Vec::new());
        let mut steps = Steps::default();
        // The stage, when, the reference, who, the files, the notes.
        while steps.at() < 6 {
            let at = steps.at();
            self.step(&mut steps, |w| {
                if at == 0 {
                    let ask = Ask::new(Question::Status, t!("ask-status"));
                    let given = w.preset.stage.map(|s| (s, true));
                    status = Some(w.pick(given, status, ask, &options, 0)?);
                    return Ok(());
                }
                let (status, dated) = got(status)?;
                let planned = status == Status::Planned;
                match at {
                    // A plan reminded on the next good day asks no date.
                    1 if !dated && w.preset.when.is_none() => when = (None, None),
                    1 => {
                        let kept = when.0.clone().filter(|(s, _)| *s == status);
                        let (typed, parsed) = w.when(status, kept.map(|(_, t)| t))?;
                        when = (Some((status, typed)), parsed);
                    }
                    2 => reference = w.said(Question::Reference, planned, &reference)?,
                    3 => contact = w.said(Question::Contact, planned, &contact)?,
                    4 if planned && w.preset.files.is_none() => files = Default::default(),
                    4 => files = w.files(&files.0)?,
                    _ => note = w.said(Question::Note, planned, &note)?,
                }
                Ok(())
            })?;
        }
        let (status, _) = got(status)?;
        Ok(Evidence {
            status,
            when: when.1,
            reference,
            contact,
            files: files.1,
            note,
            remains: remains.filter(|_| status == Status::Started),
        })
    }

    /// What happened, in words. A plan asks at most when: the reference, who and notes
    /// are asked once something has happened, here or with `records done`; given as
    /// flags, they are kept.
    fn said(&mut self, question: Question, planned: bool, kept: &str) -> Result<String, Error> {
        let (given, prompt) = match question {
            Question::Reference => (self.preset.reference.clone(), t!("ask-reference")),
            Question::Contact => (self.preset.contact.clone(), t!("ask-contact")),
            _ => (self.preset.note.clone(), t!("ask-note")),
        };
        if planned && given.is_none() {
            return Ok(String::new());
        }
        self.free_text(question, prompt, given, Some(kept))
    }

    /// The evidence files, each checked (a readable regular file) when a checker is
    /// given; in a terminal a bad one is asked again.
    /// Also the list as typed, to be offered again.
    fn files(&mut self, kept: &str) -> Result<(String, Vec<FileRef>), Error> {
        let mut given = self.preset.files.clone();
        loop {
            let mut list = String::new();
            let typed = match given.take() {
                // Paths from the command line are kept exactly, not trimmed as a typed
                // list is: a space at the end of a file's name is part of it.
                Some(files) => files
                    .into_iter()
                    .map(|f| {
                        crate::rules::check_length(Question::Files, Some(&f))
                            .map(|()| catalog::clean(&f))
                    })
                    .collect::<Result<Vec<_>, _>>()?,
                None => {
                    list = self.free_text(Question::Files, t!("ask-files"), None, Some(kept))?;
                    split_list(&list)
                }
            };
            let Some(check) = self.preset.check_file else {
                return Ok((list, typed.into_iter().map(FileRef::Typed).collect()));
            };
            match typed
                .iter()
                .map(|f| check(f))
                .collect::<Result<Vec<_>, _>>()
            {
                Ok(files) => return Ok((list, files)),
                Err(why) if self.prompter.interactive() => self.prompter.show(&Block::ask(why))?,
                Err(why) => {
                    return Err(Error::refused(&[(Question::Files, None)], why));
                }
            }
        }
    }

    /// The time as typed (`kept`: as typed before, offered again), and as recorded.
    fn when(
        &mut self,
        status: Status,
        kept: Option<String>,
    ) -> Result<(String, Option<toml::value::Datetime>), Error> {
        let planned = status == Status::Planned;
        let default = match kept {
            Some(kept) => kept,
            None if planned => String::new(),
            // As the language writes dates (ДД.ММ.ГГГГ in Russian); both forms are read.
            None => i18n::date_time(self.now.naive_local()),
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
            let checked = self
                .clock
                .parse_when(&text)
                .map_err(|why| when_refused(&text, why))
                .and_then(|when| {
                    let when = match when {
                        None if !planned => Some(self.now),
                        w => w,
                    };
                    crate::rules::check_done_time(status, when, self.now).map(|()| when)
                });
            match checked {
                Ok(when) => return Ok((text, when.map(|w| record::toml_datetime(&w)))),
                Err(message) => {
                    if !self.prompter.interactive() {
                        return Err(Error::Usage(message));
                    }
                    self.prompter.show(&Block::ask(message))?;
                }
            }
        }
    }

    /// The number, as `+7 …`; one that is not a Russian number is asked again, or refused
    /// from its flag. Empty stays empty: the letter then has a blank to fill in.
    fn number(&mut self, given: Option<String>, kept: Option<&str>) -> Result<String, Error> {
        let mut given = given;
        loop {
            let from_flag = given.is_some();
            let typed = self.free_text(Question::Number, t!("ask-number"), given.take(), kept)?;
            if typed.is_empty() {
                return Ok(typed);
            }
            match crate::labels::phone(&typed) {
                Some(number) => return Ok(number),
                None => {
                    let why = t!("err-number", value = typed);
                    if from_flag || !self.prompter.interactive() {
                        return Err(Error::refused(&[(Question::Number, None)], why));
                    }
                    self.prompter.show(&Block::ask(why))?;
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
            crate::rules::check_length(question, Some(&text)).map(|()| catalog::clean(text.trim()))
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
                // Said before the checklist, and asked at the counter: here a detail.
                let from = block.lines.len();
                self.fact(&mut block, &op.quarantine, |v| self.tx(v));
                block.more_since(from);
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
            // Every keep route's steps say when to put the SIM in, and why: a detail here.
            Action::Keep => {
                block.lines.push(Line::Item(t!("after-keep-sim")));
                block.lines.push(Line::Item(t!("keep-sim-early")).more());
            }
            // The number goes by itself, later: until then codes still reach it. The debt
            // was said with its terms, and has its own dated check below.
            Action::Lapse => {
                block.lines.push(Line::Item(t!("after-watch")));
                self.after_gone(&mut block);
            }
        }
        if !follow_ups.is_empty() {
            block.lines.push(Line::Label(t!("after-follow-ups")));
            block.lines.extend(follow_ups.iter().map(|f| {
                Line::Item(t!(
                    "label-value",
                    label = f.date().map_or_else(|| f.date.to_string(), i18n::date),
                    value = f.text()
                ))
            }));
        }
        self.show(&block)
    }
}

fn split_list(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}
