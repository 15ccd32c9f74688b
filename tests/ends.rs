//! The other ends: re-registering the number to someone else, keeping it alive from
//! abroad, whose passport the contract is on, and what the data offers where.

use std::path::Path;

use predicates::prelude::*;
use simcancel::catalog::{Action, Channel};
use simcancel::i18n::Lang;

use crate::common::{
    Pinned, files_ending, guide_in, only_record, opening, said, shipped, simcancel, stdout,
};

/// The languages a run is read in, by the locale that chooses each.
const LOCALES: [(&str, Lang); 3] = [
    ("C", Lang::En),
    ("ru_RU.UTF-8", Lang::Ru),
    ("zh_CN.UTF-8", Lang::Zh),
];

#[test]
fn each_new_end_runs_at_every_operator_and_channel_that_offers_it() {
    let catalog = shipped();
    let mut runs = 0;
    for op in &catalog.operators {
        for action in [Action::Transfer, Action::Keep] {
            for channel in op.channels_for(action) {
                let dir = tempfile::tempdir().unwrap();
                let out = stdout(
                    simcancel()
                        .records(dir.path())
                        .args(["--operator", op.id(), "--action", action.id()])
                        .args(["--channel", channel.id(), "--no-input"]),
                );
                let route = op.route(channel, action).unwrap();
                let summary = route.summary.get(Lang::En);
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
    // What each run shows in each language: the documents of MegaFon's re-registration in
    // a store and the rules for a contract on a foreign passport, as the table has them.
    let catalog = shipped();
    let megafon = catalog.operator("megafon").unwrap();
    let documents = &megafon
        .route(Channel::Store, Action::Transfer)
        .unwrap()
        .documents;
    let foreign = catalog.general.foreign_sims.as_ref().unwrap();
    let transfer = ["--operator", "megafon", "--action", "transfer"];
    let keep = ["--operator", "beeline", "--action", "keep", "--ics"];
    let passport = ["--operator", "mts", "--passport", "foreign"];
    for (locale, lang) in LOCALES {
        let cooling = match lang {
            Lang::En => "The roaming cooling period",
            Lang::Ru => "«Период охлаждения» после роуминга",
            Lang::Zh => "漫游后的“冷却期”",
        };
        let cases = [
            (
                [&transfer[..], &["--channel", "store"]].concat(),
                documents.iter().map(|d| d.get(lang)).collect(),
            ),
            (keep.to_vec(), vec![cooling]),
            (
                [&passport[..], &["--channel", "store"]].concat(),
                vec![said(foreign, lang)],
            ),
        ];
        for (args, texts) in cases {
            let dir = tempfile::tempdir().unwrap();
            // On screen, or among the details in the guide beside the record.
            let out = stdout(
                simcancel()
                    .locale(locale)
                    .records(dir.path())
                    .args(&args)
                    .arg("--no-input"),
            ) + &guide_in(dir.path());
            for text in texts {
                assert!(out.contains(text), "{args:?} in {locale}: {text:?}\n{out}");
            }
            only_record(dir.path());
        }
    }
}

#[test]
fn keeping_the_number_is_one_monthly_event_in_the_calendar() {
    let dir = tempfile::tempdir().unwrap();
    let out = stdout(simcancel().fixture().records(dir.path()).args([
        "--operator",
        "delta",
        "--action",
        "keep",
        "--ics",
        "--no-input",
    ]));
    // From day 91 the fee starts: dated from the pinned today.
    assert!(
        out.contains("From day 91 without activity (2027-02-24)"),
        "{out}"
    );
    let ics = files_ending(dir.path(), ".ics");
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
    let catalog = shipped();
    let (foreign, limit) = (
        said(catalog.general.foreign_sims.as_ref().unwrap(), Lang::En),
        said(catalog.general.sim_limit.as_ref().unwrap(), Lang::En),
    );
    let (foreign_starts, limit_starts) = (opening(foreign), opening(limit));
    let run = |passport: &[&str]| {
        let dir = tempfile::tempdir().unwrap();
        // For a number that ends, the limits are a detail: in the guide.
        let out = stdout(
            simcancel()
                .records(dir.path())
                .args(["--operator", "mts", "--channel", "store", "--no-input"])
                .args(passport),
        ) + &guide_in(dir.path());
        (out, dir)
    };
    let (out, _) = run(&[]);
    assert!(
        !out.contains(&foreign_starts) && !out.contains(&limit_starts),
        "{out}"
    );

    let (out, dir) = run(&["--passport", "foreign"]);
    assert!(out.contains(foreign), "{out}");
    assert!(out.contains("the wizard goes on"), "{out}");
    assert!(!out.contains(&limit_starts), "{out}");
    assert_eq!(
        only_record(dir.path())["passport"].as_str(),
        Some("foreign")
    );

    let (out, _) = run(&["--passport", "russian"]);
    assert!(out.contains(limit), "{out}");
    assert!(!out.contains(&foreign_starts), "{out}");
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
        .data(&data)
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
        .data(&data)
        .records(records.path())
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
    let catalog = shipped();
    let fine = said(catalog.general.handover.as_ref().unwrap(), Lang::En);
    let mts = catalog.operator("mts").unwrap();
    let transfer = mts.route(Channel::Store, Action::Transfer).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = stdout(
        simcancel()
            .records(dir.path())
            .args(["--operator", "mts", "--channel", "store"])
            .args(["--leave-with-friend", "--no-input"]),
    );
    assert!(out.contains(fine), "{out}");
    assert!(out.contains("The legal way is re-registration"), "{out}");
    assert!(out.contains(transfer.summary.get(Lang::En)), "{out}");
}

#[test]
fn after_cancelling_the_self_ban_and_the_credit_history_follow() {
    let catalog = shipped();
    let self_ban = catalog.general.self_ban.as_ref().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = stdout(
        simcancel()
            .records(dir.path())
            .args(["--operator", "t2", "--channel", "store", "--completed"])
            .arg("--no-input"),
    ) + &guide_in(dir.path());
    // The self-ban, with what is not confirmed about it: optional checks for later, in
    // the guide beside the record.
    assert!(out.contains(said(self_ban, Lang::En)), "{out}");
    if let Some(ask) = &self_ban.ask {
        assert!(out.contains(ask.get(Lang::En)), "{out}");
    }
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
        let out = stdout(
            simcancel()
                .fixture()
                .locale(lang)
                .records(dir.path())
                .args(["--operator", "delta", "--action", "lapse", "--no-input"]),
        );
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
    simcancel()
        .records(dir.path())
        .args([
            "--operator",
            "mts",
            "--action",
            "lapse",
            "--channel",
            "store",
        ])
        .arg("--no-input")
        .assert()
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
    let out = stdout(simcancel().records(dir.path()).args(args).arg("--no-input"));
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
