//! The bundle's generated pages before the enclosed reports, one function a
//! part: the cover with its contents and records checklist, the summary a
//! consulting doctor reads first, then each section in [`Section::ALL`]'s
//! order. What goes on a page is decided here; how text is set is
//! [`super::layout`]'s.

use super::layout::{self, Layout, BODY, MARGIN};
use super::{joined, none_or_unknown, Enclosure, ExportOptions, Section};
use crate::date::display_long;
use crate::health::tidy;
use crate::model::*;
use crate::pdf::font::Weight;
use std::collections::BTreeSet;

/// Everything the front pages are drawn from.
pub(super) struct Front<'a> {
    pub full: &'a FullDossier,
    pub opts: &'a ExportOptions,
    pub docs: &'a [Enclosure],
    /// Section titles with their first page; empty on the first round,
    /// when only the space the contents take is reserved.
    pub toc: &'a [(String, usize)],
    pub checklist: &'a [crate::guidance::ChecklistItem],
}

impl Front<'_> {
    fn on(&self, s: Section) -> bool {
        !self.opts.exclude_sections.contains(&s)
    }
}

/// The generated pages before the enclosed documents.
pub(super) fn front_matter(l: &mut Layout, f: &Front) {
    cover(l, f.full);
    contents(l, f.toc);
    checklist(l, f);
    for section in Section::ALL {
        if !f.on(section) {
            continue;
        }
        match section {
            Section::Summary => summary(l, f),
            Section::Questions => questions(l, f),
            Section::Background => background(l, f),
            Section::Medications => medications(l, f),
            Section::Results => results(l, f),
            Section::Clinicians => clinicians(l, f),
            Section::Timeline => timeline(l, f),
            Section::Index => index(l, f),
            // The reports themselves follow the generated pages.
            Section::Documents => {}
        }
    }
}

fn say(l: &mut Layout, text: &str) {
    l.paragraph(text, BODY, Weight::Regular, 0.0);
}

fn cover(l: &mut Layout, full: &FullDossier) {
    let p = &full.patient;
    let d = &full.dossier;
    l.new_page();
    l.anchors.push(layout::Anchor {
        title: "Cover".into(),
        page: 0,
        level: 0,
    });
    let y = l.y;
    l.text_at(MARGIN, y, 9.5, Weight::Bold, "SECOND OPINION DOSSIER", 0.35);
    l.gap(22.0);
    l.paragraph(&p.full_name, 22.0, Weight::Bold, 0.0);
    let mut born = Vec::new();
    if let Some(b) = &p.date_of_birth {
        let age = crate::date::age(b)
            .map(|a| format!(" (age {a})"))
            .unwrap_or_default();
        born.push(format!("Born {}{age}", display_long(b)));
    }
    if !p.sex.is_empty() {
        born.push(format!("Sex: {}", p.sex));
    }
    if !p.language.is_empty() {
        born.push(format!("Preferred language: {}", p.language));
    }
    if !born.is_empty() {
        l.paragraph(&born.join("  ·  "), 11.0, Weight::Regular, 0.0);
    }
    l.gap(4.0);
    l.field("Phone", &p.phone);
    l.field("Email", &p.email);
    l.field("Address", &p.address);
    l.gap(10.0);
    l.paragraph(&d.title, 15.0, Weight::Bold, 0.0);
    l.gap(4.0);
    let c = &d.consultant;
    let for_whom = joined(
        &[
            c.name.as_str(),
            c.specialty.as_str(),
            c.institution.as_str(),
        ],
        ", ",
    );
    l.field("For", &for_whom);
    let mut appointment = when(&c.appointment);
    if let Some(mode) = c.mode {
        appointment = if appointment.is_empty() {
            mode.label().to_string()
        } else {
            format!("{appointment} ({})", mode.label().to_lowercase())
        };
    }
    l.field("Appointment", &appointment);
    l.field("Decision needed by", &when(&d.decide_by));
    l.field("Prepared on", &display_long(&crate::date::today()));
    let reasons: Vec<&str> = d.reasons.iter().map(|r| r.label()).collect();
    l.field("Reasons for asking", &reasons.join("; "));
    let situations: Vec<&str> = d.situations.iter().map(|s| s.label()).collect();
    l.field("Situation", &situations.join("; "));
    l.gap(12.0);
}

/// The contents; on the first round, the space they will take.
fn contents(l: &mut Layout, toc: &[(String, usize)]) {
    l.paragraph("Contents", 12.0, Weight::Bold, 0.0);
    let (rows, links): (Vec<Vec<String>>, Vec<Option<usize>>) = if toc.is_empty() {
        Section::ALL
            .iter()
            .map(|s| (vec![s.title().to_string(), "0".into()], None))
            .unzip()
    } else {
        toc.iter()
            .filter(|(t, _)| t != "Cover")
            .map(|(t, n)| (vec![t.clone(), n.to_string()], Some(*n)))
            .unzip()
    };
    l.table(&["Section", "Page"], &[0.8, 0.2], &rows, &links);
}

fn checklist(l: &mut Layout, f: &Front) {
    use crate::guidance::ItemStatus;
    if f.checklist.is_empty() {
        return;
    }
    l.ensure(80.0);
    l.gap(6.0);
    l.paragraph("Records checklist", 12.0, Weight::Bold, 0.0);
    let enclosed: BTreeSet<i64> = f.docs.iter().map(|e| e.doc.id).collect();
    let rows: Vec<Vec<String>> = f
        .checklist
        .iter()
        .map(|item| {
            let status = match item.status {
                ItemStatus::Present if item.documents.iter().any(|d| enclosed.contains(d)) => {
                    "Enclosed"
                }
                // The list of medicines is this bundle's own table.
                ItemStatus::Present
                    if item.key == "medication_list" && item.documents.is_empty() =>
                {
                    "In this bundle (Medicines and allergies)"
                }
                ItemStatus::Present
                    if item.key == "labs_over_time" && item.documents.is_empty() =>
                {
                    "In this bundle (Test results over time)"
                }
                ItemStatus::Present => "Kept by the patient, not enclosed",
                ItemStatus::Requested => "Requested, not yet received",
                ItemStatus::NotApplicable => "Not applicable, says the patient",
                ItemStatus::Missing => "Not included",
            };
            vec![item.title.to_string(), status.to_string()]
        })
        .collect();
    l.table(&["Record", "Status"], &[0.68, 0.32], &rows, &[]);
}

fn diagnosis_name(dx: &Diagnosis) -> String {
    if dx.code.is_empty() {
        dx.name.clone()
    } else {
        format!("{} ({})", dx.name, dx.code)
    }
}

fn diagnoses(l: &mut Layout, full: &FullDossier) {
    let main: Vec<&Diagnosis> = full
        .diagnoses
        .iter()
        .filter(|d| d.role == DiagnosisRole::Main)
        .collect();
    if main.is_empty() {
        say(l, "No diagnosis has been written down yet.");
    }
    for dx in main {
        l.paragraph(&diagnosis_name(dx), BODY + 0.5, Weight::Bold, 0.0);
        let mut by: Vec<String> = Vec::new();
        if let Some(s) = dx.status {
            by.push(s.label().to_string());
        }
        if let Some(date) = &dx.diagnosed_on {
            by.push(display_long(date));
        }
        let who = joined(&[dx.diagnosed_by.as_str(), dx.facility.as_str()], ", ");
        if !who.is_empty() {
            by.push(format!("by {who}"));
        }
        if !by.is_empty() {
            say(l, &by.join(", "));
        }
        if !dx.notes.is_empty() {
            say(l, &dx.notes);
        }
        l.gap(4.0);
    }
}

fn treatments(l: &mut Layout, full: &FullDossier) {
    if full.treatments.is_empty() {
        say(l, "No treatment has been written down yet.");
    }
    for t in &full.treatments {
        let mut name = t.name.clone();
        if let Some(s) = t.status {
            name.push_str(&format!(" ({})", s.label().to_lowercase()));
        }
        l.paragraph(&name, BODY + 0.5, Weight::Bold, 0.0);
        l.field("Recommended by", &t.recommended_by);
        l.field("Benefits", &t.benefits);
        l.field("Risks", &t.risks);
        l.field("Costs", &t.costs);
        l.field("Alternatives", &t.alternatives);
        l.field("Notes", &t.notes);
        l.gap(4.0);
    }
}

/// The pain score as the patient gave it ("6 out of 10").
fn pain(d: &DailyLife) -> String {
    d.pain_score
        .map(|p| format!("{p} out of 10"))
        .unwrap_or_default()
}

/// Height, weight and BMI in one line ("170 cm, 95 kg (BMI 32.9)").
fn body_size(b: &Background) -> String {
    let mut parts = Vec::new();
    if let Some(h) = b.height_cm {
        parts.push(format!("{} cm", tidy(h)));
    }
    if let Some(w) = b.weight_kg {
        parts.push(format!("{} kg", tidy(w)));
    }
    let mut text = parts.join(", ");
    if let Some(bmi) = b.bmi() {
        text.push_str(&format!(" (BMI {})", tidy(bmi)));
    }
    text
}

fn smoking(b: &Background) -> String {
    let label = b.smoking.map(|s| s.label()).unwrap_or_default();
    joined(&[label, b.smoking_details.as_str()], ": ")
}

/// A list in one line, or what the patient said when it is empty ("None
/// known") and nothing when it was not filled in.
fn listed(full: &FullDossier, section: &str, items: Vec<String>) -> String {
    if items.is_empty() {
        none_or_unknown(full, section, "None known", "")
    } else {
        items.join("; ")
    }
}

/// The other conditions for the summary's one line, each with what is
/// said of where it stands ("ruled out", "Status in the record:
/// resolved"), so that no condition reads as current when it is not.
fn other_conditions(full: &FullDossier) -> Vec<String> {
    full.diagnoses
        .iter()
        .filter(|d| d.role == DiagnosisRole::Other)
        .map(|d| {
            let said: Vec<String> = d
                .status
                .map(|s| s.label().to_lowercase())
                .into_iter()
                .chain(crate::records::standing(&d.notes).map(str::to_string))
                .collect();
            if said.is_empty() {
                diagnosis_name(d)
            } else {
                format!("{} ({})", diagnosis_name(d), said.join(", "))
            }
        })
        .collect()
}

fn medicines_line(full: &FullDossier) -> Vec<String> {
    full.medications
        .iter()
        .filter(|m| m.stopped_on.is_none())
        .map(|m| {
            joined(
                &[m.name.as_str(), m.dose.as_str(), m.frequency.as_str()],
                " ",
            )
        })
        .collect()
}

/// The day-one block of the summary: how the problem affects daily life,
/// what was tried, and the background that changes a decision, each one
/// line, details in their own section.
fn day_one(l: &mut Layout, full: &FullDossier) {
    let life = &full.daily_life;
    let b = &full.background;
    if !life.is_empty() {
        l.heading("Daily life", 2);
        life_fields(l, life, false);
    }
    if !life.tried.is_empty() {
        l.heading("What has been tried", 2);
        say(l, &life.tried);
    }
    l.heading("Health background", 2);
    l.field(
        "Other conditions",
        &listed(full, "other_conditions", other_conditions(full)),
    );
    l.field(
        "Current medicines",
        &listed(full, "medications", medicines_line(full)),
    );
    let allergies = full
        .allergies
        .iter()
        .map(|a| joined(&[a.substance.as_str(), a.reaction.as_str()], ": "))
        .collect();
    l.field("Allergies", &listed(full, "allergies", allergies));
    l.field("Height and weight", &body_size(b));
    l.field("Smoking", &smoking(b));
    l.field("Implants, devices", &implants(full));
    let operations = full
        .operations
        .iter()
        .map(|o| match &o.date {
            Some(d) => format!("{} ({})", o.name, display_long(d)),
            None => o.name.clone(),
        })
        .collect();
    l.field("Operations", &listed(full, "operations", operations));
    l.field(
        "Family history",
        &listed(full, "family_history", family_lines(full)),
    );
    let pregnant = match b.pregnant {
        Some(Pregnancy::Yes) => "Pregnant",
        _ => "",
    };
    l.field("Pregnancy", pregnant);
}

fn implants(full: &FullDossier) -> String {
    if full.background.implants.is_empty() {
        none_or_unknown(full, "implants", "None known", "")
    } else {
        full.background.implants.clone()
    }
}

fn family_lines(full: &FullDossier) -> Vec<String> {
    full.family_history
        .iter()
        .map(|f| {
            let mut line = joined(&[f.relative.as_str(), f.condition.as_str()], ": ");
            if let Some(age) = f.age_at_onset {
                line.push_str(&format!(" (from age {age})"));
            }
            line
        })
        .collect()
}

fn summary(l: &mut Layout, f: &Front) {
    let d = &f.full.dossier;
    l.new_page();
    l.heading(Section::Summary.title(), 0);
    l.heading("The problem this opinion is about", 2);
    diagnoses(l, f.full);
    day_one(l, f.full);
    l.heading("Recommended treatment", 2);
    treatments(l, f.full);
    l.heading("What the patient wants from this opinion", 2);
    say(
        l,
        if d.goal.trim().is_empty() {
            "Not written down yet."
        } else {
            d.goal.as_str()
        },
    );
    if !d.notes.trim().is_empty() {
        l.heading("Notes", 2);
        say(l, &d.notes);
    }
}

fn questions(l: &mut Layout, f: &Front) {
    let full = f.full;
    l.new_page();
    l.heading(Section::Questions.title(), 0);
    if full.questions.is_empty() {
        say(l, "No questions written down yet.");
    }
    let mut groups: Vec<(Option<QuestionCategory>, Vec<&Question>)> = Vec::new();
    for q in &full.questions {
        match groups.iter_mut().find(|g| g.0 == q.category) {
            Some(g) => g.1.push(q),
            None => groups.push((q.category, vec![q])),
        }
    }
    let mut n = 0;
    for (cat, qs) in groups {
        l.heading(cat.map(|c| c.label()).unwrap_or("Other"), 2);
        for q in qs {
            n += 1;
            l.ensure(80.0);
            l.paragraph(&format!("{n}. {}", q.text), BODY + 0.5, Weight::Bold, 0.0);
            if q.answer.trim().is_empty() {
                l.writing_lines(3, 12.0);
            } else {
                l.paragraph(
                    &format!("Answer: {}", q.answer),
                    BODY,
                    Weight::Regular,
                    12.0,
                );
                l.gap(6.0);
            }
        }
    }
}

/// A half-known date in words, or nothing.
fn when(date: &Option<String>) -> String {
    date.as_deref().map(display_long).unwrap_or_default()
}

/// A list printed as a table under its heading: its section (for the
/// patient's "none"), what that "none" reads as, and the columns with the
/// share of the width each is offered.
struct Listing<'a> {
    heading: &'a str,
    section: &'a str,
    none: &'a str,
    columns: &'a [(&'a str, f32)],
}

/// The items as a table under the listing's heading, or, when there are
/// none, what the patient said about the empty list.
fn listing<T>(
    l: &mut Layout,
    full: &FullDossier,
    spec: &Listing,
    items: impl IntoIterator<Item = T>,
    row: impl Fn(T) -> Vec<String>,
) {
    l.heading(spec.heading, 2);
    let rows: Vec<Vec<String>> = items.into_iter().map(row).collect();
    if rows.is_empty() {
        say(
            l,
            &none_or_unknown(full, spec.section, spec.none, "Not filled in."),
        );
        return;
    }
    let (headers, widths): (Vec<&str>, Vec<f32>) = spec.columns.iter().copied().unzip();
    l.table(&headers, &widths, &rows, &[]);
}

/// The health background and daily life in full.
fn background(l: &mut Layout, f: &Front) {
    let full = f.full;
    let b = &full.background;
    l.new_page();
    l.heading(Section::Background.title(), 0);
    l.heading("Background", 2);
    if b.is_empty() && !full.dossier.none_known.iter().any(|k| k == "implants") {
        say(l, "Not filled in.");
    }
    l.field("Height and weight", &body_size(b));
    l.field("Smoking", &smoking(b));
    l.field("Alcohol", &b.alcohol);
    l.field("Occupation", &b.occupation);
    l.field(
        "Pregnant",
        b.pregnant.map(|p| p.label()).unwrap_or_default(),
    );
    l.field("Implants, devices", &implants(full));
    l.field("Notes", &b.notes);
    let others = Listing {
        heading: "Other conditions",
        section: "other_conditions",
        none: "None: the patient says they have no other conditions.",
        columns: &[
            ("Condition", 0.34),
            ("Since", 0.16),
            ("Status", 0.16),
            ("Notes", 0.34),
        ],
    };
    let conditions = full
        .diagnoses
        .iter()
        .filter(|d| d.role == DiagnosisRole::Other);
    listing(l, full, &others, conditions, |d| {
        vec![
            diagnosis_name(d),
            when(&d.diagnosed_on),
            d.status.map(|s| s.label().to_string()).unwrap_or_default(),
            d.notes.clone(),
        ]
    });
    let operations = Listing {
        heading: "Operations and hospital stays",
        section: "operations",
        none: "None: the patient says they have had no operations or hospital stays.",
        columns: &[
            ("When", 0.16),
            ("What", 0.32),
            ("Where", 0.24),
            ("Notes", 0.28),
        ],
    };
    listing(l, full, &operations, &full.operations, |o| {
        vec![
            when(&o.date),
            o.name.clone(),
            o.facility.clone(),
            o.notes.clone(),
        ]
    });
    let family = Listing {
        heading: "Family history",
        section: "family_history",
        none: "None known: the patient knows of no illness in the family that matters here.",
        columns: &[
            ("Relative", 0.18),
            ("Condition", 0.32),
            ("Age at onset", 0.17),
            ("Notes", 0.33),
        ],
    };
    listing(l, full, &family, &full.family_history, |h| {
        vec![
            h.relative.clone(),
            h.condition.clone(),
            h.age_at_onset.map(|a| a.to_string()).unwrap_or_default(),
            h.notes.clone(),
        ]
    });
    daily_life(l, &full.daily_life);
}

fn daily_life(l: &mut Layout, life: &DailyLife) {
    l.heading("Daily life", 2);
    if life.is_empty() {
        say(l, "Not filled in.");
        return;
    }
    life_fields(l, life, true);
}

/// The daily-life answers, one a line; what was tried only when asked
/// (the summary gives it a heading of its own).
fn life_fields(l: &mut Layout, life: &DailyLife, tried: bool) {
    l.field("Main symptoms", &life.symptoms);
    l.field("Since", &when(&life.since));
    l.field("Pain (0 to 10)", &pain(life));
    l.field("Cannot do now", &life.limits);
    if tried {
        l.field("Tried so far", &life.tried);
    }
    l.field("Matters most", &life.matters_most);
}

fn medications(l: &mut Layout, f: &Front) {
    let full = f.full;
    l.new_page();
    l.heading(Section::Medications.title(), 0);
    let medicines = Listing {
        heading: "Medicines",
        section: "medications",
        none: "None: the patient says they take no medicines.",
        columns: &[
            ("Medicine", 0.26),
            ("Dose", 0.22),
            ("Started", 0.14),
            ("Stopped", 0.14),
            ("Reason", 0.24),
        ],
    };
    listing(l, full, &medicines, &full.medications, |m| {
        vec![
            m.name.clone(),
            joined(&[m.dose.as_str(), m.frequency.as_str()], ", "),
            when(&m.started_on),
            when(&m.stopped_on),
            m.reason.clone(),
        ]
    });
    let allergies = Listing {
        heading: "Allergies",
        section: "allergies",
        none: "None known: the patient says they have no allergies.",
        columns: &[("Substance", 0.35), ("Reaction", 0.45), ("Severity", 0.2)],
    };
    listing(l, full, &allergies, &full.allergies, |a| {
        vec![
            a.substance.clone(),
            a.reaction.clone(),
            a.severity
                .map(|s| s.label().to_string())
                .unwrap_or_default(),
        ]
    });
}

/// Test results grouped by test, values oldest first with their dates, so
/// the consulting doctor reads the trend along a row. A value the file (or
/// a numeric range it gives) puts out of range is marked with its flag.
fn results(l: &mut Layout, f: &Front) {
    if f.full.results.is_empty() {
        return;
    }
    l.ensure(160.0);
    l.gap(14.0);
    l.heading(Section::Results.title(), 0);
    let mut tests: Vec<(String, Vec<&LabResult>)> = Vec::new();
    for r in &f.full.results {
        let key = format!("{}|{}", crate::records::normal(&r.test), r.unit);
        match tests.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => v.push(r),
            None => tests.push((key, vec![r])),
        }
    }
    let rows: Vec<Vec<String>> = tests
        .into_iter()
        .map(|(_, mut v)| {
            v.sort_by(|a, b| a.date.cmp(&b.date));
            let values: Vec<String> = v
                .iter()
                .map(|r| {
                    let flag = if r.flag.is_empty() {
                        String::new()
                    } else {
                        format!(" * {}", r.flag)
                    };
                    let date = when(&r.date);
                    // A preliminary or amended result, and the lab's
                    // notes, go with the value they are about.
                    let note = if r.notes.trim().is_empty() {
                        String::new()
                    } else {
                        format!(": {}", r.notes.trim())
                    };
                    format!("{}{flag} ({date}){note}", r.value).replace(" ()", "")
                })
                .collect();
            vec![
                v[0].test.clone(),
                v[0].unit.clone(),
                v[0].reference_range.clone(),
                values.join("\n"),
            ]
        })
        .collect();
    say(l, "Values oldest first. * marks a value the record flags, or one outside the numeric range it gives.");
    l.table(
        &["Test", "Unit", "Range", "Values (date)"],
        &[0.3, 0.12, 0.18, 0.4],
        &rows,
        &[],
    );
}

fn clinicians(l: &mut Layout, f: &Front) {
    l.ensure(160.0);
    l.gap(14.0);
    l.heading(Section::Clinicians.title(), 0);
    if f.full.clinicians.is_empty() {
        say(l, "None listed.");
        return;
    }
    let rows: Vec<Vec<String>> = f
        .full
        .clinicians
        .iter()
        .map(|c| {
            vec![
                c.name.clone(),
                joined(&[c.role.as_str(), c.specialty.as_str()], ", "),
                c.institution.clone(),
                joined(&[c.phone.as_str(), c.email.as_str()], "\n"),
            ]
        })
        .collect();
    l.table(
        &["Name", "Role", "Where", "Contact"],
        &[0.24, 0.26, 0.22, 0.28],
        &rows,
        &[],
    );
}

fn timeline(l: &mut Layout, f: &Front) {
    l.ensure(160.0);
    l.gap(14.0);
    l.heading(Section::Timeline.title(), 0);
    let timeline = f.full.timeline();
    if timeline.is_empty() {
        say(l, "No dated events yet.");
        return;
    }
    let rows: Vec<Vec<String>> = timeline
        .iter()
        .map(|t| vec![t.date_text.clone(), t.title.clone(), t.detail.clone()])
        .collect();
    l.table(&["When", "What", "Details"], &[0.2, 0.45, 0.35], &rows, &[]);
}

fn index(l: &mut Layout, f: &Front) {
    if f.docs.is_empty() {
        return;
    }
    let enclosed = f.on(Section::Documents);
    l.new_page();
    l.heading(Section::Index.title(), 0);
    let rows: Vec<Vec<String>> = f
        .docs
        .iter()
        .map(|e| {
            vec![
                e.number.to_string(),
                e.doc.title.clone(),
                e.doc
                    .kind
                    .map(|k| k.label().to_string())
                    .unwrap_or_default(),
                when(&e.doc.date),
                e.doc.source.clone(),
                if enclosed {
                    e.start.to_string()
                } else {
                    "not enclosed".into()
                },
            ]
        })
        .collect();
    let links: Vec<Option<usize>> = f.docs.iter().map(|e| enclosed.then_some(e.start)).collect();
    l.table(
        &["No.", "Title", "Kind", "Date", "From", "Page"],
        &[0.07, 0.33, 0.17, 0.15, 0.18, 0.1],
        &rows,
        &links,
    );
}
