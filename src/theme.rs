//! How prompts are drawn on a terminal so that dialoguer can redraw them.
//!
//! dialoguer clears what it drew by counting the `\n` it wrote, plus, for list items, the
//! rows it guesses from each item's length in *bytes* (console-rs/dialoguer#295): a
//! Chinese item of 30 characters is 90 bytes, counted as two rows too many, and every
//! keypress erased lines above the list. Here every line is wrapped by display width
//! before dialoguer sees it, so the `\n` it counts are exactly the rows on the screen, and
//! dialoguer is only ever given short keys ("0", "1", …) as items, which the theme turns
//! back into their labels; the byte guess then never adds a row.
//!
//! Confirm prompts are not cleared by dialoguer before it writes the answer, so the theme
//! moves back to the prompt's first row itself (it knows how many rows it drew) and clears
//! from there. Text prompts are drawn by the prompt's own line editor (dialoguer's cannot
//! be left with Escape), laid out here as the lists are.

use std::cell::Cell;
use std::fmt;

use console::Style;
use dialoguer::theme::Theme;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Wraps `text` to `width` display columns: the first line starts with `first`, the
/// others with `rest`. Breaks fall at spaces and between CJK characters, never inside a
/// word, a number written with spaces (+7 951 520-06-11, 8 800 250-08-90), a date, a code
/// (*111#) or a URL. A piece wider than a whole line stays whole on a line of its own
/// (the terminal folds it; cutting a URL would make it unusable).
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    wrap_lines(text, width, first, rest, false).join("\n")
}

/// Like [`wrap`], as lines; with `hard`, a piece wider than a line is cut so that no line
/// is wider than `width` (prompts must know exactly how many rows they take).
pub fn wrap_lines(text: &str, width: usize, first: &str, rest: &str, hard: bool) -> Vec<String> {
    let mut lines = Vec::new();
    let mut indent = first;
    for paragraph in text.split('\n') {
        let mut line = String::from(indent);
        let mut used = indent.width();
        let mut empty = true;
        let start_w = rest.width();
        for atom in atoms(paragraph) {
            let w = atom.text.width();
            let gap = usize::from(atom.gap && !empty);
            if !empty && used + gap + w > width {
                lines.push(std::mem::take(&mut line));
                line.push_str(rest);
                used = start_w;
                empty = true;
            }
            if !empty && atom.gap {
                line.push(' ');
                used += 1;
            }
            if hard && used + w > width {
                // Cut by display width: only a piece that fits no line at all gets here.
                for c in atom.text.chars() {
                    let cw = c.width().unwrap_or(0);
                    if used + cw > width && !empty {
                        lines.push(std::mem::take(&mut line));
                        line.push_str(rest);
                        used = start_w;
                    }
                    line.push(c);
                    used += cw;
                    empty = false;
                }
                continue;
            }
            line.push_str(&atom.text);
            used += w;
            empty = false;
        }
        lines.push(line.trim_end().to_owned());
        indent = rest;
    }
    lines
}

struct Atom {
    text: String,
    /// A space came before it: breaking there drops the space.
    gap: bool,
}

/// Wide characters (CJK) and full-width punctuation: a line may break next to them.
fn wide(c: char) -> bool {
    c.width() == Some(2)
}

/// Punctuation that must not start a line.
fn closing(c: char) -> bool {
    "，。、；：！？）」』】》〉…—,.;:!?)]}%".contains(c)
}

/// Punctuation that must not end a line.
fn opening(c: char) -> bool {
    "（「『【《〈([{".contains(c)
}

/// A piece made only of digits and the signs of numbers, dates, times and codes.
fn numeric(s: &str) -> bool {
    let core = s.trim_end_matches(|c: char| ",.;:!?)，。；：！？）".contains(c));
    let core = core.trim_start_matches('(');
    core.chars().any(|c| c.is_ascii_digit())
        && core
            .chars()
            .all(|c| c.is_ascii_digit() || "+-()#*.:/–".contains(c))
}

fn atoms(text: &str) -> Vec<Atom> {
    let mut out: Vec<Atom> = Vec::new();
    let mut gap = false;
    let mut cur = String::new();
    let mut prev: Option<char> = None;
    for c in text.chars() {
        if c == ' ' || c == '\t' {
            if !cur.is_empty() {
                out.push(Atom {
                    text: std::mem::take(&mut cur),
                    gap,
                });
            }
            gap = true;
            prev = None;
            continue;
        }
        let breakable = prev.is_some_and(|p| {
            (wide(p) || wide(c)) && !closing(c) && !opening(p) && !(c == '—' && p == '—')
        });
        if breakable && !cur.is_empty() {
            out.push(Atom {
                text: std::mem::take(&mut cur),
                gap,
            });
            gap = false;
        }
        cur.push(c);
        prev = Some(c);
    }
    if !cur.is_empty() {
        out.push(Atom { text: cur, gap });
    }
    // A number written in groups ("+7 951 520-06-11") is one piece; so are a number and
    // its unit ("15 ₽"), «№ 12», and a one-letter Russian word with the next ("в день").
    let mut merged: Vec<Atom> = Vec::with_capacity(out.len());
    for atom in out {
        match merged.last_mut() {
            Some(last)
                if atom.gap
                    && binds(last.text.rsplit(' ').next().unwrap_or_default(), &atom.text) =>
            {
                last.text.push(' ');
                last.text.push_str(&atom.text);
            }
            _ => merged.push(atom),
        }
    }
    merged
}

/// Whether `next` must stay on the line of `last` (see `atoms`).
fn binds(last: &str, next: &str) -> bool {
    let number = numeric(last);
    let unit = ["₽", "RUB", "г.", "руб.", "дн."]
        .iter()
        .any(|u| next.trim_end_matches([',', '.', ';', ')']) == *u || next.starts_with(u));
    let one_letter = {
        let mut chars = last.chars();
        chars
            .next()
            .is_some_and(|c| matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё'))
            && chars.next().is_none()
    };
    (number && (numeric(next) || unit)) || last == "№" || one_letter
}

/// Where the cursor is after `text` is written from column `start` of a terminal `cols`
/// wide, as the terminal folds it: the row (0 for the first) and the column. A wide
/// character that does not fit moves whole to the next row; a row filled to its last
/// column leaves the cursor there (column `cols`), waiting to wrap.
pub fn fold(start: usize, text: impl IntoIterator<Item = char>, cols: usize) -> (usize, usize) {
    let cols = cols.max(2);
    let (mut row, mut col) = (0, start);
    for c in text {
        let w = c.width().unwrap_or(0);
        if col + w > cols {
            row += 1;
            col = 0;
        }
        col += w;
    }
    (row, col)
}

/// The words of a yes/no question, in the user's language.
#[derive(Clone, Debug)]
pub struct Words {
    pub yes: String,
    pub no: String,
    /// The keys to press, with the default in capitals: "[Y/n]", "[y/N]".
    pub keys_yes: String,
    pub keys_no: String,
    /// Between the items of a list answer: `、` after Chinese, `, ` elsewhere.
    pub comma: &'static str,
}

impl Words {
    pub fn current() -> Words {
        Words {
            yes: crate::t!("confirm-yes"),
            no: crate::t!("confirm-no"),
            keys_yes: crate::t!("confirm-keys-yes"),
            keys_no: crate::t!("confirm-keys-no"),
            comma: crate::i18n::list_separator(crate::i18n::lang()),
        }
    }
}

/// The theme for one prompt, drawn for a terminal `cols` columns wide.
pub struct Screen {
    /// The widest line drawn: one column is kept free, so that no line ends in the
    /// terminal's pending-wrap state.
    width: usize,
    color: bool,
    words: Words,
    /// The labels behind the keys dialoguer is given.
    items: Vec<String>,
    /// For a text prompt: the question, and the answer taken when nothing is typed.
    question: String,
    default: String,
    /// Rows of the last prompt drawn, to go back over when the answer is written.
    drawn: Cell<usize>,
}

impl Screen {
    pub fn new(cols: usize, color: bool, words: Words) -> Screen {
        let cols = cols.max(10);
        Screen {
            width: cols - 1,
            color,
            words,
            items: Vec::new(),
            question: String::new(),
            default: String::new(),
            drawn: Cell::new(0),
        }
    }

    /// The items of a list, and the keys to give dialoguer in their place.
    pub fn with_items(mut self, labels: &[&str]) -> (Screen, Vec<String>) {
        self.items = labels.iter().map(|s| (*s).to_owned()).collect();
        let keys = (0..labels.len()).map(|i| i.to_string()).collect();
        (self, keys)
    }

    fn label<'a>(&'a self, key: &'a str) -> &'a str {
        key.parse::<usize>()
            .ok()
            .and_then(|i| self.items.get(i))
            .map_or(key, String::as_str)
    }

    fn paint(&self, style: Style, text: &str) -> String {
        if self.color {
            style.force_styling(true).apply_to(text).to_string()
        } else {
            text.to_owned()
        }
    }

    fn lines(&self, text: &str, first: &str, rest: &str) -> Vec<String> {
        wrap_lines(text, self.width, first, rest, true)
    }

    /// Rows a list item takes.
    pub fn item_rows(&self, label: &str, multi: bool) -> usize {
        let prefix = if multi { "> [x] " } else { "> " };
        self.lines(label, prefix, &" ".repeat(prefix.len())).len()
    }

    /// Rows a list's question takes.
    pub fn prompt_rows(&self, prompt: &str) -> usize {
        self.lines(&asked(prompt), "", "").len()
    }

    /// Lays out a text prompt: the lines to print above the input line (none when the
    /// question is short) and the input line itself, which dialoguer draws.
    pub fn text_prompt(mut self, question: &str, default: &str) -> (Screen, Vec<String>, String) {
        let shown = if default.is_empty() {
            question.to_owned()
        } else {
            format!("{question} [{default}]")
        };
        let one = format!("{} ", asked(&shown));
        let (above, last) = if one.width() + 20 <= self.width {
            (Vec::new(), one)
        } else {
            let lines = self
                .lines(&shown, "", "")
                .into_iter()
                .map(|l| self.paint(Style::new().bold(), &l))
                .collect();
            (lines, "› ".to_owned())
        };
        self.question = question.to_owned();
        self.default = default.to_owned();
        (self, above, last)
    }

    /// A text prompt once answered: the question and what was typed (the default when
    /// nothing was), wrapped, without the final newline.
    pub fn text_answered(&self, typed: &str) -> String {
        let shown = if typed.is_empty() {
            &self.default
        } else {
            typed
        };
        let mut out = String::new();
        let _ = self.answer(&mut out, &self.question, shown);
        out
    }

    /// Writes `text` as wrapped lines joined by `\n`, each painted with `style`.
    fn put(&self, f: &mut dyn fmt::Write, lines: &[String], style: Style) -> fmt::Result {
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                f.write_char('\n')?;
            }
            f.write_str(&self.paint(style.clone(), line))?;
        }
        Ok(())
    }

    /// Goes back to the first of `rows` rows above the cursor's and clears from there.
    fn back(f: &mut dyn fmt::Write, rows: usize) -> fmt::Result {
        if rows > 0 {
            write!(f, "\x1b[{rows}A")?;
        }
        f.write_str("\r\x1b[J")
    }

    fn answer(&self, f: &mut dyn fmt::Write, prompt: &str, answer: &str) -> fmt::Result {
        let lines = self.lines(&format!("{} {answer}", asked(prompt)), "", "  ");
        self.put(f, &lines, Style::new())
    }
}

/// A question as shown before its answer: with a colon, unless it already ends in a
/// question mark or a colon (`?:` reads as a typo in every language). After Chinese text
/// (or its full-width brackets) the colon is the full-width `：`.
fn asked(prompt: &str) -> String {
    match prompt.trim_end().chars().last() {
        Some('?' | '？' | ':' | '：' | '!' | '！' | '.' | '。') | None => prompt.to_owned(),
        Some(c) if crate::i18n::is_wide(c) => format!("{prompt}："),
        Some(_) => format!("{prompt}:"),
    }
}

impl Theme for Screen {
    fn format_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        let lines = self.lines(&asked(prompt), "", "");
        self.put(f, &lines, Style::new().bold())
    }

    fn format_error(&self, f: &mut dyn fmt::Write, err: &str) -> fmt::Result {
        let lines = self.lines(err, "", "  ");
        self.put(f, &lines, Style::new().red())
    }

    fn format_confirm_prompt(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        default: Option<bool>,
    ) -> fmt::Result {
        let keys = match default {
            Some(false) => &self.words.keys_no,
            _ => &self.words.keys_yes,
        };
        let lines = self.lines(&format!("{prompt} {keys}"), "", "");
        self.drawn.set(lines.len());
        self.put(f, &lines, Style::new().bold())?;
        f.write_char(' ')
    }

    fn format_confirm_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        selection: Option<bool>,
    ) -> fmt::Result {
        Screen::back(f, self.drawn.get().saturating_sub(1))?;
        let word = match selection {
            Some(true) => &self.words.yes,
            Some(false) => &self.words.no,
            None => "",
        };
        let lines = self.lines(&format!("{prompt} {word}"), "", "");
        self.put(f, &lines, Style::new())
    }

    fn format_select_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        sel: &str,
    ) -> fmt::Result {
        self.answer(f, prompt, self.label(sel))
    }

    fn format_multi_select_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        selections: &[&str],
    ) -> fmt::Result {
        let labels: Vec<&str> = selections.iter().map(|k| self.label(k)).collect();
        self.answer(f, prompt, &labels.join(self.words.comma))
    }

    fn format_select_prompt_item(
        &self,
        f: &mut dyn fmt::Write,
        text: &str,
        active: bool,
    ) -> fmt::Result {
        let first = if active { "> " } else { "  " };
        let lines = self.lines(self.label(text), first, "  ");
        let style = if active {
            Style::new().cyan()
        } else {
            Style::new()
        };
        self.put(f, &lines, style)
    }

    fn format_multi_select_prompt_item(
        &self,
        f: &mut dyn fmt::Write,
        text: &str,
        checked: bool,
        active: bool,
    ) -> fmt::Result {
        let first = match (checked, active) {
            (true, true) => "> [x] ",
            (true, false) => "  [x] ",
            (false, true) => "> [ ] ",
            (false, false) => "  [ ] ",
        };
        let lines = self.lines(self.label(text), first, "      ");
        let style = if active {
            Style::new().cyan()
        } else {
            Style::new()
        };
        self.put(f, &lines, style)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, width: usize) -> Vec<String> {
        wrap_lines(text, width, "", "", false)
    }

    #[test]
    fn a_question_in_full_width_punctuation_takes_no_colon() {
        assert_eq!(asked("你现在在哪里？"), "你现在在哪里？");
        assert_eq!(asked("备注（可留空）："), "备注（可留空）：");
        assert_eq!(asked("Where are you now?"), "Where are you now?");
        assert_eq!(asked("Где вы сейчас?"), "Где вы сейчас?");
        assert_eq!(asked("Notes (may be empty)"), "Notes (may be empty):");
        assert_eq!(asked("备注（可留空）"), "备注（可留空）：");
        assert_eq!(
            asked("Заметки (можно оставить пустым)"),
            "Заметки (можно оставить пустым):"
        );
    }

    #[test]
    fn ticked_items_are_listed_with_the_languages_comma() {
        let answered = |comma| {
            let words = Words {
                yes: String::new(),
                no: String::new(),
                keys_yes: String::new(),
                keys_no: String::new(),
                comma,
            };
            let (screen, keys) =
                Screen::new(80, false, words).with_items(&["备份联系人", "保存短信"]);
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            let mut out = String::new();
            screen
                .format_multi_select_prompt_selection(&mut out, "勾选", &keys)
                .unwrap();
            out
        };
        assert_eq!(answered("、"), "勾选： 备份联系人、保存短信");
        assert_eq!(crate::i18n::list_separator(crate::i18n::Lang::Zh), "、");
        assert_eq!(crate::i18n::list_separator(crate::i18n::Lang::Ru), ", ");
    }

    #[test]
    fn phone_numbers_dates_codes_and_urls_stay_whole() {
        let text = "Call +7 951 520-06-11 or 8 800 250-08-90 before 2026-11-25 or 25.11.2026, \
                    dial *111# and see https://moskva.mts.ru/personal/podderzhka today.";
        for width in 20..=60 {
            let joined = lines(text, width).join("\n");
            for whole in [
                "+7 951 520-06-11",
                "8 800 250-08-90",
                "2026-11-25",
                "25.11.2026,",
                "*111#",
                "https://moskva.mts.ru/personal/podderzhka",
            ] {
                assert!(
                    joined.contains(whole),
                    "{whole:?} broken at {width}:\n{joined}"
                );
            }
        }
    }

    #[test]
    fn lines_fit_by_display_width_and_keep_their_indent() {
        let text = "解约后的号码会归还运营商，之后分配给别人。拿到这个号码的人会收到发给你的短信验证码，除非你事先解除绑定。";
        let got = wrap_lines(text, 40, "  • ", "    ", false);
        assert!(got.len() > 1);
        for (i, line) in got.iter().enumerate() {
            assert!(line.width() <= 40, "{line:?} is {} wide", line.width());
            let indent = if i == 0 { "  • " } else { "    " };
            assert!(line.starts_with(indent), "{line:?}");
            assert!(!line[indent.len()..].starts_with(['，', '。']), "{line:?}");
        }
        assert_eq!(got.concat().replace([' ', '•'], ""), text);
    }

    #[test]
    fn words_do_not_break() {
        let got = lines("simcancel — cancel or suspend a Russian mobile SIM", 20);
        assert_eq!(
            got,
            ["simcancel — cancel", "or suspend a Russian", "mobile SIM"]
        );
    }

    #[test]
    fn a_piece_wider_than_the_line_is_cut_only_when_asked() {
        let url = "https://example.org/a/very/long/path/that/does/not/fit";
        assert_eq!(lines(url, 20), [url]);
        let hard = wrap_lines(url, 20, "", "", true);
        assert!(hard.iter().all(|l| l.width() <= 20), "{hard:?}");
        assert_eq!(hard.concat(), url);
    }

    #[test]
    fn the_cursor_follows_the_terminal_fold() {
        let at = |start, text: &str, cols| fold(start, text.chars(), cols);
        assert_eq!(at(2, "", 10), (0, 2));
        assert_eq!(at(2, "12345678", 10), (0, 10));
        assert_eq!(at(2, "123456789", 10), (1, 1));
        // A wide character that does not fit in the last column moves to the next row.
        assert_eq!(at(1, "一二三四五", 10), (1, 2));
        assert_eq!(at(0, "一二三四五", 10), (0, 10));
    }
}
