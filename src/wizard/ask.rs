//! The interface the flow asks through. The terminal (dialoguer), the flags (no terminal)
//! and scripted answers in tests implement it.

use crate::answers::{Ask, Block, Choice, Question};
use crate::error::Error;

/// Answers the wizard's questions. Implementations: the terminal (dialoguer), the flags
/// (no terminal), and scripted answers in tests. A person may answer any question with
/// [`Error::Back`] (Escape): the flow then asks the previous question again.
pub trait Prompter {
    /// Whether a person is answering; decides if a bad pre-answer is re-asked or fatal.
    fn interactive(&self) -> bool;
    fn select(&mut self, ask: &Ask, choices: &[Choice], default: usize) -> Result<usize, Error>;
    /// Returns one tick per item; `ticked` is what is ticked to begin with.
    fn checklist(
        &mut self,
        ask: &Ask,
        items: &[Choice],
        ticked: &[bool],
    ) -> Result<Vec<bool>, Error>;
    fn confirm(&mut self, ask: &Ask, default: bool) -> Result<bool, Error>;
    fn text(&mut self, ask: &Ask, default: &str) -> Result<String, Error>;
    fn show(&mut self, block: &Block) -> Result<(), Error>;
    /// How `question` is answered ahead of the run with this answerer (the command line's
    /// flag): the flow names it in a hint or a refusal without knowing the command line.
    fn flag(&self, question: Question) -> String {
        question.id().to_owned()
    }
}

/// The prompter as the flow uses it. It counts the questions put to the person, so that a
/// stage of several questions knows which of them it asked ([`Steps`]); and after Escape
/// it leaves out the guidance the flow shows again on its way back to where it was: while
/// the questions and the blocks with a heading repeat, one for one, what came from the
/// same place the time before, those blocks are on the screen already. The first block
/// that differs is shown, and all after it; a block without a heading (a refusal, a line
/// to check) is always shown.
pub(super) struct Tracked<'a, P: Prompter> {
    inner: &'a mut P,
    /// Questions asked so far.
    pub asked: usize,
    /// The questions asked and the blocks with a heading shown (or left out as shown).
    past: Vec<Event>,
    replay: Replay,
}

#[derive(Debug, PartialEq)]
enum Event {
    Asked(Question),
    Shown(Block),
}

#[derive(Clone, Copy, Debug)]
enum Replay {
    /// Going forward: everything is shown.
    Off,
    /// Just after Escape: where the flow takes up again is found by the first question
    /// asked or block shown, at its last time.
    Seeking,
    /// The flow repeats itself: this is where in `past` it is.
    At(usize),
}

impl<'a, P: Prompter> Tracked<'a, P> {
    pub(super) fn new(inner: &'a mut P) -> Self {
        Tracked {
            inner,
            asked: 0,
            past: Vec::new(),
            replay: Replay::Off,
        }
    }

    /// Whether `event` repeats the past, and so where the flow is in it; then it joins
    /// the past. Repeating, the flow may pass over questions it asked the time before
    /// (taken up again at the last of a stage's questions), never over a block.
    fn repeats(&mut self, event: Event) -> bool {
        let at = match self.replay {
            Replay::Off => None,
            Replay::Seeking => self.past.iter().rposition(|e| *e == event),
            Replay::At(next) => self.past[next..]
                .iter()
                .position(|e| *e == event || matches!(e, Event::Shown(_)))
                .map(|i| next + i)
                .filter(|&i| self.past[i] == event),
        };
        self.replay = at.map_or(Replay::Off, |at| Replay::At(at + 1));
        self.past.push(event);
        at.is_some()
    }

    fn ask<T>(
        &mut self,
        ask: &Ask,
        answer: impl FnOnce(&mut P) -> Result<T, Error>,
    ) -> Result<T, Error> {
        self.repeats(Event::Asked(ask.question));
        self.asked += 1;
        let answer = answer(self.inner);
        if matches!(answer, Err(Error::Back)) {
            self.replay = Replay::Seeking;
        }
        answer
    }
}

impl<P: Prompter> Prompter for Tracked<'_, P> {
    fn interactive(&self) -> bool {
        self.inner.interactive()
    }

    fn flag(&self, question: Question) -> String {
        self.inner.flag(question)
    }

    fn select(&mut self, ask: &Ask, choices: &[Choice], default: usize) -> Result<usize, Error> {
        self.ask(ask, |p| p.select(ask, choices, default))
    }

    fn checklist(
        &mut self,
        ask: &Ask,
        items: &[Choice],
        ticked: &[bool],
    ) -> Result<Vec<bool>, Error> {
        self.ask(ask, |p| p.checklist(ask, items, ticked))
    }

    fn confirm(&mut self, ask: &Ask, default: bool) -> Result<bool, Error> {
        self.ask(ask, |p| p.confirm(ask, default))
    }

    fn text(&mut self, ask: &Ask, default: &str) -> Result<String, Error> {
        self.ask(ask, |p| p.text(ask, default))
    }

    fn show(&mut self, block: &Block) -> Result<(), Error> {
        if !block.title.is_empty() && self.repeats(Event::Shown(block.clone())) {
            return Ok(());
        }
        self.inner.show(block)
    }
}

/// The questions of one stage, asked in turn: Escape at one goes back to the last before
/// it that was asked, its answer kept by the stage; at the first, to the stage before.
#[derive(Debug, Default)]
pub(super) struct Steps {
    at: usize,
    /// Whether each step taken asked a question (or its answer came from a flag).
    asked: Vec<bool>,
}

impl Steps {
    /// The step to take now.
    pub(super) fn at(&self) -> usize {
        self.at
    }

    /// A step's outcome, and whether it asked anything: on to the next step, back to the
    /// last one that asked, or out of the stage.
    pub(super) fn went(&mut self, result: Result<(), Error>, asked: bool) -> Result<(), Error> {
        match result {
            Ok(()) => {
                self.asked.truncate(self.at);
                self.asked.push(asked);
                self.at += 1;
                Ok(())
            }
            Err(Error::Back) => match self.asked[..self.at].iter().rposition(|&a| a) {
                Some(step) => {
                    self.at = step;
                    Ok(())
                }
                None => Err(Error::Back),
            },
            Err(e) => Err(e),
        }
    }

    /// Entered again by Escape from the stage after: at its last question asked.
    pub(super) fn back_to_last(&mut self) {
        self.at = self.asked.iter().rposition(|&a| a).unwrap_or(0);
    }
}
