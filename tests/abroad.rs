//! Already abroad: Gosuslugi, someone who goes with a power of attorney, or a lapse at its
//! true cost — and never a number that only works from Russia presented as the way in.

use std::fs;

use predicates::prelude::*;
use simcancel::catalog::{Action, Channel, Confidence, EMBEDDED, source_host};
use simcancel::i18n::Lang;

#[cfg(unix)]
use crate::common::{DOWN, ENTER, Wizard, records_in};
use crate::common::{
    Pinned, files_ending, guide_in, record_files, said, shipped, simcancel, stdout,
};

const OPERATORS: [&str; 5] = ["mts", "beeline", "megafon", "t2", "yota"];

#[test]
fn abroad_no_channel_dials_from_russia_or_ends_in_a_store() {
    for op in OPERATORS {
        for action in ["cancel", "suspend"] {
            for channel in ["hotline", "online", "gosuslugi"] {
                let dir = tempfile::tempdir().unwrap();
                let assert = simcancel()
                    .records(dir.path())
                    .args(["--operator", op, "--action", action, "--channel", channel])
                    .arg("--abroad")
                    .assert();
                let output = assert.get_output();
                if output.status.code() == Some(2) {
                    // Not offered by this operator: the usual refusal, nothing else.
                    assert!(output.stdout.is_empty(), "{op} {action} {channel}");
                    continue;
                }
                // What the screen says and the details in the guide beside the record.
                let out = String::from_utf8(output.stdout.clone()).unwrap() + &guide_in(dir.path());
                let run = format!("{op} {action} {channel}:\n{out}");
                assert!(output.status.success(), "{run}");
                assert!(!out.contains("any phone in Russia"), "{run}");
                assert!(!out.contains("Then go to"), "{run}");
                // A +7 number, or a question to ask for one (the table's own, or ours).
                assert!(
                    out.contains("Hotline from abroad: +7")
                        || out.lines().any(|l| {
                            l.trim_start().starts_with("? ") && l.contains("from abroad")
                        }),
                    "{run}"
                );
                // Short numbers appear only as what they are.
                for line in out.lines().filter(|l| l.contains("SIM in Russia only")) {
                    assert!(line.contains("not a number to dial from abroad"), "{run}");
                }
                if action == "cancel" {
                    assert!(out.contains("someone with your notarised power"), "{run}");
                }
            }
        }
    }
}

#[test]
fn gosuslugi_is_a_channel_for_every_operator_with_what_to_check() {
    let catalog = shipped();
    for op in OPERATORS {
        for action in [Action::Cancel, Action::Suspend] {
            let out = stdout(
                simcancel()
                    .args(["--operator", op, "--action", action.id()])
                    .args(["--channel", "gosuslugi", "--abroad"]),
            );
            let run = format!("{op} {}:\n{out}", action.id());
            assert!(out.contains("Gosuslugi — "), "{run}");
            assert!(out.contains("Moscow time"), "{run}");
            // The route as the table has it: what it does, how far that is sourced, and
            // what to check.
            let route = catalog.operator(op).unwrap();
            let route = route.route(Channel::Gosuslugi, action).unwrap();
            assert!(out.contains(route.summary.get(Lang::En)), "{run}");
            let host = source_host(route.source.as_deref().unwrap()).unwrap();
            let level = match route.confidence {
                Confidence::Official => None,
                Confidence::Secondary => Some("secondary"),
                Confidence::Unverified => Some("unverified"),
            };
            if let Some(level) = level {
                assert!(out.contains(&format!("[{level} · {host}]")), "{run}");
            }
            if let Some(ask) = &route.ask {
                assert!(out.contains(&format!("? {}", ask.get(Lang::En))), "{run}");
            }
        }
    }
}

#[test]
fn a_table_without_a_gosuslugi_route_refuses_it_before_any_guidance() {
    let dir = tempfile::tempdir().unwrap();
    let extra = fs::read_to_string("tests/data/made-up-operator.toml").unwrap();
    let table = dir.path().join("ops.toml");
    fs::write(&table, format!("{EMBEDDED}\n{extra}")).unwrap();
    simcancel()
        .args(["--operator", "example-mobile", "--channel", "gosuslugi"])
        .data(&table)
        .records(dir.path().join("records"))
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("gosuslugi").and(predicate::str::contains("not")));
}

#[test]
fn a_representative_is_for_the_store_only() {
    for channel in ["hotline", "online", "gosuslugi"] {
        let out = simcancel()
            .args([
                "--operator",
                "mts",
                "--representative",
                "--channel",
                channel,
            ])
            .assert()
            .code(2)
            .stdout("")
            .get_output()
            .stderr
            .clone();
        let err = String::from_utf8(out).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains(&format!("--representative --channel {channel}: ")),
            "{err}"
        );
        assert!(err.contains("store"), "{err}");
    }
    // Abroad without one, the store is refused with the way to it named.
    simcancel()
        .args(["--operator", "mts", "--abroad", "--channel", "store"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("--representative"));
}

#[test]
fn someone_goes_with_a_power_of_attorney_that_lets_them_receive_the_money() {
    let catalog = shipped();
    let t2 = catalog.operator("t2").unwrap();
    let consulate = catalog.general.consulate.as_ref().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = stdout(
        simcancel()
            .now("2026-11-25T16:00:00+08:00")
            .records(dir.path())
            .args(["--operator", "t2", "--abroad", "--representative"])
            .args(["--channel", "store", "--balance", "refund"])
            .args(["--name", "Ли Вэй", "--number", "+7 900 000-00-00"]),
    ) + &guide_in(dir.path());
    // Refund details before the bank account goes, and the money right.
    let bank = out.find("Put the bank details for the refund").expect(&out);
    assert!(bank < out.find("Store — t2").unwrap(), "{out}");
    assert!(
        out.contains("state explicitly that they may receive money"),
        "{out}"
    );
    // What the representative needs and brings.
    assert!(out.contains(said(consulate, Lang::En)), "{out}");
    assert!(out.contains("The original power of attorney"), "{out}");
    assert!(
        out.contains("Your representative does these steps"),
        "{out}"
    );
    // The visit is weeks away, dated by the follow-ups: no "now" and no next working day
    // to contradict them.
    assert!(out.contains("the follow-ups below date the visit"), "{out}");
    assert!(!out.contains("It is now Wednesday"), "{out}");
    assert!(!out.contains("Next good time"), "{out}");

    let poa = files_ending(dir.path(), "_poa.txt")
        .pop()
        .expect("a power of attorney beside the record");
    let text = fs::read_to_string(&poa).unwrap();
    assert!(text.starts_with("ДОВЕРЕННОСТЬ"), "{text}");
    assert!(text.contains(t2.addressee()), "{text}");
    assert!(text.contains("+7 900 000-00-00"), "{text}");
    assert!(text.contains("Ли Вэй"), "{text}");
    assert!(text.contains("расторгнуть указанный договор"), "{text}");
    assert!(text.contains("подписывать и подавать"), "{text}");
    assert!(
        text.contains("получить причитающийся мне остаток денежных средств"),
        "{text}"
    );
    assert_eq!(text.matches("удостоверяющий личность").count(), 2, "{text}");

    let letter = files_ending(dir.path(), "_letter.txt").pop().unwrap();
    let letter = fs::read_to_string(letter).unwrap();
    assert!(letter.contains("Представитель (Ф. И. О.)"), "{letter}");

    let record = fs::read_to_string(&record_files(dir.path())[0]).unwrap();
    let r: toml::Table = record.parse().unwrap();
    assert_eq!(r["representative"].as_bool(), Some(true), "{record}");
    let named = poa.file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(r["poa"].as_str(), Some(named.as_str()), "{record}");
}

#[test]
fn the_number_is_a_blank_when_not_given() {
    let mts = shipped().operator("mts").unwrap().addressee().to_owned();
    let dir = tempfile::tempdir().unwrap();
    simcancel()
        .records(dir.path())
        .args(["--operator", "mts", "--action", "suspend"])
        .args(["--representative", "--channel", "store"])
        .assert()
        .success();
    let poa = files_ending(dir.path(), "_poa.txt").pop().unwrap();
    let text = fs::read_to_string(poa).unwrap();
    assert!(text.contains(&mts), "{text}");
    assert!(
        text.contains("абонентский номер +7 (___) ___-__-__"),
        "{text}"
    );
    // No letter for a block, but the power of attorney still covers the money.
    assert!(text.contains("денежных средств"), "{text}");
}

#[test]
fn letting_it_lapse_shows_its_true_cost() {
    // 15 RUB a day after 45 days; when the number is lost is not known.
    simcancel()
        .fixture()
        .args(["--operator", "bravo", "--action", "decide"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "From 2027-01-10, a daily fee of about 15\u{a0}RUB",
        ))
        .stdout(predicate::str::contains("the total is unknown"))
        .stdout(predicate::str::contains("450\u{a0}RUB"))
        .stdout(predicate::str::contains(
            "Any debt this runs up is still yours",
        ));
    // Lost after 90 days, no fee published.
    simcancel()
        .fixture()
        .args(["--operator", "charlie", "--action", "decide"])
        .assert()
        .success()
        .stdout(predicate::str::contains("No inactivity fee is published"))
        .stdout(predicate::str::contains("Around 2027-02-23"));
    // Abroad, the lapse is one of the ways out, with its cost: in the guide, the action
    // being chosen.
    let dir = tempfile::tempdir().unwrap();
    stdout(simcancel().fixture().records(dir.path()).args([
        "--operator",
        "alfa",
        "--abroad",
        "--channel",
        "gosuslugi",
    ]));
    let out = guide_in(dir.path());
    let ways = out.find("What works from abroad:").expect(&out);
    let lapse = out.find("Or let it lapse").expect(&out);
    assert!(ways < lapse, "{out}");
    assert!(
        out.contains("From 2027-05-27, a daily fee of about 3.30\u{a0}RUB"),
        "{out}"
    );
    assert!(
        out.contains("every 30 days of fees is about 99\u{a0}RUB"),
        "{out}"
    );
}

#[test]
fn the_hotline_from_abroad_is_timed_in_moscow_time() {
    let dir = tempfile::tempdir().unwrap();
    // 09:00 in Beijing is 04:00 in Moscow.
    simcancel()
        .args(["--operator", "beeline", "--abroad", "--channel", "hotline"])
        .now("2026-11-25T09:00:00+08:00")
        .records(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "It is now Wednesday, 04:00 Moscow time",
        ))
        .stdout(predicate::str::contains("store's hours").not());
}

#[cfg(unix)] // in a pty
#[test]
fn from_abroad_in_chinese_to_a_representatives_record() {
    // What a reader sees, written out: a message the locale lost or garbled fails here.
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::start_with(
        dir.path(),
        &["--lang", "zh"],
        &[
            ("TERM", "xterm-256color"),
            ("SIMCANCEL_NOW", "2026-11-25T16:00:00+08:00"),
        ],
    );
    w.see("办理俄罗斯手机号的销号或停机保号");
    for text in [
        "这张 SIM 卡是哪家运营商的？",
        "你想办理什么？",
        "合同是在你本人名下吗？",
    ] {
        w.see(text);
        w.keys(ENTER);
    }
    w.see("你现在在哪里？");
    w.keys(DOWN);
    w.keys(ENTER);
    w.see("在国外可以怎么办：");
    w.see("勾选你已完成的事项");
    w.keys(ENTER);
    w.see("余额怎么处理？");
    w.keys(ENTER);
    // Abroad: hotline, online, Gosuslugi (Enter's answer), then the store through
    // someone who goes.
    w.see("你打算通过哪种渠道办理？");
    w.see("营业厅——请人代你去");
    w.keys(DOWN);
    w.keys(ENTER);
    w.see("以下步骤由在俄罗斯的代办人");
    for text in [
        "机主姓名，与护照一致，用拉丁字母填写",
        "要销号的手机号码（可留空）",
        "办到哪一步了？",
    ] {
        w.see(text);
        w.keys(ENTER);
    }
    w.see("办完之后");
    // The power of attorney's journey, dated step by step.
    w.see("2027 年 1 月 11 日：代办人");
    w.see("另存为日历文件");
    w.keys("n");
    assert_eq!(w.exit_code(), 0, "{}", w.transcript);
    let files = records_in(dir.path());
    assert_eq!(
        files.len(),
        6,
        "record, letter and power of attorney, each as text and PDF, and the guide: {files:?}"
    );
    let record = fs::read_to_string(&record_files(dir.path())[0]).unwrap();
    assert!(record.contains("representative = true"), "{record}");
    assert!(record.contains("channel = \"store\""), "{record}");
    // The visit is dated by the follow-ups, after the power of attorney reaches Russia:
    // the screen says nothing of the time now in Moscow (the guide says why).
    assert!(
        !w.transcript.contains("现在是莫斯科时间"),
        "{}",
        w.transcript
    );
    let guide = guide_in(dir.path());
    assert!(guide.contains("下面的后续事项里写了去的日期"), "{guide}");
}
