//! The two answerers of the wizard's questions: a person at a terminal (dialoguer), and
//! the flags when nobody is there. Both print the same guidance.

use std::io::{self, Write};

use console::{Style, Term};
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Confirm, Input, MultiSelect, Select};

use crate::error::Error;
use crate::wizard::{Ask, Block, Choice, Line, Prompter};

/// Renders a block of guidance as text. `width` wraps lines for a terminal; `None` leaves
/// them whole for pipes and files.
pub fn render(block: &Block, color: bool, width: Option<usize>) -> String {
    let style = |s: Style| {
        if color {
            s
        } else {
            Style::new().force_styling(false)
        }
    };
    let title = style(Style::new().bold().cyan());
    let label = style(Style::new().bold());
    let ask = style(Style::new().yellow());
    let wrap = |text: &str, first: &str, rest: &str| -> String {
        match width {
            Some(w) => {
                let opts = textwrap::Options::new(w.max(20))
                    .initial_indent(first)
                    .subsequent_indent(rest);
                textwrap::fill(text, opts)
            }
            None => format!("{first}{text}"),
        }
    };
    let mut out = String::new();
    if !block.title.is_empty() {
        out.push('\n');
        out.push_str(&title.apply_to(&block.title).to_string());
        out.push('\n');
    }
    for line in &block.lines {
        let text = match line {
            Line::Text(t) => wrap(t, "", ""),
            Line::Item(t) => wrap(t, "  • ", "    "),
            Line::Step(n, t) => {
                let first = format!("  {n}. ");
                let rest = " ".repeat(first.len());
                wrap(t, &first, &rest)
            }
            Line::Ask(t) => ask.apply_to(wrap(t, "  ? ", "    ")).to_string(),
            Line::Label(t) => label.apply_to(t).to_string(),
        };
        out.push_str(&text);
        out.push('\n');
    }
    out
}

/// Standard output that remembers its first failure instead of stopping the flow: if
/// stdout is full or closed, the answers and the record must still not be lost.
#[derive(Debug, Default)]
pub struct Output {
    failed: Option<io::Error>,
}

impl Output {
    pub fn write(&mut self, text: &str) {
        if self.failed.is_some() {
            return;
        }
        let mut out = io::stdout().lock();
        if let Err(e) = out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
            self.failed = Some(e);
        }
    }

    /// The first write error, if any.
    pub fn failure(&mut self) -> Option<io::Error> {
        self.failed.take()
    }
}

/// A person at a terminal. Prompts draw on stderr (dialoguer's choice); guidance goes to
/// stdout, like every other result.
pub struct TerminalPrompter {
    theme: Box<dyn Theme>,
    color: bool,
    term: Term,
    pub out: Output,
}

impl TerminalPrompter {
    pub fn new(color: bool) -> Self {
        let theme: Box<dyn Theme> = if color {
            Box::new(ColorfulTheme::default())
        } else {
            Box::new(SimpleTheme)
        };
        TerminalPrompter {
            theme,
            color,
            term: Term::stderr(),
            out: Output::default(),
        }
    }

    fn width(&self) -> usize {
        (self.term.size().1 as usize).clamp(20, 100)
    }

    /// Choices with a hint are explained above the prompt: long items wrap in a select
    /// list, and dialoguer redraws wrapped items badly.
    fn hints(&mut self, choices: &[Choice]) {
        let lines: Vec<Line> = choices
            .iter()
            .filter(|c| !c.hint.is_empty())
            .map(|c| Line::Item(format!("{} — {}", c.label, c.hint)))
            .collect();
        if lines.is_empty() {
            return;
        }
        let block = Block {
            title: String::new(),
            lines,
        };
        let text = render(&block, self.color, Some(self.width()));
        self.out.write(&text);
    }
}

impl Prompter for TerminalPrompter {
    fn interactive(&self) -> bool {
        true
    }

    fn select(&mut self, ask: &Ask, choices: &[Choice], default: usize) -> Result<usize, Error> {
        self.hints(choices);
        let labels: Vec<&str> = choices.iter().map(|c| c.label.as_str()).collect();
        Select::with_theme(self.theme.as_ref())
            .with_prompt(&ask.prompt)
            .items(&labels)
            .default(default)
            .interact_on_opt(&self.term)?
            .ok_or(Error::Back)
    }

    fn checklist(
        &mut self,
        ask: &Ask,
        items: &[Choice],
        ticked: &[bool],
    ) -> Result<Vec<bool>, Error> {
        let labels: Vec<&str> = items.iter().map(|c| c.label.as_str()).collect();
        let picked = MultiSelect::with_theme(self.theme.as_ref())
            .with_prompt(&ask.prompt)
            .items(&labels)
            .defaults(ticked)
            .interact_on_opt(&self.term)?
            .ok_or(Error::Back)?;
        Ok((0..items.len()).map(|i| picked.contains(&i)).collect())
    }

    fn confirm(&mut self, ask: &Ask, default: bool) -> Result<bool, Error> {
        Confirm::with_theme(self.theme.as_ref())
            .with_prompt(&ask.prompt)
            .default(default)
            .interact_on_opt(&self.term)?
            .ok_or(Error::Back)
    }

    fn text(&mut self, ask: &Ask, default: &str) -> Result<String, Error> {
        let mut input = Input::<String>::with_theme(self.theme.as_ref())
            .with_prompt(&ask.prompt)
            .allow_empty(true);
        if !default.is_empty() {
            input = input.default(default.to_owned());
        }
        Ok(input.interact_text_on(&self.term)?)
    }

    fn show(&mut self, block: &Block) -> Result<(), Error> {
        let text = render(block, self.color, Some(self.width()));
        self.out.write(&text);
        Ok(())
    }
}

/// Nobody at a terminal: every answer comes from a flag or a safe default, and a question
/// without a safe default is an error that names its flag.
pub struct FlagPrompter {
    pub color: bool,
    pub out: Output,
}

impl FlagPrompter {
    pub fn new(color: bool) -> Self {
        FlagPrompter {
            color,
            out: Output::default(),
        }
    }
}

/// The answer when nobody can be asked: the default, or an error naming the flag when
/// the question has no safe default.
pub fn without_terminal<T>(ask: &Ask, default: T) -> Result<T, Error> {
    if ask.required {
        Err(Error::MissingAnswers(vec![ask.question]))
    } else {
        Ok(default)
    }
}

impl Prompter for FlagPrompter {
    fn interactive(&self) -> bool {
        false
    }

    fn select(&mut self, ask: &Ask, _: &[Choice], default: usize) -> Result<usize, Error> {
        without_terminal(ask, default)
    }

    fn checklist(&mut self, ask: &Ask, _: &[Choice], ticked: &[bool]) -> Result<Vec<bool>, Error> {
        without_terminal(ask, ticked.to_vec())
    }

    fn confirm(&mut self, ask: &Ask, default: bool) -> Result<bool, Error> {
        without_terminal(ask, default)
    }

    fn text(&mut self, ask: &Ask, default: &str) -> Result<String, Error> {
        without_terminal(ask, default.to_owned())
    }

    fn show(&mut self, block: &Block) -> Result<(), Error> {
        self.out.write(&render(block, self.color, None));
        Ok(())
    }
}
