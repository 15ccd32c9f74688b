//! Every path of the interview — each operator, each end its menu offers, in Russia and
//! abroad, going oneself and sending someone — walked in a real pseudo-terminal in every
//! language, with Enter and the offered choices, to a written record (issue 24: no dead
//! end after the first question).
//!
//! Each path is planned in-process first: the flow runs with a prompter that picks the
//! path's choices by their words (the library's own labels, never a position) and Enter
//! everywhere else, noting each prompt's first line and the keys that answer it. The
//! binary is then started in a pty and the plan replayed: see the prompt, press the keys.
//! The library's language is set once per process, so each language plans in a child
//! run of this test binary.
#![cfg(unix)]

use std::fmt;
use std::panic::{self, AssertUnwindSafe};

use simcancel::Error;
use simcancel::answers::{Ask, Block, Choice, Preset, Question};
use simcancel::catalog::{Action, Catalog, Channel, Operator};
use simcancel::i18n::{self, Lang};
use simcancel::wizard::{self, Prompter, action_name, channel_name, operator_label};

use crate::common::{DOWN, ENTER, NOW, Tally, UP, Wizard, only_record, shipped};

/// The child run's language (`en`, `ru`, `zh`); unset, the child test does nothing.
const CHILD_LANG: &str = "SIMCANCEL_WALK_LANG";
/// The child test, by its full name in this binary.
const CHILD: &str = "walk::every_path_in_the_language_given";

/// Fewer paths than this means the enumeration lost some, not that the table shrank:
/// every operator offers at least cancel, suspend and letting it lapse, each in Russia
/// and abroad, and the shipped table has more than ten operators.
const FLOOR: usize = 60;

/// A failed walk waits up to the pty helper's timeout; after this many the rest are not
/// walked, so that a broken binary fails in minutes, not hours.
const MOST_FAILURES: usize = 5;

/// A wide terminal: no prompt's first line wraps, so it is seen as the flow wrote it.
const COLS: u16 = 200;
const ROWS: u16 = 50;

#[test]
fn every_path_walks_to_a_record_in_english() {
    in_child("en");
}

#[test]
fn every_path_walks_to_a_record_in_russian() {
    in_child("ru");
}

#[test]
fn every_path_walks_to_a_record_in_chinese() {
    in_child("zh");
}

/// Runs the child test in a process of its own, with `code` as its language.
fn in_child(code: &str) {
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", CHILD, "--nocapture"])
        .env(CHILD_LANG, code)
        .output()
        .unwrap();
    let all =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{code}:\n{all}");
    assert!(
        all.contains("1 passed"),
        "{code}: the child ran nothing:\n{all}"
    );
}

/// The child of the tests above: plans and walks every path in its language.
#[test]
fn every_path_in_the_language_given() {
    let Some(lang) = std::env::var(CHILD_LANG)
        .ok()
        .and_then(|c| Lang::from_code(&c))
    else {
        return;
    };
    i18n::set_lang(lang);
    assert_eq!(i18n::lang(), lang, "the language was set before this test");
    let catalog = shipped();
    let paths = every_path(&catalog);
    assert!(paths.len() >= FLOOR, "{} paths: {paths:?}", paths.len());

    let mut tally = Tally::new("every path walked in a pty");
    let mut failures = 0;
    for (done, path) in paths.iter().enumerate() {
        if failures == MOST_FAILURES {
            let left = paths.len() - done;
            tally.check("the rest", false, || {
                format!("{left} paths not walked after {MOST_FAILURES} failures")
            });
            break;
        }
        let walked = plan(&catalog, path).and_then(|plan| quietly(|| walk(path, &plan)));
        failures += usize::from(walked.is_err());
        tally.check(&format!("{path} ({})", lang.code()), walked.is_ok(), || {
            walked.unwrap_err()
        });
    }
}

/// One path through the interview.
struct Path<'a> {
    op: &'a Operator,
    action: Action,
    abroad: bool,
    /// Someone with the user's power of attorney goes to the store.
    representative: bool,
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let place = if self.abroad { "abroad" } else { "in Russia" };
        let who = if self.representative {
            "representative"
        } else {
            "self"
        };
        write!(f, "{} {} {place} {who}", self.op.id(), self.action.id())
    }
}

impl fmt::Debug for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// Every operator × every end its menu offers × in Russia, abroad × going oneself and,
/// where the end is done at a store, sending someone: the situations the flow's own tests
/// run (`every_situation`), and letting the number lapse, which needs no channel.
fn every_path(catalog: &Catalog) -> Vec<Path<'_>> {
    let mut paths = Vec::new();
    for op in &catalog.operators {
        let ends = menu(catalog, op);
        for action in Action::ALL {
            let channels = op.channels_for(action);
            assert!(
                channels.is_empty() || ends.contains(&action),
                "{} offers {action:?} at {channels:?}, its menu does not: {ends:?}",
                op.id()
            );
            if !ends.contains(&action) {
                continue;
            }
            for abroad in [false, true] {
                for representative in [false, true] {
                    if representative && !channels.contains(&Channel::Store) {
                        continue;
                    }
                    paths.push(Path {
                        op,
                        action,
                        abroad,
                        representative,
                    });
                }
            }
        }
    }
    paths
}

/// The ends `op`'s menu offers, as a person reads them.
fn menu(catalog: &Catalog, op: &Operator) -> Vec<Action> {
    let mut planner = Planner::new(op, None);
    let stopped = wizard::run(catalog, preset(), &mut planner, now());
    assert!(
        matches!(stopped, Err(Error::Interrupted)),
        "{}: the menu was not reached: {stopped:?}",
        op.id()
    );
    Action::ALL
        .into_iter()
        .filter(|&a| planner.menu.contains(&action_name(a)))
        .collect()
}

/// What a person has not been asked before the terminal's first question: nothing, but
/// that the letter is written (on unless `--no-letter`).
fn preset() -> Preset {
    Preset {
        letter: true,
        ..Preset::default()
    }
}

fn now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(NOW).unwrap()
}

/// A path planned: each prompt's first line with the keys that answer it, and what the
/// record written at the end says.
struct Plan {
    steps: Vec<(String, String)>,
    facts: Facts,
}

/// What a record says of its path.
#[derive(Debug, PartialEq)]
struct Facts {
    operator: String,
    action: String,
    abroad: bool,
    representative: bool,
    channel: Option<String>,
}

impl Facts {
    fn of(record: &toml::Table) -> Facts {
        let text = |key: &str| record.get(key).and_then(|v| v.as_str()).map(str::to_owned);
        let flag = |key: &str| match record.get(key) {
            // Written only when true.
            None => false,
            Some(v) => v.as_bool().expect("a boolean"),
        };
        Facts {
            operator: text("operator").unwrap_or_default(),
            action: text("action").unwrap_or_default(),
            abroad: flag("abroad"),
            representative: flag("representative"),
            channel: text("channel"),
        }
    }
}

/// Runs the flow in-process along `path`; its steps and what it records, or why the path
/// cannot be taken.
fn plan(catalog: &Catalog, path: &Path) -> Result<Plan, String> {
    let mut planner = Planner::new(path.op, Some(path));
    let outcome = wizard::run(catalog, preset(), &mut planner, now());
    let record = match (outcome, planner.unmet) {
        (_, Some(why)) => return Err(format!("planned in-process: {why}")),
        (Err(e), None) => return Err(format!("planned in-process: {e}")),
        (Ok(outcome), None) => outcome.record,
    };
    let facts = Facts {
        operator: record.operator.clone(),
        action: record.action.id().to_owned(),
        abroad: record.abroad,
        representative: record.representative,
        channel: record.channel.map(|c| c.id().to_owned()),
    };
    // Going oneself where only someone going is offered (a store's errand from abroad),
    // that someone goes: said, not a dead end.
    let intended = Facts {
        operator: path.op.id().to_owned(),
        action: path.action.id().to_owned(),
        abroad: path.abroad,
        representative: path.representative || planner.only_someone,
        channel: facts.channel.clone(),
    };
    if facts != intended {
        return Err(format!(
            "planned in-process: recorded {facts:?}, not {intended:?}"
        ));
    }
    Ok(Plan {
        steps: planner.steps,
        facts,
    })
}

/// Answers the flow as a person walking `path` would: the path's operator, end, place and
/// who goes, each found by its words; Enter everywhere else. Without a path it stops at
/// the menu of ends, having read it.
struct Planner<'a> {
    op: &'a Operator,
    path: Option<&'a Path<'a>>,
    lang: Lang,
    steps: Vec<(String, String)>,
    /// The menu of ends as offered.
    menu: Vec<String>,
    /// A choice the path needs that was not offered.
    unmet: Option<String>,
    /// Going oneself was not offered: the only way was someone going for you.
    only_someone: bool,
}

impl<'a> Planner<'a> {
    fn new(op: &'a Operator, path: Option<&'a Path<'a>>) -> Self {
        Planner {
            op,
            path,
            lang: i18n::lang(),
            steps: Vec::new(),
            menu: Vec::new(),
            unmet: None,
            only_someone: false,
        }
    }

    /// Notes a prompt and the keys that answer it.
    fn step(&mut self, ask: &Ask, keys: String) {
        let first = ask.prompt.lines().next().unwrap_or_default().to_owned();
        self.steps.push((first, keys));
    }

    /// The choice labelled `wanted`.
    fn find(&mut self, ask: &Ask, choices: &[Choice], wanted: &str) -> Result<usize, Error> {
        choices
            .iter()
            .position(|c| c.label == wanted)
            .ok_or_else(|| {
                let labels: Vec<&str> = choices.iter().map(|c| c.label.as_str()).collect();
                let why = format!("{:?}: {wanted:?} is not among {labels:?}", ask.question);
                self.unmet = Some(why.clone());
                Error::Usage(why)
            })
    }

    /// Where it is done: the store's line "someone goes for you" for a representative;
    /// going oneself, Enter's channel unless Enter's is that line (abroad, where it may be
    /// the recommended way), then the first channel one uses oneself.
    fn channel(&mut self, ask: &Ask, choices: &[Choice], default: usize) -> Result<usize, Error> {
        let proxy = i18n::lookup(self.lang, "channel-store-proxy", &[]);
        if self.path.is_some_and(|p| p.representative) {
            return self.find(ask, choices, &proxy);
        }
        let own = |i: &usize| choices[*i].label != proxy;
        let Some(chosen) = Some(default)
            .filter(own)
            .or_else(|| (0..choices.len()).find(own))
        else {
            self.only_someone = true;
            return self.find(ask, choices, &proxy);
        };
        let label = &choices[chosen].label;
        if !Channel::ALL.iter().any(|&c| channel_name(c) == *label) {
            return self.find(ask, choices, "a channel by its name");
        }
        Ok(chosen)
    }
}

/// The arrow keys from `default` to `chosen`, then Enter.
fn moves(default: usize, chosen: usize) -> String {
    let arrows = if chosen >= default {
        DOWN.repeat(chosen - default)
    } else {
        UP.repeat(default - chosen)
    };
    arrows + ENTER
}

impl Prompter for Planner<'_> {
    fn interactive(&self) -> bool {
        true
    }

    fn select(&mut self, ask: &Ask, choices: &[Choice], default: usize) -> Result<usize, Error> {
        let chosen = match (ask.question, self.path) {
            (Question::Operator, _) => {
                let label = operator_label(self.op, self.lang);
                self.find(ask, choices, &label)?
            }
            (Question::Action, None) => {
                self.menu = choices.iter().map(|c| c.label.clone()).collect();
                return Err(Error::Interrupted);
            }
            (Question::Action, Some(path)) => self.find(ask, choices, &action_name(path.action))?,
            (Question::Abroad, Some(path)) => {
                let key = if path.abroad {
                    "abroad-yes"
                } else {
                    "abroad-no"
                };
                self.find(ask, choices, &i18n::lookup(self.lang, key, &[]))?
            }
            (Question::Channel, Some(_)) => self.channel(ask, choices, default)?,
            _ => default,
        };
        self.step(ask, moves(default, chosen));
        Ok(chosen)
    }

    fn checklist(
        &mut self,
        ask: &Ask,
        _items: &[Choice],
        ticked: &[bool],
    ) -> Result<Vec<bool>, Error> {
        self.step(ask, ENTER.to_owned());
        Ok(ticked.to_vec())
    }

    fn confirm(&mut self, ask: &Ask, default: bool) -> Result<bool, Error> {
        self.step(ask, ENTER.to_owned());
        Ok(default)
    }

    fn text(&mut self, ask: &Ask, default: &str) -> Result<String, Error> {
        self.step(ask, ENTER.to_owned());
        Ok(default.to_owned())
    }

    fn show(&mut self, _block: &Block) -> Result<(), Error> {
        Ok(())
    }
}

/// What the binary says once the record is written, offers next, and says of the
/// calendar, in the language set: the words around the path and the count.
struct End {
    written: String,
    offer: String,
    calendar: String,
}

impl End {
    fn new() -> End {
        let lang = i18n::lang();
        // A path is never part of a message's words.
        const PATH: &str = "\u{e000}";
        let before_path = |key: &str| {
            let said = i18n::lookup(lang, key, &[("path", PATH.into()), ("count", 2.into())]);
            said.split(PATH).next().unwrap().to_owned()
        };
        // The offer names the count and declines by it: what it says for every count.
        let offers: Vec<String> = [1, 2, 5, 21]
            .into_iter()
            .map(|n| i18n::lookup(lang, "ask-ics", &[("count", n.into())]))
            .collect();
        let offer = offers
            .iter()
            .fold(offers[0].clone(), |common, o| common_suffix(&common, o));
        assert!(offer.chars().count() > 10, "{offers:?}");
        End {
            written: before_path("record-written"),
            offer,
            calendar: before_path("ics-written"),
        }
    }
}

fn common_suffix(a: &str, b: &str) -> String {
    let same: Vec<char> = a
        .chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x)
        .collect();
    same.into_iter().rev().collect()
}

/// Walks `plan` in the binary in a pty, in the language set: every prompt seen and
/// answered, the record written, the calendar taken with Enter, exit 0, and the record
/// saying what was planned. An error says what went wrong and shows the screen.
fn walk(path: &Path, plan: &Plan) -> Result<(), String> {
    let end = End::new();
    let dir = tempfile::tempdir().unwrap();
    let mut w = Wizard::start_sized(
        dir.path(),
        &["--lang", i18n::lang().code()],
        &[("TERM", "xterm-256color")],
        COLS,
        ROWS,
    );
    let walked = panic::catch_unwind(AssertUnwindSafe(|| {
        for (prompt, keys) in &plan.steps {
            w.see(prompt);
            w.keys(keys);
        }
        w.see(&end.written);
        w.see(&end.offer);
        w.keys(ENTER);
        w.see(&end.calendar);
        assert_eq!(w.exit_code(), 0, "the exit code");
        let written = Facts::of(&only_record(dir.path()));
        assert_eq!(written, plan.facts, "the record written");
    }));
    walked.map_err(|panicked| {
        let why = panicked
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| panicked.downcast_ref::<&str>().copied())
            .unwrap_or("a panic");
        // The helper's message ends with the whole transcript: the screen says enough.
        let why = why.split("\n--- transcript").next().unwrap_or(why);
        w.settle();
        let mut rows = w.rows();
        while rows.last().is_some_and(String::is_empty) {
            rows.pop();
        }
        let tail = rows[rows.len().saturating_sub(30)..].join("\n");
        let asked: Vec<&str> = plan.steps.iter().map(|(p, _)| p.as_str()).collect();
        format!("{path}: {why}\nthe prompts planned: {asked:?}\n--- the screen ---\n{tail}")
    })
}

/// Runs `f` with the panic hook silenced: a walk that fails is reported once, by path,
/// with its screen, not also as a panic with the whole transcript.
fn quietly<T>(f: impl FnOnce() -> T) -> T {
    let hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let out = f();
    panic::set_hook(hook);
    out
}
