//! Bytes of a portal file to text: UTF-8 (with or without its byte-order
//! mark), UTF-16 with its mark (or, for XML, without it), and the Latin-1
//! family when an XML declaration names it. Anything else is refused with
//! the encoding named.

use super::bad_said;
use crate::error::Result;

/// The bytes after a UTF-8 byte-order mark, if there is one.
pub fn skip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// UTF-16 text: whether it is big-endian, and where the text starts
/// (after the byte-order mark, if there is one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Utf16 {
    pub big_endian: bool,
    pub start: usize,
}

/// Whether the bytes are UTF-16 text: they start with its byte-order mark,
/// or, without a mark, with an XML declaration's "<?" in UTF-16 (as XML
/// 1.0's appendix F tells a reader to detect it).
pub fn utf16(bytes: &[u8]) -> Option<Utf16> {
    let (big_endian, start) = if bytes.starts_with(b"\xFE\xFF") {
        (true, 2)
    } else if bytes.starts_with(b"\xFF\xFE") && !bytes.starts_with(b"\xFF\xFE\0\0") {
        (false, 2)
    } else if bytes.starts_with(b"\0<\0?") {
        (true, 0)
    } else if bytes.starts_with(b"<\0?\0") {
        (false, 0)
    } else {
        return None;
    };
    Some(Utf16 { big_endian, start })
}

/// The encoding an XML declaration names, lower case, if any.
fn declared(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(200)];
    let text = String::from_utf8_lossy(head);
    let decl = text.strip_prefix("<?xml")?;
    let decl = &decl[..decl.find("?>")?];
    let at = decl.find("encoding")?;
    let rest = decl[at + 8..].trim_start().strip_prefix('=')?.trim_start();
    let quote = rest.chars().next()?;
    let rest = &rest[1..];
    Some(rest[..rest.find(quote)?].to_ascii_lowercase())
}

/// The file's text.
pub fn text(file: &str, bytes: &[u8]) -> Result<String> {
    if let Some(wide) = utf16(bytes) {
        let body = &bytes[wide.start..];
        if !body.len().is_multiple_of(2) {
            return Err(bad_said("records-utf16-odd", file, &[]));
        }
        let units: Vec<u16> = body
            .chunks_exact(2)
            .map(|c| {
                let pair = [c[0], c[1]];
                if wide.big_endian {
                    u16::from_be_bytes(pair)
                } else {
                    u16::from_le_bytes(pair)
                }
            })
            .collect();
        return String::from_utf16(&units)
            .map_err(|_| bad_said("records-utf16-invalid", file, &[]));
    }
    let bytes = skip_bom(bytes);
    match declared(bytes).as_deref() {
        None | Some("utf-8") | Some("utf8") | Some("us-ascii") | Some("ascii") => {
            String::from_utf8(bytes.to_vec()).map_err(|e| {
                let byte = e.utf8_error().valid_up_to().to_string();
                bad_said("records-utf8-invalid", file, &[("byte", &byte)])
            })
        }
        Some("iso-8859-1") | Some("latin1") | Some("latin-1") | Some("windows-1252")
        | Some("cp1252") => Ok(bytes.iter().map(|b| char::from(*b)).collect()),
        Some(other) => Err(bad_said("records-encoding", file, &[("encoding", other)])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_read_or_named() {
        assert_eq!(text("f", b"\xEF\xBB\xBF<a/>").unwrap(), "<a/>");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("<a>é</a>".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(text("f", &utf16).unwrap(), "<a>é</a>");
        assert_eq!(
            text(
                "f",
                b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\xE9</a>"
            )
            .unwrap(),
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>é</a>"
        );
        // Without a byte-order mark, XML's "<?" tells UTF-16 apart.
        let decl = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>é</a>";
        let le: Vec<u8> = decl.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let be: Vec<u8> = decl.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        assert_eq!(text("f", &le).unwrap(), decl);
        assert_eq!(text("f", &be).unwrap(), decl);
        assert_eq!(
            super::utf16(&be),
            Some(Utf16 {
                big_endian: true,
                start: 0
            })
        );
        let e = text("f.xml", &le[..le.len() - 1]).unwrap_err();
        assert_eq!(
            e.message,
            "f.xml: is UTF-16 text cut in the middle of a letter (an odd number of bytes)"
        );
        let e = text("f.xml", b"<a>\xE9</a>").unwrap_err();
        assert!(
            e.message.starts_with("f.xml: is not valid UTF-8"),
            "{}",
            e.message
        );
        let e = text("f.xml", b"<?xml version='1.0' encoding='Shift_JIS'?><a/>").unwrap_err();
        assert!(e.message.contains("shift_jis"), "{}", e.message);
    }
}
