//! Mutation tests of archives: many damaged and hostile variants of a real
//! archive (made from the fixture reports) are imported, one after another,
//! into a store that already holds a dossier. Each must end without a panic
//! and without a hang, either imported whole (the store then passes
//! `dossier check`) or refused with a short, clear message and the store
//! exactly as it was (every table and every file compared).
//!
//! Mutants: bytes flipped, archives cut short, fields of the wrong type,
//! huge strings, deeply nested JSON, duplicate and odd entry names, deflate
//! bombs with honest and with lying sizes. `DOSSIER_MUTATION_ROUNDS` sets how
//! many (default 150); `DOSSIER_MUTATION_SEED` picks the seed (fixed by
//! default; every failure prints it); `DOSSIER_MUTATION_KEEP=DIR` keeps each
//! mutant there, to measure the tool on them. Inputs that once broke the
//! importer live in `tests/fixtures/archives/` and are imported first.

mod common;

use dossier::archive::{self, ExistingPatient};
use dossier::{ErrorKind, Store};
use serde_json::{json, Value};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use zip::write::SimpleFileOptions;

/// The longest one import may take before it counts as a hang.
const HANG: Duration = Duration::from_secs(60);

/// Zeros in the deflate bomb: far more than any ratio allows, yet quick to
/// make.
const BOMB: usize = 256 << 20;

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The good archive, taken apart.
struct Good {
    bytes: Vec<u8>,
    json: Value,
    files: Vec<(String, Vec<u8>)>,
}

fn good(dir: &Path) -> Good {
    let store = Store::open(&dir.join("source")).unwrap();
    let id = common::full_dossier(&store);
    store
        .save_opinion(
            id,
            &dossier::model::Opinion {
                given_by: "Dr Okafor".into(),
                given_on: Some("2024-12-03".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let out = dir.join("good.dossier");
    archive::export_archive(&store, id, &out).unwrap();
    let bytes = std::fs::read(&out).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let mut json = Value::Null;
    let mut files = Vec::new();
    for i in 0..zip.len() {
        let mut e = zip.by_index(i).unwrap();
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut e, &mut data).unwrap();
        let name = e.name().unwrap().to_string();
        if name == "dossier.json" {
            json = serde_json::from_slice(&data).unwrap();
        } else {
            files.push((name, data));
        }
    }
    Good { bytes, json, files }
}

/// A zip of these entries; `deflate` compresses them.
fn zip_of(entries: &[(String, Vec<u8>)], deflate: bool) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let method = if deflate {
        zip::CompressionMethod::Deflated
    } else {
        zip::CompressionMethod::Stored
    };
    let opts = SimpleFileOptions::default().compression_method(method);
    for (name, data) in entries {
        zip.start_file(name.as_str(), opts).unwrap();
        zip.write_all(data).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn with_json(good: &Good, body: Vec<u8>) -> Vec<u8> {
    let mut entries = vec![("dossier.json".to_string(), body)];
    entries.extend(good.files.iter().cloned());
    zip_of(&entries, true)
}

/// Replaces every occurrence of `from` by `to` (same length) in the bytes:
/// how entries get names the zip writer would refuse.
fn rename_raw(bytes: &mut [u8], from: &[u8], to: &[u8]) {
    assert_eq!(from.len(), to.len());
    let mut i = 0;
    while i + from.len() <= bytes.len() {
        if &bytes[i..i + from.len()] == from {
            bytes[i..i + from.len()].copy_from_slice(to);
            i += from.len();
        } else {
            i += 1;
        }
    }
}

/// Places in `dossier.json` a mutant can change.
const FIELDS: &[&str] = &[
    "/format",
    "/format_version",
    "/exported_at",
    "/patient",
    "/patient/full_name",
    "/patient/date_of_birth",
    "/dossier",
    "/dossier/title",
    "/dossier/reasons",
    "/dossier/reasons/0",
    "/dossier/situations",
    "/dossier/decide_by",
    "/dossier/consultant",
    "/dossier/consultant/mode",
    "/dossier/consultant/appointment",
    "/diagnoses",
    "/diagnoses/0",
    "/diagnoses/0/name",
    "/diagnoses/0/diagnosed_on",
    "/diagnoses/0/status",
    "/medications/0/started_on",
    "/allergies/0/severity",
    "/events/0/date",
    "/questions",
    "/questions/0/priority",
    "/questions/0/category",
    "/questions/1/text",
    "/documents",
    "/documents/0",
    "/documents/0/sha256",
    "/documents/0/file",
    "/documents/0/size",
    "/documents/0/page_count",
    "/documents/0/include_in_export",
    "/documents/1/title",
    "/documents/1/kind",
    "/checklist_marks",
    "/checklist_marks/imaging_studies",
    "/opinion",
    "/opinion/given_on",
];

fn set(json: &mut Value, pointer: &str, value: Value) {
    if let Some(slot) = json.pointer_mut(pointer) {
        *slot = value;
    }
}

fn odd_value(rng: &mut fastrand::Rng) -> Value {
    match rng.usize(..12) {
        0 => json!(i64::MAX),
        1 => json!(i64::MIN),
        2 => json!(-1),
        3 => json!(1e300),
        4 => json!(0.5),
        5 => json!("9223372036854775808"),
        6 => json!(true),
        7 => Value::Null,
        8 => json!([1, "two", null]),
        9 => json!({"nested": {"deeper": []}}),
        10 => json!("not_a_key"),
        _ => json!(""),
    }
}

const ODD_NAMES: &[&str] = &[
    "../evil.pdf",
    "/etc/passwd",
    "files/../../outside",
    "C:\\Windows\\x",
    "files\\x",
    "files/a/b",
    "other/",
    "files/./x",
    "dossier.json/",
    "DOSSIER.JSON",
    "files/\u{202e}fdp.exe",
    "",
    ".",
];

/// One mutant: a description and its bytes.
fn mutant(good: &Good, bomb: &Bomb, rng: &mut fastrand::Rng) -> (String, Vec<u8>) {
    match rng.usize(..10) {
        0 => {
            let mut b = good.bytes.clone();
            let n = rng.usize(1..=8);
            let mut at = Vec::new();
            for _ in 0..n {
                let i = rng.usize(..b.len());
                b[i] ^= rng.u8(1..);
                at.push(i);
            }
            (format!("bytes flipped at {at:?}"), b)
        }
        1 => {
            let len = rng.usize(..good.bytes.len());
            (format!("cut to {len} bytes"), good.bytes[..len].to_vec())
        }
        2 | 3 => {
            let mut j = good.json.clone();
            let field = FIELDS[rng.usize(..FIELDS.len())];
            let value = odd_value(rng);
            let what = format!("{field} set to {value}");
            set(&mut j, field, value);
            (what, with_json(good, serde_json::to_vec(&j).unwrap()))
        }
        4 => {
            let mut j = good.json.clone();
            let field = FIELDS[rng.usize(..FIELDS.len())];
            set(&mut j, field, json!("ü".repeat(5 << 20)));
            (
                format!("{field} set to a 10 MB string"),
                with_json(good, serde_json::to_vec(&j).unwrap()),
            )
        }
        5 => {
            let depth = rng.usize(100..200_000);
            let body = serde_json::to_string(&good.json).unwrap();
            let deep = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
            let body = body.replacen('{', &format!("{{\"deep\":{deep},"), 1);
            (
                format!("JSON nested {depth} deep"),
                with_json(good, body.into_bytes()),
            )
        }
        6 => {
            // Two entries of one name: written under a stand-in name of the
            // same length, then renamed in the bytes.
            let mut other = good.json.clone();
            set(&mut other, "/patient/full_name", json!("Someone Else"));
            let mut entries = vec![
                (
                    "dossier.json".to_string(),
                    serde_json::to_vec(&good.json).unwrap(),
                ),
                (
                    "dossier.jsoX".to_string(),
                    serde_json::to_vec(&other).unwrap(),
                ),
            ];
            entries.extend(good.files.iter().cloned());
            if rng.bool() {
                let (name, data) = good.files[0].clone();
                let twin = format!("{}X", &name[..name.len() - 1]);
                entries.push((twin, data.iter().rev().copied().collect()));
                let mut b = zip_of(&entries, true);
                let twin = entries.last().unwrap().0.clone();
                rename_raw(&mut b, twin.as_bytes(), name.as_bytes());
                rename_raw(&mut b, b"dossier.jsoX", b"dossier.jsoY");
                ("a report file twice".into(), b)
            } else {
                let mut b = zip_of(&entries, true);
                rename_raw(&mut b, b"dossier.jsoX", b"dossier.json");
                ("dossier.json twice".into(), b)
            }
        }
        7 => {
            let name = if rng.bool() {
                ODD_NAMES[rng.usize(..ODD_NAMES.len())].to_string()
            } else {
                format!("files/{}", "a".repeat(rng.usize(200..60_000)))
            };
            let mut j = good.json.clone();
            if rng.bool() {
                set(&mut j, "/documents/0/file", json!(name.clone()));
            }
            let mut entries = vec![("dossier.json".to_string(), serde_json::to_vec(&j).unwrap())];
            entries.extend(good.files.iter().cloned());
            entries.push((name.clone(), b"odd".to_vec()));
            let shown: String = name.chars().take(40).collect();
            (format!("an entry named {shown:?}"), zip_of(&entries, true))
        }
        _ => bomb_mutant(good, bomb, rng),
    }
}

/// A report entry of [`BOMB`] zeros, deflated, declaring its true size or
/// a small one.
fn bomb_mutant(good: &Good, bomb: &Bomb, rng: &mut fastrand::Rng) -> (String, Vec<u8>) {
    let sha = &bomb.sha256;
    let mut j = good.json.clone();
    set(&mut j, "/documents/0/sha256", json!(sha));
    set(&mut j, "/documents/0/file", json!(format!("files/{sha}")));
    // Every other report is there, so that the bomb is what is unpacked.
    let b = with_json(good, serde_json::to_vec(&j).unwrap());
    // The ready-made bomb entry is copied in as it is (still compressed).
    let mut zip = zip::ZipWriter::new_append(std::io::Cursor::new(b)).unwrap();
    let src = zip::ZipArchive::new(std::io::Cursor::new(&bomb.zip)).unwrap();
    zip.merge_archive(src).unwrap();
    let mut out = zip.finish().unwrap().into_inner();
    if rng.bool() {
        return ("a deflate bomb of 256 MB zeros".into(), out);
    }
    lie_about_size(&mut out, sha, 1000);
    ("a deflate bomb declaring 1000 bytes".into(), out)
}

/// Sets the declared unpacked size of entry `files/<sha>` in its local and
/// central headers.
fn lie_about_size(bytes: &mut [u8], sha: &str, size: u32) {
    let name = format!("files/{sha}");
    let name = name.as_bytes();
    let mut i = 0;
    while i + 46 + name.len() <= bytes.len() {
        let sig = &bytes[i..i + 4];
        let (name_at, size_at) = if sig == [0x50, 0x4b, 0x03, 0x04] {
            (30, 22)
        } else if sig == [0x50, 0x4b, 0x01, 0x02] {
            (46, 24)
        } else {
            i += 1;
            continue;
        };
        if bytes[i + name_at..].starts_with(name) {
            bytes[i + size_at..i + size_at + 4].copy_from_slice(&size.to_le_bytes());
        }
        i += 4;
    }
}

/// The bomb entry on its own, made once, and the hash of its contents.
struct Bomb {
    zip: Vec<u8>,
    sha256: String,
}

fn bomb() -> Bomb {
    use sha2::Digest;
    let zeros = vec![0u8; BOMB];
    let sha256 = hex::encode(sha2::Sha256::digest(&zeros));
    Bomb {
        zip: zip_of(&[(format!("files/{sha256}"), zeros)], true),
        sha256,
    }
}

/// Imports in a thread: its result, or a panic's message, within [`HANG`].
fn import_guarded(
    store: Store,
    path: PathBuf,
) -> (
    Store,
    Result<dossier::Result<archive::Imported>, String>,
    Duration,
) {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut store = store;
        let start = Instant::now();
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            archive::import_archive(&mut store, &path, ExistingPatient::AsNew)
        }));
        let r = r.map_err(|p| {
            p.downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default()
        });
        let _ = tx.send((store, r, start.elapsed()));
    });
    rx.recv_timeout(HANG)
        .unwrap_or_else(|_| panic!("an import did not end within {HANG:?}"))
}

/// Imports one mutant and checks the outcome. Returns how long it took and
/// whether it was refused.
fn try_mutant(store: Store, data: &Path, path: &Path, what: &str) -> (Store, Duration, bool) {
    let before = common::snapshot(data);
    let (mut store, result, took) = import_guarded(store, path.to_path_buf());
    let refused = matches!(result, Ok(Err(_)));
    match result {
        Err(panic) => panic!("{what}: the import panicked: {panic}"),
        Ok(Ok(done)) => {
            store.full_dossier(done.dossier_id).unwrap();
            let report = dossier::check::check(&store).unwrap();
            assert!(report.ok(), "{what}: imported, but {:?}", report.problems);
            // Back to the store as it was, so that it stays small.
            store.delete_patient(done.patient_id).unwrap();
            assert_eq!(common::snapshot(data), before, "{what}: not all removed");
        }
        Ok(Err(e)) => {
            assert_eq!(
                common::snapshot(data),
                before,
                "{what}: refused ({}) but the store changed",
                e.message
            );
            assert!(
                !e.message.is_empty()
                    && e.message.chars().count() <= 1001
                    && !e.message.contains('\n'),
                "{what}: the message is not one short line: {}",
                e.message
            );
            assert!(
                matches!(e.kind, ErrorKind::BadArchive | ErrorKind::BadFile),
                "{what}: refused as {:?}: {}",
                e.kind,
                e.message
            );
        }
    }
    (store, took, refused)
}

#[test]
fn mutated_archives_are_imported_whole_or_refused_cleanly() {
    let seed = env_number("DOSSIER_MUTATION_SEED", 20_241_203);
    let rounds = env_number("DOSSIER_MUTATION_ROUNDS", 150);
    let keep = std::env::var_os("DOSSIER_MUTATION_KEEP").map(PathBuf::from);
    eprintln!("archive mutants: seed {seed}, {rounds} mutants");
    let tmp = tempfile::tempdir().unwrap();
    let good = good(tmp.path());
    let bomb = bomb();
    let data = tmp.path().join("data");
    let mut store = Store::open(&data).unwrap();
    common::full_dossier(&store);
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut slowest = (Duration::ZERO, String::new());
    let mut refused = 0;
    let mut cases: Vec<(String, Vec<u8>)> = regression_fixtures();
    assert!(!cases.is_empty(), "the regression fixtures are missing");
    for n in 0..rounds {
        let (what, bytes) = mutant(&good, &bomb, &mut rng);
        cases.push((format!("seed {seed}, mutant {n}: {what}"), bytes));
    }
    for (n, (what, bytes)) in cases.into_iter().enumerate() {
        let path = tmp.path().join("mutant.dossier");
        std::fs::write(&path, &bytes).unwrap();
        if let Some(dir) = &keep {
            std::fs::create_dir_all(dir).unwrap();
            std::fs::write(dir.join(format!("mutant-{n:04}.dossier")), &bytes).unwrap();
        }
        let (s, took, was_refused) = try_mutant(store, &data, &path, &what);
        store = s;
        refused += was_refused as u32;
        if took > slowest.0 {
            slowest = (took, what);
        }
    }
    eprintln!(
        "archive mutants: {refused} refused; slowest {:?} ({})",
        slowest.0, slowest.1
    );
    assert!(refused > 0, "seed {seed}: no mutant was refused");
}

/// Archives that once broke the importer, kept as regression fixtures.
fn regression_fixtures() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/archives");
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: the regression fixtures are needed: {e}", dir.display()));
    let mut out: Vec<(String, Vec<u8>)> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "dossier"))
        .map(|p| {
            (
                format!("fixture {}", p.display()),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}
