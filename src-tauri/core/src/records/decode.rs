//! Bytes of a portal file to text: UTF-8 (with or without its byte-order
//! mark), UTF-16 with its mark, and the Latin-1 family when an XML
//! declaration names it. Anything else is refused with the encoding named.

use crate::error::{Error, ErrorKind, Result};

/// The bytes after a UTF-8 byte-order mark, if there is one.
pub fn skip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// Whether the bytes start with a UTF-16 byte-order mark.
pub fn is_utf16(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF")
}

fn bad(file: &str, what: impl std::fmt::Display) -> Error {
    Error::new(ErrorKind::BadFile, format!("{file}: {what}")).with_field("files")
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
    if is_utf16(bytes) {
        let big = bytes.starts_with(b"\xFE\xFF");
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| {
                let pair = [c[0], *c.get(1).unwrap_or(&0)];
                if big {
                    u16::from_be_bytes(pair)
                } else {
                    u16::from_le_bytes(pair)
                }
            })
            .collect();
        return String::from_utf16(&units)
            .map_err(|_| bad(file, "is marked as UTF-16 but is not valid UTF-16 text"));
    }
    let bytes = skip_bom(bytes);
    match declared(bytes).as_deref() {
        None | Some("utf-8") | Some("utf8") | Some("us-ascii") | Some("ascii") => {
            String::from_utf8(bytes.to_vec()).map_err(|e| {
                bad(
                    file,
                    format!(
                        "is not valid UTF-8 text (byte {} cannot be read); save it again as UTF-8",
                        e.utf8_error().valid_up_to()
                    ),
                )
            })
        }
        Some("iso-8859-1") | Some("latin1") | Some("latin-1") | Some("windows-1252")
        | Some("cp1252") => Ok(bytes.iter().map(|b| char::from(*b)).collect()),
        Some(other) => Err(bad(
            file,
            format!("uses the text encoding {other}, which is not read; save it again as UTF-8"),
        )),
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
