//! The listings as a reader sees them, in English, for small hand-built tables and records.

use super::*;

use std::path::PathBuf;

use crate::catalog::Route;
use crate::record::{FollowUp, Phrase};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn cells(rows: &[&[&str]]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
        .collect()
}

mod layout {
    use super::*;

    #[test]
    fn columns_pad_each_cell_to_its_column_by_display_width_plus_two_spaces() {
        let rows = cells(&[&["a", "МТС", "x"], &["bb", "移动", "y"]]);
        assert_eq!(columns(&rows), "a   МТС   x\nbb  移动  y\n");
    }

    #[test]
    fn columns_trim_trailing_space_and_let_short_rows_end_early() {
        let rows = cells(&[&["a", "", ""], &["bbb", "c", "d  "], &["e"], &[]]);
        assert_eq!(columns(&rows), "a\nbbb  c  d\ne\n\n");
        assert_eq!(columns(&[]), "");
    }
}

mod operators {
    use super::*;

    fn route(template: &Route, channel: Channel, action: Action, offered: bool) -> Route {
        Route {
            channel,
            action,
            offered,
            ..template.clone()
        }
    }

    /// Two operators from the shipped table, with facts set here so the listing does not
    /// follow the data: one with every number and some channels, one with nothing known.
    fn catalog() -> Catalog {
        let mut c = crate::catalog::embedded().unwrap();
        c.operators.truncate(2);
        c.content_farms.clear();
        let template = c.operators[0].routes[0].clone();
        let mts = &mut c.operators[0];
        assert_eq!(mts.id(), "mts");
        mts.hotline.short.value = Some("0890".into());
        mts.hotline.federal.value = Some("8 800 250-08-90".into());
        mts.hotline.abroad.value = Some("+7 495 766-01-66".into());
        mts.routes = vec![
            route(&template, Channel::Online, Action::Cancel, true),
            route(&template, Channel::Hotline, Action::Cancel, false),
            route(&template, Channel::Store, Action::Cancel, true),
            route(&template, Channel::Hotline, Action::Suspend, true),
            route(&template, Channel::Store, Action::Transfer, true),
        ];
        let beeline = &mut c.operators[1];
        assert_eq!(beeline.id(), "beeline");
        beeline.hotline.short.value = None;
        beeline.hotline.federal.value = None;
        beeline.hotline.abroad.value = None;
        beeline.routes.clear();
        c
    }

    #[test]
    fn the_table_lists_names_hotlines_and_channels_in_the_fixed_channel_order() {
        assert_eq!(
            operators_table(&catalog()),
            "\
ID       NAME              HOTLINE                cancel         suspend
mts      MTS (МТС)         0890, 8 800 250-08-90  store, online  hotline
beeline  Beeline (Билайн)  unknown                —              —
"
        );
    }

    #[test]
    fn the_table_shows_the_one_hotline_number_known() {
        let mut c = catalog();
        c.operators[0].hotline.short.value = None;
        c.operators[1].hotline.short.value = Some("0611".into());
        assert_eq!(
            operators_table(&c),
            "\
ID       NAME              HOTLINE          cancel         suspend
mts      MTS (МТС)         8 800 250-08-90  store, online  hotline
beeline  Beeline (Билайн)  0611             —              —
"
        );
    }

    #[test]
    fn the_json_has_every_name_number_and_channel_list() {
        assert_eq!(
            operators_json(&catalog()),
            r#"{
  "verified": "2026-11-25",
  "operators": [
    {
      "id": "mts",
      "name": {
        "en": "MTS",
        "ru": "МТС",
        "zh": "MTS"
      },
      "hotline": {
        "short": "0890",
        "federal": "8 800 250-08-90",
        "abroad": "+7 495 766-01-66"
      },
      "cancel": [
        "store",
        "online"
      ],
      "suspend": [
        "hotline"
      ],
      "transfer": [
        "store"
      ],
      "keep": []
    },
    {
      "id": "beeline",
      "name": {
        "en": "Beeline",
        "ru": "Билайн",
        "zh": "Beeline"
      },
      "hotline": {
        "short": null,
        "federal": null,
        "abroad": null
      },
      "cancel": [],
      "suspend": [],
      "transfer": [],
      "keep": []
    }
  ]
}
"#
        );
    }

    #[test]
    fn check_data_sums_up_the_table_and_the_holiday_calendar() {
        assert_eq!(
            check_data(&catalog()),
            "\
data/operators.toml (embedded): ok — 2 operators, facts verified 2026-11-25
  mts      cancel: store, online  suspend: hotline
  beeline  cancel: —              suspend: —
Holiday calendar: 2026, 2027 (provisional)
"
        );
    }

    #[test]
    fn check_data_counts_the_content_farms_when_there_are_any() {
        let mut c = catalog();
        c.operators.truncate(1);
        c.content_farms = vec!["farm.example".into()];
        assert_eq!(
            check_data(&c),
            "\
data/operators.toml (embedded): ok — one operator, facts verified 2026-11-25
  mts  cancel: store, online  suspend: hotline
one content-farm host: facts from them alone are at most unverified
Holiday calendar: 2026, 2027 (provisional)
"
        );
    }

    #[test]
    fn from_abroad_the_number_to_call_is_the_abroad_one_alone_in_plus_seven_form() {
        let c = catalog();
        let mut op = c.operators[0].clone();
        assert_eq!(
            number_to_call(&op, true).as_deref(),
            Some("+7 495 766-01-66")
        );
        op.hotline.abroad.value = None;
        assert_eq!(
            number_to_call(&op, true).as_deref(),
            Some("+7 800 250-08-90")
        );
        op.hotline.federal.value = None;
        // The short number only works from the operator's own SIM at home.
        assert_eq!(number_to_call(&op, true), None);
    }

    #[test]
    fn at_home_the_numbers_to_call_are_the_short_and_the_federal_ones() {
        let c = catalog();
        let mut op = c.operators[0].clone();
        assert_eq!(
            number_to_call(&op, false).as_deref(),
            Some("0890, +7 800 250-08-90")
        );
        op.hotline.federal.value = None;
        assert_eq!(number_to_call(&op, false).as_deref(), Some("0890"));
        op.hotline.short.value = None;
        assert_eq!(number_to_call(&op, false), None);
    }
}

mod records {
    use super::*;

    const BASE: &str = r#"schema = 2
created = 2026-11-24T15:30:00+03:00
operator = "mts"
action = "cancel"
owner = "me"
balance = "none"
channel = "online"

[preparation]
done = []
not_done = []

[evidence]
status = "completed"
reference = ""
contact = ""
files = []
note = ""

[data]
table = "embedded"
verified = 2026-11-25
"#;

    fn base() -> Record {
        toml::from_str(BASE).unwrap()
    }

    fn follow(date: NaiveDate, what: &str, done: Option<NaiveDate>) -> FollowUp {
        FollowUp {
            date: crate::dates::toml_date(date),
            key: None,
            args: BTreeMap::new(),
            what: Some(what.to_owned()),
            done: done.map(crate::dates::toml_date),
            repeat: None,
        }
    }

    fn found(file: &str, record: Record) -> Found {
        Found {
            // Spelt with `/` on every system, as the expected listings show it (Windows
            // would join with `\`).
            path: PathBuf::from(format!("/r/{file}")),
            record,
        }
    }

    fn today() -> NaiveDate {
        day(2026, 12, 1)
    }

    /// Four records: one with follow-ups due, next and done, one with overdue ones, one
    /// completed by a later record, and that later one.
    fn four() -> Vec<Found> {
        let mut a = base();
        a.number = Some("+7 916 123-45-67".into());
        a.name = Some("Ivan".into());
        a.follow_ups = vec![
            follow(day(2026, 12, 20), "check the final bill", None),
            follow(day(2026, 12, 10), "check the refund", None),
            follow(day(2026, 12, 1), "call back", None),
            follow(
                day(2026, 11, 26),
                "ask for the letter",
                Some(day(2026, 11, 27)),
            ),
            follow(day(2026, 12, 10), "the second check that day", None),
        ];
        let mut b = base();
        b.created = "2026-11-20T09:05:00+03:00".parse().unwrap();
        b.operator = "beeline".into();
        b.action = Action::Suspend;
        b.channel = Some(Channel::Hotline);
        b.number = Some("+7 903 000-00-01".into());
        b.evidence.status = Status::Started;
        let mut timeless = follow(day(2026, 11, 1), "no date at all", None);
        timeless.date = "10:00:00".parse().unwrap();
        b.follow_ups = vec![
            follow(day(2026, 11, 28), "see whether the block is on", None),
            follow(day(2026, 11, 30), "pay the fee", None),
            timeless,
        ];
        let mut c = base();
        c.created = "2026-11-10T12:00:00+03:00".parse().unwrap();
        c.operator = "megafon".into();
        c.action = Action::Keep;
        c.channel = Some(Channel::Store);
        c.name = Some("Anna".into());
        c.evidence.status = Status::Planned;
        c.follow_ups = vec![
            follow(day(2026, 11, 2), "stale, completed since", None),
            follow(day(2026, 12, 5), "stale next", None),
            follow(day(2026, 11, 3), "stale done", Some(day(2026, 11, 4))),
        ];
        let mut d = base();
        d.created = "2026-11-30T10:00:00".parse().unwrap();
        d.operator = "megafon".into();
        d.action = Action::Transfer;
        d.channel = Some(Channel::Store);
        d.supersedes = Some("c.toml".into());
        vec![
            found("a.toml", a),
            found("b.toml", b),
            found("c.toml", c),
            found("d.toml", d),
        ]
    }

    #[test]
    fn an_empty_directory_says_so() {
        assert_eq!(
            records_table(Path::new("/r"), &[], today(), true),
            "No records in /r yet.\n"
        );
    }

    #[test]
    fn the_table_shows_records_then_due_the_earliest_next_and_done_follow_ups() {
        assert_eq!(
            records_table(Path::new("/r"), &four(), today(), true),
            "\
Records in /r, newest first:
CREATED              OPERATOR  ACTION              CHANNEL  NUMBER                   STATUS               FILE
2026-11-24 15:30     MTS       cancellation        Online   +7 916 ***-**-67 (Ivan)  completed            a.toml
2026-11-20 09:05     Beeline   voluntary block     Hotline  +7 903 ***-**-01         started              b.toml
2026-11-10 12:00     MegaFon   keeping the number  Store    Anna                     completed in d.toml  c.toml
2026-11-30T10:00:00  MegaFon   re-registration     Store    —                        completed            d.toml

Follow-ups due:
  2026-11-28  3 days overdue   see whether the block is on  b.toml #1
  2026-11-30  one day overdue  pay the fee                  b.toml #2
  2026-12-01  due today        call back                    a.toml #3
Next: 2026-12-10 — check the refund (a.toml #2)
Follow-ups done:
  2026-11-26  ask for the letter  a.toml #4
"
        );
    }

    #[test]
    fn within_80_columns_each_record_takes_two_lines_and_each_follow_up_names_its_file() {
        let narrow = records_table(Path::new("/r"), &four(), today(), false);
        assert_eq!(
            narrow,
            "\
Records in /r, newest first:
  2026-11-24 15:30 · MTS · cancellation · Online · completed
    a.toml · +7 916 ***-**-67 (Ivan)
  2026-11-20 09:05 · Beeline · voluntary block · Hotline · started
    b.toml · +7 903 ***-**-01
  2026-11-10 12:00 · MegaFon · keeping the number · Store · completed in d.toml
    c.toml · Anna
  2026-11-30T10:00:00 · MegaFon · re-registration · Store · completed
    d.toml

Follow-ups due:
  2026-11-28 · 3 days overdue · see whether the block is on
    b.toml #1
  2026-11-30 · one day overdue · pay the fee
    b.toml #2
  2026-12-01 · due today · call back
    a.toml #3
Next: 2026-12-10 — check the refund (a.toml #2)
Follow-ups done:
  2026-11-26 · ask for the letter
    a.toml #4
"
        );
    }

    #[test]
    fn a_name_too_long_for_a_line_is_shortened_in_the_middle_by_display_width() {
        assert_eq!(fit("abcdefghij", 10), "abcdefghij");
        assert_eq!(fit("abcdefghijk", 10), "abcd…ghijk");
        assert_eq!(fit("记录记录记录记录", 9), "记录…记录");
        assert!(fit("记录记录记录记录", 9).width() <= 9);
    }

    #[test]
    fn with_nothing_due_or_done_the_table_says_none_due_and_names_the_next() {
        let mut a = base();
        a.follow_ups = vec![
            follow(day(2026, 12, 3), "later", None),
            follow(day(2026, 12, 2), "tomorrow", None),
        ];
        assert_eq!(
            records_table(Path::new("/r"), &[found("a.toml", a)], today(), true),
            "\
Records in /r, newest first:
CREATED           OPERATOR  ACTION        CHANNEL  NUMBER  STATUS     FILE
2026-11-24 15:30  MTS       cancellation  Online   —       completed  a.toml

No follow-ups due.
Next: 2026-12-02 — tomorrow (a.toml #2)
"
        );
    }

    #[test]
    fn without_follow_ups_the_table_says_none_due_and_lists_any_done() {
        let table = "\
Records in /r, newest first:
CREATED           OPERATOR  ACTION        CHANNEL  NUMBER  STATUS     FILE
2026-11-24 15:30  MTS       cancellation  Online   —       completed  a.toml

No follow-ups due.
";
        assert_eq!(
            records_table(Path::new("/r"), &[found("a.toml", base())], today(), true),
            table
        );
        let mut a = base();
        a.follow_ups = vec![follow(day(2026, 11, 1), "done long ago", Some(today()))];
        assert_eq!(
            records_table(Path::new("/r"), &[found("a.toml", a)], today(), true),
            format!("{table}Follow-ups done:\n  2026-11-01  done long ago  a.toml #1\n")
        );
    }

    #[test]
    fn completed_by_maps_each_completed_file_to_the_later_one() {
        let by = completed_by(&four());
        assert_eq!(
            by.into_iter().collect::<Vec<_>>(),
            [("c.toml".to_owned(), "d.toml".to_owned())]
        );
    }

    /// Record `a` as the wizard writes it, read back from its text.
    const FULL: &str = r#"schema = 2
created = 2026-11-24T15:30:00+03:00
operator = "mts"
action = "cancel"
owner = "me"
number = "+7 916 123-45-67"
name = "Ivan"
balance = "none"
channel = "hotline"

[preparation]
done = []
not_done = []

[evidence]
status = "started"
when = 2026-11-25T10:05:00+03:00
reference = "Z-77"
contact = "Olga, hotline"
files = [{ path = "/home/li/scan.pdf", bytes = 2048 }, "photo.jpg"]
note = "they will call back"
remains = "store"

[data]
table = "embedded"
verified = 2026-11-25

[[follow_up]]
date = 2026-12-20
what = "check the final bill"

[[follow_up]]
date = 2026-11-28
what = "see whether it is cancelled"

[[follow_up]]
date = 2026-12-01
what = "call back"

[[follow_up]]
date = 2026-11-26
what = "ask for the letter"
done = 2026-11-27

[[follow_up]]
date = 10:00:00
what = "no date at all"

[[phrase]]
ru = "Прошу расторгнуть договор."
text = "I would like to end the contract."
"#;

    #[test]
    fn show_lists_every_fact_the_phrases_translated_and_the_follow_ups_with_their_state() {
        let r: Record = toml::from_str(FULL).unwrap();
        assert_eq!(
            record_human(Path::new("/r/a.toml"), &r, None, today()),
            "\
Record a.toml
  Stage        started
  What         MTS · cancellation · Hotline
  Number       +7 916 123-45-67 · Ivan
  Written      2026-11-24 15:30
  When         2026-11-25 10:05
  Still to do  Finish the cancellation in a store.
  Reference    Z-77
  With whom    Olga, hotline
  File         /home/li/scan.pdf (2048 bytes)
  File         photo.jpg
  Note         they will call back

Phrases:
  Прошу расторгнуть договор.
    I would like to end the contract.

Follow-ups:
  1.  2026-12-20  check the final bill
  2.  2026-11-28  see whether it is cancelled  3 days overdue
  3.  2026-12-01  call back                    due today
  4.  2026-11-26  ask for the letter           done
  5.  10:00:00    no date at all
"
        );
    }

    #[test]
    fn show_of_a_completed_record_names_the_later_one_and_leaves_out_its_follow_ups() {
        let four = four();
        let c = &four[2].record;
        assert_eq!(
            record_human(Path::new("/r/c.toml"), c, Some("d.toml"), today()),
            "\
Record c.toml
  Stage      planned — completed in d.toml
  What       MegaFon · keeping the number · Store
  Number     Anna
  Written    2026-11-10 12:00
  Reference  none
  With whom  none
"
        );
    }

    #[test]
    fn show_of_a_later_record_names_the_one_it_completes_and_no_number() {
        let four = four();
        let d = &four[3].record;
        assert_eq!(
            record_human(Path::new("/r/d.toml"), d, None, today()),
            "\
Record d.toml
  Stage      completed
  What       MegaFon · re-registration · Store
  Written    2026-11-30T10:00:00
  Reference  none
  With whom  none
  Completes  c.toml
"
        );
    }

    #[test]
    fn the_card_wraps_the_russian_sentences_at_36_columns_each_with_its_translation() {
        let mut r = base();
        let phrase = |ru: &str, text: &str| Phrase {
            key: None,
            ru: ru.to_owned(),
            text: text.to_owned(),
        };
        r.phrases = vec![
            // The first line is exactly 36 wide; the word after "номер" would make 37.
            phrase(
                "Прошу расторгнуть договор и вернуть, остаток на счёте на карту, номер ниже указан.",
                "Please end the contract and refund the balance to the card.",
            ),
            phrase("Спасибо.", "Thank you."),
        ];
        assert_eq!(
            card(&r, Lang::En),
            "
    Прошу расторгнуть договор и вернуть,
    остаток на счёте на карту, номер
    ниже указан.
      Please end the contract and refund the balance to the card.

    Спасибо.
      Thank you.

"
        );
        // A Russian reader needs no translation.
        assert_eq!(
            card(&r, Lang::Ru),
            "
    Прошу расторгнуть договор и вернуть,
    остаток на счёте на карту, номер
    ниже указан.

    Спасибо.

"
        );
        assert_eq!(card(&base(), Lang::Zh), "\n");
    }

    #[test]
    fn pages_hold_at_most_the_rows_and_break_between_sentences() {
        let text = "\na1\na2\n\nb1\nb2\nb3\n\nc1\n";
        assert_eq!(pages(text, 100), [text]);
        let split = pages(text, 4);
        assert_eq!(split, ["\na1\na2\n", "b1\nb2\nb3\n", "c1\n"]);
        // No blank line near: the page is cut where it is full.
        assert_eq!(pages("1\n2\n3\n4\n5\n", 2), ["1\n2\n", "3\n4\n", "5\n"]);
        for rows in 1..12 {
            for page in pages(text, rows) {
                assert!(page.lines().count() <= rows, "{rows}: {page:?}");
            }
        }
    }

    #[test]
    fn the_json_has_every_record_with_its_follow_ups_and_the_skipped_files() {
        let four = four();
        let skipped = [Skipped {
            path: PathBuf::from("/r/x.toml"),
            reason: "it is not TOML (\u{7f})".into(),
        }];
        let some = [
            found("b.toml", four[1].record.clone()),
            found("c.toml", four[2].record.clone()),
            found("d.toml", four[3].record.clone()),
        ];
        assert_eq!(
            records_json(&some, &skipped, day(2026, 11, 29)),
            r#"{
  "records": [
    {
      "file": "/r/b.toml",
      "created": "2026-11-20T09:05:00+03:00",
      "operator": "beeline",
      "action": "suspend",
      "channel": "hotline",
      "status": "started",
      "number": "+7 903 000-00-01",
      "name": null,
      "completed_by": null,
      "reference": "",
      "follow_ups": [
        {
          "date": "2026-11-28",
          "key": null,
          "args": {},
          "what": "see whether the block is on",
          "done": null,
          "due": true
        },
        {
          "date": "2026-11-30",
          "key": null,
          "args": {},
          "what": "pay the fee",
          "done": null,
          "due": false
        },
        {
          "date": "10:00:00",
          "key": null,
          "args": {},
          "what": "no date at all",
          "done": null,
          "due": false
        }
      ]
    },
    {
      "file": "/r/c.toml",
      "created": "2026-11-10T12:00:00+03:00",
      "operator": "megafon",
      "action": "keep",
      "channel": "store",
      "status": "planned",
      "number": null,
      "name": "Anna",
      "completed_by": "d.toml",
      "reference": "",
      "follow_ups": [
        {
          "date": "2026-11-02",
          "key": null,
          "args": {},
          "what": "stale, completed since",
          "done": null,
          "due": true
        },
        {
          "date": "2026-12-05",
          "key": null,
          "args": {},
          "what": "stale next",
          "done": null,
          "due": false
        },
        {
          "date": "2026-11-03",
          "key": null,
          "args": {},
          "what": "stale done",
          "done": "2026-11-04",
          "due": false
        }
      ]
    },
    {
      "file": "/r/d.toml",
      "created": "2026-11-30T10:00:00",
      "operator": "megafon",
      "action": "transfer",
      "channel": "store",
      "status": "completed",
      "number": null,
      "name": null,
      "completed_by": null,
      "reference": "",
      "follow_ups": []
    }
  ],
  "skipped": [
    {
      "file": "/r/x.toml",
      "reason": "it is not TOML (\u007f)"
    }
  ]
}
"#
        );
    }

    #[test]
    fn json_safe_escapes_del_c1_and_bidi_controls_but_keeps_newlines() {
        assert_eq!(
            json_safe("{\n  \"a\": \"x\u{7f}\u{85}\u{202e}\u{2066}y\u{2069}\"\n}"),
            "{\n  \"a\": \"x\\u007f\\u0085\\u202e\\u2066y\\u2069\"\n}"
        );
        assert_eq!(json_safe("\"a\u{9b}b\""), "\"a\\u009bb\"");
        assert_eq!(
            json_safe("{\n  \"a\": \"МТС\"\n}"),
            "{\n  \"a\": \"МТС\"\n}"
        );
    }
}
