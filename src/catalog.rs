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
}

impl Action {
    pub const ALL: [Action; 2] = [Action::Cancel, Action::Suspend];
    pub fn id(self) -> &'static str {
        match self {
            Action::Cancel => "cancel",
            Action::Suspend => "suspend",
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
        Text([Some(Cow::Owned(clean(s))), None, None])
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
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Text, A::Error> {
                #[derive(Deserialize)]
                struct PerLang {
                    en: String,
                    ru: Option<String>,
                    zh: Option<String>,
                }
                let p = PerLang::deserialize(de::value::MapAccessDeserializer::new(map))?;
                let own = |s: &str| Cow::Owned(clean(s));
                Ok(Text([
                    Some(own(&p.en)),
                    p.ru.as_deref().map(own),
                    p.zh.as_deref().map(own),
                ]))
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

/// One sourced fact. `value: None` means nobody could source it: the wizard then shows
/// `ask`, the question to put to the operator.
#[derive(Clone, Debug)]
pub struct Fact<T> {
    pub value: Option<T>,
    pub source: Option<String>,
    pub confidence: Confidence,
    pub checked: Option<NaiveDate>,
    pub ask: Option<Text>,
    pub span: Range<usize>,
}

#[derive(Deserialize)]
struct RawFact<T> {
    value: Option<T>,
    source: Option<String>,
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
            confidence: raw.confidence,
            checked,
            ask: raw.ask,
            span,
        })
    }
}

#[derive(Clone, Debug, Deserialize)]
pub struct Hotline {
    /// Dialled from the operator's own SIM.
    pub short: Fact<String>,
    /// Free from any phone in Russia.
    pub federal: Fact<String>,
    /// Reachable from abroad, in +7 form.
    pub abroad: Fact<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct SuspendTerms {
    pub summary: Text,
    pub free_days: Option<u32>,
    pub fee_per_day_rub: Option<f64>,
    pub max_days: Option<u32>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct InactivityTerms {
    pub summary: Text,
    pub fee_from_day: Option<u32>,
    pub fee_per_day_rub: Option<f64>,
    pub ends_after_days: Option<u32>,
}

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

#[derive(Clone, Debug, Deserialize)]
pub struct Operator {
    pub id: Spanned<String>,
    pub name: Text,
    pub hotline: Hotline,
    pub site: Fact<String>,
    pub app: Fact<Text>,
    pub balance_check: Fact<Text>,
    pub suspend: Fact<SuspendTerms>,
    pub refund: Fact<Text>,
    pub inactivity: Fact<InactivityTerms>,
    pub quarantine: Fact<Text>,
    #[serde(rename = "route", default)]
    pub routes: Vec<Route>,
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

    /// Channels that offer `action`, in the fixed order store, hotline, online.
    pub fn channels_for(&self, action: Action) -> Vec<Channel> {
        Channel::ALL
            .into_iter()
            .filter(|&c| self.route(c, action).is_some_and(|r| r.offered))
            .collect()
    }
}

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
}

#[derive(Deserialize)]
struct RawCatalog {
    schema: Spanned<u32>,
    verified: Spanned<Datetime>,
    general: General,
    #[serde(rename = "operator", default)]
    operators: Vec<Operator>,
}

#[derive(Clone, Debug)]
pub struct Catalog {
    pub origin: Origin,
    pub verified: NaiveDate,
    pub general: General,
    pub operators: Vec<Operator>,
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
fn position(text: &str, offset: usize) -> (usize, usize) {
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
    if !problems.is_empty() {
        problems.sort_by_key(|p| (p.line, p.column));
        return Err(fail(problems));
    }
    Ok(Catalog {
        origin,
        verified: verified.unwrap_or_default(),
        general: raw.general,
        operators: raw.operators,
    })
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
    if let Some(src) = &fact.source {
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
