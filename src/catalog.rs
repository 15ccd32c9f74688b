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
use toml::de::{DeTable, DeValue};
use toml::value::Datetime;

use crate::i18n::Lang;

pub const EMBEDDED: &str = include_str!("../data/operators.toml");
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
impl crate::bake::Bake for Origin {
    fn bake(&self, out: &mut String) {
        out.push_str("Origin::Embedded");
    }
}

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
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// End the contract for good.
    Cancel,
    /// Voluntary block: keep the number.
    Suspend,
    /// Re-register the number to another person (переоформление).
    Transfer,
    /// Keep the number alive while away, with the least activity.
    Keep,
}

impl Action {
    pub const ALL: [Action; 4] = [
        Action::Cancel,
        Action::Suspend,
        Action::Transfer,
        Action::Keep,
    ];
    pub fn id(self) -> &'static str {
        match self {
            Action::Cancel => "cancel",
            Action::Suspend => "suspend",
            Action::Transfer => "transfer",
            Action::Keep => "keep",
        }
    }
}

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
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    /// In the operator's store or office.
    Store,
    /// On the operator's hotline.
    Hotline,
    /// In the operator's app or website.
    Online,
}

impl Channel {
    pub const ALL: [Channel; 3] = [Channel::Store, Channel::Hotline, Channel::Online];
    pub fn id(self) -> &'static str {
        match self {
            Channel::Store => "store",
            Channel::Hotline => "hotline",
            Channel::Online => "online",
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

/// [`clean`], line by line: for whole files such as a record shown with `records show`.
pub fn clean_block(s: &str) -> String {
    s.split('\n').map(clean).collect::<Vec<_>>().join("\n")
}

/// Removes what could drive a terminal or disguise text: escape sequences (CSI, OSC, DCS,
/// SOS, PM, APC, and the short ESC forms, in their 7-bit and 8-bit spellings) go whole;
/// any other C0 or C1 control, DEL, and the bidi overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069, which reorder what is shown) become U+FFFD; a tab becomes a space.
/// A data file, a record or a file name is not trusted to paint the user's screen.
pub fn clean(s: &str) -> String {
    let unsafe_char = |c: char| c.is_control() || is_bidi_control(c);
    if !s.chars().any(unsafe_char) {
        return s.to_owned(); // the common case, and a quick one
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        // The sequence a control introduces, in the ECMA-48 terms terminals follow.
        let introducer = match c {
            '\u{1b}' => match chars.peek().copied() {
                Some('[') => Some('['),
                Some(k @ (']' | 'P' | 'X' | '^' | '_')) => Some(k),
                Some('\u{20}'..='\u{2f}') => Some(' '),
                Some('\u{30}'..='\u{7e}') => Some('~'),
                _ => None,
            },
            '\u{9b}' => Some('['),
            '\u{9d}' => Some(']'),
            '\u{90}' => Some('P'),
            '\u{98}' => Some('X'),
            '\u{9e}' => Some('^'),
            '\u{9f}' => Some('_'),
            _ => None,
        };
        if c == '\u{1b}' && introducer.is_some() {
            chars.next();
        }
        match (c, introducer) {
            (_, Some('[')) => {
                // Parameters and intermediates, then one final byte.
                while chars
                    .next_if(|c| ('\u{20}'..='\u{3f}').contains(c))
                    .is_some()
                {}
                chars.next_if(|c| ('\u{40}'..='\u{7e}').contains(c));
            }
            (_, Some(' ')) => {
                // ESC, intermediates, a final byte: a character set, and the like.
                while chars
                    .next_if(|c| ('\u{20}'..='\u{2f}').contains(c))
                    .is_some()
                {}
                chars.next_if(|c| ('\u{30}'..='\u{7e}').contains(c));
            }
            (_, Some('~')) => {} // ESC and one byte, already taken
            (_, Some(kind)) => {
                // A control string runs to ST (ESC \ or U+009C), or BEL for OSC; an
                // unterminated one to the end, as a terminal would swallow it.
                while let Some(c) = chars.next() {
                    if c == '\u{9c}' || (c == '\u{7}' && kind == ']') {
                        break;
                    }
                    if c == '\u{1b}' && chars.next_if_eq(&'\\').is_some() {
                        break;
                    }
                }
            }
            ('\t', None) => out.push(' '),
            (c, None) if unsafe_char(c) => out.push('\u{fffd}'),
            (c, None) => out.push(c),
        }
    }
    out
}

/// The bidi embeddings, overrides and isolates: they make a terminal show text in another
/// order than it is (CVE-2021-42574).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

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

baked! {
    /// One sourced fact. `value: None` means nobody could source it: the wizard then shows
    /// `ask`, the question to put to the operator.
    #[derive(Clone, Debug)]
    pub struct Fact<T> {
        pub value: Option<T>,
        pub source: Option<String>,
        /// Further pages that say the same; a fact is only as good as its best source.
        pub also: Vec<String>,
        pub confidence: Confidence,
        pub checked: Option<NaiveDate>,
        pub ask: Option<Text>,
        pub span: Range<usize>,
    }
}

#[derive(Deserialize)]
struct RawFact<T> {
    value: Option<T>,
    source: Option<String>,
    #[serde(default)]
    also: Vec<String>,
    confidence: Confidence,
    checked: Option<Datetime>,
    ask: Option<Text>,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Fact<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let spanned = Spanned::<RawFact<T>>::deserialize(d)?;
        let span = spanned.span();
        let raw = spanned.into_inner();
        let checked = raw
            .checked
            .map(|dt| {
                to_date(&dt)
                    .ok_or_else(|| de::Error::custom("`checked` must be a date like 2026-11-25"))
            })
            .transpose()?;
        Ok(Fact {
            value: raw.value,
            source: raw.source,
            also: raw.also,
            confidence: raw.confidence,
            checked,
            ask: raw.ask,
            span,
        })
    }
}

baked! {
    #[derive(Clone, Debug, Deserialize)]
    pub struct Hotline {
        /// Dialled from the operator's own SIM.
        pub short: Fact<String>,
        /// Free from any phone in Russia.
        pub federal: Fact<String>,
        /// Reachable from abroad, in +7 form.
        pub abroad: Fact<String>,
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
    #[derive(Clone, Debug)]
    pub struct Route {
        pub channel: Channel,
        pub action: Action,
        pub offered: bool,
        pub summary: Text,
        pub instead: Option<Text>,
        pub steps: Vec<Text>,
        pub documents: Vec<Text>,
        pub can: Vec<Text>,
        pub cannot: Vec<Text>,
        pub source: Option<String>,
        pub confidence: Confidence,
        pub span: Range<usize>,
    }
}

#[derive(Deserialize)]
struct RawRoute {
    channel: Channel,
    action: Action,
    #[serde(default = "yes")]
    offered: bool,
    summary: Text,
    instead: Option<Text>,
    #[serde(default)]
    steps: Vec<Text>,
    #[serde(default)]
    documents: Vec<Text>,
    #[serde(default)]
    can: Vec<Text>,
    #[serde(default)]
    cannot: Vec<Text>,
    source: Option<String>,
    confidence: Confidence,
}

fn yes() -> bool {
    true
}

impl<'de> Deserialize<'de> for Route {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let spanned = Spanned::<RawRoute>::deserialize(d)?;
        let span = spanned.span();
        let r = spanned.into_inner();
        Ok(Route {
            channel: r.channel,
            action: r.action,
            offered: r.offered,
            summary: r.summary,
            instead: r.instead,
            steps: r.steps,
            documents: r.documents,
            can: r.can,
            cannot: r.cannot,
            source: r.source,
            confidence: r.confidence,
            span,
        })
    }
}

baked! {
    #[derive(Clone, Debug, Deserialize)]
    pub struct Operator {
        pub id: Spanned<String>,
        pub name: Text,
        /// The legal entity behind the brand (ПАО «МТС»): whom a written application is
        /// addressed to. Required when a store route is offered.
        #[serde(default)]
        pub legal_name: Option<Fact<Text>>,
        pub hotline: Hotline,
        pub site: Fact<String>,
        pub app: Fact<Text>,
        pub balance_check: Fact<Text>,
        pub suspend: Fact<SuspendTerms>,
        pub refund: Fact<Text>,
        pub inactivity: Fact<InactivityTerms>,
        pub quarantine: Fact<Text>,
        /// Further sourced facts about this operator (complaint deadlines, porting rules).
        #[serde(rename = "note", default)]
        pub notes: Vec<Fact<Text>>,
        #[serde(rename = "route", default)]
        pub routes: Vec<Route>,
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

    /// Whom a Russian document is addressed to: the legal entity when the table names it,
    /// else the brand's Russian name.
    pub fn addressee(&self) -> &str {
        match self.legal_name.as_ref().and_then(|f| f.value.as_ref()) {
            Some(entity) => entity.get(Lang::Ru),
            None => self.name.get(Lang::Ru),
        }
    }

    /// The dated checks a suspension needs (days from the day the block is put on):
    /// the end of the free days and the longest block when the data knows them; when it
    /// knows neither, a check a few days on that the block is on and what it costs.
    pub fn suspension_checks(&self) -> Vec<SuspendCheck> {
        suspension_checks(self.suspend.value.as_ref())
    }

    /// Channels that offer `action`, in the fixed order store, hotline, online.
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

baked! {
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
        /// The self-ban on new SIM contracts (самозапрет).
        #[serde(default)]
        pub self_ban: Option<Fact<Text>>,
        /// Where the credit history is and how to get it free.
        #[serde(default)]
        pub credit_history: Option<Fact<Text>>,
        /// Keeping a number alive from abroad: activity, calls over Wi-Fi.
        #[serde(default)]
        pub keep_abroad: Option<Fact<Text>>,
    }
}

#[derive(Deserialize)]
struct RawCatalog {
    schema: Spanned<u32>,
    verified: Spanned<Datetime>,
    #[serde(default)]
    content_farms: Vec<Spanned<String>>,
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

impl General {
    /// The rules of 2025 the table has, with their keys.
    fn rules_2025(&self) -> impl Iterator<Item = (&'static str, &Fact<Text>)> {
        [
            ("foreign_sims", &self.foreign_sims),
            ("sim_limit", &self.sim_limit),
            ("handover", &self.handover),
            ("cooling", &self.cooling),
            ("login_codes", &self.login_codes),
            ("self_ban", &self.self_ban),
            ("credit_history", &self.credit_history),
            ("keep_abroad", &self.keep_abroad),
        ]
        .into_iter()
        .filter_map(|(k, f)| f.as_ref().map(|f| (k, f)))
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

/// One step of a path into the document, as serde_ignored reports it.
enum Step {
    Key(String),
    Index(usize),
}

impl Step {
    fn copy(&self) -> Step {
        match self {
            Step::Key(k) => Step::Key(k.clone()),
            Step::Index(i) => Step::Index(*i),
        }
    }
}

fn steps(path: &serde_ignored::Path<'_>) -> Vec<Step> {
    use serde_ignored::Path;
    let mut out = Vec::new();
    let mut p = path;
    loop {
        match p {
            Path::Root => break,
            Path::Seq { parent, index } => {
                out.push(Step::Index(*index));
                p = parent;
            }
            Path::Map { parent, key } => {
                // toml's Spanned wrapper shows up as private keys; they are not in the file.
                if !key.starts_with("$__serde_spanned_private") {
                    out.push(Step::Key(key.clone()));
                }
                p = parent;
            }
            Path::Some { parent }
            | Path::NewtypeStruct { parent }
            | Path::NewtypeVariant { parent } => {
                p = parent;
            }
        }
    }
    out.reverse();
    out
}

/// The span of the key (or array item) a path ends at, as far as the document has it.
fn locate(doc: &Spanned<DeTable<'_>>, path: &[Step]) -> Range<usize> {
    let mut span = doc.span();
    let mut value: Option<&DeValue<'_>> = None;
    let mut table = Some(doc.get_ref());
    for step in path {
        let next = match (step, table, value) {
            (Step::Key(k), Some(t), _) => t
                .iter()
                .find(|(key, _)| key.get_ref().as_ref() == k.as_str())
                .map(|(key, v)| {
                    span = key.span();
                    v
                }),
            (Step::Index(i), _, Some(DeValue::Array(items))) => {
                items.get(*i).inspect(|v| span = v.span())
            }
            _ => None,
        };
        let Some(next) = next else { break };
        value = Some(next.get_ref());
        table = match next.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => None,
        };
    }
    span
}

fn path_text(path: &[Step]) -> String {
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

/// Parses and validates a table, reporting every problem it can find in one pass: all
/// syntax errors, or else every unknown key (a typo must not make a fact vanish) together
/// with every consistency problem. A value of the wrong type stops at the first.
pub fn load(text: &str, origin: Origin, today: NaiveDate) -> Result<Catalog, DataError> {
    let name = origin.to_string();
    let at = |span: Range<usize>, message: String, hint: &str| {
        let (line, column) = position(text, span.start);
        Problem {
            line,
            column,
            message,
            hint: hint.to_owned(),
        }
    };
    let fail = |problems| DataError {
        origin: name.clone(),
        problems,
    };

    let (doc, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        let mut problems: Vec<Problem> = errors
            .iter()
            .map(|e| {
                at(
                    e.span().unwrap_or(0..0),
                    e.message().trim().to_owned(),
                    "TOML syntax: see https://toml.io",
                )
            })
            .collect();
        problems.sort_by_key(|p| (p.line, p.column));
        return Err(fail(problems));
    }
    let mut unknown = Vec::new();
    let raw: Result<RawCatalog, _> =
        serde_ignored::deserialize(toml::de::Deserializer::from(doc), |path| {
            unknown.push(steps(&path))
        });
    // The document is wanted again only to locate unknown keys: parse it again then,
    // rather than copy it on every load (start-up time, see benches/bench.sh).
    let doc = (!unknown.is_empty()).then(|| DeTable::parse_recoverable(text).0);
    let mut problems: Vec<Problem> = unknown
        .iter()
        .map(|path| {
            at(
                locate(doc.as_ref().expect("parsed for unknown keys"), path),
                format!("unknown key `{}`", path_text(path)),
                "check its spelling against the schema in data/README.md",
            )
        })
        .collect();
    let raw = match raw {
        Ok(raw) => raw,
        Err(e) => {
            problems.push(at(
                e.span().unwrap_or(0..0),
                e.message().trim().to_owned(),
                "see the schema in data/README.md",
            ));
            problems.sort_by_key(|p| (p.line, p.column));
            return Err(fail(problems));
        }
    };

    if *raw.schema.get_ref() != SCHEMA {
        problems.push(at(
            raw.schema.span(),
            format!(
                "schema {} is not supported; this version reads schema {SCHEMA}",
                raw.schema.get_ref()
            ),
            "update simcancel, or use a table written for this version",
        ));
    }
    let verified = to_date(raw.verified.get_ref());
    match verified {
        None => problems.push(at(
            raw.verified.span(),
            "`verified` must be a date like 2026-11-25".into(),
            "a bare date, without time or quotes",
        )),
        Some(d) if d > today => problems.push(at(
            raw.verified.span(),
            format!("`verified` is {d}, in the future"),
            "set it to the day the facts were last checked",
        )),
        Some(_) => {}
    }
    if raw.operators.is_empty() {
        problems.push(at(
            0..0,
            "the table has no [[operator]] entries".into(),
            "add at least one [[operator]]",
        ));
    }

    let mut report =
        |span: Range<usize>, message: String, hint: &str| problems.push(at(span, message, hint));
    let g = &raw.general;
    for fact in [
        &g.owner_rule,
        &g.gosuslugi,
        &g.reissue,
        &g.store_hours,
        &g.porting,
    ] {
        check_fact(fact, &mut report);
    }
    for (_, fact) in g.rules_2025() {
        check_fact(fact, &mut report);
    }
    let mut seen = std::collections::BTreeSet::new();
    for op in &raw.operators {
        check_operator(op, &mut report);
        if !seen.insert(op.id()) {
            report(
                op.id.span(),
                format!("operator id `{}` is used twice", clean(op.id())),
                "give each operator its own id",
            );
        }
    }
    let farms: Vec<String> = raw
        .content_farms
        .iter()
        .map(|h| h.get_ref().trim().to_ascii_lowercase())
        .collect();
    for (host, given) in farms.iter().zip(&raw.content_farms) {
        if host.is_empty()
            || host.contains(['/', ':', ' '])
            || !host.contains('.')
            || host.starts_with('.')
        {
            report(
                given.span(),
                format!("`{}` is not a host name", clean(given.get_ref())),
                "a bare host like \"vareant.ru\", without https:// or a path",
            );
        }
    }

    // Problems found by walking the facts are located by their path in the document.
    let mut at_path: Vec<(Vec<Step>, String, String)> = Vec::new();
    for (path, fact) in facts(&raw) {
        check_farm(&farms, &path, fact, &mut at_path);
    }
    for (i, op) in raw.operators.iter().enumerate() {
        check_terms(i, op, &mut at_path);
        for (j, r) in op.routes.iter().enumerate() {
            if let Some(src) = &r.source
                && r.confidence > Confidence::Unverified
                && let Some(host) = farm_host(&farms, src)
            {
                at_path.push((
                    vec![
                        Step::Key("operator".into()),
                        Step::Index(i),
                        Step::Key("route".into()),
                        Step::Index(j),
                        Step::Key("confidence".into()),
                    ],
                    farm_message(&host, r.confidence),
                    FARM_HINT.into(),
                ));
            }
        }
        let store = op
            .routes
            .iter()
            .any(|r| r.offered && r.channel == Channel::Store);
        let named = op.legal_name.as_ref().is_some_and(|f| f.value.is_some());
        if store && !named {
            let mut path = vec![Step::Key("operator".into()), Step::Index(i)];
            path.push(Step::Key(
                if op.legal_name.is_some() {
                    "legal_name"
                } else {
                    "id"
                }
                .into(),
            ));
            at_path.push((
                path,
                format!(
                    "operator `{}` offers a store route but has no `legal_name`",
                    clean(op.id())
                ),
                "add [operator.legal_name] with value = \"ПАО «…»\", the entity a written application is addressed to, and its source".into(),
            ));
        }
    }
    if !at_path.is_empty() {
        let doc = DeTable::parse_recoverable(text).0;
        for (path, message, hint) in &at_path {
            problems.push(at(locate(&doc, path), message.clone(), hint));
        }
    }
    if !problems.is_empty() {
        problems.sort_by_key(|p| (p.line, p.column));
        return Err(fail(problems));
    }
    Ok(Catalog {
        origin,
        verified: verified.unwrap_or_default(),
        content_farms: farms,
        general: raw.general,
        operators: raw.operators,
    })
}

const FARM_HINT: &str = "set confidence = \"unverified\", or cite an official page instead (see content_farms in data/README.md)";

fn farm_message(host: &str, confidence: Confidence) -> String {
    let level = match confidence {
        Confidence::Official => "official",
        Confidence::Secondary => "secondary",
        Confidence::Unverified => "unverified",
    };
    format!(
        "labelled `{level}`, but its only source is `{}`, a content farm: at most `unverified`",
        clean(host)
    )
}

/// The host of an address, lower-cased and without `www.`.
pub fn source_host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest
        .split(['/', '?', '#', ':'])
        .next()?
        .to_ascii_lowercase();
    Some(host.strip_prefix("www.").map(str::to_owned).unwrap_or(host))
}

/// The content-farm host `url` is on, if it is on one (subdomains included).
pub fn farm_host(farms: &[String], url: &str) -> Option<String> {
    let host = source_host(url)?;
    farms
        .iter()
        .any(|f| host == *f || host.ends_with(&format!(".{f}")))
        .then_some(host)
}

/// What the content-farm rule needs of a fact, whatever its value's type.
struct Cited<'a> {
    source: Option<&'a str>,
    also: &'a [String],
    confidence: Confidence,
}

impl<'a, T> From<&'a Fact<T>> for Cited<'a> {
    fn from(f: &'a Fact<T>) -> Self {
        Cited {
            source: f.source.as_deref(),
            also: &f.also,
            confidence: f.confidence,
        }
    }
}

/// Every fact in the table with its path in the document.
fn facts(raw: &RawCatalog) -> Vec<(Vec<Step>, Cited<'_>)> {
    let key = |k: &str| Step::Key(k.to_owned());
    let g = &raw.general;
    let mut out: Vec<(Vec<Step>, Cited<'_>)> = [
        ("owner_rule", (&g.owner_rule).into()),
        ("gosuslugi", (&g.gosuslugi).into()),
        ("reissue", (&g.reissue).into()),
        ("store_hours", (&g.store_hours).into()),
        ("porting", (&g.porting).into()),
    ]
    .into_iter()
    .chain(g.rules_2025().map(|(k, f)| (k, f.into())))
    .map(|(k, c)| (vec![key("general"), key(k)], c))
    .collect();
    for (i, op) in raw.operators.iter().enumerate() {
        let base = || vec![key("operator"), Step::Index(i)];
        let h = &op.hotline;
        for (k, c) in [
            ("short", Cited::from(&h.short)),
            ("federal", (&h.federal).into()),
            ("abroad", (&h.abroad).into()),
        ] {
            let mut p = base();
            p.extend([key("hotline"), key(k)]);
            out.push((p, c));
        }
        let mut each: Vec<(&str, Cited<'_>)> = vec![
            ("site", (&op.site).into()),
            ("app", (&op.app).into()),
            ("balance_check", (&op.balance_check).into()),
            ("suspend", (&op.suspend).into()),
            ("refund", (&op.refund).into()),
            ("inactivity", (&op.inactivity).into()),
            ("quarantine", (&op.quarantine).into()),
        ];
        if let Some(l) = &op.legal_name {
            each.push(("legal_name", l.into()));
        }
        for (k, c) in each {
            let mut p = base();
            p.push(key(k));
            out.push((p, c));
        }
        for (j, n) in op.notes.iter().enumerate() {
            let mut p = base();
            p.extend([key("note"), Step::Index(j)]);
            out.push((p, n.into()));
        }
    }
    out
}

fn check_farm(
    farms: &[String],
    path: &[Step],
    fact: Cited<'_>,
    out: &mut Vec<(Vec<Step>, String, String)>,
) {
    if fact.confidence == Confidence::Unverified {
        return;
    }
    let Some(src) = fact.source else { return };
    let Some(host) = farm_host(farms, src) else {
        return;
    };
    // Another page that is not a content farm can carry the fact.
    if fact.also.iter().any(|a| farm_host(farms, a).is_none()) {
        return;
    }
    let mut p: Vec<Step> = path.iter().map(Step::copy).collect();
    p.push(Step::Key("confidence".into()));
    out.push((p, farm_message(&host, fact.confidence), FARM_HINT.into()));
}

/// Day counts and fees the wizard can compute with: bounded, finite, not negative.
fn check_terms(i: usize, op: &Operator, out: &mut Vec<(Vec<Step>, String, String)>) {
    let path = |fact: &str, key: &str| {
        vec![
            Step::Key("operator".into()),
            Step::Index(i),
            Step::Key(fact.into()),
            Step::Key("value".into()),
            Step::Key(key.into()),
        ]
    };
    let mut days = |fact: &str, key: &str, n: Option<u32>, min: u32| {
        if let Some(n) = n
            && !(min..=MAX_DAY_COUNT).contains(&n)
        {
            let shown = if n == u32::MAX {
                "out of range".to_owned()
            } else {
                n.to_string()
            };
            out.push((
                path(fact, key),
                format!("`{key}` is {shown}; it must be a whole number of days from {min} to {MAX_DAY_COUNT}"),
                format!("a count of days from the day the period starts, at most {MAX_DAY_COUNT} (ten years); see data/README.md"),
            ));
        }
    };
    if let Some(s) = &op.suspend.value {
        days("suspend", "free_days", s.free_days, 0);
        days("suspend", "max_days", s.max_days, 1);
    }
    if let Some(l) = &op.inactivity.value {
        days("inactivity", "fee_from_day", l.fee_from_day, 1);
        days("inactivity", "ends_after_days", l.ends_after_days, 1);
    }
    let mut fee = |fact: &str, v: Option<f64>| {
        if let Some(v) = v
            && !(v.is_finite() && (0.0..=MAX_FEE_PER_DAY_RUB).contains(&v))
        {
            out.push((
                path(fact, "fee_per_day_rub"),
                format!("`fee_per_day_rub` is {v}; it must be a number of roubles from 0 to {MAX_FEE_PER_DAY_RUB}"),
                "a plain number like 1.1, not nan, inf or a negative value".into(),
            ));
        }
    };
    fee(
        "suspend",
        op.suspend.value.as_ref().and_then(|s| s.fee_per_day_rub),
    );
    fee(
        "inactivity",
        op.inactivity.value.as_ref().and_then(|s| s.fee_per_day_rub),
    );
    if let Some(s) = &op.suspend.value
        && let (Some(free), Some(max)) = (s.free_days, s.max_days)
        && free > max
        && max <= MAX_DAY_COUNT
    {
        out.push((
            path("suspend", "free_days"),
            format!("`free_days` ({free}) is longer than `max_days` ({max})"),
            "the free days are part of the longest block allowed".into(),
        ));
    }
}

type Report<'a> = dyn FnMut(Range<usize>, String, &str) + 'a;

fn check_fact<T>(fact: &Fact<T>, report: &mut Report<'_>) {
    match (&fact.value, &fact.source, &fact.ask) {
        (Some(_), None, _) => report(
            fact.span.clone(),
            "a fact with a value needs a `source`".into(),
            "add source = \"https://…\", the page the fact was read on",
        ),
        (None, _, None) => report(
            fact.span.clone(),
            "an unknown fact (no `value`) needs an `ask` text".into(),
            "say what the user should ask the operator instead",
        ),
        _ => {}
    }
    for src in fact.source.iter().chain(&fact.also) {
        check_source(src, fact.span.clone(), report);
    }
}

fn is_web_address(s: &str, schemes: &[&str]) -> bool {
    schemes.iter().any(|scheme| {
        s.strip_prefix(scheme)
            .and_then(|rest| rest.strip_prefix("://"))
            .is_some_and(|rest| rest.contains('.') && !rest.starts_with('.'))
    }) && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn check_source(src: &str, span: Range<usize>, report: &mut Report<'_>) {
    // Some pages were only ever recorded at http://; the source is a citation, not a link
    // the wizard sends anyone to, so both schemes are accepted here.
    if !is_web_address(src, &["https", "http"]) {
        report(
            span,
            format!("`source` must be a web address, got `{}`", clean(src)),
            "the full address of the page, starting with https://",
        );
    }
}

/// A Russian number as people dial it: a short code (0890, 611), or `8` / `+7` and ten
/// digits, with spaces, hyphens and brackets allowed.
pub fn is_phone_number(s: &str) -> bool {
    if !s.chars().all(|c| c.is_ascii_digit() || " -()+".contains(c)) {
        return false;
    }
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let plus = s.trim_start().starts_with('+');
    if s.matches('+').count() > usize::from(plus) {
        return false;
    }
    match (plus, digits.len()) {
        (false, 3 | 4) => true,
        (false, 11) => digits.starts_with('8'),
        (true, 11) => digits.starts_with('7'),
        _ => false,
    }
}

fn check_operator(op: &Operator, report: &mut Report<'_>) {
    let id = op.id();
    if id.is_empty()
        || !id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        report(
            op.id.span(),
            format!("operator id `{}` must match [a-z0-9-]+", clean(id)),
            "lower-case letters, digits and hyphens, like `t2` or `yota`",
        );
    }
    let h = &op.hotline;
    for fact in [&h.short, &h.federal, &h.abroad] {
        check_fact(fact, report);
        if let Some(n) = &fact.value
            && !is_phone_number(n)
        {
            report(
                fact.span.clone(),
                format!("`{}` is not a Russian phone number", clean(n)),
                "a short code like 0890, or 8 800 … / +7 … with ten digits",
            );
        }
    }
    check_fact(&op.site, report);
    if let Some(site) = &op.site.value
        && !is_web_address(site, &["https"])
    {
        report(
            op.site.span.clone(),
            format!("site `{}` must be an https:// address", clean(site)),
            "the operator's own site, like https://mts.ru",
        );
    }
    check_fact(&op.app, report);
    check_fact(&op.balance_check, report);
    check_fact(&op.suspend, report);
    check_fact(&op.refund, report);
    check_fact(&op.inactivity, report);
    check_fact(&op.quarantine, report);
    if let Some(legal) = &op.legal_name {
        check_fact(legal, report);
    }
    for note in &op.notes {
        check_fact(note, report);
        if note.value.is_none() {
            report(
                note.span.clone(),
                "a note needs a `value`".into(),
                "a note says something sourced; put questions in the fact they are about",
            );
        }
    }

    let mut pairs = std::collections::BTreeSet::new();
    for r in &op.routes {
        if !pairs.insert((r.channel, r.action)) {
            report(
                r.span.clone(),
                format!(
                    "operator `{}` has two routes for {} × {}",
                    clean(id),
                    r.channel.id(),
                    r.action.id()
                ),
                "merge them into one [[operator.route]]",
            );
        }
        match (&r.source, r.offered) {
            (Some(src), _) => check_source(src, r.span.clone(), report),
            (None, true) => report(
                r.span.clone(),
                "an offered route needs a `source`".into(),
                "add source = \"https://…\"",
            ),
            (None, false) => {}
        }
        if r.offered && r.steps.is_empty() {
            report(
                r.span.clone(),
                "an offered route needs at least one step".into(),
                "add steps = [{ en = \"…\" }]",
            );
        }
    }
    if op.channels_for(Action::Cancel).is_empty() {
        report(
            op.id.span(),
            format!("operator `{}` offers cancelling on no channel", clean(id)),
            "add an [[operator.route]] with action = \"cancel\"",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    #[test]
    fn embedded_table_loads() {
        let c = load(EMBEDDED, Origin::Embedded, today()).unwrap_or_else(|e| panic!("{e}"));
        assert!(c.operators.len() >= 3);
    }

    #[test]
    fn a_text_takes_every_known_language_and_reports_an_unknown_one_with_its_place() {
        let c = load(EMBEDDED, Origin::Embedded, today()).unwrap();
        let mts = c.operator("mts").unwrap();
        assert_eq!(
            Lang::ALL.map(|l| mts.name.get(l)),
            Lang::ALL.map(|l| match l {
                Lang::Ru => "МТС",
                _ => "MTS",
            })
        );
        let typo = EMBEDDED.replacen(
            r#"name = { en = "MTS", ru = "МТС", zh = "MTS" }"#,
            r#"name = { en = "MTS", ru = "МТС", zn = "MTS" }"#,
            1,
        );
        let err = load(&typo, Origin::Embedded, today()).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("unknown key `operator[0].name.zn`"), "{text}");
        let no_en = EMBEDDED.replacen(r#"name = { en = "MTS", "#, "name = { ", 1);
        let err = load(&no_en, Origin::Embedded, today()).unwrap_err();
        assert!(err.to_string().contains("missing field `en`"), "{err}");
    }

    #[test]
    fn position_counts_lines_and_chars() {
        assert_eq!(position("a\nбв\nx", 6), (2, 3));
        assert_eq!(position("abc", 0), (1, 1));
    }

    #[test]
    fn clean_strips_escapes_and_controls() {
        assert_eq!(
            clean("a\u{1b}[31mred\u{1b}[0m\u{7}b\rc"),
            "ared\u{fffd}b\u{fffd}c"
        );
    }

    #[test]
    fn clean_covers_every_control_class() {
        let x = "\u{fffd}";
        let cases: [(&str, &str, String); 20] = [
            ("C0", "a\u{0}b\u{1f}c", format!("a{x}b{x}c")),
            (
                "BEL, BS, CR, LF",
                "a\u{7}\u{8}\r\n",
                format!("a{x}{x}{x}{x}"),
            ),
            ("tab", "a\tb", "a b".into()),
            ("DEL", "a\u{7f}b", format!("a{x}b")),
            ("C1", "a\u{85}\u{8d}b", format!("a{x}{x}b")),
            ("CSI", "a\u{1b}[1;31mb\u{1b}[2J", "ab".into()),
            ("CSI private", "a\u{1b}[?1049hb", "ab".into()),
            ("CSI 8-bit", "a\u{9b}31mb", "ab".into()),
            ("OSC BEL", "a\u{1b}]0;title\u{7}b", "ab".into()),
            ("OSC ST", "a\u{1b}]8;;http://x\u{1b}\\b", "ab".into()),
            ("OSC 8-bit", "a\u{9d}0;t\u{9c}b", "ab".into()),
            ("OSC unterminated", "a\u{1b}]0;title", "a".into()),
            ("DCS", "a\u{1b}P1$r\u{1b}\\b", "ab".into()),
            ("DCS 8-bit", "a\u{90}q\u{9c}b", "ab".into()),
            (
                "SOS PM APC",
                "a\u{1b}Xs\u{1b}\\\u{1b}^p\u{1b}\\\u{1b}_a\u{1b}\\b",
                "ab".into(),
            ),
            ("ESC short", "a\u{1b}cb\u{1b}7", "ab".into()),
            ("ESC charset", "a\u{1b}(0b", "ab".into()),
            ("lone ESC", "a\u{1b}", format!("a{x}")),
            (
                "bidi overrides",
                "a\u{202a}\u{202b}\u{202c}\u{202d}\u{202e}b",
                format!("a{x}{x}{x}{x}{x}b"),
            ),
            (
                "bidi isolates",
                "a\u{2066}\u{2067}\u{2068}\u{2069}b",
                format!("a{x}{x}{x}{x}b"),
            ),
        ];
        for (class, input, want) in cases {
            assert_eq!(clean(input), want, "{class}");
        }
        // Ordinary text in every script the program speaks is untouched.
        for s in ["МТС: отмена", "中国移动 — 暂停", "a-b_c.toml", "«ok»"] {
            assert_eq!(clean(s), s);
        }
    }
}

#[cfg(test)]
mod fact_rules {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn problems(text: &str) -> Vec<Problem> {
        load(text, Origin::File("t.toml".into()), today())
            .map(|_| Vec::new())
            .unwrap_or_else(|e| e.problems)
    }

    /// The line a problem points at.
    fn line_of<'a>(text: &'a str, p: &Problem) -> &'a str {
        text.lines().nth(p.line - 1).unwrap_or("")
    }

    fn swap(text: &str, old: &str, new: &str) -> String {
        assert!(text.contains(old), "{old}");
        text.replacen(old, new, 1)
    }

    #[test]
    fn the_shipped_table_has_no_content_farm_fact_above_unverified() {
        let c = embedded().unwrap();
        assert!(c.content_farms.iter().any(|h| h == "vareant.ru"));
        assert_eq!(c.content_farms.len(), 11);
        let mut cited = 0;
        for op in &c.operators {
            for r in &op.routes {
                if r.source
                    .as_deref()
                    .and_then(|s| farm_host(&c.content_farms, s))
                    .is_some()
                {
                    cited += 1;
                    assert_eq!(r.confidence, Confidence::Unverified, "{}", op.id());
                }
            }
        }
        assert!(cited > 0, "the rule has something to hold");
    }

    #[test]
    fn hosts_match_with_subdomains_and_without_www() {
        let farms = vec!["graph.org".to_owned(), "kakprosto.ru".to_owned()];
        assert!(farm_host(&farms, "https://graph.org/x").is_some());
        assert!(farm_host(&farms, "https://WWW.Graph.org/x").is_some());
        assert!(farm_host(&farms, "http://eng.kakprosto.ru/how").is_some());
        assert!(farm_host(&farms, "https://telegraph.org/x").is_none());
        assert!(farm_host(&farms, "https://graph.org.example.com/").is_none());
        assert_eq!(source_host("https://a.b:8080/x").as_deref(), Some("a.b"));
    }

    #[test]
    fn a_content_farm_fact_above_unverified_is_refused_where_it_is_labelled() {
        // The MTS short number from a content farm, labelled secondary; a Beeline route
        // from one labelled official.
        let text = swap(
            EMBEDDED,
            "value = \"0890\"\nsource = \"http://periscopes.ru/sposoby_blokirovki_i_vosstanovlenija_simkarty_mts.html\"",
            "value = \"0890\"\nsource = \"https://vareant.ru/articles/kak-otklyuchit-sim-kartu-mts\"",
        );
        let text = swap(
            &text,
            "source = \"https://tellcall.ru/en/bilajn/kak-razorvat-dogovor-s.html\"\nconfidence = \"unverified\"\n\n[[operator.route]]",
            "source = \"https://tellcall.ru/en/bilajn/kak-razorvat-dogovor-s.html\"\nconfidence = \"official\"\n\n[[operator.route]]",
        );
        let found = problems(&text);
        let farm: Vec<&Problem> = found
            .iter()
            .filter(|p| p.message.contains("content farm"))
            .collect();
        assert_eq!(farm.len(), 2, "{found:?}");
        assert!(farm[0].message.contains("`secondary`") && farm[0].message.contains("vareant.ru"));
        assert!(farm[1].message.contains("`official`") && farm[1].message.contains("tellcall.ru"));
        for p in farm {
            assert!(line_of(&text, p).starts_with("confidence = "), "{p:?}");
            assert!(p.hint.contains("unverified"), "{p:?}");
        }
    }

    #[test]
    fn a_second_source_that_is_no_content_farm_carries_the_fact() {
        let text = swap(
            EMBEDDED,
            "value = \"0890\"\nsource = \"http://periscopes.ru/sposoby_blokirovki_i_vosstanovlenija_simkarty_mts.html\"",
            "value = \"0890\"\nsource = \"https://vareant.ru/a\"\nalso = [\"http://periscopes.ru/b\"]",
        );
        assert_eq!(problems(&text), []);
        let text = swap(
            &text,
            "also = [\"http://periscopes.ru/b\"]",
            "also = [\"https://graph.org/c\"]",
        );
        assert_eq!(problems(&text).len(), 1);
    }

    #[test]
    fn a_note_from_a_content_farm_is_capped_too() {
        let text = swap(
            EMBEDDED,
            "source = \"https://msk.t2.ru/help/article/procedure-for-filing-a-written-complaint\"",
            "source = \"https://graph.org/t2\"",
        );
        let found = problems(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("graph.org"));
        assert_eq!(embedded().unwrap().operator("t2").unwrap().notes.len(), 2);
    }

    #[test]
    fn a_content_farm_list_entry_must_be_a_host() {
        let text = swap(EMBEDDED, "\"vareant.ru\",", "\"https://vareant.ru/\",");
        let found = problems(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("is not a host name"));
    }

    #[test]
    fn a_store_route_needs_the_legal_entity() {
        let legal = "[operator.legal_name]\nvalue = \"ООО «Т2 Мобайл»\"\nsource = \"https://apps.t2.ru/privacy-policy\"\nconfidence = \"official\"\n";
        let text = swap(EMBEDDED, legal, "");
        let found = problems(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0]
                .message
                .contains("`t2` offers a store route but has no `legal_name`")
        );
        assert_eq!(line_of(&text, &found[0]), "id = \"t2\"");
        // Unknown (an ask only) is not enough to address a letter.
        let text = swap(
            EMBEDDED,
            legal,
            "[operator.legal_name]\nconfidence = \"unverified\"\nask.en = \"Ask.\"\n",
        );
        let found = problems(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(line_of(&text, &found[0]).starts_with("[operator.legal_name]"));
    }

    #[test]
    fn every_letter_is_addressed_to_the_entity() {
        let c = embedded().unwrap();
        let names: Vec<(&str, &str)> = c
            .operators
            .iter()
            .map(|o| (o.id(), o.addressee()))
            .collect();
        assert_eq!(
            names,
            [
                ("mts", "ПАО «МТС»"),
                ("beeline", "ПАО «ВымпелКом»"),
                ("megafon", "ПАО «МегаФон»"),
                ("t2", "ООО «Т2 Мобайл»"),
                ("yota", "ООО «Скартел»"),
            ]
        );
        for op in &c.operators {
            assert!(
                op.legal_name.as_ref().unwrap().source.is_some(),
                "{}",
                op.id()
            );
        }
    }

    #[test]
    fn day_counts_and_fees_out_of_range_are_refused_all_at_once() {
        let text = swap(
            EMBEDDED,
            "value.free_days = 14",
            "value.free_days = 99999999999",
        );
        let text = swap(
            &text,
            "value.fee_per_day_rub = 1.1",
            "value.fee_per_day_rub = nan",
        );
        let text = swap(&text, "value.fee_from_day = 183", "value.fee_from_day = -5");
        let text = swap(
            &text,
            "value.fee_per_day_rub = 3.3",
            "value.fee_per_day_rub = -3.3",
        );
        let text = swap(
            &text,
            "value.fee_from_day = 91",
            "value.fee_from_day = 4000",
        );
        let text = swap(
            &text,
            "value.fee_per_day_rub = 15.0",
            "value.fee_per_day_rub = inf",
        );
        let text = swap(
            &text,
            "value.ends_after_days = 90",
            "value.ends_after_days = 0",
        );
        let found = problems(&text);
        assert_eq!(found.len(), 7, "{found:#?}");
        for (p, key) in found.iter().zip([
            "value.free_days",
            "value.fee_per_day_rub",
            "value.fee_from_day",
            "value.fee_per_day_rub",
            "value.fee_from_day",
            "value.fee_per_day_rub",
            "value.ends_after_days",
        ]) {
            assert!(line_of(&text, p).starts_with(key), "{p:?}");
            assert!(!p.hint.is_empty());
        }
        assert!(found[1].message.contains("is NaN"), "{:?}", found[1]);
        assert!(found[0].message.contains("out of range"), "{:?}", found[0]);
    }

    #[test]
    fn free_days_longer_than_the_longest_block_are_refused() {
        let text = swap(
            EMBEDDED,
            "value.free_days = 14",
            "value.free_days = 14\nvalue.max_days = 10",
        );
        let found = problems(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("longer than `max_days`"));
    }

    #[test]
    fn suspensions_always_get_follow_ups() {
        let c = embedded().unwrap();
        let checks = |id: &str| c.operator(id).unwrap().suspension_checks();
        // MTS publishes its free days: the day they end.
        assert_eq!(
            checks("mts"),
            [SuspendCheck {
                days: 14,
                message: "follow-free-ends"
            }]
        );
        // The others publish nothing: check a few days on that the block is on.
        for id in ["beeline", "megafon", "t2", "yota"] {
            assert_eq!(
                checks(id),
                [SuspendCheck {
                    days: CHECK_BLOCK_DAYS,
                    message: "follow-check-block"
                }],
                "{id}"
            );
        }
        // A longest block: a reminder a week before, and on the day.
        let terms = SuspendTerms {
            summary: Text::en("x"),
            free_days: Some(14),
            fee_per_day_rub: None,
            max_days: Some(90),
        };
        assert_eq!(
            suspension_checks(Some(&terms)),
            [
                SuspendCheck {
                    days: 14,
                    message: "follow-free-ends"
                },
                SuspendCheck {
                    days: 83,
                    message: "follow-before-max"
                },
                SuspendCheck {
                    days: 90,
                    message: "follow-max-block"
                },
            ]
        );
        let short = SuspendTerms {
            free_days: None,
            max_days: Some(5),
            ..terms
        };
        assert_eq!(
            suspension_checks(Some(&short)),
            [
                SuspendCheck {
                    days: CHECK_BLOCK_DAYS,
                    message: "follow-check-block"
                },
                SuspendCheck {
                    days: 5,
                    message: "follow-max-block"
                },
            ]
        );
        assert_eq!(suspension_checks(None).len(), 1);
    }
}

#[cfg(test)]
mod phone_tests {
    use super::is_phone_number;

    #[test]
    fn russian_numbers_as_people_write_them() {
        for ok in [
            "0890",
            "611",
            "8 800 250-08-90",
            "+7 951 520-06-11",
            "+7 (495) 123-45-67",
            "88002500890",
        ] {
            assert!(is_phone_number(ok), "{ok}");
        }
        for bad in [
            "",
            "call me",
            "12",
            "08900",
            "+1 202 555 0100",
            "8 800 250-08",
            "+7 800 +250",
            "7 800 250-08-90",
        ] {
            assert!(!is_phone_number(bad), "{bad}");
        }
    }
}
