//! Half-known dates.
//!
//! Patients often know only the year or the month of an event. A
//! [`PartialDate`] keeps exactly the precision it was given (`YYYY`,
//! `YYYY-MM` or `YYYY-MM-DD`); its text form sorts correctly as a string,
//! which is how the store keeps and orders it.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A date known to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    /// Year, 1000 to 9999.
    pub year: u16,
    /// Month 1 to 12, when known.
    pub month: Option<u8>,
    /// Day of the month, when known (only with a month).
    pub day: Option<u8>,
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the error names `field`.
    pub fn parse(field: &str, text: &str) -> Result<Self> {
        let bad = || {
            Error::invalid_said(
                field,
                "error-date-invalid",
                &[("value", &crate::error::quote(text))],
            )
        };
        let parts: Vec<&str> = text.trim().split('-').collect();
        let num = |s: &str, len: usize| -> Option<u16> {
            if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
                s.parse().ok()
            } else {
                None
            }
        };
        let year = num(parts[0], 4).filter(|y| *y >= 1000).ok_or_else(bad)?;
        let month = match parts.get(1) {
            None => None,
            Some(m) => Some(num(m, 2).filter(|m| (1..=12).contains(m)).ok_or_else(bad)? as u8),
        };
        let day = match (parts.get(2), month) {
            (None, _) => None,
            (Some(d), Some(m)) => Some(
                num(d, 2)
                    .filter(|d| *d >= 1 && *d <= days_in_month(year, m) as u16)
                    .ok_or_else(bad)? as u8,
            ),
            (Some(_), None) => return Err(bad()),
        };
        if parts.len() > 3 {
            return Err(bad());
        }
        Ok(PartialDate { year, month, day })
    }

    /// Whether every day this date may be is before every day `other` may
    /// be ("2010" is not surely before "2010-05", "2009-12" is).
    pub fn surely_before(&self, other: &PartialDate) -> bool {
        let last = (self.year, self.month.unwrap_or(12), self.day.unwrap_or(31));
        let first = (other.year, other.month.unwrap_or(1), other.day.unwrap_or(1));
        last < first
    }

    /// Checks an optional text date, returning it normalised (trimmed, or
    /// `None` when empty).
    pub fn check_opt(field: &str, text: Option<&str>) -> Result<Option<String>> {
        match text.map(str::trim) {
            None | Some("") => Ok(None),
            Some(t) => Ok(Some(PartialDate::parse(field, t)?.to_string())),
        }
    }

    /// The date in words at its own precision: "2024", "March 2024",
    /// "14 March 2024".
    pub fn display_long(&self) -> String {
        crate::i18n::Catalogue::en().date(self)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PartialDate::parse("date", &s).map_err(serde::de::Error::custom)
    }
}

/// Today's date where the user is (the computer's local time zone, not
/// UTC), as `YYYY-MM-DD`: the date a person writes on a letter.
pub fn today() -> String {
    chrono::Local::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string()
}

/// The age in whole years today of someone born on `born` (a half-known
/// date gives the age they surely have reached), if the date can be read.
pub fn age(born: &str) -> Option<i32> {
    let b = PartialDate::parse("date_of_birth", born).ok()?;
    let t = PartialDate::parse("today", &today()).ok()?;
    // The latest the birthday may be, so the age is never overstated.
    let month = b.month.unwrap_or(12);
    let day = b.day.unwrap_or(31);
    let mut years = t.year as i32 - b.year as i32;
    if (t.month.unwrap_or(1), t.day.unwrap_or(1)) < (month, day) {
        years -= 1;
    }
    (years >= 0).then_some(years)
}

/// Shows a stored date text in words at its own precision; text that is not a
/// date is returned as it is.
pub fn display_long(text: &str) -> String {
    PartialDate::parse("date", text)
        .map(|d| d.display_long())
        .unwrap_or_else(|_| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_precision_and_sorts() {
        let mut dates: Vec<String> = ["2024-03-14", "2023", "2024-03", "2024", "2024-02-29"]
            .iter()
            .map(|t| PartialDate::parse("d", t).unwrap().to_string())
            .collect();
        dates.sort();
        assert_eq!(
            dates,
            ["2023", "2024", "2024-02-29", "2024-03", "2024-03-14"]
        );
        assert_eq!(
            PartialDate::parse("d", "2024-03").unwrap().display_long(),
            "March 2024"
        );
    }

    #[test]
    fn rejects_bad_dates_naming_the_field() {
        for bad in [
            "31/31/2024",
            "2024-13",
            "2023-02-29",
            "24",
            "2024-3",
            "2024--01",
            "2024-01-01-01",
            "abcd",
            "",
        ] {
            let err = PartialDate::parse("diagnosed_on", bad).unwrap_err();
            assert!(
                err.message.starts_with("diagnosed_on:"),
                "{bad}: {}",
                err.message
            );
        }
    }
}
