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

use crate::error::{Error, Result};
use lopdf::{Dictionary, Document, Object, ObjectId, Writer};
use std::collections::{HashMap, VecDeque};
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};

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
}

impl<W: Write> Sink<W> {
    /// Starts a PDF 1.7 file on `out`; `path` names it in errors.
    pub fn new(out: W, path: &Path) -> Result<Self> {
        let mut sink = Sink {
            out: BufWriter::with_capacity(256 << 10, out),
            pos: 0,
            offsets: Vec::new(),
            path: path.to_path_buf(),
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
    pub fn add_flate_stream(
        &mut self,
        mut dict: Dictionary,
        source: &mut dyn Read,
    ) -> Result<ObjectId> {
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
            self.write(map[&old], &object)?;
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
    /// cross-reference table and the trailer (with `Root` and `Info`);
    /// returns the file's size.
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
    use lopdf::{dictionary, Stream};

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
}
