//! The bundle's generated pages before the enclosed reports, one function a
//! part: the cover with its contents and records checklist, the summary a
//! consulting doctor reads first, then each section in [`Section::ALL`]'s
//! order. What goes on a page is decided here; how text is set is
//! [`super::layout`]'s.

use super::layout::{self, Layout, BODY, MARGIN};
use super::{joined, none_or_unknown, Enclosure, ExportOptions, Section};
use crate::health::tidy;
use crate::i18n::Catalogue;
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
    let w = l.words;
    l.anchors.push(layout::Anchor {
        title: w.t("pdf-cover"),
        page: 0,
        level: 0,
    });
    let y = l.y;
    l.text_at(MARGIN, y, 9.5, Weight::Bold, &w.t("pdf-brand"), 0.35);
    l.gap(22.0);
    l.paragraph(&p.full_name, 22.0, Weight::Bold, 0.0);
    let mut born = Vec::new();
    if let Some(b) = &p.date_of_birth {
        let date = w.date_text(b);
        born.push(match crate::date::age(b) {
            Some(age) => w.t_with(
                "pdf-born-age",
                &[("date", (&date).into()), ("age", age.into())],
            ),
            None => w.t_with("pdf-born", &[("date", (&date).into())]),
        });
    }
    if !p.sex.is_empty() {
        born.push(w.t_with("pdf-sex", &[("sex", (&p.sex).into())]));
    }
    if !p.language.is_empty() {
        born.push(w.t_with(
            "pdf-preferred-language",
            &[("language", (&p.language).into())],
        ));
    }
    if !born.is_empty() {
        l.paragraph(&born.join("  ·  "), 11.0, Weight::Regular, 0.0);
    }
    l.gap(4.0);
    l.field(&w.t("pdf-phone"), &p.phone);
    l.field(&w.t("pdf-email"), &p.email);
    l.field(&w.t("pdf-address"), &p.address);
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
    l.field(&w.t("pdf-for"), &for_whom);
    let mut appointment = when(w, &c.appointment);
    if let Some(mode) = c.mode {
        appointment = if appointment.is_empty() {
            mode.label_in(w)
        } else {
            format!("{appointment} · {}", mode.label_in(w))
        };
    }
    l.field(&w.t("pdf-appointment"), &appointment);
    l.field(&w.t("pdf-decide-by"), &when(w, &d.decide_by));
    l.field(&w.t("pdf-prepared-on"), &w.date_text(&crate::date::today()));
    let reasons: Vec<String> = d.reasons.iter().map(|r| r.label_in(w)).collect();
    l.field(&w.t("pdf-reasons"), &reasons.join("; "));
    let situations: Vec<String> = d.situations.iter().map(|s| s.label_in(w)).collect();
    l.field(&w.t("pdf-situation"), &situations.join("; "));
    l.gap(12.0);
}

/// The contents; on the first round, the space they will take.
fn contents(l: &mut Layout, toc: &[(String, usize)]) {
    let w = l.words;
    l.paragraph(&w.t("pdf-contents"), 12.0, Weight::Bold, 0.0);
    let (rows, links): (Vec<Vec<String>>, Vec<Option<usize>>) = if toc.is_empty() {
        Section::ALL
            .iter()
            .map(|s| (vec![s.title_in(w), "0".into()], None))
            .unzip()
    } else {
        toc.iter()
            .filter(|(t, _)| *t != w.t("pdf-cover"))
            .map(|(t, n)| (vec![t.clone(), n.to_string()], Some(*n)))
            .unzip()
    };
    l.table(
        &[w.t("pdf-section").as_str(), w.t("pdf-page").as_str()],
        &[0.8, 0.2],
        &rows,
        &links,
    );
}

fn checklist(l: &mut Layout, f: &Front) {
    use crate::guidance::ItemStatus;
    if f.checklist.is_empty() {
        return;
    }
    let w = l.words;
    l.ensure(80.0);
    l.gap(6.0);
    l.paragraph(&w.t("pdf-checklist"), 12.0, Weight::Bold, 0.0);
    let enclosed: BTreeSet<i64> = f.docs.iter().map(|e| e.doc.id).collect();
    let rows: Vec<Vec<String>> = f
        .checklist
        .iter()
        .map(|item| {
            let status = match item.status {
                ItemStatus::Present if item.documents.iter().any(|d| enclosed.contains(d)) => {
                    "checklist-enclosed"
                }
                // The list of medicines is this bundle's own table.
                ItemStatus::Present
                    if item.key == "medication_list" && item.documents.is_empty() =>
                {
                    "checklist-in-medicines"
                }
                ItemStatus::Present
                    if item.key == "labs_over_time" && item.documents.is_empty() =>
                {
                    "checklist-in-results"
                }
                ItemStatus::Present => "checklist-kept",
                ItemStatus::Requested => "checklist-requested",
                ItemStatus::NotApplicable => "checklist-not-applicable",
                ItemStatus::Missing => "checklist-missing",
            };
            vec![item.title.to_string(), w.t(status)]
        })
        .collect();
    l.table(
        &[w.t("pdf-record").as_str(), w.t("pdf-status").as_str()],
        &[0.68, 0.32],
        &rows,
        &[],
    );
}

fn diagnosis_name(dx: &Diagnosis) -> String {
    if dx.code.is_empty() {
        dx.name.clone()
    } else {
        format!("{} ({})", dx.name, dx.code)
    }
}

fn diagnoses(l: &mut Layout, full: &FullDossier) {
    let w = l.words;
    let main: Vec<&Diagnosis> = full
        .diagnoses
        .iter()
        .filter(|d| d.role == DiagnosisRole::Main)
        .collect();
    if main.is_empty() {
        say(l, &w.t("pdf-no-diagnosis"));
    }
    for dx in main {
        l.paragraph(&diagnosis_name(dx), BODY + 0.5, Weight::Bold, 0.0);
        let mut by: Vec<String> = Vec::new();
        if let Some(s) = dx.status {
            by.push(s.label_in(w));
        }
        if let Some(date) = &dx.diagnosed_on {
            by.push(w.date_text(date));
        }
        let who = joined(&[dx.diagnosed_by.as_str(), dx.facility.as_str()], ", ");
        if !who.is_empty() {
            by.push(w.t_with("pdf-diagnosed-by", &[("who", (&who).into())]));
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
    let w = l.words;
    if full.treatments.is_empty() {
        say(l, &w.t("pdf-no-treatment"));
    }
    for t in &full.treatments {
        let mut name = t.name.clone();
        if let Some(s) = t.status {
            let status = w.in_text(&s.label_in(w));
            let status = w.t_with("pdf-treatment-status", &[("status", (&status).into())]);
            name.push_str(&format!(" ({status})"));
        }
        l.paragraph(&name, BODY + 0.5, Weight::Bold, 0.0);
        l.field(&w.t("pdf-recommended-by"), &t.recommended_by);
        l.field(&w.t("pdf-benefits"), &t.benefits);
        l.field(&w.t("pdf-risks"), &t.risks);
        l.field(&w.t("pdf-costs"), &t.costs);
        l.field(&w.t("pdf-alternatives"), &t.alternatives);
        l.field(&w.t("pdf-notes"), &t.notes);
        l.gap(4.0);
    }
}

/// The pain score as the patient gave it ("6 out of 10").
fn pain(w: &Catalogue, d: &DailyLife) -> String {
    d.pain_score
        .map(|p| w.t_with("pdf-pain-score", &[("score", p.into())]))
        .unwrap_or_default()
}

/// Height, weight and BMI in one line ("170 cm, 95 kg (BMI 32.9)"), the
/// numbers as the language writes them.
fn body_size(w: &Catalogue, b: &Background) -> String {
    let mut parts = Vec::new();
    if let Some(h) = b.height_cm {
        parts.push(format!("{} cm", w.number(&tidy(h))));
    }
    if let Some(kg) = b.weight_kg {
        parts.push(format!("{} kg", w.number(&tidy(kg))));
    }
    let mut text = parts.join(", ");
    if let Some(bmi) = b.bmi() {
        let bmi = w.t_with("pdf-bmi", &[("value", (&w.number(&tidy(bmi))).into())]);
        text.push_str(&format!(" ({bmi})"));
    }
    text
}

fn smoking(w: &Catalogue, b: &Background) -> String {
    let label = b.smoking.map(|s| s.label_in(w)).unwrap_or_default();
    joined(&[label.as_str(), b.smoking_details.as_str()], ": ")
}

/// A list in one line, or what the patient said when it is empty ("None
/// known") and nothing when it was not filled in.
fn listed(w: &Catalogue, full: &FullDossier, section: &str, items: Vec<String>) -> String {
    if items.is_empty() {
        none_or_unknown(full, section, &w.t("pdf-none-known"), "")
    } else {
        items.join("; ")
    }
}

/// The other conditions for the summary's one line, each with what is
/// said of where it stands ("ruled out", "Status in the record:
/// resolved"), so that no condition reads as current when it is not.
fn other_conditions(w: &Catalogue, full: &FullDossier) -> Vec<String> {
    full.diagnoses
        .iter()
        .filter(|d| d.role == DiagnosisRole::Other)
        .map(|d| {
            let said: Vec<String> = d
                .status
                .map(|s| {
                    let status = w.in_text(&s.label_in(w));
                    w.t_with("pdf-condition-status", &[("status", (&status).into())])
                })
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
    let w = l.words;
    let life = &full.daily_life;
    let b = &full.background;
    if !life.is_empty() {
        l.heading(&w.t("pdf-daily-life"), 2);
        life_fields(l, life, false);
    }
    if !life.tried.is_empty() {
        l.heading(&w.t("pdf-tried"), 2);
        say(l, &life.tried);
    }
    l.heading(&w.t("pdf-health-background"), 2);
    l.field(
        &w.t("pdf-other-conditions"),
        &listed(w, full, "other_conditions", other_conditions(w, full)),
    );
    l.field(
        &w.t("pdf-current-medicines"),
        &listed(w, full, "medications", medicines_line(full)),
    );
    let allergies = full
        .allergies
        .iter()
        .map(|a| joined(&[a.substance.as_str(), a.reaction.as_str()], ": "))
        .collect();
    l.field(
        &w.t("pdf-allergies"),
        &listed(w, full, "allergies", allergies),
    );
    l.field(&w.t("pdf-height-weight"), &body_size(w, b));
    l.field(&w.t("pdf-smoking"), &smoking(w, b));
    l.field(&w.t("pdf-implants"), &implants(w, full));
    let operations = full
        .operations
        .iter()
        .map(|o| match &o.date {
            Some(d) => format!("{} ({})", o.name, w.date_text(d)),
            None => o.name.clone(),
        })
        .collect();
    l.field(
        &w.t("pdf-operations"),
        &listed(w, full, "operations", operations),
    );
    l.field(
        &w.t("pdf-family-history"),
        &listed(w, full, "family_history", family_lines(w, full)),
    );
    let pregnant = match b.pregnant {
        Some(Pregnancy::Yes) => w.t("pdf-pregnant"),
        _ => String::new(),
    };
    l.field(&w.t("pdf-pregnancy"), &pregnant);
}

fn implants(w: &Catalogue, full: &FullDossier) -> String {
    if full.background.implants.is_empty() {
        none_or_unknown(full, "implants", &w.t("pdf-none-known"), "")
    } else {
        full.background.implants.clone()
    }
}

fn family_lines(w: &Catalogue, full: &FullDossier) -> Vec<String> {
    full.family_history
        .iter()
        .map(|f| {
            let mut line = joined(&[f.relative.as_str(), f.condition.as_str()], ": ");
            if let Some(age) = f.age_at_onset {
                line.push_str(&format!(
                    " ({})",
                    w.t_with("pdf-from-age", &[("age", age.into())])
                ));
            }
            line
        })
        .collect()
}

fn summary(l: &mut Layout, f: &Front) {
    let d = &f.full.dossier;
    let w = l.words;
    l.new_page();
    l.heading(&Section::Summary.title_in(w), 0);
    l.heading(&w.t("pdf-problem"), 2);
    diagnoses(l, f.full);
    day_one(l, f.full);
    l.heading(&w.t("pdf-recommended-treatment"), 2);
    treatments(l, f.full);
    l.heading(&w.t("pdf-goal"), 2);
    let goal = if d.goal.trim().is_empty() {
        w.t("pdf-not-written")
    } else {
        d.goal.clone()
    };
    say(l, &goal);
    if !d.notes.trim().is_empty() {
        l.heading(&w.t("pdf-notes"), 2);
        say(l, &d.notes);
    }
}

fn questions(l: &mut Layout, f: &Front) {
    let full = f.full;
    let w = l.words;
    l.new_page();
    l.heading(&Section::Questions.title_in(w), 0);
    if full.questions.is_empty() {
        say(l, &w.t("pdf-no-questions"));
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
        l.heading(
            &cat.map(|c| c.label_in(w))
                .unwrap_or_else(|| w.t("pdf-other")),
            2,
        );
        for q in qs {
            n += 1;
            l.ensure(80.0);
            l.paragraph(&format!("{n}. {}", q.text), BODY + 0.5, Weight::Bold, 0.0);
            if q.answer.trim().is_empty() {
                l.writing_lines(3, 12.0);
            } else {
                l.paragraph(
                    &w.t_with("pdf-answer", &[("answer", (&q.answer).into())]),
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
fn when(w: &Catalogue, date: &Option<String>) -> String {
    date.as_deref().map(|d| w.date_text(d)).unwrap_or_default()
}

/// A list printed as a table under its heading: its section (for the
/// patient's "none"), what that "none" reads as, and the columns with the
/// share of the width each is offered; words are given by their keys.
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
    let w = l.words;
    l.heading(&w.t(spec.heading), 2);
    let rows: Vec<Vec<String>> = items.into_iter().map(row).collect();
    if rows.is_empty() {
        say(
            l,
            &none_or_unknown(full, spec.section, &w.t(spec.none), &w.t("pdf-not-filled")),
        );
        return;
    }
    let (keys, widths): (Vec<&str>, Vec<f32>) = spec.columns.iter().copied().unzip();
    let headers: Vec<String> = keys.iter().map(|k| w.t(k)).collect();
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    l.table(&headers, &widths, &rows, &[]);
}

/// The health background and daily life in full.
fn background(l: &mut Layout, f: &Front) {
    let full = f.full;
    let b = &full.background;
    let w = l.words;
    l.new_page();
    l.heading(&Section::Background.title_in(w), 0);
    l.heading(&w.t("pdf-background"), 2);
    if b.is_empty() && !full.dossier.none_known.iter().any(|k| k == "implants") {
        say(l, &w.t("pdf-not-filled"));
    }
    l.field(&w.t("pdf-height-weight"), &body_size(w, b));
    l.field(&w.t("pdf-smoking"), &smoking(w, b));
    l.field(&w.t("pdf-alcohol"), &b.alcohol);
    l.field(&w.t("pdf-occupation"), &b.occupation);
    l.field(
        &w.t("pdf-pregnant"),
        &b.pregnant.map(|p| p.label_in(w)).unwrap_or_default(),
    );
    l.field(&w.t("pdf-implants"), &implants(w, full));
    l.field(&w.t("pdf-notes"), &b.notes);
    let others = Listing {
        heading: "pdf-other-conditions",
        section: "other_conditions",
        none: "pdf-none-other-conditions",
        columns: &[
            ("pdf-condition", 0.34),
            ("pdf-since", 0.16),
            ("pdf-status", 0.16),
            ("pdf-notes", 0.34),
        ],
    };
    let conditions = full
        .diagnoses
        .iter()
        .filter(|d| d.role == DiagnosisRole::Other);
    listing(l, full, &others, conditions, |d| {
        vec![
            diagnosis_name(d),
            when(w, &d.diagnosed_on),
            d.status.map(|s| s.label_in(w)).unwrap_or_default(),
            d.notes.clone(),
        ]
    });
    let operations = Listing {
        heading: "pdf-operations-stays",
        section: "operations",
        none: "pdf-none-operations",
        columns: &[
            ("pdf-when", 0.16),
            ("pdf-what", 0.32),
            ("pdf-where", 0.24),
            ("pdf-notes", 0.28),
        ],
    };
    listing(l, full, &operations, &full.operations, |o| {
        vec![
            when(w, &o.date),
            o.name.clone(),
            o.facility.clone(),
            o.notes.clone(),
        ]
    });
    let family = Listing {
        heading: "pdf-family-history",
        section: "family_history",
        none: "pdf-none-family",
        columns: &[
            ("pdf-relative", 0.18),
            ("pdf-condition", 0.32),
            ("pdf-age-at-onset", 0.17),
            ("pdf-notes", 0.33),
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
    let w = l.words;
    l.heading(&w.t("pdf-daily-life"), 2);
    if life.is_empty() {
        say(l, &w.t("pdf-not-filled"));
        return;
    }
    life_fields(l, life, true);
}

/// The daily-life answers, one a line; what was tried only when asked
/// (the summary gives it a heading of its own).
fn life_fields(l: &mut Layout, life: &DailyLife, tried: bool) {
    let w = l.words;
    l.field(&w.t("pdf-symptoms"), &life.symptoms);
    l.field(&w.t("pdf-since"), &when(w, &life.since));
    l.field(&w.t("pdf-pain"), &pain(w, life));
    l.field(&w.t("pdf-limits"), &life.limits);
    if tried {
        l.field(&w.t("pdf-tried-so-far"), &life.tried);
    }
    l.field(&w.t("pdf-matters-most"), &life.matters_most);
}

fn medications(l: &mut Layout, f: &Front) {
    let full = f.full;
    let w = l.words;
    l.new_page();
    l.heading(&Section::Medications.title_in(w), 0);
    let medicines = Listing {
        heading: "pdf-medicines",
        section: "medications",
        none: "pdf-none-medicines",
        columns: &[
            ("pdf-medicine", 0.26),
            ("pdf-dose", 0.22),
            ("pdf-started", 0.14),
            ("pdf-stopped", 0.14),
            ("pdf-reason", 0.24),
        ],
    };
    listing(l, full, &medicines, &full.medications, |m| {
        vec![
            m.name.clone(),
            joined(&[m.dose.as_str(), m.frequency.as_str()], ", "),
            when(w, &m.started_on),
            when(w, &m.stopped_on),
            m.reason.clone(),
        ]
    });
    let allergies = Listing {
        heading: "pdf-allergies",
        section: "allergies",
        none: "pdf-none-allergies",
        columns: &[
            ("pdf-substance", 0.35),
            ("pdf-reaction", 0.45),
            ("pdf-severity", 0.2),
        ],
    };
    listing(l, full, &allergies, &full.allergies, |a| {
        vec![
            a.substance.clone(),
            a.reaction.clone(),
            a.severity.map(|s| s.label_in(w)).unwrap_or_default(),
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
    let w = l.words;
    l.ensure(160.0);
    l.gap(14.0);
    l.heading(&Section::Results.title_in(w), 0);
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
                    let date = when(w, &r.date);
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
    say(l, &w.t("pdf-results-note"));
    l.table(
        &[
            w.t("pdf-test").as_str(),
            w.t("pdf-unit").as_str(),
            w.t("pdf-range").as_str(),
            w.t("pdf-values").as_str(),
        ],
        &[0.3, 0.12, 0.18, 0.4],
        &rows,
        &[],
    );
}

fn clinicians(l: &mut Layout, f: &Front) {
    let w = l.words;
    l.ensure(160.0);
    l.gap(14.0);
    l.heading(&Section::Clinicians.title_in(w), 0);
    if f.full.clinicians.is_empty() {
        say(l, &w.t("pdf-none-listed"));
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
        &[
            w.t("pdf-name").as_str(),
            w.t("pdf-role").as_str(),
            w.t("pdf-where").as_str(),
            w.t("pdf-contact").as_str(),
        ],
        &[0.24, 0.26, 0.22, 0.28],
        &rows,
        &[],
    );
}

fn timeline(l: &mut Layout, f: &Front) {
    let w = l.words;
    l.ensure(160.0);
    l.gap(14.0);
    l.heading(&Section::Timeline.title_in(w), 0);
    let timeline = f.full.timeline_in(w);
    if timeline.is_empty() {
        say(l, &w.t("pdf-no-events"));
        return;
    }
    let rows: Vec<Vec<String>> = timeline
        .iter()
        .map(|t| vec![t.date_text.clone(), t.title.clone(), t.detail.clone()])
        .collect();
    l.table(
        &[
            w.t("pdf-when").as_str(),
            w.t("pdf-what").as_str(),
            w.t("pdf-details").as_str(),
        ],
        &[0.2, 0.45, 0.35],
        &rows,
        &[],
    );
}

fn index(l: &mut Layout, f: &Front) {
    if f.docs.is_empty() {
        return;
    }
    let enclosed = f.on(Section::Documents);
    let w = l.words;
    l.new_page();
    l.heading(&Section::Index.title_in(w), 0);
    let rows: Vec<Vec<String>> = f
        .docs
        .iter()
        .map(|e| {
            vec![
                e.number.to_string(),
                e.doc.title.clone(),
                e.doc.kind.map(|k| k.label_in(w)).unwrap_or_default(),
                when(w, &e.doc.date),
                e.doc.source.clone(),
                if enclosed {
                    e.start.to_string()
                } else {
                    w.t("pdf-not-enclosed")
                },
            ]
        })
        .collect();
    let links: Vec<Option<usize>> = f.docs.iter().map(|e| enclosed.then_some(e.start)).collect();
    l.table(
        &[
            w.t("pdf-number").as_str(),
            w.t("pdf-title").as_str(),
            w.t("pdf-kind").as_str(),
            w.t("pdf-date").as_str(),
            w.t("pdf-from").as_str(),
            w.t("pdf-page").as_str(),
        ],
        &[0.07, 0.33, 0.17, 0.15, 0.18, 0.1],
        &rows,
        &links,
    );
}
