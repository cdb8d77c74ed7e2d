//! What all PETRARCH dictionaries share: comments (`#`, and `<!-- ... -->` blocks in the
//! validation files), bracketed code groups, phrase strings and dates.

/// One line with its comment removed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'a> {
    /// 1-based line number.
    pub no: u32,
    /// The text before the comment, trailing space trimmed.
    pub content: &'a str,
    /// The whole line, for the report.
    pub raw: &'a str,
}

/// The non-empty lines of a dictionary, comments removed. `semicolon` also makes `;` start a
/// comment (TABARI's comment sign, left in some PETRARCH files).
pub(crate) fn lines(text: &str, semicolon: bool) -> Vec<Line<'_>> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut out = Vec::new();
    let mut in_comment = false;
    for (i, raw) in text.lines().enumerate() {
        let no = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let trimmed = raw.trim_start();
        if in_comment {
            if raw.contains("-->") {
                in_comment = false;
            }
            continue;
        }
        if trimmed.starts_with("<!") {
            // `<!-- ... -->`, also on several lines (and the "<! --" typo of one file).
            in_comment = !raw.contains("-->");
            continue;
        }
        let content = strip_comment(raw, semicolon).trim_end();
        if content.trim().is_empty() {
            continue;
        }
        out.push(Line { no, content, raw });
    }
    out
}

/// The text before a `#` (or `;`) that is not inside `[...]` (`[###]` is a code, not a
/// comment).
fn strip_comment(raw: &str, semicolon: bool) -> &str {
    let mut depth = 0usize;
    for (i, c) in raw.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            '#' if depth == 0 => return &raw[..i],
            ';' if depth == 0 && semicolon => return &raw[..i],
            _ => {}
        }
    }
    raw
}

/// Splits `s` into the text before its first `[` and the contents of its `[...]` groups, in
/// order. An unclosed `[` is an error.
pub(crate) fn code_groups(s: &str) -> Result<(&str, Vec<&str>), String> {
    let Some(first) = s.find('[') else {
        return Ok((s, Vec::new()));
    };
    let mut groups = Vec::new();
    let mut rest = &s[first..];
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let close = after.find(']').ok_or_else(|| format!("unclosed '[' in {:?}", s.trim()))?;
        groups.push(after[..close].trim());
        rest = &after[close + 1..];
    }
    if !rest.trim().is_empty() && !rest.trim().chars().all(|c| c == '}' || c.is_whitespace()) {
        return Err(format!("text after the code: {:?}", rest.trim()));
    }
    Ok((&s[..first], groups))
}

/// A PETRARCH date (YYYYMMDD, or YYMMDD with 00–30 read as 20YY and the rest as 19YY) as
/// `YYYY-MM-DD`.
pub(crate) fn date(s: &str) -> Option<String> {
    let s = s.trim();
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (year, rest) = match s.len() {
        8 => (s[..4].parse::<i32>().ok()?, &s[4..]),
        6 => {
            let yy: i32 = s[..2].parse().ok()?;
            (if yy <= 30 { 2000 + yy } else { 1900 + yy }, &s[2..])
        }
        _ => return None,
    };
    let out = format!("{year:04}-{}-{}", &rest[..2], &rest[2..]);
    hadath_lexicon::PartialDate::parse(&out).filter(|d| d.has_day()).map(|_| out)
}

/// A code with an optional date restriction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DatedCode {
    pub code: String,
    /// `FROM..TO` in hadath's syntax (either end may be empty); None: the default code.
    pub range: Option<String>,
}

/// Reads a code group of an actor dictionary: `CODE`, `CODE <DATE`, `CODE >DATE`,
/// `CODE DATE-DATE` (blanks allowed around the signs).
pub(crate) fn dated_code(group: &str) -> Result<DatedCode, String> {
    let group = group.trim();
    let (code, restriction) = match group.split_once(char::is_whitespace) {
        Some((c, r)) => (c, r.trim()),
        None => (group, ""),
    };
    if code.is_empty() {
        return Err("empty code".into());
    }
    let squeezed: String = restriction.chars().filter(|c| !c.is_whitespace()).collect();
    let range = if squeezed.is_empty() {
        None
    } else if let Some(d) = squeezed.strip_prefix('<') {
        Some(format!("..{}", date(d).ok_or_else(|| format!("bad date {d:?}"))?))
    } else if let Some(d) = squeezed.strip_prefix('>') {
        Some(format!("{}..", date(d).ok_or_else(|| format!("bad date {d:?}"))?))
    } else if let Some((a, b)) = squeezed.split_once('-') {
        let from = date(a).ok_or_else(|| format!("bad date {a:?}"))?;
        let to = date(b).ok_or_else(|| format!("bad date {b:?}"))?;
        if to < from {
            return Err(format!("the range {a}-{b} ends before it starts"));
        }
        Some(format!("{from}..{to}"))
    } else {
        return Err(format!("cannot read the date restriction {restriction:?}"));
    };
    Ok(DatedCode { code: code.to_string(), range })
}

/// A phrase string (`WORD_WORD WORD`) as lower-case words separated by single blanks, with
/// the `_` that mark a whole word at the end dropped. None if no word is left.
pub(crate) fn phrase(s: &str) -> Option<String> {
    let words: Vec<String> = s.split(['_', ' ', '\t']).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// Whether a value can be written in a `.lex` field: no `|` (value separator), `#`
/// (comment), `&` word start (set reference) or line break.
pub(crate) fn writable(value: &str) -> bool {
    !value.trim().is_empty() && !value.contains(['|', '#', '\n', '\r']) && !value.split_whitespace().any(|w| w.starts_with('&'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_xml_comment_blocks() {
        let text = "<!-- a -->\nA [X] # c\n<!--\n# inside\nB [Y]\n-->\n<! -- typo -->\n\tC\n\n   # only comment\nD ; tabari\n";
        let got: Vec<(u32, &str)> = lines(text, true).iter().map(|l| (l.no, l.content)).collect();
        assert_eq!(got, [(2, "A [X]"), (8, "\tC"), (11, "D")]);
        assert_eq!(lines("- * X [###] # c", false)[0].content, "- * X [###]");
    }

    #[test]
    fn code_groups_and_dates() {
        assert_eq!(code_groups("ARNOR_  [ARN]").expect("ok"), ("ARNOR_  ", vec!["ARN"]));
        let (_, g) = code_groups("JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]").expect("ok");
        assert_eq!(g, ["IGOUNO 820101-911231", "ELI"]);
        assert!(code_groups("X [ABC").is_err());
        assert_eq!(date("950601").as_deref(), Some("1995-06-01"));
        assert_eq!(date("070723").as_deref(), Some("2007-07-23"));
        assert_eq!(date("18970101").as_deref(), Some("1897-01-01"));
        assert_eq!(date("2004017"), None);
        assert_eq!(date("951301"), None);
    }

    #[test]
    fn date_restrictions() {
        let d = |s| dated_code(s).expect(s);
        assert_eq!(d("HOB < 950601").range.as_deref(), Some("..1995-06-01"));
        assert_eq!(d("HOBREB > 990816").range.as_deref(), Some("1999-08-16.."));
        assert_eq!(d("HOBGOV 19950601 - 19990815").range.as_deref(), Some("1995-06-01..1999-08-15"));
        assert_eq!(d("USAGOV").range, None);
        assert!(dated_code("KORGOVBUS 2004017-20061201").is_err());
        assert!(dated_code("EGYGOV 121207-120802").is_err());
    }

    #[test]
    fn phrases() {
        assert_eq!(phrase("PRESIDENT_GEORGE_W._BUSH").as_deref(), Some("president george w. bush"));
        assert_eq!(phrase("ARNOR_ ").as_deref(), Some("arnor"));
        assert_eq!(phrase("__"), None);
        assert!(writable("u.s.") && !writable("a|b") && !writable("&x y"));
    }
}
