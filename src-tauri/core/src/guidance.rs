//! Guidance: the questions worth asking and the records worth bringing,
//! derived from a dossier's reasons, situations, diagnosis area and the
//! patient's health background.
//!
//! Owns the question library (`data/questions.<language>.json`, one file a
//! language with the same IDs, sources and tags, versioned) and the rules
//! of the what-to-bring checklist.

use crate::error::{Error, ErrorKind, Result};
use crate::i18n::{Catalogue, Language};
use crate::model::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The library's text in each language.
const LIBRARIES: [(Language, &str); 3] = [
    (Language::En, include_str!("../data/questions.en.json")),
    (Language::Es, include_str!("../data/questions.es.json")),
    (Language::De, include_str!("../data/questions.de.json")),
];

/// A broad diagnosis area that changes what to ask and bring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    Cancer,
    Orthopaedic,
    Heart,
}

/// Something in the patient's background that makes a question worth
/// asking (a current smoker facing an operation asks about its risks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    /// Smokes now.
    Smoker,
    /// Has conditions besides the one this opinion is about.
    OtherConditions,
    /// Has an implant or device.
    Implants,
    /// Has illnesses in the family listed.
    FamilyHistory,
    /// Has said what the problem stops them doing.
    DailyLimits,
}

/// The factors that hold for a dossier.
pub fn factors(full: &FullDossier) -> Vec<Factor> {
    let b = &full.background;
    let mut out = Vec::new();
    if b.smoking == Some(Smoking::Current) {
        out.push(Factor::Smoker);
    }
    if full
        .diagnoses
        .iter()
        .any(|d| d.role == DiagnosisRole::Other)
    {
        out.push(Factor::OtherConditions);
    }
    if !b.implants.is_empty() {
        out.push(Factor::Implants);
    }
    if !full.family_history.is_empty() {
        out.push(Factor::FamilyHistory);
    }
    if !full.daily_life.limits.is_empty() {
        out.push(Factor::DailyLimits);
    }
    out
}

/// One question of the library.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LibraryQuestion {
    pub id: String,
    pub text: String,
    pub category: QuestionCategory,
    /// Short name of the prompt list it derives from (a key of `sources`).
    pub source: String,
    pub reasons: Vec<Reason>,
    pub situations: Vec<Situation>,
    pub areas: Vec<Area>,
    /// A question with factors fits only a dossier where one of them holds.
    #[serde(default)]
    pub factors: Vec<Factor>,
}

/// The question library of one language.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Library {
    pub format: String,
    pub version: u32,
    pub language: String,
    /// Short source name to its full description.
    pub sources: BTreeMap<String, String>,
    pub questions: Vec<LibraryQuestion>,
}

impl Library {
    /// The library shipped with the app, checked.
    pub fn english() -> Result<Library> {
        Library::of(Language::En)
    }

    /// The library in `language`; the pseudo-language's is the English
    /// one with every text marked, as its catalogue is.
    pub fn of(language: Language) -> Result<Library> {
        let base = if language == Language::Pseudo {
            Language::En
        } else {
            language
        };
        let text = LIBRARIES
            .iter()
            .find(|(l, _)| *l == base)
            .map(|(_, t)| *t)
            .unwrap_or(LIBRARIES[0].1);
        let mut lib = Library::parse(text)?;
        if language == Language::Pseudo {
            for q in &mut lib.questions {
                q.text = crate::i18n::pseudo(&q.text).into_owned();
            }
            for name in lib.sources.values_mut() {
                *name = crate::i18n::pseudo(name).into_owned();
            }
        }
        Ok(lib)
    }

    /// Every language's library, in the order languages are offered.
    pub fn all() -> Result<Vec<Library>> {
        Language::OFFERED.into_iter().map(Library::of).collect()
    }

    /// Parses and checks a library: every question has a known source and
    /// at least one tag, and IDs are unique.
    pub fn parse(text: &str) -> Result<Library> {
        let bad = |m: String| Error::new(ErrorKind::InvalidInput, format!("question library: {m}"));
        let lib: Library =
            serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_str(text))
                .map_err(|e| bad(format!("{}: {}", e.path(), e.inner())))?;
        if lib.format != "second-opinion-questions" || lib.version != 1 {
            return Err(bad("unknown format or version".into()));
        }
        let mut ids = BTreeSet::new();
        for q in &lib.questions {
            if !ids.insert(&q.id) {
                return Err(bad(format!("{} appears twice", q.id)));
            }
            if !lib.sources.contains_key(&q.source) {
                return Err(bad(format!("{}: unknown source {}", q.id, q.source)));
            }
            if q.reasons.is_empty()
                && q.situations.is_empty()
                && q.areas.is_empty()
                && q.factors.is_empty()
            {
                return Err(bad(format!("{}: has no tag", q.id)));
            }
            if q.text.trim().is_empty() {
                return Err(bad(format!("{}: has no text", q.id)));
            }
        }
        Ok(lib)
    }
}

/// The diagnosis areas a dossier's diagnoses (names and codes) and title
/// point to.
pub fn areas(full: &FullDossier) -> Vec<Area> {
    let mut text = folded(&full.dossier.title);
    let mut codes = Vec::new();
    for d in full
        .diagnoses
        .iter()
        .filter(|d| d.status != Some(DiagnosisStatus::RuledOut))
    {
        text.push(' ');
        text.push_str(&folded(&d.name));
        codes.push(d.code.trim().to_uppercase());
    }
    for t in &full.treatments {
        text.push(' ');
        text.push_str(&folded(&t.name));
    }
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    // A short word that starts longer ones ("hip" and "hipertensión").
    let whole = |words: &[&str]| {
        text.split(|c: char| !c.is_alphanumeric())
            .any(|w| words.contains(&w))
    };
    let code = |f: &dyn Fn(&str) -> bool| codes.iter().any(|c| f(c));
    let mut out = Vec::new();
    // Words in English, Spanish and German, without accents (the text is
    // folded the same way): "cáncer" and "Leukämie" match.
    if has(&[
        "cancer",
        "carcinoma",
        "tumour",
        "tumor",
        "lymphoma",
        "leukaemia",
        "leukemia",
        "melanoma",
        "sarcoma",
        "malignan",
        "metasta",
        "oncolog",
        "myeloma",
        "linfoma",
        "leucemia",
        "maligno",
        "maligna",
        "mieloma",
        "krebs",
        "karzinom",
        "lymphom",
        "leukamie",
        "melanom",
        "sarkom",
        "bosartig",
        "onkolog",
        "myelom",
    ]) || code(&|c| {
        c.starts_with('C')
            || (c.starts_with("D0")
                || c.starts_with("D1")
                || c.starts_with("D2")
                || c.starts_with("D3")
                || c.starts_with("D4"))
    }) {
        out.push(Area::Cancer);
    }
    if has(&[
        "knee",
        "spine",
        "spinal",
        "shoulder",
        "joint",
        "arthritis",
        "arthrosis",
        "fracture",
        "ligament",
        "menisc",
        "orthopaed",
        "orthoped",
        "disc ",
        "scoliosis",
        "tendon",
        "rodilla",
        "cadera",
        "columna",
        "hombro",
        "articula",
        "artrosis",
        "artritis",
        "fractura",
        "ortoped",
        "traumatolog",
        "hernia discal",
        "escoliosis",
        "knie",
        "hufte",
        "wirbelsaule",
        "bandscheibe",
        "schulter",
        "gelenk",
        "arthrose",
        "fraktur",
        "menisk",
        "orthopad",
        "skoliose",
        "sehne",
    ]) || whole(&["hip", "hips"])
        || code(&|c| c.starts_with('M') || c.starts_with('S'))
    {
        out.push(Area::Orthopaedic);
    }
    if has(&[
        "heart",
        "cardi",
        "coronary",
        "valve",
        "arrhythm",
        "atrial",
        "angina",
        "aortic",
        "mitral",
        "bypass",
        "stent",
        "infarct",
        "corazon",
        "coronari",
        "valvul",
        "arritmi",
        "auricular",
        "aort",
        "infarto",
        "herz",
        "kardi",
        "koronar",
        "klappe",
        "rhythmus",
        "vorhof",
        "infarkt",
    ]) || code(&|c| c.starts_with('I'))
    {
        out.push(Area::Heart);
    }
    out
}

/// Text in lower case without accents, for matching words in any of the
/// app's languages ("Cáncer" and "cancer", "Hüfte" and "hufte").
fn folded(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.to_lowercase()
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

/// A suggested question and why it is suggested.
#[derive(Debug, Clone, Serialize)]
pub struct Suggestion {
    pub id: String,
    pub text: String,
    pub category: QuestionCategory,
    /// Short source name, stored as the question's source when added.
    pub source: String,
    /// The full name of the source, to show where it comes from.
    pub source_name: String,
    /// How many of the dossier's reasons, situations and areas it fits.
    pub score: usize,
}

fn normal(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The library's questions that fit the dossier, best first, leaving out
/// those already in it.
pub fn suggest(full: &FullDossier, lib: &Library) -> Vec<Suggestion> {
    let d = &full.dossier;
    let areas = areas(full);
    let factors = factors(full);
    let have: BTreeSet<String> = full.questions.iter().map(|q| normal(&q.text)).collect();
    // A question added in one language is not suggested again in another.
    let asked: BTreeSet<String> = Library::all()
        .unwrap_or_default()
        .iter()
        .chain(std::iter::once(lib))
        .flat_map(|l| l.questions.iter())
        .filter(|q| have.contains(&normal(&q.text)))
        .map(|q| q.id.clone())
        .collect();
    let mut out: Vec<Suggestion> = lib
        .questions
        .iter()
        .filter(|q| !asked.contains(&q.id))
        .filter_map(|q| {
            let r = q.reasons.iter().filter(|x| d.reasons.contains(x)).count();
            let s = q
                .situations
                .iter()
                .filter(|x| d.situations.contains(x))
                .count();
            let a = q.areas.iter().filter(|x| areas.contains(x)).count();
            let f = q.factors.iter().filter(|x| factors.contains(x)).count();
            // A question tied to an area fits only dossiers in that area.
            if !q.areas.is_empty() && a == 0 && q.reasons.iter().all(|x| !d.reasons.contains(x)) {
                return None;
            }
            // A question tied to the background needs one of its factors,
            // and, when it has other tags, one of them too.
            let tagged = !(q.reasons.is_empty() && q.situations.is_empty() && q.areas.is_empty());
            if !q.factors.is_empty() && (f == 0 || (tagged && r + s + a == 0)) {
                return None;
            }
            let score = r + s + 2 * a + 2 * f;
            (score > 0).then(|| Suggestion {
                id: q.id.clone(),
                text: q.text.clone(),
                category: q.category,
                source: q.source.clone(),
                source_name: lib.sources.get(&q.source).cloned().unwrap_or_default(),
                score,
            })
        })
        .collect();
    out.sort_by_key(|s| std::cmp::Reverse(s.score));
    out
}

/// Where a checklist item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    /// A matching record is in the dossier.
    Present,
    /// Nothing matches yet.
    Missing,
    /// The patient asked for it and is waiting.
    Requested,
    /// The patient says it does not apply.
    NotApplicable,
}

/// One thing the consulting doctor will want.
#[derive(Debug, Clone, Serialize)]
pub struct ChecklistItem {
    pub key: &'static str,
    pub title: String,
    /// Why it matters, in plain words.
    pub why: String,
    pub status: ItemStatus,
    /// The documents that satisfy it.
    pub documents: Vec<i64>,
    /// The button that sets the "requested" mark, in words that fit the
    /// item ("I have asked for it", "I will bring it").
    pub request_action: String,
    /// The status shown once that mark is set.
    pub requested_word: String,
}

/// Words for the "requested" mark that fit each item (keys of the button
/// and of the status): records are asked for from a hospital; the list of
/// medicines is the patient's own to bring.
fn request_words(key: &str) -> (&'static str, &'static str) {
    match key {
        "medication_list" => ("checklist-will-bring", "checklist-will-bring-status"),
        "slides" => ("checklist-asked-where", "checklist-asked-status"),
        "device_information" | "cost_estimate" | "implant_card" => {
            ("checklist-asked-for-it", "checklist-asked-for-status")
        }
        _ => ("checklist-asked-copy", "checklist-asked-for-status"),
    }
}

/// The marks a patient may set on an item.
pub const MARKS: &[&str] = &["requested", "not_applicable"];

/// A record the consulting doctor may want; its title and why it matters
/// are in the catalogues (`checklist-title-letters`, `checklist-why-letters`).
struct Rule {
    key: &'static str,
    kinds: &'static [DocumentKind],
    /// Documents needed (labs over time need two dated ones).
    at_least: usize,
    /// Words that must appear in a matching document's title or notes.
    words: &'static [&'static str],
}

const RULES: &[Rule] = &[
    Rule {
        key: "letters",
        kinds: &[DocumentKind::Letter, DocumentKind::Discharge],
        at_least: 1,
        words: &[],
    },
    Rule {
        key: "medication_list",
        kinds: &[DocumentKind::Prescription],
        at_least: 1,
        words: &[],
    },
    Rule {
        key: "imaging_reports",
        kinds: &[DocumentKind::ImagingReport],
        at_least: 1,
        words: &[],
    },
    Rule {
        key: "imaging_studies",
        kinds: &[DocumentKind::ImagingStudy],
        at_least: 1,
        words: &[],
    },
    Rule {
        key: "pathology",
        kinds: &[DocumentKind::Pathology],
        at_least: 1,
        words: &[],
    },
    Rule {
        key: "slides",
        kinds: &[DocumentKind::Pathology],
        at_least: 1,
        words: &["slide", "block"],
    },
    Rule {
        key: "labs_over_time",
        kinds: &[DocumentKind::Lab],
        at_least: 2,
        words: &[],
    },
    Rule {
        key: "operative_notes",
        kinds: &[DocumentKind::Operative],
        at_least: 1,
        words: &[],
    },
    Rule {
        key: "discharge",
        kinds: &[DocumentKind::Discharge],
        at_least: 1,
        words: &[],
    },
    Rule {
        key: "cost_estimate",
        kinds: &[DocumentKind::Letter, DocumentKind::Other],
        at_least: 1,
        words: &["cost", "estimate", "quote", "invoice"],
    },
    Rule {
        key: "implant_card",
        kinds: &[DocumentKind::Other, DocumentKind::Letter],
        at_least: 1,
        words: &["implant", "device", "pacemaker", "card"],
    },
    Rule {
        key: "device_information",
        kinds: &[DocumentKind::Other, DocumentKind::Letter],
        at_least: 1,
        words: &["leaflet", "information", "device", "trial", "consent"],
    },
];

/// Which checklist items a dossier needs.
fn needed(full: &FullDossier) -> Vec<&'static str> {
    let d = &full.dossier;
    let areas = areas(full);
    let reason = |r: Reason| d.reasons.contains(&r);
    let situation = |s: Situation| d.situations.contains(&s);
    let area = |a: Area| areas.contains(&a);
    let operated = full.treatments.iter().any(|t| {
        matches!(
            t.status,
            Some(TreatmentStatus::Started | TreatmentStatus::Completed)
        )
    }) || full.events.iter().any(|e| {
        let t = format!("{} {}", e.title, e.details).to_lowercase();
        ["operation", "surgery", "operated", "procedure"]
            .iter()
            .any(|w| t.contains(w))
    });
    let hospital = full.events.iter().any(|e| {
        let t = format!("{} {}", e.title, e.details).to_lowercase();
        ["hospital", "admitted", "admission", "ward"]
            .iter()
            .any(|w| t.contains(w))
    });
    let imaging = area(Area::Orthopaedic)
        || area(Area::Cancer)
        || area(Area::Heart)
        || situation(Situation::LifestyleProcedure);
    let mut out = vec!["letters", "medication_list"];
    if imaging || reason(Reason::ClarifyDiagnosis) {
        out.push("imaging_reports");
    }
    if imaging {
        out.push("imaging_studies");
    }
    if area(Area::Cancer) || reason(Reason::RareOrSerious) {
        out.push("pathology");
    }
    if area(Area::Cancer) && (reason(Reason::ClarifyDiagnosis) || reason(Reason::RareOrSerious)) {
        out.push("slides");
    }
    if area(Area::Cancer)
        || area(Area::Heart)
        || reason(Reason::ClarifyDiagnosis)
        || reason(Reason::ConfirmPlan)
    {
        out.push("labs_over_time");
    }
    if operated {
        out.push("operative_notes");
    }
    if hospital || situation(Situation::LifeThreatening) || reason(Reason::RareOrSerious) {
        out.push("discharge");
    }
    if situation(Situation::CostlyTreatment) || situation(Situation::Aesthetic) {
        out.push("cost_estimate");
    }
    if situation(Situation::Experimental) {
        out.push("device_information");
    }
    if !full.background.implants.is_empty() {
        out.push("implant_card");
    }
    out
}

/// The what-to-bring checklist: each record a consulting specialist will
/// want for this dossier, checked against the documents by kind (and, for
/// labs, by dates), with the patient's own marks.
pub fn checklist(
    full: &FullDossier,
    marks: &BTreeMap<String, String>,
    words: &Catalogue,
) -> Vec<ChecklistItem> {
    needed(full)
        .into_iter()
        .filter_map(|key| RULES.iter().find(|r| r.key == key))
        .map(|rule| {
            let matching: Vec<&Document> = full
                .documents
                .iter()
                .filter(|doc| doc.kind.map(|k| rule.kinds.contains(&k)).unwrap_or(false))
                .filter(|doc| {
                    let text = format!("{} {}", doc.title, doc.notes).to_lowercase();
                    rule.words.is_empty() || rule.words.iter().any(|w| text.contains(w))
                })
                .filter(|doc| rule.at_least < 2 || doc.date.is_some())
                .collect();
            let dates: BTreeSet<&str> = matching.iter().filter_map(|d| d.date.as_deref()).collect();
            let enough = if rule.at_least >= 2 {
                dates.len() >= rule.at_least
            } else {
                !matching.is_empty()
            };
            let medicines_listed = rule.key == "medication_list"
                && (!full.medications.is_empty()
                    || full.dossier.none_known.iter().any(|k| k == "medications"));
            let result_dates: BTreeSet<&str> = full
                .results
                .iter()
                .filter_map(|r| r.date.as_deref())
                .collect();
            let results_listed = rule.key == "labs_over_time" && result_dates.len() >= 2;
            let status = if enough || medicines_listed || results_listed {
                ItemStatus::Present
            } else {
                match marks.get(rule.key).map(String::as_str) {
                    Some("requested") => ItemStatus::Requested,
                    Some("not_applicable") => ItemStatus::NotApplicable,
                    _ => ItemStatus::Missing,
                }
            };
            let (action, requested) = request_words(rule.key);
            ChecklistItem {
                key: rule.key,
                title: words.t(&format!("checklist-title-{}", rule.key)),
                why: words.t(&format!("checklist-why-{}", rule.key)),
                status,
                documents: matching.iter().map(|d| d.id).collect(),
                request_action: words.t(action),
                requested_word: words.t(requested),
            }
        })
        .collect()
}

#[cfg(test)]
mod source_tests {
    use super::*;

    #[test]
    fn every_library_source_has_a_label_in_every_language() {
        for lib in Library::all().unwrap() {
            let known: Vec<&str> = SOURCE_LABELS.iter().map(|(k, _)| *k).collect();
            let theirs: Vec<&str> = lib.sources.keys().map(String::as_str).collect();
            let mut sorted = known.clone();
            sorted.sort();
            assert_eq!(sorted, theirs, "{}", lib.language);
        }
        let de = source_choices(Catalogue::of(Language::De));
        assert!(de
            .iter()
            .any(|c| c.key == "Health background" && c.label != c.key));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dossier(reasons: &[Reason], situations: &[Situation], diagnosis: &str) -> FullDossier {
        let mut full = FullDossier::default();
        full.dossier.reasons = reasons.to_vec();
        full.dossier.situations = situations.to_vec();
        full.diagnoses.push(Diagnosis {
            name: diagnosis.into(),
            ..Diagnosis::default()
        });
        full
    }

    #[test]
    fn the_library_is_complete_and_every_reason_and_situation_gets_suggestions() {
        let lib = Library::english().unwrap();
        assert!(lib.questions.len() >= 30);
        for q in &lib.questions {
            assert!(lib.sources.contains_key(&q.source), "{}", q.id);
        }
        for r in Reason::ALL {
            let s = suggest(&dossier(&[*r], &[], "something"), &lib);
            assert!(s.len() >= 3, "{:?} gets suggestions", r);
        }
        for sit in Situation::ALL.iter().filter(|s| **s != Situation::Other) {
            let s = suggest(&dossier(&[], &[*sit], "something"), &lib);
            assert!(!s.is_empty(), "{:?} gets suggestions", sit);
        }
        let bad = r#"{"format":"second-opinion-questions","version":1,"language":"en","sources":{"A":"a"},
            "questions":[{"id":"x","text":"Why?","category":"other","source":"B","reasons":["confirm_plan"],"situations":[],"areas":[]}]}"#;
        assert!(Library::parse(bad)
            .unwrap_err()
            .message
            .contains("unknown source"));
    }

    #[test]
    fn a_knee_replacement_choice_gets_alternatives_and_recovery_and_asks_for_imaging() {
        let lib = Library::english().unwrap();
        let full = dossier(
            &[Reason::ChooseTreatment],
            &[Situation::LifestyleProcedure],
            "Osteoarthritis of the right knee",
        );
        assert_eq!(areas(&full), vec![Area::Orthopaedic]);
        let s = suggest(&full, &lib);
        let cats: Vec<QuestionCategory> = s.iter().take(12).map(|q| q.category).collect();
        assert!(cats.contains(&QuestionCategory::Alternatives));
        assert!(s.iter().any(|q| q.id == "recovery"));
        assert!(s.iter().any(|q| q.id == "physio-first"));
        assert!(
            !s.iter().any(|q| q.id == "stage"),
            "no cancer questions for a knee"
        );
        let list = checklist(&full, &BTreeMap::new(), Catalogue::en());
        let keys: Vec<&str> = list.iter().map(|i| i.key).collect();
        assert!(keys.contains(&"imaging_reports") && keys.contains(&"imaging_studies"));
        assert!(!keys.contains(&"pathology"));
    }

    #[test]
    fn a_cancer_diagnosis_to_clarify_asks_for_pathology_and_slides() {
        let mut full = dossier(
            &[Reason::ClarifyDiagnosis],
            &[],
            "Invasive ductal carcinoma of the left breast",
        );
        let list = checklist(&full, &BTreeMap::new(), Catalogue::en());
        let item = |key: &str, list: &[ChecklistItem]| {
            list.iter().find(|i| i.key == key).map(|i| i.status)
        };
        assert_eq!(item("pathology", &list), Some(ItemStatus::Missing));
        assert_eq!(item("slides", &list), Some(ItemStatus::Missing));
        let s = suggest(&full, &Library::english().unwrap());
        assert!(s.iter().any(|q| q.id == "pathology-complete"));
        // A pathology report satisfies the first; slides can be marked requested.
        full.documents.push(Document {
            id: 7,
            title: "Biopsy report".into(),
            kind: Some(DocumentKind::Pathology),
            ..Document::default()
        });
        let mut marks = BTreeMap::new();
        marks.insert("slides".to_string(), "requested".to_string());
        let list = checklist(&full, &marks, Catalogue::en());
        assert_eq!(item("pathology", &list), Some(ItemStatus::Present));
        assert_eq!(item("slides", &list), Some(ItemStatus::Requested));
        // Labs over time need two dated results.
        full.documents.push(Document {
            id: 8,
            kind: Some(DocumentKind::Lab),
            date: Some("2024-01".into()),
            ..Document::default()
        });
        assert_eq!(
            item("labs_over_time", &checklist(&full, &marks, Catalogue::en())),
            Some(ItemStatus::Missing)
        );
        full.documents.push(Document {
            id: 9,
            kind: Some(DocumentKind::Lab),
            date: Some("2024-06".into()),
            ..Document::default()
        });
        assert_eq!(
            item("labs_over_time", &checklist(&full, &marks, Catalogue::en())),
            Some(ItemStatus::Present)
        );
    }

    #[test]
    fn questions_already_asked_are_not_suggested_again() {
        let lib = Library::english().unwrap();
        let mut full = dossier(&[Reason::ChooseTreatment], &[], "x");
        let before = suggest(&full, &lib).len();
        full.questions.push(Question {
            text: lib
                .questions
                .iter()
                .find(|q| q.id == "alternatives")
                .unwrap()
                .text
                .to_uppercase(),
            ..Question::default()
        });
        let after = suggest(&full, &lib);
        assert_eq!(after.len(), before - 1);
        assert!(!after.iter().any(|q| q.id == "alternatives"));
    }

    #[test]
    fn spanish_and_german_diagnoses_find_their_area() {
        for (title, area) in [
            ("Cáncer de mama", Area::Cancer),
            ("Brustkrebs", Area::Cancer),
            ("Leukämie", Area::Cancer),
            ("Dolor de rodilla", Area::Orthopaedic),
            ("Künstliche Hüfte", Area::Orthopaedic),
            ("Insuficiencia cardíaca", Area::Heart),
            ("Herzklappe", Area::Heart),
            ("Right hip", Area::Orthopaedic),
        ] {
            let full = dossier(&[Reason::ChooseTreatment], &[], title);
            assert_eq!(areas(&full), vec![area], "{title}");
        }
        // "hip" is a word, not the start of "hipertensión".
        let full = dossier(&[Reason::ChooseTreatment], &[], "Hipertensión arterial");
        assert_eq!(areas(&full), vec![]);
    }

    #[test]
    fn suggestions_come_in_each_language_and_one_asked_in_another_is_not_suggested_again() {
        let en = Library::of(Language::En).unwrap();
        let es = Library::of(Language::Es).unwrap();
        let de = Library::of(Language::De).unwrap();
        let mut full = dossier(&[Reason::ChooseTreatment], &[], "x");
        let ids = |lib: &Library, full: &FullDossier| -> Vec<String> {
            suggest(full, lib).into_iter().map(|q| q.id).collect()
        };
        // The same questions, by ID, in every language, in its own words.
        assert_eq!(ids(&en, &full), ids(&es, &full));
        assert_eq!(ids(&en, &full), ids(&de, &full));
        let text = |lib: &Library| {
            lib.questions
                .iter()
                .find(|q| q.id == "alternatives")
                .unwrap()
                .text
                .clone()
        };
        assert_ne!(text(&en), text(&es));
        assert!(suggest(&full, &es)
            .iter()
            .any(|q| q.id == "alternatives" && q.text == text(&es)));
        // Asked in Spanish: not suggested again in German or English.
        full.questions.push(Question {
            text: text(&es),
            ..Question::default()
        });
        for lib in [&en, &es, &de] {
            assert!(!ids(lib, &full).contains(&"alternatives".to_string()));
        }
    }
}

/// What the app shows for a dossier: suggested questions and the checklist.
#[derive(Debug, Clone, Serialize)]
pub struct Guidance {
    pub suggestions: Vec<Suggestion>,
    pub checklist: Vec<ChecklistItem>,
    pub areas: Vec<Area>,
}

/// Suggestions and checklist for a stored dossier, in `language`.
pub fn for_dossier(store: &crate::Store, dossier_id: i64, language: Language) -> Result<Guidance> {
    let full = store.full_dossier(dossier_id)?;
    let marks = store.checklist_marks(dossier_id)?;
    Ok(Guidance {
        suggestions: suggest(&full, &Library::of(language)?),
        checklist: checklist(&full, &marks, Catalogue::of(language)),
        areas: areas(&full),
    })
}

/// The question library's sources, by the short name stored with a
/// question, and the catalogue's short label for those that are words
/// rather than a name ("AHRQ" and "Ask Me 3" are names in every language).
const SOURCE_LABELS: [(&str, Option<&str>); 6] = [
    ("AHRQ", None),
    ("BRAN", None),
    ("Ask Me 3", None),
    ("NCI", None),
    ("Devices and new drugs", Some("question-source-devices")),
    ("Health background", Some("question-source-background")),
];

/// The sources' short labels in the catalogue's language, as a vocabulary
/// (a question added from the library shows where it comes from).
pub fn source_choices(words: &Catalogue) -> Vec<crate::model::Choice> {
    SOURCE_LABELS
        .iter()
        .map(|(key, label)| crate::model::Choice {
            key,
            label: label.map(|l| words.t(l)).unwrap_or_else(|| key.to_string()),
        })
        .collect()
}

/// The checklist keys whose words the catalogues hold.
pub fn checklist_keys() -> Vec<String> {
    RULES
        .iter()
        .flat_map(|r| {
            [
                format!("checklist-title-{}", r.key),
                format!("checklist-why-{}", r.key),
            ]
        })
        .collect()
}

/// Adds a library question to a dossier (at the end), in `language`, keeping
/// where it comes from; returns the new question's ID. The question is
/// stored as written: it prints in that language whatever the bundle's.
pub fn add_suggestion(
    store: &crate::Store,
    dossier_id: i64,
    question_id: &str,
    language: Language,
) -> Result<i64> {
    let lib = Library::of(language)?;
    let q = lib
        .questions
        .iter()
        .find(|q| q.id == question_id)
        .ok_or_else(|| {
            Error::said(
                ErrorKind::NotFound,
                "error-no-suggested-question",
                &[("id", &format!("\"{question_id}\""))],
            )
        })?;
    // Asked already, in this language or another: not added twice.
    let asked: BTreeSet<String> = store
        .items::<Question>(dossier_id)?
        .iter()
        .map(|q| normal(&q.text))
        .collect();
    let same = Library::all()?
        .iter()
        .flat_map(|l| l.questions.iter())
        .any(|other| other.id == q.id && asked.contains(&normal(&other.text)));
    if same {
        return Err(Error::said(
            ErrorKind::Duplicate,
            "error-question-already-asked",
            &[],
        ));
    }
    store.add_item(
        dossier_id,
        &Question {
            text: q.text.clone(),
            category: Some(q.category),
            source: q.source.clone(),
            ..Question::default()
        },
    )
}

/// Sets or clears the patient's mark on a checklist item, checking both.
pub fn mark(store: &crate::Store, dossier_id: i64, item: &str, mark: Option<&str>) -> Result<()> {
    if !RULES.iter().any(|r| r.key == item) {
        return Err(Error::invalid_said(
            "item",
            "error-not-checklist-item",
            &[("value", &format!("\"{item}\""))],
        ));
    }
    if let Some(m) = mark {
        if !MARKS.contains(&m) {
            return Err(Error::invalid_said(
                "mark",
                "error-not-one-of",
                &[
                    ("value", &format!("\"{m}\"")),
                    ("allowed", &MARKS.join(", ")),
                ],
            ));
        }
    }
    store.set_checklist_mark(dossier_id, item, mark)
}

/// Checks marks read from an archive.
pub fn check_marks(marks: &BTreeMap<String, String>) -> Result<()> {
    for (item, m) in marks {
        if !RULES.iter().any(|r| r.key == item) || !MARKS.contains(&m.as_str()) {
            return Err(Error::invalid_said(
                "checklist_marks",
                "error-unknown-mark",
                &[
                    ("item", &crate::error::quote(item)),
                    ("mark", &crate::error::quote(m)),
                ],
            ));
        }
    }
    Ok(())
}
