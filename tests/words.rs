//! Words a clerk accepts and a reader trusts: the letter as printed by real runs (the
//! shipped table's are kept in data/examples, see `data.rs`), one term per idea
//! (data/locales/GLOSSARY.md), and guidance that fits the channel.

use std::fs;
use std::path::PathBuf;

use crate::common::{Pinned, shipped, simcancel, stdout, streams, written};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A banned variant counts only where it is not part of the term to use (停机 inside 停机保号).
fn banned_at(text: &str, banned: &str, allowed: &[String]) -> Option<usize> {
    let text = text.to_lowercase();
    let banned = banned.to_lowercase();
    let covered = |at: usize| {
        allowed.iter().any(|term| {
            let term = term.to_lowercase();
            text.match_indices(&term)
                .any(|(i, _)| i <= at && at + banned.len() <= i + term.len())
        })
    };
    text.match_indices(&banned)
        .map(|(i, _)| i)
        .find(|&i| !covered(i))
}

/// Backticked terms in a table cell.
fn terms(cell: &str) -> Vec<String> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// Per language: (terms to use, variants never used) from the glossary's tables.
fn glossary() -> Vec<(&'static str, Vec<String>, Vec<String>)> {
    let text = read("data/locales/GLOSSARY.md");
    let mut out: Vec<(&'static str, Vec<String>, Vec<String>)> = Vec::new();
    let mut lang = None;
    for line in text.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            lang = ["en", "ru", "zh"]
                .into_iter()
                .find(|l| heading.ends_with(&format!("({l})")));
            if let Some(l) = lang {
                out.push((l, Vec::new(), Vec::new()));
            }
            continue;
        }
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if lang.is_none() || cells.len() != 5 || cells[1] == "idea" || cells[1].starts_with("---") {
            continue;
        }
        let entry = out.last_mut().unwrap();
        entry.1.extend(terms(cells[2]));
        entry.2.extend(terms(cells[3]));
    }
    out
}

/// Every string under a key named `lang` in the operator table, with where it is.
fn table_texts(lang: &str) -> Vec<(String, String)> {
    fn walk(v: &toml::Value, path: &str, lang: &str, out: &mut Vec<(String, String)>) {
        match v {
            toml::Value::Table(t) => {
                for (k, v) in t {
                    let here = format!("{path}.{k}");
                    match v {
                        toml::Value::String(s) if k == lang => out.push((here, s.clone())),
                        _ => walk(v, &here, lang, out),
                    }
                }
            }
            toml::Value::Array(a) => {
                for (i, v) in a.iter().enumerate() {
                    walk(v, &format!("{path}[{i}]"), lang, out);
                }
            }
            _ => {}
        }
    }
    let table = toml::Value::Table(read("data/operators.toml").parse().unwrap());
    let mut out = Vec::new();
    walk(&table, "operators.toml", lang, &mut out);
    out
}

/// The message lines of the Fluent files in `lang` (comments are not read by anyone).
fn fluent_texts(lang: &str) -> Vec<(String, String)> {
    let mut files = vec![format!("{lang}.ftl"), format!("help.{lang}.ftl")];
    if lang == "ru" {
        files.push("counter.ru.ftl".to_owned());
    }
    files
        .iter()
        .flat_map(|f| {
            read(&format!("data/locales/{f}"))
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim_start().starts_with('#'))
                .map(|(n, l)| (format!("{f}:{}", n + 1), l.to_owned()))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_glossary_check_finds_a_variant_and_spares_the_term_that_contains_it() {
    let allowed = vec!["停机保号".to_owned()];
    assert_eq!(banned_at("办理停机保号", "停机", &allowed), None);
    assert!(banned_at("欠费停机", "停机", &allowed).is_some());
    assert!(banned_at("Онлайн-Каналы", "канал", &[]).is_some());
}

#[test]
fn the_glossary_is_followed_in_every_text() {
    let glossary = glossary();
    let langs: Vec<&str> = glossary.iter().map(|g| g.0).collect();
    assert_eq!(langs, ["en", "ru", "zh"], "a table per language");
    let zh = &glossary[2];
    for term in ["销号", "解除合同", "停机保号", "非官方来源"] {
        assert!(zh.1.iter().any(|t| t == term), "zh uses {term}");
    }
    let ru = &glossary[1];
    assert!(ru.2.iter().any(|t| t == "канал"), "{:?}", ru.2);
    let mut found = Vec::new();
    for (lang, allowed, banned) in &glossary {
        let texts = fluent_texts(lang).into_iter().chain(table_texts(lang));
        for (place, text) in texts {
            for b in banned {
                if banned_at(&text, b, allowed).is_some() {
                    found.push(format!("{place}: `{b}` in {text}"));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "variants the glossary bans:\n{}",
        found.join("\n")
    );
}

#[test]
fn chinese_brackets_are_never_nested() {
    let texts = fluent_texts("zh").into_iter().chain(table_texts("zh"));
    let nested: Vec<String> = texts
        .filter(|(_, t)| {
            let mut depth = 0i32;
            t.chars().any(|c| {
                match c {
                    '（' => depth += 1,
                    '）' => depth -= 1,
                    _ => {}
                }
                depth > 1
            })
        })
        .map(|(place, t)| format!("{place}: {t}"))
        .collect();
    assert!(nested.is_empty(), "{}", nested.join("\n"));
}

#[test]
fn a_follow_up_line_has_one_colon() {
    for lang in ["en", "ru", "zh"] {
        for (place, line) in fluent_texts(lang) {
            if let Some(text) = line.strip_prefix("follow-") {
                let value = text.split_once(" = ").unwrap().1;
                // Only the text counts, not a placeable's own `case: "via"`.
                let value: String = value
                    .split('{')
                    .map(|part| part.split_once('}').map_or(part, |(_, after)| after))
                    .collect();
                assert!(
                    !value.contains(':') && !value.contains('：'),
                    "{place}: printed after `date:`, so a second colon: {value}"
                );
            }
        }
    }
}

const STUDENT: [&str; 8] = [
    "--lang",
    "zh",
    "--name",
    "LI WEI",
    "--name-ru",
    "ЛИ ВЭЙ",
    "--citizenship",
    "CN",
];

#[test]
fn a_chinese_students_letter_for_each_operator() {
    for op in ["mts", "beeline", "megafon", "t2", "yota"] {
        let args = [
            &STUDENT[..],
            &[
                "--operator",
                op,
                "--channel",
                "store",
                "--balance",
                "refund",
            ],
        ]
        .concat();
        let letter = written(simcancel().args(&args), "_letter.txt");
        for line in [
            "Заявитель (абонент): ЛИ ВЭЙ (LI WEI)\n",
            "Гражданство: Китайская Народная Республика\n",
            "№ __________ (при наличии)",
            "на счёт абонента в российском банке",
            "\nПолучатель: ЛИ ВЭЙ (LI WEI)\n",
            "\nБИК: ",
            "\nКорреспондентский счёт: ",
            "\nСчёт получателя (20 цифр): ",
            "Прошу выдать документ, подтверждающий расторжение договора.",
            "/ ЛИ ВЭЙ (LI WEI) /",
        ] {
            assert!(letter.contains(line), "{op}: missing {line:?}:\n{letter}");
        }
        assert!(!letter.contains("Место подачи"), "{letter}");
        assert!(!letter.contains("Приложение"), "{letter}");
    }
}

#[test]
fn a_name_in_chinese_characters_is_refused_before_any_guidance() {
    let out = simcancel()
        .args(["--lang", "zh", "--operator", "mts", "--channel", "store"])
        .args(["--name", "李伟"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing printed before the error");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--name 李伟") && err.contains("LI WEI"),
        "{err}"
    );
}

#[test]
fn a_representatives_letter_cites_the_power_of_attorney_and_attaches_it() {
    let args = [
        &STUDENT[..],
        &[
            "--operator",
            "mts",
            "--channel",
            "store",
            "--owner",
            "other",
        ],
    ]
    .concat();
    let letter = written(simcancel().args(&args), "_letter.txt");
    for line in [
        "Представитель (Ф. И. О.): ______________________________\nГражданство представителя: ____",
        "на основании нотариальной доверенности № __________ от «___» ____________ 20___ г.",
        "Документ, удостоверяющий личность представителя",
        "Приложение: копия нотариальной доверенности № __________ от ____________ (оригинал предъявлен).",
        "/ ______________________________ /",
        "(подпись и Ф. И. О. представителя по доверенности)",
    ] {
        assert!(letter.contains(line), "missing {line:?}:\n{letter}");
    }
    assert!(
        !letter.contains("/ ЛИ ВЭЙ (LI WEI) /"),
        "the representative signs"
    );
}

#[test]
fn a_refund_from_abroad_is_an_application_without_a_counter() {
    let args = [
        &STUDENT[..],
        &["--operator", "beeline", "--abroad", "--channel", "online"],
        &["--balance", "refund"],
    ]
    .concat();
    let letter = written(simcancel().args(&args), "_letter.txt");
    assert!(letter.contains("ЗАЯВЛЕНИЕ\nо возврате остатка денежных средств\n"));
    assert!(!letter.contains("расторг"), "{letter}");
}

#[test]
fn abroad_runs_never_send_the_user_to_a_counter() {
    let counter = [
        (
            "en",
            ["at the counter", "Bring:", "in a store?", "Bring the owner"],
        ),
        (
            "ru",
            [
                "в салоне:",
                "Возьмите с собой",
                "в салоне связи?",
                "сотруднику салона",
            ],
        ),
        (
            "zh",
            ["在柜台", "需要携带", "在营业厅解除合同需要", "和机主一起去"],
        ),
    ];
    for op in ["mts", "beeline", "megafon", "t2", "yota"] {
        for (action, channel) in [
            ("cancel", "online"),
            ("cancel", "hotline"),
            ("suspend", "online"),
            ("suspend", "hotline"),
        ] {
            for (lang, never) in &counter {
                let args = [
                    "--operator",
                    op,
                    "--action",
                    action,
                    "--channel",
                    channel,
                    "--abroad",
                    "--owner",
                    "other",
                ];
                // A suspension keeps its balance: the flag is for cancelling only.
                let balance: &[&str] = if action == "cancel" {
                    &["--balance", "refund"]
                } else {
                    &[]
                };
                let dir = tempfile::tempdir().unwrap();
                let out = simcancel()
                    .args(["--lang", lang])
                    .args(args)
                    .args(balance)
                    .records(dir.path())
                    .output()
                    .unwrap();
                if out.status.code() == Some(2) {
                    // Not offered this way: refused before any guidance.
                    assert!(
                        out.stdout.is_empty(),
                        "{op} {action} {channel} {lang}: {out:?}"
                    );
                    continue;
                }
                let text = String::from_utf8(out.stdout).unwrap();
                for phrase in never {
                    assert!(
                        !text.contains(phrase),
                        "{op} {action} {channel} abroad, {lang}: {phrase:?} in\n{text}"
                    );
                }
            }
        }
    }
}

#[test]
fn online_runs_get_phrases_for_the_chat_and_store_runs_for_the_counter() {
    let online = stdout(simcancel().lang("en").args([
        "--operator",
        "mts",
        "--abroad",
        "--channel",
        "online",
    ]));
    assert!(
        online.contains("Copy these into the support chat:"),
        "{online}"
    );
    assert!(
        online.contains("Я за границей и не могу прийти в салон связи: как расторгнуть договор?"),
        "{online}"
    );
    assert!(!online.contains("Что нужно, чтобы расторгнуть договор в салоне связи?"));
    let store = stdout(
        simcancel()
            .lang("en")
            .args(["--operator", "mts", "--channel", "store"]),
    );
    assert!(store.contains("Show these at the counter:"), "{store}");
    assert!(store.contains("Bring:"), "{store}");
    assert!(store.contains("two copies"), "{store}");
    let hotline =
        stdout(
            simcancel()
                .lang("zh")
                .args(["--operator", "mts", "--channel", "hotline"]),
        );
    assert!(hotline.contains("在电话里照着念这些句子："), "{hotline}");
    assert!(!hotline.contains("需要携带"), "{hotline}");
}

/// Runs that between them print every kind of screen from flags.
const RUNS: [&[&str]; 6] = [
    &[
        "--operator",
        "mts",
        "--action",
        "decide",
        "--need-again",
        "yes",
        "--back-in",
        "44",
    ],
    &[
        "--operator",
        "megafon",
        "--action",
        "transfer",
        "--channel",
        "store",
    ],
    &["--operator", "beeline", "--action", "keep", "--ics"],
    &[
        "--operator",
        "mts",
        "--action",
        "suspend",
        "--channel",
        "hotline",
        "--started",
    ],
    &[
        "--operator",
        "t2",
        "--channel",
        "store",
        "--abroad",
        "--representative",
        "--balance",
        "refund",
    ],
    &["--operator", "megafon", "--action", "decide", "--abroad"],
];

#[test]
fn russian_grammar_declines_operators_counts_and_never_nests_labels() {
    let ru = stdout(simcancel().lang("ru").args(RUNS[0]));
    assert!(ru.contains("Номер МТС: варианты"), "{ru}");
    let ru = stdout(
        simcancel()
            .lang("ru")
            .args(["--operator", "megafon", "--action", "decide"]),
    );
    assert!(ru.contains("Номер МегаФона: варианты"), "{ru}");
    assert!(!ru.contains("Номер МегаФон:"), "{ru}");
    let ru = stdout(
        simcancel()
            .lang("ru")
            .args(["--operator", "beeline", "--action", "keep"]),
    );
    assert!(ru.contains("Как сохранить номер Билайна,"), "{ru}");
    // Plurals by CLDR category: 1 день, 2 дня, 5 дней — and a non-breaking space.
    let ru = stdout(simcancel().fixture().lang("ru").args([
        "--operator",
        "charlie",
        "--action",
        "keep",
    ]));
    assert!(ru.contains("Через 90\u{a0}дней — с "), "{ru}");
    assert!(!ru.contains("дн."), "{ru}");
    // A follow-up names the action and the channel in words, never nested in brackets.
    let dir = tempfile::tempdir().unwrap();
    streams(simcancel().lang("ru").records(dir.path()).args(RUNS[3]));
    let (listing, _) = streams(simcancel().lang("ru").records(dir.path()).args(["records"]));
    // Wrapped to 80 columns: the words, not the line breaks, are what is said.
    let listing = listing.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        listing.contains("Довести до конца по горячей линии — добровольная блокировка."),
        "{listing}"
    );
    assert!(!listing.contains("(Приостановить"), "{listing}");
}

#[test]
fn a_declined_name_falls_back_to_the_data_name_for_an_operator_without_forms() {
    // No operator of the fixture has case forms in ru.ftl: its name is shown as the data
    // writes it.
    let ru = stdout(simcancel().fixture().lang("ru").args([
        "--operator",
        "charlie",
        "--action",
        "decide",
    ]));
    assert!(ru.contains("Номер Чарли Тест: варианты"), "{ru}");
}

#[test]
fn roubles_are_written_as_each_language_writes_money() {
    // A block that costs 1.1 RUB a day after its free days.
    let decide = [
        "--operator",
        "alfa",
        "--action",
        "decide",
        "--need-again",
        "yes",
        "--back-in",
        "44",
    ];
    let guidance = |lang| stdout(simcancel().fixture().lang(lang).args(decide));
    let ru = guidance("ru");
    assert!(ru.contains("Затем 1,10\u{a0}₽ в\u{a0}день"), "{ru}");
    let en = guidance("en");
    assert!(en.contains("Then 1.10\u{a0}RUB a day"), "{en}");
    let zh = guidance("zh");
    assert!(zh.contains("之后每天 1.10 卢布"), "{zh}");
    for (lang, text) in [("ru", &ru), ("en", &en), ("zh", &zh)] {
        let bad = bad_sums(lang, text);
        assert!(bad.is_empty(), "{lang}: {bad:?} in\n{text}");
    }
    // Sums the texts write out themselves (a fee in a fact, an old price).
    for lang in ["en", "ru", "zh"] {
        for (place, text) in fluent_texts(lang).into_iter().chain(table_texts(lang)) {
            let bad = bad_sums(lang, &text);
            assert!(bad.is_empty(), "{place}: {bad:?} in {text}");
        }
    }
}

/// `1.1 ₽`, `3.3 RUB`: a sum of money with one decimal, or with a point in Russian.
fn bad_sums(lang: &str, text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split([' ', '\u{a0}', '(', ')']).collect();
    let mut bad = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let unit = words.get(i + 1).copied().unwrap_or_default();
        if !["₽", "RUB", "卢布"].iter().any(|u| unit.starts_with(u)) {
            continue;
        }
        let n = w.trim_start_matches(|c: char| !c.is_ascii_digit());
        // The decimal mark: a comma in Russian, a point elsewhere (where a comma groups).
        let mark = if lang == "ru" { ',' } else { '.' };
        let one_decimal = n.split_once(mark).is_some_and(|(_, frac)| {
            frac.trim_end_matches(|c: char| !c.is_ascii_digit()).len() != 2
        });
        if one_decimal || (lang == "ru" && n.contains('.')) {
            bad.push(format!("{w} {unit}"));
        }
    }
    bad
}

/// A colon right after a Chinese character or a full-width bracket, as `--help`, prompts
/// and guidance must not print it.
fn half_width_colons(text: &str) -> Vec<String> {
    found_in_context(text, 2, 8, |w| {
        w[1] == ':' && simcancel::i18n::is_wide(w[0])
    })
}

/// Every run of `len` characters of `text` that `bad` finds, with 12 characters before it
/// and `after` from its start, to say where it is.
fn found_in_context(
    text: &str,
    len: usize,
    after: usize,
    bad: impl Fn(&[char]) -> bool,
) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(len)
        .enumerate()
        .filter(|(_, w)| bad(w))
        .map(|(i, _)| {
            chars[i.saturating_sub(12)..(i + after).min(chars.len())]
                .iter()
                .collect()
        })
        .collect()
}

#[test]
fn chinese_text_is_followed_by_full_width_colons_everywhere() {
    assert_eq!(half_width_colons("选项: a"), ["选项: a"]);
    assert!(half_width_colons("选项：a, zsh: x").is_empty());
    let mut found = Vec::new();
    for args in [&["--help"][..], &["records", "--help"], &["operators"]] {
        let (out, _) = streams(simcancel().lang("zh").args(args));
        found.extend(half_width_colons(&out));
    }
    for run in RUNS {
        found.extend(half_width_colons(&stdout(simcancel().lang("zh").args(run))));
    }
    for (place, text) in fluent_texts("zh").into_iter().chain(table_texts("zh")) {
        found.extend(
            half_width_colons(&text)
                .into_iter()
                .map(|t| format!("{place}: {t}")),
        );
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn no_question_ends_with_a_colon_after_its_question_mark() {
    for lang in ["en", "ru", "zh"] {
        for (place, line) in fluent_texts(lang) {
            if let Some((_, value)) = line.split_once(" = ") {
                let value = value.trim_end();
                assert!(
                    !["?:", "？：", "?："].iter().any(|q| value.contains(q)),
                    "{place}: {value}"
                );
            }
        }
    }
    // The code adds a prompt's colon (see `theme::asked`); what it prints, a legend
    // included, is read whole.
    for lang in ["en", "ru", "zh"] {
        for run in RUNS {
            let out = stdout(simcancel().lang(lang).args(run));
            for q in ["?:", "？：", "?："] {
                assert!(!out.contains(q), "{lang} {run:?}: `{q}` in\n{out}");
            }
        }
    }
}

/// The words of `text` that are an id a person should never see, file names left out.
fn raw_ids(text: &str) -> Vec<String> {
    // In English `cancel` and `suspend` are words; the ids shown raw were these.
    const IDS: [&str; 6] = ["transfer", "gosuslugi", "mts", "megafon", "beeline", "t2"];
    text.split(|c: char| c.is_whitespace() || "()（）,，:：;；。“”«»".contains(c))
        .map(|w| w.trim_end_matches(['.', '!', '?']))
        // Paths, file names and sites (`megafon.ru`) are not labels.
        .filter(|w| !w.contains(['/', '\\', '_', '-', '#', '.']))
        .filter(|w| IDS.contains(w))
        .map(str::to_owned)
        .collect()
}

#[test]
fn no_action_channel_or_operator_id_reaches_a_person() {
    assert_eq!(raw_ids("继续办理（transfer，营业厅）"), ["transfer"]);
    assert!(raw_ids("a_megafon_transfer_store.toml #1").is_empty());
    for lang in ["en", "ru", "zh"] {
        let dir = tempfile::tempdir().unwrap();
        let mut seen = String::new();
        for run in [RUNS[1], RUNS[2], RUNS[3]] {
            seen += &streams(
                simcancel()
                    .lang(lang)
                    .records(dir.path())
                    .args([run, &["--planned"]].concat()),
            )
            .0;
        }
        let (listing, _) = streams(simcancel().lang(lang).records(dir.path()).args(["records"]));
        seen += &listing;
        let files: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        for f in &files {
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with(".toml") {
                seen += &streams(
                    simcancel()
                        .lang(lang)
                        .records(dir.path())
                        .args(["records", "show", &name]),
                )
                .0;
                streams(
                    simcancel()
                        .lang(lang)
                        .records(dir.path())
                        .args(["records", "ics", &name]),
                );
            }
        }
        for f in fs::read_dir(dir.path()).unwrap() {
            let path = f.unwrap().path();
            if path.extension().is_some_and(|e| e == "ics") {
                let ics = fs::read_to_string(&path).unwrap();
                for line in ics.lines().filter(|l| l.starts_with("SUMMARY:")) {
                    seen += line.trim_start_matches("SUMMARY:");
                    seen.push('\n');
                }
            }
        }
        // Flags and file names are ids by nature; the guidance around them is not.
        let words: String = seen
            .lines()
            .filter(|l| !l.contains("--"))
            .collect::<Vec<_>>()
            .join("\n");
        let ids = raw_ids(&words);
        assert!(ids.is_empty(), "{lang}: {ids:?} in\n{words}");
    }
}

#[test]
fn an_os_error_is_told_in_the_readers_language() {
    let (_, err) = streams(simcancel().lang("zh").args([
        "--operator",
        "mts",
        "--channel",
        "online",
        "--completed",
        "--file",
        "/nonexistent/nope.jpg",
    ]));
    assert!(err.contains("没有这个文件或目录"), "{err}");
    assert!(!err.contains("No such file"), "{err}");
    // A record asked for by a name that is not there: the system's reason, translated.
    let dir = tempfile::tempdir().unwrap();
    for (lang, said) in [("zh", "没有这个文件或目录"), ("ru", "нет такого файла")]
    {
        for command in ["show", "card", "ics"] {
            let (_, err) = streams(simcancel().lang(lang).records(dir.path()).args([
                "records",
                command,
                "nope.toml",
            ]));
            assert!(err.contains(said), "{lang} records {command}: {err}");
            assert!(
                !err.contains("No such file"),
                "{lang} records {command}: {err}"
            );
        }
    }
}

#[test]
fn gosuslugi_is_glossed_once_a_screen_and_headings_fit_the_channel() {
    for run in RUNS {
        let zh = stdout(simcancel().lang("zh").args(run));
        for screen in zh.split("\n\n") {
            assert!(
                screen.matches("国家服务").count() <= 1,
                "{run:?}: glossed twice on one screen:\n{screen}"
            );
        }
    }
    let hotline = [
        "--operator",
        "mts",
        "--action",
        "suspend",
        "--channel",
        "hotline",
    ];
    let online = ["--operator", "mts", "--channel", "gosuslugi", "--abroad"];
    for (lang, call, online_title, go) in [
        ("en", "When to call", "When to do it", "When to go"),
        ("ru", "Когда звонить", "Когда это делать", "Когда идти"),
        ("zh", "什么时候打电话", "什么时候办", "什么时候去"),
    ] {
        let out = stdout(simcancel().lang(lang).args(hotline));
        assert!(out.contains(call) && !out.contains(go), "{lang}: {out}");
        let out = stdout(simcancel().lang(lang).args(online));
        assert!(
            out.contains(online_title) && !out.contains(go),
            "{lang}: {out}"
        );
    }
}

/// Two Chinese characters with a space between them: Chinese leaves none, whatever ends
/// in 日 (a date) or 营业厅 (a channel's label) and whatever follows.
fn spaced_chinese(text: &str) -> Vec<String> {
    let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    found_in_context(text, 3, 12, |w| han(w[0]) && w[1] == ' ' && han(w[2]))
}

#[test]
fn chinese_leaves_no_space_between_chinese_characters() {
    assert_eq!(spaced_chinese("2026 年 12 月 19 日 之前免费").len(), 1);
    assert!(spaced_chinese("2026 年 12 月 19 日之前，在 Gosuslugi 上办理").is_empty());
    let dir = tempfile::tempdir().unwrap();
    let mut seen = String::new();
    let online: &[&str] = &["--operator", "mts", "--channel", "online"];
    for run in RUNS.iter().copied().chain([online]) {
        let (out, err) = streams(simcancel().lang("zh").records(dir.path()).args(run));
        seen += &out;
        seen += &err;
    }
    // Refusals: a sentence joined to another, a channel that cannot finish.
    for run in [
        &["--operator", "alfa", "--channel", "store", "--abroad"][..],
        &["--operator", "alfa", "--channel", "online", "--completed"],
    ] {
        seen += &streams(simcancel().fixture().lang("zh").args(run)).1;
    }
    for f in fs::read_dir(dir.path()).unwrap() {
        let path = f.unwrap().path();
        if path.to_string_lossy().ends_with("_guide.txt") {
            seen += &fs::read_to_string(&path).unwrap();
        }
    }
    let found = spaced_chinese(&seen);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn a_route_that_cannot_finish_says_both_channels_as_a_sentence_does() {
    let refused = |lang| {
        streams(simcancel().fixture().lang(lang).args([
            "--operator",
            "alfa",
            "--channel",
            "online",
            "--completed",
        ]))
        .1
    };
    let en = refused("en");
    assert!(
        en.contains("this cannot be finished online alone")
            && en.contains("(finish it in a store)"),
        "{en}"
    );
    let ru = refused("ru");
    assert!(
        ru.contains("онлайн дело до конца не довести")
            && ru.contains("(завершить можно в салоне связи)"),
        "{ru}"
    );
    let zh = refused("zh");
    assert!(zh.contains("（要办完，请去营业厅办理）"), "{zh}");
    // The wizard's own note on the same route, without a terminal.
    let zh = stdout(simcancel().fixture().lang("zh").args([
        "--operator",
        "alfa",
        "--channel",
        "online",
    ]));
    assert!(zh.contains("要办完，请去营业厅办理。"), "{zh}");
}

#[test]
fn an_operator_is_listed_with_its_russian_name_once() {
    for lang in ["en", "ru", "zh"] {
        let out = stdout(simcancel().lang(lang).args(["operators"]));
        for op in shipped().operators {
            let ru = op.name.get(simcancel::i18n::Lang::Ru);
            let row = out
                .lines()
                .find(|l| l.split_whitespace().next() == Some(op.id()))
                .unwrap_or_else(|| panic!("{lang}: no row for {}:\n{out}", op.id()));
            assert!(row.matches(ru).count() <= 1, "{lang}: {row}");
            // One aside a name: never a second pair of brackets after the first.
            assert!(
                !row.contains(") (") && !row.contains("） (") && !row.contains("）（"),
                "{lang}: {row}"
            );
        }
    }
}

#[test]
fn letting_a_number_lapse_is_not_called_closing_it() {
    let lapse = ["--operator", "charlie", "--action", "lapse"];
    let ru = stdout(simcancel().fixture().lang("ru").args(lapse));
    assert!(ru.contains("Прежде чем номер заберут"), "{ru}");
    assert!(!ru.contains("Прежде чем закрыть номер"), "{ru}");
    let zh = stdout(simcancel().fixture().lang("zh").args(lapse));
    assert!(zh.contains("号码被收回之前"), "{zh}");
    assert!(!zh.contains("销号之前"), "{zh}");
}

#[test]
fn a_chinese_menu_line_has_one_colon() {
    // A menu line is `label：hint` in Chinese: a hint's own colon would be a second.
    for (place, line) in fluent_texts("zh") {
        let Some((key, value)) = line.split_once(" = ") else {
            continue;
        };
        if (key.starts_with("action-") || key.starts_with("channel-")) && key.ends_with("-hint") {
            assert!(!value.contains('：'), "{place}: {value}");
        }
    }
}

/// Where a Russian text leaves `name` in the nominative after a word that declines it
/// («номером МегаФон», «у Билайн»): the word and the name, each time.
fn undeclined(text: &str, name: &str) -> Vec<String> {
    // A noun or preposition that puts the operator's name after it in another case.
    const GOVERNS: [&str; 10] = [
        "номер",
        "блокировк",
        "услови",
        "приложени",
        "сайт",
        "салон",
        "офис",
        "абонент",
        "тариф",
        "клиент",
    ];
    const PREPOSITIONS: [&str; 6] = ["с", "у", "от", "до", "для", "без"];
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(name) {
        let before = &rest[..at];
        let after = rest[at + name.len()..].chars().next();
        rest = &rest[at + name.len()..];
        if after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        // The word just before, with nothing but a space between.
        if !before.ends_with(' ') {
            continue;
        }
        let word: String = before
            .trim_end()
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<String>()
            .to_lowercase();
        if PREPOSITIONS.contains(&word.as_str()) || GOVERNS.iter().any(|g| word.starts_with(g)) {
            found.push(format!("{word} {name}"));
        }
    }
    found
}

#[test]
fn russian_never_leaves_an_operator_undeclined_after_a_word_that_declines_it() {
    assert_eq!(
        undeclined("Если просто не пользоваться номером МегаФон", "МегаФон"),
        ["номером МегаФон"]
    );
    assert!(undeclined("номер МегаФона; в МегаФон; Что МегаФон", "МегаФон").is_empty());
    let lang = simcancel::i18n::Lang::Ru;
    let dir = tempfile::tempdir().unwrap();
    let mut found = Vec::new();
    for op in shipped().operators {
        let id = format!("operator-{}", op.id());
        let (Some(nom), Some(genitive)) = (
            simcancel::i18n::term(lang, &id, "nom"),
            simcancel::i18n::term(lang, &id, "gen"),
        ) else {
            continue;
        };
        if nom == genitive {
            continue;
        }
        let mut seen = String::new();
        for run in [
            &[
                "--action",
                "decide",
                "--need-again",
                "yes",
                "--back-in",
                "44",
            ][..],
            &["--action", "keep"],
            &["--action", "lapse"],
            &["--action", "suspend", "--channel", "hotline"],
            &["--channel", "store", "--balance", "refund"],
            &["--channel", "online", "--abroad"],
        ] {
            let (out, err) = streams(
                simcancel()
                    .lang("ru")
                    .records(dir.path())
                    .args(["--operator", op.id()])
                    .args(run),
            );
            seen += &out;
            seen += &err;
        }
        found.extend(undeclined(&seen, &nom));
    }
    let (listing, _) = streams(simcancel().lang("ru").records(dir.path()).args(["records"]));
    for op in ["megafon", "beeline"] {
        if let Some(nom) = simcancel::i18n::term(lang, &format!("operator-{op}"), "nom") {
            found.extend(undeclined(&listing, &nom));
        }
    }
    assert!(found.is_empty(), "{found:?}");
}
