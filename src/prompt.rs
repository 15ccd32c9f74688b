//! The two answerers of the wizard's questions: a person at a terminal (dialoguer's lists
//! and yes/no, and a line editor of our own for text), and the flags when nobody is there.
//! Both print the same guidance.

mod line;

use std::io::{self, BufRead, Read, Write};

use console::{Style, Term};
use dialoguer::{Confirm, MultiSelect, Select};

use crate::answers::{Ask, Block, Choice, Line};
use crate::error::Error;
use crate::theme::{Screen, Words};
use crate::wizard::Prompter;

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
            Some(w) => crate::theme::wrap(text, w.max(20), first, rest),
            None => format!("{first}{text}"),
        }
    };
    let mut out = String::new();
    if !block.title.is_empty() {
        out.push('\n');
        out.push_str(&title.apply_to(wrap(&block.title, "", "")).to_string());
        out.push('\n');
    }
    for line in &block.lines {
        let line = match line {
            Line::More(inner) => inner,
            line => line,
        };
        let text = match line {
            Line::Text(t) => {
                // An indented text (the translation under a Russian sentence) keeps its
                // indent on every wrapped line.
                let body = t.trim_start_matches(' ');
                let indent = &t[..t.len() - body.len()];
                wrap(body, indent, indent)
            }
            Line::Item(t) => wrap(t, "  • ", "    "),
            Line::Step(n, t) => {
                let first = format!("  {n}. ");
                let rest = " ".repeat(first.len());
                wrap(t, &first, &rest)
            }
            Line::Ask(t) => ask.apply_to(wrap(t, "  ? ", "    ")).to_string(),
            Line::Label(t) => label.apply_to(t).to_string(),
            // One level only: `Line::more` never nests.
            Line::More(_) => String::new(),
            // The screen's summary, which `Block::short` unwraps: the guide has it in full.
            Line::Brief(_) => continue,
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

    /// Whether a write has failed.
    pub fn failed(&self) -> bool {
        self.failed.is_some()
    }

    /// The first write error, if any.
    pub fn failure(&mut self) -> Option<io::Error> {
        self.failed.take()
    }
}

/// A person at a terminal. Prompts draw on stderr (dialoguer's choice); guidance goes to
/// stdout, like every other result.
pub struct TerminalPrompter {
    words: Words,
    color: bool,
    term: Term,
    pub out: Output,
    /// Rows of guidance printed since the last answer: past a screenful, the user is
    /// asked for Enter before more is printed, so nothing scrolls away unread.
    shown_rows: usize,
    /// Whether guidance reaches the screen (not a file or a pipe).
    paged: bool,
}

impl TerminalPrompter {
    pub fn new(color: bool) -> Self {
        crate::terminal::set_interrupt_note(&crate::t!("err-interrupted"));
        TerminalPrompter {
            words: Words::current(),
            color,
            term: Term::stderr(),
            out: Output::default(),
            shown_rows: 0,
            paged: Term::stdout().is_term(),
        }
    }

    /// Prints guidance a screenful at a time.
    fn print(&mut self, text: &str) -> Result<(), Error> {
        let room = (self.term.size().0 as usize).saturating_sub(2).max(4);
        for line in text.split_inclusive('\n') {
            if self.paged && self.shown_rows >= room {
                self.pause()?;
            }
            self.out.write(line);
            self.shown_rows += 1;
        }
        Ok(())
    }

    /// "⏎ Enter: more", until Enter; then the line is cleared and the next screenful starts.
    fn pause(&mut self) -> Result<(), Error> {
        let _asking = crate::terminal::asking();
        self.term.write_str(&crate::t!("more"))?;
        while !matches!(self.term.read_key()?, console::Key::Enter) {}
        self.term.clear_line()?;
        self.shown_rows = 0;
        Ok(())
    }

    /// Before a prompt of `rows` rows: if it would push unread guidance off the screen,
    /// the user reads that first.
    fn room_for(&mut self, rows: usize) -> Result<(), Error> {
        let height = self.term.size().0 as usize;
        if self.paged && self.shown_rows > 0 && self.shown_rows + rows + 1 > height {
            self.pause()?;
        }
        Ok(())
    }

    /// A prompt was answered: the guidance after it starts a new screenful.
    fn answered<T>(&mut self, answer: Result<T, Error>) -> Result<T, Error> {
        self.shown_rows = 0;
        answer
    }

    /// The width guidance is wrapped at: the terminal's, within reason.
    pub fn width(&self) -> usize {
        (self.term.size().1 as usize).clamp(20, 100)
    }

    /// A theme for the next prompt, at the terminal's width now.
    fn screen(&self) -> Screen {
        let cols = (self.term.size().1 as usize).max(20);
        Screen::new(cols, self.color, self.words.clone())
    }

    /// Items per page, when the list would not fit the screen: dialoguer pages by items,
    /// and a page taller than the screen scrolls what it must clear out of reach.
    fn page(&self, screen: &Screen, prompt: &str, labels: &[&str], multi: bool) -> Option<usize> {
        let rows = self.term.size().0 as usize;
        let tallest = labels
            .iter()
            .map(|l| screen.item_rows(l, multi))
            .max()
            .unwrap_or(1);
        let room = rows.saturating_sub(screen.prompt_rows(prompt) + 1);
        let fit = (room / tallest).max(1);
        // dialoguer shows `max_length - 2` items a page.
        (fit < labels.len()).then_some(fit + 2)
    }

    /// Runs a dialoguer list, unless the window is too small for it: dialoguer's pages
    /// need three rows, and below that it panics, at the start or when the window shrinks
    /// while the list is shown. `None` then: the caller asks the plain way, and no answer
    /// given so far is lost.
    fn drawn<T>(
        &self,
        widget: impl FnOnce(&Term) -> dialoguer::Result<T>,
    ) -> Option<Result<T, Error>> {
        if self.term.size().0 < MIN_ROWS {
            self.small_window();
            return None;
        }
        // The panic is expected and handled here: the hook stays quiet meanwhile.
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let term = &self.term;
        let result = {
            let _keys = crate::platform::keys_as_typed();
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| widget(term)))
        };
        std::panic::set_hook(hook);
        match result {
            Ok(answer) => Some(answer.map_err(Error::from)),
            Err(_) => {
                let _ = self.term.show_cursor();
                let _ = self.term.write_line("");
                self.small_window();
                None
            }
        }
    }

    fn small_window(&self) {
        let _ = self.term.write_line(&crate::t!("small-window"));
    }

    /// A list as numbered lines, answered by typing a number: works in a window of any
    /// size, as it draws nothing but lines.
    fn plain_select(
        &mut self,
        prompt: &str,
        labels: &[&str],
        default: usize,
    ) -> Result<usize, Error> {
        self.term.write_line(prompt)?;
        for (i, label) in labels.iter().enumerate() {
            self.term.write_line(&format!("  {}) {label}", i + 1))?;
        }
        loop {
            self.term.write_str(&format!("[{}] > ", default + 1))?;
            let typed = plain_line()?;
            match typed.trim() {
                "" => return Ok(default),
                t => {
                    if let Some(n) = t
                        .parse::<usize>()
                        .ok()
                        .filter(|n| (1..=labels.len()).contains(n))
                    {
                        return Ok(n - 1);
                    }
                }
            }
        }
    }

    /// A checklist as numbered lines: the numbers typed are the items ticked; Enter
    /// alone keeps the ticks shown.
    fn plain_checklist(
        &mut self,
        prompt: &str,
        labels: &[&str],
        ticked: &[bool],
    ) -> Result<Vec<usize>, Error> {
        self.term.write_line(prompt)?;
        for (i, label) in labels.iter().enumerate() {
            let mark = if ticked.get(i) == Some(&true) {
                "x"
            } else {
                " "
            };
            self.term
                .write_line(&format!("  [{mark}] {}) {label}", i + 1))?;
        }
        loop {
            self.term.write_str("1,2,… > ")?;
            let typed = plain_line()?;
            if typed.trim().is_empty() {
                return Ok((0..labels.len())
                    .filter(|&i| ticked.get(i) == Some(&true))
                    .collect());
            }
            let picked: Option<Vec<usize>> = typed
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter(|w| !w.is_empty())
                .map(|w| {
                    w.parse::<usize>()
                        .ok()
                        .filter(|n| (1..=labels.len()).contains(n))
                        .map(|n| n - 1)
                })
                .collect();
            if let Some(picked) = picked {
                return Ok(picked);
            }
        }
    }

    /// A line typed after `prompt`, with the `above` rows of its question over it: Enter
    /// leaves the question and the answer on the screen, Escape clears both and goes back.
    /// Keys are read as the lists read them, so that Ctrl-C ends the run as it does there.
    fn edit_line(&self, screen: &Screen, prompt: &str, above: usize) -> Result<String, Error> {
        use line::Edit;
        let cols = || (self.term.size().1 as usize).max(2);
        let mut editor = line::Editor::default();
        let mut drawn = line::Drawn::new(prompt, console::measure_text_width(prompt));
        let _keys = crate::platform::keys_as_typed();
        self.term
            .write_str(&drawn.update(&editor, &Edit::Changed, cols()))?;
        loop {
            match editor.key(&self.term.read_key()?) {
                Edit::Done => {
                    self.term.write_str(&drawn.erase(above))?;
                    self.term
                        .write_line(&screen.text_answered(&editor.text()))?;
                    return Ok(editor.text());
                }
                Edit::Back => {
                    self.term.write_str(&drawn.erase(above))?;
                    return Err(Error::Back);
                }
                Edit::Nothing => {}
                edit => self.term.write_str(&drawn.update(&editor, &edit, cols()))?,
            }
        }
    }

    /// Choices with a hint are explained above the prompt: long items wrap in a select
    /// list, and dialoguer redraws wrapped items badly.
    fn hints(&mut self, choices: &[Choice]) {
        let lines: Vec<Line> = choices
            .iter()
            .filter(|c| !c.hint.is_empty())
            .map(|c| Line::Item(crate::labels::choice_line(&c.label, &c.hint)))
            .collect();
        if lines.is_empty() {
            return;
        }
        let block = Block {
            title: String::new(),
            lines,
        };
        let text = render(&block, self.color, Some(self.width()));
        let _ = self.print(&text);
    }
}

impl Prompter for TerminalPrompter {
    fn interactive(&self) -> bool {
        true
    }

    fn flag(&self, question: crate::answers::Question) -> String {
        crate::cli::flag(question)
    }

    fn select(&mut self, ask: &Ask, choices: &[Choice], default: usize) -> Result<usize, Error> {
        self.hints(choices);
        let labels: Vec<&str> = choices.iter().map(|c| c.label.as_str()).collect();
        let (screen, keys) = self.screen().with_items(&labels);
        let mut select = Select::with_theme(&screen)
            .with_prompt(&ask.prompt)
            .items(&keys)
            .default(default);
        if let Some(page) = self.page(&screen, &ask.prompt, &labels, false) {
            select = select.max_length(page);
        }
        self.room_for(1 + labels.len())?;
        let _asking = crate::terminal::asking();
        let _paste = paste_guard();
        let answer = match self.drawn(|term| select.interact_on_opt(term)) {
            Some(answer) => answer?,
            None => Some(self.plain_select(&ask.prompt, &labels, default)?),
        };
        self.answered(answer.ok_or(Error::Back))
    }

    fn checklist(
        &mut self,
        ask: &Ask,
        items: &[Choice],
        ticked: &[bool],
    ) -> Result<Vec<bool>, Error> {
        let labels: Vec<&str> = items.iter().map(|c| c.label.as_str()).collect();
        let (screen, keys) = self.screen().with_items(&labels);
        let mut list = MultiSelect::with_theme(&screen)
            .with_prompt(&ask.prompt)
            .items(&keys)
            .defaults(ticked);
        if let Some(page) = self.page(&screen, &ask.prompt, &labels, true) {
            list = list.max_length(page);
        }
        self.room_for(1 + labels.len())?;
        let _asking = crate::terminal::asking();
        let _paste = paste_guard();
        let answer = match self.drawn(|term| list.interact_on_opt(term)) {
            Some(answer) => answer?,
            None => Some(self.plain_checklist(&ask.prompt, &labels, ticked)?),
        };
        let picked = self.answered(answer.ok_or(Error::Back))?;
        Ok((0..items.len()).map(|i| picked.contains(&i)).collect())
    }

    fn confirm(&mut self, ask: &Ask, default: bool) -> Result<bool, Error> {
        let screen = self.screen();
        self.room_for(screen.prompt_rows(&ask.prompt))?;
        let _asking = crate::terminal::asking();
        let _paste = paste_guard();
        let answer = Confirm::with_theme(&screen)
            .with_prompt(&ask.prompt)
            .default(default)
            .interact_on_opt(&self.term);
        self.answered(answer?.ok_or(Error::Back))
    }

    fn text(&mut self, ask: &Ask, default: &str) -> Result<String, Error> {
        let (screen, above, line) = self.screen().text_prompt(&ask.prompt, default);
        self.room_for(above.len() + 1)?;
        let _asking = crate::terminal::asking();
        let _paste = paste_guard();
        for row in &above {
            self.term.write_line(row)?;
        }
        let typed = if self.term.size().0 < MIN_ROWS {
            // Too small to be sure of redrawing in place: the terminal's own line mode.
            self.term.write_str(&line)?;
            plain_line()
        } else {
            self.edit_line(&screen, &line, above.len())
        };
        let typed = self.answered(typed)?;
        Ok(if typed.is_empty() {
            default.to_owned()
        } else {
            typed
        })
    }

    fn show(&mut self, block: &Block) -> Result<(), Error> {
        let text = render(block, self.color, Some(self.width()));
        self.print(&text)
    }
}

/// The fewest rows dialoguer's lists can be drawn in.
const MIN_ROWS: u16 = 3;

/// The most a typed line may hold: the longest answer kept, in four-byte characters.
const MAX_LINE: u64 = crate::answers::MAX_TEXT as u64 * 4;

/// One line typed in the terminal's own line mode, at most [`MAX_LINE`] bytes; the rest of
/// a longer one is dropped.
fn plain_line() -> Result<String, Error> {
    let stdin = io::stdin();
    let mut lock = stdin.lock();
    let mut bytes = Vec::new();
    let read = (&mut lock).take(MAX_LINE).read_until(b'\n', &mut bytes)?;
    if read == 0 {
        return Err(Error::Io(io::ErrorKind::UnexpectedEof.into()));
    }
    if !bytes.ends_with(b"\n") {
        // The rest of an over-long line, up to its end.
        let mut rest = Vec::new();
        let _ = lock.read_until(b'\n', &mut rest);
    }
    Ok(String::from_utf8_lossy(&bytes).trim_end().to_owned())
}

/// While a prompt reads keys one at a time, a paste of a megabyte would be read, and the
/// prompt redrawn, a million times. Held for a prompt, a watcher discards input that
/// piles up faster than anyone types: a paste into a prompt is dropped, not replayed.
struct PasteGuard {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    watcher: Option<std::thread::JoinHandle<()>>,
}

/// More than this many unread bytes is a paste, never typing.
const PASTE_BYTES: i32 = 2048;

fn paste_guard() -> PasteGuard {
    use std::sync::atomic::{AtomicBool, Ordering};
    let stop = std::sync::Arc::new(AtomicBool::new(false));
    let watcher = {
        let stop = stop.clone();
        let watch = move || {
            crate::platform::keep_signals_off_this_thread();
            let mut flushed: Option<std::time::Instant> = None;
            while !stop.load(Ordering::Relaxed) {
                if crate::platform::discard_pasted_input(PASTE_BYTES) {
                    flushed = Some(std::time::Instant::now());
                    continue;
                }
                // While a paste is still coming, look often; otherwise now and then.
                let pasting = flushed.is_some_and(|t| t.elapsed().as_millis() < 200);
                std::thread::sleep(std::time::Duration::from_micros(if pasting {
                    100
                } else {
                    2000
                }));
            }
        };
        (crate::platform::CAN_DISCARD_INPUT && io::IsTerminal::is_terminal(&io::stdin()))
            .then(|| {
                std::thread::Builder::new()
                    .name("paste".into())
                    .spawn(watch)
                    .ok()
            })
            .flatten()
    };
    PasteGuard { stop, watcher }
}

impl Drop for PasteGuard {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        if let Some(w) = self.watcher.take() {
            let _ = w.join();
        }
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

    fn flag(&self, question: crate::answers::Question) -> String {
        crate::cli::flag(question)
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
