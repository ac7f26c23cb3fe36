//! C-CDA documents (R2.1 and R1.1): the patient, problems, medicines,
//! allergies, procedures and encounters, results and vital signs, the
//! authors and care team, medical equipment, and each section's readable
//! text.
//!
//! Entries are found by their template, wherever the document puts them
//! (a problem observation in a problem list, an admission diagnosis or a
//! pre-operative diagnosis is read the same way). A DTD, and so any entity
//! expansion or external entity, is refused before anything is read.
//! What the app says of what it read is in the catalogue given.

use super::{bad_said, bad_xml, Limits, Narrative, Records, Sink, Source};
use crate::error::Result;
use crate::i18n::{Arg, Catalogue};
use crate::model::*;
use roxmltree::{Document, Node, ParsingOptions};

const V3: &str = "urn:hl7-org:v3";
const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";

const PROBLEM: &str = "2.16.840.1.113883.10.20.22.4.4";
const MEDICATION: &str = "2.16.840.1.113883.10.20.22.4.16";
const ALLERGY: &str = "2.16.840.1.113883.10.20.22.4.7";
const REACTION: &str = "2.16.840.1.113883.10.20.22.4.9";
const SEVERITY: &str = "2.16.840.1.113883.10.20.22.4.8";
const INDICATION: &str = "2.16.840.1.113883.10.20.22.4.19";
const PROCEDURES: [&str; 3] = [
    "2.16.840.1.113883.10.20.22.4.14",
    "2.16.840.1.113883.10.20.22.4.13",
    "2.16.840.1.113883.10.20.22.4.12",
];
const ENCOUNTER: &str = "2.16.840.1.113883.10.20.22.4.49";
const RESULT: &str = "2.16.840.1.113883.10.20.22.4.2";
const VITAL_SIGN: &str = "2.16.840.1.113883.10.20.22.4.27";
const MEDICAL_EQUIPMENT: &str = "2.16.840.1.113883.10.20.22.2.23";
const PROBLEM_STATUS: &str = "2.16.840.1.113883.10.20.22.4.6";
const FAMILY_ORGANIZER: &str = "2.16.840.1.113883.10.20.22.4.45";
const FAMILY_OBSERVATION: &str = "2.16.840.1.113883.10.20.22.4.46";
const AGE_OBSERVATION: &str = "2.16.840.1.113883.10.20.22.4.31";
/// Entries with no place in the dossier: the template, what they are
/// ("3 immunization entries") and why they are not read.
const NOT_READ: [(&str, &str, &str); 2] = [
    (
        "2.16.840.1.113883.10.20.22.4.52",
        "records-immunization-entries",
        "records-immunization-not-read",
    ),
    (
        "2.16.840.1.113883.10.20.22.4.38",
        "records-social-history-entries",
        "records-social-history-not-read",
    ),
];
/// Sections with no place in the dossier: listed as skipped when they
/// hold anything (their text stays in the document's readable text).
const SECTIONS_NOT_READ: [(&str, &str); 8] = [
    (
        "2.16.840.1.113883.10.20.22.2.21",
        "records-section-advance-directives",
    ),
    (
        "2.16.840.1.113883.10.20.22.2.21.1",
        "records-section-advance-directives",
    ),
    (
        "2.16.840.1.113883.10.20.22.2.10",
        "records-section-plan-of-treatment",
    ),
    (
        "2.16.840.1.113883.10.20.22.2.14",
        "records-section-functional-status",
    ),
    (
        "2.16.840.1.113883.10.20.22.2.56",
        "records-section-mental-status",
    ),
    ("2.16.840.1.113883.10.20.22.2.60", "records-section-goals"),
    (
        "2.16.840.1.113883.10.20.22.2.58",
        "records-section-health-concerns",
    ),
    ("2.16.840.1.113883.10.20.22.2.18", "records-section-payers"),
];

/// Reads one C-CDA document into `records`; what the app says of it is in
/// `words`.
pub fn read(
    records: &mut Records,
    file: &str,
    text: &str,
    limits: &Limits,
    words: &'static Catalogue,
) -> Result<()> {
    let opts = ParsingOptions {
        allow_dtd: false,
        nodes_limit: limits.nodes,
        ..ParsingOptions::default()
    };
    let doc = Document::parse_with_options(text, opts).map_err(|e| bad_xml(file, &e))?;
    refuse_deep(file, &doc)?;
    let root = doc.root_element();
    if root.tag_name().namespace() == Some("http://hl7.org/fhir") {
        return Err(bad_said("records-fhir-as-xml", file, &[]));
    }
    if root.tag_name().name() != "ClinicalDocument" || root.tag_name().namespace() != Some(V3) {
        return Err(bad_said(
            "records-not-ccda",
            file,
            &[("element", root.tag_name().name())],
        ));
    }
    let own_title = child(root, "title")
        .map(text_of)
        .filter(|t| !t.is_empty())
        .or_else(|| child(root, "code").and_then(|c| attr(c, "displayName")));
    let title = own_title
        .clone()
        .unwrap_or_else(|| words.t("records-clinical-document"));
    let (file_name, inner) = match file.split_once(": ") {
        Some((f, inner)) => (f.to_string(), format!("{inner}, {title}")),
        None => (file.to_string(), title.clone()),
    };
    let mut sink = Sink {
        records,
        source: Source {
            file: file_name,
            document: inner,
        },
        words,
    };
    sink.document(
        own_title.as_deref().unwrap_or(""),
        child(root, "effectiveTime").and_then(time_value),
    );
    patient(&mut sink, root);
    people(&mut sink, root, &title);
    entries(&mut sink, root);
    equipment(&mut sink, root);
    narrative(&mut sink, root, &title);
    Ok(())
}

/// How deep elements may nest; a real record nests a few dozen levels.
pub const MAX_DEPTH: u32 = 256;

/// Refuses a document nested deeper than [`MAX_DEPTH`], before anything
/// walks it.
fn refuse_deep(file: &str, doc: &Document) -> Result<()> {
    let mut depth = vec![0u32; doc.descendants().count() + 1];
    for n in doc.descendants() {
        let d = n
            .parent()
            .map(|p| depth.get(p.id().get_usize()).copied().unwrap_or(0) + 1)
            .unwrap_or(0);
        if d > MAX_DEPTH {
            return Err(bad_said(
                "records-too-deep",
                file,
                &[("max", &MAX_DEPTH.to_string())],
            ));
        }
        if let Some(slot) = depth.get_mut(n.id().get_usize()) {
            *slot = d;
        }
    }
    Ok(())
}

// ----- reading helpers -----

fn is(node: Node, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name && node.tag_name().namespace() == Some(V3)
}

fn child<'a>(node: Node<'a, 'a>, name: &str) -> Option<Node<'a, 'a>> {
    node.children().find(|n| is(*n, name) && !absent(*n))
}

fn children<'a>(node: Node<'a, 'a>, name: &'a str) -> impl Iterator<Item = Node<'a, 'a>> + 'a {
    node.children().filter(move |n| is(*n, name) && !absent(*n))
}

fn path<'a>(node: Node<'a, 'a>, names: &[&str]) -> Option<Node<'a, 'a>> {
    names.iter().try_fold(node, |n, name| child(n, name))
}

/// An element marked as not known ("nullFlavor") is as if absent.
fn absent(node: Node) -> bool {
    node.has_attribute("nullFlavor") && !node.has_attribute("value") && !node.has_attribute("code")
}

fn attr(node: Node, name: &str) -> Option<String> {
    node.attribute(name)
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

fn xsi_type(node: Node) -> String {
    node.attribute((XSI, "type")).unwrap_or("").to_string()
}

/// An element's text, whitespace collapsed.
fn text_of(node: Node) -> String {
    let mut out = String::new();
    for t in node.descendants().filter(|n| n.is_text()) {
        out.push_str(t.text().unwrap_or(""));
        out.push(' ');
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn has_template(node: Node, root: &str) -> bool {
    node.children()
        .any(|t| is(t, "templateId") && t.attribute("root") == Some(root))
}

/// The narrative text an `originalText/reference` points to.
fn referenced(node: Node, id: &str) -> Option<String> {
    let id = id.strip_prefix('#')?;
    node.document()
        .descendants()
        .find(|n| n.attribute("ID") == Some(id))
        .map(text_of)
        .filter(|t| !t.is_empty())
}

/// The words for a coded element: its display name, its original text (or
/// what that refers to), or the display name of a translation.
fn words(code: Node) -> Option<String> {
    attr(code, "displayName")
        .or_else(|| {
            let original = child(code, "originalText")?;
            let direct = text_of(original);
            if !direct.is_empty() {
                return Some(direct);
            }
            child(original, "reference")
                .and_then(|r| attr(r, "value"))
                .and_then(|id| referenced(code, &id))
        })
        .or_else(|| children(code, "translation").find_map(|t| attr(t, "displayName")))
}

/// The name and code of a coded element, from one and the same code: its
/// display name or original text with its own code, else a translation's
/// display name with that translation's code (never one's name with
/// another's code).
fn named(code: Node) -> (String, String) {
    let own = attr(code, "displayName").or_else(|| {
        let original = child(code, "originalText")?;
        let direct = text_of(original);
        if !direct.is_empty() {
            return Some(direct);
        }
        child(original, "reference")
            .and_then(|r| attr(r, "value"))
            .and_then(|id| referenced(code, &id))
    });
    if let Some(name) = own {
        return (name, code_of(code));
    }
    match children(code, "translation").find(|t| attr(*t, "displayName").is_some()) {
        Some(t) => (attr(t, "displayName").unwrap_or_default(), code_of(t)),
        None => (String::new(), code_of(code)),
    }
}

/// A code with its system in words ("M17.11", "SNOMED CT 239873007").
fn code_of(code: Node) -> String {
    let Some(value) = attr(code, "code") else {
        return String::new();
    };
    let system = match code.attribute("codeSystem").unwrap_or("") {
        "2.16.840.1.113883.6.90" | "2.16.840.1.113883.6.3" => "",
        "2.16.840.1.113883.6.96" => "SNOMED CT ",
        "2.16.840.1.113883.6.1" => "LOINC ",
        "2.16.840.1.113883.6.88" => "RxNorm ",
        "2.16.840.1.113883.6.103" => "ICD-9-CM ",
        _ => "",
    };
    format!("{system}{value}")
}

/// A C-CDA timestamp ("20120806", "201208061030-0500") at the precision it
/// has, up to the day.
pub fn date(ts: &str) -> Option<String> {
    let digits: String = ts.chars().take_while(|c| c.is_ascii_digit()).collect();
    let out = match digits.len() {
        4 => digits.clone(),
        6..=7 => format!("{}-{}", &digits[..4], &digits[4..6]),
        n if n >= 8 => format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..8]),
        _ => return None,
    };
    crate::date::PartialDate::parse("date", &out)
        .ok()
        .map(|d| d.to_string())
}

fn time_value(node: Node) -> Option<String> {
    attr(node, "value").and_then(|v| date(&v))
}

/// (start, end) of an `effectiveTime`: its value, or its low and high.
fn period(node: Node) -> (Option<String>, Option<String>) {
    let Some(t) = child(node, "effectiveTime") else {
        return (None, None);
    };
    if let Some(v) = time_value(t) {
        return (Some(v), None);
    }
    (
        child(t, "low").and_then(time_value),
        child(t, "high").and_then(time_value),
    )
}

fn person_name(name: Node) -> String {
    let direct: Vec<String> = name
        .children()
        .filter(|n| n.is_element() && !absent(*n))
        .filter(|n| ["prefix", "given", "family", "suffix"].contains(&n.tag_name().name()))
        .map(text_of)
        .filter(|t| !t.is_empty())
        .collect();
    if direct.is_empty() {
        text_of(name)
    } else {
        direct.join(" ")
    }
}

fn templated<'a>(root: Node<'a, 'a>, template: &'a str) -> impl Iterator<Item = Node<'a, 'a>> + 'a {
    root.descendants()
        .filter(move |n| n.is_element() && has_template(*n, template) && !absent(*n))
}

// ----- what the document holds -----

fn patient(sink: &mut Sink, root: Node) {
    for p in children(root, "recordTarget") {
        let Some(patient) = path(p, &["patientRole", "patient"]) else {
            continue;
        };
        sink.records.patients.push(super::FilePatient {
            name: child(patient, "name").map(person_name).unwrap_or_default(),
            birth_date: child(patient, "birthTime").and_then(time_value),
            source: sink.source.clone(),
        });
    }
}

fn contact(entity: Node) -> (String, String) {
    let mut phone = String::new();
    let mut email = String::new();
    for t in children(entity, "telecom") {
        let v = t.attribute("value").unwrap_or("");
        if let Some(m) = v.strip_prefix("mailto:") {
            email = m.to_string();
        } else if let Some(p) = v.strip_prefix("tel:") {
            phone = p.to_string();
        }
    }
    (phone, email)
}

/// One clinician from an `assignedAuthor` or `assignedEntity`.
fn clinician(entity: Node, role: String) -> Option<Clinician> {
    let name = child(entity, "assignedPerson")
        .and_then(|p| child(p, "name"))
        .map(person_name)
        .filter(|n| !n.is_empty())?;
    let (phone, email) = contact(entity);
    Some(Clinician {
        name,
        role,
        institution: child(entity, "representedOrganization")
            .and_then(|o| child(o, "name"))
            .map(text_of)
            .unwrap_or_default(),
        phone,
        email,
        ..Clinician::default()
    })
}

fn people(sink: &mut Sink, root: Node, title: &str) {
    let author_of = sink.t_with("records-author-of", &[("title", Arg::Text(title))]);
    for a in children(root, "author") {
        if let Some(c) = child(a, "assignedAuthor").and_then(|e| clinician(e, author_of.clone())) {
            sink.add(c);
        }
    }
    let events = children(root, "documentationOf").filter_map(|d| child(d, "serviceEvent"));
    for event in events {
        for p in children(event, "performer") {
            let Some(entity) = child(p, "assignedEntity") else {
                continue;
            };
            let role = child(p, "functionCode")
                .and_then(words)
                .or_else(|| child(entity, "code").and_then(words))
                .unwrap_or_else(|| sink.t("records-care-team"));
            if let Some(c) = clinician(entity, role) {
                sink.add(c);
            }
        }
    }
}

fn entries(sink: &mut Sink, root: Node) {
    for obs in templated(root, PROBLEM) {
        problem(sink, obs);
    }
    for sa in templated(root, MEDICATION) {
        medication(sink, sa);
    }
    for obs in templated(root, ALLERGY) {
        allergy(sink, obs);
    }
    for t in PROCEDURES {
        for p in templated(root, t) {
            procedure(sink, p);
        }
    }
    for e in templated(root, ENCOUNTER) {
        encounter(sink, e);
    }
    for t in [RESULT, VITAL_SIGN] {
        for o in templated(root, t) {
            result(sink, o);
        }
    }
    for organizer in templated(root, FAMILY_ORGANIZER) {
        family(sink, organizer);
    }
    let mut named_sections = std::collections::BTreeSet::new();
    for (t, name) in SECTIONS_NOT_READ {
        let held = root
            .descendants()
            .filter(|n| is(*n, "section") && has_template(*n, t))
            .any(|s| !text_of(s).trim().is_empty());
        if held && named_sections.insert(name) {
            let what = sink.t(name);
            let item = sink.t_with("records-section-item", &[("section", Arg::Text(&what))]);
            let reason = sink.t_with("records-section-not-read", &[("section", Arg::Text(&what))]);
            sink.skip("file", item, reason);
        }
    }
    for (t, entries, not_read) in NOT_READ {
        let n = templated(root, t).count();
        if n > 0 {
            let item = sink.t_with(entries, &[("count", n.into())]);
            let reason = sink.t(not_read);
            sink.skip("file", item, reason);
        }
    }
}

/// Who recorded an entry, and where.
fn author(node: Node) -> (String, String) {
    let entity = child(node, "author").and_then(|a| child(a, "assignedAuthor"));
    let who = entity
        .and_then(|e| child(e, "assignedPerson"))
        .and_then(|p| child(p, "name"))
        .map(person_name)
        .unwrap_or_default();
    let org = entity
        .and_then(|e| child(e, "representedOrganization"))
        .and_then(|o| child(o, "name"))
        .map(text_of)
        .unwrap_or_default();
    (who, org)
}

/// A relative's conditions, from a Family History Organizer: who (the
/// related subject's relationship) and, for each condition, the age it
/// began at when given in years.
fn family(sink: &mut Sink, organizer: Node) {
    let code = path(organizer, &["subject", "relatedSubject", "code"]);
    let relative = code
        .and_then(|c| c.attribute("code"))
        .and_then(|c| super::relative_words(c, sink.words))
        .filter(|_| code.and_then(|c| c.attribute("displayName")).is_none())
        .or_else(|| code.and_then(words))
        .unwrap_or_default();
    for obs in templated(organizer, FAMILY_OBSERVATION) {
        let Some(condition) = child(obs, "value").and_then(words) else {
            let item = if relative.is_empty() {
                sink.t("records-relative-condition-unknown")
            } else {
                sink.t_with(
                    "records-relative-condition",
                    &[("relative", Arg::Text(&relative))],
                )
            };
            let reason = sink.t("records-no-condition");
            sink.skip("family_history", item, reason);
            continue;
        };
        let age = templated(obs, AGE_OBSERVATION)
            .filter_map(|a| child(a, "value"))
            .find(|v| matches!(v.attribute("unit"), Some("a") | None))
            .and_then(|v| attr(v, "value"))
            .and_then(|v| v.parse::<f64>().ok())
            .filter(|v| (0.0..=130.0).contains(v))
            .map(|v| v as i64);
        sink.add(FamilyHistory {
            relative: relative.clone(),
            condition,
            age_at_onset: age,
            ..FamilyHistory::default()
        });
    }
}

fn problem(sink: &mut Sink, obs: Node) {
    // A value "not in the code system" may still name the problem in its
    // original text, so it is read even when marked with a nullFlavor.
    let value = obs
        .children()
        .find(|n| is(*n, "value") && (!absent(*n) || words(*n).is_some()));
    let Some(value) = value else {
        let (item, reason) = (
            sink.t("records-problem-without-value"),
            sink.t("records-no-problem"),
        );
        sink.skip("diagnoses", item, reason);
        return;
    };
    let (name, code) = named(value);
    // A problem's negation is "ruled out", which it comes in as.
    if let Some(why) = withdrawn(obs, None) {
        let why = sink.t(why);
        sink.skip("diagnoses", name, why);
        return;
    }
    let (onset, resolved) = period(obs);
    let (who, org) = author(obs);
    // What the record says of where the problem stands ("Resolved"),
    // shown as it says it.
    let status = templated(obs, PROBLEM_STATUS).find_map(|s| child(s, "value").and_then(words));
    let notes = super::standing_notes(status.as_deref(), resolved.as_deref(), sink.words);
    let status = if obs.attribute("negationInd") == Some("true") {
        Some(DiagnosisStatus::RuledOut)
    } else {
        None
    };
    sink.add(Diagnosis {
        name,
        code,
        diagnosed_on: onset,
        diagnosed_by: who,
        facility: org,
        status,
        notes: notes.join(". "),
        role: DiagnosisRole::Other,
        ..Diagnosis::default()
    });
}

/// A UCUM unit in plain words: annotations lose their braces ("{tbl}").
fn unit(u: &str) -> String {
    super::plain_unit(u)
}

fn quantity(node: Node) -> String {
    let value = attr(node, "value").unwrap_or_default();
    let unit = node.attribute("unit").map(unit).unwrap_or_default();
    [value, unit]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// "every 12 hours", "once a day" from a PIVL_TS `effectiveTime`, in
/// `words`.
fn frequency(sa: Node, words: &Catalogue) -> String {
    children(sa, "effectiveTime")
        .find(|t| xsi_type(*t).contains("PIVL"))
        .and_then(|t| child(t, "period"))
        .map(|p| {
            let value = attr(p, "value").unwrap_or_default();
            let unit = p.attribute("unit").unwrap_or("");
            if value.is_empty() {
                String::new()
            } else {
                super::how_often(1, &value, unit, words)
            }
        })
        .unwrap_or_default()
}

/// The dose: its quantity, with the unit of administration ("puff") when
/// the quantity has no unit of its own.
fn dose(sa: Node) -> String {
    let Some(q) = child(sa, "doseQuantity") else {
        return String::new();
    };
    let amount = quantity(q);
    if q.attribute("unit")
        .is_some_and(|u| !u.is_empty() && u != "1")
    {
        return amount;
    }
    match child(sa, "administrationUnitCode").and_then(words) {
        Some(u) if !amount.is_empty() => format!("{amount} {}", u.to_lowercase()),
        _ => amount,
    }
}

/// "as needed", with what for when the entry says ("as needed for
/// wheezing"), from a precondition of the medicine, in `w`; empty when it
/// has none.
fn as_needed(sa: Node, w: &Catalogue) -> String {
    let Some(pre) = child(sa, "precondition") else {
        return String::new();
    };
    let criterion = child(pre, "criterion");
    let reason = criterion
        .and_then(|c| child(c, "value"))
        .and_then(words)
        .or_else(|| criterion.and_then(|c| child(c, "text")).map(text_of))
        .filter(|r| !r.is_empty());
    match reason {
        Some(r) => w.t_with("records-as-needed-for", &[("reason", Arg::Text(&r))]),
        None => w.t("records-as-needed"),
    }
}

fn medication(sink: &mut Sink, sa: Node) {
    let material = path(
        sa,
        &["consumable", "manufacturedProduct", "manufacturedMaterial"],
    );
    let name = material
        .and_then(|m| {
            child(m, "code")
                .and_then(words)
                .or_else(|| child(m, "name").map(text_of))
        })
        .unwrap_or_default();
    let ivl = children(sa, "effectiveTime").find(|t| !xsi_type(*t).contains("PIVL"));
    let (start, stop) = match ivl {
        Some(t) => (
            child(t, "low")
                .and_then(time_value)
                .or_else(|| time_value(t)),
            child(t, "high").and_then(time_value),
        ),
        None => (None, None),
    };
    let route = child(sa, "routeCode").and_then(words);
    let freq = [
        Some(frequency(sa, sink.words)),
        Some(as_needed(sa, sink.words)),
        route,
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(", ");
    let reason = templated(sa, INDICATION)
        .find_map(|i| child(i, "value").and_then(words))
        .unwrap_or_default();
    if let Some(why) = withdrawn(sa, Some("records-not-given")) {
        let why = sink.t(why);
        sink.skip("medications", name, why);
        return;
    }
    sink.add(Medication {
        name,
        dose: dose(sa),
        frequency: freq,
        started_on: start,
        stopped_on: stop,
        reason,
        ..Medication::default()
    });
}

/// The devices of the Medical Equipment section, each with the first date
/// its entry gives (when it was supplied or put in).
fn equipment(sink: &mut Sink, root: Node) {
    let sections = root
        .descendants()
        .filter(|n| is(*n, "section") && has_template(*n, MEDICAL_EQUIPMENT));
    for section in sections {
        for device in section.descendants().filter(|n| is(*n, "playingDevice")) {
            let name = child(device, "code")
                .and_then(words)
                .or_else(|| child(device, "manufacturerModelName").map(text_of))
                .unwrap_or_default();
            let model = child(device, "manufacturerModelName")
                .map(text_of)
                .filter(|m| !m.is_empty() && *m != name);
            let name = match model {
                Some(m) => format!("{name} ({m})"),
                None => name,
            };
            let date = device
                .ancestors()
                .take_while(|a| *a != section)
                .find_map(|a| {
                    let (start, end) = period(a);
                    start.or(end)
                });
            sink.device(super::Device {
                name,
                date,
                ..super::Device::default()
            });
        }
    }
}

/// A severity the record words as one of the dossier's levels; any other
/// wording ("Moderate to severe", "Fatal") has no level and is kept in the
/// record's own words instead, said in `w`.
fn severity(said: &str, w: &Catalogue) -> (Option<Severity>, String) {
    match said.trim().to_lowercase().as_str() {
        "mild" => (Some(Severity::Mild), String::new()),
        "moderate" => (Some(Severity::Moderate), String::new()),
        "severe" => (Some(Severity::Severe), String::new()),
        _ => (
            None,
            w.t_with(
                "records-severity-in-record",
                &[("severity", Arg::Text(said.trim()))],
            ),
        ),
    }
}

/// Why the record itself says an entry does not stand, as the key of the
/// catalogue's words: withdrawn as entered in error ("nullified"),
/// cancelled, or (for what is not a problem, whose negation is "ruled
/// out") negated, with the words given for it; `None` when it stands.
fn withdrawn(node: Node, negated: Option<&'static str>) -> Option<&'static str> {
    let status = child(node, "statusCode").and_then(|c| c.attribute("code"));
    match status {
        Some("nullified") => Some("records-withdrawn"),
        Some("cancelled") => Some("records-cancelled"),
        _ if node.attribute("negationInd") == Some("true") => negated,
        _ => None,
    }
}

/// The severity of an allergy as a whole when the record gives one (on
/// the allergy, or on the concern act around it), else that of its
/// reactions; wording that is no level is said in `w`.
fn allergy_severity(obs: Node, w: &Catalogue) -> Option<(Option<Severity>, String)> {
    let concern = obs.parent_element().and_then(|r| r.parent_element());
    let own = [Some(obs), concern]
        .into_iter()
        .flatten()
        .flat_map(|n| children(n, "entryRelationship"))
        .flat_map(|r| r.children())
        .filter(|n| has_template(*n, SEVERITY) && !absent(*n))
        .find_map(|s| child(s, "value").and_then(words));
    own.or_else(|| templated(obs, SEVERITY).find_map(|s| child(s, "value").and_then(words)))
        .map(|said| severity(&said, w))
}

fn allergy(sink: &mut Sink, obs: Node) {
    let substance = path(obs, &["participant", "participantRole", "playingEntity"])
        .and_then(|e| {
            child(e, "code")
                .and_then(words)
                .or_else(|| child(e, "name").map(text_of))
        })
        .or_else(|| child(obs, "value").and_then(words))
        .unwrap_or_default();
    let reactions: Vec<String> = templated(obs, REACTION)
        .filter_map(|r| child(r, "value").and_then(words))
        .collect();
    if let Some(why) = withdrawn(obs, Some("records-no-such-allergy")) {
        let why = sink.t(why);
        sink.skip("allergies", substance, why);
        return;
    }
    let (severity, words) = allergy_severity(obs, sink.words).unwrap_or_default();
    let reaction = [reactions.join(", "), words]
        .into_iter()
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    sink.add(Allergy {
        substance,
        reaction,
        severity,
        ..Allergy::default()
    });
}

fn procedure(sink: &mut Sink, p: Node) {
    if p.attribute("moodCode").is_some_and(|m| m != "EVN") {
        return; // planned, not done
    }
    let title = child(p, "code").and_then(words).unwrap_or_default();
    if let Some(why) = withdrawn(p, Some("records-not-done")) {
        let why = sink.t(why);
        sink.skip("events", title, why);
        return;
    }
    let (date, _) = period(p);
    let who = path(
        p,
        &[
            "performer",
            "assignedEntity",
            "representedOrganization",
            "name",
        ],
    )
    .map(text_of)
    .unwrap_or_default();
    sink.add(Event {
        date,
        title,
        details: [sink.t("records-procedure"), who]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        ..Event::default()
    });
}

fn encounter(sink: &mut Sink, e: Node) {
    let title = child(e, "code")
        .and_then(words)
        .unwrap_or_else(|| sink.t("records-visit"));
    if let Some(why) = withdrawn(e, Some("records-did-not-take-place")) {
        let why = sink.t(why);
        sink.skip("events", title, why);
        return;
    }
    let (date, _) = period(e);
    let place = path(
        e,
        &["participant", "participantRole", "playingEntity", "name"],
    )
    .map(text_of)
    .unwrap_or_default();
    sink.add(Event {
        date,
        title,
        details: [sink.t("records-visit"), place]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        ..Event::default()
    });
}

/// The value of a result in words, and its unit.
fn result_value(value: Node) -> (String, String) {
    let t = xsi_type(value);
    if t.contains("IVL") {
        // A value known only to be under or over a limit ("<0.01").
        let low = child(value, "low").and_then(|n| attr(n, "value"));
        let high = child(value, "high").and_then(|n| attr(n, "value"));
        let unit_of = |n: &str| {
            child(value, n)
                .and_then(|x| x.attribute("unit"))
                .map(unit)
                .unwrap_or_default()
        };
        return match (low, high) {
            (Some(l), Some(h)) if l == h => (l, unit_of("low")),
            (Some(l), Some(h)) => (format!("{l}-{h}"), unit_of("low")),
            (Some(l), None) => (format!(">{l}"), unit_of("low")),
            (None, Some(h)) => (format!("<{h}"), unit_of("high")),
            (None, None) => (text_of(value), String::new()),
        };
    }
    if t.ends_with("RTO") {
        let part = |n: &str| {
            child(value, n)
                .and_then(|x| attr(x, "value"))
                .unwrap_or_default()
        };
        return (
            format!("{}:{}", part("numerator"), part("denominator")),
            String::new(),
        );
    }
    if t.ends_with("PQ") {
        (
            attr(value, "value").unwrap_or_default(),
            value.attribute("unit").map(unit).unwrap_or_default(),
        )
    } else if t.ends_with("CD") || t.ends_with("CE") || t.ends_with("CO") {
        (words(value).unwrap_or_default(), String::new())
    } else if let Some(v) = attr(value, "value") {
        (v, value.attribute("unit").map(unit).unwrap_or_default())
    } else {
        (text_of(value), String::new())
    }
}

fn range_of(obs: Node) -> String {
    let Some(range) = path(obs, &["referenceRange", "observationRange"]) else {
        return String::new();
    };
    if let Some(v) = child(range, "value") {
        let low = child(v, "low").map(quantity);
        let high = child(v, "high").map(quantity);
        match (low, high) {
            (Some(l), Some(h)) => {
                let lv = l.split(' ').next().unwrap_or("").to_string();
                return format!("{lv}-{h}");
            }
            (Some(l), None) => return format!(">={l}"),
            (None, Some(h)) => return format!("<={h}"),
            _ => {}
        }
    }
    child(range, "text").map(text_of).unwrap_or_default()
}

fn interpretation(obs: Node, w: &Catalogue) -> String {
    let Some(code) = child(obs, "interpretationCode") else {
        return String::new();
    };
    super::interpretation_words(code.attribute("code").unwrap_or(""), w)
        .unwrap_or_else(|| words(code).unwrap_or_default())
}

fn result(sink: &mut Sink, obs: Node) {
    let (test, code) = child(obs, "code").map(named).unwrap_or_default();
    let (value, unit) = child(obs, "value").map(result_value).unwrap_or_default();
    if let Some(why) = withdrawn(obs, Some("records-not-done")) {
        let why = sink.t(why);
        sink.skip("results", test, why);
        return;
    }
    if value.trim().is_empty() {
        let why = sink.t("records-no-value");
        sink.skip("results", test, why);
        return;
    }
    let (date, _) = period(obs);
    let reference_range = range_of(obs);
    let mut flag = interpretation(obs, sink.words);
    if flag.is_empty() {
        flag = super::outside(&value, &reference_range, sink.words);
    }
    sink.add(LabResult {
        test,
        code,
        value,
        unit,
        reference_range,
        flag,
        date,
        ..LabResult::default()
    });
}

/// The readable text of each section, for the patient and the doctor to
/// read as the document's authors wrote it.
fn narrative(sink: &mut Sink, root: Node, title: &str) {
    let mut sections = Vec::new();
    for s in root.descendants().filter(|n| is(*n, "section")) {
        let heading = child(s, "title").map(text_of).unwrap_or_default();
        let body = child(s, "text").map(block_text).unwrap_or_default();
        if !body.trim().is_empty() {
            sections.push((heading, body));
        }
    }
    if sections.is_empty() {
        if let Some(body) = path(root, &["component", "nonXMLBody"]) {
            let item = sink.t("records-unstructured-document");
            let reason = match child(body, "text").and_then(|t| t.attribute("mediaType")) {
                Some(kind) => sink.t_with("records-attached-file", &[("type", Arg::Text(kind))]),
                None => sink.t("records-attached-file-other"),
            };
            sink.skip("file", item, reason);
        }
        return;
    }
    sink.records.narratives.push(Narrative {
        title: title.to_string(),
        sections,
        source: sink.source.clone(),
    });
}

/// A narrative block as lines: paragraphs and list items on their own
/// lines, table rows with cells separated by " | ".
fn block_text(node: Node) -> String {
    let mut out = String::new();
    walk(node, &mut out);
    out.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn walk(node: Node, out: &mut String) {
    for c in node.children() {
        if c.is_text() {
            out.push_str(c.text().unwrap_or(""));
            continue;
        }
        if !c.is_element() {
            continue;
        }
        let name = c.tag_name().name();
        match name {
            "tr" => {
                let cells: Vec<String> = c
                    .children()
                    .filter(|x| x.is_element())
                    .map(|x| {
                        let mut s = String::new();
                        walk(x, &mut s);
                        s.split_whitespace().collect::<Vec<_>>().join(" ")
                    })
                    .collect();
                out.push('\n');
                out.push_str(&cells.join(" | "));
                out.push('\n');
            }
            "paragraph" | "item" | "br" | "caption" | "list" | "table" => {
                out.push('\n');
                walk(c, out);
                out.push('\n');
            }
            _ => {
                walk(c, out);
                out.push(' ');
            }
        }
    }
}
