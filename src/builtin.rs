//! The built-in operator table and holiday calendar, compiled from `data/operators.toml` and
//! `data/calendar.toml` by `src/build.rs`.
//!
//! They hold exactly what parsing the embedded TOML gives (tests compare the two), but cost
//! no parsing at start-up.

use crate::catalog::*;
use crate::i18n::Lang;

fn s(x: &str) -> String {
    x.to_owned()
}

fn t(entries: &[(Lang, &'static str)]) -> Text {
    Text::from_entries(entries)
}

fn time(h: u32, m: u32) -> chrono::NaiveTime {
    chrono::NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
}

fn date(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

#[cfg(test)]
mod tests {
    #[test]
    fn the_compiled_table_is_the_parsed_table() {
        let parsed = crate::catalog::embedded().unwrap();
        assert_eq!(format!("{:?}", super::catalog()), format!("{parsed:?}"));
    }

    #[test]
    fn the_compiled_calendar_is_the_parsed_calendar() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let parsed = crate::calendar::load(crate::calendar::EMBEDDED, day).unwrap();
        assert_eq!(format!("{:?}", super::calendar()), format!("{parsed:?}"));
    }
}
