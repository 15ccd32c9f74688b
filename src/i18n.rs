//! User-visible strings, looked up by key from Fluent files under `data/locales/`.
//!
//! The language is chosen once at start-up; every other module asks for a key and never
//! holds English text of its own, so adding a language is a new `.ftl` file.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
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
static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; Lang::ALL.len()] =
    [const { OnceLock::new() }; Lang::ALL.len()];

/// Sets the language for the rest of the process. Later calls are ignored: the language
/// is a start-up decision, not something that changes mid-wizard.
pub fn set_lang(lang: Lang) {
    let _ = CURRENT.set(lang);
}

pub fn lang() -> Lang {
    *CURRENT.get().unwrap_or(&Lang::En)
}

fn build(source: &str, lang: Lang) -> FluentBundle<FluentResource> {
    // The locale files are compiled in and checked by tests, so a parse error here is a
    // build defect; keep whatever parsed rather than fail the user.
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks (U+2068/U+2069) show up as junk in many terminals.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

static HELP_BUNDLES: [OnceLock<FluentBundle<FluentResource>>; Lang::ALL.len()] =
    [const { OnceLock::new() }; Lang::ALL.len()];

/// The bundle that holds `key`: `help-…` ids live in the help files.
fn bundle(lang: Lang, key: &str) -> Option<&'static FluentBundle<FluentResource>> {
    if key.starts_with("help-") {
        return Some(HELP_BUNDLES[lang as usize].get_or_init(|| build(lang.help_source(), lang)));
    }
    Some(BUNDLES[lang as usize].get_or_init(|| build(lang.source(), lang)))
}

/// What is said or written at the counter — the phrase cards and the application letter —
/// is always Russian, and kept apart so that other languages need not load Russian.
const COUNTER: &str = include_str!("../data/locales/counter.ru.ftl");
static COUNTER_BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();

/// The Russian text for the counter (a `phrase-…` or `letter-…` id).
pub fn russian(key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    format(
        COUNTER_BUNDLE.get_or_init(|| build(COUNTER, Lang::Ru)),
        key,
        args,
    )
    .unwrap_or_else(|| key.to_owned())
}

fn format(
    bundle: &FluentBundle<FluentResource>,
    key: &str,
    args: &[(&str, FluentValue<'_>)],
) -> Option<String> {
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
