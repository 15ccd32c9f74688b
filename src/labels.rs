//! How the program names things to the user: operators, actions, channels, days, the
//! checklist, and the confidence of a fact. Shared by the flow and the listings.

use chrono::Weekday;

use fluent_bundle::FluentValue;

use crate::answers::Choice;
use crate::answers::{Balance, Prep};
use crate::catalog::{Action, Channel, Confidence, Operator};
use crate::i18n::{self, Lang};
use crate::t;

/// An operator as a menu or a listing names it: with its Russian name, as on the signs,
/// unless the name already holds it («SberMobile（СберМобайл）») or has an aside of its own
/// (another operator), which a second pair of brackets would follow.
pub fn operator_label(op: &Operator, lang: Lang) -> String {
    let name = op.name.get(lang);
    let ru = op.name.get(Lang::Ru);
    if name.contains(ru) || name.contains(['(', '（']) {
        name.to_owned()
    } else if lang == Lang::Zh {
        // Chinese brackets its asides full-width, as its texts do (My MTS（Мой МТС）).
        format!("{name}（{ru}）")
    } else {
        format!("{name} ({ru})")
    }
}

/// An operator's name for a message, declinable there with `CASE($operator, case: "gen")`
/// from the language's `-operator-{id}` term; an operator without one keeps its data name.
pub fn operator_arg(op: &Operator, lang: Lang) -> FluentValue<'static> {
    i18n::named(
        format!("operator-{}", op.id()),
        op.name.get(lang).to_owned(),
    )
}

/// An operator's name from the id a record keeps: the term of the language, else the
/// name in the shipped table, else the id cleaned of anything a terminal would act on.
pub fn operator_by_id(id: &str) -> String {
    let lang = i18n::lang();
    if let Some(name) = i18n::term(lang, &format!("operator-{id}"), "nom") {
        return name;
    }
    static SHIPPED: std::sync::OnceLock<Option<crate::catalog::Catalog>> =
        std::sync::OnceLock::new();
    SHIPPED
        .get_or_init(|| crate::catalog::embedded().ok())
        .as_ref()
        .and_then(|c| c.operator(id))
        .map_or_else(
            || crate::catalog::clean(id),
            |op| op.name.get(lang).to_owned(),
        )
}

/// An action as a noun in a sentence or a listing («переоформление», 过户), declinable
/// with `CASE($action, case: "acc")`.
pub fn action_arg(a: Action) -> FluentValue<'static> {
    i18n::named(format!("action-{}", a.id()), action_noun(a))
}

/// A channel in a sentence, with `CASE($channel, case: "via")` for «по горячей линии».
pub fn channel_arg(c: Channel) -> FluentValue<'static> {
    i18n::named(format!("channel-{}", c.id()), channel_name(c))
}

/// An action as a noun (a listing's column, a follow-up), not the first-person menu line.
pub fn action_noun(a: Action) -> String {
    message(a.end().noun)
}

/// A message the ends' table names, in the current language, as `t!` gives one.
pub fn message(id: &str) -> String {
    i18n::lookup(i18n::lang(), id, &[])
}

/// A menu choice explained: `Горячая линия — попросите…`. The hint goes on after a dash
/// (a colon in Chinese), so its first word is not capitalised unless it is a name.
pub fn choice_line(label: &str, hint: &str) -> String {
    t!(
        "choice-hint",
        label = label.to_owned(),
        hint = lower_first(hint)
    )
}

/// `Попросите…` → `попросите…`; names (`Госуслуги`, `Telegram`) and abbreviations
/// (`SIM`, `МТС`) keep their capital.
pub fn lower_first(text: &str) -> String {
    const NAMES: [&str; 16] = [
        "госуслуг",
        "gosuslugi",
        "telegram",
        "билайн",
        "beeline",
        "yota",
        "мой",
        "my",
        "i",
        "москв",
        "moscow",
        "росси",
        "russia",
        "tele",
        "megafon",
        "google",
    ];
    let word: String = text.chars().take_while(|c| c.is_alphabetic()).collect();
    let mut chars = word.chars();
    // «В салоне…» too: a one-letter word is lowered unless it is a name (English "I").
    let capital_then_lower =
        chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
    let lower = word.to_lowercase();
    if !capital_then_lower || NAMES.iter().any(|n| lower.starts_with(n)) {
        return text.to_owned();
    }
    let mut out = text.chars();
    let first = out.next().map(|c| c.to_lowercase().collect::<String>());
    format!("{}{}", first.unwrap_or_default(), out.as_str())
}

/// One action as a menu choice, with its hint.
pub fn action_choice(a: Action) -> Choice {
    Choice {
        label: message(a.end().label),
        hint: message(a.end().hint),
    }
}

pub fn action_name(a: Action) -> String {
    message(a.end().label)
}

/// A record's channel in a listing: a lapse has none, and says so.
pub fn channel_or_none(c: Option<Channel>) -> String {
    c.map_or_else(|| t!("show-none"), channel_name)
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

/// The checklist's tasks by what they ask (what to save, where to change the number,
/// which login to secure), each with its name in a word or two.
const PREP_GROUPS: [(&str, &[(Prep, &str)]); 3] = [
    (
        "prep-group-save",
        &[
            (Prep::Contacts, "prep-short-contacts"),
            (Prep::Sms, "prep-short-sms"),
        ],
    ),
    (
        "prep-group-change",
        &[
            (Prep::Banks, "prep-short-banks"),
            (Prep::Gosuslugi, "prep-short-gosuslugi"),
            (Prep::Messengers, "prep-short-messengers"),
            (Prep::TwoFactor, "prep-short-2fa"),
        ],
    ),
    (
        "prep-group-secure",
        &[
            (Prep::Telegram, "prep-short-telegram"),
            (Prep::Whatsapp, "prep-short-whatsapp"),
            (Prep::GosuslugiApp, "prep-short-gosuslugi-app"),
        ],
    ),
];

/// What is still open of the checklist in a few lines, a line for each group with a task
/// left. The full tasks are in the guide: a screen that lists all nine pushes the route off
/// it.
pub fn prep_groups(open: &[Prep]) -> Vec<String> {
    let lang = i18n::lang();
    PREP_GROUPS
        .iter()
        .filter_map(|(group, items)| {
            let left: Vec<String> = items
                .iter()
                .filter(|(p, _)| open.contains(p))
                .map(|(_, short)| i18n::lookup(lang, short, &[]))
                .collect();
            (!left.is_empty()).then(|| {
                let left = left.join(i18n::list_separator(lang));
                i18n::lookup(lang, group, &[("items", left.into())])
            })
        })
        .collect()
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
mod ends_tests {
    use crate::catalog::Action;
    use crate::i18n::{self, Lang};

    /// The ends' table names its messages as plain strings, not through `t!`, so the
    /// check that every id the code asks for exists does not see them: this one does.
    #[test]
    fn every_message_an_end_names_exists_in_every_language() {
        for lang in Lang::ALL {
            let ids = i18n::message_ids(lang);
            for a in Action::ALL {
                for id in a.end().messages() {
                    assert!(ids.iter().any(|i| i == id), "{lang:?} {a:?}: no {id}");
                }
            }
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Each task is in one group, once: none is left off the screen's summary.
    #[test]
    fn every_checklist_task_is_in_one_group() {
        for p in Prep::ALL {
            let found = PREP_GROUPS
                .iter()
                .flat_map(|(_, items)| items.iter())
                .filter(|(q, _)| *q == p)
                .count();
            assert_eq!(found, 1, "{p:?}");
        }
        assert_eq!(prep_groups(&Prep::ALL).len(), PREP_GROUPS.len());
        assert!(prep_groups(&[]).is_empty());
    }
}
