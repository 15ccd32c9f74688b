//! The modules form the layers README's "Where things live" names, in its order: each
//! imports only its own layer or those below, and no circle closes. README is the
//! one declaration; this reads it, so a new module must be placed there before it builds
//! on anything.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The layers as README lists them, bottom first: groups of backticked module names
/// separated by semicolons, in the paragraph that starts "**Where things live.**".
fn layers(readme: &str) -> Vec<Vec<String>> {
    let start = readme
        .find("**Where things live.**")
        .expect("README's 'Where things live' paragraph");
    let paragraph = &readme[start..];
    let paragraph = &paragraph[..paragraph.find("\n\n").unwrap_or(paragraph.len())];
    let list = &paragraph[paragraph.find(':').expect("the list after a colon") + 1..];
    list.split(';')
        .map(|group| {
            group
                .split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .filter(|g| !g.is_empty())
        .collect()
}

/// What each top-level module of `src` names of the others (`crate::x`), test code left
/// out: a module's tests may reach anywhere.
fn imports(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let rel = path
                .strip_prefix(src)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let file = path.file_name().unwrap().to_string_lossy();
            if !rel.ends_with(".rs") || ["main.rs", "build.rs", "lib.rs"].contains(&&*rel) {
                continue;
            }
            if file == "tests.rs" {
                continue;
            }
            let module = rel.split(['/', '.']).next().unwrap().to_owned();
            let text = fs::read_to_string(&path).unwrap();
            // Test modules close the file, as everywhere in this crate.
            let code = text
                .find("#[cfg(test)]")
                .or_else(|| text.find("#[cfg(all(test"))
                .map_or(&*text, |at| &text[..at]);
            let names = graph.entry(module.clone()).or_default();
            for name in crate_paths(code) {
                // Items re-exported at the root (`crate::t`, `crate::Error`) are not modules.
                let is_module =
                    src.join(format!("{name}.rs")).is_file() || src.join(&name).is_dir();
                if is_module && name != module {
                    names.insert(name);
                }
            }
        }
    }
    graph
}

/// The first segment of every `crate::…` path, `use crate::{a, b::c}` included.
fn crate_paths(code: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let mut names = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            names.extend(group.split(',').map(|p| ident(p.trim())));
        } else {
            names.push(ident(rest));
        }
    }
    names.retain(|n| !n.is_empty());
    names
}

#[test]
fn modules_import_only_their_layer_and_those_below_without_a_circle() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = fs::read_to_string(root.join("README.md")).unwrap();
    let layers = layers(&readme);
    let level: BTreeMap<&str, usize> = layers
        .iter()
        .enumerate()
        .flat_map(|(i, g)| g.iter().map(move |m| (m.as_str(), i)))
        .collect();
    assert!(level.len() > 10, "README's layers: {layers:?}");
    let graph = imports(&root.join("src"));

    let mut faults = Vec::new();
    for (module, names) in &graph {
        let Some(&own) = level.get(module.as_str()) else {
            faults.push(format!("`{module}` is in no layer of README"));
            continue;
        };
        for name in names {
            match level.get(name.as_str()) {
                Some(&theirs) if theirs > own => {
                    faults.push(format!(
                        "`{module}` (layer {own}) imports `{name}` (layer {theirs})"
                    ));
                }
                Some(_) => {}
                None => faults.push(format!(
                    "`{module}` imports `{name}`, in no layer of README"
                )),
            }
        }
    }
    // A circle of any length, within a layer: a module that reaches itself.
    for start in graph.keys() {
        let mut seen = BTreeSet::new();
        let mut next: Vec<&String> = graph[start].iter().collect();
        while let Some(m) = next.pop() {
            if m == start {
                faults.push(format!("`{start}` imports itself through others"));
                break;
            }
            if seen.insert(m) {
                next.extend(graph.get(m).into_iter().flatten());
            }
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

/// The check itself finds an upward import and a pair, so that it cannot pass by reading
/// nothing.
#[test]
fn the_layer_check_reads_paths_and_groups() {
    assert_eq!(
        crate_paths("use crate::{answers::Ask, error};\nlet x = crate::labels::f();"),
        ["answers", "error", "labels"]
    );
    let readme = "x\n\n**Where things live.** Layers: leaf (`a`, `b`); the data (`c`).\n\nnext";
    assert_eq!(layers(readme), [vec!["a", "b"], vec!["c"]]);
}
