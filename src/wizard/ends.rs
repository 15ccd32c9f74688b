//! The ends beyond cancel and suspend, and the rules of 2025 that decide them: handing the
//! number to someone legally (re-registration), keeping it alive from abroad, whose
//! passport the contract is on, and what to do once a number is gone.

use super::{Prompter, Wizard};
use crate::answers::Passport;
use crate::answers::{Ask, Block, Choice, Line, Question};
use crate::catalog::{Action, Operator};
use crate::dates::after;
use crate::error::Error;
use crate::i18n;
use crate::labels::channel_name;
use crate::labels::operator_arg;
use crate::t;

impl<P: Prompter> Wizard<'_, P> {
    /// Why a SIM is not left with a friend, and the legal way to hand the number on.
    pub(super) fn handover(&mut self, op: &Operator) -> Result<(), Error> {
        let mut block = Block::new(t!("handover-title"));
        if let Some(fact) = &self.catalog.general.handover {
            self.fact(&mut block, fact, |v| self.tx(v));
        }
        let channels = op.channels_for(Action::Transfer);
        if channels.is_empty() {
            block.lines.push(Line::Ask(t!("handover-no-transfer")));
        } else {
            block.lines.push(Line::Text(t!("handover-transfer")));
            for c in channels {
                if let Some(route) = op.route(c, Action::Transfer) {
                    block.lines.push(Line::Item(t!(
                        "label-value",
                        label = channel_name(c),
                        value = self.tx(&route.summary)
                    )));
                }
            }
        }
        self.show(&block)
    }

    pub(super) fn transfer_intro(&mut self, op: &Operator) -> Result<(), Error> {
        let mut block = Block::new(t!("transfer-title", operator = operator_arg(op, self.lang)));
        block.lines.push(Line::Item(t!("transfer-both")));
        // Why not simply hand the SIM over: the user has chosen the legal way already.
        if let Some(fact) = &self.catalog.general.handover {
            self.fact(&mut block, fact, |v| self.tx(v));
        }
        block.more_since(1);
        self.show(&block)
    }

    /// The operator's inactivity rule with dates from today, the cheapest activity, calls
    /// from abroad and the cooling period.
    pub(super) fn keep_intro(&mut self, op: &Operator) -> Result<(), Error> {
        let today = self.now.date_naive();
        let date = |days: u32| after(today, days).map_or_else(|| "—".to_owned(), i18n::date);
        let mut block = Block::new(t!("keep-title", operator = operator_arg(op, self.lang)));
        block.lines.push(Line::Label(t!("keep-rule")));
        self.fact(&mut block, &op.inactivity, |v| self.tx(&v.summary));
        let rule = op.inactivity.value.as_ref();
        if let (Some(day), Some(fee)) = (
            rule.and_then(|r| r.fee_from_day),
            rule.and_then(|r| r.fee_per_day_rub),
        ) {
            block.lines.push(Line::Item(t!(
                "keep-fee",
                days = day,
                date = date(day),
                fee = i18n::money(fee),
                month = i18n::money_about(fee * 30.0)
            )));
        }
        if let Some(day) = rule.and_then(|r| r.ends_after_days) {
            block
                .lines
                .push(Line::Item(t!("keep-ends", days = day, date = date(day))));
        }
        block.lines.push(Line::Item(t!("keep-monthly")));
        // How to keep it alive and what to do about the cooling period are steps of every
        // keep route, shown next; the general advice and the rules, with their sources,
        // are for the guide.
        let from = block.lines.len();
        block.lines.push(Line::Label(t!("keep-how")));
        block.lines.push(Line::Item(t!("keep-cheapest")));
        if let Some(fact) = &self.catalog.general.keep_abroad {
            self.fact(&mut block, fact, |v| self.tx(v));
        }
        block.lines.push(Line::Label(t!("keep-cooling")));
        if let Some(fact) = &self.catalog.general.cooling {
            self.fact(&mut block, fact, |v| self.tx(v));
        }
        block.more_since(from);
        self.show(&block)
    }

    /// Whose passport: asked in a terminal, else only as given. Its texts are shown only
    /// for the answer given.
    pub(super) fn passport(
        &mut self,
        action: Action,
        kept: Option<Passport>,
    ) -> Result<Option<Passport>, Error> {
        let passport = match self.preset.passport {
            Some(p) => Some(p),
            None if !asks_passport(action, self.prompter.interactive()) => None,
            None => {
                let options = [
                    (Passport::Russian, Choice::new(t!("passport-russian"))),
                    (Passport::Foreign, Choice::new(t!("passport-foreign"))),
                ];
                let ask = Ask::new(Question::Passport, t!("ask-passport"));
                Some(self.pick(None, kept, ask, &options, 0)?)
            }
        };
        let (title, fact, after) = match passport {
            None => return Ok(None),
            Some(Passport::Foreign) => (
                t!("passport-foreign-title"),
                &self.catalog.general.foreign_sims,
                t!("passport-foreign-carry-on"),
            ),
            Some(Passport::Russian) => (
                t!("passport-russian-title"),
                &self.catalog.general.sim_limit,
                t!("passport-russian-carry-on"),
            ),
        };
        let mut block = Block::new(title);
        if let Some(fact) = fact {
            self.fact(&mut block, fact, |v| self.tx(v));
        }
        block.lines.push(Line::Text(after));
        // Ending a number only brings it under the limit: nothing to do about it here.
        if action.end().number_goes {
            block.more_since(0);
        }
        self.show(&block)?;
        Ok(passport)
    }

    /// After a number is gone: the optional self-ban, and the credit history.
    pub(super) fn after_gone(&self, block: &mut Block) {
        let g = &self.catalog.general;
        let from = block.lines.len();
        if let Some(fact) = &g.self_ban {
            block.lines.push(Line::Label(t!("after-self-ban")));
            self.fact(block, fact, |v| self.tx(v));
        }
        if let Some(fact) = &g.credit_history {
            block.lines.push(Line::Label(t!("after-credit")));
            self.fact(block, fact, |v| self.tx(v));
        }
        block.more_since(from);
    }
}

/// Whether the passport is asked: only the number limits depend on it, and a number that
/// ends only helps with them.
pub(super) fn asks_passport(action: Action, interactive: bool) -> bool {
    interactive && !action.end().number_goes
}
