//! Hostile and damaged report files for the mutation tests: mutants of the
//! real fixture reports and of small generated photos, plus hand-made
//! attacks (page-tree loops, wrong types, bombs, huge claimed sizes).
#![allow(dead_code)]

use lopdf::{dictionary, Object};
use std::io::Write;

/// A small, fast, reproducible random source (xorshift64*).
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A report file to add, and what the export must say about it.
pub struct Mutant {
    /// File name (with the extension the user would see).
    pub name: String,
    pub bytes: Vec<u8>,
    /// When set, the report must be named as not enclosed, with a reason
    /// containing this text.
    pub must_refuse: Option<&'static str>,
}

impl Mutant {
    fn new(name: String, bytes: Vec<u8>) -> Mutant {
        Mutant {
            name,
            bytes,
            must_refuse: None,
        }
    }
    fn refused(name: &str, bytes: Vec<u8>, why: &'static str) -> Mutant {
        Mutant {
            name: name.into(),
            bytes,
            must_refuse: Some(why),
        }
    }
}

/// A small photo as JPEG.
pub fn small_jpeg(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x * 255 / w) as u8, (y * 255 / h) as u8, 120])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80)
        .encode(img.as_raw(), w, h, image::ExtendedColorType::Rgb8)
        .unwrap();
    out
}

/// A JPEG whose frame header claims `w` x `h` pixels.
pub fn jpeg_claiming(w: u16, h: u16) -> Vec<u8> {
    let mut b = small_jpeg(32, 32);
    let sof = b
        .windows(2)
        .position(|m| m == [0xFF, 0xC0])
        .expect("baseline JPEG");
    b[sof + 5..sof + 7].copy_from_slice(&h.to_be_bytes());
    b[sof + 7..sof + 9].copy_from_slice(&w.to_be_bytes());
    b
}

/// A PNG whose header claims `w` x `h` pixels (checksum fixed).
pub fn png_claiming(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_pixel(16, 16, image::Rgb([10, 200, 30]));
    let mut b = Vec::new();
    image::ImageEncoder::write_image(
        image::codecs::png::PngEncoder::new(&mut b),
        img.as_raw(),
        16,
        16,
        image::ExtendedColorType::Rgb8,
    )
    .unwrap();
    // IHDR data starts at 16; its CRC covers type and data (12..29).
    b[16..20].copy_from_slice(&w.to_be_bytes());
    b[20..24].copy_from_slice(&h.to_be_bytes());
    let mut crc = flate2::Crc::new();
    crc.update(&b[12..29]);
    b[29..33].copy_from_slice(&crc.sum().to_be_bytes());
    b
}

/// A zlib stream that inflates to `size` zero bytes (at least), about
/// 1/1300 of that in size: one literal, then copies of 258 bytes.
pub fn flate_bomb(size: usize) -> Vec<u8> {
    struct Bits {
        out: Vec<u8>,
        acc: u32,
        n: u32,
    }
    impl Bits {
        fn put(&mut self, value: u32, count: u32) {
            // LSB first.
            for i in 0..count {
                self.acc |= ((value >> i) & 1) << self.n;
                self.n += 1;
                if self.n == 8 {
                    self.out.push(self.acc as u8);
                    self.acc = 0;
                    self.n = 0;
                }
            }
        }
        fn code(&mut self, code: u32, len: u32) {
            // Huffman codes go most significant bit first.
            for i in (0..len).rev() {
                self.put((code >> i) & 1, 1);
            }
        }
    }
    let mut b = Bits {
        out: vec![0x78, 0x01],
        acc: 0,
        n: 0,
    };
    b.put(1, 1); // last block
    b.put(1, 2); // fixed Huffman
    b.code(0x30, 8); // literal 0
    let copies = size / 258 + 1;
    // Eight copies fill exactly 13 bytes once aligned; write the first
    // few bit by bit until aligned, then repeat a block of 13 bytes.
    let mut done = 0;
    while b.n != 0 && done < copies {
        b.code(0b1100_0101, 8); // length 258
        b.code(0, 5); // distance 1
        done += 1;
    }
    let mut block = Bits {
        out: Vec::new(),
        acc: 0,
        n: 0,
    };
    for _ in 0..8 {
        block.code(0b1100_0101, 8);
        block.code(0, 5);
    }
    while done + 8 <= copies {
        b.out.extend_from_slice(&block.out);
        done += 8;
    }
    while done < copies {
        b.code(0b1100_0101, 8);
        b.code(0, 5);
        done += 1;
    }
    b.code(0, 7); // end of block
    if b.n != 0 {
        let pad = 8 - b.n;
        b.put(0, pad);
    }
    let total = 1 + 258 * copies as u64;
    let adler = ((total % 65521) << 16) | 1;
    b.out.extend_from_slice(&(adler as u32).to_be_bytes());
    b.out
}

/// A PDF written by hand from object bodies (object N is `objs[N-1]`);
/// object 1 must be the catalog.
pub fn raw_pdf(objs: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.5\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objs.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(o);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objs.len() + 1).as_bytes());
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objs.len() + 1
        )
        .as_bytes(),
    );
    out
}

pub fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut o = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
    o.extend_from_slice(data);
    o.extend_from_slice(b"\nendstream");
    o
}

const FONT: &str = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

/// A one-page PDF whose page is `page` (a dictionary body referring to
/// object 4 for content and 5 for a font) with the given content stream.
pub fn one_page(page: &str, content: Vec<u8>, extra: Vec<Vec<u8>>) -> Vec<u8> {
    let mut objs = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        page.as_bytes().to_vec(),
        content,
        FONT.as_bytes().to_vec(),
    ];
    objs.extend(extra);
    raw_pdf(&objs)
}

const PAGE: &str = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>";

fn text(s: &str) -> Vec<u8> {
    stream("", format!("BT /F1 12 Tf 20 250 Td ({s}) Tj ET").as_bytes())
}

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// A PDF of `n` tiny pages sharing one content stream.
pub fn tiny_pages(n: usize) -> Vec<u8> {
    let mut doc = lopdf::Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let content = doc.add_object(lopdf::Stream::new(dictionary! {}, b"0 0 1 1 re f".to_vec()));
    let kids: Vec<Object> = (0..n)
        .map(|_| {
            doc.add_object(dictionary! {
                "Type" => "Page", "Parent" => pages_id, "Contents" => content,
                "MediaBox" => vec![0.into(), 0.into(), 10.into(), 10.into()],
            })
            .into()
        })
        .collect();
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => n as i64 }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// A one-page PDF showing an RGB image of `w` x `h` pixels whose data is a
/// flate bomb of `size` bytes.
pub fn image_bomb(w: u32, h: u32, size: usize) -> Vec<u8> {
    let page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 6 0 R >> >> >>";
    one_page(
        page,
        stream("", b"q 500 0 0 700 40 60 cm /Im1 Do Q"),
        vec![stream(
            &format!(
                "/Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode"
            ),
            &flate_bomb(size),
        )],
    )
}

/// Hand-made attacks, each a report a user might be sent.
pub fn attacks() -> Vec<Mutant> {
    let mut m = Vec::new();
    let good = one_page(PAGE, text("fine"), vec![]);
    m.push(Mutant::new("control.pdf".into(), good));
    m.push(Mutant::refused(
        "huge-photo.jpg",
        jpeg_claiming(60000, 60000),
        "60000 x 60000",
    ));
    m.push(Mutant::refused(
        "huge-scan.png",
        png_claiming(60000, 60000),
        "60000",
    ));
    m.push(Mutant::refused(
        "content-bomb.pdf",
        one_page(
            PAGE,
            stream("/Filter /FlateDecode", &flate_bomb(300 << 20)),
            vec![],
        ),
        "unpacks to more than",
    ));
    m.push(Mutant::refused(
        "image-bomb.pdf",
        image_bomb(7000, 7000, 300 << 20),
        "unpacks to more than",
    ));
    m.push(Mutant::refused(
        "image-claims-60000.pdf",
        one_page(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Contents 4 0 R /Resources << /XObject << /Im1 6 0 R >> >> >>",
            stream("", b"q 100 0 0 100 0 0 cm /Im1 Do Q"),
            vec![stream(
                "/Type /XObject /Subtype /Image /Width 60000 /Height 60000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
                &zlib(&[0u8; 1000]),
            )],
        ),
        "60000 x 60000",
    ));
    m.push(Mutant::refused("many-pages.pdf", tiny_pages(3000), "pages"));
    // The page tree loops back to its root, and a node holds itself.
    m.push(Mutant::new(
        "tree-loop.pdf".into(),
        raw_pdf(&[
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            b"<< /Type /Pages /Kids [3 0 R 2 0 R 6 0 R] /Count 3 >>".to_vec(),
            PAGE.as_bytes().to_vec(),
            text("loop"),
            FONT.as_bytes().to_vec(),
            b"<< /Type /Pages /Parent 2 0 R /Kids [6 0 R 2 0 R] /Count 99 >>".to_vec(),
        ]),
    ));
    // A count that claims two billion pages.
    m.push(Mutant::new(
        "huge-count.pdf".into(),
        raw_pdf(&[
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            b"<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>".to_vec(),
            PAGE.as_bytes().to_vec(),
            text("count"),
            FONT.as_bytes().to_vec(),
        ]),
    ));
    // Objects of the wrong type where a page needs them.
    for (name, page) in [
        ("contents-is-number.pdf", "<< /Type /Page /Parent 2 0 R /Contents 7 >>"),
        ("contents-is-dict.pdf", "<< /Type /Page /Parent 2 0 R /Contents 5 0 R >>"),
        ("resources-is-array.pdf", "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources [1 2 3] /MediaBox [0 0 0 0] >>"),
        ("mediabox-is-name.pdf", "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /MediaBox /Big /Rotate 45 >>"),
        ("page-is-number.pdf", "42"),
        ("page-is-array.pdf", "[1 0 R 2 0 R]"),
        ("annots-loop.pdf", "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Annots 3 0 R >>"),
    ] {
        m.push(Mutant::new(name.into(), one_page(page, text(name), vec![])));
    }
    m.push(Mutant::new(
        "page-is-stream.pdf".into(),
        one_page(
            &String::from_utf8(stream("/Type /Page /Parent 2 0 R", b"BT ET")).unwrap(),
            text("x"),
            vec![],
        ),
    ));
    m.push(Mutant::new(
        "kids-is-name.pdf".into(),
        raw_pdf(&[
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            b"<< /Type /Pages /Kids /Oops /Count 1 >>".to_vec(),
        ]),
    ));
    m.push(Mutant::new(
        "root-is-number.pdf".into(),
        raw_pdf(&[
            b"7".to_vec(),
            b"<< /Type /Pages /Kids [] /Count 0 >>".to_vec(),
        ]),
    ));
    // Deep nesting, beyond the parser's limit and just under it.
    for (name, depth) in [("deep-50000.pdf", 50_000), ("deep-90.pdf", 90)] {
        let deep = format!(
            "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Deep {}{} >>",
            "[".repeat(depth),
            "]".repeat(depth)
        );
        m.push(Mutant::new(
            name.into(),
            one_page(&deep, text(name), vec![]),
        ));
    }
    let deep_dict = format!(
        "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Deep {}{} >>",
        "<< /A ".repeat(5000),
        ">>".repeat(5000)
    );
    m.push(Mutant::new(
        "deep-dict.pdf".into(),
        one_page(&deep_dict, text("d"), vec![]),
    ));
    // Page content that does not read: a cut string, an unknown filter,
    // broken flate data, a stray delimiter.
    m.push(Mutant::new(
        "content-cut-string.pdf".into(),
        one_page(
            PAGE,
            stream("", b"BT /F1 12 Tf 20 250 Td (never closed"),
            vec![],
        ),
    ));
    m.push(Mutant::new(
        "content-unknown-filter.pdf".into(),
        one_page(PAGE, stream("/Filter /NoSuchDecode", b"hello"), vec![]),
    ));
    let mut flipped = zlib(
        b"BT /F1 12 Tf 20 250 Td (flipped) Tj ET "
            .repeat(40)
            .as_slice(),
    );
    flipped[20] ^= 0xFF;
    m.push(Mutant::new(
        "content-bad-flate.pdf".into(),
        one_page(PAGE, stream("/Filter /FlateDecode", &flipped), vec![]),
    ));
    let cut = zlib(b"BT /F1 12 Tf 20 250 Td (cut) Tj ET ".repeat(40).as_slice());
    m.push(Mutant::new(
        "content-cut-flate.pdf".into(),
        one_page(
            PAGE,
            stream("/Filter /FlateDecode", &cut[..cut.len() / 2]),
            vec![],
        ),
    ));
    m.push(Mutant::new(
        "content-stray.pdf".into(),
        one_page(PAGE, stream("", b"BT ET ] >> ) q Q"), vec![]),
    ));
    m.push(Mutant::new(
        "content-bad-hex.pdf".into(),
        one_page(PAGE, stream("/Filter /ASCIIHexDecode", b"zz>"), vec![]),
    ));
    m.push(Mutant::new(
        "filter-is-number.pdf".into(),
        one_page(PAGE, stream("/Filter 5", b"BT ET"), vec![]),
    ));
    // A damaged image inside a PDF (not content): broken flate.
    let mut img = zlib(&[128u8; 30 * 30 * 3]);
    let at = img.len() / 2;
    img[at] ^= 0x55;
    m.push(Mutant::new(
        "image-bad-flate.pdf".into(),
        one_page(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Contents 4 0 R /Resources << /XObject << /Im1 6 0 R >> >> >>",
            stream("", b"q 100 0 0 100 0 0 cm /Im1 Do Q"),
            vec![stream(
                "/Type /XObject /Subtype /Image /Width 30 /Height 30 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode",
                &img,
            )],
        ),
    ));
    // Not a PDF at all past its first line.
    m.push(Mutant::new(
        "only-header.pdf".into(),
        b"%PDF-1.7\n".to_vec(),
    ));
    m.push(Mutant::new("empty.jpg".into(), Vec::new()));
    m
}

/// Random damage to real files: cuts and flipped bytes.
pub fn random_mutants(rng: &mut Rng, sources: &[(String, Vec<u8>)], count: usize) -> Vec<Mutant> {
    let mut out = Vec::new();
    for k in 0..count {
        let (name, src) = &sources[k % sources.len()];
        let (stem, ext) = name.rsplit_once('.').unwrap_or((name, "bin"));
        let mut b = src.clone();
        let how = rng.below(4);
        let what = match how {
            0 => {
                let cut = rng.below(b.len());
                b.truncate(cut.max(8));
                format!("cut{cut}")
            }
            1 => {
                let n = 1 + rng.below(8);
                for _ in 0..n {
                    let at = rng.below(b.len());
                    b[at] ^= (1 + rng.below(255)) as u8;
                }
                format!("flip{n}x{}", rng.below(1000))
            }
            2 => {
                // A burst of flipped bytes in the middle of the file.
                let at = rng.below(b.len());
                let n = 1 + rng.below(64);
                for x in b.iter_mut().skip(at).take(n) {
                    *x = rng.below(256) as u8;
                }
                format!("burst{at}")
            }
            _ => {
                // Keywords swapped for their lookalikes: structure damage.
                let swaps: [(&[u8], &[u8]); 5] = [
                    (b"/Page", b"/Pabe"),
                    (b"endobj", b"endobx"),
                    (b"stream", b"streax"),
                    (b"/Length", b"/Lenxth"),
                    (b"R ", b"Z "),
                ];
                let (from, to) = swaps[rng.below(swaps.len())];
                let hits: Vec<usize> = b
                    .windows(from.len())
                    .enumerate()
                    .filter(|(_, w)| *w == from)
                    .map(|(i, _)| i)
                    .collect();
                if hits.is_empty() {
                    let at = rng.below(b.len());
                    b[at] = b'@';
                } else {
                    let at = hits[rng.below(hits.len())];
                    b[at..at + to.len()].copy_from_slice(to);
                }
                format!("swap{}", rng.below(1000))
            }
        };
        out.push(Mutant::new(format!("{stem}-{k}-{what}.{ext}"), b));
    }
    out
}

/// Structural damage to the real PDFs, made with lopdf: page trees that
/// loop or claim huge counts, objects and entries of the wrong type, deep
/// nesting, flate bombs in page content and images claiming 60000 x 60000
/// pixels.
pub fn structural_mutants(
    rng: &mut Rng,
    sources: &[(String, Vec<u8>)],
    count: usize,
) -> Vec<Mutant> {
    use lopdf::ObjectId;
    let pdfs: Vec<&(String, Vec<u8>)> = sources
        .iter()
        .filter(|(n, _)| n.ends_with(".pdf"))
        .collect();
    let mut out = Vec::new();
    for k in 0..count {
        let (name, bytes) = pdfs[k % pdfs.len()];
        let stem = name.trim_end_matches(".pdf");
        let mut doc = lopdf::Document::load_mem(bytes).unwrap();
        let ids: Vec<ObjectId> = doc.objects.keys().copied().collect();
        let pages: Vec<ObjectId> = doc.get_pages().values().copied().collect();
        let nodes: Vec<ObjectId> = doc
            .objects
            .iter()
            .filter(|(_, o)| {
                o.as_dict()
                    .ok()
                    .and_then(|d| d.get(b"Type").ok())
                    .and_then(|t| t.as_name().ok())
                    == Some(b"Pages")
            })
            .map(|(id, _)| *id)
            .collect();
        let dicts: Vec<ObjectId> = doc
            .objects
            .iter()
            .filter(|(_, o)| matches!(o, Object::Dictionary(_)))
            .map(|(id, _)| *id)
            .collect();
        let mut must = None;
        let what = match rng.below(7) {
            0 => {
                // Every page-tree node also lists itself and the first page
                // twice.
                for n in &nodes {
                    if let Ok(Object::Array(kids)) = doc
                        .get_object_mut(*n)
                        .and_then(Object::as_dict_mut)
                        .and_then(|d| d.get_mut(b"Kids"))
                    {
                        kids.push(Object::Reference(*n));
                        kids.push(Object::Reference(pages[0]));
                    }
                }
                "loop".to_string()
            }
            1 => {
                for n in &nodes {
                    if let Ok(d) = doc.get_object_mut(*n).and_then(Object::as_dict_mut) {
                        d.set("Count", i32::MAX as i64);
                    }
                }
                "count".to_string()
            }
            2 => {
                let id = ids[rng.below(ids.len())];
                let wrong = match rng.below(6) {
                    0 => Object::Integer(7),
                    1 => Object::Name(b"Wrong".to_vec()),
                    2 => Object::Array(vec![Object::Reference(id)]),
                    3 => Object::Dictionary(lopdf::Dictionary::new()),
                    4 => Object::Null,
                    _ => Object::Stream(lopdf::Stream::new(dictionary! {}, b"q Q".to_vec())),
                };
                doc.objects.insert(id, wrong);
                format!("wrongtype{}", id.0)
            }
            3 => {
                // An entry of a dictionary gets a value of the wrong type.
                let id = dicts[rng.below(dicts.len())];
                let d = doc
                    .get_object_mut(id)
                    .and_then(Object::as_dict_mut)
                    .unwrap();
                let keys: Vec<Vec<u8>> = d.iter().map(|(k, _)| k.clone()).collect();
                let key = keys[rng.below(keys.len())].clone();
                let value = match rng.below(3) {
                    0 => Object::Reference(id),
                    1 => Object::Integer(-1),
                    _ => Object::Reference((999_999, 0)),
                };
                d.set(key.clone(), value);
                format!("entry{}-{}", id.0, String::from_utf8_lossy(&key))
            }
            4 => {
                let id = dicts[rng.below(dicts.len())];
                let depth = 20 + rng.below(60);
                let mut deep = Object::Integer(1);
                for _ in 0..depth {
                    deep = Object::Array(vec![deep]);
                }
                if let Ok(d) = doc.get_object_mut(id).and_then(Object::as_dict_mut) {
                    d.set("Deep", deep);
                }
                format!("deep{depth}")
            }
            5 => {
                // The first page's content becomes a flate bomb.
                let contents = doc.get_page_contents(pages[0]);
                let bomb = flate_bomb(200 << 20);
                for c in contents.iter().take(1) {
                    let mut s =
                        lopdf::Stream::new(dictionary! { "Filter" => "FlateDecode" }, bomb.clone());
                    s.allows_compression = false;
                    doc.objects.insert(*c, Object::Stream(s));
                    must = Some("unpacks to more than");
                }
                "bomb".to_string()
            }
            _ => {
                // The images on the pages claim 60000 x 60000 pixels.
                let images: Vec<ObjectId> = pages
                    .iter()
                    .flat_map(|p| doc.get_page_images(*p).unwrap_or_default())
                    .map(|i| i.id)
                    .collect();
                for id in &images {
                    if let Ok(Object::Stream(s)) = doc.get_object_mut(*id) {
                        s.dict.set("Width", 60000);
                        s.dict.set("Height", 60000);
                        must = Some("60000 x 60000");
                    }
                }
                "huge-image".to_string()
            }
        };
        let mut bytes = Vec::new();
        if doc.save_to(&mut bytes).is_err() {
            continue;
        }
        out.push(Mutant {
            name: format!("{stem}-s{k}-{what}.pdf"),
            bytes,
            must_refuse: must,
        });
    }
    out
}
