//! Before the visit: whose contract it is, where the user is, the preparation checklist,
//! and what happens to the balance.

use super::{Prompter, Wizard};
use crate::answers::{Ask, Block, Choice, Line, Question};
use crate::answers::{Balance, Owner, Prep};
use crate::catalog::{Action, Operator};
use crate::ends::BalanceRule;
use crate::error::Error;
use crate::labels::{balance_label, marker, message, prep_groups, prep_label};
use crate::record::Preparation;
use crate::t;

impl<P: Prompter> Wizard<'_, P> {
    pub(super) fn owner(&mut self, kept: Option<Owner>) -> Result<Owner, Error> {
        let options = [
            (Owner::Me, Choice::new(t!("owner-me"))),
            (Owner::Other, Choice::new(t!("owner-other"))),
        ];
        let ask = Ask::new(Question::Owner, t!("ask-owner"));
        let owner = self.pick(self.preset.owner, kept, ask, &options, 0)?;
        if owner == Owner::Other {
            let mut block = Block::new(t!("owner-other-title"));
            self.fact(&mut block, &self.catalog.general.owner_rule, |v| self.tx(v));
            block.lines.push(Line::Text(t!("owner-other-carry-on")));
            self.show(&block)?;
        }
        Ok(owner)
    }

    /// Abroad, the store is out of reach: only the other channels are offered, and the
    /// hotline is called on its +7 number.
    pub(super) fn abroad(
        &mut self,
        op: &Operator,
        action: Action,
        kept: Option<bool>,
    ) -> Result<bool, Error> {
        let options = [
            (false, Choice::new(t!("abroad-no"))),
            (true, Choice::new(t!("abroad-yes"))),
        ];
        let ask = Ask::new(Question::Abroad, t!("ask-abroad"));
        let abroad = self.pick(self.preset.abroad, kept, ask, &options, 0)?;
        if abroad {
            // The three ways out that work from abroad, the lapse with its true cost.
            let mut block = Block {
                title: t!("abroad-title"),
                lines: vec![
                    Line::Label(t!("abroad-ways")),
                    Line::Item(t!("abroad-gosuslugi")),
                ],
            };
            block.lines.push(Line::Item(t!("abroad-store")));
            // The rest is for the channel it concerns (the Gosuslugi steps say what to set
            // up and the freeze; the hotline's numbers come +7 first) or for later: details.
            // Keeping the number ends nothing: the ways to end a contract are details too,
            // and its own block says what works from abroad.
            // The ways that work from abroad help choose a channel: chosen already (a
            // flag), they are details too.
            let from = if action.end().shows_inactivity || self.preset.channel.is_some() {
                0
            } else {
                block.lines.len()
            };
            // Before the user relies on Gosuslugi from abroad: what to set up, the freeze.
            if let Some(f) = &self.catalog.general.gosuslugi_abroad {
                self.fact(&mut block, f, |v| self.tx(v));
            }
            // What may change for someone abroad (calls from abroad, Gosuslugi recovery):
            // a bill is never shown as a rule that holds, but as not in force, and since when.
            for f in &self.catalog.general.pending {
                let date = crate::i18n::date(self.catalog.pending_as_of(f));
                self.fact(&mut block, f, |v| {
                    t!("pending-as-of", date = date.clone(), text = self.tx(v))
                });
            }
            block.lines.extend([
                Line::Item(t!("abroad-call")),
                Line::Item(t!("abroad-roaming")),
            ]);
            // Keeping the number, its inactivity terms were just shown in full.
            if !action.end().shows_inactivity {
                block.lines.push(Line::Label(t!("abroad-lapse")));
                self.lapse(&mut block, op);
            }
            block.more_since(from);
            self.show(&block)?;
        }
        Ok(abroad)
    }

    pub(super) fn preparation(
        &mut self,
        action: Action,
        kept: Option<&Preparation>,
    ) -> Result<Preparation, Error> {
        // A blocked number is kept: the title must not say it goes.
        let mut block = Block::new(message(action.end().prep_title));
        match action {
            Action::Cancel => {
                self.fact(&mut block, &self.catalog.general.reissue, |v| self.tx(v));
            }
            Action::Transfer => block.lines.push(Line::Item(t!("transfer-codes"))),
            Action::Suspend | Action::Keep | Action::Lapse => {}
        }
        let from = block.lines.len();
        self.fact(&mut block, &self.catalog.general.gosuslugi, |v| self.tx(v));
        block.more_since(from);
        // The rules of 2025 are said once, below, and only if an item they concern is
        // left open; the checklist's items carry their source meanwhile. Without a
        // terminal, what is still open follows in the same block.
        let listed = !self.prompter.interactive();
        if !listed {
            self.show(&block)?;
        }

        let mut done = match self.preset.done.clone() {
            Some(done) => done,
            None => self.checklist(kept.map_or(&[][..], |k| &k.done))?,
        };
        done.sort();
        done.dedup();
        let not_done: Vec<Prep> = Prep::ALL
            .into_iter()
            .filter(|p| !done.contains(p))
            .collect();
        // Without a terminal this is the only checklist the user sees: what is still open
        // (the ticked items are in the record), a line for each kind of task, each task in
        // full in the guide. A checklist just ticked is not echoed back: in a terminal the
        // tasks left are in the guide, and in the plan at the end.
        let mut recorded = if listed {
            if !not_done.is_empty() {
                block.lines.push(Line::Label(t!("prep-recorded")));
            }
            block
        } else {
            Block::new(t!("prep-recorded"))
        };
        if listed {
            recorded.lines.extend(
                prep_groups(&not_done)
                    .into_iter()
                    .map(|g| Line::Item(g).brief()),
            );
        }
        if !not_done.is_empty() {
            let from = recorded.lines.len();
            let open = not_done.iter().map(|&p| Line::Item(prep_label(p)));
            recorded.lines.extend(open);
            recorded.lines.push(Line::Text(t!("prep-not-done")));
            recorded.more_since(from);
        }
        if not_done.iter().any(|p| p.from_2025_rules())
            && let Some(fact) = &self.catalog.general.login_codes
        {
            // The items say what to do; why, with its source, is a detail.
            let from = recorded.lines.len();
            self.fact(&mut recorded, fact, |v| self.tx(v));
            recorded.more_since(from);
        }
        if listed || !recorded.lines.is_empty() {
            self.show(&recorded)?;
        }
        Ok(Preparation { done, not_done })
    }

    /// A checklist item; one the rules of 2025 made necessary carries that rule's source.
    fn prep_item(&self, p: Prep) -> String {
        match &self.catalog.general.login_codes {
            Some(f) if p.from_2025_rules() => {
                prep_label(p) + &marker(f.confidence, f.source.as_deref())
            }
            _ => prep_label(p),
        }
    }

    /// The checklist, asked once: what is left open is recorded as not done and said
    /// in the plan, never nagged about. Asked again, it keeps the ticks already given.
    fn checklist(&mut self, kept: &[Prep]) -> Result<Vec<Prep>, Error> {
        let items: Vec<Choice> = Prep::ALL
            .iter()
            .map(|&p| Choice::new(self.prep_item(p)))
            .collect();
        let ask = Ask::new(Question::Done, t!("ask-prep"));
        let ticks: Vec<bool> = Prep::ALL.iter().map(|p| kept.contains(p)).collect();
        let ticks = self.prompter.checklist(&ask, &items, &ticks)?;
        Ok(Prep::ALL
            .iter()
            .zip(&ticks)
            .filter(|(_, t)| **t)
            .map(|(p, _)| *p)
            .collect())
    }

    pub(super) fn balance(
        &mut self,
        op: &Operator,
        action: Action,
        abroad: bool,
        kept: Option<Balance>,
    ) -> Result<Balance, Error> {
        let mut block = Block::new(t!("balance-title"));
        self.fact(&mut block, &op.balance_check, |v| self.tx(v));
        if let BalanceRule::Stays { note, .. } = action.end().balance {
            block.lines.push(Line::Text(message(note)));
            self.show(&block)?;
            return match self.preset.balance {
                // "Nothing to move" fits a block: the balance stays on the number.
                None | Some(Balance::Keep | Balance::None) => Ok(Balance::Keep),
                Some(_) => Err(Error::Usage(crate::rules::balance_refusal(action))),
            };
        }
        block.lines.push(Line::Text(t!("balance-debt")));
        // Known to be nothing to refund, how refunds work is a detail.
        let from = block.lines.len();
        self.fact(&mut block, &op.refund, |v| self.tx(v));
        let no_refund = !self.prompter.interactive()
            && matches!(
                self.preset.balance,
                None | Some(Balance::None | Balance::Keep)
            );
        if no_refund {
            block.more_since(from);
        }
        self.show(&block)?;

        let options = [Balance::Refund, Balance::Transfer, Balance::None]
            .map(|b| (b, Choice::new(balance_label(b))));
        let ask = Ask::new(Question::Balance, t!("ask-balance"));
        let balance = self.pick(self.preset.balance, kept, ask, &options, 2)?;
        // From abroad the refund goes to an account that must outlive the contract.
        if abroad && balance == Balance::Refund {
            self.show(&Block {
                title: t!("refund-abroad-title"),
                lines: vec![
                    Line::Item(t!("refund-abroad-bank")),
                    Line::Item(t!("refund-abroad-poa")),
                ],
            })?;
        }
        Ok(balance)
    }
}
