//! Which end: cancel, suspend, or "help me decide" — the options side by side with dates
//! from today, two questions, and a recommendation.

use super::{Prompter, Steps, Wizard, got};
use crate::answers::{Ask, Block, Choice, Line, Need, Question};
use crate::catalog::{Action, Operator};
use crate::dates::after;
use crate::ends::Menu;
use crate::error::Error;
use crate::i18n;
use crate::labels::action_choice;
use crate::labels::operator_arg;
use crate::t;

impl<P: Prompter> Wizard<'_, P> {
    pub(super) fn action(&mut self, op: &Operator, kept: Option<Action>) -> Result<Action, Error> {
        // After "help me decide" the comparison has just shown the lapse's terms.
        let mut compared = false;
        let mut deciding = false;
        let action = match self.preset.action {
            Some(a) if !crate::rules::offers(op, a) => {
                return Err(Error::Usage(crate::rules::action_refusal(op, a)));
            }
            Some(a) => a,
            None if self.preset.decide => {
                compared = true;
                self.decide(op)?
            }
            None => loop {
                // Cancel and suspend always; the other ends where the data offers them,
                // after "Help me decide" so that its place in the menu stays put.
                let menu: Vec<Option<Action>> = crate::ends::MENU
                    .into_iter()
                    .filter(|a| {
                        a.is_none_or(|a| {
                            a.end().menu == Menu::Always || crate::rules::offers(op, a)
                        })
                    })
                    .collect();
                let mut choices: Vec<Choice> = menu
                    .iter()
                    .map(|a| match a {
                        Some(a) => action_choice(*a),
                        None => Choice {
                            label: t!("action-decide"),
                            hint: t!("action-decide-hint"),
                        },
                    })
                    .collect();
                choices.push(Choice {
                    label: t!("action-handover"),
                    hint: t!("action-handover-hint"),
                });
                let ask = Ask::new(Question::Action, t!("ask-action"));
                let default = if deciding {
                    menu.iter().position(Option::is_none)
                } else {
                    kept.and_then(|k| menu.iter().position(|a| *a == Some(k)))
                };
                match menu.get(self.prompter.select(&ask, &choices, default.unwrap_or(0))?) {
                    Some(Some(a)) => break *a,
                    Some(None) => {
                        compared = true;
                        // Escape at its first question comes back here, on "help me decide".
                        match self.decide(op) {
                            Err(Error::Back) => deciding = true,
                            decided => break decided?,
                        }
                    }
                    // Leaving the SIM with a friend is not an end the wizard walks
                    // through: it says why, and asks again.
                    None => self.handover(op)?,
                }
            },
        };
        if self.preset.handover {
            self.handover(op)?;
        }
        match action {
            Action::Suspend => {
                let mut block =
                    Block::new(t!("suspend-title", operator = operator_arg(op, self.lang)));
                self.fact(&mut block, &op.suspend, |s| self.tx(&s.summary));
                self.show(&block)?;
            }
            Action::Transfer => self.transfer_intro(op)?,
            Action::Keep => self.keep_intro(op)?,
            Action::Lapse if !compared => {
                let mut block =
                    Block::new(t!("lapse-title", operator = operator_arg(op, self.lang)));
                self.lapse(&mut block, op);
                self.show(&block)?;
            }
            Action::Lapse | Action::Cancel => {}
        }
        Ok(action)
    }

    /// Cancel, suspend or let it lapse, side by side with dates from today; then two
    /// questions and a recommendation. Returns the action chosen after it.
    pub(super) fn decide(&mut self, op: &Operator) -> Result<Action, Error> {
        self.comparison(op)?;
        let (mut need, mut back_in, mut action) = (None, None, None);
        let mut steps = Steps::default();
        // Needed again? In how many days? Then the end, after the recommendation.
        while steps.at() < 3 {
            let at = steps.at();
            self.step(&mut steps, |w| {
                match at {
                    0 => need = Some(w.need(need.flatten())?),
                    1 => back_in = Some(w.back_in(need.flatten(), back_in.flatten())?),
                    _ => action = Some(w.recommended(op, need.flatten(), back_in.flatten())?),
                }
                Ok(())
            })?;
        }
        got(action)
    }

    /// The recommendation, then the end chosen after it.
    fn recommended(
        &mut self,
        op: &Operator,
        need: Option<Need>,
        back_in: Option<u32>,
    ) -> Result<Action, Error> {
        let (recommended, why) = recommend(op, need, back_in);
        self.show(&Block {
            title: t!("decide-recommend-title"),
            lines: vec![Line::Text(why)],
        })?;
        if !self.prompter.interactive() {
            return Ok(recommended);
        }
        // The ends just compared, letting it lapse included.
        let compared: Vec<Action> = Action::ALL
            .into_iter()
            .filter(|a| a.end().compared)
            .collect();
        let ask = Ask::new(Question::Action, t!("ask-action"));
        let default = compared.iter().position(|a| *a == recommended).unwrap_or(0);
        let choices: Vec<_> = compared.iter().copied().map(action_choice).collect();
        let picked = self.prompter.select(&ask, &choices, default)?;
        compared.get(picked).copied().ok_or(Error::Back)
    }

    fn comparison(&mut self, op: &Operator) -> Result<(), Error> {
        let today = self.now.date_naive();
        // A day count the calendar cannot reach is shown as unknown, never as a crash.
        let date = |days: u32| after(today, days).map_or_else(|| "—".to_owned(), i18n::date);
        let mut block = Block {
            title: t!("decide-title", operator = operator_arg(op, self.lang)),
            lines: vec![Line::Label(t!("decide-cancel"))],
        };
        block.lines.push(Line::Item(t!("decide-cancel-body")));
        self.fact(&mut block, &op.quarantine, |v| self.tx(v));

        block.lines.push(Line::Label(t!("decide-suspend")));
        let terms = op.suspend.value.as_ref();
        self.fact(&mut block, &op.suspend, |s| self.tx(&s.summary));
        if let Some(days) = terms.and_then(|t| t.free_days) {
            block.lines.push(Line::Item(t!(
                "decide-free-until",
                date = date(days),
                days = days
            )));
        }
        if let Some(fee) = terms.and_then(|t| t.fee_per_day_rub) {
            block.lines.push(Line::Item(t!(
                "decide-fee",
                fee = i18n::money(fee),
                month = i18n::money_about(fee * 30.0)
            )));
        }
        match terms.and_then(|t| t.max_days) {
            Some(days) => {
                block
                    .lines
                    .push(Line::Item(t!("decide-max", date = date(days), days = days)))
            }
            None if terms.is_some() => block.lines.push(Line::Ask(t!("decide-max-unknown"))),
            None => {}
        }

        block.lines.push(Line::Label(t!("decide-lapse")));
        self.lapse(&mut block, op);
        block.lines.push(Line::Label(t!("decide-port")));
        self.fact(&mut block, &self.catalog.general.porting, |v| self.tx(v));
        self.show(&block)
    }

    /// Letting the number lapse, at its true cost from the inactivity terms: when the fees
    /// start, how much a day, what they add up to by the day the number is lost (or that
    /// nobody says when that is), and that a debt stays the person's own.
    pub(super) fn lapse(&self, block: &mut Block, op: &Operator) {
        let today = self.now.date_naive();
        let date = |days: u32| after(today, days).map_or_else(|| "—".to_owned(), i18n::date);
        let lapse = op.inactivity.value.as_ref();
        self.fact(block, &op.inactivity, |v| self.tx(&v.summary));
        let from = lapse.and_then(|l| l.fee_from_day);
        let fee = lapse.and_then(|l| l.fee_per_day_rub);
        let ends = lapse.and_then(|l| l.ends_after_days);
        if let (Some(day), Some(fee)) = (from, fee) {
            block.lines.push(Line::Item(t!(
                "decide-lapse-fee",
                date = date(day),
                fee = i18n::money(fee)
            )));
            match ends {
                Some(end) if end >= day => {
                    let paid = end - day;
                    block.lines.push(Line::Item(t!(
                        "lapse-cost-until",
                        date = date(end),
                        paid = paid,
                        cost = i18n::money_about(f64::from(paid) * fee)
                    )));
                }
                // Ending before any fee is due costs nothing: the end date below says when.
                Some(_) => {}
                None => block.lines.push(Line::Ask(t!(
                    "lapse-cost-unknown",
                    month = i18n::money_about(fee * 30.0)
                ))),
            }
        }
        if let Some(day) = ends {
            block
                .lines
                .push(Line::Item(t!("decide-lapse-ends", date = date(day))));
        }
        if lapse.is_some() && fee.is_none() {
            block.lines.push(Line::Item(t!("lapse-no-fee")));
        }
        block.lines.push(Line::Item(t!("decide-lapse-risk")));
        block.lines.push(Line::Item(t!("lapse-debt")));
    }

    fn need(&mut self, kept: Option<Need>) -> Result<Option<Need>, Error> {
        if let Some(n) = self.preset.need {
            return Ok(Some(n));
        }
        // Saying when you will need the number again says that you will.
        if self.preset.back_in.is_some() {
            return Ok(Some(Need::Yes));
        }
        // Without a terminal, an unanswered question means no recommendation.
        if !self.prompter.interactive() {
            return Ok(None);
        }
        let ask = Ask::new(Question::NeedAgain, t!("ask-need"));
        let options = [
            (Need::No, Choice::new(t!("need-no"))),
            (Need::Yes, Choice::new(t!("need-yes"))),
            (Need::Unsure, Choice::new(t!("need-unsure"))),
        ];
        self.pick(None, kept, ask, &options, 2).map(Some)
    }

    fn back_in(&mut self, need: Option<Need>, kept: Option<u32>) -> Result<Option<u32>, Error> {
        match (need, self.preset.back_in) {
            (Some(Need::Yes), Some(d)) => Ok(Some(d)),
            (Some(Need::Yes), None) if self.prompter.interactive() => {
                let ask = Ask::new(Question::BackIn, t!("ask-back-in"));
                let kept = kept.map(|d| d.to_string()).unwrap_or_default();
                loop {
                    let text = self.prompter.text(&ask, &kept)?;
                    if text.trim().is_empty() {
                        return Ok(None);
                    }
                    match text.trim().parse::<u32>() {
                        Ok(d) => return Ok(Some(d)),
                        Err(_) => self
                            .prompter
                            .show(&Block::ask(t!("err-days", value = text)))?,
                    }
                }
            }
            _ => Ok(None),
        }
    }
}

/// The recommendation that follows from the two "help me decide" answers and the
/// operator's block terms, with the reason in words.
pub fn recommend(op: &Operator, need: Option<Need>, back_in: Option<u32>) -> (Action, String) {
    let terms = op.suspend.value.as_ref();
    let free = terms.and_then(|t| t.free_days);
    let fee = terms.and_then(|t| t.fee_per_day_rub);
    let max = terms.and_then(|t| t.max_days);
    match (need, back_in) {
        (None, _) => (Action::Cancel, t!("advice-unanswered")),
        (Some(Need::No), _) => (Action::Cancel, t!("advice-no")),
        (Some(Need::Unsure), _) => match free {
            Some(free) => (Action::Suspend, t!("advice-unsure-free", days = free)),
            None => (Action::Suspend, t!("advice-unsure-ask")),
        },
        (Some(Need::Yes), Some(days)) => match (free, fee, max) {
            (_, _, Some(max)) if days > max => (
                Action::Suspend,
                t!("advice-too-long", days = days, max = max),
            ),
            (Some(free), _, _) if days <= free => {
                (Action::Suspend, t!("advice-within-free", days = days))
            }
            (Some(free), Some(fee), _) => {
                let paid = days - free;
                let cost = i18n::money_about(f64::from(paid) * fee);
                (
                    Action::Suspend,
                    t!("advice-paid", days = days, paid = paid, cost = cost),
                )
            }
            _ => (Action::Suspend, t!("advice-yes-ask")),
        },
        (Some(Need::Yes), None) => (Action::Suspend, t!("advice-yes-ask")),
    }
}
