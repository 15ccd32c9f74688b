//! The interactive wizard, end to end in a real pseudo-terminal: keys in, screen out.
#![cfg(unix)]

use std::fs;

use simcancel::catalog::{Action, Channel};
use simcancel::i18n::Lang;

use crate::common::{
    DOWN, ENTER, Pinned, Wizard, opening, record_files, records_in, said, shipped, simcancel,
};

#[test]
fn a_person_walks_the_wizard_to_a_written_record() {
    // What the table says where it is asked: Beeline's refund terms and what a store
    // needs, each seen by its first words (the rest may wrap).
    let catalog = shipped();
    let beeline = catalog.operator("beeline").unwrap();
    let refund = opening(said(&beeline.refund, Lang::En));
    let store = beeline.route(Channel::Store, Action::Cancel).unwrap();
    let bring = opening(store.documents[0].get(Lang::En));
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::start(dir.path(), &[]);

    w.see("Which operator is the SIM from?");
    w.see("MegaFon");
    w.keys(DOWN); // Beeline
    w.keys(ENTER);
    w.see("What do you want to do?");
    w.keys(ENTER); // cancel, the first choice
    w.see("Is the contract in your own name?");
    w.keys(ENTER);
    w.see("Where are you now?");
    w.keys(ENTER);
    w.see("Whose passport");
    w.keys(ENTER);
    w.see("Tick what you have done");
    w.see("Move Telegram, WhatsApp and WeChat");
    w.keys(" "); // contacts
    w.keys(DOWN);
    w.keys(" "); // sms
    w.keys(ENTER);
    w.see("7 items are not done and will be recorded as not done. Go on?");
    w.keys("y");
    w.see(&refund);
    w.see("What should happen to the remaining balance?");
    w.keys("\x1b[A\x1b[A"); // up twice: refund
    w.keys(ENTER);
    w.see("Where will you do it?");
    w.keys(ENTER); // store
    w.see(&bring);
    w.see("The subscriber's name as in the passport");
    w.keys("Li Wei");
    w.keys(ENTER);
    // The Palladius spelling is offered; Enter confirms it.
    w.see("usually written Ли Вэй");
    w.see("The subscriber's name in Cyrillic");
    w.keys(ENTER);
    w.see("citizenship");
    w.keys("CN");
    w.keys(ENTER);
    w.see("phone number being cancelled");
    w.keys(ENTER);
    w.see("When to go");
    w.see("Have you done it, or are you planning it?");
    // Started: a plan would ask nothing more than when.
    w.keys(DOWN);
    w.keys(ENTER);
    w.see("When was it done?");
    w.keys(ENTER);
    w.see("Reference or ticket number");
    w.keys("B-2026-77");
    w.keys(ENTER);
    w.see("Who: store address");
    w.keys("Office on Lenina 5, agent Olga");
    w.keys(ENTER);
    w.see("Screenshots or photos");
    w.keys(ENTER);
    w.see("Notes");
    w.keys(ENTER);
    w.see("cut the SIM through the chip");
    w.see("Record written: ");
    assert_eq!(w.exit_code(), 0, "{}", w.transcript);

    let screen = w.screen.screen().contents();
    assert!(screen.contains("Record written: "), "{screen}");
    let files = record_files(dir.path());
    assert_eq!(files.len(), 1, "one record, beside its letter");
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.ends_with("_beeline_cancel_store.toml"), "{name}");
    assert!(
        screen.replace('\n', "").contains(&name),
        "the path is printed: {screen}"
    );
    let r: toml::Table = fs::read_to_string(&files[0]).unwrap().parse().unwrap();
    assert_eq!(r["balance"].as_str(), Some("refund"));
    assert_eq!(r["evidence"]["reference"].as_str(), Some("B-2026-77"));
    assert_eq!(
        r["evidence"]["contact"].as_str(),
        Some("Office on Lenina 5, agent Olga")
    );
    let done: Vec<&str> = r["preparation"]["done"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert_eq!(done, ["contacts", "sms"]);
    // The confirmed Cyrillic spelling and the citizenship are in the letter and its PDF.
    let stem = name.strip_suffix(".toml").unwrap();
    let letter = fs::read_to_string(dir.path().join(format!("{stem}_letter.txt"))).unwrap();
    assert!(
        letter.contains("Заявитель (абонент): Ли Вэй (Li Wei)\n"),
        "{letter}"
    );
    assert!(
        letter.contains("Гражданство: Китайская Народная Республика\n"),
        "{letter}"
    );
    assert!(dir.path().join(format!("{stem}_letter.pdf")).is_file());
}

#[test]
fn enter_at_every_prompt_reaches_a_record() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::start(dir.path(), &[]);
    for prompt in [
        "Which operator",
        "What do you want to do?",
        "own name?",
        "Where are you now?",
        "Whose passport",
        "Tick what you have done",
    ] {
        w.see(prompt);
        w.keys(ENTER);
    }
    w.see("Go on?");
    w.keys("y");
    for prompt in [
        "remaining balance?",
        "Where will you do it?",
        "The subscriber's name as in the passport",
        "phone number being cancelled",
        "planning it?",
        "When do you plan it?",
    ] {
        w.see(prompt);
        w.keys(ENTER);
    }
    w.see("Record written: ");
    assert_eq!(w.exit_code(), 0);
    let r: toml::Table = fs::read_to_string(&record_files(dir.path())[0])
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(
        (
            r["operator"].as_str(),
            r["action"].as_str(),
            r["channel"].as_str()
        ),
        (Some("mts"), Some("cancel"), Some("store"))
    );
}

#[test]
fn ctrl_c_mid_way_writes_nothing_and_exits_130() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::start(dir.path(), &["--operator", "mts"]);
    w.see("What do you want to do?");
    w.keys(ENTER);
    w.see("own name?");
    w.keys(ENTER);
    w.see("Where are you now?");
    w.keys(ENTER);
    w.see("Whose passport");
    w.keys(ENTER);
    w.see("Tick what you have done");
    w.keys("\x03");
    assert_eq!(w.exit_code(), 130, "{}", w.transcript);
    assert!(records_in(dir.path()).is_empty(), "no record, no temp file");
    assert!(w.cursor_visible(), "cursor restored: {:?}", w.transcript);
    assert!(w.terminal_is_cooked(), "terminal mode restored");
}

#[test]
fn the_wizard_speaks_chinese_from_start_to_record() {
    // What a reader sees, written out: a message the locale lost or garbled fails here.
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::start_with(
        dir.path(),
        &[],
        &[
            ("TERM", "xterm-256color"),
            ("LANG", "zh_CN.UTF-8"),
            ("SIMCANCEL_NOW", "2026-11-25T11:00:00+03:00"),
        ],
    );
    w.see("办理俄罗斯手机号的销号或停机保号");
    for text in [
        "这张 SIM 卡是哪家运营商的？",
        "你想办理什么？",
        "合同是在你本人名下吗？",
        "你现在在哪里？",
        "合同是用哪种护照签的？",
        "勾选你已完成的事项",
    ] {
        w.see(text);
        w.keys(ENTER);
    }
    w.keys("y");
    for text in ["余额怎么处理？", "你打算通过哪种渠道办理？"] {
        w.see(text);
        w.keys(ENTER);
    }
    w.see("用俄语说");
    w.see("Я хочу расторгнуть договор и закрыть этот номер.");
    for text in [
        "机主姓名，与护照一致，用拉丁字母填写",
        "要销号的手机号码（可留空）",
        "办到哪一步了？",
        "你打算什么时候办？",
    ] {
        w.see(text);
        w.keys(ENTER);
    }
    w.see("办完之后");
    assert_eq!(w.exit_code(), 0, "{}", w.transcript);
    let screen = w.screen.screen().contents();
    assert!(screen.contains("记录已保存："), "{screen}");
    assert_eq!(
        records_in(dir.path()).len(),
        3,
        "the record and its letter, as text and PDF"
    );
}

#[test]
fn escape_goes_back_a_question_and_keeps_the_answer() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::start(dir.path(), &[]);
    w.see("Which operator is the SIM from?");
    w.see("MegaFon");
    w.keys(DOWN); // Beeline
    w.keys(ENTER);
    w.see("What do you want to do?");
    w.keys(DOWN); // suspend
    w.keys(ENTER);
    w.see("Is the contract in your own name?");
    w.keys("\x1b"); // back to the action, on suspend
    w.see("What do you want to do?");
    w.keys("\x1b"); // back to the operator, on Beeline
    w.see("Which operator is the SIM from?");
    w.keys(ENTER);
    w.see("What do you want to do?");
    w.keys(ENTER); // the kept answer: suspend
    w.see("Is the contract in your own name?");
    w.keys(ENTER);
    w.see("Where are you now?");
    w.keys(ENTER);
    w.see("Whose passport");
    w.keys(ENTER);
    w.see("Tick what you have done");
    w.keys(ENTER);
    w.see("Go on?");
    w.keys("y");
    w.see("Where will you do it?");
    w.keys(ENTER);
    w.see("Have you done it, or are you planning it?");
    w.keys(ENTER);
    w.see("When do you plan it?");
    for _ in 0..5 {
        w.keys(ENTER);
    }
    w.see("Record written: ");
    assert_eq!(w.exit_code(), 0, "{}", w.transcript);
    let files = record_files(dir.path());
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.ends_with("_beeline_suspend_store.toml"), "{name}");
}

/// In a terminal too short for it the card stops before its first sentences would scroll
/// away, and goes on with Enter. (A representative's card is 23 rows: at 24 it fits.)
#[test]
#[cfg_attr(
    feature = "portable",
    ignore = "only the Unix side has it (README: Windows, macOS and Linux)"
)]
fn the_card_pages_in_a_small_terminal() {
    let dir = tempfile::tempdir().unwrap();
    simcancel()
        .records(dir.path())
        .args([
            "--operator",
            "mts",
            "--channel",
            "store",
            "--representative",
        ])
        .assert()
        .success();
    let record = record_files(dir.path()).remove(0);
    let record = record.to_str().unwrap();
    let mut w = Wizard::start_sized(
        dir.path(),
        &["records", "card", record],
        &[("TERM", "xterm-256color"), ("LANG", "zh_CN.UTF-8")],
        80,
        16,
    );
    w.see(crate::common::MORE);
    let rows = w.rows();
    assert!(
        rows.iter().any(|r| r.contains("Я действую по")),
        "the first sentence is still on screen:\n{}",
        rows.join("\n")
    );
    w.keys(ENTER);
    assert_eq!(w.exit_code(), 0, "{}", w.transcript);
}
