//! The patient's health background and daily life: the answers a
//! consulting doctor asks for on day one that are not lists (height and
//! weight, smoking, implants; symptoms, pain and what the problem stops the
//! patient doing). One of each per dossier, kept as a whole.
//!
//! The lists that go with them (past operations, family history) are
//! ordinary sections in [`crate::model`].

use crate::date::PartialDate;
use crate::error::{Error, Result};
use crate::model::Vocabulary;
use serde::{Deserialize, Serialize};

/// A record a dossier has exactly one of, saved and read as a whole.
pub trait Answers: Serialize + serde::de::DeserializeOwned + Default + Clone {
    /// The name in the archive, the app and the store ("background").
    const NAME: &'static str;
    /// Checks every field, normalising dates and trimming text.
    fn validate(&mut self) -> Result<()>;
    /// A date that cannot be before the patient's birth, with its field.
    fn after_birth(&self) -> Option<(&'static str, &str)> {
        None
    }
    /// Whether nothing is filled in.
    fn is_empty(&self) -> bool {
        serde_json::to_value(self).ok() == serde_json::to_value(Self::default()).ok()
    }
}

/// The answers' names the app may use.
pub const ANSWERS: &[&str] = &[Background::NAME, DailyLife::NAME];

crate::model::vocabulary!(
    /// Whether the patient smokes.
    Smoking "smoking" {
        Never = "never",
        Former = "former",
        Current = "current",
        Unknown = "unknown",
    }
);

crate::model::vocabulary!(
    /// Whether the patient is pregnant.
    Pregnancy "pregnancy" {
        No = "no",
        Yes = "yes",
        NotApplicable = "not_applicable",
    }
);

/// The plausible range of a height, in centimetres.
pub const HEIGHT_CM: (f64, f64) = (20.0, 275.0);
/// The plausible range of a weight, in kilograms.
pub const WEIGHT_KG: (f64, f64) = (0.5, 650.0);
/// The most a pain score may be.
pub const MAX_PAIN: i64 = 10;

/// Health background: what changes a decision besides the problem itself.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Background {
    /// Height in centimetres (the app also takes feet and inches).
    pub height_cm: Option<f64>,
    /// Weight in kilograms (the app also takes pounds, or stones and pounds).
    pub weight_kg: Option<f64>,
    pub smoking: Option<Smoking>,
    /// How much and for how long, or when the patient stopped.
    pub smoking_details: String,
    pub alcohol: String,
    pub occupation: String,
    pub pregnant: Option<Pregnancy>,
    /// Implants and devices (a pacemaker or metal implant matters for an MRI).
    pub implants: String,
    pub notes: String,
}

/// How the problem affects the patient's daily life, in their words.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DailyLife {
    /// The main symptoms.
    pub symptoms: String,
    /// Since when, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub since: Option<String>,
    /// Pain on a scale of 0 (none) to 10 (the worst imaginable), where it
    /// applies.
    pub pain_score: Option<i64>,
    /// What it stops the patient doing.
    pub limits: String,
    /// What has been tried, and how it went.
    pub tried: String,
    /// What matters most to the patient.
    pub matters_most: String,
}

/// Refuses a number outside `range`, saying what is expected.
fn between(field: &str, value: Option<f64>, range: (f64, f64), what: &str) -> Result<()> {
    match value {
        Some(v) if !v.is_finite() || v < range.0 || v > range.1 => {
            let key = if what == "height" {
                "error-height-unlikely"
            } else {
                "error-weight-unlikely"
            };
            Err(Error::invalid_said(field, key, &[])
                .with_number("value", tidy(v))
                .with_number("min", tidy(range.0))
                .with_number("max", tidy(range.1)))
        }
        _ => Ok(()),
    }
}

/// A number without a needless ".0".
pub fn tidy(v: f64) -> String {
    let rounded = (v * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

fn trim_all(fields: &mut [&mut String]) {
    for f in fields {
        let t = f.trim();
        if t.len() != f.len() {
            **f = t.to_string();
        }
    }
}

impl Background {
    /// The body mass index (weight over height squared), when both are
    /// known, to one decimal. Shown as a number only: what it means for the
    /// patient is for the doctors to say.
    pub fn bmi(&self) -> Option<f64> {
        let (h, w) = (self.height_cm? / 100.0, self.weight_kg?);
        (h > 0.0).then(|| (w / (h * h) * 10.0).round() / 10.0)
    }
}

impl Answers for Background {
    const NAME: &'static str = "background";
    fn validate(&mut self) -> Result<()> {
        between("height_cm", self.height_cm, HEIGHT_CM, "height")?;
        between("weight_kg", self.weight_kg, WEIGHT_KG, "weight")?;
        trim_all(&mut [
            &mut self.smoking_details,
            &mut self.alcohol,
            &mut self.occupation,
            &mut self.implants,
            &mut self.notes,
        ]);
        crate::model::limit_record("", self)
    }
}

impl Answers for DailyLife {
    const NAME: &'static str = "daily_life";
    fn after_birth(&self) -> Option<(&'static str, &str)> {
        self.since.as_deref().map(|d| ("since", d))
    }
    fn validate(&mut self) -> Result<()> {
        if let Some(p) = self.pain_score {
            if !(0..=MAX_PAIN).contains(&p) {
                return Err(Error::invalid_said(
                    "pain_score",
                    "error-pain-off-scale",
                    &[("value", &p.to_string()), ("max", &MAX_PAIN.to_string())],
                ));
            }
        }
        self.since = PartialDate::check_opt("since", self.since.as_deref())?;
        trim_all(&mut [
            &mut self.symptoms,
            &mut self.limits,
            &mut self.tried,
            &mut self.matters_most,
        ]);
        crate::model::limit_record("", self)
    }
}

/// Reads answers given as JSON (from the app), naming the field at fault.
pub fn parse<T: Answers>(value: serde_json::Value) -> Result<T> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        Error::new(
            crate::error::ErrorKind::InvalidInput,
            format!("{path}: {}", e.inner()),
        )
        .with_field(path)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn implausible_numbers_are_refused_at_their_field() {
        let mut b = Background {
            height_cm: Some(1700.0),
            ..Background::default()
        };
        let e = b.validate().unwrap_err();
        assert_eq!(e.field.as_deref(), Some("height_cm"));
        assert!(e.message.contains("20 to 275 cm"), "{}", e.message);
        let mut b = Background {
            weight_kg: Some(-3.0),
            ..Background::default()
        };
        assert_eq!(
            b.validate().unwrap_err().field.as_deref(),
            Some("weight_kg")
        );
        let mut d = DailyLife {
            pain_score: Some(11),
            ..DailyLife::default()
        };
        let e = d.validate().unwrap_err();
        assert_eq!(e.field.as_deref(), Some("pain_score"));
        assert!(e.message.contains("0 (no pain) to 10"), "{}", e.message);
        let e = parse::<DailyLife>(json!({"pain_score": 4.5})).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("pain_score"));
        let e = parse::<Background>(json!({"smoking": "sometimes"})).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("smoking"));
    }

    #[test]
    fn bmi_is_a_number_from_height_and_weight() {
        let b = Background {
            height_cm: Some(170.0),
            weight_kg: Some(95.0),
            ..Background::default()
        };
        assert_eq!(b.bmi(), Some(32.9));
        assert_eq!(Background::default().bmi(), None);
        assert!(Background::default().is_empty());
        assert!(!b.is_empty());
    }

    #[test]
    fn since_is_a_half_known_date() {
        let mut d = DailyLife {
            since: Some(" 2023-04 ".into()),
            pain_score: Some(0),
            ..DailyLife::default()
        };
        d.validate().unwrap();
        assert_eq!(d.since.as_deref(), Some("2023-04"));
        d.since = Some("spring".into());
        assert_eq!(d.validate().unwrap_err().field.as_deref(), Some("since"));
    }
}
