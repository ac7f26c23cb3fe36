//! Turning report files into pages of the bundle: PDFs (their pages copied
//! defensively by [`clean`], repaired when they can be), photos and scans
//! (JPEG passed through untouched when its data reads cleanly, with its
//! EXIF orientation: a baseline photo's coded data is read without decoding
//! its pixels, any other is decoded strictly; PNG, GIF, WebP, BMP and every
//! page of a TIFF decoded), and for anything else, the reason it cannot be
//! shown.
//!
//! Every file is read within [`Limits`], on a worker thread ([`Readers`],
//! kept for a whole export) that catches a decoder's panic and is given up
//! on after a time ([`prepare_guarded`] for one file);
//! a file that trips a limit becomes [`Prepared::Refused`], shown on a page
//! that names it. [`check_file`] runs the same reading for an import.
//!
//! Every reason is written in the words of the catalogue given (the
//! bundle's language), from messages whose keys start with `enclose-`.

use super::clean::{self, CleanPdf, Trouble};
use super::font::compressed;
use super::sink::Sink;
use crate::i18n::{Arg, Catalogue};
use crate::media;
use crate::vault::Keys;
use lopdf::{dictionary, Object, ObjectId, Stream};
use std::path::Path;
use std::time::{Duration, Instant};

/// Bounds on the work and memory one report file may cause. A file that
/// trips one is not enclosed: a page names it and says why.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest report file read at all (bytes).
    pub max_file_bytes: u64,
    /// Most pages one PDF report may have. A real report of a few hundred
    /// pages fits; a file of thousands of tiny pages would cost gigabytes.
    pub max_pages: usize,
    /// Most objects one PDF may be made of.
    pub max_objects: usize,
    /// Deepest nesting of a page tree or of arrays and dictionaries.
    pub max_depth: usize,
    /// Most bytes one stream may unpack to; this stops "zip bombs".
    /// Checking a stream holds 64 KB of it at a time.
    pub max_stream_bytes: usize,
    /// Most bytes of unpacked data held at once: one page's content, an
    /// object stream, a damaged stream being repaired, a scan being shrunk.
    pub max_decoded_bytes: usize,
    /// Most pixels an image may claim, and the longest side.
    pub max_pixels: u64,
    pub max_side: u32,
    /// Most memory an image decoder may ask for (bytes).
    pub max_alloc: u64,
    /// Most pages of a multi-page TIFF.
    pub max_images: usize,
    /// Time to read one file.
    pub seconds: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 256 << 20,
            max_pages: 2_500,
            max_objects: 500_000,
            max_depth: 64,
            max_stream_bytes: 128 << 20,
            max_decoded_bytes: 48 << 20,
            max_pixels: 50_000_000,
            max_side: 30_000,
            max_alloc: 512 << 20,
            max_images: 500,
            seconds: Duration::from_secs(30),
        }
    }
}

/// What a report becomes in the bundle.
pub enum Prepared {
    /// A readable PDF reduced to its pages.
    Pdf(Box<CleanPdf>),
    /// One page per image.
    Images(Vec<Picture>),
    /// Cannot be shown as pages; listed, and the original attached.
    Listed(String),
    /// Should have been shown but could not; a page explains why, and the
    /// original is attached.
    Failed(String),
    /// Trips a safety limit, or made a reader fail: shown like `Failed`.
    Refused(String),
}

impl Prepared {
    /// Pages this report takes in the bundle.
    pub fn pages(&self) -> usize {
        match self {
            Prepared::Pdf(pdf) => pdf.pages.len(),
            Prepared::Images(images) => images.len(),
            Prepared::Listed(_) | Prepared::Failed(_) | Prepared::Refused(_) => 1,
        }
    }
}

/// A decoded or passed-through image, not yet in the bundle.
pub struct Picture {
    pub image: Stream,
    pub mask: Option<Stream>,
    pub width: u32,
    pub height: u32,
    pub orientation: u8,
}

impl Picture {
    /// Writes the image (and its mask) to the file.
    pub fn place<W: std::io::Write>(self, out: &mut Sink<W>) -> crate::error::Result<Placed> {
        let mut image = self.image;
        if let Some(mask) = self.mask {
            image.dict.set("SMask", out.add(&Object::Stream(mask))?);
        }
        Ok(Placed {
            object: out.add(&Object::Stream(image))?,
            width: self.width,
            height: self.height,
            orientation: self.orientation,
        })
    }
}

/// Prepares one report on a worker thread, so that a panic in a decoder, a
/// file that takes too long or a cancel (`go_on` returning false, asked
/// several times a second) never takes the export down. `None` means
/// cancelled. Reasons are written in `words`.
pub fn prepare_guarded(
    path: &Path,
    name: &str,
    max_px: Option<u32>,
    limits: &Limits,
    words: &'static Catalogue,
    go_on: &mut dyn FnMut() -> bool,
) -> Option<Prepared> {
    let readers = Readers::new(1);
    let job = readers.start(path, None, name, max_px, limits, words);
    readers.wait(job, go_on)
}

type Job = Box<dyn FnOnce() + Send>;

/// Worker threads that prepare reports, each one at a time, kept for a
/// whole export: what one report leaves in the memory allocator's care
/// is reused by the next, instead of every new thread taking memory of its
/// own. A worker given up on (a file that took too long) is replaced.
pub struct Readers {
    jobs: std::sync::mpsc::Sender<Job>,
    queue: std::sync::Arc<std::sync::Mutex<std::sync::mpsc::Receiver<Job>>>,
}

impl Readers {
    /// Starts `count` workers.
    pub fn new(count: usize) -> Readers {
        let (jobs, queue) = std::sync::mpsc::channel::<Job>();
        let readers = Readers {
            jobs,
            queue: std::sync::Arc::new(std::sync::Mutex::new(queue)),
        };
        for _ in 0..count {
            readers.add_worker();
        }
        readers
    }

    /// A worker takes jobs until the readers are dropped. One that cannot
    /// be started leaves the job waiting, and its reader gives up in time.
    fn add_worker(&self) {
        let queue = self.queue.clone();
        let _ = std::thread::Builder::new()
            .name("dossier-prepare".into())
            .stack_size(64 << 20)
            .spawn(move || loop {
                let job = match queue.lock() {
                    Ok(q) => q.recv(),
                    Err(_) => return,
                };
                match job {
                    Ok(job) => job(),
                    Err(_) => return,
                }
            });
    }

    /// Starts preparing a report; why it cannot be enclosed, if it cannot,
    /// is said in `words`.
    pub fn start(
        &self,
        path: &Path,
        keys: Option<Keys>,
        name: &str,
        max_px: Option<u32>,
        limits: &Limits,
        words: &'static Catalogue,
    ) -> Guarded {
        let (tx, rx) = std::sync::mpsc::channel();
        let (p, n, l) = (path.to_path_buf(), name.to_string(), limits.clone());
        let deadline = Instant::now() + limits.seconds;
        let job: Job = Box::new(move || {
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                prepare(&p, keys.as_ref(), &n, max_px, &l, deadline, words)
            }));
            let _ = tx.send(r);
        });
        let sent = self.jobs.send(job).map_err(|e| e.to_string());
        Guarded {
            result: sent.map(|_| rx),
            deadline,
            seconds: limits.seconds.as_secs(),
            words,
        }
    }

    /// Waits for a report started here; `None` when `go_on` cancels.
    pub fn wait(&self, job: Guarded, go_on: &mut dyn FnMut() -> bool) -> Option<Prepared> {
        let (prepared, given_up) = job.wait(go_on);
        if given_up {
            self.add_worker();
        }
        prepared
    }
}

/// A report being prepared by [`Readers`]; several may be at once.
pub struct Guarded {
    result: Result<std::sync::mpsc::Receiver<std::thread::Result<Prepared>>, String>,
    deadline: Instant,
    seconds: u64,
    words: &'static Catalogue,
}

impl Guarded {
    /// Waits for the report; `None` when `go_on` cancels. True when it was
    /// given up on while its worker may still be busy with it.
    fn wait(self, go_on: &mut dyn FnMut() -> bool) -> (Option<Prepared>, bool) {
        let rx = match self.result {
            Ok(rx) => rx,
            Err(e) => {
                let why = self
                    .words
                    .t_with("enclose-not-read-now", &[("error", Arg::Text(&e))]);
                return (Some(Prepared::Failed(why)), false);
            }
        };
        loop {
            match rx.recv_timeout(Duration::from_millis(100)) {
                Ok(Ok(p)) => return (Some(p), false),
                Ok(Err(panic)) => {
                    let msg = panic
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_default();
                    let detail = msg.chars().take(120).collect::<String>();
                    let why = self.words.t_with(
                        "enclose-reader-failed-detail",
                        &[("error", Arg::Text(&detail))],
                    );
                    return (Some(Prepared::Refused(why)), false);
                }
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                    let why = self.words.t("enclose-reader-failed");
                    return (Some(Prepared::Refused(why)), false);
                }
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                    if !go_on() {
                        return (None, false);
                    }
                    // A little grace over the deadline the reader checks itself.
                    if Instant::now() > self.deadline + Duration::from_secs(2) {
                        let why = too_slow(self.words, self.seconds);
                        return (Some(Prepared::Refused(why)), true);
                    }
                }
            }
        }
    }
}

/// Reads a file as the export would, to refuse it before it is added:
/// `Err` names the file and says, in English, which safety limit it trips
/// (or that it made a reader fail). Damaged files that the export explains
/// on a page are not refused.
pub fn check_file(path: &Path) -> Result<(), String> {
    check_file_with(path, &Limits::default())
}

/// [`check_file`] with chosen limits.
pub fn check_file_with(path: &Path, limits: &Limits) -> Result<(), String> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    match prepare_guarded(path, &name, None, limits, Catalogue::en(), &mut || true) {
        Some(Prepared::Refused(reason)) => Err(format!("{name}: {reason}")),
        _ => Ok(()),
    }
}

/// An image XObject in the output document, with its size in pixels and
/// the EXIF orientation (1 to 8) to draw it with.
pub struct Placed {
    pub object: ObjectId,
    pub width: u32,
    pub height: u32,
    pub orientation: u8,
}

impl Placed {
    /// Width and height as seen, after the orientation is applied.
    pub fn seen(&self) -> (f32, f32) {
        if self.orientation >= 5 {
            (self.height as f32, self.width as f32)
        } else {
            (self.width as f32, self.height as f32)
        }
    }

    /// The matrix drawing the image upright in the box at (x, y) of size
    /// (w, h) (the box already has the seen proportions).
    pub fn matrix(&self, x: f32, y: f32, w: f32, h: f32) -> [f32; 6] {
        match self.orientation {
            2 => [-w, 0.0, 0.0, h, x + w, y],
            3 => [-w, 0.0, 0.0, -h, x + w, y + h],
            4 => [w, 0.0, 0.0, -h, x, y + h],
            5 => [0.0, -h, -w, 0.0, x + w, y + h],
            6 => [0.0, -h, w, 0.0, x, y + h],
            7 => [0.0, h, w, 0.0, x, y],
            8 => [0.0, h, -w, 0.0, x + w, y],
            _ => [w, 0.0, 0.0, h, x, y],
        }
    }
}

/// The media type a file name promises, from its extension.
fn promised(name: &str) -> Option<&'static str> {
    let ext = Path::new(name).extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "pdf" => media::PDF,
        "jpg" | "jpeg" => media::JPEG,
        "png" => media::PNG,
        "gif" => media::GIF,
        "webp" => media::WEBP,
        "tif" | "tiff" => media::TIFF,
        "bmp" => media::BMP,
        "heic" | "heif" => media::HEIC,
        "dcm" | "dicom" => media::DICOM,
        _ => return None,
    })
}

/// "reading it took longer than 30 seconds", in `words`.
pub(crate) fn too_slow(words: &Catalogue, seconds: u64) -> String {
    words.t_with(
        "enclose-too-slow",
        &[("seconds", Arg::Text(&seconds.to_string()))],
    )
}

/// Prepares one report file. `name` is the file's original name; `max_px`
/// is the longest side an image may keep (email size), if any. Reading
/// stops with [`Prepared::Refused`] when a limit is tripped or `deadline`
/// passes; it may still panic on a crafted file, so call it through
/// [`prepare_guarded`]. Reasons are written in `words`.
pub fn prepare(
    path: &Path,
    keys: Option<&Keys>,
    name: &str,
    max_px: Option<u32>,
    limits: &Limits,
    deadline: Instant,
    words: &'static Catalogue,
) -> Prepared {
    let w = words;
    match std::fs::metadata(path) {
        Ok(m) if m.len() > limits.max_file_bytes => {
            return Prepared::Refused(w.t_with(
                "enclose-file-too-large",
                &[
                    ("size", Arg::Text(&(m.len() >> 20).to_string())),
                    ("max", Arg::Text(&(limits.max_file_bytes >> 20).to_string())),
                ],
            ))
        }
        _ => {}
    }
    let bytes = match crate::files::read_kept(path, keys) {
        Ok(b) => b,
        Err(e) => {
            let error = e.to_string();
            return Prepared::Failed(
                w.t_with("enclose-stored-unreadable", &[("error", Arg::Text(&error))]),
            );
        }
    };
    let kind = media::sniff(&bytes[..bytes.len().min(1024)]);
    if let Some(p) = promised(name).filter(|p| *p != kind) {
        let showable = matches!(
            kind,
            media::PDF
                | media::JPEG
                | media::PNG
                | media::GIF
                | media::WEBP
                | media::TIFF
                | media::BMP
        );
        if !showable {
            return Prepared::Failed(w.t_with(
                "enclose-misnamed",
                &[
                    ("named", Arg::Text(&media::a_described_in(p, w))),
                    ("really", Arg::Text(&media::a_described_in(kind, w))),
                ],
            ));
        }
    }
    let done = |r: Result<Prepared, Trouble>| match r {
        Ok(p) => p,
        Err(Trouble::Damaged(r)) => Prepared::Failed(r),
        Err(Trouble::Refused(r)) => Prepared::Refused(r),
    };
    match kind {
        media::PDF => done(clean::clean(bytes, limits, deadline, w).map(|mut pdf| {
            if max_px.is_some() {
                shrink_scans(&mut pdf, limits, deadline);
            }
            Prepared::Pdf(Box::new(pdf))
        })),
        media::JPEG => done(jpeg(&bytes, max_px, limits, w).map(|p| Prepared::Images(vec![p]))),
        media::TIFF => done(tiff_pages(&bytes, max_px, limits, deadline, w).map(Prepared::Images)),
        media::PNG | media::GIF | media::WEBP | media::BMP => done(
            load_image(&bytes, None, limits, Picked::Image(w))
                .map(|img| Prepared::Images(vec![decoded(img, max_px)])),
        ),
        media::HEIC => Prepared::Failed(w.t("enclose-heic")),
        media::DICOM => Prepared::Listed(w.t("enclose-dicom")),
        other => Prepared::Listed(w.t_with(
            "enclose-cannot-show",
            &[("what", Arg::Text(&media::a_described_in(other, w)))],
        )),
    }
}

/// What an image being decoded is called in the reasons, and their
/// words; `Quiet` when the reason is not kept (an image inside a PDF
/// being shrunk or stored anew: failing leaves it as it is).
#[derive(Clone, Copy)]
enum Picked {
    Image(&'static Catalogue),
    Photo(&'static Catalogue),
    Quiet,
}

impl Picked {
    fn words(self) -> &'static Catalogue {
        match self {
            Picked::Image(w) | Picked::Photo(w) => w,
            Picked::Quiet => Catalogue::en(),
        }
    }
}

/// Decodes an image with the decoder's own limits on size and memory.
fn load_image(
    bytes: &[u8],
    format: Option<image::ImageFormat>,
    limits: &Limits,
    picked: Picked,
) -> Result<image::DynamicImage, Trouble> {
    let w = picked.words();
    let damaged = |e: &dyn std::fmt::Display| {
        let key = match picked {
            Picked::Photo(_) => "enclose-jpeg-damaged",
            _ => "enclose-image-damaged",
        };
        Trouble::Damaged(w.t_with(key, &[("error", Arg::Text(&e.to_string()))]))
    };
    let reader = |bounded: bool| -> Result<image::ImageReader<std::io::Cursor<&[u8]>>, Trouble> {
        let mut r = image::ImageReader::new(std::io::Cursor::new(bytes));
        match format {
            Some(f) => r.set_format(f),
            None => r = r.with_guessed_format().map_err(|e| damaged(&e))?,
        }
        let mut l = image::Limits::no_limits();
        if bounded {
            l.max_image_width = Some(limits.max_side);
            l.max_image_height = Some(limits.max_side);
            l.max_alloc = Some(limits.max_alloc);
        }
        r.limits(l);
        Ok(r)
    };
    let trouble = |e: image::ImageError| match e {
        image::ImageError::Limits(e) => Trouble::Refused(w.t_with(
            "enclose-image-too-large",
            &[("error", Arg::Text(&e.to_string()))],
        )),
        e => damaged(&e),
    };
    // The header alone tells the size; the decoder is then bounded.
    let (width, height) = reader(false)?.into_dimensions().map_err(trouble)?;
    too_many_pixels(width, height, limits, w)?;
    reader(true)?.decode().map_err(trouble)
}

fn too_many_pixels(w: u32, h: u32, limits: &Limits, words: &Catalogue) -> Result<(), Trouble> {
    if w > limits.max_side || h > limits.max_side || w as u64 * h as u64 > limits.max_pixels {
        Err(Trouble::Refused(words.t_with(
            "enclose-too-many-pixels",
            &[
                ("width", Arg::Text(&w.to_string())),
                ("height", Arg::Text(&h.to_string())),
                (
                    "megapixels",
                    Arg::Text(&(limits.max_pixels / 1_000_000).to_string()),
                ),
                ("side", Arg::Text(&limits.max_side.to_string())),
            ],
        )))
    } else {
        Ok(())
    }
}

/// Shrinks scanned page images above 150 dpi (email size). Images are
/// re-encoded as JPEG; masks, unusual colour spaces and anything that cannot
/// be decoded are left as they are.
fn shrink_scans(pdf: &mut CleanPdf, bounds: &Limits, deadline: Instant) {
    let doc = &mut pdf.doc;
    let mut limits: std::collections::HashMap<ObjectId, u32> = std::collections::HashMap::new();
    for page in &pdf.pages {
        let Ok(dict) = doc.get_dictionary(*page) else {
            continue;
        };
        let longest = dict
            .get(b"MediaBox")
            .and_then(Object::as_array)
            .ok()
            .map(|a| {
                let v: Vec<f32> = a.iter().map(|x| x.as_float().unwrap_or(0.0)).collect();
                if v.len() == 4 {
                    (v[2] - v[0]).abs().max((v[3] - v[1]).abs())
                } else {
                    842.0
                }
            })
            .unwrap_or(842.0);
        let max_px = (longest / 72.0 * 150.0) as u32;
        if let Ok((Some(res), _)) = doc.get_page_resources(*page) {
            let xobjects = match res.get(b"XObject") {
                Ok(Object::Dictionary(d)) => d.clone(),
                Ok(Object::Reference(id)) => doc.get_dictionary(*id).cloned().unwrap_or_default(),
                _ => Default::default(),
            };
            for (_, v) in xobjects.iter() {
                if let Ok(id) = v.as_reference() {
                    limits
                        .entry(id)
                        .and_modify(|m| *m = (*m).max(max_px))
                        .or_insert(max_px);
                }
            }
        }
    }
    for (id, max_px) in limits {
        if Instant::now() > deadline {
            return;
        }
        let Ok(Object::Stream(stream)) = doc.get_object(id) else {
            continue;
        };
        let d = &stream.dict;
        let is_image = d
            .get(b"Subtype")
            .and_then(Object::as_name)
            .map(|n| n == b"Image")
            .unwrap_or(false);
        let w = d.get(b"Width").and_then(Object::as_i64).unwrap_or(0) as u32;
        let h = d.get(b"Height").and_then(Object::as_i64).unwrap_or(0) as u32;
        if !is_image
            || w.max(h) <= max_px
            || d.has(b"SMask")
            || d.has(b"Mask")
            || d.has(b"Decode")
            || too_many_pixels(w, h, bounds, Catalogue::en()).is_err()
        {
            continue;
        }
        let space = d
            .get(b"ColorSpace")
            .and_then(Object::as_name)
            .ok()
            .map(|n| n.to_vec());
        let filter = d
            .get(b"Filter")
            .and_then(Object::as_name)
            .ok()
            .map(|n| n.to_vec());
        let img = match (filter.as_deref(), space.as_deref()) {
            (Some(b"DCTDecode"), Some(b"DeviceRGB" | b"DeviceGray")) => load_image(
                &stream.content,
                Some(image::ImageFormat::Jpeg),
                bounds,
                Picked::Quiet,
            )
            .ok(),
            (Some(b"FlateDecode") | None, Some(s @ (b"DeviceRGB" | b"DeviceGray")))
                if d.get(b"BitsPerComponent")
                    .and_then(Object::as_i64)
                    .unwrap_or(0)
                    == 8 =>
            {
                let expected = w as usize * h as usize * if s == b"DeviceRGB" { 3 } else { 1 };
                let raw = stream
                    .decompressed_content_with_limit(expected.min(bounds.max_decoded_bytes))
                    .ok();
                raw.and_then(|r| {
                    if s == b"DeviceRGB" {
                        image::RgbImage::from_raw(w, h, r).map(image::DynamicImage::ImageRgb8)
                    } else {
                        image::GrayImage::from_raw(w, h, r).map(image::DynamicImage::ImageLuma8)
                    }
                })
            }
            _ => None,
        };
        let Some(img) = img else { continue };
        let small = img.resize(max_px, max_px, image::imageops::FilterType::Triangle);
        let gray = !small.color().has_color();
        let (raw, color) = if gray {
            (small.to_luma8().into_raw(), image::ExtendedColorType::L8)
        } else {
            (small.to_rgb8().into_raw(), image::ExtendedColorType::Rgb8)
        };
        let mut jpeg = Vec::new();
        if image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 75)
            .encode(&raw, small.width(), small.height(), color)
            .is_err()
        {
            continue;
        }
        let mut dict = stream.dict.clone();
        dict.set("Width", small.width() as i64);
        dict.set("Height", small.height() as i64);
        dict.set("Filter", "DCTDecode");
        dict.set("ColorSpace", if gray { "DeviceGray" } else { "DeviceRGB" });
        dict.remove(b"DecodeParms");
        let mut replaced = Stream::new(dict, jpeg);
        replaced.allows_compression = false;
        doc.objects.insert(id, Object::Stream(replaced));
    }
}

/// Whether a JPEG decodes without any complaint (as strict readers such as
/// libjpeg in qpdf and many viewers want it).
pub(crate) fn strict_jpeg(bytes: &[u8], limits: &Limits) -> bool {
    // The header: known segments, one after the other, up to the scan.
    if !bytes.starts_with(&[0xFF, 0xD8]) {
        return false;
    }
    let mut i = 2;
    let scan = loop {
        let (Some(&ff), Some(&m)) = (bytes.get(i), bytes.get(i + 1)) else {
            return false;
        };
        if ff != 0xFF {
            return false;
        }
        match m {
            0xFF => i += 1,
            0xDA => break i,
            0xC0..=0xCF | 0xDB | 0xDD | 0xE0..=0xEF | 0xFE => {
                let Some(len) = bytes.get(i + 2..i + 4) else {
                    return false;
                };
                let len = u16::from_be_bytes([len[0], len[1]]) as usize;
                if len < 2 {
                    return false;
                }
                i += 2 + len;
            }
            _ => return false,
        }
    };
    // A photo cut short has no end marker after its image data (data
    // never holds FF D9 otherwise); trailing data after the end is fine.
    let Some(end) = bytes[scan..].windows(2).position(|w| w == [0xFF, 0xD9]) else {
        return false;
    };
    // Inside the image data a marker byte is followed only by stuffing,
    // restart markers or what may stand between the scans of a progressive
    // photo; anything else (another frame header, an unknown marker) is
    // damage that strict readers stop at.
    let second_frame = bytes[scan..scan + end].windows(2).any(|w| {
        w[0] == 0xFF
            && !matches!(
                w[1],
                0x00 | 0xFF | 0xD0..=0xD7 | 0xC4 | 0xCC | 0xDA | 0xDB | 0xDD | 0xE0..=0xEF | 0xFE
            )
    });
    if second_frame {
        return false;
    }
    // Lossless, hierarchical and arithmetic-coded JPEGs are refused by
    // common readers (libjpeg among them). The photo's own header says how
    // large it is, whatever the PDF around it claims: one too large to
    // decode safely is never decoded here.
    let Some(info) = jpeg_info(bytes) else {
        return false;
    };
    if !matches!(info.process, 0xC0..=0xC2) {
        return false;
    }
    // A baseline photo is judged by reading its coded data alone, when that
    // reads cleanly; nothing of its pixels is held, so a phone's 100
    // megapixel photo goes in as it is (up to four times the pixels a
    // decoded image may have). Any other, or one that does not read
    // cleanly, is decoded, within the limit.
    let (w, h) = (info.width, info.height);
    let embeddable = w <= limits.max_side
        && h <= limits.max_side
        && (w as u64) * (h as u64) <= limits.max_pixels.saturating_mul(4);
    if matches!(info.process, 0xC0 | 0xC1)
        && embeddable
        && headers_strict(bytes, limits)
        && super::jpeg_data::baseline_clean(bytes)
    {
        return true;
    }
    if too_many_pixels(w, h, limits, Catalogue::en()).is_err() {
        return false;
    }
    strict_decode(bytes, limits)
        .filter(|size| *size == (info.width, info.height))
        .is_some()
}

fn strict_options(limits: &Limits) -> zune_core::options::DecoderOptions {
    zune_core::options::DecoderOptions::default()
        .set_strict_mode(true)
        .set_max_width(limits.max_side as usize)
        .set_max_height(limits.max_side as usize)
}

/// Whether a strict decoder reads the JPEG's headers (tables, frame, the
/// first scan's header) without complaint.
fn headers_strict(bytes: &[u8], limits: &Limits) -> bool {
    zune_jpeg::JpegDecoder::new_with_options(std::io::Cursor::new(bytes), strict_options(limits))
        .decode_headers()
        .is_ok()
}

/// Decodes a JPEG strictly, once, to check every byte of its data; returns
/// the size decoded. Only brightness is kept from colour photos: the data of
/// every colour is still read and checked, for a third of the memory and
/// less work.
fn strict_decode(bytes: &[u8], limits: &Limits) -> Option<(u32, u32)> {
    use zune_core::colorspace::ColorSpace;
    let opts = strict_options(limits);
    let mut dec = zune_jpeg::JpegDecoder::new_with_options(std::io::Cursor::new(bytes), opts);
    dec.decode_headers().ok()?;
    if matches!(
        dec.input_colorspace(),
        Some(ColorSpace::YCbCr | ColorSpace::Luma)
    ) {
        dec.set_options(opts.jpeg_set_out_colorspace(ColorSpace::Luma));
    }
    dec.decode().ok()?;
    let info = dec.info()?;
    Some((info.width as u32, info.height as u32))
}

/// A damaged JPEG inside a PDF decoded leniently and stored anew, when
/// its colours allow; `None` when it cannot be.
pub(crate) fn reencoded_jpeg(bytes: &[u8], components: u8, limits: &Limits) -> Option<Vec<u8>> {
    let img = load_image(bytes, Some(image::ImageFormat::Jpeg), limits, Picked::Quiet).ok()?;
    let (raw, color) = match components {
        1 => (img.to_luma8().into_raw(), image::ExtendedColorType::L8),
        3 => (img.to_rgb8().into_raw(), image::ExtendedColorType::Rgb8),
        _ => return None,
    };
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .encode(&raw, img.width(), img.height(), color)
        .ok()?;
    Some(out)
}

/// Facts from a JPEG's markers.
struct JpegInfo {
    /// The frame marker: C0 to C2 are what every reader decodes.
    process: u8,
    width: u32,
    height: u32,
    components: u8,
    adobe: bool,
    orientation: u8,
}

fn jpeg_info(b: &[u8]) -> Option<JpegInfo> {
    let mut i = 2;
    let mut info = JpegInfo {
        process: 0,
        width: 0,
        height: 0,
        components: 0,
        adobe: false,
        orientation: 1,
    };
    while i + 4 <= b.len() {
        if b[i] != 0xFF {
            i += 1;
            continue;
        }
        let marker = b[i + 1];
        if marker == 0xFF || marker == 0x01 || (0xD0..=0xD7).contains(&marker) {
            i += 1;
            continue;
        }
        let len = u16::from_be_bytes([b[i + 2], b[i + 3]]) as usize;
        let seg = b.get(i + 4..i + 2 + len)?;
        match marker {
            0xC0..=0xCF if marker != 0xC4 && marker != 0xC8 && marker != 0xCC => {
                info.height = u16::from_be_bytes([*seg.get(1)?, *seg.get(2)?]) as u32;
                info.width = u16::from_be_bytes([*seg.get(3)?, *seg.get(4)?]) as u32;
                info.components = *seg.get(5)?;
                info.process = marker;
                return Some(info);
            }
            0xEE if seg.starts_with(b"Adobe") => info.adobe = true,
            0xE1 if seg.starts_with(b"Exif\0\0") => {
                info.orientation = exif_orientation(&seg[6..]).unwrap_or(1)
            }
            0xDA => return None,
            _ => {}
        }
        i += 2 + len;
    }
    None
}

/// Reads the orientation tag (0x0112) from a TIFF-structured EXIF block.
fn exif_orientation(t: &[u8]) -> Option<u8> {
    let le = match t.get(..2)? {
        b"II" => true,
        b"MM" => false,
        _ => return None,
    };
    let u16_at = |o: usize| -> Option<u16> {
        let s = t.get(o..o + 2)?;
        Some(if le {
            u16::from_le_bytes([s[0], s[1]])
        } else {
            u16::from_be_bytes([s[0], s[1]])
        })
    };
    let u32_at = |o: usize| -> Option<u32> {
        let s = t.get(o..o + 4)?;
        let a = [s[0], s[1], s[2], s[3]];
        Some(if le {
            u32::from_le_bytes(a)
        } else {
            u32::from_be_bytes(a)
        })
    };
    let ifd = u32_at(4)? as usize;
    let count = u16_at(ifd)? as usize;
    for k in 0..count {
        let e = ifd + 2 + k * 12;
        if u16_at(e)? == 0x0112 {
            let v = u16_at(e + 8)?;
            return (1..=8).contains(&v).then_some(v as u8);
        }
    }
    None
}

/// A JPEG placed as it is (DCTDecode), unless it must shrink for email.
fn jpeg(
    bytes: &[u8],
    max_px: Option<u32>,
    limits: &Limits,
    words: &'static Catalogue,
) -> Result<Picture, Trouble> {
    let damaged = |key: &str| Trouble::Damaged(words.t(key));
    let info = jpeg_info(bytes).ok_or_else(|| damaged("enclose-jpeg-no-size"))?;
    if info.width == 0 || info.height == 0 {
        return Err(damaged("enclose-jpeg-empty-size"));
    }
    // A photo too large to decode safely is still placed as it is when its
    // coded data reads cleanly (a phone's 64 or 108 megapixel photo); it
    // is then not shrunk for email.
    let decodable = too_many_pixels(info.width, info.height, limits, words).is_ok();
    let shrink = max_px
        .filter(|max| info.width.max(info.height) > *max)
        .filter(|_| decodable);
    // Decoded (strictly, once) even when passed through as it is, so that a
    // photo every viewer would fail on is explained instead.
    if shrink.is_some() || !strict_jpeg(bytes, limits) {
        too_many_pixels(info.width, info.height, limits, words)?;
        // Shrunk for email, or damaged in a way some viewers refuse: what
        // could be decoded is stored anew.
        let img = load_image(
            bytes,
            Some(image::ImageFormat::Jpeg),
            limits,
            Picked::Photo(words),
        )?;
        if (img.width(), img.height()) != (info.width, info.height) {
            return Err(damaged("enclose-jpeg-size-mismatch"));
        }
        let mut placed = decoded(img, shrink.or(Some(u32::MAX)));
        placed.orientation = info.orientation;
        return Ok(placed);
    }
    let (space, decode): (&str, Option<Vec<Object>>) = match (info.components, info.adobe) {
        (1, _) => ("DeviceGray", None),
        (4, true) => (
            "DeviceCMYK",
            Some(
                [1, 0, 1, 0, 1, 0, 1, 0]
                    .iter()
                    .map(|v| Object::Integer(*v))
                    .collect(),
            ),
        ),
        (4, false) => ("DeviceCMYK", None),
        _ => ("DeviceRGB", None),
    };
    let mut dict = dictionary! {
        "Type" => "XObject",
        "Subtype" => "Image",
        "Width" => info.width as i64,
        "Height" => info.height as i64,
        "ColorSpace" => space,
        "BitsPerComponent" => 8,
        "Filter" => "DCTDecode",
    };
    if let Some(d) = decode {
        dict.set("Decode", d);
    }
    let mut stream = Stream::new(dict, bytes.to_vec());
    stream.allows_compression = false;
    Ok(Picture {
        image: stream,
        mask: None,
        width: info.width,
        height: info.height,
        orientation: info.orientation,
    })
}

/// A decoded image written as Flate (with a soft mask for transparency), or
/// as JPEG when it was shrunk for email.
fn decoded(img: image::DynamicImage, max_px: Option<u32>) -> Picture {
    let img = match max_px {
        Some(max) if img.width().max(img.height()) > max => {
            img.resize(max, max, image::imageops::FilterType::Triangle)
        }
        _ => img,
    };
    let (width, height) = (img.width(), img.height());
    let has_alpha = img.color().has_alpha();
    let gray = !img.color().has_color();
    let mut dict = dictionary! {
        "Type" => "XObject",
        "Subtype" => "Image",
        "Width" => width as i64,
        "Height" => height as i64,
        "ColorSpace" => if gray { "DeviceGray" } else { "DeviceRGB" },
        "BitsPerComponent" => 8,
    };
    let mut mask = None;
    if has_alpha {
        let alpha: Vec<u8> = img.to_rgba8().pixels().map(|p| p.0[3]).collect();
        if alpha.iter().any(|a| *a != 255) {
            mask = Some(compressed(
                dictionary! {
                    "Type" => "XObject", "Subtype" => "Image", "Width" => width as i64, "Height" => height as i64,
                    "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
                },
                alpha,
            ));
        }
    }
    let stream = if max_px.is_some() && !has_alpha {
        // Photos shrunk for email are stored as JPEG, which is far smaller.
        let mut jpeg = Vec::new();
        let rgb = if gray {
            img.to_luma8().into_raw()
        } else {
            img.to_rgb8().into_raw()
        };
        let color = if gray {
            image::ExtendedColorType::L8
        } else {
            image::ExtendedColorType::Rgb8
        };
        let ok = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 80)
            .encode(&rgb, width, height, color)
            .is_ok();
        if ok {
            dict.set("Filter", "DCTDecode");
            let mut s = Stream::new(dict, jpeg);
            s.allows_compression = false;
            s
        } else {
            compressed(dict, rgb)
        }
    } else {
        let raw = if gray {
            img.to_luma8().into_raw()
        } else {
            img.to_rgb8().into_raw()
        };
        compressed(dict, raw)
    };
    Picture {
        image: stream,
        mask,
        width,
        height,
        orientation: 1,
    }
}

/// Every page of a TIFF.
fn tiff_pages(
    bytes: &[u8],
    max_px: Option<u32>,
    limits: &Limits,
    deadline: Instant,
    words: &'static Catalogue,
) -> Result<Vec<Picture>, Trouble> {
    use tiff::decoder::{Decoder, DecodingResult};
    use tiff::ColorType;
    let damaged = |e: tiff::TiffError| match e {
        tiff::TiffError::LimitsExceeded => Trouble::Refused(words.t("enclose-tiff-too-large")),
        e => Trouble::Damaged(words.t_with(
            "enclose-tiff-damaged",
            &[("error", Arg::Text(&e.to_string()))],
        )),
    };
    let mut tiff_limits = tiff::decoder::Limits::default();
    tiff_limits.decoding_buffer_size = limits.max_alloc as usize;
    tiff_limits.intermediate_buffer_size = limits.max_alloc as usize;
    let mut dec = Decoder::new(std::io::Cursor::new(bytes))
        .map_err(damaged)?
        .with_limits(tiff_limits);
    let mut pages = Vec::new();
    loop {
        if pages.len() >= limits.max_images {
            return Err(Trouble::Refused(words.t_with(
                "enclose-tiff-too-many-pages",
                &[("max", Arg::Text(&limits.max_images.to_string()))],
            )));
        }
        if Instant::now() > deadline {
            return Err(Trouble::Refused(too_slow(words, limits.seconds.as_secs())));
        }
        let (w, h) = dec.dimensions().map_err(damaged)?;
        too_many_pixels(w, h, limits, words)?;
        let color = dec.colortype().map_err(damaged)?;
        let data = dec.read_image().map_err(damaged)?;
        let eight: Vec<u8> = match data {
            DecodingResult::U8(v) => v,
            DecodingResult::U16(v) => v.iter().map(|x| (x >> 8) as u8).collect(),
            _ => return Err(Trouble::Damaged(words.t("enclose-tiff-sample-format"))),
        };
        let img = match color {
            ColorType::Gray(_) => {
                image::GrayImage::from_raw(w, h, eight).map(image::DynamicImage::ImageLuma8)
            }
            ColorType::RGB(_) => {
                image::RgbImage::from_raw(w, h, eight).map(image::DynamicImage::ImageRgb8)
            }
            ColorType::RGBA(_) => {
                image::RgbaImage::from_raw(w, h, eight).map(image::DynamicImage::ImageRgba8)
            }
            ColorType::CMYK(_) => {
                let rgb: Vec<u8> = eight
                    .chunks(4)
                    .flat_map(|p| {
                        let k = 255 - p[3] as u16;
                        [0, 1, 2].map(|i| ((255 - p[i] as u16) * k / 255) as u8)
                    })
                    .collect();
                image::RgbImage::from_raw(w, h, rgb).map(image::DynamicImage::ImageRgb8)
            }
            other => {
                return Err(Trouble::Damaged(words.t_with(
                    "enclose-tiff-colour-type",
                    &[("type", Arg::Text(&format!("{other:?}")))],
                )))
            }
        }
        .ok_or_else(|| Trouble::Damaged(words.t("enclose-tiff-size-mismatch")))?;
        pages.push(decoded(img, max_px));
        if !dec.more_images() {
            break;
        }
        dec.next_image().map_err(damaged)?;
    }
    Ok(pages)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn baseline_jpeg(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(w, h, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
        });
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80)
            .encode_image(&img)
            .unwrap();
        out
    }

    #[test]
    fn a_photo_too_large_to_decode_goes_in_as_it_is_when_it_reads_cleanly() {
        // Limits scaled down: 4,096 pixels stands for a 64 megapixel photo.
        let limits = Limits {
            max_pixels: 2_000,
            ..Limits::default()
        };
        let bytes = baseline_jpeg(64, 64);
        let en = Catalogue::en();
        let placed = jpeg(&bytes, None, &limits, en).ok().expect("placed");
        assert_eq!(placed.image.content, bytes, "byte for byte");
        // Asked to shrink for email, it cannot be decoded, so it stays whole.
        let placed = jpeg(&bytes, Some(16), &limits, en).ok().expect("placed");
        assert_eq!(placed.image.content, bytes);
        // Beyond four times the limit, or cut short, it is refused.
        let tiny = Limits {
            max_pixels: 500,
            ..Limits::default()
        };
        assert!(jpeg(&bytes, None, &tiny, en).is_err());
        assert!(jpeg(&bytes[..bytes.len() / 2], None, &limits, en).is_err());
    }
}
