//! The channel: which ones the operator offers for the action, what to bring and do there,
//! the Russian sentences to say, and when to go.

use chrono::{Datelike, FixedOffset};

use super::{Prompter, Wizard};
use crate::answers::{Ask, Block, Choice, Line, Question};
use crate::answers::{Balance, Owner};
use crate::calendar::Day;
use crate::catalog::{Action, Channel, Confidence, Operator, Route};
use crate::ends::Where;
use crate::error::Error;
use crate::i18n::{self, Lang};
use crate::labels::{channel_name, marker, plus_seven, weekday_name};
use crate::record::Phrase;
use crate::t;

/// The Russian sentences that open a conversation, shown on screen; every sentence is on
/// the card and in the guide.
const OPENING: [&str; 9] = [
    "phrase-abroad",
    "phrase-poa",
    "phrase-terminate",
    "phrase-terminate-representative",
    "phrase-remote",
    "phrase-block",
    "phrase-reregister",
    "phrase-new-owner",
    "phrase-keep-activity",
];

impl<P: Prompter> Wizard<'_, P> {
    /// The channel, and whether the store's line "someone goes for you" was picked.
    pub(super) fn channel(
        &mut self,
        op: &Operator,
        action: Action,
        abroad: bool,
        kept: Option<(Channel, bool)>,
    ) -> Result<(Channel, bool), Error> {
        let by_proxy = self.preset.representative == Some(true);
        let via_store = op.channels_for(action).contains(&Channel::Store);
        let offered = match crate::rules::offered_channels(op, action, abroad && !by_proxy) {
            Ok(offered) => offered,
            // From abroad a store-only errand is still open to someone who goes for the
            // user: offered below, never a dead end in a terminal.
            Err(_) if via_store && self.prompter.interactive() => Vec::new(),
            Err(e) => return Err(e),
        };
        // Keeping a number alive is done where the data says; there is nothing to choose.
        if let (Where::Taken, None, Some(&first)) =
            (action.end().channel, self.preset.channel, offered.first())
        {
            return Ok((first, false));
        }
        if let Some(c) = self.preset.channel {
            if offered.contains(&c) {
                return Ok((c, false));
            }
            let message = crate::rules::channel_refusal(op, action, c, abroad, &offered);
            if !self.prompter.interactive() {
                return Err(Error::Usage(message));
            }
            self.show(&Block {
                title: t!("channel-not-offered-title"),
                lines: vec![Line::Text(message)],
            })?;
        }
        let mut options: Vec<((Channel, bool), Choice)> = offered
            .iter()
            .map(|&c| {
                // The table's hotline summary dials a short number from Russia: from
                // abroad the hotline is its +7 number or the app's chat.
                let hint = if abroad && c == Channel::Hotline {
                    t!("channel-hotline-abroad-hint")
                } else {
                    op.route(c, action)
                        .map(|r| self.tx(&r.summary))
                        .unwrap_or_default()
                };
                let choice = Choice {
                    label: channel_name(c),
                    hint,
                };
                ((c, false), choice)
            })
            .collect();
        // The store once more, last, as the errand of someone who goes for you: the one
        // way to it from abroad, or for anyone who cannot go.
        if via_store {
            if offered.is_empty() {
                self.prompter.show(&Block::ask(t!("channel-only-proxy")))?;
            }
            let choice = Choice {
                label: t!("channel-store-proxy"),
                hint: t!("channel-store-proxy-hint"),
            };
            options.push(((Channel::Store, true), choice));
        }
        let ask = Ask::required(Question::Channel, t!("ask-channel"));
        let default = if abroad { abroad_default(&options) } else { 0 };
        self.pick(None, kept, ask, &options, default)
    }

    /// Whether someone with the user's power of attorney goes to the store: the flag, the
    /// store's line "someone goes for you", or the store at all from abroad.
    pub(super) fn representative(&self, channel: Channel, abroad: bool, picked: bool) -> bool {
        channel == Channel::Store && (abroad || picked || self.preset.representative == Some(true))
    }

    /// What a representative needs: the notarised power of attorney and where to make it,
    /// which depends on where the user is: in Russia any notary; abroad a consulate or a
    /// local notary, then the original's journey, which the dated follow-ups walk through.
    /// Said at the head of the store's steps, which are the representative's.
    fn proxy(&self, action: Action, abroad: bool) -> Vec<Line> {
        let mut block = Block::default();
        block.lines.push(Line::Text(if abroad {
            t!("proxy-abroad")
        } else {
            t!("proxy-russia")
        }));
        let details = block.lines.len();
        // The rule behind it (who may end a contract, and collect its balance), the
        // consulate's sources, the text to send and the details of where it is made are
        // for the guide: the dated follow-ups say what to do.
        if action.end().signed {
            self.fact(&mut block, &self.catalog.general.owner_rule, |v| self.tx(v));
        }
        if abroad {
            if let Some(consulate) = &self.catalog.general.consulate {
                self.fact(&mut block, consulate, |v| self.tx(v));
            }
            block.lines.extend([
                Line::Text(t!("proxy-text-written")),
                Line::Label(t!("poa-where")),
                Line::Item(t!("poa-where-consulate")),
                Line::Item(t!("poa-where-notary")),
                // No source gives these durations: asked, never guessed.
                Line::Ask(t!("poa-where-time")),
                Line::Item(t!("poa-where-original")),
            ]);
        }
        block.more_since(details);
        block.lines
    }

    pub(super) fn steps(
        &mut self,
        op: &Operator,
        route: &Route,
        owner: Owner,
        abroad: bool,
        representative: bool,
    ) -> Result<(), Error> {
        let summary = Line::Text(
            self.tx(&route.summary) + &marker(route.confidence, route.source.as_deref()),
        );
        // The table's hotline summary and steps dial a short number from Russia and end
        // in a store: from abroad the call goes to the +7 number (or the chat), said by our
        // own steps, the summary is for the guide, and the store is someone else's errand.
        let far_call = abroad && route.channel == Channel::Hotline;
        let mut lines = vec![if far_call { summary.more() } else { summary }];
        lines.extend(route.ask.as_ref().map(|a| Line::Ask(self.tx(a))));
        if representative {
            lines.extend(self.proxy(route.action, abroad));
        }
        // "Bring" only where someone stands at a counter; elsewhere the same papers are
        // what to have at hand.
        let at_counter = route.channel == Channel::Store;
        let documents = self.documents(route, representative);
        if !documents.is_empty() || owner == Owner::Other {
            lines.push(Line::Label(documents_label(route.channel, representative)));
            lines.extend(documents);
            if owner == Owner::Other && !representative {
                lines.push(Line::Item(if at_counter {
                    t!("steps-documents-other")
                } else {
                    t!("steps-documents-other-remote")
                }));
            }
        }
        let steps: Vec<String> = if far_call {
            abroad_hotline_steps(route.action)
                .into_iter()
                .map(|k| i18n::lookup(self.lang, k, &[]))
                .collect()
        } else {
            route.steps.iter().map(|s| self.tx(s)).collect()
        };
        if !steps.is_empty() {
            lines.push(Line::Label(t!("steps-steps")));
            lines.extend(
                steps
                    .into_iter()
                    .enumerate()
                    .map(|(i, s)| Line::Step(i + 1, s)),
            );
        }
        // The steps may end at a store to sign; from abroad nobody signs there in person:
        // who can, said once (on Gosuslugi, without sending the user to Gosuslugi).
        if abroad && !representative && route.action.end().signed {
            lines.push(Line::Text(if route.channel == Channel::Gosuslugi {
                t!("abroad-who-goes-gosuslugi")
            } else {
                t!("abroad-who-goes")
            }));
        }
        // What a channel cannot do changes the plan; what it can, the summary said.
        for (label, texts, more) in [
            (t!("steps-can"), &route.can, true),
            (t!("steps-cannot"), &route.cannot, false),
        ] {
            if !texts.is_empty() {
                let from = lines.len();
                lines.push(Line::Label(label));
                lines.extend(texts.iter().map(|s| Line::Item(self.tx(s))));
                if more {
                    Line::all_more(&mut lines[from..]);
                }
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

        // At a store the steps say how to find one, and Gosuslugi is the portal itself:
        // the numbers are for the other channels.
        let contacts = block.lines.len();
        block.lines.push(Line::Label(t!("steps-contacts")));
        self.numbers(&mut block, op, abroad);
        // Online, the site and the app are the channel; the numbers are for the guide.
        if route.channel == Channel::Online {
            block.more_since(contacts + 1);
        }
        self.fact(&mut block, &op.site, |s| {
            t!("contact-site", site = s.clone())
        });
        self.fact(&mut block, &op.app, |a| t!("contact-app", app = self.tx(a)));
        if route.channel == Channel::Store {
            self.fact(&mut block, &self.catalog.general.store_hours, |v| {
                self.tx(v)
            });
        }
        if matches!(route.channel, Channel::Store | Channel::Gosuslugi) {
            block.more_since(contacts);
        }
        self.show(&block)
    }

    /// What to bring or have at hand. A representative brings their own passport and
    /// the power of attorney, never the subscriber's passport (abroad with the subscriber):
    /// the table's documents name the subscriber's identity, so theirs replace them.
    fn documents(&self, route: &Route, representative: bool) -> Vec<Line> {
        if !representative {
            return route
                .documents
                .iter()
                .map(|d| Line::Item(self.tx(d)))
                .collect();
        }
        let mut keys = vec!["proxy-brings-passport", "proxy-brings-poa"];
        if route.action.end().signed {
            keys.push("proxy-brings-letter");
        }
        keys.into_iter()
            .map(|k| Line::Item(i18n::lookup(self.lang, k, &[])))
            .collect()
    }

    /// The hotline numbers that work from where the user is. Abroad, short numbers are
    /// not the way in: the +7 numbers are.
    fn numbers(&self, block: &mut Block, op: &Operator, abroad: bool) {
        if abroad {
            // Abroad, the +7 number (or the chat, or Gosuslugi) is the way in; the others,
            // numbers for calling from Russia, are in the guide as what they are.
            match &op.hotline.abroad.value {
                Some(_) => self.fact(block, &op.hotline.abroad, |n| {
                    t!("hotline-abroad", number = n.clone())
                }),
                // The data's own question says what to ask; ours only where it has none,
                // so that "no number from abroad" is said once.
                None => {
                    self.fact(block, &op.hotline.abroad, |n| n.clone());
                    if op.hotline.abroad.ask.is_none() {
                        block.lines.push(Line::Ask(t!("hotline-no-abroad")));
                    }
                }
            }
            let from = block.lines.len();
            self.fact(block, &op.hotline.short, |n| {
                t!("hotline-short-russia", number = n.clone())
            });
            self.federal(block, op);
            block.more_since(from);
        } else {
            self.fact(block, &op.hotline.short, |n| {
                t!("hotline-short", number = n.clone())
            });
            self.federal(block, op);
            self.fact(block, &op.hotline.abroad, |n| {
                t!("hotline-abroad", number = n.clone())
            });
        }
    }

    fn federal(&self, block: &mut Block, op: &Operator) {
        self.fact(block, &op.hotline.federal, |n| {
            t!("hotline-federal", number = n.clone(), plus = plus_seven(n))
        });
    }

    /// The channel's essentials once more, as the last thing on screen: in a terminal the
    /// full guidance has scrolled away by the end of the questions.
    pub(super) fn recap(
        &mut self,
        op: &Operator,
        route: &Route,
        (abroad, representative): (bool, bool),
        open: &[crate::answers::Prep],
        phrases: &[Phrase],
    ) -> Result<(), Error> {
        if !self.prompter.interactive() {
            return Ok(());
        }
        // Nobody goes anywhere from abroad, and a representative goes in the user's place
        // (while what is still open is the user's own): "before you go" fits neither.
        let mut block = Block::new(if representative || abroad {
            t!("recap-title-remote")
        } else {
            t!("recap-title")
        });
        // The checklist left open, once, here in the plan rather than as a question.
        if !open.is_empty() {
            block.lines.push(Line::Label(t!("prep-recorded")));
            block
                .lines
                .extend(crate::labels::prep_groups(open).into_iter().map(Line::Item));
        }
        let documents = self.documents(route, representative);
        if !documents.is_empty() {
            block
                .lines
                .push(Line::Label(documents_label(route.channel, representative)));
            block.lines.extend(documents);
        }
        // At a counter nobody dials: the numbers are for the other channels.
        if route.channel != Channel::Store {
            block.lines.push(Line::Label(t!("steps-contacts")));
            self.numbers(&mut block, op, abroad);
        }
        // Each with its translation, as on the card: a reader of Chinese must know which
        // sentence asks what.
        block.lines.push(Line::Label(t!("phrases-title")));
        for p in phrases {
            block.lines.push(Line::Item(p.ru.clone()));
            if self.lang != Lang::Ru {
                block.lines.push(Line::Text(format!("    {}", p.text)));
            }
        }
        // A repeat for the screen, not part of the guide: its details stay out.
        match block.short() {
            Some(short) => self.prompter.show(&short),
            None => Ok(()),
        }
    }

    /// Short Russian sentences for the counter or the phone, each with its translation.
    pub(super) fn phrases(
        &mut self,
        action: Action,
        channel: Channel,
        owner: Owner,
        balance: Balance,
        abroad: bool,
        representative: bool,
    ) -> Result<Vec<Phrase>, Error> {
        // A representative speaks for someone else: the power-of-attorney sentence, not
        // "I am abroad".
        let (owner, abroad) = if representative {
            (Owner::Other, false)
        } else {
            (owner, abroad)
        };
        let phrases: Vec<Phrase> = phrase_keys(action, channel, owner, balance, abroad)
            .into_iter()
            .map(|k| {
                let ru = i18n::russian(k, &[]);
                let text = if self.lang == Lang::Ru {
                    ru.clone()
                } else {
                    i18n::lookup(self.lang, k, &[])
                };
                Phrase {
                    key: Some(k.to_owned()),
                    ru,
                    text,
                }
            })
            .collect();
        let mut lines = vec![Line::Text(match channel {
            Channel::Store => t!("phrases-body-store"),
            Channel::Hotline => t!("phrases-body-hotline"),
            _ => t!("phrases-body-chat"),
        })];
        for p in &phrases {
            // The screen shows the sentences that open the conversation (who speaks, what
            // they ask for); the questions that follow are on the card the plan points to
            // (large, to show at the counter) and in the guide.
            let more = !p.key.as_deref().is_some_and(|k| OPENING.contains(&k));
            let mut said = vec![Line::Item(p.ru.clone())];
            if self.lang != Lang::Ru {
                said.push(Line::Text(format!("    {}", p.text)));
            }
            lines.extend(said.into_iter().map(|l| if more { l.more() } else { l }));
        }
        let mut block = Block {
            title: t!("phrases-title"),
            lines,
        };
        // A Russian reader needs no sentences to read out on screen: they stay on the
        // card and in the guide.
        if self.lang == Lang::Ru {
            block.more_since(0);
        }
        self.show(&block)?;
        Ok(phrases)
    }

    /// Whether now is a good time for the channel, and if not, the next good slot: working
    /// days from the holiday table, hours from the data.
    /// Abroad, the hotline and Gosuslugi are timed in Moscow time, and a store only when
    /// someone goes to one.
    pub(super) fn timing(
        &mut self,
        op: &Operator,
        channel: Channel,
        abroad: bool,
        representative: bool,
    ) -> Result<(), Error> {
        // Moscow keeps UTC+3 all year; the flow's clock carries the user's own offset.
        let moscow = FixedOffset::east_opt(3 * 3600).expect("a valid offset");
        let now = if abroad {
            self.now.with_timezone(&moscow)
        } else {
            self.now
        };
        let (weekday, time) = (weekday_name(now.weekday()), now.format("%H:%M").to_string());
        let mut block = Block {
            // Going, calling and doing it online are timed differently, and said so.
            title: match channel {
                Channel::Store => t!("timing-title"),
                Channel::Hotline => t!("timing-title-hotline"),
                Channel::Online | Channel::Gosuslugi => t!("timing-title-online"),
            },
            lines: vec![Line::Text(if abroad {
                t!("timing-now-moscow", weekday = weekday, time = time)
            } else {
                t!("timing-now", weekday = weekday, time = time)
            })],
        };
        let day = self.calendar.day(now.date_naive());
        match channel {
            Channel::Online => block.lines.push(Line::Text(t!("timing-online"))),
            Channel::Gosuslugi => block.lines.push(Line::Text(t!("timing-gosuslugi"))),
            Channel::Hotline => self.hotline_timing(&mut block, op, day),
            // Someone goes once the power of attorney is made (from abroad, once it has
            // reached Russia, weeks from now): the follow-ups date that visit, and today's
            // day is the user's, not theirs. The guide says so.
            Channel::Store if abroad => {
                block.lines = vec![Line::Text(t!("timing-proxy-dated")).more()];
            }
            // In Russia the store's timing holds for their visit: in the guide, after it.
            Channel::Store if representative => {
                self.store_timing(&mut block, now, day);
                block.lines.push(Line::Text(t!("timing-proxy-russia")));
                block.more_since(0);
            }
            Channel::Store => self.store_timing(&mut block, now, day),
        }
        if day == Day::Unknown && matches!(channel, Channel::Store | Channel::Hotline) {
            let year = now.year();
            block
                .lines
                .push(Line::Ask(t!("timing-no-calendar", year = year)));
        }
        if channel == Channel::Store {
            let from = block.lines.len();
            block.lines.push(Line::Text(t!("timing-holidays")));
            let regional = self.tx(self.calendar.regional_note());
            if !regional.is_empty() {
                block.lines.push(Line::Text(regional));
            }
            block.more_since(from);
        }
        self.show(&block)
    }

    /// A hotline is never "outside hours" unless the data says when it works: around the
    /// clock where that is published (with its confidence), else what to expect.
    fn hotline_timing(&self, block: &mut Block, op: &Operator, day: Day) {
        if matches!(day, Day::Weekend | Day::Holiday) {
            block.lines.push(Line::Text(t!("timing-hotline-day-off")));
        }
        match &op.hotline.around_the_clock {
            Some(fact) if fact.value == Some(true) => {
                self.fact(block, fact, |_| t!("timing-hotline-always"));
            }
            _ => block
                .lines
                .push(Line::Ask(t!("timing-hotline-hours-unknown"))),
        }
    }

    /// A store: the day (weekend, holiday, shortened), the next working day when today is
    /// not one, the store hours only where a source gives them, and the busy hours always.
    fn store_timing(&self, block: &mut Block, now: chrono::DateTime<FixedOffset>, day: Day) {
        let cal = &self.calendar;
        let hours = cal.store_hours();
        // The day's verdict joins the line that says what time it is.
        let gap = i18n::sentence_gap(self.lang);
        let mut verdict = |text: String| match block.lines.last_mut() {
            Some(Line::Text(now)) => {
                now.push_str(gap);
                now.push_str(&text);
            }
            _ => block.lines.push(Line::Text(text)),
        };
        if cal.is_good(now) {
            verdict(t!("timing-good"));
        } else {
            verdict(match (day, hours) {
                (Day::Weekend, _) => t!("timing-weekend"),
                (Day::Holiday, _) => t!("timing-holiday"),
                (_, Some((from, to))) => t!(
                    "timing-after-hours",
                    from = from.format("%H:%M").to_string(),
                    to = to.format("%H:%M").to_string()
                ),
                // A working day, but late or early: say so, not "a working day".
                (_, None) => t!("timing-after-hours-unknown"),
            });
            if let Some(next) = cal.next_good(now) {
                block.lines.push(Line::Item(t!(
                    "timing-next",
                    weekday = weekday_name(next.weekday()),
                    date = i18n::date(next.date_naive()),
                    time = next.format("%H:%M").to_string()
                )));
                if let Some(y) = cal.year(next.year()).filter(|y| !y.complete) {
                    block.lines.push(Line::Ask(self.tx(&y.note)));
                }
            }
        }
        let today = now.date_naive();
        let ahead = cal.next_good(now).map(|n| n.date_naive());
        for d in [Some(today), ahead].into_iter().flatten() {
            if let Some(key) = cal.shortened_advice(d) {
                let date = i18n::date(d);
                block.lines.push(Line::Item(i18n::lookup(
                    self.lang,
                    key,
                    &[("date", date.into())],
                )));
                break;
            }
        }
        block.lines.push(Line::Text(t!("timing-peaks")).more());
        match cal.hours_ask() {
            Some(ask) if hours.is_none() => block.lines.push(Line::Ask(self.tx(ask))),
            _ if cal.hours_confidence < Confidence::Official => {
                block.lines.push(Line::Ask(t!("timing-hours-unverified")))
            }
            _ => {}
        }
    }
}

/// Enter's answer abroad: Gosuslugi, else someone going to the store, else the website or
/// app; the hotline (whose short numbers work only in Russia) only when nothing else is.
fn abroad_default(options: &[((Channel, bool), Choice)]) -> usize {
    let preferred = [
        (Channel::Gosuslugi, false),
        (Channel::Store, true),
        (Channel::Online, false),
    ];
    preferred
        .iter()
        .find_map(|p| options.iter().position(|(o, _)| o == p))
        .unwrap_or(0)
}

/// The hotline steps from abroad (message ids): the call, what to ask, what to note.
fn abroad_hotline_steps(action: Action) -> Vec<&'static str> {
    vec![
        "abroad-step-call",
        action.end().abroad_ask,
        "abroad-step-note",
    ]
}

/// What the documents are called: brought to a counter (by the user or by whoever goes),
/// or at hand for a call or a chat.
fn documents_label(channel: Channel, representative: bool) -> String {
    match (channel, representative) {
        (Channel::Store, true) => t!("proxy-brings"),
        (Channel::Store, false) => t!("steps-documents"),
        _ => t!("steps-documents-remote"),
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
    // Ending a contract from abroad, the sentence that asks how says it already.
    if abroad && action != Action::Cancel {
        keys.push("phrase-abroad");
    }
    if owner == Owner::Other {
        keys.push("phrase-poa");
    }
    match action {
        Action::Cancel => {
            // Whoever speaks for the subscriber ends the subscriber's contract, not theirs.
            keys.push(if owner == Owner::Other {
                "phrase-terminate-representative"
            } else {
                "phrase-terminate"
            });
            keys.push("phrase-debt");
            match balance {
                // Whoever speaks for the subscriber asks for the subscriber's account.
                Balance::Refund if owner == Owner::Other => keys.push("phrase-refund-subscriber"),
                Balance::Refund => keys.push("phrase-refund"),
                Balance::Transfer => keys.push("phrase-transfer"),
                Balance::None | Balance::Keep => {}
            }
            // From abroad nobody goes to a store in person: ask for a way that needs none.
            if abroad {
                keys.push("phrase-remote");
            } else if channel != Channel::Store {
                keys.push("phrase-how-store");
            }
            keys.push("phrase-quarantine");
        }
        Action::Suspend => keys.extend(["phrase-block", "phrase-block-terms", "phrase-block-max"]),
        Action::Transfer => {
            keys.push("phrase-reregister");
            // At the counter the new owner stands beside you; in the app they confirm.
            if channel == Channel::Store {
                let proof = if owner == Owner::Other {
                    "phrase-reregister-proof-representative"
                } else {
                    "phrase-reregister-proof"
                };
                keys.extend(["phrase-new-owner", "phrase-debt", proof]);
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
        // Nothing is said anywhere: a lapse has no channel.
        Action::Lapse => return Vec::new(),
    }
    keys.push(match (channel, action) {
        (Channel::Store, Action::Cancel) => "phrase-copy",
        (Channel::Store, Action::Suspend) => "phrase-block-proof",
        _ => "phrase-reference",
    });
    keys
}
