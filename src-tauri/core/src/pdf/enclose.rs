//! Turning report files into pages of the bundle: PDFs (repaired when they
//! can be), photos and scans (JPEG passed through untouched, with its EXIF
//! orientation; PNG, GIF, WebP, BMP and every page of a TIFF decoded), and
//! for anything else, the reason it cannot be shown.

use super::font::compressed;
use crate::media;
use lopdf::{dictionary, Document, Object, ObjectId, Stream};
use std::path::Path;

/// What a report becomes in the bundle.
pub enum Prepared {
    /// A readable PDF, its page count known.
    Pdf(Box<Document>),
    /// One page per image.
    Images(Vec<Placed>),
    /// Cannot be shown as pages; listed, and the original attached.
    Listed(String),
    /// Should have been shown but could not; a page explains why, and the
    /// original is attached.
    Failed(String),
}

impl Prepared {
    /// Pages this report takes in the bundle.
    pub fn pages(&self) -> usize {
        match self {
            Prepared::Pdf(doc) => doc.get_pages().len(),
            Prepared::Images(images) => images.len(),
            Prepared::Listed(_) | Prepared::Failed(_) => 1,
        }
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

/// Prepares one report file, adding image objects to `out`. `name` is the
/// file's original name; `max_px` is the longest side an image may keep
/// (email size), if any.
pub fn prepare(out: &mut Document, path: &Path, name: &str, max_px: Option<u32>) -> Prepared {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return Prepared::Failed(format!("the stored file could not be read ({e})")),
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
            return Prepared::Failed(format!(
                "the file is named like a {} but is really a {}",
                media::describe(p),
                media::describe(kind)
            ));
        }
    }
    match kind {
        media::PDF => match prepare_pdf(&bytes) {
            Prepared::Pdf(mut doc) if max_px.is_some() => {
                shrink_scans(&mut doc);
                Prepared::Pdf(doc)
            }
            other => other,
        },
        media::JPEG => match jpeg(out, &bytes, max_px) {
            Ok(p) => Prepared::Images(vec![p]),
            Err(e) => Prepared::Failed(e),
        },
        media::TIFF => match tiff_pages(out, &bytes, max_px) {
            Ok(p) => Prepared::Images(p),
            Err(e) => Prepared::Failed(e),
        },
        media::PNG | media::GIF | media::WEBP | media::BMP => match image::load_from_memory(&bytes) {
            Ok(img) => Prepared::Images(vec![decoded(out, img, max_px)]),
            Err(e) => Prepared::Failed(format!("the image is damaged and could not be read ({e})")),
        },
        media::HEIC => Prepared::Failed(
            "HEIC photos cannot be shown in a PDF; save the photo as JPEG on the phone or computer and add that file"
                .into(),
        ),
        media::DICOM => Prepared::Listed(
            "a DICOM scan image; it needs a medical image viewer, so the original file is attached to this PDF".into(),
        ),
        other => Prepared::Listed(format!(
            "a {} that cannot be shown as pages; the original file is attached to this PDF",
            media::describe(other)
        )),
    }
}

fn prepare_pdf(bytes: &[u8]) -> Prepared {
    let doc = match Document::load_mem(bytes) {
        Ok(doc) => doc,
        Err(e) => return Prepared::Failed(format!("the PDF is damaged beyond repair ({e})")),
    };
    if doc.trailer.has(b"Encrypt") {
        return Prepared::Failed(
            "the PDF is protected by a password; save an unprotected copy and add that".into(),
        );
    }
    if doc.get_pages().is_empty() {
        return Prepared::Failed("the PDF has no readable pages".into());
    }
    Prepared::Pdf(Box::new(doc))
}

/// Shrinks scanned page images above 150 dpi (email size). Images are
/// re-encoded as JPEG; masks, unusual colour spaces and anything that cannot
/// be decoded are left as they are.
fn shrink_scans(doc: &mut Document) {
    let mut limits: std::collections::HashMap<ObjectId, u32> = std::collections::HashMap::new();
    for page in doc.get_pages().values() {
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
        if !is_image || w.max(h) <= max_px || d.has(b"SMask") || d.has(b"Mask") || d.has(b"Decode")
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
            (Some(b"DCTDecode"), Some(b"DeviceRGB" | b"DeviceGray")) => {
                image::load_from_memory_with_format(&stream.content, image::ImageFormat::Jpeg).ok()
            }
            (Some(b"FlateDecode") | None, Some(s @ (b"DeviceRGB" | b"DeviceGray")))
                if d.get(b"BitsPerComponent")
                    .and_then(Object::as_i64)
                    .unwrap_or(0)
                    == 8 =>
            {
                let raw = stream.decompressed_content().ok();
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

/// Facts from a JPEG's markers.
struct JpegInfo {
    width: u32,
    height: u32,
    components: u8,
    adobe: bool,
    orientation: u8,
}

fn jpeg_info(b: &[u8]) -> Option<JpegInfo> {
    let mut i = 2;
    let mut info = JpegInfo {
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
fn jpeg(out: &mut Document, bytes: &[u8], max_px: Option<u32>) -> Result<Placed, String> {
    let info = jpeg_info(bytes).ok_or("the JPEG photo is damaged (no image size found)")?;
    if info.width == 0 || info.height == 0 {
        return Err("the JPEG photo is damaged (empty image size)".into());
    }
    if let Some(max) = max_px {
        if info.width.max(info.height) > max {
            let img = image::load_from_memory_with_format(bytes, image::ImageFormat::Jpeg)
                .map_err(|e| format!("the JPEG photo is damaged ({e})"))?;
            let mut placed = decoded(out, img, Some(max));
            placed.orientation = info.orientation;
            return Ok(placed);
        }
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
    Ok(Placed {
        object: out.add_object(stream),
        width: info.width,
        height: info.height,
        orientation: info.orientation,
    })
}

/// A decoded image written as Flate (with a soft mask for transparency), or
/// as JPEG when it was shrunk for email.
fn decoded(out: &mut Document, img: image::DynamicImage, max_px: Option<u32>) -> Placed {
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
    if has_alpha {
        let alpha: Vec<u8> = img.to_rgba8().pixels().map(|p| p.0[3]).collect();
        if alpha.iter().any(|a| *a != 255) {
            let mask = compressed(
                dictionary! {
                    "Type" => "XObject", "Subtype" => "Image", "Width" => width as i64, "Height" => height as i64,
                    "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
                },
                alpha,
            );
            dict.set("SMask", out.add_object(mask));
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
    Placed {
        object: out.add_object(stream),
        width,
        height,
        orientation: 1,
    }
}

/// Every page of a TIFF.
fn tiff_pages(
    out: &mut Document,
    bytes: &[u8],
    max_px: Option<u32>,
) -> Result<Vec<Placed>, String> {
    use tiff::decoder::{Decoder, DecodingResult};
    use tiff::ColorType;
    let damaged =
        |e: tiff::TiffError| format!("the TIFF image is damaged or of an unsupported kind ({e})");
    let mut dec = Decoder::new(std::io::Cursor::new(bytes)).map_err(damaged)?;
    let mut pages = Vec::new();
    loop {
        let (w, h) = dec.dimensions().map_err(damaged)?;
        let color = dec.colortype().map_err(damaged)?;
        let data = dec.read_image().map_err(damaged)?;
        let eight: Vec<u8> = match data {
            DecodingResult::U8(v) => v,
            DecodingResult::U16(v) => v.iter().map(|x| (x >> 8) as u8).collect(),
            _ => return Err("the TIFF image uses a sample format that is not supported".into()),
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
                return Err(format!(
                    "the TIFF image uses a colour type that is not supported ({other:?})"
                ))
            }
        }
        .ok_or("the TIFF image is damaged (size does not match its data)")?;
        pages.push(decoded(out, img, max_px));
        if !dec.more_images() {
            break;
        }
        dec.next_image().map_err(damaged)?;
    }
    Ok(pages)
}
