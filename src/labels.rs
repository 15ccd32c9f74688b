//! How the program names things to the user: operators, actions, channels, days, the
//! checklist, and the confidence of a fact. Shared by the flow and the listings.

use chrono::Weekday;

use crate::answers::Choice;
use crate::answers::{Balance, Prep};
use crate::catalog::{Action, Channel, Confidence, Operator};
use crate::i18n::Lang;
use crate::t;

pub fn operator_label(op: &Operator, lang: Lang) -> String {
    let name = op.name.get(lang);
    let ru = op.name.get(Lang::Ru);
    if ru != name {
        format!("{name} ({ru})")
    } else {
        name.to_owned()
    }
}

pub fn action_choices() -> Vec<Choice> {
    vec![
        Choice {
            label: t!("action-cancel"),
            hint: t!("action-cancel-hint"),
        },
        Choice {
            label: t!("action-suspend"),
            hint: t!("action-suspend-hint"),
        },
    ]
}

/// One action as a menu choice, with its hint.
pub fn action_choice(a: Action) -> Choice {
    let (label, hint) = match a {
        Action::Cancel => (t!("action-cancel"), t!("action-cancel-hint")),
        Action::Suspend => (t!("action-suspend"), t!("action-suspend-hint")),
        Action::Transfer => (t!("action-transfer"), t!("action-transfer-hint")),
        Action::Keep => (t!("action-keep"), t!("action-keep-hint")),
    };
    Choice { label, hint }
}

pub fn action_name(a: Action) -> String {
    match a {
        Action::Cancel => t!("action-cancel"),
        Action::Suspend => t!("action-suspend"),
        Action::Transfer => t!("action-transfer"),
        Action::Keep => t!("action-keep"),
    }
}

pub fn channel_name(c: Channel) -> String {
    match c {
        Channel::Store => t!("channel-store"),
        Channel::Hotline => t!("channel-hotline"),
        Channel::Online => t!("channel-online"),
        Channel::Gosuslugi => t!("channel-gosuslugi"),
    }
}

pub fn weekday_name(d: Weekday) -> String {
    match d {
        Weekday::Mon => t!("day-mon"),
        Weekday::Tue => t!("day-tue"),
        Weekday::Wed => t!("day-wed"),
        Weekday::Thu => t!("day-thu"),
        Weekday::Fri => t!("day-fri"),
        Weekday::Sat => t!("day-sat"),
        Weekday::Sun => t!("day-sun"),
    }
}

pub fn prep_label(p: Prep) -> String {
    match p {
        Prep::Contacts => t!("prep-contacts"),
        Prep::Sms => t!("prep-sms"),
        Prep::Banks => t!("prep-banks"),
        Prep::Gosuslugi => t!("prep-gosuslugi"),
        Prep::Messengers => t!("prep-messengers"),
        Prep::TwoFactor => t!("prep-2fa"),
        Prep::Telegram => t!("prep-telegram"),
        Prep::Whatsapp => t!("prep-whatsapp"),
        Prep::GosuslugiApp => t!("prep-gosuslugi-app"),
    }
}

pub fn balance_label(b: Balance) -> String {
    match b {
        Balance::Refund => t!("balance-refund"),
        Balance::Transfer => t!("balance-transfer"),
        Balance::None | Balance::Keep => t!("balance-none"),
    }
}

/// ` [secondary · vareant.ru]` for facts below official; nothing for official ones.
pub fn marker(confidence: Confidence, source: Option<&str>) -> String {
    let level = match confidence {
        Confidence::Official => return String::new(),
        Confidence::Secondary => t!("confidence-secondary"),
        Confidence::Unverified => t!("confidence-unverified"),
    };
    match source.and_then(host) {
        Some(h) => format!(" [{level} · {h}]"),
        None => format!(" [{level}]"),
    }
}

fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    Some(host.strip_prefix("www.").unwrap_or(host))
}

/// `8 800 250-08-90` → `+7 800 250-08-90`; other forms are shown as they are.
pub fn plus_seven(number: &str) -> String {
    match number.strip_prefix("8 ") {
        Some(rest) => format!("+7 {rest}"),
        None => number.to_owned(),
    }
}

/// A Russian number in one form, `+7 916 123-45-67`, from any usual way of typing it
/// (`89161234567`, `+7 (916) 123 45 67`, `9161234567`); `None` when it is not one.
pub fn phone(typed: &str) -> Option<String> {
    let allowed = |c: char| c.is_ascii_digit() || " -()+.".contains(c);
    if !typed.chars().all(allowed) || typed.matches('+').count() > 1 {
        return None;
    }
    let digits: String = typed.chars().filter(char::is_ascii_digit).collect();
    let plus = typed.trim_start().starts_with('+');
    let national = match (digits.len(), digits.as_bytes().first()) {
        (11, Some(b'7')) => &digits[1..],
        (11, Some(b'8')) if !plus => &digits[1..],
        (10, _) if !plus => &digits[..],
        _ => return None,
    };
    Some(format!(
        "+7 {} {}-{}-{}",
        &national[..3],
        &national[3..6],
        &national[6..8],
        &national[8..]
    ))
}

/// A number for a listing others may see: `+7 916 ***-**-67`.
pub fn masked(number: &str) -> String {
    match (
        number.get(..6),
        number.get(number.len().saturating_sub(2)..),
    ) {
        (Some(head), Some(tail)) if number.starts_with("+7 ") && number.len() == 16 => {
            format!("{head} ***-**-{tail}")
        }
        _ => crate::catalog::clean(number),
    }
}

#[cfg(test)]
mod phone_tests {
    use super::*;

    #[test]
    fn numbers_are_normalised_and_masked() {
        for typed in [
            "+7 916 123-45-67",
            "89161234567",
            "+7 (916) 123 45 67",
            "9161234567",
            "7-916-123-45-67",
        ] {
            assert_eq!(phone(typed).as_deref(), Some("+7 916 123-45-67"), "{typed}");
        }
        for bad in [
            "hello",
            "",
            "+8 916 123 45 67",
            "123",
            "+7 916 123 45 678",
            "+7 916 +1234567",
        ] {
            assert_eq!(phone(bad), None, "{bad}");
        }
        assert_eq!(masked("+7 916 123-45-67"), "+7 916 ***-**-67");
    }
}
