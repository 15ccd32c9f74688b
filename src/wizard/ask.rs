//! The interface the flow asks through. The terminal (dialoguer), the flags (no terminal)
//! and scripted answers in tests implement it.

use crate::answers::{Ask, Block, Choice};
use crate::error::Error;

/// Answers the wizard's questions. Implementations: the terminal (dialoguer), the flags
/// (no terminal), and scripted answers in tests. A person may answer any question with
/// [`Error::Back`] (Escape): the flow then asks the previous question again.
pub trait Prompter {
    /// Whether a person is answering; decides if a bad pre-answer is re-asked or fatal.
    fn interactive(&self) -> bool;
    fn select(&mut self, ask: &Ask, choices: &[Choice], default: usize) -> Result<usize, Error>;
    /// Returns one tick per item; `ticked` is what is ticked to begin with.
    fn checklist(
        &mut self,
        ask: &Ask,
        items: &[Choice],
        ticked: &[bool],
    ) -> Result<Vec<bool>, Error>;
    fn confirm(&mut self, ask: &Ask, default: bool) -> Result<bool, Error>;
    fn text(&mut self, ask: &Ask, default: &str) -> Result<String, Error>;
    fn show(&mut self, block: &Block) -> Result<(), Error>;
}
