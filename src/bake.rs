//! How the build script writes the built-in tables as Rust: every catalog and calendar type
//! is declared once, through [`baked!`], which gives it both its fields and the code that
//! writes a value of it as a Rust expression. So the loader and the build step cannot
//! disagree on a type's fields: a new field is baked the moment it is declared.

use std::fmt::Write;

/// Writes a value as a Rust expression.
pub trait Bake {
    fn bake(&self, out: &mut String);
}

impl Bake for String {
    fn bake(&self, out: &mut String) {
        let _ = write!(out, "s({self:?})");
    }
}

impl Bake for u32 {
    fn bake(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Bake for f64 {
    fn bake(&self, out: &mut String) {
        let _ = write!(out, "{self:?}");
    }
}

impl Bake for bool {
    fn bake(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Bake for std::ops::Range<usize> {
    fn bake(&self, out: &mut String) {
        let _ = write!(out, "{}..{}", self.start, self.end);
    }
}

impl Bake for i32 {
    fn bake(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Bake for chrono::NaiveTime {
    fn bake(&self, out: &mut String) {
        use chrono::Timelike;
        let _ = write!(out, "time({}, {})", self.hour(), self.minute());
    }
}

impl Bake for chrono::NaiveDate {
    fn bake(&self, out: &mut String) {
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

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(v) => {
                out.push_str("Some(");
                v.bake(out);
                out.push(')');
            }
        }
    }
}

impl<T: Bake> Bake for Vec<T> {
    fn bake(&self, out: &mut String) {
        out.push_str("vec![");
        for v in self {
            v.bake(out);
            out.push_str(", ");
        }
        out.push(']');
    }
}

impl Bake for toml::Spanned<String> {
    fn bake(&self, out: &mut String) {
        out.push_str("toml::Spanned::new(");
        self.span().bake(out);
        out.push_str(", ");
        self.get_ref().bake(out);
        out.push(')');
    }
}

/// Declares a struct whose fields are all public, and bakes it field by field.
macro_rules! baked {
    (
        $(#[$meta:meta])*
        pub struct $name:ident $(<$($g:ident $(= $default:ty)?),+>)? {
            $($(#[$fmeta:meta])* pub $field:ident : $ty:ty),* $(,)?
        }
    ) => {
        $(#[$meta])*
        pub struct $name $(<$($g $(= $default)?),+>)? {
            $($(#[$fmeta])* pub $field: $ty),*
        }

        impl$(<$($g: $crate::bake::Bake),+>)? $crate::bake::Bake for $name $(<$($g),+>)? {
            fn bake(&self, out: &mut String) {
                out.push_str(concat!(stringify!($name), " { "));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    $crate::bake::Bake::bake(&self.$field, out);
                    out.push_str(", ");
                )*
                out.push_str("}\n");
            }
        }
    };
}

/// Bakes fieldless enums by their variant names.
macro_rules! baked_enum {
    ($($t:ident),*) => {$(
        impl $crate::bake::Bake for $t {
            fn bake(&self, out: &mut String) {
                out.push_str(&format!("{}::{:?}", stringify!($t), self));
            }
        }
    )*};
}
