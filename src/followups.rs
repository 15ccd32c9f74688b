//! Dated checks that fit what was done, and completing a planned record (`records done`).

use chrono::NaiveDate;

use crate::catalog::{self, Action, Operator};
use crate::dates::{self, Clock};
use crate::error::Error;
use crate::i18n;
use crate::labels::action_name;
use crate::record::{self, Balance, Evidence, FollowUp, Record, Repeat, Status};
use crate::t;
use crate::wizard::{MAX_TEXT, Preset, Question};

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

/// Dated checks that fit what was done. Periods the operator publishes (free days) come
/// from the data; the others are reminders, not operator facts. A date past the end of the
/// calendar is left out rather than computed.
pub fn follow_ups(
    op: Option<&Operator>,
    action: Action,
    balance: Balance,
    evidence: &Evidence,
    today: NaiveDate,
) -> Vec<FollowUp> {
    let base = evidence
        .when
        .as_ref()
        .and_then(dates::from_toml)
        .unwrap_or(today);
    let mut out = Vec::new();
    let mut add_every = |days: u32, what: String, repeat: Option<Repeat>| {
        if let Some(date) = dates::after(base, days) {
            out.push(FollowUp {
                date: dates::toml_date(date),
                what,
                repeat,
            });
        }
    };
    let mut add = |days: u32, what: String| add_every(days, what, None);
    if evidence.status == Status::Planned && evidence.when.is_some() {
        add(0, t!("follow-planned", action = action_name(action)));
    }
    match action {
        Action::Cancel => {
            if matches!(balance, Balance::Refund | Balance::Transfer) {
                add(REFUND_CHECK_DAYS, t!("follow-refund"));
            }
            add(FINAL_BILL_DAYS, t!("follow-final-bill"));
            add(CREDIT_CHECK_DAYS, t!("follow-credit"));
        }
        Action::Transfer => add(TRANSFER_CHECK_DAYS, t!("follow-transfer")),
        Action::Keep => add_every(KEEP_ALIVE_DAYS, t!("follow-keep"), Some(Repeat::Monthly)),
        Action::Suspend => {
            // Known terms date the end of the free days and of the longest block; unknown
            // ones still get a check that the block is on and what it costs.
            let terms = op.and_then(|op| op.suspend.value.as_ref());
            for check in catalog::suspension_checks(terms) {
                add(check.days, i18n::lookup(i18n::lang(), check.message, &[]));
            }
        }
    }
    out
}

/// A planned record made complete (`records done`): the evidence given on the command
/// line replaces the planned one, and the follow-ups are dated from when it was done.
pub fn complete(
    planned: &Record,
    path: &std::path::Path,
    op: Option<&Operator>,
    answers: Preset,
    clock: impl Into<Clock>,
) -> Result<Record, Error> {
    let clock = clock.into();
    let now = clock.now();
    if planned.evidence.status == Status::Completed {
        return Err(Error::Usage(t!(
            "err-already-done",
            path = path.display().to_string()
        )));
    }
    let when = match answers.when.as_deref() {
        None => Some(now),
        Some(text) => clock
            .parse_when(text)
            .map_err(|why| Error::Usage(crate::wizard::when_refused(text, why)))?,
    };
    let text = |question: Question, given: Option<String>, old: &str| match given {
        None => Ok(old.to_owned()),
        Some(v) if v.chars().count() > MAX_TEXT => Err(Error::TooLong {
            question,
            count: v.chars().count(),
        }),
        Some(v) => Ok(catalog::clean(v.trim())),
    };
    let mut done = planned.clone();
    done.created = record::toml_datetime(&now);
    done.evidence = Evidence {
        status: Status::Completed,
        when: when.map(|w| record::toml_datetime(&w)),
        reference: text(
            Question::Reference,
            answers.reference,
            &planned.evidence.reference,
        )?,
        contact: text(
            Question::Contact,
            answers.contact,
            &planned.evidence.contact,
        )?,
        files: planned.evidence.files.clone(),
        note: text(Question::Note, answers.note, &planned.evidence.note)?,
    };
    done.supersedes = path.file_name().map(|n| n.to_string_lossy().into_owned());
    done.follow_ups = follow_ups(
        op,
        done.action,
        done.balance,
        &done.evidence,
        now.date_naive(),
    );
    Ok(done)
}
