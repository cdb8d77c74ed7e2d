//! Byte spans into the original text.

/// A half-open byte range `start..end` into the original document text.
/// Both ends always fall on `char` boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start: to_u32(start), end: to_u32(end) }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// The text this span covers (empty if the span does not fit `text`).
    pub fn slice(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }

    /// Converts to character (Unicode scalar value) offsets, as event records report them.
    pub fn to_char_offsets(self, text: &str) -> (usize, usize) {
        let start = text.get(..self.start as usize).map_or(0, |s| s.chars().count());
        let len = self.slice(text).chars().count();
        (start, start + len)
    }
}

/// Documents over 4 GiB are cut by the readers long before they reach this point; saturate
/// rather than wrap if one ever slips through.
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
