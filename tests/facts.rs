//! The facts as of 2026 as rules of the data: content-farm sources capped at `unverified`,
//! the legal entity for every store route, bounded day counts and fees, and the corrected
//! facts as a user reads them. Every run has a fixed clock, language and home.

use std::fs;
use std::path::{Path, PathBuf};

use predicates::prelude::*;
use simcancel::catalog::{EMBEDDED, Origin, embedded, load};

use crate::common::{Pinned, guide_in, simcancel, stdout};

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path
}

fn swap(text: &str, old: &str, new: &str) -> String {
    assert!(
        text.contains(old),
        "the shipped table no longer has {old:?}"
    );
    text.replacen(old, new, 1)
}

/// Runs `check-data FILE`, expects exit 65, and returns the problems as
/// (line text, message, hint) after checking each names the file, line and column.
fn refused(dir: &Path, text: &str) -> Vec<(String, String, String)> {
    let file = write(dir, "table.toml", text);
    let out = simcancel()
        .records(dir.join("records"))
        .arg("check-data")
        .arg(&file)
        .assert()
        .code(65)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    let prefix = format!("{}:", file.display());
    let lines: Vec<&str> = err.lines().collect();
    let mut found = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let Some(rest) = l.strip_prefix(&prefix) else {
            continue;
        };
        let mut parts = rest.splitn(3, ':');
        let line: usize = parts.next().unwrap().parse().unwrap();
        let column: usize = parts.next().unwrap().parse().unwrap();
        assert!(column >= 1, "{l}");
        let message = parts.next().unwrap().trim().to_owned();
        let hint = lines
            .get(i + 1)
            .and_then(|h| h.trim().strip_prefix("hint: "))
            .unwrap_or_else(|| panic!("no hint after {l:?}:\n{err}"))
            .to_owned();
        let at = text.lines().nth(line - 1).unwrap().to_owned();
        found.push((at, message, hint));
    }
    assert!(!found.is_empty(), "no located problem in:\n{err}");
    found
}

/// `text` with the value of the `n`-th line (from 0) that sets `key` replaced: a table
/// broken where it says something, whatever the shipped value there is.
fn set_nth(text: &str, key: &str, n: usize, value: &str) -> String {
    let prefix = format!("{key} = ");
    let mut seen = 0;
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if line.starts_with(&prefix) {
            seen += 1;
            if seen == n + 1 {
                out.push_str(&format!("{prefix}{value}\n"));
                continue;
            }
        }
        out.push_str(line);
    }
    assert!(seen > n, "the shipped table has {seen} `{key}` lines");
    out
}

/// The section of `text` that starts with `header` inside operator `id`'s entry, up to the
/// next blank line: (its start, its end).
fn section(text: &str, id: &str, header: &str) -> (usize, usize) {
    let op = text
        .find(&format!("[[operator]]\nid = \"{id}\"\n"))
        .unwrap_or_else(|| panic!("no operator {id}"));
    let start = op + text[op..].find(&format!("{header}\n")).unwrap();
    let end = start + text[start..].find("\n\n").unwrap() + 1;
    (start, end)
}

/// MTS's short number sourced from a content farm and labelled `secondary`.
fn content_farm_above_unverified(text: &str) -> String {
    let (start, end) = section(text, "mts", "[operator.hotline.short]");
    let fact: String = text[start..end]
        .lines()
        .map(|l| {
            if l.starts_with("source = ") {
                "source = \"https://vareant.ru/articles/kak-otklyuchit-sim-kartu-mts\"".to_owned()
            } else if l.starts_with("confidence = ") {
                "confidence = \"secondary\"".to_owned()
            } else {
                l.to_owned()
            }
        })
        .filter(|l| !l.starts_with("also = "))
        .collect::<Vec<_>>()
        .join("\n");
    format!("{}{fact}\n{}", &text[..start], &text[end..])
}

/// t2, which offers a store route, without its legal entity.
fn store_route_without_entity(text: &str) -> String {
    let (start, end) = section(text, "t2", "[operator.legal_name]");
    format!("{}{}", &text[..start], &text[end + 1..])
}

fn day_counts_out_of_range(text: &str) -> String {
    let text = set_nth(text, "value.free_days", 0, "100000");
    set_nth(&text, "value.ends_after_days", 0, "-1")
}

fn bad_fees(text: &str) -> String {
    let text = set_nth(text, "value.fee_per_day_rub", 0, "nan");
    let text = set_nth(&text, "value.fee_per_day_rub", 1, "inf");
    set_nth(&text, "value.fee_per_day_rub", 2, "-15.0")
}

#[test]
fn the_shipped_table_passes() {
    let dir = tempfile::tempdir().unwrap();
    simcancel()
        .records(dir.path().join("records"))
        .arg("check-data")
        .assert()
        .success()
        .stdout(predicate::str::contains("ok — 11 operators"));
    let file = write(dir.path(), "shipped.toml", EMBEDDED);
    simcancel()
        .records(dir.path().join("records"))
        .arg("check-data")
        .arg(&file)
        .assert()
        .success();
}

#[test]
fn a_content_farm_fact_above_unverified_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let found = refused(dir.path(), &content_farm_above_unverified(EMBEDDED));
    assert_eq!(found.len(), 1, "{found:?}");
    let (at, message, hint) = &found[0];
    assert_eq!(at, "confidence = \"secondary\"");
    assert!(message.contains("vareant.ru") && message.contains("content farm"));
    assert!(hint.contains("unverified"));
}

#[test]
fn a_route_from_a_content_farm_above_unverified_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let text = swap(
        EMBEDDED,
        "source = \"https://tellcall.ru/en/bilajn/kak-razorvat-dogovor-s.html\"\nconfidence = \"unverified\"\n\n[[operator.route]]",
        "source = \"https://tellcall.ru/en/bilajn/kak-razorvat-dogovor-s.html\"\nconfidence = \"secondary\"\n\n[[operator.route]]",
    );
    let found = refused(dir.path(), &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.contains("tellcall.ru"), "{found:?}");
}

#[test]
fn a_store_route_without_the_legal_entity_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let found = refused(dir.path(), &store_route_without_entity(EMBEDDED));
    assert_eq!(found.len(), 1, "{found:?}");
    let (at, message, hint) = &found[0];
    assert_eq!(at, "id = \"t2\"");
    assert!(message.contains("no `legal_name`"), "{message}");
    assert!(hint.contains("[operator.legal_name]"), "{hint}");
}

#[test]
fn day_counts_out_of_range_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let found = refused(dir.path(), &day_counts_out_of_range(EMBEDDED));
    let at: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(
        at,
        ["value.free_days = 100000", "value.ends_after_days = -1"],
        "{found:?}"
    );
    assert!(found[0].1.contains("from 0 to 3653"), "{found:?}");
    assert!(found[1].1.contains("from 1 to 3653"), "{found:?}");
}

#[test]
fn nan_inf_and_negative_fees_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let found = refused(dir.path(), &bad_fees(EMBEDDED));
    let at: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(
        at,
        [
            "value.fee_per_day_rub = nan",
            "value.fee_per_day_rub = inf",
            "value.fee_per_day_rub = -15.0",
        ],
        "{found:?}"
    );
    for (_, _, hint) in &found {
        assert!(hint.contains("not nan, inf or a negative value"), "{hint}");
    }
}

#[test]
fn every_problem_is_reported_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let text = bad_fees(&day_counts_out_of_range(&store_route_without_entity(
        &content_farm_above_unverified(EMBEDDED),
    )));
    let found = refused(dir.path(), &text);
    assert_eq!(found.len(), 1 + 1 + 2 + 3, "{found:#?}");
    // In file order.
    let lines: Vec<usize> = found
        .iter()
        .map(|f| text.lines().position(|l| l == f.0).unwrap())
        .collect();
    let mut sorted = lines.clone();
    sorted.sort();
    assert_eq!(lines, sorted);
}

#[test]
fn every_command_that_loads_a_table_refuses_what_the_wizard_cannot_use() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "table.toml", &bad_fees(EMBEDDED));
    simcancel()
        .records(dir.path().join("records"))
        .data(&file)
        .arg("operators")
        .assert()
        .code(65)
        .stderr(predicate::str::contains("fee_per_day_rub"));
    simcancel()
        .records(dir.path().join("records"))
        .data(&file)
        .args(["--operator", "mts", "--action", "decide"])
        .assert()
        .code(65)
        .stdout(predicate::str::contains("NaN").not());
}

#[test]
fn megafon_decide_shows_the_45_day_15_rouble_rule() {
    let dir = tempfile::tempdir().unwrap();
    simcancel()
        .records(dir.path().join("records"))
        .args(["--operator", "megafon", "--action", "decide"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "After 45 days without activity MegaFon charges 15 RUB a day",
        ))
        // The conflicting later report is said, and the rule labelled unverified.
        .stdout(predicate::str::contains(
            "from 13 January 2017 it became 90 days and 5 RUB a day",
        ))
        // Day 46 from 25 November 2026.
        .stdout(predicate::str::contains(
            "From 2027-01-10, a daily fee of about 15\u{a0}RUB",
        ))
        .stdout(predicate::str::contains("89–90").not());
}

#[test]
fn mts_decide_shows_the_fee_from_day_183_and_the_block_fee() {
    let dir = tempfile::tempdir().unwrap();
    simcancel()
        .records(dir.path().join("records"))
        .args(["--operator", "mts", "--action", "decide"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Then 1.10\u{a0}RUB a day"))
        .stdout(predicate::str::contains(
            "From 2027-05-27, a daily fee of about 3.30\u{a0}RUB",
        ))
        .stdout(predicate::str::contains("the contract is treated as ended").not());
}

#[test]
fn an_8_800_number_is_free_from_russia_and_the_abroad_number_says_so() {
    let dir = tempfile::tempdir().unwrap();
    simcancel()
        .records(dir.path().join("records"))
        .args([
            "--operator",
            "mts",
            "--channel",
            "hotline",
            "--abroad",
            "--no-letter",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Hotline from abroad: +7 495 766-01-66 [unverified · 63.ru]",
        ))
        .stdout(predicate::str::contains(
            "or at 0890 from an MTS SIM in Russia",
        ))
        // From abroad the numbers for calling from Russia are in the guide, as what they are.
        .stdout(predicate::str::contains("Hotline, free from Russia").not());
    let guide = guide_in(&dir.path().join("records"));
    assert!(
        guide.contains(
            "Hotline, free from Russia: 8 800 250-08-90 (from abroad usually unreachable"
        ),
        "{guide}"
    );
}

#[test]
fn the_letter_names_the_entity_for_every_operator() {
    use simcancel::answers::Balance;
    use simcancel::wizard::{LetterFacts, application_letter};
    let catalog = embedded().unwrap();
    let first_lines: Vec<String> = catalog
        .operators
        .iter()
        .map(|op| {
            let letter = application_letter(&LetterFacts {
                operator: op.addressee(),
                brand: op.name.get(simcancel::i18n::Lang::Ru),
                terminate: true,
                balance: Balance::Refund,
                name: "",
                name_ru: "",
                citizenship: "",
                number: "",
                representative: false,
            });
            format!("{}: {}", op.id(), letter.lines().next().unwrap())
        })
        .collect();
    assert_eq!(
        first_lines,
        [
            "mts: В ПАО «МТС»",
            "beeline: В ПАО «ВымпелКом» (Билайн)",
            "megafon: В ПАО «МегаФон»",
            "t2: В ООО «Т2 Мобайл»",
            "yota: В ООО «Скартел» (Yota)",
            "t-mobile: В ________________________",
            "sbermobile: В ________________________",
            "motiv: В ООО «ЕКАТЕРИНБУРГ-2000» (Мотив)",
            "letai: В ПАО «Таттелеком» (Летай)",
            "danycom: В ООО «Дэни Колл» (Danycom)",
            "other: В ________________________",
        ]
    );
}

#[test]
fn the_corrected_table_loads_under_the_pinned_clock() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let c = load(EMBEDDED, Origin::Embedded, day).unwrap();
    let mts = c.operator("mts").unwrap();
    let hotline = mts.route(
        simcancel::catalog::Channel::Hotline,
        simcancel::catalog::Action::Suspend,
    );
    assert!(hotline.is_some_and(|r| r.offered), "MTS blocks by phone");
    let t2 = c.operator("t2").unwrap();
    assert_eq!(t2.site.value.as_deref(), Some("https://t2.ru"));
}

#[test]
fn the_written_letter_names_the_entity() {
    let dir = tempfile::tempdir().unwrap();
    simcancel()
        .records(dir.path().join("records"))
        .args(["--operator", "beeline", "--channel", "store"])
        .assert()
        .success();
    let letter = fs::read_dir(dir.path().join("records"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with("_letter.txt"))
        .unwrap();
    let text = fs::read_to_string(letter).unwrap();
    assert!(text.starts_with("В ПАО «ВымпелКом» (Билайн)\n"), "{text}");
}

#[test]
fn a_megafon_suspension_gets_a_dated_check() {
    let dir = tempfile::tempdir().unwrap();
    simcancel()
        .records(dir.path().join("records"))
        .args([
            "--operator",
            "megafon",
            "--action",
            "suspend",
            "--channel",
            "store",
            "--completed",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "2026-11-28: Check that the block is on and what it costs",
        ));
}

#[test]
fn gosuslugi_from_abroad_says_what_to_set_up_and_the_freeze_before_the_steps() {
    for op in ["mts", "beeline", "megafon", "t2", "yota"] {
        let dir = tempfile::tempdir().unwrap();
        let screen = stdout(simcancel().records(dir.path()).args([
            "--operator",
            op,
            "--abroad",
            "--channel",
            "gosuslugi",
        ]));
        // On screen the route says it before its steps; what to set up in full, with its
        // source, is in the guide too.
        let freeze = screen
            .find("72 hours")
            .unwrap_or_else(|| panic!("{op}: {screen}"));
        let steps = screen.find("Steps:").expect(&screen);
        assert!(freeze < steps, "{op}: told before the steps\n{screen}");
        let out = screen + &guide_in(dir.path());
        for needed in [
            "switch login confirmation to a code app or Max",
            "sign in without a VPN",
            "at an МФЦ in person or remotely with the digital ID in Max",
            "set it up while you can: a confirmed account",
        ] {
            assert!(out.contains(needed), "{op}: {needed:?}\n{out}");
        }
        assert!(!out.contains("this works from abroad too"), "{op}: {out}");
        assert!(!out.contains("it works from abroad with"), "{op}: {out}");
    }
}

#[test]
fn a_representative_is_never_told_to_bring_the_subscribers_passport() {
    for op in ["mts", "beeline", "megafon", "t2", "yota"] {
        let dir = tempfile::tempdir().unwrap();
        let out = stdout(simcancel().records(dir.path()).args([
            "--operator",
            op,
            "--abroad",
            "--representative",
            "--channel",
            "store",
        ]));
        // The guide beside the record holds the facts the screen leaves out (the refund's
        // among them): none of them sends anyone to the office with the subscriber's
        // passport either.
        let guide = guide_in(dir.path());
        assert!(!guide.contains("with your passport"), "{op}: {guide}");
        let steps = &out[out
            .find("Your representative does these steps")
            .expect(&out)..];
        // The lists: what to bring and the numbered steps, up to the next heading.
        let lists = steps
            .lines()
            .skip(1)
            .take_while(|l| l.starts_with("  ") || l.ends_with(':'));
        for line in lists.filter(|l| l.contains("passport")) {
            assert!(
                line.contains("representative") || line.contains("Their own"),
                "{op}: {line:?}\n{out}"
            );
        }
        assert!(!steps.contains("• Your passport.\n"), "{op}: {out}");
        assert!(!steps.contains("with your passport"), "{op}: {out}");
    }
}

/// The inactivity fact and the lapse lines under it must not disagree on whether the day
/// the number is lost is known.
#[test]
fn t2_and_megafon_do_not_say_when_the_number_is_lost_and_then_that_it_is_unpublished() {
    for op in ["t2", "megafon"] {
        let out = stdout(simcancel().args(["--operator", op, "--action", "decide"]));
        assert!(out.contains("is not published"), "{op}: {out}");
        for claim in [
            "the contract is treated as ended",
            "the number is lost.",
            "after about 90 more days",
        ] {
            assert!(!out.contains(claim), "{op}: {claim:?}\n{out}");
        }
    }
    let out = stdout(simcancel().args(["--operator", "megafon", "--action", "decide"]));
    assert!(
        out.contains("MegaFon's current rule is not published. [unverified · m24.ru]"),
        "{out}"
    );
}

/// Yota's end is dated (day 90, from a dealer's page) and no fee is published: the lapse's
/// first check asks about a fee, not when the number is taken back, which the date beside
/// it already says.
#[test]
fn a_dated_end_is_not_followed_by_a_question_about_when_the_number_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let out =
        stdout(
            simcancel()
                .records(dir.path())
                .args(["--operator", "yota", "--action", "lapse"]),
        );
    assert!(out.contains("the contract is treated as ended"), "{out}");
    assert!(
        out.contains("the number may be taken back about now"),
        "{out}"
    );
    assert!(!out.contains("publishes no inactivity terms"), "{out}");
    assert!(!out.contains("when the number is taken back"), "{out}");
    assert!(
        out.contains("No inactivity fee is published. Ask the operator"),
        "{out}"
    );
}

#[test]
fn the_cooling_period_stops_outgoing_sms_only() {
    let c = embedded().unwrap();
    let cooling = c.general.cooling.as_ref().unwrap();
    let text = cooling
        .value
        .as_ref()
        .unwrap()
        .get(simcancel::i18n::Lang::En);
    assert!(text.contains("cannot send SMS"), "{text}");
    assert!(text.contains("incoming SMS still arrive"), "{text}");
    assert!(!text.contains("no SMS"), "{text}");
    assert!(
        !text.contains("call centre, which works about half"),
        "{text}"
    );
    let ban = c.general.self_ban.as_ref().unwrap();
    assert_eq!(ban.confidence, simcancel::catalog::Confidence::Unverified);
    assert!(ban.ask.is_some());
    assert!(
        !ban.value
            .as_ref()
            .unwrap()
            .get(simcancel::i18n::Lang::En)
            .contains("needs an in-person visit")
    );
}

#[test]
fn single_ordinary_pages_are_unverified_and_t2_is_lower_case() {
    let c = embedded().unwrap();
    let pages = [
        "periscopes.ru",
        "advokat-feygin.ru",
        "rf-smi.ru",
        "topnomer.ru",
    ];
    for op in &c.operators {
        let facts = [
            &op.hotline.short,
            &op.hotline.federal,
            &op.hotline.abroad,
            &op.site,
        ];
        for f in facts {
            if let Some(src) = &f.source
                && pages.iter().any(|p| src.contains(p))
                && f.also.is_empty()
            {
                assert_eq!(
                    f.confidence,
                    simcancel::catalog::Confidence::Unverified,
                    "{src}"
                );
            }
        }
        for r in &op.routes {
            if let Some(src) = &r.source
                && pages.iter().any(|p| src.contains(p))
            {
                assert_eq!(
                    r.confidence,
                    simcancel::catalog::Confidence::Unverified,
                    "{src}"
                );
            }
        }
    }
    let t2 = c.operator("t2").unwrap();
    assert_eq!(t2.name.get(simcancel::i18n::Lang::En), "t2 (Tele2)");
    assert!(!EMBEDDED.contains("T2 "), "the brand is t2 since 2024");
    for host in [
        "stoletdok.ru",
        "gosuslugisovet.ru",
        "ekkashoes.ru",
        "izpolikliniki.ru",
    ] {
        assert!(c.content_farms.iter().any(|h| h == host), "{host}");
    }
}

#[test]
fn megafons_other_phone_numbers_are_said_to_be_from_russia() {
    let c = embedded().unwrap();
    let ask = c
        .operator("megafon")
        .unwrap()
        .hotline
        .federal
        .ask
        .as_ref()
        .unwrap();
    let en = ask.get(simcancel::i18n::Lang::En);
    assert!(en.contains("from Russia (8 800 550-05-00"), "{en}");
    assert!(en.contains("unreachable from abroad"), "{en}");
}

const ZERO_EIGHT_NINETY: &str = "value = \"0890\"\nsource = \"http://periscopes.ru/sposoby_blokirovki_i_vosstanovlenija_simkarty_mts.html\"\nconfidence = \"unverified\"";

/// The MTS short number, from one ordinary page, labelled `label` with `also` pages.
fn ordinary_page(label: &str, also: &[&str]) -> String {
    let also: Vec<String> = also.iter().map(|a| format!("{a:?}")).collect();
    swap(
        EMBEDDED,
        ZERO_EIGHT_NINETY,
        &ZERO_EIGHT_NINETY.replace(
            "confidence = \"unverified\"",
            &format!("also = [{}]\nconfidence = \"{label}\"", also.join(", ")),
        ),
    )
}

#[test]
fn a_single_ordinary_page_labelled_secondary_is_refused_at_its_label() {
    let dir = tempfile::tempdir().unwrap();
    let found = refused(dir.path(), &ordinary_page("secondary", &[]));
    assert_eq!(found.len(), 1, "{found:?}");
    let (at, message, hint) = &found[0];
    assert_eq!(at, "confidence = \"secondary\"");
    assert_eq!(
        message,
        "labelled `secondary`, but its only source is `periscopes.ru`, an ordinary page: at most `unverified`"
    );
    assert!(hint.contains("reputable_outlets"), "{hint}");
    // Another page on the same site is not a second source; a content farm is none.
    for also in [
        "https://www.periscopes.ru/other",
        "https://vareant.ru/articles/mts",
    ] {
        let found = refused(dir.path(), &ordinary_page("secondary", &[also]));
        assert_eq!(found.len(), 1, "{also}: {found:?}");
    }
    // Official needs the operator's or a state body's own site.
    let found = refused(
        dir.path(),
        &ordinary_page("official", &["https://www.kommersant.ru/doc/1"]),
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]
            .1
            .contains("no source is the operator's or a state body's own site")
    );
}

#[test]
fn a_reputable_outlet_or_a_second_independent_site_carries_secondary() {
    let dir = tempfile::tempdir().unwrap();
    for also in [
        &["https://www.kommersant.ru/doc/1"][..],
        &["https://rf-smi.ru/tech/1"],
        &["https://moskva.mts.ru/help"],
    ] {
        let file = write(dir.path(), "table.toml", &ordinary_page("secondary", also));
        simcancel()
            .records(dir.path().join("records"))
            .arg("check-data")
            .arg(&file)
            .assert()
            .success();
    }
    let file = write(
        dir.path(),
        "table.toml",
        &ordinary_page("official", &["https://moskva.mts.ru/help"]),
    );
    simcancel()
        .records(dir.path().join("records"))
        .arg("check-data")
        .arg(&file)
        .assert()
        .success();
}

#[test]
fn a_route_from_an_ordinary_page_above_unverified_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let route = "source = \"https://rf-smi.ru/tech/44298-skolko-vremeni-mozhno-ne-polzovatsya-sim-kartoy-.html\"\nconfidence = \"unverified\"";
    let text = swap(EMBEDDED, route, &route.replace("unverified", "secondary"));
    let found = refused(dir.path(), &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "confidence = \"secondary\"");
    assert!(
        found[0].1.contains("`rf-smi.ru`, an ordinary page"),
        "{found:?}"
    );
}

#[test]
fn the_trusted_host_lists_must_hold_hosts() {
    let dir = tempfile::tempdir().unwrap();
    let text = swap(
        EMBEDDED,
        "\"kommersant.ru\",",
        "\"https://kommersant.ru/\",",
    );
    let found = refused(dir.path(), &text);
    assert!(
        found
            .iter()
            .any(|f| f.1 == "`https://kommersant.ru/` is not a host name"),
        "{found:?}"
    );
}

#[test]
fn a_pending_bill_is_shown_as_not_in_force_never_as_a_rule() {
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("records");
    let screen = stdout(simcancel().records(&records).args([
        "--operator",
        "t2",
        "--abroad",
        "--channel",
        "gosuslugi",
    ]));
    // A bill for later is a detail: in the guide beside the record, never on screen.
    let bill = "The second anti-fraud bill (No. 1110676-8";
    assert!(!screen.contains(bill), "{screen}");
    let out = guide_in(&records);
    assert_eq!(out.matches(bill).count(), 1, "{out}");
    assert!(
        out.contains(&format!("Proposed; not in force as of 2026-12-04: {bill}")),
        "{out}"
    );
    assert!(out.contains("check whether it is in force"), "{out}");
    // A pending law says what it would change.
    let text = swap(
        EMBEDDED,
        "[[general.pending]]\nvalue.en",
        "[[general.pending]]\nconfidence = \"unverified\"\nask = \"Is it law?\"\n\n[[general.pending]]\nvalue.en",
    );
    let found = refused(dir.path(), &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "[[general.pending]]");
    assert_eq!(found[0].1, "a pending law needs a `value`");
}

/// The pinned clock is 2026-11-25: six months before it is 2026-05-25.
#[test]
fn a_fact_checked_more_than_six_months_ago_says_so_and_check_data_lists_it() {
    let dir = tempfile::tempdir().unwrap();
    let abroad = "[operator.hotline.abroad]\nvalue = \"+7 495 766-01-66\"\n";
    let aged = swap(EMBEDDED, abroad, &format!("{abroad}checked = 2026-05-24\n"));
    let file = write(dir.path(), "aged.toml", &aged);
    let out = simcancel()
        .records(dir.path().join("records"))
        .arg("check-data")
        .arg(&file)
        .assert()
        .success()
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err,
        "simcancel: warning: mts: hotline.abroad was checked on 2026-05-24, more than six months ago, and may be out of date: check it again.\n"
    );
    let shown = simcancel()
        .records(dir.path().join("records"))
        .data(&file)
        .args([
            "--operator",
            "mts",
            "--channel",
            "hotline",
            "--abroad",
            "--no-letter",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let shown = String::from_utf8(shown).unwrap();
    assert!(
        shown.contains(
            "+7 495 766-01-66 [unverified · 63.ru] (checked 2026-05-24, may be out of date)"
        ),
        "{shown}"
    );
    // Six months to the day is not yet old; the shipped table has nothing old.
    let fresh = swap(EMBEDDED, abroad, &format!("{abroad}checked = 2026-05-25\n"));
    let file = write(dir.path(), "fresh.toml", &fresh);
    simcancel()
        .records(dir.path().join("records"))
        .arg("check-data")
        .arg(&file)
        .assert()
        .success()
        .stderr("");
    simcancel()
        .records(dir.path().join("records"))
        .arg("check-data")
        .assert()
        .success()
        .stderr("");
}

#[test]
fn operators_lists_the_virtual_and_regional_operators_by_name() {
    let out = stdout(simcancel().args(["operators"]));
    for name in [
        "T-Bank mobile (Т-Мобайл)",
        "SberMobile (СберМобайл)",
        "Motiv (Мотив)",
        "Letai (Летай)",
        "Danycom",
        "Another operator (virtual or regional)",
    ] {
        assert!(out.contains(name), "{name}:\n{out}");
    }
    // A name with an aside of its own takes no second pair of brackets.
    assert!(!out.contains("(Другой оператор)"), "{out}");
    // Nothing from a content farm: no number is shown for any of them.
    for id in [
        "t-mobile",
        "sbermobile",
        "motiv",
        "letai",
        "danycom",
        "other",
    ] {
        let row = out
            .lines()
            .find(|l| l.starts_with(&format!("{id} ")))
            .unwrap();
        assert!(row.contains("unknown"), "{row}");
    }
}

/// Each of them, and "another operator", walks to a record with a letter; where nobody
/// could source the entity, the letter leaves it blank and the wizard says where to find it.
#[test]
fn another_operator_walks_to_a_letter_with_the_entity_blank() {
    let dir = tempfile::tempdir().unwrap();
    for (id, entity) in [
        ("other", "В ________________________\n"),
        ("t-mobile", "В ________________________\n"),
        ("sbermobile", "В ________________________\n"),
        ("motiv", "В ООО «ЕКАТЕРИНБУРГ-2000» (Мотив)\n"),
        ("letai", "В ПАО «Таттелеком» (Летай)\n"),
        ("danycom", "В ООО «Дэни Колл» (Danycom)\n"),
    ] {
        let home = dir.path().join(id);
        let out = stdout(simcancel().records(home.join("records")).args([
            "--operator",
            id,
            "--channel",
            "store",
        ]));
        assert!(
            out.contains("Ask support first which office can end the contract"),
            "{id}: {out}"
        );
        let files: Vec<PathBuf> = fs::read_dir(home.join("records"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert!(
            files
                .iter()
                .any(|p| p.extension().is_some_and(|e| e == "toml")),
            "{id}"
        );
        let letter = files
            .iter()
            .find(|p| p.to_string_lossy().ends_with("_letter.txt"))
            .unwrap_or_else(|| panic!("{id}: {files:?}"));
        let text = fs::read_to_string(letter).unwrap();
        assert!(text.starts_with(entity), "{id}: {text}");
        if entity.contains("___") {
            let catalog = embedded().unwrap();
            let entity = catalog.operator(id).unwrap().legal_name.as_ref().unwrap();
            let ask = entity.ask.as_ref().unwrap().get(simcancel::i18n::Lang::En);
            assert!(out.contains(&format!("? {ask}")), "{id}: {out}");
        }
    }
    // The other channels of the generic path: the chat, Gosuslugi with its freeze.
    let out = stdout(simcancel().args(["--operator", "t-mobile", "--channel", "online"]));
    assert!(out.contains("T-Bank app"), "{out}");
    let out =
        stdout(simcancel().args(["--operator", "letai", "--abroad", "--channel", "gosuslugi"]));
    assert!(
        out.contains("where your operator is connected to it"),
        "{out}"
    );
    assert!(out.contains("freeze"), "{out}");
}

#[test]
fn routes_from_must_name_an_operator_with_routes_of_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let text = swap(
        EMBEDDED,
        "id = \"motiv\"\nname = { en = \"Motiv\", ru = \"Мотив\", zh = \"Motiv（Мотив）\" }\nroutes_from = \"other\"",
        "id = \"motiv\"\nname = { en = \"Motiv\", ru = \"Мотив\", zh = \"Motiv（Мотив）\" }\nroutes_from = \"letai\"",
    );
    let found = refused(dir.path(), &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "routes_from = \"letai\"");
    assert_eq!(
        found[0].1,
        "`routes_from` names `letai`, which is not an operator with routes of its own"
    );
}
