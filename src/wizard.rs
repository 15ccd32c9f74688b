//! The flow: one sequence of steps, asked through [`Prompter`], that ends in a [`Record`].
//!
//! It never touches the terminal or the file system. The terminal answers in interactive
//! mode, the flags (and safe defaults) otherwise, and tests answer from a script.

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveDateTime, Weekday};

use crate::calendar::{Calendar, Day};
use crate::catalog::{self, Action, Catalog, Channel, Confidence, Fact, Operator, Route, Text};
use crate::error::Error;
use crate::i18n::{self, Lang};
use crate::record::{
    self, Balance, DataInfo, Evidence, FollowUp, Owner, Phrase, Prep, Preparation, Record, Status,
};
use crate::t;

/// Facts older than this, in days, are flagged as possibly out of date.
pub const STALE_AFTER_DAYS: i64 = 180;

/// The longest free-text answer, in characters: room for any real note or address.
pub const MAX_TEXT: usize = 4096;

/// Reminders, not operator facts: nobody publishes how long a refund or a final bill takes.
const REFUND_CHECK_DAYS: u32 = 14;
const FINAL_BILL_DAYS: u32 = 30;

/// A question, with the flag that answers it when there is no terminal.
#[derive(Clone, Debug)]
pub struct Ask {
    pub prompt: String,
    pub flag: &'static str,
    /// No safe default exists: without a terminal the flag must be given.
    pub required: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub label: String,
    pub hint: String,
}

/// A block of guidance: a heading and its lines.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Block {
    pub title: String,
    pub lines: Vec<Line>,
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
/// (no terminal), and scripted answers in tests.
pub trait Prompter {
    /// Whether a person is answering; decides if a bad pre-answer is re-asked or fatal.
    fn interactive(&self) -> bool;
    fn select(&mut self, ask: &Ask, choices: &[Choice], default: usize) -> Result<usize, Error>;
    /// Returns one tick per item.
    fn checklist(&mut self, ask: &Ask, items: &[Choice]) -> Result<Vec<bool>, Error>;
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

/// Answers given up front, from flags. `None` means "ask".
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
    pub done: Option<Vec<Prep>>,
    pub balance: Option<Balance>,
    pub channel: Option<Channel>,
    pub planned: Option<bool>,
    pub when: Option<String>,
    pub reference: Option<String>,
    pub contact: Option<String>,
    pub files: Option<Vec<String>>,
    pub note: Option<String>,
    /// For the application letter; asked only when a letter is written.
    pub name: Option<String>,
    pub number: Option<String>,
    /// Write the Russian application letter where one applies.
    pub letter: bool,
}

impl Preset {
    /// Flags that must be given when nobody can be asked, in the order they are asked.
    pub fn missing_without_terminal(&self) -> Vec<&'static str> {
        let mut missing = Vec::new();
        if self.operator.is_none() {
            missing.push("--operator");
        }
        if self.channel.is_none() {
            missing.push("--channel");
        }
        missing
    }
}

pub struct Wizard<'a, P: Prompter> {
    catalog: &'a Catalog,
    prompter: &'a mut P,
    preset: Preset,
    now: DateTime<FixedOffset>,
    lang: Lang,
    calendar: Calendar,
}

/// Runs the whole flow and returns the record to write.
pub fn run<P: Prompter>(
    catalog: &Catalog,
    preset: Preset,
    prompter: &mut P,
    now: DateTime<FixedOffset>,
) -> Result<Record, Error> {
    Wizard::new(catalog, preset, prompter, now).run()
}

/// `--action decide` without a terminal: the side-by-side comparison and, when the
/// questions are answered by flags, the recommendation. Nothing is recorded.
pub fn compare<P: Prompter>(
    catalog: &Catalog,
    preset: Preset,
    prompter: &mut P,
    now: DateTime<FixedOffset>,
) -> Result<(), Error> {
    let mut w = Wizard::new(catalog, preset, prompter, now);
    w.check_preset(&["--operator"])?;
    let op = w.operator()?;
    w.decide(op).map(|_| ())
}

impl<'a, P: Prompter> Wizard<'a, P> {
    fn new(
        catalog: &'a Catalog,
        preset: Preset,
        prompter: &'a mut P,
        now: DateTime<FixedOffset>,
    ) -> Self {
        Wizard {
            catalog,
            prompter,
            preset,
            now,
            lang: i18n::lang(),
            calendar: crate::builtin::calendar(),
        }
    }

    /// Rejects a bad pre-answer before the first question, not after ten of them.
    fn check_preset(&self, required: &[&'static str]) -> Result<(), Error> {
        if let Some(id) = &self.preset.operator
            && self.catalog.operator(id).is_none()
        {
            return Err(unknown_operator(self.catalog, id));
        }
        if !self.prompter.interactive() {
            let missing: Vec<&'static str> = self
                .preset
                .missing_without_terminal()
                .into_iter()
                .filter(|f| required.contains(f))
                .collect();
            if !missing.is_empty() {
                return Err(Error::MissingAnswers(missing));
            }
        }
        Ok(())
    }

    fn run(mut self) -> Result<Record, Error> {
        self.check_preset(&["--operator", "--channel"])?;

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
                verified: self
                    .catalog
                    .verified
                    .to_string()
                    .parse()
                    .expect("a date is TOML"),
                warning: self.stale_warning(),
            },
            supersedes: None,
            follow_ups,
            phrases,
            letter: None,
            letter_text,
        })
    }

    /// Short Russian sentences for the counter or the phone, each with its translation.
    fn phrases(
        &mut self,
        action: Action,
        channel: Channel,
        owner: Owner,
        balance: Balance,
        abroad: bool,
    ) -> Result<Vec<Phrase>, Error> {
        let mut keys: Vec<&str> = Vec::new();
        if abroad {
            keys.push("phrase-abroad");
        }
        if owner == Owner::Other {
            keys.push("phrase-poa");
        }
        match action {
            Action::Cancel => {
                keys.push("phrase-terminate");
                keys.push("phrase-debt");
                match balance {
                    Balance::Refund => keys.push("phrase-refund"),
                    Balance::Transfer => keys.push("phrase-transfer"),
                    Balance::None | Balance::Keep => {}
                }
                if channel != Channel::Store {
                    keys.push("phrase-how-store");
                }
                keys.push("phrase-quarantine");
            }
            Action::Suspend => {
                keys.extend(["phrase-block", "phrase-block-terms", "phrase-block-max"])
            }
        }
        keys.push(match (channel, action) {
            (Channel::Store, Action::Cancel) => "phrase-copy",
            (Channel::Store, Action::Suspend) => "phrase-block-proof",
            _ => "phrase-reference",
        });

        let phrases: Vec<Phrase> = keys
            .into_iter()
            .map(|k| {
                let ru = i18n::russian(k, &[]);
                let text = if self.lang == Lang::Ru {
                    ru.clone()
                } else {
                    i18n::lookup(self.lang, k, &[])
                };
                Phrase { ru, text }
            })
            .collect();
        let mut lines = vec![Line::Text(t!("phrases-body"))];
        for p in &phrases {
            lines.push(Line::Item(p.ru.clone()));
            if self.lang != Lang::Ru {
                lines.push(Line::Text(format!("    {}", p.text)));
            }
        }
        self.prompter.show(&Block {
            title: t!("phrases-title"),
            lines,
        })?;
        Ok(phrases)
    }

    /// The filled-in Russian application (termination at a store, or a refund), when one
    /// applies and was not turned off. Name and number are asked; blanks are left for
    /// whatever must be written by hand. No passport data is asked for.
    fn letter(
        &mut self,
        op: &Operator,
        action: Action,
        channel: Channel,
        balance: Balance,
        owner: Owner,
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
        let name = self.free_text("--name", t!("ask-name"), self.preset.name.clone())?;
        let number = self.free_text("--number", t!("ask-number"), self.preset.number.clone())?;
        Ok(Some(application_letter(&LetterFacts {
            operator: op.name.get(Lang::Ru),
            terminate,
            balance,
            name: &name,
            number: &number,
            representative: owner == Owner::Other,
        })))
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
            return Ok(catalog.operator(id).expect("checked at start"));
        }
        let choices: Vec<Choice> = catalog
            .operators
            .iter()
            .map(|op| Choice {
                label: operator_label(op, self.lang),
                hint: String::new(),
            })
            .collect();
        let ask = Ask {
            prompt: t!("ask-operator"),
            flag: "--operator",
            required: true,
        };
        let i = self.prompter.select(&ask, &choices, 0)?;
        Ok(&catalog.operators[i])
    }

    fn action(&mut self, op: &Operator) -> Result<Action, Error> {
        let action = match self.preset.action {
            Some(a) => a,
            None if self.preset.decide => self.decide(op)?,
            None => {
                let ask = Ask {
                    prompt: t!("ask-action"),
                    flag: "--action",
                    required: false,
                };
                let mut choices = action_choices();
                choices.push(Choice {
                    label: t!("action-decide"),
                    hint: t!("action-decide-hint"),
                });
                match self.prompter.select(&ask, &choices, 0)? {
                    2 => self.decide(op)?,
                    i => Action::ALL[i],
                }
            }
        };
        if action == Action::Suspend {
            let mut block = Block {
                title: t!("suspend-title", operator = self.tx(&op.name)),
                lines: Vec::new(),
            };
            self.fact(&mut block, &op.suspend, |s| {
                s.summary.get(self.lang).to_owned()
            });
            self.prompter.show(&block)?;
        }
        Ok(action)
    }

    /// Cancel, suspend or let it lapse, side by side with dates from today; then two
    /// questions and a recommendation. Returns the action chosen after it.
    fn decide(&mut self, op: &Operator) -> Result<Action, Error> {
        let today = self.now.date_naive();
        let date = |days: u32| i18n::date(today + Duration::days(days.into()));
        let mut block = Block {
            title: t!("decide-title", operator = self.tx(&op.name)),
            lines: vec![Line::Label(t!("decide-cancel"))],
        };
        block.lines.push(Line::Item(t!("decide-cancel-body")));
        self.fact(&mut block, &op.quarantine, |v| self.tx(v));

        block.lines.push(Line::Label(t!("decide-suspend")));
        let terms = op.suspend.value.as_ref();
        self.fact(&mut block, &op.suspend, |s| self.tx(&s.summary));
        if let Some(days) = terms.and_then(|t| t.free_days) {
            block.lines.push(Line::Item(t!(
                "decide-free-until",
                date = date(days),
                days = days
            )));
        }
        if let Some(fee) = terms.and_then(|t| t.fee_per_day_rub) {
            block
                .lines
                .push(Line::Item(t!("decide-fee", fee = fee, month = fee * 30.0)));
        }
        match terms.and_then(|t| t.max_days) {
            Some(days) => {
                block
                    .lines
                    .push(Line::Item(t!("decide-max", date = date(days), days = days)))
            }
            None if terms.is_some() => block.lines.push(Line::Ask(t!("decide-max-unknown"))),
            None => {}
        }

        block.lines.push(Line::Label(t!("decide-lapse")));
        let lapse = op.inactivity.value.as_ref();
        self.fact(&mut block, &op.inactivity, |v| self.tx(&v.summary));
        if let (Some(day), Some(fee)) = (
            lapse.and_then(|l| l.fee_from_day),
            lapse.and_then(|l| l.fee_per_day_rub),
        ) {
            block.lines.push(Line::Item(t!(
                "decide-lapse-fee",
                date = date(day),
                fee = fee
            )));
        }
        if let Some(day) = lapse.and_then(|l| l.ends_after_days) {
            block
                .lines
                .push(Line::Item(t!("decide-lapse-ends", date = date(day))));
        }
        block.lines.push(Line::Item(t!("decide-lapse-risk")));
        block.lines.push(Line::Label(t!("decide-port")));
        self.fact(&mut block, &self.catalog.general.porting, |v| self.tx(v));
        self.prompter.show(&block)?;

        let need = match self.preset.need {
            Some(n) => Some(n),
            // Saying when you will need the number again says that you will.
            None if self.preset.back_in.is_some() => Some(Need::Yes),
            None => {
                let ask = Ask {
                    prompt: t!("ask-need"),
                    flag: "--need-again",
                    required: false,
                };
                let choices = [t!("need-no"), t!("need-yes"), t!("need-unsure")]
                    .into_iter()
                    .map(|label| Choice {
                        label,
                        hint: String::new(),
                    })
                    .collect::<Vec<_>>();
                // Without a terminal, an unanswered question means no recommendation.
                if self.prompter.interactive() {
                    Some(
                        [Need::No, Need::Yes, Need::Unsure]
                            [self.prompter.select(&ask, &choices, 2)?],
                    )
                } else {
                    None
                }
            }
        };
        let back_in = match (need, self.preset.back_in) {
            (Some(Need::Yes), Some(d)) => Some(d),
            (Some(Need::Yes), None) if self.prompter.interactive() => {
                let ask = Ask {
                    prompt: t!("ask-back-in"),
                    flag: "--back-in",
                    required: false,
                };
                loop {
                    let text = self.prompter.text(&ask, "")?;
                    if text.trim().is_empty() {
                        break None;
                    }
                    match text.trim().parse::<u32>() {
                        Ok(d) => break Some(d),
                        Err(_) => self.prompter.show(&Block {
                            title: String::new(),
                            lines: vec![Line::Ask(t!("err-days", value = text))],
                        })?,
                    }
                }
            }
            _ => None,
        };
        let (recommended, why) = recommend(op, need, back_in);
        self.prompter.show(&Block {
            title: t!("decide-recommend-title"),
            lines: vec![Line::Text(why)],
        })?;
        if !self.prompter.interactive() {
            return Ok(recommended);
        }
        let ask = Ask {
            prompt: t!("ask-action"),
            flag: "--action",
            required: false,
        };
        let default = Action::ALL
            .iter()
            .position(|a| *a == recommended)
            .unwrap_or(0);
        Ok(Action::ALL[self.prompter.select(&ask, &action_choices(), default)?])
    }

    fn owner(&mut self) -> Result<Owner, Error> {
        let owner = match self.preset.owner {
            Some(o) => o,
            None => {
                let choices = vec![
                    Choice {
                        label: t!("owner-me"),
                        hint: String::new(),
                    },
                    Choice {
                        label: t!("owner-other"),
                        hint: String::new(),
                    },
                ];
                let ask = Ask {
                    prompt: t!("ask-owner"),
                    flag: "--owner",
                    required: false,
                };
                [Owner::Me, Owner::Other][self.prompter.select(&ask, &choices, 0)?]
            }
        };
        if owner == Owner::Other {
            let mut block = Block {
                title: t!("owner-other-title"),
                lines: Vec::new(),
            };
            self.fact(&mut block, &self.catalog.general.owner_rule, |v| self.tx(v));
            block.lines.push(Line::Text(t!("owner-other-carry-on")));
            self.prompter.show(&block)?;
        }
        Ok(owner)
    }

    /// Abroad, the store is out of reach: only the other channels are offered, and the
    /// hotline is called on its +7 number.
    fn abroad(&mut self, op: &Operator) -> Result<bool, Error> {
        let abroad = match self.preset.abroad {
            Some(a) => a,
            None => {
                let ask = Ask {
                    prompt: t!("ask-abroad"),
                    flag: "--abroad",
                    required: false,
                };
                let choices = [t!("abroad-no"), t!("abroad-yes")]
                    .into_iter()
                    .map(|label| Choice {
                        label,
                        hint: String::new(),
                    })
                    .collect::<Vec<_>>();
                self.prompter.select(&ask, &choices, 0)? == 1
            }
        };
        if abroad {
            let mut block = Block {
                title: t!("abroad-title"),
                lines: vec![
                    Line::Item(t!("abroad-store")),
                    Line::Item(t!("abroad-call")),
                ],
            };
            block.lines.push(Line::Item(t!("abroad-roaming")));
            block.lines.push(Line::Item(t!("abroad-lapse")));
            self.fact(&mut block, &op.inactivity, |v| self.tx(&v.summary));
            self.prompter.show(&block)?;
        }
        Ok(abroad)
    }

    fn preparation(&mut self, action: Action) -> Result<Preparation, Error> {
        let mut block = Block {
            title: t!("prep-title"),
            lines: Vec::new(),
        };
        if action == Action::Cancel {
            self.fact(&mut block, &self.catalog.general.reissue, |v| self.tx(v));
        }
        self.fact(&mut block, &self.catalog.general.gosuslugi, |v| self.tx(v));
        self.prompter.show(&block)?;

        let done: Vec<Prep> = match &self.preset.done {
            Some(done) => done.clone(),
            None => {
                let items: Vec<Choice> = Prep::ALL
                    .iter()
                    .map(|&p| Choice {
                        label: prep_label(p),
                        hint: String::new(),
                    })
                    .collect();
                let ask = Ask {
                    prompt: t!("ask-prep"),
                    flag: "--done",
                    required: false,
                };
                loop {
                    let ticks = self.prompter.checklist(&ask, &items)?;
                    let done: Vec<Prep> = Prep::ALL
                        .iter()
                        .zip(&ticks)
                        .filter(|(_, t)| **t)
                        .map(|(p, _)| *p)
                        .collect();
                    let open = Prep::ALL.len() - done.len();
                    if open == 0 {
                        break done;
                    }
                    let confirm = Ask {
                        prompt: t!("ask-prep-confirm", count = open),
                        flag: "--yes",
                        required: false,
                    };
                    if self.prompter.confirm(&confirm, true)? {
                        break done;
                    }
                }
            }
        };
        let not_done: Vec<Prep> = Prep::ALL
            .into_iter()
            .filter(|p| !done.contains(p))
            .collect();
        let mut done = done;
        done.sort();
        done.dedup();
        // Say what the record will hold: without a terminal this is the only checklist
        // the user sees.
        let lines = Prep::ALL
            .iter()
            .map(|&p| {
                let mark = if done.contains(&p) { "[x]" } else { "[ ]" };
                Line::Item(format!("{mark} {}", prep_label(p)))
            })
            .chain((!not_done.is_empty()).then(|| Line::Text(t!("prep-not-done"))))
            .collect();
        self.prompter.show(&Block {
            title: t!("prep-recorded"),
            lines,
        })?;
        Ok(Preparation { done, not_done })
    }

    fn balance(&mut self, op: &Operator, action: Action) -> Result<Balance, Error> {
        let mut block = Block {
            title: t!("balance-title"),
            lines: Vec::new(),
        };
        self.fact(&mut block, &op.balance_check, |v| self.tx(v));
        if action == Action::Suspend {
            block.lines.push(Line::Text(t!("balance-keep")));
            self.prompter.show(&block)?;
            return match self.preset.balance {
                None | Some(Balance::Keep) => Ok(Balance::Keep),
                Some(_) => Err(Error::Usage(t!("err-balance-suspend"))),
            };
        }
        block.lines.push(Line::Text(t!("balance-debt")));
        self.fact(&mut block, &op.refund, |v| self.tx(v));
        self.prompter.show(&block)?;

        if let Some(b) = self.preset.balance {
            return Ok(b);
        }
        let options = [Balance::Refund, Balance::Transfer, Balance::None];
        let choices: Vec<Choice> = options
            .iter()
            .map(|&b| Choice {
                label: balance_label(b),
                hint: String::new(),
            })
            .collect();
        let ask = Ask {
            prompt: t!("ask-balance"),
            flag: "--balance",
            required: false,
        };
        Ok(options[self.prompter.select(&ask, &choices, 2)?])
    }

    fn channel(&mut self, op: &Operator, action: Action, abroad: bool) -> Result<Channel, Error> {
        let mut offered = op.channels_for(action);
        if abroad {
            offered.retain(|&c| c != Channel::Store);
        }
        if offered.is_empty() {
            return Err(Error::Usage(t!(
                "err-no-channel-abroad",
                operator = op.id().to_owned()
            )));
        }
        if let Some(c) = self.preset.channel {
            if offered.contains(&c) {
                return Ok(c);
            }
            let message = if abroad && c == Channel::Store {
                let names: Vec<&str> = offered.iter().map(|c| c.id()).collect();
                t!("err-store-abroad", offered = names.join(", "))
            } else {
                channel_not_offered(op, action, c, &offered, self.lang)
            };
            if !self.prompter.interactive() {
                return Err(Error::Usage(message));
            }
            self.prompter.show(&Block {
                title: t!("channel-not-offered-title"),
                lines: vec![Line::Text(message)],
            })?;
        }
        let choices: Vec<Choice> = offered
            .iter()
            .map(|&c| Choice {
                label: channel_name(c),
                hint: self.tx(&op.route(c, action).expect("offered").summary),
            })
            .collect();
        let ask = Ask {
            prompt: t!("ask-channel"),
            flag: "--channel",
            required: true,
        };
        Ok(offered[self.prompter.select(&ask, &choices, 0)?])
    }

    fn steps(
        &mut self,
        op: &Operator,
        route: &Route,
        owner: Owner,
        abroad: bool,
    ) -> Result<(), Error> {
        let mut lines = vec![Line::Text(
            self.tx(&route.summary) + &marker(route.confidence, route.source.as_deref()),
        )];
        if !route.documents.is_empty() || owner == Owner::Other {
            lines.push(Line::Label(t!("steps-documents")));
            lines.extend(route.documents.iter().map(|d| Line::Item(self.tx(d))));
            if owner == Owner::Other {
                lines.push(Line::Item(t!("steps-documents-other")));
            }
        }
        if !route.steps.is_empty() {
            lines.push(Line::Label(t!("steps-steps")));
            lines.extend(
                route
                    .steps
                    .iter()
                    .enumerate()
                    .map(|(i, s)| Line::Step(i + 1, self.tx(s))),
            );
        }
        if !route.can.is_empty() {
            lines.push(Line::Label(t!("steps-can")));
            lines.extend(route.can.iter().map(|s| Line::Item(self.tx(s))));
        }
        if !route.cannot.is_empty() {
            lines.push(Line::Label(t!("steps-cannot")));
            lines.extend(route.cannot.iter().map(|s| Line::Item(self.tx(s))));
        }
        let mut block = Block {
            title: t!(
                "steps-title",
                channel = channel_name(route.channel),
                operator = self.tx(&op.name)
            ),
            lines,
        };

        block.lines.push(Line::Label(t!("steps-contacts")));
        // Abroad, short numbers are not the way in: the +7 numbers are.
        if !abroad {
            self.fact(&mut block, &op.hotline.short, |n| {
                t!("hotline-short", number = n.clone())
            });
        }
        self.fact(&mut block, &op.hotline.federal, |n| {
            t!("hotline-federal", number = n.clone(), plus = plus_seven(n))
        });
        self.fact(&mut block, &op.hotline.abroad, |n| {
            t!("hotline-abroad", number = n.clone())
        });
        self.fact(&mut block, &op.site, |s| {
            t!("contact-site", site = s.clone())
        });
        self.fact(&mut block, &op.app, |a| t!("contact-app", app = self.tx(a)));
        if route.channel == Channel::Store {
            self.fact(&mut block, &self.catalog.general.store_hours, |v| {
                self.tx(v)
            });
        }
        self.prompter.show(&block)
    }

    /// Whether now is a good time for the channel, and if not, the next good slot: working
    /// days from the holiday table, hours from the data.
    fn timing(&mut self, channel: Channel) -> Result<(), Error> {
        let now = self.now;
        let cal = &self.calendar;
        let mut lines = vec![Line::Text(t!(
            "timing-now",
            weekday = weekday_name(now.weekday()),
            time = now.format("%H:%M").to_string()
        ))];
        let hours = (
            cal.from.format("%H:%M").to_string(),
            cal.to.format("%H:%M").to_string(),
        );
        if channel == Channel::Online {
            lines.push(Line::Text(t!("timing-online")));
        } else {
            let day = cal.day(now.date_naive());
            if cal.is_good(now) {
                lines.push(Line::Text(t!(
                    "timing-good",
                    from = hours.0.clone(),
                    to = hours.1.clone()
                )));
            } else {
                let why = match day {
                    Day::Weekend => t!("timing-weekend"),
                    Day::Holiday => t!("timing-holiday"),
                    Day::Working | Day::Unknown => t!(
                        "timing-after-hours",
                        from = hours.0.clone(),
                        to = hours.1.clone()
                    ),
                };
                lines.push(Line::Text(why));
                if let Some(next) = cal.next_good(now) {
                    lines.push(Line::Item(t!(
                        "timing-next",
                        weekday = weekday_name(next.weekday()),
                        date = i18n::date(next.date_naive()),
                        time = next.format("%H:%M").to_string()
                    )));
                    if let Some(y) = cal.year(next.year()).filter(|y| !y.complete) {
                        lines.push(Line::Ask(self.tx(&y.note)));
                    }
                }
            }
            if day == Day::Unknown {
                lines.push(Line::Ask(t!("timing-no-calendar", year = now.year())));
            }
            if cal.hours_confidence < Confidence::Official {
                lines.push(Line::Ask(t!("timing-hours-unverified")));
            }
        }
        lines.push(Line::Text(t!("timing-holidays")));
        self.prompter.show(&Block {
            title: t!("timing-title"),
            lines,
        })
    }

    fn evidence(&mut self) -> Result<Evidence, Error> {
        self.prompter.show(&Block {
            title: t!("evidence-title"),
            lines: vec![Line::Text(t!("evidence-body"))],
        })?;
        let planned = match self.preset.planned {
            Some(p) => p,
            None => {
                let choices = vec![
                    Choice {
                        label: t!("evidence-done"),
                        hint: String::new(),
                    },
                    Choice {
                        label: t!("evidence-planned"),
                        hint: String::new(),
                    },
                ];
                let ask = Ask {
                    prompt: t!("ask-status"),
                    flag: "--planned",
                    required: false,
                };
                self.prompter.select(&ask, &choices, 0)? == 1
            }
        };
        let when = self.when(planned)?;
        let reference = self.free_text(
            "--reference",
            t!("ask-reference"),
            self.preset.reference.clone(),
        )?;
        let contact =
            self.free_text("--contact", t!("ask-contact"), self.preset.contact.clone())?;
        let files = match &self.preset.files {
            Some(files) => files
                .clone()
                .into_iter()
                .map(|f| self.free_text("--file", String::new(), Some(f)))
                .collect::<Result<_, _>>()?,
            None => split_list(&self.free_text("--file", t!("ask-files"), None)?),
        };
        let note = self.free_text("--note", t!("ask-note"), self.preset.note.clone())?;
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
            self.now.format("%Y-%m-%d %H:%M").to_string()
        };
        let mut answer = self.preset.when.clone();
        loop {
            let text = match answer.take() {
                Some(t) => t,
                None => {
                    let ask = Ask {
                        prompt: if planned {
                            t!("ask-when-planned")
                        } else {
                            t!("ask-when-done")
                        },
                        flag: "--when",
                        required: false,
                    };
                    self.prompter.text(&ask, &default)?
                }
            };
            match parse_when(&text, self.now) {
                Some(when) => return Ok(when.map(|w| record::toml_datetime(&w))),
                None if self.prompter.interactive() => self.prompter.show(&Block {
                    title: String::new(),
                    lines: vec![Line::Ask(t!("err-when", value = text))],
                })?,
                None => return Err(Error::Usage(t!("err-when", value = text))),
            }
        }
    }

    /// A free-text answer: from its flag, else asked. Control characters are made
    /// visible and the length is bounded, so a stray paste cannot bloat or break a record.
    fn free_text(
        &mut self,
        flag: &'static str,
        prompt: String,
        given: Option<String>,
    ) -> Result<String, Error> {
        let too_long = |text: &str| {
            let n = text.chars().count();
            (n > MAX_TEXT).then(|| t!("err-too-long", flag = flag, count = n, max = MAX_TEXT))
        };
        if let Some(v) = given {
            return match too_long(&v) {
                Some(msg) => Err(Error::Usage(msg)),
                None => Ok(catalog::clean(v.trim())),
            };
        }
        let ask = Ask {
            prompt,
            flag,
            required: false,
        };
        loop {
            let answer = self.prompter.text(&ask, "")?;
            match too_long(&answer) {
                None => return Ok(catalog::clean(answer.trim())),
                Some(msg) if self.prompter.interactive() => self.prompter.show(&Block {
                    title: String::new(),
                    lines: vec![Line::Ask(msg)],
                })?,
                Some(msg) => return Err(Error::Usage(msg)),
            }
        }
    }

    fn aftercare(
        &mut self,
        op: &Operator,
        action: Action,
        follow_ups: &[FollowUp],
    ) -> Result<(), Error> {
        let mut block = Block {
            title: t!("after-title"),
            lines: Vec::new(),
        };
        match action {
            Action::Cancel => {
                block.lines.push(Line::Item(t!("after-destroy")));
                block.lines.push(Line::Item(t!("after-watch")));
                self.fact(&mut block, &op.quarantine, |v| self.tx(v));
            }
            Action::Suspend => {
                block.lines.push(Line::Item(t!("after-keep-sim")));
                block.lines.push(Line::Item(t!("after-watch")));
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
}

/// What the application letter says.
pub struct LetterFacts<'a> {
    pub operator: &'a str,
    /// A termination (at a store); otherwise only a refund application.
    pub terminate: bool,
    pub balance: Balance,
    /// The subscriber, as in the contract.
    pub name: &'a str,
    pub number: &'a str,
    /// The contract is in someone else's name: the user hands it in as their representative.
    pub representative: bool,
}

/// Where a name is written by hand.
const NAME_BLANK: &str = "______________________________";

/// The Russian application: `___` marks what the user writes by hand. Dates are among
/// them, since the letter is often printed days before the visit.
pub fn application_letter(f: &LetterFacts<'_>) -> String {
    let ru = i18n::russian;
    let or_blank = |v: &str, blank: &str| {
        if v.is_empty() {
            blank.to_owned()
        } else {
            v.to_owned()
        }
    };
    let name = or_blank(f.name, NAME_BLANK);
    let number = or_blank(f.number, "+7 (___) ___-__-__");
    let mut out = vec![
        ru("letter-to", &[("operator", f.operator.into())]),
        ru("letter-place", &[]),
        ru("letter-from", &[("name", name.clone().into())]),
    ];
    if f.representative {
        out.push(ru("letter-representative", &[]));
    }
    let who = ru(
        "letter-id-who",
        &[(
            "representative",
            if f.representative { "yes" } else { "no" }.into(),
        )],
    );
    out.extend([
        ru("letter-number", &[("number", number.clone().into())]),
        ru("letter-id", &[("who", who.into())]),
        ru("letter-blank-line", &[]),
        ru("letter-contact", &[]),
        String::new(),
        ru("letter-title", &[]),
        ru(
            match (f.terminate, f.balance) {
                (true, Balance::Refund) => "letter-about-terminate-refund",
                (true, Balance::Transfer) => "letter-about-terminate-transfer",
                (true, Balance::None | Balance::Keep) => "letter-about-terminate",
                (false, Balance::Transfer) => "letter-about-transfer",
                (false, _) => "letter-about-refund",
            },
            &[],
        ),
        String::new(),
    ]);
    if f.terminate {
        out.push(ru("letter-terminate", &[("number", number.clone().into())]));
        out.push(String::new());
    }
    match f.balance {
        Balance::Refund => {
            out.push(ru("letter-refund", &[("number", number.clone().into())]));
            out.push(ru("letter-bank", &[("name", name.clone().into())]));
            out.push(String::new());
        }
        Balance::Transfer => {
            out.push(ru("letter-transfer", &[("number", number.into())]));
            out.push(String::new());
        }
        Balance::None | Balance::Keep => {}
    }
    // The one who signs: the representative writes their own name by hand.
    let signer = if f.representative {
        NAME_BLANK.to_owned()
    } else {
        name
    };
    out.push(ru("letter-sign", &[("signer", signer.into())]));
    out.join("\n") + "\n"
}

/// Dated checks that fit what was done. Periods the operator publishes (free days) come
/// from the data; the others are reminders, not operator facts.
pub fn follow_ups(
    op: Option<&Operator>,
    action: Action,
    balance: Balance,
    evidence: &Evidence,
    today: NaiveDate,
) -> Vec<FollowUp> {
    let base = evidence
        .when
        .as_ref()
        .and_then(|w| w.date)
        .and_then(|d| NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into()))
        .unwrap_or(today);
    let mut out = Vec::new();
    let mut add = |days: u32, what: String| {
        let date = base + Duration::days(days.into());
        out.push(FollowUp {
            date: date.to_string().parse().expect("a date is TOML"),
            what,
        });
    };
    if evidence.status == Status::Planned && evidence.when.is_some() {
        add(0, t!("follow-planned", action = action_name(action)));
    }
    match action {
        Action::Cancel => {
            if matches!(balance, Balance::Refund | Balance::Transfer) {
                add(REFUND_CHECK_DAYS, t!("follow-refund"));
            }
            add(FINAL_BILL_DAYS, t!("follow-final-bill"));
        }
        Action::Suspend => {
            let terms = op.and_then(|op| op.suspend.value.as_ref());
            if let Some(days) = terms.and_then(|t| t.free_days) {
                add(days, t!("follow-free-ends"));
            }
            if let Some(days) = terms.and_then(|t| t.max_days) {
                add(days, t!("follow-max-block"));
            }
        }
    }
    out
}

/// A planned record made complete (`records done`): the evidence given on the command
/// line replaces the planned one, and the follow-ups are dated from when it was done.
pub fn complete(
    planned: &Record,
    path: &std::path::Path,
    op: Option<&Operator>,
    answers: Preset,
    now: DateTime<FixedOffset>,
) -> Result<Record, Error> {
    if planned.evidence.status == Status::Completed {
        return Err(Error::Usage(t!(
            "err-already-done",
            path = path.display().to_string()
        )));
    }
    let when = match answers.when.as_deref() {
        None => Some(now),
        Some(text) => parse_when(text, now)
            .ok_or_else(|| Error::Usage(t!("err-when", value = text.to_owned())))?,
    };
    let text = |flag: &'static str, given: Option<String>, old: &str| -> Result<String, Error> {
        match given {
            None => Ok(old.to_owned()),
            Some(v) if v.chars().count() > MAX_TEXT => Err(Error::Usage(t!(
                "err-too-long",
                flag = flag,
                count = v.chars().count(),
                max = MAX_TEXT
            ))),
            Some(v) => Ok(catalog::clean(v.trim())),
        }
    };
    let mut done = planned.clone();
    done.created = record::toml_datetime(&now);
    done.evidence = Evidence {
        status: Status::Completed,
        when: when.map(|w| record::toml_datetime(&w)),
        reference: text(
            "--reference",
            answers.reference,
            &planned.evidence.reference,
        )?,
        contact: text("--contact", answers.contact, &planned.evidence.contact)?,
        files: planned.evidence.files.clone(),
        note: text("--note", answers.note, &planned.evidence.note)?,
    };
    done.supersedes = path.file_name().map(|n| n.to_string_lossy().into_owned());
    done.follow_ups = follow_ups(
        op,
        done.action,
        done.balance,
        &done.evidence,
        now.date_naive(),
    );
    Ok(done)
}

/// ` [secondary · vareant.ru]` for facts below official; nothing for official ones.
fn marker(confidence: Confidence, source: Option<&str>) -> String {
    let level = match confidence {
        Confidence::Official => return String::new(),
        Confidence::Secondary => t!("confidence-secondary"),
        Confidence::Unverified => t!("confidence-unverified"),
    };
    match source.and_then(host) {
        Some(h) => format!(" [{level} · {h}]"),
        None => format!(" [{level}]"),
    }
}

fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    Some(host.strip_prefix("www.").unwrap_or(host))
}

/// `8 800 250-08-90` → `+7 800 250-08-90`; other forms are shown as they are.
fn plus_seven(number: &str) -> String {
    match number.strip_prefix("8 ") {
        Some(rest) => format!("+7 {rest}"),
        None => number.to_owned(),
    }
}

fn split_list(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `None` when `text` is not a date. Accepts `YYYY-MM-DD HH:MM`, `YYYY-MM-DDTHH:MM`, `YYYY-MM-DD` or nothing, in the local
/// offset of `now`.
pub fn parse_when(text: &str, now: DateTime<FixedOffset>) -> Option<Option<DateTime<FixedOffset>>> {
    let text = text.trim();
    if text.is_empty() {
        return Some(None);
    }
    let naive = [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
        "%d.%m.%Y %H:%M",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
    .or_else(|| {
        // The Russian form too, since that is how dates are shown in Russian.
        ["%Y-%m-%d", "%d.%m.%Y"]
            .iter()
            .find_map(|f| NaiveDate::parse_from_str(text, f).ok())
            .and_then(|d| d.and_hms_opt(0, 0, 0))
    })?;
    naive.and_local_timezone(*now.offset()).single().map(Some)
}

pub fn operator_label(op: &Operator, lang: Lang) -> String {
    let name = op.name.get(lang);
    let ru = op.name.get(Lang::Ru);
    if ru != name {
        format!("{name} ({ru})")
    } else {
        name.to_owned()
    }
}

fn action_choices() -> Vec<Choice> {
    vec![
        Choice {
            label: t!("action-cancel"),
            hint: t!("action-cancel-hint"),
        },
        Choice {
            label: t!("action-suspend"),
            hint: t!("action-suspend-hint"),
        },
    ]
}

/// The recommendation that follows from the two "help me decide" answers and the
/// operator's block terms, with the reason in words.
pub fn recommend(op: &Operator, need: Option<Need>, back_in: Option<u32>) -> (Action, String) {
    let terms = op.suspend.value.as_ref();
    let free = terms.and_then(|t| t.free_days);
    let fee = terms.and_then(|t| t.fee_per_day_rub);
    let max = terms.and_then(|t| t.max_days);
    match (need, back_in) {
        (None, _) => (Action::Cancel, t!("advice-unanswered")),
        (Some(Need::No), _) => (Action::Cancel, t!("advice-no")),
        (Some(Need::Unsure), _) if free.is_some() => (
            Action::Suspend,
            t!("advice-unsure-free", days = free.unwrap_or_default()),
        ),
        (Some(Need::Unsure), _) => (Action::Suspend, t!("advice-unsure-ask")),
        (Some(Need::Yes), Some(days)) if max.is_some_and(|m| days > m) => (
            Action::Suspend,
            t!(
                "advice-too-long",
                days = days,
                max = max.unwrap_or_default()
            ),
        ),
        (Some(Need::Yes), Some(days)) if free.is_some_and(|f| days <= f) => {
            (Action::Suspend, t!("advice-within-free", days = days))
        }
        (Some(Need::Yes), Some(days)) if free.is_some() && fee.is_some() => {
            let paid = days - free.unwrap_or_default();
            let cost = f64::from(paid) * fee.unwrap_or_default();
            (
                Action::Suspend,
                t!("advice-paid", days = days, paid = paid, cost = cost),
            )
        }
        (Some(Need::Yes), _) => (Action::Suspend, t!("advice-yes-ask")),
    }
}

pub fn action_name(a: Action) -> String {
    match a {
        Action::Cancel => t!("action-cancel"),
        Action::Suspend => t!("action-suspend"),
    }
}

pub fn channel_name(c: Channel) -> String {
    match c {
        Channel::Store => t!("channel-store"),
        Channel::Hotline => t!("channel-hotline"),
        Channel::Online => t!("channel-online"),
    }
}

fn weekday_name(d: Weekday) -> String {
    match d {
        Weekday::Mon => t!("day-mon"),
        Weekday::Tue => t!("day-tue"),
        Weekday::Wed => t!("day-wed"),
        Weekday::Thu => t!("day-thu"),
        Weekday::Fri => t!("day-fri"),
        Weekday::Sat => t!("day-sat"),
        Weekday::Sun => t!("day-sun"),
    }
}

fn prep_label(p: Prep) -> String {
    match p {
        Prep::Contacts => t!("prep-contacts"),
        Prep::Sms => t!("prep-sms"),
        Prep::Banks => t!("prep-banks"),
        Prep::Gosuslugi => t!("prep-gosuslugi"),
        Prep::Messengers => t!("prep-messengers"),
        Prep::TwoFactor => t!("prep-2fa"),
    }
}

fn balance_label(b: Balance) -> String {
    match b {
        Balance::Refund => t!("balance-refund"),
        Balance::Transfer => t!("balance-transfer"),
        Balance::None | Balance::Keep => t!("balance-none"),
    }
}

pub fn unknown_operator(catalog: &Catalog, id: &str) -> Error {
    Error::Usage(t!(
        "err-unknown-operator",
        id = catalog::clean(id),
        known = catalog.ids().join(", ")
    ))
}

fn channel_not_offered(
    op: &Operator,
    action: Action,
    c: Channel,
    offered: &[Channel],
    lang: Lang,
) -> String {
    let names: Vec<&str> = offered.iter().map(|c| c.id()).collect();
    let mut msg = t!(
        "err-channel-not-offered",
        operator = op.id().to_owned(),
        action = action.id(),
        channel = c.id(),
        offered = names.join(", ")
    );
    if let Some(instead) = op.route(c, action).and_then(|r| r.instead.as_ref()) {
        msg.push(' ');
        msg.push_str(instead.get(lang));
    }
    msg
}

#[cfg(test)]
mod tests;
