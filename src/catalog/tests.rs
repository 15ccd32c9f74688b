//! The table's types and validation, on the shipped table and on tables broken on purpose.

use super::*;

mod general {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    #[test]
    fn embedded_table_loads() {
        let c = load(EMBEDDED, Origin::Embedded, today()).unwrap_or_else(|e| panic!("{e}"));
        assert!(c.operators.len() >= 3);
    }

    #[test]
    fn a_text_takes_every_known_language_and_reports_an_unknown_one_with_its_place() {
        let c = load(EMBEDDED, Origin::Embedded, today()).unwrap();
        let mts = c.operator("mts").unwrap();
        assert_eq!(
            Lang::ALL.map(|l| mts.name.get(l)),
            Lang::ALL.map(|l| match l {
                Lang::Ru => "МТС",
                _ => "MTS",
            })
        );
        let typo = EMBEDDED.replacen(
            r#"name = { en = "MTS", ru = "МТС", zh = "MTS" }"#,
            r#"name = { en = "MTS", ru = "МТС", zn = "MTS" }"#,
            1,
        );
        let err = load(&typo, Origin::Embedded, today()).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("unknown key `operator[0].name.zn`"), "{text}");
        let no_en = EMBEDDED.replacen(r#"name = { en = "MTS", "#, "name = { ", 1);
        let err = load(&no_en, Origin::Embedded, today()).unwrap_err();
        assert!(err.to_string().contains("missing field `en`"), "{err}");
    }

    #[test]
    fn position_counts_lines_and_chars() {
        assert_eq!(position("a\nбв\nx", 6), (2, 3));
        assert_eq!(position("abc", 0), (1, 1));
    }

    #[test]
    fn clean_strips_escapes_and_controls() {
        assert_eq!(
            clean("a\u{1b}[31mred\u{1b}[0m\u{7}b\rc"),
            "ared\u{fffd}b\u{fffd}c"
        );
    }

    #[test]
    fn clean_covers_every_control_class() {
        let x = "\u{fffd}";
        let cases: [(&str, &str, String); 20] = [
            ("C0", "a\u{0}b\u{1f}c", format!("a{x}b{x}c")),
            (
                "BEL, BS, CR, LF",
                "a\u{7}\u{8}\r\n",
                format!("a{x}{x}{x}{x}"),
            ),
            ("tab", "a\tb", "a b".into()),
            ("DEL", "a\u{7f}b", format!("a{x}b")),
            ("C1", "a\u{85}\u{8d}b", format!("a{x}{x}b")),
            ("CSI", "a\u{1b}[1;31mb\u{1b}[2J", "ab".into()),
            ("CSI private", "a\u{1b}[?1049hb", "ab".into()),
            ("CSI 8-bit", "a\u{9b}31mb", "ab".into()),
            ("OSC BEL", "a\u{1b}]0;title\u{7}b", "ab".into()),
            ("OSC ST", "a\u{1b}]8;;http://x\u{1b}\\b", "ab".into()),
            ("OSC 8-bit", "a\u{9d}0;t\u{9c}b", "ab".into()),
            ("OSC unterminated", "a\u{1b}]0;title", "a".into()),
            ("DCS", "a\u{1b}P1$r\u{1b}\\b", "ab".into()),
            ("DCS 8-bit", "a\u{90}q\u{9c}b", "ab".into()),
            (
                "SOS PM APC",
                "a\u{1b}Xs\u{1b}\\\u{1b}^p\u{1b}\\\u{1b}_a\u{1b}\\b",
                "ab".into(),
            ),
            ("ESC short", "a\u{1b}cb\u{1b}7", "ab".into()),
            ("ESC charset", "a\u{1b}(0b", "ab".into()),
            ("lone ESC", "a\u{1b}", format!("a{x}")),
            (
                "bidi overrides",
                "a\u{202a}\u{202b}\u{202c}\u{202d}\u{202e}b",
                format!("a{x}{x}{x}{x}{x}b"),
            ),
            (
                "bidi isolates",
                "a\u{2066}\u{2067}\u{2068}\u{2069}b",
                format!("a{x}{x}{x}{x}b"),
            ),
        ];
        for (class, input, want) in cases {
            assert_eq!(clean(input), want, "{class}");
        }
        // Ordinary text in every script the program speaks is untouched.
        for s in ["МТС: отмена", "中国移动 — 暂停", "a-b_c.toml", "«ok»"] {
            assert_eq!(clean(s), s);
        }
    }
}

mod fact_rules {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn problems(text: &str) -> Vec<Problem> {
        load(text, Origin::File("t.toml".into()), today())
            .map(|_| Vec::new())
            .unwrap_or_else(|e| e.problems)
    }

    /// The line a problem points at.
    fn line_of<'a>(text: &'a str, p: &Problem) -> &'a str {
        text.lines().nth(p.line - 1).unwrap_or("")
    }

    fn swap(text: &str, old: &str, new: &str) -> String {
        assert!(text.contains(old), "{old}");
        text.replacen(old, new, 1)
    }

    #[test]
    fn the_shipped_table_has_no_content_farm_fact_above_unverified() {
        let c = embedded().unwrap();
        assert!(c.content_farms.iter().any(|h| h == "vareant.ru"));
        assert_eq!(c.content_farms.len(), 11);
        let mut cited = 0;
        for op in &c.operators {
            for r in &op.routes {
                if r.source
                    .as_deref()
                    .and_then(|s| farm_host(&c.content_farms, s))
                    .is_some()
                {
                    cited += 1;
                    assert_eq!(r.confidence, Confidence::Unverified, "{}", op.id());
                }
            }
        }
        assert!(cited > 0, "the rule has something to hold");
    }

    #[test]
    fn hosts_match_with_subdomains_and_without_www() {
        let farms = vec!["graph.org".to_owned(), "kakprosto.ru".to_owned()];
        assert!(farm_host(&farms, "https://graph.org/x").is_some());
        assert!(farm_host(&farms, "https://WWW.Graph.org/x").is_some());
        assert!(farm_host(&farms, "http://eng.kakprosto.ru/how").is_some());
        assert!(farm_host(&farms, "https://telegraph.org/x").is_none());
        assert!(farm_host(&farms, "https://graph.org.example.com/").is_none());
        assert_eq!(source_host("https://a.b:8080/x").as_deref(), Some("a.b"));
    }

    #[test]
    fn a_content_farm_fact_above_unverified_is_refused_where_it_is_labelled() {
        // The MTS short number from a content farm, labelled secondary; a Beeline route
        // from one labelled official.
        let text = swap(
            EMBEDDED,
            "value = \"0890\"\nsource = \"http://periscopes.ru/sposoby_blokirovki_i_vosstanovlenija_simkarty_mts.html\"",
            "value = \"0890\"\nsource = \"https://vareant.ru/articles/kak-otklyuchit-sim-kartu-mts\"",
        );
        let text = swap(
            &text,
            "source = \"https://tellcall.ru/en/bilajn/kak-razorvat-dogovor-s.html\"\nconfidence = \"unverified\"\n\n[[operator.route]]",
            "source = \"https://tellcall.ru/en/bilajn/kak-razorvat-dogovor-s.html\"\nconfidence = \"official\"\n\n[[operator.route]]",
        );
        let found = problems(&text);
        let farm: Vec<&Problem> = found
            .iter()
            .filter(|p| p.message.contains("content farm"))
            .collect();
        assert_eq!(farm.len(), 2, "{found:?}");
        assert!(farm[0].message.contains("`secondary`") && farm[0].message.contains("vareant.ru"));
        assert!(farm[1].message.contains("`official`") && farm[1].message.contains("tellcall.ru"));
        for p in farm {
            assert!(line_of(&text, p).starts_with("confidence = "), "{p:?}");
            assert!(p.hint.contains("unverified"), "{p:?}");
        }
    }

    #[test]
    fn a_second_source_that_is_no_content_farm_carries_the_fact() {
        let text = swap(
            EMBEDDED,
            "value = \"0890\"\nsource = \"http://periscopes.ru/sposoby_blokirovki_i_vosstanovlenija_simkarty_mts.html\"",
            "value = \"0890\"\nsource = \"https://vareant.ru/a\"\nalso = [\"http://periscopes.ru/b\"]",
        );
        assert_eq!(problems(&text), []);
        let text = swap(
            &text,
            "also = [\"http://periscopes.ru/b\"]",
            "also = [\"https://graph.org/c\"]",
        );
        assert_eq!(problems(&text).len(), 1);
    }

    #[test]
    fn a_note_from_a_content_farm_is_capped_too() {
        let text = swap(
            EMBEDDED,
            "source = \"https://msk.t2.ru/help/article/procedure-for-filing-a-written-complaint\"",
            "source = \"https://graph.org/t2\"",
        );
        let found = problems(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("graph.org"));
        assert_eq!(embedded().unwrap().operator("t2").unwrap().notes.len(), 2);
    }

    #[test]
    fn a_content_farm_list_entry_must_be_a_host() {
        let text = swap(EMBEDDED, "\"vareant.ru\",", "\"https://vareant.ru/\",");
        let found = problems(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("is not a host name"));
    }

    #[test]
    fn a_store_route_needs_the_legal_entity() {
        let legal = "[operator.legal_name]\nvalue = \"ООО «Т2 Мобайл»\"\nsource = \"https://apps.t2.ru/privacy-policy\"\nconfidence = \"official\"\n";
        let text = swap(EMBEDDED, legal, "");
        let found = problems(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0]
                .message
                .contains("`t2` offers a store route but has no `legal_name`")
        );
        assert_eq!(line_of(&text, &found[0]), "id = \"t2\"");
        // Unknown (an ask only) is not enough to address a letter.
        let text = swap(
            EMBEDDED,
            legal,
            "[operator.legal_name]\nconfidence = \"unverified\"\nask.en = \"Ask.\"\n",
        );
        let found = problems(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(line_of(&text, &found[0]).starts_with("[operator.legal_name]"));
    }

    #[test]
    fn every_letter_is_addressed_to_the_entity() {
        let c = embedded().unwrap();
        let names: Vec<(&str, &str)> = c
            .operators
            .iter()
            .map(|o| (o.id(), o.addressee()))
            .collect();
        assert_eq!(
            names,
            [
                ("mts", "ПАО «МТС»"),
                ("beeline", "ПАО «ВымпелКом»"),
                ("megafon", "ПАО «МегаФон»"),
                ("t2", "ООО «Т2 Мобайл»"),
                ("yota", "ООО «Скартел»"),
            ]
        );
        for op in &c.operators {
            assert!(
                op.legal_name.as_ref().unwrap().source.is_some(),
                "{}",
                op.id()
            );
        }
    }

    #[test]
    fn day_counts_and_fees_out_of_range_are_refused_all_at_once() {
        let text = swap(
            EMBEDDED,
            "value.free_days = 14",
            "value.free_days = 99999999999",
        );
        let text = swap(
            &text,
            "value.fee_per_day_rub = 1.1",
            "value.fee_per_day_rub = nan",
        );
        let text = swap(&text, "value.fee_from_day = 183", "value.fee_from_day = -5");
        let text = swap(
            &text,
            "value.fee_per_day_rub = 3.3",
            "value.fee_per_day_rub = -3.3",
        );
        let text = swap(
            &text,
            "value.fee_from_day = 91",
            "value.fee_from_day = 4000",
        );
        let text = swap(
            &text,
            "value.fee_per_day_rub = 15.0",
            "value.fee_per_day_rub = inf",
        );
        let text = swap(
            &text,
            "value.ends_after_days = 90",
            "value.ends_after_days = 0",
        );
        let found = problems(&text);
        assert_eq!(found.len(), 7, "{found:#?}");
        for (p, key) in found.iter().zip([
            "value.free_days",
            "value.fee_per_day_rub",
            "value.fee_from_day",
            "value.fee_per_day_rub",
            "value.fee_from_day",
            "value.fee_per_day_rub",
            "value.ends_after_days",
        ]) {
            assert!(line_of(&text, p).starts_with(key), "{p:?}");
            assert!(!p.hint.is_empty());
        }
        assert!(found[1].message.contains("is NaN"), "{:?}", found[1]);
        assert!(found[0].message.contains("out of range"), "{:?}", found[0]);
    }

    #[test]
    fn free_days_longer_than_the_longest_block_are_refused() {
        let text = swap(
            EMBEDDED,
            "value.free_days = 14",
            "value.free_days = 14\nvalue.max_days = 10",
        );
        let found = problems(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("longer than `max_days`"));
    }

    #[test]
    fn suspensions_always_get_follow_ups() {
        let c = embedded().unwrap();
        let checks = |id: &str| c.operator(id).unwrap().suspension_checks();
        // MTS publishes its free days: the day they end.
        assert_eq!(
            checks("mts"),
            [SuspendCheck {
                days: 14,
                message: "follow-free-ends"
            }]
        );
        // The others publish nothing: check a few days on that the block is on.
        for id in ["beeline", "megafon", "t2", "yota"] {
            assert_eq!(
                checks(id),
                [SuspendCheck {
                    days: CHECK_BLOCK_DAYS,
                    message: "follow-check-block"
                }],
                "{id}"
            );
        }
        // A longest block: a reminder a week before, and on the day.
        let terms = SuspendTerms {
            summary: Text::en("x"),
            free_days: Some(14),
            fee_per_day_rub: None,
            max_days: Some(90),
        };
        assert_eq!(
            suspension_checks(Some(&terms)),
            [
                SuspendCheck {
                    days: 14,
                    message: "follow-free-ends"
                },
                SuspendCheck {
                    days: 83,
                    message: "follow-before-max"
                },
                SuspendCheck {
                    days: 90,
                    message: "follow-max-block"
                },
            ]
        );
        let short = SuspendTerms {
            free_days: None,
            max_days: Some(5),
            ..terms
        };
        assert_eq!(
            suspension_checks(Some(&short)),
            [
                SuspendCheck {
                    days: CHECK_BLOCK_DAYS,
                    message: "follow-check-block"
                },
                SuspendCheck {
                    days: 5,
                    message: "follow-max-block"
                },
            ]
        );
        assert_eq!(suspension_checks(None).len(), 1);
    }
}

mod phone_tests {
    use super::is_phone_number;

    #[test]
    fn russian_numbers_as_people_write_them() {
        for ok in [
            "0890",
            "611",
            "8 800 250-08-90",
            "+7 951 520-06-11",
            "+7 (495) 123-45-67",
            "88002500890",
        ] {
            assert!(is_phone_number(ok), "{ok}");
        }
        for bad in [
            "",
            "call me",
            "12",
            "08900",
            "+1 202 555 0100",
            "8 800 250-08",
            "+7 800 +250",
            "7 800 250-08-90",
        ] {
            assert!(!is_phone_number(bad), "{bad}");
        }
    }
}
