//! The screen as a person sees it, in every language and at every width: prompts redraw
//! in place, nothing above them is erased or duplicated, Ctrl-C says what happened, and
//! nothing is left in English. The expected texts are written out as a user reads them.
#![cfg(unix)]

use crate::common::{DOWN, ENTER, Pinned, Wizard, simcancel, stdout};

const UP: &str = "\x1b[A";
const CTRL_C: &str = "\x03";

/// What a user of one language reads at the prompts these tests walk through.
struct Texts {
    lang: &'static str,
    abroad: &'static str,
    in_russia: &'static str,
    prep: &'static str,
    balance: &'static str,
    channel: &'static str,
    name: &'static str,
    /// The text prompt after the name: its Cyrillic spelling.
    after_name: &'static str,
    stopped: &'static str,
}

const EN: Texts = Texts {
    lang: "en",
    abroad: "Where are you now?",
    in_russia: "In Russia",
    prep: "Tick what you have done",
    balance: "What should happen to the remaining",
    channel: "Where will you do it?",
    name: "The subscriber's name as in",
    after_name: "The subscriber's name in Cyrillic",
    stopped: "Stopped — nothing was written.",
};

const RU: Texts = Texts {
    lang: "ru",
    abroad: "Где вы сейчас?",
    in_russia: "В России",
    prep: "Отметьте, что вы уже сделали",
    balance: "Что сделать с остатком",
    channel: "Где вы будете это делать?",
    name: "Фамилия и имя абонента",
    after_name: "Имя абонента кириллицей",
    stopped: "Остановлено — ничего не записано.",
};

const ZH: Texts = Texts {
    lang: "zh",
    abroad: "你现在在哪里？",
    in_russia: "在俄罗斯",
    prep: "勾选你已完成的事项",
    balance: "余额怎么处理？",
    channel: "你打算通过哪种渠道办理？",
    name: "机主姓名，与护照",
    after_name: "机主姓名的西里尔字母写法",
    stopped: "已停止——没有写入任何内容。",
};

/// Long enough to fold at every width tested, 120 included.
/// A name (letters and spaces, at most 100 characters) that still folds at every width,
/// after the long question.
const LONG_ANSWER: &str =
    "Li Wei Zhang written out long enough to fold at every width the tests use and then some more";

fn start(t: &Texts, cols: u16, home: &std::path::Path) -> Wizard {
    let records = home.join("records");
    Wizard::start_sized(
        &records,
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
        ],
        &[
            ("TERM", "xterm-256color"),
            ("HOME", home.to_str().unwrap()),
            ("SIMCANCEL_NOW", "2026-11-25T11:00:00+03:00"),
        ],
        cols,
        80,
    )
}

/// Everything above the prompt that starts with `anchor` is as it was, and the prompt
/// (or the answer that replaced it) is on the screen once. An answer that folds at the
/// bottom of the screen scrolls it, so rows are compared up from the prompt.
fn unchanged_above(before: &[String], after: &[String], anchor: &str, what: &str) {
    let at = |rows: &[String]| {
        rows.iter()
            .position(|r| r.contains(anchor))
            .unwrap_or_else(|| panic!("{what}: no {anchor:?}:\n{}", rows.join("\n")))
    };
    let (b, a) = (at(before), at(after));
    let n = b.min(a);
    assert!(n >= b.min(3), "{what}: the prompt scrolled out of sight");
    assert_eq!(
        before[b - n..b],
        after[a - n..a],
        "{what}: rows above the prompt changed.\nbefore:\n{}\nafter:\n{}",
        before.join("\n"),
        after.join("\n")
    );
    let seen = after.iter().filter(|r| r.contains(anchor)).count();
    assert_eq!(
        seen,
        1,
        "{what}: {anchor:?} {seen} times:\n{}",
        after.join("\n")
    );
}

/// A list shows one active item, and nothing is left below its last row.
fn one_active_item(after: &[String], anchor: &str, what: &str) {
    let row = after.iter().position(|r| r.contains(anchor)).unwrap();
    let below = &after[row..];
    let active = below.iter().filter(|r| r.starts_with("> ")).count();
    assert_eq!(
        active,
        1,
        "{what}: {active} active items:\n{}",
        after.join("\n")
    );
    let item = |r: &String| r.starts_with("> ") || r.starts_with("  ");
    // The question may fold onto a second row before the items start.
    let first = below.iter().position(item).unwrap();
    let last = below.iter().rposition(|r| !r.is_empty()).unwrap();
    let items = below[first..=last].iter().all(item);
    assert!(
        items,
        "{what}: stray rows after the list:\n{}",
        after.join("\n")
    );
}

/// The rows from the one containing `anchor` to the last written, as one text.
fn from_anchor(rows: &[String], anchor: &str) -> String {
    let row = rows.iter().rposition(|r| r.contains(anchor)).unwrap();
    rows[row..]
        .iter()
        .map(|r| r.trim())
        .collect::<Vec<_>>()
        .join(" ")
}

fn walk(t: &Texts, cols: u16) {
    let what = format!("{} at {cols} columns", t.lang);
    let home = tempfile::tempdir().unwrap();
    let mut w = start(t, cols, home.path());

    // A select: moving the cursor redraws the list in place.
    w.wait_for(t.abroad);
    let before = w.rows();
    for key in [DOWN, UP, DOWN, UP] {
        w.keys(key);
        w.settle();
    }
    let after = w.rows();
    unchanged_above(&before, &after, t.abroad, &format!("select, {what}"));
    one_active_item(&after, t.abroad, &format!("select, {what}"));
    w.keys(ENTER);

    // The checklist: ticking and moving redraw it in place, wrapped items included.
    w.wait_for(t.prep);
    // A question ends with its question mark: no colon after it, in any language.
    let colon = if t.abroad.ends_with(['？', '?']) {
        ""
    } else {
        ":"
    };
    let answer = format!("{}{colon} {}", t.abroad, t.in_russia);
    assert!(w.rows().contains(&answer), "{what}: no {answer:?}");
    let before = w.rows();
    // All but one of the nine items.
    for _ in 0..8 {
        w.keys(" ");
        w.settle();
        w.keys(DOWN);
        w.settle();
    }
    let after = w.rows();
    unchanged_above(&before, &after, t.prep, &format!("checklist, {what}"));
    one_active_item(&after, t.prep, &format!("checklist, {what}"));
    w.keys(ENTER);

    w.wait_for(t.balance);

    // A select with items that fold at narrow widths.
    let before = w.rows();
    for key in [UP, UP, DOWN, DOWN] {
        w.keys(key);
        w.settle();
    }
    let after = w.rows();
    unchanged_above(&before, &after, t.balance, &format!("balance, {what}"));
    one_active_item(&after, t.balance, &format!("balance, {what}"));
    w.keys(ENTER);
    w.wait_for(t.channel);
    w.keys(ENTER);

    // A text prompt whose answer folds: once answered, the question and the answer are
    // on the screen once, with no stale row of the typing left.
    w.wait_for(t.name);
    let before = w.rows();
    w.keys(LONG_ANSWER);
    w.settle();
    w.keys(ENTER);
    w.wait_for(t.after_name);
    let after = w.rows();
    unchanged_above(&before, &after, t.name, &format!("text, {what}"));
    let stale = after.iter().filter(|r| r.contains("Li Wei")).count();
    assert_eq!(stale, 1, "text, {what}:\n{}", after.join("\n"));
    assert!(
        !after.iter().any(|r| r.starts_with("› L")),
        "text, {what}: the input line is left:\n{}",
        after.join("\n")
    );
    let number_row = after
        .iter()
        .rposition(|r| r.contains(t.after_name))
        .unwrap();
    let answered = from_anchor(&after[..number_row], t.name);
    let words: Vec<&str> = LONG_ANSWER.split(' ').collect();
    assert!(
        answered.contains(&words.join(" ")),
        "text, {what}: the whole answer is shown: {answered:?}"
    );

    // Ctrl-C at the next text prompt: a newline, then what happened.
    w.keys("8916");
    w.settle();
    w.keys(CTRL_C);
    assert_eq!(w.exit_code(), 130, "{what}");
    let rows = w.rows();
    let last = rows.iter().rposition(|r| !r.is_empty()).unwrap();
    assert_eq!(rows[last], t.stopped, "{what}:\n{}", rows.join("\n"));
    assert!(
        rows[last - 1].ends_with("8916"),
        "{what}:\n{}",
        rows.join("\n")
    );
}

macro_rules! widths {
    ($($name:ident: $texts:expr, $cols:expr;)*) => {
        $(
            #[test]
            fn $name() {
                walk(&$texts, $cols);
            }
        )*
    };
}

widths! {
    english_at_40_columns: EN, 40;
    english_at_60_columns: EN, 60;
    english_at_80_columns: EN, 80;
    english_at_120_columns: EN, 120;
    russian_at_40_columns: RU, 40;
    russian_at_60_columns: RU, 60;
    russian_at_80_columns: RU, 80;
    russian_at_120_columns: RU, 120;
    chinese_at_40_columns: ZH, 40;
    chinese_at_60_columns: ZH, 60;
    chinese_at_80_columns: ZH, 80;
    chinese_at_120_columns: ZH, 120;
}

/// Ctrl-C at a select and at the checklist: the message on a row of its own.
fn ctrl_c_at_each_list(t: &Texts) {
    for stop in 0..2 {
        let home = tempfile::tempdir().unwrap();
        let mut w = start(t, 80, home.path());
        w.wait_for(t.abroad);
        if stop > 0 {
            w.keys(ENTER);
            w.wait_for(t.prep);
        }
        w.keys(CTRL_C);
        assert_eq!(w.exit_code(), 130, "{} at prompt {stop}", t.lang);
        let rows = w.rows();
        assert!(
            rows.iter().any(|r| r == t.stopped),
            "{} at prompt {stop}:\n{}",
            t.lang,
            rows.join("\n")
        );
        assert!(w.cursor_visible() && w.terminal_is_cooked());
    }
}

#[test]
fn ctrl_c_at_a_list_says_nothing_was_written_in_english() {
    ctrl_c_at_each_list(&EN);
}

#[test]
fn ctrl_c_at_a_list_says_nothing_was_written_in_russian() {
    ctrl_c_at_each_list(&RU);
}

#[test]
fn ctrl_c_at_a_list_says_nothing_was_written_in_chinese() {
    ctrl_c_at_each_list(&ZH);
}

/// clap's own words, as it writes them in English.
const CLAP_ENGLISH: &[&str] = &[
    "Usage",
    "Commands:",
    "Options:",
    "Arguments:",
    "Print this message or the help of the given subcommand(s)",
    "Print help",
    "Print version",
    "see more with",
    "see a summary with",
    "[default:",
    "[env:",
    "possible values",
    "Possible values",
];

#[test]
fn help_in_russian_and_chinese_has_no_english_clap_words_left() {
    let headings = [
        ("ru", ["Использование: simcancel", "Команды:", "Параметры:"]),
        ("zh", ["用法：simcancel", "命令：", "选项："]),
    ];
    for (lang, words) in headings {
        for args in [
            &["--help"][..],
            &["-h"],
            &["help"],
            &["operators", "--help"],
            &["records", "--help"],
            &["check-data", "--help"],
            &["help", "records"],
        ] {
            let text = stdout(simcancel().lang(lang).args(args));
            for english in CLAP_ENGLISH {
                assert!(
                    !text.contains(english),
                    "{lang} {args:?} still says {english:?}:\n{text}"
                );
            }
        }
        let text = stdout(simcancel().lang(lang).args(["--help"]));
        for word in words {
            assert!(text.contains(word), "{lang}: no {word:?}:\n{text}");
        }
    }
}
