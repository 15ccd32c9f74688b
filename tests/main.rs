//! The integration tests: one binary, a module per feature, and one pinned environment
//! for every run of the program (`common`).

mod common;

mod abroad;
mod cli;
mod data;
mod documents;
mod ends;
mod facts;
mod faults;
mod i18n;
mod layers;
mod polish;
mod proof;
mod pty;
mod records;
mod reliability;
mod robustness;
mod screen;
mod stages;
mod walk;
mod words;
