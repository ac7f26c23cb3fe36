//! Text as glyphs: every line is split into runs of one direction, script
//! and face, shaped with rustybuzz (contextual forms, ligatures, marks) and
//! put in visual order by the Unicode bidirectional algorithm
//! (unicode-bidi). Also measures text and breaks paragraphs into lines.
//!
//! Text extraction: glyphs are drawn in visual order, each with the text it
//! stands for in the font's ToUnicode map. A line whose glyphs do not stand
//! one for one for its characters (Indic vowel signs drawn before their
//! consonant, ligatures), or that holds right-to-left text, also carries the
//! line's text for PDF `ActualText` (see [`extraction_text`]).

use super::font::{Cjk, Fonts, Weight};
use std::ops::Range;
use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo};
use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};
use unicode_script::{Script, UnicodeScript};

/// One glyph of a shaped line.
#[derive(Debug, Clone)]
pub struct Glyph {
    /// Face index in [`Fonts`].
    pub face: usize,
    pub id: u16,
    /// Position of the glyph's origin from the line's origin, in points.
    pub x: f32,
    pub y: f32,
    /// The characters this glyph stands for (its cluster's text).
    pub text: String,
}

/// A shaped line, glyphs in visual order (left to right).
#[derive(Debug, Clone, Default)]
pub struct Line {
    pub glyphs: Vec<Glyph>,
    /// Width in points.
    pub width: f32,
    /// The line's text for `ActualText`, when the glyphs alone do not give
    /// it back.
    pub actual: Option<String>,
}

/// A shaped glyph with its advance and the byte offset of its cluster in
/// the run.
struct Shaped {
    glyph: Glyph,
    advance: f32,
    cluster: usize,
}

/// A run of characters drawn with one face, in one direction and script.
struct Run {
    range: Range<usize>,
    level: Level,
    face: usize,
    script: Script,
}

/// True when the text's first strong character is right-to-left: such a
/// paragraph is aligned to the right.
pub fn is_rtl(text: &str) -> bool {
    unicode_bidi::get_base_direction(text) == unicode_bidi::Direction::Rtl
}

fn is_mark(c: char) -> bool {
    c.general_category_group() == GeneralCategoryGroup::Mark
        || matches!(c, '\u{200C}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}')
}

/// The text a glyph stands for in the font's map back to letters. In
/// right-to-left text a bracket is drawn with its mirror's shape ("("
/// looks like ")"), so the shape maps to the letter it shows: the same
/// shape then always maps to one letter, and the line's own text (given
/// with the line) keeps the letters as typed.
fn glyph_text(text: String, rtl: bool) -> String {
    let mut chars = text.chars();
    match (rtl, chars.next(), chars.next()) {
        (true, Some(c), None) => unicode_bidi_mirroring::get_mirrored(c)
            .map(String::from)
            .unwrap_or(text),
        _ => text,
    }
}

/// Whether two scripts may share a run: the same, or both written with
/// CJK ideographs and kana, which one font shapes alike (Japanese mixes
/// kanji and kana in every sentence; a run each would shape character by
/// character).
fn same_run_script(a: Script, b: Script) -> bool {
    let cjk = |s: Script| {
        matches!(
            s,
            Script::Han | Script::Hiragana | Script::Katakana | Script::Bopomofo
        )
    };
    a == b || (cjk(a) && cjk(b))
}

impl Fonts {
    /// The text as it will be printed: tabs become spaces, other control
    /// characters go, and characters no face can draw become "?" (and are
    /// remembered in `missing`).
    pub fn printable(&mut self, w: Weight, text: &str) -> String {
        let cjk = Cjk::of(text);
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            let c = if c == '\t' { ' ' } else { c };
            if c.is_control() {
                continue;
            }
            if is_mark(c)
                || is_default_ignorable(c)
                || self.face_for(c, w, c.script(), cjk).is_some()
            {
                out.push(c);
            } else {
                self.missing.insert(c);
                out.push('?');
            }
        }
        out
    }

    /// Splits printable text into runs of one level, script and face, in
    /// logical order.
    fn itemize(&mut self, w: Weight, text: &str, levels: &[Level]) -> Vec<Run> {
        let cjk = Cjk::of(text);
        let scripts = resolved_scripts(text);
        let mut runs: Vec<Run> = Vec::new();
        let mut prev_face: Option<usize> = None;
        for ((i, c), script) in text.char_indices().zip(scripts) {
            let face = match prev_face {
                Some(f) if is_mark(c) || is_default_ignorable(c) => f,
                None if is_default_ignorable(c) => Fonts::shipped(w),
                _ => self
                    .face_for(c, w, script, cjk)
                    .unwrap_or(Fonts::shipped(w)),
            };
            prev_face = Some(face);
            let level = levels[i];
            match runs.last_mut() {
                Some(r)
                    if r.level == level && r.face == face && same_run_script(r.script, script) =>
                {
                    r.range.end = i + c.len_utf8();
                }
                _ => runs.push(Run {
                    range: i..i + c.len_utf8(),
                    level,
                    face,
                    script,
                }),
            }
        }
        runs
    }

    /// Shapes one run; glyphs come in visual order, advances in points.
    fn shape_run(&self, text: &str, run: &Run, size: f32) -> Vec<Shaped> {
        let face = self.face(run.face);
        let Some(rb) = rustybuzz::Face::from_slice(face.bytes(), face.index) else {
            return Vec::new();
        };
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(&text[run.range.clone()]);
        buffer.set_pre_context(&text[..run.range.start]);
        buffer.set_post_context(&text[run.range.end..]);
        buffer.set_direction(if run.level.is_rtl() {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        });
        let tag = rustybuzz::ttf_parser::Tag::from_bytes_lossy(run.script.short_name().as_bytes());
        if let Some(script) = rustybuzz::Script::from_iso15924_tag(tag) {
            buffer.set_script(script);
        }
        buffer.guess_segment_properties();
        let shaped = rustybuzz::shape(&rb, &[], buffer);
        let scale = size / face.units;
        let infos = shaped.glyph_infos();
        let positions = shaped.glyph_positions();
        // The text each cluster stands for: from its start to the next
        // cluster's start in logical order.
        let mut starts: Vec<usize> = infos.iter().map(|g| g.cluster as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let local = &text[run.range.clone()];
        let cluster_text = |start: usize| {
            let end = starts
                .iter()
                .find(|s| **s > start)
                .copied()
                .unwrap_or(local.len());
            local.get(start..end).unwrap_or("").to_string()
        };
        infos
            .iter()
            .zip(positions)
            .map(|(info, pos)| {
                let glyph = Glyph {
                    face: run.face,
                    id: info.glyph_id as u16,
                    x: pos.x_offset as f32 * scale,
                    y: pos.y_offset as f32 * scale,
                    text: glyph_text(cluster_text(info.cluster as usize), run.level.is_rtl()),
                };
                Shaped {
                    glyph,
                    advance: pos.x_advance as f32 * scale,
                    cluster: info.cluster as usize,
                }
            })
            .collect()
    }

    /// Shapes one line of text (no line breaks) in visual order.
    pub fn shape_line(&mut self, w: Weight, size: f32, text: &str) -> Line {
        let text = self.printable(w, text);
        if text.is_empty() {
            return Line::default();
        }
        let bidi = ParagraphBidiInfo::new(&text, None);
        let runs = self.itemize(w, &text, &bidi.levels);
        let (_, visual) = bidi.visual_runs(0..text.len());
        let mut glyphs = Vec::new();
        let mut pen = 0.0;
        let mut one_for_one = true;
        for level_run in visual {
            let mut parts: Vec<&Run> = runs
                .iter()
                .filter(|r| r.range.start >= level_run.start && r.range.end <= level_run.end)
                .collect();
            if parts.first().is_some_and(|r| r.level.is_rtl()) {
                parts.reverse();
            }
            for run in parts {
                for Shaped {
                    mut glyph, advance, ..
                } in self.shape_run(&text, run, size)
                {
                    one_for_one &= glyph.text.chars().count() == 1;
                    glyph.x += pen;
                    pen += advance;
                    glyphs.push(glyph);
                }
            }
        }
        let rtl = text.chars().any(is_strong_rtl);
        let mut clusters: Vec<&str> = glyphs.iter().map(|g| g.text.as_str()).collect();
        clusters.dedup();
        let complete = clusters.len() == glyphs.len() && one_for_one;
        Line {
            glyphs,
            width: pen,
            actual: (rtl || !complete).then(|| {
                let shown: String = text.chars().filter(|c| !is_default_ignorable(*c)).collect();
                extraction_text(&shown)
            }),
        }
    }

    /// Width of `text` in points at `size`.
    pub fn width(&mut self, w: Weight, size: f32, text: &str) -> f32 {
        let text = self.printable(w, text);
        self.advances(w, size, &text).iter().sum()
    }

    /// The advance of each character of printable `text`, in points, from
    /// shaping it in logical order.
    fn advances(&mut self, w: Weight, size: f32, text: &str) -> Vec<f32> {
        let mut per_byte = vec![0.0; text.len() + 1];
        if !text.is_empty() {
            let bidi = ParagraphBidiInfo::new(text, None);
            let runs = self.itemize(w, text, &bidi.levels);
            for run in &runs {
                let start = run.range.start;
                for shaped in self.shape_run(text, run, size) {
                    per_byte[start + shaped.cluster] += shaped.advance;
                }
            }
        }
        text.char_indices().map(|(i, _)| per_byte[i]).collect()
    }

    /// Splits text into lines no wider than `width`, keeping line breaks.
    /// Lines break after spaces and between CJK characters; a word longer
    /// than the line is cut between clusters.
    pub fn wrap(&mut self, text: &str, size: f32, w: Weight, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for para in text.split('\n') {
            let para = para.split_whitespace().collect::<Vec<_>>().join(" ");
            let para = self.printable(w, &para);
            let chars: Vec<char> = para.chars().collect();
            let advances = self.advances(w, size, &para);
            let mut start = 0;
            let mut line_w = 0.0;
            let mut last_break: Option<(usize, f32)> = None;
            let mut i = 0;
            while i < chars.len() {
                if i > start && can_break(&chars, i) {
                    last_break = Some((i, line_w));
                }
                let fits = line_w + advances[i] <= width || chars[i] == ' ';
                if fits || i == start {
                    line_w += advances[i];
                    i += 1;
                    continue;
                }
                let cut = match last_break {
                    Some((b, _)) if b > start => b,
                    _ => cluster_cut(&chars, start, i),
                };
                lines.push(
                    chars[start..cut]
                        .iter()
                        .collect::<String>()
                        .trim_end()
                        .to_string(),
                );
                start = cut;
                while start < chars.len() && chars[start] == ' ' {
                    start += 1;
                }
                i = start;
                line_w = 0.0;
                last_break = None;
            }
            lines.push(
                chars[start..]
                    .iter()
                    .collect::<String>()
                    .trim_end()
                    .to_string(),
            );
        }
        lines
    }
}

/// The script of each character, with common characters (spaces, digits,
/// punctuation) and marks taking the script of the text around them.
fn resolved_scripts(text: &str) -> Vec<Script> {
    let raw: Vec<Script> = text.chars().map(|c| c.script()).collect();
    let weak = |s: Script| matches!(s, Script::Common | Script::Inherited | Script::Unknown);
    let first = raw
        .iter()
        .copied()
        .find(|s| !weak(*s))
        .unwrap_or(Script::Common);
    let mut current = first;
    raw.into_iter()
        .map(|s| {
            if !weak(s) {
                current = s;
            }
            current
        })
        .collect()
}

fn is_cjk(c: char) -> bool {
    matches!(
        c.script(),
        Script::Han | Script::Hiragana | Script::Katakana | Script::Bopomofo
    ) || ('\u{3000}'..='\u{303F}').contains(&c)
        || ('\u{FF00}'..='\u{FFEF}').contains(&c)
}

/// A line may start at `chars[i]`: after a space, or next to a CJK
/// character (not before a mark).
fn can_break(chars: &[char], i: usize) -> bool {
    let (before, here) = (chars[i - 1], chars[i]);
    if here == ' ' || is_mark(here) {
        return false;
    }
    before == ' '
        || is_cjk(before)
        || is_cjk(here)
        // After the hyphen or slash inside a long compound or name
        // ("Ludwig-|Maximilians", "Hydrochlorothiazide/|Lisinopril").
        || (matches!(before, '-' | '/')
            && here.is_alphanumeric()
            && i >= 2
            && chars[i - 2].is_alphanumeric())
}

/// The pieces of a word between the places a line may break inside it
/// (after a hyphen or slash between letters), for the narrowest a column
/// can be without cutting a word.
pub fn unbreakable(word: &str) -> impl Iterator<Item = &str> {
    word.split_inclusive(['-', '/'])
}

/// Where to cut a word that does not fit: before `end`, but never inside a
/// cluster (before a mark or after a joiner or virama).
fn cluster_cut(chars: &[char], start: usize, end: usize) -> usize {
    let mut cut = end;
    while cut > start + 1 && !starts_cluster(chars, cut) {
        cut -= 1;
    }
    if cut <= start {
        end.max(start + 1)
    } else {
        cut
    }
}

fn starts_cluster(chars: &[char], i: usize) -> bool {
    let before = chars[i - 1];
    !is_mark(chars[i])
        && before != '\u{200D}'
        && unicode_ccc::get_canonical_combining_class(before)
            != unicode_ccc::CanonicalCombiningClass::Virama
}

fn is_default_ignorable(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

fn class(c: char) -> BidiClass {
    unicode_bidi::bidi_class(c)
}

fn is_strong_rtl(c: char) -> bool {
    matches!(class(c), BidiClass::R | BidiClass::AL)
}

/// The text of a line as text extraction needs it.
///
/// Extractors find right-to-left text in the glyphs' visual order and turn
/// each right-to-left stretch around: a stretch starts at a right-to-left
/// letter and goes on until a left-to-right letter or a digit. So the text
/// is given with each right-to-left stretch of the logical text reversed,
/// ending at its last right-to-left letter, and followed by a LEFT-TO-RIGHT
/// MARK (invisible) where spaces or punctuation follow, so that they stay
/// where they were typed. Text without right-to-left letters is returned as
/// it is.
pub fn extraction_text(logical: &str) -> String {
    let chars: Vec<char> = logical.chars().collect();
    let ends_stretch = |c: char| matches!(class(c), BidiClass::L | BidiClass::EN | BidiClass::AN);
    let mut out = String::with_capacity(logical.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        if !is_strong_rtl(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && !ends_stretch(chars[j]) {
            j += 1;
        }
        let mut end = j;
        while end > i && !(is_strong_rtl(chars[end - 1]) || class(chars[end - 1]) == BidiClass::NSM)
        {
            end -= 1;
        }
        out.extend(chars[i..end].iter().rev());
        if end < chars.len() {
            out.push('\u{200E}');
        }
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extraction_text_reverses_right_to_left_stretches() {
        assert_eq!(extraction_text("Plain text 42"), "Plain text 42");
        assert_eq!(extraction_text("مريم"), "ميرم");
        assert_eq!(extraction_text("مريم 42"), "ميرم\u{200E} 42");
        assert_eq!(extraction_text("Dr מרים כהן, 3"), "Dr ןהכ םירמ\u{200E}, 3");
    }

    #[test]
    fn wrapping_keeps_words_and_cuts_only_long_ones() {
        let mut fonts = Fonts::new();
        let lines = fonts.wrap("one two three four", 10.0, Weight::Regular, 40.0);
        assert!(lines.len() > 1, "{lines:?}");
        assert_eq!(lines.join(" "), "one two three four");
        let long = fonts.wrap(&"x".repeat(60), 10.0, Weight::Regular, 50.0);
        assert!(long.len() > 1);
        assert_eq!(long.concat(), "x".repeat(60));
    }
}
