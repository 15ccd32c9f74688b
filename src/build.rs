//! Compiles the built-in operator table into Rust, so that start-up does not parse TOML.
//!
//! The table is loaded and validated here with the same code the program uses for
//! `--data`; a problem in it fails the build with file:line:column. The program then
//! builds the `Catalog` from the generated code, which costs microseconds, not the
//! milliseconds of parsing 80 KiB of TOML in three languages.

use std::fmt::Write;

#[path = "catalog.rs"]
#[allow(dead_code)]
mod catalog;

#[path = "calendar.rs"]
#[allow(dead_code)]
mod calendar;

#[path = "lang.rs"]
#[allow(dead_code)]
mod lang;

/// Only the language type of the i18n module is needed by the catalog.
mod i18n {
    pub use super::lang::Lang;
}

use catalog::*;

/// Writes a value as a Rust expression.
trait Rust {
    fn rust(&self, out: &mut String);
}

impl Rust for String {
    fn rust(&self, out: &mut String) {
        let _ = write!(out, "s({self:?})");
    }
}

impl Rust for u32 {
    fn rust(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Rust for f64 {
    fn rust(&self, out: &mut String) {
        let _ = write!(out, "{self:?}");
    }
}

impl Rust for bool {
    fn rust(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Rust for std::ops::Range<usize> {
    fn rust(&self, out: &mut String) {
        let _ = write!(out, "{}..{}", self.start, self.end);
    }
}

impl Rust for i32 {
    fn rust(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Rust for chrono::NaiveTime {
    fn rust(&self, out: &mut String) {
        use chrono::Timelike;
        let _ = write!(out, "time({}, {})", self.hour(), self.minute());
    }
}

impl Rust for chrono::NaiveDate {
    fn rust(&self, out: &mut String) {
        use chrono::Datelike;
        let _ = write!(
            out,
            "date({}, {}, {})",
            self.year(),
            self.month(),
            self.day()
        );
    }
}

impl<T: Rust> Rust for Option<T> {
    fn rust(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(v) => {
                out.push_str("Some(");
                v.rust(out);
                out.push(')');
            }
        }
    }
}

impl<T: Rust> Rust for Vec<T> {
    fn rust(&self, out: &mut String) {
        out.push_str("vec![");
        for v in self {
            v.rust(out);
            out.push_str(", ");
        }
        out.push(']');
    }
}

impl Rust for Text {
    fn rust(&self, out: &mut String) {
        out.push_str("t(&[");
        for (lang, s) in self.entries() {
            let _ = write!(out, "(Lang::{lang:?}, {s:?}), ");
        }
        out.push_str("])");
    }
}

macro_rules! debug_enum {
    ($($t:ty),*) => {$(
        impl Rust for $t {
            fn rust(&self, out: &mut String) {
                let _ = write!(out, "{}::{:?}", stringify!($t), self);
            }
        }
    )*};
}
debug_enum!(Confidence, Action, Channel);

/// `Type { field: value, … }` for structs whose fields are all public.
macro_rules! record {
    ($t:ident { $($f:ident),* }) => {
        impl Rust for $t {
            fn rust(&self, out: &mut String) {
                out.push_str(concat!(stringify!($t), " { "));
                $(
                    out.push_str(concat!(stringify!($f), ": "));
                    self.$f.rust(out);
                    out.push_str(", ");
                )*
                out.push_str("}\n");
            }
        }
    };
}
record!(Hotline {
    short,
    federal,
    abroad
});
record!(SuspendTerms {
    summary,
    free_days,
    fee_per_day_rub,
    max_days
});
record!(InactivityTerms {
    summary,
    fee_from_day,
    fee_per_day_rub,
    ends_after_days
});
record!(Route {
    channel,
    action,
    offered,
    summary,
    instead,
    steps,
    documents,
    can,
    cannot,
    ask,
    source,
    confidence,
    span
});
record!(General {
    owner_rule,
    gosuslugi,
    reissue,
    store_hours,
    porting,
    consulate
});

use calendar::{Calendar, Year};
record!(Year {
    year,
    complete,
    days_off,
    shortened,
    source,
    confidence,
    note
});
record!(Calendar {
    verified,
    from,
    to,
    hours_confidence,
    hours_known,
    hours_source,
    hours_ask,
    regional,
    years
});

impl<T: Rust> Rust for Fact<T> {
    fn rust(&self, out: &mut String) {
        out.push_str("Fact { value: ");
        self.value.rust(out);
        out.push_str(", source: ");
        self.source.rust(out);
        out.push_str(", confidence: ");
        self.confidence.rust(out);
        out.push_str(", also: ");
        self.also.rust(out);
        out.push_str(", checked: ");
        self.checked.rust(out);
        out.push_str(", ask: ");
        self.ask.rust(out);
        out.push_str(", span: ");
        self.span.rust(out);
        out.push_str(" }");
    }
}

impl Rust for Operator {
    fn rust(&self, out: &mut String) {
        out.push_str("Operator { id: toml::Spanned::new(");
        self.id.span().rust(out);
        out.push_str(", ");
        self.id.get_ref().rust(out);
        out.push_str("), name: ");
        self.name.rust(out);
        out.push_str(", legal_name: ");
        self.legal_name.rust(out);
        for (name, fact) in [
            ("app", &self.app),
            ("balance_check", &self.balance_check),
            ("refund", &self.refund),
            ("quarantine", &self.quarantine),
        ] {
            let _ = write!(out, ", {name}: ");
            fact.rust(out);
        }
        out.push_str(", hotline: ");
        self.hotline.rust(out);
        out.push_str(", site: ");
        self.site.rust(out);
        out.push_str(", suspend: ");
        self.suspend.rust(out);
        out.push_str(", inactivity: ");
        self.inactivity.rust(out);
        out.push_str(", notes: ");
        self.notes.rust(out);
        out.push_str(", routes: ");
        self.routes.rust(out);
        out.push_str(" }\n");
    }
}

fn main() {
    println!("cargo::rerun-if-changed=data/operators.toml");
    println!("cargo::rerun-if-changed=src/catalog.rs");
    println!("cargo::rerun-if-changed=src/build.rs");
    println!("cargo::rerun-if-changed=src/lang.rs");
    println!("cargo::rerun-if-changed=data/calendar.toml");
    println!("cargo::rerun-if-changed=src/calendar.rs");
    let table = match catalog::load(EMBEDDED, Origin::Embedded, chrono::NaiveDate::MAX) {
        Ok(table) => table,
        Err(e) => panic!("the built-in operator table has problems:\n{e}"),
    };
    // `--version` names the day the facts were checked, without reading the table again.
    println!("cargo::rustc-env=SIMCANCEL_VERIFIED={}", table.verified);
    let mut out = String::from(
        "// Generated by src/build.rs from data/operators.toml. Do not edit.\n\
         #[allow(clippy::all)]\n\
         pub fn catalog() -> Catalog {\n",
    );
    out.push_str("Catalog { origin: Origin::Embedded, verified: ");
    table.verified.rust(&mut out);
    out.push_str(", content_farms: ");
    table.content_farms.rust(&mut out);
    out.push_str(", general: ");
    table.general.rust(&mut out);
    out.push_str(", operators: ");
    table.operators.rust(&mut out);
    out.push_str(" }\n}\n");
    // The calendar too; whether it covers the current year is checked at run time.
    let start = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
    let days = match calendar::load(calendar::EMBEDDED, start) {
        Ok(c) => c,
        Err(e) => panic!("the built-in calendar has problems:\n{e}"),
    };
    out.push_str("#[allow(clippy::all)]\npub fn calendar() -> crate::calendar::Calendar {\nuse crate::calendar::*;\n");
    days.rust(&mut out);
    out.push_str("}\n");
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(std::path::Path::new(&dir).join("catalog.rs"), out)
        .expect("OUT_DIR is writable");
}
