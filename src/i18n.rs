//! User-visible strings, looked up by key from Fluent files under `data/locales/`.
//!
//! The language is chosen once at start-up; every other module asks for a key and never
//! holds English text of its own, so adding a language is a new `.ftl` file.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions, FluentType};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

pub use crate::lang::Lang;

/// The language from a POSIX locale such as `zh_CN.UTF-8`, `ru_RU`, `en`: `None` for
/// `C`, `POSIX`, an unsupported language or anything unreadable.
pub fn from_locale(locale: &str) -> Option<Lang> {
    let lang = locale.split(['_', '.', '@', '-']).next()?;
    Lang::from_code(lang)
}

/// Chooses the language: `--lang`, else `SIMCANCEL_LANG` (both checked by clap, so an
/// unknown value is a usage error), else the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that
/// is set — the POSIX order — else the operating system's language (`os`, asked only
/// then: Windows and macOS seldom set those variables), else English. A locale we cannot
/// read means English.
pub fn detect(
    chosen: Option<Lang>,
    env: impl Fn(&str) -> Option<String>,
    os: impl FnOnce() -> Option<String>,
) -> Lang {
    if let Some(lang) = chosen {
        return lang;
    }
    let variable = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| env(k).filter(|v| !v.is_empty()));
    variable
        .or_else(os)
        .and_then(|locale| from_locale(&locale))
        .unwrap_or(Lang::En)
}

/// `--lang` as given on the command line (or in `SIMCANCEL_LANG`), read before clap runs
/// so that `--help` itself can be translated. A bad value is left for clap to report.
pub fn preparse(args: &[std::ffi::OsString], env: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    let mut it = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = it.next() {
        if arg == "--" {
            break;
        }
        if let Some(v) = arg.strip_prefix("--lang=") {
            return Lang::from_code(v);
        }
        if arg == "--lang" {
            return it.next().and_then(|v| Lang::from_code(&v));
        }
    }
    env("SIMCANCEL_LANG").and_then(|v| Lang::from_code(&v))
}

static CURRENT: OnceLock<Lang> = OnceLock::new();
/// A bundle borrows its messages, each parsed once (see [`File`]).
type Bundle = FluentBundle<&'static FluentResource>;

/// Sets the language for the rest of the process. Later calls are ignored: the language
/// is a start-up decision, not something that changes mid-wizard.
pub fn set_lang(lang: Lang) {
    let _ = CURRENT.set(lang);
}

pub fn lang() -> Lang {
    *CURRENT.get().unwrap_or(&Lang::En)
}

/// Which locale file.
#[derive(Clone, Copy)]
enum Kind {
    /// `<code>.ftl`: the wizard's messages.
    Messages,
    /// `counter.ru.ftl`: what is said or written at the counter.
    Counter,
}

/// One locale file, parsed an entry at a time as a run asks for its messages: a run needs
/// a few dozen of several hundred, and parsing them all was most of what a run cost
/// before its first line (benches/bench.sh).
struct File {
    lang: Lang,
    source: &'static str,
    /// Each entry by its id (`-name` for a term): where it is in the file, and its index
    /// in `parsed`.
    ids: HashMap<&'static str, (Range<usize>, usize), BuildHasherDefault<Fnv>>,
    parsed: Vec<OnceLock<FluentResource>>,
    /// The messages asked for so far, with what they refer to.
    bundle: Mutex<Loaded>,
    /// Every term, for [`term`], which formatting a message calls while `bundle` is held.
    terms: OnceLock<Loaded>,
}

/// FNV-1a, for the ids of the locale files: they are the program's own, so a hash that
/// resists chosen keys buys nothing there, and costs start-up time.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
}

/// A bundle and which of the file's entries it has.
struct Loaded {
    bundle: Bundle,
    added: Vec<bool>,
}

static MESSAGES: [OnceLock<File>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
static COUNTER_FILE: OnceLock<File> = OnceLock::new();

/// What is said or written at the counter — the phrase cards and the application letter —
/// is always Russian, and kept apart so that other languages need not load Russian.
const COUNTER: &str = include_str!("../data/locales/counter.ru.ftl");

fn file(lang: Lang, kind: Kind) -> &'static File {
    let cell = match kind {
        Kind::Messages => &MESSAGES[lang as usize],
        Kind::Counter => &COUNTER_FILE,
    };
    cell.get_or_init(|| {
        let source = match kind {
            Kind::Messages => lang.source(),
            Kind::Counter => COUNTER,
        };
        File::new(lang, source)
    })
}

impl File {
    /// Finds the entries without parsing them: an entry (a message, or a `-term`) begins
    /// on a line that starts with a letter or `-`, and takes every line up to the next
    /// such line or comment (indented text, variants, attributes and a closing `}` all
    /// continue it, as Fluent's grammar has it).
    fn new(lang: Lang, source: &'static str) -> File {
        let mut starts: Vec<(usize, Option<&'static str>)> = Vec::with_capacity(1024);
        let lines =
            std::iter::once(0).chain(memchr::memchr_iter(b'\n', source.as_bytes()).map(|i| i + 1));
        for at in lines {
            let line = &source.as_bytes()[at..];
            match line.first() {
                Some(b) if b.is_ascii_alphabetic() || *b == b'-' => {
                    // An id runs to the blank or `=` after it.
                    let len = memchr::memchr3(b' ', b'=', b'\n', line).unwrap_or(line.len());
                    starts.push((at, Some(&source[at..at + len])));
                }
                Some(b'#') => starts.push((at, None)),
                _ => {}
            }
        }
        starts.push((source.len(), None));
        let mut ids = HashMap::with_capacity_and_hasher(starts.len(), Default::default());
        for pair in starts.windows(2) {
            if let (start, Some(id)) = pair[0] {
                // Of two entries with one id the first counts, as in a bundle.
                let index = ids.len();
                ids.entry(id).or_insert((start..pair[1].0, index));
            }
        }
        let parsed = (0..ids.len()).map(|_| OnceLock::new()).collect();
        File {
            lang,
            source,
            bundle: Mutex::new(Loaded::new(lang, ids.len())),
            ids,
            parsed,
            terms: OnceLock::new(),
        }
    }

    /// The entry `id` (`-name` for a term), parsed, with its index.
    fn entry(&self, id: &str) -> Option<(usize, &FluentResource)> {
        let (range, index) = self.ids.get(id)?;
        let resource = self.parsed[*index].get_or_init(|| {
            // The locale files are compiled in and checked by tests, so a parse error
            // here is a build defect; keep whatever parsed rather than fail the user.
            let text = self.source[range.clone()].to_owned();
            FluentResource::try_new(text).unwrap_or_else(|(r, _)| r)
        });
        Some((*index, resource))
    }

    /// Message `key` with `args`, if the file has it.
    fn format(&'static self, key: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
        // A panic while formatting leaves nothing half done: the bundle only grows.
        let mut loaded = (self.bundle.lock()).unwrap_or_else(std::sync::PoisonError::into_inner);
        loaded.add(self, key);
        format(&loaded.bundle, key, args)
    }

    /// A bundle with every term of the file.
    fn terms(&'static self) -> &'static Loaded {
        self.terms.get_or_init(|| {
            let mut loaded = Loaded::new(self.lang, self.ids.len());
            for id in self.ids.keys().filter(|id| id.starts_with('-')) {
                loaded.add(self, id);
            }
            loaded
        })
    }
}

impl Loaded {
    fn new(lang: Lang, entries: usize) -> Loaded {
        let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Isolation marks (U+2068/U+2069) show up as junk in many terminals.
        bundle.set_use_isolating(false);
        if lang == Lang::Ru {
            bundle.set_formatter(Some(russian_number));
        }
        let _ = bundle.add_function("CASE", case);
        Loaded {
            bundle,
            added: vec![false; entries],
        }
    }

    /// Adds entry `id` of `file` and every entry it refers to.
    fn add(&mut self, file: &'static File, id: &str) {
        let Some((index, resource)) = file.entry(id) else {
            return;
        };
        if std::mem::replace(&mut self.added[index], true) {
            return;
        }
        let _ = self.bundle.add_resource(resource);
        let mut refs = Vec::new();
        for entry in resource.entries() {
            let (value, attributes) = match entry {
                ast::Entry::Message(m) => (m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (Some(&t.value), &t.attributes),
                _ => continue,
            };
            for pattern in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
                references(pattern, &mut refs);
            }
        }
        for id in refs {
            self.add(file, &id);
        }
    }
}

/// The messages and terms (`-name`) a pattern refers to.
fn references(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    fn inline(e: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
        match e {
            ast::InlineExpression::MessageReference { id, .. } => out.push(id.name.to_owned()),
            ast::InlineExpression::TermReference { id, arguments, .. } => {
                out.push(format!("-{}", id.name));
                arguments.iter().for_each(|a| call(a, out));
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => call(arguments, out),
            ast::InlineExpression::Placeable { expression: e } => expression(e, out),
            _ => {}
        }
    }
    fn call(a: &ast::CallArguments<&str>, out: &mut Vec<String>) {
        a.positional.iter().for_each(|e| inline(e, out));
        a.named.iter().for_each(|n| inline(&n.value, out));
    }
    fn expression(e: &ast::Expression<&str>, out: &mut Vec<String>) {
        match e {
            ast::Expression::Inline(e) => inline(e, out),
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                variants.iter().for_each(|v| references(&v.value, out));
            }
        }
    }
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression: e } = element {
            expression(e, out);
        }
    }
}

/// Russian writes a decimal comma and groups thousands of five-digit numbers and longer
/// with a non-breaking space (`1,10`, `12\u{a0}500`).
fn russian_number(
    value: &FluentValue<'_>,
    _: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let plain = n.as_string();
    let (int, frac) = plain.split_once('.').unwrap_or((&plain, ""));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if digits.len() > 4 && i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push('\u{a0}');
        }
        grouped.push(c);
    }
    Some(if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{frac}")
    })
}

/// A sum of roubles: whole roubles as they are (`15`), others with two decimals (`1.10`),
/// each language writing the decimal mark its own way.
pub fn money(sum: f64) -> FluentValue<'static> {
    let cents = (sum * 100.0).round();
    let whole = cents % 100.0 == 0.0;
    let options = FluentNumberOptions {
        minimum_fraction_digits: (!whole).then_some(2),
        maximum_fraction_digits: Some(if whole { 0 } else { 2 }),
        ..Default::default()
    };
    FluentValue::Number(FluentNumber::new(cents / 100.0, options))
}

/// An approximate sum (a month of daily fees): whole roubles.
pub fn money_about(sum: f64) -> FluentValue<'static> {
    money(sum.round())
}

/// A name that a language may need in another grammatical case (a Russian operator in the
/// genitive, a channel as «по горячей линии»): shown as `shown`, and `CASE($x, case: "gen")`
/// in a message formats the term `-{term}` of the current language with that case. A name
/// with no term in the language (an operator added to the data later) stays as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Named {
    shown: String,
    term: String,
    lang: Lang,
}

impl FluentType for Named {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(self.clone())
    }

    fn as_string(&self, _: &intl_memoizer::IntlLangMemoizer) -> Cow<'static, str> {
        self.shown.clone().into()
    }

    fn as_string_threadsafe(
        &self,
        _: &intl_memoizer::concurrent::IntlLangMemoizer,
    ) -> Cow<'static, str> {
        self.shown.clone().into()
    }
}

/// `shown`, with its case forms from the term `-{term}` (`operator-megafon`).
pub fn named(term: String, shown: String) -> FluentValue<'static> {
    FluentValue::Custom(Box::new(Named {
        shown,
        term,
        lang: lang(),
    }))
}

/// The term `-{term}` of `lang` with `case`, if the language has that term.
pub fn term(lang: Lang, term: &str, case: &str) -> Option<String> {
    let file = file(lang, Kind::Messages);
    let pattern = file
        .entry(&format!("-{term}"))?
        .1
        .entries()
        .find_map(|e| match e {
            ast::Entry::Term(t) => Some(&t.value),
            _ => None,
        })?;
    let mut args = FluentArgs::new();
    args.set("case", case);
    let mut errors = Vec::new();
    let text = file
        .terms()
        .bundle
        .format_pattern(pattern, Some(&args), &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// `CASE($name, case: "gen")`: a [`Named`] value in that case; anything else as it is.
fn case<'a>(positional: &[FluentValue<'a>], named_args: &FluentArgs) -> FluentValue<'a> {
    let Some(value) = positional.first() else {
        return FluentValue::Error;
    };
    let wanted = match named_args.get("case") {
        Some(FluentValue::String(s)) => s.to_string(),
        _ => "nom".to_owned(),
    };
    if let FluentValue::Custom(custom) = value
        && let Some(n) = custom.as_any().downcast_ref::<Named>()
    {
        return FluentValue::from(
            term(n.lang, &n.term, &wanted).unwrap_or_else(|| n.shown.clone()),
        );
    }
    value.clone()
}

/// The `--help` texts (`help.<code>.ftl`), parsed whole: help shows nearly all of them.
fn help(lang: Lang) -> &'static Bundle {
    static PARSED: [OnceLock<FluentResource>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    static BUNDLES: [OnceLock<Bundle>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    BUNDLES[lang as usize].get_or_init(|| {
        let resource = PARSED[lang as usize].get_or_init(|| {
            let text = lang.help_source().to_owned();
            FluentResource::try_new(text).unwrap_or_else(|(r, _)| r)
        });
        let mut loaded = Loaded::new(lang, 0);
        let _ = loaded.bundle.add_resource(resource);
        loaded.bundle
    })
}

/// Message `key` in `lang`, if the language has it: `help-…` ids live in the help files.
fn format_in(lang: Lang, key: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
    if key.starts_with("help-") {
        return format(help(lang), key, args);
    }
    file(lang, Kind::Messages).format(key, args)
}

/// The Russian text for the counter (a `phrase-…` or `letter-…` id).
pub fn russian(key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    file(Lang::Ru, Kind::Counter)
        .format(key, args)
        .unwrap_or_else(|| key.to_owned())
}

fn format(bundle: &Bundle, key: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let fluent_args = (!args.is_empty()).then(|| {
        let mut a = FluentArgs::new();
        for (name, value) in args {
            a.set(*name, value.clone());
        }
        a
    });
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
            .into_owned(),
    )
}

/// Looks `key` up in `lang`, then in English; a key missing everywhere comes back as
/// itself, which tests catch before a user can.
pub fn lookup(lang: Lang, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    [lang, Lang::En]
        .into_iter()
        .find_map(|l| format_in(l, key, args))
        .unwrap_or_else(|| key.to_owned())
}

/// An I/O error in the reader's language: the kind of failure translated, the system's
/// own error number kept (`没有这个文件或目录（系统错误 2）`). A message the program wrote
/// itself, already translated, is kept whole; a kind with no translation stays as the
/// system says it.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    if e.raw_os_error().is_none() && e.get_ref().is_some() {
        return e.to_string();
    }
    let kind = match e.kind() {
        K::NotFound => crate::t!("io-not-found"),
        K::PermissionDenied => crate::t!("io-permission-denied"),
        K::AlreadyExists => crate::t!("io-already-exists"),
        K::IsADirectory => crate::t!("io-is-a-directory"),
        K::NotADirectory => crate::t!("io-not-a-directory"),
        K::StorageFull | K::QuotaExceeded => crate::t!("io-storage-full"),
        K::ReadOnlyFilesystem => crate::t!("io-read-only"),
        K::BrokenPipe => crate::t!("io-broken-pipe"),
        K::InvalidData => crate::t!("io-invalid-data"),
        _ => return e.to_string(),
    };
    match e.raw_os_error() {
        Some(code) => crate::t!("io-os", kind = kind, code = code.to_string()),
        None => kind,
    }
}

/// A date as readers of the current language write it: 25.11.2026 in Russian, 2026-11-25
/// in English and Chinese. Only for display: files and flags keep the ISO form.
/// What goes between two sentences joined into one paragraph: Chinese runs them on after
/// its full stop, the others leave a space.
pub fn sentence_gap(lang: Lang) -> &'static str {
    if lang == Lang::Zh { "" } else { " " }
}

/// What goes between the items of a list in running text: the enumeration comma `、`
/// in Chinese (a half-width comma after Chinese text reads as a typo), `, ` elsewhere.
pub fn list_separator(lang: Lang) -> &'static str {
    if lang == Lang::Zh { "、" } else { ", " }
}

pub fn date(d: chrono::NaiveDate) -> String {
    // Each language's file says how its readers write a date (a chrono format).
    d.format(&crate::t!("date-format")).to_string()
}

/// A date and time of day, like [`date`].
pub fn date_time(t: chrono::NaiveDateTime) -> String {
    format!("{} {}", date(t.date()), t.format("%H:%M"))
}

/// `t!("key")` or `t!("key", name = value, …)`: the message in the current language.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::lookup($crate::i18n::lang(), $key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::lookup(
            $crate::i18n::lang(),
            $key,
            &[$((stringify!($name), ::fluent_bundle::FluentValue::from($value))),+],
        )
    };
}

/// The message for `key` if any language defines it, for keys built at run time (the
/// translated `--help` texts); `None` when it is not translated at all.
pub fn lookup_opt(lang: Lang, key: &str) -> Option<String> {
    let found = lookup(lang, key, &[]);
    (found != key).then_some(found)
}

/// Message ids defined for a language, for the completeness tests: its messages and help
/// texts, and for Russian the counter texts.
pub fn message_ids(lang: Lang) -> Vec<String> {
    let mut source = format!("{}\n{}", lang.source(), lang.help_source());
    if lang == Lang::Ru {
        source = format!("{source}\n{COUNTER}");
    }
    let resource = FluentResource::try_new(source).unwrap_or_else(|(r, _)| r);
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// A Chinese character or full-width punctuation: what follows it takes `：`, not `:`.
pub fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The message or term of a parsed entry: its id and what formatting reads of it.
    type Parts<'a> = (
        String,
        Option<&'a ast::Pattern<&'a str>>,
        &'a [ast::Attribute<&'a str>],
    );

    fn parts<'a>(entry: &'a ast::Entry<&'a str>) -> Option<Parts<'a>> {
        match entry {
            ast::Entry::Message(m) => Some((m.id.name.to_owned(), m.value.as_ref(), &m.attributes)),
            ast::Entry::Term(t) => Some((format!("-{}", t.id.name), Some(&t.value), &t.attributes)),
            _ => None,
        }
    }

    /// Each entry the scan finds, parsed alone, is what parsing the whole file gives for
    /// it; and the scan finds every entry the parser does.
    #[test]
    fn every_entry_alone_is_the_entry_in_the_whole_file() {
        let mut files: Vec<&'static File> = vec![file(Lang::Ru, Kind::Counter)];
        files.extend(Lang::ALL.map(|lang| file(lang, Kind::Messages)));
        for f in files {
            let whole = FluentResource::try_new(f.source.to_owned()).unwrap();
            let mut seen = std::collections::HashSet::new();
            for (id, value, attributes) in whole.entries().filter_map(parts) {
                if !seen.insert(id.clone()) {
                    continue;
                }
                let (_, alone) = f.entry(&id).unwrap_or_else(|| panic!("{id} not found"));
                let found: Vec<Parts<'_>> = alone.entries().filter_map(parts).collect();
                assert_eq!(found, [(id.clone(), value, attributes)], "{id}");
            }
            assert_eq!(seen.len(), f.ids.len());
            assert!(seen.len() > 30, "{}", seen.len());
        }
    }

    /// A message is formatted with the messages and terms it refers to, found however the
    /// file lays them out, and nothing it does not need is parsed.
    #[test]
    fn a_message_brings_what_it_refers_to_and_no_more() {
        let source = "# a comment\n\
            greeting = { welcome }, { -brand }: { $n ->\n\
            [one] one item\n\
            *[other] { $n } items\n\
            }\n\
            \n\
            welcome = Welcome\n\
            \x20   .title = A title\n\
            -brand = { $case ->\n\
            \x20  *[nom] Simcancel\n\
            \x20   [gen] Simcancel's\n\
            }\n\
            unused = { welcome }\n";
        let f: &'static File = Box::leak(Box::new(File::new(Lang::En, source)));
        let mut ids: Vec<&str> = f.ids.keys().copied().collect();
        ids.sort_unstable();
        assert_eq!(ids, ["-brand", "greeting", "unused", "welcome"]);
        let text = f.format("greeting", &[("n", FluentValue::from(3))]);
        assert_eq!(text.as_deref(), Some("Welcome, Simcancel: 3 items"));
        let text = f.format("greeting", &[("n", FluentValue::from(1))]);
        assert_eq!(text.as_deref(), Some("Welcome, Simcancel: one item"));
        let unused = f.ids["unused"].1;
        assert!(f.parsed[unused].get().is_none());
        assert_eq!(f.format("missing", &[]), None);
    }
}
