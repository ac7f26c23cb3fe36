//! FHIR R4 in JSON: a Bundle of any type, a single resource, or NDJSON
//! (one resource a line). Patient, Condition, MedicationStatement,
//! MedicationRequest, AllergyIntolerance, Procedure, Encounter,
//! Observation, Practitioner, Device and DeviceUseStatement, a
//! DiagnosticReport's conclusion, and the readable text of Composition and
//! DiagnosticReport are read; other resources are listed as skipped. What
//! the app says of what it read is in the catalogue given.

use super::{bad_said, Narrative, Records, Sink, Source};
use crate::error::Result;
use crate::i18n::{Arg, Catalogue};
use crate::model::*;
use serde_json::Value;

/// Reads a JSON file: a Bundle or one resource; what the app says of it is
/// in `words`.
pub fn read_json(
    records: &mut Records,
    file: &str,
    text: &str,
    words: &'static Catalogue,
) -> Result<()> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        bad_said(
            "records-json-damaged",
            file,
            &[("line", &e.line().to_string())],
        )
    })?;
    if value.get("resourceType").and_then(Value::as_str).is_none() {
        return Err(bad_said("records-json-not-fhir", file, &[]));
    }
    read_value(records, file, &value, &[], words);
    Ok(())
}

/// Reads NDJSON: one resource a line; a line that is not JSON is skipped
/// with its number. What the app says of it is in `words`.
pub fn read_ndjson(
    records: &mut Records,
    file: &str,
    text: &str,
    words: &'static Catalogue,
) -> Result<()> {
    let mut resources = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(v) if v.get("resourceType").is_some() => resources.push(v),
            _ => records.skip(super::Skipped {
                section: "file".into(),
                item: words.t_with("records-line", &[("number", (i + 1).into())]),
                reason: words.t("records-line-not-fhir"),
                source: Source {
                    file: file.into(),
                    document: String::new(),
                },
            }),
        }
    }
    if resources.is_empty() {
        return Err(bad_said("records-no-fhir-resource", file, &[]));
    }
    // A line may refer to another (a statement to its Medication).
    let all: Vec<&Value> = resources.iter().collect();
    for v in &resources {
        read_value(records, file, v, &all, words);
    }
    Ok(())
}

/// Reads one resource or Bundle; `others` are the resources a reference
/// may point to besides those in it (the other lines of an NDJSON file).
fn read_value(
    records: &mut Records,
    file: &str,
    value: &Value,
    others: &[&Value],
    words: &'static Catalogue,
) {
    let (file_name, inner) = match file.split_once(": ") {
        Some((f, inner)) => (f.to_string(), inner.to_string()),
        None => (file.to_string(), String::new()),
    };
    let kind = s(value, "resourceType");
    let document = if kind == "Bundle" {
        [
            format!("Bundle {}", s(value, "id")).trim().to_string(),
            inner,
        ]
        .into_iter()
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
    } else {
        inner
    };
    let mut sink = Sink {
        records,
        source: Source {
            file: file_name,
            document,
        },
        words,
    };
    if kind == "Bundle" {
        let entries: Vec<&Value> = value
            .get("entry")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(|e| e.get("resource")).collect())
            .unwrap_or_default();
        // A document Bundle's title and date are its Composition's; any
        // other Bundle has only the time it was made.
        match entries
            .iter()
            .find(|r| s(r, "resourceType") == "Composition")
        {
            Some(c) => sink.document(
                &s(c, "title"),
                c.get("date").and_then(Value::as_str).and_then(date),
            ),
            None => sink.document(
                "",
                value
                    .get("timestamp")
                    .and_then(Value::as_str)
                    .and_then(date),
            ),
        }
        for r in &entries {
            resource(&mut sink, r, &entries);
        }
    } else {
        if kind == "Composition" {
            sink.document(
                &s(value, "title"),
                value.get("date").and_then(Value::as_str).and_then(date),
            );
        }
        let own = [value];
        resource(
            &mut sink,
            value,
            if others.is_empty() { &own } else { others },
        );
    }
}

// ----- reading helpers -----

fn s(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .unwrap_or("")
        .to_string()
}

/// Each element of the array at `key` (none when it is missing or not an
/// array).
fn each<'a>(v: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    v.get(key).and_then(Value::as_array).into_iter().flatten()
}

/// The texts of a record's notes (`note[].text`), those not empty.
fn note_texts(r: &Value) -> impl Iterator<Item = String> + '_ {
    each(r, "note")
        .map(|n| s(n, "text"))
        .filter(|t| !t.is_empty())
}

fn first<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    match v.get(key)? {
        Value::Array(a) => a.first(),
        other => Some(other),
    }
}

/// The words of a CodeableConcept: its text, else the first coding's
/// display, else its code. For a name that goes with a code, see [`named`].
fn concept(c: Option<&Value>) -> String {
    let Some(c) = c else {
        return String::new();
    };
    let text = s(c, "text");
    if !text.is_empty() {
        return text;
    }
    let codings = c.get("coding").and_then(Value::as_array);
    codings
        .and_then(|cs| cs.iter().map(|x| s(x, "display")).find(|d| !d.is_empty()))
        .or_else(|| codings.and_then(|cs| cs.iter().map(|x| s(x, "code")).find(|d| !d.is_empty())))
        .unwrap_or_default()
}

/// The name and code of a CodeableConcept, from one and the same concept:
/// its text (which names the whole concept) with the preferred coding's
/// code; without text, the preferred coding that has a display, with its
/// own code; else a bare code. An ICD-10 coding is preferred (the code
/// doctors everywhere read), else the first. A name is never paired with
/// the code of another coding.
fn named(c: Option<&Value>) -> (String, String) {
    let Some(c) = c else {
        return (String::new(), String::new());
    };
    let codings: Vec<&Value> = c
        .get("coding")
        .and_then(Value::as_array)
        .map(|cs| cs.iter().collect())
        .unwrap_or_default();
    let preferred = |has: &dyn Fn(&Value) -> bool| {
        codings
            .iter()
            .copied()
            .filter(|x| has(x))
            .find(|x| s(x, "system").contains("icd-10"))
            .or_else(|| codings.iter().copied().find(|x| has(x)))
    };
    let has_code = |x: &Value| !s(x, "code").is_empty();
    let text = s(c, "text");
    if !text.is_empty() {
        return (text, preferred(&has_code).map(coded).unwrap_or_default());
    }
    if let Some(x) = preferred(&|x: &Value| !s(x, "display").is_empty()) {
        return (s(x, "display"), coded(x));
    }
    match preferred(&has_code) {
        Some(x) => (s(x, "code"), coded(x)),
        None => (String::new(), String::new()),
    }
}

/// A coding's code with its system in words ("N95.1", "SNOMED CT 198436008").
fn coded(coding: &Value) -> String {
    let value = s(coding, "code");
    if value.is_empty() {
        return value;
    }
    let system = s(coding, "system");
    let name = if system.contains("icd-10") {
        ""
    } else if system.contains("snomed") {
        "SNOMED CT "
    } else if system.contains("loinc") {
        "LOINC "
    } else if system.contains("rxnorm") {
        "RxNorm "
    } else {
        ""
    };
    format!("{name}{value}")
}

/// A FHIR date or date-time at its own precision, up to the day.
pub fn date(text: &str) -> Option<String> {
    let t = text.trim();
    let d = t.get(..10.min(t.len()))?;
    crate::date::PartialDate::parse("date", d)
        .ok()
        .map(|d| d.to_string())
}

fn date_of(v: &Value, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| match v.get(*k) {
        Some(Value::String(t)) => date(t),
        Some(p @ Value::Object(_)) => p.get("start").and_then(Value::as_str).and_then(date),
        _ => None,
    })
}

fn human_name(v: &Value) -> String {
    let Some(n) = first(v, "name") else {
        return String::new();
    };
    let text = s(n, "text");
    if !text.is_empty() {
        return text;
    }
    let given: Vec<&str> = n
        .get("given")
        .and_then(Value::as_array)
        .map(|g| g.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    [given.join(" "), s(n, "family")]
        .into_iter()
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn display_of(reference: Option<&Value>) -> String {
    reference.map(|r| s(r, "display")).unwrap_or_default()
}

fn quantity(q: &Value) -> (String, String) {
    let value = match q.get("value") {
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::String(t)) => t.clone(),
        _ => String::new(),
    };
    // "<0.01": the comparator is part of what the lab says.
    let value = if value.is_empty() {
        value
    } else {
        format!("{}{value}", s(q, "comparator"))
    };
    let unit = [s(q, "unit"), s(q, "code")]
        .into_iter()
        .find(|u| !u.is_empty())
        .map(|u| super::plain_unit(&u))
        .unwrap_or_default();
    (value, unit)
}

// ----- resources -----

/// The date fields of the resources read.
const DATE_FIELDS: [&str; 14] = [
    "effectiveDateTime",
    "effectiveInstant",
    "effectivePeriod",
    "issued",
    "onsetDateTime",
    "onsetPeriod",
    "abatementDateTime",
    "abatementPeriod",
    "recordedDate",
    "performedDateTime",
    "performedPeriod",
    "authoredOn",
    "period",
    "birthDate",
];

/// Lists the dates of `r` that cannot be read: the item comes in without
/// them, and the patient is told which.
fn note_unreadable_dates(sink: &mut Sink, r: &Value, kind: &str) {
    for key in DATE_FIELDS {
        let texts: Vec<&str> = match r.get(key) {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Object(p)) => ["start", "end"]
                .iter()
                .filter_map(|k| p.get(*k).and_then(Value::as_str))
                .collect(),
            _ => Vec::new(),
        };
        for t in texts {
            if date(t).is_none() {
                let what = match kind {
                    "MedicationStatement" | "MedicationRequest" => medicine_name(r, &[]),
                    "Encounter" => concept(first(r, "type")),
                    _ => concept(r.get("code")),
                };
                let what = if what.is_empty() {
                    sink.t("records-an-entry")
                } else {
                    what
                };
                let item = sink.t_with(
                    "records-dated",
                    &[("what", Arg::Text(&what)), ("date", Arg::Text(t))],
                );
                let reason = sink.t("records-impossible-date");
                sink.skip("dates", item, reason);
            }
        }
    }
}

/// A resource about another patient than the file's: its subject refers
/// to a Patient that is not the one in the file. Counted as a person of its
/// own, so that the import is refused as mixing people.
fn note_other_subject(sink: &mut Sink, r: &Value, all: &[&Value]) {
    let ids: Vec<String> = all
        .iter()
        .filter(|x| s(x, "resourceType") == "Patient")
        .map(|x| s(x, "id"))
        .filter(|id| !id.is_empty())
        .collect();
    let Some(subject) = r.get("subject").or_else(|| r.get("patient")) else {
        return;
    };
    // Without the patient's own record, the name a record gives its
    // subject is the only sign of whom it is about: it is checked as a
    // patient's name would be.
    if ids.is_empty() {
        let display = s(subject, "display");
        let known = sink.records.patients.iter().any(|p| p.name == display);
        if !display.is_empty() && !known {
            sink.records.patients.push(super::FilePatient {
                name: display,
                birth_date: None,
                source: sink.source.clone(),
            });
        }
        return;
    }
    let reference = s(subject, "reference");
    let Some((_, id)) = reference.rsplit_once("Patient/") else {
        // No reference, only a name ("Hans Keller (husband)"): it is
        // about whom it names, checked against the file's patient.
        let display = s(subject, "display");
        let patients: Vec<String> = all
            .iter()
            .filter(|x| s(x, "resourceType") == "Patient")
            .map(|x| human_name(x))
            .collect();
        if !display.is_empty() && !patients.iter().any(|p| super::same_person(p, &display)) {
            sink.records.patients.push(super::FilePatient {
                name: display,
                birth_date: None,
                source: sink.source.clone(),
            });
        }
        return;
    };
    if !ids.iter().any(|known| known == id) {
        let display = s(subject, "display");
        sink.records.patients.push(super::FilePatient {
            name: if display.is_empty() {
                sink.t_with("records-another-patient", &[("id", Arg::Text(id))])
            } else {
                display
            },
            birth_date: None,
            source: sink.source.clone(),
        });
    }
}

/// The codes and words of a status given as a CodeableConcept, in lower
/// case ("entered-in-error", "refuted").
fn status_words(c: Option<&Value>) -> Vec<String> {
    let Some(c) = c else {
        return Vec::new();
    };
    each(c, "coding")
        .map(|x| s(x, "code"))
        .chain([s(c, "text")])
        .map(|w| w.to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The section a FHIR record would fill, for listing it as not added.
fn section_of(kind: &str) -> &'static str {
    match kind {
        "Condition" => "diagnoses",
        "MedicationStatement" | "MedicationRequest" => "medications",
        "AllergyIntolerance" => "allergies",
        "Observation" | "DiagnosticReport" => "results",
        "FamilyMemberHistory" => "family_history",
        "Procedure" | "Encounter" => "events",
        "Device" | "DeviceUseStatement" => "devices",
        _ => "file",
    }
}

/// Why the record itself says an entry does not stand (entered in error,
/// not done, cancelled, not taken, an allergy ruled out, a medicine
/// stopped on a day it does not give), as the key of the catalogue's
/// words; `None` when it stands. Such an entry is listed as not added,
/// with this reason, rather than shown as a fact.
fn withdrawn(kind: &str, r: &Value) -> Option<&'static str> {
    let status = s(r, "status").to_lowercase();
    let verification = status_words(r.get("verificationStatus"));
    let says = |w: &str| verification.iter().any(|v| v == w);
    if status == "entered-in-error" || says("entered-in-error") {
        return Some("records-entered-in-error");
    }
    let ended = r
        .get("effectivePeriod")
        .and_then(|p| p.get("end"))
        .and_then(Value::as_str)
        .and_then(date)
        .is_some();
    match (kind, status.as_str()) {
        ("Procedure", "not-done") => Some("records-not-done"),
        (_, "cancelled" | "revoked") => Some("records-cancelled"),
        ("MedicationStatement", "not-taken") => Some("records-not-taken"),
        ("MedicationRequest", "draft") => Some("records-draft"),
        ("MedicationStatement" | "MedicationRequest", "stopped" | "completed") if !ended => {
            Some("records-stopped-not-when")
        }
        ("MedicationRequest", _)
            if r.get("doNotPerform").and_then(Value::as_bool) == Some(true) =>
        {
            Some("records-must-not-be-given")
        }
        ("AllergyIntolerance", _) if says("refuted") => Some("records-allergy-ruled-out"),
        _ => None,
    }
}

fn resource(sink: &mut Sink, r: &Value, all: &[&Value]) {
    let kind = s(r, "resourceType");
    if kind != "Patient" {
        note_unreadable_dates(sink, r, &kind);
        note_other_subject(sink, r, all);
    }
    if let Some(why) = withdrawn(&kind, r) {
        let name = match kind.as_str() {
            "MedicationStatement" | "MedicationRequest" => medicine_name(r, all),
            "FamilyMemberHistory" => {
                let relative = concept(r.get("relationship"));
                super::relative_words(&relative, sink.words).unwrap_or(relative)
            }
            "Encounter" => concept(first(r, "type")),
            "Device" => device_name(r),
            _ => concept(r.get("code")),
        };
        // The record's own reason ("Patient declined") goes with it.
        let reason = concept(r.get("statusReason"));
        let why = sink.t(why);
        let why = if reason.is_empty() {
            why
        } else {
            format!("{why} ({reason})")
        };
        let name = if name.is_empty() {
            sink.t_with("records-fhir-of-type", &[("type", Arg::Text(&kind))])
        } else {
            name
        };
        sink.skip(section_of(&kind), name, why);
        return;
    }
    match kind.as_str() {
        "Patient" => sink.records.patients.push(super::FilePatient {
            name: human_name(r),
            birth_date: r.get("birthDate").and_then(Value::as_str).and_then(date),
            source: sink.source.clone(),
        }),
        "Condition" => condition(sink, r),
        "FamilyMemberHistory" => family(sink, r),
        "MedicationStatement" | "MedicationRequest" => medication(sink, r, all),
        "AllergyIntolerance" => allergy(sink, r),
        "Procedure" => {
            let who = each(r, "performer")
                .map(|p| display_of(p.get("actor")))
                .find(|d| !d.is_empty())
                .unwrap_or_default();
            let details = [
                sink.t("records-procedure"),
                who,
                display_of(r.get("location")),
            ]
            .into_iter()
            .filter(|x| !x.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
            sink.add(Event {
                date: date_of(r, &["performedDateTime", "performedPeriod"]),
                title: concept(r.get("code")),
                details,
                ..Event::default()
            })
        }
        "Encounter" => sink.add(Event {
            date: date_of(r, &["period"]),
            title: [concept(first(r, "type")), sink.t("records-visit")]
                .into_iter()
                .find(|t| !t.is_empty())
                .unwrap_or_default(),
            details: [
                sink.t("records-visit"),
                display_of(r.get("serviceProvider")),
            ]
            .into_iter()
            .filter(|x| !x.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
            ..Event::default()
        }),
        "Observation" => observation(sink, r),
        "Practitioner" => {
            let (phone, email) = telecom(r);
            sink.add(Clinician {
                name: human_name(r),
                phone,
                email,
                ..Clinician::default()
            })
        }
        "Composition" => narrative(sink, r),
        "DiagnosticReport" => {
            report(sink, r);
            narrative(sink, r);
        }
        "DeviceUseStatement" => device_use(sink, r, all),
        // A device a statement in the same Bundle is about is read with
        // that statement.
        "Device" if !used(r, all) => {
            if s(r, "status") != "entered-in-error" {
                sink.device(super::Device {
                    name: device_name(r),
                    ..super::Device::default()
                });
            }
        }
        "Device" => {}
        // Referenced from other resources, or the package itself.
        "Medication" | "Organization" | "PractitionerRole" | "Bundle" | "Location"
        | "Provenance" => {}
        other => {
            let item = sink.t_with("records-fhir-of-type", &[("type", Arg::Text(other))]);
            let reason = sink.t("records-kind-not-read");
            sink.skip("file", item, reason)
        }
    }
}

/// A person's first phone number and e-mail address.
fn telecom(r: &Value) -> (String, String) {
    let of = |system: &str| {
        each(r, "telecom")
            .filter(|t| s(t, "system") == system)
            .map(|t| s(t, "value"))
            .find(|v| !v.is_empty())
            .unwrap_or_default()
    };
    (of("phone"), of("email"))
}

/// A relative's conditions, each with the age it began at when given in
/// years.
fn family(sink: &mut Sink, r: &Value) {
    let relative = concept(r.get("relationship"));
    let relative = super::relative_words(&relative, sink.words).unwrap_or(relative);
    let conditions = r.get("condition").and_then(Value::as_array);
    for c in conditions.into_iter().flatten() {
        let age = c
            .get("onsetAge")
            .filter(|a| matches!(s(a, "code").as_str(), "a" | ""))
            .and_then(|a| a.get("value"))
            .and_then(Value::as_f64)
            .filter(|v| (0.0..=130.0).contains(v))
            .map(|v| v as i64);
        sink.add(FamilyHistory {
            relative: relative.clone(),
            condition: concept(c.get("code")),
            age_at_onset: age,
            ..FamilyHistory::default()
        });
    }
}

fn condition(sink: &mut Sink, r: &Value) {
    let status = concept(r.get("clinicalStatus"));
    let verification = concept(r.get("verificationStatus")).to_lowercase();
    let end = date_of(r, &["abatementDateTime", "abatementPeriod"]);
    let mut notes = super::standing_notes(Some(&status), end.as_deref(), sink.words);
    notes.extend(note_texts(r));
    let (name, code) = named(r.get("code"));
    sink.add(Diagnosis {
        name,
        code,
        diagnosed_on: date_of(r, &["onsetDateTime", "onsetPeriod", "recordedDate"]),
        diagnosed_by: display_of(r.get("asserter").or(r.get("recorder"))),
        status: match verification.as_str() {
            "refuted" => Some(DiagnosisStatus::RuledOut),
            "confirmed" => Some(DiagnosisStatus::Confirmed),
            "provisional" | "differential" | "unconfirmed" => Some(DiagnosisStatus::Suspected),
            _ => None,
        },
        notes: notes.join(". "),
        role: DiagnosisRole::Other,
        ..Diagnosis::default()
    });
}

/// The medicine a statement or request is about: its concept, or the
/// Medication it refers to (contained or in the same Bundle).
fn medicine_name(r: &Value, all: &[&Value]) -> String {
    let direct = concept(r.get("medicationCodeableConcept"));
    if !direct.is_empty() {
        return direct;
    }
    let reference = r.get("medicationReference");
    let target = reference.map(|x| s(x, "reference")).unwrap_or_default();
    let contained = r.get("contained").and_then(Value::as_array);
    let found = contained
        .into_iter()
        .flatten()
        .chain(all.iter().copied())
        .find(|m| {
            s(m, "resourceType") == "Medication"
                && !s(m, "id").is_empty()
                && (target == format!("#{}", s(m, "id"))
                    || target.ends_with(&format!("Medication/{}", s(m, "id")))
                    || target.ends_with(&format!(":{}", s(m, "id"))))
        });
    found
        .map(|m| concept(m.get("code")))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| display_of(reference))
}

fn medication(sink: &mut Sink, r: &Value, all: &[&Value]) {
    let words = sink.words;
    let dosage = first(r, "dosage").or_else(|| first(r, "dosageInstruction"));
    let dose_and_rate = dosage.and_then(|d| first(d, "doseAndRate"));
    let dose = dose_and_rate
        .and_then(|d| d.get("doseQuantity"))
        .map(quantity)
        .map(|(v, u)| format!("{v} {u}").trim().to_string())
        .or_else(|| {
            dose_and_rate
                .and_then(|d| d.get("doseRange"))
                .map(|range| dose_range(range, words))
        })
        .unwrap_or_default();
    let text = dosage.map(|d| s(d, "text")).unwrap_or_default();
    // A bare number ("2") says less than the dosage's own words ("2 puffs").
    let dose = if !text.is_empty() && dose.parse::<f64>().is_ok() {
        text.clone()
    } else {
        dose
    };
    let repeat = dosage
        .and_then(|d| d.get("timing"))
        .and_then(|t| t.get("repeat"));
    let freq = repeat
        .map(|rep| {
            let n = rep.get("frequency").and_then(Value::as_i64).unwrap_or(1);
            let p = rep.get("period").map(|p| p.to_string()).unwrap_or_default();
            let u = s(rep, "periodUnit");
            if p.is_empty() {
                String::new()
            } else {
                super::how_often(n, &p, &u, words)
            }
        })
        .unwrap_or_default();
    let freq = [
        freq,
        dosage.map(|d| as_needed(d, words)).unwrap_or_default(),
    ]
    .into_iter()
    .filter(|x| !x.is_empty())
    .collect::<Vec<_>>()
    .join(", ");
    let (start, stop) = match r.get("effectivePeriod") {
        Some(p) => (
            p.get("start").and_then(Value::as_str).and_then(date),
            p.get("end").and_then(Value::as_str).and_then(date),
        ),
        None => (date_of(r, &["effectiveDateTime", "authoredOn"]), None),
    };
    sink.add(Medication {
        name: medicine_name(r, all),
        dose: if dose.is_empty() { text.clone() } else { dose },
        frequency: if freq.is_empty()
            && !text.is_empty()
            && dosage.is_some_and(|d| d.get("doseAndRate").is_some())
        {
            text
        } else {
            freq
        },
        started_on: start,
        stopped_on: stop,
        reason: concept(first(r, "reasonCode")),
        ..Medication::default()
    });
}

/// A dose given as a range ("2-5 mg"), with its unit once when both ends
/// share it, in `words`.
fn dose_range(range: &Value, words: &Catalogue) -> String {
    let (low, low_unit) = range.get("low").map(quantity).unwrap_or_default();
    let (high, high_unit) = range.get("high").map(quantity).unwrap_or_default();
    let low_dose = format!("{low} {low_unit}").trim().to_string();
    let high_dose = format!("{high} {high_unit}").trim().to_string();
    let (low_dose, high_dose) = (Arg::Text(&low_dose), Arg::Text(&high_dose));
    let text = match (low.is_empty(), high.is_empty()) {
        (false, false) if low_unit == high_unit || low_unit.is_empty() => {
            format!("{low}-{high} {high_unit}")
        }
        (false, false) => words.t_with(
            "records-dose-range",
            &[("low", low_dose), ("high", high_dose)],
        ),
        (false, true) => words.t_with("records-dose-at-least", &[("low", low_dose)]),
        (true, false) => words.t_with("records-dose-up-to", &[("high", high_dose)]),
        (true, true) => String::new(),
    };
    text.trim().to_string()
}

/// "as needed", with what for when the dosage says ("as needed for
/// wheezing"), in `words`; empty when the dosage is not as needed.
fn as_needed(dosage: &Value, words: &Catalogue) -> String {
    let reason = concept(dosage.get("asNeededCodeableConcept"));
    if !reason.is_empty() {
        words.t_with("records-as-needed-for", &[("reason", Arg::Text(&reason))])
    } else if dosage.get("asNeededBoolean").and_then(Value::as_bool) == Some(true) {
        words.t("records-as-needed")
    } else {
        String::new()
    }
}

fn allergy(sink: &mut Sink, r: &Value) {
    let reaction = first(r, "reaction");
    let manifestations: Vec<String> = reaction
        .and_then(|x| x.get("manifestation"))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|m| concept(Some(m)))
                .filter(|m| !m.is_empty())
                .collect()
        })
        .unwrap_or_default();
    let severity = reaction.map(|x| s(x, "severity")).unwrap_or_default();
    sink.add(Allergy {
        substance: concept(r.get("code")),
        reaction: manifestations.join(", "),
        severity: match severity.as_str() {
            "mild" => Some(Severity::Mild),
            "moderate" => Some(Severity::Moderate),
            "severe" => Some(Severity::Severe),
            _ => None,
        },
        ..Allergy::default()
    });
}

/// The reference ranges as the lab gives them; each but a lone one says
/// whom it is for ("0.6-1.2 (Female); 0.7-1.3 (Male)").
fn range(r: &Value) -> String {
    let all: Vec<&Value> = match r.get("referenceRange") {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(one) => vec![one],
        None => Vec::new(),
    };
    let one = |rr: &Value| {
        let low = rr.get("low").map(quantity).map(|q| q.0);
        let high = rr.get("high").map(quantity).map(|q| q.0);
        match (low, high) {
            (Some(l), Some(h)) => format!("{l}-{h}"),
            (Some(l), None) => format!(">={l}"),
            (None, Some(h)) => format!("<={h}"),
            _ => s(rr, "text"),
        }
    };
    if all.len() == 1 {
        return one(all[0]);
    }
    all.iter()
        .map(|rr| {
            let whom = [concept(first(rr, "appliesTo")), s(rr, "text")]
                .into_iter()
                .find(|w| !w.is_empty() && *w != one(rr));
            match whom {
                Some(w) => format!("{} ({w})", one(rr)),
                None => one(rr),
            }
        })
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

fn observation(sink: &mut Sink, r: &Value) {
    let (value, unit) = if let Some(q) = r.get("valueQuantity") {
        quantity(q)
    } else if let Some(c) = r.get("valueCodeableConcept") {
        (concept(Some(c)), String::new())
    } else if let Some(t) = r.get("valueString").and_then(Value::as_str) {
        (t.to_string(), String::new())
    } else if let Some(range) = r.get("valueRange") {
        let (low, unit) = range.get("low").map(quantity).unwrap_or_default();
        let (high, high_unit) = range.get("high").map(quantity).unwrap_or_default();
        match (low.is_empty(), high.is_empty()) {
            (false, false) => (format!("{low}-{high}"), unit),
            (false, true) => (format!(">{low}"), unit),
            (true, false) => (format!("<{high}"), high_unit),
            (true, true) => (String::new(), String::new()),
        }
    } else if let Some(ratio) = r.get("valueRatio") {
        let part = |k: &str| ratio.get(k).map(quantity).map(|q| q.0).unwrap_or_default();
        (
            format!("{}:{}", part("numerator"), part("denominator")),
            String::new(),
        )
    } else if let Some(b) = r.get("valueBoolean").and_then(Value::as_bool) {
        (
            sink.t(if b { "records-yes" } else { "records-no" }),
            String::new(),
        )
    } else if let Some(parts) = r.get("component").and_then(Value::as_array) {
        // Blood pressure and the like: the parts in one value.
        let joined: Vec<String> = parts
            .iter()
            .filter_map(|c| c.get("valueQuantity").map(quantity))
            .map(|(v, _)| v)
            .collect();
        let unit = parts
            .first()
            .and_then(|c| c.get("valueQuantity"))
            .map(|q| quantity(q).1)
            .unwrap_or_default();
        (joined.join("/"), unit)
    } else {
        (String::new(), String::new())
    };
    if value.trim().is_empty() {
        let why = sink.t("records-no-value");
        sink.skip("results", concept(r.get("code")), why);
        return;
    }
    let reference_range = range(r);
    let flag = {
        let i = concept(first(r, "interpretation"));
        super::interpretation_words(&i, sink.words).unwrap_or(i)
    };
    let flag = if flag.is_empty() {
        super::outside(&value, &reference_range, sink.words)
    } else {
        flag
    };
    let (test, code) = named(r.get("code"));
    sink.add(LabResult {
        test,
        code,
        value,
        unit,
        reference_range,
        flag,
        date: date_of(
            r,
            &[
                "effectiveDateTime",
                "effectiveInstant",
                "effectivePeriod",
                "issued",
            ],
        ),
        notes: observation_notes(r, sink.words),
        ..LabResult::default()
    });
}

/// What the record says of a result besides its value: a preliminary or
/// amended result (in `words`), and the notes the lab wrote ("Sample
/// haemolysed").
fn observation_notes(r: &Value, words: &Catalogue) -> String {
    let status = match s(r, "status").as_str() {
        "preliminary" => words.t("records-preliminary-result"),
        "amended" | "corrected" => words.t("records-amended-result"),
        _ => String::new(),
    };
    [status]
        .into_iter()
        .chain(note_texts(r))
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join(". ")
}

/// The most characters of a report's attached text put on its timeline
/// entry; a longer text is in the readable-text pages only.
const REPORT_TEXT_CHARS: usize = 20_000;

/// The plain text a report attaches in itself (`presentedForm` of type
/// text/plain with its data inline), each with its title.
fn presented_text(sink: &mut Sink, r: &Value, name: &str) -> Vec<(String, String)> {
    use base64::Engine;
    let mut out = Vec::new();
    for form in r
        .get("presentedForm")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let kind = s(form, "contentType").to_ascii_lowercase();
        let data = s(form, "data");
        if !kind.starts_with("text/plain") || data.is_empty() {
            continue;
        }
        let charset_ok = kind
            .split(';')
            .skip(1)
            .filter_map(|p| p.trim().strip_prefix("charset="))
            .all(|c| matches!(c.trim_matches('"'), "utf-8" | "utf8" | "us-ascii"));
        let compact: String = data.chars().filter(|c| !c.is_whitespace()).collect();
        let text = base64::engine::general_purpose::STANDARD
            .decode(compact.as_bytes())
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .filter(|_| charset_ok);
        match text {
            Some(t) if !t.trim().is_empty() => {
                out.push((s(form, "title"), t.trim().replace("\r\n", "\n")))
            }
            Some(_) => {}
            None => {
                let item = sink.t_with("records-attached-text", &[("name", Arg::Text(name))]);
                let reason = sink.t("records-attached-text-unreadable");
                sink.skip("events", item, reason)
            }
        }
    }
    out
}

/// A report with a conclusion or text of its own, for the timeline: its
/// name and date, the conclusion as the report words it (and its coded
/// conclusions), and the plain text it attaches.
fn report(sink: &mut Sink, r: &Value) {
    let title = [concept(r.get("code")), sink.t("records-report")]
        .into_iter()
        .find(|t| !t.is_empty())
        .unwrap_or_default();
    let conclusion = s(r, "conclusion");
    let coded: Vec<String> = r
        .get("conclusionCode")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|c| concept(Some(c)))
        .filter(|c| !c.is_empty())
        .collect();
    let texts = presented_text(sink, r, &title);
    if conclusion.is_empty() && coded.is_empty() && texts.is_empty() {
        return;
    }
    let performer: Vec<String> = r
        .get("performer")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|p| display_of(Some(p)))
        .filter(|p| !p.is_empty())
        .collect();
    let mut details = vec![[sink.t("records-report"), performer.join(", ")]
        .into_iter()
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join(", ")];
    if !conclusion.is_empty() {
        details.push(sink.t_with(
            "records-conclusion-line",
            &[("conclusion", Arg::Text(&conclusion))],
        ));
    }
    if !coded.is_empty() {
        details.push(sink.t_with(
            "records-coded-conclusion-line",
            &[("conclusions", Arg::Text(&coded.join("; ")))],
        ));
    }
    for (heading, text) in texts {
        if text.chars().count() > REPORT_TEXT_CHARS {
            let heading = if heading.is_empty() {
                sink.t("records-its-text")
            } else {
                heading
            };
            details.push(sink.t_with("records-text-too-long", &[("heading", Arg::Text(&heading))]));
        } else if heading.is_empty() {
            details.push(text);
        } else {
            details.push(format!("{heading}:\n{text}"));
        }
    }
    sink.add(Event {
        date: date_of(
            r,
            &[
                "effectiveDateTime",
                "effectiveInstant",
                "effectivePeriod",
                "issued",
            ],
        ),
        title,
        details: details.join("\n"),
        ..Event::default()
    });
}

/// Whether a DeviceUseStatement in the same Bundle is about this Device.
fn used(device: &Value, all: &[&Value]) -> bool {
    let id = s(device, "id");
    !id.is_empty()
        && all.iter().any(|x| {
            s(x, "resourceType") == "DeviceUseStatement"
                && refers_to(
                    &x.get("device")
                        .map(|d| s(d, "reference"))
                        .unwrap_or_default(),
                    "Device",
                    &id,
                )
        })
}

/// Whether a reference ("Device/12", "urn:uuid:12", "#12") points to the
/// resource of that type and id.
fn refers_to(reference: &str, kind: &str, id: &str) -> bool {
    !id.is_empty()
        && (reference == format!("#{id}")
            || reference.ends_with(&format!("{kind}/{id}"))
            || reference.ends_with(&format!(":{id}")))
}

/// A Device's name: its own name, else its type, with the maker and model
/// when given.
fn device_name(d: &Value) -> String {
    let own = d
        .get("deviceName")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|n| s(n, "name"))
        .find(|n| !n.is_empty());
    let name = own.unwrap_or_else(|| concept(d.get("type")));
    let maker = [s(d, "manufacturer"), s(d, "modelNumber")]
        .into_iter()
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if maker.is_empty() || name.is_empty() {
        name
    } else {
        format!("{name} ({maker})")
    }
}

/// A statement that the patient has or had a device.
fn device_use(sink: &mut Sink, r: &Value, all: &[&Value]) {
    let status = s(r, "status");
    if status == "entered-in-error" {
        return;
    }
    let reference = r.get("device");
    let target = reference.map(|x| s(x, "reference")).unwrap_or_default();
    let contained = r.get("contained").and_then(Value::as_array);
    let device = contained
        .into_iter()
        .flatten()
        .chain(all.iter().copied())
        .find(|d| s(d, "resourceType") == "Device" && refers_to(&target, "Device", &s(d, "id")));
    let name = device
        .map(device_name)
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| display_of(reference));
    sink.device(super::Device {
        name,
        date: date_of(r, &["timingDateTime", "timingPeriod", "recordedOn"]),
        status: if status == "active" {
            String::new()
        } else {
            status
        },
        ..super::Device::default()
    });
}

/// The readable text of a Composition (section by section) or a
/// DiagnosticReport (its conclusion and text).
fn narrative(sink: &mut Sink, r: &Value) {
    let text = |v: &Value| {
        v.get("text")
            .map(|t| s(t, "div"))
            .map(|d| strip_html(&d))
            .unwrap_or_default()
    };
    let mut sections = Vec::new();
    for sec in r
        .get("section")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let body = text(sec);
        if !body.is_empty() {
            sections.push((s(sec, "title"), body));
        }
    }
    let conclusion = s(r, "conclusion");
    if !conclusion.is_empty() {
        sections.push((sink.t("records-conclusion"), conclusion));
    }
    let own = text(r);
    if sections.is_empty() && !own.is_empty() {
        sections.push((String::new(), own));
    }
    if s(r, "resourceType") == "DiagnosticReport" {
        let name = concept(r.get("code"));
        let mut quiet = Sink {
            records: &mut Records::default(),
            source: Source::default(),
            words: sink.words,
        };
        for (heading, body) in presented_text(&mut quiet, r, &name) {
            let heading = if heading.is_empty() {
                sink.t("records-report-text")
            } else {
                heading
            };
            sections.push((heading, body));
        }
    }
    if sections.is_empty() {
        return;
    }
    let title = [s(r, "title"), concept(r.get("code"))]
        .into_iter()
        .find(|t| !t.is_empty())
        .unwrap_or_else(|| s(r, "resourceType"));
    sink.records.narratives.push(Narrative {
        title,
        sections,
        source: sink.source.clone(),
    });
}

/// The text of a FHIR narrative's XHTML: tags dropped, block elements and
/// table rows on their own lines, the common entities read.
fn strip_html(html: &str) -> String {
    let mut out = String::new();
    let mut tag = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match (in_tag, c) {
            (false, '<') => {
                in_tag = true;
                tag.clear();
            }
            (true, '>') => {
                in_tag = false;
                let name: String = tag
                    .trim_start_matches('/')
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .collect();
                match name.as_str() {
                    "p" | "div" | "br" | "li" | "tr" | "h1" | "h2" | "h3" | "h4" | "table" => {
                        out.push('\n')
                    }
                    "td" | "th" if !tag.starts_with('/') => out.push_str(" | "),
                    _ => out.push(' '),
                }
            }
            (true, c) => tag.push(c),
            (false, c) => out.push(c),
        }
    }
    let out = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
    out.lines()
        .map(|l| {
            l.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .trim_start_matches("| ")
                .to_string()
        })
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}
