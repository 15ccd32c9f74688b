//! The printed documents: one model for the `.txt` and the A4 PDF beside it.
//!
//! Many users print from a phone at a copy shop, where a `.txt` comes out in a monospace
//! font at whatever margins the shop's software picks. The PDF is laid out as Russian
//! office papers are: the addressee and applicant in a block on the right, the title
//! centred, blanks as lines to write on. The font (Liberation Serif, SIL Open Font
//! License, metric-compatible with Times New Roman) is embedded as a subset of the glyphs
//! used, so that the file prints the same everywhere and stays small. Nothing here runs
//! unless a document is written.

use std::collections::BTreeMap;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, TextRenderingMode, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

/// One element of a document, as a clerk sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// Addressee and applicant: a block in the right half of the page.
    Header(String),
    /// Centred, larger and bold: ЗАЯВЛЕНИЕ, ДОВЕРЕННОСТЬ.
    Title(String),
    /// Centred under the title: what the application is about.
    Subtitle(String),
    /// A paragraph with its first line indented.
    Para(String),
    /// A line that starts at the margin: a field, an item of a list.
    Line(String),
    /// An empty line.
    Gap,
    /// The date on the left, the signature and the name in full on the right, and under
    /// them whose signature it is.
    Sign {
        date: String,
        name: String,
        caption: String,
    },
}

/// A document: its parts in order. `text` is the `.txt`; `pdf` the printed copies.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    pub parts: Vec<Part>,
}

/// Where the signature is written by hand.
pub const SIGNATURE: &str = "______________";

impl Document {
    /// The plain text, a line a part, for mail to a consulate or for copying: the layout
    /// is the PDF's.
    pub fn text(&self) -> String {
        let mut out = Vec::new();
        for part in &self.parts {
            match part {
                Part::Header(s)
                | Part::Para(s)
                | Part::Line(s)
                | Part::Title(s)
                | Part::Subtitle(s) => out.push(s.clone()),
                Part::Gap => out.push(String::new()),
                Part::Sign {
                    date,
                    name,
                    caption,
                } => {
                    let left = format!("{date}          ");
                    out.push(format!("{left}{SIGNATURE} / {name} /"));
                    out.push(format!("{}{caption}", " ".repeat(left.chars().count())));
                }
            }
        }
        out.join("\n") + "\n"
    }
}

/// The embedded font: Liberation Serif 2.1.5 Regular, SIL Open Font License 1.1
/// (assets/fonts/OFL.txt).
static FONT: &[u8] = include_bytes!("../assets/fonts/LiberationSerif-Regular.ttf");

// A4 in points, and margins as Russian office papers keep them (left 25 mm for the
// binding, right 15 mm, top and bottom 20 mm).
const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MM: f32 = 72.0 / 25.4;
const LEFT: f32 = 25.0 * MM;
const RIGHT: f32 = PAGE_W - 15.0 * MM;
const TOP: f32 = PAGE_H - 20.0 * MM;
const BOTTOM: f32 = 20.0 * MM;
const SIZE: f32 = 12.0;
const LEADING: f32 = 16.0;
const TITLE_SIZE: f32 = 14.0;
const SMALL: f32 = 9.0;
const INDENT: f32 = 12.5 * MM;
/// Where the header block starts, as a share of the text width.
const HEADER_AT: f32 = 0.45;

/// A run of text placed on a page.
struct Run {
    x: f32,
    y: f32,
    size: f32,
    bold: bool,
    grey: bool,
    text: String,
}

struct Font<'a> {
    face: ttf_parser::Face<'a>,
    upem: f32,
}

impl Font<'_> {
    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .map(|c| {
                let glyph = self.face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
                f32::from(self.face.glyph_hor_advance(glyph).unwrap_or(0))
            })
            .sum::<f32>()
            * size
            / self.upem
    }
}

/// Lays out pages, one run at a time.
struct Layout<'a> {
    font: &'a Font<'a>,
    pages: Vec<Vec<Run>>,
    y: f32,
    /// The small note at the foot of every page of the copy being laid out.
    footer: Option<String>,
}

impl Layout<'_> {
    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP - SIZE;
    }

    /// Puts the copy's note at the foot of its pages, after their text, so that the text
    /// reads in order when copied out.
    fn foot(&mut self, from: usize) {
        let Some(note) = self.footer.clone() else {
            return;
        };
        for page in &mut self.pages[from..] {
            page.push(Run {
                x: LEFT,
                y: BOTTOM - 2.0 * SMALL,
                size: SMALL,
                bold: false,
                grey: true,
                text: note.clone(),
            });
        }
    }

    fn room(&mut self, height: f32) {
        if self.y - height < BOTTOM {
            self.new_page();
        }
    }

    fn put(&mut self, x: f32, size: f32, bold: bool, text: String) {
        let y = self.y;
        if let Some(page) = self.pages.last_mut() {
            page.push(Run {
                x,
                y,
                size,
                bold,
                grey: false,
                text,
            });
        }
    }

    /// Wraps `text` between `left` and `right`, the first line indented by `indent`.
    /// A blank (a run of underscores) that ends a line reaches the right edge, so there is
    /// room to write.
    fn paragraph(&mut self, text: &str, left: f32, right: f32, indent: f32) {
        let lines = wrap(self.font, text, right - left, indent, SIZE);
        let count = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            self.room(LEADING);
            let x = if i == 0 { left + indent } else { left };
            let line = if i + 1 == count {
                stretch_blank(self.font, &line, right - x)
            } else {
                line
            };
            self.put(x, SIZE, false, line);
            self.y -= LEADING;
        }
    }

    fn centred(&mut self, text: &str, size: f32, bold: bool) {
        for line in wrap(self.font, text, RIGHT - LEFT, 0.0, size) {
            self.room(LEADING);
            let x = LEFT + (RIGHT - LEFT - self.font.width(&line, size)) / 2.0;
            self.put(x, size, bold, line);
            self.y -= size + 6.0;
        }
    }

    fn part(&mut self, part: &Part) {
        match part {
            Part::Header(s) => {
                let at = LEFT + HEADER_AT * (RIGHT - LEFT);
                self.paragraph(s, at, RIGHT, 0.0);
            }
            Part::Title(s) => {
                self.y -= 6.0;
                self.centred(s, TITLE_SIZE, true);
            }
            Part::Subtitle(s) => self.centred(s, SIZE, false),
            Part::Para(s) => self.paragraph(s, LEFT, RIGHT, INDENT),
            Part::Line(s) => self.paragraph(s, LEFT, RIGHT, 0.0),
            Part::Gap => self.y -= LEADING / 2.0,
            Part::Sign {
                date,
                name,
                caption,
            } => {
                // Room above for a signature in ink, and the row kept on one page.
                self.y -= LEADING;
                self.room(3.0 * LEADING);
                self.put(LEFT, SIZE, false, date.clone());
                let right = format!("{SIGNATURE} / {name} /");
                let width = self.font.width(&right, SIZE).min(RIGHT - LEFT);
                let x = RIGHT - width;
                self.put(x, SIZE, false, right);
                self.y -= SMALL + 3.0;
                let caption_x = (RIGHT - self.font.width(caption, SMALL)).max(LEFT);
                self.put(caption_x, SMALL, false, caption.clone());
                self.y -= LEADING;
            }
        }
    }
}

/// The words of `text`, with those a line must not be broken between joined by their
/// space: the sign № and its number, and a date written by hand («___» ______ 20___ г.),
/// which a reader fills in as one field and a clerk reads as one.
fn units(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut glue = false;
    for word in text.split(' ') {
        let to_previous = glue || word.starts_with("20___") || word.starts_with("г.");
        match out.last_mut() {
            Some(last) if to_previous && !word.is_empty() => {
                last.push(' ');
                last.push_str(word);
            }
            _ => out.push(word.to_owned()),
        }
        glue = word == "№" || word == "«___»";
    }
    out
}

/// Greedy wrapping at spaces; a word longer than the line stays whole.
fn wrap(font: &Font<'_>, text: &str, width: f32, indent: f32, size: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in units(text) {
        let word = word.as_str();
        let room = if lines.is_empty() {
            width - indent
        } else {
            width
        };
        // A blank wider than the line is cut to the line.
        let cut;
        let word = if word.len() > 1 && word.bytes().all(|b| b == b'_') {
            let fits = (width / font.width("_", size)).floor().max(1.0) as usize;
            cut = "_".repeat(fits.min(word.len()));
            cut.as_str()
        } else {
            word
        };
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && font.width(&candidate, size) > room {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line = candidate;
        }
    }
    lines.push(line);
    lines
}

/// A line ending in a blank gets a blank long enough to reach `width`.
fn stretch_blank(font: &Font<'_>, line: &str, width: f32) -> String {
    let trimmed = line.trim_end_matches(['_', ',', '.']);
    let tail = &line[trimmed.len()..];
    let underscores = tail.chars().filter(|&c| c == '_').count();
    if underscores < 5 {
        return line.to_owned();
    }
    let punctuation: String = tail.chars().filter(|&c| c != '_').collect();
    let fixed = font.width(trimmed, SIZE) + font.width(&punctuation, SIZE);
    let one = font.width("_", SIZE);
    let fits = ((width - fixed) / one).floor().max(0.0) as usize;
    format!(
        "{trimmed}{}{punctuation}",
        "_".repeat(fits.max(underscores))
    )
}

/// Why a PDF could not be made; the font is built in, so this means a bug, reported
/// instead of a panic.
#[derive(Debug)]
pub struct PdfError(pub String);

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the PDF could not be made: {}", self.0)
    }
}

/// The documents as one A4 PDF: each copy starts on a new page, with its note (if any)
/// at the foot of its pages.
pub fn pdf(title: &str, copies: &[(&Document, Option<String>)]) -> Result<Vec<u8>, PdfError> {
    let face = ttf_parser::Face::parse(FONT, 0).map_err(|e| PdfError(e.to_string()))?;
    let font = Font {
        upem: f32::from(face.units_per_em()),
        face,
    };
    let mut layout = Layout {
        font: &font,
        pages: Vec::new(),
        y: TOP,
        footer: None,
    };
    for (doc, footer) in copies {
        layout.footer = footer.clone();
        let from = layout.pages.len();
        layout.new_page();
        for part in &doc.parts {
            layout.part(part);
        }
        layout.foot(from);
    }
    write(&font, title, &layout.pages)
}

fn write(font: &Font<'_>, title: &str, pages: &[Vec<Run>]) -> Result<Vec<u8>, PdfError> {
    // The glyphs used, renumbered from 1 in the subset; the first character seen for a
    // glyph is what copying the text gives back.
    let mut remapper = subsetter::GlyphRemapper::new();
    let mut unicode: BTreeMap<u16, char> = BTreeMap::new();
    let mut encode = |text: &str| -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len() * 2);
        for c in text.chars() {
            let glyph = font.face.glyph_index(c).map_or(0, |g| g.0);
            let cid = remapper.remap(glyph);
            unicode.entry(cid).or_insert(c);
            out.extend(cid.to_be_bytes());
        }
        out
    };
    let mut contents = Vec::new();
    for page in pages {
        let mut content = Content::new();
        for run in page {
            content.begin_text();
            content.set_font(Name(b"F1"), run.size);
            if run.grey {
                content.set_fill_gray(0.4);
            } else {
                content.set_fill_gray(0.0);
            }
            // Bold by stroking the outline: one font file serves both weights.
            if run.bold {
                content.set_text_rendering_mode(TextRenderingMode::FillStroke);
                content.set_line_width(0.45);
            } else {
                content.set_text_rendering_mode(TextRenderingMode::Fill);
            }
            content.next_line(run.x, run.y);
            content.show(Str(&encode(&run.text)));
            content.end_text();
        }
        contents.push(deflate(&content.finish()));
    }
    let subset = subsetter::subset(FONT, 0, &remapper).map_err(|e| PdfError(e.to_string()))?;

    let mut pdf = Pdf::new();
    let mut next = 1;
    let mut id = || {
        next += 1;
        Ref::new(next - 1)
    };
    let (catalog, tree, info) = (id(), id(), id());
    let (type0, cid, descriptor, file, cmap) = (id(), id(), id(), id(), id());
    let page_ids: Vec<(Ref, Ref)> = pages.iter().map(|_| (id(), id())).collect();

    pdf.catalog(catalog).pages(tree).lang(TextStr("ru"));
    pdf.pages(tree)
        .kids(page_ids.iter().map(|(p, _)| *p))
        .count(page_ids.len() as i32);
    pdf.document_info(info)
        .title(TextStr(title))
        .producer(TextStr("simcancel"));
    for ((page, content_id), content) in page_ids.iter().zip(&contents) {
        let mut p = pdf.page(*page);
        p.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H));
        p.parent(tree);
        p.contents(*content_id);
        p.resources().fonts().pair(Name(b"F1"), type0);
        p.finish();
        pdf.stream(*content_id, content).filter(Filter::FlateDecode);
    }

    // A subset carries a six-letter tag before its name (PDF 32000, 9.6.4).
    let base = Name(b"SCLSRF+LiberationSerif");
    pdf.type0_font(type0)
        .base_font(base)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid)
        .to_unicode(cmap);
    let system = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };
    let scale = 1000.0 / font.upem;
    let mut cid_font = pdf.cid_font(cid);
    cid_font
        .subtype(CidFontType::Type2)
        .base_font(base)
        .system_info(system)
        .font_descriptor(descriptor)
        .cid_to_gid_map_predefined(Name(b"Identity"));
    let widths: Vec<f32> = remapper
        .remapped_gids()
        .map(|old| {
            f32::from(
                font.face
                    .glyph_hor_advance(ttf_parser::GlyphId(old))
                    .unwrap_or(0),
            ) * scale
        })
        .collect();
    cid_font.widths().consecutive(0, widths);
    cid_font.finish();

    let b = font.face.global_bounding_box();
    pdf.font_descriptor(descriptor)
        .name(base)
        .flags(FontFlags::SERIF | FontFlags::NON_SYMBOLIC)
        .bbox(Rect::new(
            f32::from(b.x_min) * scale,
            f32::from(b.y_min) * scale,
            f32::from(b.x_max) * scale,
            f32::from(b.y_max) * scale,
        ))
        .italic_angle(0.0)
        .ascent(f32::from(font.face.ascender()) * scale)
        .descent(f32::from(font.face.descender()) * scale)
        .cap_height(f32::from(font.face.capital_height().unwrap_or(1409)) * scale)
        .stem_v(80.0)
        .font_file2(file);
    let compressed = deflate(&subset);
    pdf.stream(file, &compressed)
        .filter(Filter::FlateDecode)
        .pair(Name(b"Length1"), subset.len() as i32);

    let mut map = UnicodeCmap::new(Name(b"Custom"), system);
    for (cid, c) in &unicode {
        map.pair(*cid, *c);
    }
    pdf.cmap(cmap, &map.finish()).finish();
    Ok(pdf.finish())
}

fn deflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, 6)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn face() -> Font<'static> {
        let face = ttf_parser::Face::parse(FONT, 0).unwrap();
        Font {
            upem: f32::from(face.units_per_em()),
            face,
        }
    }

    #[test]
    fn the_font_has_every_letter_a_russian_document_uses() {
        let font = face();
        for c in ('А'..='я').chain("ЁёÀÿŁłễ«»—№ ".chars()) {
            assert!(font.face.glyph_index(c).is_some(), "{c}");
        }
    }

    #[test]
    fn a_paragraph_wraps_at_spaces_and_a_final_blank_reaches_the_margin() {
        let font = face();
        let text = "слово ".repeat(60);
        let lines = wrap(&font, text.trim(), 200.0, 20.0, SIZE);
        assert!(lines.len() > 5);
        assert!(lines.iter().all(|l| font.width(l, SIZE) <= 200.0));
        assert_eq!(lines.join(" "), text.trim());
        let line = stretch_blank(&font, "БИК: _________", 300.0);
        assert!(line.starts_with("БИК: ___________"), "{line}");
        assert!(font.width(&line, SIZE) <= 300.0);
        // Punctuation after a blank stays after it; a short blank is left alone.
        assert!(stretch_blank(&font, "адрес: ______,", 300.0).ends_with("__,"));
        assert_eq!(stretch_blank(&font, "№ __ от", 300.0), "№ __ от");
    }

    #[test]
    fn a_number_sign_and_a_date_written_by_hand_are_never_broken() {
        let font = face();
        let text = "действующий(-ая) на основании нотариальной доверенности № __________ от «___» ____________ 20___ г.";
        for width in (120..=460).step_by(10) {
            let lines = wrap(&font, text, width as f32, 0.0, SIZE);
            assert_eq!(lines.join(" "), text, "{width}");
            for line in &lines {
                assert!(
                    !line.ends_with('№') && !line.ends_with("«___»"),
                    "{width}: {lines:?}"
                );
                assert!(
                    !line.starts_with("20___")
                        && !line.starts_with("г.")
                        && !line.starts_with("____________ 20"),
                    "{width}: {lines:?}"
                );
            }
        }
        assert_eq!(
            units("связи № __________ (при наличии) от «___» ____________ 20___ г., а"),
            [
                "связи",
                "№ __________",
                "(при",
                "наличии)",
                "от",
                "«___» ____________ 20___ г.,",
                "а"
            ]
        );
    }

    #[test]
    fn the_text_signs_under_the_signature() {
        let doc = Document {
            parts: vec![
                Part::Title("ЗАЯВЛЕНИЕ".into()),
                Part::Sign {
                    date: "«___»".into(),
                    name: "ЛИ ВЭЙ".into(),
                    caption: "(подпись)".into(),
                },
            ],
        };
        let text = doc.text();
        assert!(text.starts_with("ЗАЯВЛЕНИЕ\n"), "{text}");
        assert!(
            text.contains("«___»          ______________ / ЛИ ВЭЙ /\n"),
            "{text}"
        );
        assert!(
            text.ends_with(&format!("{}(подпись)\n", " ".repeat(15))),
            "{text}"
        );
    }

    #[test]
    fn a_pdf_is_small_and_starts_each_copy_on_a_page() {
        let doc = Document {
            parts: vec![Part::Para("Прошу расторгнуть договор.".into())],
        };
        let bytes = pdf("Заявление", &[(&doc, None), (&doc, Some("2".into()))]).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        assert!(bytes.len() < 60_000, "{} bytes", bytes.len());
        let text = String::from_utf8_lossy(&bytes);
        let pages = text.matches("/Type /Page").count() - text.matches("/Type /Pages").count();
        assert_eq!(pages, 2, "a page a copy");
    }
}
