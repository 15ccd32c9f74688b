//! How long loading an operator table takes, through `catalog::load` (the `--data` path):
//! the shipped table, and generated tables of 1,000 and 10,000 operators in two shapes —
//! `full` repeats the shipped MTS block (sourced facts in three languages, about 16 KiB),
//! `minimal` holds only what the schema requires (English, every fact unknown, one route).
//! For each generated table it also times the `toml` crate's parser alone, which no loader
//! built on it can beat. Prints the median of several loads in milliseconds, one line per
//! figure: `load <name> <ms> ms (…)`. Run by `benches/bench.sh`, or alone with
//! `cargo bench --bench load`; not part of the tests.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

use simcancel::catalog::{self, EMBEDDED, Origin};

const GENERATED_OPERATORS: usize = 10_000;

/// The least an operator can hold and still pass validation (an online route: a store
/// route would also need the legal entity). `ID` is replaced.
const MINIMAL_OPERATOR: &str = r#"
[[operator]]
id = "ID"
name = "Operator ID"
hotline.short = { confidence = "unverified", ask = "Ask for the short number." }
hotline.federal = { confidence = "unverified", ask = "Ask for the 8 800 number." }
hotline.abroad = { confidence = "unverified", ask = "Ask for the number from abroad." }
site = { confidence = "unverified", ask = "Ask for the site." }
app = { confidence = "unverified", ask = "Ask for the app." }
balance_check = { confidence = "unverified", ask = "Ask for the balance code." }
suspend = { confidence = "unverified", ask = "Ask for the terms of a voluntary block." }
refund = { confidence = "unverified", ask = "Ask how the balance is refunded." }
inactivity = { confidence = "unverified", ask = "Ask when an unused number is closed." }
quarantine = { confidence = "unverified", ask = "Ask how long the number is held." }

[[operator.route]]
channel = "online"
action = "cancel"
summary = "Start online."
steps = ["Sign in to the operator's site and ask support to end the contract."]
source = "https://example.ru"
confidence = "unverified"
"#;

/// The shipped table with its operators replaced by `n` generated ones, each `block` with
/// the id in `id_line` replaced.
fn generated_table(n: usize, block: &str, id_line: &str) -> String {
    let start = EMBEDDED
        .find("[[operator]]")
        .expect("an [[operator]] block");
    let mut text = String::with_capacity(start + n * (block.len() + 8));
    text.push_str(&EMBEDDED[..start]);
    for i in 0..n {
        text.push_str(&block.replacen(id_line, &format!("id = \"op{i:05}\""), 1));
        text.push('\n');
    }
    text
}

/// The shipped MTS block, all of it: the first operator up to the second.
fn full_block() -> (&'static str, &'static str) {
    let start = EMBEDDED.find("[[operator]]").unwrap();
    let len = EMBEDDED[start + 1..]
        .find("\n# ──")
        .or_else(|| EMBEDDED[start + 1..].find("[[operator]]"))
        .expect("a second operator")
        + 1;
    let block = &EMBEDDED[start..start + len];
    let id_line = block.lines().find(|l| l.starts_with("id = ")).unwrap();
    (block, id_line)
}

/// Median wall time of `runs` calls, in milliseconds.
fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

fn load_ms(text: &str, origin: &Origin, runs: usize) -> f64 {
    let today = chrono::Local::now().date_naive();
    median_ms(runs, || {
        let catalog = catalog::load(black_box(text), origin.clone(), today);
        assert!(catalog.is_ok(), "{}", catalog.unwrap_err());
    })
}

fn parse_only_ms(text: &str, runs: usize) -> f64 {
    median_ms(runs, || {
        let (doc, errors) = toml::de::DeTable::parse_recoverable(black_box(text));
        assert!(errors.is_empty());
        black_box(doc);
    })
}

fn main() {
    let shipped_ops = catalog::embedded().unwrap().operators.len();
    let shipped = load_ms(EMBEDDED, &Origin::Embedded, 201);
    println!(
        "load shipped {shipped:.3} ms ({shipped_ops} operators, {} KiB)",
        EMBEDDED.len() / 1024
    );

    let (full, full_id) = full_block();
    let minimal = MINIMAL_OPERATOR.trim_start();
    let origin = Origin::File(PathBuf::from("generated.toml"));
    // 1,000 as well, to show how the time grows with the table.
    for (shape, block, id_line) in [("minimal", minimal, "id = \"ID\""), ("full", full, full_id)] {
        for n in [GENERATED_OPERATORS / 10, GENERATED_OPERATORS] {
            let big = generated_table(n, block, id_line);
            let loaded = catalog::load(&big, origin.clone(), chrono::NaiveDate::MAX).unwrap();
            assert_eq!(loaded.operators.len(), n);
            drop(loaded);
            let runs = if big.len() > 50 << 20 { 5 } else { 11 };
            let ms = load_ms(&big, &origin, runs);
            let parse = parse_only_ms(&big, runs);
            let mib = big.len() as f64 / f64::from(1 << 20);
            println!(
                "load {shape}-{n} {ms:.1} ms ({n} operators, {mib:.1} MiB, {:.0} MiB/s)",
                mib / ms * 1000.0
            );
            println!(
                "load parse-only-{shape}-{n} {parse:.1} ms (the toml parser alone on the same table, {:.0} MiB/s)",
                mib / parse * 1000.0
            );
        }
    }
}
