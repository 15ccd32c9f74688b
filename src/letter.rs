//! The Russian application letter (заявление) printed for the counter.

use crate::answers::Balance;
use crate::i18n;
use crate::pdf::{Document, Part};

/// What the application letter says.
pub struct LetterFacts<'a> {
    /// The operator's legal entity.
    pub operator: &'a str,
    /// The brand, written after the entity when the entity's name does not contain it.
    pub brand: &'a str,
    /// A termination (at a store); otherwise only a refund application.
    pub terminate: bool,
    pub balance: Balance,
    /// The subscriber in Latin letters, as in the passport the contract was made out from.
    pub name: &'a str,
    /// The subscriber in Cyrillic, as in the contract or the notarised passport translation.
    pub name_ru: &'a str,
    /// The subscriber's citizenship, in Russian.
    pub citizenship: &'a str,
    pub number: &'a str,
    /// The contract is in someone else's name: the user hands it in as their representative.
    pub representative: bool,
}

/// Where a name is written by hand.
pub const NAME_BLANK: &str = "______________________________";
/// Where a citizenship is written by hand.
pub const CITIZENSHIP_BLANK: &str = "____________________";
/// Where a number is written by hand.
pub const NUMBER_BLANK: &str = "+7 (___) ___-__-__";
/// A date written by hand, the month in words.
pub const DATE_BLANK: &str = "«___» ____________ 20___ г.";

/// The subscriber as a clerk finds them in the contract: the Cyrillic spelling with the
/// passport's Latin one after it, either alone when only one is known, else a blank.
pub fn full_name(latin: &str, cyrillic: &str) -> String {
    match (latin.trim(), cyrillic.trim()) {
        ("", "") => NAME_BLANK.to_owned(),
        (l, "") => l.to_owned(),
        ("", c) => c.to_owned(),
        (l, c) if l == c => c.to_owned(),
        (l, c) => format!("{c} ({l})"),
    }
}

/// The addressee: the entity, then the brand in brackets when the entity's name does not
/// already say it («В ПАО «ВымпелКом» (Билайн)»).
pub fn addressee(entity: &str, brand: &str) -> String {
    // A brand written with its old name in brackets ("T2 (Tele2)") is named by the first.
    let brand = brand.split(" (").next().unwrap_or("").trim();
    // A blank is filled in from the contract, brand and all.
    let blank = entity.contains("___");
    if brand.is_empty() || blank || lookalike(entity).contains(&lookalike(brand)) {
        entity.to_owned()
    } else {
        format!("{entity} ({brand})")
    }
}

/// Upper case, with the Latin letters that look like Cyrillic ones read as those: the
/// brand "t2" is what ООО «Т2 Мобайл» already says, though one is written in Latin
/// letters and the other in Cyrillic.
fn lookalike(s: &str) -> String {
    s.to_uppercase()
        .chars()
        .map(|c| match c {
            'A' => 'А',
            'B' => 'В',
            'C' => 'С',
            'E' => 'Е',
            'H' => 'Н',
            'K' => 'К',
            'M' => 'М',
            'O' => 'О',
            'P' => 'Р',
            'T' => 'Т',
            'X' => 'Х',
            'Y' => 'У',
            c => c,
        })
        .collect()
}

fn or_blank(v: &str, blank: &str) -> String {
    if v.trim().is_empty() {
        blank.to_owned()
    } else {
        v.trim().to_owned()
    }
}

/// Whether a name can go into a Russian document: every letter in it is Latin or
/// Cyrillic. A clerk matches the name against a contract made out from a passport, whose
/// machine-readable page is in Latin letters; Chinese characters match nothing there.
pub fn name_fits(name: &str) -> bool {
    name.chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| c.is_ascii_alphabetic() || latin(c) || cyrillic(c))
}

/// Whether a name is written in Cyrillic letters only, as a Russian contract writes it.
pub fn cyrillic_name(name: &str) -> bool {
    let mut letters = name.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some()
        && letters.all(cyrillic)
        && name
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.'))
}

/// The citizenship as written in a Russian document: Cyrillic as typed, and the usual ways
/// of naming China (CN, China, 中国, КНР) as its full name. Empty stays empty (a blank);
/// anything else is `None`, for the user to write in Russian.
pub fn citizenship(typed: &str) -> Option<String> {
    let typed = typed.trim();
    let china = [
        "cn",
        "chn",
        "china",
        "prc",
        "中国",
        "中华人民共和国",
        "кнр",
        "китай",
    ];
    if china.contains(&typed.to_lowercase().as_str()) {
        return Some("Китайская Народная Республика".to_owned());
    }
    (typed.is_empty() || cyrillic_name(typed)).then(|| typed.to_owned())
}

fn latin(c: char) -> bool {
    matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
        && c != '\u{00D7}'
        && c != '\u{00F7}'
}

fn cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}')
}

/// The Russian application as text: `___` marks what the user writes by hand.
pub fn application_letter(f: &LetterFacts<'_>) -> String {
    application(f).text()
}

/// The Russian application. Dates are among the blanks, since the letter is often printed
/// days before the visit; so is passport data, which is never asked.
pub fn application(f: &LetterFacts<'_>) -> Document {
    let ru = i18n::russian;
    let name = full_name(f.name, f.name_ru);
    let number = or_blank(f.number, NUMBER_BLANK);
    let citizenship = or_blank(f.citizenship, CITIZENSHIP_BLANK);
    let mut parts = vec![
        Part::Header(ru(
            "letter-to",
            &[("operator", addressee(f.operator, f.brand).into())],
        )),
        Part::Header(ru("letter-from", &[("name", name.clone().into())])),
        Part::Header(ru(
            "letter-citizenship",
            &[("citizenship", citizenship.into())],
        )),
    ];
    if f.representative {
        parts.push(Part::Header(ru("letter-representative", &[])));
        parts.push(Part::Header(ru("letter-representative-citizenship", &[])));
        parts.push(Part::Header(ru("letter-representative-poa", &[])));
    }
    let who = ru(
        "letter-id-who",
        &[(
            "representative",
            if f.representative { "yes" } else { "no" }.into(),
        )],
    );
    parts.extend([
        Part::Header(ru("letter-number", &[("number", number.clone().into())])),
        Part::Header(ru("letter-id", &[("who", who.into())])),
        Part::Header(ru("letter-contact", &[])),
        Part::Gap,
        Part::Title(ru("letter-title", &[])),
        Part::Subtitle(ru(
            match (f.terminate, f.balance) {
                (true, Balance::Refund) => "letter-about-terminate-refund",
                (true, Balance::Transfer) => "letter-about-terminate-transfer",
                (true, Balance::None | Balance::Keep) => "letter-about-terminate",
                (false, Balance::Transfer) => "letter-about-transfer",
                (false, _) => "letter-about-refund",
            },
            &[],
        )),
        Part::Gap,
    ]);
    if f.terminate {
        parts.push(Part::Para(ru(
            "letter-terminate",
            &[("number", number.clone().into())],
        )));
    }
    match f.balance {
        Balance::Refund => {
            parts.push(Part::Para(ru(
                "letter-refund",
                &[("number", number.clone().into())],
            )));
            // One field a line, as the clerk copies them into the refund form.
            parts.push(Part::Line(ru(
                "letter-bank-recipient",
                &[("name", name.clone().into())],
            )));
            for key in [
                "letter-bank-name",
                "letter-bank-bik",
                "letter-bank-corr",
                "letter-bank-account",
            ] {
                parts.push(Part::Line(ru(key, &[])));
            }
        }
        Balance::Transfer => {
            parts.push(Part::Para(ru(
                "letter-transfer",
                &[("number", number.into())],
            )));
        }
        Balance::None | Balance::Keep => {}
    }
    if f.terminate {
        parts.push(Part::Para(ru("letter-confirm", &[])));
    }
    if f.representative {
        parts.push(Part::Gap);
        parts.push(Part::Line(ru("letter-attachment", &[])));
    }
    parts.push(Part::Gap);
    // The one who signs: the representative writes their own name by hand.
    let (signer, caption) = if f.representative {
        (NAME_BLANK.to_owned(), "letter-sign-representative")
    } else {
        (name, "letter-sign-subscriber")
    };
    parts.push(Part::Sign {
        date: DATE_BLANK.to_owned(),
        name: signer,
        caption: ru(caption, &[]),
    });
    Document { parts }
}

/// The application as printed: two copies, one handed in and one stamped and kept, each
/// saying which it is at its foot.
pub fn application_pdf(doc: &Document) -> Result<Vec<u8>, crate::pdf::PdfError> {
    let ru = i18n::russian;
    crate::pdf::pdf(
        &ru("letter-title", &[]),
        &[
            (doc, Some(ru("letter-copy-handed-in", &[]))),
            (doc, Some(ru("letter-copy-kept", &[]))),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::{addressee, name_fits};

    #[test]
    fn the_brand_follows_an_entity_that_does_not_already_say_it() {
        for (entity, brand, expected) in [
            ("ПАО «ВымпелКом»", "Билайн", "ПАО «ВымпелКом» (Билайн)"),
            ("ПАО «МТС»", "МТС", "ПАО «МТС»"),
            ("ПАО «МегаФон»", "МегаФон", "ПАО «МегаФон»"),
            // The brand in Latin letters, the entity in Cyrillic: the same name.
            ("ООО «Т2 Мобайл»", "t2 (Tele2)", "ООО «Т2 Мобайл»"),
            ("ООО «Скартел»", "Yota", "ООО «Скартел» (Yota)"),
            ("ООО «Дэни Колл»", "Danycom", "ООО «Дэни Колл» (Danycom)"),
            ("________________________", "t2", "________________________"),
        ] {
            assert_eq!(addressee(entity, brand), expected, "{entity} {brand}");
        }
    }

    #[test]
    fn latin_and_cyrillic_names_fit_and_chinese_ones_do_not() {
        for name in [
            "LI WEI",
            "Li Wei",
            "Ли Вэй",
            "O'Brien-Łukasz",
            "Nguyễn Văn An",
            "",
        ] {
            assert!(name_fits(name), "{name}");
        }
        for name in ["李伟", "LI WEI 李伟", "김민준", "やまだ"] {
            assert!(!name_fits(name), "{name}");
        }
    }
}
