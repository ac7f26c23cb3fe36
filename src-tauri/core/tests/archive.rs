//! The portable archive: a round trip keeps everything, byte for byte, and
//! every hostile or damaged archive is refused with the store unchanged.

mod common;

use dossier::archive::{self, ExistingPatient, Limits};
use dossier::model::{Mark, Opinion};
use dossier::{ErrorKind, Store};
use std::io::Write;
use std::path::{Path, PathBuf};
use zip::write::SimpleFileOptions;

fn without_ids(mut v: serde_json::Value) -> serde_json::Value {
    match &mut v {
        serde_json::Value::Object(map) => {
            map.remove("id");
            map.remove("patient_id");
            for (_, x) in map.iter_mut() {
                *x = without_ids(x.take());
            }
        }
        serde_json::Value::Array(items) => {
            for x in items.iter_mut() {
                *x = without_ids(x.take());
            }
        }
        _ => {}
    }
    v
}

/// A store in a temp folder holding the full sample dossier, and its archive.
fn exported() -> (tempfile::TempDir, Store, i64, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("data")).unwrap();
    let mut store = store;
    let id = common::full_dossier(&store);
    // "I take no medicines": an answer only for a list with nothing in it.
    for m in store.items::<dossier::model::Medication>(id).unwrap() {
        store
            .delete_item::<dossier::model::Medication>(m.id)
            .unwrap();
    }
    let mut d = store.dossier(id).unwrap();
    d.none_known = vec!["medications".into()];
    // The consultant reads German: the bundle's language comes back too.
    d.consultant.language = "de".into();
    store.update_dossier(&d).unwrap();
    store
        .save_opinion(
            id,
            &Opinion {
                given_by: "Dr Okafor".into(),
                diagnosis_code: "M17.11".into(),
                marks: [
                    ("diagnosis".to_string(), Mark::Same),
                    ("treatment".to_string(), Mark::Different),
                ]
                .into(),
                ..Opinion::default()
            },
        )
        .unwrap();
    let out = dir.path().join("Eleni knee.dossier");
    archive::export_archive(&store, id, &out).unwrap();
    (dir, store, id, out)
}

#[test]
fn export_then_import_gives_back_every_field_and_every_byte() {
    let (dir, store, id, out) = exported();
    let original = store.full_dossier(id).unwrap();
    let target = dir.path().join("elsewhere");
    let mut other = Store::open(&target).unwrap();
    let done = archive::import_archive(&mut other, &out, ExistingPatient::Refuse).unwrap();
    let copy = other.full_dossier(done.dossier_id).unwrap();
    assert_eq!(
        without_ids(serde_json::to_value(&copy).unwrap()),
        without_ids(serde_json::to_value(&original).unwrap())
    );
    assert_eq!(done.documents, common::fixture_reports().len());
    assert_eq!(copy.dossier.none_known, ["medications"]);
    assert_eq!(
        other.opinion(done.dossier_id).unwrap(),
        store.opinion(id).unwrap(),
        "the opinion and the patient's marks travel"
    );
    let marks = other.checklist_marks(done.dossier_id).unwrap();
    assert_eq!(marks, store.checklist_marks(id).unwrap());
    assert_eq!(
        marks.get("imaging_studies").map(String::as_str),
        Some("requested")
    );
    for report in common::fixture_reports() {
        let name = report.file_name().unwrap().to_string_lossy().into_owned();
        let doc = copy
            .documents
            .iter()
            .find(|d| d.original_name == name)
            .unwrap();
        let kept = std::fs::read(other.files().path_of(&doc.sha256)).unwrap();
        assert_eq!(
            kept,
            std::fs::read(&report).unwrap(),
            "{name} byte for byte"
        );
    }
    assert!(dossier::check::check(&other).unwrap().ok());
}

#[test]
fn the_archive_holds_the_documented_names() {
    let (_dir, _store, _id, out) = exported();
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    let mut body = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("dossier.json").unwrap(), &mut body).unwrap();
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["format"], "second-opinion-dossier");
    assert_eq!(json["format_version"], 1);
    for key in [
        "full_name",
        "date_of_birth",
        "sex",
        "phone",
        "email",
        "address",
        "language",
    ] {
        assert!(json["patient"].get(key).is_some(), "patient.{key}");
    }
    for key in [
        "title",
        "reasons",
        "situations",
        "goal",
        "decide_by",
        "notes",
        "consultant",
    ] {
        assert!(json["dossier"].get(key).is_some(), "dossier.{key}");
    }
    for key in ["name", "specialty", "institution", "appointment", "mode"] {
        assert!(
            json["dossier"]["consultant"].get(key).is_some(),
            "consultant.{key}"
        );
    }
    let doc = &json["documents"][0];
    for key in [
        "title",
        "kind",
        "date",
        "source",
        "file",
        "sha256",
        "media_type",
        "include_in_export",
        "notes",
    ] {
        assert!(doc.get(key).is_some(), "documents[].{key}");
    }
    assert!(doc["file"].as_str().unwrap().starts_with("files/"));
    for key in ["text", "category", "priority", "source", "answer"] {
        assert!(json["questions"][0].get(key).is_some(), "questions[].{key}");
    }
    assert_eq!(json["dossier"]["reasons"][0], "choose_treatment");
}

#[test]
fn an_existing_patient_is_never_merged_silently() {
    let (dir, mut store, _id, out) = exported();
    let data = dir.path().join("data");
    let before = common::snapshot(&data);
    let err = archive::import_archive(&mut store, &out, ExistingPatient::Refuse).unwrap_err();
    assert_eq!(err.kind, ErrorKind::PatientExists);
    assert_eq!(common::snapshot(&data), before);
    let attached = archive::import_archive(&mut store, &out, ExistingPatient::Attach).unwrap();
    let as_new = archive::import_archive(&mut store, &out, ExistingPatient::AsNew).unwrap();
    assert_eq!(store.patients().unwrap().len(), 2);
    assert_ne!(attached.patient_id, as_new.patient_id);
    assert_eq!(store.dossiers(Some(attached.patient_id)).unwrap().len(), 2);
}

/// Writes a zip from (name, bytes) entries.
fn write_zip(path: &Path, entries: &[(&str, Vec<u8>)]) {
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    for (name, bytes) in entries {
        zip.start_file(*name, SimpleFileOptions::default()).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
}

/// The entries of a good archive, to alter.
fn good_entries(out: &Path) -> (serde_json::Value, Vec<(String, Vec<u8>)>) {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(out).unwrap()).unwrap();
    let mut json = None;
    let mut files = Vec::new();
    for i in 0..zip.len() {
        let mut e = zip.by_index(i).unwrap();
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut e, &mut bytes).unwrap();
        let name = e.name().unwrap().to_string();
        if name == "dossier.json" {
            json = Some(serde_json::from_slice(&bytes).unwrap());
        } else {
            files.push((name, bytes));
        }
    }
    (json.unwrap(), files)
}

fn zip_with(path: &Path, json: &serde_json::Value, files: &[(String, Vec<u8>)]) {
    let mut entries: Vec<(&str, Vec<u8>)> =
        vec![("dossier.json", serde_json::to_vec(json).unwrap())];
    entries.extend(files.iter().map(|(n, b)| (n.as_str(), b.clone())));
    write_zip(path, &entries);
}

/// Writes one bad archive to the given path.
type MakeArchive = Box<dyn Fn(&Path)>;

#[test]
fn hostile_and_damaged_archives_are_refused_and_change_nothing() {
    let (dir, _store, _id, out) = exported();
    // Import into a second store that already holds something, so "unchanged"
    // means more than "empty".
    let data = dir.path().join("target");
    let mut store = Store::open(&data).unwrap();
    common::full_dossier(&store);
    let (json, files) = good_entries(&out);
    let before = common::snapshot(&data);
    let bad = dir.path().join("bad.dossier");
    let mut cases: Vec<(&str, MakeArchive, &str)> = Vec::new();

    cases.push((
        "not a zip",
        Box::new(|p| std::fs::write(p, b"%PDF-1.4 not a zip").unwrap()),
        "not a dossier archive",
    ));
    cases.push((
        "no dossier.json",
        Box::new(|p| write_zip(p, &[("files/x", b"x".to_vec())])),
        "no dossier.json",
    ));
    let j = json.clone();
    let f = files.clone();
    cases.push((
        "wrong format",
        Box::new(move |p| {
            let mut j = j.clone();
            j["format"] = "something-else".into();
            zip_with(p, &j, &f)
        }),
        "format",
    ));
    let j = json.clone();
    let f = files.clone();
    cases.push((
        "newer version",
        Box::new(move |p| {
            let mut j = j.clone();
            j["format_version"] = 2.into();
            zip_with(p, &j, &f)
        }),
        "newer version",
    ));
    let j = json.clone();
    let f = files.clone();
    cases.push((
        "bad date",
        Box::new(move |p| {
            let mut j = j.clone();
            j["diagnoses"][0]["diagnosed_on"] = "31/31/2024".into();
            zip_with(p, &j, &f)
        }),
        "diagnoses[0].diagnosed_on",
    ));
    let j = json.clone();
    let f = files.clone();
    cases.push((
        "unknown key",
        Box::new(move |p| {
            let mut j = j.clone();
            j["treatments"][0]["status"] = "maybe".into();
            zip_with(p, &j, &f)
        }),
        "treatments[0].status",
    ));
    let j = json.clone();
    let f = files.clone();
    cases.push((
        "altered file",
        Box::new(move |p| {
            let mut f = f.clone();
            let last = f.len() - 1;
            f[last].1[10] ^= 0xFF;
            zip_with(p, &j, &f)
        }),
        "do not match the SHA-256",
    ));
    let j = json.clone();
    let f = files.clone();
    cases.push((
        "path traversal",
        Box::new(move |p| {
            let mut f = f.clone();
            f.push(("files/../../evil.sh".into(), b"rm -rf".to_vec()));
            zip_with(p, &j, &f)
        }),
        "\"..\"",
    ));
    let j = json.clone();
    let f = files.clone();
    cases.push((
        "absolute path",
        Box::new(move |p| {
            let mut f = f.clone();
            f.push(("/etc/cron.d/evil".into(), b"x".to_vec()));
            zip_with(p, &j, &f)
        }),
        "absolute",
    ));
    let j = json.clone();
    let f = files.clone();
    cases.push((
        "outside files/",
        Box::new(move |p| {
            let mut f = f.clone();
            f.push(("extra/readme.txt".into(), b"x".to_vec()));
            zip_with(p, &j, &f)
        }),
        "only dossier.json and files",
    ));
    let j = json.clone();
    let f = files.clone();
    cases.push((
        "document points outside files/",
        Box::new(move |p| {
            let mut j = j.clone();
            j["documents"][0]["file"] = "../secret".into();
            zip_with(p, &j, &f)
        }),
        "documents[0].file",
    ));
    let j = json.clone();
    let f = files.clone();
    cases.push((
        "missing file",
        Box::new(move |p| {
            let mut f = f.clone();
            f.pop();
            zip_with(p, &j, &f)
        }),
        "is not in the archive",
    ));
    let j = json.clone();
    let f = files.clone();
    cases.push((
        "symbolic link",
        Box::new(move |p| {
            let mut zip = zip::ZipWriter::new(std::fs::File::create(p).unwrap());
            zip.start_file("dossier.json", SimpleFileOptions::default())
                .unwrap();
            zip.write_all(&serde_json::to_vec(&j).unwrap()).unwrap();
            for (n, b) in &f {
                zip.start_file(n.as_str(), SimpleFileOptions::default())
                    .unwrap();
                zip.write_all(b).unwrap();
            }
            zip.add_symlink("files/link", "/etc/passwd", SimpleFileOptions::default())
                .unwrap();
            zip.finish().unwrap();
        }),
        "links are not allowed",
    ));

    for (name, make, expected) in &cases {
        make(&bad);
        let err = archive::import_archive(&mut store, &bad, ExistingPatient::AsNew)
            .err()
            .unwrap_or_else(|| panic!("{name}: was accepted"));
        assert!(
            err.message.contains(expected),
            "{name}: message \"{}\" should mention {expected}",
            err.message
        );
        assert!(
            matches!(err.kind, ErrorKind::BadArchive | ErrorKind::BadFile),
            "{name}: {:?}",
            err.kind
        );
        assert_eq!(common::snapshot(&data), before, "{name}: the store changed");
    }
}

#[test]
fn an_entry_that_unpacks_to_an_absurd_size_is_refused() {
    let (dir, _store, _id, out) = exported();
    let data = dir.path().join("target");
    let mut store = Store::open(&data).unwrap();
    let (mut json, mut files) = good_entries(&out);
    // 64 MB of zeros packs to a few kilobytes.
    let bomb = vec![0u8; 64 << 20];
    let sha = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(&bomb))
    };
    json["documents"][0]["sha256"] = sha.clone().into();
    json["documents"][0]["file"] = format!("files/{sha}").into();
    files.push((format!("files/{sha}"), bomb));
    let bad = dir.path().join("bomb.dossier");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&bad).unwrap());
    let deflate = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("dossier.json", deflate).unwrap();
    zip.write_all(&serde_json::to_vec(&json).unwrap()).unwrap();
    for (n, b) in &files {
        zip.start_file(n.as_str(), deflate).unwrap();
        zip.write_all(b).unwrap();
    }
    zip.finish().unwrap();
    assert!(std::fs::metadata(&bad).unwrap().len() < 2 << 20);
    let before = common::snapshot(&data);
    let limits = Limits {
        file: 16 << 20,
        ..Limits::default()
    };
    let err = archive::import_archive_with(&mut store, &bad, ExistingPatient::AsNew, &limits)
        .unwrap_err();
    assert!(err.message.contains("more than"), "{}", err.message);
    assert_eq!(common::snapshot(&data), before);
}

/// Writes `entries`, then renames every `from` in the bytes to `to` (same
/// length): how an archive gets two entries of one name, which the zip
/// writer refuses to make.
fn write_zip_renaming(path: &Path, entries: &[(&str, Vec<u8>)], from: &[u8], to: &[u8]) {
    write_zip(path, entries);
    let mut bytes = std::fs::read(path).unwrap();
    let mut i = 0;
    while i + from.len() <= bytes.len() {
        if &bytes[i..i + from.len()] == from {
            bytes[i..i + from.len()].copy_from_slice(to);
        }
        i += 1;
    }
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn an_archive_with_dossier_json_twice_is_refused() {
    let (dir, mut store, _id, out) = exported();
    let data = dir.path().join("data");
    let (json, files) = good_entries(&out);
    let mut other = json.clone();
    other["patient"]["full_name"] = "Someone Else".into();
    let mut entries: Vec<(&str, Vec<u8>)> = vec![
        ("dossier.json", serde_json::to_vec(&json).unwrap()),
        ("dossier.jsoX", serde_json::to_vec(&other).unwrap()),
    ];
    entries.extend(files.iter().map(|(n, b)| (n.as_str(), b.clone())));
    let bad = dir.path().join("twice.dossier");
    write_zip_renaming(&bad, &entries, b"dossier.jsoX", b"dossier.json");
    // The zip library opens it, keeping one of the two.
    let zip = zip::ZipArchive::new(std::fs::File::open(&bad).unwrap()).unwrap();
    assert_eq!(zip.len(), files.len() + 1);
    let before = common::snapshot(&data);
    let err = archive::import_archive(&mut store, &bad, ExistingPatient::AsNew).unwrap_err();
    assert_eq!(err.kind, ErrorKind::BadArchive);
    assert!(err.message.contains("appears twice"), "{}", err.message);
    assert_eq!(common::snapshot(&data), before);
}

/// An archive whose first report is `size` zeros, deflated.
fn bomb_archive(dir: &Path, out: &Path, size: usize) -> PathBuf {
    let (mut json, mut files) = good_entries(out);
    let bomb = vec![0u8; size];
    let sha = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(&bomb))
    };
    json["documents"][0]["sha256"] = sha.clone().into();
    json["documents"][0]["file"] = format!("files/{sha}").into();
    files.push((format!("files/{sha}"), bomb));
    let path = dir.join("bomb.dossier");
    zip_with(&path, &json, &files);
    path
}

#[test]
fn an_archive_may_unpack_to_at_most_twenty_times_its_size() {
    let (dir, _store, _id, out) = exported();
    let data = dir.path().join("target");
    let mut store = Store::open(&data).unwrap();
    // 64 MB of zeros, well under the 4 GB an entry may hold, packs to
    // 64 KB: more than 20 times the archive's size.
    let bad = bomb_archive(dir.path(), &out, 64 << 20);
    let archive_size = std::fs::metadata(&bad).unwrap().len();
    assert!(Limits::default().total_for(archive_size) < 64 << 20);
    let before = common::snapshot(&data);
    let err = archive::import_archive(&mut store, &bad, ExistingPatient::AsNew).unwrap_err();
    assert!(
        err.message.starts_with("entry \"files/") && err.message.contains("decompression bomb"),
        "{}",
        err.message
    );
    assert_eq!(common::snapshot(&data), before);
    // The real archive, about the size of its reports, is well within.
    let real = std::fs::metadata(&out).unwrap().len();
    let unpacked: u64 = good_entries(&out)
        .1
        .iter()
        .map(|(_, b)| b.len() as u64)
        .sum();
    assert!(unpacked < Limits::default().total_for(real) / 10);
    archive::import_archive(&mut store, &out, ExistingPatient::AsNew).unwrap();
    // A long, repetitive record compresses far better than 20 to 1; it is
    // bounded by its own limit, not by the ratio.
    let (mut json, files) = good_entries(&out);
    json["notes_of_a_later_version"] = "the same words again. ".repeat(1 << 20).into();
    let long = dir.path().join("long record.dossier");
    zip_with(&long, &json, &files);
    assert!(std::fs::metadata(&long).unwrap().len() * 20 < 22 << 20);
    archive::import_archive(&mut store, &long, ExistingPatient::AsNew).unwrap();
}

#[test]
fn an_archive_that_would_not_fit_on_the_disk_is_refused_naming_the_entry() {
    let (dir, _store, _id, out) = exported();
    let data = dir.path().join("target");
    let mut store = Store::open(&data).unwrap();
    let before = common::snapshot(&data);
    let limits = Limits {
        keep_free: u64::MAX / 2,
        ..Limits::default()
    };
    let err = archive::import_archive_with(&mut store, &out, ExistingPatient::AsNew, &limits)
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::Io);
    assert!(
        err.message.starts_with("entry \"files/") && err.message.contains("free disk space"),
        "{}",
        err.message
    );
    assert_eq!(common::snapshot(&data), before);
}

#[test]
fn an_out_of_range_priority_in_an_archive_names_the_field() {
    let (dir, mut store, _id, out) = exported();
    let (mut json, files) = good_entries(&out);
    json["questions"][1]["priority"] = i64::MAX.into();
    let bad = dir.path().join("priority.dossier");
    zip_with(&bad, &json, &files);
    let err = archive::import_archive(&mut store, &bad, ExistingPatient::AsNew).unwrap_err();
    assert_eq!(err.field.as_deref(), Some("questions[1].priority"));
    assert!(
        err.message.starts_with(
            "dossier.json: questions[1].priority: 9223372036854775807 is out of range"
        ),
        "{}",
        err.message
    );
}

/// Seconds to import the sample dossier with `n` questions into a new store
/// (the best of two tries).
fn import_seconds(dir: &Path, out: &Path, n: usize) -> f64 {
    let (mut json, files) = good_entries(out);
    let questions: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            serde_json::json!({
                "text": format!("Question {i}: is there another way?"),
                "category": "alternatives",
                "priority": 0,
                "source": "own",
                "answer": ""
            })
        })
        .collect();
    json["questions"] = questions.into();
    let path = dir.join(format!("{n} questions.dossier"));
    zip_with(&path, &json, &files);
    (0..2)
        .map(|t| {
            let mut store = Store::open(&dir.join(format!("store {n} {t}"))).unwrap();
            let start = std::time::Instant::now();
            let done = archive::import_archive(&mut store, &path, ExistingPatient::AsNew).unwrap();
            let took = start.elapsed().as_secs_f64();
            assert_eq!(
                store
                    .items::<dossier::model::Question>(done.dossier_id)
                    .unwrap()
                    .len(),
                n
            );
            took
        })
        .fold(f64::MAX, f64::min)
}

#[test]
fn import_time_grows_with_the_number_of_items_not_its_square() {
    let (dir, _store, _id, out) = exported();
    let small = import_seconds(dir.path(), &out, 5_000);
    let large = import_seconds(dir.path(), &out, 20_000);
    eprintln!("import: 5,000 questions {small:.3} s, 20,000 questions {large:.3} s");
    // Four times the items: about four times the time; the square would be
    // sixteen.
    assert!(
        large < small * 8.0,
        "5,000 questions took {small:.3} s but 20,000 took {large:.3} s"
    );
}

#[test]
fn more_than_half_a_million_items_in_all_are_refused_early() {
    let (dir, mut store, _id, out) = exported();
    let data = dir.path().join("data");
    let (mut json, files) = good_entries(&out);
    // Half in one list, half and one more in another: counted together.
    json["diagnoses"] = serde_json::json!([]);
    json["questions"] = serde_json::json!([]);
    let half = archive::MAX_ITEMS / 2;
    let body = serde_json::to_string(&json).unwrap();
    let diagnoses = vec![r#"{"name":"d"}"#; half].join(",");
    let questions = vec![r#"{"text":"q"}"#; archive::MAX_ITEMS - half + 1].join(",");
    let body = body
        .replacen(
            r#""diagnoses":[]"#,
            &format!(r#""diagnoses":[{diagnoses}]"#),
            1,
        )
        .replacen(
            r#""questions":[]"#,
            &format!(r#""questions":[{questions}]"#),
            1,
        );
    let bad = dir.path().join("many.dossier");
    let mut entries: Vec<(&str, Vec<u8>)> = vec![("dossier.json", body.into_bytes())];
    entries.extend(files.iter().map(|(n, b)| (n.as_str(), b.clone())));
    write_zip(&bad, &entries);
    let before = common::snapshot(&data);
    let err = archive::import_archive(&mut store, &bad, ExistingPatient::AsNew).unwrap_err();
    assert!(
        err.message.starts_with("dossier.json: questions")
            && err.message.contains("500000 items allowed in all lists"),
        "{}",
        err.message
    );
    assert_eq!(common::snapshot(&data), before);
}

#[test]
fn the_health_background_travels_under_its_documented_names() {
    let (dir, _store, _id, out) = exported();
    let (json, files) = good_entries(&out);
    assert_eq!(json["diagnoses"][0]["role"], "main");
    assert_eq!(json["diagnoses"][1]["role"], "other");
    let b = &json["background"];
    for key in [
        "height_cm",
        "weight_kg",
        "smoking",
        "smoking_details",
        "alcohol",
        "occupation",
        "pregnant",
        "implants",
        "notes",
    ] {
        assert!(b.get(key).is_some(), "background.{key}");
    }
    assert_eq!(b["height_cm"], 162.5);
    assert_eq!(b["smoking"], "current");
    assert_eq!(
        json["operations"][0],
        serde_json::json!({"date": "2019-06", "name": "Arthroscopy of the right knee",
            "facility": "Valley Clinic", "notes": "Meniscus trimmed"})
    );
    assert_eq!(
        json["family_history"][0],
        serde_json::json!({"relative": "Mother", "condition": "Rheumatoid arthritis",
            "age_at_onset": 52, "notes": ""})
    );
    let life = &json["daily_life"];
    assert_eq!(life["pain_score"], 7);
    assert_eq!(life["since"], "2023-04");
    for key in ["symptoms", "limits", "tried", "matters_most"] {
        assert!(
            life[key].as_str().is_some_and(|s| !s.is_empty()),
            "daily_life.{key}"
        );
    }

    // An archive written before these existed: no role, no background, no
    // operations, no family history, no daily life. It still imports, and
    // every diagnosis is the main one.
    let mut old = json.clone();
    let map = old.as_object_mut().unwrap();
    for key in ["background", "operations", "family_history", "daily_life"] {
        map.remove(key);
    }
    for dx in old["diagnoses"].as_array_mut().unwrap() {
        dx.as_object_mut().unwrap().remove("role");
    }
    let path = dir.path().join("old.dossier");
    zip_with(&path, &old, &files);
    let mut other = Store::open(&dir.path().join("old-store")).unwrap();
    let done = archive::import_archive(&mut other, &path, ExistingPatient::Refuse).unwrap();
    let full = other.full_dossier(done.dossier_id).unwrap();
    assert!(full
        .diagnoses
        .iter()
        .all(|d| d.role == dossier::model::DiagnosisRole::Main));
    assert!(full.operations.is_empty() && full.family_history.is_empty());
    assert_eq!(full.background, Default::default());
    assert_eq!(full.daily_life, Default::default());

    // A pain score off the scale in an archive is refused by its field.
    let mut bad = json.clone();
    bad["daily_life"]["pain_score"] = 11.into();
    let path = dir.path().join("bad.dossier");
    zip_with(&path, &bad, &files);
    let mut third = Store::open(&dir.path().join("third")).unwrap();
    let e = archive::import_archive(&mut third, &path, ExistingPatient::Refuse).unwrap_err();
    assert!(e.message.contains("daily_life.pain_score"), "{}", e.message);
}
