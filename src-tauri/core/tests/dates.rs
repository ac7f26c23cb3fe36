//! Dates a person reads are the local date, not the UTC one: a letter
//! written in Auckland in the morning is dated that day, even while it is
//! still yesterday in London.

use chrono::{Duration, Utc};
use dossier::after::{records_request_text, RecordsRequest};
use dossier::model::*;

/// The letter's date line, in a time zone given as a POSIX TZ string.
fn letter_date_in(tz: &str) -> String {
    std::env::set_var("TZ", tz);
    // The time-zone library looks at TZ again only after a second.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let full = FullDossier {
        patient: Patient {
            full_name: "Aroha Ngata".into(),
            ..Patient::default()
        },
        ..FullDossier::default()
    };
    let req = RecordsRequest {
        records: "MRI of the left knee".into(),
        ..RecordsRequest::default()
    };
    let text = records_request_text(&full, &req, dossier::i18n::Catalogue::en());
    // Name, blank line, then the date.
    text.lines().nth(2).unwrap_or_default().to_string()
}

fn in_words(offset_hours: i64) -> String {
    let date = (Utc::now() + Duration::hours(offset_hours)).date_naive();
    dossier::date::display_long(&date.format("%Y-%m-%d").to_string())
}

#[test]
fn the_letter_is_dated_with_the_local_date() {
    // 14 hours ahead of UTC, and 12 hours behind: never the same date.
    let ahead = letter_date_in("XST-14");
    assert_eq!(ahead, in_words(14));
    let behind = letter_date_in("YST+12");
    assert_eq!(behind, in_words(-12));
    assert_ne!(ahead, behind, "one of them must differ from the UTC date");
    assert_eq!(dossier::date::today().len(), 10);
}
