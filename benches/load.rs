//! How long loading an operator table takes: the shipped table, and generated tables of
//! 1,000 and 10,000 operators (the first operator block repeated with new ids). Prints the median of
//! many loads in milliseconds. Run by `benches/bench.sh`, or alone with
//! `cargo bench --bench load`; not part of the tests.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

use simcancel::catalog::{self, EMBEDDED, Origin};

const GENERATED_OPERATORS: usize = 10_000;

/// The shipped table with its operators replaced by `n` copies of the first one.
fn generated_table(n: usize) -> String {
    let start = EMBEDDED
        .find("[[operator]]")
        .expect("an [[operator]] block");
    let len = EMBEDDED[start + 1..]
        .find("\n# ──")
        .or_else(|| EMBEDDED[start + 1..].find("[[operator]]"))
        .expect("a second operator")
        + 1;
    let block = &EMBEDDED[start..start + len];
    let id_line = block.lines().find(|l| l.starts_with("id = ")).unwrap();
    let mut text = String::with_capacity(start + n * (block.len() + 8));
    text.push_str(&EMBEDDED[..start]);
    for i in 0..n {
        text.push_str(&block.replacen(id_line, &format!("id = \"op{i:05}\""), 1));
        text.push('\n');
    }
    text
}

/// Median wall time of `runs` loads, in milliseconds.
fn median_ms(text: &str, origin: &Origin, runs: usize) -> f64 {
    let today = chrono::Local::now().date_naive();
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            let catalog = catalog::load(black_box(text), origin.clone(), today);
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            assert!(catalog.is_ok(), "{}", catalog.unwrap_err());
            ms
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

fn main() {
    let shipped_ops = catalog::embedded().unwrap().operators.len();
    let shipped = median_ms(EMBEDDED, &Origin::Embedded, 201);
    println!(
        "load shipped {shipped:.3} ms ({shipped_ops} operators, {} KiB)",
        EMBEDDED.len() / 1024
    );

    // 1,000 as well, to show how the time grows with the table.
    for n in [GENERATED_OPERATORS / 10, GENERATED_OPERATORS] {
        let big = generated_table(n);
        let origin = Origin::File(PathBuf::from("generated.toml"));
        let loaded = catalog::load(&big, origin.clone(), chrono::NaiveDate::MAX).unwrap();
        assert_eq!(loaded.operators.len(), n);
        let ms = median_ms(&big, &origin, 7);
        let mib = big.len() as f64 / f64::from(1 << 20);
        println!(
            "load generated-{n} {ms:.3} ms ({n} operators, {mib:.1} MiB, {:.0} MiB/s)",
            mib / ms * 1000.0
        );
    }
}
