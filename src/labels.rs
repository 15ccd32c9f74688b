//! How the program names things to the user: operators, actions, channels, days, the
//! checklist, and the confidence of a fact. Shared by the flow and the listings.

use chrono::Weekday;

use crate::catalog::{Action, Channel, Confidence, Operator};
use crate::i18n::Lang;
use crate::record::{Balance, Prep};
use crate::t;
use crate::wizard::Choice;

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
