//! simcancel: a wizard that walks a person through cancelling or suspending a Russian
//! mobile SIM, and keeps a dated record of what was done.

// The build script bakes the built-in tables; here the module only declares their types.
#[allow(dead_code)]
#[macro_use]
mod bake;
mod builtin;
pub mod calendar;
pub mod catalog;
pub mod clean;
pub mod cli;
mod commands;
pub mod config;
pub mod dates;
pub mod error;
pub mod followups;
mod help_words;
pub mod i18n;
pub mod labels;
pub mod lang;
pub mod letter;
mod platform;
pub mod poa;
pub mod prompt;
pub mod record;
pub mod report;
mod run;
pub mod terminal;
pub mod theme;
pub mod wizard;

pub use crate::commands::run;
pub use crate::config::{color_enabled, load_catalog};
pub use crate::error::Error;
pub use crate::run::start;
