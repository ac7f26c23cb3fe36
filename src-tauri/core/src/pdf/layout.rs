//! Generated pages: text that wraps and flows onto new pages, headings that
//! become bookmarks, tables that repeat their header, and links.
//! Right-to-left paragraphs and table cells are aligned to the right.
//!
//! Pages are kept as drawing operations with shaped glyphs of the original
//! fonts ([`super::text`]); [`super::render`] draws them with printpdf once
//! every glyph in use (and so every font subset) is known.

use super::font::{Fonts, Weight};
use super::text::{is_rtl, Line};
use crate::i18n::Catalogue;
use lopdf::ObjectId;

/// Points per millimetre.
pub const MM: f32 = 72.0 / 25.4;
/// Margin around generated pages.
pub const MARGIN: f32 = 18.0 * MM;
/// Height kept free at the bottom of every page for the footer.
pub const FOOTER: f32 = 14.0 * MM;

/// One drawing operation on a generated page.
#[derive(Debug, Clone)]
pub enum Op {
    /// A shaped line with its origin (left end of the baseline) at `x, y`.
    Text {
        x: f32,
        y: f32,
        size: f32,
        line: Line,
        gray: f32,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: f32,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        gray: f32,
    },
    /// An image XObject drawn with the matrix `[a b c d e f]`.
    Image { object: ObjectId, matrix: [f32; 6] },
    /// Saves the graphics state and changes coordinates by the matrix
    /// `[a b c d e f]`, until the next [`Op::Restore`].
    Transform([f32; 6]),
    /// Restores the graphics state saved by the last [`Op::Transform`].
    Restore,
}

/// A generated page.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub ops: Vec<Op>,
    /// Clickable areas `[x1 y1 x2 y2]` and the 1-based page they lead to.
    pub links: Vec<([f32; 4], usize)>,
}

/// A bookmark: title, 0-based index of the generated page, level (0 = top).
#[derive(Debug, Clone)]
pub struct Anchor {
    pub title: String,
    pub page: usize,
    pub level: u8,
}

/// Lays out flowing content on pages of one size.
pub struct Layout<'f> {
    pub fonts: &'f mut Fonts,
    /// The language the generated words are in.
    pub words: &'static Catalogue,
    pub width: f32,
    pub height: f32,
    pub pages: Vec<Page>,
    pub anchors: Vec<Anchor>,
    /// The cursor: the top of the next line, from the bottom of the page.
    pub y: f32,
}

/// Body text size.
pub const BODY: f32 = 10.5;

fn leading(size: f32) -> f32 {
    size * 1.4
}

impl<'f> Layout<'f> {
    pub fn new(fonts: &'f mut Fonts, words: &'static Catalogue, width: f32, height: f32) -> Self {
        Layout {
            fonts,
            words,
            width,
            height,
            pages: Vec::new(),
            anchors: Vec::new(),
            y: 0.0,
        }
    }

    /// Width available for text.
    pub fn text_width(&self) -> f32 {
        self.width - 2.0 * MARGIN
    }

    fn bottom(&self) -> f32 {
        MARGIN + FOOTER - 6.0 * MM
    }

    /// Starts a new page.
    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.height - MARGIN;
    }

    /// Index of the current page.
    pub fn page_index(&self) -> usize {
        self.pages.len().saturating_sub(1)
    }

    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.new_page();
        }
        self.pages.last_mut().expect("a page exists")
    }

    /// Moves to a new page unless `h` points still fit.
    pub fn ensure(&mut self, h: f32) {
        if self.pages.is_empty() || self.y - h < self.bottom() {
            self.new_page();
        }
    }

    /// Space down the page.
    pub fn gap(&mut self, h: f32) {
        self.y -= h;
    }

    /// Draws one line of text with its top at `top` (no wrapping), from
    /// `x`; returns its width.
    pub fn text_at(
        &mut self,
        x: f32,
        top: f32,
        size: f32,
        weight: Weight,
        text: &str,
        gray: f32,
    ) -> f32 {
        let line = self.fonts.shape_line(weight, size, text);
        let width = line.width;
        self.draw(x, top, size, line, gray);
        width
    }

    /// Draws one line of text with its top at `top` in a box from `x` that
    /// is `width` wide: on the left, or on the right when `right`.
    #[allow(clippy::too_many_arguments)]
    pub fn text_in(
        &mut self,
        x: f32,
        top: f32,
        width: f32,
        size: f32,
        weight: Weight,
        text: &str,
        gray: f32,
        right: bool,
    ) {
        let line = self.fonts.shape_line(weight, size, text);
        let x = if right { x + width - line.width } else { x };
        self.draw(x, top, size, line, gray);
    }

    fn draw(&mut self, x: f32, top: f32, size: f32, line: Line, gray: f32) {
        if line.glyphs.is_empty() {
            return;
        }
        let baseline = top - size * 0.95;
        self.page().ops.push(Op::Text {
            x,
            y: baseline,
            size,
            line,
            gray,
        });
    }

    /// Splits text into lines no wider than `width`, keeping line breaks.
    pub fn wrap(&mut self, text: &str, size: f32, weight: Weight, width: f32) -> Vec<String> {
        self.fonts.wrap(text, size, weight, width)
    }

    /// [`Layout::wrap`], each line with whether its paragraph is right to
    /// left (and so aligned to the right).
    fn lines(&mut self, text: &str, size: f32, weight: Weight, width: f32) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        for para in text.split('\n') {
            let right = is_rtl(para);
            for line in self.fonts.wrap(para, size, weight, width) {
                out.push((line, right));
            }
        }
        out
    }

    /// A paragraph that wraps and flows onto following pages.
    pub fn paragraph(&mut self, text: &str, size: f32, weight: Weight, indent: f32) {
        let width = self.text_width() - indent;
        for (line, right) in self.lines(text, size, weight, width) {
            self.ensure(leading(size));
            let y = self.y;
            self.text_in(MARGIN + indent, y, width, size, weight, &line, 0.0, right);
            self.y -= leading(size);
        }
    }

    /// A heading, kept with at least a few lines after it, and a bookmark.
    pub fn heading(&mut self, text: &str, level: u8) {
        let size = match level {
            0 => 18.0,
            1 => 13.5,
            _ => 11.5,
        };
        self.ensure(leading(size) + 4.0 * leading(BODY));
        if level > 0 && self.y < self.height - MARGIN - 1.0 {
            self.gap(size * 0.6);
        }
        self.anchors.push(Anchor {
            title: text.to_string(),
            page: self.page_index(),
            level,
        });
        self.paragraph(text, size, Weight::Bold, 0.0);
        if level == 0 {
            let y = self.y + 2.0;
            let w = self.text_width();
            self.page().ops.push(Op::Line {
                x1: MARGIN,
                y1: y,
                x2: MARGIN + w,
                y2: y,
                width: 1.2,
                gray: 0.25,
            });
            self.gap(8.0);
        } else {
            self.gap(2.0);
        }
    }

    /// "Label: value" with the value wrapping under itself.
    pub fn field(&mut self, label: &str, value: &str) {
        if value.trim().is_empty() {
            return;
        }
        let label_w = (46.0 * MM).max(self.fonts.width(Weight::Bold, BODY, label) + 8.0);
        let value_w = self.text_width() - label_w;
        let lines = self.lines(value, BODY, Weight::Regular, value_w);
        for (i, (line, right)) in lines.iter().enumerate() {
            self.ensure(leading(BODY));
            let y = self.y;
            if i == 0 {
                self.text_at(MARGIN, y, BODY, Weight::Bold, label, 0.25);
            }
            self.text_in(
                MARGIN + label_w,
                y,
                value_w,
                BODY,
                Weight::Regular,
                line,
                0.0,
                *right,
            );
            self.y -= leading(BODY);
        }
    }

    /// Ruled lines to write on, when printed.
    pub fn writing_lines(&mut self, count: usize, indent: f32) {
        for _ in 0..count {
            self.ensure(22.0);
            self.y -= 20.0;
            let y = self.y;
            let x2 = self.width - MARGIN;
            self.page().ops.push(Op::Line {
                x1: MARGIN + indent,
                y1: y,
                x2,
                y2: y,
                width: 0.5,
                gray: 0.6,
            });
        }
        self.gap(6.0);
    }

    /// Column widths sized to their content, as a browser sizes an
    /// automatic table: each column gets at least its longest word (so no
    /// word is cut if the page allows), and the room left goes to the
    /// columns whose text would otherwise wrap, in proportion to how much
    /// more they need. When everything fits on one line, the spare room is
    /// shared as `widths` (fractions of the text width) suggest.
    fn fit_columns(
        &mut self,
        headers: &[&str],
        widths: &[f32],
        rows: &[Vec<String>],
        pad: f32,
    ) -> Vec<f32> {
        let total = self.text_width();
        let size = BODY - 0.5;
        let extra = 2.0 * pad + 1.0;
        let mut least = Vec::with_capacity(widths.len());
        let mut most = Vec::with_capacity(widths.len());
        for c in 0..widths.len() {
            let head = headers.get(c).copied().unwrap_or("");
            let mut lo = 0.0f32;
            for word in head.split_whitespace() {
                lo = lo.max(self.fonts.width(Weight::Bold, size, word));
            }
            let mut hi = self.fonts.width(Weight::Bold, size, head);
            for text in rows.iter().filter_map(|row| row.get(c)) {
                for para in text.split('\n') {
                    hi = hi.max(self.fonts.width(Weight::Regular, size, para));
                    for word in para.split_whitespace().flat_map(super::text::unbreakable) {
                        lo = lo.max(self.fonts.width(Weight::Regular, size, word));
                    }
                }
            }
            least.push(lo + extra);
            most.push(hi.max(lo) + extra);
        }
        let (sum_lo, sum_hi): (f32, f32) = (least.iter().sum(), most.iter().sum());
        if sum_hi <= total {
            let spare = total - sum_hi;
            return most
                .iter()
                .zip(widths)
                .map(|(m, w)| m + spare * w)
                .collect();
        }
        if sum_lo >= total {
            // Even single words do not fit: shrink in proportion.
            return least.iter().map(|l| l * total / sum_lo).collect();
        }
        let spare = total - sum_lo;
        let want = sum_hi - sum_lo;
        least
            .iter()
            .zip(&most)
            .map(|(l, m)| l + spare * (m - l) / want)
            .collect()
    }

    /// A table with wrapping cells whose header repeats on each new page.
    /// `widths` are fractions of the text width; `links` gives, per row, the
    /// page a click on the row leads to.
    pub fn table(
        &mut self,
        headers: &[&str],
        widths: &[f32],
        rows: &[Vec<String>],
        links: &[Option<usize>],
    ) {
        let total = self.text_width();
        let pad = 3.0;
        let cols = self.fit_columns(headers, widths, rows, pad);
        let line_h = leading(BODY - 0.5);
        // A heading longer than its column (a longer language) wraps
        // rather than running into the next column or off the page.
        let head_lines: Vec<Vec<(String, bool)>> = headers
            .iter()
            .zip(&cols)
            .map(|(head, w)| self.lines(head, BODY - 0.5, Weight::Bold, w - 2.0 * pad))
            .collect();
        let head_rows = head_lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let draw_header = |this: &mut Self| {
            let h = head_rows as f32 * line_h + 2.0 * pad;
            let y = this.y;
            this.page().ops.push(Op::Rect {
                x: MARGIN,
                y: y - h,
                w: total,
                h,
                fill: 0.88,
            });
            let mut x = MARGIN;
            for (lines, w) in head_lines.iter().zip(&cols) {
                for (k, (line, _)) in lines.iter().enumerate() {
                    let top = y - pad - k as f32 * line_h;
                    this.text_at(x + pad, top, BODY - 0.5, Weight::Bold, line, 0.0);
                }
                x += w;
            }
            this.y -= h;
        };
        self.ensure(3.0 * line_h + 4.0 * pad);
        draw_header(self);
        let all: Vec<Vec<Vec<(String, bool)>>> = rows
            .iter()
            .map(|row| {
                row.iter()
                    .zip(&cols)
                    .map(|(text, w)| self.lines(text, BODY - 0.5, Weight::Regular, w - 2.0 * pad))
                    .collect()
            })
            .collect();
        let heights: Vec<f32> = all
            .iter()
            .map(|cells| {
                cells.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * line_h + 2.0 * pad
            })
            .collect();
        let mut first_on_page = 0;
        for (r, cells) in all.iter().enumerate() {
            // The last row never goes to a page alone: it takes the one
            // before it along.
            let room = self.y - self.bottom();
            let rest: f32 = heights[r..].iter().sum();
            if r + 2 == rows.len() && r > first_on_page && rest > room && heights[r] <= room {
                self.new_page();
                draw_header(self);
                first_on_page = r;
            }
            let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let mut done = 0;
            while done < lines {
                if self.y - (line_h + 2.0 * pad) < self.bottom() {
                    self.new_page();
                    draw_header(self);
                    first_on_page = r;
                }
                let room = ((self.y - self.bottom() - 2.0 * pad) / line_h)
                    .floor()
                    .max(1.0) as usize;
                let take = room.min(lines - done);
                let h = take as f32 * line_h + 2.0 * pad;
                let top = self.y;
                let mut x = MARGIN;
                for (cell, w) in cells.iter().zip(&cols) {
                    for (i, (line, right)) in cell.iter().skip(done).take(take).enumerate() {
                        self.text_in(
                            x + pad,
                            top - pad - i as f32 * line_h,
                            w - 2.0 * pad,
                            BODY - 0.5,
                            Weight::Regular,
                            line,
                            0.0,
                            *right,
                        );
                    }
                    x += w;
                }
                if let Some(Some(target)) = links.get(r) {
                    self.page()
                        .links
                        .push(([MARGIN, top - h, MARGIN + total, top], *target));
                }
                self.y -= h;
                let y = self.y;
                self.page().ops.push(Op::Line {
                    x1: MARGIN,
                    y1: y,
                    x2: MARGIN + total,
                    y2: y,
                    width: 0.4,
                    gray: 0.7,
                });
                done += take;
            }
        }
        self.gap(8.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(page: &Page) -> usize {
        page.ops
            .iter()
            .filter(|op| matches!(op, Op::Text { .. }))
            .count()
    }

    #[test]
    fn columns_take_room_their_neighbours_do_not_need() {
        let mut fonts = Fonts::new();
        let mut l = Layout::new(&mut fonts, Catalogue::en(), 595.28, 841.89);
        let clinic = "Klinikum der Universität, Abteilung für Radiologie";
        let rows = vec![vec!["1".into(), "MRI".into(), clinic.into()]];
        let cols = l.fit_columns(&["No.", "Title", "From"], &[0.1, 0.6, 0.3], &rows, 3.0);
        let needed = l.fonts.width(Weight::Regular, BODY - 0.5, clinic) + 6.0;
        assert!(cols[2] >= needed, "{cols:?}: the clinic fits on one line");
        assert!((cols.iter().sum::<f32>() - l.text_width()).abs() < 0.01);
    }

    #[test]
    fn the_last_row_never_goes_to_a_page_alone() {
        let mut fonts = Fonts::new();
        let mut l = Layout::new(&mut fonts, Catalogue::en(), 595.28, 841.89);
        l.new_page();
        let row_h = leading(BODY - 0.5) + 6.0;
        // Leave room for the header and exactly four rows of five.
        let room = l.y - l.bottom();
        l.gap(room - (leading(BODY - 0.5) + 6.0) - 4.0 * row_h - 1.0);
        let rows: Vec<Vec<String>> = (1..=5).map(|i| vec![format!("row {i}")]).collect();
        l.table(&["Heading"], &[1.0], &rows, &[]);
        assert_eq!(l.pages.len(), 2);
        // Header and two rows on the last page.
        assert_eq!(texts(&l.pages[1]), 3);
    }
}
