//! Working days and hours for the timing advice: weekends, Russian public holidays and
//! official non-working days (`data/calendar.toml`, compiled in).

use std::fmt;

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveTime, Weekday};
use serde::Deserialize;
use toml::value::Datetime;

use crate::catalog::{Confidence, Text};

pub const EMBEDDED: &str = include_str!("../data/calendar.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCalendar {
    verified: Datetime,
    hours: RawHours,
    #[serde(rename = "year")]
    years: Vec<RawYear>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHours {
    from: String,
    to: String,
    confidence: Confidence,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawYear {
    year: i32,
    complete: bool,
    days_off: Vec<Datetime>,
    source: String,
    confidence: Confidence,
    note: Text,
}

#[derive(Clone, Debug)]
pub struct Year {
    pub year: i32,
    /// False while the government's transfer of days off is not yet known.
    pub complete: bool,
    pub days_off: Vec<NaiveDate>,
    pub source: String,
    pub confidence: Confidence,
    pub note: Text,
}

#[derive(Clone, Debug)]
pub struct Calendar {
    pub verified: NaiveDate,
    pub from: NaiveTime,
    pub to: NaiveTime,
    pub hours_confidence: Confidence,
    pub years: Vec<Year>,
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

/// Parses and checks a calendar; `today` is used to flag a table that does not cover the
/// current year.
pub fn load(text: &str, today: NaiveDate) -> Result<Calendar, CalendarError> {
    let raw: RawCalendar =
        toml::from_str(text).map_err(|e| CalendarError(vec![e.message().trim().to_owned()]))?;
    let mut problems = Vec::new();
    let time = |s: &str, problems: &mut Vec<String>| {
        NaiveTime::parse_from_str(s, "%H:%M").unwrap_or_else(|_| {
            problems.push(format!("`{s}` is not a time like 10:00"));
            NaiveTime::MIN
        })
    };
    let from = time(&raw.hours.from, &mut problems);
    let to = time(&raw.hours.to, &mut problems);
    if from >= to {
        problems.push("[hours] `from` must be before `to`".into());
    }
    let verified = date(&raw.verified).unwrap_or_else(|| {
        problems.push("`verified` must be a date like 2026-11-25".into());
        NaiveDate::MIN
    });
    let mut years: Vec<Year> = Vec::new();
    for y in raw.years {
        if years.iter().any(|o| o.year == y.year) {
            problems.push(format!("year {} is listed twice", y.year));
        }
        let mut days = Vec::new();
        for d in &y.days_off {
            match date(d) {
                Some(d) if d.year() == y.year => days.push(d),
                _ => problems.push(format!("{d} is not a date in {}", y.year)),
            }
        }
        days.sort();
        years.push(Year {
            year: y.year,
            complete: y.complete,
            days_off: days,
            source: y.source,
            confidence: y.confidence,
            note: y.note,
        });
    }
    if !years.iter().any(|y| y.year == today.year()) {
        problems.push(format!(
            "the holiday table does not cover {}, the current year",
            today.year()
        ));
    }
    if problems.is_empty() {
        Ok(Calendar {
            verified,
            from,
            to,
            hours_confidence: raw.hours.confidence,
            years,
        })
    } else {
        Err(CalendarError(problems))
    }
}

impl Calendar {
    pub fn year(&self, year: i32) -> Option<&Year> {
        self.years.iter().find(|y| y.year == year)
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
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<FixedOffset> {
        FixedOffset::east_opt(3 * 3600)
            .unwrap()
            .with_ymd_and_hms(y, m, d, h, 0, 0)
            .unwrap()
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    #[test]
    fn the_shipped_calendar_lists_only_weekdays_in_their_year() {
        let c = load(EMBEDDED, today()).unwrap();
        for y in &c.years {
            for d in &y.days_off {
                assert!(
                    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun),
                    "{d} is a weekend anyway"
                );
            }
        }
        assert!(c.year(2026).unwrap().complete);
        assert!(c.year(2027).is_some(), "the next year is there");
    }

    #[test]
    fn holidays_weekends_and_hours() {
        let c = load(EMBEDDED, today()).unwrap();
        assert_eq!(
            c.day(NaiveDate::from_ymd_opt(2026, 11, 4).unwrap()),
            Day::Holiday
        );
        assert_eq!(
            c.day(NaiveDate::from_ymd_opt(2026, 11, 7).unwrap()),
            Day::Weekend
        );
        assert_eq!(
            c.day(NaiveDate::from_ymd_opt(2026, 11, 5).unwrap()),
            Day::Working
        );
        assert_eq!(
            c.day(NaiveDate::from_ymd_opt(2030, 3, 5).unwrap()),
            Day::Unknown
        );
        assert!(c.is_good(at(2026, 11, 25, 11)));
        assert!(!c.is_good(at(2026, 11, 25, 21)));
        // Wednesday evening → Thursday 10:00; Thursday 31 December → Monday 11 January.
        assert_eq!(
            c.next_good(at(2026, 11, 25, 21)),
            Some(at(2026, 11, 26, 10))
        );
        assert_eq!(c.next_good(at(2026, 12, 30, 20)), Some(at(2027, 1, 11, 10)));
    }

    #[test]
    fn a_table_behind_the_clock_is_flagged() {
        let later = NaiveDate::from_ymd_opt(2031, 1, 1).unwrap();
        let err = load(EMBEDDED, later).unwrap_err();
        // The wizard still runs on it: see `a_year_the_holiday_table_does_not_cover…`.
        assert!(err.to_string().contains("does not cover 2031"), "{err}");
    }
}
