//! User-visible strings, looked up by key from Fluent files under `data/locales/`.
//!
//! The language is chosen once at start-up; every other module asks for a key and never
//! holds English text of its own, so adding a language is a new `.ftl` file.

use std::sync::OnceLock;

use std::borrow::Cow;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions, FluentType};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
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
/// A bundle borrows its messages: a language's file is parsed once, for its bundle and
/// for its terms (see [`term`]), which the bundle does not hand out.
type Bundle = FluentBundle<&'static FluentResource>;
static BUNDLES: [OnceLock<Bundle>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
static MESSAGES: [OnceLock<FluentResource>; Lang::ALL.len()] =
    [const { OnceLock::new() }; Lang::ALL.len()];

/// Sets the language for the rest of the process. Later calls are ignored: the language
/// is a start-up decision, not something that changes mid-wizard.
pub fn set_lang(lang: Lang) {
    let _ = CURRENT.set(lang);
}

pub fn lang() -> Lang {
    *CURRENT.get().unwrap_or(&Lang::En)
}

/// A locale file, parsed once.
fn parsed(cell: &'static OnceLock<FluentResource>, source: &str) -> &'static FluentResource {
    // The locale files are compiled in and checked by tests, so a parse error here is a
    // build defect; keep whatever parsed rather than fail the user.
    cell.get_or_init(|| FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r))
}

/// A language's messages (`data/locales/<code>.ftl`), parsed once.
fn messages(lang: Lang) -> &'static FluentResource {
    parsed(&MESSAGES[lang as usize], lang.source())
}

fn build(resource: &'static FluentResource, lang: Lang) -> Bundle {
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks (U+2068/U+2069) show up as junk in many terminals.
    bundle.set_use_isolating(false);
    if lang == Lang::Ru {
        bundle.set_formatter(Some(russian_number));
    }
    let _ = bundle.add_function("CASE", case);
    let _ = bundle.add_resource(resource);
    bundle
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
    let pattern = messages(lang).entries().find_map(|e| match e {
        fluent_syntax::ast::Entry::Term(t) if t.id.name == term => Some(&t.value),
        _ => None,
    })?;
    let bundle = bundle(lang, "")?;
    let mut args = FluentArgs::new();
    args.set("case", case);
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
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

static HELP_BUNDLES: [OnceLock<Bundle>; Lang::ALL.len()] =
    [const { OnceLock::new() }; Lang::ALL.len()];
static HELP: [OnceLock<FluentResource>; Lang::ALL.len()] =
    [const { OnceLock::new() }; Lang::ALL.len()];

/// The bundle that holds `key`: `help-…` ids live in the help files.
fn bundle(lang: Lang, key: &str) -> Option<&'static Bundle> {
    if key.starts_with("help-") {
        return Some(
            HELP_BUNDLES[lang as usize]
                .get_or_init(|| build(parsed(&HELP[lang as usize], lang.help_source()), lang)),
        );
    }
    Some(BUNDLES[lang as usize].get_or_init(|| build(messages(lang), lang)))
}

/// What is said or written at the counter — the phrase cards and the application letter —
/// is always Russian, and kept apart so that other languages need not load Russian.
const COUNTER: &str = include_str!("../data/locales/counter.ru.ftl");
static COUNTER_BUNDLE: OnceLock<Bundle> = OnceLock::new();

/// The Russian text for the counter (a `phrase-…` or `letter-…` id).
pub fn russian(key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    static PARSED: OnceLock<FluentResource> = OnceLock::new();
    let bundle = COUNTER_BUNDLE.get_or_init(|| build(parsed(&PARSED, COUNTER), Lang::Ru));
    format(bundle, key, args).unwrap_or_else(|| key.to_owned())
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
        .find_map(|l| format(bundle(l, key)?, key, args))
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
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// A Chinese character or full-width punctuation: what follows it takes `：`, not `:`.
pub fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}
