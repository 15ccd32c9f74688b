//! The channel: which ones the operator offers for the action, what to bring and do there,
//! the Russian sentences to say, and when to go.

use chrono::Datelike;

use super::{Ask, Block, Choice, Line, Prompter, Question, Wizard};
use crate::calendar::Day;
use crate::catalog::{Action, Channel, Confidence, Operator, Route};
use crate::error::Error;
use crate::i18n::{self, Lang};
use crate::labels::{channel_name, marker, plus_seven, weekday_name};
use crate::record::{Balance, Owner, Phrase};
use crate::t;

impl<P: Prompter> Wizard<'_, P> {
    pub(super) fn channel(
        &mut self,
        op: &Operator,
        action: Action,
        abroad: bool,
        kept: Option<Channel>,
    ) -> Result<Channel, Error> {
        let offered = crate::config::offered_channels(op, action, abroad)?;
        // Keeping a number alive is done where the data says; there is nothing to choose.
        if action == Action::Keep && self.preset.channel.is_none() {
            return Ok(offered[0]);
        }
        if let Some(c) = self.preset.channel {
            if offered.contains(&c) {
                return Ok(c);
            }
            let message = crate::config::channel_refusal(op, action, c, abroad, &offered);
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
                hint: op
                    .route(c, action)
                    .map(|r| self.tx(&r.summary))
                    .unwrap_or_default(),
            })
            .collect();
        let ask = Ask::required(Question::Channel, t!("ask-channel"));
        let default = kept
            .and_then(|k| offered.iter().position(|c| *c == k))
            .unwrap_or(0);
        Ok(offered[self.prompter.select(&ask, &choices, default)?])
    }

    pub(super) fn steps(
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
        for (label, texts) in [
            (t!("steps-can"), &route.can),
            (t!("steps-cannot"), &route.cannot),
        ] {
            if !texts.is_empty() {
                lines.push(Line::Label(label));
                lines.extend(texts.iter().map(|s| Line::Item(self.tx(s))));
            }
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
        self.numbers(&mut block, op, abroad);
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

    /// The hotline numbers that work from where the user is. Abroad, short numbers are
    /// not the way in: the +7 numbers are.
    fn numbers(&self, block: &mut Block, op: &Operator, abroad: bool) {
        if !abroad {
            self.fact(block, &op.hotline.short, |n| {
                t!("hotline-short", number = n.clone())
            });
        }
        self.fact(block, &op.hotline.federal, |n| {
            t!("hotline-federal", number = n.clone(), plus = plus_seven(n))
        });
        self.fact(block, &op.hotline.abroad, |n| {
            t!("hotline-abroad", number = n.clone())
        });
    }

    /// The channel's essentials once more, as the last thing on screen: in a terminal the
    /// full guidance has scrolled away by the end of the questions.
    pub(super) fn recap(
        &mut self,
        op: &Operator,
        route: &Route,
        abroad: bool,
        phrases: &[Phrase],
    ) -> Result<(), Error> {
        if !self.prompter.interactive() {
            return Ok(());
        }
        let mut block = Block::new(t!("recap-title"));
        if !route.documents.is_empty() {
            block.lines.push(Line::Label(t!("steps-documents")));
            let documents = route.documents.iter().map(|d| Line::Item(self.tx(d)));
            block.lines.extend(documents);
        }
        block.lines.push(Line::Label(t!("steps-contacts")));
        self.numbers(&mut block, op, abroad);
        block.lines.push(Line::Label(t!("phrases-title")));
        block
            .lines
            .extend(phrases.iter().map(|p| Line::Item(p.ru.clone())));
        self.prompter.show(&block)
    }

    /// Short Russian sentences for the counter or the phone, each with its translation.
    pub(super) fn phrases(
        &mut self,
        action: Action,
        channel: Channel,
        owner: Owner,
        balance: Balance,
        abroad: bool,
    ) -> Result<Vec<Phrase>, Error> {
        let phrases: Vec<Phrase> = phrase_keys(action, channel, owner, balance, abroad)
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

    /// Whether now is a good time for the channel, and if not, the next good slot: working
    /// days from the holiday table, hours from the data.
    pub(super) fn timing(&mut self, channel: Channel) -> Result<(), Error> {
        let now = self.now;
        let cal = &self.calendar;
        let mut lines = vec![Line::Text(t!(
            "timing-now",
            weekday = weekday_name(now.weekday()),
            time = now.format("%H:%M").to_string()
        ))];
        let from = cal.from.format("%H:%M").to_string();
        let to = cal.to.format("%H:%M").to_string();
        if channel == Channel::Online {
            lines.push(Line::Text(t!("timing-online")));
        } else {
            let day = cal.day(now.date_naive());
            if cal.is_good(now) {
                lines.push(Line::Text(t!(
                    "timing-good",
                    from = from.clone(),
                    to = to.clone()
                )));
            } else {
                lines.push(Line::Text(match day {
                    Day::Weekend => t!("timing-weekend"),
                    Day::Holiday => t!("timing-holiday"),
                    Day::Working | Day::Unknown => {
                        t!("timing-after-hours", from = from.clone(), to = to.clone())
                    }
                }));
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
}

/// Which sentences fit: message ids of the Russian counter texts, in the order said.
fn phrase_keys(
    action: Action,
    channel: Channel,
    owner: Owner,
    balance: Balance,
    abroad: bool,
) -> Vec<&'static str> {
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
        Action::Suspend => keys.extend(["phrase-block", "phrase-block-terms", "phrase-block-max"]),
        Action::Transfer => {
            keys.push("phrase-reregister");
            // At the counter the new owner stands beside you; in the app they confirm.
            if channel == Channel::Store {
                keys.extend(["phrase-new-owner", "phrase-debt", "phrase-reregister-proof"]);
            } else {
                keys.extend(["phrase-debt", "phrase-reference"]);
            }
            return keys;
        }
        // Said on the phone or written in the app's chat, to learn what keeps it alive.
        Action::Keep => {
            keys.extend(["phrase-keep-activity", "phrase-keep-fee", "phrase-cooling"]);
            return keys;
        }
    }
    keys.push(match (channel, action) {
        (Channel::Store, Action::Cancel) => "phrase-copy",
        (Channel::Store, Action::Suspend) => "phrase-block-proof",
        _ => "phrase-reference",
    });
    keys
}
