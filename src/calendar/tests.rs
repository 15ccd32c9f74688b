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
    assert_eq!(
        c.hours_ask().map(|t| t.get(crate::i18n::Lang::En)),
        Some("Store hours are not published: look the store up in the app or on the site.")
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
    assert_eq!(
        c.regional_note().get(crate::i18n::Lang::En),
        "Some regions (e.g. Bashkortostan, Tatarstan) have their own public holidays, not \
         listed here: check the region's calendar if the store is there."
    );
    assert!(c.year(2026).unwrap().source.contains("profedu38.ru"));
}

#[test]
fn the_law_implies_the_transfers_of_a_year() {
    // 2026: 3 and 4 January fall on a weekend (the decree's to move), 8 March (Sun) → 9
    // March, 9 May (Sat) → 11 May; the rest fall on weekdays.
    let same = |m, d| (day(2026, m, d), day(2026, m, d));
    assert_eq!(
        implied_days_off(2026),
        [
            same(1, 1),
            same(1, 2),
            same(1, 5),
            same(1, 6),
            same(1, 7),
            same(1, 8),
            same(2, 23),
            (day(2026, 3, 8), day(2026, 3, 9)),
            same(5, 1),
            (day(2026, 5, 9), day(2026, 5, 11)),
            same(6, 12),
            same(11, 4),
        ]
    );
    // 2027: 1 May (Sat) → 3 May, 9 May (Sun) → 10 May, 12 June (Sat) → 14 June; 2 and 3
    // January are a weekend, left to the decree.
    let same = |m, d| (day(2027, m, d), day(2027, m, d));
    assert_eq!(
        implied_days_off(2027),
        [
            same(1, 1),
            same(1, 4),
            same(1, 5),
            same(1, 6),
            same(1, 7),
            same(1, 8),
            same(2, 23),
            same(3, 8),
            (day(2027, 5, 1), day(2027, 5, 3)),
            (day(2027, 5, 9), day(2027, 5, 10)),
            (day(2027, 6, 12), day(2027, 6, 14)),
            same(11, 4),
        ]
    );
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

/// A small calendar of 2026 alone, with the 2026 decree's days off, to break one line at a
/// time: the line numbers of its problems are read off this text.
const SMALL: &str = "\
verified = 2026-11-25
[hours]
confidence = \"unverified\"
ask = \"Check the store's hours.\"
[regional]
note = \"Regions have their own holidays.\"
[[year]]
year = 2026
complete = true
days_off = [
  2026-01-01, 2026-01-02, 2026-01-05, 2026-01-06, 2026-01-07, 2026-01-08, 2026-01-09,
  2026-02-23, 2026-03-09, 2026-05-01, 2026-05-11, 2026-06-12, 2026-11-04, 2026-12-31,
]
shortened = [2026-04-30, 2026-05-08, 2026-06-11, 2026-11-03]
source = \"https://example.org/2026\"
confidence = \"secondary\"
note = \"The 2026 decree.\"
";

fn refused(text: &str) -> String {
    check(text, "cal.toml", today()).unwrap_err().to_string()
}

#[test]
fn the_small_calendar_is_valid() {
    let c = check(SMALL, "cal.toml", today()).unwrap();
    let y = c.year(2026).unwrap();
    assert_eq!(y.year, 2026);
    assert_eq!(y.source, "https://example.org/2026");
    assert_eq!(y.confidence, Confidence::Secondary);
    assert_eq!(y.note.get(crate::i18n::Lang::Zh), "The 2026 decree.");
    assert_eq!(c.verified, day(2026, 11, 25));
    assert_eq!(c.store_hours(), None);
    assert_eq!(c.hours_source, None);
    assert_eq!(
        c.hours_ask().map(|t| t.get(crate::i18n::Lang::En)),
        Some("Check the store's hours.")
    );
    assert_eq!(
        c.regional_note().get(crate::i18n::Lang::En),
        "Regions have their own holidays."
    );
    assert!(c.year(2027).is_none());
}

#[test]
fn the_shipped_2026_days_off_are_the_decree_s() {
    let c = load(EMBEDDED, today()).unwrap();
    let y = c.year(2026).unwrap();
    assert_eq!(y.year, 2026);
    assert_eq!(
        y.days_off,
        [
            day(2026, 1, 1),
            day(2026, 1, 2),
            day(2026, 1, 5),
            day(2026, 1, 6),
            day(2026, 1, 7),
            day(2026, 1, 8),
            day(2026, 1, 9),
            day(2026, 2, 23),
            day(2026, 3, 9),
            day(2026, 5, 1),
            day(2026, 5, 11),
            day(2026, 6, 12),
            day(2026, 11, 4),
            day(2026, 12, 31),
        ]
    );
    assert_eq!(c.year(2027).map(|y| y.year), Some(2027));
    assert!(c.year(2028).is_none());
    assert_eq!(c.verified, day(2026, 11, 25));
}

#[test]
fn what_the_shipped_calendar_says_of_each_day() {
    let c = load(EMBEDDED, today()).unwrap();
    for (d, what) in [
        // The New Year holidays: 1–11 January, then Monday 12 January is a working day.
        (day(2026, 1, 1), Day::Holiday),
        (day(2026, 1, 3), Day::Weekend),
        (day(2026, 1, 9), Day::Holiday),
        (day(2026, 1, 11), Day::Weekend),
        (day(2026, 1, 12), Day::Working),
        // 8 March is a Sunday: Monday 9 March is off instead.
        (day(2026, 3, 8), Day::Weekend),
        (day(2026, 3, 9), Day::Holiday),
        (day(2026, 3, 10), Day::Working),
        // The shortened day before 4 November is still a working day.
        (day(2026, 11, 3), Day::Working),
        (day(2026, 11, 4), Day::Holiday),
        (day(2026, 12, 30), Day::Working),
        (day(2026, 12, 31), Day::Holiday),
        // 2027 is provisional but listed; 2030 is not in the table at all.
        (day(2027, 1, 4), Day::Holiday),
        (day(2027, 1, 11), Day::Working),
        (day(2030, 3, 5), Day::Unknown),
        (day(2030, 3, 9), Day::Weekend),
    ] {
        assert_eq!(c.day(d), what, "{d}");
    }
}

#[test]
fn the_next_working_day_with_unknown_store_hours() {
    let c = load(EMBEDDED, today()).unwrap();
    let next = |t| c.next_good(t);
    // Any time of a working day will do: it is returned as it is.
    assert_eq!(next(at(2026, 11, 27, 22)), Some(at(2026, 11, 27, 22)));
    // Saturday 3 January → Monday 12 January, from the start of the day.
    assert_eq!(next(at(2026, 1, 3, 12)), Some(at(2026, 1, 12, 0)));
    // Before the New Year holidays: Thursday 31 December is off, and so is 1–10 January.
    assert_eq!(next(at(2026, 12, 31, 9)), Some(at(2027, 1, 11, 0)));
    // The holiday 4 November → Thursday 5 November.
    assert_eq!(next(at(2026, 11, 4, 12)), Some(at(2026, 11, 5, 0)));
    // A year the table does not cover: weekdays are taken as working days.
    assert_eq!(next(at(2030, 3, 9, 12)), Some(at(2030, 3, 11, 0)));
    assert!(c.is_good(at(2030, 3, 5, 12)));
    assert!(!c.is_good(at(2026, 11, 28, 12)));
    assert!(!c.is_good(at(2026, 11, 4, 12)));
}

fn sourced() -> Calendar {
    let text = SMALL.replace(
        "ask = \"Check the store's hours.\"\n",
        "from = \"10:00\"\nto = \"19:00\"\nsource = \"https://example.org/hours\"\n",
    );
    check(&text, "cal.toml", today()).unwrap()
}

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

#[test]
fn sourced_store_hours_are_used_as_given() {
    let c = sourced();
    assert_eq!(c.store_hours(), Some((time(10, 0), time(19, 0))));
    assert_eq!(c.hours_source.as_deref(), Some("https://example.org/hours"));
    assert_eq!(c.hours_ask(), None);
    // Wednesday 25 November: open from 10:00 until 19:00, not at 19:00 itself.
    assert!(!c.is_good(at(2026, 11, 25, 9)));
    assert!(c.is_good(at(2026, 11, 25, 10)));
    assert!(c.is_good(at(2026, 11, 25, 18)));
    assert!(!c.is_good(at(2026, 11, 25, 19)));
    // Within the hours, but a holiday or a weekend.
    assert!(!c.is_good(at(2026, 11, 4, 12)));
    assert!(!c.is_good(at(2026, 11, 28, 12)));
}

#[test]
fn the_next_opening_with_sourced_store_hours() {
    let c = sourced();
    let next = |t| c.next_good(t);
    // Open: now.
    assert_eq!(next(at(2026, 11, 25, 12)), Some(at(2026, 11, 25, 12)));
    // Early: the opening the same morning.
    assert_eq!(next(at(2026, 11, 25, 8)), Some(at(2026, 11, 25, 10)));
    // Friday after closing → Monday's opening.
    assert_eq!(next(at(2026, 11, 27, 19)), Some(at(2026, 11, 30, 10)));
    // Tuesday 3 November after closing: Wednesday is the holiday → Thursday.
    assert_eq!(next(at(2026, 11, 3, 20)), Some(at(2026, 11, 5, 10)));
    // The table has no 2027: Friday 1 January 2027 is taken as a working day.
    assert_eq!(next(at(2026, 12, 30, 20)), Some(at(2027, 1, 1, 10)));
}

#[test]
fn no_opening_within_a_month_is_none() {
    // Every weekday of July and August 2026 off: nothing within 31 days of 1 July.
    let mut d = day(2026, 7, 1);
    let mut off = String::new();
    while d < day(2026, 9, 1) {
        if !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
            off.push_str(&format!("{d}, "));
        }
        d += Duration::days(1);
    }
    let text = SMALL.replace("2026-11-04,", &format!("2026-11-04, {off}"));
    let c = check(&text, "cal.toml", today()).unwrap();
    assert_eq!(c.next_good(at(2026, 7, 1, 12)), None);
    assert_eq!(c.next_good(at(2026, 8, 20, 12)), Some(at(2026, 9, 1, 0)));
}

#[test]
fn days_off_out_of_order_still_count() {
    let text = SMALL.replace("2026-11-04, 2026-12-31", "2026-12-31, 2026-11-04");
    let c = check(&text, "cal.toml", today()).unwrap();
    assert_eq!(c.day(day(2026, 11, 4)), Day::Holiday);
    assert_eq!(c.day(day(2026, 12, 31)), Day::Holiday);
    let text = SMALL.replace(
        "[2026-04-30, 2026-05-08, 2026-06-11, 2026-11-03]",
        "[2026-11-03, 2026-06-11, 2026-05-08, 2026-04-30]",
    );
    let c = check(&text, "cal.toml", today()).unwrap();
    assert_eq!(
        c.shortened_in(2026),
        [
            day(2026, 4, 30),
            day(2026, 5, 8),
            day(2026, 6, 11),
            day(2026, 11, 3)
        ]
    );
    assert!(c.is_shortened(day(2026, 4, 30)));
}

#[test]
fn a_year_without_shortened_days_has_none() {
    let c = load(EMBEDDED, today()).unwrap();
    assert_eq!(c.shortened_in(2030), []);
    assert!(!c.is_shortened(day(2027, 5, 7)));
    assert!(!c.is_shortened(day(2030, 11, 3)));
    assert_eq!(c.shortened_advice(day(2027, 5, 7)), None);
}

/// 2027 is provisional for the January days the decree moves, but the days before a
/// holiday are shortened by the Labour Code itself (art. 95).
#[test]
fn the_shipped_2027_shortened_days_are_the_labour_code_s() {
    let c = load(EMBEDDED, today()).unwrap();
    assert_eq!(
        c.shortened_in(2027),
        [
            day(2027, 2, 22),
            day(2027, 4, 30),
            day(2027, 6, 11),
            day(2027, 11, 3)
        ]
    );
    assert!(c.year(2027).unwrap().provisional());
    let note = c.year(2027).unwrap().note.get(crate::i18n::Lang::En);
    assert!(note.contains("2 and 3 January 2027"), "{note}");
    assert!(!note.contains("not yet published"), "{note}");
}

#[test]
fn a_year_block_holding_another_year_s_dates_is_refused() {
    let text = SMALL.replace(
        "days_off = [\n  2026-01-01",
        "days_off = [\n  2025-12-31, 2026-01-01",
    );
    assert_eq!(
        refused(&text),
        "cal.toml:10:12: 2025-12-31 is not a date in 2026\n    \
         hint: a bare date like 2026-01-02 in the year's own list"
    );
    let text = SMALL.replace("2026-11-03]", "2026-11-03, 2027-04-30]");
    assert_eq!(
        refused(&text),
        "cal.toml:14:13: 2027-04-30 is not a date in 2026\n    \
         hint: a bare date like 2026-01-02 in the year's own list"
    );
    // A date with a time is not a day either.
    let text = SMALL.replace("2026-12-31,\n]", "2026-12-31, 2026-12-30T10:00:00,\n]");
    assert_eq!(
        refused(&text),
        "cal.toml:10:12: 2026-12-30T10:00:00 is not a date in 2026\n    \
         hint: a bare date like 2026-01-02 in the year's own list"
    );
}

#[test]
fn a_missing_holiday_is_named_with_its_reason() {
    // 4 November 2026 is a Wednesday; 9 March is the Monday after 8 March (a Sunday).
    let text = SMALL
        .replace("2026-03-09, ", "")
        .replace("2026-11-04, ", "");
    assert_eq!(
        refused(&text),
        "cal.toml:10:12: 2026-03-08 falls on a Sunday, so 2026-03-09 is a day off (Labour Code \
         art. 112 part 2), but it is not in `days_off`\n    \
         hint: add the day to days_off: https://lawnotes.ru/tk-rf/chast-3/razdel-v/glava-18/statya-112\n\
         cal.toml:10:12: 2026-11-04 is a public holiday on a weekday, but it is not in `days_off`\n    \
         hint: add the day to days_off: https://lawnotes.ru/tk-rf/chast-3/razdel-v/glava-18/statya-112"
    );
    // 9 May 2026 is a Saturday: Monday 11 May is off.
    let text = SMALL.replace("2026-05-11, ", "");
    assert_eq!(
        refused(&text),
        "cal.toml:10:12: 2026-05-09 falls on a Saturday, so 2026-05-11 is a day off (Labour Code \
         art. 112 part 2), but it is not in `days_off`\n    \
         hint: add the day to days_off: https://lawnotes.ru/tk-rf/chast-3/razdel-v/glava-18/statya-112"
    );
}

#[test]
fn a_weekend_listed_as_a_day_off_is_refused() {
    let text = SMALL.replace(
        "2026-11-04, 2026-12-31",
        "2026-11-04, 2026-11-07, 2026-12-31",
    );
    assert_eq!(
        refused(&text),
        "cal.toml:10:12: 2026-11-07 is a weekend day anyway\n    \
         hint: list only weekdays that are days off"
    );
}

#[test]
fn a_shortened_day_must_be_a_working_day_just_before_a_holiday() {
    let hint =
        "hint: a shortened day is the working day before a public holiday (Labour Code art. 95)";
    // Sunday 22 February is a weekend, and 1 January a holiday itself, though both come
    // just before a holiday.
    let text = SMALL.replace(
        "shortened = [2026-04-30",
        "shortened = [2026-02-22, 2026-01-01, 2026-04-30",
    );
    assert_eq!(
        refused(&text),
        format!(
            "cal.toml:14:13: 2026-01-01 is not a working day just before a holiday\n    {hint}\n\
             cal.toml:14:13: 2026-02-22 is not a working day just before a holiday\n    {hint}"
        )
    );
    // Wednesday 25 November comes before a working day.
    let text = SMALL.replace("2026-11-03]", "2026-11-03, 2026-11-25]");
    assert_eq!(
        refused(&text),
        format!(
            "cal.toml:14:13: 2026-11-25 is not a working day just before a holiday\n    {hint}"
        )
    );
    // Wednesday 30 December comes before a day off of the decree's, 31 December.
    let text = SMALL.replace("2026-11-03]", "2026-11-03, 2026-12-30]");
    assert!(check(&text, "cal.toml", today()).is_ok());
    // Were 31 December a working day, it would come before 1 January, a holiday by law.
    let text = SMALL
        .replace("2026-11-04, 2026-12-31,", "2026-11-04,")
        .replace("2026-11-03]", "2026-11-03, 2026-12-31]");
    assert!(check(&text, "cal.toml", today()).is_ok());
}

#[test]
fn store_hours_problems_point_at_the_hours_table() {
    let ask = "ask = \"Check the store's hours.\"\n";
    for (hours, expected) in [
        (
            "",
            "cal.toml:2:1: unknown store hours (no from/to) need an `ask` text\n    \
             hint: say what the user should check instead",
        ),
        (
            "from = \"10:00\"\n",
            "cal.toml:2:1: [hours] needs both `from` and `to`, or neither\n    \
             hint: give both with a source, or an `ask` instead",
        ),
        (
            "to = \"19:00\"\nsource = \"https://example.org/hours\"\n",
            "cal.toml:2:1: [hours] needs both `from` and `to`, or neither\n    \
             hint: give both with a source, or an `ask` instead",
        ),
        (
            "from = \"19:00\"\nto = \"10:00\"\nsource = \"https://example.org/hours\"\n",
            "cal.toml:2:1: [hours] `from` must be before `to`\n    hint: opening time first",
        ),
        (
            "from = \"10:00\"\nto = \"10:00\"\nsource = \"https://example.org/hours\"\n",
            "cal.toml:2:1: [hours] `from` must be before `to`\n    hint: opening time first",
        ),
        (
            "from = \"9am\"\nto = \"19:00\"\nsource = \"https://example.org/hours\"\n",
            "cal.toml:2:1: `9am` is not a time like 10:00\n    hint: hours as HH:MM",
        ),
        (
            "from = \"10:00\"\nto = \"19:00\"\n",
            "cal.toml:2:1: store hours need a `source`\n    \
             hint: cite the page the hours were read on, or leave out from/to and give an `ask`",
        ),
    ] {
        assert_eq!(refused(&SMALL.replace(ask, hours)), expected, "{hours}");
    }
}

#[test]
fn a_bad_verified_date_and_a_missing_field_are_located() {
    assert_eq!(
        refused(&SMALL.replace("verified = 2026-11-25", "verified = 2026-11-25T10:00:00")),
        "cal.toml:1:12: `verified` must be a date like 2026-11-25\n    \
         hint: a bare date, without time or quotes"
    );
    assert_eq!(
        refused(&SMALL.replace("complete = true\n", "")),
        "cal.toml:7:1: missing field `complete`\n    \
         hint: see the calendar's format in data/README.md"
    );
}

#[test]
fn a_year_listed_twice_is_refused() {
    let twice = format!("{SMALL}{}", &SMALL[SMALL.find("[[year]]").unwrap()..]);
    assert_eq!(
        refused(&twice),
        "cal.toml:18:1: year 2026 is listed twice\n    hint: merge the two [[year]] tables"
    );
}

#[test]
fn a_table_without_the_current_year_is_refused_with_every_message() {
    assert_eq!(
        load(SMALL, day(2027, 3, 1)).unwrap_err(),
        (CalendarError(vec![
            "the holiday table does not cover 2027, the current year".to_owned()
        ]))
    );
    // `load` keeps the messages only, one a line, in the file's order.
    let err = load(
        &SMALL.replace("ask = \"Check the store's hours.\"\n", ""),
        day(2027, 3, 1),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the holiday table does not cover 2027, the current year\n\
         unknown store hours (no from/to) need an `ask` text"
    );
    assert_eq!(
        check(SMALL, "cal.toml", day(2027, 3, 1))
            .unwrap_err()
            .to_string(),
        "cal.toml:1:1: the holiday table does not cover 2027, the current year\n    \
         hint: add the year's days off, with their source"
    );
}
