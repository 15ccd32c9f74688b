use super::*;
use chrono::TimeZone;

fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3 * 3600)
        .unwrap()
        .with_ymd_and_hms(y, m, d, h, 0, 0)
        .unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    day(2026, 11, 25)
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
fn holidays_weekends_and_working_days() {
    let c = load(EMBEDDED, today()).unwrap();
    assert_eq!(c.day(day(2026, 11, 4)), Day::Holiday);
    assert_eq!(c.day(day(2026, 11, 7)), Day::Weekend);
    assert_eq!(c.day(day(2026, 11, 5)), Day::Working);
    assert_eq!(c.day(day(2030, 3, 5)), Day::Unknown);
    // Store hours are unknown: any time of a working day is a working day.
    assert!(c.is_good(at(2026, 11, 25, 11)));
    assert!(c.is_good(at(2026, 11, 25, 21)));
    // Saturday → Monday; Thursday 31 December → Monday 11 January.
    assert_eq!(
        c.next_good(at(2026, 11, 28, 12)).map(|t| t.date_naive()),
        Some(day(2026, 11, 30))
    );
    assert_eq!(
        c.next_good(at(2026, 12, 31, 12)).map(|t| t.date_naive()),
        Some(day(2027, 1, 11))
    );
}

#[test]
fn store_hours_are_an_ask_not_a_guess() {
    let c = load(EMBEDDED, today()).unwrap();
    assert_eq!(c.store_hours(), None);
    assert_eq!(c.hours_confidence, Confidence::Unverified);
    assert!(
        c.hours_ask()
            .unwrap()
            .get(crate::i18n::Lang::En)
            .contains("store hours")
    );
    // Hours with a source are used as given.
    let sourced = EMBEDDED.replace(
        "[hours]\n",
        "[hours]\nfrom = \"09:00\"\nto = \"18:00\"\nsource = \"https://example.org/hours\"\n",
    );
    let c = load(&sourced, today()).unwrap();
    let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap();
    assert_eq!(c.store_hours().map(|h| h.0), Some(nine));
    assert!(!c.is_good(at(2026, 11, 25, 19)));
    // Hours without a source are refused.
    let unsourced = EMBEDDED.replace("[hours]\n", "[hours]\nfrom = \"10:00\"\nto = \"19:00\"\n");
    let err = check(&unsourced, "cal.toml", today()).unwrap_err();
    assert!(err.to_string().contains("need a `source`"), "{err}");
}

#[test]
fn shortened_days_2027_transfers_and_the_regional_note() {
    let c = load(EMBEDDED, today()).unwrap();
    assert_eq!(
        c.shortened_in(2026),
        [
            day(2026, 4, 30),
            day(2026, 5, 8),
            day(2026, 6, 11),
            day(2026, 11, 3)
        ]
    );
    assert!(c.is_shortened(day(2026, 11, 3)));
    assert!(!c.is_shortened(day(2026, 11, 5)));
    assert_eq!(
        c.shortened_advice(day(2026, 11, 3)),
        Some("timing-short-day")
    );
    assert_eq!(c.shortened_advice(day(2026, 11, 2)), None);
    let y = c.year(2027).unwrap();
    assert!(y.provisional());
    assert!(!c.year(2026).unwrap().provisional());
    for d in [day(2027, 5, 3), day(2027, 5, 10), day(2027, 6, 14)] {
        assert_eq!(c.day(d), Day::Holiday, "{d}");
    }
    assert!(y.note.get(crate::i18n::Lang::En).starts_with("Provisional"));
    assert!(
        c.regional_note()
            .get(crate::i18n::Lang::En)
            .contains("Tatarstan")
    );
    assert!(c.year(2026).unwrap().source.contains("profedu38.ru"));
}

#[test]
fn the_law_implies_the_transfers_of_a_year() {
    let implied = implied_days_off(2027);
    for (holiday, off) in [
        (day(2027, 5, 1), day(2027, 5, 3)),
        (day(2027, 5, 9), day(2027, 5, 10)),
        (day(2027, 6, 12), day(2027, 6, 14)),
        (day(2027, 2, 23), day(2027, 2, 23)),
    ] {
        assert!(implied.contains(&(holiday, off)), "{holiday} → {off}");
    }
    // January weekends are the decree's to move, not the rule's.
    assert!(!implied.iter().any(|(h, _)| *h == day(2027, 1, 2)));
    // 2026: 8 March (Sun) → 9 March, 9 May (Sat) → 11 May.
    let implied = implied_days_off(2026);
    assert!(implied.contains(&(day(2026, 3, 8), day(2026, 3, 9))));
    assert!(implied.contains(&(day(2026, 5, 9), day(2026, 5, 11))));
}

#[test]
fn a_year_missing_its_transfers_is_refused_with_its_location() {
    let old = "2027-02-23, 2027-03-08, 2027-05-03, 2027-05-10, 2027-06-14, 2027-11-04,";
    assert!(EMBEDDED.contains(old));
    let text = EMBEDDED.replace(old, "2027-02-23, 2027-03-08, 2027-11-04,");
    let err = check(&text, "cal.toml", today()).unwrap_err();
    let shown = err.to_string();
    assert_eq!(err.problems.len(), 3, "all at once:\n{shown}");
    for (missing, holiday) in [
        ("2027-05-03", "2027-05-01"),
        ("2027-05-10", "2027-05-09"),
        ("2027-06-14", "2027-06-12"),
    ] {
        assert!(
            shown.contains(&format!("{holiday} falls on a")) && shown.contains(missing),
            "{missing}: {shown}"
        );
    }
    // Every problem points at the year's days_off and has a hint.
    let lines: Vec<&str> = text.lines().collect();
    for p in &err.problems {
        assert!(lines[p.line - 1].starts_with("days_off"), "{p:?}");
        assert!(p.hint.contains("lawnotes.ru"), "{p:?}");
    }
    assert!(shown.starts_with("cal.toml:"), "{shown}");
}

#[test]
fn a_holiday_on_a_weekday_and_bad_shortened_days_are_refused() {
    let text = EMBEDDED
        .replace("2026-11-04, 2026-12-31,", "2026-12-31,")
        .replace(
            "shortened = [2026-04-30,",
            "shortened = [2026-04-29, 2026-05-02,",
        );
    let err = check(&text, "cal.toml", today()).unwrap_err();
    let shown = err.to_string();
    assert!(
        shown.contains("2026-11-04 is a public holiday on a weekday"),
        "{shown}"
    );
    assert!(
        shown.contains("2026-04-29 is not a working day just before a holiday"),
        "{shown}"
    );
    assert!(
        shown.contains("2026-05-02 is not a working day just before a holiday"),
        "{shown}"
    );
    assert_eq!(err.problems.len(), 3, "{shown}");
}

#[test]
fn a_table_behind_the_clock_is_flagged() {
    let later = day(2031, 1, 1);
    let err = load(EMBEDDED, later).unwrap_err();
    // The wizard still runs on it: see `a_year_the_holiday_table_does_not_cover…`.
    assert!(err.to_string().contains("does not cover 2031"), "{err}");
}
