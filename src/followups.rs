//! Dated checks that fit the stage a record is at, and completing a record (`records done`).

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::answers::{Balance, Status};
use crate::answers::{Preset, Question};
use crate::calendar::Calendar;
use crate::catalog::{self, Action, Channel, Operator};
use crate::dates::{self, Clock};
use crate::error::Error;
use crate::record::{self, Evidence, FollowUp, Record, Repeat};
use crate::t;

/// Reminders, not operator facts: nobody publishes how long a refund or a final bill takes.
const REFUND_CHECK_DAYS: u32 = 14;
const FINAL_BILL_DAYS: u32 = 30;
/// About when a terminated number is re-issued (the `reissue` fact): a loan or an account
/// opened with it would show by then.
const CREDIT_CHECK_DAYS: u32 = 60;
/// Time for a re-registration to go through before checking the number left your name.
const TRANSFER_CHECK_DAYS: u32 = 14;
/// The first keep-alive action, then monthly: within every inactivity window published.
const KEEP_ALIVE_DAYS: u32 = 30;

/// What the follow-ups of one record depend on.
pub struct Basis<'a> {
    pub op: Option<&'a Operator>,
    pub action: Action,
    pub channel: Channel,
    pub balance: Balance,
    pub evidence: &'a Evidence,
    pub now: DateTime<FixedOffset>,
    pub calendar: &'a Calendar,
}

/// Dated checks that fit the stage. A plan gets one: go on, at the next good slot (its
/// own time when one was given). A started record gets the step that remains. Only a
/// completed one gets the refund, final-bill and block checks, dated from the day it was
/// done. Periods the operator publishes (free days) come from the data; the others are
/// reminders. A date past the end of the calendar is left out rather than computed.
pub fn follow_ups(b: &Basis<'_>) -> Vec<FollowUp> {
    let when = b
        .evidence
        .when
        .as_ref()
        .and_then(|w| DateTime::parse_from_rfc3339(&w.to_string()).ok());
    let action = ("action", b.action.id().to_owned());
    if b.action == Action::Keep {
        // Keeping a number has no moment it is done: the monthly keep-alive is the plan.
        let base = when.map_or(b.now.date_naive(), |w| w.date_naive());
        return completed_checks(b.op, b.action, b.balance, base);
    }
    match b.evidence.status {
        Status::Planned => {
            let at = when.unwrap_or(b.now).max(b.now);
            let date = slot(b.calendar, b.channel, at);
            let channel = ("channel", b.channel.id().to_owned());
            vec![FollowUp::new(date, "follow-go-on", &[action, channel])]
        }
        Status::Started => {
            let channel = b.evidence.remains.unwrap_or(b.channel);
            let date = slot(b.calendar, channel, b.now);
            let channel = ("channel", channel.id().to_owned());
            vec![FollowUp::new(date, "follow-finish", &[action, channel])]
        }
        Status::Completed => {
            let base = when.map_or(b.now.date_naive(), |w| w.date_naive());
            completed_checks(b.op, b.action, b.balance, base)
        }
    }
}

/// The day to go on: now for online; else the next working-hours slot.
fn slot(calendar: &Calendar, channel: Channel, at: DateTime<FixedOffset>) -> NaiveDate {
    if channel == Channel::Online {
        return at.date_naive();
    }
    calendar
        .next_good(at)
        .map_or(at.date_naive(), |t| t.date_naive())
}

fn completed_checks(
    op: Option<&Operator>,
    action: Action,
    balance: Balance,
    base: NaiveDate,
) -> Vec<FollowUp> {
    let since = ("done", base.format("%Y-%m-%d").to_string());
    let mut out = Vec::new();
    let mut add_every = |days: u32, key: &str, repeat: Option<Repeat>| {
        if let Some(date) = dates::after(base, days) {
            let mut check = FollowUp::new(date, key, std::slice::from_ref(&since));
            check.repeat = repeat;
            out.push(check);
        }
    };
    let mut add = |days: u32, key: &str| add_every(days, key, None);
    match action {
        Action::Cancel => {
            if matches!(balance, Balance::Refund | Balance::Transfer) {
                add(REFUND_CHECK_DAYS, "follow-refund");
            }
            add(FINAL_BILL_DAYS, "follow-final-bill");
            add(CREDIT_CHECK_DAYS, "follow-credit");
        }
        Action::Transfer => add(TRANSFER_CHECK_DAYS, "follow-transfer"),
        Action::Keep => add_every(KEEP_ALIVE_DAYS, "follow-keep", Some(Repeat::Monthly)),
        Action::Suspend => {
            // Known terms date the end of the free days and of the longest block; unknown
            // ones still get a check that the block is on and what it costs.
            let terms = op.and_then(|op| op.suspend.value.as_ref());
            for check in catalog::suspension_checks(terms) {
                add(check.days, check.message);
            }
        }
    }
    out
}

/// Whether `channel` can end `action` at `op`, from the route's `completes`; a channel the
/// table does not know is taken at its word.
pub fn completes(op: Option<&Operator>, channel: Channel, action: Action) -> bool {
    op.and_then(|op| op.route(channel, action))
        .is_none_or(|r| r.completes)
}

/// Where a route that cannot end the action is finished: the first offered channel that
/// can.
pub fn remaining_channel(op: &Operator, action: Action) -> Option<Channel> {
    op.channels_for(action)
        .into_iter()
        .find(|&c| completes(Some(op), c, action))
}

/// A record made complete (`records done`): the evidence given on the command line
/// replaces the earlier one, and the follow-ups are dated from when it was done. A route
/// that cannot end the action was finished where it could be.
pub fn complete(
    earlier: &Record,
    path: &std::path::Path,
    op: Option<&Operator>,
    answers: Preset,
    clock: impl Into<Clock>,
) -> Result<Record, Error> {
    let clock = clock.into();
    let now = clock.now();
    if earlier.evidence.status == Status::Completed {
        return Err(Error::State(t!(
            "err-is-completed",
            path = catalog::clean(&path.display().to_string())
        )));
    }
    let when = match answers.when.as_deref() {
        None => Some(now),
        Some(text) => clock
            .parse_when(text)
            .map_err(|why| Error::Usage(crate::rules::when_refused(text, why)))?,
    };
    crate::rules::check_done_time(Status::Completed, when, now)
        .map_err(|m| Error::refused(&[(Question::When, None)], m))?;
    let text = |question: Question, given: Option<String>, old: &str| match given {
        None => Ok(old.to_owned()),
        Some(v) => {
            crate::rules::check_length(question, Some(&v)).map(|()| catalog::clean(v.trim()))
        }
    };
    let mut done = earlier.clone();
    done.schema = record::SCHEMA;
    done.created = record::toml_datetime(&now);
    if !completes(op, done.channel, done.action) {
        done.channel = earlier
            .evidence
            .remains
            .or_else(|| op.and_then(|op| remaining_channel(op, done.action)))
            .unwrap_or(done.channel);
    }
    done.evidence = Evidence {
        status: Status::Completed,
        when: when.map(|w| record::toml_datetime(&w)),
        reference: text(
            Question::Reference,
            answers.reference,
            &earlier.evidence.reference,
        )?,
        contact: text(
            Question::Contact,
            answers.contact,
            &earlier.evidence.contact,
        )?,
        files: earlier.evidence.files.clone(),
        note: text(Question::Note, answers.note, &earlier.evidence.note)?,
        remains: None,
    };
    done.supersedes = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let calendar = crate::builtin::calendar();
    done.follow_ups = follow_ups(&Basis {
        op,
        action: done.action,
        channel: done.channel,
        balance: done.balance,
        evidence: &done.evidence,
        now,
        calendar: &calendar,
    });
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::MAX_TEXT;
    use crate::catalog::embedded;
    use chrono::TimeZone;

    fn now() -> DateTime<FixedOffset> {
        FixedOffset::east_opt(3 * 3600)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 25, 11, 0, 0)
            .unwrap()
    }

    /// A planned MTS cancelling on `channel`, as the flow writes it without a terminal.
    fn planned(channel: Channel) -> Record {
        let catalog = embedded().unwrap();
        let preset = Preset {
            operator: Some("mts".into()),
            channel: Some(channel),
            ..Preset::default()
        };
        let mut prompter = crate::prompt::FlagPrompter::new(false);
        crate::wizard::run(&catalog, preset, &mut prompter, now()).unwrap()
    }

    fn done(earlier: &Record, answers: Preset) -> Result<Record, Error> {
        let catalog = embedded().unwrap();
        let op = catalog.operator(&earlier.operator);
        complete(earlier, std::path::Path::new("r.toml"), op, answers, now())
    }

    #[test]
    fn a_completed_record_is_not_completed_again() {
        let first = done(&planned(Channel::Store), Preset::default()).unwrap();
        assert_eq!(first.evidence.status, Status::Completed);
        assert!(matches!(
            done(&first, Preset::default()),
            Err(Error::State(_))
        ));
    }

    #[test]
    fn notes_are_bounded_at_the_limit() {
        let earlier = planned(Channel::Store);
        let note = |n: usize| Preset {
            note: Some("a".repeat(n)),
            ..Preset::default()
        };
        let kept = done(&earlier, note(MAX_TEXT)).unwrap();
        assert_eq!(kept.evidence.note.chars().count(), MAX_TEXT);
        match done(&earlier, note(MAX_TEXT + 1)) {
            Err(Error::TooLong { question, count }) => {
                assert_eq!((question, count), (Question::Note, MAX_TEXT + 1));
            }
            other => panic!("{other:?}"),
        }
    }

    /// A hotline cannot end a contract at MTS: completed, it was finished in a store. A
    /// store record stays a store record.
    #[test]
    fn a_route_that_cannot_end_it_is_completed_where_it_could_be() {
        let hotline = done(&planned(Channel::Hotline), Preset::default()).unwrap();
        assert_eq!(hotline.channel, Channel::Store);
        let online = done(&planned(Channel::Online), Preset::default()).unwrap();
        assert_eq!(online.channel, Channel::Store);
        let store = done(&planned(Channel::Store), Preset::default()).unwrap();
        assert_eq!(store.channel, Channel::Store);
    }
}
