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
    // Cancelling asks no passport: it only decides which number limit is told.
    w.keys(ENTER);
    w.see("Tick what you have done");
    w.see("Move Telegram, WhatsApp and WeChat");
    w.keys(" "); // contacts
    w.keys(DOWN);
    w.keys(" "); // sms
    w.keys(ENTER);
    // No "go on anyway?": what is open is in the plan at the end.
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
    // Started: a plan would ask nothing more than, at most, which day.
    w.keys(DOWN);
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
    // The calendar, declined: the command that writes it later is in the plan.
    w.see("in a calendar file (.ics) next to the record?");
    w.keys("n");
    w.see("simcancel records ics ");
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

/// The common case's questions before the subscriber's name, each answered by Enter.
const BEFORE_THE_NAME: [&str; 7] = [
    "Which operator",
    "What do you want to do?",
    "own name?",
    "Where are you now?",
    "Tick what you have done",
    "remaining balance?",
    "Where will you do it?",
];

#[test]
fn enter_at_every_prompt_reaches_a_record() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::start(dir.path(), &[]);
    for prompt in BEFORE_THE_NAME.into_iter().chain([
        "The subscriber's name as in the passport",
        "phone number being cancelled",
        // A plan reminded on the next good day: the tenth and last question.
        "planning it?",
    ]) {
        w.see(prompt);
        w.keys(ENTER);
    }
    w.see("Record written: ");
    w.see("calendar file");
    w.keys(ENTER);
    w.see("Calendar written: ");
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
        "勾选你已完成的事项",
    ] {
        w.see(text);
        w.keys(ENTER);
    }
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
    ] {
        w.see(text);
        w.keys(ENTER);
    }
    w.see("办完之后");
    w.see("另存为日历文件");
    w.keys(ENTER);
    w.see("日历已保存：");
    assert_eq!(w.exit_code(), 0, "{}", w.transcript);
    let screen = w.screen.screen().contents();
    assert!(screen.contains("记录已保存："), "{screen}");
    assert_eq!(
        records_in(dir.path()).len(),
        5,
        "the record, its letter as text and PDF, the guide and the calendar"
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
    w.see("Where will you do it?");
    w.keys(ENTER);
    w.see("Have you done it, or are you planning it?");
    // The day chosen by the user this time.
    w.keys(DOWN);
    w.keys(ENTER);
    w.see("When do you plan it?");
    w.keys(ENTER);
    w.see("Record written: ");
    w.see("calendar file");
    w.keys("n");
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

/// What a reader of one language sees at the prompts of the walk back below.
struct Back {
    lang: &'static str,
    abroad: &'static str,
    channel: &'static str,
    name: &'static str,
    name_ru: &'static str,
    citizenship: &'static str,
    number: &'static str,
    status: &'static str,
    when: &'static str,
    reference: &'static str,
    contact: &'static str,
    files: &'static str,
    note: &'static str,
    offer: &'static str,
    /// The heading of the Russian sentences, shown once however often one goes back (and
    /// again in the recap, which has its own heading).
    phrases: &'static str,
    recap: &'static str,
}

const BACK_EN: Back = Back {
    lang: "en",
    abroad: "Where are you now?",
    channel: "Where will you do it?",
    name: "The subscriber's name as in the passport",
    name_ru: "The subscriber's name in Cyrillic",
    citizenship: "The subscriber's citizenship",
    number: "The phone number being cancelled",
    status: "Have you done it, or are you planning it?",
    when: "When was it done?",
    reference: "Reference or ticket number",
    contact: "Who: store address",
    files: "Screenshots or photos",
    note: "Notes (may be empty)",
    offer: "calendar file (.ics)",
    phrases: "Say it in Russian",
    recap: "In short, before you go",
};

const BACK_ZH: Back = Back {
    lang: "zh",
    abroad: "你现在在哪里？",
    channel: "你打算通过哪种渠道办理？",
    name: "机主姓名，与护照一致",
    name_ru: "机主姓名的西里尔字母写法",
    citizenship: "机主国籍，用俄语填写",
    number: "要销号的手机号码",
    status: "办到哪一步了？",
    when: "什么时候办的？",
    reference: "受理编号或工单号",
    contact: "在哪里、由谁办理",
    files: "你保存的截图或照片",
    note: "备注（可留空）",
    offer: "另存为日历文件",
    phrases: "用俄语说",
    recap: "出发前的要点",
};

const ESCAPE: &str = "\x1b";
const BACKSPACE: &str = "\x7f";

/// Escape at text prompts goes back exactly one question, with the answer given there
/// offered again; text is typed and erased a character at a time, Chinese included; going
/// back does not print the guidance on the screen again.
fn escape_at_text_prompts(t: &Back) {
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::start(
        dir.path(),
        &[
            "--lang",
            t.lang,
            "--operator",
            "mts",
            "--action",
            "cancel",
            "--owner",
            "me",
            "--passport",
            "russian",
            "--yes",
            "--balance",
            "refund",
        ],
    );
    w.see(t.abroad);
    w.keys(ENTER);
    // The hotline, not the first choice; a refund has its letter there too.
    w.see(t.channel);
    w.keys(DOWN);
    w.keys(ENTER);
    w.see(t.name);
    w.keys(ESCAPE);
    // Back at the channel, on the hotline: Enter keeps it.
    w.see(t.channel);
    w.keys(ENTER);
    w.see(t.name);
    w.keys("Li Wei");
    w.keys(ENTER);
    w.see(t.name_ru);
    w.keys(ESCAPE);
    w.see(t.name);
    w.see("[Li Wei]");
    w.keys(ENTER);
    w.see(t.name_ru);
    w.keys(ENTER);
    w.see(t.citizenship);
    w.keys("CN");
    w.keys(ENTER);
    w.see(t.number);
    w.keys(ENTER);
    w.see(t.status);
    w.keys(DOWN); // a plan on a day of one's own
    w.keys(DOWN); // started
    w.keys(ENTER);
    w.see(t.when);
    w.keys("2026-11-24 10:00");
    w.keys(ENTER);
    w.see(t.reference);
    w.keys(ESCAPE);
    w.see(t.when);
    w.see("[2026-11-24 10:00]");
    w.keys(ESCAPE);
    // Back at the stage, on "started"; then the time typed is offered again.
    w.see(t.status);
    w.keys(ENTER);
    w.see(t.when);
    w.see("[2026-11-24 10:00]");
    w.keys(ENTER);
    w.see(t.reference);
    w.keys("R-1");
    w.keys(ENTER);
    w.see(t.contact);
    w.keys("特维尔大街店铺");
    w.see("店铺");
    w.keys(BACKSPACE);
    w.keys(BACKSPACE);
    w.keys("1号");
    w.see("1号");
    let rows = w.rows();
    assert!(
        rows.iter().any(|r| r.ends_with("特维尔大街1号")) && !rows.iter().any(|r| r.contains('店')),
        "{}",
        rows.join("\n")
    );
    w.keys(ENTER);
    w.see(t.files);
    w.keys(ENTER);
    w.see(t.note);
    w.keys(ENTER);
    w.see(t.offer);
    w.keys("n");
    assert_eq!(w.exit_code(), 0, "{}", w.transcript);
    let before_recap = w.transcript.split(t.recap).next().unwrap();
    assert_eq!(
        before_recap.matches(t.phrases).count(),
        1,
        "the Russian sentences once before the recap: {}",
        w.transcript
    );

    let r: toml::Table = fs::read_to_string(&record_files(dir.path())[0])
        .unwrap()
        .parse()
        .unwrap();
    let evidence = &r["evidence"];
    assert_eq!(r["channel"].as_str(), Some("hotline"));
    assert_eq!(r["name"].as_str(), Some("Li Wei"));
    assert_eq!(evidence["status"].as_str(), Some("started"));
    assert_eq!(
        evidence["when"].as_datetime().map(ToString::to_string),
        Some("2026-11-24T10:00:00+03:00".into())
    );
    assert_eq!(evidence["reference"].as_str(), Some("R-1"));
    assert_eq!(evidence["contact"].as_str(), Some("特维尔大街1号"));
}

#[test]
fn escape_at_text_prompts_goes_back_one_question_in_english() {
    escape_at_text_prompts(&BACK_EN);
}

#[test]
fn escape_at_text_prompts_goes_back_one_question_in_chinese() {
    escape_at_text_prompts(&BACK_ZH);
}

/// A run to its end with the flags answering all but where one is and the stage, at the
/// calendar offered once the record is written.
fn at_the_calendar_offer(dir: &std::path::Path) -> Wizard {
    let mut w = Wizard::start(
        dir,
        &[
            "--operator",
            "mts",
            "--action",
            "cancel",
            "--owner",
            "me",
            "--passport",
            "russian",
            "--yes",
            "--balance",
            "refund",
            "--channel",
            "online",
            "--no-letter",
        ],
    );
    // A plan reminded on the next good day: no date asked.
    for prompt in ["Where are you now?", "planning it?"] {
        w.see(prompt);
        w.keys(ENTER);
    }
    w.see("Record written: ");
    w.see("in a calendar file (.ics) next to the record? [Y/n]");
    w
}

/// At the end the wizard offers the calendar, Enter takes it: the same file `records ics`
/// writes, and the plan no longer sends the user to write it.
#[test]
fn the_calendar_offered_at_the_end_is_the_one_records_ics_writes() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = at_the_calendar_offer(dir.path());
    w.keys(ENTER);
    w.see("Calendar written: ");
    w.see("What happens next:");
    assert_eq!(w.exit_code(), 0, "{}", w.transcript);
    let plan = &w.transcript[w.transcript.find("What happens next:").unwrap()..];
    assert!(plan.contains("simcancel records done "), "{plan}");
    assert!(!plan.contains("records ics"), "{plan}");

    let calendars = |dir: &std::path::Path| -> Vec<std::path::PathBuf> {
        let mut found: Vec<_> = records_in(dir)
            .into_iter()
            .filter(|p| p.extension().is_some_and(|x| x == "ics"))
            .collect();
        found.sort();
        found
    };
    let offered = calendars(dir.path());
    assert_eq!(offered.len(), 1, "{offered:?}");
    let text = fs::read_to_string(&offered[0]).unwrap();
    let unfolded = icalendar::parser::unfold(&text);
    let calendar = icalendar::parser::read_calendar(&unfolded).unwrap();
    let events = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .count();
    assert!(events > 0, "{text}");
    let said = match events {
        1 => "(one event)".to_owned(),
        n => format!("({n} events)"),
    };
    assert!(w.transcript.contains(&said), "{}", w.transcript);

    let record = record_files(dir.path()).remove(0);
    crate::common::simcancel()
        .arg("--records-dir")
        .arg(dir.path())
        .args(["records", "ics"])
        .arg(&record)
        .assert()
        .success();
    let both = calendars(dir.path());
    assert_eq!(both.len(), 2, "{both:?}");
    let again = both.iter().find(|p| **p != offered[0]).unwrap();
    assert_eq!(fs::read_to_string(again).unwrap(), text);
}

/// Ctrl-C at the calendar offer: the record is written already, so the run ends as done,
/// without the calendar, saying so, and with the terminal as it was.
#[test]
fn ctrl_c_at_the_calendar_offer_keeps_the_record_and_ends_as_done() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = at_the_calendar_offer(dir.path());
    // While the key is read: a Ctrl-C in the instant before, while the prompt is drawn,
    // reaches a handler that holds signals once files are written, and the next works.
    std::thread::sleep(std::time::Duration::from_millis(200));
    w.keys("\x03");
    w.see("simcancel records ics ");
    assert_eq!(w.exit_code(), 0, "{}", w.transcript);
    assert!(
        !w.transcript.contains("nothing was written"),
        "{}",
        w.transcript
    );
    assert_eq!(record_files(dir.path()).len(), 1);
    let ics = records_in(dir.path())
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "ics"))
        .count();
    assert_eq!(ics, 0);
    assert!(w.cursor_visible(), "{:?}", w.transcript);
    assert!(w.terminal_is_cooked());
}

/// A calendar that cannot be written at the offer (here the records were moved away
/// meanwhile) is said, the plan still gives the command that writes it, and the run ends as
/// done: the record was saved.
#[test]
fn a_calendar_that_cannot_be_written_at_the_offer_is_said_and_the_run_ends_as_done() {
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("records");
    let mut w = at_the_calendar_offer(&records);
    fs::rename(&records, dir.path().join("moved")).unwrap();
    w.keys(ENTER);
    w.see("simcancel: ");
    w.see("simcancel records ics ");
    assert_eq!(w.exit_code(), 0, "{}", w.transcript);
    assert!(
        !w.transcript.contains("Calendar written"),
        "{}",
        w.transcript
    );
}

/// Keys typed faster than the prompt redraws are all taken as keys: none meets the
/// terminal's own line editing between two reads (where a Backspace erased nothing and
/// was lost, and an arrow key was echoed onto the screen).
#[test]
#[cfg_attr(
    feature = "portable",
    ignore = "only the Unix side has it (README: Windows, macOS and Linux)"
)]
fn keys_typed_in_a_burst_are_all_taken() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::start(
        dir.path(),
        &[
            "--operator",
            "mts",
            "--action",
            "cancel",
            "--owner",
            "me",
            "--abroad",
            "--yes",
            "--balance",
            "none",
            "--channel",
            "hotline",
            "--started",
        ],
    );
    w.see("When was it done?");
    // Clear the default, type a hundred characters and take all but one back, a key a
    // write, with no pause: the prompt redraws after each while the next ones arrive.
    w.keys("\x15");
    for _ in 0..100 {
        w.keys("x");
    }
    for _ in 0..99 {
        w.keys("\x7f");
    }
    w.keys("\x15");
    w.keys("2026-11-24 10:00");
    w.keys(ENTER);
    w.see("Reference or ticket number");
    assert!(!w.transcript.contains("^?"), "{}", w.transcript);
    for _ in 0..100 {
        w.keys("R");
    }
    for _ in 0..99 {
        w.keys("\x7f");
    }
    w.keys(ENTER);
    w.see("Who: store address");
    w.keys("\x1b");
    w.see("Reference or ticket number");
    w.see("[R]");
    w.keys("\x03");
    assert_eq!(w.exit_code(), 130);
}

/// At 80 columns the last screen names each file whole: under the directory they were
/// written in, by name, each on a row of its own, never cut in two by the terminal.
#[test]
fn the_files_written_are_named_whole_at_80_columns() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::start_sized(dir.path(), &[], &[("TERM", "xterm-256color")], 80, 40);
    for prompt in BEFORE_THE_NAME {
        w.see(prompt);
        w.keys(ENTER);
    }
    w.see("The subscriber's name as in the passport");
    w.keys("Li Wei\r");
    for prompt in [
        "Cyrillic",
        "citizenship",
        "phone number being cancelled",
        "planning it?",
    ] {
        w.see(prompt);
        w.keys(ENTER);
    }
    w.see("calendar file");
    w.keys(ENTER);
    w.see("Calendar written: ");
    assert_eq!(w.exit_code(), 0, "{}", w.transcript);
    let rows = w.rows();
    let shown = dir.path().display().to_string();
    assert!(
        rows.iter()
            .any(|r| r.starts_with("Written in ") && r.contains(&shown)),
        "{}",
        rows.join("\n")
    );
    let files = records_in(dir.path());
    assert!(files.len() >= 5, "{files:?}");
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            rows.iter().any(|r| r.contains(&name)),
            "{name} is not whole on one row:\n{}",
            rows.join("\n")
        );
    }
}
