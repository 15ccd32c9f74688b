//! Listings: `operators` (a table or JSON), `check-data`, and the records (`records`,
//! `records show`, `records card`).

use unicode_width::UnicodeWidthStr;

use std::path::Path;

use chrono::NaiveDate;

use crate::catalog::{Action, Catalog, Channel, Fact, Operator, clean};
use crate::i18n::{self, Lang};
use std::collections::BTreeMap;

use crate::answers::Status;
use crate::labels::{message, operator_label};
use crate::record::{Found, Record, Skipped};
use crate::t;

/// Lays out rows in columns padded by display width, so CJK and Cyrillic text line up.
pub fn columns(rows: &[Vec<String>]) -> String {
    let n = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..n)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|c| c.width())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            line.push_str(&" ".repeat(widths[i] - cell.width() + 2));
        }
        // The last cell's padding goes too, with that of empty cells before it.
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn channel_list(op: &Operator, action: Action) -> String {
    let ids: Vec<&str> = op.channels_for(action).iter().map(|c| c.id()).collect();
    if ids.is_empty() {
        "—".to_owned()
    } else {
        ids.join(", ")
    }
}

fn known(fact: &Fact<String>) -> Option<&str> {
    fact.value.as_deref()
}

fn hotline(op: &Operator) -> String {
    let numbers: Vec<&str> = [&op.hotline.short, &op.hotline.federal]
        .into_iter()
        .filter_map(known)
        .collect();
    if numbers.is_empty() {
        t!("list-unknown")
    } else {
        numbers.join(", ")
    }
}

/// The ends the listings give a column, with its heading.
fn listed() -> impl Iterator<Item = (Action, &'static str)> {
    Action::ALL
        .into_iter()
        .filter_map(|a| a.end().column.map(|heading| (a, heading)))
}

pub fn operators_table(catalog: &Catalog) -> String {
    let lang = i18n::lang();
    let mut header = vec![t!("list-id"), t!("list-name"), t!("list-hotline")];
    header.extend(listed().map(|(_, heading)| message(heading)));
    let mut rows = vec![header];
    rows.extend(catalog.operators.iter().map(|op| {
        let mut row = vec![op.id().to_owned(), operator_label(op, lang), hotline(op)];
        row.extend(listed().map(|(a, _)| channel_list(op, a)));
        row
    }));
    columns(&rows)
}

pub fn operators_json(catalog: &Catalog) -> String {
    let ops: Vec<serde_json::Value> = catalog
        .operators
        .iter()
        .map(|op| {
            let names: serde_json::Map<String, serde_json::Value> = Lang::ALL
                .iter()
                .map(|&l| (l.code().to_owned(), op.name.get(l).into()))
                .collect();
            let channels = |a| {
                op.channels_for(a)
                    .iter()
                    .map(|c: &Channel| c.id())
                    .collect::<Vec<_>>()
            };
            let mut fields = serde_json::Map::new();
            fields.insert("id".into(), op.id().into());
            fields.insert("name".into(), names.into());
            fields.insert(
                "hotline".into(),
                serde_json::json!({
                    "short": known(&op.hotline.short),
                    "federal": known(&op.hotline.federal),
                    "abroad": known(&op.hotline.abroad),
                }),
            );
            // Every end done at a channel, by its id; one done nowhere has no channels.
            for a in Action::ALL
                .into_iter()
                .filter(|a| a.end().channel.needs_route())
            {
                fields.insert(a.id().into(), channels(a).into());
            }
            serde_json::Value::Object(fields)
        })
        .collect();
    let doc = serde_json::json!({
        "verified": catalog.verified.to_string(),
        "operators": ops,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}

pub fn check_data(catalog: &Catalog) -> String {
    let mut out = t!(
        "check-ok",
        origin = catalog.origin.to_string(),
        count = catalog.operators.len(),
        date = crate::i18n::date(catalog.verified)
    );
    out.push('\n');
    let rows: Vec<Vec<String>> = catalog
        .operators
        .iter()
        .map(|op| {
            let mut row = vec![format!("  {}", op.id())];
            row.extend(listed().map(|(a, heading)| {
                t!(
                    "label-value",
                    label = message(heading),
                    value = channel_list(op, a)
                )
            }));
            row
        })
        .collect();
    out.push_str(&columns(&rows));
    if !catalog.content_farms.is_empty() {
        out.push_str(&t!("check-farms", count = catalog.content_farms.len()));
        out.push('\n');
    }
    let calendar = crate::builtin::calendar();
    let years: Vec<String> = calendar
        .years
        .iter()
        .map(|y| {
            if y.provisional() {
                t!("check-provisional", year = y.year.to_string())
            } else {
                y.year.to_string()
            }
        })
        .collect();
    out.push_str(&t!("check-calendar", years = years.join(", ")));
    out.push('\n');
    out
}

fn file_name(path: &Path) -> String {
    clean(
        &path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default(),
    )
}

fn status_name(s: Status) -> String {
    match s {
        Status::Completed => t!("rec-status-completed"),
        Status::Started => t!("rec-status-started"),
        Status::Planned => t!("rec-status-planned"),
    }
}

/// For each record completed by a later one (`records done`), the later one's file name.
pub fn completed_by(found: &[Found]) -> BTreeMap<String, String> {
    found
        .iter()
        .filter_map(|f| Some((f.record.supersedes.clone()?, file_name(&f.path))))
        .collect()
}

/// The number and name that tell two SIMs apart, the number masked.
fn who(r: &Record) -> String {
    let number = r.number.as_deref().map(crate::labels::masked);
    let name = r.name.as_deref().map(clean);
    match (number, name) {
        (Some(n), Some(name)) => format!("{n} ({name})"),
        (Some(n), None) => n,
        (None, Some(name)) => name,
        (None, None) => "—".to_owned(),
    }
}

/// A follow-up as the listing names it: its date, its text, its record's file, its number.
type Item = (NaiveDate, String, String, usize);

/// The width `records` keeps to unless asked for `--wide`: a terminal's smallest.
pub const NARROW: usize = 80;

/// A name that must stay whole to be read, shortened in the middle only when no line of
/// `room` columns holds it (`--wide` and `--json` keep it whole).
pub fn fit(name: &str, room: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    if name.width() <= room {
        return name.to_owned();
    }
    let keep = room.saturating_sub(1);
    let take = |chars: &mut dyn Iterator<Item = char>, room: usize| {
        let mut used = 0;
        let mut out = Vec::new();
        for c in chars {
            used += c.width().unwrap_or(0);
            if used > room {
                break;
            }
            out.push(c);
        }
        out
    };
    let head: String = take(&mut name.chars(), keep / 2).into_iter().collect();
    let tail: String = take(&mut name.chars().rev(), keep - keep / 2)
        .into_iter()
        .rev()
        .collect();
    format!("{head}…{tail}")
}

/// `text` wrapped to [`NARROW`] columns at spaces (never inside a word), then added.
fn add_wrapped(out: &mut String, text: &str, first: &str, rest: &str) {
    for line in crate::theme::wrap_lines(text, NARROW, first, rest, false) {
        out.push_str(&line);
        out.push('\n');
    }
}

/// `records`: the records, then the live follow-ups: overdue and due, the next one, and
/// those marked done. A record completed by a later one shows no follow-ups of its own.
/// Within 80 columns, each record on two lines; `wide`, a table of one line each.
pub fn records_table(dir: &Path, found: &[Found], today: NaiveDate, wide: bool) -> String {
    let dir_name = clean(&dir.display().to_string());
    if found.is_empty() {
        return t!("rec-none", dir = dir_name) + "\n";
    }
    let by = completed_by(found);
    let mut out = String::new();
    if wide {
        out.push_str(&(t!("rec-title", dir = dir_name) + "\n"));
        out.push_str(&records_wide(found, &by));
    } else {
        // Names are shortened only past what a line holds, with room for a comma after.
        let title = t!("rec-title", dir = fit(&dir_name, NARROW - 4));
        add_wrapped(&mut out, &title, "", "  ");
        for f in found {
            let (created, mut cells) = record_cells(f, &by, |later| fit(later, NARROW - 6));
            cells.insert(0, created);
            add_wrapped(&mut out, &cells.join(" · "), "  ", "    ");
            let file = fit(&file_name(&f.path), NARROW - 4);
            match who(&f.record) {
                none if none == "—" => out.push_str(&format!("    {file}\n")),
                who => add_wrapped(&mut out, &format!("{file} · {who}"), "    ", "    "),
            }
        }
    }

    let mut due: Vec<Item> = Vec::new();
    let mut done: Vec<Item> = Vec::new();
    let mut next: Option<Item> = None;
    for f in found
        .iter()
        .filter(|f| !by.contains_key(&file_name(&f.path)))
    {
        for (i, fu) in f.record.follow_ups.iter().enumerate() {
            let Some(date) = fu.date() else { continue };
            let item = (date, fu.text(), file_name(&f.path), i + 1);
            if fu.done.is_some() {
                done.push(item);
            } else if date <= today {
                due.push(item);
            } else if next.as_ref().is_none_or(|n| date < n.0) {
                next = Some(item);
            }
        }
    }
    // Where a follow-up is: `file #n`, as `records done FILE --follow-up N` takes it, in
    // `room` columns.
    let at = |file: &str, n: usize, room: usize| {
        let n = format!(" #{n}");
        format!("{}{n}", fit(file, room.saturating_sub(n.len())))
    };
    out.push('\n');
    if due.is_empty() {
        out.push_str(&t!("rec-none-due"));
        out.push('\n');
    } else {
        due.sort();
        out.push_str(&t!("rec-due"));
        out.push('\n');
        let when = |date: NaiveDate| match (today - date).num_days() {
            0 => t!("rec-due-today"),
            days => t!("rec-overdue", days = days),
        };
        if wide {
            let rows: Vec<Vec<String>> = due
                .into_iter()
                .map(|(date, what, file, n)| {
                    let date_text = format!("  {}", crate::i18n::date(date));
                    vec![date_text, when(date), what, at(&file, n, usize::MAX)]
                })
                .collect();
            out.push_str(&columns(&rows));
        } else {
            for (date, what, file, n) in due {
                let line = format!("{} · {} · {what}", crate::i18n::date(date), when(date));
                add_wrapped(&mut out, &line, "  ", "    ");
                out.push_str(&format!("    {}\n", at(&file, n, NARROW - 4)));
            }
        }
    }
    if let Some((date, what, file, n)) = next {
        // Indented by two, within brackets as wide as two CJK ones.
        let room = if wide { usize::MAX } else { NARROW - 6 };
        let line = t!(
            "rec-next",
            date = crate::i18n::date(date),
            what = what,
            file = at(&file, n, room)
        );
        if wide {
            out.push_str(&line);
            out.push('\n');
        } else {
            add_wrapped(&mut out, &line, "", "  ");
        }
    }
    if !done.is_empty() {
        done.sort();
        out.push_str(&t!("rec-done"));
        out.push('\n');
        if wide {
            let rows: Vec<Vec<String>> = done
                .into_iter()
                .map(|(date, what, file, n)| {
                    let date_text = format!("  {}", crate::i18n::date(date));
                    vec![date_text, what, at(&file, n, usize::MAX)]
                })
                .collect();
            out.push_str(&columns(&rows));
        } else {
            for (date, what, file, n) in done {
                let line = format!("{} · {what}", crate::i18n::date(date));
                add_wrapped(&mut out, &line, "  ", "    ");
                out.push_str(&format!("    {}\n", at(&file, n, NARROW - 4)));
            }
        }
    }
    out
}

/// A record's creation time, and its operator, action, channel and stage, the file that
/// completed it named by `later`.
fn record_cells(
    f: &Found,
    by: &BTreeMap<String, String>,
    later: impl Fn(&str) -> String,
) -> (String, Vec<String>) {
    let r = &f.record;
    let created = crate::record::created(r)
        .map(|t| crate::i18n::date_time(t.naive_local()))
        .unwrap_or_else(|| r.created.to_string());
    let status = match by.get(&file_name(&f.path)) {
        Some(file) => t!("rec-status-superseded", file = later(file)),
        None => status_name(r.evidence.status),
    };
    let cells = vec![
        crate::labels::operator_by_id(&r.operator),
        crate::labels::action_noun(r.action),
        crate::labels::channel_or_none(r.channel),
        status,
    ];
    (created, cells)
}

/// The full table, one record a line, however wide.
fn records_wide(found: &[Found], by: &BTreeMap<String, String>) -> String {
    let mut rows = vec![vec![
        t!("rec-created"),
        t!("rec-operator"),
        t!("rec-action"),
        t!("rec-channel"),
        t!("rec-number"),
        t!("rec-status"),
        t!("rec-file"),
    ]];
    rows.extend(found.iter().map(|f| {
        let (created, mut cells) = record_cells(f, by, str::to_owned);
        cells.insert(3, who(&f.record));
        cells.insert(0, created);
        cells.push(file_name(&f.path));
        cells
    }));
    columns(&rows)
}

/// The number to call about a record: the +7 number from abroad, else the short and the
/// federal ones.
pub fn number_to_call(op: &Operator, abroad: bool) -> Option<String> {
    let h = &op.hotline;
    let numbers: Vec<String> = if abroad {
        [&h.abroad, &h.federal]
            .into_iter()
            .filter_map(known)
            .take(1)
            .map(crate::labels::plus_seven)
            .collect()
    } else {
        [&h.short, &h.federal]
            .into_iter()
            .filter_map(known)
            .map(crate::labels::plus_seven)
            .collect()
    };
    (!numbers.is_empty()).then(|| numbers.join(", "))
}

/// `records show`: one record for people, in the reader's language.
pub fn record_human(path: &Path, r: &Record, later: Option<&str>, today: NaiveDate) -> String {
    let mut out = t!("show-title", file = file_name(path)) + "\n";
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row = |label: String, value: String| rows.push(vec![format!("  {label}"), value]);
    let mut stage = status_name(r.evidence.status);
    if let Some(later) = later {
        stage = format!(
            "{stage} — {}",
            t!("rec-status-superseded", file = later.to_owned())
        );
    }
    row(t!("show-stage"), stage);
    row(
        t!("show-what"),
        format!(
            "{} · {} · {}",
            crate::labels::operator_by_id(&r.operator),
            crate::labels::action_noun(r.action),
            crate::labels::channel_or_none(r.channel)
        ),
    );
    if r.number.is_some() || r.name.is_some() {
        let number = r.number.as_deref().map(clean);
        let name = r.name.as_deref().map(clean);
        row(
            t!("show-number"),
            [number, name]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · "),
        );
    }
    let time = |d: &toml::value::Datetime| {
        chrono::DateTime::parse_from_rfc3339(&d.to_string())
            .map(|t| crate::i18n::date_time(t.naive_local()))
            .unwrap_or_else(|_| d.to_string())
    };
    row(t!("show-created"), time(&r.created));
    let e = &r.evidence;
    if let Some(w) = &e.when {
        row(t!("show-when"), time(w));
    }
    if let Some(c) = e.remains {
        row(
            t!("show-remains"),
            t!(
                "follow-finish",
                action = crate::labels::action_arg(r.action),
                channel = crate::labels::channel_arg(c)
            ),
        );
    }
    let or_none = |s: &str| {
        if s.is_empty() {
            t!("show-none")
        } else {
            clean(s)
        }
    };
    row(t!("show-reference"), or_none(&e.reference));
    row(t!("show-contact"), or_none(&e.contact));
    for f in &e.files {
        let value = match f {
            crate::answers::FileRef::Checked { path, bytes } => {
                t!("show-file-size", file = clean(path), bytes = *bytes)
            }
            crate::answers::FileRef::Typed(path) => clean(path),
        };
        row(t!("show-file"), value);
    }
    if !e.note.is_empty() {
        row(t!("show-note"), clean(&e.note));
    }
    if let Some(from) = &r.supersedes {
        row(t!("show-supersedes"), clean(from));
    }
    out.push_str(&columns(&rows));
    let lang = i18n::lang();
    if !r.phrases.is_empty() {
        out.push('\n');
        out.push_str(&t!("show-phrases"));
        out.push('\n');
        for p in &r.phrases {
            out.push_str(&format!("  {}\n", clean(&p.ru)));
            if lang != Lang::Ru {
                out.push_str(&format!("    {}\n", clean(&p.text_in(lang))));
            }
        }
    }
    if !r.follow_ups.is_empty() && later.is_none() {
        out.push('\n');
        out.push_str(&t!("show-follow-ups"));
        out.push('\n');
        let rows: Vec<Vec<String>> = r
            .follow_ups
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let date = f.date();
                let state = if f.done.is_some() {
                    t!("rec-follow-done")
                } else {
                    match date.map(|d| (today - d).num_days()) {
                        Some(0) => t!("rec-due-today"),
                        Some(days) if days > 0 => t!("rec-overdue", days = days),
                        _ => String::new(),
                    }
                };
                vec![
                    format!("  {}.", i + 1),
                    date.map_or_else(|| f.date.to_string(), crate::i18n::date),
                    f.text(),
                    state,
                ]
            })
            .collect();
        out.push_str(&columns(&rows));
    }
    out
}

/// `records card`: the Russian sentences, wrapped short to hold up to a clerk or a
/// camera, each with its translation in the reader's language beneath it, indented, so
/// the reader knows which is which. A blank line between sentences, where pages break.
pub fn card(r: &Record, lang: Lang) -> String {
    const WIDTH: usize = 36;
    let mut out = String::from("\n");
    for p in &r.phrases {
        // The terminal's own wrapping: a one-letter word stays with the next («Я хочу»).
        for line in crate::theme::wrap_lines(&clean(&p.ru), WIDTH + 4, "    ", "    ", false) {
            out.push_str(&format!("{line}\n"));
        }
        if lang != Lang::Ru {
            let text = clean(&p.text_in(lang));
            for line in crate::theme::wrap_lines(&text, NARROW - 4, "      ", "      ", false) {
                out.push_str(&format!("{line}\n"));
            }
        }
        out.push('\n');
    }
    out
}

/// `text` in pages of at most `rows` lines, broken at blank lines (between sentences) where
/// one is near, else where the page is full; the blank lines at a break are dropped.
pub fn pages(text: &str, rows: usize) -> Vec<String> {
    let rows = rows.max(1);
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut start = 0;
    while start < lines.len() {
        if lines.len() - start <= rows {
            out.push(lines[start..].join("\n") + "\n");
            break;
        }
        let end = start + rows;
        // The last blank line on the page, when the page is more than half full by then.
        let cut = (start + rows / 2..=end)
            .rev()
            .find(|&i| i > start && lines[i].is_empty())
            .unwrap_or(end);
        out.push(lines[start..cut].join("\n") + "\n");
        start = cut;
        while start < lines.len() && lines[start].is_empty() {
            start += 1;
        }
    }
    out
}

pub fn records_json(found: &[Found], skipped: &[Skipped], today: NaiveDate) -> String {
    let by = completed_by(found);
    let records: Vec<serde_json::Value> = found
        .iter()
        .map(|f| {
            let r = &f.record;
            let follow: Vec<serde_json::Value> = r
                .follow_ups
                .iter()
                .map(|fu| {
                    serde_json::json!({
                        "date": fu.date.to_string(),
                        "key": fu.key,
                        "args": fu.args,
                        "what": fu.text(),
                        "done": fu.done.as_ref().map(ToString::to_string),
                        "due": fu.done.is_none() && fu.date().is_some_and(|d| d <= today),
                    })
                })
                .collect();
            serde_json::json!({
                "file": f.path.display().to_string(),
                "created": r.created.to_string(),
                "operator": r.operator,
                "action": r.action.id(),
                "channel": r.channel.map(Channel::id),
                "status": r.evidence.status.id(),
                "number": r.number,
                "name": r.name,
                "completed_by": by.get(&file_name(&f.path)),
                "reference": r.evidence.reference,
                "follow_ups": follow,
            })
        })
        .collect();
    let skipped: Vec<serde_json::Value> = skipped
        .iter()
        .map(|s| serde_json::json!({ "file": s.path.display().to_string(), "reason": s.reason }))
        .collect();
    let doc = serde_json::json!({ "records": records, "skipped": skipped });
    json_safe(&serde_json::to_string_pretty(&doc).unwrap_or_default()) + "\n"
}

/// JSON whose strings came from files, safe on a terminal and still the same data:
/// serde_json escapes C0 controls but passes DEL, C1 controls and bidi overrides through
/// raw; they can only be inside strings, so they are escaped as `\uXXXX` there too.
pub fn json_safe(json: &str) -> String {
    let risky =
        |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !json.contains(|c: char| risky(c) && c != '\n') {
        return json.to_owned();
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if risky(c) && c != '\n' {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests;
