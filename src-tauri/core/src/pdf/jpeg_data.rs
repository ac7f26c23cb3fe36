//! Checking a baseline JPEG's coded data without decoding its pixels.
//!
//! Every Huffman code of every block is read as a decoder reads it, restart
//! markers are checked and the data must end exactly at the end marker:
//! what a strict decoder refuses in the data is found here, at a fraction
//! of the cost of decoding (no inverse transform, no colours, no image in
//! memory). Only plain baseline photos, the kind cameras and phones write,
//! are checked; anything else, and anything unusual, answers `false`, and
//! the caller then decodes the photo to judge it.

/// A Huffman table: a nine-bit lookup for short codes, the canonical
/// ranges for the rest.
struct Table {
    /// Code length and symbol for each nine-bit prefix (length 0: longer).
    fast: Box<[(u8, u8); 512]>,
    /// For coefficients whose code and extra bits fit in nine bits: the
    /// bits they take and the run before them plus one (0: not so).
    short: Box<[(u8, u8); 512]>,
    /// For each length, the largest code of that length plus one (0: none),
    /// the first code and where its symbols start.
    max: [u32; 17],
    first: [u32; 17],
    start: [usize; 17],
    symbols: Vec<u8>,
}

impl Table {
    /// Reads one table definition; `None` when it is not a valid code.
    fn new(counts: &[u8], symbols: &[u8]) -> Option<Table> {
        let mut t = Table {
            fast: Box::new([(0, 0); 512]),
            short: Box::new([(0, 0); 512]),
            max: [0; 17],
            first: [0; 17],
            start: [0; 17],
            symbols: symbols.to_vec(),
        };
        let mut code = 0u32;
        let mut k = 0usize;
        for len in 1..=16usize {
            let n = counts[len - 1] as usize;
            t.first[len] = code;
            t.start[len] = k;
            if n > 0 {
                if code + n as u32 > (1 << len) {
                    return None;
                }
                for _ in 0..n {
                    if len <= 9 {
                        let shift = 9 - len;
                        for low in 0..(1u32 << shift) {
                            t.fast[((code << shift) | low) as usize] = (len as u8, symbols[k]);
                        }
                    }
                    code += 1;
                    k += 1;
                }
                t.max[len] = code;
            }
            code <<= 1;
        }
        for i in 0..512 {
            let (len, sym) = t.fast[i];
            let (run, size) = (sym >> 4, sym & 15);
            if len > 0 && size > 0 && len + size <= 9 {
                t.short[i] = (len + size, run + 1);
            }
        }
        Some(t)
    }
}

/// The coded data of a scan, read bit by bit; byte stuffing undone, and
/// reading stops at a marker.
struct Bits<'a> {
    data: &'a [u8],
    pos: usize,
    /// Bits not yet read, from the top.
    acc: u64,
    n: u32,
    /// How many of the `n` bits are padding after a marker or the end.
    pad: u32,
}

impl Bits<'_> {
    /// Loads bytes until more than 56 bits are waiting: enough for a
    /// code and its extra bits (at most 27) twice.
    fn fill(&mut self) {
        // Whole bytes at once while none of them is 0xFF.
        if let Some(Ok(bytes)) = self
            .data
            .get(self.pos..self.pos + 8)
            .map(<[u8; 8]>::try_from)
        {
            let x = u64::from_be_bytes(bytes);
            let v = !x;
            let has_ff = v.wrapping_sub(0x0101_0101_0101_0101) & !v & 0x8080_8080_8080_8080;
            if has_ff == 0 {
                let take = (64 - self.n) / 8;
                if take > 0 {
                    let top = if take == 8 { x } else { x >> (64 - 8 * take) };
                    self.acc |= top << (64 - self.n - 8 * take);
                    self.n += 8 * take;
                    self.pos += take as usize;
                }
                return;
            }
        }
        while self.n <= 56 {
            let byte = match self.data.get(self.pos) {
                Some(0xFF) if self.data.get(self.pos + 1) == Some(&0) => {
                    self.pos += 2;
                    0xFF
                }
                Some(0xFF) | None => {
                    self.pad += 8;
                    0
                }
                Some(b) => {
                    self.pos += 1;
                    *b
                }
            };
            self.acc |= (byte as u64) << (56 - self.n);
            self.n += 8;
        }
    }

    /// Drops `k` bits (at most 27, after a fill).
    fn drop_bits(&mut self, k: u32) {
        self.acc <<= k;
        self.n -= k;
    }

    fn symbol(&mut self, t: &Table) -> Option<u8> {
        let (len, sym) = t.fast[(self.acc >> 55) as usize];
        if len > 0 {
            self.drop_bits(len as u32);
            return Some(sym);
        }
        for len in 10..=16usize {
            let code = (self.acc >> (64 - len)) as u32;
            if t.max[len] > 0 && code < t.max[len] && code >= t.first[len] {
                let sym = *t
                    .symbols
                    .get(t.start[len] + (code - t.first[len]) as usize)?;
                self.drop_bits(len as u32);
                return Some(sym);
            }
        }
        None
    }

    /// One block's coefficients; false when a code is wrong or the data
    /// ran out.
    fn block(&mut self, dc: &Table, ac: &Table) -> bool {
        self.fill();
        let Some(s) = self.symbol(dc) else {
            return false;
        };
        if s > 11 {
            return false;
        }
        self.drop_bits(s as u32);
        let mut k = 1;
        while k < 64 {
            if self.n < 32 {
                self.fill();
            }
            let (bits, run) = ac.short[(self.acc >> 55) as usize];
            if bits > 0 {
                self.drop_bits(bits as u32);
                k += run as usize;
                if k > 64 {
                    return false;
                }
                continue;
            }
            let Some(rs) = self.symbol(ac) else {
                return false;
            };
            let (r, s) = ((rs >> 4) as usize, (rs & 15) as u32);
            if s == 0 {
                if r != 15 {
                    break;
                }
                k += 16;
                continue;
            }
            k += r;
            if k > 63 || s > 10 {
                return false;
            }
            self.drop_bits(s);
            k += 1;
        }
        k <= 64 && self.n >= self.pad
    }

    /// Where the data stopped, once what is left of the last byte is
    /// dropped; `None` when whole bytes were left unread.
    fn end(&self) -> Option<usize> {
        (self.n >= self.pad && self.n - self.pad < 8).then_some(self.pos)
    }
}

struct Component {
    id: u8,
    h: usize,
    v: usize,
    /// Its quantization table.
    q: usize,
}

/// Whether `bytes` is a baseline JPEG whose coded data reads cleanly to
/// the end marker. `false` means "decode it to know".
pub fn baseline_clean(bytes: &[u8]) -> bool {
    check(bytes).unwrap_or(false)
}

fn segment(bytes: &[u8], at: usize) -> Option<&[u8]> {
    let len = u16::from_be_bytes([*bytes.get(at + 2)?, *bytes.get(at + 3)?]) as usize;
    if len < 2 {
        return None;
    }
    bytes.get(at + 4..at + 2 + len)
}

fn check(bytes: &[u8]) -> Option<bool> {
    if !bytes.starts_with(&[0xFF, 0xD8]) {
        return Some(false);
    }
    let mut dc: [Option<Table>; 4] = [None, None, None, None];
    let mut ac: [Option<Table>; 4] = [None, None, None, None];
    let mut frame: Option<(usize, usize, Vec<Component>)> = None;
    let mut restart = 0usize;
    let mut quant = [false; 4];
    let mut seen = [false; 256];
    let mut scans = 0;
    let mut at = 2;
    loop {
        if *bytes.get(at)? != 0xFF {
            return Some(false);
        }
        let marker = *bytes.get(at + 1)?;
        match marker {
            0xFF => {
                at += 1;
                continue;
            }
            0xD9 => {
                let Some((_, _, comps)) = &frame else {
                    return Some(false);
                };
                return Some(scans > 0 && comps.iter().all(|c| seen[c.id as usize]));
            }
            0xC4 => {
                let mut seg = segment(bytes, at)?;
                while !seg.is_empty() {
                    let (class, id) = (seg[0] >> 4, (seg[0] & 15) as usize);
                    let counts = seg.get(1..17)?;
                    let total: usize = counts.iter().map(|c| *c as usize).sum();
                    let symbols = seg.get(17..17 + total)?;
                    if id > 3 || class > 1 {
                        return Some(false);
                    }
                    let table = Table::new(counts, symbols)?;
                    if class == 0 {
                        dc[id] = Some(table);
                    } else {
                        ac[id] = Some(table);
                    }
                    seg = &seg[17 + total..];
                }
            }
            0xC0 | 0xC1 => {
                let seg = segment(bytes, at)?;
                if frame.is_some() || *seg.first()? != 8 {
                    return Some(false);
                }
                let h = u16::from_be_bytes([*seg.get(1)?, *seg.get(2)?]) as usize;
                let w = u16::from_be_bytes([*seg.get(3)?, *seg.get(4)?]) as usize;
                let n = *seg.get(5)? as usize;
                let mut comps = Vec::new();
                for c in 0..n {
                    let s = seg.get(6 + 3 * c..9 + 3 * c)?;
                    let (h, v) = ((s[1] >> 4) as usize, (s[1] & 15) as usize);
                    if !(1..=4).contains(&h) || !(1..=4).contains(&v) {
                        return Some(false);
                    }
                    comps.push(Component {
                        id: s[0],
                        h,
                        v,
                        q: s[2] as usize,
                    });
                }
                if w == 0 || h == 0 || !(1..=4).contains(&n) {
                    return Some(false);
                }
                frame = Some((w, h, comps));
            }
            0xDD => {
                let seg = segment(bytes, at)?;
                restart = u16::from_be_bytes([*seg.first()?, *seg.get(1)?]) as usize;
            }
            0xDB => {
                let mut seg = segment(bytes, at)?;
                while let Some(head) = seg.first() {
                    let (wide, id) = (head >> 4, (head & 15) as usize);
                    let len = if wide == 0 { 65 } else { 129 };
                    if id > 3 || wide > 1 || seg.len() < len {
                        return Some(false);
                    }
                    quant[id] = true;
                    seg = &seg[len..];
                }
            }
            0xDA => {
                let seg = segment(bytes, at)?;
                let data_at = at + 2 + seg.len() + 2;
                let (w, h, comps) = frame.as_ref()?;
                if comps
                    .iter()
                    .any(|c| !quant.get(c.q).copied().unwrap_or(false))
                {
                    return Some(false);
                }
                let end = scan(bytes, seg, data_at, (*w, *h, comps), &dc, &ac, restart)?;
                for id in seg.iter().skip(1).step_by(2).take(seg[0] as usize) {
                    seen[*id as usize] = true;
                }
                scans += 1;
                at = end;
                continue;
            }
            0xE0..=0xEF | 0xFE => {
                segment(bytes, at)?;
            }
            _ => return Some(false),
        }
        at += 2 + segment(bytes, at)?.len() + 2;
    }
}

/// Reads one scan's data (header `seg`, data from `at`); returns where the
/// next marker is, or `None` when the data is not clean.
fn scan(
    bytes: &[u8],
    seg: &[u8],
    at: usize,
    (w, h, comps): (usize, usize, &[Component]),
    dc: &[Option<Table>; 4],
    ac: &[Option<Table>; 4],
    restart: usize,
) -> Option<usize> {
    let n = *seg.first()? as usize;
    let tail = seg.get(1 + 2 * n..4 + 2 * n)?;
    if n == 0 || tail != [0, 63, 0] {
        return None;
    }
    let hmax = comps.iter().map(|c| c.h).max()?;
    let vmax = comps.iter().map(|c| c.v).max()?;
    // Per component of the scan: its tables and blocks per unit.
    let mut units: Vec<(&Table, &Table, usize)> = Vec::new();
    let mut count = 0;
    for k in 0..n {
        let (id, tables) = (seg[1 + 2 * k], seg[2 + 2 * k]);
        let c = comps.iter().find(|c| c.id == id)?;
        let d = dc.get((tables >> 4) as usize)?.as_ref()?;
        let a = ac.get((tables & 15) as usize)?.as_ref()?;
        if n == 1 {
            let bw = (w * c.h).div_ceil(hmax).div_ceil(8);
            let bh = (h * c.v).div_ceil(vmax).div_ceil(8);
            units.push((d, a, 1));
            count = bw * bh;
        } else {
            units.push((d, a, c.h * c.v));
            count = w.div_ceil(8 * hmax) * h.div_ceil(8 * vmax);
        }
    }
    let mut bits = Bits {
        data: bytes,
        pos: at,
        acc: 0,
        n: 0,
        pad: 0,
    };
    let mut expected_rst = 0u8;
    for unit in 0..count {
        if restart > 0 && unit > 0 && unit % restart == 0 {
            let pos = bits.end()?;
            if bytes.get(pos..pos + 2)? != [0xFF, 0xD0 + expected_rst] {
                return None;
            }
            expected_rst = (expected_rst + 1) % 8;
            bits = Bits {
                data: bytes,
                pos: pos + 2,
                acc: 0,
                n: 0,
                pad: 0,
            };
        }
        for (d, a, blocks) in &units {
            for _ in 0..*blocks {
                if !bits.block(d, a) {
                    return None;
                }
            }
        }
    }
    let pos = bits.end()?;
    (bytes.get(pos) == Some(&0xFF) && bytes.get(pos + 1) != Some(&0)).then_some(pos)
}

#[cfg(test)]
mod tests {
    use super::baseline_clean;

    fn photo(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(w, h, |x, y| {
            image::Rgb([
                (x * 7 % 256) as u8,
                (y * 3 % 256) as u8,
                ((x ^ y) % 256) as u8,
            ])
        });
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
            .encode(img.as_raw(), w, h, image::ExtendedColorType::Rgb8)
            .unwrap();
        out
    }

    fn strict(bytes: &[u8]) -> bool {
        let opts = zune_core::options::DecoderOptions::default().set_strict_mode(true);
        zune_jpeg::JpegDecoder::new_with_options(std::io::Cursor::new(bytes), opts)
            .decode()
            .is_ok()
    }

    #[test]
    fn a_whole_photo_reads_cleanly_and_a_cut_one_does_not() {
        for (w, h) in [(640, 480), (33, 17), (8, 8), (1001, 7)] {
            let p = photo(w, h);
            assert!(baseline_clean(&p), "{w} x {h}");
            let cut = &p[..p.len() * 2 / 3];
            assert!(!baseline_clean(cut), "{w} x {h} cut");
        }
    }

    #[test]
    fn what_reads_cleanly_here_a_strict_decoder_decodes() {
        let p = photo(320, 240);
        let mut state = 12345u64;
        for _ in 0..400 {
            let mut b = p.clone();
            for _ in 0..3 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let at = (state as usize) % b.len();
                b[at] ^= (state >> 32) as u8 | 1;
            }
            if baseline_clean(&b) {
                assert!(strict(&b), "a damaged photo passed");
            }
        }
        let kept = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
        for entry in std::fs::read_dir(kept).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "jpg") {
                let b = std::fs::read(&path).unwrap();
                if baseline_clean(&b) {
                    assert!(strict(&b), "{} passed", path.display());
                }
            }
        }
    }
}
