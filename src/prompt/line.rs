//! The line editor of text prompts. dialoguer's `Input` cannot be left with Escape, so a
//! text prompt reads its keys here: Enter answers, Escape goes back, Backspace and Delete,
//! ←/→, Home/End (Ctrl-A/Ctrl-E) move, Ctrl-U clears, and any other printable character
//! (Chinese and Russian included) is typed where the cursor is. Editing is pure, keys in
//! and text out, and so is the drawing, as text for the terminal: both are tested without
//! one.

use std::fmt::Write as _;

use console::Key;

use crate::theme::fold;

/// The most characters a line takes: one more than any answer kept, so that one too long
/// is refused with the reason rather than cut short unseen.
const MAX_CHARS: usize = crate::answers::MAX_TEXT + 1;

/// What a key did.
#[derive(Debug, PartialEq, Eq)]
pub enum Edit {
    /// A character typed at the end: only it needs writing.
    Typed(char),
    /// The text or the cursor changed: the line is drawn again.
    Changed,
    /// Nothing (a key without a meaning here, or a move past either end).
    Nothing,
    /// Enter: the line is the answer.
    Done,
    /// Escape: back to the question before.
    Back,
}

/// The text typed so far and the cursor's place in it, in characters.
#[derive(Debug, Default)]
pub struct Editor {
    chars: Vec<char>,
    at: usize,
}

impl Editor {
    pub fn key(&mut self, key: &Key) -> Edit {
        let len = self.chars.len();
        match key {
            Key::Enter => Edit::Done,
            Key::Escape => Edit::Back,
            Key::Backspace if self.at > 0 => {
                self.at -= 1;
                self.chars.remove(self.at);
                Edit::Changed
            }
            Key::Del if self.at < len => {
                self.chars.remove(self.at);
                Edit::Changed
            }
            Key::ArrowLeft if self.at > 0 => self.move_to(self.at - 1),
            Key::ArrowRight if self.at < len => self.move_to(self.at + 1),
            Key::Home => self.move_to(0),
            Key::End => self.move_to(len),
            // Ctrl-U.
            Key::Char('\u{15}') if len > 0 => {
                self.chars.clear();
                self.at = 0;
                Edit::Changed
            }
            Key::Char(c) if !c.is_control() && len < MAX_CHARS => {
                self.chars.insert(self.at, *c);
                self.at += 1;
                if self.at == self.chars.len() {
                    Edit::Typed(*c)
                } else {
                    Edit::Changed
                }
            }
            _ => Edit::Nothing,
        }
    }

    fn move_to(&mut self, at: usize) -> Edit {
        if at == self.at {
            return Edit::Nothing;
        }
        self.at = at;
        Edit::Changed
    }

    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// The cell the cursor is on, as (row, column) from the input line's first row, with
    /// the prompt `start` columns wide before the text: where the character under it is
    /// drawn, or the next would be.
    fn cursor(&self, start: usize, cols: usize) -> (usize, usize) {
        let (row, col) = fold(start, self.chars[..self.at].iter().copied(), cols);
        let next = self.chars.get(self.at).map_or(1, |&c| char_width(c));
        if col + next > cols {
            (row + 1, 0)
        } else {
            (row, col)
        }
    }
}

fn char_width(c: char) -> usize {
    unicode_width::UnicodeWidthChar::width(c).unwrap_or(0)
}

/// The input line on the screen: the prompt before the text, and the row of it the
/// cursor is on, so that the next drawing starts where this one did.
pub struct Drawn {
    prompt: String,
    start: usize,
    /// The cursor's row, from the input line's first.
    pub row: usize,
}

impl Drawn {
    /// The prompt `prompt`, `width` columns wide, about to be written at the start of a row.
    pub fn new(prompt: &str, width: usize) -> Drawn {
        Drawn {
            prompt: prompt.to_owned(),
            start: width,
            row: 0,
        }
    }

    /// What to write for an edit: the typed character alone, or the whole line again (the
    /// first drawing too, from the start of its row); the cursor ends where the editor
    /// has it.
    pub fn update(&mut self, editor: &Editor, edit: &Edit, cols: usize) -> String {
        let mut out = String::new();
        match edit {
            Edit::Typed(c) => out.push(*c),
            _ => {
                self.home(&mut out);
                out.push_str("\x1b[J");
                out.push_str(&self.prompt);
                out.push_str(&editor.text());
            }
        }
        let (mut row, mut col) = fold(self.start, editor.chars.iter().copied(), cols);
        if col >= cols {
            // The last column is filled: the terminal waits to wrap, and a cursor moved
            // from there lands a column off. Going to the next row ends the wait.
            out.push_str("\r\n");
            (row, col) = (row + 1, 0);
        }
        let (to_row, to_col) = editor.cursor(self.start, cols);
        if (to_row, to_col) != (row, col) {
            up(&mut out, row - to_row);
            out.push('\r');
            if to_col > 0 {
                let _ = write!(out, "\x1b[{to_col}C");
            }
        }
        self.row = to_row;
        out
    }

    /// Back to the start of the input line's first row, and `above` rows more.
    pub fn erase(&self, above: usize) -> String {
        let mut out = String::new();
        up(&mut out, self.row + above);
        out.push_str("\r\x1b[J");
        out
    }

    fn home(&self, out: &mut String) {
        up(out, self.row);
        out.push('\r');
    }
}

fn up(out: &mut String, rows: usize) {
    if rows > 0 {
        let _ = write!(out, "\x1b[{rows}A");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(keys: &[Key]) -> Editor {
        let mut e = Editor::default();
        for k in keys {
            e.key(k);
        }
        e
    }

    fn chars(s: &str) -> Vec<Key> {
        s.chars().map(Key::Char).collect()
    }

    #[test]
    fn keys_edit_the_line_where_the_cursor_is() {
        let mut keys = chars("Li Wi");
        keys.extend([Key::ArrowLeft, Key::Char('e'), Key::End, Key::Char('!')]);
        keys.extend([Key::Home, Key::Del, Key::Char('l')]);
        let e = typed(&keys);
        assert_eq!((e.text().as_str(), e.at), ("li Wei!", 1));
        let e = typed(&[chars("abc"), vec![Key::Backspace, Key::Backspace]].concat());
        assert_eq!((e.text().as_str(), e.at), ("a", 1));
    }

    #[test]
    fn chinese_and_cyrillic_are_typed_and_erased_a_character_at_a_time() {
        let mut e = typed(&chars("李伟 Ли"));
        assert_eq!(e.key(&Key::Backspace), Edit::Changed);
        assert_eq!(e.text(), "李伟 Л");
        for _ in 0..3 {
            e.key(&Key::Backspace);
        }
        assert_eq!(e.text(), "李");
        assert_eq!(e.key(&Key::Char('明')), Edit::Typed('明'));
        assert_eq!(e.text(), "李明");
    }

    #[test]
    fn enter_escape_and_ctrl_u() {
        let mut e = typed(&chars("x y"));
        assert_eq!(e.key(&Key::Char('\u{15}')), Edit::Changed);
        assert_eq!((e.text().as_str(), e.at), ("", 0));
        assert_eq!(e.key(&Key::Char('\u{15}')), Edit::Nothing);
        assert_eq!(e.key(&Key::Enter), Edit::Done);
        assert_eq!(e.key(&Key::Escape), Edit::Back);
    }

    #[test]
    fn control_characters_and_moves_past_the_ends_do_nothing() {
        let mut e = typed(&chars("ab"));
        for k in [
            Key::ArrowRight,
            Key::End,
            Key::Del,
            Key::Tab,
            Key::Char('\u{7}'),
            Key::Char('\u{1b}'),
            Key::UnknownEscSeq(vec!['b']),
        ] {
            assert_eq!(e.key(&k), Edit::Nothing, "{k:?}");
        }
        e.key(&Key::Home);
        assert_eq!(e.key(&Key::ArrowLeft), Edit::Nothing);
        assert_eq!(e.key(&Key::Backspace), Edit::Nothing);
        assert_eq!(e.text(), "ab");
    }

    #[test]
    fn a_line_stops_one_past_the_longest_answer() {
        let mut e = Editor::default();
        for _ in 0..MAX_CHARS + 10 {
            e.key(&Key::Char('x'));
        }
        assert_eq!(e.text().chars().count(), MAX_CHARS);
    }

    /// The screen after the drawings, on a small terminal.
    fn screen(cols: u16, writes: &[String]) -> vt100::Parser {
        let mut p = vt100::Parser::new(6.try_into().unwrap(), cols.try_into().unwrap(), 0);
        for w in writes {
            p.process(w.as_bytes());
        }
        p
    }

    /// Types `keys` into a prompt `> ` drawn on a terminal `cols` wide; the screen's
    /// rows and the cursor.
    fn draw(cols: u16, keys: &[Key]) -> (Vec<String>, (u16, u16)) {
        let mut e = Editor::default();
        let mut d = Drawn::new("> ", 2);
        let mut writes = vec![d.update(&e, &Edit::Changed, cols.into())];
        for k in keys {
            let edit = e.key(k);
            if matches!(edit, Edit::Typed(_) | Edit::Changed) {
                writes.push(d.update(&e, &edit, cols.into()));
            }
        }
        let p = screen(cols, &writes);
        let rows = p
            .screen()
            .rows(0, cols)
            .map(|r| r.trim_end().to_owned())
            .collect();
        (rows, p.screen().cursor_position())
    }

    #[test]
    fn the_drawing_folds_as_the_terminal_does_and_the_cursor_follows() {
        let (rows, cursor) = draw(10, &chars("abcdefghijk"));
        assert_eq!(rows[..2], ["> abcdefgh", "ijk"]);
        assert_eq!(cursor, (1, 3));
        // Filled to the last column: the cursor waits on the next row.
        let (rows, cursor) = draw(10, &chars("abcdefgh"));
        assert_eq!(rows[..2], ["> abcdefgh", ""]);
        assert_eq!(cursor, (1, 0));
        // Wide characters: one that does not fit in the last column moves whole.
        let (rows, cursor) = draw(9, &chars("李伟李伟"));
        assert_eq!(rows[..2], ["> 李伟李", "伟"]);
        assert_eq!(cursor, (1, 2));
    }

    #[test]
    fn editing_in_the_middle_redraws_and_erasing_leaves_nothing_behind() {
        let mut keys = chars("李伟李伟x");
        keys.extend([Key::Home, Key::ArrowRight, Key::Backspace]);
        let (rows, cursor) = draw(9, &keys);
        assert_eq!(rows[..2], ["> 伟李伟x", ""]);
        assert_eq!(cursor, (0, 2));
        keys.extend([Key::End, Key::Backspace, Key::Backspace]);
        let (rows, cursor) = draw(9, &keys);
        assert_eq!(rows[..2], ["> 伟李", ""]);
        assert_eq!(cursor, (0, 6));
        // Back into the first row from the second, then a character in the middle.
        let mut keys = chars("abcdefghij");
        keys.extend([Key::Home, Key::Char('Z')]);
        let (rows, cursor) = draw(10, &keys);
        assert_eq!(rows[..2], ["> Zabcdefg", "hij"]);
        assert_eq!(cursor, (0, 3));
    }

    #[test]
    fn erase_goes_back_over_the_rows_drawn() {
        let mut e = Editor::default();
        let mut d = Drawn::new("> ", 2);
        let mut writes = vec!["question\r\n".to_owned(), d.update(&e, &Edit::Changed, 10)];
        for k in chars("abcdefghijklmnop") {
            let edit = e.key(&k);
            writes.push(d.update(&e, &edit, 10));
        }
        writes.push(d.erase(1));
        writes.push("answered".to_owned());
        let p = screen(10, &writes);
        let rows: Vec<String> = p
            .screen()
            .rows(0, 10)
            .map(|r| r.trim_end().into())
            .collect();
        assert_eq!(rows[..3], ["answered", "", ""]);
    }
}
