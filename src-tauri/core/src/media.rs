//! What a report file is, read from its bytes rather than its name.
//!
//! Owns media-type sniffing and the facts the store keeps about a file
//! (page count and, for PDFs, the title and date its metadata gives).

use std::path::Path;

/// Media types the app knows how to show or enclose.
pub const PDF: &str = "application/pdf";
pub const JPEG: &str = "image/jpeg";
pub const PNG: &str = "image/png";
pub const GIF: &str = "image/gif";
pub const WEBP: &str = "image/webp";
pub const TIFF: &str = "image/tiff";
pub const BMP: &str = "image/bmp";
pub const HEIC: &str = "image/heic";
pub const DICOM: &str = "application/dicom";
pub const ZIP: &str = "application/zip";
pub const XML: &str = "application/xml";
pub const TEXT: &str = "text/plain";
pub const UNKNOWN: &str = "application/octet-stream";

/// The media type of a file from its first bytes (at least 132 are needed to
/// recognise DICOM).
pub fn sniff(head: &[u8]) -> &'static str {
    let starts = |magic: &[u8]| head.starts_with(magic);
    if head.len() >= 1024 && head[..1024].windows(5).any(|w| w == b"%PDF-") || starts(b"%PDF-") {
        PDF
    } else if starts(&[0xFF, 0xD8, 0xFF]) {
        JPEG
    } else if starts(b"\x89PNG\r\n\x1a\n") {
        PNG
    } else if starts(b"GIF87a") || starts(b"GIF89a") {
        GIF
    } else if head.len() >= 12 && &head[..4] == b"RIFF" && &head[8..12] == b"WEBP" {
        WEBP
    } else if starts(b"II*\0") || starts(b"MM\0*") {
        TIFF
    } else if starts(b"BM") && head.len() >= 14 {
        BMP
    } else if head.len() >= 12
        && &head[4..8] == b"ftyp"
        && [
            &b"heic"[..],
            b"heix",
            b"mif1",
            b"msf1",
            b"heim",
            b"heis",
            b"hevc",
            b"avif",
        ]
        .contains(&&head[8..12])
    {
        HEIC
    } else if head.len() >= 132 && &head[128..132] == b"DICM" {
        DICOM
    } else if starts(b"PK\x03\x04") {
        ZIP
    } else if starts(b"<?xml") || starts(b"\xEF\xBB\xBF<?xml") {
        XML
    } else if !head.is_empty()
        && std::str::from_utf8(trim_utf8_tail(head)).is_ok()
        && !head.contains(&0)
    {
        TEXT
    } else {
        UNKNOWN
    }
}

/// Drops up to three bytes of a UTF-8 sequence cut at the end of a buffer.
fn trim_utf8_tail(b: &[u8]) -> &[u8] {
    for cut in 0..4.min(b.len()) {
        if std::str::from_utf8(&b[..b.len() - cut]).is_ok() {
            return &b[..b.len() - cut];
        }
    }
    b
}

/// A short plain-language name for a media type ("PDF", "JPEG photo").
pub fn describe(media_type: &str) -> &'static str {
    match media_type {
        PDF => "PDF document",
        JPEG => "JPEG photo",
        PNG => "PNG image",
        GIF => "GIF image",
        WEBP => "WebP image",
        TIFF => "TIFF image",
        BMP => "BMP image",
        HEIC => "HEIC photo",
        DICOM => "DICOM scan image",
        ZIP => "zip archive",
        XML => "XML document",
        TEXT => "text file",
        _ => "file of unknown type",
    }
}

/// [`describe`] after its article: "an XML document", "a PDF document".
pub fn a_described(media_type: &str) -> String {
    let words = describe(media_type);
    // Said letter by letter, "XML" starts with a vowel sound.
    let an = words.starts_with(['a', 'e', 'i', 'o', 'u']) || words.starts_with("XML");
    format!("{} {words}", if an { "an" } else { "a" })
}

/// [`describe`] after its article, in the catalogue's language: "an XML
/// document", "un documento XML", "ein XML-Dokument".
pub fn a_described_in(media_type: &str, words: &crate::i18n::Catalogue) -> String {
    words.t(match media_type {
        PDF => "media-a-pdf",
        JPEG => "media-a-jpeg",
        PNG => "media-a-png",
        GIF => "media-a-gif",
        WEBP => "media-a-webp",
        TIFF => "media-a-tiff",
        BMP => "media-a-bmp",
        HEIC => "media-a-heic",
        DICOM => "media-a-dicom",
        ZIP => "media-a-zip",
        XML => "media-a-xml",
        TEXT => "media-a-text",
        _ => "media-a-unknown",
    })
}

/// What the metadata of a PDF says, when it can be read.
#[derive(Debug, Clone, Default)]
pub struct PdfFacts {
    pub pages: Option<u32>,
    pub title: Option<String>,
    /// `YYYY-MM-DD` from the creation date.
    pub date: Option<String>,
}

/// Reads page count, title and creation date of a PDF without loading it
/// whole. A damaged or encrypted PDF gives what could be read (possibly
/// nothing).
pub fn pdf_facts(path: &Path) -> PdfFacts {
    // A crafted file must not take the caller down: very large files are
    // not read here.
    let limits = crate::pdf::enclose::Limits::default();
    if std::fs::metadata(path)
        .map(|m| m.len() > limits.max_file_bytes)
        .unwrap_or(true)
    {
        return PdfFacts::default();
    }
    facts(|| lopdf::Document::load_metadata(path))
}

/// [`pdf_facts`] of a PDF read from `source` (an open file).
pub fn pdf_facts_from(source: impl std::io::Read + std::panic::UnwindSafe) -> PdfFacts {
    facts(|| lopdf::Document::load_metadata_from(source))
}

/// Reads the metadata; a reader that panics gives no facts.
fn facts(
    read: impl FnOnce() -> lopdf::Result<lopdf::PdfMetadata> + std::panic::UnwindSafe,
) -> PdfFacts {
    let read = std::panic::catch_unwind(read);
    match read.unwrap_or_else(|_| Err(lopdf::Error::Unimplemented("unreadable"))) {
        Ok(m) => PdfFacts {
            pages: Some(m.page_count).filter(|n| *n > 0),
            title: m
                .title
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty()),
            date: m.creation_date.as_deref().and_then(pdf_date),
        },
        Err(_) => PdfFacts::default(),
    }
}

/// `D:20240314...` to `2024-03-14`.
fn pdf_date(raw: &str) -> Option<String> {
    let digits: String = raw
        .trim_start_matches("D:")
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    let text = match digits.len() {
        n if n >= 8 => format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..8]),
        n if n >= 6 => format!("{}-{}", &digits[..4], &digits[4..6]),
        n if n >= 4 => digits[..4].to_string(),
        _ => return None,
    };
    crate::date::PartialDate::parse("date", &text)
        .ok()
        .map(|d| d.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_by_content() {
        assert_eq!(sniff(b"%PDF-1.7\n"), PDF);
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0]), JPEG);
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), PNG);
        assert_eq!(sniff(b"\0\0\0\x18ftypheic\0\0\0\0"), HEIC);
        let mut dicom = vec![0u8; 128];
        dicom.extend_from_slice(b"DICM\x02\0");
        assert_eq!(sniff(&dicom), DICOM);
        assert_eq!(sniff("Blutbild vom März".as_bytes()), TEXT);
        assert_eq!(sniff(&[0, 1, 2, 3, 0xFE]), UNKNOWN);
    }

    #[test]
    fn descriptions_take_the_right_article() {
        assert_eq!(a_described(XML), "an XML document");
        assert_eq!(a_described(PDF), "a PDF document");
        assert_eq!(a_described(ZIP), "a zip archive");
        assert_eq!(a_described(UNKNOWN), "a file of unknown type");
    }

    #[test]
    fn descriptions_in_each_language_agree_with_english() {
        use crate::i18n::{Catalogue, Language};
        for t in [
            PDF, JPEG, PNG, GIF, WEBP, TIFF, BMP, HEIC, DICOM, ZIP, XML, TEXT, UNKNOWN,
        ] {
            assert_eq!(a_described_in(t, Catalogue::en()), a_described(t));
        }
        let es = Catalogue::of(Language::Es);
        let de = Catalogue::of(Language::De);
        assert_eq!(a_described_in(XML, es), "un documento XML");
        assert_eq!(a_described_in(PDF, de), "ein PDF-Dokument");
    }

    #[test]
    fn reads_pdf_dates() {
        assert_eq!(
            pdf_date("D:20151116093000-05'00'").as_deref(),
            Some("2015-11-16")
        );
        assert_eq!(pdf_date("D:2015").as_deref(), Some("2015"));
        assert_eq!(pdf_date("garbage"), None);
    }
}
