//! Patient-portal files read into a dossier: real HL7 C-CDA samples and an
//! HL7 IPS FHIR Bundle from `tests/fixtures`, an XDM zip, NDJSON and a
//! folder built from them, and hostile files. Exact counts and values, and
//! nothing written before the patient confirms.

mod common;

use dossier::i18n::Catalogue;
use dossier::records::{self, Choice, Limits, Records};
use dossier::Store;
use std::io::Write;
use std::path::{Path, PathBuf};

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(rel)
}

fn read(paths: &[PathBuf]) -> Records {
    records::read_files(paths, &Limits::default(), Catalogue::en()).unwrap()
}

fn refused(paths: &[PathBuf]) -> String {
    records::read_files(paths, &Limits::default(), Catalogue::en())
        .unwrap_err()
        .message
}

#[test]
fn a_ccd_gives_each_section_with_exact_values() {
    let r = read(&[fixture("ccda/ccd.xml")]);
    assert_eq!(r.patients.len(), 1);
    assert_eq!(r.patients[0].name, "Eve Betterhalf");
    assert_eq!(r.patients[0].birth_date.as_deref(), Some("1975-05-01"));
    assert_eq!(
        [
            r.diagnoses.len(),
            r.medications.len(),
            r.allergies.len(),
            r.events.len(),
            r.clinicians.len(),
            r.results.len()
        ],
        [4, 2, 2, 5, 2, 13]
    );
    // The urea result the file gives no value for is listed, not a blank row.
    assert!(r
        .skipped
        .iter()
        .any(|s| s.item == "Urea nitrogen, Serum" && s.reason.contains("no value")));
    let leukocytes = r
        .results
        .iter()
        .find(|x| x.item.test == "Leukocytes")
        .unwrap();
    assert_eq!(
        leukocytes.item.unit, "x10^9/L",
        "units in a lab report's words"
    );
    let angina = r
        .diagnoses
        .iter()
        .find(|d| d.item.name == "Angina")
        .unwrap();
    assert_eq!(angina.item.code, "SNOMED CT 194828000");
    assert_eq!(angina.item.diagnosed_on.as_deref(), Some("2007-04-17"));
    let atenolol = &r.medications[1].item;
    assert_eq!(atenolol.name, "atenolol 25 MG Oral Tablet");
    assert_eq!(atenolol.dose, "1");
    assert_eq!(atenolol.started_on.as_deref(), Some("2012-03-18"));
    assert!(
        atenolol.frequency.starts_with("every 12 hours"),
        "{}",
        atenolol.frequency
    );
    let hb = r
        .results
        .iter()
        .find(|x| x.item.test == "Hemoglobin")
        .unwrap();
    assert_eq!(
        (
            hb.item.value.as_str(),
            hb.item.unit.as_str(),
            hb.item.reference_range.as_str()
        ),
        ("13.2", "g/dL", "12.0-15.5 g/dL")
    );
    assert_eq!(hb.item.date.as_deref(), Some("2008-03-19"));
    let platelets = r
        .results
        .iter()
        .find(|x| x.item.test == "Platelets")
        .unwrap();
    assert!(
        !platelets.item.flag.is_empty(),
        "a value the lab marks low is marked"
    );
    let penicillin = &r.allergies[0].item;
    assert_eq!(
        (penicillin.substance.as_str(), penicillin.reaction.as_str()),
        (
            "Penicillin",
            "Nausea; severity in the record: Moderate to severe"
        ),
        "the allergy's own severity, in its words, over the reaction's"
    );
    // Every item knows where it came from.
    assert!(r
        .diagnoses
        .iter()
        .all(|d| d.item.imported_from == "ccd.xml (Patient Chart Summary)"));
    // Immunizations and the like are listed as skipped, with the reason.
    assert!(r.skipped.iter().any(|s| s.item.contains("immunization")));
    // The readable text of every section comes along.
    assert_eq!(r.narratives.len(), 1);
    assert!(r.narratives[0]
        .sections
        .iter()
        .any(|(t, _)| t == "PROBLEMS"));
    // Nothing is "null", whatever the file leaves unknown.
    let json = serde_json::to_string(&r).unwrap();
    assert!(!json.to_lowercase().contains("\"null") && !json.contains("nullFlavor"));
}

#[test]
fn every_sample_document_type_is_read() {
    // Diagnoses, medicines, allergies, timeline events, people, results.
    for (file, counts) in [
        ("ccda/consultation-note.xml", [4, 2, 2, 0, 1, 13]),
        ("ccda/discharge-summary.xml", [5, 1, 3, 1, 3, 4]),
        ("ccda/operative-note.xml", [5, 1, 0, 1, 2, 0]),
    ] {
        let r = read(&[fixture(file)]);
        assert_eq!(r.patients.len(), 1, "{file}");
        let found = [
            r.diagnoses.len(),
            r.medications.len(),
            r.allergies.len(),
            r.events.len(),
            r.clinicians.len(),
            r.results.len(),
        ];
        assert_eq!(found, counts, "{file}");
        assert!(!r.narratives.is_empty(), "{file} has readable text");
    }
    // The discharge summary lists appendicitis as the admission and the
    // discharge diagnosis: once is new, the repeats are marked.
    let mut r = read(&[fixture("ccda/discharge-summary.xml")]);
    r.mark_duplicates(&Default::default());
    let appendicitis: Vec<bool> = r
        .diagnoses
        .iter()
        .filter(|d| d.item.name == "Appendicitis")
        .map(|d| d.duplicate)
        .collect();
    assert_eq!(appendicitis, [false, true, true]);
    let imaging = read(&[fixture("ccda/diagnostic-imaging-report.xml")]);
    assert_eq!(imaging.narratives[0].title, "Chest X-Ray, PA and LAT View");
}

#[test]
fn an_ips_bundle_gives_its_items_with_their_precision() {
    let r = read(&[fixture("fhir/ips-bundle-minimal.json")]);
    assert_eq!(r.patients[0].name, "Martha DeLarosa");
    assert_eq!(r.patients[0].birth_date.as_deref(), Some("1972-05-01"));
    assert_eq!(r.diagnoses.len(), 1);
    let dx = &r.diagnoses[0].item;
    // The ICD-10 coding is preferred, its own words with its own code.
    assert_eq!(dx.name, "Menopausal and female climacteric states");
    assert_eq!(dx.code, "N95.1");
    assert_eq!(
        dx.diagnosed_on.as_deref(),
        Some("2015"),
        "a year stays a year"
    );
    let m = &r.medications[0].item;
    assert_eq!(m.name, "Product containing anastrozole (medicinal product)");
    assert_eq!(m.dose, "1 tablet");
    assert_eq!(m.started_on.as_deref(), Some("2015-03"));
    assert_eq!(r.allergies.len(), 1);
    assert_eq!(r.clinicians[0].item.name, "Beetje van Hulp");
    assert!(r.narratives[0]
        .sections
        .iter()
        .any(|(t, body)| t == "Active Problems" && body.contains("Menopausal Flushing")));
}

/// A small FHIR resource, written here.
fn observation(id: &str, value: f64, date: &str) -> String {
    format!(
        r#"{{"resourceType":"Observation","id":"{id}","status":"final","code":{{"coding":[{{"system":"http://loinc.org","code":"2345-7","display":"Glucose"}}]}},"effectiveDateTime":"{date}","valueQuantity":{{"value":{value},"unit":"mg/dL"}},"referenceRange":[{{"low":{{"value":70}},"high":{{"value":99}}}}]}}"#
    )
}

#[test]
fn ndjson_folders_and_xdm_zips_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let nd = dir.path().join("Observation.ndjson");
    std::fs::write(
        &nd,
        format!(
            "{}\n{}\nnot json\n",
            observation("a", 92.0, "2024-01-05"),
            observation("b", 131.0, "2024-06-05T08:30:00Z")
        ),
    )
    .unwrap();
    let r = read(&[nd]);
    assert_eq!(r.results.len(), 2);
    assert_eq!(r.results[1].item.date.as_deref(), Some("2024-06-05"));
    assert_eq!(r.results[1].item.flag, "Outside the range given");
    assert_eq!(r.results[0].item.flag, "");
    // Two readings of one test on one day are two results, both new.
    let day = dir.path().join("day.ndjson");
    std::fs::write(
        &day,
        format!(
            "{}\n{}\n{}\n",
            observation("e", 92.0, "2024-01-05T08:00:00Z"),
            observation("f", 149.0, "2024-01-05T18:00:00Z"),
            observation("g", 92.0, "2024-01-05T08:00:00Z")
        ),
    )
    .unwrap();
    let mut same_day = read(&[day]);
    same_day.mark_duplicates(&Default::default());
    let marks: Vec<(bool, bool)> = same_day
        .results
        .iter()
        .map(|f| (f.duplicate, f.repeated))
        .collect();
    assert_eq!(marks, [(false, false), (false, false), (true, true)]);
    assert_eq!(r.skipped.len(), 1, "the line that is not JSON is listed");
    assert!(r.skipped[0].item.contains("line 3"));

    // A folder of resource files, as a phone exports them.
    let folder = dir.path().join("export");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("obs-1.json"), observation("c", 88.0, "2023-11")).unwrap();
    // Saved as UTF-16, as some systems do.
    let wide: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            observation("d", 101.0, "2023-12")
                .encode_utf16()
                .flat_map(|u| u.to_le_bytes()),
        )
        .collect();
    std::fs::write(folder.join("obs-2.json"), wide).unwrap();
    std::fs::write(folder.join("readme.txt"), "Exported from my phone").unwrap();
    let r = read(&[folder]);
    assert_eq!(r.results.len(), 2);
    assert!(
        r.skipped.iter().any(|s| s.item == "readme.txt"),
        "the other file is listed, not fatal"
    );
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    std::fs::write(empty.join("readme.txt"), "nothing").unwrap();
    assert!(refused(&[empty]).contains("holds no C-CDA or FHIR file"));
    assert_eq!(r.results[0].item.date.as_deref(), Some("2023-11"));

    // An IHE XDM zip around a CCD: the index and style sheet are not records.
    let zip_path = dir.path().join("my-record.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("IHE_XDM/SUBSET01/METADATA.XML", opts)
        .unwrap();
    zip.write_all(b"<SubmitObjectsRequest/>").unwrap();
    zip.start_file("IHE_XDM/SUBSET01/STYLE.XSL", opts).unwrap();
    zip.write_all(b"<xsl:stylesheet/>").unwrap();
    zip.start_file("IHE_XDM/SUBSET01/DOC0001.XML", opts)
        .unwrap();
    zip.write_all(&std::fs::read(fixture("ccda/ccd.xml")).unwrap())
        .unwrap();
    zip.start_file("INDEX.HTM", opts).unwrap();
    zip.write_all(b"<html/>").unwrap();
    zip.finish().unwrap();
    let r = read(&[zip_path]);
    assert_eq!(r.diagnoses.len(), 4);
    assert!(r.diagnoses[0]
        .item
        .imported_from
        .starts_with("my-record.zip (IHE_XDM/SUBSET01/DOC0001.XML"));
}

#[test]
fn values_under_a_limit_ratios_and_problems_named_in_words_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let ccda = r#"<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <recordTarget><patientRole><patient><name><given>Eve</given><family>Betterhalf</family></name></patient></patientRole></recordTarget>
      <component><structuredBody><component><section>
        <entry><observation><templateId root="2.16.840.1.113883.10.20.22.4.4"/>
          <value xsi:type="CD" nullFlavor="OTH"><originalText>Chronic kidney disease stage 3</originalText></value></observation></entry>
        <entry><observation><templateId root="2.16.840.1.113883.10.20.22.4.2"/><code displayName="Troponin I"/>
          <effectiveTime value="20220301"/><value xsi:type="IVL_PQ"><high value="0.01" unit="ng/mL"/></value></observation></entry>
        <entry><observation><templateId root="2.16.840.1.113883.10.20.22.4.2"/><code displayName="ANA titre"/>
          <value xsi:type="RTO"><numerator value="1"/><denominator value="160"/></value></observation></entry>
      </section></component></structuredBody></component></ClinicalDocument>"#;
    let path = dir.path().join("values.xml");
    std::fs::write(&path, ccda).unwrap();
    let r = read(&[path]);
    assert_eq!(r.diagnoses[0].item.name, "Chronic kidney disease stage 3");
    let value = |test: &str| {
        let x = &r.results.iter().find(|x| x.item.test == test).unwrap().item;
        format!("{} {}", x.value, x.unit)
    };
    assert_eq!(value("Troponin I"), "<0.01 ng/mL");
    assert_eq!(value("ANA titre"), "1:160 ");
    let fhir = dir.path().join("tsh.json");
    std::fs::write(
        &fhir,
        r#"{"resourceType":"Observation","code":{"text":"TSH"},"valueQuantity":{"value":0.00012,"comparator":"<","unit":"mIU/L"},"referenceRange":[{"low":{"value":0.4},"high":{"value":4.0}}]}"#,
    )
    .unwrap();
    let r = read(&[fhir]);
    assert_eq!(r.results[0].item.value, "<0.00012");
    assert_eq!(
        r.results[0].item.flag, "",
        "nothing is guessed from a value under a limit"
    );
}

#[test]
fn hostile_and_wrong_files_are_refused_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let bomb = write(
        "bomb.xml",
        br#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><ClinicalDocument xmlns="urn:hl7-org:v3">&lol3;</ClinicalDocument>"#,
    );
    let m = refused(&[bomb]);
    assert!(
        m.starts_with("bomb.xml: ") && m.contains("document type declaration"),
        "{m}"
    );
    let xxe = write(
        "xxe.xml",
        br#"<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><ClinicalDocument xmlns="urn:hl7-org:v3">&x;</ClinicalDocument>"#,
    );
    let m = refused(&[xxe]);
    assert!(m.starts_with("xxe.xml: ") && !m.contains("root:"), "{m}");
    let m = refused(&[write(
        "latin.xml",
        b"<ClinicalDocument xmlns=\"urn:hl7-org:v3\">\xE9</ClinicalDocument>",
    )]);
    assert!(m.contains("not valid UTF-8"), "{m}");
    let m = refused(&[write(
        "sjis.xml",
        b"<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><a/>",
    )]);
    assert!(m.contains("shift_jis"), "{m}");
    let m = refused(&[write("other.xml", b"<html><body>hi</body></html>")]);
    assert!(m.contains("not a C-CDA document"), "{m}");
    let m = refused(&[write(
        "broken.xml",
        b"<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><title>",
    )]);
    assert!(m.contains("not well-formed XML"), "{m}");
    // Saved as UTF-16 without a byte-order mark: "<?" tells it apart.
    let plain = std::fs::read_to_string(fixture("ccda/ccd.xml")).unwrap();
    let le: Vec<u8> = plain.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    let be: Vec<u8> = plain.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
    assert_eq!(read(&[write("utf16le.xml", &le)]).diagnoses.len(), 4);
    assert_eq!(read(&[write("utf16be.xml", &be)]).diagnoses.len(), 4);
    let m = refused(&[write("notes.txt", b"Just some notes")]);
    assert!(m.contains("not a C-CDA or FHIR file"), "{m}");
    let m = refused(&[write("data.json", b"{\"a\": 1}")]);
    assert!(m.contains("not FHIR"), "{m}");
    let m = refused(&[write(
        "fhir.xml",
        b"<Patient xmlns=\"http://hl7.org/fhir\"/>",
    )]);
    assert!(m.contains("FHIR written as XML"), "{m}");
    // A file larger than the limit is refused before it is parsed.
    let big = write("big.xml", &vec![b' '; 2048]);
    let e = records::read_files(
        &[big],
        &Limits {
            file: 1024,
            ..Limits::default()
        },
        Catalogue::en(),
    )
    .unwrap_err();
    assert_eq!(
        e.message,
        "big.xml: larger than 1 KB; a patient-portal file is far smaller"
    );
    // Elements nested thousands deep are refused before anything walks them.
    let deep = format!(
        "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><component><structuredBody><component><section><text>{}x{}</text></section></component></structuredBody></component></ClinicalDocument>",
        "<content>".repeat(20_000),
        "</content>".repeat(20_000)
    );
    let m = refused(&[write("deep.xml", deep.as_bytes())]);
    assert!(m.starts_with("deep.xml: nests its elements"), "{m}");
    // UTF-16 with its mark is read.
    let text = std::fs::read_to_string(fixture("ccda/ccd.xml"))
        .unwrap()
        .replacen("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", 1);
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(|u| u.to_le_bytes()))
        .collect();
    assert_eq!(read(&[write("utf16.xml", &utf16)]).diagnoses.len(), 4);
    // Two patients in one import are refused.
    let m = refused(&[
        fixture("ccda/ccd.xml"),
        fixture("fhir/ips-bundle-minimal.json"),
    ]);
    assert!(
        m.contains("different people")
            && m.contains("Eve Betterhalf")
            && m.contains("Martha DeLarosa"),
        "{m}"
    );
}

#[test]
fn the_patient_confirms_then_one_transaction_adds_items_and_keeps_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let id = common::empty_dossier(&store, "Eve Betterhalf", "Chest pain");
    store
        .add_item(
            id,
            &dossier::model::Diagnosis {
                name: "Angina".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let before = common::snapshot(dir.path());
    let mut r = read(&[fixture("ccda/ccd.xml")]);
    let full = store.full_dossier(id).unwrap();
    r.mark_duplicates(&full);
    assert!(
        r.patient_mismatch(&full.patient, Catalogue::en())
            .is_empty(),
        "same name"
    );
    let angina = r
        .diagnoses
        .iter()
        .find(|d| d.item.name == "Angina")
        .unwrap();
    assert!(angina.duplicate, "what the dossier has is marked");
    assert_eq!(
        common::snapshot(dir.path()),
        before,
        "reading wrote nothing"
    );

    let mut other = full.patient.clone();
    other.full_name = "Someone Else".into();
    let said = r.patient_mismatch(&other, Catalogue::en());
    assert_eq!(said.len(), 1);
    assert!(
        said[0].contains("Eve Betterhalf") && said[0].contains("Someone Else"),
        "{}",
        said[0]
    );

    let added = records::add(&store, id, &r, &Choice::default(), Catalogue::en()).unwrap();
    assert_eq!(
        added.diagnoses, 3,
        "4 found, Angina already there; the two pneumonias are of different years"
    );
    assert_eq!(added.results, 13);
    assert_eq!(added.documents, 2, "the file and its readable text");
    let after = store.full_dossier(id).unwrap();
    assert_eq!(after.diagnoses.len(), 4);
    assert_eq!(after.results.len(), 13);
    assert_eq!(after.documents[0].original_name, "ccd.xml");
    // The kept file is named and dated as the document names and dates itself.
    assert_eq!(after.documents[0].title, "Patient Chart Summary");
    assert_eq!(after.documents[0].date.as_deref(), Some("2013-08-15"));
    let text = &after.documents[1];
    assert_eq!(text.title, "Patient Chart Summary (readable text)");
    assert_eq!(text.media_type, "application/pdf");
    let pdf = store.files().path_of(&text.sha256);
    let out = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let words = String::from_utf8_lossy(&out.stdout);
    assert!(
        words.contains("PROBLEMS") && words.contains("Angina"),
        "{words}"
    );
    assert!(after.diagnoses[1].imported_from.starts_with("ccd.xml"));

    // The readable text is enclosed in the bundle, and reads there as it
    // does on its own (its fonts are not mixed up with the bundle's).
    store
        .add_item(
            id,
            &dossier::model::LabResult {
                test: "ALT".into(),
                value: "55".into(),
                unit: "U/L".into(),
                date: Some("2023-03-01".into()),
                notes: "Amended result".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let out = dir.path().join("bundle.pdf");
    let report = dossier::pdf::export_pdf(&store, id, &out, &Default::default()).unwrap();
    let last = std::process::Command::new("pdftotext")
        .args([
            "-f",
            &report.pages.to_string(),
            "-l",
            &report.pages.to_string(),
        ])
        .arg(&out)
        .arg("-")
        .output()
        .unwrap();
    let all = std::process::Command::new("pdftotext")
        .arg(&out)
        .arg("-")
        .output()
        .unwrap();
    let all = String::from_utf8_lossy(&all.stdout);
    assert!(
        all.contains("The readable text of ccd.xml"),
        "the narrative is enclosed"
    );
    assert!(all.contains("Test results over time") && all.contains("12.0-15.5 g/dL"));
    // The summary's one line says which conditions are over, and a value
    // carries what the lab says of it.
    let flat = all.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Pneumonia (SNOMED CT 233604007) (Resolved 14 August 2008)"),
        "{flat}"
    );
    assert!(flat.contains("55 (1 March 2023): Amended result"), "{flat}");
    assert!(
        String::from_utf8_lossy(&last.stdout).contains("page"),
        "the footer reads on an enclosed page"
    );

    // A choice naming an item that does not exist adds nothing at all.
    let bad = Choice {
        medications: Some(vec![0, 99]),
        ..Choice::default()
    };
    let before = common::snapshot(dir.path());
    assert!(records::add(&store, id, &r, &bad, Catalogue::en()).is_err());
    assert_eq!(common::snapshot(dir.path()), before);
}

/// Writes `text` as `name` in `dir`.
fn put(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn a_reports_conclusion_and_plain_text_reach_the_timeline() {
    let dir = tempfile::tempdir().unwrap();
    // "Findings: clear lungs.\nImpression: normal." in base64.
    let bundle = put(
        dir.path(),
        "report.json",
        r#"{"resourceType":"Bundle","id":"r1","type":"collection","entry":[
          {"resource":{"resourceType":"DiagnosticReport","status":"final","code":{"text":"Chest X-ray"},
            "effectiveDateTime":"2024-02-03T10:00:00Z","performer":[{"display":"Radiology Dept"}],
            "conclusion":"No acute findings.","conclusionCode":[{"text":"Normal chest"}],
            "presentedForm":[{"contentType":"text/plain; charset=utf-8","title":"Report",
              "data":"RmluZGluZ3M6IGNsZWFyIGx1bmdzLgpJbXByZXNzaW9uOiBub3JtYWwu"},
              {"contentType":"application/pdf","data":"JVBERi0="}]}},
          {"resource":{"resourceType":"DiagnosticReport","status":"final","code":{"text":"Blood count"},
            "effectiveDateTime":"2024-02-04"}}]}"#,
    );
    let r = read(&[bundle]);
    assert_eq!(
        r.events.len(),
        1,
        "a report without words of its own is no event"
    );
    let e = &r.events[0].item;
    assert_eq!(e.title, "Chest X-ray");
    assert_eq!(e.date.as_deref(), Some("2024-02-03"));
    assert_eq!(
        e.details,
        "Report, Radiology Dept\nConclusion: No acute findings.\nCoded conclusion: Normal chest\nReport:\nFindings: clear lungs.\nImpression: normal."
    );
    assert_eq!(e.imported_from, "report.json (Bundle r1)");
    // The readable-text pages hold them too.
    let chest = r
        .narratives
        .iter()
        .find(|n| n.title == "Chest X-ray")
        .unwrap();
    assert_eq!(
        chest.sections,
        [
            ("Conclusion".to_string(), "No acute findings.".to_string()),
            (
                "Report".to_string(),
                "Findings: clear lungs.\nImpression: normal.".to_string()
            )
        ]
    );
}

#[test]
fn devices_are_offered_and_added_to_the_implants_with_their_source() {
    // The CCD's medical equipment, each with the date its entry gives.
    let r = read(&[fixture("ccda/ccd.xml")]);
    let devices: Vec<(&str, Option<&str>)> = r
        .devices
        .iter()
        .map(|d| (d.item.name.as_str(), d.item.date.as_deref()))
        .collect();
    assert_eq!(
        devices,
        [
            (
                "cardiac pacemaker, device (physical object)",
                Some("2013-07-03")
            ),
            (
                "upper gastrointestinal prosthesis (physical object)",
                Some("2013-01-03")
            ),
            ("cane", Some("2003-02-02"))
        ]
    );
    assert_eq!(
        r.devices[0].item.imported_from,
        "ccd.xml (Patient Chart Summary)"
    );

    // FHIR: a device a statement is about is read once, with the
    // statement's date; a device on its own is read too.
    let dir = tempfile::tempdir().unwrap();
    let bundle = put(
        dir.path(),
        "devices.json",
        r#"{"resourceType":"Bundle","id":"b1","type":"collection","entry":[
          {"resource":{"resourceType":"DeviceUseStatement","status":"active","device":{"reference":"Device/d1"},
            "timingDateTime":"2019-05"}},
          {"resource":{"resourceType":"Device","id":"d1","deviceName":[{"name":"Hip prosthesis","type":"user-friendly-name"}],
            "manufacturer":"Acme","modelNumber":"H-2"}},
          {"resource":{"resourceType":"Device","id":"d2","type":{"text":"Insulin pump"}}},
          {"resource":{"resourceType":"Device","id":"d3","status":"entered-in-error","type":{"text":"Wrong"}}}]}"#,
    );
    let store_dir = tempfile::tempdir().unwrap();
    let store = Store::open(store_dir.path()).unwrap();
    let id = common::empty_dossier(&store, "Eve Betterhalf", "Hip");
    let mut d = store.dossier(id).unwrap();
    d.none_known = vec!["implants".into()];
    store.update_dossier(&d).unwrap();
    let mut r = read(std::slice::from_ref(&bundle));
    r.mark_duplicates(&store.full_dossier(id).unwrap());
    let found: Vec<(&str, Option<&str>, bool)> = r
        .devices
        .iter()
        .map(|d| (d.item.name.as_str(), d.item.date.as_deref(), d.duplicate))
        .collect();
    assert_eq!(
        found,
        [
            ("Hip prosthesis (Acme H-2)", Some("2019-05"), false),
            ("Insulin pump", None, false)
        ]
    );
    let added = records::add(&store, id, &r, &Choice::default(), Catalogue::en()).unwrap();
    assert_eq!(added.devices, 2);
    let full = store.full_dossier(id).unwrap();
    assert_eq!(
        full.background.implants,
        "Hip prosthesis (Acme H-2), dated May 2019 (from devices.json (Bundle b1))\nInsulin pump (from devices.json (Bundle b1))"
    );
    assert!(
        !full.dossier.none_known.contains(&"implants".to_string()),
        "the implants are answered by the list now"
    );
    // Read again, they are there already.
    let mut again = read(&[bundle]);
    again.mark_duplicates(&full);
    assert!(again.devices.iter().all(|d| d.duplicate && !d.repeated));
}

#[test]
fn as_needed_shows_in_the_frequency_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let nd = put(
        dir.path(),
        "meds.ndjson",
        concat!(
            r#"{"resourceType":"MedicationStatement","medicationCodeableConcept":{"text":"Salbutamol inhaler"},"dosage":[{"timing":{"repeat":{"frequency":1,"period":4,"periodUnit":"h"}},"asNeededCodeableConcept":{"text":"wheezing"},"doseAndRate":[{"doseQuantity":{"value":2,"unit":"puff"}}]}]}"#,
            "\n",
            r#"{"resourceType":"MedicationRequest","medicationCodeableConcept":{"text":"Paracetamol 500 mg"},"dosageInstruction":[{"asNeededBoolean":true,"doseAndRate":[{"doseQuantity":{"value":1,"unit":"tablet"}}]}]}"#,
            "\n",
            r#"{"resourceType":"MedicationStatement","medicationCodeableConcept":{"text":"Metformin"},"dosage":[{"asNeededBoolean":false,"doseAndRate":[{"doseQuantity":{"value":500,"unit":"mg"}}]}]}"#,
            "\n"
        ),
    );
    let r = read(&[nd]);
    let meds: Vec<(&str, &str)> = r
        .medications
        .iter()
        .map(|m| (m.item.dose.as_str(), m.item.frequency.as_str()))
        .collect();
    assert_eq!(
        meds,
        [
            ("2 puff", "every 4 hours, as needed for wheezing"),
            ("1 tablet", "as needed"),
            ("500 mg", "")
        ]
    );
    // C-CDA: a medicine's precondition is "as needed" with its reason.
    let ccd = read(&[fixture("ccda/ccd.xml")]);
    let albuterol = &ccd.medications[0].item;
    assert!(albuterol.name.contains("albuterol"), "{}", albuterol.name);
    assert_eq!(
        albuterol.frequency,
        "every 6 hours, as needed for Wheezing, Inhalation Route of Administration"
    );
    assert!(
        !ccd.medications[1].item.frequency.contains("as needed"),
        "{}",
        ccd.medications[1].item.frequency
    );
}

#[test]
fn a_preview_of_a_huge_damaged_file_stays_small() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = observation("a", 92.0, "2024-01-05");
    text.push('\n');
    for _ in 0..600 {
        text.push_str("garbage\n");
    }
    let r = read(&[put(dir.path(), "junk.ndjson", &text)]);
    assert_eq!(r.results.len(), 1);
    assert_eq!(r.skipped.len(), records::MAX_SKIPPED);
    assert_eq!(r.skipped_more, 100);
    assert_eq!(r.skipped_count(), 600);
    assert_eq!(r.skipped[499].item, "line 501");
    // A preview carries the headings of the readable text, not the text.
    let ccd = read(&[fixture("ccda/ccd.xml")]);
    let headings: Vec<&str> = ccd.narratives[0]
        .sections
        .iter()
        .map(|(h, _)| h.as_str())
        .collect();
    assert_eq!(headings.len(), 15);
    assert_eq!(
        serde_json::to_value(&ccd).unwrap()["narratives"][0]["sections"],
        serde_json::json!(headings)
    );
}

#[test]
fn a_kept_file_takes_its_documents_title_and_date() {
    let ips = read(&[fixture("fhir/ips-bundle-minimal.json")]);
    assert_eq!(
        (ips.files[0].title.as_str(), ips.files[0].date.as_deref()),
        (
            "Patient Summary as of December 11, 2020 14:30",
            Some("2020-12-11")
        )
    );
    let dir = tempfile::tempdir().unwrap();
    // A Bundle that is not a document has only its timestamp.
    let collection = put(
        dir.path(),
        "labs.json",
        &format!(
            r#"{{"resourceType":"Bundle","type":"collection","timestamp":"2023-08-01T09:00:00Z","entry":[{{"resource":{}}}]}}"#,
            observation("a", 90.0, "2023-07-30")
        ),
    );
    let r = read(&[collection]);
    assert_eq!(
        (r.files[0].title.as_str(), r.files[0].date.as_deref()),
        ("Patient-portal record (labs.json)", Some("2023-08-01")),
        "a file that gives itself no title says what it is"
    );
    // A zip of two documents: the first's title, and how many others.
    let zip_path = dir.path().join("two.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    for (name, f) in [
        ("DOC0001.XML", "ccda/ccd.xml"),
        ("DOC0002.XML", "ccda/ccd.xml"),
    ] {
        zip.start_file(name, opts).unwrap();
        zip.write_all(&std::fs::read(fixture(f)).unwrap()).unwrap();
    }
    zip.finish().unwrap();
    let r = read(&[zip_path]);
    assert_eq!(
        (r.files[0].title.as_str(), r.files[0].date.as_deref()),
        (
            "Patient Chart Summary and 1 other document",
            Some("2013-08-15")
        )
    );
}

#[test]
fn one_clinician_named_with_and_without_a_title_is_one_person() {
    use dossier::model::{Clinician, FullDossier};
    use dossier::records::Found;
    let found = |name: &str, institution: &str, phone: &str, role: &str| Found {
        item: Clinician {
            name: name.into(),
            institution: institution.into(),
            phone: phone.into(),
            role: role.into(),
            ..Clinician::default()
        },
        duplicate: false,
        repeated: false,
    };
    let mut r = Records::default();
    r.clinicians.extend([
        found("Ana Lopez", "", "", ""),
        found("Dr. Ana Lopez", "City Hospital", "555 0100", ""),
        found("LOPEZ, Ana, M.D.", "", "", "Surgeon"),
        found("Ana Lopez Garcia", "", "", ""),
    ]);
    r.mark_duplicates(&FullDossier::default());
    let marks: Vec<(bool, bool)> = r
        .clinicians
        .iter()
        .map(|c| (c.duplicate, c.repeated))
        .collect();
    assert_eq!(
        marks,
        [(true, true), (false, false), (true, true), (false, false)],
        "the richest entry is offered, the others are repeats"
    );
    let kept = &r.clinicians[1].item;
    assert_eq!(
        (
            kept.name.as_str(),
            kept.institution.as_str(),
            kept.phone.as_str(),
            kept.role.as_str()
        ),
        ("Dr. Ana Lopez", "City Hospital", "555 0100", "Surgeon"),
        "its empty fields are filled from the others"
    );
    // The dossier has her already: every entry of her is marked as such.
    let full = FullDossier {
        clinicians: vec![Clinician {
            name: "Prof Ana Lopez".into(),
            ..Clinician::default()
        }],
        ..FullDossier::default()
    };
    r.mark_duplicates(&full);
    let marks: Vec<(bool, bool)> = r
        .clinicians
        .iter()
        .map(|c| (c.duplicate, c.repeated))
        .collect();
    assert_eq!(
        marks,
        [(true, false), (true, false), (true, false), (false, false)]
    );
}

#[test]
fn a_name_and_its_code_come_from_the_same_concept() {
    let dir = tempfile::tempdir().unwrap();
    let condition = |code: &str| format!(r#"{{"resourceType":"Condition","code":{code}}}"#);
    let nd = put(
        dir.path(),
        "conditions.ndjson",
        &[
            // Text names the whole concept: it goes with the ICD-10 code.
            condition(
                r#"{"text":"Hot flushes","coding":[{"system":"http://snomed.info/sct","code":"198436008","display":"Menopausal flushing (finding)"},{"system":"http://hl7.org/fhir/sid/icd-10","code":"N95.1","display":"Menopausal and female climacteric states"}]}"#,
            ),
            // Without text, the ICD-10 coding's own words and code.
            condition(
                r#"{"coding":[{"system":"http://snomed.info/sct","code":"198436008","display":"Menopausal flushing (finding)"},{"system":"http://hl7.org/fhir/sid/icd-10","code":"N95.1","display":"Menopausal and female climacteric states"}]}"#,
            ),
            // An ICD-10 coding without words: the SNOMED words keep their
            // SNOMED code, never the ICD-10 one.
            condition(
                r#"{"coding":[{"system":"http://snomed.info/sct","code":"198436008","display":"Menopausal flushing (finding)"},{"system":"http://hl7.org/fhir/sid/icd-10","code":"N95.1"}]}"#,
            ),
            // Only a code.
            condition(r#"{"coding":[{"system":"http://loinc.org","code":"1234-5"}]}"#),
        ]
        .join("\n"),
    );
    let r = read(&[nd]);
    let pairs: Vec<(&str, &str)> = r
        .diagnoses
        .iter()
        .map(|d| (d.item.name.as_str(), d.item.code.as_str()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("Hot flushes", "N95.1"),
            ("Menopausal and female climacteric states", "N95.1"),
            ("Menopausal flushing (finding)", "SNOMED CT 198436008"),
            ("1234-5", "LOINC 1234-5")
        ]
    );
    // C-CDA: a translation's words go with the translation's code.
    let ccda = put(
        dir.path(),
        "translation.xml",
        r#"<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <component><structuredBody><component><section>
        <entry><observation><templateId root="2.16.840.1.113883.10.20.22.4.4"/>
          <value xsi:type="CD" code="59621000" codeSystem="2.16.840.1.113883.6.96">
            <translation code="I10" codeSystem="2.16.840.1.113883.6.90" displayName="Essential (primary) hypertension"/>
          </value></observation></entry>
      </section></component></structuredBody></component></ClinicalDocument>"#,
    );
    let r = read(&[ccda]);
    assert_eq!(
        (
            r.diagnoses[0].item.name.as_str(),
            r.diagnoses[0].item.code.as_str()
        ),
        ("Essential (primary) hypertension", "I10")
    );
}

#[test]
fn family_history_and_a_problems_status_come_in_as_the_record_says() {
    let r = read(&[fixture("ccda/ccd.xml")]);
    let mi = r
        .family_history
        .iter()
        .find(|f| f.item.condition == "Myocardial infarction")
        .expect("the father's heart attack");
    assert_eq!(mi.item.relative, "father");
    assert_eq!(mi.item.age_at_onset, Some(57));
    assert!(mi.item.notes.contains("ccd.xml"), "{}", mi.item.notes);
    assert!(!r.skipped.iter().any(|s| s.item.contains("family history")));
    // A problem's status observation (an R1.1 entry the consultation note
    // keeps) is shown as the record words it.
    let note = read(&[fixture("ccda/consultation-note.xml")]);
    let notes: Vec<&str> = note
        .diagnoses
        .iter()
        .map(|d| d.item.notes.as_str())
        .collect();
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("Status in the record: Active")),
        "{notes:?}"
    );

    let dir = tempfile::tempdir().unwrap();
    let fmh = put(
        dir.path(),
        "family.json",
        r#"{"resourceType":"FamilyMemberHistory","relationship":{"text":"Mother"},"condition":[{"code":{"text":"Breast cancer"},"onsetAge":{"value":48,"unit":"yr","system":"http://unitsofmeasure.org","code":"a"}}]}"#,
    );
    let f = read(&[fmh]);
    assert_eq!(f.family_history.len(), 1);
    assert_eq!(f.family_history[0].item.relative, "Mother");
    assert_eq!(f.family_history[0].item.condition, "Breast cancer");
    assert_eq!(f.family_history[0].item.age_at_onset, Some(48));
}

#[test]
fn how_often_is_said_in_words() {
    use dossier::records::how_often;
    assert_eq!(how_often(1, "1", "d", Catalogue::en()), "once a day");
    assert_eq!(how_often(2, "1", "d", Catalogue::en()), "twice a day");
    assert_eq!(how_often(3, "1.0", "wk", Catalogue::en()), "3 times a week");
    assert_eq!(how_often(1, "1", "h", Catalogue::en()), "once an hour");
    assert_eq!(how_often(1, "8", "h", Catalogue::en()), "every 8 hours");
    assert_eq!(
        how_often(2, "3", "d", Catalogue::en()),
        "2 times every 3 days"
    );
}

#[test]
fn an_ndjson_statement_finds_its_medication_and_bad_dates_and_other_patients_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let nd = put(
        dir.path(),
        "export.ndjson",
        concat!(
            r#"{"resourceType":"Patient","id":"p1","name":[{"text":"Ana Ruiz"}]}"#,
            "\n",
            r#"{"resourceType":"Medication","id":"med1","code":{"text":"Budesonide inhaler"}}"#,
            "\n",
            r#"{"resourceType":"MedicationStatement","subject":{"reference":"Patient/p1"},"medicationReference":{"reference":"Medication/med1"},"dosage":[{"text":"2 puffs","timing":{"repeat":{"frequency":2,"period":1,"periodUnit":"d"}},"doseAndRate":[{"doseQuantity":{"value":2}}]}]}"#,
            "\n",
            r#"{"resourceType":"Condition","subject":{"reference":"Patient/p1"},"code":{"text":"Asthma"},"onsetDateTime":"2019-13-45"}"#,
            "\n",
            r#"{"resourceType":"Observation","subject":{"reference":"Patient/p1"},"code":{"text":"Peak flow"},"valueQuantity":{"value":410,"unit":"L/min"},"effectiveInstant":"2024-03-02T10:00:00Z"}"#,
            "\n"
        ),
    );
    let r = read(std::slice::from_ref(&nd));
    let m = &r.medications[0].item;
    assert_eq!(
        (m.name.as_str(), m.dose.as_str(), m.frequency.as_str()),
        ("Budesonide inhaler", "2 puffs", "twice a day")
    );
    assert_eq!(r.diagnoses[0].item.diagnosed_on, None);
    assert!(
        r.skipped
            .iter()
            .any(|s| s.section == "dates" && s.item.contains("2019-13-45")),
        "{:?}",
        r.skipped
    );
    assert_eq!(r.results[0].item.date.as_deref(), Some("2024-03-02"));

    // A resource about another patient: the file mixes people.
    let mixed = put(
        dir.path(),
        "mixed.ndjson",
        concat!(
            r#"{"resourceType":"Patient","id":"p1","name":[{"text":"Ana Ruiz"}]}"#,
            "\n",
            r#"{"resourceType":"Condition","subject":{"reference":"Patient/p2","display":"Luis Ruiz"},"code":{"text":"Gout"}}"#,
            "\n"
        ),
    );
    let said = refused(&[mixed]);
    assert!(said.contains("different people"), "{said}");
}

#[test]
fn of_several_files_a_bad_one_is_listed_and_a_file_changed_after_the_preview_is_not_kept() {
    let dir = tempfile::tempdir().unwrap();
    let junk = put(dir.path(), "notes.txt", "not a record at all");
    let ccd = dir.path().join("ccd.xml");
    std::fs::copy(fixture("ccda/ccd.xml"), &ccd).unwrap();
    let r = read(&[junk.clone(), ccd.clone()]);
    assert_eq!(r.diagnoses.len(), 4);
    assert!(
        r.skipped.iter().any(|s| s.item == "notes.txt"),
        "{:?}",
        r.skipped
    );
    // Only bad files: the first one's message.
    assert!(refused(&[junk.clone(), junk]).contains("notes.txt"));

    let data = dir.path().join("data");
    let store = Store::open(&data).unwrap();
    let id = common::empty_dossier(&store, "Eve Betterhalf", "Chest pain");
    // Swapped for another file between the preview and the confirmation.
    std::fs::copy(fixture("ccda/discharge-summary.xml"), &ccd).unwrap();
    let before = common::snapshot(&data);
    let e = records::add(&store, id, &r, &Choice::default(), Catalogue::en()).unwrap_err();
    assert!(
        e.message.contains("ccd.xml") && e.message.contains("changed"),
        "{}",
        e.message
    );
    assert_eq!(common::snapshot(&data), before, "nothing added");

    // Read again and added twice: the second time adds no document.
    let r = read(std::slice::from_ref(&ccd));
    let first = records::add(&store, id, &r, &Choice::default(), Catalogue::en()).unwrap();
    assert_eq!(first.documents, 2, "the file and its readable text");
    let again = records::add(&store, id, &r, &Choice::default(), Catalogue::en()).unwrap();
    assert_eq!(again.documents, 0, "neither the file nor its text twice");
    let docs = store.full_dossier(id).unwrap().documents;
    assert_eq!(docs.len(), 2);
    assert!(docs.iter().all(|d| d.date.is_some()), "{docs:?}");
}

/// One Bundle of what a record can withdraw or qualify: entries entered in
/// error, not done, cancelled or refuted, a medicine stopped without a
/// date, a preliminary result with a note and two ranges.
const QUALIFIED: &str = r#"{"resourceType":"Bundle","type":"collection","entry":[
 {"resource":{"resourceType":"Patient","id":"p","name":[{"given":["Ana"],"family":"Lima"}],"birthDate":"1960-04-02"}},
 {"resource":{"resourceType":"Condition","subject":{"reference":"Patient/p"},"code":{"text":"Multiple sclerosis"},"verificationStatus":{"coding":[{"code":"entered-in-error"}]},"onsetDateTime":"2020-02-02"}},
 {"resource":{"resourceType":"Condition","subject":{"reference":"Patient/p"},"code":{"text":"Breast cancer"},"verificationStatus":{"coding":[{"code":"refuted"}]},"clinicalStatus":{"coding":[{"code":"resolved"}]}}},
 {"resource":{"resourceType":"MedicationStatement","subject":{"reference":"Patient/p"},"status":"stopped","medicationCodeableConcept":{"text":"Methotrexate"},"effectivePeriod":{"start":"2020-01-15"}}},
 {"resource":{"resourceType":"MedicationStatement","subject":{"reference":"Patient/p"},"status":"completed","medicationCodeableConcept":{"text":"Tamoxifen"},"effectivePeriod":{"start":"2019","end":"2020-06"}}},
 {"resource":{"resourceType":"MedicationStatement","subject":{"reference":"Patient/p"},"status":"entered-in-error","medicationCodeableConcept":{"text":"Morphine"}}},
 {"resource":{"resourceType":"Procedure","subject":{"reference":"Patient/p"},"status":"not-done","code":{"text":"Mastectomy"},"performedDateTime":"2020-05"}},
 {"resource":{"resourceType":"Observation","subject":{"reference":"Patient/p"},"status":"cancelled","code":{"text":"MRI brain"},"valueString":"Lesion 2 cm"}},
 {"resource":{"resourceType":"Observation","subject":{"reference":"Patient/p"},"status":"preliminary","code":{"text":"Creatinine"},"valueQuantity":{"value":1.1,"unit":"mg/dL"},"interpretation":[{"coding":[{"code":"HH"}]}],"note":[{"text":"Sample haemolysed, repeat"}],"referenceRange":[{"low":{"value":0.6},"high":{"value":1.2},"appliesTo":[{"text":"Female"}]},{"low":{"value":0.7},"high":{"value":1.3},"appliesTo":[{"text":"Male"}]}],"effectiveDateTime":"2023-03-01"}},
 {"resource":{"resourceType":"AllergyIntolerance","patient":{"reference":"Patient/p"},"code":{"text":"Penicillin"},"verificationStatus":{"coding":[{"code":"refuted"}]}}},
 {"resource":{"resourceType":"AllergyIntolerance","patient":{"reference":"Patient/p"},"code":{"text":"Latex"},"reaction":[{"manifestation":[{"text":"Anaphylaxis"}],"severity":"severe"}]}},
 {"resource":{"resourceType":"MedicationStatement","subject":{"reference":"Patient/p"},"status":"active","medicationCodeableConcept":{"text":"Warfarin"},"dosage":[{"doseAndRate":[{"doseRange":{"low":{"value":2,"unit":"mg"},"high":{"value":5,"unit":"mg"}}}]}]}},
 {"resource":{"resourceType":"Procedure","subject":{"reference":"Patient/p"},"status":"completed","code":{"text":"Lumpectomy"},"performedDateTime":"2019-04-03","performer":[{"actor":{"display":"Dr Rui Alves"}}],"location":{"display":"St Elsewhere"}}},
 {"resource":{"resourceType":"Practitioner","name":[{"text":"Dr Rui Alves"}],"telecom":[{"system":"phone","value":"+44 20 7946 0000"},{"system":"email","value":"rui@example.org"}]}},
 {"resource":{"resourceType":"FamilyMemberHistory","patient":{"reference":"Patient/p"},"relationship":{"coding":[{"code":"FTH"}]},"condition":[{"code":{"text":"Stroke"}}]}}
]}"#;

#[test]
fn what_the_record_withdraws_is_not_added_and_what_it_qualifies_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let r = read(&[put(dir.path(), "qualified.json", QUALIFIED)]);
    let names = |v: Vec<&str>| v.join(" | ");
    let skipped = |what: &str| {
        r.skipped
            .iter()
            .find(|s| s.item == what)
            .map(|s| s.reason.clone())
            .unwrap_or_else(|| panic!("{what} is not listed: {:?}", r.skipped))
    };
    // Withdrawn by the record: listed, with the record's reason, not added.
    assert!(skipped("Multiple sclerosis").contains("entered in error"));
    assert!(skipped("Morphine").contains("entered in error"));
    assert!(skipped("Mastectomy").contains("not done"));
    assert!(skipped("MRI brain").contains("cancelled"));
    assert!(skipped("Penicillin").contains("ruled out"));
    assert!(skipped("Methotrexate").contains("stopped but not when"));
    assert_eq!(
        names(r.diagnoses.iter().map(|d| d.item.name.as_str()).collect()),
        "Breast cancer"
    );
    let cancer = &r.diagnoses[0].item;
    assert_eq!(
        cancer.status,
        Some(dossier::model::DiagnosisStatus::RuledOut)
    );
    assert!(cancer.notes.contains("Status in the record: resolved"));
    assert_eq!(
        names(r.medications.iter().map(|m| m.item.name.as_str()).collect()),
        "Tamoxifen | Warfarin"
    );
    assert_eq!(r.medications[0].item.stopped_on.as_deref(), Some("2020-06"));
    assert_eq!(r.medications[1].item.dose, "2-5 mg");
    assert_eq!(r.events.len(), 1, "{:?}", r.events);
    assert_eq!(
        r.events[0].item.details,
        "Procedure, Dr Rui Alves, St Elsewhere"
    );
    // A result keeps its status, note, both ranges and the code in words.
    let creatinine = &r.results[0].item;
    assert_eq!(r.results.len(), 1);
    assert_eq!(creatinine.flag, "Critically high");
    assert_eq!(
        creatinine.reference_range,
        "0.6-1.2 (Female); 0.7-1.3 (Male)"
    );
    assert_eq!(
        creatinine.notes,
        "Preliminary result. Sample haemolysed, repeat"
    );
    let doctor = &r.clinicians[0].item;
    assert_eq!(
        (doctor.phone.as_str(), doctor.email.as_str()),
        ("+44 20 7946 0000", "rui@example.org")
    );
    assert_eq!(r.family_history[0].item.relative, "father");

    // A severe reaction is not a repeat of the mild one the dossier has,
    // and "ruled out" is not a repeat of the same condition unqualified.
    let mut full = dossier::model::FullDossier::default();
    full.allergies.push(dossier::model::Allergy {
        substance: "Latex".into(),
        reaction: "Rash".into(),
        severity: Some(dossier::model::Severity::Mild),
        ..Default::default()
    });
    full.diagnoses.push(dossier::model::Diagnosis {
        name: "Breast cancer".into(),
        ..Default::default()
    });
    let mut marked = r.clone();
    marked.mark_duplicates(&full);
    assert!(!marked.allergies[0].duplicate, "anaphylaxis is offered");
    assert!(!marked.diagnoses[0].duplicate, "ruled out is offered");
    full.allergies[0].reaction = "Anaphylaxis".into();
    full.allergies[0].severity = Some(dossier::model::Severity::Severe);
    marked.mark_duplicates(&full);
    assert!(
        marked.allergies[0].duplicate,
        "the very same allergy is not"
    );

    // A record without the patient's own entry is checked by the name it
    // gives its subject.
    let lone = put(
        dir.path(),
        "lone.json",
        r#"{"resourceType":"Condition","subject":{"display":"John Stranger"},"code":{"text":"Gout"}}"#,
    );
    let lone = read(&[lone]);
    let ana = dossier::model::Patient {
        full_name: "Ana Lima".into(),
        ..Default::default()
    };
    let said = lone.patient_mismatch(&ana, Catalogue::en());
    assert!(
        said.len() == 1 && said[0].contains("John Stranger"),
        "{said:?}"
    );

    // In a file about the patient, a record whose subject is only someone
    // else's name makes the file one about two people: refused.
    let husband = put(
        dir.path(),
        "husband.json",
        r#"{"resourceType":"Bundle","type":"collection","entry":[
 {"resource":{"resourceType":"Patient","id":"p","name":[{"given":["Maria"],"family":"Keller"}]}},
 {"resource":{"resourceType":"Condition","subject":{"reference":"Patient/p"},"code":{"text":"Hypertension"}}},
 {"resource":{"resourceType":"Condition","subject":{"display":"Hans Keller (husband)"},"code":{"text":"Alzheimer disease"}}}]}"#,
    );
    let message = refused(&[husband]);
    assert!(
        message.contains("different people") && message.contains("Hans Keller"),
        "{message}"
    );
    // What the record says of why something was not done goes with it.
    let declined = put(
        dir.path(),
        "declined.json",
        r#"{"resourceType":"Procedure","status":"not-done","statusReason":{"text":"Patient declined"},"code":{"text":"Colonoscopy"}}"#,
    );
    let declined = read(&[declined]);
    assert_eq!(
        declined.skipped[0].reason,
        "the record says it was not done (Patient declined)"
    );
}

#[test]
fn a_ccda_entry_negated_or_withdrawn_is_not_added_and_severity_keeps_its_words() {
    let text = std::fs::read_to_string(fixture("ccda/ccd.xml")).unwrap();
    // The sample's allergy is said not to exist, and its first medicine
    // withdrawn.
    let text = text.replacen(
        r#"<observation classCode="OBS" moodCode="EVN">
                  <!-- ** Allergy observation ** -->"#,
        r#"<observation classCode="OBS" moodCode="EVN" negationInd="true">
                  <!-- ** Allergy observation ** -->"#,
        1,
    );
    let dir = tempfile::tempdir().unwrap();
    let plain = read(&[fixture("ccda/ccd.xml")]);
    let pen = plain
        .allergies
        .iter()
        .find(|a| a.item.substance.contains("Penicillin"))
        .expect("the sample's penicillin allergy");
    assert_eq!(pen.item.severity, None, "no level says moderate to severe");
    assert!(
        pen.item
            .reaction
            .contains("severity in the record: Moderate to severe"),
        "{}",
        pen.item.reaction
    );
    let negated = read(&[put(dir.path(), "negated.xml", &text)]);
    assert!(
        negated.allergies.len() < plain.allergies.len(),
        "the negated allergy is not added"
    );
    assert!(negated
        .skipped
        .iter()
        .any(|s| s.reason == "the record says there is no such allergy"));
}

/// What the app says of what it read (why a line was not added, how often
/// a medicine is taken, a relative, where a condition stands, whom the
/// file is about, why a file is refused) is in the language asked; what
/// the file says stays as it says it.
#[test]
fn what_the_app_says_of_a_file_is_in_the_language_asked() {
    use dossier::i18n::Language;
    let dir = tempfile::tempdir().unwrap();
    let nd = put(
        dir.path(),
        "export.ndjson",
        concat!(
            r#"{"resourceType":"Patient","id":"p1","name":[{"text":"Ana Ruiz"}],"birthDate":"1970-05-03"}"#,
            "\n",
            r#"{"resourceType":"MedicationStatement","subject":{"reference":"Patient/p1"},"medicationCodeableConcept":{"text":"Budesonide inhaler"},"dosage":[{"timing":{"repeat":{"frequency":2,"period":1,"periodUnit":"d"}}}]}"#,
            "\n",
            "not a resource\n",
            r#"{"resourceType":"Condition","subject":{"reference":"Patient/p1"},"code":{"text":"Gastritis"},"clinicalStatus":{"text":"resolved"},"abatementDateTime":"2008-08-14"}"#,
            "\n",
            r#"{"resourceType":"FamilyMemberHistory","patient":{"reference":"Patient/p1"},"relationship":{"coding":[{"code":"FTH"}]},"condition":[{"code":{"text":"Diabetes"}}]}"#,
            "\n",
            r#"{"resourceType":"Procedure","subject":{"reference":"Patient/p1"},"status":"not-done","code":{"text":"Colonoscopy"}}"#,
            "\n"
        ),
    );
    let es = Catalogue::of(Language::Es);
    let r = records::read_files(std::slice::from_ref(&nd), &Limits::default(), es).unwrap();
    assert_eq!(r.medications[0].item.name, "Budesonide inhaler");
    assert_eq!(r.medications[0].item.frequency, "dos veces al día");
    let father = &r.family_history[0].item;
    assert_eq!(father.relative, "padre");
    assert_eq!(father.notes, "Tomado de export.ndjson");
    let notes = &r.diagnoses[0].item.notes;
    assert_eq!(
        notes,
        "Estado en el informe: resolved. Resolución: 14 de agosto de 2008"
    );
    assert_eq!(records::standing(notes).count(), 2, "read back: {notes}");
    let skipped: Vec<(&str, &str)> = r
        .skipped
        .iter()
        .map(|s| (s.item.as_str(), s.reason.as_str()))
        .collect();
    assert!(
        skipped.contains(&("línea 3", "no es un recurso FHIR en JSON"))
            && skipped.contains(&("Colonoscopy", "según el informe, no se realizó")),
        "{skipped:?}"
    );
    let luis = dossier::model::Patient {
        full_name: "Luis Ruiz".into(),
        date_of_birth: Some("1971-01-02".into()),
        ..Default::default()
    };
    assert_eq!(
        r.patient_mismatch(&luis, es),
        ["export.ndjson trata de Ana Ruiz (fecha de nacimiento: 3 de mayo de 1970); este dosier es de Luis Ruiz (fecha de nacimiento: 2 de enero de 1971)"]
    );
    // A file refused: its error says why in the window's language, and in
    // English to the tool.
    let junk = put(dir.path(), "notes.txt", "hello");
    let de = Catalogue::of(Language::De);
    let e = records::read_files(&[junk], &Limits::default(), de).unwrap_err();
    assert!(
        e.message.starts_with("notes.txt: not a C-CDA or FHIR file"),
        "{}",
        e.message
    );
    let said = e.in_language(de).message;
    assert!(
        said.starts_with("notes.txt: keine C-CDA- oder FHIR-Datei"),
        "{said}"
    );
}
