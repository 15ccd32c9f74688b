//! Dated checks that fit the stage a record is at, and completing a record (`records done`).

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::answers::{Balance, Status};
use crate::answers::{Preset, Question};
use crate::calendar::Calendar;
use crate::catalog::{self, Action, Channel, Operator};
use crate::dates::{self, Clock};
use crate::ends::Check;
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
/// A number left to lapse where the operator publishes no inactivity terms: a reminder
/// to ask for them early, while a question can still change the plan.
const LAPSE_ASK_DAYS: u32 = 30;
/// Where nobody publishes when a number without activity is taken back: a reminder to
/// check, half a year on (and never before a month of fees), whether it still is yours.
/// A check, not a claim.
const LAPSE_GONE_CHECK_DAYS: u32 = 180;

/// A representative's power of attorney from abroad: made (a consulate appointment, or a
/// notary and an apostille), the original sent, the original arrived in Russia. Nobody
/// publishes how long any of it takes: these date checks that ask, never claims that it
/// is done.
const POA_MADE_CHECK_DAYS: u32 = 14;
const POA_SENT_CHECK_DAYS: u32 = 21;
const POA_ARRIVED_CHECK_DAYS: u32 = 42;

/// What the follow-ups of one record depend on.
pub struct Basis<'a> {
    pub op: Option<&'a Operator>,
    pub action: Action,
    /// None for a number left to lapse.
    pub channel: Option<Channel>,
    pub balance: Balance,
    /// Someone with the user's power of attorney goes to the store.
    pub representative: bool,
    /// The user is outside Russia: the power of attorney has a journey to make.
    pub abroad: bool,
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
    // Keeping a number has no moment it is done: the monthly keep-alive is the plan. A
    // lapse is decided now and runs by itself: its checks are dated from today.
    let Some(chosen) = b.channel.filter(|_| b.action.end().visit) else {
        let base = when.map_or(b.now.date_naive(), |w| w.date_naive());
        return completed_checks(b.op, b.action, b.balance, base);
    };
    match b.evidence.status {
        Status::Planned if b.representative => representative_plan(b, when, action),
        Status::Planned => {
            let at = when.unwrap_or(b.now).max(b.now);
            let date = slot(b.calendar, chosen, at);
            let channel = ("channel", chosen.id().to_owned());
            vec![FollowUp::new(date, "follow-go-on", &[action, channel])]
        }
        Status::Started => {
            let channel = b.evidence.remains.unwrap_or(chosen);
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

/// A representative's real sequence: the power of attorney made, from abroad its original
/// sent and arrived in Russia, then their store visit. A visit date the user gave is kept
/// (the checks after it are left out: by then it is in hand); else the visit follows the
/// last check.
fn representative_plan(
    b: &Basis<'_>,
    when: Option<DateTime<FixedOffset>>,
    action: (&str, String),
) -> Vec<FollowUp> {
    let today = b.now.date_naive();
    let visit_from = match when {
        Some(w) => w.max(b.now),
        None if b.abroad => b
            .now
            .checked_add_signed(chrono::Duration::days(POA_ARRIVED_CHECK_DAYS.into()))
            .unwrap_or(b.now),
        None => b.now,
    };
    let visit = slot(b.calendar, Channel::Store, visit_from);
    let steps: &[(u32, &str)] = if b.abroad {
        &[
            (0, "follow-poa-book"),
            (POA_MADE_CHECK_DAYS, "follow-poa-made"),
            (POA_SENT_CHECK_DAYS, "follow-poa-sent"),
            (POA_ARRIVED_CHECK_DAYS, "follow-poa-arrived"),
        ]
    } else {
        &[(0, "follow-poa-notary")]
    };
    // In Russia the notary is seen on the day the visit can be, not on a day off; from
    // abroad the booking starts today, and a date the user gave leaves today as the start.
    let start = if b.abroad || when.is_some() {
        today
    } else {
        visit
    };
    let mut out: Vec<FollowUp> = steps
        .iter()
        .filter_map(|&(days, key)| dates::after(start, days).map(|d| (d, key)))
        .filter(|&(date, key)| date < visit || key == steps[0].1)
        .map(|(date, key)| FollowUp::new(date, key, &[]))
        .collect();
    out.push(FollowUp::new(
        visit,
        "follow-representative-visit",
        &[action],
    ));
    out
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
    let dated = |days: u32, key: &str, repeat: Option<Repeat>| {
        dates::after(base, days).map(|date| {
            let mut check = FollowUp::new(date, key, std::slice::from_ref(&since));
            check.repeat = repeat;
            check
        })
    };
    let mut out = Vec::new();
    for check in action.end().checks {
        match check {
            Check::Refund => {
                if matches!(balance, Balance::Refund | Balance::Transfer) {
                    out.extend(dated(REFUND_CHECK_DAYS, "follow-refund", None));
                }
            }
            Check::FinalBill => out.extend(dated(FINAL_BILL_DAYS, "follow-final-bill", None)),
            Check::Credit => out.extend(dated(CREDIT_CHECK_DAYS, "follow-credit", None)),
            Check::Reregistered => out.extend(dated(TRANSFER_CHECK_DAYS, "follow-transfer", None)),
            Check::KeepAlive => {
                out.extend(dated(KEEP_ALIVE_DAYS, "follow-keep", Some(Repeat::Monthly)))
            }
            Check::Lapse => {
                let terms = op.and_then(|op| op.inactivity.value.as_ref());
                out.extend(lapse_checks(terms, base));
            }
            Check::Suspension => {
                // Known terms date the end of the free days and of the longest block;
                // unknown ones still get a check that the block is on and what it costs.
                let terms = op.and_then(|op| op.suspend.value.as_ref());
                for check in catalog::suspension_checks(terms) {
                    out.extend(dated(check.days, check.message, None));
                }
            }
        }
    }
    out
}

/// A number left to lapse, from the operator's inactivity terms: when the daily fee starts
/// and what it is, when the number may be gone, then the check for a debt and the credit
/// history. A term nobody publishes becomes a dated question to ask, never a date.
fn lapse_checks(terms: Option<&catalog::InactivityTerms>, base: NaiveDate) -> Vec<FollowUp> {
    let mut out = Vec::new();
    let mut add = |days: u32, key: &str, args: &[(&str, String)]| {
        if let Some(date) = dates::after(base, days) {
            out.push(FollowUp::new(date, key, args));
        }
    };
    let from = terms.and_then(|t| t.fee_from_day);
    let fee = terms.and_then(|t| t.fee_per_day_rub);
    let ends = terms.and_then(|t| t.ends_after_days);
    match (from, fee) {
        (Some(day), Some(fee)) => add(
            day,
            "follow-lapse-fee",
            &[("days", day.to_string()), ("fee", fee.to_string())],
        ),
        (Some(day), None) => add(
            day,
            "follow-lapse-fee-unpriced",
            &[("days", day.to_string())],
        ),
        // The day the number goes is published but no fee: ask about a fee only. Asking
        // "when is the number taken back" here would contradict the dated end beside it.
        (None, _) if ends.is_some() => add(
            ends.map_or(LAPSE_ASK_DAYS, |d| d.min(LAPSE_ASK_DAYS)),
            "follow-lapse-fee-ask",
            &[],
        ),
        (None, _) => add(LAPSE_ASK_DAYS, "follow-lapse-ask", &[]),
    }
    let gone = match ends {
        Some(day) => {
            add(day, "follow-lapse-gone", &[("days", day.to_string())]);
            day
        }
        None => {
            let day = from.map_or(LAPSE_GONE_CHECK_DAYS, |d| {
                LAPSE_GONE_CHECK_DAYS.max(d.saturating_add(FINAL_BILL_DAYS))
            });
            add(day, "follow-lapse-gone-unknown", &[]);
            day
        }
    };
    add(
        gone.saturating_add(FINAL_BILL_DAYS),
        "follow-lapse-debt",
        &[],
    );
    add(gone.saturating_add(CREDIT_CHECK_DAYS), "follow-credit", &[]);
    out.sort_by_key(FollowUp::date);
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
    if let Some(channel) = done.channel
        && !completes(op, channel, done.action)
    {
        done.channel = earlier
            .evidence
            .remains
            .or_else(|| op.and_then(|op| remaining_channel(op, done.action)))
            .or(done.channel);
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
        representative: done.representative,
        abroad: done.abroad,
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
    use crate::catalog::fixture;
    use chrono::TimeZone;

    fn now() -> DateTime<FixedOffset> {
        FixedOffset::east_opt(3 * 3600)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 25, 11, 0, 0)
            .unwrap()
    }

    /// A planned cancelling on `channel` at an operator whose hotline and app cannot end a
    /// contract, as the flow writes it without a terminal.
    fn planned(channel: Channel) -> Record {
        let catalog = fixture();
        let preset = Preset {
            operator: Some("alfa".into()),
            channel: Some(channel),
            ..Preset::default()
        };
        let mut prompter = crate::prompt::FlagPrompter::new(false);
        crate::wizard::run(&catalog, preset, &mut prompter, now())
            .unwrap()
            .record
    }

    fn done(earlier: &Record, answers: Preset) -> Result<Record, Error> {
        let catalog = fixture();
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

    /// A hotline that cannot end a contract: completed, it was finished in a store. A
    /// store record stays a store record.
    #[test]
    fn a_route_that_cannot_end_it_is_completed_where_it_could_be() {
        let hotline = done(&planned(Channel::Hotline), Preset::default()).unwrap();
        assert_eq!(hotline.channel, Some(Channel::Store));
        let online = done(&planned(Channel::Online), Preset::default()).unwrap();
        assert_eq!(online.channel, Some(Channel::Store));
        let store = done(&planned(Channel::Store), Preset::default()).unwrap();
        assert_eq!(store.channel, Some(Channel::Store));
    }

    /// Evidence at `status` (and `when`), nothing else given.
    fn bare(status: Status, when: Option<&str>) -> Evidence {
        Evidence {
            status,
            when: when.map(|w| w.parse().unwrap()),
            reference: String::new(),
            contact: String::new(),
            files: Vec::new(),
            note: String::new(),
            remains: None,
        }
    }

    /// The follow-ups as dates and keys.
    fn dated(b: &Basis<'_>) -> Vec<(String, Option<String>)> {
        follow_ups(b)
            .iter()
            .map(|f| (f.date.to_string(), f.key.clone()))
            .collect()
    }

    fn lapse(op: Option<&Operator>) -> Vec<(String, Option<String>)> {
        dated(&Basis {
            op,
            action: Action::Lapse,
            channel: None,
            balance: Balance::Keep,
            representative: false,
            abroad: false,
            evidence: &bare(Status::Completed, None),
            now: now(),
            calendar: &crate::builtin::calendar(),
        })
    }

    fn keyed(list: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
        list.iter()
            .map(|(d, k)| ((*d).to_owned(), Some((*k).to_owned())))
            .collect()
    }

    /// A fee published (day 183, 3.30 a day) but not when the number is gone: the fee is
    /// dated, the end is a check a month into the fees, then debt and credit.
    #[test]
    fn a_lapse_dates_the_published_fee_and_checks_the_unpublished_end() {
        let catalog = fixture();
        let got = lapse(catalog.operator("alfa"));
        let want = keyed(&[
            ("2027-05-27", "follow-lapse-fee"),
            ("2027-06-26", "follow-lapse-gone-unknown"),
            ("2027-07-26", "follow-lapse-debt"),
            ("2027-08-25", "follow-credit"),
        ]);
        assert_eq!(got, want);
    }

    /// When the number is gone is published (day 90): that date, then debt and credit
    /// from it.
    #[test]
    fn a_lapse_dates_a_published_end() {
        let catalog = fixture();
        let got = lapse(catalog.operator("charlie"));
        assert!(got.contains(&("2027-02-23".into(), Some("follow-lapse-gone".into()))));
        assert!(got.contains(&("2027-03-25".into(), Some("follow-lapse-debt".into()))));
        assert!(got.contains(&("2027-04-24".into(), Some("follow-credit".into()))));
        let dates: Vec<&String> = got.iter().map(|(d, _)| d).collect();
        assert!(dates.is_sorted(), "{got:?}");
    }

    /// A published end (day 90) without a fee: the question a month on is about a fee
    /// only, never "when is the number taken back", which the dated end answers.
    #[test]
    fn a_lapse_with_a_published_end_and_no_fee_asks_only_about_a_fee() {
        let catalog = fixture();
        let got = lapse(catalog.operator("charlie"));
        let want = keyed(&[
            ("2026-12-25", "follow-lapse-fee-ask"),
            ("2027-02-23", "follow-lapse-gone"),
            ("2027-03-25", "follow-lapse-debt"),
            ("2027-04-24", "follow-credit"),
        ]);
        assert_eq!(got, want);
    }

    /// Without terms, nothing is dated as a fact: a month on, ask; half a year on, check.
    #[test]
    fn a_lapse_without_terms_asks_first() {
        let got = lapse(None);
        let want = keyed(&[
            ("2026-12-25", "follow-lapse-ask"),
            ("2027-05-24", "follow-lapse-gone-unknown"),
            ("2027-06-23", "follow-lapse-debt"),
            ("2027-07-23", "follow-credit"),
        ]);
        assert_eq!(got, want);
    }

    /// A planned store cancelling by a representative, from abroad or not, with the
    /// visit date the user gave.
    fn by_proxy(abroad: bool, when: Option<&str>) -> Vec<(String, Option<String>)> {
        by_proxy_at(abroad, when, now())
    }

    /// The same, planned at `now`.
    fn by_proxy_at(
        abroad: bool,
        when: Option<&str>,
        now: DateTime<FixedOffset>,
    ) -> Vec<(String, Option<String>)> {
        dated(&Basis {
            op: None,
            action: Action::Cancel,
            channel: Some(Channel::Store),
            balance: Balance::None,
            representative: true,
            abroad,
            evidence: &bare(Status::Planned, when),
            now,
            calendar: &crate::builtin::calendar(),
        })
    }

    /// From abroad the power of attorney is booked today, then checked as made, sent and
    /// arrived; the visit comes after, never "today".
    #[test]
    fn a_representative_from_abroad_gets_the_power_of_attorney_journey() {
        let want = keyed(&[
            ("2026-11-25", "follow-poa-book"),
            ("2026-12-09", "follow-poa-made"),
            ("2026-12-16", "follow-poa-sent"),
            ("2027-01-06", "follow-poa-arrived"),
            // The New Year holidays, then a weekend: 11 January is the first working day.
            ("2027-01-11", "follow-representative-visit"),
        ]);
        assert_eq!(by_proxy(true, None), want);
        // A visit date given by the user stands; checks after it are left out.
        let early = by_proxy(true, Some("2026-12-10T10:00:00+03:00"));
        assert_eq!(
            early,
            keyed(&[
                ("2026-11-25", "follow-poa-book"),
                ("2026-12-09", "follow-poa-made"),
                ("2026-12-10", "follow-representative-visit"),
            ])
        );
    }

    /// In Russia the notary is near and nothing travels: certify, hand over, go.
    #[test]
    fn a_representative_in_russia_needs_only_the_notary() {
        let got = by_proxy(false, None);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            got[0],
            ("2026-11-25".into(), Some("follow-poa-notary".into()))
        );
        assert_eq!(got[1].1.as_deref(), Some("follow-representative-visit"));
    }

    /// On a Sunday, the notary and the visit are both on Monday, not the notary today.
    #[test]
    fn a_representative_in_russia_sees_the_notary_on_a_working_day() {
        let sunday = DateTime::parse_from_rfc3339("2026-11-29T10:00:00+03:00").unwrap();
        let got = by_proxy_at(false, None, sunday);
        assert_eq!(
            got,
            keyed(&[
                ("2026-11-30", "follow-poa-notary"),
                ("2026-11-30", "follow-representative-visit"),
            ])
        );
    }
}
