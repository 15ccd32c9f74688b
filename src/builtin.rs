//! The built-in operator table and holiday calendar, compiled from `data/operators.toml` and
//! `data/calendar.toml` by `src/build.rs`.
//!
//! They hold exactly what parsing the embedded TOML gives (tests compare the two), but cost
//! no parsing at start-up.

use crate::catalog::*;
use crate::lang::Lang;

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

/// The built-in table.
pub fn catalog() -> Catalog {
    Catalog {
        operators: OPERATORS.iter().map(|(_, op)| op()).collect(),
        ..header()
    }
}

/// The built-in table with operator `id` alone, if it has it: all a run that names its
/// operator reads (building the other ten was a tenth of such a run's start-up).
pub fn catalog_of(id: &str) -> Option<Catalog> {
    let (_, op) = OPERATORS.iter().find(|(k, _)| *k == id)?;
    Some(Catalog {
        operators: vec![op()],
        ..header()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_compiled_table_is_the_parsed_table() {
        let parsed = crate::catalog::embedded().unwrap();
        assert_eq!(format!("{:?}", super::catalog()), format!("{parsed:?}"));
    }

    /// The table of one operator is the whole table's header with that operator, as it is
    /// there, routes taken from another operator included; an unknown one has none.
    #[test]
    fn the_table_of_one_operator_is_that_operator_of_the_whole_table() {
        let whole = super::catalog();
        for op in &whole.operators {
            let one = super::catalog_of(op.id()).unwrap();
            let expected = crate::catalog::Catalog {
                operators: vec![op.clone()],
                ..whole.clone()
            };
            assert_eq!(format!("{one:?}"), format!("{expected:?}"), "{}", op.id());
        }
        assert!(whole.operators.iter().any(|op| op.routes_from.is_some()));
        assert!(super::catalog_of("tele3").is_none());
    }

    /// The compiled table against the data file read by hand, without the loader: a bug
    /// shared by the loader and the build script (a dropped field, a default turned round)
    /// cannot hide behind a comparison of the loader with itself.
    #[test]
    fn the_compiled_table_says_what_the_file_says() {
        let raw: toml::Table = crate::catalog::EMBEDDED.parse().unwrap();
        let compiled = super::catalog();

        assert_eq!(raw["schema"].as_integer(), Some(1));
        assert_eq!(raw["verified"].to_string(), compiled.verified.to_string());
        let farms: Vec<&str> = raw["content_farms"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(farms, compiled.content_farms);
        assert!(farms.contains(&"vareant.ru"));

        let general = raw["general"].as_table().unwrap();
        let g = &compiled.general;
        let texts = [
            ("owner_rule", &g.owner_rule),
            ("gosuslugi", &g.gosuslugi),
            ("reissue", &g.reissue),
            ("store_hours", &g.store_hours),
            ("porting", &g.porting),
            ("consulate", g.consulate.as_ref().unwrap()),
            ("foreign_sims", g.foreign_sims.as_ref().unwrap()),
            ("sim_limit", g.sim_limit.as_ref().unwrap()),
            ("handover", g.handover.as_ref().unwrap()),
            ("cooling", g.cooling.as_ref().unwrap()),
            ("login_codes", g.login_codes.as_ref().unwrap()),
            ("gosuslugi_abroad", g.gosuslugi_abroad.as_ref().unwrap()),
            ("self_ban", g.self_ban.as_ref().unwrap()),
            ("credit_history", g.credit_history.as_ref().unwrap()),
            ("keep_abroad", g.keep_abroad.as_ref().unwrap()),
        ];
        let mut keys = texts.map(|(k, _)| k).to_vec();
        keys.push("pending");
        known_keys("general", general, &keys);
        for (key, fact) in texts {
            fact_is(key, &general[key], fact, |v, raw| text_is(key, v, raw));
        }
        let pending = general["pending"].as_array().unwrap();
        assert_eq!(pending.len(), g.pending.len());
        assert!(!pending.is_empty(), "the anti-fraud bill");
        for (raw, fact) in pending.iter().zip(&g.pending) {
            fact_is("pending", raw, fact, |v, raw| text_is("pending", v, raw));
        }

        let operators = raw["operator"].as_array().unwrap();
        let ids: Vec<&str> = operators
            .iter()
            .map(|o| o["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, compiled.ids());
        for id in ["mts", "megafon", "beeline", "t2", "yota"] {
            assert!(ids.contains(&id), "{id}");
        }
        for (raw, op) in operators.iter().zip(&compiled.operators) {
            operator_is(raw.as_table().unwrap(), op, operators);
        }
        // Spot checks in plain words, so that both sides cannot drift together.
        let mts = compiled.operator("mts").unwrap();
        assert_eq!(mts.name.get(crate::i18n::Lang::Ru), "МТС");
        assert_eq!(mts.hotline.short.value.as_deref(), Some("0890"));
        assert_eq!(
            mts.hotline.federal.value.as_deref(),
            Some("8 800 250-08-90")
        );
        let pairs: Vec<(&str, &str)> = mts
            .routes
            .iter()
            .map(|r| (r.channel.id(), r.action.id()))
            .collect();
        assert!(pairs.starts_with(&[
            ("store", "cancel"),
            ("hotline", "cancel"),
            ("online", "cancel")
        ]));
        assert!(
            !mts.route(Channel::Hotline, Action::Cancel)
                .unwrap()
                .completes
        );
        assert!(mts.route(Channel::Store, Action::Cancel).unwrap().completes);
    }

    use crate::catalog::{Action, Channel, Fact, InactivityTerms, Operator, SuspendTerms, Text};
    use toml::{Table, Value};

    fn operator_is(raw: &Table, op: &Operator, all: &[Value]) {
        let id = raw["id"].as_str().unwrap();
        known_keys(
            id,
            raw,
            &[
                "id",
                "name",
                "legal_name",
                "hotline",
                "site",
                "app",
                "balance_check",
                "suspend",
                "refund",
                "inactivity",
                "quarantine",
                "note",
                "route",
                "routes_from",
            ],
        );
        assert_eq!(op.id(), id);
        text_is(id, &op.name, &raw["name"]);
        match (raw.get("legal_name"), &op.legal_name) {
            (Some(r), Some(f)) => fact_is(id, r, f, |v, r| text_is(id, v, r)),
            (None, None) => {}
            (r, f) => panic!("{id}: legal_name {r:?} compiled as {f:?}"),
        }
        let no_table = Table::new();
        let hotline = raw
            .get("hotline")
            .map_or(&no_table, |h| h.as_table().unwrap());
        known_keys(
            id,
            hotline,
            &["short", "federal", "abroad", "around_the_clock"],
        );
        let h = &op.hotline;
        for (key, fact) in [
            ("short", &h.short),
            ("federal", &h.federal),
            ("abroad", &h.abroad),
        ] {
            maybe_fact_is(key, hotline.get(key), fact, |v, r| {
                assert_eq!(Some(v.as_str()), r.as_str())
            });
        }
        match (hotline.get("around_the_clock"), &h.around_the_clock) {
            (Some(r), Some(f)) => fact_is(id, r, f, |v, r| assert_eq!(Some(*v), r.as_bool())),
            (None, None) => {}
            (r, f) => panic!("{id}: around_the_clock {r:?} compiled as {f:?}"),
        }
        maybe_fact_is(id, raw.get("site"), &op.site, |v, r| {
            assert_eq!(Some(v.as_str()), r.as_str())
        });
        for (key, fact) in [
            ("app", &op.app),
            ("balance_check", &op.balance_check),
            ("refund", &op.refund),
            ("quarantine", &op.quarantine),
        ] {
            maybe_fact_is(key, raw.get(key), fact, |v, r| text_is(key, v, r));
        }
        maybe_fact_is(
            id,
            raw.get("suspend"),
            &op.suspend,
            |v: &SuspendTerms, r| {
                let r = r.as_table().unwrap();
                known_keys(
                    id,
                    r,
                    &["summary", "free_days", "fee_per_day_rub", "max_days"],
                );
                text_is(id, &v.summary, &r["summary"]);
                assert_eq!(v.free_days.map(i64::from), int(r, "free_days"), "{id}");
                assert_eq!(v.fee_per_day_rub, float(r, "fee_per_day_rub"), "{id}");
                assert_eq!(v.max_days.map(i64::from), int(r, "max_days"), "{id}");
            },
        );
        maybe_fact_is(
            id,
            raw.get("inactivity"),
            &op.inactivity,
            |v: &InactivityTerms, r| {
                let r = r.as_table().unwrap();
                known_keys(
                    id,
                    r,
                    &[
                        "summary",
                        "fee_from_day",
                        "fee_per_day_rub",
                        "ends_after_days",
                    ],
                );
                text_is(id, &v.summary, &r["summary"]);
                assert_eq!(
                    v.fee_from_day.map(i64::from),
                    int(r, "fee_from_day"),
                    "{id}"
                );
                assert_eq!(v.fee_per_day_rub, float(r, "fee_per_day_rub"), "{id}");
                assert_eq!(
                    v.ends_after_days.map(i64::from),
                    int(r, "ends_after_days"),
                    "{id}"
                );
            },
        );
        let notes = raw
            .get("note")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        assert_eq!(notes.len(), op.notes.len(), "{id}: notes");
        for (r, f) in notes.iter().zip(&op.notes) {
            fact_is(id, r, f, |v, r| text_is(id, v, r));
        }
        // Routes taken from another operator are that operator's, as written.
        let written = match raw.get("routes_from").and_then(Value::as_str) {
            Some(from) => {
                assert_eq!(
                    op.routes_from.as_ref().map(|f| f.get_ref().as_str()),
                    Some(from)
                );
                all.iter().find(|o| o["id"].as_str() == Some(from)).unwrap()
            }
            None => {
                assert!(op.routes_from.is_none(), "{id}");
                &Value::Table(raw.clone())
            }
        };
        let routes = written["route"].as_array().unwrap();
        assert_eq!(routes.len(), op.routes.len(), "{id}: routes");
        for (r, route) in routes.iter().zip(&op.routes) {
            let r = r.as_table().unwrap();
            let at = format!("{id} {}", r["channel"]);
            known_keys(
                &at,
                r,
                &[
                    "channel",
                    "action",
                    "offered",
                    "completes",
                    "summary",
                    "instead",
                    "steps",
                    "documents",
                    "can",
                    "cannot",
                    "ask",
                    "source",
                    "confidence",
                ],
            );
            assert_eq!(Some(route.channel.id()), r["channel"].as_str(), "{at}");
            assert_eq!(Some(route.action.id()), r["action"].as_str(), "{at}");
            // Absent means yes: the file writes only the routes that are not offered or
            // cannot finish by themselves.
            let flag = |k: &str| r.get(k).is_none_or(|v| v.as_bool().unwrap());
            assert_eq!(route.offered, flag("offered"), "{at}");
            assert_eq!(route.completes, flag("completes"), "{at}");
            text_is(&at, &route.summary, &r["summary"]);
            optional_text_is(&at, route.instead.as_ref(), r.get("instead"));
            optional_text_is(&at, route.ask.as_ref(), r.get("ask"));
            for (key, list) in [
                ("steps", &route.steps),
                ("documents", &route.documents),
                ("can", &route.can),
                ("cannot", &route.cannot),
            ] {
                let raw = r
                    .get(key)
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                assert_eq!(raw.len(), list.len(), "{at}: {key}");
                for (r, t) in raw.iter().zip(list) {
                    text_is(&at, t, r);
                }
            }
            assert_eq!(
                route.source.as_deref(),
                r.get("source").and_then(Value::as_str)
            );
            assert_eq!(
                Some(confidence(route.confidence)),
                r["confidence"].as_str(),
                "{at}"
            );
        }
    }

    /// A fact the file may leave out: absent, it is compiled as unknown and unwritten.
    fn maybe_fact_is<T: std::fmt::Debug>(
        at: &str,
        raw: Option<&Value>,
        fact: &Fact<T>,
        value: impl Fn(&T, &Value),
    ) {
        match raw {
            Some(raw) => fact_is(at, raw, fact, value),
            None => {
                assert!(!fact.written() && fact.value.is_none(), "{at}: {fact:?}");
                assert!(fact.source.is_none() && fact.ask.is_none(), "{at}");
            }
        }
    }

    /// The sourcing of a fact as written, and its value through `value`.
    fn fact_is<T: std::fmt::Debug>(
        at: &str,
        raw: &Value,
        fact: &Fact<T>,
        value: impl Fn(&T, &Value),
    ) {
        let raw = raw.as_table().unwrap();
        known_keys(
            at,
            raw,
            &["value", "source", "also", "confidence", "checked", "ask"],
        );
        match (&fact.value, raw.get("value")) {
            (Some(v), Some(r)) => value(v, r),
            (None, None) => {}
            (v, r) => panic!("{at}: value {r:?} compiled as {v:?}"),
        }
        assert_eq!(
            fact.source.as_deref(),
            raw.get("source").and_then(Value::as_str),
            "{at}"
        );
        let also: Vec<&str> = raw
            .get("also")
            .and_then(Value::as_array)
            .map(|a| a.iter().map(|v| v.as_str().unwrap()).collect())
            .unwrap_or_default();
        assert_eq!(fact.also, also, "{at}");
        assert_eq!(
            Some(confidence(fact.confidence)),
            raw["confidence"].as_str(),
            "{at}"
        );
        assert_eq!(
            fact.checked.map(|d| d.to_string()),
            raw.get("checked").map(Value::to_string),
            "{at}"
        );
        optional_text_is(at, fact.ask.as_ref(), raw.get("ask"));
    }

    fn confidence(c: crate::catalog::Confidence) -> &'static str {
        use crate::catalog::Confidence::*;
        match c {
            Official => "official",
            Secondary => "secondary",
            Unverified => "unverified",
        }
    }

    /// A plain string is English only; a table names each language.
    fn text_is(at: &str, text: &Text, raw: &Value) {
        let mut want: Vec<(String, String)> = match raw {
            Value::String(s) => vec![("en".into(), s.clone())],
            Value::Table(t) => t
                .iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_owned()))
                .collect(),
            other => panic!("{at}: not a text: {other:?}"),
        };
        want.sort();
        let mut got: Vec<(String, String)> = text
            .entries()
            .map(|(l, s)| (l.code().to_owned(), s.to_owned()))
            .collect();
        got.sort();
        assert_eq!(got, want, "{at}");
    }

    fn optional_text_is(at: &str, text: Option<&Text>, raw: Option<&Value>) {
        match (text, raw) {
            (Some(t), Some(r)) => text_is(at, t, r),
            (None, None) => {}
            (t, r) => panic!("{at}: {r:?} compiled as {t:?}"),
        }
    }

    fn int(t: &Table, key: &str) -> Option<i64> {
        t.get(key).map(|v| v.as_integer().unwrap())
    }

    fn float(t: &Table, key: &str) -> Option<f64> {
        t.get(key)
            .map(|v| v.as_float().or(v.as_integer().map(|i| i as f64)).unwrap())
    }

    /// A key this walk does not know is a field the comparison would skip.
    fn known_keys(at: &str, t: &Table, known: &[&str]) {
        for key in t.keys() {
            assert!(
                known.contains(&key.as_str()),
                "{at}: `{key}` is not compared"
            );
        }
    }

    #[test]
    fn the_compiled_calendar_is_the_parsed_calendar() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let parsed = crate::calendar::load(crate::calendar::EMBEDDED, day).unwrap();
        assert_eq!(format!("{:?}", super::calendar()), format!("{parsed:?}"));
    }
}
