//! The other ends: re-registering the number to someone else, keeping it alive from
//! abroad, whose passport the contract is on, and what the data offers where.

use std::path::Path;

use predicates::prelude::*;

use crate::common::simcancel;

/// The only record written in `dir`, parsed.
fn only_record(dir: &Path) -> toml::Table {
    let records: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    assert_eq!(records.len(), 1, "{records:?}");
    std::fs::read_to_string(&records[0])
        .unwrap()
        .parse()
        .unwrap()
}

/// A run without a terminal in `lang`, writing records to `dir`.
fn run(dir: &Path, lang: &str, args: &[&str]) -> assert_cmd::assert::Assert {
    simcancel()
        .env("LC_ALL", lang)
        .arg("--records-dir")
        .arg(dir)
        .args(args)
        .arg("--no-input")
        .assert()
}

fn stdout(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.get_output().stdout.clone()).unwrap()
}

#[test]
fn each_new_end_runs_at_every_operator_and_channel_that_offers_it() {
    let catalog = simcancel::catalog::embedded().unwrap();
    let mut runs = 0;
    for op in &catalog.operators {
        for action in [
            simcancel::catalog::Action::Transfer,
            simcancel::catalog::Action::Keep,
        ] {
            for channel in op.channels_for(action) {
                let dir = tempfile::tempdir().unwrap();
                let a = run(
                    dir.path(),
                    "C",
                    &[
                        "--operator",
                        op.id(),
                        "--action",
                        action.id(),
                        "--channel",
                        channel.id(),
                    ],
                )
                .success();
                let out = stdout(&a);
                let route = op.route(channel, action).unwrap();
                let summary = route.summary.get(simcancel::i18n::Lang::En);
                assert!(out.contains(summary), "{}: {out}", op.id());
                let r = only_record(dir.path());
                assert_eq!(r["action"].as_str(), Some(action.id()));
                assert_eq!(r["channel"].as_str(), Some(channel.id()));
                assert_eq!(r["balance"].as_str(), Some("keep"));
                runs += 1;
            }
        }
    }
    // Keep at all five; transfer at MTS (store) and MegaFon (store, app).
    assert_eq!(runs, 8);
}

#[test]
fn the_three_runs_of_the_issue_work_in_every_language() {
    let cases: [(&[&str], [&str; 3]); 3] = [
        (
            &[
                "--operator",
                "megafon",
                "--action",
                "transfer",
                "--channel",
                "store",
            ],
            [
                "The new owner, in person, with their own passport.",
                "Нового владельца — лично, с его паспортом.",
                "新机主本人到场，并携带其本人护照。",
            ],
        ),
        (
            &["--operator", "beeline", "--action", "keep", "--ics"],
            [
                "The roaming cooling period",
                "«Период охлаждения» после роуминга",
                "漫游后的“冷却期”",
            ],
        ),
        (
            &[
                "--operator",
                "mts",
                "--passport",
                "foreign",
                "--channel",
                "store",
            ],
            [
                "do not change phones before the store visit",
                "не меняйте телефон до визита в салон",
                "去营业厅之前不要换手机",
            ],
        ),
    ];
    for (args, texts) in cases {
        for (lang, text) in ["C", "ru_RU.UTF-8", "zh_CN.UTF-8"].into_iter().zip(texts) {
            let dir = tempfile::tempdir().unwrap();
            let a = run(dir.path(), lang, args).success();
            // On screen, or among the details in the guide beside the record.
            let out = stdout(&a) + &crate::common::guide_in(dir.path());
            assert!(out.contains(text), "{args:?} in {lang}: {out}");
            only_record(dir.path());
        }
    }
}

#[test]
fn keeping_the_number_is_one_monthly_event_in_the_calendar() {
    let dir = tempfile::tempdir().unwrap();
    let a = run(
        dir.path(),
        "C",
        &["--operator", "beeline", "--action", "keep", "--ics"],
    )
    .success();
    // From day 91 the fee starts: dated from the pinned today.
    let out = stdout(&a);
    assert!(
        out.contains("From day 91 without activity (2027-02-24)"),
        "{out}"
    );
    let ics: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ics"))
        .collect();
    assert_eq!(ics.len(), 1);
    let text = std::fs::read_to_string(&ics[0]).unwrap();
    let unfolded = icalendar::parser::unfold(&text);
    let calendar = icalendar::parser::read_calendar(&unfolded).unwrap();
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    assert_eq!(events.len(), 1, "one recurring event, not a year of copies");
    let prop = |name: &str| {
        events[0]
            .properties
            .iter()
            .find(|p| p.name == name)
            .map(|p| p.val.to_string())
    };
    assert_eq!(prop("RRULE").as_deref(), Some("FREQ=MONTHLY"));
    assert_eq!(prop("DTSTART").as_deref(), Some("20261225"));
    let r = only_record(dir.path());
    let follow = r["follow_up"].as_array().unwrap();
    assert_eq!(follow.len(), 1);
    assert_eq!(follow[0]["repeat"].as_str(), Some("monthly"));
}

#[test]
fn passport_texts_are_shown_only_for_the_answer_given() {
    let foreign = "A contract on a foreign passport";
    let limit = "at most 20 numbers";
    let base = ["--operator", "mts", "--channel", "store"];
    let dir = tempfile::tempdir().unwrap();
    let out = stdout(&run(dir.path(), "C", &base).success());
    assert!(!out.contains(foreign) && !out.contains(limit), "{out}");

    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        "C",
        &[&base[..], &["--passport", "foreign"]].concat(),
    )
    .success();
    // For a number that ends, the limits are a detail: in the guide.
    let out = crate::common::guide_in(dir.path());
    assert!(
        out.contains(foreign) && out.contains("at most 10 numbers"),
        "{out}"
    );
    assert!(out.contains("the wizard goes on"), "{out}");
    assert!(!out.contains(limit), "{out}");
    assert_eq!(
        only_record(dir.path())["passport"].as_str(),
        Some("foreign")
    );

    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        "C",
        &[&base[..], &["--passport", "russian"]].concat(),
    )
    .success();
    let out = crate::common::guide_in(dir.path());
    assert!(out.contains(limit) && out.contains("are blocked"), "{out}");
    assert!(!out.contains(foreign), "{out}");
}

#[test]
fn a_passport_nobody_knows_is_refused_with_the_values() {
    simcancel()
        .args([
            "--operator",
            "mts",
            "--channel",
            "store",
            "--passport",
            "martian",
        ])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("russian").and(predicate::str::contains("foreign")));
}

#[test]
fn an_end_the_data_does_not_offer_is_refused_before_any_guidance() {
    // The built-in table has no re-registration route for Beeline.
    simcancel()
        .args([
            "--operator",
            "beeline",
            "--action",
            "transfer",
            "--channel",
            "store",
        ])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            predicate::str::contains("--action transfer")
                .and(predicate::str::contains("cancel, suspend, keep")),
        );
}

#[test]
fn the_listing_for_scripts_names_the_new_ends_per_operator() {
    let a = simcancel().args(["operators", "--json"]).assert().success();
    let doc: serde_json::Value = serde_json::from_slice(&a.get_output().stdout).unwrap();
    let op = |id: &str| {
        doc["operators"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(op("mts")["transfer"], serde_json::json!(["store"]));
    assert_eq!(
        op("megafon")["transfer"],
        serde_json::json!(["store", "online"])
    );
    assert_eq!(op("beeline")["transfer"], serde_json::json!([]));
    assert_eq!(op("yota")["keep"], serde_json::json!(["online"]));
}

#[test]
fn a_table_without_transfer_for_one_operator_hides_it_there_only() {
    let table =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/operators.toml"))
            .unwrap();
    // Drop MegaFon's re-registration routes (channel, then action, in each route).
    let start = table.find("id = \"megafon\"").unwrap();
    let end = start + table[start..].find("[[operator]]").unwrap();
    let megafon: String = table[start..end]
        .split("\n[[operator.route]]\n")
        .filter(|r| !r.contains("action = \"transfer\""))
        .collect::<Vec<_>>()
        .join("\n[[operator.route]]\n");
    assert!(!megafon.contains("action = \"transfer\""));
    let edited = format!("{}{megafon}{}", &table[..start], &table[end..]);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("operators.toml");
    std::fs::write(&data, edited).unwrap();

    simcancel()
        .arg("--data")
        .arg(&data)
        .args([
            "--operator",
            "megafon",
            "--action",
            "transfer",
            "--channel",
            "store",
        ])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("cancel, suspend, keep"));
    let records = tempfile::tempdir().unwrap();
    simcancel()
        .arg("--data")
        .arg(&data)
        .arg("--records-dir")
        .arg(records.path())
        .args([
            "--operator",
            "mts",
            "--action",
            "transfer",
            "--channel",
            "store",
            "--no-input",
        ])
        .assert()
        .success();
}

#[test]
fn leaving_the_sim_with_a_friend_shows_the_fine_and_the_legal_way() {
    let dir = tempfile::tempdir().unwrap();
    let out = stdout(
        &run(
            dir.path(),
            "C",
            &[
                "--operator",
                "mts",
                "--channel",
                "store",
                "--leave-with-friend",
            ],
        )
        .success(),
    );
    assert!(out.contains("30,000–50,000 RUB"), "{out}");
    assert!(out.contains("The legal way is re-registration"), "{out}");
    assert!(
        out.contains("Re-register the number to another person"),
        "{out}"
    );
}

#[test]
fn after_cancelling_the_self_ban_and_the_credit_history_follow() {
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        "C",
        &["--operator", "t2", "--channel", "store", "--completed"],
    )
    .success();
    // Optional checks for later: in the guide beside the record.
    let out = crate::common::guide_in(dir.path());
    assert!(
        out.contains("How it is lifted is not confirmed")
            && out.contains("ask at an МФЦ or in Gosuslugi's support how the self-ban is lifted"),
        "{out}"
    );
    assert!(out.contains("free twice a year"), "{out}");
    let r = only_record(dir.path());
    let follow = r["follow_up"].as_array().unwrap();
    assert!(
        follow
            .iter()
            .any(|f| f["date"].to_string() == "2027-01-24"
                && f["key"].as_str() == Some("follow-credit")),
        "{follow:?}"
    );
}

/// `--action lapse` needs no channel: a record without one, whose follow-ups are the
/// operator's inactivity terms dated from today (pinned to 2026-11-25), then the debt and
/// credit-history checks; in every language, and refused with a channel.
#[test]
fn letting_the_number_lapse_writes_its_dated_checks() {
    for (lang, fee) in [
        ("C", "a daily inactivity fee of about 5 RUB"),
        ("ru_RU.UTF-8", "плата около 5 ₽ в день"),
        ("zh_CN.UTF-8", "每天收取约 5 卢布的不活跃费用"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let a = run(
            dir.path(),
            lang,
            &["--operator", "beeline", "--action", "lapse"],
        )
        .success();
        let out = stdout(&a);
        assert!(out.contains(fee), "{lang}: {out}");
        let r = only_record(dir.path());
        assert_eq!(r["action"].as_str(), Some("lapse"));
        assert!(r.get("channel").is_none(), "{r:?}");
        let follow: Vec<(String, String)> = r["follow_up"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| (f["date"].to_string(), f["key"].as_str().unwrap().to_owned()))
            .collect();
        // Day 91 the fee; nobody says when the number goes: half a year on, a check.
        let want = [
            ("2027-02-24", "follow-lapse-fee"),
            ("2027-05-24", "follow-lapse-gone-unknown"),
            ("2027-06-23", "follow-lapse-debt"),
            ("2027-07-23", "follow-credit"),
        ]
        .map(|(d, k)| (d.to_owned(), k.to_owned()));
        assert_eq!(follow, want, "{lang}");
    }
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        "C",
        &[
            "--operator",
            "mts",
            "--action",
            "lapse",
            "--channel",
            "store",
        ],
    )
    .code(2)
    .stderr(predicate::str::contains("leave out --channel"));
    assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none());
}

/// A representative from abroad: the record's follow-ups are the power of attorney's
/// journey (booked, made, the original sent, arrived in Russia), then the visit, dated from
/// the pinned today; none of it is a store visit dated today.
#[test]
fn a_representative_from_abroad_is_dated_as_the_power_of_attorney_travels() {
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "--operator",
        "mts",
        "--abroad",
        "--representative",
        "--channel",
        "store",
    ];
    let out = stdout(&run(dir.path(), "C", &args).success());
    assert!(out.contains("must hold the paper original there"), "{out}");
    let r = only_record(dir.path());
    let follow: Vec<(String, &str)> = r["follow_up"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["date"].to_string(), f["key"].as_str().unwrap()))
        .collect();
    let want = [
        ("2026-11-25", "follow-poa-book"),
        ("2026-12-09", "follow-poa-made"),
        ("2026-12-16", "follow-poa-sent"),
        ("2027-01-06", "follow-poa-arrived"),
        ("2027-01-11", "follow-representative-visit"),
    ]
    .map(|(d, k)| (d.to_owned(), k));
    assert_eq!(follow, want);
}
