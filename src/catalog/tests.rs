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
        assert_eq!(c.content_farms.len(), 48);
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
            "value = \"0890\"\nsource = \"http://periscopes.ru/sposoby_blokirovki_i_vosstanovlenija_simkarty_mts.html\"\nconfidence = \"unverified\"",
            "value = \"0890\"\nsource = \"https://vareant.ru/articles/kak-otklyuchit-sim-kartu-mts\"\nconfidence = \"secondary\"",
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
            "value = \"0890\"\nsource = \"http://periscopes.ru/sposoby_blokirovki_i_vosstanovlenija_simkarty_mts.html\"\nconfidence = \"unverified\"",
            "value = \"0890\"\nsource = \"https://vareant.ru/a\"\nalso = [\"https://www.kommersant.ru/b\"]\nconfidence = \"secondary\"",
        );
        assert_eq!(problems(&text), []);
        let text = swap(
            &text,
            "also = [\"https://www.kommersant.ru/b\"]",
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
        // t2's whole legal_name table, its question included.
        let start = EMBEDDED
            .find("[operator.legal_name]\nvalue = \"ООО «Т2 Мобайл»\"")
            .unwrap();
        let legal = &EMBEDDED[start..start + EMBEDDED[start..].find("\n\n").unwrap() + 1];
        let text = swap(EMBEDDED, legal, "");
        let found = problems(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0]
                .message
                .contains("`t2` offers a store route but has no `legal_name`")
        );
        assert_eq!(line_of(&text, &found[0]), "id = \"t2\"");
        // Unknown with an ask is enough: the letter leaves the entity blank, to be copied
        // from the contract. Unknown with nothing to ask is not.
        let asked = swap(
            EMBEDDED,
            legal,
            "[operator.legal_name]\nconfidence = \"unverified\"\nask.en = \"Ask.\"\n",
        );
        assert_eq!(problems(&asked), []);
        let c = load(&asked, Origin::Embedded, today()).unwrap();
        assert_eq!(c.operator("t2").unwrap().addressee(), ENTITY_BLANK);
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
                ("t-mobile", ENTITY_BLANK),
                ("sbermobile", ENTITY_BLANK),
                ("motiv", "ООО «ЕКАТЕРИНБУРГ-2000»"),
                ("letai", "ПАО «Таттелеком»"),
                ("danycom", "ООО «Дэни Колл»"),
                ("other", ENTITY_BLANK),
            ]
        );
        // Every entity is sourced, or unknown with what to ask.
        for op in &c.operators {
            let entity = op.legal_name.as_ref().unwrap();
            assert!(
                entity.source.is_some() || (entity.value.is_none() && entity.ask.is_some()),
                "{}",
                op.id()
            );
        }
    }

    #[test]
    fn day_counts_and_fees_out_of_range_are_refused_all_at_once() {
        let text = swap(
            FIXTURE,
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
            "value.fee_per_day_rub",
            "value.ends_after_days",
            "value.fee_from_day",
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
            FIXTURE,
            "value.free_days = 14",
            "value.free_days = 14\nvalue.max_days = 10",
        );
        let found = problems(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("longer than `max_days`"));
    }

    #[test]
    fn suspensions_always_get_follow_ups() {
        let c = fixture();
        let checks = |id: &str| c.operator(id).unwrap().suspension_checks();
        // Free days published: the day they end.
        assert_eq!(
            checks("alfa"),
            [SuspendCheck {
                days: 14,
                message: "follow-free-ends"
            }]
        );
        // Nothing published: check a few days on that the block is on.
        for id in ["bravo", "charlie", "delta"] {
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
            "+7 951 520-06+11",
            "7 800 250-08-90",
        ] {
            assert!(!is_phone_number(bad), "{bad}");
        }
    }
}

mod check_rules {
    //! Each rule of the checker broken once in a small valid table, with the whole message
    //! a maintainer reads: file, line, column, problem and hint.

    use super::*;

    /// The smallest table that loads: the five general facts and one operator that can
    /// be cancelled on its hotline.
    pub(super) const MINIMAL: &str = r#"schema = 1
verified = 2026-11-25
content_farms = ["farm.ru"]

[general.owner_rule]
value = "Only the subscriber."
source = "https://law.ru/owner"
confidence = "official"

[general.gosuslugi]
value = "Gosuslugi lists numbers."
source = "https://law.ru/gosuslugi"
confidence = "official"

[general.reissue]
value = "A number is re-issued."
source = "https://law.ru/reissue"
confidence = "secondary"

[general.store_hours]
confidence = "unverified"
ask = "Look the store up."

[general.porting]
value = "Move the number."
source = "https://law.ru/porting"
confidence = "official"

[[operator]]
id = "op"
name = "Op"

[operator.hotline.short]
value = "0890"
source = "https://op.ru/short"
confidence = "official"

[operator.hotline.federal]
value = "8 800 250-08-90"
source = "https://op.ru/federal"
confidence = "official"

[operator.hotline.abroad]
value = "+7 495 766-01-66"
source = "https://op.ru/abroad"
confidence = "official"

[operator.site]
value = "https://op.ru"
source = "https://op.ru/about"
confidence = "official"

[operator.app]
value = "My Op"
source = "https://op.ru/app"
confidence = "official"

[operator.balance_check]
confidence = "unverified"
ask = "Ask the hotline."

[operator.suspend]
value.summary = "Free for 14 days."
value.free_days = 14
value.fee_per_day_rub = 1.1
value.max_days = 90
source = "https://op.ru/suspend"
confidence = "official"

[operator.refund]
confidence = "unverified"
ask = "Ask about the refund."

[operator.inactivity]
value.summary = "A fee after 90 days."
value.fee_from_day = 91
value.fee_per_day_rub = 3.3
value.ends_after_days = 180
source = "https://op.ru/inactivity"
confidence = "official"

[operator.quarantine]
confidence = "unverified"
ask = "Ask how long."

[[operator.route]]
channel = "hotline"
action = "cancel"
summary = "Call."
steps = ["Call the hotline."]
source = "https://op.ru/cancel"
confidence = "official"
"#;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    /// What `check-data` prints for a table: "ok" when it loads.
    fn errors(text: &str) -> String {
        match load(text, Origin::File("t.toml".into()), today()) {
            Ok(_) => "ok".into(),
            Err(e) => e.to_string(),
        }
    }

    /// The minimal table with one piece replaced.
    fn with(old: &str, new: &str) -> String {
        edit(MINIMAL, old, new)
    }

    fn edit(text: &str, old: &str, new: &str) -> String {
        assert!(text.contains(old), "{old}");
        text.replacen(old, new, 1)
    }

    /// Once a table says whose word a page is, a label needs the sources to carry it:
    /// official the operator's or a state body's own site, secondary a reputable outlet
    /// or two independent sites. Each refusal is at the `confidence` line.
    #[test]
    fn a_label_needs_sources_that_carry_it_once_the_table_names_whose_pages_count() {
        let lists = "content_farms = [\"farm.ru\"]\noperator_hosts = [\"op.ru\"]\nstate_hosts = [\"gov.ru\"]\nreputable_outlets = [\"news.ru\"]";
        let judged = with("content_farms = [\"farm.ru\"]", lists);
        let official = "labelled `official`, but no source is the operator's or a state body's own site (`law.ru`)";
        let secondary = "labelled `secondary`, but its only source is `law.ru`, an ordinary page: at most `unverified`";
        let found = errors(&judged);
        let lines: Vec<&str> = found.lines().filter(|l| l.starts_with("t.toml:")).collect();
        assert_eq!(
            lines,
            [
                format!("t.toml:11:1: {official}"),
                format!("t.toml:16:1: {official}"),
                format!("t.toml:21:1: {secondary}"),
                format!("t.toml:30:1: {official}"),
            ]
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
            "{found}"
        );
        // A state body, a reputable outlet, or a second site carries them.
        let fixed = edit(
            &judged,
            "https://law.ru/owner",
            "https://epp.genproc.gov.ru/owner",
        );
        let fixed = edit(
            &fixed,
            "https://law.ru/gosuslugi",
            "https://op.ru/gosuslugi",
        );
        let fixed = edit(
            &fixed,
            "source = \"https://law.ru/reissue\"",
            "source = \"https://law.ru/reissue\"\nalso = [\"https://www.news.ru/1\"]",
        );
        let fixed = edit(
            &fixed,
            "\"https://law.ru/porting\"",
            "\"https://law.ru/porting\"\nalso = [\"https://sub.op.ru/p\"]",
        );
        assert_eq!(errors(&fixed), "ok");
        // Two pages on one site are one source.
        let one_site = edit(
            &judged,
            "source = \"https://law.ru/reissue\"",
            "source = \"https://law.ru/reissue\"\nalso = [\"https://www.law.ru/again\", \"https://farm.ru/x\"]",
        );
        assert!(
            errors(&one_site).contains(secondary),
            "{}",
            errors(&one_site)
        );
    }

    /// The minimal table with a second operator, `op2`, after the first.
    fn two_operators() -> String {
        let block = &MINIMAL[MINIMAL.find("[[operator]]").unwrap()..];
        format!(
            "{MINIMAL}\n{}",
            block.replace("id = \"op\"", "id = \"op2\"")
        )
    }

    #[test]
    fn a_table_that_loads_keeps_its_date_and_its_farm_hosts_lower_cased() {
        let c = load(
            &with("[\"farm.ru\"]", "[\" Farm.RU \", \"Graph.org\"]"),
            Origin::File("t.toml".into()),
            today(),
        )
        .unwrap();
        assert_eq!(c.verified, today());
        assert_eq!(c.content_farms, ["farm.ru", "graph.org"]);
        assert_eq!(c.origin, Origin::File("t.toml".into()));
        assert_eq!(c.ids(), ["op"]);
        // A source on the host in another case, under www., is on the farm all the same.
        assert_eq!(
            errors(
                &with("[\"farm.ru\"]", "[\" Farm.RU \"]")
                    .replace("https://op.ru/cancel", "https://www.FARM.ru/cancel")
            ),
            "t.toml:92:1: labelled `official`, but its only source is `farm.ru`, a content farm: at most `unverified`\n    hint: set confidence = \"unverified\", or cite an official page instead (see content_farms in data/README.md)"
        );
    }

    /// A typo must not make a fact vanish silently: the key is named by its whole path, at its own
    /// line, in a fact, a text, an array item, the top level and a later operator.
    #[test]
    fn an_unknown_key_is_named_by_its_path_at_its_own_line() {
        assert_eq!(
            errors(&with(
                "value = \"https://op.ru\"\n",
                "value = \"https://op.ru\"\nvaule = \"x\"\n"
            )),
            "t.toml:50:1: unknown key `operator[0].site.vaule`\n    hint: check its spelling against the schema in data/README.md",
            "unknown"
        );
        assert_eq!(
            errors(&with(
                "name = \"Op\"\n",
                "name = { en = \"Op\", zn = \"Op\" }\nnick = \"O\"\n"
            )),
            "t.toml:31:21: unknown key `operator[0].name.zn`\n    hint: check its spelling against the schema in data/README.md\nt.toml:32:1: unknown key `operator[0].nick`\n    hint: check its spelling against the schema in data/README.md",
            "unknown2"
        );
        assert_eq!(
            errors(&with(
                "steps = [\"Call the hotline.\"]",
                "steps = [\"Call.\", { en = \"Call the hotline.\", fr = \"x\" }]"
            )),
            "t.toml:90:47: unknown key `operator[0].route[0].steps[1].fr`\n    hint: check its spelling against the schema in data/README.md",
            "unknown3"
        );
        assert_eq!(
            errors(&with("schema = 1\n", "schema = 1\nshema = 1\n")),
            "t.toml:2:1: unknown key `shema`\n    hint: check its spelling against the schema in data/README.md",
            "unknown4"
        );
        assert_eq!(
            errors(&edit(
                &two_operators(),
                "id = \"op2\"\n",
                "id = \"op2\"\nnick = \"O\"\n"
            )),
            "t.toml:96:1: unknown key `operator[1].nick`\n    hint: check its spelling against the schema in data/README.md",
            "unknown5"
        );
    }

    #[test]
    fn a_syntax_error_is_reported_in_tomls_words_at_its_place() {
        assert_eq!(
            errors(&with("schema = 1\n", "schema = \n")),
            "t.toml:1:10: string values must be quoted, expected literal string\n    hint: TOML syntax: see https://toml.io",
            "syntax"
        );
    }

    #[test]
    fn a_value_of_the_wrong_type_is_reported_at_its_place() {
        assert_eq!(
            errors(&with("schema = 1\n", "schema = \"one\"\n")),
            "t.toml:1:10: invalid type: string \"one\", expected u32\n    hint: see the schema in data/README.md",
            "type"
        );
    }

    #[test]
    fn another_schema_is_refused() {
        assert_eq!(
            errors(&with("schema = 1\n", "schema = 2\n")),
            "t.toml:1:10: schema 2 is not supported; this version reads schema 1\n    hint: update simcancel, or use a table written for this version",
            "schema2"
        );
    }

    /// Today itself is fine: the minimal table is verified today.
    #[test]
    fn verified_must_be_a_bare_date_not_after_today() {
        assert_eq!(errors(MINIMAL), "ok");
        assert_eq!(
            errors(&with("verified = 2026-11-25", "verified = 2026-11-26")),
            "t.toml:2:12: `verified` is 2026-11-26, in the future\n    hint: set it to the day the facts were last checked",
            "future"
        );
        assert_eq!(
            errors(&with(
                "verified = 2026-11-25",
                "verified = 2026-11-25T10:00:00"
            )),
            "t.toml:2:12: `verified` must be a date like 2026-11-25\n    hint: a bare date, without time or quotes",
            "datetime"
        );
    }

    #[test]
    fn a_table_without_operators_is_refused() {
        assert_eq!(
            errors(&MINIMAL[..MINIMAL.find("[[operator]]").unwrap()]),
            "t.toml:1:1: the table has no [[operator]] entries\n    hint: add at least one [[operator]]",
            "noop"
        );
    }

    /// Each entry fails one condition of a host: empty, a path or scheme, a space, a port, no dot,
    /// a leading dot.
    #[test]
    fn content_farms_must_be_bare_hosts() {
        assert_eq!(
            errors(&with(
                "[\"farm.ru\"]",
                "[\" Farm.RU \", \"\", \"https://x.ru/\", \"a b.ru\", \"a:ru.x\", \"localhost\", \".farm.ru\"]"
            )),
            "t.toml:3:31: `` is not a host name\n    hint: a bare host like \"vareant.ru\", without https:// or a path\nt.toml:3:35: `https://x.ru/` is not a host name\n    hint: a bare host like \"vareant.ru\", without https:// or a path\nt.toml:3:52: `a b.ru` is not a host name\n    hint: a bare host like \"vareant.ru\", without https:// or a path\nt.toml:3:62: `a:ru.x` is not a host name\n    hint: a bare host like \"vareant.ru\", without https:// or a path\nt.toml:3:72: `localhost` is not a host name\n    hint: a bare host like \"vareant.ru\", without https:// or a path\nt.toml:3:85: `.farm.ru` is not a host name\n    hint: a bare host like \"vareant.ru\", without https:// or a path",
            "farms"
        );
    }

    #[test]
    fn a_route_from_a_content_farm_is_at_most_unverified() {
        assert_eq!(
            errors(&with(
                "source = \"https://op.ru/cancel\"\nconfidence = \"official\"",
                "source = \"https://farm.ru/cancel\"\nconfidence = \"unverified\""
            )),
            "ok",
            "farmroute-un"
        );
        assert_eq!(
            errors(&with(
                "source = \"https://op.ru/cancel\"\nconfidence = \"official\"",
                "source = \"https://farm.ru/cancel\"\nconfidence = \"secondary\""
            )),
            "t.toml:92:1: labelled `secondary`, but its only source is `farm.ru`, a content farm: at most `unverified`\n    hint: set confidence = \"unverified\", or cite an official page instead (see content_farms in data/README.md)",
            "farmroute-sec"
        );
    }

    /// Located at the `confidence` line of each kind of fact: general, optional general, each
    /// hotline number, the round-the-clock flag, the site, an operator fact, the legal entity, a
    /// note.
    #[test]
    fn every_fact_from_a_content_farm_is_at_most_unverified() {
        assert_eq!(
            errors(&with("https://law.ru/owner", "https://farm.ru/owner")),
            "t.toml:8:1: labelled `official`, but its only source is `farm.ru`, a content farm: at most `unverified`\n    hint: set confidence = \"unverified\", or cite an official page instead (see content_farms in data/README.md)",
            "farmgeneral"
        );
        assert_eq!(
            errors(&with(
                "[[operator]]",
                "[general.consulate]\nvalue = \"Go to the consulate.\"\nsource = \"https://farm.ru/c\"\nconfidence = \"secondary\"\n\n[[operator]]"
            )),
            "t.toml:32:1: labelled `secondary`, but its only source is `farm.ru`, a content farm: at most `unverified`\n    hint: set confidence = \"unverified\", or cite an official page instead (see content_farms in data/README.md)",
            "farm-consulate"
        );
        assert_eq!(
            errors(&with("https://op.ru/short", "https://farm.ru/short")),
            "t.toml:36:1: labelled `official`, but its only source is `farm.ru`, a content farm: at most `unverified`\n    hint: set confidence = \"unverified\", or cite an official page instead (see content_farms in data/README.md)",
            "farm-short"
        );
        assert_eq!(
            errors(&with("https://op.ru/abroad", "https://farm.ru/abroad")),
            "t.toml:46:1: labelled `official`, but its only source is `farm.ru`, a content farm: at most `unverified`\n    hint: set confidence = \"unverified\", or cite an official page instead (see content_farms in data/README.md)",
            "farm-abroad"
        );
        assert_eq!(
            errors(&with(
                "[operator.site]",
                "[operator.hotline.around_the_clock]\nvalue = true\nsource = \"https://farm.ru/atc\"\nconfidence = \"secondary\"\n\n[operator.site]"
            )),
            "t.toml:51:1: labelled `secondary`, but its only source is `farm.ru`, a content farm: at most `unverified`\n    hint: set confidence = \"unverified\", or cite an official page instead (see content_farms in data/README.md)",
            "farm-atc"
        );
        assert_eq!(
            errors(&with("https://op.ru/about", "https://farm.ru/about")),
            "t.toml:51:1: labelled `official`, but its only source is `farm.ru`, a content farm: at most `unverified`\n    hint: set confidence = \"unverified\", or cite an official page instead (see content_farms in data/README.md)",
            "farm-site"
        );
        assert_eq!(
            errors(&with(
                "confidence = \"unverified\"\nask = \"Ask how long.\"",
                "value = \"Two months.\"\nsource = \"https://farm.ru/q\"\nconfidence = \"official\""
            )),
            "t.toml:85:1: labelled `official`, but its only source is `farm.ru`, a content farm: at most `unverified`\n    hint: set confidence = \"unverified\", or cite an official page instead (see content_farms in data/README.md)",
            "farm-quar"
        );
        assert_eq!(
            errors(&with(
                "[operator.hotline.short]",
                "[operator.legal_name]\nvalue = \"ПАО «Оп»\"\nsource = \"https://farm.ru/legal\"\nconfidence = \"official\"\n\n[operator.hotline.short]"
            )),
            "t.toml:36:1: labelled `official`, but its only source is `farm.ru`, a content farm: at most `unverified`\n    hint: set confidence = \"unverified\", or cite an official page instead (see content_farms in data/README.md)",
            "farm-legal"
        );
        assert_eq!(
            errors(&format!(
                "{}\n[[operator.note]]\nvalue = \"A note.\"\nsource = \"https://op.ru/n\"\nconfidence = \"official\"\n\n[[operator.note]]\nvalue = \"Another.\"\nsource = \"https://farm.ru/n\"\nconfidence = \"official\"\n",
                MINIMAL
            )),
            "t.toml:102:1: labelled `official`, but its only source is `farm.ru`, a content farm: at most `unverified`\n    hint: set confidence = \"unverified\", or cite an official page instead (see content_farms in data/README.md)",
            "farm-note"
        );
        assert_eq!(
            errors(&with(
                "source = \"https://law.ru/owner\"\nconfidence = \"official\"",
                "source = \"https://farm.ru/owner\"\nconfidence = \"unverified\""
            )),
            "ok",
            "farmunv"
        );
    }

    #[test]
    fn a_page_in_also_lifts_the_cap_unless_it_is_a_farm_too() {
        assert_eq!(
            errors(&with(
                "https://law.ru/owner\"",
                "https://farm.ru/owner\"\nalso = [\"https://law.ru/owner\"]"
            )),
            "ok",
            "farmalso"
        );
        assert_eq!(
            errors(&with(
                "https://law.ru/owner\"",
                "https://farm.ru/owner\"\nalso = [\"https://sub.farm.ru/owner\"]"
            )),
            "t.toml:9:1: labelled `official`, but its only source is `farm.ru`, a content farm: at most `unverified`\n    hint: set confidence = \"unverified\", or cite an official page instead (see content_farms in data/README.md)",
            "farmalso2"
        );
    }

    /// Located at the operator's id when there is no `legal_name`; one with an `ask` but no
    /// value is enough (the letter leaves it blank); a store route not offered needs none.
    #[test]
    fn a_store_route_needs_a_named_legal_entity() {
        assert_eq!(
            errors(&format!(
                "{MINIMAL}\n[[operator.route]]\nchannel = \"store\"\naction = \"cancel\"\nsummary = \"Go.\"\nsteps = [\"Go.\"]\nsource = \"https://op.ru/store\"\nconfidence = \"official\"\n"
            )),
            "t.toml:30:1: operator `op` offers a store route but has no `legal_name`\n    hint: add [operator.legal_name] with value = \"ПАО «…»\", the entity a written application is addressed to, and its source; or, when nobody could source it, an `ask` to copy it from the contract",
            "store-noname"
        );
        assert_eq!(
            errors(&edit(
                &format!(
                    "{MINIMAL}\n[[operator.route]]\nchannel = \"store\"\naction = \"cancel\"\nsummary = \"Go.\"\nsteps = [\"Go.\"]\nsource = \"https://op.ru/store\"\nconfidence = \"official\"\n"
                ),
                "[operator.hotline.short]",
                "[operator.legal_name]\nconfidence = \"unverified\"\nask = \"Ask.\"\n\n[operator.hotline.short]"
            )),
            "ok",
            "store-askname"
        );
        assert_eq!(
            errors(&format!(
                "{MINIMAL}\n[[operator.route]]\nchannel = \"store\"\naction = \"cancel\"\noffered = false\nsummary = \"No.\"\nconfidence = \"official\"\n"
            )),
            "ok",
            "store-notoffered"
        );
        assert_eq!(
            errors(&edit(
                &format!(
                    "{MINIMAL}\n[[operator.route]]\nchannel = \"store\"\naction = \"cancel\"\nsummary = \"Go.\"\nsteps = [\"Go.\"]\nsource = \"https://op.ru/store\"\nconfidence = \"official\"\n"
                ),
                "[operator.hotline.short]",
                "[operator.legal_name]\nvalue = \"ПАО «Оп»\"\nsource = \"https://op.ru/legal\"\nconfidence = \"official\"\n\n[operator.hotline.short]"
            )),
            "ok",
            "store-named"
        );
    }

    /// The bounds themselves are accepted (the last case).
    #[test]
    fn day_counts_out_of_bounds_are_refused_at_their_line() {
        assert_eq!(
            errors(
                &with("value.free_days = 14", "value.free_days = 99999999999")
                    .replace("value.max_days = 90", "value.max_days = 4000")
            ),
            "t.toml:64:7: `free_days` is out of range; it must be a whole number of days from 0 to 3653\n    hint: a count of days from the day the period starts, at most 3653 (ten years); see data/README.md\nt.toml:66:7: `max_days` is 4000; it must be a whole number of days from 1 to 3653\n    hint: a count of days from the day the period starts, at most 3653 (ten years); see data/README.md",
            "days-huge-both"
        );
        assert_eq!(
            errors(&with("value.max_days = 90", "value.max_days = 0")),
            "t.toml:66:7: `max_days` is 0; it must be a whole number of days from 1 to 3653\n    hint: a count of days from the day the period starts, at most 3653 (ten years); see data/README.md",
            "days-max0"
        );
        assert_eq!(
            errors(&with("value.fee_from_day = 91", "value.fee_from_day = 0")),
            "t.toml:76:7: `fee_from_day` is 0; it must be a whole number of days from 1 to 3653\n    hint: a count of days from the day the period starts, at most 3653 (ten years); see data/README.md",
            "days-from0"
        );
        assert_eq!(
            errors(&with(
                "value.ends_after_days = 180",
                "value.ends_after_days = 4000"
            )),
            "t.toml:78:7: `ends_after_days` is 4000; it must be a whole number of days from 1 to 3653\n    hint: a count of days from the day the period starts, at most 3653 (ten years); see data/README.md",
            "days-ends4000"
        );
        assert_eq!(
            errors(
                &with("value.free_days = 14", "value.free_days = 0")
                    .replace("value.max_days = 90", "value.max_days = 3653")
                    .replace("value.fee_from_day = 91", "value.fee_from_day = 1")
                    .replace(
                        "value.ends_after_days = 180",
                        "value.ends_after_days = 3653"
                    )
                    .replace("value.fee_per_day_rub = 1.1", "value.fee_per_day_rub = 0.0")
                    .replace(
                        "value.fee_per_day_rub = 3.3",
                        "value.fee_per_day_rub = 1000.0"
                    )
            ),
            "ok",
            "days-edges"
        );
    }

    #[test]
    fn fees_must_be_finite_roubles_up_to_a_thousand() {
        assert_eq!(
            errors(&with(
                "value.fee_per_day_rub = 1.1",
                "value.fee_per_day_rub = nan"
            )),
            "t.toml:65:7: `fee_per_day_rub` is NaN; it must be a number of roubles from 0 to 1000\n    hint: a plain number like 1.1, not nan, inf or a negative value",
            "fee-nan"
        );
        assert_eq!(
            errors(&with(
                "value.fee_per_day_rub = 3.3",
                "value.fee_per_day_rub = inf"
            )),
            "t.toml:77:7: `fee_per_day_rub` is inf; it must be a number of roubles from 0 to 1000\n    hint: a plain number like 1.1, not nan, inf or a negative value",
            "fee-inf"
        );
        assert_eq!(
            errors(&with(
                "value.fee_per_day_rub = 3.3",
                "value.fee_per_day_rub = -0.5"
            )),
            "t.toml:77:7: `fee_per_day_rub` is -0.5; it must be a number of roubles from 0 to 1000\n    hint: a plain number like 1.1, not nan, inf or a negative value",
            "fee-neg"
        );
        assert_eq!(
            errors(&with(
                "value.fee_per_day_rub = 1.1",
                "value.fee_per_day_rub = 1000.5"
            )),
            "t.toml:65:7: `fee_per_day_rub` is 1000.5; it must be a number of roubles from 0 to 1000\n    hint: a plain number like 1.1, not nan, inf or a negative value",
            "fee-big"
        );
    }

    /// An out-of-range count is reported once, not compared as well.
    #[test]
    fn free_days_cannot_be_longer_than_max_days() {
        assert_eq!(
            errors(&with("value.max_days = 90", "value.max_days = 10")),
            "t.toml:64:7: `free_days` (14) is longer than `max_days` (10)\n    hint: the free days are part of the longest block allowed",
            "free-gt-max"
        );
        assert_eq!(
            errors(&with("value.max_days = 90", "value.max_days = 14")),
            "ok",
            "free-eq-max"
        );
        assert_eq!(
            errors(&with(
                "value.free_days = 14",
                "value.free_days = 99999999999"
            )),
            "t.toml:64:7: `free_days` is out of range; it must be a whole number of days from 0 to 3653\n    hint: a count of days from the day the period starts, at most 3653 (ten years); see data/README.md",
            "days-huge"
        );
    }

    #[test]
    fn a_fact_needs_a_source_for_its_value_or_an_ask_without_one() {
        assert_eq!(
            errors(&with("source = \"https://law.ru/gosuslugi\"\n", "")),
            "t.toml:10:1: a fact with a value needs a `source`\n    hint: add source = \"https://…\", the page the fact was read on",
            "no-source"
        );
        assert_eq!(
            errors(&with("ask = \"Look the store up.\"\n", "")),
            "t.toml:20:1: an unknown fact (no `value`) needs an `ask` text\n    hint: say what the user should ask the operator instead",
            "no-ask"
        );
        assert_eq!(
            errors(&with(
                "source = \"https://law.ru/gosuslugi\"\n",
                "source = \"https://law.ru/gosuslugi\"\nask = \"Confirm it.\"\n"
            )),
            "ok",
            "value-and-ask"
        );
    }

    /// http:// is accepted for a citation; every page in `also` is checked too.
    #[test]
    fn a_source_must_be_a_web_address() {
        assert_eq!(
            errors(&with("https://op.ru/short", "op.ru/short")),
            "t.toml:33:1: `source` must be a web address, got `op.ru/short`\n    hint: the full address of the page, starting with https://",
            "src-noscheme"
        );
        assert_eq!(
            errors(&with("https://op.ru/short", "ftp://op.ru/short")),
            "t.toml:33:1: `source` must be a web address, got `ftp://op.ru/short`\n    hint: the full address of the page, starting with https://",
            "src-ftp"
        );
        assert_eq!(
            errors(&with("https://op.ru/short", "https://localhost/short")),
            "t.toml:33:1: `source` must be a web address, got `https://localhost/short`\n    hint: the full address of the page, starting with https://",
            "src-nodot"
        );
        assert_eq!(
            errors(&with("https://op.ru/short", "https://.op.ru/short")),
            "t.toml:33:1: `source` must be a web address, got `https://.op.ru/short`\n    hint: the full address of the page, starting with https://",
            "src-dot"
        );
        assert_eq!(
            errors(&with("https://op.ru/short", "https://op.ru/sh ort")),
            "t.toml:33:1: `source` must be a web address, got `https://op.ru/sh ort`\n    hint: the full address of the page, starting with https://",
            "src-space"
        );
        assert_eq!(
            errors(&with("https://op.ru/short", "https://op.ru/sh\tort")),
            "t.toml:33:1: `source` must be a web address, got `https://op.ru/sh ort`\n    hint: the full address of the page, starting with https://",
            "src-tab"
        );
        assert_eq!(
            errors(&with("https://op.ru/short", "http://op.ru/short")),
            "ok",
            "src-http"
        );
        assert_eq!(
            errors(&with(
                "source = \"https://op.ru/short\"",
                "source = \"https://op.ru/short\"\nalso = [\"https://op.ru/a\", \"see the app\"]"
            )),
            "t.toml:33:1: `source` must be a web address, got `see the app`\n    hint: the full address of the page, starting with https://",
            "src-also"
        );
    }

    #[test]
    fn the_site_must_be_https() {
        assert_eq!(
            errors(&with(
                "value = \"https://op.ru\"",
                "value = \"http://op.ru\""
            )),
            "t.toml:48:1: site `http://op.ru` must be an https:// address\n    hint: the operator's own site, like https://mts.ru",
            "site-http"
        );
    }

    #[test]
    fn hotline_numbers_must_be_russian_numbers() {
        assert_eq!(
            errors(&with("value = \"0890\"", "value = \"12345\"")),
            "t.toml:33:1: `12345` is not a Russian phone number\n    hint: a short code like 0890, or 8 800 … / +7 … with ten digits",
            "phone"
        );
        assert_eq!(
            errors(&with(
                "value = \"8 800 250-08-90\"",
                "value = \"8 800 250-08-9\""
            )),
            "t.toml:38:1: `8 800 250-08-9` is not a Russian phone number\n    hint: a short code like 0890, or 8 800 … / +7 … with ten digits",
            "phone-fed"
        );
        assert_eq!(
            errors(&with(
                "value = \"+7 495 766-01-66\"",
                "value = \"+1 495 766-01-66\""
            )),
            "t.toml:43:1: `+1 495 766-01-66` is not a Russian phone number\n    hint: a short code like 0890, or 8 800 … / +7 … with ten digits",
            "phone-abroad"
        );
    }

    #[test]
    fn an_operator_id_is_lower_case_letters_digits_and_hyphens() {
        assert_eq!(
            errors(&with("id = \"op\"", "id = \"Op\"")),
            "t.toml:30:6: operator id `Op` must match [a-z0-9-]+\n    hint: lower-case letters, digits and hyphens, like `t2` or `yota`",
            "id-upper"
        );
        assert_eq!(
            errors(&with("id = \"op\"", "id = \"\"")),
            "t.toml:30:6: operator id `` must match [a-z0-9-]+\n    hint: lower-case letters, digits and hyphens, like `t2` or `yota`",
            "id-empty"
        );
        assert_eq!(
            errors(&with("id = \"op\"", "id = \"op-2\"")),
            "ok",
            "id-hyphen"
        );
        assert_eq!(
            errors(&with("id = \"op\"", "id = \"op_2\"")),
            "t.toml:30:6: operator id `op_2` must match [a-z0-9-]+\n    hint: lower-case letters, digits and hyphens, like `t2` or `yota`",
            "id-under"
        );
    }

    #[test]
    fn an_operator_id_is_used_once() {
        assert_eq!(errors(&two_operators()), "ok", "two-ok");
        assert_eq!(
            errors(&two_operators().replace("id = \"op2\"", "id = \"op\"")),
            "t.toml:95:6: operator id `op` is used twice\n    hint: give each operator its own id",
            "id-twice"
        );
    }

    #[test]
    fn a_note_needs_a_value() {
        assert_eq!(
            errors(&format!(
                "{MINIMAL}\n[[operator.note]]\nconfidence = \"unverified\"\nask = \"Ask.\"\n"
            )),
            "t.toml:94:1: a note needs a `value`\n    hint: a note says something sourced; put questions in the fact they are about",
            "note-novalue"
        );
    }

    #[test]
    fn routes_are_one_per_channel_and_action_and_offered_ones_are_sourced_with_steps() {
        assert_eq!(
            errors(&format!(
                "{MINIMAL}\n[[operator.route]]\nchannel = \"hotline\"\naction = \"cancel\"\nsummary = \"Again.\"\nsteps = [\"Call.\"]\nsource = \"https://op.ru/c2\"\nconfidence = \"official\"\n"
            )),
            "t.toml:94:1: operator `op` has two routes for hotline × cancel\n    hint: merge them into one [[operator.route]]",
            "route-twice"
        );
        assert_eq!(
            errors(&with("source = \"https://op.ru/cancel\"\n", "")),
            "t.toml:86:1: an offered route needs a `source`\n    hint: add source = \"https://…\"",
            "route-nosource"
        );
        assert_eq!(
            errors(&with("https://op.ru/cancel", "op.ru/cancel")),
            "t.toml:86:1: `source` must be a web address, got `op.ru/cancel`\n    hint: the full address of the page, starting with https://",
            "route-badsource"
        );
        assert_eq!(
            errors(&with("steps = [\"Call the hotline.\"]\n", "")),
            "t.toml:86:1: an offered route needs at least one step\n    hint: add steps = [{ en = \"…\" }]",
            "route-nosteps"
        );
    }

    /// A cancel route not offered, or only a suspend route, leaves nothing to cancel with.
    #[test]
    fn an_operator_must_offer_cancelling_somewhere() {
        assert_eq!(
            errors(
                &with("source = \"https://op.ru/cancel\"\n", "offered = false\n")
                    .replace("steps = [\"Call the hotline.\"]\n", "")
            ),
            "t.toml:30:6: operator `op` offers cancelling on no channel\n    hint: add an [[operator.route]] with action = \"cancel\"",
            "route-notoffered"
        );
        assert_eq!(
            errors(&with("action = \"cancel\"", "action = \"suspend\"")),
            "t.toml:30:6: operator `op` offers cancelling on no channel\n    hint: add an [[operator.route]] with action = \"cancel\"",
            "route-suspend"
        );
    }
}

mod accessors {
    //! What the wizard reads from a table: its operators, their routes and channels, texts
    //! per language, defaults, and the messages about a file.

    use super::check_rules::MINIMAL;
    use super::*;
    use crate::bake::Bake;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn minimal(edit: impl FnOnce(&str) -> String) -> Catalog {
        load(&edit(MINIMAL), Origin::File("t.toml".into()), today())
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn ids_are_the_words_the_command_line_takes() {
        assert_eq!(
            Action::ALL.map(Action::id),
            ["cancel", "suspend", "transfer", "keep", "lapse"]
        );
        assert_eq!(
            Channel::ALL.map(Channel::id),
            ["store", "hotline", "online", "gosuslugi"]
        );
    }

    #[test]
    fn an_origin_reads_as_where_the_table_came_from_and_bakes_as_the_built_in_one() {
        assert_eq!(
            Origin::Embedded.to_string(),
            "data/operators.toml (embedded)"
        );
        assert_eq!(
            Origin::File("my/table.toml".into()).to_string(),
            "my/table.toml"
        );
        let mut out = String::new();
        Origin::File("my/table.toml".into()).bake(&mut out);
        assert_eq!(out, "Origin::Embedded");
    }

    #[test]
    fn the_shipped_operators_in_their_order() {
        let c = crate::builtin::catalog();
        assert_eq!(
            c.ids(),
            [
                "mts",
                "beeline",
                "megafon",
                "t2",
                "yota",
                "t-mobile",
                "sbermobile",
                "motiv",
                "letai",
                "danycom",
                "other"
            ]
        );
        assert_eq!(c.operator("t2").unwrap().id(), "t2");
        assert_eq!(c.operator("megafon").unwrap().name.get(Lang::Ru), "МегаФон");
        assert!(c.operator("tele2").is_none());
        assert!(c.operator("").is_none());
    }

    #[test]
    fn channels_for_an_action_are_the_offered_routes_in_a_fixed_order() {
        let c = crate::builtin::catalog();
        let channels = |id: &str| Action::ALL.map(|a| c.operator(id).unwrap().channels_for(a));
        use Channel::*;
        assert_eq!(
            channels("mts"),
            [
                vec![Store, Hotline, Online, Gosuslugi],
                vec![Store, Hotline, Online, Gosuslugi],
                vec![Store],
                vec![Online],
                vec![],
            ]
        );
    }

    #[test]
    fn a_route_is_found_by_its_channel_and_its_action_both() {
        let c = minimal(|t| {
            format!(
                "{t}\n[[operator.route]]\nchannel = \"online\"\naction = \"suspend\"\nsummary = \"In the app.\"\nsteps = [\"Open the app.\"]\nsource = \"https://op.ru/suspend-online\"\nconfidence = \"secondary\"\ncompletes = false\n"
            )
        });
        let op = c.operator("op").unwrap();
        let summary = |ch, a| op.route(ch, a).map(|r| r.summary.get(Lang::En));
        assert_eq!(summary(Channel::Hotline, Action::Cancel), Some("Call."));
        assert_eq!(
            summary(Channel::Online, Action::Suspend),
            Some("In the app.")
        );
        assert_eq!(summary(Channel::Online, Action::Cancel), None);
        assert_eq!(summary(Channel::Hotline, Action::Suspend), None);
        assert_eq!(summary(Channel::Store, Action::Keep), None);
        // Unsaid, a route is offered and completes the action by itself.
        let call = op.route(Channel::Hotline, Action::Cancel).unwrap();
        assert!(call.offered && call.completes);
        assert_eq!(call.steps, [Text::en("Call the hotline.")]);
        assert_eq!(call.source.as_deref(), Some("https://op.ru/cancel"));
        assert_eq!(call.confidence, Confidence::Official);
        let app = op.route(Channel::Online, Action::Suspend).unwrap();
        assert!(app.offered && !app.completes);
        assert_eq!(op.channels_for(Action::Suspend), [Channel::Online]);
        assert_eq!(op.channels_for(Action::Cancel), [Channel::Hotline]);
        assert_eq!(op.channels_for(Action::Keep), []);
    }

    #[test]
    fn a_route_not_offered_is_no_channel_for_its_action() {
        let c = minimal(|t| {
            format!(
                "{t}\n[[operator.route]]\nchannel = \"store\"\naction = \"cancel\"\noffered = false\nsummary = \"Not here.\"\ninstead = \"Call.\"\nconfidence = \"official\"\n"
            )
        });
        let op = c.operator("op").unwrap();
        assert!(!op.route(Channel::Store, Action::Cancel).unwrap().offered);
        assert_eq!(op.channels_for(Action::Cancel), [Channel::Hotline]);
    }

    #[test]
    fn facts_keep_their_value_source_confidence_date_and_ask() {
        let c = minimal(|t| {
            t.replace(
                "value = \"0890\"\nsource = \"https://op.ru/short\"\nconfidence = \"official\"",
                "value = \"0890\"\nsource = \"https://op.ru/short\"\nalso = [\"https://news.ru/op\"]\nconfidence = \"secondary\"\nchecked = 2026-10-01\nask = \"Confirm it.\"",
            )
        });
        let short = &c.operator("op").unwrap().hotline.short;
        assert_eq!(short.value.as_deref(), Some("0890"));
        assert_eq!(short.source.as_deref(), Some("https://op.ru/short"));
        assert_eq!(short.also, ["https://news.ru/op"]);
        assert_eq!(short.confidence, Confidence::Secondary);
        assert_eq!(short.checked, NaiveDate::from_ymd_opt(2026, 10, 1));
        assert_eq!(short.ask, Some(Text::en("Confirm it.")));
        let refund = &c.operator("op").unwrap().refund;
        assert_eq!(refund.value, None);
        assert_eq!(refund.ask, Some(Text::en("Ask about the refund.")));
        assert_eq!(refund.checked, None);
    }

    #[test]
    fn a_checked_date_with_a_time_is_refused() {
        let text = MINIMAL.replace(
            "value = \"0890\"\n",
            "value = \"0890\"\nchecked = 2026-10-01T12:00:00\n",
        );
        let err = load(&text, Origin::File("t.toml".into()), today()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "t.toml:33:1: `checked` must be a date like 2026-11-25\n    hint: see the schema in data/README.md"
        );
    }

    #[test]
    fn day_counts_are_read_as_written() {
        let c = minimal(str::to_owned);
        let op = c.operator("op").unwrap();
        let s = op.suspend.value.as_ref().unwrap();
        assert_eq!(
            (s.free_days, s.fee_per_day_rub, s.max_days),
            (Some(14), Some(1.1), Some(90))
        );
        let i = op.inactivity.value.as_ref().unwrap();
        assert_eq!(
            (i.fee_from_day, i.fee_per_day_rub, i.ends_after_days),
            (Some(91), Some(3.3), Some(180))
        );
        assert_eq!(
            op.suspension_checks(),
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
        let c = minimal(|t| t.replace("value.max_days = 90\n", ""));
        let s = c.operator("op").unwrap().suspend.value.as_ref().unwrap();
        assert_eq!((s.free_days, s.max_days), (Some(14), None));
    }

    #[test]
    fn a_negative_day_count_is_refused_as_out_of_range() {
        let text = MINIMAL.replace("value.fee_from_day = 91", "value.fee_from_day = -5");
        let err = load(&text, Origin::File("t.toml".into()), today()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "t.toml:76:7: `fee_from_day` is out of range; it must be a whole number of days from 1 to 3653\n    hint: a count of days from the day the period starts, at most 3653 (ten years); see data/README.md"
        );
    }

    #[test]
    fn no_reminder_before_the_longest_block_when_it_would_fall_on_the_free_days_end() {
        let terms = |free, max| SuspendTerms {
            summary: Text::en("x"),
            free_days: free,
            fee_per_day_rub: None,
            max_days: Some(max),
        };
        assert_eq!(
            suspension_checks(Some(&terms(Some(14), 21))),
            [
                SuspendCheck {
                    days: 14,
                    message: "follow-free-ends"
                },
                SuspendCheck {
                    days: 21,
                    message: "follow-max-block"
                },
            ]
        );
        assert_eq!(
            suspension_checks(Some(&terms(Some(14), 22))),
            [
                SuspendCheck {
                    days: 14,
                    message: "follow-free-ends"
                },
                SuspendCheck {
                    days: 15,
                    message: "follow-before-max"
                },
                SuspendCheck {
                    days: 22,
                    message: "follow-max-block"
                },
            ]
        );
        assert_eq!(
            suspension_checks(Some(&terms(None, 10))),
            [
                SuspendCheck {
                    days: CHECK_BLOCK_DAYS,
                    message: "follow-check-block"
                },
                SuspendCheck {
                    days: 10,
                    message: "follow-max-block"
                },
            ]
        );
        assert_eq!(
            suspension_checks(Some(&terms(None, 11))),
            [
                SuspendCheck {
                    days: CHECK_BLOCK_DAYS,
                    message: "follow-check-block"
                },
                SuspendCheck {
                    days: 4,
                    message: "follow-before-max"
                },
                SuspendCheck {
                    days: 11,
                    message: "follow-max-block"
                },
            ]
        );
    }

    #[test]
    fn a_letter_without_a_legal_entity_is_addressed_to_the_brand_in_russian() {
        let c = minimal(|t| t.replace("name = \"Op\"", "name = { en = \"Op\", ru = \"Оп\" }"));
        assert_eq!(c.operator("op").unwrap().addressee(), "Оп");
        let c = minimal(|t| {
            t.replace(
                "[operator.hotline.short]",
                "[operator.legal_name]\nvalue = \"ПАО «Оп»\"\nsource = \"https://op.ru/legal\"\nconfidence = \"official\"\n\n[operator.hotline.short]",
            )
        });
        assert_eq!(c.operator("op").unwrap().addressee(), "ПАО «Оп»");
    }

    #[test]
    fn a_text_falls_back_to_english_and_lists_only_what_it_has() {
        let t = Text::from_entries(&[(Lang::En, "Call."), (Lang::Zh, "打电话。")]);
        assert_eq!(Lang::ALL.map(|l| t.get(l)), ["Call.", "Call.", "打电话。"]);
        assert_eq!(
            t.entries().collect::<Vec<_>>(),
            [(Lang::En, "Call."), (Lang::Zh, "打电话。")]
        );
        let plain = Text::en("a\u{7}b");
        assert_eq!(Lang::ALL.map(|l| plain.get(l)), ["a\u{fffd}b"; 3]);
        assert_eq!(
            plain.entries().collect::<Vec<_>>(),
            [(Lang::En, "a\u{fffd}b")]
        );
        assert_eq!(Text::default().get(Lang::Ru), "");
    }

    #[test]
    fn a_text_in_the_file_is_one_string_or_a_table_of_languages() {
        let c = minimal(|t| {
            t.replace(
                "summary = \"Call.\"",
                "summary = { en = \"Call.\", ru = \"Звоните\\u0007.\" }",
            )
        });
        let op = c.operator("op").unwrap();
        assert_eq!(
            op.route(Channel::Hotline, Action::Cancel)
                .unwrap()
                .summary
                .entries()
                .collect::<Vec<_>>(),
            [(Lang::En, "Call."), (Lang::Ru, "Звоните\u{fffd}.")]
        );
        assert_eq!(Lang::ALL.map(|l| op.name.get(l)), ["Op"; 3]);
        let err = load(
            &MINIMAL.replace("name = \"Op\"", "name = 5"),
            Origin::File("t.toml".into()),
            today(),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "t.toml:31:8: invalid type: integer `5`, expected a string, or a table of languages like { en = \"…\", ru = \"…\" }\n    hint: see the schema in data/README.md"
        );
    }

    #[test]
    fn a_file_that_is_not_utf8_is_located_at_its_first_bad_byte() {
        let e = String::from_utf8(b"schema = 1\nid = \"\xd0\xbe\xff\"".to_vec()).unwrap_err();
        let err = not_utf8(
            &Origin::File("t.toml".into()),
            &e,
            "the file is not UTF-8".into(),
            "save it as UTF-8".into(),
        );
        assert_eq!(
            err.to_string(),
            "t.toml:2:8: the file is not UTF-8\n    hint: save it as UTF-8"
        );
    }

    #[test]
    fn problems_are_listed_in_file_order_and_a_problem_without_a_hint_has_no_hint_line() {
        let p = |line, column, message: &str, hint: &str| Problem {
            line,
            column,
            message: message.into(),
            hint: hint.into(),
        };
        let err = DataError::sorted(
            "t.toml".into(),
            vec![
                p(3, 1, "third", ""),
                p(1, 9, "second", "fix it"),
                p(1, 2, "first", ""),
            ],
        );
        assert_eq!(
            err.to_string(),
            "t.toml:1:2: first\nt.toml:1:9: second\n    hint: fix it\nt.toml:3:1: third"
        );
    }

    #[test]
    fn position_counts_from_one_in_characters() {
        assert_eq!(position("ab\ncd\nef", 7), (3, 2));
        assert_eq!(position("ab\ncd", 100), (2, 3));
        assert_eq!(position("", 0), (1, 1));
    }

    #[test]
    fn the_rules_of_2025_are_checked_like_any_fact() {
        let text = MINIMAL.replace(
            "[[operator]]",
            "[general.sim_limit]\nvalue = \"At most 20 numbers.\"\nconfidence = \"official\"\n\n[[operator]]",
        );
        let err = load(&text, Origin::File("t.toml".into()), today()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "t.toml:29:1: a fact with a value needs a `source`\n    hint: add source = \"https://…\", the page the fact was read on"
        );
    }
}

mod aging {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_fact_is_old_the_day_after_six_months() {
        assert!(!is_aged(day(2026, 5, 25), day(2026, 11, 25)));
        assert!(is_aged(day(2026, 5, 24), day(2026, 11, 25)));
        // The end of a longer month clamps to the end of the shorter one.
        assert!(!is_aged(day(2026, 8, 31), day(2027, 2, 28)));
        assert!(is_aged(day(2026, 8, 31), day(2027, 3, 1)));
        assert!(!is_aged(NaiveDate::MAX, NaiveDate::MAX));
    }

    #[test]
    fn the_shipped_table_names_every_old_fact_with_its_date() {
        let c = embedded().unwrap();
        assert_eq!(c.aged_facts(day(2026, 12, 5)), []);
        // A year on, everything the table checked on 2026-11-25 or 2026-12-04 is old.
        let old = c.aged_facts(day(2027, 12, 5));
        assert!(
            old.contains(&("general.cooling".to_owned(), day(2026, 12, 4))),
            "{old:?}"
        );
        assert!(
            old.contains(&("mts: hotline.short".to_owned(), day(2026, 12, 4))),
            "{old:?}"
        );
        assert!(
            old.contains(&("t2: site".to_owned(), day(2026, 11, 25))),
            "{old:?}"
        );
        assert!(
            old.contains(&("general.pending[0]".to_owned(), day(2026, 12, 4))),
            "{old:?}"
        );
        // Between the two dates only the older facts are.
        let between = c.aged_facts(day(2027, 5, 30));
        assert!(
            between.iter().all(|(_, d)| *d == day(2026, 11, 25)),
            "{between:?}"
        );
        assert!(!between.is_empty());
    }
}

mod walk {
    use super::*;

    /// Where the file has a fact: every table with a `confidence` but a route, by its path.
    fn written_facts(path: &str, value: &toml::Value, out: &mut Vec<String>) {
        let join = |key: &str| {
            if path.is_empty() {
                key.to_owned()
            } else {
                format!("{path}.{key}")
            }
        };
        match value {
            toml::Value::Table(t) if t.contains_key("confidence") => out.push(path.to_owned()),
            toml::Value::Table(t) => {
                for (key, v) in t {
                    if key != "route" {
                        written_facts(&join(key), v, out);
                    }
                }
            }
            toml::Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    written_facts(&format!("{path}[{i}]"), v, out);
                }
            }
            _ => {}
        }
    }

    struct Paths(Vec<String>);

    impl FactVisitor<'_> for Paths {
        fn fact<T>(&mut self, path: &[Step], fact: &Fact<T>) {
            // Left out of the file (see `Fact::default`): walked, but nowhere to be found.
            if fact.written() {
                self.0.push(path_text(path));
            }
        }
    }

    /// The walk that checks, judges and dates the facts finds each fact of the file under
    /// its key there, and nothing else: a fact added to the types is walked with no list
    /// to extend, and `note` is found under the key the file gives it.
    #[test]
    fn every_fact_in_the_file_is_walked_by_its_path() {
        let raw: toml::Table = EMBEDDED.parse().unwrap();
        let mut written = Vec::new();
        written_facts("", &toml::Value::Table(raw), &mut written);
        let c = embedded().unwrap();
        let mut walked = Paths(Vec::new());
        each_fact(&c.general, &c.operators, &mut walked);
        written.sort();
        walked.0.sort();
        assert_eq!(walked.0, written);
        assert!(
            written.contains(&"operator[0].note[0]".to_owned()),
            "{written:?}"
        );
        assert!(
            written.contains(&"general.pending[0]".to_owned()),
            "{written:?}"
        );
        assert!(written.len() > 50, "{}", written.len());
    }
}
