//! The dated record of what was done: its shape, and writing it without ever losing or
//! clobbering one.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use toml::value::Datetime;

use crate::answers::{Balance, FileRef, Owner, Passport, Prep, Status};
use crate::catalog::{self, Action, Channel};
use crate::lang::Lang;

/// 2: stages (`started`), follow-ups and phrases stored as message keys with their
/// parameters, the number and name, checked evidence files. Schema 1 records still read.
pub const SCHEMA: u32 = 2;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DataInfo {
    /// `embedded`, or the path given to `--data`.
    pub table: String,
    pub verified: Datetime,
    /// Set when the facts were old at the time of the run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Preparation {
    pub done: Vec<Prep>,
    pub not_done: Vec<Prep>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when: Option<Datetime>,
    pub reference: String,
    pub contact: String,
    pub files: Vec<FileRef>,
    pub note: String,
    /// For a record `started` on a route that cannot end it: the channel where it is
    /// completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remains: Option<Channel>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub schema: u32,
    pub created: Datetime,
    pub operator: String,
    pub action: Action,
    pub owner: Owner,
    /// The user was abroad, so the store was out of reach.
    #[serde(default)]
    pub abroad: bool,
    /// The number, as `+7 916 123-45-67`, when it was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The subscriber's name, when it was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub balance: Balance,
    /// Where it is done; none for a number left to lapse, which is done nowhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// Someone with the user's power of attorney goes to the store.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub representative: bool,
    /// Whose passport the contract is on, when the user said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passport: Option<Passport>,
    pub preparation: Preparation,
    pub evidence: Evidence,
    pub data: DataInfo,
    /// The file this record completes (`records done`), when it is a later version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supersedes: Option<String>,
    #[serde(default, rename = "follow_up")]
    pub follow_ups: Vec<FollowUp>,
    /// The sentences shown for the counter or the phone, in Russian and translated.
    #[serde(default, rename = "phrase")]
    pub phrases: Vec<Phrase>,
    /// The file name of the Russian application letter written beside the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letter: Option<String>,
    /// The file name of the Russian power of attorney written beside the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub poa: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Phrase {
    /// The message the sentence comes from, so a reader sees it in their own language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// What to say or show, in Russian.
    pub ru: String,
    /// The same in the language it was written in.
    pub text: String,
}

impl Phrase {
    /// The sentence in the reader's language: from its key when this version knows it,
    /// else as written.
    pub fn text_in(&self, lang: Lang) -> String {
        if lang == Lang::Ru {
            return self.ru.clone();
        }
        self.key
            .as_deref()
            .and_then(|k| crate::i18n::lookup_opt(lang, k))
            .unwrap_or_else(|| self.text.clone())
    }
}

/// Something to check on a date: a refund, the end of free days, a final bill. Stored as
/// a message key with its parameters, so it reads in the reader's language and never
/// says "today" about a day long past; schema 1 stored the sentence (`what`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FollowUp {
    pub date: Datetime,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Parameters: `action`, `channel` as ids, dates as `YYYY-MM-DD`, amounts as numbers.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub what: Option<String>,
    /// When it was marked done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<Datetime>,
    /// Repeats from `date` on (keeping a number alive), rather than happening once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeat: Option<Repeat>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Repeat {
    Monthly,
}

impl Repeat {
    /// The next time after one done on `done`: what keeps a number alive counts from the
    /// last action, so the next reminder is a period after that, not after the plan.
    pub fn next(self, done: NaiveDate) -> Option<NaiveDate> {
        match self {
            Repeat::Monthly => done.checked_add_months(chrono::Months::new(1)),
        }
    }
}

impl FollowUp {
    pub fn new(date: NaiveDate, key: &str, args: &[(&str, String)]) -> FollowUp {
        FollowUp {
            date: crate::dates::toml_date(date),
            key: Some(key.to_owned()),
            args: args
                .iter()
                .map(|(k, v)| ((*k).to_owned(), v.clone()))
                .collect(),
            what: None,
            done: None,
            repeat: None,
        }
    }

    pub fn date(&self) -> Option<NaiveDate> {
        let d = self.date.date?;
        NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
    }

    /// The check in the current language: its key rendered with its parameters (ids as
    /// names, dates as the language writes them), or the sentence an old record stored.
    pub fn text(&self) -> String {
        let Some(key) = &self.key else {
            return catalog::clean(self.what.as_deref().unwrap_or(""));
        };
        let lang = crate::i18n::lang();
        if crate::i18n::lookup_opt(lang, key).is_none() {
            return catalog::clean(self.what.as_deref().unwrap_or(key));
        }
        let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(k, v)| (k.as_str(), render_arg(k, v)))
            .collect();
        crate::i18n::lookup(lang, key, &args)
    }
}

/// A stored parameter as the reader's language shows it: an action or a channel by its
/// name (never the id), a date as the language writes it.
fn render_arg(name: &str, value: &str) -> fluent_bundle::FluentValue<'static> {
    use fluent_bundle::FluentValue;
    let plain = |s: String| FluentValue::from(s);
    match name {
        "action" => Action::ALL
            .into_iter()
            .find(|a| a.id() == value)
            .map_or_else(|| plain(catalog::clean(value)), crate::labels::action_arg),
        "channel" => Channel::ALL
            .into_iter()
            .find(|c| c.id() == value)
            .map_or_else(|| plain(catalog::clean(value)), crate::labels::channel_arg),
        // An amount in rubles, as the language writes money.
        "fee" => value
            .parse::<f64>()
            .map_or_else(|_| plain(catalog::clean(value)), crate::i18n::money),
        _ => plain(match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
            Ok(d) => crate::i18n::date(d),
            Err(_) => catalog::clean(value),
        }),
    }
}

/// A moment as TOML writes it, to the second. Callers bound the dates they accept (see
/// `dates::parse_when`); a year TOML cannot hold is clamped rather than a panic.
pub fn toml_datetime(t: &DateTime<FixedOffset>) -> Datetime {
    use chrono::{Datelike, Timelike};
    use toml::value::{Date, Offset, Time};
    Datetime {
        date: Some(Date {
            year: u16::try_from(t.year().clamp(0, 9999)).unwrap_or_default(),
            month: t.month() as u8,
            day: t.day() as u8,
        }),
        time: Some(Time {
            hour: t.hour() as u8,
            minute: t.minute() as u8,
            second: Some(t.second().min(59) as u8),
            nanosecond: None,
        }),
        offset: Some(Offset::Custom {
            minutes: (t.offset().local_minus_utc() / 60) as i16,
        }),
    }
}

impl Record {
    /// The record file's text. A record that cannot be written as TOML is an error, never
    /// a file with the header alone.
    pub fn to_toml(&self) -> std::io::Result<String> {
        let body = toml::to_string(self).map_err(std::io::Error::other)?;
        Ok(format!(
            "# simcancel record: what was done, when and with whom. Personal data: keep it private.\n{body}"
        ))
    }

    /// The record as printed when it cannot be saved: its file's text, or, should even that
    /// fail, every field as the program holds it.
    pub fn printed(&self) -> String {
        self.to_toml().unwrap_or_else(|_| format!("{self:#?}\n"))
    }

    /// `2026-11-24T153000_mts_cancel_online.toml`: local time first, so names sort by date.
    /// A record without a channel (a lapse) ends at the action.
    pub fn file_stem(&self, created: &DateTime<FixedOffset>) -> String {
        let mut stem = format!(
            "{}_{}_{}",
            created.format("%Y-%m-%dT%H%M%S"),
            self.operator,
            self.action.id(),
        );
        if let Some(channel) = self.channel {
            stem.push('_');
            stem.push_str(channel.id());
        }
        stem
    }
}

/// The record's follow-ups as an iCalendar document: one all-day event each, so a
/// phone's calendar reminds the user. Each event is useful alone: it names the number to
/// call and the reference to quote, and rings the day before at 09:00, when there is
/// still time to act. Follow-ups marked done are left out.
pub fn to_ics(
    record: &Record,
    file_name: &str,
    call: Option<&str>,
    now: DateTime<FixedOffset>,
) -> String {
    use icalendar::{Alarm, Calendar, Component, EventLike, Trigger};
    // A record is a file anyone can edit and a file name is anyone's choice: what goes
    // into the calendar is cleaned like everything printed, so a calendar app shows no
    // escape sequence either.
    let clean = catalog::clean;
    let file_name = &clean(file_name);
    let mut calendar = Calendar::new();
    calendar.name("simcancel");
    let reference = if record.evidence.reference.is_empty() {
        crate::t!("show-none")
    } else {
        clean(&record.evidence.reference)
    };
    let description = crate::t!(
        "ics-description",
        file = file_name.to_owned(),
        call = call.map_or_else(|| crate::t!("show-none"), clean),
        reference = reference
    );
    for (i, f) in record.follow_ups.iter().enumerate() {
        let Some(date) = f.date() else { continue };
        if f.done.is_some() {
            continue;
        }
        let summary = clean(&crate::t!(
            "ics-summary",
            operator = crate::labels::operator_by_id(&record.operator),
            action = crate::labels::action_noun(record.action),
            what = f.text()
        ));
        let uid = format!("{file_name}-{}@simcancel", i + 1);
        // An all-day event starts at midnight: 15 hours before is 09:00 the day before.
        // Written as `-PT15H`, and stamped like its event, so a calendar file says the
        // same each time it is written.
        let alarm = Alarm::display(&summary, Trigger::before_start(chrono::Duration::hours(15)))
            .add_property("TRIGGER", "-PT15H")
            .uid(&format!("alarm-{uid}"))
            .timestamp(now.to_utc())
            .done();
        let mut event = icalendar::Event::new()
            .uid(&uid)
            .timestamp(now.to_utc())
            .summary(&summary)
            .description(&description)
            .alarm(alarm)
            .all_day(date)
            // An all-day event ends (exclusively) the next day, per RFC 5545.
            .ends(date.succ_opt().unwrap_or(date))
            .done();
        // One recurring event, not a year of copies.
        if f.repeat == Some(Repeat::Monthly) {
            event.add_property("RRULE", "FREQ=MONTHLY");
        }
        calendar.push(event);
    }
    calendar.done().to_string()
}

mod lock;
mod read;
mod write;
pub use lock::*;
pub use read::*;
pub use write::*;

#[cfg(test)]
mod tests;
