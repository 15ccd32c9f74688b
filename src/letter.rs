//! The Russian application letter (заявление) printed for the counter.

use crate::answers::Balance;
use crate::i18n;

/// What the application letter says.
pub struct LetterFacts<'a> {
    pub operator: &'a str,
    /// A termination (at a store); otherwise only a refund application.
    pub terminate: bool,
    pub balance: Balance,
    /// The subscriber, as in the passport the contract was made out from.
    pub name: &'a str,
    pub number: &'a str,
    /// The contract is in someone else's name: the user hands it in as their representative.
    pub representative: bool,
}

/// Where a name is written by hand.
const NAME_BLANK: &str = "______________________________";

/// Whether a name can go into a Russian document: every letter in it is Latin or
/// Cyrillic. A clerk matches the name against a contract made out from a passport, whose
/// machine-readable page is in Latin letters; Chinese characters match nothing there.
pub fn name_fits(name: &str) -> bool {
    name.chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| c.is_ascii_alphabetic() || latin(c) || cyrillic(c))
}

fn latin(c: char) -> bool {
    matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
        && c != '\u{00D7}'
        && c != '\u{00F7}'
}

fn cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}')
}

/// The Russian application: `___` marks what the user writes by hand. Dates are among
/// them, since the letter is often printed days before the visit.
pub fn application_letter(f: &LetterFacts<'_>) -> String {
    let ru = i18n::russian;
    let or_blank = |v: &str, blank: &str| {
        if v.is_empty() {
            blank.to_owned()
        } else {
            v.to_owned()
        }
    };
    let name = or_blank(f.name, NAME_BLANK);
    let number = or_blank(f.number, "+7 (___) ___-__-__");
    let mut out = vec![
        ru("letter-to", &[("operator", f.operator.into())]),
        ru("letter-from", &[("name", name.clone().into())]),
    ];
    if f.representative {
        out.push(ru("letter-representative", &[]));
    }
    let who = ru(
        "letter-id-who",
        &[(
            "representative",
            if f.representative { "yes" } else { "no" }.into(),
        )],
    );
    out.extend([
        ru("letter-number", &[("number", number.clone().into())]),
        ru("letter-id", &[("who", who.into())]),
        ru("letter-blank-line", &[]),
        ru("letter-contact", &[]),
        String::new(),
        ru("letter-title", &[]),
        ru(
            match (f.terminate, f.balance) {
                (true, Balance::Refund) => "letter-about-terminate-refund",
                (true, Balance::Transfer) => "letter-about-terminate-transfer",
                (true, Balance::None | Balance::Keep) => "letter-about-terminate",
                (false, Balance::Transfer) => "letter-about-transfer",
                (false, _) => "letter-about-refund",
            },
            &[],
        ),
        String::new(),
    ]);
    if f.terminate {
        out.push(ru("letter-terminate", &[("number", number.clone().into())]));
        out.push(String::new());
    }
    match f.balance {
        Balance::Refund => {
            out.push(ru("letter-refund", &[("number", number.clone().into())]));
            // One field a line, as the clerk copies them into the refund form.
            out.push(ru(
                "letter-bank-recipient",
                &[("name", name.clone().into())],
            ));
            for key in [
                "letter-bank-name",
                "letter-bank-bik",
                "letter-bank-corr",
                "letter-bank-account",
            ] {
                out.push(ru(key, &[]));
            }
            out.push(String::new());
        }
        Balance::Transfer => {
            out.push(ru("letter-transfer", &[("number", number.into())]));
            out.push(String::new());
        }
        Balance::None | Balance::Keep => {}
    }
    if f.terminate {
        out.push(ru("letter-confirm", &[]));
        out.push(String::new());
    }
    if f.representative {
        out.push(ru("letter-attachment", &[]));
        out.push(String::new());
    }
    // The one who signs: the representative writes their own name by hand.
    let signer = if f.representative {
        NAME_BLANK.to_owned()
    } else {
        name
    };
    out.push(ru("letter-sign", &[("signer", signer.into())]));
    out.push(ru("letter-sign-under", &[]));
    out.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::name_fits;

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
