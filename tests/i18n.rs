//! Languages: every message exists in every language and is used; the language comes
//! from the right place; the letter and the layout hold in every script.

use std::collections::BTreeSet;
use std::env::consts::EXE_SUFFIX;
use std::fs;
use std::path::Path;

use predicates::prelude::*;
use simcancel::answers::Balance;
use simcancel::i18n::{self, Lang};
use simcancel::wizard::{LetterFacts, application_letter};

use crate::common::{Pinned, files_ending, only_record, simcancel};

fn ids(lang: Lang) -> BTreeSet<String> {
    i18n::message_ids(lang).into_iter().collect()
}

/// Every string literal in the sources that looks like a message id.
fn literals_in_sources() -> BTreeSet<String> {
    fn walk(dir: &Path, out: &mut BTreeSet<String>) {
        for e in fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = fs::read_to_string(&p).unwrap();
                for part in text.split('"').skip(1).step_by(2) {
                    if !part.is_empty()
                        && part
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    {
                        out.insert(part.to_owned());
                    }
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

/// The `help-…` ids the command line asks for: its about texts and every argument.
fn help_ids() -> BTreeSet<String> {
    fn walk(cmd: &clap::Command, path: &str, out: &mut BTreeSet<String>) {
        let key = |what: &str| {
            if path.is_empty() {
                format!("help-{what}")
            } else {
                format!("help-{path}-{what}")
            }
        };
        out.insert(key("about"));
        for a in cmd.get_arguments() {
            let arg = key(&a.get_id().to_string().replace('_', "-"));
            if a.get_long_help().is_some() {
                out.insert(format!("{arg}-long"));
            }
            // Language names are written in their own language, not translated.
            if a.get_id() != "lang" {
                for v in a.get_possible_values() {
                    if v.get_help().is_some() {
                        out.insert(format!("{arg}-value-{}", v.get_name()));
                    }
                }
            }
            if let Some(heading) = a.get_help_heading() {
                out.insert(format!("help-heading-{}", heading.to_lowercase()));
            }
            out.insert(arg);
        }
        for sub in cmd.get_subcommands() {
            let p = if path.is_empty() {
                sub.get_name().to_owned()
            } else {
                format!("{path}-{}", sub.get_name())
            };
            walk(sub, &p, out);
        }
    }
    let mut out = BTreeSet::from(["help-examples".to_owned()]);
    walk(&simcancel::cli::command(Lang::En), "", &mut out);
    out
}

#[test]
fn every_language_has_every_message_and_nothing_else() {
    let en = ids(Lang::En);
    for lang in [Lang::Ru, Lang::Zh] {
        let other = ids(lang);
        // The application letter is always written in Russian, so only ru.ftl has it.
        let other: BTreeSet<String> = other
            .into_iter()
            .filter(|k| !(lang == Lang::Ru && k.starts_with("letter-")))
            .collect();
        let missing: Vec<_> = en.difference(&other).collect();
        let extra: Vec<_> = other.difference(&en).collect();
        assert!(missing.is_empty(), "{lang:?} is missing {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang:?} has ids English does not: {extra:?}"
        );
    }
    let letter: BTreeSet<String> = ids(Lang::Ru)
        .into_iter()
        .filter(|k| k.starts_with("letter-"))
        .collect();
    assert!(
        letter.len() >= 8,
        "the Russian letter texts are there: {letter:?}"
    );
}

#[test]
fn every_message_is_used_and_every_used_message_exists() {
    let used = literals_in_sources();
    let help = help_ids();
    let mut all = ids(Lang::En);
    all.extend(
        ids(Lang::Ru)
            .into_iter()
            .filter(|k| k.starts_with("letter-")),
    );
    let unused: Vec<_> = all
        .iter()
        .filter(|k| !(used.contains(*k) || k.starts_with("help-") && help.contains(*k)))
        .collect();
    assert!(unused.is_empty(), "messages nothing uses: {unused:?}");
    let untranslated_help: Vec<_> = help
        .iter()
        .filter(|k| !all.contains(*k) && !k.ends_with("-help") && !k.ends_with("-version"))
        .collect();
    assert!(
        untranslated_help.is_empty(),
        "--help texts without a message: {untranslated_help:?}"
    );
    // Every id the code asks for by name: a missing one would be shown to the user as
    // the raw id.
    let mut asked = 0;
    for (call, defined) in [("t!(\"", &all), ("russian(\"", &ids(Lang::Ru))] {
        let mut missing = Vec::new();
        for text in sources() {
            let code: Vec<&str> = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect();
            let code = code.join("\n");
            let parts: Vec<&str> = code.split(call).collect();
            for (before, part) in parts.iter().zip(&parts[1..]) {
                // `format!(` and `print!(` end in `t!(` too.
                if before.ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let id = part.split('"').next().unwrap();
                asked += 1;
                if !defined.contains(id) {
                    missing.push(id.to_owned());
                }
            }
        }
        assert!(
            missing.is_empty(),
            "{call}…) of undefined messages: {missing:?}"
        );
    }
    assert!(asked > 100, "the scan finds the calls: {asked}");
}

/// The text of every Rust source file.
fn sources() -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<String>) {
        for e in fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(fs::read_to_string(&p).unwrap());
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

#[test]
fn every_language_file_parses_and_keeps_the_variables() {
    for lang in Lang::ALL {
        for source in [lang.source(), lang.help_source()] {
            if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(source.to_owned()) {
                panic!("{lang:?}: {errors:?}");
            }
        }
    }
    // Each message's variables are the same in every language.
    let vars = |lang: Lang, id: &str| -> BTreeSet<String> {
        let source = format!("{}\n{}", lang.source(), lang.help_source());
        let head = format!("{id} =");
        let body = source
            .lines()
            .skip_while(|l| !l.starts_with(&head))
            .enumerate()
            // A message runs until a blank line, a comment or the next message.
            .take_while(|(i, l)| {
                let next = l.split_once(" =").is_some_and(|(id, _)| {
                    !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                });
                *i == 0 || !(l.is_empty() || l.starts_with('#') || next)
            })
            .map(|(_, l)| l)
            .collect::<Vec<_>>()
            .join("\n");
        // `{ $days }` and `{ CASE($operator, case: "gen") }` alike.
        body.split('$')
            .skip(1)
            .map(|p| {
                p.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                    .next()
                    .unwrap()
                    .to_owned()
            })
            .collect()
    };
    for id in ids(Lang::En) {
        let en = vars(Lang::En, &id);
        for lang in [Lang::Ru, Lang::Zh] {
            assert_eq!(vars(lang, &id), en, "{lang:?} {id}");
        }
    }
}

#[test]
fn the_operating_system_language_comes_after_the_flag_and_the_locale_variables() {
    use std::cell::Cell;
    let vars = |pairs: &'static [(&'static str, &'static str)]| {
        move |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    let os = |tag: &'static str| move || Some(tag.to_owned());
    // Windows and macOS give BCP 47 tags, with a script or region or both.
    for tag in ["zh-CN", "zh-Hans-CN", "zh_CN.UTF-8", "zh"] {
        assert_eq!(i18n::detect(None, vars(&[]), os(tag)), Lang::Zh, "{tag}");
    }
    assert_eq!(i18n::detect(None, vars(&[]), os("ru-RU")), Lang::Ru);
    assert_eq!(i18n::detect(None, vars(&[]), os("fr-FR")), Lang::En);
    assert_eq!(i18n::detect(None, vars(&[]), || None), Lang::En);
    // An empty variable is unset, so the system's language is next.
    assert_eq!(
        i18n::detect(None, vars(&[("LANG", "")]), os("zh-CN")),
        Lang::Zh
    );
    // Each of the variables, and the flag, comes before the system's language, which is
    // then not even asked.
    let asked = Cell::new(false);
    let spy = || {
        asked.set(true);
        Some("zh-CN".to_owned())
    };
    for set in [
        &[("LC_ALL", "ru_RU.UTF-8")],
        &[("LC_MESSAGES", "ru_RU")],
        &[("LANG", "ru_RU")],
    ] {
        assert_eq!(i18n::detect(None, vars(set), spy), Lang::Ru, "{set:?}");
    }
    assert_eq!(i18n::detect(Some(Lang::Ru), vars(&[]), spy), Lang::Ru);
    assert!(
        !asked.get(),
        "the system was asked although a variable or the flag chose"
    );
    // A locale variable set to a language simcancel does not speak is still the user's
    // choice: English, not the system's language.
    assert_eq!(
        i18n::detect(None, vars(&[("LANG", "fr_FR.UTF-8")]), os("zh-CN")),
        Lang::En
    );
}

/// The binary asks the system when `LC_ALL`, `LC_MESSAGES` and `LANG` are unset: the test
/// above checks the order, this one that a run is wired to the system's answer. On Linux
/// the system's preferred languages are GNU `LANGUAGE` (what sys-locale reads there), which
/// the locale step itself never reads — so only the system step can give Chinese here.
/// macOS and Windows answer from their settings, which a test cannot set.
#[cfg(target_os = "linux")]
#[test]
fn with_no_locale_variable_a_run_speaks_the_systems_language() {
    simcancel()
        .unset_env("LC_ALL")
        .set_env("LANGUAGE", "zh_CN".as_ref())
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("用法：simcancel"));
    // A locale variable still comes first.
    simcancel()
        .unset_env("LC_ALL")
        .set_env("LANGUAGE", "zh_CN".as_ref())
        .set_env("LANG", "ru_RU.UTF-8".as_ref())
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Использование:"));
}

#[test]
fn the_language_comes_from_the_flag_then_the_locale() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    assert_eq!(
        i18n::detect(Some(Lang::Ru), env(&[("LANG", "zh_CN.UTF-8")]), || None),
        Lang::Ru
    );
    assert_eq!(
        i18n::detect(None, env(&[("LANG", "zh_CN.UTF-8")]), || None),
        Lang::Zh
    );
    assert_eq!(
        i18n::detect(None, env(&[("LANG", "ru_RU.UTF-8")]), || None),
        Lang::Ru
    );
    assert_eq!(
        i18n::detect(
            None,
            env(&[("LC_MESSAGES", "ru_RU"), ("LANG", "zh_CN.UTF-8")]),
            || None
        ),
        Lang::Ru
    );
    assert_eq!(
        i18n::detect(
            None,
            env(&[("LC_ALL", "zh_TW.Big5"), ("LC_MESSAGES", "ru_RU")]),
            || None
        ),
        Lang::Zh
    );
    assert_eq!(
        i18n::detect(
            None,
            env(&[("LC_ALL", ""), ("LANG", "ru_RU.KOI8-R")]),
            || None
        ),
        Lang::Ru,
        "an empty variable is skipped"
    );
    for broken in ["C", "POSIX", "fr_FR.UTF-8", "\u{fffd}\u{fffd}", "_", ""] {
        let pairs: &'static [(&str, &str)] = Box::leak(Box::new([("LANG", broken)]));
        assert_eq!(
            i18n::detect(None, env(pairs), || None),
            Lang::En,
            "{broken:?}"
        );
    }
    assert_eq!(i18n::detect(None, env(&[]), || None), Lang::En);
    let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
    assert_eq!(
        i18n::preparse(&args(&["simcancel", "--lang", "zh"]), env(&[])),
        Some(Lang::Zh)
    );
    assert_eq!(
        i18n::preparse(&args(&["simcancel", "--lang=ru", "--help"]), env(&[])),
        Some(Lang::Ru)
    );
    assert_eq!(
        i18n::preparse(&args(&["simcancel"]), env(&[("SIMCANCEL_LANG", "zh")])),
        Some(Lang::Zh)
    );
    assert_eq!(
        i18n::preparse(&args(&["simcancel", "--lang", "xx"]), env(&[])),
        None
    );
}

#[test]
fn an_unknown_lang_is_a_usage_error_listing_the_choices() {
    simcancel()
        .args(["--lang", "fr", "operators"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            predicate::str::contains("invalid value 'fr' for '--lang <LANG>'")
                .and(predicate::str::contains("[possible values: en, ru, zh]")),
        );
    simcancel()
        .env("SIMCANCEL_LANG", "xx")
        .arg("operators")
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            predicate::str::contains("'xx'")
                .and(predicate::str::contains("[possible values: en, ru, zh]")),
        );
}

#[test]
fn each_language_renders_the_whole_flow_and_its_help() {
    for (lang, env_lang, expect, usage) in [
        ("en", "C", "Say it in Russian", "Usage: "),
        (
            "ru",
            "ru_RU.UTF-8",
            "Сначала погасите задолженность",
            "Использование: ",
        ),
        ("zh", "zh_CN.UTF-8", "运营商", "用法："),
    ] {
        let dir = tempfile::tempdir().unwrap();
        // Once by --lang, once by the locale.
        for how in [vec!["--lang", lang], vec![]] {
            let out = simcancel()
                .locale(env_lang)
                .records(dir.path())
                .args(&how)
                .args(["--operator", "mts", "--channel", "store"])
                .args(["--balance", "refund"])
                .assert()
                .success()
                .get_output()
                .stdout
                .clone();
            let text = String::from_utf8(out).unwrap();
            assert!(text.contains(expect), "{lang} {how:?}:\n{text}");
            // No message id leaks out untranslated.
            let leaked: Vec<&str> = text
                .split_whitespace()
                .filter(|w| w.contains('-') && ids(Lang::En).contains(*w))
                .collect();
            assert!(leaked.is_empty(), "{lang}: raw ids {leaked:?}");
        }
        // clap names the program as it was run: `simcancel.exe` on Windows.
        let usage = format!("{usage}simcancel{EXE_SUFFIX} [OPTIONS] [COMMAND]");
        simcancel()
            .locale(env_lang)
            .arg("--help")
            .assert()
            .success()
            .stdout(predicate::str::contains(usage));
    }
    simcancel()
        .locale("zh_CN.UTF-8")
        .arg("--help")
        .assert()
        .stdout(
            predicate::str::contains("--operator")
                .and(predicate::str::is_match("[\u{4e00}-\u{9fff}]").unwrap()),
        );
}

#[test]
fn dates_are_shown_as_each_language_writes_them_and_stored_as_iso() {
    let dir = tempfile::tempdir().unwrap();
    simcancel()
        .args(["--operator", "mts", "--channel", "online", "--no-letter"])
        .records(dir.path())
        .assert()
        .success();
    let listing = |lang: &str| {
        let out = simcancel()
            .env("SIMCANCEL_LANG", lang)
            .arg("records")
            .records(dir.path())
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let ru = listing("ru");
    assert!(ru.contains("25.11.2026 11:00"), "{ru}");
    assert!(!ru.contains("2026-11-25 11:00"), "{ru}");
    let zh = listing("zh");
    assert!(zh.contains("2026 年 11 月 25 日 11:00"), "{zh}");
    // The file name and its contents keep the ISO form whatever the language.
    assert!(
        ru.contains("2026-11-25T110000_mts_cancel_online.toml"),
        "{ru}"
    );
    let record =
        fs::read_to_string(dir.path().join("2026-11-25T110000_mts_cancel_online.toml")).unwrap();
    assert!(
        record.contains("created = 2026-11-25T11:00:00+03:00"),
        "{record}"
    );
    assert!(!record.contains("25.11.2026"), "{record}");
}

#[test]
fn help_translates_headings_value_descriptions_and_long_texts() {
    let help = |lang: &str, args: &[&str]| {
        let out = simcancel()
            .env("SIMCANCEL_LANG", lang)
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let ru = help("ru", &["--help"]);
    for text in [
        "Ответы:",
        "Подтверждения:",
        "Заявление:",
        "- other: Договор оформлен на другого человека",
        "- hotline: По телефону горячей линии оператора",
        "--color always или never важнее переменных окружения",
    ] {
        assert!(ru.contains(text), "missing {text:?} in:\n{ru}");
    }
    for english in [
        "Answers:",
        "The contract is in my name",
        "beats the environment",
    ] {
        assert!(!ru.contains(english), "{english:?} left in English:\n{ru}");
    }
    let zh = help("zh", &["--help"]);
    assert!(zh.contains("- suspend：停机保号，保留号码"), "{zh}");
    // A sentence ends at a full stop followed by a space, not at the one in ".ics".
    let records = help("en", &["records", "--help"]);
    assert!(records.contains("iCalendar (.ics) file"), "{records}");
}

#[test]
fn the_letter_is_filled_in_with_the_name_and_number_and_leaves_dates_blank() {
    let letter = application_letter(&LetterFacts {
        operator: "МТС",
        brand: "",
        name_ru: "",
        citizenship: "",
        terminate: true,
        balance: Balance::Refund,
        name: "Ли Вэй",
        number: "+7 916 000-00-00",
        representative: false,
    });
    let expected = [
        "В МТС\nЗаявитель (абонент): Ли Вэй\nГражданство: ____",
        "\nАбонентский номер: +7 916 000-00-00\n",
        "Документ, удостоверяющий личность заявителя (вид, серия и номер, кем и когда выдан): ____",
        "Контактный телефон или e-mail: ____",
        "ЗАЯВЛЕНИЕ\nо расторжении договора об оказании услуг связи и возврате остатка денежных средств\n",
        "№ __________ (при наличии) от ____________ (абонентский номер +7 916 000-00-00) с даты подачи настоящего заявления.",
        "Прошу перечислить остаток денежных средств с лицевого счёта (абонентский номер +7 916 000-00-00) на счёт абонента в российском банке",
        "\nПолучатель: Ли Вэй\nБанк получателя: ____",
        "\nКорреспондентский счёт: ____",
        "Прошу выдать документ, подтверждающий расторжение договора.",
        "«___» ____________ 20___ г.",
        "______________ / Ли Вэй /\n",
        "(подпись и Ф. И. О. заявителя)",
    ];
    for line in expected {
        assert!(letter.contains(line), "missing {line:?} in:\n{letter}");
    }
    assert!(!letter.contains("Представитель"), "{letter}");
    assert!(
        !letter
            .to_lowercase()
            .replace("как в паспорте", "")
            .contains("паспорт"),
        "no passport field is filled in"
    );
    assert!(
        !letter.contains(".20"),
        "no date like 01.12.2026 is filled in:\n{letter}"
    );

    // Someone else's contract: the user is the representative and signs by hand.
    let other = application_letter(&LetterFacts {
        operator: "МТС",
        brand: "",
        name_ru: "",
        citizenship: "",
        terminate: true,
        balance: Balance::None,
        name: "Ли Вэй",
        number: "",
        representative: true,
    });
    for line in [
        "Заявитель (абонент): Ли Вэй\nГражданство: ____________________\nПредставитель (Ф. И. О.): ____",
        "действующий(-ая) на основании нотариальной доверенности № __________ от «___» ____________ 20___ г.",
        "Приложение: копия нотариальной доверенности № __________ от ____________ (оригинал предъявлен).",
        "Документ, удостоверяющий личность представителя",
        "ЗАЯВЛЕНИЕ\nо расторжении договора об оказании услуг связи\n",
        "______________ / ______________________________ /",
        "(подпись и Ф. И. О. представителя по доверенности)",
        "(абонентский номер +7 (___) ___-__-__)",
    ] {
        assert!(other.contains(line), "missing {line:?} in:\n{other}");
    }
    assert!(!other.contains("/ Ли Вэй /"), "{other}");

    // A transfer says so in the title, with or without the termination.
    for (terminate, title) in [
        (
            true,
            "о расторжении договора об оказании услуг связи и переводе остатка денежных средств на другой номер\n",
        ),
        (
            false,
            "ЗАЯВЛЕНИЕ\nо переводе остатка денежных средств на другой номер\n",
        ),
    ] {
        let transfer = application_letter(&LetterFacts {
            operator: "T2",
            brand: "",
            name_ru: "",
            citizenship: "",
            terminate,
            balance: Balance::Transfer,
            name: "",
            number: "",
            representative: false,
        });
        assert!(transfer.contains(title), "{transfer}");
        assert!(transfer.contains("Прошу перевести остаток"), "{transfer}");
    }
    assert!(!other.contains("Прошу перечислить"), "{other}");

    // Only a refund, no name given: blanks to write by hand, no termination.
    let refund = application_letter(&LetterFacts {
        operator: "Билайн",
        brand: "",
        name_ru: "",
        citizenship: "",
        terminate: false,
        balance: Balance::Refund,
        name: "",
        number: "",
        representative: false,
    });
    assert!(
        refund.contains("ЗАЯВЛЕНИЕ\nо возврате остатка денежных средств\n"),
        "{refund}"
    );
    assert!(!refund.contains("расторгнуть"), "{refund}");
    assert!(
        refund.contains("Заявитель (абонент): ______________________________"),
        "{refund}"
    );
    assert!(refund.contains("+7 (___) ___-__-__"), "{refund}");
}

#[test]
fn the_letter_is_written_beside_the_record_and_can_be_turned_off() {
    let dir = tempfile::tempdir().unwrap();
    simcancel()
        .fixture()
        .records(dir.path())
        .args(["--operator", "bravo", "--channel", "store"])
        .args(["--name", "Li Wei", "--number", "+7 900 111-22-33"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Application letter written: "));
    let letters = files_ending(dir.path(), "_letter.txt");
    assert_eq!(letters.len(), 1);
    let letter = fs::read_to_string(&letters[0]).unwrap();
    assert!(
        letter.starts_with("В АО «Тестовая Связь» (Браво Тест)\n")
            && letter.contains("Заявитель (абонент): Li Wei\n")
            && letter.contains("/ Li Wei /"),
        "{letter}"
    );
    let r = only_record(dir.path());
    assert_eq!(
        r["letter"].as_str(),
        letters[0].file_name().unwrap().to_str()
    );
    assert!(
        r["phrase"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["ru"].as_str() == Some("Я хочу расторгнуть договор и закрыть этот номер."))
    );

    let other = tempfile::tempdir().unwrap();
    simcancel()
        .fixture()
        .records(other.path())
        .args(["--operator", "bravo", "--channel", "store", "--no-letter"])
        .assert()
        .success();
    let mut names: Vec<String> = fs::read_dir(other.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(
        names.len() == 2 && names[0].ends_with(".toml") && names[1].ends_with("_guide.txt"),
        "the record and its guide, no letter: {names:?}"
    );
}

#[test]
fn listings_stay_aligned_in_every_script() {
    let out = simcancel()
        .fixture()
        .args(["--lang", "zh", "operators"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    // Each column starts at the same display column on every line, the header's included:
    // the names (Chinese or Latin, then Cyrillic) and the channels, under headings written
    // in Chinese.
    use unicode_width::UnicodeWidthStr;
    let col = |l: &str, needle: &str| {
        let i = l
            .find(needle)
            .unwrap_or_else(|| panic!("no {needle:?} in {l:?}:\n{text}"));
        l[..i].width()
    };
    let header = lines[0];
    assert!(header.starts_with("ID "), "{text}");
    let rows: Vec<&str> = ["alfa ", "bravo ", "charlie ", "delta "]
        .iter()
        .map(|id| {
            *lines
                .iter()
                .find(|l| l.starts_with(id))
                .unwrap_or_else(|| panic!("no row for {id:?}:\n{text}"))
        })
        .collect();
    let name = col(header, "名称");
    let hotline = col(header, "客服热线");
    let cancel = col(header, "销号");
    for (row, operator) in rows.iter().zip([
        "阿尔法测试（Альфа Тест）",
        "布拉沃测试（Браво Тест）",
        "Charlie Test（Чарли Тест）",
        "德尔塔测试（Дельта Тест）",
    ]) {
        assert_eq!(col(row, operator), name, "{text}");
        assert_eq!(col(row, "store"), cancel, "{text}");
    }
    assert_eq!(col(rows[0], "0101"), hotline, "{text}");
}
