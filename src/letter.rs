//! The Russian application letter (заявление) printed for the counter.

use crate::i18n;
use crate::record::Balance;

/// What the application letter says.
pub struct LetterFacts<'a> {
    pub operator: &'a str,
    /// A termination (at a store); otherwise only a refund application.
    pub terminate: bool,
    pub balance: Balance,
    /// The subscriber, as in the contract.
    pub name: &'a str,
    pub number: &'a str,
    /// The contract is in someone else's name: the user hands it in as their representative.
    pub representative: bool,
}

/// Where a name is written by hand.
const NAME_BLANK: &str = "______________________________";

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
        ru("letter-place", &[]),
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
            out.push(ru("letter-bank", &[("name", name.clone().into())]));
            out.push(String::new());
        }
        Balance::Transfer => {
            out.push(ru("letter-transfer", &[("number", number.into())]));
            out.push(String::new());
        }
        Balance::None | Balance::Keep => {}
    }
    // The one who signs: the representative writes their own name by hand.
    let signer = if f.representative {
        NAME_BLANK.to_owned()
    } else {
        name
    };
    out.push(ru("letter-sign", &[("signer", signer.into())]));
    out.join("\n") + "\n"
}
