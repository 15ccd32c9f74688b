//! The built-in operator table, compiled from `data/operators.toml` by `src/build.rs`.
//!
//! It holds exactly what parsing the embedded TOML gives (a test compares the two), but
//! costs no parsing at start-up.

use crate::catalog::*;
use crate::i18n::Lang;

fn s(x: &str) -> String {
    x.to_owned()
}

fn t(entries: &[(Lang, &str)]) -> Text {
    Text::from_entries(entries)
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
}
