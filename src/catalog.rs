//! The operator table: typed, validated once on load, then read-only.
//!
//! Everything operator-specific lives in the data file; no code names an operator. A fact
//! that nobody could source is written as unknown (no `value`) with an `ask` text, and the
//! wizard turns it into a question for the hotline instead of a guess.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use std::path::PathBuf;

use chrono::NaiveDate;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use toml::Spanned;

use toml::value::Datetime;

use crate::lang::Lang;

pub const EMBEDDED: &str = include_str!("../data/operators.toml");
/// Where a letter names an operator whose legal entity nobody could source: the user
/// copies it from the contract.
pub const ENTITY_BLANK: &str = "________________________";
pub const SCHEMA: u32 = 1;

/// Where the table came from, for messages and for the record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Embedded,
    File(PathBuf),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Embedded => f.write_str("data/operators.toml (embedded)"),
            Origin::File(p) => write!(f, "{}", p.display()),
        }
    }
}

/// The built-in table is the only one baked; a file's path would not mean anything in
/// another build.
impl crate::bake::Bake for Text {
    fn bake(&self, out: &mut String) {
        out.push_str("t(&[");
        for (lang, s) in self.entries() {
            out.push_str(&format!("(Lang::{lang:?}, {s:?}), "));
        }
        out.push_str("])");
    }
}

impl crate::bake::Bake for Origin {
    fn bake(&self, out: &mut String) {
        out.push_str("Origin::Embedded");
    }
}

/// The ends a route can lead to: declared with everything else about them in `ends`.
pub use crate::ends::Action;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    /// In the operator's store or office.
    Store,
    /// On the operator's hotline.
    Hotline,
    /// In the operator's app or website.
    Online,
    /// On Gosuslugi, the state services portal: its "SIM cards" service.
    Gosuslugi,
}

impl Channel {
    pub const ALL: [Channel; 4] = [
        Channel::Store,
        Channel::Hotline,
        Channel::Online,
        Channel::Gosuslugi,
    ];
    pub fn id(self) -> &'static str {
        match self {
            Channel::Store => "store",
            Channel::Hotline => "hotline",
            Channel::Online => "online",
            Channel::Gosuslugi => "gosuslugi",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Unverified,
    Secondary,
    Official,
}

baked_enum!(Action, Channel, Confidence);

/// Text in one or more languages. A plain string in the file means the same text for
/// every language (a brand name, a URL); a table gives `en` and optionally `ru`, `zh`.
/// Indexed by [`Lang`]; the built-in table borrows its texts from the binary, so that
/// building it at start-up allocates none of them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text([Option<Cow<'static, str>>; Lang::ALL.len()]);

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        self.0[lang as usize]
            .as_deref()
            .or(self.0[Lang::En as usize].as_deref())
            .unwrap_or("")
    }

    pub fn en(s: &str) -> Text {
        let mut text = Text::default();
        text.0[Lang::En as usize] = Some(Cow::Owned(clean(s)));
        text
    }

    /// The text in each language it has.
    pub fn entries(&self) -> impl Iterator<Item = (Lang, &str)> {
        Lang::ALL
            .into_iter()
            .filter_map(|l| self.0[l as usize].as_deref().map(|s| (l, s)))
    }

    /// Text from already clean entries (the table compiled at build time).
    pub fn from_entries(entries: &[(Lang, &'static str)]) -> Text {
        let mut text = Text::default();
        for &(lang, s) in entries {
            text.0[lang as usize] = Some(Cow::Borrowed(s));
        }
        text
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string, or a table of languages like { en = \"…\", ru = \"…\" }")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Text, E> {
                Ok(Text::en(s))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut text = Text::default();
                while let Some(key) = map.next_key::<String>()? {
                    match Lang::from_code(&key) {
                        Some(lang) => {
                            let value: String = map.next_value()?;
                            text.0[lang as usize] = Some(Cow::Owned(clean(&value)));
                        }
                        // Left for the loader to report with its location, like any
                        // unknown key: a typo must not make a translation vanish.
                        None => {
                            map.next_value::<de::IgnoredAny>()?;
                        }
                    }
                }
                if text.0[Lang::En as usize].is_none() {
                    return Err(de::Error::missing_field("en"));
                }
                Ok(text)
            }
        }
        d.deserialize_any(TextVisitor)
    }
}

pub use crate::clean::{clean, clean_block};

/// A table file that is not UTF-8, located at its first bad byte.
pub fn not_utf8(
    origin: &Origin,
    e: &std::string::FromUtf8Error,
    message: String,
    hint: String,
) -> DataError {
    let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
    let before = std::str::from_utf8(good).unwrap_or_default();
    let (line, column) = position(before, before.len());
    DataError {
        origin: origin.to_string(),
        problems: vec![Problem {
            line,
            column,
            message,
            hint,
        }],
    }
}

/// One step of a path into the file: a key, or an index into an array of tables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Borrowed when the types name it, which walking every fact does for each field.
    Key(Cow<'static, str>),
    Index(usize),
}

/// A path as the file would write it: `operator[2].hotline.short`.
pub fn path_text(path: &[Step]) -> String {
    let mut s = String::new();
    for step in path {
        match step {
            Step::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(&clean(k));
            }
            Step::Index(i) => s.push_str(&format!("[{i}]")),
        }
    }
    s
}

/// Sees every fact of a table, each with its path in the file (see [`each_fact`]).
pub trait FactVisitor<'a> {
    fn fact<T>(&mut self, path: &[Step], fact: &'a Fact<T>);
}

/// A part of the table, walked for the facts it holds. The types that hold facts are
/// declared with [`holds_facts!`], which walks every field; so a fact added to one is
/// checked, judged by its sources and dated like every other, with no list to extend.
pub trait Facts {
    fn facts<'a, V: FactVisitor<'a>>(&'a self, path: &mut Vec<Step>, visitor: &mut V) {
        let _ = (path, visitor);
    }
}

impl<T> Facts for Fact<T> {
    fn facts<'a, V: FactVisitor<'a>>(&'a self, path: &mut Vec<Step>, visitor: &mut V) {
        visitor.fact(path, self);
    }
}

impl<X: Facts> Facts for Option<X> {
    fn facts<'a, V: FactVisitor<'a>>(&'a self, path: &mut Vec<Step>, visitor: &mut V) {
        if let Some(x) = self {
            x.facts(path, visitor);
        }
    }
}

impl<X: Facts> Facts for Vec<X> {
    fn facts<'a, V: FactVisitor<'a>>(&'a self, path: &mut Vec<Step>, visitor: &mut V) {
        for (i, x) in self.iter().enumerate() {
            path.push(Step::Index(i));
            x.facts(path, visitor);
            path.pop();
        }
    }
}

/// Parts that hold no fact.
impl Facts for Text {}
impl Facts for Spanned<String> {}
impl Facts for Route {}

/// Every fact of a table: its general facts, then each operator's, in the order the types
/// declare them.
pub fn each_fact<'a, V: FactVisitor<'a>>(
    general: &'a General,
    operators: &'a [Operator],
    visitor: &mut V,
) {
    general.facts(&mut vec![Step::Key("general".into())], visitor);
    for (i, op) in operators.iter().enumerate() {
        op.facts(
            &mut vec![Step::Key("operator".into()), Step::Index(i)],
            visitor,
        );
    }
}

/// The key a field has in the file: its `#[serde(rename = "…")]`, else its name.
macro_rules! file_key {
    ($field:ident) => {
        stringify!($field)
    };
    ($field:ident #[serde($($inner:tt)*)] $($more:tt)*) => {
        file_key!(@serde $field [$($more)*] $($inner)*)
    };
    ($field:ident #[$($other:tt)*] $($more:tt)*) => {
        file_key!($field $($more)*)
    };
    (@serde $field:ident [$($more:tt)*] rename = $key:literal $($rest:tt)*) => {
        $key
    };
    (@serde $field:ident [$($more:tt)*] $skip:tt $($rest:tt)*) => {
        file_key!(@serde $field [$($more)*] $($rest)*)
    };
    (@serde $field:ident [$($more:tt)*]) => {
        file_key!($field $($more)*)
    };
}

/// Declares a type that holds facts: baked (see `baked!`), and walked by [`Facts`] field by
/// field, each under its key in the file.
macro_rules! holds_facts {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $($(#[$($fattr:tt)*])* pub $field:ident : $ty:ty),* $(,)?
        }
    ) => {
        baked! {
            $(#[$meta])*
            pub struct $name {
                $($(#[$($fattr)*])* pub $field: $ty),*
            }
        }

        impl Facts for $name {
            fn facts<'a, V: FactVisitor<'a>>(&'a self, path: &mut Vec<Step>, visitor: &mut V) {
                $(
                    path.push(Step::Key(file_key!($field $(#[$($fattr)*])*).into()));
                    self.$field.facts(path, visitor);
                    path.pop();
                )*
            }
        }
    };
}

baked! {
    /// One sourced fact. `value: None` means nobody could source it: the wizard then shows
    /// `ask`, the question to put to the operator. `Day` is the type of its date: a
    /// TOML date as written, a calendar date once read (see the `Deserialize` below).
    #[derive(Clone, Debug, Deserialize)]
    #[serde(remote = "Self")]
    pub struct Fact<T, Day = NaiveDate> {
        pub value: Option<T>,
        pub source: Option<String>,
        /// Further pages that say the same; a fact is only as good as its best source.
        #[serde(default)]
        pub also: Vec<String>,
        pub confidence: Confidence,
        pub checked: Option<Day>,
        pub ask: Option<Text>,
        /// Where it is written; not a key of the file.
        #[serde(skip)]
        pub span: Range<usize>,
    }
}

/// A fact left out of the file: unknown, with no question of its own. Only an operator's
/// own facts may be left out (one nobody has sourced anything about, whose routes carry
/// what to ask); the wizard then shows nothing for it.
impl<T> Default for Fact<T> {
    fn default() -> Self {
        Fact {
            value: None,
            source: None,
            also: Vec::new(),
            confidence: Confidence::Unverified,
            checked: None,
            ask: None,
            span: 0..0,
        }
    }
}

impl<T> Fact<T> {
    /// Whether the file has this fact at all (see [`Fact::default`]).
    pub fn written(&self) -> bool {
        !self.span.is_empty()
    }
}

/// What a type's derived code reads (`#[serde(remote = "Self")]`), before the span it is
/// written at is added: toml tells the span only to a [`Spanned`] around it.
struct Fields<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Fields<Fact<T, Datetime>> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Fact::<T, Datetime>::deserialize(d).map(Fields)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Fact<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let spanned = Spanned::<Fields<Fact<T, Datetime>>>::deserialize(d)?;
        let span = spanned.span();
        let Fields(written) = spanned.into_inner();
        // A date with a time is the fact's problem, located at the fact as its other
        // problems are; so it is refused here rather than where `checked` is read.
        let checked = written
            .checked
            .map(|dt| {
                to_date(&dt)
                    .ok_or_else(|| de::Error::custom("`checked` must be a date like 2026-11-25"))
            })
            .transpose()?;
        Ok(Fact {
            value: written.value,
            source: written.source,
            also: written.also,
            confidence: written.confidence,
            checked,
            ask: written.ask,
            span,
        })
    }
}

holds_facts! {
    #[derive(Clone, Debug, Default, Deserialize)]
    pub struct Hotline {
        /// Dialled from the operator's own SIM.
        #[serde(default)]
        pub short: Fact<String>,
        /// Free from any phone in Russia.
        #[serde(default)]
        pub federal: Fact<String>,
        /// Reachable from abroad, in +7 form.
        #[serde(default)]
        pub abroad: Fact<String>,
        /// Whether the hotline answers at any hour; absent, nobody published its hours.
        #[serde(default)]
        pub around_the_clock: Option<Fact<bool>>,
    }
}

/// The longest period, in days, a table may name: ten years. Anything longer is a typo,
/// and unbounded counts overflow the date arithmetic of follow-ups.
pub const MAX_DAY_COUNT: u32 = 3653;
/// The highest daily fee a table may name, in roubles; real ones are a few roubles.
pub const MAX_FEE_PER_DAY_RUB: f64 = 1000.0;

/// A day count as written: negative or huge integers become `u32::MAX`, which the checker
/// refuses with its location, so that one bad number does not hide every other problem.
fn day_count<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    Ok(Option::<i64>::deserialize(d)?.map(|n| u32::try_from(n).unwrap_or(u32::MAX)))
}

baked! {
    #[derive(Clone, Debug, Deserialize)]
    pub struct SuspendTerms {
        pub summary: Text,
        #[serde(default, deserialize_with = "day_count")]
        pub free_days: Option<u32>,
        pub fee_per_day_rub: Option<f64>,
        #[serde(default, deserialize_with = "day_count")]
        pub max_days: Option<u32>,
    }
}

baked! {
    #[derive(Clone, Debug, Deserialize)]
    pub struct InactivityTerms {
        pub summary: Text,
        #[serde(default, deserialize_with = "day_count")]
        pub fee_from_day: Option<u32>,
        pub fee_per_day_rub: Option<f64>,
        #[serde(default, deserialize_with = "day_count")]
        pub ends_after_days: Option<u32>,
    }
}

baked! {
    /// What one channel can do for one action at one operator.
    #[derive(Clone, Debug, Deserialize)]
    #[serde(remote = "Self")]
    pub struct Route {
        pub channel: Channel,
        pub action: Action,
        #[serde(default = "yes")]
        pub offered: bool,
        /// Whether this route can end the action by itself; one that cannot (a hotline
        /// that only prepares a termination signed in a store) is recorded at most as
        /// started.
        #[serde(default = "yes")]
        pub completes: bool,
        pub summary: Text,
        pub instead: Option<Text>,
        #[serde(default)]
        pub steps: Vec<Text>,
        #[serde(default)]
        pub documents: Vec<Text>,
        #[serde(default)]
        pub can: Vec<Text>,
        #[serde(default)]
        pub cannot: Vec<Text>,
        /// What to check where the route's effect or path is not confirmed.
        pub ask: Option<Text>,
        pub source: Option<String>,
        pub confidence: Confidence,
        /// Where it is written; not a key of the file.
        #[serde(skip)]
        pub span: Range<usize>,
    }
}

fn yes() -> bool {
    true
}

impl<'de> Deserialize<'de> for Fields<Route> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // The derived code, not this crate's `Deserialize for Route` below.
        Route::deserialize(d).map(Fields)
    }
}

impl<'de> Deserialize<'de> for Route {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let spanned = Spanned::<Fields<Route>>::deserialize(d)?;
        let span = spanned.span();
        let Fields(route) = spanned.into_inner();
        Ok(Route { span, ..route })
    }
}

holds_facts! {
    #[derive(Clone, Debug, Deserialize)]
    pub struct Operator {
        pub id: Spanned<String>,
        pub name: Text,
        /// The legal entity behind the brand (ПАО «МТС»): whom a written application is
        /// addressed to. Required when a store route is offered.
        #[serde(default)]
        pub legal_name: Option<Fact<Text>>,
        // The facts below may be left out for an operator nobody has sourced anything
        // about (a virtual or regional one): see [`Fact::default`].
        #[serde(default)]
        pub hotline: Hotline,
        #[serde(default)]
        pub site: Fact<String>,
        #[serde(default)]
        pub app: Fact<Text>,
        #[serde(default)]
        pub balance_check: Fact<Text>,
        #[serde(default)]
        pub suspend: Fact<SuspendTerms>,
        #[serde(default)]
        pub refund: Fact<Text>,
        #[serde(default)]
        pub inactivity: Fact<InactivityTerms>,
        #[serde(default)]
        pub quarantine: Fact<Text>,
        /// Further sourced facts about this operator (complaint deadlines, porting rules).
        #[serde(rename = "note", default)]
        pub notes: Vec<Fact<Text>>,
        #[serde(rename = "route", default)]
        pub routes: Vec<Route>,
        /// Another operator whose routes this one takes (the generic path for an operator
        /// little is known about), instead of routes of its own.
        #[serde(default)]
        pub routes_from: Option<Spanned<String>>,
    }
}

impl Operator {
    pub fn id(&self) -> &str {
        self.id.get_ref()
    }

    pub fn route(&self, channel: Channel, action: Action) -> Option<&Route> {
        self.routes
            .iter()
            .find(|r| r.channel == channel && r.action == action)
    }

    /// Whom a Russian document is addressed to: the legal entity when the table names it;
    /// a blank to fill in from the contract when the table says it is unknown; else the
    /// brand's Russian name.
    pub fn addressee(&self) -> &str {
        match &self.legal_name {
            Some(Fact {
                value: Some(entity),
                ..
            }) => entity.get(Lang::Ru),
            Some(_) => ENTITY_BLANK,
            None => self.name.get(Lang::Ru),
        }
    }

    /// The dated checks a suspension needs (days from the day the block is put on):
    /// the end of the free days and the longest block when the data knows them; when it
    /// knows neither, a check a few days on that the block is on and what it costs.
    pub fn suspension_checks(&self) -> Vec<SuspendCheck> {
        suspension_checks(self.suspend.value.as_ref())
    }

    /// Channels that offer `action`, in the fixed order store, hotline, online, gosuslugi.
    pub fn channels_for(&self, action: Action) -> Vec<Channel> {
        Channel::ALL
            .into_iter()
            .filter(|&c| self.route(c, action).is_some_and(|r| r.offered))
            .collect()
    }
}

/// One dated check after a suspension: `message` is the id of its text in the locales.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SuspendCheck {
    pub days: u32,
    pub message: &'static str,
}

/// Days after the block is put on to check it when the operator publishes no terms.
pub const CHECK_BLOCK_DAYS: u32 = 3;
/// Days before the longest allowed block ends to be reminded of it.
pub const BEFORE_MAX_DAYS: u32 = 7;

/// [`Operator::suspension_checks`] for known or unknown terms (`None`: no operator data).
pub fn suspension_checks(terms: Option<&SuspendTerms>) -> Vec<SuspendCheck> {
    let free = terms.and_then(|t| t.free_days);
    let max = terms.and_then(|t| t.max_days);
    let mut out = Vec::new();
    match free {
        Some(days) => out.push(SuspendCheck {
            days,
            message: "follow-free-ends",
        }),
        None => out.push(SuspendCheck {
            days: CHECK_BLOCK_DAYS,
            message: "follow-check-block",
        }),
    }
    if let Some(max) = max {
        if max > BEFORE_MAX_DAYS && max - BEFORE_MAX_DAYS > free.unwrap_or(CHECK_BLOCK_DAYS) {
            out.push(SuspendCheck {
                days: max - BEFORE_MAX_DAYS,
                message: "follow-before-max",
            });
        }
        out.push(SuspendCheck {
            days: max,
            message: "follow-max-block",
        });
    }
    out.sort_by_key(|c| c.days);
    out
}

holds_facts! {
    /// Rules that hold for every operator (the law, Gosuslugi, number re-issue).
    #[derive(Clone, Debug, Deserialize)]
    pub struct General {
        /// Who may end a contract: the subscriber, or a notarised power of attorney.
        pub owner_rule: Fact<Text>,
        /// Gosuslugi's list of numbers on a person, and blocking unused ones.
        pub gosuslugi: Fact<Text>,
        /// A terminated number is re-issued to someone else.
        pub reissue: Fact<Text>,
        /// When stores are open and busy.
        pub store_hours: Fact<Text>,
        /// Keeping the number with another operator (MNP) instead of cancelling.
        pub porting: Fact<Text>,
        /// Where a power of attorney for someone going in the user's place is best made.
        #[serde(default)]
        pub consulate: Option<Fact<Text>>,
        /// The rules of 2025: optional, so that a table written before them still loads.
        /// A contract on a foreign passport (303-FZ): confirmation, IMEI, 10 numbers.
        #[serde(default)]
        pub foreign_sims: Option<Fact<Text>>,
        /// The 20-number limit for citizens.
        #[serde(default)]
        pub sim_limit: Option<Fact<Text>>,
        /// Handing a SIM to someone who is not a close relative is fined.
        #[serde(default)]
        pub handover: Option<Fact<Text>>,
        /// No mobile internet (and maybe no SMS) for 24 hours after roaming or idleness.
        #[serde(default)]
        pub cooling: Option<Fact<Text>>,
        /// Logins that stop receiving SMS codes: what to move before the number goes.
        #[serde(default)]
        pub login_codes: Option<Fact<Text>>,
        /// Gosuslugi from abroad: what to set up first, and the 72-hour freeze.
        #[serde(default)]
        pub gosuslugi_abroad: Option<Fact<Text>>,
        /// The self-ban on new SIM contracts (самозапрет).
        #[serde(default)]
        pub self_ban: Option<Fact<Text>>,
        /// Where the credit history is and how to get it free.
        #[serde(default)]
        pub credit_history: Option<Fact<Text>>,
        /// Keeping a number alive from abroad: activity, calls over Wi-Fi.
        #[serde(default)]
        pub keep_abroad: Option<Fact<Text>>,
        /// Laws passed in part or proposed but not in force as far as known, each as of
        /// its `checked` date: shown as proposed, never as a rule that holds.
        #[serde(default)]
        pub pending: Vec<Fact<Text>>,
    }
}

/// The table as its file has it, before it is checked: the header, which the loaded
/// [`Catalog`] keeps only in part, and the general facts and operators, which it takes whole.
#[derive(Deserialize)]
struct TableFile {
    schema: Spanned<u32>,
    verified: Spanned<Datetime>,
    #[serde(default)]
    content_farms: Vec<Spanned<String>>,
    /// Hosts whose pages are the operator's own: official for what they say.
    #[serde(default)]
    operator_hosts: Vec<Spanned<String>>,
    /// State bodies' hosts (a `gov.ru` entry covers every `*.gov.ru`).
    #[serde(default)]
    state_hosts: Vec<Spanned<String>>,
    /// Outlets whose report alone carries a fact as `secondary`.
    #[serde(default)]
    reputable_outlets: Vec<Spanned<String>>,
    general: General,
    #[serde(rename = "operator", default)]
    operators: Vec<Operator>,
}

baked! {
    #[derive(Clone, Debug)]
    pub struct Catalog {
        pub origin: Origin,
        pub verified: NaiveDate,
        /// Hosts of machine-written pages: a fact only they support is at most `unverified`.
        pub content_farms: Vec<String>,
        pub general: General,
        pub operators: Vec<Operator>,
    }
}

/// A fact checked longer ago than this may no longer hold: operators change their rules.
pub const AGED_AFTER_MONTHS: u32 = 6;

/// Whether a fact checked on `checked` is more than [`AGED_AFTER_MONTHS`] old on `today`.
pub fn is_aged(checked: NaiveDate, today: NaiveDate) -> bool {
    checked
        .checked_add_months(chrono::Months::new(AGED_AFTER_MONTHS))
        .is_some_and(|limit| limit < today)
}

impl Catalog {
    /// The day a pending law was last seen not in force: its `checked` date, else the
    /// table's.
    pub fn pending_as_of(&self, fact: &Fact<Text>) -> NaiveDate {
        fact.checked.unwrap_or(self.verified)
    }

    /// The day a fact was last checked: its own `checked` date, else the table's.
    pub fn checked_on<T>(&self, fact: &Fact<T>) -> NaiveDate {
        fact.checked.unwrap_or(self.verified)
    }

    /// Every fact checked more than [`AGED_AFTER_MONTHS`] before `today`, named as in the
    /// file (`general.cooling`, `mts: hotline.short`), with the day it was checked.
    pub fn aged_facts(&self, today: NaiveDate) -> Vec<(String, NaiveDate)> {
        struct Aged<'c> {
            catalog: &'c Catalog,
            today: NaiveDate,
            found: Vec<(String, NaiveDate)>,
        }
        impl FactVisitor<'_> for Aged<'_> {
            fn fact<T>(&mut self, path: &[Step], fact: &Fact<T>) {
                let day = self.catalog.checked_on(fact);
                if !is_aged(day, self.today) {
                    return;
                }
                // An operator's facts are named by its id rather than its place.
                let name = match path {
                    [Step::Key(_), Step::Index(i), rest @ ..] => {
                        format!("{}: {}", self.catalog.operators[*i].id(), path_text(rest))
                    }
                    _ => path_text(path),
                };
                self.found.push((name, day));
            }
        }
        let mut aged = Aged {
            catalog: self,
            today,
            found: Vec::new(),
        };
        each_fact(&self.general, &self.operators, &mut aged);
        aged.found
    }
}

impl Catalog {
    pub fn operator(&self, id: &str) -> Option<&Operator> {
        self.operators.iter().find(|o| o.id() == id)
    }

    pub fn ids(&self) -> Vec<&str> {
        self.operators.iter().map(Operator::id).collect()
    }
}

/// One problem in a data file, located for the person who has to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub hint: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub origin: String,
    pub problems: Vec<Problem>,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            // A parse error echoes what it found, and the file is not trusted.
            let (origin, message) = (clean(&self.origin), clean_block(&p.message));
            write!(f, "{origin}:{}:{}: {message}", p.line, p.column)?;
            if !p.hint.is_empty() {
                write!(f, "\n    hint: {}", clean_block(&p.hint))?;
            }
        }
        Ok(())
    }
}

/// Makes problems located in `text`: a byte span becomes its line and column.
pub fn locator(text: &str) -> impl Fn(Range<usize>, String, &str) -> Problem + '_ {
    move |span, message, hint| {
        let (line, column) = position(text, span.start);
        Problem {
            line,
            column,
            message,
            hint: hint.to_owned(),
        }
    }
}

impl DataError {
    /// Every problem of one file, in the order they appear in it.
    pub fn sorted(origin: String, mut problems: Vec<Problem>) -> DataError {
        problems.sort_by_key(|p| (p.line, p.column));
        // The same problem found twice (a route two operators share) is reported once.
        problems.dedup();
        DataError { origin, problems }
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn position(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..text.floor_char_boundary(offset)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

fn to_date(dt: &Datetime) -> Option<NaiveDate> {
    match (dt.date, dt.time, dt.offset) {
        (Some(d), None, None) => {
            NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
        }
        _ => None,
    }
}

/// The shipped table. Its `verified` date is checked against the real date by the tests
/// and by `check-data`; here it is not, so that a wrong system clock cannot lock a user
/// out of the built-in facts.
pub fn embedded() -> Result<Catalog, DataError> {
    load(EMBEDDED, Origin::Embedded, NaiveDate::MAX)
}

/// The table the behaviour tests run on: made-up operators whose values a test may pin,
/// so that a correct edit of the shipped table fails only the tests of its facts.
#[cfg(test)]
pub const FIXTURE: &str = include_str!("../tests/data/fixture.toml");

/// [`FIXTURE`], loaded.
#[cfg(test)]
pub fn fixture() -> Catalog {
    let origin = Origin::File("tests/data/fixture.toml".into());
    load(FIXTURE, origin, NaiveDate::MAX).expect("the fixture table loads")
}

#[path = "catalog/check.rs"]
mod check;
pub use check::{farm_host, is_phone_number, load, source_host};

#[cfg(test)]
#[path = "catalog/tests.rs"]
mod tests;
