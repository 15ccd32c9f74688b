//! The flow, driven by scripted answers.

use chrono::TimeZone;

use chrono::Duration;

use super::*;
use crate::answers::*;
use crate::answers::{Balance, Owner, Prep, Status};
use crate::catalog::{Action, Catalog, Channel, Operator, embedded};
use crate::labels::plus_seven;

#[derive(Debug)]
enum A {
    Pick(usize),
    Ticks(Vec<bool>),
    /// No scripted run answers a yes/no question today; the script still can.
    #[allow(dead_code)]
    Yes(bool),
    Type(&'static str),
    /// Escape.
    Back,
}

use Question as Q;

/// Answers from a script, keyed by question: each question takes the next answer given
/// for it, and a question the script does not mention gets its default, as Enter gives.
/// So a question added to the flow breaks no script that does not care about it.
struct Script {
    answers: Vec<(Question, A)>,
    interactive: bool,
    asked: Vec<Question>,
    /// Each question's words, as asked.
    prompts: Vec<String>,
    shown: Vec<Block>,
    /// What each checklist had ticked when it was shown.
    ticked: Vec<Vec<bool>>,
    /// The hints of every choice offered, as a terminal shows them under a list.
    hints: Vec<String>,
}

impl Script {
    fn new(interactive: bool, answers: Vec<(Question, A)>) -> Self {
        Script {
            answers,
            interactive,
            asked: Vec::new(),
            prompts: Vec::new(),
            shown: Vec::new(),
            ticked: Vec::new(),
            hints: Vec::new(),
        }
    }

    fn next(&mut self, ask: &Ask) -> Option<A> {
        self.asked.push(ask.question);
        self.prompts.push(ask.prompt.clone());
        let i = self.answers.iter().position(|(q, _)| *q == ask.question)?;
        Some(self.answers.remove(i).1)
    }

    /// Without a terminal the script answers as the flags do: the default, or an error
    /// naming the question when there is none.
    fn default<T>(&mut self, ask: &Ask, default: T) -> Result<T, Error> {
        self.asked.push(ask.question);
        crate::prompt::without_terminal(ask, default)
    }

    fn text(&self) -> String {
        self.shown
            .iter()
            .map(|b| crate::prompt::render(b, false, None))
            .collect()
    }
}

impl Drop for Script {
    fn drop(&mut self) {
        if !std::thread::panicking() && !self.answers.is_empty() {
            panic!("answers never asked for: {:?}", self.answers);
        }
    }
}

impl Prompter for Script {
    fn interactive(&self) -> bool {
        self.interactive
    }
    /// As on the command line, so that hints read as a person would see them.
    fn flag(&self, question: Question) -> String {
        crate::cli::flag(question)
    }
    fn select(&mut self, ask: &Ask, choices: &[Choice], default: usize) -> Result<usize, Error> {
        if !self.interactive {
            return self.default(ask, default);
        }
        self.hints.extend(choices.iter().map(|c| c.hint.clone()));
        match self.next(ask) {
            None => Ok(default),
            Some(A::Back) => Err(Error::Back),
            Some(A::Pick(i)) if i < choices.len() => Ok(i),
            other => panic!(
                "{:?}: expected a pick among {choices:?}, script has {other:?}",
                ask.question
            ),
        }
    }
    fn checklist(
        &mut self,
        ask: &Ask,
        items: &[Choice],
        ticked: &[bool],
    ) -> Result<Vec<bool>, Error> {
        if !self.interactive {
            return self.default(ask, ticked.to_vec());
        }
        self.ticked.push(ticked.to_vec());
        match self.next(ask) {
            None => Ok(ticked.to_vec()),
            Some(A::Back) => Err(Error::Back),
            Some(A::Ticks(t)) if t.len() == items.len() => Ok(t),
            other => panic!("{:?}: expected ticks, script has {other:?}", ask.question),
        }
    }
    fn confirm(&mut self, ask: &Ask, default: bool) -> Result<bool, Error> {
        if !self.interactive {
            return self.default(ask, default);
        }
        match self.next(ask) {
            None => Ok(default),
            Some(A::Back) => Err(Error::Back),
            Some(A::Yes(y)) => Ok(y),
            other => panic!("{:?}: expected yes/no, script has {other:?}", ask.question),
        }
    }
    fn text(&mut self, ask: &Ask, default: &str) -> Result<String, Error> {
        if !self.interactive {
            return self.default(ask, default.to_owned());
        }
        match self.next(ask) {
            None => Ok(default.to_owned()),
            Some(A::Back) => Err(Error::Back),
            Some(A::Type(s)) => Ok(s.to_owned()),
            other => panic!("{:?}: expected text, script has {other:?}", ask.question),
        }
    }
    fn show(&mut self, block: &Block) -> Result<(), Error> {
        self.shown.push(block.clone());
        Ok(())
    }
}

/// Wednesday 25 November 2026, 11:00 in Moscow.
fn now() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3 * 3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 25, 11, 0, 0)
        .unwrap()
}

fn all_ticked() -> A {
    A::Ticks(vec![true; Prep::ALL.len()])
}

fn run_script(preset: Preset, answers: Vec<(Question, A)>) -> (Result<Outcome, Error>, Script) {
    let catalog = embedded().unwrap();
    let mut script = Script::new(true, answers);
    let result = run(&catalog, preset, &mut script, now());
    (result, script)
}

#[test]
fn cancel_in_a_store_with_everything_answered() {
    let answers = vec![
        (Q::Operator, A::Pick(0)),
        (Q::Action, A::Pick(0)),
        (Q::Owner, A::Pick(0)),
        (Q::Abroad, A::Pick(0)),
        (Q::Done, all_ticked()),
        (Q::Balance, A::Pick(0)),
        (Q::Channel, A::Pick(0)),
        (Q::Status, A::Pick(3)),
        (Q::When, A::Type("2026-11-25 10:30")),
        (Q::Reference, A::Type(" REQ-123 ")),
        (Q::Contact, A::Type("Tverskaya 1, Anna")),
        (Q::Files, A::Type("a.png, b.jpg")),
        (Q::Note, A::Type("all fine")),
    ];
    let (record, script) = run_script(Preset::default(), answers);
    let r = record.unwrap();
    assert_eq!(r.record.operator, "mts");
    assert_eq!(
        (
            r.record.action,
            r.record.owner,
            r.record.balance,
            r.record.channel
        ),
        (
            Action::Cancel,
            Owner::Me,
            Balance::Refund,
            Some(Channel::Store)
        )
    );
    assert_eq!(r.record.preparation.done, Prep::ALL.to_vec());
    assert!(r.record.preparation.not_done.is_empty());
    assert_eq!(r.record.evidence.status, Status::Completed);
    assert_eq!(
        r.record.evidence.when.unwrap().to_string(),
        "2026-11-25T10:30:00+03:00"
    );
    assert_eq!(r.record.evidence.reference, "REQ-123");
    assert_eq!(r.record.evidence.contact, "Tverskaya 1, Anna");
    let files: Vec<&str> = r.record.evidence.files.iter().map(|f| f.path()).collect();
    assert_eq!(files, ["a.png", "b.jpg"]);
    assert_eq!(r.record.created.to_string(), "2026-11-25T11:00:00+03:00");
    assert_eq!(r.record.data.table, "embedded");
    assert_eq!(
        script.asked,
        [
            Q::Operator,
            Q::Action,
            Q::Owner,
            Q::Abroad,
            Q::Done,
            Q::Balance,
            Q::Channel,
            Q::Status,
            Q::When,
            Q::Reference,
            Q::Contact,
            Q::Files,
            Q::Note
        ]
    );
    let text = guide(&r);
    assert!(text.contains("Your passport"), "{text}");
    assert!(text.contains("0890"), "{text}");
    assert!(text.contains("+7 800 250-08-90"), "{text}");
    assert!(text.contains("cut the SIM"), "{text}");
    // Done on the 25th at 10:30: the refund is checked two weeks on, the final bill a month
    // on, the credit history two months on.
    let follow: Vec<String> = r
        .record
        .follow_ups
        .iter()
        .map(|f| f.date.to_string())
        .collect();
    assert_eq!(follow, ["2026-12-09", "2026-12-25", "2027-01-24"]);
    assert!(text.contains("Today is a working day."), "{text}");
    assert!(text.contains("outside the lunch hour"), "{text}");
}

#[test]
fn suspend_keeps_the_balance_and_says_when_free_days_end() {
    // Suspension asks no balance question; MTS offers store, hotline and online.
    let answers = vec![
        (Q::Action, A::Pick(1)),
        (Q::Done, all_ticked()),
        (Q::Channel, A::Pick(2)),
        (Q::Status, A::Pick(3)),
    ];
    let (record, script) = run_script(Preset::default(), answers);
    let r = record.unwrap();
    assert_eq!(
        (r.record.action, r.record.balance, r.record.channel),
        (Action::Suspend, Balance::Keep, Some(Channel::Online))
    );
    assert!(!script.asked.contains(&Q::Balance));
    let text = script.text();
    assert!(text.contains("first 14 days are free"), "{text}");
    assert!(
        text.contains("2026-12-09: The free days of the block end"),
        "{text}"
    );
    assert_eq!(r.record.follow_ups.len(), 1);
    assert_eq!(r.record.follow_ups[0].date.to_string(), "2026-12-09");
}

#[test]
fn someone_elses_contract_is_explained_and_the_flow_goes_on() {
    let answers = vec![
        (Q::Operator, A::Pick(2)),
        (Q::Owner, A::Pick(1)),
        (Q::Done, all_ticked()),
        (Q::Balance, A::Pick(2)),
    ];
    let (record, script) = run_script(Preset::default(), answers);
    let r = record.unwrap();
    assert_eq!(
        (r.record.operator.as_str(), r.record.owner, r.record.balance),
        ("megafon", Owner::Other, Balance::None)
    );
    let text = script.text();
    assert!(text.contains("notarised power of attorney"), "{text}");
    assert!(
        text.contains("The owner, or a notarised power of attorney"),
        "{text}"
    );
}

#[test]
fn unticked_items_are_recorded_as_not_done_and_listed_in_the_plan() {
    let partial = || A::Ticks(vec![true, true, false, true, false, true, true, true, true]);
    // Asked once: no "go on anyway?" after it.
    let answers = vec![
        (Q::Operator, A::Pick(1)),
        (Q::Done, partial()),
        (Q::Balance, A::Pick(1)),
    ];
    let (record, script) = run_script(Preset::default(), answers);
    let r = record.unwrap();
    assert_eq!(
        r.record.preparation.not_done,
        [Prep::Banks, Prep::Messengers]
    );
    assert_eq!(r.record.balance, Balance::Transfer);
    assert_eq!(script.asked.iter().filter(|q| **q == Q::Done).count(), 1);
    // Just ticked, the checklist is not echoed back; the rules of 2025 an open item
    // concerns are said once, in the guide; what is open is in the plan at the end.
    let text = script.text();
    assert!(!text.contains("[ ] Change this number"), "{text}");
    let all = guide(&r);
    assert_eq!(all.matches("Since 31 October 2025").count(), 1, "{all}");
    let plan = crate::prompt::render(script.shown.last().unwrap(), false, None);
    assert!(plan.contains("In short, before you go"), "{plan}");
    assert!(
        plan.contains("Still open")
            && plan.contains("Change the number in: banks, messengers\n")
            && !plan.contains("Save:"),
        "{plan}"
    );
}

#[test]
fn every_operator_and_offered_channel_runs_from_flags_alone() {
    let catalog = embedded().unwrap();
    for op in &catalog.operators {
        for action in Action::ALL {
            for channel in op.channels_for(action) {
                let preset = Preset {
                    operator: Some(op.id().to_owned()),
                    action: Some(action),
                    channel: Some(channel),
                    ..Preset::default()
                };
                let r = run(&catalog, preset, &mut Script::new(false, vec![]), now())
                    .unwrap_or_else(|e| panic!("{} {action:?} {channel:?}: {e}", op.id()));
                assert_eq!(
                    (
                        r.record.operator.as_str(),
                        r.record.action,
                        r.record.channel
                    ),
                    (op.id(), action, Some(channel))
                );
                assert_eq!(r.record.preparation.not_done.len(), Prep::ALL.len());
            }
        }
    }
}

#[test]
fn without_a_terminal_missing_answers_are_named_together() {
    let catalog = embedded().unwrap();
    let mut script = Script::new(false, vec![]);
    match run(&catalog, Preset::default(), &mut script, now()) {
        Err(Error::MissingAnswers(q)) => assert_eq!(q, [Q::Operator, Q::Channel]),
        other => panic!("{other:?}"),
    }
    assert!(
        script.asked.is_empty() && script.shown.is_empty(),
        "nothing asked or shown first"
    );
}

#[test]
fn an_unknown_operator_lists_the_known_ones() {
    let preset = Preset {
        operator: Some("tele3".into()),
        ..Preset::default()
    };
    let (result, _) = run_script(preset, vec![]);
    let msg = result.unwrap_err().to_string();
    assert!(
        msg.contains("tele3") && msg.contains("mts, beeline, megafon"),
        "{msg}"
    );
}

#[test]
fn a_channel_not_offered_is_an_error_without_a_terminal_and_a_question_with_one() {
    let preset = || Preset {
        operator: Some("t2".into()),
        action: Some(Action::Suspend),
        channel: Some(Channel::Online),
        ..Preset::default()
    };
    let catalog = embedded().unwrap();
    let err = run(&catalog, preset(), &mut Script::new(false, vec![]), now()).unwrap_err();
    let msg = err.to_string();
    assert_eq!(err.exit_code(), 2);
    assert!(msg.contains("Channels that do: store, hotline"), "{msg}");

    let (record, script) = run_script(preset(), vec![(Q::Channel, A::Pick(0))]);
    assert_eq!(record.unwrap().record.channel, Some(Channel::Store));
    assert!(script.text().contains("That channel is not offered"));
}

#[test]
fn a_balance_choice_does_not_apply_to_a_suspension() {
    let preset = Preset {
        operator: Some("mts".into()),
        action: Some(Action::Suspend),
        balance: Some(Balance::Refund),
        channel: Some(Channel::Store),
        ..Preset::default()
    };
    let (result, _) = run_script(preset, vec![]);
    assert!(
        result
            .unwrap_err()
            .to_string()
            .contains("--balance applies to cancelling")
    );
}

#[test]
fn a_bad_date_is_asked_again_in_a_terminal_and_refused_from_a_flag() {
    let answers = vec![
        (Q::Channel, A::Pick(2)),
        (Q::Status, A::Pick(1)),
        (Q::When, A::Type("next tuesday")),
        (Q::When, A::Type("2026-12-01")),
    ];
    let (record, script) = run_script(Preset::default(), answers);
    let r = record.unwrap();
    assert_eq!(r.record.evidence.status, Status::Planned);
    assert_eq!(
        r.record.evidence.when.unwrap().to_string(),
        "2026-12-01T00:00:00+03:00"
    );
    assert!(script.text().contains("`next tuesday` is not a date"));

    let preset = Preset {
        operator: Some("mts".into()),
        channel: Some(Channel::Online),
        when: Some("yesterday".into()),
        ..Preset::default()
    };
    let catalog = embedded().unwrap();
    let err = run(&catalog, preset, &mut Script::new(false, vec![]), now()).unwrap_err();
    assert_eq!(err.exit_code(), 2);
}

#[test]
fn flags_pre_answer_their_questions_in_a_terminal() {
    let preset = Preset {
        operator: Some("beeline".into()),
        done: Some(Prep::ALL.to_vec()),
        channel: Some(Channel::Store),
        reference: Some("A-1".into()),
        ..Preset::default()
    };
    // Asked: action, owner, balance, then the stage: a plan dated by its next good day
    // asks nothing else.
    let (record, script) = run_script(preset, vec![]);
    let r = record.unwrap();
    assert_eq!(r.record.evidence.reference, "A-1");
    assert_eq!(
        script.asked,
        [Q::Action, Q::Owner, Q::Abroad, Q::Balance, Q::Status,]
    );
    assert!(script.text().contains("No cash refunds"));
}

#[test]
fn unknown_facts_become_questions_not_guesses() {
    let answers = vec![
        (Q::Operator, A::Pick(1)),
        (Q::Action, A::Pick(1)),
        (Q::Done, all_ticked()),
        (Q::Channel, A::Pick(1)),
    ];
    let (_, script) = run_script(Preset::default(), answers);
    let asks: Vec<&Line> = script
        .shown
        .iter()
        .flat_map(|b| &b.lines)
        .filter(|l| matches!(l, Line::Ask(_)))
        .collect();
    assert!(
        asks.iter().any(|l| matches!(l, Line::Ask(t) if t.contains("voluntary block on a mobile number were not found"))),
        "{asks:?}"
    );
}

#[test]
fn markers_show_confidence_and_host() {
    assert_eq!(marker(Confidence::Official, Some("https://mts.ru/x")), "");
    assert_eq!(
        marker(Confidence::Secondary, Some("https://www.rbc.ru/a?b")),
        " [secondary · rbc.ru]"
    );
    assert_eq!(marker(Confidence::Unverified, None), " [unverified]");
    assert_eq!(plus_seven("8 800 700-06-11"), "+7 800 700-06-11");
    assert_eq!(plus_seven("0611"), "0611");
}

#[test]
fn old_facts_are_flagged_before_the_first_question_and_in_the_record() {
    let catalog = embedded().unwrap();
    let preset = || Preset {
        operator: Some("mts".into()),
        channel: Some(Channel::Online),
        ..Preset::default()
    };
    let at = |days: i64| now() + Duration::days(days);
    let verified_age = (now().date_naive() - catalog.verified).num_days();

    let mut flags = Script::new(false, vec![]);
    let fresh = run(&catalog, preset(), &mut flags, at(180 - verified_age)).unwrap();
    assert_eq!(fresh.record.data.warning, None);

    let mut flags = Script::new(false, vec![]);
    let stale = run(&catalog, preset(), &mut flags, at(181 - verified_age)).unwrap();
    let warning = stale.record.data.warning.expect("flagged in the record");
    assert!(
        warning.contains("checked on 2026-11-25") && warning.contains("confirm on the hotline"),
        "{warning}"
    );
    let first = &flags.shown[0];
    assert!(
        first.lines.contains(&Line::Ask(warning)),
        "said before the first question: {first:?}"
    );
}

fn flags(operator: &str, channel: Channel) -> Preset {
    Preset {
        operator: Some(operator.into()),
        channel: Some(channel),
        ..Preset::default()
    }
}

/// Runs from flags alone at `when` and returns the guidance shown.
fn shown_at(preset: Preset, when: DateTime<FixedOffset>) -> (Result<Outcome, Error>, String) {
    let catalog = embedded().unwrap();
    let mut script = Script::new(false, vec![]);
    let result = run(&catalog, preset, &mut script, when);
    let text = result.as_ref().map_or_else(|_| script.text(), guide);
    (result, text)
}

fn moscow(y: i32, m: u32, d: u32, h: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3 * 3600)
        .unwrap()
        .with_ymd_and_hms(y, m, d, h, 0, 0)
        .unwrap()
}

#[test]
fn timing_names_the_next_good_slot_around_weekends_and_holidays() {
    // Wednesday 4 November 2026 is National Unity Day.
    let (_, text) = shown_at(flags("mts", Channel::Store), moscow(2026, 11, 4, 12));
    assert!(text.contains("public holiday"), "{text}");
    assert!(
        text.contains("Next good time: Thursday 2026-11-05."),
        "{text}"
    );
    // Saturday evening → Monday morning, for a store; the busy hours are said whatever
    // the day.
    let (_, text) = shown_at(flags("mts", Channel::Store), moscow(2026, 11, 28, 20));
    assert!(text.contains("It is the weekend"), "{text}");
    assert!(
        text.contains("Next good time: Monday 2026-11-30."),
        "{text}"
    );
    // Nobody publishes when stores are busy or what waits for Monday: the busy hours are
    // advice, and the weekend says what may happen, not what does.
    assert!(
        text.contains("If you can, go in the morning, outside the lunch hour"),
        "{text}"
    );
    assert!(
        text.contains("a request about the contract may wait for the next working day"),
        "{text}"
    );
    for claim in [
        "queues are shortest",
        "wait for Monday",
        "stores are busier",
    ] {
        assert!(!text.contains(claim), "{claim}: {text}");
    }
    // Tuesday 3 November is the short day before the holiday.
    let (_, text) = shown_at(flags("mts", Channel::Store), moscow(2026, 11, 3, 9));
    assert!(
        text.contains("2026-11-03 is a shortened pre-holiday day"),
        "{text}"
    );
    // New Year: the next slot is in 2027, whose January transfer is not yet known.
    let (_, text) = shown_at(flags("mts", Channel::Store), moscow(2026, 12, 31, 12));
    assert!(text.contains("Next good time: Monday 2027-01-11"), "{text}");
    assert!(
        text.contains("2 and 3 January 2027 fall on a weekend"),
        "{text}"
    );
    // Online is any time.
    let (_, text) = shown_at(flags("mts", Channel::Online), moscow(2026, 11, 4, 23));
    assert!(
        text.contains("Online works at any time") && !text.contains("Next good time"),
        "{text}"
    );
}

#[test]
fn a_hotline_is_never_outside_hours_and_says_what_the_data_knows() {
    // MTS: around the clock, from an unofficial page, at 03:00 on a Saturday.
    let (_, text) = shown_at(flags("mts", Channel::Hotline), moscow(2026, 11, 28, 3));
    assert!(
        text.contains("The hotline answers around the clock")
            && text.contains("[unverified · vareant.ru]"),
        "{text}"
    );
    assert!(text.contains("Today is a day off"), "{text}");
    // Beeline publishes no hours: what to expect, never "outside the usual hours".
    let (_, text) = shown_at(flags("beeline", Channel::Hotline), moscow(2026, 11, 25, 23));
    assert!(
        text.contains("The hotline's hours are not published"),
        "{text}"
    );
    assert!(!text.contains("outside the usual hours"), "{text}");
    assert!(!text.contains("Next good time"), "{text}");
    assert!(!text.contains("lunch hour"), "peaks are for stores: {text}");
}

#[test]
fn a_year_the_holiday_table_does_not_cover_still_works_and_says_so() {
    let (record, text) = shown_at(flags("mts", Channel::Store), moscow(2031, 3, 4, 12));
    assert!(record.is_ok());
    assert!(
        text.contains("The holiday list does not cover 2031"),
        "{text}"
    );
}

#[test]
fn abroad_the_store_is_out_and_the_plus_seven_number_is_in() {
    let abroad = |channel| Preset {
        abroad: Some(true),
        ..flags("beeline", channel)
    };
    let (record, text) = shown_at(abroad(Channel::Hotline), now());
    assert!(record.unwrap().record.abroad);
    assert!(
        text.contains("You are abroad") && text.contains("full +7 number"),
        "{text}"
    );
    let catalog = embedded().unwrap();
    let federal = catalog
        .operator("beeline")
        .unwrap()
        .hotline
        .federal
        .value
        .clone();
    let federal = federal.expect("the table has Beeline's federal number");
    assert!(
        text.contains(&format!(
            "free from Russia: {federal} (from abroad usually unreachable"
        )),
        "{text}"
    );
    assert!(
        !text.contains("Hotline from this operator's SIM"),
        "no short number abroad: {text}"
    );
    assert!(
        text.contains("From day 91 without activity"),
        "lapsing is named: {text}"
    );

    let (record, _) = shown_at(abroad(Channel::Store), now());
    let msg = record.unwrap_err().to_string();
    assert!(
        msg.contains("you are abroad") && msg.contains("hotline, online"),
        "{msg}"
    );

    // In a terminal the store is simply not offered.
    let preset = Preset {
        operator: Some("mts".into()),
        action: Some(Action::Cancel),
        ..Preset::default()
    };
    let answers = vec![(Q::Abroad, A::Pick(1)), (Q::Balance, A::Pick(2))];
    let (record, _) = run_script(preset, answers);
    assert_eq!(
        record.unwrap().record.channel,
        Some(Channel::Gosuslugi),
        "Enter abroad takes Gosuslugi, not the short numbers' hotline"
    );
}

#[test]
fn help_me_decide_compares_with_dates_and_recommends() {
    let catalog = embedded().unwrap();
    let decide = |need, back_in| Preset {
        operator: Some("mts".into()),
        decide: true,
        need,
        back_in,
        ..Preset::default()
    };
    let compare_text = |preset| {
        let mut script = Script::new(false, vec![]);
        compare(&catalog, preset, &mut script, now()).unwrap();
        script.text()
    };
    let text = compare_text(decide(None, None));
    assert!(text.contains("Free until 2026-12-09 (14 days)"), "{text}");
    assert!(
        text.contains("Then 1.10\u{a0}RUB a day: about 33\u{a0}RUB a month"),
        "{text}"
    );
    assert!(
        text.contains("From 2027-05-27, a daily fee of about 3.30\u{a0}RUB"),
        "{text}"
    );
    assert!(
        text.contains("Keep the number with another operator"),
        "{text}"
    );
    assert!(text.contains("Answer --need-again"), "{text}");

    let text = compare_text(decide(Some(Need::No), None));
    assert!(
        text.contains("Cancel: you will not need the number"),
        "{text}"
    );
    let text = compare_text(decide(Some(Need::Yes), Some(10)));
    assert!(text.contains("within the free days"), "{text}");
    let text = compare_text(decide(Some(Need::Yes), Some(44)));
    assert!(
        text.contains("for 44 days, 30 of them paid, about 33\u{a0}RUB in all"),
        "{text}"
    );

    // Beeline publishes no block terms: the advice is to ask.
    let op = catalog.operator("beeline").unwrap();
    let (action, why) = recommend(op, Some(Need::Yes), Some(30));
    assert_eq!(action, Action::Suspend);
    assert!(why.contains("after asking the block's terms"), "{why}");
}

#[test]
fn deciding_in_a_terminal_leads_into_the_chosen_action() {
    // Operator, "help me decide", need it again: no → recommended cancel, accepted.
    let answers = vec![
        (Q::Action, A::Pick(2)),
        (Q::NeedAgain, A::Pick(0)),
        (Q::Action, A::Pick(0)),
    ];
    let (record, script) = run_script(Preset::default(), answers);
    assert_eq!(record.unwrap().record.action, Action::Cancel);
    assert!(
        script
            .text()
            .contains("Cancel: you will not need the number")
    );
    assert_eq!(
        &script.asked[..4],
        [Q::Operator, Q::Action, Q::NeedAgain, Q::Action]
    );
}

#[test]
fn escape_goes_back_through_three_questions_with_their_answers_kept() {
    let answers = vec![
        (Q::Operator, A::Pick(1)),
        (Q::Action, A::Pick(1)),
        (Q::Owner, A::Pick(1)),
        (Q::Abroad, A::Back),
        (Q::Owner, A::Back),
        (Q::Action, A::Back),
        // Back at the first question, Enter keeps each earlier answer.
    ];
    let (record, script) = run_script(Preset::default(), answers);
    let r = record.unwrap();
    assert_eq!(
        (r.record.operator.as_str(), r.record.action, r.record.owner),
        ("beeline", Action::Suspend, Owner::Other)
    );
    assert_eq!(
        script.asked[..10],
        [
            Q::Operator,
            Q::Action,
            Q::Owner,
            Q::Abroad,
            Q::Owner,
            Q::Action,
            Q::Operator,
            Q::Action,
            Q::Owner,
            Q::Abroad
        ]
    );
}

#[test]
fn escape_skips_questions_the_flags_answered() {
    let preset = Preset {
        owner: Some(Owner::Me),
        ..Preset::default()
    };
    let answers = vec![(Q::Action, A::Pick(1)), (Q::Abroad, A::Back)];
    let (record, script) = run_script(preset, answers);
    assert_eq!(record.unwrap().record.action, Action::Suspend);
    assert_eq!(
        script.asked[..4],
        [Q::Operator, Q::Action, Q::Abroad, Q::Action]
    );
}

#[test]
fn going_back_to_the_checklist_keeps_its_ticks() {
    let partial = vec![true, false, true, false, false, true, true, true, true];
    let answers = vec![
        (Q::Done, A::Ticks(partial.clone())),
        (Q::Balance, A::Back),
        // Enter on the checklist shown again: the ticks are still there.
    ];
    let (record, script) = run_script(Preset::default(), answers);
    assert_eq!(script.ticked, [vec![false; Prep::ALL.len()], partial]);
    assert_eq!(
        record.unwrap().record.preparation.not_done,
        [Prep::Sms, Prep::Gosuslugi, Prep::Messengers]
    );
}

#[test]
fn escape_from_the_checklist_returns_to_where_you_are_and_back_keeps_the_ticks() {
    let answers = vec![
        (Q::Done, all_ticked()),
        (Q::Balance, A::Back),
        (Q::Done, A::Back),
        (Q::Abroad, A::Pick(1)),
    ];
    let (record, script) = run_script(Preset::default(), answers);
    let r = record.unwrap();
    assert!(r.record.abroad && r.record.preparation.not_done.is_empty());
    assert_eq!(
        script.ticked,
        [
            vec![false; Prep::ALL.len()],
            vec![true; Prep::ALL.len()],
            vec![true; Prep::ALL.len()]
        ]
    );
}

#[test]
fn a_terminal_ends_with_the_essentials_once_more() {
    let answers = vec![(Q::Balance, A::Pick(2)), (Q::Channel, A::Pick(0))];
    let (record, script) = run_script(Preset::default(), answers);
    assert!(record.is_ok());
    let last = script.shown.last().unwrap();
    assert_eq!(last.title, "In short, before you go");
    let lines = crate::prompt::render(last, false, None);
    for expect in [
        "Bring:",
        "Your passport",
        "Я хочу расторгнуть договор и закрыть этот номер.",
    ] {
        assert!(lines.contains(expect), "{expect}: {lines}");
    }
    // At a counter nobody dials.
    assert!(!lines.contains("0890"), "{lines}");
    // Without a terminal the guidance is all there to read: no repeat.
    let mut script = Script::new(false, vec![]);
    let catalog = embedded().unwrap();
    run(&catalog, flags("mts", Channel::Store), &mut script, now()).unwrap();
    assert!(
        script
            .shown
            .iter()
            .all(|b| b.title != "In short, before you go")
    );
}

#[test]
fn abroad_the_store_is_reached_through_someone_who_goes() {
    let preset = Preset {
        operator: Some("mts".into()),
        abroad: Some(true),
        done: Some(Prep::ALL.to_vec()),
        letter: true,
        ..Preset::default()
    };
    // Hotline, online, Gosuslugi, then the store through a representative.
    let (record, script) = run_script(preset, vec![(Q::Channel, A::Pick(3))]);
    let r = record.unwrap();
    assert_eq!(
        (r.record.channel, r.record.representative),
        (Some(Channel::Store), true)
    );
    let poa = r.poa_text().expect("a power of attorney");
    assert!(poa.contains("ПАО «МТС»"), "{poa}");
    assert!(poa.contains("денежных средств"), "{poa}");
    let text = script.text();
    assert!(text.contains("Russian consulate"), "{text}");
    assert!(!text.contains("any phone in Russia"), "{text}");
    // The visit comes after the power of attorney's journey: dated there, not "now".
    assert!(!text.contains("Moscow time"), "{text}");
    assert!(!text.contains("Next good time"), "{text}");
    let all = guide(&r);
    assert!(all.contains("the follow-ups below date the visit"), "{all}");
}

#[test]
fn abroad_the_hotline_steps_call_from_abroad_not_from_russia() {
    let preset = Preset {
        operator: Some("beeline".into()),
        abroad: Some(true),
        channel: Some(Channel::Hotline),
        ..Preset::default()
    };
    let (record, script) = run_script(preset, vec![]);
    let r = record.unwrap();
    assert!(!r.record.representative);
    let text = script.text();
    assert!(!text.contains("any phone in Russia"), "{text}");
    assert!(!text.contains("Then go to"), "{text}");
    // The data's own question about a number from abroad; ours, which says the same, is
    // left out.
    let catalog = embedded().unwrap();
    let ask = catalog
        .operator("beeline")
        .unwrap()
        .hotline
        .abroad
        .ask
        .clone();
    let ask = ask
        .expect("the fixture-free table asks it")
        .get(Lang::En)
        .to_owned();
    assert!(text.contains(&ask), "{text}");
    assert!(
        !text.contains("No number for calling from abroad"),
        "{text}"
    );
    // The lapse, the other way out, is among the details.
    assert!(guide(&r).contains("Or let it lapse"), "{}", guide(&r));
}

#[test]
fn a_name_in_chinese_characters_is_asked_again_for_the_latin_spelling() {
    let store = Preset {
        letter: true,
        ..flags("mts", Channel::Store)
    };
    let answers = vec![(Q::Name, A::Type("李伟")), (Q::Name, A::Type("LI WEI"))];
    let (record, script) = run_script(store.clone(), answers);
    let letter = record.unwrap().letter_text().unwrap();
    // The Palladius spelling, taken by Enter in the terminal.
    assert!(letter.contains("/ ЛИ ВЭЙ (LI WEI) /"), "{letter}");
    assert!(!letter.contains('李'), "{letter}");
    let names = script.asked.iter().filter(|q| **q == Q::Name).count();
    assert_eq!(names, 2, "asked again once");
    assert!(script.text().contains("Latin letters"), "{}", script.text());

    // Given as a flag in a terminal: asked again too; without one, refused.
    let given = Preset {
        name: Some("李伟".into()),
        ..store
    };
    let (record, _) = run_script(given.clone(), vec![(Q::Name, A::Type("Li Wei"))]);
    assert!(
        record
            .unwrap()
            .letter_text()
            .unwrap()
            .contains("/ Ли Вэй (Li Wei) /")
    );
    let catalog = embedded().unwrap();
    let err = run(&catalog, given, &mut Script::new(false, vec![]), now()).unwrap_err();
    assert_eq!(err.exit_code(), 2);
}

#[test]
fn a_record_is_planned_unless_done_is_answered() {
    // Enter at every question: not yet, and the plan's follow-up is to go on at the next
    // good slot (the store, now at 11:00 on a working Wednesday).
    let (record, script) = run_script(Preset::default(), vec![(Q::Channel, A::Pick(0))]);
    let r = record.unwrap();
    assert!(script.asked.contains(&Q::Status));
    assert_eq!(r.record.evidence.status, Status::Planned);
    assert_eq!(r.record.follow_ups.len(), 1);
    assert_eq!(r.record.follow_ups[0].key.as_deref(), Some("follow-go-on"));
    assert_eq!(r.record.follow_ups[0].date.to_string(), "2026-11-25");
    assert_eq!(r.record.follow_ups[0].args["channel"], "store");
}

#[test]
fn a_route_that_cannot_end_it_is_at_most_started_and_says_what_remains() {
    // MTS hotline cancel: only planned and started are offered.
    let answers = vec![(Q::Channel, A::Pick(1)), (Q::Status, A::Pick(2))];
    let (record, script) = run_script(Preset::default(), answers);
    let r = record.unwrap();
    assert_eq!(r.record.channel, Some(Channel::Hotline));
    assert_eq!(r.record.evidence.status, Status::Started);
    assert_eq!(r.record.evidence.remains, Some(Channel::Store));
    assert_eq!(r.record.follow_ups[0].key.as_deref(), Some("follow-finish"));
    assert!(script.text().contains("cannot be finished"));
    // Asking for "completed" there is refused.
    let preset = Preset {
        stage: Some(Status::Completed),
        ..Preset::default()
    };
    let (result, _) = run_script(preset, vec![(Q::Channel, A::Pick(1))]);
    assert!(result.unwrap_err().to_string().starts_with("--completed:"));
}

#[test]
fn a_done_time_in_the_future_is_asked_again() {
    let answers = vec![
        (Q::Channel, A::Pick(0)),
        (Q::Status, A::Pick(3)),
        (Q::When, A::Type("2030-01-01")),
        (Q::When, A::Type("2026-11-25 09:30")),
    ];
    let (record, script) = run_script(Preset::default(), answers);
    let r = record.unwrap();
    assert_eq!(r.record.evidence.status, Status::Completed);
    assert!(
        script.text().contains("is in the future"),
        "{}",
        script.text()
    );
    // Completed: the final bill and the credit history, counted from the day it was done.
    let keys: Vec<_> = r
        .record
        .follow_ups
        .iter()
        .filter_map(|f| f.key.as_deref())
        .collect();
    assert_eq!(keys, ["follow-final-bill", "follow-credit"]);
}

#[test]
fn nothing_to_move_fits_a_suspension() {
    let preset = Preset {
        operator: Some("mts".into()),
        action: Some(Action::Suspend),
        balance: Some(Balance::None),
        channel: Some(Channel::Store),
        ..Preset::default()
    };
    let catalog = embedded().unwrap();
    let r = run(&catalog, preset, &mut Script::new(false, vec![]), now()).unwrap();
    assert_eq!(r.record.balance, Balance::Keep);
}

#[test]
fn the_other_ends_are_offered_where_the_data_has_them() {
    // MTS: cancel, suspend, decide, transfer, keep, lapse, then "leave it with a friend".
    let answers = vec![(Q::Action, A::Pick(3)), (Q::Channel, A::Pick(0))];
    let (record, script) = run_script(Preset::default(), answers);
    let r = record.unwrap();
    assert_eq!(
        (r.record.action, r.record.channel, r.record.balance),
        (Action::Transfer, Some(Channel::Store), Balance::Keep)
    );
    assert!(!script.asked.contains(&Q::Balance));
    let text = script.text();
    assert!(text.contains("The new owner, in person"), "{text}");
    assert!(text.contains("Я хочу переоформить этот номер"), "{text}");
    // Beeline has no re-registration route: keep comes fourth.
    let answers = vec![(Q::Operator, A::Pick(1)), (Q::Action, A::Pick(3))];
    let (record, script) = run_script(Preset::default(), answers);
    let r = record.unwrap();
    assert_eq!(
        (r.record.action, r.record.channel),
        (Action::Keep, Some(Channel::Online))
    );
    // Nothing to choose: neither the channel nor the balance is asked.
    assert!(!script.asked.contains(&Q::Channel), "{:?}", script.asked);
    assert!(!script.asked.contains(&Q::Balance));
    assert_eq!(r.record.follow_ups.len(), 1);
    assert_eq!(
        r.record.follow_ups[0].repeat,
        Some(crate::record::Repeat::Monthly)
    );
    assert!(script.text().contains("From day 91 without activity"));
}

#[test]
fn leaving_the_sim_with_a_friend_is_answered_with_the_fine_then_asked_again() {
    let answers = vec![
        (Q::Action, A::Pick(6)),
        (Q::Action, A::Pick(3)),
        (Q::Channel, A::Pick(0)),
    ];
    let (record, script) = run_script(Preset::default(), answers);
    assert_eq!(record.unwrap().record.action, Action::Transfer);
    assert_eq!(script.asked[..3], [Q::Operator, Q::Action, Q::Action]);
    let text = script.text();
    assert!(text.contains("30,000–50,000 RUB"), "{text}");
    assert!(text.contains("The legal way is re-registration"), "{text}");
}

#[test]
fn the_passport_question_shows_only_its_own_answers_text() {
    let foreign = "A contract on a foreign passport";
    // Asked where the number stays: for a cancellation, the limits do not matter.
    let answers = vec![(Q::Action, A::Pick(1)), (Q::Passport, A::Pick(1))];
    let (record, script) = run_script(Preset::default(), answers);
    assert_eq!(
        record.unwrap().record.passport,
        Some(crate::answers::Passport::Foreign)
    );
    let text = script.text();
    assert!(text.contains(foreign) && text.contains("at most 10 numbers"));
    assert!(!text.contains("at most 20 numbers"));
    let suspend = Preset {
        action: Some(Action::Suspend),
        ..Preset::default()
    };
    let (record, script) = run_script(suspend, vec![]);
    assert_eq!(
        record.unwrap().record.passport,
        Some(crate::answers::Passport::Russian)
    );
    let text = script.text();
    assert!(text.contains("at most 20 numbers") && !text.contains(foreign));
    // Without a terminal and without the flag: not asked, nothing shown, nothing kept.
    let catalog = embedded().unwrap();
    let mut script = Script::new(false, vec![]);
    let r = run(&catalog, flags("mts", Channel::Store), &mut script, now()).unwrap();
    assert_eq!(r.record.passport, None);
    let text = script.text();
    assert!(!text.contains(foreign) && !text.contains("at most 20 numbers"));
}

#[test]
fn keeping_the_number_needs_no_channel_without_a_terminal() {
    let catalog = embedded().unwrap();
    let preset = Preset {
        operator: Some("megafon".into()),
        action: Some(Action::Keep),
        ..Preset::default()
    };
    let mut script = Script::new(false, vec![]);
    let r = run(&catalog, preset, &mut script, now()).unwrap();
    assert_eq!(
        (r.record.action, r.record.channel),
        (Action::Keep, Some(Channel::Online))
    );
    let text = script.text();
    assert!(text.contains("15 RUB a day"), "{text}");
    // When to put the SIM in is said once, in the route's steps.
    assert_eq!(
        text.matches("at least a day before you need").count(),
        1,
        "{text}"
    );
}

/// Escape returns to the nearest earlier question the user was asked: a stage whose every
/// answer came from a flag is passed over, each stage in turn.
#[test]
fn escape_passes_over_each_stage_a_flag_answered() {
    let cases: Vec<(&str, Preset, Q, Q)> = vec![
        (
            "--action",
            Preset {
                action: Some(Action::Cancel),
                ..Preset::default()
            },
            Q::Owner,
            Q::Operator,
        ),
        (
            "--abroad",
            Preset {
                abroad: Some(false),
                ..Preset::default()
            },
            Q::Done,
            // A cancellation asks no passport: the owner is the question before.
            Q::Owner,
        ),
        (
            "--done",
            Preset {
                done: Some(Prep::ALL.to_vec()),
                ..Preset::default()
            },
            Q::Balance,
            Q::Abroad,
        ),
        (
            "--balance",
            Preset {
                balance: Some(Balance::Refund),
                ..Preset::default()
            },
            Q::Channel,
            Q::Done,
        ),
        (
            "a suspension has no balance question",
            Preset {
                action: Some(Action::Suspend),
                ..Preset::default()
            },
            Q::Channel,
            Q::Done,
        ),
        (
            "--channel",
            Preset {
                channel: Some(Channel::Store),
                letter: true,
                ..Preset::default()
            },
            Q::Name,
            Q::Balance,
        ),
        (
            "--no-letter",
            Preset {
                channel: None,
                letter: false,
                ..Preset::default()
            },
            Q::Status,
            Q::Channel,
        ),
    ];
    let more: Vec<(&str, Preset, Q, Q)> = vec![
        ("nothing given", Preset::default(), Q::Channel, Q::Balance),
        (
            "a name without the rest still asks for the rest of the letter: its last question",
            Preset {
                channel: Some(Channel::Store),
                letter: true,
                name: Some("LI WEI".into()),
                ..Preset::default()
            },
            Q::Status,
            Q::Number,
        ),
        (
            "the name given, Escape at the first letter question asked",
            Preset {
                channel: Some(Channel::Store),
                letter: true,
                name: Some("LI WEI".into()),
                ..Preset::default()
            },
            Q::NameRu,
            Q::Balance,
        ),
    ];
    for (case, preset, escape_at, expected) in cases.into_iter().chain(more) {
        let (record, script) = run_script(preset, vec![(escape_at, A::Back)]);
        assert!(record.is_ok(), "{case}: {record:?}");
        let at = script.asked.iter().position(|q| *q == escape_at).unwrap();
        assert_eq!(
            script.asked.get(at + 1),
            Some(&expected),
            "{case}: after Escape at {escape_at:?}: {:?}",
            script.asked
        );
    }
}

/// Back at the channel, the kept answer is the one chosen: the store through someone who
/// goes stays that, not the store in person.
#[test]
fn escape_to_the_channel_keeps_someone_going_in_your_place() {
    let preset = Preset {
        operator: Some("mts".into()),
        abroad: Some(true),
        done: Some(Prep::ALL.to_vec()),
        ..Preset::default()
    };
    let answers = vec![(Q::Channel, A::Pick(3)), (Q::Status, A::Back)];
    let (record, script) = run_script(preset, answers);
    let r = record.unwrap();
    assert_eq!(
        (r.record.channel, r.record.representative),
        (Some(Channel::Store), true)
    );
    let channel = script.asked.iter().filter(|q| **q == Q::Channel).count();
    assert_eq!(channel, 2, "{:?}", script.asked);
}

/// The recap before the user goes: the numbers for where the caller is. Someone going in
/// the user's place is in Russia, and dials the Russian numbers.
#[test]
fn the_recap_gives_the_numbers_for_where_the_caller_is() {
    let recap = |abroad: bool, answers: Vec<(Question, A)>| {
        let preset = Preset {
            operator: Some("mts".into()),
            abroad: Some(abroad),
            done: Some(Prep::ALL.to_vec()),
            ..Preset::default()
        };
        let (record, script) = run_script(preset, answers);
        record.unwrap();
        let block = script
            .shown
            .iter()
            .find(|b| is_recap(&b.title))
            .expect("a recap");
        crate::prompt::render(block, false, None)
    };
    // In Russia on the hotline (a store's recap has no numbers).
    let home = recap(false, vec![(Q::Channel, A::Pick(1))]);
    assert!(
        home.contains("Hotline from this operator's SIM: 0890"),
        "{home}"
    );
    assert!(!home.contains("in Russia only"), "{home}");
    // Abroad on the hotline (the first channel offered there).
    let far = recap(true, vec![]);
    assert!(
        far.contains("Hotline from abroad: +7 495 766-01-66"),
        "{far}"
    );
    // The numbers for calling from Russia are details from abroad, in the recap too.
    assert!(!far.contains("0890 ("), "{far}");
    assert!(!far.contains("in Russia only"), "{far}");
    // Someone going in the user's place goes to a store: its recap has no numbers.
    let proxy = recap(true, vec![(Q::Channel, A::Pick(3))]);
    assert!(!proxy.contains("0890"), "{proxy}");
}

/// The name and number given by flags reach the record even without a letter; blanks
/// are no name.
#[test]
fn a_name_and_number_from_flags_are_recorded_and_blanks_are_not() {
    let preset = |name: &str, number: &str| Preset {
        operator: Some("mts".into()),
        channel: Some(Channel::Store),
        name: Some(name.into()),
        number: Some(number.into()),
        ..Preset::default()
    };
    let (record, _) = run_script(preset("  LI WEI ", "8 916 123-45-67"), vec![]);
    let r = record.unwrap();
    assert_eq!(r.record.name.as_deref(), Some("LI WEI"));
    assert_eq!(r.record.number.as_deref(), Some("+7 916 123-45-67"));
    let (record, _) = run_script(preset("  ", ""), vec![]);
    let r = record.unwrap();
    assert_eq!((r.record.name, r.record.number), (None, None));
}

/// A fact below "official" says what to confirm under its value; an official one is
/// shown as it is.
#[test]
fn confirm_this_hints_only_below_official() {
    use crate::catalog::{Confidence, Text};
    for (confidence, hint) in [
        (Confidence::Unverified, true),
        (Confidence::Secondary, true),
        (Confidence::Official, false),
    ] {
        let mut catalog = embedded().unwrap();
        let mts = catalog
            .operators
            .iter_mut()
            .find(|o| o.id() == "mts")
            .unwrap();
        mts.hotline.federal.confidence = confidence;
        mts.hotline.federal.ask = Some(Text::en("Confirm the free line first."));
        let preset = Preset {
            operator: Some("mts".into()),
            channel: Some(Channel::Store),
            ..Preset::default()
        };
        let mut script = Script::new(true, vec![]);
        let record = run(&catalog, preset, &mut script, now()).unwrap();
        let text = guide(&record);
        assert!(
            text.contains("Hotline, free from Russia: 8 800 250-08-90"),
            "{text}"
        );
        assert_eq!(
            text.contains("Confirm the free line first."),
            hint,
            "{confidence:?}:\n{text}"
        );
    }
}

/// The record, and all the guidance of the run, details included (the guide).
fn flow_text(preset: Preset, answers: Vec<(Question, A)>) -> (Outcome, String) {
    let (record, _) = run_script(preset, answers);
    let record = record.unwrap();
    let text = guide(&record);
    (record, text)
}

/// All the guidance a run gave, details included, as written beside the record.
fn guide(outcome: &Outcome) -> String {
    outcome
        .guide
        .iter()
        .map(|b| crate::prompt::render(b, false, None))
        .collect()
}

/// From abroad, through someone who goes: the last channel after hotline, online and
/// Gosuslugi.
fn mts_by_proxy(action: Action) -> (Preset, Vec<(Question, A)>) {
    let preset = Preset {
        channel: None,
        ..mts(Channel::Store, action, true)
    };
    (preset, vec![(Q::Channel, A::Pick(3))])
}

fn mts(channel: Channel, action: Action, abroad: bool) -> Preset {
    Preset {
        operator: Some("mts".into()),
        action: Some(action),
        abroad: Some(abroad),
        channel: Some(channel),
        done: Some(Prep::ALL.to_vec()),
        ..Preset::default()
    }
}

/// Someone goes to the store for the user: by the flag, or by the choice "someone goes
/// for you"; never unless asked for.
#[test]
fn a_representative_goes_by_the_flag_or_from_abroad() {
    const THEIR_STEPS: &str = "Your representative does these steps for you";
    let flag = Preset {
        representative: Some(true),
        ..mts(Channel::Store, Action::Cancel, false)
    };
    let (r, text) = flow_text(flag, vec![]);
    assert!(r.record.representative, "--representative in Russia");
    assert!(text.contains(THEIR_STEPS), "{text}");
    // Store, hotline, online, Gosuslugi, then the store through someone who goes.
    let proxy = Preset {
        channel: None,
        ..mts(Channel::Store, Action::Cancel, false)
    };
    let (r, text) = flow_text(proxy, vec![(Q::Channel, A::Pick(4))]);
    assert_eq!(
        (r.record.channel, r.record.representative),
        (Some(Channel::Store), true),
        "picked"
    );
    assert!(text.contains(THEIR_STEPS), "{text}");
    let (r, text) = flow_text(mts(Channel::Store, Action::Cancel, false), vec![]);
    assert!(!r.record.representative, "in person in Russia");
    assert!(!text.contains(THEIR_STEPS), "{text}");
}

/// What the representative brings: the letter only where there is one, for a cancelling.
#[test]
fn the_representative_brings_the_letter_only_to_cancel() {
    const LETTER: &str = "The application letter, printed, naming them as your representative.";
    let (preset, answers) = mts_by_proxy(Action::Cancel);
    let (_, cancel) = flow_text(preset, answers);
    assert!(cancel.contains("They bring:"), "{cancel}");
    assert!(cancel.contains(LETTER), "{cancel}");
    let (preset, answers) = mts_by_proxy(Action::Suspend);
    let (_, suspend) = flow_text(preset, answers);
    assert!(suspend.contains("They bring:"), "{suspend}");
    assert!(!suspend.contains(LETTER), "{suspend}");
}

/// The documents heading appears where there is something to bring or have at hand: the
/// route's papers, or the owner's when the contract is someone else's.
#[test]
fn documents_are_listed_where_there_are_some() {
    let (_, store) = flow_text(mts(Channel::Store, Action::Cancel, false), vec![]);
    assert!(store.contains("Bring:"), "{store}");
    let hotline = mts(Channel::Hotline, Action::Cancel, false);
    let (_, mine) = flow_text(hotline.clone(), vec![]);
    assert!(!mine.contains("Have at hand:"), "{mine}");
    assert!(!mine.contains("Bring:"), "{mine}");
    let other = Preset {
        owner: Some(Owner::Other),
        ..hotline
    };
    let (_, theirs) = flow_text(other, vec![]);
    assert!(theirs.contains("Have at hand:"), "{theirs}");
    assert!(
        theirs.contains("The contract is not in your name: the operator deals only"),
        "{theirs}"
    );
}

/// In Russia the hotline's steps are the table's, numbered; from abroad they are the
/// steps for calling from abroad.
#[test]
fn hotline_steps_in_russia_are_the_tables_numbered() {
    let (_, home) = flow_text(mts(Channel::Hotline, Action::Cancel, false), vec![]);
    assert!(home.contains("Steps:"), "{home}");
    assert!(home.contains("  1. Call 0890 from the MTS SIM"), "{home}");
    assert!(home.contains("  4. Then go to a store to sign"), "{home}");
    let (preset, answers) = mts_by_proxy(Action::Cancel);
    let (_, store) = flow_text(preset, answers);
    assert!(
        store.contains("  1. Find a store in the My MTS app"),
        "{store}"
    );
}

/// What a channel can and cannot do is listed where the table says; the store's hours
/// note only for a store; the abroad number stays the last resort from Russia.
#[test]
fn the_steps_say_what_a_channel_can_and_cannot_do_and_whom_to_call() {
    let (_, hotline) = flow_text(mts(Channel::Hotline, Action::Cancel, false), vec![]);
    for text in [
        "This channel can:",
        "  • Answer questions, give the balance, explain the store's requirements.",
        "This channel cannot:",
        "  • No source says a contract can be ended by phone alone.",
        "Hotline from abroad: +7 495 766-01-66",
    ] {
        assert!(hotline.contains(text), "{text:?} in:\n{hotline}");
    }
    assert!(
        !hotline.contains("No operator publishes store hours"),
        "{hotline}"
    );
    let (_, store) = flow_text(mts(Channel::Store, Action::Cancel, false), vec![]);
    assert!(
        store.contains("No operator publishes store hours"),
        "{store}"
    );
    assert!(!store.contains("This channel cannot:"), "{store}");
}

/// From abroad, cancelling: who signs at the store, and who could go there.
#[test]
fn from_abroad_a_cancelling_says_who_signs_and_who_goes() {
    const SIGN: &str = "You are abroad: wherever a step says to sign at a store";
    const WHO: &str = "If the operator says the rest needs a store, someone with your notarised";
    let (_, far) = flow_text(mts(Channel::Hotline, Action::Cancel, true), vec![]);
    // Said once: who can sign in the user's place, and the other way, Gosuslugi.
    assert_eq!(far.matches(WHO).count(), 1, "{far}");
    assert!(
        !far.contains(SIGN) && far.contains("or try Gosuslugi"),
        "{far}"
    );
    let (_, portal) = flow_text(mts(Channel::Gosuslugi, Action::Cancel, true), vec![]);
    assert!(
        portal.contains(WHO) && !portal.contains("or try Gosuslugi"),
        "{portal}"
    );
    let (_, home) = flow_text(mts(Channel::Hotline, Action::Cancel, false), vec![]);
    assert!(!home.contains(SIGN) && !home.contains(WHO), "{home}");
    let (_, suspend) = flow_text(mts(Channel::Hotline, Action::Suspend, true), vec![]);
    assert!(
        !suspend.contains(SIGN) && !suspend.contains(WHO),
        "{suspend}"
    );
    // At the store, the representative does every step, signing included: said once.
    let (preset, answers) = mts_by_proxy(Action::Cancel);
    let (_, proxy) = flow_text(preset, answers);
    assert!(!proxy.contains(SIGN), "{proxy}");
    assert!(
        proxy.contains("Your representative does these steps for you"),
        "{proxy}"
    );
    assert!(!proxy.contains(WHO), "someone already goes:\n{proxy}");
}

/// Each Russian phrase has its translation under it.
#[test]
fn each_russian_phrase_has_its_translation_under_it() {
    let (_, text) = flow_text(mts(Channel::Store, Action::Cancel, false), vec![]);
    let ru = "  • Я хочу расторгнуть договор и закрыть этот номер.";
    let at = text.find(ru).unwrap_or_else(|| panic!("{text}"));
    let next = text[at + ru.len()..].lines().nth(1).unwrap();
    assert_eq!(
        next.trim(),
        "I want to terminate my contract and close this number.",
        "{text}"
    );
}

/// The time of day: Moscow time from abroad whatever the user's own offset; the holiday
/// advice for a store only; no calendar gap named for online channels.
#[test]
fn timing_is_in_moscow_time_from_abroad_and_fits_the_channel() {
    let beijing = FixedOffset::east_opt(8 * 3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 25, 16, 0, 0)
        .unwrap();
    let catalog = embedded().unwrap();
    let mut script = Script::new(true, vec![]);
    let record = run(
        &catalog,
        mts(Channel::Hotline, Action::Cancel, true),
        &mut script,
        beijing,
    )
    .unwrap();
    let text = guide(&record);
    assert!(
        text.contains("It is now Wednesday, 11:00 Moscow time"),
        "{text}"
    );
    let (_, store) = flow_text(mts(Channel::Store, Action::Cancel, false), vec![]);
    assert!(
        store.contains("Avoid public holidays and the days around them."),
        "{store}"
    );
    assert!(
        store.contains("Some regions (e.g. Bashkortostan, Tatarstan)"),
        "{store}"
    );
    let (_, hotline) = flow_text(mts(Channel::Hotline, Action::Cancel, false), vec![]);
    assert!(!hotline.contains("Avoid public holidays"), "{hotline}");
    assert!(!hotline.contains("Some regions (e.g."), "{hotline}");
    let later = FixedOffset::east_opt(3 * 3600)
        .unwrap()
        .with_ymd_and_hms(2031, 3, 4, 11, 0, 0)
        .unwrap();
    let mut script = Script::new(true, vec![]);
    run(
        &catalog,
        mts(Channel::Online, Action::Cancel, false),
        &mut script,
        later,
    )
    .unwrap();
    let online = script.text();
    assert!(
        !online.contains("The holiday list does not cover"),
        "{online}"
    );
}

/// A hotline published as not around the clock is not said to be.
#[test]
fn a_hotline_not_around_the_clock_is_not_called_so() {
    let mut catalog = embedded().unwrap();
    let op = catalog
        .operators
        .iter_mut()
        .find(|o| o.id() == "mts")
        .unwrap();
    op.hotline.around_the_clock.as_mut().unwrap().value = Some(false);
    let mut script = Script::new(true, vec![]);
    run(
        &catalog,
        mts(Channel::Hotline, Action::Cancel, false),
        &mut script,
        now(),
    )
    .unwrap();
    let text = script.text();
    assert!(
        !text.contains("The hotline answers around the clock"),
        "{text}"
    );
    assert!(
        text.contains("The hotline's hours are not published"),
        "{text}"
    );
}

/// The Russian sentences fit the case: someone else's contract, a store's copy, a
/// hotline's request number, how a store ends it, and from abroad a way without one.
#[test]
fn the_phrases_fit_the_channel_the_owner_and_where_you_are() {
    const POA: &str = "Я действую по нотариальной доверенности от владельца договора.";
    const COPY: &str = "Дайте, пожалуйста, второй экземпляр заявления с отметкой о принятии";
    const HOW_STORE: &str = "Что нужно, чтобы расторгнуть договор в салоне связи?";
    const REFERENCE: &str = "Назовите, пожалуйста, номер обращения.";
    const PROOF: &str = "Как я получу подтверждение, что блокировка подключена?";
    const ABROAD: &str = "Я сейчас за границей.";
    const REMOTE: &str = "Я за границей и не могу прийти в салон связи: как расторгнуть договор?";
    let case = |preset: Preset, has: &[&str], lacks: &[&str]| {
        let (_, text) = flow_text(preset, vec![]);
        for p in has {
            assert!(text.contains(p), "{p:?} missing:\n{text}");
        }
        for p in lacks {
            assert!(!text.contains(p), "{p:?} out of place:\n{text}");
        }
    };
    let other = Preset {
        owner: Some(Owner::Other),
        ..mts(Channel::Store, Action::Cancel, false)
    };
    case(other, &[POA, COPY], &[HOW_STORE, REFERENCE, PROOF, ABROAD]);
    case(
        mts(Channel::Hotline, Action::Cancel, false),
        &[HOW_STORE, REFERENCE],
        &[POA, COPY, PROOF, REMOTE],
    );
    case(
        mts(Channel::Store, Action::Suspend, false),
        &[PROOF],
        &[COPY, REFERENCE, HOW_STORE],
    );
    // Ending it from abroad, the sentence that asks how says "I am abroad" already.
    case(
        mts(Channel::Hotline, Action::Cancel, true),
        &[REMOTE, REFERENCE],
        &[HOW_STORE, COPY, ABROAD],
    );
    case(
        mts(Channel::Hotline, Action::Suspend, true),
        &[ABROAD],
        &[REMOTE],
    );
}

/// From abroad the hotline steps are the call from abroad, numbered, with what to ask
/// for the action.
#[test]
fn abroad_hotline_steps_are_numbered_for_the_action() {
    let (_, cancel) = flow_text(mts(Channel::Hotline, Action::Cancel, true), vec![]);
    for step in [
        "  1. Call the number for calls from abroad shown below",
        "  2. Ask for the balance and any debt, and how the contract can be ended",
        "  3. Write down the time, the agent's name and any request number.",
    ] {
        assert!(cancel.contains(step), "{step:?} in:\n{cancel}");
    }
    let (_, suspend) = flow_text(mts(Channel::Hotline, Action::Suspend, true), vec![]);
    assert!(
        suspend.contains("  2. Ask for a voluntary block (добровольная блокировка)"),
        "{suspend}"
    );
}

/// `--action decide` shows the comparison, and Enter at the choice after it takes the
/// recommendation.
#[test]
fn deciding_compares_first_and_enter_takes_the_recommendation() {
    for (need, recommended) in [(Need::Unsure, Action::Suspend), (Need::No, Action::Cancel)] {
        let preset = Preset {
            operator: Some("mts".into()),
            decide: true,
            need: Some(need),
            channel: Some(Channel::Store),
            ..Preset::default()
        };
        let (record, script) = run_script(preset, vec![]);
        assert_eq!(record.unwrap().record.action, recommended, "{need:?}");
        let text = script.text();
        assert!(text.contains("Your options at MTS, from today"), "{text}");
        assert!(text.contains("Recommendation"), "{text}");
    }
}

/// What the comparison says when the data leaves something out: no longest block, no
/// inactivity fee, and the true cost of a lapse up to the day the number is lost.
#[test]
fn the_comparison_says_what_is_not_published_and_what_a_lapse_costs() {
    let compare_text = |catalog: &crate::catalog::Catalog, id: &str| {
        let preset = Preset {
            operator: Some(id.into()),
            decide: true,
            ..Preset::default()
        };
        let mut script = Script::new(false, vec![]);
        compare(catalog, preset, &mut script, now()).unwrap();
        script.text()
    };
    const NO_MAX: &str = "How long the block may last is not published: ask.";
    const NO_FEE: &str = "No inactivity fee is published for this operator.";
    let catalog = embedded().unwrap();
    let mts = compare_text(&catalog, "mts");
    assert!(mts.contains(NO_MAX), "{mts}");
    assert!(!mts.contains(NO_FEE), "{mts}");
    let yota = compare_text(&catalog, "yota");
    assert!(yota.contains(NO_FEE), "{yota}");

    let mut changed = embedded().unwrap();
    let op = changed
        .operators
        .iter_mut()
        .find(|o| o.id() == "mts")
        .unwrap();
    op.suspend.value = None;
    let lapse = op.inactivity.value.as_mut().unwrap();
    lapse.ends_after_days = Some(213);
    let text = compare_text(&changed, "mts");
    assert!(
        !text.contains(NO_MAX),
        "no terms, no claim about them:\n{text}"
    );
    assert!(
        text.contains(
            "By 2027-06-26, when the number is lost, that is about 99\u{a0}RUB (30 days of fees)."
        ),
        "{text}"
    );
    assert!(!text.contains("the total is unknown"), "{text}");
    // Lost before the fees start: no fee total to add up.
    let op = changed
        .operators
        .iter_mut()
        .find(|o| o.id() == "mts")
        .unwrap();
    op.inactivity.value.as_mut().unwrap().ends_after_days = Some(100);
    let text = compare_text(&changed, "mts");
    // ... and no "when it is lost is not published" under the date it is lost.
    assert!(!text.contains("the total is unknown"), "{text}");
    assert!(!text.contains("days of fees)"), "{text}");
}

/// The application letter is written where a counter or a refund needs one: cancelling at
/// a store, or a refund or transfer by any channel; for someone else's contract it has the
/// representative's line.
#[test]
fn the_letter_is_written_where_one_is_needed() {
    let letter = |preset: Preset| {
        let preset = Preset {
            letter: true,
            name: Some("LI WEI".into()),
            number: Some("+7 916 123-45-67".into()),
            ..preset
        };
        let (record, _) = run_script(preset, vec![]);
        record.unwrap().letter_text()
    };
    let with = |channel, action, balance| Preset {
        balance: Some(balance),
        ..mts(channel, action, false)
    };
    let store = letter(with(Channel::Store, Action::Cancel, Balance::Keep)).expect("store");
    assert!(store.contains("LI WEI"), "{store}");
    assert!(!store.contains("Представитель (Ф. И. О.)"), "{store}");
    assert!(letter(with(Channel::Hotline, Action::Cancel, Balance::Refund)).is_some());
    assert!(letter(with(Channel::Online, Action::Cancel, Balance::Transfer)).is_some());
    assert_eq!(
        letter(with(Channel::Hotline, Action::Cancel, Balance::Keep)),
        None
    );
    assert_eq!(
        letter(with(Channel::Store, Action::Suspend, Balance::Keep)),
        None
    );
    let theirs = Preset {
        owner: Some(Owner::Other),
        ..with(Channel::Store, Action::Cancel, Balance::Keep)
    };
    let theirs = letter(theirs).expect("someone else's contract");
    assert!(theirs.contains("Представитель (Ф. И. О.)"), "{theirs}");
}

/// "Another operator", and every operator that takes its routes (the banks' virtual ones,
/// the regional ones), is picked from the operator menu and walks to a record with a
/// letter: the entity blank where the table has none, else the one it sources.
#[test]
fn another_operator_is_picked_from_the_menu_and_walks_to_a_letter() {
    let catalog = embedded().unwrap();
    let generic: Vec<usize> = catalog
        .operators
        .iter()
        .enumerate()
        .filter(|(_, o)| o.id() == "other" || o.routes_from.is_some())
        .map(|(i, _)| i)
        .collect();
    assert!(
        generic.len() > 1,
        "another operator and those taking its routes"
    );
    let mut blank = 0;
    for i in generic {
        let op = &catalog.operators[i];
        let preset = Preset {
            letter: true,
            channel: Some(Channel::Store),
            ..Preset::default()
        };
        let (record, script) = run_script(preset, vec![(Q::Operator, A::Pick(i))]);
        let r = record.unwrap();
        assert_eq!(
            (
                r.record.operator.as_str(),
                r.record.action,
                r.record.channel
            ),
            (op.id(), Action::Cancel, Some(Channel::Store))
        );
        let letter = r.letter_text().unwrap_or_else(|| panic!("{}", op.id()));
        let first = letter.lines().next().unwrap();
        if op.addressee() == crate::catalog::ENTITY_BLANK {
            blank += 1;
            assert_eq!(first, format!("В {}", crate::catalog::ENTITY_BLANK));
            // Where to find the entity is said where the letter is.
            let ask = op.legal_name.as_ref().unwrap().ask.as_ref().unwrap();
            assert!(script.text().contains(ask.get(Lang::En)), "{}", op.id());
        } else {
            assert!(
                first.starts_with(&format!("В {}", op.addressee())),
                "{first}"
            );
        }
    }
    assert!(blank > 0, "the generic path leaves the entity blank");
}

/// A stay longer than the longest block is told so, not offered a block.
#[test]
fn a_stay_longer_than_the_longest_block_is_told_so() {
    let mut catalog = embedded().unwrap();
    let op = catalog
        .operators
        .iter_mut()
        .find(|o| o.id() == "mts")
        .unwrap();
    op.suspend.value.as_mut().unwrap().max_days = Some(180);
    let op = catalog.operator("mts").unwrap();
    let (_, over) = recommend(op, Some(Need::Yes), Some(181));
    assert_eq!(
        over,
        "The block cannot last 181 days (at most 180). Keep the number active, move it to another operator, or cancel."
    );
    let (action, at_max) = recommend(op, Some(Need::Yes), Some(180));
    assert_eq!(action, Action::Suspend);
    assert!(
        at_max.starts_with("Suspend: for 180 days, 166 of them paid"),
        "{at_max}"
    );
}

/// "When will you need it?" is asked in a terminal only after "yes"; a number of days
/// typed there is used.
#[test]
fn the_days_until_you_need_it_are_asked_in_a_terminal() {
    let preset = Preset {
        operator: Some("mts".into()),
        decide: true,
        need: Some(Need::Yes),
        channel: Some(Channel::Store),
        ..Preset::default()
    };
    let (record, script) = run_script(preset, vec![(Q::BackIn, A::Type("10"))]);
    record.unwrap();
    assert!(script.asked.contains(&Q::BackIn), "{:?}", script.asked);
    let text = script.text();
    assert!(
        text.contains("Suspend: you need the number again in 10 days, within the free days."),
        "{text}"
    );
}

/// "Completed" without a time is now; "planned" without one has no time.
#[test]
fn done_without_a_time_is_now_and_planned_has_none() {
    let preset = |stage| Preset {
        stage: Some(stage),
        ..mts(Channel::Store, Action::Cancel, false)
    };
    let (record, _) = run_script(preset(Status::Completed), vec![]);
    let when = record.unwrap().record.evidence.when.map(|w| w.to_string());
    assert_eq!(when.as_deref(), Some("2026-11-25T11:00:00+03:00"));
    // The time cleared: completed still means now.
    let (record, _) = run_script(preset(Status::Completed), vec![(Q::When, A::Type(""))]);
    let when = record.unwrap().record.evidence.when.map(|w| w.to_string());
    assert_eq!(when.as_deref(), Some("2026-11-25T11:00:00+03:00"));
    let (record, _) = run_script(preset(Status::Planned), vec![]);
    assert_eq!(record.unwrap().record.evidence.when, None);
}

/// A file that fails its check: asked again in a terminal, refused naming the flag
/// without one.
#[test]
fn a_bad_evidence_file_is_asked_again_or_refused_by_its_flag() {
    fn refuse(f: &str) -> Result<crate::answers::FileRef, String> {
        Err(format!("{f} is not a readable file"))
    }
    let preset = Preset {
        files: Some(vec!["missing.png".into()]),
        check_file: Some(refuse),
        ..mts(Channel::Store, Action::Cancel, false)
    };
    let (record, script) = run_script(preset.clone(), vec![]);
    assert!(record.unwrap().record.evidence.files.is_empty());
    assert!(script.text().contains("missing.png is not a readable file"));
    assert!(
        script.asked.contains(&Q::Files),
        "asked again: {:?}",
        script.asked
    );
    let catalog = embedded().unwrap();
    let mut script = Script::new(false, vec![]);
    match run(&catalog, preset, &mut script, now()) {
        Err(e @ Error::Refused { .. }) => {
            assert_eq!(e.to_string(), "--file: missing.png is not a readable file");
        }
        other => panic!("{other:?}"),
    }
}

/// The number for the letter: typed, written as +7; a bad one typed is asked again, a
/// bad one from its flag refused naming the flag, even in a terminal.
#[test]
fn the_letters_number_is_checked_where_it_comes_from() {
    let preset = Preset {
        letter: true,
        name: Some("LI WEI".into()),
        ..mts(Channel::Store, Action::Cancel, false)
    };
    let (record, _) = run_script(preset.clone(), vec![(Q::Number, A::Type("89161234567"))]);
    let r = record.unwrap();
    assert_eq!(r.record.number.as_deref(), Some("+7 916 123-45-67"));
    assert!(r.letter_text().unwrap().contains("+7 916 123-45-67"));

    let (record, script) = run_script(preset.clone(), vec![(Q::Number, A::Type("12"))]);
    assert_eq!(
        record.unwrap().record.number,
        None,
        "asked again, then left empty"
    );
    let text = script.text();
    assert!(
        text.contains("`12` is not a Russian phone number (for example +7 916 123-45-67)."),
        "{text}"
    );
    let asked = script.asked.iter().filter(|q| **q == Q::Number).count();
    assert_eq!(asked, 2, "{:?}", script.asked);

    let flagged = Preset {
        number: Some("12".into()),
        ..preset
    };
    match run_script(flagged, vec![]).0 {
        Err(e @ Error::Refused { .. }) => assert_eq!(
            e.to_string(),
            "--number: `12` is not a Russian phone number (for example +7 916 123-45-67)."
        ),
        other => panic!("{other:?}"),
    }
}

/// Free text up to the limit is kept whole; one character more is refused from its flag
/// and asked again in a terminal, with the count.
#[test]
fn free_text_is_bounded_at_the_limit_and_asked_again_in_a_terminal() {
    let note = |text: String| Preset {
        note: Some(text),
        ..mts(Channel::Store, Action::Cancel, false)
    };
    let (record, _) = run_script(note("a".repeat(MAX_TEXT)), vec![]);
    assert_eq!(
        record.unwrap().record.evidence.note.chars().count(),
        MAX_TEXT
    );
    match run_script(note("a".repeat(MAX_TEXT + 1)), vec![]).0 {
        Err(Error::TooLong { question, count }) => {
            assert_eq!((question, count), (Q::Note, MAX_TEXT + 1));
        }
        other => panic!("{other:?}"),
    }
    let long: &'static str = Box::leak("a".repeat(MAX_TEXT + 1).into_boxed_str());
    // Notes are asked once something has happened.
    let started = Preset {
        stage: Some(Status::Started),
        ..mts(Channel::Store, Action::Cancel, false)
    };
    let (record, script) = run_script(
        started,
        vec![(Q::Note, A::Type(long)), (Q::Note, A::Type("shorter"))],
    );
    assert_eq!(record.unwrap().record.evidence.note, "shorter");
    assert!(script.text().contains("4097"), "{}", script.text());
}

/// Preparation says what fits: the re-issued number before a cancelling only, the owner
/// rule for someone else's contract only, and "not done" only when something is.
#[test]
fn preparation_says_what_fits_the_case() {
    const REISSUE: &str = "A terminated number goes back to the operator";
    const OTHER: &str = "The contract is not in your name";
    const NOT_DONE: &str = "These are recorded as not done.";
    let (_, cancel) = flow_text(mts(Channel::Store, Action::Cancel, false), vec![]);
    assert!(cancel.contains(REISSUE), "{cancel}");
    assert!(!cancel.contains(OTHER), "{cancel}");
    assert!(!cancel.contains(NOT_DONE), "everything done:\n{cancel}");
    let (_, suspend) = flow_text(mts(Channel::Store, Action::Suspend, false), vec![]);
    assert!(!suspend.contains(REISSUE), "{suspend}");
    let theirs = Preset {
        owner: Some(Owner::Other),
        done: Some(vec![Prep::Sms]),
        ..mts(Channel::Store, Action::Cancel, false)
    };
    let (r, text) = flow_text(theirs.clone(), vec![]);
    assert!(text.contains(OTHER), "{text}");
    // In a terminal the ticked checklist is not echoed back on screen (the guide lists
    // what is open); the rules of 2025 are said once, because an item they concern is open.
    let (_, script) = run_script(theirs.clone(), vec![]);
    assert!(!script.text().contains(NOT_DONE), "{}", script.text());
    assert!(text.contains(NOT_DONE), "{text}");
    assert_eq!(text.matches("Since 31 October 2025").count(), 1, "{text}");
    assert_eq!(r.record.preparation.done, [Prep::Sms]);
    // Without a terminal, what is still open is the checklist the user sees.
    let catalog = embedded().unwrap();
    let mut script = Script::new(false, vec![]);
    let record = run(&catalog, theirs, &mut script, now()).unwrap();
    let text = guide(&record);
    assert!(text.contains(NOT_DONE), "{text}");
    assert!(
        !text.contains(&crate::labels::prep_label(Prep::Sms)),
        "{text}"
    );
}

/// A store's hours: the calendar's own ask while nobody publishes them; once hours are
/// given, "check them" below official only.
#[test]
fn store_hours_are_asked_about_until_an_official_source_gives_them() {
    const CALENDAR_ASK: &str = "look the store up in the app or on the site";
    const UNVERIFIED: &str = "check the store's hours in the app or on the site.";
    let store = |hours: Option<&str>| {
        let catalog = embedded().unwrap();
        let mut script = Script::new(true, vec![]);
        let mut w = Wizard::new(
            &catalog,
            mts(Channel::Store, Action::Cancel, false),
            &mut script,
            now(),
        );
        if let Some(confidence) = hours {
            let text = crate::calendar::EMBEDDED.replace(
                "[hours]\nconfidence = \"unverified\"",
                &format!(
                    "[hours]\nfrom = \"10:00\"\nto = \"20:00\"\n\
                     source = \"https://moskva.beeline.ru/customers/help/\"\n\
                     confidence = \"{confidence}\""
                ),
            );
            assert_ne!(text, crate::calendar::EMBEDDED, "the [hours] table moved");
            w.calendar = crate::calendar::load(&text, now().date_naive()).unwrap();
        }
        guide(&w.run().unwrap())
    };
    let unknown = store(None);
    assert!(unknown.contains(CALENDAR_ASK), "{unknown}");
    assert!(!unknown.contains(UNVERIFIED), "{unknown}");
    let secondary = store(Some("secondary"));
    assert!(secondary.contains(UNVERIFIED), "{secondary}");
    assert!(!secondary.contains(CALENDAR_ASK), "{secondary}");
    let official = store(Some("official"));
    assert!(!official.contains(UNVERIFIED), "{official}");
    assert!(!official.contains(CALENDAR_ASK), "{official}");
}

/// A refund from abroad goes to an account that must outlive the contract: said for a
/// refund from abroad only.
#[test]
fn a_refund_from_abroad_warns_before_the_bank_account_closes() {
    const WARNING: &str = "Before you close your Russian bank account";
    let with = |balance, abroad| Preset {
        balance: Some(balance),
        ..mts(Channel::Hotline, Action::Cancel, abroad)
    };
    let (_, far) = flow_text(with(Balance::Refund, true), vec![]);
    assert!(far.contains(WARNING), "{far}");
    let (_, home) = flow_text(with(Balance::Refund, false), vec![]);
    assert!(!home.contains(WARNING), "{home}");
    let (_, moved) = flow_text(with(Balance::Transfer, true), vec![]);
    assert!(!moved.contains(WARNING), "{moved}");
}

/// A planned step's follow-up: online it is the same day, whatever the hour; a store or
/// a hotline waits for the next working-hours slot.
#[test]
fn a_planned_follow_up_is_today_online_and_the_next_working_day_elsewhere() {
    let saturday_night = FixedOffset::east_opt(3 * 3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 28, 21, 0, 0)
        .unwrap();
    let catalog = embedded().unwrap();
    let date = |channel| {
        let mut script = Script::new(true, vec![]);
        let preset = mts(channel, Action::Cancel, false);
        let r = run(&catalog, preset, &mut script, saturday_night).unwrap();
        r.record.follow_ups[0].date.to_string()
    };
    assert_eq!(date(Channel::Online), "2026-11-28");
    assert_eq!(date(Channel::Store), "2026-11-30");
    assert_eq!(date(Channel::Hotline), "2026-11-30");
}

/// The Cyrillic name: a pinyin name's Palladius spelling is shown and taken by Enter, or
/// corrected, or left out with `-`; a name that is not pinyin gets no guess; without a
/// terminal the spelling is only suggested, with its flag.
#[test]
fn the_cyrillic_name_is_suggested_for_pinyin_and_confirmed_or_corrected() {
    let store = |name: &str| Preset {
        letter: true,
        name: Some(name.into()),
        citizenship: Some("CN".into()),
        ..mts(Channel::Store, Action::Cancel, false)
    };
    let letter = |preset: Preset, answers: Vec<(Question, A)>| {
        let (record, script) = run_script(preset, answers);
        (record.unwrap().letter_text().unwrap(), script)
    };
    let (confirmed, script) = letter(store("LI WEI"), vec![]);
    assert!(
        confirmed.contains("Заявитель (абонент): ЛИ ВЭЙ (LI WEI)\n"),
        "{confirmed}"
    );
    assert!(confirmed.contains("/ ЛИ ВЭЙ (LI WEI) /"), "{confirmed}");
    assert!(
        confirmed.contains("Гражданство: Китайская Народная Республика\n"),
        "{confirmed}"
    );
    assert!(script.asked.contains(&Q::NameRu));
    assert!(
        script.text().contains("ЛИ ВЭЙ (the Palladius system"),
        "{}",
        script.text()
    );

    let (corrected, _) = letter(store("LI WEI"), vec![(Q::NameRu, A::Type("ЛИ ВЕЙ"))]);
    assert!(corrected.contains("ЛИ ВЕЙ (LI WEI)"), "{corrected}");
    let (dropped, _) = letter(store("LI WEI"), vec![(Q::NameRu, A::Type("-"))]);
    assert!(
        dropped.contains("Заявитель (абонент): LI WEI\n"),
        "{dropped}"
    );
    // Latin is refused for the Cyrillic spelling and asked again.
    let (again, script) = letter(
        store("LI WEI"),
        vec![
            (Q::NameRu, A::Type("LI WEI")),
            (Q::NameRu, A::Type("ЛИ ВЭЙ")),
        ],
    );
    assert!(again.contains("ЛИ ВЭЙ (LI WEI)"), "{again}");
    assert!(
        script.text().contains("not in Cyrillic"),
        "{}",
        script.text()
    );

    let (smith, script) = letter(store("JOHN SMITH"), vec![]);
    assert!(
        smith.contains("Заявитель (абонент): JOHN SMITH\n"),
        "{smith}"
    );
    assert!(!script.text().contains("Palladius"), "{}", script.text());
    // A Cyrillic name is the contract's spelling already: nothing more is asked.
    let (_, script) = letter(store("Иван Петров"), vec![]);
    assert!(!script.asked.contains(&Q::NameRu));

    let catalog = embedded().unwrap();
    let mut flags_only = Script::new(false, vec![]);
    let record = run(&catalog, store("LI WEI"), &mut flags_only, now()).unwrap();
    let letter = record.letter_text().unwrap();
    assert!(letter.contains("Заявитель (абонент): LI WEI\n"), "{letter}");
    assert!(
        flags_only.text().contains("--name-ru \"ЛИ ВЭЙ\""),
        "{}",
        flags_only.text()
    );
    let given = Preset {
        name_ru: Some("ЛИ ВЭЙ".into()),
        ..store("LI WEI")
    };
    let record = run(&catalog, given, &mut Script::new(false, vec![]), now()).unwrap();
    assert!(record.letter_text().unwrap().contains("ЛИ ВЭЙ (LI WEI)"));
}

/// Citizenship goes into the documents in Russian: the usual ways of writing China are
/// understood, other Latin text is asked again, or refused from its flag.
#[test]
fn citizenship_is_written_in_russian() {
    let store = |citizenship: Option<&str>| Preset {
        letter: true,
        name: Some("Иван Петров".into()),
        citizenship: citizenship.map(str::to_owned),
        ..mts(Channel::Store, Action::Cancel, false)
    };
    for typed in ["CN", "china", "中国", "КНР"] {
        let (record, _) = run_script(store(Some(typed)), vec![]);
        let letter = record.unwrap().letter_text().unwrap();
        assert!(
            letter.contains("Гражданство: Китайская Народная Республика\n"),
            "{typed}: {letter}"
        );
    }
    let (record, script) = run_script(
        store(None),
        vec![
            (Q::Citizenship, A::Type("Germany")),
            (Q::Citizenship, A::Type("Германия")),
        ],
    );
    assert!(
        record
            .unwrap()
            .letter_text()
            .unwrap()
            .contains("Гражданство: Германия\n")
    );
    assert!(
        script.text().contains("not in Russian letters"),
        "{}",
        script.text()
    );
    // Left empty, it is a blank to write on.
    let (record, _) = run_script(store(None), vec![]);
    let letter = record.unwrap().letter_text().unwrap();
    assert!(
        letter.contains("Гражданство: ____________________\n"),
        "{letter}"
    );

    let catalog = embedded().unwrap();
    let err = run(
        &catalog,
        store(Some("Germany")),
        &mut Script::new(false, vec![]),
        now(),
    )
    .unwrap_err();
    assert_eq!(err.exit_code(), 2);
    assert!(err.to_string().contains("--citizenship"), "{err}");
}

/// Where the table doubts the entity it names (Yota, T2, MegaFon: each has a question on
/// its legal name), the user is told to check it against the contract; the letter names
/// the brand after an entity that does not say it.
#[test]
fn the_addressee_names_the_brand_and_a_doubted_entity_is_checked_against_the_contract() {
    for (op, addressee, check) in [
        ("beeline", "В ПАО «ВымпелКом» (Билайн)\n", false),
        ("megafon", "В ПАО «МегаФон»\n", true),
        ("mts", "В ПАО «МТС»\n", false),
        ("t2", "В ООО «Т2 Мобайл»\n", true),
        ("yota", "В ООО «Скартел» (Yota)\n", true),
    ] {
        let preset = Preset {
            letter: true,
            operator: Some(op.into()),
            ..mts(Channel::Store, Action::Cancel, false)
        };
        let (record, text) = flow_text(preset, vec![]);
        let letter = record.letter_text().unwrap();
        assert!(letter.starts_with(addressee), "{op}: {letter}");
        assert_eq!(
            text.contains("Check the operator's name in your contract"),
            check,
            "{op}: {text}"
        );
    }
}

/// When a representative goes, the phrases are theirs: the power of attorney, and the
/// subscriber's account; the guidance says where the power of attorney is made.
#[test]
fn a_representative_speaks_for_the_subscriber() {
    let (preset, answers) = mts_by_proxy(Action::Cancel);
    let preset = Preset {
        balance: Some(Balance::Refund),
        ..preset
    };
    let (record, text) = flow_text(preset, answers);
    assert!(record.record.representative);
    let said: Vec<&str> = record
        .record
        .phrases
        .iter()
        .map(|p| p.ru.as_str())
        .collect();
    assert!(
        said.iter()
            .any(|p| p.starts_with("Я действую по нотариальной доверенности")),
        "{said:?}"
    );
    assert!(
        said.iter().any(|p| p.contains("на счёт абонента")),
        "{said:?}"
    );
    assert!(!said.iter().any(|p| p.contains("на мой счёт")), "{said:?}");
    for line in [
        "At a Russian consulate",
        "apostille",
        "7 November 2023",
        "certified by a Russian notary",
        "? How long the appointment",
        "must hold the original in Russia",
    ] {
        assert!(text.contains(line), "{line:?} missing:\n{text}");
    }
}

/// Whoever speaks for the subscriber (a representative from abroad, or the user when the
/// contract is someone else's) never calls the contract, the account or the name theirs,
/// in Russian or in the translation beside it.
#[test]
fn someone_acting_for_the_subscriber_never_says_my_contract() {
    let (by_proxy, answers) = mts_by_proxy(Action::Cancel);
    let other = |action| Preset {
        owner: Some(Owner::Other),
        balance: (action == Action::Cancel).then_some(Balance::Refund),
        ..mts(Channel::Store, action, false)
    };
    for (case, preset, answers, expected) in [
        (
            "representative",
            Preset {
                balance: Some(Balance::Refund),
                ..by_proxy
            },
            answers,
            "Я хочу расторгнуть договор от имени его владельца и закрыть этот номер.",
        ),
        (
            "owner other, cancel",
            other(Action::Cancel),
            vec![],
            "Я хочу расторгнуть договор от имени его владельца и закрыть этот номер.",
        ),
        (
            "owner other, transfer",
            other(Action::Transfer),
            vec![],
            "Дайте, пожалуйста, копию документов о том, что договор на имя прежнего владельца номера прекращён.",
        ),
    ] {
        let (record, _) = run_script(preset, answers);
        let phrases = record.unwrap().record.phrases;
        assert!(
            phrases.iter().any(|p| p.ru == expected),
            "{case}: no {expected:?} in {phrases:?}"
        );
        for p in &phrases {
            for mine in [
                "на мой счёт",
                "на моё имя",
                "my contract",
                "my account",
                "my name",
            ] {
                assert!(
                    !p.ru.contains(mine) && !p.text.contains(mine),
                    "{case}: {mine:?} in {p:?}"
                );
            }
        }
    }
    // The subscriber's own words stay theirs.
    let (record, _) = run_script(mts(Channel::Store, Action::Cancel, false), vec![]);
    let phrases = record.unwrap().record.phrases;
    assert!(
        phrases
            .iter()
            .any(|p| p.ru == "Я хочу расторгнуть договор и закрыть этот номер."),
        "{phrases:?}"
    );
}

/// Every operator × end × in Russia or abroad × self or a representative, answered with
/// Enter in a terminal, ends in a record, in English, Russian and Chinese: no answer
/// offered leads to a dead end. Abroad, a store-only end (MTS's re-registration) is
/// offered as someone's errand instead of refused.
#[test]
fn every_path_walked_with_enter_ends_in_a_record() {
    let n = walk_every_path_with_enter();
    assert!(n > 80, "{n} paths");
    in_russian_and_chinese("wizard::tests::every_path_walked_in_one_language");
}

/// The child of the test above.
#[test]
fn every_path_walked_in_one_language() {
    if child_language().is_some() {
        assert!(walk_every_path_with_enter() > 80);
    }
}

/// Calls `visit` with every operator × end it offers × in Russia or abroad × the user or a
/// representative (where a store is among the end's channels), as a preset to run.
fn every_situation(catalog: &Catalog, mut visit: impl FnMut(&Operator, Preset)) {
    for op in &catalog.operators {
        for action in Action::ALL {
            let channels = op.channels_for(action);
            if channels.is_empty() {
                continue;
            }
            for abroad in [false, true] {
                for representative in [false, true] {
                    if representative && !channels.contains(&Channel::Store) {
                        continue;
                    }
                    visit(
                        op,
                        Preset {
                            operator: Some(op.id().to_owned()),
                            action: Some(action),
                            abroad: Some(abroad),
                            representative: representative.then_some(true),
                            ..Preset::default()
                        },
                    );
                }
            }
        }
    }
}

/// Walks every path with Enter; returns how many.
fn walk_every_path_with_enter() -> usize {
    let catalog = embedded().unwrap();
    let mut paths = 0;
    every_situation(&catalog, |op, preset| {
        let case = format!("{} {:?}", op.id(), preset);
        let mut script = Script::new(true, vec![]);
        let preset = Preset {
            letter: true,
            ..preset
        };
        let result = run(&catalog, preset, &mut script, now());
        assert!(
            result.is_ok(),
            "{case}: {:?}\n{}",
            result.err(),
            script.text()
        );
        paths += 1;
    });
    paths
}

/// A plan asks at most when: reference, contact, files and notes are asked once
/// something has happened; given as flags, they are kept even in a plan.
#[test]
fn a_plan_asks_only_when() {
    let (record, script) = run_script(mts(Channel::Store, Action::Cancel, false), vec![]);
    assert_eq!(record.unwrap().record.evidence.status, Status::Planned);
    for q in [Q::Reference, Q::Contact, Q::Files, Q::Note] {
        assert!(!script.asked.contains(&q), "{q:?}: {:?}", script.asked);
    }
    let (record, script) = run_script(
        mts(Channel::Store, Action::Cancel, false),
        vec![(Q::Status, A::Pick(3))],
    );
    assert_eq!(record.unwrap().record.evidence.status, Status::Completed);
    for q in [Q::Reference, Q::Contact, Q::Files, Q::Note] {
        assert!(script.asked.contains(&q), "{q:?}: {:?}", script.asked);
    }
    let kept = Preset {
        reference: Some("A-1".into()),
        ..mts(Channel::Store, Action::Cancel, false)
    };
    assert_eq!(
        run_script(kept, vec![])
            .0
            .unwrap()
            .record
            .evidence
            .reference,
        "A-1"
    );
}

fn keys(r: &Record) -> Vec<&str> {
    r.follow_ups
        .iter()
        .filter_map(|f| f.key.as_deref())
        .collect()
}

/// Letting it lapse, chosen from the menu: no channel, balance, letter or evidence
/// question; a record without a channel whose checks come from the inactivity terms.
#[test]
fn a_lapse_chosen_from_the_menu_is_recorded_with_its_dated_checks() {
    // MTS: cancel, suspend, decide, transfer, keep, lapse.
    let (record, script) = run_script(Preset::default(), vec![(Q::Action, A::Pick(5))]);
    let r = record.unwrap();
    assert_eq!((r.record.action, r.record.channel), (Action::Lapse, None));
    assert_eq!(r.record.evidence.status, Status::Completed);
    for q in [
        Q::Channel,
        Q::Balance,
        Q::Status,
        Q::Reference,
        Q::Representative,
    ] {
        assert!(!script.asked.contains(&q), "{q:?} in {:?}", script.asked);
    }
    assert_eq!(
        keys(&r.record),
        [
            "follow-lapse-fee",
            "follow-lapse-gone-unknown",
            "follow-lapse-debt",
            "follow-credit"
        ]
    );
    let text = script.text();
    assert!(text.contains("Letting the MTS number lapse"), "{text}");
    assert!(
        text.contains("a daily inactivity fee of about 3.30 RUB"),
        "{text}"
    );
    assert!(r.record.printed().contains("action = \"lapse\""));
    assert!(
        !r.record.printed().contains("channel ="),
        "{}",
        r.record.printed()
    );
}

/// After "help me decide" letting it lapse can be chosen: the comparison has just shown its
/// terms, so they are not shown again.
#[test]
fn a_lapse_can_be_chosen_after_help_me_decide() {
    let answers = vec![
        (Q::Action, A::Pick(2)),
        (Q::NeedAgain, A::Pick(0)),
        (Q::Action, A::Pick(2)),
    ];
    let (record, script) = run_script(Preset::default(), answers);
    let r = record.unwrap();
    assert_eq!((r.record.action, r.record.channel), (Action::Lapse, None));
    assert!(keys(&r.record).contains(&"follow-lapse-debt"));
    let text = script.text();
    assert!(!text.contains("Letting the MTS number lapse"), "{text}");
    assert_eq!(text.matches("Any debt this runs up").count(), 1, "{text}");
}

/// Without a terminal `--action lapse` needs no channel; with one, or with a
/// representative, it is refused, naming what to leave out.
#[test]
fn a_lapse_needs_no_channel_and_takes_none() {
    let catalog = embedded().unwrap();
    let preset = Preset {
        operator: Some("beeline".into()),
        action: Some(Action::Lapse),
        ..Preset::default()
    };
    let mut script = Script::new(false, vec![]);
    let r = run(&catalog, preset.clone(), &mut script, now()).unwrap();
    assert_eq!((r.record.action, r.record.channel), (Action::Lapse, None));
    // Beeline publishes the fee from day 91 at 5 RUB, not the day the number goes.
    assert_eq!(
        r.record.follow_ups[0].key.as_deref(),
        Some("follow-lapse-fee")
    );
    assert_eq!(r.record.follow_ups[0].args["days"], "91");
    let mut with_channel = Preset {
        channel: Some(Channel::Store),
        ..preset
    };
    let refused = crate::rules::check_answers(&mut with_channel, now().into());
    assert!(
        matches!(&refused, Err(Error::Refused { reason, .. }) if reason.contains("--channel")),
        "{refused:?}"
    );
}

/// A representative from abroad: the follow-ups are the power of attorney's journey, then
/// the visit, never "finish at the store" dated today; and the plan says that the original
/// must reach Russia.
#[test]
fn a_representative_from_abroad_is_planned_as_the_power_of_attorney_travels() {
    let preset = Preset {
        operator: Some("mts".into()),
        abroad: Some(true),
        done: Some(Prep::ALL.to_vec()),
        ..Preset::default()
    };
    let (record, script) = run_script(preset, vec![(Q::Channel, A::Pick(3))]);
    let r = record.unwrap();
    assert!(r.record.representative);
    assert_eq!(r.record.evidence.status, Status::Planned);
    assert_eq!(
        keys(&r.record),
        [
            "follow-poa-book",
            "follow-poa-made",
            "follow-poa-sent",
            "follow-poa-arrived",
            "follow-representative-visit"
        ]
    );
    let visit = r.record.follow_ups.last().and_then(|f| f.date()).unwrap();
    assert!(visit > now().date_naive() + Duration::days(30), "{visit}");
    let text = script.text();
    assert!(
        text.contains("must hold the paper original there"),
        "{text}"
    );
}

/// What may not be said to someone abroad, per language: "before you leave", "while you
/// are still in Russia" (compared in lower case).
fn leaving_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Ru => &[
            "до отъезда",
            "перед отъездом",
            "и вы в россии",
            "пока вы в россии",
        ],
        Lang::Zh => &["出国前", "出国之前", "人还在俄罗斯", "离开俄罗斯前"],
        _ => &[
            "before you leave",
            "before leaving",
            "in russia:",
            "still in russia",
        ],
    }
}

/// Checks the guidance of every operator × end × {in Russia, abroad} × {self,
/// representative} path in the current language; returns how many paths ran.
fn guidance_fits_every_situation() -> usize {
    let catalog = embedded().unwrap();
    let lang = i18n::lang();
    let mut paths = 0;
    every_situation(&catalog, |op, preset| {
        let (action, abroad) = (preset.action.unwrap(), preset.abroad == Some(true));
        let representative = preset.representative == Some(true);
        let preset = Preset {
            channel: representative.then_some(Channel::Store),
            done: Some(vec![Prep::Contacts]),
            ..preset
        };
        let mut script = Script::new(true, vec![]);
        let Ok(r) = run(&catalog, preset, &mut script, now()) else {
            return;
        };
        paths += 1;
        let case = format!(
            "{} {action:?} abroad={abroad} rep={representative}",
            op.id()
        );
        let text = script.text();
        if abroad {
            let lower = text.to_lowercase();
            for w in leaving_words(lang) {
                assert!(!lower.contains(w), "{case}: {w:?} abroad:\n{text}");
            }
        }
        if r.record.representative {
            // The table's list names the subscriber's own passport.
            let route = op.route(Channel::Store, action).unwrap();
            for d in &route.documents {
                let d = d.get(lang);
                assert!(!text.contains(d), "{case}: {d:?} for a representative");
            }
        }
        // The recap in a terminal repeats the essentials on purpose.
        // (Its title fits who goes: see `is_recap`.)
        // A sentence is the same whatever marks it (a bullet, a step's number), and long
        // enough to count by the columns it takes: a Chinese sentence of 25 characters is.
        let mut seen = std::collections::HashSet::new();
        for b in script.shown.iter().filter(|b| !is_recap(&b.title)) {
            let block = crate::prompt::render(b, false, None);
            for line in block.lines().map(said_alone) {
                if unicode_width::UnicodeWidthStr::width(line) > 40 {
                    assert!(
                        seen.insert(line.to_owned()),
                        "{case}: twice: {line}\n{text}"
                    );
                }
            }
        }
        // Enter abroad never lands on the short numbers' hotline while anything else is
        // open.
        if abroad && !representative && action != Action::Keep {
            let other = op
                .channels_for(action)
                .iter()
                .any(|&c| c != Channel::Hotline);
            assert!(
                !(other && r.record.channel == Some(Channel::Hotline)),
                "{case}: hotline by default"
            );
        }
    });
    paths
}

/// A line's sentence without what marks it: the indent, a bullet, a question mark, a
/// step's number.
fn said_alone(line: &str) -> &str {
    let line = line.trim();
    let line = line
        .strip_prefix("• ")
        .or_else(|| line.strip_prefix("? "))
        .unwrap_or(line);
    match line.split_once(". ") {
        Some((n, rest)) if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => rest,
        _ => line,
    }
}

/// Runs `child` (a test of this binary that does nothing unless `SIMCANCEL_TEST_LANG` is
/// set) once in Russian and once in Chinese, each in a process of its own: the language is
/// set once per process.
fn in_russian_and_chinese(child: &str) {
    for code in ["ru", "zh"] {
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", child, "--nocapture"])
            .env("SIMCANCEL_TEST_LANG", code)
            .output()
            .unwrap();
        let all = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{code}:\n{all}");
        assert!(
            all.contains("1 passed"),
            "{code}: the child ran nothing:\n{all}"
        );
    }
}

/// In a child run by [`in_russian_and_chinese`]: the language it is given, set; `None`
/// elsewhere (the test then has nothing to do).
fn child_language() -> Option<Lang> {
    let lang = std::env::var("SIMCANCEL_TEST_LANG")
        .ok()
        .and_then(|c| Lang::from_code(&c))?;
    i18n::set_lang(lang);
    Some(lang)
}

#[test]
fn guidance_fits_the_situation_on_every_path_in_every_language() {
    assert!(guidance_fits_every_situation() >= 20, "too few paths ran");
    in_russian_and_chinese("wizard::tests::guidance_in_one_language");
}

/// The child of the test above.
#[test]
fn guidance_in_one_language() {
    if let Some(lang) = child_language() {
        assert_eq!(i18n::lang(), lang);
        assert!(guidance_fits_every_situation() >= 20);
    }
}

/// Without a terminal, the common case (cancel at an MTS store, in Russia, the letter
/// written) fits 60 lines at 80 columns before the plan (what happens afterwards, with
/// its dates); the details are in the guide written beside the record.
#[test]
fn the_common_case_fits_its_line_budget() {
    common_case_in_budget();
    in_russian_and_chinese("wizard::tests::line_budget_in_one_language");
}

/// The child of the test above.
#[test]
fn line_budget_in_one_language() {
    if child_language().is_some() {
        common_case_in_budget();
    }
}

fn common_case_in_budget() {
    const BUDGET: usize = 60;
    let catalog = embedded().unwrap();
    let preset = Preset {
        operator: Some("mts".into()),
        channel: Some(Channel::Store),
        letter: true,
        ..Preset::default()
    };
    let mut script = Script::new(false, vec![]);
    let record = run(&catalog, preset, &mut script, now()).unwrap();
    let plan = t!("after-title");
    let text: String = script
        .shown
        .iter()
        .take_while(|b| b.title != plan)
        .map(|b| crate::prompt::render(b, false, Some(80)))
        .collect();
    let lines = text.lines().count();
    assert!(lines <= BUDGET, "{lines} lines:\n{text}");
    // Nothing is lost: what the screen leaves out is in the guide.
    let guide: String = record
        .guide
        .iter()
        .map(|b| crate::prompt::render(b, false, None))
        .collect();
    let details = [
        t!("after-self-ban"),
        t!("after-credit"),
        crate::catalog::embedded()
            .unwrap()
            .operator("mts")
            .unwrap()
            .hotline
            .federal
            .value
            .clone()
            .unwrap(),
    ];
    for detail in &details {
        assert!(guide.contains(detail), "{detail} missing from the guide");
        assert!(!text.contains(detail), "{detail} on the screen:\n{text}");
    }
}

/// In a terminal, the common case (cancel, in Russia, own passport, Enter at every
/// question) asks at most ten questions.
#[test]
fn the_common_case_asks_at_most_ten_questions() {
    // As the command line runs it: the letter is written where one applies.
    let (record, script) = run_script(
        Preset {
            letter: true,
            ..Preset::default()
        },
        vec![],
    );
    record.unwrap();
    assert!(script.asked.len() <= 10, "{:?}", script.asked);
}

/// The titles of the blocks shown, in order.
fn titles(script: &Script) -> Vec<String> {
    script
        .shown
        .iter()
        .map(|b| b.title.clone())
        .filter(|t| !t.is_empty())
        .collect()
}

/// Escape at a text prompt goes back one question, and that question offers its answer
/// again: the stage before the time, the time before the reference.
#[test]
fn escape_at_a_text_prompt_goes_back_one_question_with_its_answer_kept() {
    let preset = Preset {
        operator: Some("mts".into()),
        done: Some(Prep::ALL.to_vec()),
        ..Preset::default()
    };
    let answers = vec![
        (Q::Status, A::Pick(2)),
        (Q::When, A::Type("24.11.2026 09:15")),
        (Q::Reference, A::Back),
        // Enter keeps the time typed; Escape there returns to the stage, still started.
        (Q::When, A::Back),
    ];
    let (record, script) = run_script(preset, answers);
    let r = record.unwrap();
    assert_eq!(r.record.evidence.status, Status::Started);
    assert_eq!(
        r.record.evidence.when.unwrap().to_string(),
        "2026-11-24T09:15:00+03:00"
    );
    let at = script.asked.iter().position(|q| *q == Q::When).unwrap();
    assert_eq!(
        script.asked[at..at + 6],
        [
            Q::When,
            Q::Reference,
            Q::When,
            Q::Status,
            Q::When,
            Q::Reference
        ]
    );
}

/// The letter's questions go back one at a time, each with its answer; Escape at its first
/// returns to the question before the letter.
#[test]
fn escape_walks_back_through_the_letter_one_question_at_a_time() {
    let preset = Preset {
        operator: Some("mts".into()),
        done: Some(Prep::ALL.to_vec()),
        channel: Some(Channel::Store),
        letter: true,
        ..Preset::default()
    };
    let answers = vec![
        (Q::Name, A::Type("LI WEI")),
        (Q::NameRu, A::Type("ЛИ ВЭЙ")),
        (Q::Citizenship, A::Back),
        (Q::NameRu, A::Back),
        (Q::Name, A::Back),
    ];
    let (record, script) = run_script(preset, answers);
    let r = record.unwrap();
    assert_eq!(r.record.name.as_deref(), Some("LI WEI"));
    assert!(
        r.letter_text().unwrap().contains("ЛИ ВЭЙ (LI WEI)"),
        "the Cyrillic name kept"
    );
    let at = script.asked.iter().position(|q| *q == Q::Name).unwrap();
    assert_eq!(
        script.asked[at..at + 7],
        [
            Q::Name,
            Q::NameRu,
            Q::Citizenship,
            Q::NameRu,
            Q::Name,
            Q::Balance,
            Q::Name
        ]
    );
}

/// "Help me decide": at the end chosen after the advice Escape goes back to the days, there
/// to "needed again?", and there to the menu, on "help me decide". (Its answers are asked
/// afresh from there: the first step of a new comparison.)
#[test]
fn escape_inside_help_me_decide_goes_back_one_question() {
    let preset = Preset {
        operator: Some("mts".into()),
        ..Preset::default()
    };
    let answers = vec![
        (Q::Action, A::Pick(2)),
        (Q::NeedAgain, A::Pick(1)),
        (Q::BackIn, A::Type("10")),
        (Q::Action, A::Back),
        (Q::BackIn, A::Back),
        (Q::NeedAgain, A::Back),
    ];
    let (record, script) = run_script(preset, answers);
    assert_eq!(record.unwrap().record.action, Action::Suspend);
    assert_eq!(
        script.asked[..12],
        [
            Q::Action,
            Q::NeedAgain,
            Q::BackIn,
            Q::Action,
            Q::BackIn,
            Q::NeedAgain,
            Q::Action,
            // Enter on the menu's kept answer, "help me decide", then on the defaults.
            Q::NeedAgain,
            Q::Action,
            Q::Owner,
            Q::Abroad,
            Q::Passport,
        ]
    );
}

/// Going back and answering as before shows no guidance twice: what is on the screen is
/// not printed again. A different answer shows its own guidance, and going back to the
/// first answer shows that answer's guidance again, since it is no longer the last shown.
#[test]
fn going_back_does_not_show_again_the_guidance_already_shown() {
    let preset = || Preset {
        operator: Some("mts".into()),
        done: Some(Prep::ALL.to_vec()),
        letter: true,
        ..Preset::default()
    };
    let (straight, plain) = run_script(preset(), vec![]);
    straight.unwrap();
    for back_at in [Q::Name, Q::Number, Q::Status, Q::Channel, Q::Balance] {
        let (record, script) = run_script(preset(), vec![(back_at, A::Back)]);
        record.unwrap();
        assert_eq!(titles(&script), titles(&plain), "Escape at {back_at:?}");
    }

    let preset = Preset {
        letter: false,
        ..preset()
    };
    let answers = vec![
        (Q::Channel, A::Pick(0)),
        (Q::Status, A::Back),
        (Q::Channel, A::Pick(1)),
        (Q::Status, A::Back),
        (Q::Channel, A::Pick(0)),
    ];
    let (record, script) = run_script(preset, answers);
    assert_eq!(record.unwrap().record.channel, Some(Channel::Store));
    let shown = titles(&script);
    let count = |title: &str| shown.iter().filter(|t| t.starts_with(title)).count();
    assert_eq!(count("Store"), 2, "{shown:#?}");
    assert_eq!(count("Hotline"), 1, "{shown:#?}");
}

/// After Escape, a block with a heading that repeats what was shown from the same place is
/// left out; a refusal or a line to check, without a heading, is said every time.
#[test]
fn after_escape_only_repeated_guidance_is_left_out() {
    let block = |title: &str, line: &str| Block {
        title: title.to_owned(),
        lines: vec![Line::Text(line.to_owned())],
    };
    let mut script = Script::new(true, vec![(Q::Number, A::Back)]);
    let mut p = Tracked::new(&mut script);
    let ask = |q| Ask::new(q, String::new());
    p.show(&block("Steps", "one")).unwrap();
    p.text(&ask(Q::Name), "").unwrap();
    p.show(&block("Letter", "two")).unwrap();
    p.show(&Block::ask("check it".into())).unwrap();
    assert!(matches!(p.text(&ask(Q::Number), ""), Err(Error::Back)));
    // Taken up again at the name: the same blocks after it are on the screen already.
    p.text(&ask(Q::Name), "").unwrap();
    p.show(&block("Letter", "two")).unwrap();
    p.show(&Block::ask("check it".into())).unwrap();
    // Something new: shown, and everything after it.
    p.show(&block("Letter", "three")).unwrap();
    p.show(&block("Steps", "one")).unwrap();
    p.text(&ask(Q::Number), "").unwrap();
    assert_eq!(p.asked, 4);
    let shown: Vec<&str> = (script.shown.iter())
        .map(|b| match &b.lines[0] {
            Line::Text(t) | Line::Ask(t) => t.as_str(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        shown,
        ["one", "two", "check it", "check it", "three", "one"]
    );
}

/// Without a terminal, every path (operator × end × channel × in Russia or abroad × who
/// goes) says what it needs before its plan in 60 lines at 80 columns, in every language;
/// the rest is in the guide.
#[test]
fn every_path_fits_its_line_budget() {
    every_path_fits_60_lines();
    in_russian_and_chinese("wizard::tests::every_path_fits_in_one_language");
}

/// The child of the test above.
#[test]
fn every_path_fits_in_one_language() {
    if child_language().is_some() {
        every_path_fits_60_lines();
    }
}

fn every_path_fits_60_lines() {
    let catalog = embedded().unwrap();
    let plan = t!("after-title");
    let mut all = Vec::new();
    for op in &catalog.operators {
        for action in Action::ALL {
            // An end done nowhere (a lapse) has no channel: it is walked without one.
            let channels = op.channels_for(action);
            let channels: Vec<Option<Channel>> = match action.end().channel {
                crate::ends::Where::Nowhere { .. } => vec![None],
                _ => channels.into_iter().map(Some).collect(),
            };
            for channel in channels {
                for abroad in [false, true] {
                    for representative in [false, true] {
                        if representative && channel != Some(Channel::Store) {
                            continue;
                        }
                        let preset = Preset {
                            operator: Some(op.id().to_owned()),
                            action: Some(action),
                            abroad: Some(abroad),
                            representative: representative.then_some(true),
                            channel,
                            letter: true,
                            ..Preset::default()
                        };
                        let mut script = Script::new(false, vec![]);
                        // A combination the flags refuse (a store from abroad without
                        // someone to go) is no path: refusals have tests of their own.
                        if run(&catalog, preset, &mut script, now()).is_err() {
                            continue;
                        }
                        let lines: usize = script
                            .shown
                            .iter()
                            .take_while(|b| b.title != plan)
                            .map(|b| crate::prompt::render(b, false, Some(80)).lines().count())
                            .sum();
                        all.push((
                            lines,
                            format!(
                                "{} {action:?} {channel:?} abroad={abroad} rep={representative}",
                                op.id()
                            ),
                        ));
                    }
                }
            }
        }
    }
    all.sort();
    let (lines, case) = all.last().unwrap();
    assert!(all.len() > 150, "too few paths: {}", all.len());
    assert!(*lines <= 60, "{lines} lines: {case}");
}

/// The recap's title, which fits who goes: the user, nobody (abroad), or a representative.
fn is_recap(title: &str) -> bool {
    ["recap-title", "recap-title-remote"]
        .iter()
        .any(|k| i18n::lookup(i18n::lang(), k, &[]) == title)
}

/// What is said fits who the person is: a foreign passport's holder is not offered the
/// Russian passport's Cyrillic spelling, and the recap's title fits who goes.
#[test]
fn the_name_prompt_and_the_recap_fit_the_person() {
    let preset = Preset {
        operator: Some("mts".into()),
        action: Some(Action::Suspend),
        passport: Some(crate::answers::Passport::Foreign),
        channel: Some(Channel::Store),
        letter: true,
        representative: Some(true),
        abroad: Some(true),
        ..Preset::default()
    };
    let (record, script) = run_script(preset, vec![]);
    assert!(record.unwrap().record.representative);
    let i = script.asked.iter().position(|q| *q == Q::Name).unwrap();
    assert!(
        !script.prompts[i].contains("Russian passport"),
        "{}",
        script.prompts[i]
    );
    assert!(
        script.prompts[i].contains("Latin letters"),
        "{}",
        script.prompts[i]
    );
    let titles: Vec<&str> = script.shown.iter().map(|b| b.title.as_str()).collect();
    assert!(titles.contains(&"In short, what to do"), "{titles:?}");
    let far = Preset {
        operator: Some("mts".into()),
        abroad: Some(true),
        channel: Some(Channel::Hotline),
        ..Preset::default()
    };
    let (_, script) = run_script(far, vec![]);
    let titles: Vec<&str> = script.shown.iter().map(|b| b.title.as_str()).collect();
    assert!(titles.contains(&"In short, what to do"), "{titles:?}");
    assert!(!titles.contains(&"In short, before you go"), "{titles:?}");
}

/// The screen shows the sentences that open the conversation; the questions that follow
/// (debt, refund, the stamped copy, the quarantine) are in the guide, on the card and in
/// the recap's list.
#[test]
fn the_screen_shows_the_opening_sentences_and_the_guide_all_of_them() {
    let preset = Preset {
        balance: Some(Balance::Refund),
        ..mts(Channel::Store, Action::Cancel, false)
    };
    let (outcome, script) = run_script(preset, vec![]);
    let outcome = outcome.unwrap();
    let all = guide(&outcome);
    // The sentences' own block (the recap at the end lists them all, one line each).
    let title = t!("phrases-title");
    let block = script.shown.iter().find(|b| b.title == title).unwrap();
    let screen = crate::prompt::render(block, false, None);
    let said = |key: &str| i18n::russian(key, &[]);
    assert!(screen.contains(&said("phrase-terminate")), "{screen}");
    for key in [
        "phrase-debt",
        "phrase-refund",
        "phrase-copy",
        "phrase-quarantine",
    ] {
        assert!(!screen.contains(&said(key)), "{key} on screen:\n{screen}");
        assert!(all.contains(&said(key)), "{key} not in the guide:\n{all}");
    }
    // Every sentence is kept in the record, for the card.
    assert!(outcome.record.phrases.len() >= 5);
    // Someone who goes for the user opens with the power of attorney and asks to end the
    // contract on its owner's behalf.
    let (preset, answers) = mts_by_proxy(Action::Cancel);
    let (_, script) = run_script(preset, answers);
    let block = script.shown.iter().find(|b| b.title == title).unwrap();
    let screen = crate::prompt::render(block, false, None);
    for key in ["phrase-poa", "phrase-terminate-representative"] {
        assert!(
            screen.contains(&said(key)),
            "{key} not on screen:\n{screen}"
        );
    }
}

/// A representative signs the application and keeps the stamped copy: the screen says so,
/// not "sign them at the counter … you keep it" to a user who is not there.
#[test]
fn a_representative_is_told_who_signs_the_application_and_keeps_its_copy() {
    let (preset, answers) = mts_by_proxy(Action::Cancel);
    let preset = Preset {
        letter: true,
        ..preset
    };
    let (_, text) = flow_text(preset, answers);
    assert!(text.contains("Send it to your representative"), "{text}");
    assert!(!text.contains("and you keep it"), "{text}");
    let (_, own) = flow_text(
        Preset {
            letter: true,
            ..mts(Channel::Store, Action::Cancel, false)
        },
        vec![],
    );
    assert!(own.contains("and you keep it"), "{own}");
}

/// The foreign passport's rules are shown on paths that keep the number too: they say the
/// balance and debt remain, not that the contract must be ended.
#[test]
fn a_foreign_passport_on_a_path_that_keeps_the_number_is_not_told_to_end_it() {
    for action in [Action::Suspend, Action::Keep] {
        let preset = Preset {
            passport: Some(Passport::Foreign),
            ..mts(Channel::Online, action, false)
        };
        let (_, text) = flow_text(preset, vec![]);
        let title = t!("passport-foreign-title");
        let at = text
            .find(&title)
            .unwrap_or_else(|| panic!("{action:?}:\n{text}"));
        let block = &text[at..at + text[at..].find("\n\n").unwrap_or(text.len() - at)];
        for wrong in ["ending", "terminat", "store visit"] {
            assert!(!block.contains(wrong), "{action:?}: {wrong:?} in\n{block}");
        }
    }
}

/// Where the power of attorney is made fits where the user is: in Russia any notary, with
/// nothing about consulates, apostilles or translations; abroad, the consulate.
#[test]
fn the_power_of_attorney_is_made_where_the_user_is() {
    for action in [Action::Cancel, Action::Suspend, Action::Transfer] {
        let home = Preset {
            representative: Some(true),
            ..mts(Channel::Store, action, false)
        };
        let (_, text) = flow_text(home, vec![]);
        assert!(text.contains("any notary in Russia"), "{action:?}: {text}");
        for far in ["consulate", "apostille", "translation"] {
            assert!(!text.contains(far), "{action:?}: {far}\n{text}");
        }
        let far = Preset {
            representative: Some(true),
            ..mts(Channel::Store, action, true)
        };
        let (_, abroad) = flow_text(far, vec![]);
        assert!(abroad.contains("Russian consulate"), "{action:?}: {abroad}");
        assert!(!abroad.contains("any notary in Russia"), "{abroad}");
        // Who may end a contract is said where one is ended.
        let rule = "can end a contract";
        let ends = action == Action::Cancel;
        assert_eq!(text.contains(rule), ends, "{action:?}: {text}");
        assert_eq!(abroad.contains(rule), ends, "{action:?}: {abroad}");
    }
}

/// A block or a re-registration has no application: a representative's run writes only
/// the power of attorney, and says so, never that a refund application was written.
#[test]
fn without_an_application_the_representative_is_told_of_the_power_of_attorney_only() {
    for action in [Action::Suspend, Action::Transfer] {
        let preset = Preset {
            representative: Some(true),
            letter: true,
            ..mts(Channel::Store, action, false)
        };
        let (outcome, text) = flow_text(preset, vec![]);
        assert!(outcome.letter_text().is_none(), "{action:?}");
        assert!(outcome.poa_text().is_some(), "{action:?}");
        assert!(!text.contains("application"), "{action:?}: {text}");
        assert!(text.contains(&t!("poa-body")), "{action:?}: {text}");
    }
}

/// The plan at the end of a terminal run shows each Russian sentence with its translation
/// under it, as the card does: the reader must know which sentence asks what.
#[test]
fn the_plan_gives_each_russian_sentence_its_translation() {
    let (record, script) = run_script(mts(Channel::Store, Action::Cancel, false), vec![]);
    let phrases = record.unwrap().record.phrases;
    assert!(phrases.len() > 1, "{phrases:?}");
    let plan = crate::prompt::render(script.shown.last().unwrap(), false, None);
    for p in &phrases {
        let at = plan
            .find(&p.ru)
            .unwrap_or_else(|| panic!("{}\n{plan}", p.ru));
        let next = plan[at..].lines().nth(1).unwrap_or_default();
        assert_eq!(next.trim(), p.text, "{plan}");
    }
}

/// Without a terminal, what is still open is three lines on screen; the guide has each
/// task in full instead, not both.
#[test]
fn the_open_checklist_is_short_on_screen_and_whole_in_the_guide() {
    let preset = Preset {
        done: None,
        ..mts(Channel::Store, Action::Cancel, false)
    };
    let catalog = embedded().unwrap();
    let mut script = Script::new(false, vec![]);
    let outcome = run(&catalog, preset, &mut script, now()).unwrap();
    let (screen, all) = (script.text(), guide(&outcome));
    let group = crate::labels::prep_groups(&[Prep::Banks]).remove(0);
    let full = crate::labels::prep_label(Prep::Banks);
    assert!(
        screen.contains(&group) && !screen.contains(&full),
        "{screen}"
    );
    assert!(all.contains(&full) && !all.contains(&group), "{all}");
}

/// From abroad, the hotline's short number is never the way in: wherever the screen names
/// it, it says it is dialled in Russia; and what is left to do at a store is someone
/// else's errand.
#[test]
fn from_abroad_a_short_number_is_named_only_as_one_for_russia() {
    let catalog = embedded().unwrap();
    let mut checked = 0;
    for op in &catalog.operators {
        let Some(short) = op.hotline.short.value.as_deref() else {
            continue;
        };
        for action in [Action::Cancel, Action::Suspend] {
            if op.route(Channel::Hotline, action).is_none() {
                continue;
            }
            let preset = Preset {
                operator: Some(op.id().to_owned()),
                ..mts(Channel::Hotline, action, true)
            };
            let mut script = Script::new(false, vec![]);
            run(&catalog, preset.clone(), &mut script, now()).unwrap();
            // In a terminal, the channel list's hints too.
            let (_, asked) = run_script(
                Preset {
                    channel: None,
                    ..preset
                },
                vec![],
            );
            let screen = script.text() + &asked.text() + &asked.hints.join("\n");
            for line in screen.lines().filter(|l| l.contains(short)) {
                assert!(
                    line.contains("in Russia"),
                    "{} {action:?}: {line}\n{screen}",
                    op.id()
                );
            }
            assert!(!screen.contains("finish it in a store"), "{screen}");
            checked += 1;
        }
    }
    assert!(checked >= 5, "{checked}");
}

/// In a terminal, the guide keeps what the screen leaves out: the tasks still open, and a
/// representative's store timing.
#[test]
fn the_guide_of_a_terminal_run_has_the_open_tasks_and_the_store_timing() {
    let preset = Preset {
        done: None,
        representative: Some(true),
        ..mts(Channel::Store, Action::Cancel, false)
    };
    let (outcome, script) = run_script(preset, vec![]);
    let all = guide(&outcome.unwrap());
    assert!(
        all.contains(&crate::labels::prep_label(Prep::Banks)),
        "{all}"
    );
    assert!(all.contains(&t!("timing-proxy-russia")), "{all}");
    assert!(all.contains(&t!("timing-holidays")), "{all}");
    assert!(!script.text().contains(&t!("timing-proxy-russia")));
}
