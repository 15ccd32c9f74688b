//! The rules an answer must meet, alone and with the others: one place for every check, so
//! that the configuration refuses before the first line of guidance with the same rules
//! the flow uses to ask again. Refusals name questions, never flags: only the error layer
//! spells a question as a flag.

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};

use crate::answers::{Balance, MAX_TEXT, Preset, Question, Status};
use crate::catalog::{self, Action, Catalog, Channel, Operator};
use crate::dates::{BadDate, Clock};
use crate::ends::{BalanceRule, Where};
use crate::error::Error;
use crate::{i18n, t};

pub fn unknown_operator(catalog: &Catalog, id: &str) -> Error {
    Error::Usage(t!(
        "err-unknown-operator",
        id = catalog::clean(id),
        known = catalog.ids().join(", ")
    ))
}

/// Whether the operator's data lets `action` be chosen: a route for it, or no route needed
/// (a number lapses by itself, at every operator).
pub fn offers(op: &Operator, action: Action) -> bool {
    !action.end().channel.needs_route() || !op.channels_for(action).is_empty()
}

/// An action the operator's data offers no route for, and the actions it does offer.
pub fn action_refusal(op: &Operator, action: Action) -> String {
    let offered: Vec<&str> = Action::ALL
        .into_iter()
        .filter(|&a| offers(op, a))
        .map(Action::id)
        .collect();
    t!(
        "err-action-not-offered",
        operator = op.id().to_owned(),
        action = action.id(),
        offered = offered.join(", ")
    )
}

/// `--balance refund|transfer` with an action that leaves the balance on the number.
pub fn balance_refusal(action: Action) -> String {
    let refusal = match action.end().balance {
        BalanceRule::Stays { refusal, .. } => refusal,
        // Not called for an end whose balance is asked; said as for any other, if it were.
        BalanceRule::Asked => "err-balance-stays",
    };
    i18n::lookup(i18n::lang(), refusal, &[("action", action.id().into())])
}

/// The channels that can be chosen: those the operator offers for the action, less the
/// store from abroad; none at all is an error that says what is left.
pub fn offered_channels(
    op: &Operator,
    action: Action,
    abroad: bool,
) -> Result<Vec<Channel>, Error> {
    let mut offered = op.channels_for(action);
    if abroad {
        offered.retain(|&c| c != Channel::Store);
    }
    if offered.is_empty() {
        return Err(Error::Usage(t!(
            "err-no-channel-abroad",
            operator = op.id().to_owned()
        )));
    }
    Ok(offered)
}

/// Why `channel` cannot be used, and what can.
pub fn channel_refusal(
    op: &Operator,
    action: Action,
    channel: Channel,
    abroad: bool,
    offered: &[Channel],
) -> String {
    let names: Vec<&str> = offered.iter().map(|c| c.id()).collect();
    if abroad && channel == Channel::Store {
        return t!("err-store-abroad", offered = names.join(", "));
    }
    let mut msg = t!(
        "err-channel-not-offered",
        operator = op.id().to_owned(),
        action = action.id(),
        channel = channel.id(),
        offered = names.join(", ")
    );
    if let Some(instead) = op.route(channel, action).and_then(|r| r.instead.as_ref()) {
        msg.push_str(i18n::sentence_gap(i18n::lang()));
        msg.push_str(instead.get(i18n::lang()));
    }
    msg
}

/// A representative goes to a store: with any other channel the flag would do nothing.
/// Letting a number lapse is done nowhere, by nobody: a channel or a representative with
/// it would be silently dropped.
fn representative_contradiction(p: &Preset) -> Option<Error> {
    if let Some(Where::Nowhere { refusal }) = p.action.map(|a| a.end().channel) {
        let given = [
            (Question::Channel, p.channel.map(Channel::id)),
            (Question::Representative, None),
        ];
        let asked: Vec<_> = given
            .into_iter()
            .filter(|(q, v)| match q {
                Question::Channel => v.is_some(),
                _ => p.representative == Some(true),
            })
            .collect();
        if !asked.is_empty() {
            let message = i18n::lookup(i18n::lang(), refusal, &[]);
            return Some(Error::refused(&asked, message));
        }
    }
    match (p.representative, p.channel) {
        (Some(true), Some(c)) if c != Channel::Store => Some(Error::refused(
            &[
                (Question::Representative, None),
                (Question::Channel, Some(c.id())),
            ],
            t!("err-representative-channel"),
        )),
        _ => None,
    }
}

/// The answers flags give that are wrong whatever the table says: contradictions, dates,
/// numbers and files. Evidence files become the absolute paths the record keeps.
pub fn check_answers(preset: &mut Preset, clock: Clock) -> Result<(), Error> {
    for (question, text) in [
        (Question::Name, &preset.name),
        (Question::Number, &preset.number),
        (Question::When, &preset.when),
        (Question::Reference, &preset.reference),
        (Question::Contact, &preset.contact),
        (Question::Note, &preset.note),
    ] {
        check_length(question, text.as_deref())?;
    }
    if let (Some(action), Some(Balance::Refund | Balance::Transfer)) =
        (preset.action, preset.balance)
        && !action.end().balance.is_asked()
    {
        return Err(Error::Usage(balance_refusal(action)));
    }
    if let Some(refusal) = representative_contradiction(preset) {
        return Err(refusal);
    }
    if let Some(text) = &preset.when {
        match clock.parse_when(text) {
            Err(why) => return Err(refused(Question::When, text, when_refused(text, why))),
            Ok(when) => {
                let stage = preset.stage.unwrap_or(Status::Planned);
                if let Err(m) = check_done_time(stage, when, clock.now()) {
                    return Err(refused(Question::When, text, m));
                }
            }
        }
    }
    if let Some(number) = &preset.number
        && !number.trim().is_empty()
        && crate::labels::phone(number).is_none()
    {
        let message = t!("err-number", value = catalog::clean(number));
        return Err(refused(Question::Number, number, message));
    }
    if let Some(files) = &mut preset.files {
        // A control character in a file name is never typed on purpose, and the name
        // could not be shown or recorded as it is (a bidi override would disguise it):
        // refused before anything is looked up.
        if let Some(typed) = files
            .iter()
            .find(|f| f.chars().any(crate::clean::is_unsafe))
        {
            let c = typed
                .chars()
                .find(|&c| crate::clean::is_unsafe(c))
                .unwrap_or(' ');
            return Err(Error::refused(
                &[(Question::Files, Some(&one_line(typed)))],
                t!("err-control", char = shown_char(c)),
            ));
        }
        let home = std::env::var_os("HOME").map(PathBuf::from);
        for typed in files.iter_mut() {
            match crate::answers::check_file(typed, home.as_deref()) {
                Ok(checked) => *typed = checked.path().to_owned(),
                Err(m) => {
                    return Err(Error::refused(&[(Question::Files, None)], m));
                }
            }
        }
    }
    Ok(())
}

/// An answer given as a flag that cannot be used.
fn refused(question: Question, value: &str, message: String) -> Error {
    Error::refused(&[(question, Some(value))], message)
}

/// An evidence file named in the wizard, checked against the real `HOME`.
pub fn check_evidence_file(typed: &str) -> Result<crate::answers::FileRef, String> {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    crate::answers::check_file(typed, home.as_deref())
}

/// Why a typed date was refused, in the user's words.
pub fn when_refused(text: &str, why: BadDate) -> String {
    let value = catalog::clean(text);
    match why {
        BadDate::Form => t!("err-when", value = value),
        BadDate::TooFar => t!(
            "err-when-far",
            value = value,
            years = crate::dates::MAX_YEARS_AWAY
        ),
        BadDate::Skipped => t!("err-when-skipped", value = value),
    }
}

/// A done time after now is not a record of something done.
pub fn check_done_time(
    status: Status,
    when: Option<DateTime<FixedOffset>>,
    now: DateTime<FixedOffset>,
) -> Result<(), String> {
    match when {
        Some(w) if status != Status::Planned && w > now => Err(t!(
            "err-when-future",
            value = w.format("%Y-%m-%d %H:%M").to_string()
        )),
        _ => Ok(()),
    }
}

/// A free-text answer longer than a record keeps; and, for the answers that go on one
/// line of a document (a name, the number, the reference, the contact), one that would
/// not stay on its line there.
pub fn check_length(question: Question, text: Option<&str>) -> Result<(), Error> {
    match text.map(|t| t.chars().count()) {
        Some(count) if count > MAX_TEXT => Err(Error::TooLong { question, count }),
        _ => match (question, text) {
            (Question::Name, Some(name)) => check_name(question, name),
            (Question::Number | Question::Reference | Question::Contact, Some(line)) => {
                check_line(question, line)
            }
            _ => Ok(()),
        },
    }
}

/// The most a name may have: passports print far fewer, and a letter has one line for it.
pub const MAX_NAME: usize = 100;

/// A name as it goes into a Russian document ("Я, …" in a power of attorney, the
/// applicant's line of a letter): one line of letters, spaces, hyphens, apostrophes and
/// dots, at most [`MAX_NAME`] characters. Anything else would let a name add words of its
/// own to a legal document. Letters outside the Latin and Cyrillic alphabets are left to
/// `letter::name_fits`, which asks a terminal user again for the Latin spelling. Any
/// question that takes a name (a Russian spelling, a representative's) uses this rule.
pub fn check_name(question: Question, name: &str) -> Result<(), Error> {
    let count = name.chars().count();
    let bad = name
        .trim()
        .chars()
        .find(|&c| !(c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '\u{2019}' | '.')));
    let reason = if count > MAX_NAME {
        t!("err-name-long", count = count, max = MAX_NAME)
    } else if let Some(c) = bad {
        t!("err-name-chars", char = shown_char(c))
    } else {
        return Ok(());
    };
    Err(Error::refused(&[(question, Some(&one_line(name)))], reason))
}

/// An answer that is written on one line of a record, a calendar or a document: no line
/// break, tab or other control character, which would start a line of its own there or
/// drive the reader's terminal, and no bidi control, which would reorder the line.
pub fn check_line(question: Question, text: &str) -> Result<(), Error> {
    match text.chars().find(|&c| crate::clean::is_unsafe(c)) {
        None => Ok(()),
        Some(c) => Err(Error::refused(
            &[(question, Some(&one_line(text)))],
            t!("err-control", char = shown_char(c)),
        )),
    }
}

/// A refused character as the message names it: a control or bidi control by its code
/// (U+000A, U+202E), any other as itself.
fn shown_char(c: char) -> String {
    if crate::clean::is_unsafe(c) || c.is_whitespace() {
        format!("U+{:04X}", u32::from(c))
    } else {
        format!("`{c}` (U+{:04X})", u32::from(c))
    }
}

/// A refused value as the message shows it: its first line, shortened.
fn one_line(text: &str) -> String {
    let first: String = text
        .chars()
        .take_while(|&c| !crate::clean::is_unsafe(c))
        .take(60)
        .collect();
    if first.chars().count() < text.chars().count() {
        format!("{first}…")
    } else {
        first
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_one_line_of_letters() {
        for ok in [
            "",
            "LI WEI",
            "O'Brien-Smith J.",
            "Иванов И.И.",
            "Zoë D’Arcy",
            "李伟",
        ] {
            assert!(check_name(Question::Name, ok).is_ok(), "{ok}");
        }
        let long = "A".repeat(MAX_NAME + 1);
        for bad in [
            "LI\nWEI",
            "LI WEI 2",
            "LI <WEI>",
            "a\u{1b}[31m",
            "LI,WEI",
            long.as_str(),
        ] {
            assert!(check_name(Question::Name, bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_one_line_answer_has_no_control_character() {
        assert!(check_line(Question::Reference, "M-123 / 45").is_ok());
        // A bidi override is no control to `char::is_control`, but it reorders the line.
        for bad in [
            "M\n1",
            "M\t1",
            "M\u{1b}1",
            "M\r",
            "M\u{202e}1",
            "M\u{2066}1",
        ] {
            assert!(check_line(Question::Reference, bad).is_err(), "{bad:?}");
        }
    }
}
