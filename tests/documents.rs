//! The documents as a clerk and a notary read them: the application and the power of
//! attorney from real runs, every element present and nothing left blank that was given;
//! and their PDFs, checked by Debian's qpdf and read back by pdftotext.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{Pinned, records_in, simcancel};

/// A Chinese student, everything the documents ask for given.
const STUDENT: [&str; 10] = [
    "--name",
    "LI WEI",
    "--name-ru",
    "ЛИ ВЭЙ",
    "--citizenship",
    "CN",
    "--number",
    "+7 916 123-45-67",
    "--balance",
    "refund",
];

/// What a run writes: the files in its records directory by suffix.
struct Written {
    _dir: tempfile::TempDir,
    files: Vec<PathBuf>,
}

impl Written {
    fn path(&self, suffix: &str) -> &Path {
        self.files
            .iter()
            .find(|p| p.to_string_lossy().ends_with(suffix))
            .unwrap_or_else(|| panic!("no {suffix} in {:?}", self.files))
    }

    fn text(&self, suffix: &str) -> String {
        fs::read_to_string(self.path(suffix)).unwrap()
    }
}

/// What a run writes, in a records directory of its own.
fn written(run: &mut assert_cmd::Command) -> Written {
    let dir = tempfile::tempdir().unwrap();
    run.records(dir.path()).assert().success();
    let files = records_in(dir.path());
    Written { _dir: dir, files }
}

/// The lines of `text` that start with `start`.
fn lines_starting<'a>(text: &'a str, start: &str) -> Vec<&'a str> {
    text.lines().filter(|l| l.starts_with(start)).collect()
}

#[test]
fn a_clerk_finds_everything_in_the_application() {
    // The entity, and the brand after it where the entity's name does not say it.
    for (op, entity) in [
        ("alfa", "В ООО «Альфа Тест»"),
        ("bravo", "В АО «Тестовая Связь» (Браво Тест)"),
    ] {
        let run = written(simcancel().fixture().args(STUDENT).args([
            "--operator",
            op,
            "--channel",
            "store",
        ]));
        let letter = run.text("_letter.txt");
        let first: Vec<&str> = letter.lines().take(3).collect();
        assert_eq!(
            first,
            [
                entity,
                "Заявитель (абонент): ЛИ ВЭЙ (LI WEI)",
                "Гражданство: Китайская Народная Республика",
            ],
            "{op}: the addressee, then the applicant with citizenship:\n{letter}"
        );
        for element in [
            "\nАбонентский номер: +7 916 123-45-67\n",
            "Документ, удостоверяющий личность заявителя",
            "\nЗАЯВЛЕНИЕ\nо расторжении договора об оказании услуг связи и возврате остатка денежных средств\n",
            "Прошу расторгнуть договор",
            "(абонентский номер +7 916 123-45-67)",
            "на счёт абонента в российском банке",
            "\nПолучатель: ЛИ ВЭЙ (LI WEI)\n",
            "\nСчёт получателя (20 цифр): ",
            "Прошу выдать документ, подтверждающий расторжение договора.",
            "\n«___» ____________ 20___ г.",
            "______________ / ЛИ ВЭЙ (LI WEI) /\n",
            "(подпись и Ф. И. О. заявителя)",
        ] {
            assert!(letter.contains(element), "{op}: no {element:?}:\n{letter}");
        }
        // What was given is never a blank.
        for given in ["Заявитель (абонент): ___", "Гражданство: ___", "+7 (___)"]
        {
            assert!(
                !letter.contains(given),
                "{op}: {given:?} is blank:\n{letter}"
            );
        }
        assert!(!letter.contains("Представитель"), "{letter}");
        assert!(!letter.contains("паспорт"), "no passport data:\n{letter}");
    }
}

#[test]
fn a_clerk_finds_the_representative_and_the_power_of_attorney_in_the_application() {
    let run = written(
        simcancel()
            .fixture()
            .args(STUDENT)
            .args(["--operator", "alfa", "--channel", "store"])
            .args(["--owner", "other"]),
    );
    let letter = run.text("_letter.txt");
    for element in [
        "Заявитель (абонент): ЛИ ВЭЙ (LI WEI)\nГражданство: Китайская Народная Республика\n",
        "Представитель (Ф. И. О.): ______________________________\nГражданство представителя: ____________________\n",
        "действующий(-ая) на основании нотариальной доверенности № __________ от «___» ____________ 20___ г.",
        "Документ, удостоверяющий личность представителя",
        "Приложение: копия нотариальной доверенности № __________ от ____________ (оригинал предъявлен).",
        "______________ / ______________________________ /\n",
        "(подпись и Ф. И. О. представителя по доверенности)",
    ] {
        assert!(letter.contains(element), "no {element:?}:\n{letter}");
    }
}

#[test]
fn a_notary_finds_everything_in_the_power_of_attorney() {
    let run = written(
        simcancel()
            .fixture()
            .args(STUDENT)
            .args(["--operator", "bravo", "--abroad", "--representative"])
            .args(["--channel", "store"]),
    );
    let poa = run.text("_poa.txt");
    assert!(poa.starts_with("ДОВЕРЕННОСТЬ\n"), "{poa}");
    for element in [
        "Место составления: ____",
        "Дата составления: «___» ____________ 20___ г. (прописью: ____",
        "Я, ЛИ ВЭЙ (LI WEI), гражданство: Китайская Народная Республика, дата рождения ____",
        "настоящей доверенностью уполномочиваю\n",
        "______________________________ (Ф. И. О.), гражданство: ____________________, дата рождения",
        "представлять мои интересы в АО «Тестовая Связь», в том числе в его филиалах, салонах связи, у агентов и дилеров оператора",
        "(абонентский номер +7 916 123-45-67)",
        "— получать сведения об оказанных услугах связи, в том числе составляющие тайну связи (детализацию)",
        "— вносить платежи и погашать задолженность по договору;",
        "— расторгнуть указанный договор;",
        "— подписывать и подавать от моего имени заявления",
        "— получить причитающийся мне остаток денежных средств с лицевого счёта абонентского номера +7 916 123-45-67 путём перечисления на мой счёт в российском банке, открытый на имя ЛИ ВЭЙ (LI WEI);",
        "\nДоверенность выдана сроком на один год без права передоверия.\n",
        "Доверитель:          ______________ / ЛИ ВЭЙ (LI WEI) /\n",
        "(подпись и Ф. И. О. доверителя)",
    ] {
        assert!(poa.contains(element), "no {element:?}:\n{poa}");
    }
    // One identity document and one address for each party; both left to the notary.
    assert_eq!(
        lines_starting(&poa, "документ, удостоверяющий личность").len(),
        2,
        "{poa}"
    );
    assert_eq!(lines_starting(&poa, "адрес регистрации").len(), 2, "{poa}");
    assert!(
        !poa.contains("Удостоверительная надпись"),
        "the notary adds it:\n{poa}"
    );
    assert!(!poa.contains("+7 (___)"), "{poa}");
}

/// Debian's tools, which the test needs: `apt-get install qpdf poppler-utils`.
fn tool(program: &str, args: &[&str]) -> std::process::Output {
    Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!("{program}: {e} (install it: apt-get install -y qpdf poppler-utils)")
        })
}

/// Whitespace as single spaces and a blank (a run of underscores) as one: the PDF wraps
/// lines and stretches blanks to the margin, and says exactly the same otherwise.
fn normal(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = String::new();
    for c in words.join(" ").chars() {
        if !(c == '_' && out.ends_with('_')) {
            out.push(c);
        }
    }
    out
}

/// Whether Debian's PDF tools are here. CI installs them and sets
/// `SIMCANCEL_PDF_TOOLS=required`, so there their absence fails the test; a contributor
/// without them is told what did not run.
fn pdf_tools() -> bool {
    let found = ["qpdf", "pdftotext", "pdffonts"]
        .iter()
        .all(|p| Command::new(p).arg("-v").output().is_ok());
    if !found {
        let hint = "apt-get install -y qpdf poppler-utils";
        assert!(
            std::env::var("SIMCANCEL_PDF_TOOLS").as_deref() != Ok("required"),
            "the PDF tools are required here: {hint}"
        );
        eprintln!("documents: the PDF check did not run: the tools are missing ({hint})");
    }
    found
}

#[test]
fn every_pdf_passes_qpdf_and_gives_back_the_russian_text() {
    if !pdf_tools() {
        return;
    }
    let cases: [&[&str]; 3] = [
        &["--operator", "beeline", "--channel", "store"],
        &[
            "--operator",
            "mts",
            "--abroad",
            "--representative",
            "--channel",
            "store",
        ],
        &["--operator", "megafon", "--abroad", "--channel", "online"],
    ];
    let copies = [
        "Экземпляр 1 — сдаётся оператору.",
        "Экземпляр 2 — остаётся у заявителя с отметкой о принятии (дата, подпись и Ф. И. О. сотрудника).",
    ];
    let mut checked = 0;
    for case in cases {
        let run = written(simcancel().args(STUDENT).args(case));
        for (doc, expected_pages) in [("_letter", 2), ("_poa", 1)] {
            let Some(pdf) = run
                .files
                .iter()
                .find(|p| p.to_string_lossy().ends_with(&format!("{doc}.pdf")))
            else {
                continue;
            };
            let text = run.text(&format!("{doc}.txt"));
            let check = tool("qpdf", &["--check", pdf.to_str().unwrap()]);
            assert!(check.status.success(), "{case:?} {doc}: {check:?}");
            let out = tool(
                "pdftotext",
                &["-raw", "-enc", "UTF-8", pdf.to_str().unwrap(), "-"],
            );
            assert!(out.status.success(), "{out:?}");
            let read = String::from_utf8(out.stdout).unwrap();
            assert_eq!(
                read.matches('\u{c}').count(),
                expected_pages,
                "{case:?} {doc}:\n{read}"
            );
            let expected = if doc == "_letter" {
                format!("{text} {} {text} {}", copies[0], copies[1])
            } else {
                text.clone()
            };
            assert_eq!(normal(&read), normal(&expected), "{case:?} {doc}");
            let info = tool("pdffonts", &[pdf.to_str().unwrap()]);
            let fonts = String::from_utf8_lossy(&info.stdout);
            assert!(
                fonts.contains("LiberationSerif") && fonts.contains(" yes yes "),
                "embedded subset:\n{fonts}"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 4, "three applications and one power of attorney");
}

/// `SIMCANCEL_BLESS=1` renders the first page of each kind into data/examples, where
/// README shows it.
#[test]
fn a_rendered_page_is_kept_for_the_readme() {
    if std::env::var_os("SIMCANCEL_BLESS").is_none() {
        return;
    }
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples");
    let run = written(
        simcancel()
            .args(STUDENT)
            .args(["--operator", "beeline", "--abroad", "--representative"])
            .args(["--channel", "store"]),
    );
    for (doc, name) in [
        ("_letter.pdf", "letter-beeline"),
        ("_poa.pdf", "poa-beeline"),
    ] {
        let out = examples.join(name);
        let render = tool(
            "pdftoppm",
            &[
                "-png",
                "-r",
                "70",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                run.path(doc).to_str().unwrap(),
                out.to_str().unwrap(),
            ],
        );
        assert!(render.status.success(), "{render:?}");
    }
}
