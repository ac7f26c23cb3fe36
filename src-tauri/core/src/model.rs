//! The record of a second-opinion dossier: patients, dossiers and the items
//! of each section, with the fixed vocabularies (keys) they use.
//!
//! Field names are those of the portable archive (`dossier.json`), so the
//! archive is these types serialised. Keys serialise as their snake_case
//! names; [`Vocabulary::label_in`] gives the plain words the app shows, from
//! the catalogue of a language (`reason-clarify_diagnosis`).

use crate::date::PartialDate;
use crate::error::{quote, Error, Result};
pub use crate::health::{Answers, Background, DailyLife, Pregnancy, Smoking};
use crate::i18n::Catalogue;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A fixed set of keys with plain-language labels.
pub trait Vocabulary: Sized + Copy + 'static {
    /// Every key, in display order.
    const ALL: &'static [Self];
    /// The key as stored and exported (`clarify_diagnosis`).
    fn key(self) -> &'static str;
    /// The first part of the labels' keys in the catalogues (`reason`).
    const PREFIX: &'static str;
    /// The key in plain words in a language ("Make a diagnosis clearer").
    fn label_in(self, words: &Catalogue) -> String {
        words.t(&format!("{}-{}", Self::PREFIX, self.key()))
    }
    /// The key in plain English words.
    fn label(self) -> String {
        self.label_in(Catalogue::en())
    }
    /// The key named `key`, if there is one.
    fn find(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.key() == key)
    }
    /// Finds a key; the error names `field` and lists the allowed keys.
    fn parse(field: &str, key: &str) -> Result<Self> {
        Self::find(key).ok_or_else(|| {
            let allowed: Vec<&str> = Self::ALL.iter().map(|v| v.key()).collect();
            Error::invalid_said(
                field,
                "error-not-one-of",
                &[("value", &quote(key)), ("allowed", &allowed.join(", "))],
            )
        })
    }
}

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident $prefix:literal { $($(#[$vdoc:meta])* $variant:ident = $key:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vdoc])* $variant),+ }

        impl Vocabulary for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            fn key(self) -> &'static str { match self { $($name::$variant => $key),+ } }
            const PREFIX: &'static str = $prefix;
        }
    };
}
pub(crate) use vocabulary;

vocabulary!(
    /// Why the patient asks for a second opinion.
    Reason "reason" {
        ClarifyDiagnosis = "clarify_diagnosis",
        ChooseTreatment = "choose_treatment",
        ConfirmPlan = "confirm_plan",
        RareOrSerious = "rare_or_serious",
        DoctorSuggested = "doctor_suggested",
    }
);

vocabulary!(
    /// The kind of situation the opinion is about.
    Situation "situation" {
        LifeThreatening = "life_threatening",
        LifestyleProcedure = "lifestyle_procedure",
        Aesthetic = "aesthetic",
        Experimental = "experimental",
        CostlyTreatment = "costly_treatment",
        Other = "other",
    }
);

vocabulary!(
    /// What a report file is.
    DocumentKind "document-kind" {
        Pathology = "pathology",
        ImagingReport = "imaging_report",
        ImagingStudy = "imaging_study",
        Lab = "lab",
        Operative = "operative",
        Discharge = "discharge",
        Letter = "letter",
        Prescription = "prescription",
        Other = "other",
    }
);

vocabulary!(
    /// What a question for the consultant is about.
    QuestionCategory "question-category" {
        Diagnosis = "diagnosis",
        Treatment = "treatment",
        Risks = "risks",
        Alternatives = "alternatives",
        Costs = "costs",
        Prognosis = "prognosis",
        Logistics = "logistics",
        Other = "other",
    }
);

vocabulary!(
    /// Whether a diagnosis is what the second opinion is about.
    DiagnosisRole "diagnosis-role" {
        Main = "main",
        Other = "other",
    }
);

impl Default for DiagnosisRole {
    /// Archives written before roles existed hold only main diagnoses.
    fn default() -> Self {
        DiagnosisRole::Main
    }
}

vocabulary!(
    /// How sure a diagnosis is.
    DiagnosisStatus "diagnosis-status" {
        Suspected = "suspected",
        Confirmed = "confirmed",
        RuledOut = "ruled_out",
    }
);

vocabulary!(
    /// Where a recommended treatment stands.
    TreatmentStatus "treatment-status" {
        Proposed = "proposed",
        Recommended = "recommended",
        Started = "started",
        Completed = "completed",
        Declined = "declined",
    }
);

vocabulary!(
    /// How bad an allergic reaction is.
    Severity "severity" {
        Mild = "mild",
        Moderate = "moderate",
        Severe = "severe",
        Unknown = "unknown",
    }
);

vocabulary!(
    /// How the consultation takes place.
    ConsultationMode "consultation-mode" {
        InPerson = "in_person",
        Remote = "remote",
    }
);

/// The person the dossier is about.
/// The catalogue keys of every fixed vocabulary's labels.
pub fn all_vocabulary_keys() -> Vec<String> {
    fn keys<V: Vocabulary>() -> impl Iterator<Item = String> {
        V::ALL.iter().map(|v| format!("{}-{}", V::PREFIX, v.key()))
    }
    keys::<Reason>()
        .chain(keys::<Situation>())
        .chain(keys::<DocumentKind>())
        .chain(keys::<QuestionCategory>())
        .chain(keys::<DiagnosisRole>())
        .chain(keys::<DiagnosisStatus>())
        .chain(keys::<TreatmentStatus>())
        .chain(keys::<Severity>())
        .chain(keys::<ConsultationMode>())
        .chain(keys::<Smoking>())
        .chain(keys::<Pregnancy>())
        .collect()
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Patient {
    /// Store ID (not part of the archive).
    #[serde(skip_serializing_if = "is_zero")]
    pub id: i64,
    /// Full name as the patient writes it.
    pub full_name: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date_of_birth: Option<String>,
    pub sex: String,
    pub phone: String,
    pub email: String,
    pub address: String,
    /// Preferred language, free text ("English", "Deutsch").
    pub language: String,
}

/// The doctor giving the second opinion.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Consultant {
    pub name: String,
    pub specialty: String,
    pub institution: String,
    /// Appointment date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub appointment: Option<String>,
    pub mode: Option<ConsultationMode>,
    /// Where to send the bundle.
    pub email: String,
    /// The language they read, as a code ("es"); the default language of
    /// the bundle, the letter and the comparison. Empty when not said (the
    /// app's choice "not chosen" sends null).
    #[serde(deserialize_with = "null_as_empty")]
    pub language: String,
}

fn null_as_empty<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

impl Consultant {
    /// The language to write for them in: theirs when it is one the app
    /// writes, else `fallback`.
    pub fn language_or(&self, fallback: crate::i18n::Language) -> crate::i18n::Language {
        crate::i18n::Language::parse("language", &self.language)
            .ok()
            .filter(|l| crate::i18n::Language::OFFERED.contains(l))
            .unwrap_or(fallback)
    }
}

/// One request for a second opinion.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Dossier {
    /// Store ID (not part of the archive).
    #[serde(skip_serializing_if = "is_zero")]
    pub id: i64,
    /// The patient's store ID (not part of the archive).
    #[serde(skip_serializing_if = "is_zero")]
    pub patient_id: i64,
    pub title: String,
    pub reasons: Vec<Reason>,
    pub situations: Vec<Situation>,
    /// What the patient wants from the consultation.
    pub goal: String,
    pub decide_by: Option<String>,
    pub notes: String,
    pub consultant: Consultant,
    /// Sections the patient says have nothing to list ("I take no
    /// medicines"): an answer, distinct from a section not filled in.
    pub none_known: Vec<String>,
}

/// The sections (and fields) that may be answered with "none".
pub const NONE_KNOWN_SECTIONS: &[&str] = &[
    "medications",
    "allergies",
    "other_conditions",
    "operations",
    "family_history",
    "implants",
];

fn yes() -> bool {
    true
}

/// Reads a flag stored as a number (SQLite) or given as a boolean (JSON).
fn bool_or_int<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<bool, D::Error> {
    match serde_json::Value::deserialize(d)? {
        serde_json::Value::Bool(b) => Ok(b),
        serde_json::Value::Number(n) => Ok(n.as_i64().unwrap_or(0) != 0),
        other => Err(serde::de::Error::custom(format!(
            "expected true or false, found {other}"
        ))),
    }
}

fn is_zero(v: &i64) -> bool {
    *v == 0
}

/// Fields that hold paragraphs; every other text field holds a line.
const LONG_FIELDS: &[&str] = &[
    "notes",
    "details",
    "benefits",
    "risks",
    "costs",
    "alternatives",
    "answer",
    "text",
    "address",
    "key_points",
    "follow_ups",
    "diagnosis",
    "treatment",
    "goal",
    "reason",
    "symptoms",
    "limits",
    "tried",
    "matters_most",
    "implants",
    "smoking_details",
];

/// The most characters a line field may hold, and a paragraph field.
pub const MAX_LINE: usize = 1_000;
pub const MAX_PARAGRAPHS: usize = 50_000;

/// Refuses text longer than its field may hold (a name of a million
/// characters is a mistake or an attack, and would slow every page).
pub fn limit_text(field: &str, value: &str) -> Result<()> {
    let last = field.rsplit('.').next().unwrap_or(field);
    let max = if LONG_FIELDS.contains(&last) {
        MAX_PARAGRAPHS
    } else {
        MAX_LINE
    };
    match value.char_indices().nth(max) {
        Some(_) => Err(Error::invalid_said(
            field,
            "error-too-long",
            &[("max", &max.to_string())],
        )),
        None => Ok(()),
    }
}

/// [`limit_text`] for every text field of a JSON object (an item as stored).
pub fn limit_fields(
    prefix: &str,
    fields: &serde_json::Map<String, serde_json::Value>,
) -> Result<()> {
    for (k, v) in fields {
        if let Some(text) = v.as_str() {
            let name = if prefix.is_empty() {
                k.clone()
            } else {
                format!("{prefix}.{k}")
            };
            limit_text(&name, text)?;
        }
    }
    Ok(())
}

/// [`limit_fields`] for any record that serialises to an object.
pub(crate) fn limit_record<T: Serialize>(prefix: &str, record: &T) -> Result<()> {
    match serde_json::to_value(record) {
        Ok(serde_json::Value::Object(map)) => limit_fields(prefix, &map),
        _ => Ok(()),
    }
}

fn require(field: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        Err(Error::invalid_said(field, "error-empty", &[]))
    } else {
        Ok(())
    }
}

/// The highest question priority (a larger number is surely a mistake).
pub const MAX_PRIORITY: i64 = 1_000_000_000;

/// A whole number, or one that may be left out, checked against a range.
trait WholeNumber {
    fn number(&self) -> Option<i64>;
}

impl WholeNumber for i64 {
    fn number(&self) -> Option<i64> {
        Some(*self)
    }
}

impl WholeNumber for Option<i64> {
    fn number(&self) -> Option<i64> {
        *self
    }
}

/// Checks that a whole-number field, when given, is within `range`.
fn within(
    field: &str,
    value: &impl WholeNumber,
    range: std::ops::RangeInclusive<i64>,
) -> Result<()> {
    let Some(value) = value.number() else {
        return Ok(());
    };
    if range.contains(&value) {
        Ok(())
    } else {
        Err(Error::invalid_said(
            field,
            "error-out-of-range",
            &[
                ("value", &value.to_string()),
                ("min", &range.start().to_string()),
                ("max", &range.end().to_string()),
            ],
        ))
    }
}

fn date(field: &str, value: &mut Option<String>) -> Result<()> {
    *value = PartialDate::check_opt(field, value.as_deref())?;
    Ok(())
}

/// Refuses an `event` date (of `field`) that is surely before a birth on
/// `born` (both half-known dates: only a date wholly before counts).
pub fn refuse_before_birth(field: &str, event: &str, born: &str) -> Result<()> {
    let (Ok(e), Ok(b)) = (
        PartialDate::parse(field, event),
        PartialDate::parse(field, born),
    ) else {
        return Ok(());
    };
    if e.surely_before(&b) {
        return Err(Error::invalid_said(field, "error-before-birth", &[])
            .with_date("date", &e)
            .with_date("born", &b));
    }
    Ok(())
}

/// Refuses a date (of `field`) that is surely in the future, for things
/// that have already happened.
pub fn refuse_future(field: &str, value: &str) -> Result<()> {
    let (Ok(d), Ok(today)) = (
        PartialDate::parse(field, value),
        PartialDate::parse(field, &crate::date::today()),
    ) else {
        return Ok(());
    };
    if today.surely_before(&d) {
        return Err(Error::invalid_said(field, "error-in-future", &[]).with_date("date", &d));
    }
    Ok(())
}

impl Patient {
    /// Checks required fields and dates, normalising dates.
    pub fn validate(&mut self) -> Result<()> {
        require("full_name", &self.full_name)?;
        limit_record("", self)?;
        date("date_of_birth", &mut self.date_of_birth)?;
        match &self.date_of_birth {
            Some(d) => refuse_future("date_of_birth", d),
            None => Ok(()),
        }
    }
}

impl Dossier {
    /// Checks required fields and dates, normalising dates and removing
    /// repeated keys.
    pub fn validate(&mut self) -> Result<()> {
        require("title", &self.title)?;
        limit_record("", self)?;
        limit_record("consultant", &self.consultant)?;
        date("decide_by", &mut self.decide_by)?;
        date("consultant.appointment", &mut self.consultant.appointment)?;
        dedup(&mut self.reasons);
        dedup(&mut self.situations);
        only_known(
            "none_known",
            &self.none_known,
            NONE_KNOWN_SECTIONS,
            "error-none-known-not-allowed",
        )?;
        self.none_known.sort();
        self.none_known.dedup();
        Ok(())
    }
}

/// Refuses a key of `field` that is not one of `allowed`, saying why
/// (the catalogue's error `key`, given `$value` and `$allowed`) and what
/// may be used.
fn only_known<'a>(
    field: &str,
    keys: impl IntoIterator<Item = &'a String>,
    allowed: &[&str],
    key: &'static str,
) -> Result<()> {
    match keys.into_iter().find(|k| !allowed.contains(&k.as_str())) {
        Some(bad) => Err(Error::invalid_said(
            field,
            key,
            &[
                ("value", &crate::error::quote(bad)),
                ("allowed", &allowed.join(", ")),
            ],
        )),
        None => Ok(()),
    }
}

fn dedup<T: PartialEq + Copy>(v: &mut Vec<T>) {
    let mut seen = Vec::with_capacity(v.len());
    v.retain(|x| {
        if seen.contains(x) {
            false
        } else {
            seen.push(*x);
            true
        }
    });
}

/// A list section of a dossier whose items the store keeps generically: one
/// table a section, one column a field.
pub trait Item: Serialize + serde::de::DeserializeOwned + Clone {
    /// The section's name, as the archive and the app use it ("diagnoses").
    const SECTION: &'static str;
    /// The table's columns, named as the fields (without `id`).
    const COLUMNS: &'static [&'static str];
    /// The column that orders the section.
    const ORDER: &'static str = "position";
    /// The item's store ID.
    fn id(&self) -> i64;
    /// Checks required fields and dates, normalising dates.
    fn validate(&mut self) -> Result<()>;
    /// The dated entries this item puts on the timeline: (date, title, detail).
    fn dated(&self, _words: &Catalogue) -> Vec<(String, String, String)> {
        Vec::new()
    }
    /// A date that cannot be before the patient's birth, with its field.
    fn after_birth(&self) -> Option<(&'static str, &str)> {
        None
    }
}

/// Declares a section item: the struct, its column list and its checks.
macro_rules! item {
    ($(#[$doc:meta])* $name:ident, $section:literal, required: $req:ident, dates: [$($date:ident),*],
     $(ranges: [$($int:ident in $range:expr),*],)?
     { $($(#[$fdoc:meta])* $field:ident : $ty:ty),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
        #[serde(default)]
        pub struct $name {
            /// Store ID (not part of the archive).
            #[serde(skip_serializing_if = "is_zero")]
            pub id: i64,
            $($(#[$fdoc])* pub $field: $ty),+
        }

        impl $name {
            const FIELD_NAMES: &'static [&'static str] = &[$(stringify!($field)),+];
            const SECTION_NAME: &'static str = $section;
            fn check(&mut self) -> Result<()> {
                require(stringify!($req), &self.$req)?;
                $(date(stringify!($date), &mut self.$date)?;)*
                $($(within(stringify!($int), &self.$int, $range)?;)*)?
                Ok(())
            }
        }
    };
}

item!(
    /// A diagnosis as given by a doctor.
    Diagnosis, "diagnoses", required: name, dates: [diagnosed_on], {
        name: String,
        /// A code such as ICD-10, when known.
        code: String,
        diagnosed_on: Option<String>,
        diagnosed_by: String,
        facility: String,
        status: Option<DiagnosisStatus>,
        notes: String,
        /// The condition this second opinion is about, or another one.
        role: DiagnosisRole,
        /// The patient-portal file (and document in it) the item came
        /// from, when it was imported.
        imported_from: String,
    }
);

item!(
    /// A treatment that was recommended.
    Treatment, "treatments", required: name, dates: [], {
        name: String,
        recommended_by: String,
        benefits: String,
        risks: String,
        costs: String,
        alternatives: String,
        status: Option<TreatmentStatus>,
        notes: String,
    }
);

item!(
    /// A medicine the patient takes or took.
    Medication, "medications", required: name, dates: [started_on, stopped_on], {
        name: String,
        dose: String,
        frequency: String,
        started_on: Option<String>,
        stopped_on: Option<String>,
        reason: String,
        /// The patient-portal file (and document in it) the item came
        /// from, when it was imported.
        imported_from: String,
    }
);

item!(
    /// An allergy or intolerance.
    Allergy, "allergies", required: substance, dates: [], {
        substance: String,
        reaction: String,
        severity: Option<Severity>,
        /// The patient-portal file (and document in it) the item came
        /// from, when it was imported.
        imported_from: String,
    }
);

item!(
    /// A doctor or other professional involved in the patient's care.
    Clinician, "clinicians", required: name, dates: [], {
        name: String,
        role: String,
        specialty: String,
        institution: String,
        phone: String,
        email: String,
        /// The patient-portal file (and document in it) the item came
        /// from, when it was imported.
        imported_from: String,
    }
);

item!(
    /// Something that happened, for the timeline.
    Event, "events", required: title, dates: [date], {
        date: Option<String>,
        title: String,
        details: String,
        /// The patient-portal file (and document in it) the item came
        /// from, when it was imported.
        imported_from: String,
    }
);

item!(
    /// One lab or other test result, as a patient-portal file gives it.
    LabResult, "results", required: test, dates: [date], {
        /// The test's name ("Haemoglobin").
        test: String,
        /// Its code and code system, when given ("LOINC 718-7").
        code: String,
        /// The value as written ("13.2", "positive").
        value: String,
        unit: String,
        /// The range the lab gives ("12-16", "<200").
        reference_range: String,
        /// What the file says of the value against its range ("H", "L",
        /// "high"), or "outside the range given" when the file gives a
        /// numeric range the value is outside of; empty otherwise.
        flag: String,
        date: Option<String>,
        notes: String,
        /// The patient-portal file (and document in it) the item came
        /// from, when it was imported.
        imported_from: String,
    }
);

item!(
    /// An operation or a stay in hospital.
    Operation, "operations", required: name, dates: [date], {
        date: Option<String>,
        /// What was done, or why the patient was in hospital.
        name: String,
        /// Where.
        facility: String,
        notes: String,
    }
);

item!(
    /// An illness in the patient's family.
    FamilyHistory, "family_history", required: condition, dates: [],
    ranges: [age_at_onset in 0..=130], {
        /// Mother, father, sister, ...
        relative: String,
        condition: String,
        /// How old the relative was when it started.
        age_at_onset: Option<i64>,
        notes: String,
    }
);

item!(
    /// A question for the consultant.
    Question, "questions", required: text, dates: [],
    ranges: [priority in 0..=MAX_PRIORITY], {
        text: String,
        category: Option<QuestionCategory>,
        /// 1 is asked first.
        priority: i64,
        /// "own", or the name of the prompt list it came from.
        source: String,
        /// The answer, noted after the visit.
        answer: String,
    }
);

item!(
    /// A report file and what it is.
    Document, "documents", required: title, dates: [date],
    ranges: [size in 0..=i64::MAX], {
        title: String,
        kind: Option<DocumentKind>,
        date: Option<String>,
        /// Who issued it.
        source: String,
        /// Whether the PDF bundle encloses it unless the user says otherwise.
        #[serde(default = "yes", deserialize_with = "bool_or_int")]
        include_in_export: bool,
        notes: String,
        /// SHA-256 of the file's bytes, in hex.
        sha256: String,
        /// Media type read from the file's bytes.
        media_type: String,
        /// The file's name when it was added.
        original_name: String,
        /// Size in bytes.
        size: i64,
        /// Pages, for PDFs that could be read.
        page_count: Option<u32>,
    }
);

macro_rules! impl_item {
    ($name:ident $(, order = $order:literal)? $(, dated = $dated:expr)? $(, after_birth = $born:ident)?) => {
        impl Item for $name {
            const SECTION: &'static str = $name::SECTION_NAME;
            const COLUMNS: &'static [&'static str] = $name::FIELD_NAMES;
            $(const ORDER: &'static str = $order;)?
            fn id(&self) -> i64 {
                self.id
            }
            fn validate(&mut self) -> Result<()> {
                self.check()
            }
            $(fn dated(&self, words: &Catalogue) -> Vec<(String, String, String)> {
                let f: fn(&Self, &Catalogue) -> Vec<(String, String, String)> = $dated;
                f(self, words)
            })?
            $(fn after_birth(&self) -> Option<(&'static str, &str)> {
                self.$born.as_deref().map(|d| (stringify!($born), d))
            })?
        }
    };
}

fn one(date: &Option<String>, title: String, detail: String) -> Vec<(String, String, String)> {
    date.iter()
        .map(|d| (d.clone(), title.clone(), detail.clone()))
        .collect()
}

impl_item!(
    Diagnosis,
    dated = |d, w| one(
        &d.diagnosed_on,
        match d.status {
            Some(s) => w.t_with(
                "timeline-diagnosis-status",
                &[
                    ("name", (&d.name).into()),
                    ("status", (&w.in_text(&s.label_in(w))).into())
                ]
            ),
            None => w.t_with("timeline-diagnosis", &[("name", (&d.name).into())]),
        },
        d.diagnosed_by.clone()
    )
);
impl_item!(Treatment);
impl_item!(
    Medication,
    dated = |m, w| {
        let name = [("name", (&m.name).into())];
        let mut v = one(
            &m.started_on,
            w.t_with("timeline-started", &name),
            m.dose.clone(),
        );
        v.extend(one(
            &m.stopped_on,
            w.t_with("timeline-stopped", &name),
            String::new(),
        ));
        v
    },
    after_birth = started_on
);
impl_item!(Allergy);
impl_item!(
    Operation,
    dated = |o, w| one(
        &o.date,
        w.t_with("timeline-operation", &[("name", (&o.name).into())]),
        o.facility.clone()
    ),
    after_birth = date
);
impl_item!(FamilyHistory);
impl_item!(LabResult);
impl_item!(Clinician);
impl_item!(
    Event,
    dated = |e, _| one(&e.date, e.title.clone(), e.details.clone())
);
impl_item!(Question, order = "priority");
impl_item!(
    Document,
    dated = |d, w| one(
        &d.date,
        w.t_with("timeline-report", &[("title", (&d.title).into())]),
        d.source.clone()
    )
);

/// The second opinion received, recorded after the consultation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Opinion {
    /// Who gave it.
    pub given_by: String,
    /// When, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub given_on: Option<String>,
    /// Their diagnosis.
    pub diagnosis: String,
    /// Their recommended treatment.
    pub treatment: String,
    pub key_points: String,
    pub follow_ups: String,
    /// Their diagnosis code, if they wrote one (for example ICD-10).
    pub diagnosis_code: String,
    /// The patient's own marks on each topic of the comparison, by topic
    /// key (see [`COMPARISON_TOPICS`]). The app never sets these itself.
    pub marks: BTreeMap<String, Mark>,
}

/// The topics of the comparison the patient may mark.
pub const COMPARISON_TOPICS: &[&str] = &["diagnosis", "treatment", "key_points"];

/// How the patient judges one topic of the two opinions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    Same,
    Different,
    NotSure,
}

impl Mark {
    /// The words the app and the PDF show for the mark, in a language.
    pub fn words_in(self, words: &Catalogue) -> String {
        let key = match self {
            Mark::Same => "mark-same",
            Mark::Different => "mark-different",
            Mark::NotSure => "mark-not-sure",
        };
        words.t(key)
    }
}

impl Opinion {
    /// Checks and normalises the date and the marks' topics.
    pub fn validate(&mut self) -> Result<()> {
        only_known(
            "marks",
            self.marks.keys(),
            COMPARISON_TOPICS,
            "error-not-a-comparison-topic",
        )?;
        self.diagnosis_code = self.diagnosis_code.trim().to_string();
        limit_record("", self)?;
        date("given_on", &mut self.given_on)
    }
}

/// A dossier with its patient and every section, as the archive and the
/// PDF bundle see it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FullDossier {
    pub patient: Patient,
    pub dossier: Dossier,
    pub diagnoses: Vec<Diagnosis>,
    pub treatments: Vec<Treatment>,
    pub medications: Vec<Medication>,
    pub allergies: Vec<Allergy>,
    pub clinicians: Vec<Clinician>,
    pub events: Vec<Event>,
    pub documents: Vec<Document>,
    pub questions: Vec<Question>,
    pub operations: Vec<Operation>,
    pub family_history: Vec<FamilyHistory>,
    pub results: Vec<LabResult>,
    pub background: Background,
    pub daily_life: DailyLife,
}

/// One line of the timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEntry {
    /// Stored form, `YYYY[-MM[-DD]]`.
    pub date: String,
    /// The date in words at its precision ("March 2024").
    pub date_text: String,
    pub title: String,
    pub detail: String,
    /// The section the entry comes from.
    pub section: &'static str,
}

impl FullDossier {
    /// Every dated item from every section, oldest first, in English.
    pub fn timeline(&self) -> Vec<TimelineEntry> {
        self.timeline_in(Catalogue::en())
    }

    /// Every dated item from every section, oldest first, the generated
    /// words in a language.
    pub fn timeline_in(&self, words: &Catalogue) -> Vec<TimelineEntry> {
        fn add<T: Item>(out: &mut Vec<TimelineEntry>, items: &[T], words: &Catalogue) {
            for item in items {
                for (date, title, detail) in item.dated(words) {
                    out.push(TimelineEntry {
                        date_text: words.date_text(&date),
                        date,
                        title,
                        detail,
                        section: T::SECTION,
                    });
                }
            }
        }
        let mut out = Vec::new();
        add(&mut out, &self.diagnoses, words);
        add(&mut out, &self.treatments, words);
        add(&mut out, &self.medications, words);
        add(&mut out, &self.events, words);
        add(&mut out, &self.operations, words);
        add(&mut out, &self.documents, words);
        out.sort_by(|a, b| a.date.cmp(&b.date));
        out
    }
}

/// A patient with how many dossiers they have, for lists.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PatientSummary {
    pub id: i64,
    pub full_name: String,
    pub date_of_birth: Option<String>,
    pub dossiers: i64,
}

/// One dossier in a list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DossierSummary {
    pub id: i64,
    pub patient_id: i64,
    pub patient_name: String,
    pub title: String,
    pub documents: i64,
    pub updated_at: String,
}

/// One key with its plain words, for the app's choices.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub key: &'static str,
    pub label: String,
}

fn choices<V: Vocabulary>(words: &Catalogue) -> Vec<Choice> {
    V::ALL
        .iter()
        .map(|v| Choice {
            key: v.key(),
            label: v.label_in(words),
        })
        .collect()
}

/// Every vocabulary with its plain words in English, by name.
pub fn vocabularies() -> std::collections::BTreeMap<&'static str, Vec<Choice>> {
    vocabularies_in(Catalogue::en())
}

/// Every vocabulary with its plain words in the catalogue's language.
pub fn vocabularies_in(words: &Catalogue) -> std::collections::BTreeMap<&'static str, Vec<Choice>> {
    let mut m = std::collections::BTreeMap::new();
    m.insert("reasons", choices::<Reason>(words));
    m.insert("situations", choices::<Situation>(words));
    m.insert("document_kinds", choices::<DocumentKind>(words));
    m.insert("question_categories", choices::<QuestionCategory>(words));
    m.insert("diagnosis_statuses", choices::<DiagnosisStatus>(words));
    m.insert("treatment_statuses", choices::<TreatmentStatus>(words));
    m.insert("severities", choices::<Severity>(words));
    m.insert("consultation_modes", choices::<ConsultationMode>(words));
    m.insert("diagnosis_roles", choices::<DiagnosisRole>(words));
    m.insert("smoking", choices::<Smoking>(words));
    m.insert("pregnancy", choices::<Pregnancy>(words));
    m.insert("question_sources", crate::guidance::source_choices(words));
    // The languages a PDF can be written in, each in its own words.
    m.insert(
        "languages",
        crate::i18n::Language::OFFERED
            .iter()
            .map(|l| Choice {
                key: l.code(),
                label: l.own_name().to_string(),
            })
            .collect(),
    );
    m
}
