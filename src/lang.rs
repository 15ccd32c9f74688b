//! The languages simcancel speaks. Kept apart from the messages so that the build script
//! (which compiles the operator table, whose texts are per language) can share it.
//!
//! A language is one line of [`languages!`] below plus its files in `data/locales/`
//! (`<code>.ftl` for the wizard, `help.<code>.ftl` for `--help`); nothing else lists them.

use serde::{Deserialize, Serialize};

macro_rules! languages {
    ($($variant:ident $code:literal $name:literal),+ $(,)?) => {
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
        #[serde(rename_all = "lowercase")]
        pub enum Lang {
            $(#[doc = $name] $variant,)+
        }

        impl Lang {
            pub const ALL: [Lang; [$($code),+].len()] = [$(Lang::$variant),+];

            /// The language's own name for itself.
            pub fn name(self) -> &'static str {
                match self {
                    $(Lang::$variant => $name,)+
                }
            }

            pub fn code(self) -> &'static str {
                match self {
                    $(Lang::$variant => $code,)+
                }
            }

            /// The wizard's messages in this language (`data/locales/<code>.ftl`).
            pub fn source(self) -> &'static str {
                match self {
                    $(Lang::$variant => include_str!(concat!("../data/locales/", $code, ".ftl")),)+
                }
            }

            /// The `--help` texts, kept apart: only help loads them.
            pub fn help_source(self) -> &'static str {
                match self {
                    $(Lang::$variant => {
                        include_str!(concat!("../data/locales/help.", $code, ".ftl"))
                    })+
                }
            }
        }
    };
}

languages! {
    En "en" "English",
    Ru "ru" "Русский",
    Zh "zh" "简体中文",
}

impl Lang {
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }
}
