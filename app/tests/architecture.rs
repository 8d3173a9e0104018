//! The shape of the code, checked: features talk through their front doors, pure rules
//! stay pure, server functions go through their repository, no folder-level import cycles,
//! and files stay small enough to read in one sitting. Reads the sources as text; a rule
//! broken here names the file and the line.
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Feature folders: used by others only through their front door (`mod.rs` re-exports,
/// `api` types and `server_fns`), never through their repository or other insides.
const FEATURES: &[&str] = &[
    "account",
    "admin",
    "assessment",
    "enquiries",
    "inbox",
    "mentoring",
    "events",
    "registry",
];

/// Files allowed over the size limit, each with its reason.
const LONG_FILES: &[(&str, &str)] = &[
    (
        "app/src/i18n/messages.rs",
        "the translation table: one line per text, both languages",
    ),
    (
        "app/src/seed/companies.rs",
        "demo data: 36 fictional companies",
    ),
];
const MAX_LINES: usize = 400;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `app/src` files with their top-level module (`inbox/queries.rs` → `inbox`).
fn app_sources() -> Vec<(String, PathBuf, String)> {
    let src = workspace().join("app/src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let rel = path.strip_prefix(&src).unwrap();
            let first = rel.components().next().unwrap().as_os_str();
            let top = first.to_str().unwrap().trim_end_matches(".rs").to_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            (top, path, text)
        })
        .collect()
}

/// Code lines, comments dropped.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.split("//").next().unwrap_or_default()))
}

/// Every `crate::a::b::…` path in a line, as its segments; `use crate::{a, b::c}` groups
/// are expanded one level, which is all the code uses.
fn crate_paths(line: &str) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inner = group.split('}').next().unwrap_or_default();
            for item in inner.split(',') {
                paths.push(segments(item.trim()));
            }
        } else {
            paths.push(segments(rest));
        }
    }
    paths.into_iter().filter(|p| !p.is_empty()).collect()
}

/// `a::b::c(…` → `[a, b, c]`: a path ends where a segment has more than a name.
fn segments(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in text.split("::") {
        let word: String = part
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if word.is_empty() {
            break;
        }
        let whole = word.len() == part.len();
        out.push(word);
        if !whole {
            break;
        }
    }
    out
}

/// A feature's insides, which only the feature itself uses.
const INSIDES: &[&str] = &[
    "queries",
    "form",
    "fields",
    "advice",
    "questions",
    "privacy",
    "session",
    "evaluation",
    "reset",
    "password",
];

/// Every code line of `app/src` that `breaks` a rule, as `file:line: code`; `breaks` gets
/// the line's top-level folder, its file and the `crate::` paths in it.
fn lines_breaking(breaks: impl Fn(&str, &Path, &str, &[Vec<String>]) -> bool) -> Vec<String> {
    let mut broken = Vec::new();
    for (top, path, text) in app_sources() {
        for (number, line) in code_lines(&text) {
            if breaks(&top, &path, line, &crate_paths(line)) {
                broken.push(format!("{}:{number}: {}", path.display(), line.trim()));
            }
        }
    }
    broken
}

/// Whether a path (`crate::…` in the app, `app::…` in the server) from `from` goes into
/// another feature's insides.
fn reaches_in(from: &str, path: &[String]) -> bool {
    path[0] != from
        && FEATURES.contains(&path[0].as_str())
        && path.iter().skip(1).any(|s| INSIDES.contains(&s.as_str()))
}

#[test]
fn features_use_each_other_only_through_their_front_doors() {
    let mut broken = lines_breaking(|top, _, _, paths| paths.iter().any(|p| reaches_in(top, p)));
    // The server binary is outside every feature: front doors only, too.
    let mut server = Vec::new();
    rust_files(&workspace().join("server/src"), &mut server);
    for path in server {
        let text = std::fs::read_to_string(&path).unwrap();
        for (number, line) in code_lines(&text) {
            let paths = crate_paths(&line.replace("app::", "crate::"));
            if paths.iter().any(|p| reaches_in("server", p)) {
                broken.push(format!("{}:{number}: {}", path.display(), line.trim()));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "reaches into another feature:\n{}",
        broken.join("\n")
    );
}

#[test]
fn pure_rules_import_nothing_of_the_app() {
    let broken = lines_breaking(|top, _, _, paths| {
        top == "domain" && paths.iter().any(|p| p[0] != "domain")
    });
    assert!(
        broken.is_empty(),
        "domain/ imports the app:\n{}",
        broken.join("\n")
    );
}

#[test]
fn server_functions_go_through_their_repository() {
    let broken = lines_breaking(|_, path, line, _| {
        path.components().any(|c| c.as_os_str() == "server_fns")
            && (line.contains("entities::") || line.contains("EntityTrait"))
    });
    let message = "a server function queries tables itself";
    assert!(broken.is_empty(), "{message}:\n{}", broken.join("\n"));
}

#[test]
fn no_import_cycles_between_top_level_folders() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (top, _, text) in app_sources() {
        let uses = graph.entry(top.clone()).or_default();
        for (_, line) in code_lines(&text) {
            for path in crate_paths(line) {
                if path[0] != top {
                    uses.insert(path[0].clone());
                }
            }
        }
    }
    // A cycle exists when some module reaches itself.
    let mut cycles = Vec::new();
    for start in graph.keys() {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<(String, Vec<String>)> = vec![(start.clone(), vec![start.clone()])];
        while let Some((node, trail)) = stack.pop() {
            for next in graph.get(&node).into_iter().flatten() {
                if next == start {
                    cycles.push([trail.clone(), vec![start.clone()]].concat().join(" → "));
                } else if seen.insert(next.clone()) {
                    stack.push((next.clone(), [trail.clone(), vec![next.clone()]].concat()));
                }
            }
        }
    }
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

#[test]
fn files_stay_readable() {
    let root = workspace();
    let mut files = Vec::new();
    for dir in ["app/src", "server/src", "migrations/src"] {
        rust_files(&root.join(dir), &mut files);
    }
    let mut long = Vec::new();
    for path in files {
        let rel = path
            .strip_prefix(&root)
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        let lines = std::fs::read_to_string(&path).unwrap().lines().count();
        if lines > MAX_LINES && !LONG_FILES.iter().any(|(f, _)| *f == rel) {
            long.push(format!("{rel}: {lines} lines"));
        }
    }
    assert!(
        long.is_empty(),
        "over {MAX_LINES} lines:\n{}",
        long.join("\n")
    );
}

#[test]
fn the_rules_see_what_they_check() {
    let joined =
        |line: &str| -> Vec<String> { crate_paths(line).iter().map(|p| p.join("::")).collect() };
    assert_eq!(
        joined("use crate::{admin::routing::queries, error::AppError};"),
        ["admin::routing::queries", "error::AppError"]
    );
    assert_eq!(
        joined("let x = crate::inbox::queries::list(&db).await?; crate::a::B::new()"),
        ["inbox::queries::list", "a::B::new"]
    );
    let code: Vec<&str> = code_lines("use crate::a; // crate::b")
        .map(|(_, l)| l)
        .collect();
    assert_eq!(code, ["use crate::a; "]);
    assert!(app_sources().iter().any(|(top, _, _)| top == "domain"));
}
