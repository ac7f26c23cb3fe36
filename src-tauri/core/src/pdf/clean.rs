//! Reading a report PDF defensively: its pages and only what they use are
//! copied into a fresh document, so that whatever the file holds (loops in
//! its page tree, objects of the wrong type, broken or enormous streams,
//! deep nesting), what joins the bundle is well formed.
//!
//! The copy is bounded: page count, object count, nesting depth, the size
//! a stream may unpack to, the pixels an image may claim and a deadline are
//! checked as it goes (see [`Limits`]). Why a PDF cannot be used, and
//! what was repaired, is said in the catalogue's words (`enclose-` keys).

use super::enclose::Limits;
use crate::i18n::{Arg, Catalogue};
use lopdf::{Dictionary, Document, Object, ObjectId, Stream};
use std::collections::{HashMap, HashSet, VecDeque};
use std::io::Read;
use std::time::Instant;

/// A report PDF reduced to its pages, ready to join the bundle.
pub struct CleanPdf {
    /// Holds only the pages (without a `Parent`) and what they use.
    pub doc: Document,
    /// The pages, in reading order.
    pub pages: Vec<ObjectId>,
    /// What had to be repaired, in plain words in the catalogue's language
    /// (empty when nothing).
    pub repairs: Vec<String>,
}

/// Why a PDF could not be used.
pub enum Trouble {
    /// Damaged or protected: explained on a page.
    Damaged(String),
    /// Trips a safety limit (too big, too deep, too slow).
    Refused(String),
}

/// Attributes a page inherits from the page-tree nodes above it.
#[derive(Clone, Default)]
struct Inherited {
    resources: Option<Object>,
    media_box: Option<Object>,
    crop_box: Option<Object>,
    rotate: Option<Object>,
}

impl Inherited {
    fn under(&self, node: &Dictionary) -> Inherited {
        let take = |key: &[u8], old: &Option<Object>| node.get(key).ok().cloned().or(old.clone());
        Inherited {
            resources: take(b"Resources", &self.resources),
            media_box: take(b"MediaBox", &self.media_box),
            crop_box: take(b"CropBox", &self.crop_box),
            rotate: take(b"Rotate", &self.rotate),
        }
    }
}

/// Follows references (a few hops at most) to the object meant.
fn resolve<'a>(doc: &'a Document, mut o: &'a Object) -> Option<&'a Object> {
    for _ in 0..8 {
        match o {
            Object::Reference(id) => o = doc.objects.get(id)?,
            other => return Some(other),
        }
    }
    None
}

fn type_of(d: &Dictionary) -> Option<&[u8]> {
    d.get(b"Type").and_then(Object::as_name).ok()
}

const GENERAL_FILTERS: [&[u8]; 5] = [
    b"FlateDecode",
    b"LZWDecode",
    b"ASCII85Decode",
    b"ASCIIHexDecode",
    b"RunLengthDecode",
];

/// Reads and copies a PDF's pages. `bytes` is the whole file, dropped once
/// it is parsed: at most the parsed report and its copy are held then.
/// Troubles and repairs are said in `words`.
pub fn clean(
    bytes: Vec<u8>,
    limits: &Limits,
    deadline: Instant,
    words: &Catalogue,
) -> Result<CleanPdf, Trouble> {
    let w = words;
    // Pages written plainly in the file are counted before it is parsed,
    // so that a file of thousands of tiny pages costs no more than that.
    let plain_pages = bytes
        .windows(6)
        .filter(|w| w.starts_with(b"/Page") && !w[5].is_ascii_alphanumeric())
        .count();
    if plain_pages > limits.max_pages * 2 {
        return Err(too_many_pages(w, limits));
    }
    let opts = lopdf::LoadOptions {
        max_decompressed_size: Some(limits.max_decoded_bytes),
        ..Default::default()
    };
    let src = Document::load_mem_with_options(&bytes, opts).map_err(|e| {
        if matches!(e, lopdf::Error::Decryption(_)) || e.to_string().contains("ncrypt") {
            Trouble::Damaged(w.t("enclose-password"))
        } else {
            Trouble::Damaged(w.t_with(
                "enclose-pdf-damaged",
                &[("error", Arg::Text(&e.to_string()))],
            ))
        }
    })?;
    drop(bytes);
    if src.trailer.has(b"Encrypt") || src.is_encrypted() {
        return Err(Trouble::Damaged(w.t("enclose-password")));
    }
    if src.objects.len() > limits.max_objects {
        return Err(Trouble::Refused(w.t_with(
            "enclose-too-many-objects",
            &[
                ("count", Arg::Text(&src.objects.len().to_string())),
                ("max", Arg::Text(&limits.max_objects.to_string())),
            ],
        )));
    }
    late(deadline, limits, w)?;
    // Each stream's data is moved, not copied, into the clean document.
    let mut src = src;
    let bodies = src
        .objects
        .iter_mut()
        .filter_map(|(id, o)| match o {
            Object::Stream(s) => Some((*id, std::mem::take(&mut s.content))),
            _ => None,
        })
        .collect();
    let mut c = Copier {
        src: &src,
        bodies,
        out: Document::with_version("1.7"),
        map: HashMap::new(),
        queue: VecDeque::new(),
        limits,
        deadline,
        repairs: Vec::new(),
        deep: false,
        copied: 0,
        words: w,
    };
    let pages = page_list(&src, limits, deadline, &mut c.repairs, w)?;
    let new_ids: Vec<ObjectId> = pages
        .iter()
        .map(|(id, _)| {
            let n = c.out.new_object_id();
            c.map.insert(*id, n);
            n
        })
        .collect();
    for ((old, inherited), new) in pages.iter().zip(&new_ids) {
        late(deadline, limits, w)?;
        let page = c.page(*old, inherited)?;
        c.out.objects.insert(*new, Object::Dictionary(page));
        c.drain()?;
    }
    if c.deep {
        c.repairs.push(w.t("enclose-repair-too-deep"));
    }
    Ok(CleanPdf {
        doc: c.out,
        pages: new_ids,
        repairs: c.repairs,
    })
}

fn late(deadline: Instant, limits: &Limits, words: &Catalogue) -> Result<(), Trouble> {
    if Instant::now() > deadline {
        Err(Trouble::Refused(super::enclose::too_slow(
            words,
            limits.seconds.as_secs(),
        )))
    } else {
        Ok(())
    }
}

fn too_many_pages(words: &Catalogue, limits: &Limits) -> Trouble {
    Trouble::Refused(words.t_with(
        "enclose-too-many-pages",
        &[("max", Arg::Text(&limits.max_pages.to_string()))],
    ))
}

/// The pages in reading order with what they inherit, walking the page tree
/// without trusting it: loops, non-dictionaries and claimed counts are
/// ignored; depth and page count are bounded.
fn page_list(
    src: &Document,
    limits: &Limits,
    deadline: Instant,
    repairs: &mut Vec<String>,
    words: &Catalogue,
) -> Result<Vec<(ObjectId, Inherited)>, Trouble> {
    let w = words;
    let none = || Trouble::Damaged(w.t("enclose-no-pages"));
    let catalog = src
        .trailer
        .get(b"Root")
        .ok()
        .and_then(|r| resolve(src, r))
        .and_then(|o| o.as_dict().ok())
        .ok_or_else(none)?;
    let root = match catalog.get(b"Pages") {
        Ok(Object::Reference(id)) => *id,
        _ => return Err(none()),
    };
    let mut visited = HashSet::new();
    let mut pages = Vec::new();
    let mut skipped = 0usize;
    let mut looped = false;
    let mut stack = vec![(root, Inherited::default(), 0usize)];
    let mut steps = 0usize;
    while let Some((id, inherited, depth)) = stack.pop() {
        steps += 1;
        if steps.is_multiple_of(256) {
            late(deadline, limits, w)?;
        }
        if steps > limits.max_objects {
            return Err(Trouble::Refused(w.t("enclose-page-tree-too-large")));
        }
        if !visited.insert(id) {
            looped = true;
            continue;
        }
        if depth > limits.max_depth {
            return Err(Trouble::Refused(w.t_with(
                "enclose-page-tree-too-deep",
                &[("max", Arg::Text(&limits.max_depth.to_string()))],
            )));
        }
        let Some(dict) = src.objects.get(&id).and_then(|o| o.as_dict().ok()) else {
            skipped += 1;
            continue;
        };
        let inherited = inherited.under(dict);
        let kids = dict.get(b"Kids").ok().and_then(|k| resolve(src, k));
        let is_node = match type_of(dict) {
            Some(b"Pages") => true,
            Some(b"Page") => false,
            _ => kids.is_some(),
        };
        if is_node {
            let Some(Object::Array(kids)) = kids else {
                continue;
            };
            for kid in kids.iter().rev() {
                match kid {
                    Object::Reference(k) => stack.push((*k, inherited.clone(), depth + 1)),
                    _ => skipped += 1,
                }
            }
        } else {
            pages.push((id, inherited));
            if pages.len() > limits.max_pages {
                return Err(too_many_pages(w, limits));
            }
        }
    }
    if pages.is_empty() {
        return Err(none());
    }
    if looped {
        repairs.push(w.t("enclose-repair-page-loop"));
    }
    if skipped > 0 {
        repairs.push(w.t_with("enclose-repair-page-entries", &[("count", skipped.into())]));
    }
    Ok(pages)
}

/// Copies objects from the report into a fresh document.
struct Copier<'a> {
    src: &'a Document,
    /// The data of the report's streams (taken out of `src`), until copied.
    bodies: HashMap<ObjectId, Vec<u8>>,
    out: Document,
    /// Report object to its copy.
    map: HashMap<ObjectId, ObjectId>,
    /// Report objects given an ID in `out` but not yet copied.
    queue: VecDeque<ObjectId>,
    limits: &'a Limits,
    deadline: Instant,
    repairs: Vec<String>,
    deep: bool,
    copied: usize,
    /// The words troubles and repairs are said in.
    words: &'a Catalogue,
}

impl Copier<'_> {
    /// The copy of a page dictionary: inherited attributes set on it, boxes
    /// and rotation checked, resources a dictionary, contents readable.
    fn page(&mut self, id: ObjectId, inherited: &Inherited) -> Result<Dictionary, Trouble> {
        let src = self.src;
        let dict = src
            .objects
            .get(&id)
            .and_then(|o| o.as_dict().ok())
            .cloned()
            .unwrap_or_default();
        let mut page = Dictionary::new();
        for (k, v) in dict.iter() {
            match k.as_slice() {
                b"Parent" | b"Kids" | b"Contents" | b"Resources" | b"MediaBox" | b"CropBox"
                | b"Rotate" | b"StructParents" | b"Tabs" | b"B" | b"Type" | b"Count" => {}
                _ => {
                    let v = self.convert(v, 0);
                    page.set(k.clone(), v);
                }
            }
        }
        page.set("Type", "Page");
        let media = inherited
            .media_box
            .as_ref()
            .and_then(|b| rect(src, b))
            .unwrap_or([0.0, 0.0, 612.0, 792.0]);
        page.set("MediaBox", rect_object(media));
        if let Some(crop) = inherited.crop_box.as_ref().and_then(|b| rect(src, b)) {
            page.set("CropBox", rect_object(crop));
        }
        if let Some(r) = inherited
            .rotate
            .as_ref()
            .and_then(|r| resolve(src, r))
            .and_then(|r| r.as_i64().ok())
            .filter(|r| r % 90 == 0 && r.abs() <= 3600)
        {
            page.set("Rotate", r.rem_euclid(360));
        }
        let resources = inherited
            .resources
            .as_ref()
            .and_then(|r| resolve(src, r))
            .and_then(|r| r.as_dict().ok())
            .map(|d| self.convert(&Object::Dictionary(d.clone()), 0))
            .map(without_missing)
            .unwrap_or_else(|| Object::Dictionary(Dictionary::new()));
        page.set("Resources", resources);
        let contents = self.contents(dict.get(b"Contents").ok())?;
        page.set("Contents", contents);
        Ok(page)
    }

    /// A page's content streams, kept as they are when they read cleanly,
    /// else decoded, cut back to the last whole instruction and stored anew.
    fn contents(&mut self, contents: Option<&Object>) -> Result<Object, Trouble> {
        let src = self.src;
        let mut ids: Vec<ObjectId> = Vec::new();
        let mut direct: Vec<&Stream> = Vec::new();
        let mut broken = false;
        match contents.map(|c| (c, resolve(src, c))) {
            None => {}
            Some((Object::Reference(id), Some(Object::Stream(_)))) => ids.push(*id),
            Some((_, Some(Object::Stream(s)))) => direct.push(s),
            Some((_, Some(Object::Array(a)))) => {
                for item in a.iter().take(10_000) {
                    match (item, resolve(src, item)) {
                        (Object::Reference(id), Some(Object::Stream(_))) => ids.push(*id),
                        (_, Some(Object::Stream(s))) => direct.push(s),
                        _ => broken = true,
                    }
                }
            }
            Some(_) => broken = true,
        }
        let streams: Vec<(&Dictionary, &[u8])> = ids
            .iter()
            .filter_map(|id| {
                let s = src.objects.get(id).and_then(|o| o.as_stream().ok())?;
                Some((
                    &s.dict,
                    self.bodies.get(id).map(Vec::as_slice).unwrap_or(&[]),
                ))
            })
            .chain(direct.iter().map(|s| (&s.dict, s.content.as_slice())))
            .collect();
        let mut joined = Vec::new();
        for (dict, content) in streams {
            let (data, strict) = self.decode_content(dict, content)?;
            broken |= !strict;
            joined.extend_from_slice(&data);
            joined.push(b'\n');
            if joined.len() > self.limits.max_decoded_bytes {
                return Err(self.too_big_held());
            }
        }
        let whole = content_end(&joined);
        if !broken && direct.is_empty() && whole == joined.len() {
            let refs: Vec<Object> = ids
                .iter()
                .map(|id| self.convert(&Object::Reference(*id), 0))
                .collect();
            return Ok(Object::Array(refs));
        }
        self.repairs
            .push(self.words.t("enclose-repair-content-cut"));
        joined.truncate(whole);
        let id = self
            .out
            .add_object(super::font::compressed(Dictionary::new(), joined));
        Ok(Object::Array(vec![Object::Reference(id)]))
    }

    fn too_big_held(&self) -> Trouble {
        self.unpacks_to_more_than(self.limits.max_decoded_bytes)
    }

    fn too_big(&self) -> Trouble {
        self.unpacks_to_more_than(self.limits.max_stream_bytes)
    }

    fn unpacks_to_more_than(&self, bytes: usize) -> Trouble {
        Trouble::Refused(self.words.t_with(
            "enclose-unpacks-too-large",
            &[("max", Arg::Text(&(bytes >> 20).to_string()))],
        ))
    }

    /// A content stream's bytes, and whether they are stored in a way every
    /// reader decodes the same (plain, or Flate without a predictor).
    fn decode_content(
        &self,
        dict: &Dictionary,
        content: &[u8],
    ) -> Result<(Vec<u8>, bool), Trouble> {
        let filters = match dict.get(b"Filter") {
            Err(_) => Vec::new(),
            Ok(_) => match filter_names(dict) {
                Ok(f) => f,
                Err(_) => vec![b"?".to_vec()],
            },
        };
        if filters.is_empty() {
            if content.len() > self.limits.max_decoded_bytes {
                return Err(self.too_big_held());
            }
            return Ok((content.to_vec(), true));
        }
        let plain_flate = filters.len() == 1
            && filters[0] == b"FlateDecode"
            && !has_predictor(dict.get(b"DecodeParms").ok());
        let held = self.limits.max_decoded_bytes;
        if plain_flate {
            // Measured before it is kept, so that a bomb costs no memory.
            if let Inflated::TooBig = inflate(content, self.limits.max_stream_bytes, None) {
                return Err(self.too_big());
            }
            let mut data = Vec::new();
            match inflate(content, held, Some(&mut data)) {
                Inflated::Whole => return Ok((data, true)),
                Inflated::TooBig => return Err(self.too_big_held()),
                Inflated::Broken => {}
            }
        }
        match Stream::new(dict.clone(), content.to_vec()).decompressed_content_with_limit(held) {
            Ok(d) => Ok((d, false)),
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded {
                ..
            })) => Err(self.too_big_held()),
            Err(_) => Ok((Vec::new(), false)),
        }
    }

    /// Copies the queued objects (and what they refer to).
    fn drain(&mut self) -> Result<(), Trouble> {
        while let Some(old) = self.queue.pop_front() {
            self.copied += 1;
            if self.copied.is_multiple_of(256) {
                late(self.deadline, self.limits, self.words)?;
            }
            let new = self.map[&old];
            let src = self.src;
            let obj = match src.objects.get(&old) {
                Some(Object::Stream(s)) => {
                    let body = self.bodies.remove(&old).unwrap_or_default();
                    Object::Stream(self.stream(s, body)?)
                }
                Some(o) => self.convert(o, 0),
                None => Object::Null,
            };
            self.out.objects.insert(new, obj);
        }
        Ok(())
    }

    /// A stream other than page content: images checked for the pixels
    /// they claim, generally decodable filters checked, and repaired when
    /// they do not decode.
    fn stream(&mut self, s: &Stream, body: Vec<u8>) -> Result<Stream, Trouble> {
        let dict = match self.convert(&Object::Dictionary(s.dict.clone()), 0) {
            Object::Dictionary(d) => d,
            _ => Dictionary::new(),
        };
        let is_image = dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .map(|n| n == b"Image")
            .unwrap_or(false);
        if is_image {
            let num = |k: &[u8]| {
                s.dict
                    .get(k)
                    .ok()
                    .and_then(|o| resolve(self.src, o))
                    .and_then(|o| o.as_i64().ok())
                    .unwrap_or(0)
                    .max(0) as u64
            };
            let (w, h) = (num(b"Width"), num(b"Height"));
            if w > self.limits.max_side as u64
                || h > self.limits.max_side as u64
                || w * h > self.limits.max_pixels
            {
                return Err(Trouble::Refused(self.words.t_with(
                    "enclose-image-in-pdf-too-large",
                    &[
                        ("width", Arg::Text(&w.to_string())),
                        ("height", Arg::Text(&h.to_string())),
                    ],
                )));
            }
        }
        let filters: Vec<Vec<u8>> = match s.dict.get(b"Filter") {
            Err(_) => Vec::new(),
            Ok(_) => match filter_names(&s.dict) {
                Ok(f) => f,
                Err(_) => {
                    // A filter entry that is not a name: nobody can decode
                    // the bytes, so the stream is emptied.
                    self.repairs
                        .push(self.words.t("enclose-repair-broken-filter"));
                    let mut out = Stream::new(dict, Vec::new());
                    out.set_plain_content(Vec::new());
                    return Ok(out);
                }
            },
        };
        let general = filters
            .iter()
            .take_while(|f| GENERAL_FILTERS.contains(&f.as_slice()))
            .count();
        let mut out = Stream::new(dict, body);
        out.allows_compression = false;
        if is_image && filters.len() == 1 && filters[0] == b"DCTDecode" {
            // Strict readers (qpdf, many viewers) refuse a damaged JPEG;
            // what a lenient decoder reads of it is stored anew.
            if !super::enclose::strict_jpeg(&out.content, self.limits) {
                let components = match s.dict.get(b"ColorSpace").and_then(Object::as_name) {
                    Ok(b"DeviceGray") => 1,
                    Ok(b"DeviceRGB") => 3,
                    _ => 0,
                };
                let jpeg = super::enclose::reencoded_jpeg(&out.content, components, self.limits)
                    .ok_or_else(|| {
                        Trouble::Damaged(self.words.t("enclose-image-in-pdf-damaged"))
                    })?;
                self.repairs.push(self.words.t("enclose-repair-photo-anew"));
                out.set_content(jpeg);
                out.dict.remove(b"Decode");
            }
            return Ok(out);
        }
        if general == 0 {
            return Ok(out);
        }
        let parms = s.dict.get(b"DecodeParms").ok();
        let only_flate = general == 1 && filters[0] == b"FlateDecode";
        if only_flate {
            match inflate(&out.content, self.limits.max_stream_bytes, None) {
                // Predictor data that inflates is left to the reader.
                Inflated::Whole => return Ok(out),
                Inflated::TooBig => return Err(self.too_big()),
                _ => {}
            }
        }
        // Decode the general filters leniently and store the result plainly,
        // keeping any image filter after them.
        let mut head = Stream::new(s.dict.clone(), out.content.clone());
        head.dict.set(
            "Filter",
            filters[..general]
                .iter()
                .map(|f| Object::Name(f.clone()))
                .collect::<Vec<_>>(),
        );
        if let Some(Object::Array(p)) = parms {
            head.dict.set(
                "DecodeParms",
                p.iter().take(general).cloned().collect::<Vec<_>>(),
            );
        }
        let data = match head.decompressed_content_with_limit(self.limits.max_decoded_bytes) {
            Ok(d) => d,
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded {
                ..
            })) => return Err(self.too_big_held()),
            Err(_) => {
                self.repairs
                    .push(self.words.t("enclose-repair-stream-emptied"));
                Vec::new()
            }
        };
        let rest: Vec<Object> = filters[general..]
            .iter()
            .map(|f| Object::Name(f.clone()))
            .collect();
        let mut stream = super::font::compressed(out.dict.clone(), data);
        stream.dict.remove(b"DecodeParms");
        let mut all = vec![Object::Name(b"FlateDecode".to_vec())];
        all.extend(rest.iter().cloned());
        stream.dict.set("Filter", all);
        if let (Some(Object::Array(p)), false) = (parms, rest.is_empty()) {
            let mut ps = vec![Object::Null];
            ps.extend(p.iter().skip(general).cloned());
            stream.dict.set("DecodeParms", ps);
        }
        stream.allows_compression = false;
        Ok(stream)
    }

    /// A direct object converted: references mapped to copies (queued),
    /// references to the report's document structure or missing objects
    /// made null, nesting bounded.
    fn convert(&mut self, o: &Object, depth: usize) -> Object {
        if depth > self.limits.max_depth {
            self.deep = true;
            return Object::Null;
        }
        match o {
            Object::Reference(id) => self.reference(*id),
            Object::Array(a) => {
                Object::Array(a.iter().map(|x| self.convert(x, depth + 1)).collect())
            }
            Object::Dictionary(d) => {
                let mut n = Dictionary::new();
                for (k, v) in d.iter() {
                    let v = self.convert(v, depth + 1);
                    n.set(k.clone(), v);
                }
                Object::Dictionary(n)
            }
            Object::Stream(s) => {
                // Streams are never direct in a valid file; keep the bytes.
                let dict = match self.convert(&Object::Dictionary(s.dict.clone()), depth + 1) {
                    Object::Dictionary(d) => d,
                    _ => Dictionary::new(),
                };
                let mut st = Stream::new(dict, s.content.clone());
                st.allows_compression = false;
                let id = self.out.add_object(Object::Null);
                self.out.objects.insert(id, Object::Stream(st));
                Object::Reference(id)
            }
            other => other.clone(),
        }
    }

    fn reference(&mut self, id: ObjectId) -> Object {
        if let Some(n) = self.map.get(&id) {
            return Object::Reference(*n);
        }
        let Some(target) = self.src.objects.get(&id) else {
            return Object::Null;
        };
        let dict = match target {
            Object::Dictionary(d) => Some(d),
            Object::Stream(s) => Some(&s.dict),
            _ => None,
        };
        // The report's own structure stays behind; a page not enclosed is
        // not pulled in through a link.
        if let Some(t) = dict.and_then(type_of) {
            if matches!(
                t,
                b"Catalog" | b"Pages" | b"Page" | b"Outlines" | b"StructTreeRoot" | b"StructElem"
            ) {
                return Object::Null;
            }
        }
        if self.map.len() >= self.limits.max_objects {
            self.deep = true;
            return Object::Null;
        }
        let n = self.out.new_object_id();
        self.map.insert(id, n);
        self.queue.push_back(id);
        Object::Reference(n)
    }
}

/// Resources with what a damaged file lost left out: a resource whose
/// object is missing was made null, and readers refuse a null font or
/// a null list of fonts ("font resource is not a dictionary"); a page
/// without it still shows the rest.
fn without_missing(resources: Object) -> Object {
    let Object::Dictionary(d) = resources else {
        return Object::Dictionary(Dictionary::new());
    };
    let mut out = Dictionary::new();
    for (k, v) in d.into_iter() {
        match v {
            Object::Null => {}
            Object::Dictionary(inner) => {
                let kept: Dictionary = inner
                    .into_iter()
                    .filter(|(_, x)| !matches!(x, Object::Null))
                    .collect();
                out.set(k, Object::Dictionary(kept));
            }
            other => out.set(k, other),
        }
    }
    Object::Dictionary(out)
}

/// The filters a stream dictionary names, as lopdf reads them: a name or
/// an array of names.
fn filter_names(dict: &Dictionary) -> lopdf::Result<Vec<Vec<u8>>> {
    let filter = dict.get(b"Filter")?;
    if let Ok(name) = filter.as_name() {
        Ok(vec![name.to_vec()])
    } else {
        filter
            .as_array()?
            .iter()
            .map(|n| n.as_name().map(<[u8]>::to_vec))
            .collect()
    }
}

fn has_predictor(parms: Option<&Object>) -> bool {
    let parms = match parms {
        Some(Object::Array(a)) => a.first(),
        other => other,
    };
    parms
        .and_then(|p| p.as_dict().ok())
        .and_then(|d| d.get(b"Predictor").ok())
        .and_then(|p| p.as_i64().ok())
        .map(|p| p > 1)
        .unwrap_or(false)
}

enum Inflated {
    Whole,
    TooBig,
    Broken,
}

/// Inflates zlib data strictly (as qpdf and viewers do), counting at most
/// `cap` bytes of output; keeps the output in `keep` when given.
fn inflate(data: &[u8], cap: usize, mut keep: Option<&mut Vec<u8>>) -> Inflated {
    let mut dec = flate2::read::ZlibDecoder::new(data);
    let mut buf = vec![0u8; 64 * 1024];
    let mut total = 0usize;
    loop {
        match dec.read(&mut buf) {
            Ok(0) => return Inflated::Whole,
            Ok(n) => {
                total += n;
                if total > cap {
                    return Inflated::TooBig;
                }
                if let Some(k) = keep.as_deref_mut() {
                    k.extend_from_slice(&buf[..n]);
                }
            }
            Err(_) => return Inflated::Broken,
        }
    }
}

fn rect(doc: &Document, o: &Object) -> Option<[f32; 4]> {
    let a = resolve(doc, o)?.as_array().ok()?;
    if a.len() != 4 {
        return None;
    }
    let mut v = [0f32; 4];
    for (slot, x) in v.iter_mut().zip(a) {
        *slot = resolve(doc, x)?.as_float().ok()?;
        if !slot.is_finite() || slot.abs() > 1.0e5 {
            return None;
        }
    }
    let r = [
        v[0].min(v[2]),
        v[1].min(v[3]),
        v[0].max(v[2]),
        v[1].max(v[3]),
    ];
    (r[2] - r[0] >= 1.0 && r[3] - r[1] >= 1.0).then_some(r)
}

fn rect_object(r: [f32; 4]) -> Object {
    Object::Array(r.iter().map(|v| Object::Real(*v)).collect())
}

/// The length of the longest start of a content stream that ends after a
/// whole instruction, outside any string, array, dictionary or inline
/// image: the whole length when the stream reads cleanly.
pub fn content_end(b: &[u8]) -> usize {
    let ws = |c: u8| matches!(c, 0 | 9 | 10 | 12 | 13 | 32);
    let delim = |c: u8| ws(c) || b"()<>[]{}/%".contains(&c);
    let mut i = 0;
    let mut safe = 0;
    let mut depth = 0i32;
    while i < b.len() {
        let c = b[i];
        if ws(c) {
            i += 1;
            if depth == 0 {
                safe = i;
            }
            continue;
        }
        match c {
            b'%' => {
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
            }
            b'(' => {
                let mut n = 1;
                i += 1;
                while i < b.len() && n > 0 {
                    match b[i] {
                        b'\\' => i += 1,
                        b'(' => n += 1,
                        b')' => n -= 1,
                        _ => {}
                    }
                    i += 1;
                }
                if n > 0 || i > b.len() {
                    return safe;
                }
            }
            b'<' if b.get(i + 1) == Some(&b'<') => {
                depth += 1;
                i += 2;
            }
            b'>' if b.get(i + 1) == Some(&b'>') => {
                depth -= 1;
                if depth < 0 {
                    return safe;
                }
                i += 2;
            }
            b'<' => {
                i += 1;
                while i < b.len() && b[i] != b'>' {
                    if !(b[i].is_ascii_hexdigit() || ws(b[i])) {
                        return safe;
                    }
                    i += 1;
                }
                if i >= b.len() {
                    return safe;
                }
                i += 1;
            }
            b'[' | b'{' => {
                depth += 1;
                i += 1;
            }
            b']' | b'}' => {
                depth -= 1;
                if depth < 0 {
                    return safe;
                }
                i += 1;
            }
            b')' | b'>' => return safe,
            _ => {
                let start = i;
                i += 1;
                while i < b.len() && !delim(b[i]) {
                    i += 1;
                }
                let token = &b[start..i];
                if token.starts_with(b"/") {
                    // A name: '/' then regular characters.
                } else if token == b"ID" {
                    // Inline image data runs to "EI" between white space.
                    let mut j = i + 1;
                    loop {
                        if j + 2 > b.len() {
                            return safe;
                        }
                        if ws(b[j - 1])
                            && &b[j..j + 2] == b"EI"
                            && (j + 2 == b.len() || ws(b[j + 2]))
                        {
                            break;
                        }
                        j += 1;
                    }
                    i = j + 2;
                } else if token.iter().any(|c| *c < 32 || *c > 126) {
                    return safe;
                }
            }
        }
        if depth == 0 {
            safe = i;
        }
    }
    if depth != 0 {
        return safe;
    }
    i.min(b.len())
}

#[cfg(test)]
mod tests {
    use super::content_end;

    #[test]
    fn content_is_cut_back_to_the_last_whole_instruction() {
        let whole = b"BT /F1 12 Tf (a (nested) string) Tj ET [1 2] 0 d <</A 1>> BDC EMC";
        assert_eq!(content_end(whole), whole.len());
        let cut = b"BT /F1 12 Tf (never closed";
        assert_eq!(&cut[..content_end(cut)], b"BT /F1 12 Tf ");
        let stray = b"q Q ] 1 0 0 1 0 0 cm";
        assert_eq!(&stray[..content_end(stray)], b"q Q ");
        let open_array = b"q [1 2";
        assert_eq!(&open_array[..content_end(open_array)], b"q ");
        let inline = b"BI /W 1 /H 1 /CS /G /BPC 8 ID \xff EI Q";
        assert_eq!(content_end(inline), inline.len());
        let bad_hex = b"q <zz> Tj";
        assert_eq!(&bad_hex[..content_end(bad_hex)], b"q ");
    }
}
