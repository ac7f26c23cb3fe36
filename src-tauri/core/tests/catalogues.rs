//! The catalogues: every language has every key, with the same arguments;
//! each parses; no key is left that no code uses.

use dossier::i18n::{catalogue_source, message_keys, vocabulary_keys, Language};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Each message's text (with its continuation lines), by key.
fn messages(source: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        let starts_message =
            line.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && line.contains(" = ");
        if starts_message {
            let (key, text) = line.split_once(" = ").unwrap();
            current = Some(key.trim().to_string());
            out.insert(key.trim().to_string(), text.to_string());
        } else if line.starts_with(' ') || line.starts_with('}') {
            if let Some(k) = &current {
                let text: &mut String = out.get_mut(k).unwrap();
                text.push('\n');
                text.push_str(line);
            }
        } else {
            current = None;
        }
    }
    out
}

/// The `$arguments` a message uses.
fn arguments(text: &str) -> BTreeSet<String> {
    text.split('$')
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect()
        })
        .collect()
}

#[test]
fn every_catalogue_parses_and_has_every_key_with_the_same_arguments() {
    let en = messages(catalogue_source(Language::En));
    assert_eq!(
        en.keys().cloned().collect::<Vec<_>>().len(),
        message_keys(catalogue_source(Language::En)).len()
    );
    for language in Language::OFFERED {
        let source = catalogue_source(language);
        if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(source.to_string()) {
            panic!("{}.ftl does not parse: {errors:?}", language.code());
        }
        let theirs = messages(source);
        // A key given twice would silently lose one of its texts.
        let all = message_keys(source);
        let mut seen = BTreeSet::new();
        let twice: Vec<&String> = all.iter().filter(|k| !seen.insert(*k)).collect();
        assert!(
            twice.is_empty(),
            "{}.ftl gives these keys twice: {twice:?}",
            language.code()
        );
        let keys: BTreeSet<&String> = theirs.keys().collect();
        let parsed: BTreeSet<String> = message_keys(source).into_iter().collect();
        assert_eq!(
            keys,
            parsed.iter().collect(),
            "{}.ftl: the test's reading of the file differs from Fluent's",
            language.code()
        );
        let missing: Vec<&String> = en.keys().filter(|k| !theirs.contains_key(*k)).collect();
        assert!(
            missing.is_empty(),
            "{}.ftl lacks {missing:?}",
            language.code()
        );
        let extra: Vec<&String> = theirs.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(
            extra.is_empty(),
            "{}.ftl has keys English lacks: {extra:?}",
            language.code()
        );
        for (key, text) in &en {
            assert_eq!(
                arguments(text),
                arguments(&theirs[key]),
                "{}.ftl: {key} takes other arguments than in English",
                language.code()
            );
        }
    }
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            if !p.ends_with("node_modules") {
                sources(&p, out);
            }
        } else if p.extension().is_some_and(|x| x == "rs" || x == "js") {
            out.push(p);
        }
    }
}

#[test]
fn every_key_is_used_by_some_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in ["src-tauri/core/src", "src-tauri/src", "ui"] {
        sources(&root.join(dir), &mut files);
    }
    assert!(files.len() > 20, "{files:?}");
    let code: String = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    let built: BTreeSet<String> = vocabulary_keys().into_iter().collect();
    let unused: Vec<String> = message_keys(catalogue_source(Language::En))
        .into_iter()
        .filter(|k| {
            !built.contains(k)
                && !code.contains(&format!("\"{k}\""))
                && !code.contains(&format!("'{k}'"))
        })
        .collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");
    // And every built key is in the catalogue.
    let en: BTreeSet<String> = message_keys(catalogue_source(Language::En))
        .into_iter()
        .collect();
    let absent: Vec<&String> = built.iter().filter(|k| !en.contains(*k)).collect();
    assert!(
        absent.is_empty(),
        "keys the code builds that en.ftl lacks: {absent:?}"
    );
}

/// The keys a piece of code asks for in calls like `t('key')`,
/// `t_with("key", ...)` or `Error::said(kind, "key", ...)`.
fn asked(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for call in ["t(", "t_with(", "ErrorKind::"] {
        for (at, _) in code.match_indices(call) {
            // A call's own name, not the end of a longer one (`parse(`).
            let before = code[..at].chars().next_back();
            if call != "ErrorKind::" && before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &code[at + call.len()..];
            let rest = if call == "ErrorKind::" {
                // Error::said(ErrorKind::X, "key", ...)
                match rest.find(',') {
                    Some(comma) if rest[..comma].chars().all(|c| c.is_alphanumeric()) => {
                        rest[comma + 1..].trim_start()
                    }
                    _ => continue,
                }
            } else {
                rest.trim_start()
            };
            let Some(quote) = rest.chars().next().filter(|c| *c == '\'' || *c == '"') else {
                continue;
            };
            let Some(end) = rest[1..].find(quote) else {
                continue;
            };
            let key = &rest[1..1 + end];
            if !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
            {
                out.insert(key.to_string());
            }
        }
    }
    out
}

#[test]
fn every_key_the_code_asks_for_is_in_the_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in ["src-tauri/core/src", "src-tauri/src", "ui/js"] {
        sources(&root.join(dir), &mut files);
    }
    let en: BTreeSet<String> = message_keys(catalogue_source(Language::En))
        .into_iter()
        .collect();
    let mut asked_for = 0;
    let mut absent = Vec::new();
    for file in &files {
        let code = std::fs::read_to_string(file).unwrap();
        for key in asked(&code) {
            asked_for += 1;
            if !en.contains(&key) {
                absent.push(format!("{}: {key}", file.display()));
            }
        }
    }
    assert!(
        asked_for > 500,
        "only {asked_for} keys found: the search is broken"
    );
    assert!(
        absent.is_empty(),
        "keys the code asks for that en.ftl lacks: {absent:#?}"
    );
}

#[test]
fn the_search_for_keys_finds_each_way_of_asking() {
    let code = r#"t('home-title'); words.t_with("pages", &[]); Error::said(ErrorKind::BadFile, "error-x", &[]); parse('no'); x.t("month-1")"#;
    let found: Vec<String> = asked(code).into_iter().collect();
    assert_eq!(found, ["error-x", "home-title", "month-1", "pages"]);
}
