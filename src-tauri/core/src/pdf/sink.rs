//! Writing a PDF as it is built: objects go to the file one at a time,
//! each serialised by lopdf's [`Writer`], and only their offsets are kept,
//! for the cross-reference table written at the end with the trailer.
//!
//! Object numbers are handed out in advance ([`Sink::reserve`]) so that a
//! page may name its parent, or a link its target, before that object is
//! written. Documents read or drawn on the side (a cleaned report, pages
//! drawn by printpdf) join the file with [`Sink::put`]: what their given
//! objects use is renumbered, written and dropped, and nothing else of them
//! is kept.
//!
//! A file protected with a password ([`Sink::protect`]) is encrypted as it
//! is written, with lopdf's AES-256 security handler (revision 6, the PDF
//! standard's current method): each object's strings and streams are
//! encrypted on their way out, the `/Encrypt` dictionary is written in
//! clear, and the trailer names it with the file's identifier.

use crate::error::{Error, ErrorKind, Result};
use lopdf::encryption::crypt_filters::{Aes256CryptFilter, CryptFilter};
use lopdf::encryption::{encrypt_object, EncryptionState, EncryptionVersion, Permissions};
use lopdf::{Dictionary, Document, Object, ObjectId, Stream, StringFormat, Writer};
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Offset of an object number reserved but not yet written.
const UNWRITTEN: u64 = u64::MAX;

/// A PDF file being written.
pub struct Sink<W: Write> {
    out: BufWriter<W>,
    /// Bytes written so far.
    pos: u64,
    /// Offset of each object, by number less one.
    offsets: Vec<u64>,
    /// Named in error messages.
    path: PathBuf,
    /// How objects are encrypted, once the file is protected.
    crypt: Option<Crypt>,
}

/// A protected file's encryption.
struct Crypt {
    state: EncryptionState,
    /// The `/Encrypt` dictionary's object.
    dict: ObjectId,
    /// The file identifier, the trailer's `/ID`.
    file_id: Vec<u8>,
}

/// What the reader of a protected file may do: print and copy (the owner
/// password, which would allow the rest, is random and never kept).
fn permissions() -> Permissions {
    Permissions::PRINTABLE
        | Permissions::PRINTABLE_IN_HIGH_QUALITY
        | Permissions::COPYABLE
        | Permissions::COPYABLE_FOR_ACCESSIBILITY
}

/// `N` random bytes from the system.
fn random<const N: usize>() -> Result<[u8; N]> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| {
        Error::new(
            ErrorKind::Io,
            format!("the system gave no random numbers to protect the PDF with: {e}"),
        )
    })?;
    Ok(bytes)
}

impl<W: Write> Sink<W> {
    /// Starts a PDF 1.7 file on `out`; `path` names it in errors.
    pub fn new(out: W, path: &Path) -> Result<Self> {
        let mut sink = Sink {
            out: BufWriter::with_capacity(256 << 10, out),
            pos: 0,
            offsets: Vec::new(),
            path: path.to_path_buf(),
            crypt: None,
        };
        sink.raw(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")?;
        Ok(sink)
    }

    fn io(&self, e: std::io::Error) -> Error {
        Error::io(&self.path, e)
    }

    fn raw(&mut self, bytes: &[u8]) -> Result<()> {
        self.out.write_all(bytes).map_err(|e| self.io(e))?;
        self.pos += bytes.len() as u64;
        Ok(())
    }

    /// A new object number, to be written later.
    pub fn reserve(&mut self) -> ObjectId {
        self.offsets.push(UNWRITTEN);
        (self.offsets.len() as u32, 0)
    }

    /// Bytes written so far.
    pub fn written(&self) -> u64 {
        self.pos
    }

    /// Protects the file with `password`: it opens only with that password
    /// (which allows printing and copying), everything written from now on
    /// is encrypted with AES-256. To be called before any object is written.
    pub fn protect(&mut self, password: &str) -> Result<()> {
        if self.crypt.is_some() || !self.offsets.is_empty() {
            return Err(Error::new(
                ErrorKind::Io,
                format!(
                    "{}: the password must be set before anything is written",
                    self.path.display()
                ),
            ));
        }
        if password.is_empty() {
            return Err(Error::invalid("password", "the password is empty"));
        }
        let key = random::<32>()?;
        let owner = hex::encode(random::<32>()?);
        let filter: Arc<dyn CryptFilter> = Arc::new(Aes256CryptFilter);
        let state = EncryptionState::try_from(EncryptionVersion::V5 {
            encrypt_metadata: true,
            crypt_filters: BTreeMap::from([(b"StdCF".to_vec(), filter)]),
            file_encryption_key: &key,
            stream_filter: b"StdCF".to_vec(),
            string_filter: b"StdCF".to_vec(),
            owner_password: &owner,
            user_password: password,
            permissions: permissions(),
        })
        .map_err(|e| Error::invalid("password", format!("this password cannot be used ({e})")))?;
        let encrypt = state.encode().map_err(|e| {
            Error::new(
                ErrorKind::Io,
                format!("{}: could not be protected: {e}", self.path.display()),
            )
        })?;
        let dict = self.reserve();
        self.emit(dict, &Object::Dictionary(encrypt))?;
        self.crypt = Some(Crypt {
            state,
            dict,
            file_id: random::<16>()?.to_vec(),
        });
        Ok(())
    }

    /// Whether the file is protected with a password.
    pub fn protected(&self) -> bool {
        self.crypt.is_some()
    }

    fn begin(&mut self, id: ObjectId) -> Result<()> {
        let slot = (id.0 as usize)
            .checked_sub(1)
            .and_then(|i| self.offsets.get_mut(i))
            .filter(|o| **o == UNWRITTEN)
            .ok_or_else(|| {
                Error::new(
                    crate::error::ErrorKind::Io,
                    format!("object {} was written twice or never reserved", id.0),
                )
            })?;
        *slot = self.pos;
        self.raw(format!("{} 0 obj\n", id.0).as_bytes())
    }

    /// Writes `object` under the reserved number `id`.
    pub fn write(&mut self, id: ObjectId, object: &Object) -> Result<()> {
        if self.crypt.is_some() {
            self.write_owned(id, object.clone())
        } else {
            self.emit(id, object)
        }
    }

    /// [`write`](Self::write) for an object that is not needed afterwards,
    /// encrypted in place when the file is protected.
    fn write_owned(&mut self, id: ObjectId, mut object: Object) -> Result<()> {
        if let Some(crypt) = &self.crypt {
            encrypt_object(&crypt.state, id, &mut object).map_err(|e| {
                Error::new(
                    ErrorKind::Io,
                    format!(
                        "{}: object {} could not be encrypted: {e}",
                        self.path.display(),
                        id.0
                    ),
                )
            })?;
        }
        self.emit(id, &object)
    }

    /// Writes `object` as it is under the reserved number `id`.
    fn emit(&mut self, id: ObjectId, object: &Object) -> Result<()> {
        self.begin(id)?;
        let mut body = Counted {
            inner: &mut self.out,
            count: 0,
        };
        let lead: &[u8] = if Writer::need_separator(object) {
            b" "
        } else {
            b""
        };
        let written = body
            .write_all(lead)
            .and_then(|_| Writer::write_object(&mut body, object));
        let count = body.count;
        written.map_err(|e| self.io(e))?;
        self.pos += count;
        let end: &[u8] = if Writer::need_end_separator(object) {
            b" \nendobj\n"
        } else {
            b"\nendobj\n"
        };
        self.raw(end)
    }

    /// Writes `object` under a new number.
    pub fn add(&mut self, object: &Object) -> Result<ObjectId> {
        let id = self.reserve();
        self.write(id, object)?;
        Ok(id)
    }

    /// Writes a stream whose data is `source` compressed with Flate as it
    /// is read, 64 KB at a time; its length follows as an object of its own.
    /// In a protected file the compressed data is held until it is
    /// encrypted, which takes it whole.
    pub fn add_flate_stream(
        &mut self,
        mut dict: Dictionary,
        source: &mut dyn Read,
    ) -> Result<ObjectId> {
        if self.crypt.is_some() {
            let mut enc =
                flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
            let data = std::io::copy(source, &mut enc)
                .and_then(|_| enc.finish())
                .map_err(|e| self.io(e))?;
            dict.set("Filter", "FlateDecode");
            let id = self.reserve();
            self.write_owned(id, Object::Stream(Stream::new(dict, data)))?;
            return Ok(id);
        }
        let id = self.reserve();
        let length = self.reserve();
        dict.set("Filter", "FlateDecode");
        dict.set("Length", length);
        self.begin(id)?;
        let mut head = Vec::new();
        Writer::write_object(&mut head, &Object::Dictionary(dict)).map_err(|e| self.io(e))?;
        head.extend_from_slice(b"stream\n");
        self.raw(&head)?;
        let mut enc = flate2::write::ZlibEncoder::new(
            Counted {
                inner: &mut self.out,
                count: 0,
            },
            flate2::Compression::default(),
        );
        let copied = std::io::copy(source, &mut enc).and_then(|_| enc.finish());
        let counted = match copied {
            Ok(c) => c.count,
            Err(e) => return Err(self.io(e)),
        };
        self.pos += counted;
        self.raw(b"\nendstream\nendobj\n")?;
        self.write(length, &Object::Integer(counted as i64))?;
        Ok(id)
    }

    /// Moves what `roots` use of `doc` into the file: every object they
    /// reach is renumbered, written and dropped. Returns `roots` with their
    /// references renumbered; references to objects `doc` lacks become
    /// null. The roots themselves are not written.
    pub fn put(&mut self, mut doc: Document, mut roots: Vec<Object>) -> Result<Vec<Object>> {
        let mut map: HashMap<ObjectId, ObjectId> = HashMap::new();
        let mut queue = VecDeque::new();
        for root in roots.iter_mut() {
            self.renumber(root, &doc, &mut map, &mut queue);
        }
        while let Some(old) = queue.pop_front() {
            let Some(mut object) = doc.objects.remove(&old) else {
                continue;
            };
            self.renumber(&mut object, &doc, &mut map, &mut queue);
            self.write_owned(map[&old], object)?;
        }
        Ok(roots)
    }

    /// Renumbers the references in `o`, giving each object of `doc` met for
    /// the first time a number and queueing it.
    fn renumber(
        &mut self,
        o: &mut Object,
        doc: &Document,
        map: &mut HashMap<ObjectId, ObjectId>,
        queue: &mut VecDeque<ObjectId>,
    ) {
        match o {
            Object::Reference(id) => match map.get(id) {
                Some(new) => *id = *new,
                None if doc.objects.contains_key(id) => {
                    let new = self.reserve();
                    map.insert(*id, new);
                    queue.push_back(*id);
                    *id = new;
                }
                None => *o = Object::Null,
            },
            Object::Array(a) => a.iter_mut().for_each(|x| self.renumber(x, doc, map, queue)),
            Object::Dictionary(d) => d
                .iter_mut()
                .for_each(|(_, v)| self.renumber(v, doc, map, queue)),
            Object::Stream(s) => s
                .dict
                .iter_mut()
                .for_each(|(_, v)| self.renumber(v, doc, map, queue)),
            _ => {}
        }
    }

    /// Writes whatever was reserved and not written as null, then the
    /// cross-reference table and the trailer (with `Root` and `Info`, and
    /// for a protected file `Encrypt` and `ID`); returns the file's size.
    pub fn finish(mut self, root: ObjectId, info: ObjectId) -> Result<u64> {
        for i in 0..self.offsets.len() {
            if self.offsets[i] == UNWRITTEN {
                self.write((i as u32 + 1, 0), &Object::Null)?;
            }
        }
        let start = self.pos;
        let mut table = Vec::with_capacity(self.offsets.len() * 20 + 64);
        table.extend_from_slice(format!("xref\n0 {}\n", self.offsets.len() + 1).as_bytes());
        table.extend_from_slice(b"0000000000 65535 f\r\n");
        for offset in &self.offsets {
            table.extend_from_slice(format!("{offset:010} 00000 n\r\n").as_bytes());
        }
        let mut trailer = Dictionary::new();
        trailer.set("Size", self.offsets.len() as i64 + 1);
        trailer.set("Root", root);
        trailer.set("Info", info);
        if let Some(crypt) = &self.crypt {
            trailer.set("Encrypt", crypt.dict);
            let id = Object::String(crypt.file_id.clone(), StringFormat::Hexadecimal);
            trailer.set("ID", vec![id.clone(), id]);
        }
        table.extend_from_slice(b"trailer\n");
        Writer::write_object(&mut table, &Object::Dictionary(trailer)).map_err(|e| self.io(e))?;
        table.extend_from_slice(format!("\nstartxref\n{start}\n%%EOF\n").as_bytes());
        self.raw(&table)?;
        self.out.flush().map_err(|e| self.io(e))?;
        Ok(self.pos)
    }
}

/// Counts what passes through to the writer below.
struct Counted<'a, W: Write> {
    inner: &'a mut W,
    count: u64,
}

impl<W: Write> Write for Counted<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.count += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::{dictionary, LoadOptions};

    #[test]
    fn a_written_file_reads_back_with_every_object() {
        let mut bytes = Vec::new();
        let (root, info) = {
            let mut sink = Sink::new(&mut bytes, Path::new("test.pdf")).unwrap();
            let pages = sink.reserve();
            let page = sink.reserve();
            let mut side = Document::with_version("1.7");
            let content = side.add_object(Stream::new(dictionary! {}, b"0 0 10 10 re f".to_vec()));
            side.add_object(dictionary! { "Unused" => true });
            let roots = sink.put(side, vec![Object::Reference(content)]).unwrap();
            let page_dict = dictionary! {
                "Type" => "Page", "Parent" => pages, "Contents" => roots[0].clone(),
                "MediaBox" => vec![0.into(), 0.into(), 100.into(), 100.into()],
            };
            sink.write(page, &Object::Dictionary(page_dict)).unwrap();
            sink.write(
                pages,
                &Object::Dictionary(
                    dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
                ),
            )
            .unwrap();
            let file = sink
                .add_flate_stream(dictionary! { "Type" => "EmbeddedFile" }, &mut &b"hello"[..])
                .unwrap();
            let root = sink
                .add(&Object::Dictionary(
                    dictionary! { "Type" => "Catalog", "Pages" => pages, "File" => file },
                ))
                .unwrap();
            let info = sink.add(&Object::Dictionary(dictionary! {})).unwrap();
            sink.finish(root, info).unwrap();
            (root, info)
        };
        let doc = Document::load_mem(&bytes).unwrap();
        assert_eq!(doc.get_pages().len(), 1);
        assert_eq!(
            doc.trailer.get(b"Root").unwrap().as_reference().unwrap(),
            root
        );
        assert_eq!(
            doc.trailer.get(b"Info").unwrap().as_reference().unwrap(),
            info
        );
        assert!(doc.xref_recovery.is_none(), "the table is read as written");
        let catalog = doc.get_dictionary(root).unwrap();
        let file = catalog.get(b"File").unwrap().as_reference().unwrap();
        let stream = doc.get_object(file).unwrap().as_stream().unwrap();
        assert_eq!(stream.decompressed_content().unwrap(), b"hello");
        assert!(
            !doc.objects
                .values()
                .any(|o| o.as_dict().map(|d| d.has(b"Unused")).unwrap_or(false)),
            "what the roots do not reach stays out"
        );
    }

    #[test]
    fn a_protected_file_opens_only_with_its_password_and_reads_back_whole() {
        let mut bytes = Vec::new();
        {
            let mut sink = Sink::new(&mut bytes, Path::new("test.pdf")).unwrap();
            sink.protect("µy pässword").unwrap();
            assert!(sink.protected());
            let pages = sink.reserve();
            let page = sink.reserve();
            let content = sink
                .add(&Object::Stream(Stream::new(
                    dictionary! {},
                    b"BT (Secret words) Tj ET".to_vec(),
                )))
                .unwrap();
            let page_dict = dictionary! {
                "Type" => "Page", "Parent" => pages, "Contents" => content,
                "MediaBox" => vec![0.into(), 0.into(), 100.into(), 100.into()],
            };
            sink.write(page, &Object::Dictionary(page_dict)).unwrap();
            sink.write(
                pages,
                &Object::Dictionary(
                    dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
                ),
            )
            .unwrap();
            let file = sink
                .add_flate_stream(
                    dictionary! { "Type" => "EmbeddedFile" },
                    &mut &b"attached words"[..],
                )
                .unwrap();
            let root = sink
                .add(&Object::Dictionary(
                    dictionary! { "Type" => "Catalog", "Pages" => pages, "File" => file },
                ))
                .unwrap();
            let info = sink
                .add(&Object::Dictionary(
                    dictionary! { "Title" => Object::string_literal("Private title") },
                ))
                .unwrap();
            sink.finish(root, info).unwrap();
        }
        for secret in [&b"Secret words"[..], b"Private title", b"attached words"] {
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret),
                "{} is in clear",
                String::from_utf8_lossy(secret)
            );
        }
        let open =
            |pw: &str| Document::load_mem_with_options(&bytes, LoadOptions::with_password(pw));
        assert!(open("").is_err() && open("wrong").is_err());
        let doc = open("µy pässword").unwrap();
        let state = doc.encryption_state.as_ref().unwrap();
        assert_eq!((state.version(), state.revision()), (5, 6));
        assert_eq!(state.permissions() & permissions(), permissions());
        assert!(!state.permissions().contains(Permissions::MODIFIABLE));
        assert_eq!(doc.get_pages().len(), 1);
        let info = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
        let title = doc.get_dictionary(info).unwrap().get(b"Title").unwrap();
        assert_eq!(title.as_str().unwrap(), b"Private title");
        let root = doc.trailer.get(b"Root").unwrap().as_reference().unwrap();
        let file = doc.get_dictionary(root).unwrap().get(b"File").unwrap();
        let stream = doc.get_object(file.as_reference().unwrap()).unwrap();
        assert_eq!(
            stream.as_stream().unwrap().decompressed_content().unwrap(),
            b"attached words"
        );
        let page = doc.get_pages()[&1];
        // Read whole, each content stream followed by a line break.
        assert_eq!(doc.get_page_content(page), b"BT (Secret words) Tj ET\n");
    }

    #[test]
    fn a_password_is_set_before_anything_is_written_and_is_not_empty() {
        let mut bytes = Vec::new();
        let mut sink = Sink::new(&mut bytes, Path::new("test.pdf")).unwrap();
        assert_eq!(
            sink.protect("").unwrap_err().field.as_deref(),
            Some("password")
        );
        sink.add(&Object::Null).unwrap();
        let late = sink.protect("secret").unwrap_err();
        assert!(late.message.contains("test.pdf"), "{late}");
        assert!(!sink.protected());
    }
}
