//! Working days and hours for the timing advice: weekends, Russian public holidays and
//! official non-working days (`data/calendar.toml`, compiled in).

use std::fmt;
use std::ops::Range;

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveTime, Weekday};
use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use crate::catalog::{Confidence, DataError, Problem, Text};

pub const EMBEDDED: &str = include_str!("../data/calendar.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCalendar {
    verified: Spanned<Datetime>,
    hours: Spanned<RawHours>,
    regional: RawRegional,
    #[serde(rename = "year")]
    years: Vec<Spanned<RawYear>>,
}

/// Store hours, a fact like the operator table's: `from`/`to` with a source, or an `ask`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHours {
    from: Option<String>,
    to: Option<String>,
    source: Option<String>,
    confidence: Confidence,
    ask: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegional {
    note: Text,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawYear {
    year: i32,
    complete: bool,
    days_off: Spanned<Vec<Datetime>>,
    #[serde(default = "no_days")]
    shortened: Spanned<Vec<Datetime>>,
    source: String,
    confidence: Confidence,
    note: Text,
}

fn no_days() -> Spanned<Vec<Datetime>> {
    Spanned::new(0..0, Vec::new())
}

baked! {
    #[derive(Clone, Debug)]
    pub struct Year {
        pub year: i32,
        /// False while the government's transfer of days off is not yet known: the year is
        /// provisional, built from the Labour Code alone.
        pub complete: bool,
        pub days_off: Vec<NaiveDate>,
        /// Pre-holiday working days, one hour shorter (Labour Code art. 95).
        pub shortened: Vec<NaiveDate>,
        pub source: String,
        pub confidence: Confidence,
        pub note: Text,
    }
}

impl Year {
    /// Built from the law's fixed holidays and automatic transfers, before the decree.
    pub fn provisional(&self) -> bool {
        !self.complete
    }
}

baked! {
    #[derive(Clone, Debug)]
    pub struct Calendar {
        pub verified: NaiveDate,
        /// The window the timing advice treats as open: the published store hours, or the
        /// whole day when nobody publishes them (see [`Calendar::store_hours`]).
        pub from: NaiveTime,
        pub to: NaiveTime,
        pub hours_confidence: Confidence,
        /// Whether `from`/`to` are sourced hours rather than the whole day.
        pub hours_known: bool,
        pub hours_source: Option<String>,
        /// What to tell the user when the hours are unknown.
        pub hours_ask: Option<Text>,
        /// Regional holidays are not in the table: what to tell the user about them.
        pub regional: Text,
        pub years: Vec<Year>,
    }
}

/// What the calendar says about a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Day {
    Working,
    Weekend,
    Holiday,
    /// A weekday in a year the table does not cover.
    Unknown,
}

#[derive(Debug, PartialEq, Eq)]
pub struct CalendarError(pub Vec<String>);

impl fmt::Display for CalendarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.join("\n"))
    }
}

fn date(dt: &Datetime) -> Option<NaiveDate> {
    match (dt.date, dt.time) {
        (Some(d), None) => NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into()),
        _ => None,
    }
}

fn weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The non-working public holidays of Labour Code art. 112 part 1, as (month, day).
pub const HOLIDAYS: [(u32, u32); 14] = [
    (1, 1),
    (1, 2),
    (1, 3),
    (1, 4),
    (1, 5),
    (1, 6),
    (1, 7),
    (1, 8),
    (2, 23),
    (3, 8),
    (5, 1),
    (5, 9),
    (6, 12),
    (11, 4),
];

fn holidays(year: i32) -> impl Iterator<Item = NaiveDate> {
    HOLIDAYS
        .into_iter()
        .filter_map(move |(m, d)| NaiveDate::from_ymd_opt(year, m, d))
}

/// The weekdays off the law alone implies for `year`: each holiday on a weekday, and for
/// a holiday on a weekend the next working day after it (art. 112 part 2). The January
/// holidays that fall on a weekend are left out: the law leaves them to the government's
/// decree, which moves them to another day of its choosing.
pub fn implied_days_off(year: i32) -> Vec<(NaiveDate, NaiveDate)> {
    let fixed: Vec<NaiveDate> = holidays(year).collect();
    let mut taken: Vec<NaiveDate> = fixed.iter().copied().filter(|d| !weekend(*d)).collect();
    let mut out: Vec<(NaiveDate, NaiveDate)> = taken.iter().map(|d| (*d, *d)).collect();
    for h in fixed.iter().filter(|d| weekend(**d) && d.month() != 1) {
        let mut d = *h;
        loop {
            d += Duration::days(1);
            if !weekend(d) && !taken.contains(&d) {
                break;
            }
        }
        taken.push(d);
        out.push((*h, d));
    }
    out.sort_by_key(|(_, d)| *d);
    out
}

/// Parses and checks a calendar; `today` is used to flag a table that does not cover the
/// current year.
pub fn load(text: &str, today: NaiveDate) -> Result<Calendar, CalendarError> {
    check(text, "data/calendar.toml", today)
        .map_err(|e| CalendarError(e.problems.into_iter().map(|p| p.message).collect()))
}

/// [`load`], with every problem located (`origin:line:column`) and given a hint.
pub fn check(text: &str, origin: &str, today: NaiveDate) -> Result<Calendar, DataError> {
    let at = crate::catalog::locator(text);
    let fail = |problems: Vec<Problem>| DataError::sorted(origin.to_owned(), problems);
    let raw: RawCalendar = toml::from_str(text).map_err(|e| {
        fail(vec![at(
            e.span().unwrap_or(0..0),
            e.message().trim().to_owned(),
            "see the calendar's format in data/README.md",
        )])
    })?;
    let mut problems = Vec::new();
    let hours_span = raw.hours.span();
    let hours = raw.hours.into_inner();
    let (from, to, hours_known) = check_hours(&hours, hours_span, &at, &mut problems);
    let verified = date(raw.verified.get_ref()).unwrap_or_else(|| {
        problems.push(at(
            raw.verified.span(),
            "`verified` must be a date like 2026-11-25".into(),
            "a bare date, without time or quotes",
        ));
        NaiveDate::MIN
    });
    let mut years: Vec<Year> = Vec::new();
    for spanned in raw.years {
        let span = spanned.span();
        let y = spanned.into_inner();
        if years.iter().any(|o| o.year == y.year) {
            problems.push(at(
                span.clone(),
                format!("year {} is listed twice", y.year),
                "merge the two [[year]] tables",
            ));
        }
        years.push(check_year(y, &at, &mut problems));
    }
    if !years.iter().any(|y| y.year == today.year()) {
        problems.push(at(
            0..0,
            format!(
                "the holiday table does not cover {}, the current year",
                today.year()
            ),
            "add the year's days off, with their source",
        ));
    }
    if !problems.is_empty() {
        return Err(fail(problems));
    }
    Ok(Calendar {
        verified,
        from,
        to,
        hours_confidence: hours.confidence,
        hours_known,
        hours_source: hours.source,
        hours_ask: hours.ask,
        regional: raw.regional.note,
        years,
    })
}

type At<'a> = dyn Fn(Range<usize>, String, &str) -> Problem + 'a;

/// The store hours: both times with a source, or neither with an `ask`. Unknown hours
/// cover the whole day, so that the advice is about working days only.
fn check_hours(
    hours: &RawHours,
    span: Range<usize>,
    at: &At<'_>,
    problems: &mut Vec<Problem>,
) -> (NaiveTime, NaiveTime, bool) {
    let time = |s: &str, problems: &mut Vec<Problem>| {
        NaiveTime::parse_from_str(s, "%H:%M").unwrap_or_else(|_| {
            problems.push(at(
                span.clone(),
                format!("`{}` is not a time like 10:00", crate::catalog::clean(s)),
                "hours as HH:MM",
            ));
            NaiveTime::MIN
        })
    };
    match (&hours.from, &hours.to) {
        (Some(f), Some(t)) => {
            let (from, to) = (time(f, problems), time(t, problems));
            if from >= to {
                problems.push(at(
                    span.clone(),
                    "[hours] `from` must be before `to`".into(),
                    "opening time first",
                ));
            }
            if hours.source.is_none() {
                problems.push(at(
                    span,
                    "store hours need a `source`".into(),
                    "cite the page the hours were read on, or leave out from/to and give an `ask`",
                ));
            }
            (from, to, true)
        }
        (None, None) => {
            if hours.ask.is_none() {
                problems.push(at(
                    span,
                    "unknown store hours (no from/to) need an `ask` text".into(),
                    "say what the user should check instead",
                ));
            }
            let end = NaiveTime::from_hms_opt(23, 59, 0).unwrap_or(NaiveTime::MIN);
            (NaiveTime::MIN, end, false)
        }
        _ => {
            problems.push(at(
                span,
                "[hours] needs both `from` and `to`, or neither".into(),
                "give both with a source, or an `ask` instead",
            ));
            (NaiveTime::MIN, NaiveTime::MIN, false)
        }
    }
}

/// One year: its dates in the year, every day off the Labour Code implies, no weekends,
/// and shortened days only just before a holiday.
fn check_year(y: RawYear, at: &At<'_>, problems: &mut Vec<Problem>) -> Year {
    let dates = |list: &Spanned<Vec<Datetime>>, problems: &mut Vec<Problem>| {
        let mut days = Vec::new();
        for d in list.get_ref() {
            match date(d) {
                Some(d) if d.year() == y.year => days.push(d),
                _ => problems.push(at(
                    list.span(),
                    format!("{d} is not a date in {}", y.year),
                    "a bare date like 2026-01-02 in the year's own list",
                )),
            }
        }
        days.sort();
        days
    };
    let days = dates(&y.days_off, problems);
    let shortened = dates(&y.shortened, problems);
    for (holiday, off) in implied_days_off(y.year) {
        if days.binary_search(&off).is_err() {
            let what = if holiday == off {
                format!("{off} is a public holiday on a weekday, but it is not in `days_off`")
            } else {
                format!(
                    "{holiday} falls on a {}, so {off} is a day off (Labour Code art. 112 part 2), but it is not in `days_off`",
                    weekday_word(holiday.weekday())
                )
            };
            problems.push(at(
                y.days_off.span(),
                what,
                "add the day to days_off: https://lawnotes.ru/tk-rf/chast-3/razdel-v/glava-18/statya-112",
            ));
        }
    }
    for d in &days {
        if weekend(*d) {
            problems.push(at(
                y.days_off.span(),
                format!("{d} is a weekend day anyway"),
                "list only weekdays that are days off",
            ));
        }
    }
    for d in &shortened {
        let before_holiday = d.succ_opt().is_some_and(|next| {
            days.binary_search(&next).is_ok() || holidays(next.year()).any(|h| h == next)
        });
        if weekend(*d) || days.binary_search(d).is_ok() || !before_holiday {
            problems.push(at(
                y.shortened.span(),
                format!("{d} is not a working day just before a holiday"),
                "a shortened day is the working day before a public holiday (Labour Code art. 95)",
            ));
        }
    }
    Year {
        year: y.year,
        complete: y.complete,
        days_off: days,
        shortened,
        source: y.source,
        confidence: y.confidence,
        note: y.note,
    }
}

fn weekday_word(w: Weekday) -> &'static str {
    match w {
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
        _ => "weekday",
    }
}

impl Calendar {
    pub fn year(&self, year: i32) -> Option<&Year> {
        self.years.iter().find(|y| y.year == year)
    }

    /// The stores' hours when a source publishes them; `None` means unknown: say
    /// [`Calendar::hours_ask`] instead of naming hours.
    pub fn store_hours(&self) -> Option<(NaiveTime, NaiveTime)> {
        self.hours_known.then_some((self.from, self.to))
    }

    /// What to tell the user when the store hours are unknown.
    pub fn hours_ask(&self) -> Option<&Text> {
        self.hours_ask.as_ref()
    }

    /// Whether `d` is a shortened pre-holiday working day (one hour shorter; stores and
    /// offices may close early, and queues are longer).
    pub fn is_shortened(&self, d: NaiveDate) -> bool {
        self.year(d.year())
            .is_some_and(|y| y.shortened.binary_search(&d).is_ok())
    }

    /// The shortened days of `year` the table knows (none for a provisional year whose
    /// decree is not out).
    pub fn shortened_in(&self, year: i32) -> &[NaiveDate] {
        self.year(year)
            .map(|y| y.shortened.as_slice())
            .unwrap_or(&[])
    }

    /// The message id (with a `date` argument) to show when `d` is a shortened day.
    pub fn shortened_advice(&self, d: NaiveDate) -> Option<&'static str> {
        self.is_shortened(d).then_some("timing-short-day")
    }

    /// The note that regional holidays are not in the table.
    pub fn regional_note(&self) -> &Text {
        &self.regional
    }

    pub fn day(&self, d: NaiveDate) -> Day {
        if matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
            return Day::Weekend;
        }
        match self.year(d.year()) {
            None => Day::Unknown,
            Some(y) if y.days_off.binary_search(&d).is_ok() => Day::Holiday,
            Some(_) => Day::Working,
        }
    }

    /// Whether `t` is in working hours on a working day.
    pub fn is_good(&self, t: DateTime<FixedOffset>) -> bool {
        matches!(self.day(t.date_naive()), Day::Working | Day::Unknown)
            && (self.from..self.to).contains(&t.time())
    }

    /// The start of the next working-hours slot at or after `t`, looking a month ahead.
    pub fn next_good(&self, t: DateTime<FixedOffset>) -> Option<DateTime<FixedOffset>> {
        if self.is_good(t) {
            return Some(t);
        }
        (0..=31).find_map(|i| {
            let day = t.date_naive() + Duration::days(i);
            let start = day
                .and_time(self.from)
                .and_local_timezone(*t.offset())
                .single()?;
            (start > t && matches!(self.day(day), Day::Working | Day::Unknown)).then_some(start)
        })
    }
}

#[cfg(test)]
#[path = "calendar/tests.rs"]
mod tests;
