//! Listings of the operator table: `operators` (a table or JSON) and `check-data`.

use unicode_width::UnicodeWidthStr;

use std::path::Path;

use chrono::NaiveDate;

use crate::catalog::{Action, Catalog, Channel, Fact, Operator, clean};
use crate::i18n::{self, Lang};
use crate::record::{Found, Skipped, Status};
use crate::t;
use crate::wizard::operator_label;

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
            if i + 1 < row.len() {
                line.push_str(&" ".repeat(widths[i] - cell.width() + 2));
            }
        }
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

pub fn operators_table(catalog: &Catalog) -> String {
    let lang = i18n::lang();
    let mut rows = vec![vec![
        t!("list-id"),
        t!("list-name"),
        t!("list-hotline"),
        t!("list-cancel"),
        t!("list-suspend"),
    ]];
    rows.extend(catalog.operators.iter().map(|op| {
        vec![
            op.id().to_owned(),
            operator_label(op, lang),
            hotline(op),
            channel_list(op, Action::Cancel),
            channel_list(op, Action::Suspend),
        ]
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
            serde_json::json!({
                "id": op.id(),
                "name": names,
                "hotline": {
                    "short": known(&op.hotline.short),
                    "federal": known(&op.hotline.federal),
                    "abroad": known(&op.hotline.abroad),
                },
                "cancel": channels(Action::Cancel),
                "suspend": channels(Action::Suspend),
                "transfer": channels(Action::Transfer),
                "keep": channels(Action::Keep),
            })
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
            vec![
                format!("  {}", op.id()),
                t!(
                    "label-value",
                    label = t!("list-cancel"),
                    value = channel_list(op, Action::Cancel)
                ),
                t!(
                    "label-value",
                    label = t!("list-suspend"),
                    value = channel_list(op, Action::Suspend)
                ),
            ]
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
        Status::Planned => t!("rec-status-planned"),
    }
}

/// `records`: a table of records, then the follow-ups due today or earlier; when none are
/// due, the next one.
pub fn records_table(dir: &Path, found: &[Found], today: NaiveDate) -> String {
    let dir_name = clean(&dir.display().to_string());
    if found.is_empty() {
        return t!("rec-none", dir = dir_name) + "\n";
    }
    let mut out = t!("rec-title", dir = dir_name) + "\n";
    let mut rows = vec![vec![
        t!("rec-created"),
        t!("rec-operator"),
        t!("rec-action"),
        t!("rec-channel"),
        t!("rec-status"),
        t!("rec-file"),
    ]];
    rows.extend(found.iter().map(|f| {
        let r = &f.record;
        let created = crate::record::created(r)
            .map(|t| crate::i18n::date_time(t.naive_local()))
            .unwrap_or_else(|| r.created.to_string());
        vec![
            created,
            clean(&r.operator),
            r.action.id().to_owned(),
            r.channel.id().to_owned(),
            status_name(r.evidence.status),
            file_name(&f.path),
        ]
    }));
    out.push_str(&columns(&rows));

    let mut due: Vec<(NaiveDate, String, String)> = Vec::new();
    let mut next: Option<(NaiveDate, String, String)> = None;
    for f in found {
        for fu in &f.record.follow_ups {
            let Some(date) = fu.date() else { continue };
            let item = (date, clean(&fu.what), file_name(&f.path));
            if date <= today {
                due.push(item);
            } else if next.as_ref().is_none_or(|n| date < n.0) {
                next = Some(item);
            }
        }
    }
    out.push('\n');
    if due.is_empty() {
        out.push_str(&t!("rec-none-due"));
        out.push('\n');
        if let Some((date, what, file)) = next {
            out.push_str(&t!(
                "rec-next",
                date = crate::i18n::date(date),
                what = what,
                file = file
            ));
            out.push('\n');
        }
        return out;
    }
    due.sort();
    out.push_str(&t!("rec-due"));
    out.push('\n');
    let rows: Vec<Vec<String>> = due
        .into_iter()
        .map(|(date, what, file)| {
            let days = (today - date).num_days();
            let when = if days == 0 {
                t!("rec-due-today")
            } else {
                t!("rec-overdue", days = days)
            };
            vec![format!("  {}", crate::i18n::date(date)), when, what, file]
        })
        .collect();
    out.push_str(&columns(&rows));
    out
}

pub fn records_json(found: &[Found], skipped: &[Skipped], today: NaiveDate) -> String {
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
                        "what": fu.what,
                        "due": fu.date().is_some_and(|d| d <= today),
                    })
                })
                .collect();
            serde_json::json!({
                "file": f.path.display().to_string(),
                "created": r.created.to_string(),
                "operator": r.operator,
                "action": r.action.id(),
                "channel": r.channel.id(),
                "status": match r.evidence.status { Status::Completed => "completed", Status::Planned => "planned" },
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
mod tests {
    use super::*;

    #[test]
    fn columns_align_by_display_width() {
        let rows = vec![
            vec!["a".to_owned(), "МТС".to_owned(), "x".to_owned()],
            vec!["bb".to_owned(), "移动".to_owned(), "y".to_owned()],
        ];
        let out = columns(&rows);
        let lines: Vec<&str> = out.lines().collect();
        // "x" and "y" start at the same display column.
        let col = |l: &str, c: char| l[..l.find(c).unwrap()].width();
        assert_eq!(col(lines[0], 'x'), col(lines[1], 'y'), "{out}");
    }
}
