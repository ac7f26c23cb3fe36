//! The bundle, the records letter and the comparison in the doctor's
//! language: generated headings, labels, vocabulary and dates translated,
//! none of the English ones left, and what the patient typed unchanged.

mod common;

use dossier::i18n::Language;
use dossier::pdf::{ExportOptions, Section};
use dossier::Store;
use std::path::Path;
use std::process::Command;

fn text_of(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    // Lines wrap where the layout breaks them: compare word runs.
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the patient typed in the test dossier, which must come out as typed.
const TYPED: &[&str] = &[
    "Ελένη Παπαδοπούλου-Ivanova",
    "Боль усиливается по утрам.",
    "Know whether physiotherapy first is reasonable.",
    "Osteoarthritis of the right knee",
    "Fell on stairs",
];

/// Generated English words that a bundle in another language must not show.
const ENGLISH: &[&str] = &[
    "Summary",
    "Questions for the doctor",
    "Health background",
    "Medicines and allergies",
    "Recommended treatment",
    "Reasons for asking",
    "Choose between treatments",
    "Decision needed by",
    "Prepared on",
    "Contents",
    "Records checklist",
    "Letters from your doctors",
    "Not included",
    "What the patient wants",
    "March 2024",
    "March 1956",
    "Confirmed",
    "In person",
    " of 1",
];

#[test]
fn the_bundle_speaks_the_doctors_language_and_keeps_the_patients_words() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(&tmp.path().join("data")).unwrap();
    let id = common::full_dossier(&store);
    common::add_health_background(&store, id);
    // The reports themselves are in their own language: leave them out.
    let mut opts = ExportOptions::default();
    opts.exclude_sections.insert(Section::Documents);

    let expected: [(Language, &[&str]); 3] = [
        (
            Language::En,
            &[
                "Summary",
                "Questions for the doctor",
                "March 2024",
                "Born March 1956",
                "Choose between treatments",
                "page 1 of",
            ],
        ),
        (
            Language::Es,
            &[
                "Resumen",
                "Preguntas para el médico",
                "marzo de 2024",
                "Fecha de nacimiento: marzo de 1956",
                "Elegir entre tratamientos",
                "Confirmado",
                "página 1 de",
            ],
        ),
        (
            Language::De,
            &[
                "Zusammenfassung",
                "Fragen an die Ärztin oder den Arzt",
                "März 2024",
                "März 1956",
                "Zwischen Behandlungen wählen",
                "Gesichert",
                "Seite 1 von",
            ],
        ),
    ];
    for (language, words) in expected {
        let out = tmp.path().join(format!("bundle-{}.pdf", language.code()));
        opts.language = language;
        dossier::pdf::export_pdf(&store, id, &out, &opts).unwrap();
        let text = text_of(&out);
        for w in words {
            assert!(text.contains(w), "{}: no {w:?} in\n{text}", language.code());
        }
        for typed in TYPED {
            assert!(
                text.contains(typed),
                "{}: the patient's {typed:?} changed in\n{text}",
                language.code()
            );
        }
        if language != Language::En {
            for english in ENGLISH {
                assert!(
                    !text.contains(english),
                    "{}: English {english:?} left in\n{text}",
                    language.code()
                );
            }
        }
    }
}

#[test]
fn the_tool_writes_the_letter_and_the_comparison_in_the_language_asked() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let id = {
        let store = Store::open(&data).unwrap();
        let id = common::full_dossier(&store);
        store
            .save_opinion(
                id,
                &dossier::model::Opinion {
                    given_by: "Dr Ana Ruiz".into(),
                    given_on: Some("2024-12-03".into()),
                    diagnosis: "Arthrose des rechten Knies".into(),
                    ..Default::default()
                },
            )
            .unwrap();
        id
    };
    let tool = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_dossier"))
            .arg("--data-dir")
            .arg(&data)
            .args(args)
            .output()
            .unwrap()
    };
    let id = id.to_string();
    let letter = tmp.path().join("letter.pdf");
    let written = |args: &[&str], pdf: &Path, words: &[&str]| {
        let out = tool(args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = text_of(pdf);
        for w in words {
            assert!(text.contains(w), "no {w:?} in\n{text}");
        }
        text
    };
    let text = written(
        &[
            "records-request",
            &id,
            "--out",
            letter.to_str().unwrap(),
            "--record",
            "Röntgenbilder des Knies",
            "--from",
            "2024-02-11",
            "--language",
            "de",
        ],
        &letter,
        &[
            "Sehr geehrte Damen und Herren",
            "11. Februar 2024",
            "Röntgenbilder des Knies",
            "Mit freundlichen Grüßen",
        ],
    );
    assert!(!text.contains("Dear Sir"), "{text}");
    let plain = std::fs::read_to_string(letter.with_extension("txt")).unwrap();
    assert!(plain.contains("Sehr geehrte Damen und Herren"), "{plain}");

    let comparison = tmp.path().join("comparison.pdf");
    let text = written(
        &[
            "compare",
            &id,
            "--out",
            comparison.to_str().unwrap(),
            "--language",
            "es",
        ],
        &comparison,
        &[
            "Primera y segunda opinión",
            "3 de diciembre de 2024",
            "Arthrose des rechten Knies",
            "Sin valorar",
        ],
    );
    assert!(!text.contains("Not marked") && !text.contains("First opinion"));

    // Without --language, the bundle is in the language the consultant
    // reads, once it is said.
    {
        let store = Store::open(&data).unwrap();
        let mut d = store.dossier(id.parse().unwrap()).unwrap();
        d.consultant.language = "de".into();
        store.update_dossier(&d).unwrap();
    }
    let theirs = tmp.path().join("theirs.pdf");
    written(
        &["export-pdf", &id, "--out", theirs.to_str().unwrap()],
        &theirs,
        &["Zusammenfassung", "Seite 1 von"],
    );
    let asked = tmp.path().join("asked.pdf");
    written(
        &[
            "export-pdf",
            &id,
            "--out",
            asked.to_str().unwrap(),
            "--language",
            "en",
        ],
        &asked,
        &["Summary", "page 1 of"],
    );

    let out = tool(&[
        "export-pdf",
        &id,
        "--out",
        tmp.path().join("x.pdf").to_str().unwrap(),
        "--language",
        "fr",
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--language") && err.contains("fr"), "{err}");
    assert!(!tmp.path().join("x.pdf").exists());
}

/// A report that cannot be enclosed is explained, on the page that stands
/// in for it and in the export's report, in the bundle's language.
#[test]
fn a_damaged_report_is_explained_in_the_bundles_language() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(&tmp.path().join("data")).unwrap();
    let id = common::empty_dossier(&store, "Ana Ruiz", "Rodilla derecha");
    // A PDF cut short inside its first object: nothing in it can be read.
    let cut = tmp.path().join("resonancia.pdf");
    std::fs::write(&cut, b"%PDF-1.7\n1 0 obj\n<<").unwrap();
    let doc = dossier::model::Document {
        title: "Informe de la resonancia".into(),
        include_in_export: true,
        ..Default::default()
    };
    store.add_document(id, &cut, &doc).unwrap();
    let out = tmp.path().join("bundle-es.pdf");
    let opts = ExportOptions {
        language: Language::Es,
        ..ExportOptions::default()
    };
    let report = dossier::pdf::export_pdf(&store, id, &out, &opts).unwrap();
    assert_eq!(report.not_enclosed.len(), 1, "{report:?}");
    let reason = &report.not_enclosed[0].reason;
    assert!(
        reason.starts_with("el PDF está dañado y no se puede reparar"),
        "{reason}"
    );
    let text = text_of(&out);
    assert!(
        text.contains("Informe de la resonancia")
            && text.contains(
                "Este documento no se pudo incluir como páginas: el PDF está dañado y no se puede reparar"
            ),
        "{text}"
    );
    // No English reason sentence, nor the English around it.
    for english in [
        "damaged beyond repair",
        "could not be included",
        "The original file is attached",
        "the PDF is",
    ] {
        assert!(
            !text.contains(english),
            "English {english:?} left in\n{text}"
        );
    }
}
