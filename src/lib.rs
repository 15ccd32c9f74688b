//! simcancel: a wizard that walks a person through cancelling or suspending a Russian
//! mobile SIM, and keeps a dated record of what was done.
//!
//! The binary's entry is [`start`]. The few modules left public are what the integration
//! tests drive directly (the table, the vocabulary, the command line, the documents);
//! everything else is private, so that the compiler reports what nothing uses.

// The build script bakes the built-in tables; here the module only declares their types.
#[allow(dead_code)]
#[macro_use]
mod bake;
pub mod answers;
mod builtin;
mod calendar;
pub mod catalog;
mod clean;
pub mod cli;
mod commands;
mod config;
mod dates;
mod ends;
mod error;
mod followups;
mod help_words;
pub mod i18n;
mod labels;
mod lang;
mod letter;
mod pdf;
mod platform;
mod poa;
mod prompt;
mod record;
mod report;
mod rules;
mod run;
mod terminal;
mod theme;
mod translit;
pub mod wizard;

pub use crate::commands::run;
pub use crate::error::Error;
pub use crate::run::start;
