//! Every date the program computes or reads from the user, in one place, all of it checked:
//! a far date or a huge day count is refused or shown as unknown, never a panic that
//! loses a record.

use chrono::{DateTime, Datelike, Days, FixedOffset, NaiveDate, NaiveDateTime, TimeZone};
use toml::value::Datetime;

/// How far from now a date typed by the user may be, in years: enough for any plan or any
/// record worth completing, and far from where date arithmetic overflows.
pub const MAX_YEARS_AWAY: i32 = 20;

/// `days` after `date`, if the calendar has that day.
pub fn after(date: NaiveDate, days: u32) -> Option<NaiveDate> {
    date.checked_add_days(Days::new(days.into()))
}

/// A date as TOML writes it.
pub fn toml_date(d: NaiveDate) -> Datetime {
    Datetime {
        date: Some(toml::value::Date {
            // A date the program computed is within chrono's range, which TOML's holds.
            year: u16::try_from(d.year()).unwrap_or(0),
            month: d.month() as u8,
            day: d.day() as u8,
        }),
        time: None,
        offset: None,
    }
}

/// Why a typed date was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BadDate {
    /// Not in a form we read.
    Form,
    /// More than [`MAX_YEARS_AWAY`] years from now.
    TooFar,
    /// A local time skipped by a clock change.
    Skipped,
}

/// When something was done or is planned, as the user typed it: `YYYY-MM-DD HH:MM`,
/// `YYYY-MM-DDTHH:MM` (with or without seconds), `DD.MM.YYYY HH:MM`, `YYYY-MM-DD`,
/// `DD.MM.YYYY`, or nothing (`Ok(None)`). The time is local: `zone` gives the offset that
/// holds on that date (so a July date gets summer time), and a time skipped by a clock
/// change is refused rather than moved.
pub fn parse_when(
    text: &str,
    now: DateTime<FixedOffset>,
    zone: &impl Zone,
) -> Result<Option<DateTime<FixedOffset>>, BadDate> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    // The Chinese form as it is shown (`2026 年 11 月 25 日 11:00`), spaces or not.
    let chinese: String;
    let text = if text.contains('年') {
        let (date, time) = text.split_once('日').unwrap_or((text, ""));
        let date: String = date.chars().filter(|c| !c.is_whitespace()).collect();
        let date = date.replace(['年', '月'], "-");
        chinese = format!("{date} {}", time.trim()).trim().to_owned();
        chinese.as_str()
    } else {
        text
    };
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
    })
    .ok_or(BadDate::Form)?;
    if (naive.year() - now.year()).abs() > MAX_YEARS_AWAY {
        return Err(BadDate::TooFar);
    }
    zone.local(naive).map(Some).ok_or(BadDate::Skipped)
}

/// The time of the run and the zone that typed times are read in: the system's, or for a
/// pinned clock (`SIMCANCEL_NOW`, tests) the pinned offset, so that nothing depends on the
/// machine.
#[derive(Clone, Copy, Debug)]
pub struct Clock {
    now: DateTime<FixedOffset>,
    system: bool,
}

impl Clock {
    pub fn system() -> Clock {
        Clock {
            now: chrono::Local::now().fixed_offset(),
            system: true,
        }
    }

    pub fn pinned(now: DateTime<FixedOffset>) -> Clock {
        Clock { now, system: false }
    }

    pub fn now(&self) -> DateTime<FixedOffset> {
        self.now
    }

    pub fn parse_when(&self, text: &str) -> Result<Option<DateTime<FixedOffset>>, BadDate> {
        if self.system {
            parse_when(text, self.now, &chrono::Local)
        } else {
            parse_when(text, self.now, self.now.offset())
        }
    }
}

impl From<DateTime<FixedOffset>> for Clock {
    fn from(now: DateTime<FixedOffset>) -> Clock {
        Clock::pinned(now)
    }
}

/// Turns a local wall-clock time into a moment.
pub trait Zone {
    fn local(&self, t: NaiveDateTime) -> Option<DateTime<FixedOffset>>;
}

/// A fixed offset, as a pinned clock (`SIMCANCEL_NOW`) gives.
impl Zone for FixedOffset {
    fn local(&self, t: NaiveDateTime) -> Option<DateTime<FixedOffset>> {
        t.and_local_timezone(*self).single()
    }
}

/// The system's time zone, with its summer time. In an autumn hour that happens twice,
/// the first is taken.
impl Zone for chrono::Local {
    fn local(&self, t: NaiveDateTime) -> Option<DateTime<FixedOffset>> {
        self.from_local_datetime(&t)
            .earliest()
            .map(|t| t.fixed_offset())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-25T11:00:00+03:00").unwrap()
    }

    fn parse(text: &str) -> Result<Option<DateTime<FixedOffset>>, BadDate> {
        parse_when(text, now(), now().offset())
    }

    #[test]
    fn the_forms_people_type() {
        for (typed, expect) in [
            ("2026-11-25 10:30", "2026-11-25T10:30:00+03:00"),
            ("2026-11-25T10:30", "2026-11-25T10:30:00+03:00"),
            ("2026-11-25 10:30:15", "2026-11-25T10:30:15+03:00"),
            ("25.11.2026 10:30", "2026-11-25T10:30:00+03:00"),
            ("2026-11-25", "2026-11-25T00:00:00+03:00"),
            (" 25.11.2026 ", "2026-11-25T00:00:00+03:00"),
            ("2026 年 11 月 25 日 10:30", "2026-11-25T10:30:00+03:00"),
            ("2026年11月5日", "2026-11-05T00:00:00+03:00"),
        ] {
            assert_eq!(
                parse(typed).unwrap().unwrap().to_rfc3339(),
                expect,
                "{typed}"
            );
        }
        assert_eq!(parse("  "), Ok(None));
        for bad in [
            "tomorrow",
            "11/27/2026",
            "2026-13-01",
            "31.02.2026",
            "2026-11-25 25:00",
            "2026 年 13 月 1 日",
        ] {
            assert_eq!(parse(bad), Err(BadDate::Form), "{bad}");
        }
    }

    #[test]
    fn far_dates_are_refused_not_computed() {
        for far in [
            "31.12.9999",
            "9999-12-15",
            "+99999-01-01",
            "1900-01-01",
            "2047-01-01",
        ] {
            assert!(parse(far).is_err(), "{far}");
        }
        assert!(parse("2046-06-01").is_ok());
        assert!(parse("2006-06-01").is_ok());
    }

    #[test]
    fn day_counts_past_the_calendar_are_none() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        assert_eq!(after(d, 14), NaiveDate::from_ymd_opt(2026, 12, 9));
        assert_eq!(after(NaiveDate::MAX, 1), None);
        assert!(after(d, u32::MAX).is_none());
    }

    #[test]
    fn toml_dates_round_trip() {
        let d = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        assert_eq!(toml_date(d).to_string(), "2026-01-05");
    }

    #[test]
    fn the_system_zone_reads_an_ordinary_time() {
        // Noon exists in every zone on every day (clock changes happen at night).
        let noon = NaiveDate::from_ymd_opt(2026, 6, 15)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap();
        let t = chrono::Local.local(noon).expect("noon exists");
        assert_eq!(t.naive_local(), noon);
    }

    #[test]
    fn summer_and_winter_get_their_own_offsets() {
        // Europe/Berlin, as the system zone would give it: +01:00 in winter, +02:00 in
        // summer, and 02:30 on the last Sunday of March does not exist.
        struct Berlin;
        impl Zone for Berlin {
            fn local(&self, t: NaiveDateTime) -> Option<DateTime<FixedOffset>> {
                let summer = t.month() > 3 && t.month() < 10;
                let gap = t.date() == NaiveDate::from_ymd_opt(2026, 3, 29).unwrap()
                    && t.format("%H").to_string() == "02";
                if gap {
                    return None;
                }
                let offset = FixedOffset::east_opt(if summer { 7200 } else { 3600 })?;
                t.and_local_timezone(offset).single()
            }
        }
        let winter = parse_when("2026-11-30 10:00", now(), &Berlin)
            .unwrap()
            .unwrap();
        let july = parse_when("2026-07-15 10:00", now(), &Berlin)
            .unwrap()
            .unwrap();
        assert_eq!(winter.offset().local_minus_utc(), 3600);
        assert_eq!(july.offset().local_minus_utc(), 7200);
        assert_eq!(
            parse_when("2026-03-29 02:30", now(), &Berlin),
            Err(BadDate::Skipped)
        );
    }
}
