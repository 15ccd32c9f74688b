//! The Russian power of attorney (доверенность) for someone who goes to the store in the
//! user's place: the text a consulate or notary wants in advance.

use crate::i18n;
use crate::letter::{CITIZENSHIP_BLANK, NUMBER_BLANK, full_name};
use crate::pdf::{Document, Part};

/// What the power of attorney names.
pub struct PoaFacts<'a> {
    /// The operator's legal entity, whom the representative deals with.
    pub operator: &'a str,
    /// The subscriber in Latin letters, as in the passport; empty leaves a blank.
    pub name: &'a str,
    /// The subscriber in Cyrillic, as in the contract; empty leaves it out.
    pub name_ru: &'a str,
    /// The subscriber's citizenship in Russian; empty leaves a blank.
    pub citizenship: &'a str,
    /// The number; empty leaves a blank.
    pub number: &'a str,
}

/// Without a term a power of attorney lasts a year (Civil Code art. 186); writing it out,
/// in words as notaries do, saves the question.
pub const TERM: &str = "один год";

/// The Russian text: `___` marks what is written by hand or by the notary, including both
/// people's identity documents.
#[cfg(test)]
pub fn power_of_attorney(f: &PoaFacts<'_>) -> String {
    document(f).text()
}

/// The power of attorney. The right to receive money is written out, to the subscriber's
/// own account: without it the balance is not handed over. The notary or consul adds
/// their own certification, so no line is printed for it.
pub fn document(f: &PoaFacts<'_>) -> Document {
    let ru = i18n::russian;
    let blank = |v: &str, b: &str| {
        if v.trim().is_empty() {
            b.to_owned()
        } else {
            v.trim().to_owned()
        }
    };
    let name = full_name(f.name, f.name_ru);
    let number = blank(f.number, NUMBER_BLANK);
    let citizenship = blank(f.citizenship, CITIZENSHIP_BLANK);
    let mut parts = vec![
        Part::Title(ru("letter-poa-title", &[])),
        Part::Gap,
        Part::Line(ru("letter-poa-place", &[])),
        Part::Line(ru("letter-poa-date", &[])),
        Part::Gap,
        Part::Para(ru(
            "letter-poa-principal",
            &[
                ("name", name.clone().into()),
                ("citizenship", citizenship.into()),
            ],
        )),
        Part::Line(ru("letter-poa-id", &[])),
        Part::Line(ru("letter-poa-address", &[])),
        Part::Line(ru("letter-poa-appoints", &[])),
        Part::Line(ru("letter-poa-agent", &[])),
        Part::Line(ru("letter-poa-id", &[])),
        Part::Line(ru("letter-poa-address", &[])),
        Part::Line(ru(
            "letter-poa-scope",
            &[
                ("operator", f.operator.to_owned().into()),
                ("number", number.clone().into()),
            ],
        )),
    ];
    for key in [
        "letter-poa-right-details",
        "letter-poa-right-pay",
        "letter-poa-right-terminate",
        "letter-poa-right-block",
        "letter-poa-right-sign",
    ] {
        parts.push(Part::Line(ru(key, &[])));
    }
    parts.push(Part::Line(ru(
        "letter-poa-right-money",
        &[("number", number.into()), ("name", name.clone().into())],
    )));
    parts.push(Part::Line(ru("letter-poa-right-other", &[])));
    parts.push(Part::Gap);
    parts.push(Part::Para(ru("letter-poa-term", &[("term", TERM.into())])));
    parts.push(Part::Gap);
    parts.push(Part::Sign {
        date: ru("letter-poa-signs", &[]),
        name,
        caption: ru("letter-poa-sign-caption", &[]),
    });
    Document { parts }
}

/// The power of attorney as printed: one copy, for the notary or consul to certify.
pub fn poa_pdf(doc: &Document) -> Result<Vec<u8>, crate::pdf::PdfError> {
    crate::pdf::pdf(&i18n::russian("letter-poa-title", &[]), &[(doc, None)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_names_the_entity_the_number_and_the_right_to_receive_money() {
        let text = power_of_attorney(&PoaFacts {
            operator: "ПАО «МТС»",
            name: "LI WEI",
            name_ru: "Ли Вэй",
            citizenship: "Китайская Народная Республика",
            number: "+7 912 000-00-00",
        });
        assert!(text.starts_with("ДОВЕРЕННОСТЬ\n"), "{text}");
        assert!(text.contains("ПАО «МТС»"), "{text}");
        assert!(text.contains("+7 912 000-00-00"), "{text}");
        assert!(text.contains("Ли Вэй (LI WEI)"), "{text}");
        assert!(
            text.contains("гражданство: Китайская Народная Республика"),
            "{text}"
        );
        assert!(text.contains("сроком на один год"), "{text}");
        assert!(text.contains("агентов и дилеров"), "{text}");
        assert!(text.contains("детализацию"), "{text}");
        assert!(text.contains("погашать задолженность"), "{text}");
        assert!(
            text.contains("счёт в российском банке, открытый на имя Ли Вэй (LI WEI)"),
            "{text}"
        );
        assert!(!text.contains("Удостоверительная надпись"), "{text}");
        assert!(text.contains("расторгнуть"), "{text}");
        assert!(text.contains("получить"), "{text}");
        assert!(text.contains("денежных средств"), "{text}");
        // One blank for each person's identity document.
        assert_eq!(text.matches("удостоверяющий личность").count(), 2, "{text}");
    }

    #[test]
    fn what_is_not_known_is_a_blank() {
        let text = power_of_attorney(&PoaFacts {
            operator: "ООО «Т2 Мобайл»",
            name: "",
            name_ru: "",
            citizenship: "",
            number: " ",
        });
        assert!(text.contains("+7 (___) ___-__-__"), "{text}");
        assert!(text.contains(crate::letter::NAME_BLANK), "{text}");
        // Both parties have a citizenship blank.
        assert_eq!(
            text.matches(&format!("гражданство: {CITIZENSHIP_BLANK}"))
                .count(),
            2,
            "{text}"
        );
        assert!(!text.contains("{"), "{text}");
    }
}
