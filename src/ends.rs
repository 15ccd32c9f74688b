//! The ends a run leads to — cancel, suspend, transfer, keep, lapse — each declared once
//! below, with every property the rest of the program reads of it: its name in the data,
//! the records and on the command line, its messages, where it is offered, where and how it
//! is done, what it asks, and what follows it. Everything else asks an end's [`End`]
//! instead of naming ends one by one, so that an end is one entry of `ends!` below and the
//! compiler points to the rest: the guidance written for it (a `match` on [`Action`] in
//! `src/wizard/` with no arm for it yet), and a new [`Check`] where its follow-ups are new.
//!
//! "Help me decide" is not an end: it is the menu's way to one ([`MENU`]).
//!
//! Kept apart from the flow and free of the crate's other modules, like `lang`, so that
//! the build script (whose table names an end on every route) shares it.

use serde::{Deserialize, Serialize};

/// Declares the ends: the [`Action`] enum (spelled in the data and the records by its
/// id), [`Action::ALL`] in the order given, [`Action::id`] and [`Action::end`].
macro_rules! ends {
    ($($(#[$doc:meta])* $variant:ident $id:literal => $end:expr;)+) => {
        #[derive(
            Clone,
            Copy,
            Debug,
            PartialEq,
            Eq,
            Hash,
            PartialOrd,
            Ord,
            Serialize,
            Deserialize,
        )]
        pub enum Action {
            $($(#[$doc])* #[serde(rename = $id)] $variant,)+
        }

        impl Action {
            pub const ALL: [Action; [$($id),+].len()] = [$(Action::$variant),+];

            /// The end's name in the data, in a record and as a value of `--action`.
            pub const fn id(self) -> &'static str {
                match self {
                    $(Action::$variant => $id,)+
                }
            }

            /// Everything else the program knows of the end.
            pub const fn end(self) -> &'static End {
                match self {
                    $(Action::$variant => {
                        const END: End = $end;
                        &END
                    })+
                }
            }
        }
    };
}

ends! {
    /// End the contract for good.
    Cancel "cancel" => End {
        label: "action-cancel",
        hint: "action-cancel-hint",
        noun: "action-noun-cancel",
        prep_title: "prep-title",
        abroad_ask: "abroad-step-cancel",
        menu: Menu::Always,
        compared: true,
        column: Some("list-cancel"),
        channel: Where::Chosen,
        signed: true,
        number_goes: true,
        balance: BalanceRule::Asked,
        shows_inactivity: false,
        visit: true,
        checks: &[Check::Refund, Check::FinalBill, Check::Credit],
    };
    /// Voluntary block: keep the number.
    Suspend "suspend" => End {
        label: "action-suspend",
        hint: "action-suspend-hint",
        noun: "action-noun-suspend",
        prep_title: "prep-title-suspend",
        abroad_ask: "abroad-step-suspend",
        menu: Menu::Always,
        compared: true,
        column: Some("list-suspend"),
        channel: Where::Chosen,
        signed: false,
        number_goes: false,
        balance: BalanceRule::Stays {
            note: "balance-keep",
            refusal: "err-balance-suspend",
        },
        shows_inactivity: false,
        visit: true,
        checks: &[Check::Suspension],
    };
    /// Re-register the number to another person (переоформление).
    Transfer "transfer" => End {
        label: "action-transfer",
        hint: "action-transfer-hint",
        noun: "action-noun-transfer",
        prep_title: "prep-title-transfer",
        abroad_ask: "abroad-step-ask",
        menu: Menu::WhereOffered,
        compared: false,
        column: None,
        channel: Where::Chosen,
        signed: false,
        number_goes: false,
        balance: BalanceRule::Stays {
            note: "balance-transfer-owner",
            refusal: "err-balance-stays",
        },
        shows_inactivity: false,
        visit: true,
        checks: &[Check::Reregistered],
    };
    /// Keep the number alive while away, with the least activity.
    Keep "keep" => End {
        label: "action-keep",
        hint: "action-keep-hint",
        noun: "action-noun-keep",
        prep_title: "prep-title-keep",
        abroad_ask: "abroad-step-ask",
        menu: Menu::WhereOffered,
        compared: false,
        column: None,
        channel: Where::Taken,
        signed: false,
        number_goes: false,
        balance: BalanceRule::Stays {
            note: "balance-keep-alive",
            refusal: "err-balance-stays",
        },
        shows_inactivity: true,
        visit: false,
        checks: &[Check::KeepAlive],
    };
    /// Let the number lapse: nothing is done anywhere, so it has no channel; the
    /// operator's inactivity terms date what follows.
    Lapse "lapse" => End {
        label: "action-lapse",
        hint: "action-lapse-hint",
        noun: "action-noun-lapse",
        prep_title: "prep-title-lapse",
        abroad_ask: "abroad-step-ask",
        menu: Menu::WhereOffered,
        compared: true,
        column: None,
        channel: Where::Nowhere {
            refusal: "err-lapse-channel",
        },
        signed: false,
        number_goes: true,
        balance: BalanceRule::Stays {
            note: "balance-lapse",
            refusal: "err-balance-stays",
        },
        // Chosen, its cost is shown with the operator's terms (or was, compared).
        shows_inactivity: true,
        visit: false,
        checks: &[Check::Lapse],
    };
}

/// One end's properties. Message ids name messages of `data/locales/*.ftl`; the value of
/// `--action` is described by `help-action-value-{id}` in `help.*.ftl`, and Russian
/// declines the noun with the term `-action-{id}` where it has one.
///
/// What a record holds for an end follows from these: no channel when it is done
/// [`Where::Nowhere`], the balance `keep` when it [`BalanceRule::Stays`], a letter when it
/// is [`signed`](End::signed) at a store or its balance is refunded.
#[derive(Debug, PartialEq, Eq)]
pub struct End {
    /// The menu line, in the first person ("Cancel for good"), which is also its name.
    pub label: &'static str,
    /// What the menu line says after its dash.
    pub hint: &'static str,
    /// The end as a noun in a sentence or a listing ("cancellation").
    pub noun: &'static str,
    /// The title of the checklist before it: a blocked number is kept, and the title must
    /// not say it goes.
    pub prep_title: &'static str,
    /// What the hotline is asked for when the user calls from abroad, where the table's
    /// hotline steps (dialled from Russia, ending in a store) do not fit.
    pub abroad_ask: &'static str,
    /// Where the wizard's menu lists it.
    pub menu: Menu,
    /// Set side by side with the others in "help me decide", and offered after its
    /// recommendation.
    pub compared: bool,
    /// Its column heading in `operators` and `check-data`, for the ends listed there.
    pub column: Option<&'static str>,
    /// Where it is done.
    pub channel: Where,
    /// Ended by the subscriber's signature at a store: the application letter terminates
    /// the contract at the counter, whoever goes brings it, and from abroad the store is
    /// someone else's errand.
    pub signed: bool,
    /// The number goes with it. Whose passport the contract is on matters only for the
    /// number limits, which an ending number only helps with: the passport is not asked,
    /// and what is said of it is a detail.
    pub number_goes: bool,
    /// What happens to the balance.
    pub balance: BalanceRule,
    /// What is shown when it is chosen includes the operator's inactivity terms in full,
    /// so the step for someone abroad does not repeat them.
    pub shows_inactivity: bool,
    /// Done at one moment at its channel: a plan is dated to go on and a started record to
    /// finish there. Otherwise its checks are the plan, dated from when it was chosen.
    pub visit: bool,
    /// The dated checks once it is done, in order.
    pub checks: &'static [Check],
}

#[cfg(test)]
impl End {
    /// Every message id the end names. Destructured whole, so that a new field is listed
    /// here or the build fails, and the test in `labels` finds its message in every
    /// language.
    pub fn messages(&self) -> Vec<&'static str> {
        let End {
            label,
            hint,
            noun,
            prep_title,
            abroad_ask,
            menu: _,
            compared: _,
            column,
            channel,
            signed: _,
            number_goes: _,
            balance,
            shows_inactivity: _,
            visit: _,
            checks: _,
        } = *self;
        let mut ids = vec![label, hint, noun, prep_title, abroad_ask];
        ids.extend(column);
        if let Where::Nowhere { refusal } = channel {
            ids.push(refusal);
        }
        if let BalanceRule::Stays { note, refusal } = balance {
            ids.extend([note, refusal]);
        }
        ids
    }
}

/// Where the wizard's menu lists an end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    /// Always, before "help me decide".
    Always,
    /// After "help me decide", so that its place in the menu stays put, and only where the
    /// operator's data offers the end.
    WhereOffered,
}

/// Where an end is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Where {
    /// At a channel picked among the operator's routes for it: asked in a terminal, a
    /// flag without one.
    Chosen,
    /// At the operator's first route for it: there is nothing to pick.
    Taken,
    /// Nowhere and by nobody: it needs no route, so every operator offers it; the flow ends
    /// before the channel, with nothing to quote, recorded as done when chosen. A channel
    /// or a representative given with it would be dropped unseen: `refusal` says so.
    Nowhere { refusal: &'static str },
}

impl Where {
    /// Whether the channel is asked (or, without a terminal, must be given).
    pub fn is_chosen(self) -> bool {
        self == Where::Chosen
    }

    /// Whether it is done at a channel, from the operator's routes.
    pub fn needs_route(self) -> bool {
        !matches!(self, Where::Nowhere { .. })
    }
}

/// What happens to the balance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BalanceRule {
    /// Asked: refunded, moved to another number, or nothing to move.
    Asked,
    /// It stays on the number, as `note` says; `refusal` answers `--balance refund` or
    /// `transfer` given with it (with the end's id as `$action`).
    Stays {
        note: &'static str,
        refusal: &'static str,
    },
}

impl BalanceRule {
    pub fn is_asked(self) -> bool {
        self == BalanceRule::Asked
    }
}

/// A kind of dated check after an end is done (`src/followups.rs` dates each).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// The refund arrived, when the balance was refunded or moved.
    Refund,
    /// The final bill.
    FinalBill,
    /// A loan or an account opened with the number once it is re-issued.
    Credit,
    /// The number left the user's name.
    Reregistered,
    /// The monthly activity that keeps the number alive.
    KeepAlive,
    /// The end of the free days and of the longest block, from the suspension terms.
    Suspension,
    /// The inactivity fee, the number taken back, the debt and the credit history, from
    /// the inactivity terms.
    Lapse,
}

/// The wizard's menu of ends, the order `--action` lists its values in: the ends always
/// offered, "help me decide" (`None`), then the ends offered where the data has them.
pub const MENU: [Option<Action>; Action::ALL.len() + 1] = {
    let mut menu = [None; Action::ALL.len() + 1];
    let mut at = 0;
    // Two passes over the ends: those before "help me decide", then those after it.
    let mut pass = 0;
    while pass < 2 {
        let mut i = 0;
        while i < Action::ALL.len() {
            let end = Action::ALL[i];
            let always = matches!(end.end().menu, Menu::Always);
            if always == (pass == 0) {
                menu[at] = Some(end);
                at += 1;
            }
            i += 1;
        }
        if pass == 0 {
            // "Help me decide" keeps its `None`.
            at += 1;
        }
        pass += 1;
    }
    menu
};

#[cfg(test)]
mod tests {
    use super::*;

    /// The data and the records spell an end by its id: serde's name and `id` agree.
    #[test]
    fn an_end_is_spelled_by_its_id_everywhere() {
        for a in Action::ALL {
            let written = serde_json::to_string(&a).unwrap();
            assert_eq!(written, format!("\"{}\"", a.id()));
            let read: Action = serde_json::from_str(&written).unwrap();
            assert_eq!(read, a);
        }
    }

    /// Cancel and suspend, "help me decide", then the ends the data may offer.
    #[test]
    fn the_menu_puts_help_me_decide_after_the_ends_always_offered() {
        use Action::*;
        assert_eq!(
            MENU,
            [
                Some(Cancel),
                Some(Suspend),
                None,
                Some(Transfer),
                Some(Keep),
                Some(Lapse)
            ]
        );
    }

    /// What no end may combine: a property that would never be read, or two that
    /// contradict each other.
    #[test]
    fn no_end_has_properties_that_contradict() {
        for a in Action::ALL {
            let end = a.end();
            // A letter is signed at a store: an end done nowhere has none.
            assert!(!end.signed || end.channel.needs_route(), "{a:?}");
            // The moment at a channel needs a channel.
            assert!(!end.visit || end.channel.needs_route(), "{a:?}");
            assert!(!end.checks.is_empty(), "{a:?}: nothing follows it");
        }
    }
}
