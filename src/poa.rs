//! The Russian power of attorney (доверенность) for someone who goes to the store in the
//! user's place: the text a consulate or notary wants in advance.

use crate::i18n;

/// What the power of attorney names.
pub struct PoaFacts<'a> {
    /// The operator's legal entity, whom the representative deals with.
    pub operator: &'a str,
    /// The subscriber, as in the contract; empty leaves a blank.
    pub name: &'a str,
    /// The number; empty leaves a blank.
    pub number: &'a str,
}

const NAME_BLANK: &str = "______________________________";

/// The Russian text: `___` marks what is written by hand or by the notary, including both
/// people's identity documents. The right to receive money is written out: without it the
/// balance is not handed over.
pub fn power_of_attorney(f: &PoaFacts<'_>) -> String {
    let ru = i18n::russian;
    let or_blank = |v: &str, blank: &str| {
        if v.trim().is_empty() {
            blank.to_owned()
        } else {
            v.to_owned()
        }
    };
    let name = or_blank(f.name, NAME_BLANK);
    let number = or_blank(f.number, "+7 (___) ___-__-__");
    let operator = f.operator.to_owned();
    [
        ru("letter-poa-title", &[]),
        ru("letter-poa-place-date", &[]),
        String::new(),
        ru("letter-poa-principal", &[("name", name.clone().into())]),
        ru("letter-poa-id", &[]),
        ru("letter-poa-address", &[]),
        ru("letter-poa-appoints", &[]),
        ru("letter-poa-agent", &[]),
        ru("letter-poa-id", &[]),
        ru("letter-poa-address", &[]),
        String::new(),
        ru(
            "letter-poa-scope",
            &[
                ("operator", operator.into()),
                ("number", number.clone().into()),
            ],
        ),
        ru("letter-poa-right-terminate", &[]),
        ru("letter-poa-right-block", &[]),
        ru("letter-poa-right-sign", &[]),
        ru("letter-poa-right-money", &[("number", number.into())]),
        ru("letter-poa-right-documents", &[]),
        String::new(),
        ru("letter-poa-term", &[]),
        String::new(),
        ru("letter-poa-sign", &[("name", name.into())]),
        String::new(),
        ru("letter-poa-certified", &[]),
    ]
    .join("\n")
        + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_names_the_entity_the_number_and_the_right_to_receive_money() {
        let text = power_of_attorney(&PoaFacts {
            operator: "ПАО «МТС»",
            name: "Ли Вэй",
            number: "+7 912 000-00-00",
        });
        assert!(text.starts_with("ДОВЕРЕННОСТЬ\n"), "{text}");
        assert!(text.contains("ПАО «МТС»"), "{text}");
        assert!(text.contains("+7 912 000-00-00"), "{text}");
        assert!(text.contains("Ли Вэй"), "{text}");
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
            number: " ",
        });
        assert!(text.contains("+7 (___) ___-__-__"), "{text}");
        assert!(text.contains(NAME_BLANK), "{text}");
        assert!(!text.contains("{"), "{text}");
    }
}
