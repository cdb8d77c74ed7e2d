//! RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one [`WebDocument`] per item.
//!
//! The feed is decoded (BOM, then the XML declaration's encoding, then UTF-8 or the legacy
//! guess) and read with quick-xml as a stream of events. The element stack is kept here rather
//! than by quick-xml, so a broken item (a mismatched or missing end tag, a feed that stops in
//! the middle of an item) becomes an `Err` for that item alone, named by its index and byte
//! offset, and the items after it are still read. Item text (`content:encoded`, `description`,
//! Atom `content`/`summary`) is usually HTML; it goes through the same paragraph extraction and
//! furniture filters as a page. A date that cannot be read leaves `published` empty; it is no
//! error.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use crate::date::parse_date;
use crate::decode::{decode_entities, decode_xml};
use crate::html::{fragment_text, plain_text};
use crate::text::{clean_line, host_of};
use crate::{WebDocument, WebError};

/// Every item of a feed, in order. `Err` for the whole feed only when it is not XML or its
/// root is not `rss`, `rdf:RDF` or `feed`.
pub fn read_feed(bytes: &[u8]) -> Result<Vec<Result<WebDocument, WebError>>, WebError> {
    let text = decode_xml(bytes);
    let mut reader = Reader::from_str(&text);
    let config = reader.config_mut();
    config.check_end_names = false;
    config.allow_unmatched_ends = true;
    config.allow_dangling_amp = true;
    let root = find_root(&mut reader)?;
    let mut feed = FeedState { root_lang: root.lang, ..FeedState::default() };
    feed.read(&mut reader, &text);
    Ok(feed.finish())
}

/// The root element's name and `xml:lang`.
struct Root {
    lang: Option<String>,
}

fn find_root(reader: &mut Reader<&[u8]>) -> Result<Root, WebError> {
    loop {
        let at = reader.buffer_position();
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => {
                let name = local(&e);
                if !matches!(name.as_str(), "rss" | "RDF" | "feed") {
                    return Err(WebError::NotFeed {
                        reason: format!("the root element is <{}>, not rss, rdf:RDF or feed", qname(&e)),
                    });
                }
                return Ok(Root { lang: attr(&e, "xml:lang") });
            }
            Ok(Event::Text(t)) if t.trim().is_empty() => {}
            Ok(Event::Text(_) | Event::GeneralRef(_) | Event::CData(_)) => {
                return Err(WebError::NotFeed { reason: format!("not XML: text before any element (byte {at})") });
            }
            Ok(Event::End(_)) => {
                return Err(WebError::NotFeed { reason: format!("not XML: end tag before any element (byte {at})") });
            }
            Ok(Event::Eof) => return Err(WebError::NotFeed { reason: "no XML element found".to_string() }),
            Ok(_) => {}
            Err(e) => return Err(WebError::NotFeed { reason: format!("not XML: {e} (byte {})", reader.error_position()) }),
        }
    }
}

/// What the feed says about itself, and the items read so far.
#[derive(Default)]
struct FeedState {
    root_lang: Option<String>,
    language: Option<String>,
    link: Option<String>,
    items: Vec<Result<Fields, WebError>>,
}

/// An item's fields, raw (still escaped / CDATA-wrapped).
#[derive(Default, Debug)]
struct Fields {
    index: usize,
    offset: u64,
    title: Option<(String, Option<String>)>,
    link: Option<String>,
    guid: Option<(String, bool)>,
    about: Option<String>,
    date: Option<String>,
    updated: Option<String>,
    content: Option<(String, Option<String>)>,
    summary: Option<(String, Option<String>)>,
    language: Option<String>,
}

/// An open element inside an item: its name, where its content starts, its `type`.
struct Open {
    name: String,
    start: usize,
    kind: Option<String>,
}

impl FeedState {
    /// Reads the rest of the feed after the root's start tag.
    fn read(&mut self, reader: &mut Reader<&[u8]>, text: &str) {
        let mut outer: Vec<(String, usize)> = Vec::new();
        loop {
            let at = reader.buffer_position() as usize;
            match reader.read_event() {
                Ok(Event::Start(e)) if matches!(local(&e).as_str(), "item" | "entry") => {
                    let start = Fields {
                        index: self.items.len(),
                        offset: at as u64,
                        about: attr(&e, "rdf:about"),
                        language: attr(&e, "xml:lang"),
                        ..Fields::default()
                    };
                    let (item, go_on) = read_item(reader, text, start);
                    self.items.push(item);
                    if !go_on {
                        return;
                    }
                }
                Ok(Event::Empty(e)) if local(&e) == "link" => {
                    if outer.len() <= 1 && self.link.is_none() && alternate(&e) {
                        self.link = attr(&e, "href");
                    }
                }
                Ok(Event::Start(e)) => {
                    let start = reader.buffer_position() as usize;
                    outer.push((local(&e), start));
                    if self.root_lang.is_none() {
                        self.root_lang = attr(&e, "xml:lang");
                    }
                }
                Ok(Event::End(_)) => self.close_outer(&mut outer, text, at),
                Ok(Event::Eof) => return,
                Ok(_) => {}
                Err(e) => {
                    let offset = reader.error_position();
                    let reason = format!("broken XML after the last item: {e}");
                    self.items.push(Err(WebError::Item { index: self.items.len(), offset, reason }));
                    return;
                }
            }
        }
    }

    /// An end tag outside items: the channel's language and link are taken here.
    fn close_outer(&mut self, outer: &mut Vec<(String, usize)>, text: &str, at: usize) {
        let Some((name, start)) = outer.pop() else { return };
        let parent = outer.last().map(|(n, _)| n.as_str());
        if !matches!(parent, Some("channel") | None) {
            return;
        }
        let value = || clean_line(&inner_text(text.get(start..at).unwrap_or_default(), true));
        match name.as_str() {
            "language" if self.language.is_none() => self.language = Some(value()).filter(|v| !v.is_empty()),
            "link" if self.link.is_none() => self.link = Some(value()).filter(|v| !v.is_empty()),
            _ => {}
        }
    }

    fn finish(self) -> Vec<Result<WebDocument, WebError>> {
        let lang = self.language.or(self.root_lang);
        let link = self.link;
        self.items.into_iter().map(|item| item.and_then(|fields| document(fields, lang.as_deref(), link.as_deref()))).collect()
    }
}

/// Reads one item, from after its start tag to its end tag. Returns the item and whether the
/// feed can be read on (false when it ended inside the item or the XML broke).
fn read_item(reader: &mut Reader<&[u8]>, text: &str, fields: Fields) -> (Result<Fields, WebError>, bool) {
    let mut item = ItemReader { text, fields, stack: Vec::new(), problem: None };
    loop {
        let at = reader.buffer_position() as usize;
        match reader.read_event() {
            Ok(Event::Start(e)) => item.start(&e, reader.buffer_position() as usize),
            Ok(Event::Empty(e)) if item.stack.is_empty() => take_link(&mut item.fields, &e),
            Ok(Event::End(e)) => {
                if item.end(e.name().as_ref(), at) {
                    return (item.finish(), true);
                }
            }
            Ok(Event::Eof) => return (item.fail("the feed ends inside this item".to_string()), false),
            Ok(_) => {}
            Err(e) => return (item.fail(format!("broken XML at byte {}: {e}", reader.error_position())), false),
        }
    }
}

/// The element stack inside one item, and what it has found.
struct ItemReader<'t> {
    text: &'t str,
    fields: Fields,
    stack: Vec<Open>,
    /// The first structural problem met (the item is an error when there is one).
    problem: Option<String>,
}

impl ItemReader<'_> {
    fn start(&mut self, e: &BytesStart, content_start: usize) {
        self.stack.push(Open { name: qname(e), start: content_start, kind: attr(e, "type") });
        if self.stack.len() == 1 {
            take_link(&mut self.fields, e);
            if local(e) == "guid" {
                let permalink = attr(e, "isPermaLink").is_none_or(|p| p.trim() != "false");
                self.fields.guid = Some((String::new(), permalink));
            }
        }
    }

    /// An end tag at byte `at`; true when it ends the item. Unclosed elements are closed by
    /// an end tag of an element around them (and noted as a problem); stray end tags are noted.
    fn end(&mut self, name: &str, at: usize) -> bool {
        match self.stack.iter().rposition(|o| o.name == name) {
            Some(pos) => {
                if let Some(unclosed) = self.stack.last().filter(|_| pos + 1 != self.stack.len()) {
                    self.problem.get_or_insert(format!("<{}> is not closed before </{name}>", unclosed.name));
                }
                self.stack.truncate(pos + 1);
                if let Some(open) = self.stack.pop()
                    && self.stack.is_empty()
                {
                    take_field(&mut self.fields, &open, self.text.get(open.start..at).unwrap_or_default());
                }
                false
            }
            None if matches!(local_of(name), "item" | "entry") => {
                if let Some(open) = self.stack.first() {
                    self.problem.get_or_insert(format!("<{}> is not closed before </{name}>", open.name));
                }
                true
            }
            None => {
                self.problem.get_or_insert(format!("stray end tag </{name}> at byte {at}"));
                false
            }
        }
    }

    fn finish(self) -> Result<Fields, WebError> {
        match self.problem.clone() {
            Some(reason) => self.fail(reason),
            None => Ok(self.fields),
        }
    }

    fn fail(self, reason: String) -> Result<Fields, WebError> {
        Err(WebError::Item { index: self.fields.index, offset: self.fields.offset, reason })
    }
}

/// An Atom `<link rel="alternate" href=...>` (or one with no `rel`) among an item's children.
fn take_link(fields: &mut Fields, e: &BytesStart) {
    if local(e) == "link" && fields.link.is_none() && alternate(e) {
        fields.link = attr(e, "href").filter(|h| !h.trim().is_empty());
    }
}

/// Keeps a child element's raw content as the field its name says, first one winning.
fn take_field(fields: &mut Fields, open: &Open, raw: &str) {
    let (prefix, name) = open.name.split_once(':').map_or((None, open.name.as_str()), |(p, n)| (Some(p), n));
    let plain = matches!(prefix, None | Some("atom" | "rss"));
    let typed = || (raw.to_string(), open.kind.clone());
    match (prefix, name) {
        (_, "title") if plain && fields.title.is_none() => fields.title = Some(typed()),
        (_, "link") if plain && fields.link.is_none() => {
            fields.link = Some(clean_line(&inner_text(raw, true))).filter(|l| !l.is_empty());
        }
        (_, "guid") if plain => {
            let permalink = fields.guid.as_ref().is_none_or(|g| g.1);
            fields.guid = Some((clean_line(&inner_text(raw, true)), permalink));
        }
        (_, "id") if plain && fields.guid.is_none() => fields.guid = Some((clean_line(&inner_text(raw, true)), true)),
        (_, "pubDate" | "published" | "issued") if plain && fields.date.is_none() => fields.date = Some(raw.to_string()),
        (Some("dc" | "dcterms"), "date" | "created" | "issued") if fields.date.is_none() => fields.date = Some(raw.to_string()),
        (_, "updated" | "modified") if fields.updated.is_none() => fields.updated = Some(raw.to_string()),
        (Some("content"), "encoded") if fields.content.is_none() => fields.content = Some((raw.to_string(), Some("html".into()))),
        (_, "content") if plain && fields.content.is_none() => fields.content = Some(typed()),
        (_, "description" | "summary") if plain && fields.summary.is_none() => fields.summary = Some(typed()),
        (Some("dc") | None, "language") => fields.language = Some(clean_line(&inner_text(raw, true))),
        _ => {}
    }
}

/// Builds the document from an item's fields.
fn document(f: Fields, feed_lang: Option<&str>, feed_link: Option<&str>) -> Result<WebDocument, WebError> {
    let title = f.title.map(|(raw, kind)| plain_title(&raw, kind.as_deref())).filter(|t| !t.is_empty());
    let guid_url = f.guid.filter(|(g, permalink)| *permalink && host_of(g).is_some()).map(|(g, _)| g);
    let url = f.link.or(guid_url).or(f.about.filter(|a| host_of(a).is_some()));
    let date = |d: Option<String>| d.and_then(|d| parse_date(&clean_line(&inner_text(&d, true))));
    let published = date(f.date).or_else(|| date(f.updated));
    let body = [f.content, f.summary]
        .into_iter()
        .flatten()
        .map(|(raw, kind)| body_text(&raw, kind.as_deref(), title.as_deref()))
        .find(|t| !t.is_empty());
    let text = body.unwrap_or_default();
    if title.is_none() && url.is_none() && text.is_empty() {
        return Err(WebError::Item {
            index: f.index,
            offset: f.offset,
            reason: "the item has no title, link or text".to_string(),
        });
    }
    let site = url.as_deref().or(feed_link).and_then(host_of);
    let lang = f.language.filter(|l| !l.is_empty()).or(feed_lang.map(str::to_string));
    Ok(WebDocument { url, title, published, fetched: None, site, lang, text })
}

/// A title as text: markup (Atom `type="html"`/`"xhtml"`, or tags in an RSS title) removed.
fn plain_title(raw: &str, kind: Option<&str>) -> String {
    let xhtml = kind == Some("xhtml");
    let inner = inner_text(raw, !xhtml);
    if looks_like_html(&inner) { clean_line(&fragment_text(&inner, None).replace("\n\n", " ")) } else { clean_line(&inner) }
}

/// Item text: HTML through the page extractor, plain text split at blank lines.
fn body_text(raw: &str, kind: Option<&str>, title: Option<&str>) -> String {
    let xhtml = kind == Some("xhtml");
    let inner = inner_text(raw, !xhtml);
    if xhtml || kind != Some("text") && looks_like_html(&inner) {
        return fragment_text(&inner, title);
    }
    plain_text(&inner, title)
}

/// True when `s` has something that looks like a tag or an entity.
fn looks_like_html(s: &str) -> bool {
    s.as_bytes().windows(2).any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
        || s.contains("&")
}

/// An element's raw content as text: CDATA sections taken as they are, comments dropped, and
/// (when `decode`) character references in the rest decoded.
fn inner_text(raw: &str, decode: bool) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    loop {
        let cdata = rest.find("<![CDATA[");
        let comment = rest.find("<!--");
        let (at, is_cdata) = match (cdata, comment) {
            (Some(c), Some(m)) if m < c => (m, false),
            (Some(c), _) => (c, true),
            (None, Some(m)) => (m, false),
            (None, None) => break,
        };
        push_escaped(&mut out, &rest[..at], decode);
        rest = &rest[at..];
        let (open, close) = if is_cdata { ("<![CDATA[", "]]>") } else { ("<!--", "-->") };
        let body = &rest[open.len()..];
        let end = body.find(close).unwrap_or(body.len());
        if is_cdata {
            out.push_str(&body[..end]);
        }
        rest = body.get(end + close.len()..).unwrap_or_default();
    }
    push_escaped(&mut out, rest, decode);
    out
}

fn push_escaped(out: &mut String, s: &str, decode: bool) {
    if decode {
        out.push_str(&decode_entities(s));
    } else {
        out.push_str(s);
    }
}

/// `rel` is absent or `alternate`.
fn alternate(e: &BytesStart) -> bool {
    attr(e, "rel").is_none_or(|r| r.trim().eq_ignore_ascii_case("alternate"))
}

/// An attribute's value, unescaped (tolerantly); `None` when absent or unreadable.
fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.html_attributes().flatten().find(|a| a.key.as_ref() == name).map(|a| decode_entities(&a.value).trim().to_string())
}

fn qname(e: &BytesStart) -> String {
    e.name().as_ref().to_string()
}

fn local(e: &BytesStart) -> String {
    e.local_name().as_ref().to_string()
}

fn local_of(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, l)| l)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(xml: &str) -> Vec<Result<WebDocument, WebError>> {
        read_feed(xml.as_bytes()).unwrap()
    }

    #[test]
    fn rss_item_fields() {
        let feed = items(
            "<?xml version='1.0'?><rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel>\
             <title>Example</title><link>https://example.com/</link><language>en</language>\
             <item><title>Talks resume &amp; continue</title><link>https://example.com/a/1</link>\
             <pubDate>Sun, 29 Nov 2026 10:00:00 +0300</pubDate>\
             <description><![CDATA[<p>Short summary.</p>]]></description>\
             <content:encoded><![CDATA[<p>The talks resumed on Sunday in Cairo, officials said.</p><p>Share this:</p>]]></content:encoded>\
             </item></channel></rss>",
        );
        let doc = feed[0].as_ref().unwrap();
        assert_eq!(doc.title.as_deref(), Some("Talks resume & continue"));
        assert_eq!(doc.url.as_deref(), Some("https://example.com/a/1"));
        assert_eq!(doc.published.as_deref(), Some("2026-11-29"));
        assert_eq!(doc.lang.as_deref(), Some("en"));
        assert_eq!(doc.site.as_deref(), Some("example.com"));
        assert_eq!(doc.text, "The talks resumed on Sunday in Cairo, officials said.");
    }

    #[test]
    fn atom_entry_fields() {
        let feed = items(
            "<feed xmlns='http://www.w3.org/2005/Atom' xml:lang='ar'><title>T</title>\
             <entry><title type='html'>&lt;b&gt;عنوان&lt;/b&gt; الخبر</title>\
             <link rel='self' href='https://a.example/self'/><link rel='alternate' href='https://a.example/n/1'/>\
             <id>tag:a.example,2026:1</id><updated>2026-11-30T08:00:00Z</updated><published>2026-11-29T10:00:00+03:00</published>\
             <content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'><p>قال المتحدث إن المحادثات ستستأنف غداً.</p></div></content>\
             </entry></feed>",
        );
        let doc = feed[0].as_ref().unwrap();
        assert_eq!(doc.title.as_deref(), Some("عنوان الخبر"));
        assert_eq!(doc.url.as_deref(), Some("https://a.example/n/1"));
        assert_eq!(doc.published.as_deref(), Some("2026-11-29"));
        assert_eq!(doc.lang.as_deref(), Some("ar"));
        assert_eq!(doc.text, "قال المتحدث إن المحادثات ستستأنف غداً.");
    }

    #[test]
    fn rss_1_rdf() {
        let feed = items(
            "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns='http://purl.org/rss/1.0/' xmlns:dc='http://purl.org/dc/elements/1.1/'>\
             <channel rdf:about='https://r.example/'><title>R</title><link>https://r.example/</link><dc:language>en</dc:language></channel>\
             <item rdf:about='https://r.example/s/9'><title>Ceasefire holds</title><description>The ceasefire held overnight, both sides said.</description><dc:date>2026-11-28</dc:date></item>\
             </rdf:RDF>",
        );
        let doc = feed[0].as_ref().unwrap();
        assert_eq!(doc.url.as_deref(), Some("https://r.example/s/9"));
        assert_eq!(doc.published.as_deref(), Some("2026-11-28"));
        assert_eq!(doc.lang.as_deref(), Some("en"));
        assert_eq!(doc.text, "The ceasefire held overnight, both sides said.");
    }

    #[test]
    fn broken_items_are_named_and_the_rest_read() {
        let xml = "<rss><channel>\
             <item><title>One</title><description>First story text here.</description></item>\
             <item><title>Two</titl><description>Second.</description></item>\
             <item></item>\
             <item><title>Four</title><pubDate>not a date</pubDate></item>\
             </channel></rss>";
        let feed = items(xml);
        assert_eq!(feed.len(), 4);
        assert!(feed[0].is_ok());
        match &feed[1] {
            Err(WebError::Item { index: 1, offset, reason }) => {
                assert_eq!(*offset as usize, xml.find("<item><title>Two").unwrap());
                assert!(reason.contains("titl"), "{reason}");
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(&feed[2], Err(WebError::Item { index: 2, reason, .. }) if reason.contains("no title")), "{:?}", feed[2]);
        let four = feed[3].as_ref().unwrap();
        assert_eq!(four.title.as_deref(), Some("Four"));
        assert_eq!(four.published, None);
    }

    #[test]
    fn truncated_feed_names_the_last_item() {
        let feed = items("<rss><channel><item><title>A</title></item><item><title>B</title><description><![CDATA[<p>cut");
        assert!(feed[0].is_ok());
        assert!(matches!(&feed[1], Err(WebError::Item { index: 1, .. })), "{:?}", feed[1]);
    }

    #[test]
    fn not_feeds() {
        for bad in ["", "hello world", "\u{0}\u{1}binary", "<html><body>x</body></html>", "{\"json\": true}", "<rss"] {
            assert!(matches!(read_feed(bad.as_bytes()), Err(WebError::NotFeed { .. })), "{bad:?}");
        }
        assert_eq!(read_feed(b"<rss version='2.0'><channel></channel></rss>").unwrap().len(), 0);
    }

    #[test]
    fn inner_text_handles_cdata_and_comments() {
        assert_eq!(inner_text("a &amp; <![CDATA[<b>&amp;</b>]]><!-- c -->z", true), "a & <b>&amp;</b>z");
        assert_eq!(inner_text("<![CDATA[unclosed", true), "unclosed");
    }
}
