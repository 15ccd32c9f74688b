//! Validating a table: every problem found in one pass, each located (file:line:column)
//! with a hint — syntax, unknown keys, facts without sources, sources that cannot carry
//! their label, day counts and fees the wizard cannot compute with, inconsistent routes.

use std::ops::Range;

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::*;

fn steps(path: &serde_ignored::Path<'_>) -> Vec<Step> {
    use serde_ignored::Path;
    let mut out = Vec::new();
    let mut p = path;
    loop {
        match p {
            Path::Root => break,
            Path::Seq { parent, index } => {
                out.push(Step::Index(*index));
                p = parent;
            }
            Path::Map { parent, key } => {
                // toml's Spanned wrapper shows up as private keys; they are not in the file.
                if !key.starts_with("$__serde_spanned_private") {
                    out.push(Step::Key(key.clone().into()));
                }
                p = parent;
            }
            Path::Some { parent }
            | Path::NewtypeStruct { parent }
            | Path::NewtypeVariant { parent } => {
                p = parent;
            }
        }
    }
    out.reverse();
    out
}

/// The span of the key (or array item) a path ends at, as far as the document has it.
fn locate(doc: &Spanned<DeTable<'_>>, path: &[Step]) -> Range<usize> {
    let mut span = doc.span();
    let mut value: Option<&DeValue<'_>> = None;
    let mut table = Some(doc.get_ref());
    for step in path {
        let next = match (step, table, value) {
            (Step::Key(k), Some(t), _) => t
                .iter()
                .find(|(key, _)| key.get_ref().as_ref() == k.as_ref())
                .map(|(key, v)| {
                    span = key.span();
                    v
                }),
            (Step::Index(i), _, Some(DeValue::Array(items))) => {
                items.get(*i).inspect(|v| span = v.span())
            }
            _ => None,
        };
        let Some(next) = next else { break };
        value = Some(next.get_ref());
        table = match next.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => None,
        };
    }
    span
}

/// Parses and validates a table, reporting every problem it can find in one pass: all
/// syntax errors, or else every unknown key (a typo must not make a fact vanish) together
/// with every consistency problem. A value of the wrong type stops at the first.
pub fn load(text: &str, origin: Origin, today: NaiveDate) -> Result<Catalog, DataError> {
    let at = crate::catalog::locator(text);
    let fail = |problems: Vec<Problem>| DataError::sorted(origin.to_string(), problems);
    let (mut raw, mut problems) = parse(text, &at).map_err(fail)?;
    take_routes(&mut raw, &at, &mut problems);
    let verified = check_header(&raw, today, &at, &mut problems);
    let mut report =
        |span: Range<usize>, message: String, hint: &str| problems.push(at(span, message, hint));
    let mut each = EachFact {
        report: &mut report,
        cited: Vec::new(),
    };
    each_fact(&raw.general, &raw.operators, &mut each);
    let cited = each.cited;
    let g = &raw.general;
    for fact in &g.pending {
        if fact.value.is_none() {
            report(
                fact.span.clone(),
                "a pending law needs a `value`".into(),
                "say what the bill would change; its `checked` date is when it was last seen not in force",
            );
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for op in &raw.operators {
        check_operator(op, &mut report);
        if !seen.insert(op.id()) {
            report(
                op.id.span(),
                format!("operator id `{}` is used twice", clean(op.id())),
                "give each operator its own id",
            );
        }
    }
    let farms = check_hosts(&raw.content_farms, &mut report);
    let lists = Lists {
        farms: &farms,
        // An operator's own site counts as its own word, as the listed hosts do: a table
        // that adds an operator need not list its domain twice.
        first_hand: [&raw.operator_hosts, &raw.state_hosts]
            .into_iter()
            .flat_map(|l| check_hosts(l, &mut report))
            .chain(
                raw.operators
                    .iter()
                    .filter_map(|op| op.site.value.as_deref().and_then(source_host)),
            )
            .collect(),
        outlets: check_hosts(&raw.reputable_outlets, &mut report),
        // A table that does not say whose word a page is (one written before these lists)
        // is judged on its content farms alone.
        judged: !(raw.operator_hosts.is_empty()
            && raw.state_hosts.is_empty()
            && raw.reputable_outlets.is_empty()),
    };
    // Problems found by walking the facts are located by their path in the document,
    // parsed again for that only when there are some.
    let at_path = path_problems(&raw, &cited, &lists);
    if !at_path.is_empty() {
        let doc = DeTable::parse_recoverable(text).0;
        for (path, message, hint) in &at_path {
            problems.push(at(locate(&doc, path), message.clone(), hint));
        }
    }
    if !problems.is_empty() {
        return Err(fail(problems));
    }
    Ok(Catalog {
        origin,
        verified: verified.unwrap_or_default(),
        content_farms: farms,
        general: raw.general,
        operators: raw.operators,
    })
}

type At<'a> = dyn Fn(Range<usize>, String, &str) -> Problem + 'a;

/// Gives each operator with `routes_from` the routes of the operator it names. Those
/// routes are checked where they are written, once.
fn take_routes(raw: &mut TableFile, at: &At<'_>, problems: &mut Vec<Problem>) {
    for i in 0..raw.operators.len() {
        let Some(from) = raw.operators[i].routes_from.clone() else {
            continue;
        };
        let source = raw
            .operators
            .iter()
            .position(|o| o.id() == from.get_ref() && o.routes_from.is_none());
        match source {
            Some(j) if raw.operators[i].routes.is_empty() => {
                raw.operators[i].routes = raw.operators[j].routes.clone();
            }
            Some(_) => problems.push(at(
                from.span(),
                "an operator with `routes_from` cannot have routes of its own".into(),
                "keep either `routes_from` or its [[operator.route]] entries",
            )),
            None => problems.push(at(
                from.span(),
                format!(
                    "`routes_from` names `{}`, which is not an operator with routes of its own",
                    clean(from.get_ref())
                ),
                "the id of an operator in this table that has [[operator.route]] entries",
            )),
        }
    }
}

/// The table's syntax, its types and its unknown keys: the parsed table with the unknown
/// keys as problems, or every problem when it does not parse at all.
fn parse(text: &str, at: &At<'_>) -> Result<(TableFile, Vec<Problem>), Vec<Problem>> {
    let (doc, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        return Err(errors
            .iter()
            .map(|e| {
                at(
                    e.span().unwrap_or(0..0),
                    e.message().trim().to_owned(),
                    "TOML syntax: see https://toml.io",
                )
            })
            .collect());
    }
    let mut unknown = Vec::new();
    let raw: Result<TableFile, _> =
        serde_ignored::deserialize(toml::de::Deserializer::from(doc), |path| {
            unknown.push(steps(&path))
        });
    // The document is wanted again only to locate unknown keys: parse it again then,
    // rather than copy it on every load (start-up time, see benches/bench.sh).
    let mut problems: Vec<Problem> = Vec::new();
    if !unknown.is_empty() {
        let doc = DeTable::parse_recoverable(text).0;
        problems.extend(unknown.iter().map(|path| {
            at(
                locate(&doc, path),
                format!("unknown key `{}`", path_text(path)),
                "check its spelling against the schema in data/README.md",
            )
        }));
    }
    match raw {
        Ok(raw) => Ok((raw, problems)),
        Err(e) => {
            problems.push(at(
                e.span().unwrap_or(0..0),
                e.message().trim().to_owned(),
                "see the schema in data/README.md",
            ));
            Err(problems)
        }
    }
}

/// The schema, the `verified` date and that there is an operator at all.
fn check_header(
    raw: &TableFile,
    today: NaiveDate,
    at: &At<'_>,
    problems: &mut Vec<Problem>,
) -> Option<NaiveDate> {
    if *raw.schema.get_ref() != SCHEMA {
        problems.push(at(
            raw.schema.span(),
            format!(
                "schema {} is not supported; this version reads schema {SCHEMA}",
                raw.schema.get_ref()
            ),
            "update simcancel, or use a table written for this version",
        ));
    }
    let verified = to_date(raw.verified.get_ref());
    match verified {
        None => problems.push(at(
            raw.verified.span(),
            "`verified` must be a date like 2026-11-25".into(),
            "a bare date, without time or quotes",
        )),
        Some(d) if d > today => problems.push(at(
            raw.verified.span(),
            format!("`verified` is {d}, in the future"),
            "set it to the day the facts were last checked",
        )),
        Some(_) => {}
    }
    if raw.operators.is_empty() {
        problems.push(at(
            0..0,
            "the table has no [[operator]] entries".into(),
            "add at least one [[operator]]",
        ));
    }
    verified
}

/// The hosts of one list (content farms, operators, state bodies, outlets), lower-cased,
/// each checked to be a bare host name.
fn check_hosts(list: &[Spanned<String>], report: &mut Report<'_>) -> Vec<String> {
    let hosts: Vec<String> = list
        .iter()
        .map(|h| h.get_ref().trim().to_ascii_lowercase())
        .collect();
    for (host, given) in hosts.iter().zip(list) {
        if host.is_empty()
            || host.contains(['/', ':', ' '])
            || !host.contains('.')
            || host.starts_with('.')
        {
            report(
                given.span(),
                format!("`{}` is not a host name", clean(given.get_ref())),
                "a bare host like \"vareant.ru\", without https:// or a path",
            );
        }
    }
    hosts
}

/// The lists a source is judged by.
struct Lists<'a> {
    farms: &'a [String],
    /// The operators' and state bodies' own hosts: what they publish is first-hand.
    first_hand: Vec<String>,
    outlets: Vec<String>,
    judged: bool,
}

/// Whether `host` is `entry` or one of its subdomains.
fn on_list(list: &[String], host: &str) -> bool {
    list.iter()
        .any(|f| host == f || host.ends_with(&format!(".{f}")))
}

/// The site a host belongs to, for telling independent pages apart: its last two labels
/// (`ulyanovsk.topnomer.ru` and `topnomer.ru` are one site).
fn site_of(host: &str) -> &str {
    let mut dots = host.rmatch_indices('.').map(|(i, _)| i);
    match (dots.next(), dots.next()) {
        (Some(_), Some(i)) => &host[i + 1..],
        _ => host,
    }
}

/// What a fact's sources allow it to be labelled, when that is below its label: the
/// message and hint, or `None` when the label is carried. Content farms are left to
/// their own rule, which names the farm.
fn beyond_sources(lists: &Lists<'_>, cited: &Cited<'_>) -> Option<(String, String)> {
    if cited.confidence == Confidence::Unverified || !lists.judged {
        return None;
    }
    let hosts: Vec<String> = cited
        .source
        .into_iter()
        .chain(cited.also.iter().map(String::as_str))
        .filter_map(source_host)
        .filter(|h| !on_list(lists.farms, h))
        .collect();
    let first = hosts.first()?;
    if hosts.iter().any(|h| on_list(&lists.first_hand, h)) {
        return None;
    }
    let level = level_word(cited.confidence);
    if cited.confidence == Confidence::Official {
        return Some((
            format!(
                "labelled `official`, but no source is the operator's or a state body's own site (`{}`)",
                clean(first)
            ),
            "official needs a page on a host in operator_hosts or state_hosts; else label it secondary or unverified (see data/README.md)".into(),
        ));
    }
    let mut sites: Vec<&str> = hosts.iter().map(|h| site_of(h)).collect();
    sites.sort_unstable();
    sites.dedup();
    if hosts.iter().any(|h| on_list(&lists.outlets, h)) || sites.len() >= 2 {
        return None;
    }
    Some((
        format!(
            "labelled `{level}`, but its only source is `{}`, an ordinary page: at most `unverified`",
            clean(first)
        ),
        "set confidence = \"unverified\", or add to `also` an outlet from reputable_outlets or a page on another, independent site (see data/README.md)".into(),
    ))
}

/// Problems found by walking the facts and routes, each with its path in the document:
/// content-farm sources above `unverified`, day counts and fees, a store route without
/// the legal entity a letter is addressed to.
fn path_problems(
    raw: &TableFile,
    cited: &[(Vec<Step>, Cited<'_>)],
    lists: &Lists<'_>,
) -> Vec<(Vec<Step>, String, String)> {
    let farms = lists.farms;
    let mut at_path: Vec<(Vec<Step>, String, String)> = Vec::new();
    for (path, fact) in cited {
        check_farm(farms, path, fact, lists, &mut at_path);
    }
    for (i, op) in raw.operators.iter().enumerate() {
        check_terms(i, op, &mut at_path);
        let own = if op.routes_from.is_none() {
            &op.routes[..]
        } else {
            &[]
        };
        for (j, r) in own.iter().enumerate() {
            let path = vec![
                Step::Key("operator".into()),
                Step::Index(i),
                Step::Key("route".into()),
                Step::Index(j),
                Step::Key("confidence".into()),
            ];
            let cited = Cited {
                source: r.source.as_deref(),
                also: &[],
                confidence: r.confidence,
            };
            if let Some(src) = &r.source
                && r.confidence > Confidence::Unverified
                && let Some(host) = farm_host(farms, src)
            {
                at_path.push((path, farm_message(&host, r.confidence), FARM_HINT.into()));
            } else if let Some((message, hint)) = beyond_sources(lists, &cited) {
                at_path.push((path, message, hint));
            }
        }
        let store = op
            .routes
            .iter()
            .any(|r| r.offered && r.channel == Channel::Store);
        // An entity nobody could source may be asked for: the letter leaves it blank, to
        // be copied from the contract.
        let named = op
            .legal_name
            .as_ref()
            .is_some_and(|f| f.value.is_some() || f.ask.is_some());
        if store && !named {
            let key = if op.legal_name.is_some() {
                "legal_name"
            } else {
                "id"
            };
            at_path.push((
                vec![
                    Step::Key("operator".into()),
                    Step::Index(i),
                    Step::Key(key.into()),
                ],
                format!(
                    "operator `{}` offers a store route but has no `legal_name`",
                    clean(op.id())
                ),
                "add [operator.legal_name] with value = \"ПАО «…»\", the entity a written application is addressed to, and its source; or, when nobody could source it, an `ask` to copy it from the contract".into(),
            ));
        }
    }
    at_path
}

const FARM_HINT: &str = "set confidence = \"unverified\", or cite an official page instead (see content_farms in data/README.md)";

fn level_word(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::Official => "official",
        Confidence::Secondary => "secondary",
        Confidence::Unverified => "unverified",
    }
}

fn farm_message(host: &str, confidence: Confidence) -> String {
    let level = level_word(confidence);
    format!(
        "labelled `{level}`, but its only source is `{}`, a content farm: at most `unverified`",
        clean(host)
    )
}

/// The host of an address, lower-cased and without `www.`.
pub fn source_host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest
        .split(['/', '?', '#', ':'])
        .next()?
        .to_ascii_lowercase();
    Some(host.strip_prefix("www.").map(str::to_owned).unwrap_or(host))
}

/// The content-farm host `url` is on, if it is on one (subdomains included).
pub fn farm_host(farms: &[String], url: &str) -> Option<String> {
    let host = source_host(url)?;
    farms
        .iter()
        .any(|f| host == *f || host.ends_with(&format!(".{f}")))
        .then_some(host)
}

/// What the content-farm rule needs of a fact, whatever its value's type.
struct Cited<'a> {
    source: Option<&'a str>,
    also: &'a [String],
    confidence: Confidence,
}

impl<'a, T> From<&'a Fact<T>> for Cited<'a> {
    fn from(f: &'a Fact<T>) -> Self {
        Cited {
            source: f.source.as_deref(),
            also: &f.also,
            confidence: f.confidence,
        }
    }
}

/// Every fact's own rules (a value needs a source, an unknown fact a question, a source
/// a web address), and what the rules on sources need of it, with its path.
struct EachFact<'a, 'r, 'p> {
    report: &'r mut Report<'p>,
    cited: Vec<(Vec<Step>, Cited<'a>)>,
}

impl<'a> FactVisitor<'a> for EachFact<'a, '_, '_> {
    fn fact<T>(&mut self, path: &[Step], fact: &'a Fact<T>) {
        check_fact(fact, self.report);
        self.cited.push((path.to_vec(), fact.into()));
    }
}

/// A fact labelled above what its sources carry: one only content farms support, or one
/// whose only source is an ordinary page.
fn check_farm(
    farms: &[String],
    path: &[Step],
    fact: &Cited<'_>,
    lists: &Lists<'_>,
    out: &mut Vec<(Vec<Step>, String, String)>,
) {
    if fact.confidence == Confidence::Unverified {
        return;
    }
    let Some(src) = fact.source else { return };
    let mut p = path.to_vec();
    p.push(Step::Key("confidence".into()));
    // Another page that is not a content farm can carry the fact, as far as it goes.
    let only_farms = !fact.also.iter().any(|a| farm_host(farms, a).is_none());
    if let Some(host) = farm_host(farms, src)
        && only_farms
    {
        out.push((p, farm_message(&host, fact.confidence), FARM_HINT.into()));
    } else if let Some((message, hint)) = beyond_sources(lists, fact) {
        out.push((p, message, hint));
    }
}

/// Day counts and fees the wizard can compute with: bounded, finite, not negative.
fn check_terms(i: usize, op: &Operator, out: &mut Vec<(Vec<Step>, String, String)>) {
    let path = |fact: &'static str, key: &'static str| {
        vec![
            Step::Key("operator".into()),
            Step::Index(i),
            Step::Key(fact.into()),
            Step::Key("value".into()),
            Step::Key(key.into()),
        ]
    };
    let mut days = |fact: &'static str, key: &'static str, n: Option<u32>, min: u32| {
        if let Some(n) = n
            && !(min..=MAX_DAY_COUNT).contains(&n)
        {
            let shown = if n == u32::MAX {
                "out of range".to_owned()
            } else {
                n.to_string()
            };
            out.push((
                path(fact, key),
                format!("`{key}` is {shown}; it must be a whole number of days from {min} to {MAX_DAY_COUNT}"),
                format!("a count of days from the day the period starts, at most {MAX_DAY_COUNT} (ten years); see data/README.md"),
            ));
        }
    };
    if let Some(s) = &op.suspend.value {
        days("suspend", "free_days", s.free_days, 0);
        days("suspend", "max_days", s.max_days, 1);
    }
    if let Some(l) = &op.inactivity.value {
        days("inactivity", "fee_from_day", l.fee_from_day, 1);
        days("inactivity", "ends_after_days", l.ends_after_days, 1);
    }
    let mut fee = |fact: &'static str, v: Option<f64>| {
        if let Some(v) = v
            && !(v.is_finite() && (0.0..=MAX_FEE_PER_DAY_RUB).contains(&v))
        {
            out.push((
                path(fact, "fee_per_day_rub"),
                format!("`fee_per_day_rub` is {v}; it must be a number of roubles from 0 to {MAX_FEE_PER_DAY_RUB}"),
                "a plain number like 1.1, not nan, inf or a negative value".into(),
            ));
        }
    };
    fee(
        "suspend",
        op.suspend.value.as_ref().and_then(|s| s.fee_per_day_rub),
    );
    fee(
        "inactivity",
        op.inactivity.value.as_ref().and_then(|s| s.fee_per_day_rub),
    );
    if let Some(s) = &op.suspend.value
        && let (Some(free), Some(max)) = (s.free_days, s.max_days)
        && free > max
        // A count out of bounds is refused above; compared, it would only repeat that.
        && free <= MAX_DAY_COUNT
        && (1..=MAX_DAY_COUNT).contains(&max)
    {
        out.push((
            path("suspend", "free_days"),
            format!("`free_days` ({free}) is longer than `max_days` ({max})"),
            "the free days are part of the longest block allowed".into(),
        ));
    }
}

type Report<'a> = dyn FnMut(Range<usize>, String, &str) + 'a;

fn check_fact<T>(fact: &Fact<T>, report: &mut Report<'_>) {
    // Left out of the file: unknown, and said nothing about (see Fact::default).
    if !fact.written() {
        return;
    }
    match (&fact.value, &fact.source, &fact.ask) {
        (Some(_), None, _) => report(
            fact.span.clone(),
            "a fact with a value needs a `source`".into(),
            "add source = \"https://…\", the page the fact was read on",
        ),
        (None, _, None) => report(
            fact.span.clone(),
            "an unknown fact (no `value`) needs an `ask` text".into(),
            "say what the user should ask the operator instead",
        ),
        _ => {}
    }
    for src in fact.source.iter().chain(&fact.also) {
        check_source(src, fact.span.clone(), report);
    }
}

fn is_web_address(s: &str, schemes: &[&str]) -> bool {
    schemes.iter().any(|scheme| {
        s.strip_prefix(scheme)
            .and_then(|rest| rest.strip_prefix("://"))
            .is_some_and(|rest| rest.contains('.') && !rest.starts_with('.'))
    }) && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn check_source(src: &str, span: Range<usize>, report: &mut Report<'_>) {
    // Some pages were only ever recorded at http://; the source is a citation, not a link
    // the wizard sends anyone to, so both schemes are accepted here.
    if !is_web_address(src, &["https", "http"]) {
        report(
            span,
            format!("`source` must be a web address, got `{}`", clean(src)),
            "the full address of the page, starting with https://",
        );
    }
}

/// A Russian number as people dial it: a short code (0890, 611), or `8` / `+7` and ten
/// digits, with spaces, hyphens and brackets allowed.
pub fn is_phone_number(s: &str) -> bool {
    if !s.chars().all(|c| c.is_ascii_digit() || " -()+".contains(c)) {
        return false;
    }
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let plus = s.trim_start().starts_with('+');
    if s.matches('+').count() > usize::from(plus) {
        return false;
    }
    match (plus, digits.len()) {
        (false, 3 | 4) => true,
        (false, 11) => digits.starts_with('8'),
        (true, 11) => digits.starts_with('7'),
        _ => false,
    }
}

fn check_operator(op: &Operator, report: &mut Report<'_>) {
    let id = op.id();
    if id.is_empty()
        || !id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        report(
            op.id.span(),
            format!("operator id `{}` must match [a-z0-9-]+", clean(id)),
            "lower-case letters, digits and hyphens, like `t2` or `yota`",
        );
    }
    let h = &op.hotline;
    for fact in [&h.short, &h.federal, &h.abroad] {
        if let Some(n) = &fact.value
            && !is_phone_number(n)
        {
            report(
                fact.span.clone(),
                format!("`{}` is not a Russian phone number", clean(n)),
                "a short code like 0890, or 8 800 … / +7 … with ten digits",
            );
        }
    }
    if let Some(site) = &op.site.value
        && !is_web_address(site, &["https"])
    {
        report(
            op.site.span.clone(),
            format!("site `{}` must be an https:// address", clean(site)),
            "the operator's own site, like https://mts.ru",
        );
    }
    for note in &op.notes {
        if note.value.is_none() {
            report(
                note.span.clone(),
                "a note needs a `value`".into(),
                "a note says something sourced; put questions in the fact they are about",
            );
        }
    }

    let mut pairs = std::collections::BTreeSet::new();
    // Routes taken from another operator are checked there.
    let own = if op.routes_from.is_none() {
        &op.routes[..]
    } else {
        &[]
    };
    for r in own {
        if !pairs.insert((r.channel, r.action)) {
            report(
                r.span.clone(),
                format!(
                    "operator `{}` has two routes for {} × {}",
                    clean(id),
                    r.channel.id(),
                    r.action.id()
                ),
                "merge them into one [[operator.route]]",
            );
        }
        match (&r.source, r.offered) {
            (Some(src), _) => check_source(src, r.span.clone(), report),
            (None, true) => report(
                r.span.clone(),
                "an offered route needs a `source`".into(),
                "add source = \"https://…\"",
            ),
            (None, false) => {}
        }
        if r.offered && r.steps.is_empty() {
            report(
                r.span.clone(),
                "an offered route needs at least one step".into(),
                "add steps = [{ en = \"…\" }]",
            );
        }
    }
    // One taking its routes from another operator has its own problem if it gets none.
    if op.routes_from.is_none() && op.channels_for(Action::Cancel).is_empty() {
        report(
            op.id.span(),
            format!("operator `{}` offers cancelling on no channel", clean(id)),
            "add an [[operator.route]] with action = \"cancel\"",
        );
    }
}
