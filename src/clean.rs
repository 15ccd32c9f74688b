//! Making text from a file safe to print: a data file, a record or a file name is not
//! trusted to drive the user's terminal. One cleaner, used for everything printed that
//! came from outside the program.

/// [`clean`], line by line: for whole files such as a record shown with `records show`.
pub fn clean_block(s: &str) -> String {
    s.split('\n').map(clean).collect::<Vec<_>>().join("\n")
}

/// Removes what could drive a terminal or disguise text: escape sequences (CSI, OSC, DCS,
/// SOS, PM, APC, and the short ESC forms, in their 7-bit and 8-bit spellings) go whole;
/// any other C0 or C1 control, DEL, and the bidi overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069, which reorder what is shown) become U+FFFD; a tab becomes a space.
/// A data file, a record or a file name is not trusted to paint the user's screen.
pub fn clean(s: &str) -> String {
    if !s.chars().any(is_unsafe) {
        return s.to_owned(); // the common case, and a quick one
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        // The sequence a control introduces, in the ECMA-48 terms terminals follow.
        let introducer = match c {
            '\u{1b}' => match chars.peek().copied() {
                Some('[') => Some('['),
                Some(k @ (']' | 'P' | 'X' | '^' | '_')) => Some(k),
                Some('\u{20}'..='\u{2f}') => Some(' '),
                Some('\u{30}'..='\u{7e}') => Some('~'),
                _ => None,
            },
            '\u{9b}' => Some('['),
            '\u{9d}' => Some(']'),
            '\u{90}' => Some('P'),
            '\u{98}' => Some('X'),
            '\u{9e}' => Some('^'),
            '\u{9f}' => Some('_'),
            _ => None,
        };
        if c == '\u{1b}' && introducer.is_some() {
            chars.next();
        }
        match (c, introducer) {
            (_, Some('[')) => {
                // Parameters and intermediates, then one final byte.
                while chars
                    .next_if(|c| ('\u{20}'..='\u{3f}').contains(c))
                    .is_some()
                {}
                chars.next_if(|c| ('\u{40}'..='\u{7e}').contains(c));
            }
            (_, Some(' ')) => {
                // ESC, intermediates, a final byte: a character set, and the like.
                while chars
                    .next_if(|c| ('\u{20}'..='\u{2f}').contains(c))
                    .is_some()
                {}
                chars.next_if(|c| ('\u{30}'..='\u{7e}').contains(c));
            }
            (_, Some('~')) => {} // ESC and one byte, already taken
            (_, Some(kind)) => {
                // A control string runs to ST (ESC \ or U+009C), or BEL for OSC; an
                // unterminated one to the end, as a terminal would swallow it.
                while let Some(c) = chars.next() {
                    if c == '\u{9c}' || (c == '\u{7}' && kind == ']') {
                        break;
                    }
                    if c == '\u{1b}' && chars.next_if_eq(&'\\').is_some() {
                        break;
                    }
                }
            }
            ('\t', None) => out.push(' '),
            (c, None) if is_unsafe(c) => out.push('\u{fffd}'),
            (c, None) => out.push(c),
        }
    }
    out
}

/// A character [`clean`] does not print as it is: a control, or a bidi control. An answer
/// that must stay exact (a file's name) or on one line of a document is refused with it.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// The bidi embeddings, overrides and isolates: they make a terminal show text in another
/// order than it is (CVE-2021-42574).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}
