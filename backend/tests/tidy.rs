//! Tidy checks in the style of rust-analyzer's: they read the backend's source as text
//! and fail when an import points sideways or up the layers (see `src/lib.rs`), or when
//! the backend starts to depend on a web or UI framework; and one rule of the app that
//! text can check (router memos are read through `route_state`).

use std::path::{Path, PathBuf};

/// The layers, lowest first. A module may import from its own layer's base modules and
/// from any layer below; features may not import each other.
const LAYERS: &[&[&str]] = &[
    &["error", "db", "secrets", "state"],
    &["model"],
    &["platform"],
    &["lookup"],
    &["access"],
    &["features"],
    &["queries"],
    &["seed"],
];

fn layer_of(top: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&top))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable source dir") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a source file below `src`, e.g. `features/judging/reviews.rs` →
/// `["features", "judging", "reviews"]`.
fn module_path(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).expect("file below src");
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

/// Every `crate::a::b` path the file names (in `use` lines and inline paths), and every
/// `super::` path resolved against the file's own module.
fn imported_paths(module: &[String], text: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or_default();
        for (i, _) in code.match_indices("crate::") {
            let rest = &code[i + "crate::".len()..];
            found.push(path_segments(rest));
        }
        let mut search = code;
        while let Some(i) = search.find("super::") {
            // Count consecutive `super::` hops.
            let mut hops = 0;
            let mut rest = &search[i..];
            while let Some(r) = rest.strip_prefix("super::") {
                hops += 1;
                rest = r;
            }
            // `a/b.rs` and `a/b/mod.rs` are both module `a::b`: `super` is `a`.
            let base_len = module.len().saturating_sub(hops);
            let mut path: Vec<String> = module[..base_len].to_vec();
            path.extend(path_segments(rest));
            found.push(path);
            search = rest;
        }
    }
    found
}

fn path_segments(rest: &str) -> Vec<String> {
    rest.split("::")
        .map(|s| {
            s.chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect::<String>()
        })
        .take_while(|s| !s.is_empty() && s.chars().next().is_some_and(|c| c.is_lowercase()))
        .collect()
}

fn violations() -> Vec<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut problems = Vec::new();
    for file in files {
        let module = module_path(&src, &file);
        let Some(top) = module.first() else { continue };
        let Some(own) = layer_of(top) else {
            problems.push(format!("{}: module `{top}` has no layer", file.display()));
            continue;
        };
        let text = std::fs::read_to_string(&file).expect("readable source");
        for path in imported_paths(&module, &text) {
            let Some(target_top) = path.first() else {
                continue;
            };
            if target_top == "ServiceError" || target_top.is_empty() {
                continue;
            }
            let Some(target) = layer_of(target_top) else {
                continue;
            };
            let what = format!("{} imports crate::{}", file.display(), path.join("::"));
            if target > own {
                problems.push(format!("{what}: points up the layers"));
            } else if top == "features"
                && target_top == "features"
                && module.get(1).is_some()
                && path.get(1).is_some()
                && module.get(1) != path.get(1)
            {
                problems.push(format!("{what}: a feature imports another feature"));
            }
        }
    }
    problems
}

#[test]
fn imports_only_point_down_the_layers() {
    let problems = violations();
    assert!(
        problems.is_empty(),
        "layer rule broken (see backend/src/lib.rs):\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_tidy_check_sees_a_sideways_import() {
    let module: Vec<String> = ["features", "startups"].map(String::from).to_vec();
    let paths = imported_paths(&module, "use crate::features::submissions::save;");
    assert_eq!(paths, vec![vec!["features", "submissions", "save"]]);
    let up = imported_paths(&module, "use super::judging::reviews;");
    assert_eq!(up, vec![vec!["features", "judging", "reviews"]]);
}

#[test]
fn the_backend_depends_on_no_web_or_ui_framework() {
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
            .expect("readable Cargo.toml");
    for framework in ["leptos", "axum", "server_fn", "tower"] {
        assert!(
            !manifest
                .lines()
                .any(|l| l.trim_start().starts_with(framework)),
            "backend/Cargo.toml depends on {framework}"
        );
    }
}

/// Quoted `area.verb` codes in the few lines after each `audit::record(` call.
fn audit_codes_recorded() -> Vec<String> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut codes = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable source file");
        for (at, _) in text.match_indices("audit::record(") {
            let call: String = text[at..].lines().take(6).collect::<Vec<_>>().join("\n");
            for quoted in call.split('"').skip(1).step_by(2) {
                let is_code = quoted.split_once('.').is_some_and(|(area, verb)| {
                    !area.is_empty()
                        && !verb.is_empty()
                        && quoted
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c == '.' || c == '_')
                });
                if is_code {
                    codes.push(quoted.to_string());
                }
            }
        }
    }
    codes.sort();
    codes.dedup();
    codes
}

#[test]
fn every_audit_action_is_worded_for_staff() {
    let codes = audit_codes_recorded();
    assert!(
        codes.len() > 20,
        "the scan found the audit calls: {codes:?}"
    );
    let labels = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src/components/labels.rs"),
    )
    .expect("readable labels");
    let unworded: Vec<&String> = codes
        .iter()
        .filter(|code| !labels.contains(&format!("\"{code}\" => t!(")))
        .collect();
    assert!(
        unworded.is_empty(),
        "audit actions without words in app/src/components/labels.rs (audit_action): {unworded:?}"
    );
}

/// The app reads the router's query and route parameters through `app/src/route_state.rs`,
/// which computes each memo once before a page's parts render on several threads (a
/// first computation racing on two threads panics the request; see that module).
#[test]
fn the_app_reads_router_memos_through_route_state() {
    let app_src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src");
    let mut files = Vec::new();
    rust_files(&app_src, &mut files);
    let offenders: Vec<String> = files
        .iter()
        .filter(|f| !f.ends_with("route_state.rs"))
        .filter(|f| {
            let text = std::fs::read_to_string(f).expect("readable source");
            [
                "use_query_map",
                "use_params_map",
                "use_query::",
                "use_params::",
            ]
            .iter()
            .any(|hook| text.contains(hook))
        })
        .map(|f| f.display().to_string())
        .collect();
    assert!(
        offenders.is_empty(),
        "use crate::route_state instead of the router's hooks in {offenders:?}"
    );
}
