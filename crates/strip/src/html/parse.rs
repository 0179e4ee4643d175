//! From decoded HTML to a light element tree and text blocks.
//!
//! `lol_html` tokenizes the page in one streaming pass (start tags with their attributes, text
//! chunks, comments, all with byte positions); end tags are read from the gaps between those
//! tokens. The tree is built here with a bounded stack: the implied ends of `p`, `li`, `dt`/`dd`,
//! `option`, table cells and rows are applied by looking at most [`LOOKBACK`] entries down, an
//! end tag closes the nearest open element of its name within the same window (else it is
//! ignored), and elements deeper than [`MAX_DEPTH`] are not pushed. So every token costs O(1)
//! and the whole pass is linear, whatever the nesting.

use std::cell::RefCell;
use std::ops::Range;

use super::cues::{self, Flags};
use super::text::TextSink;

/// Deepest element pushed on the stack; deeper ones are read as part of their ancestor.
pub(crate) const MAX_DEPTH: usize = 256;
/// How far down the stack implied ends and end tags look.
pub(crate) const LOOKBACK: usize = 24;

/// The element kinds the extractor tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    Html,
    Head,
    Body,
    Title,
    /// Elements whose content is never page text: script, style, template, svg, iframe, …
    Opaque,
    Select,
    Textarea,
    Button,
    Form,
    Nav,
    Header,
    Footer,
    Aside,
    Main,
    Article,
    Section,
    Div,
    P,
    H(u8),
    List,
    Li,
    Dl,
    Dt,
    Dd,
    Table,
    Tr,
    Cell,
    TablePart,
    Caption,
    Blockquote,
    Pre,
    Figure,
    Figcaption,
    Address,
    /// Other block-level elements (center, details, summary, dialog, menu, fieldset, legend, hgroup).
    OtherBlock,
    A,
    Br,
    Hr,
    Img,
    Time,
    Meta,
    Link,
    /// Void elements without text (input, wbr, source, area, base, col, embed, param, track, keygen).
    OtherVoid,
    /// Everything else: inline.
    Inline,
}

impl Tag {
    pub(crate) fn of(name: &str) -> Tag {
        match name {
            "html" => Tag::Html,
            "head" => Tag::Head,
            "body" => Tag::Body,
            "title" => Tag::Title,
            "script" | "style" | "template" | "svg" | "iframe" | "object" | "noscript" | "canvas"
            | "math" | "noembed" | "noframes" | "audio" | "video" | "datalist" | "map" => Tag::Opaque,
            "select" => Tag::Select,
            "textarea" => Tag::Textarea,
            "button" => Tag::Button,
            "form" => Tag::Form,
            "nav" => Tag::Nav,
            "header" => Tag::Header,
            "footer" => Tag::Footer,
            "aside" => Tag::Aside,
            "main" => Tag::Main,
            "article" => Tag::Article,
            "section" => Tag::Section,
            "div" => Tag::Div,
            "p" => Tag::P,
            "h1" => Tag::H(1),
            "h2" => Tag::H(2),
            "h3" => Tag::H(3),
            "h4" => Tag::H(4),
            "h5" => Tag::H(5),
            "h6" => Tag::H(6),
            "ul" | "ol" => Tag::List,
            "li" => Tag::Li,
            "dl" => Tag::Dl,
            "dt" => Tag::Dt,
            "dd" => Tag::Dd,
            "table" => Tag::Table,
            "tr" => Tag::Tr,
            "td" | "th" => Tag::Cell,
            "thead" | "tbody" | "tfoot" => Tag::TablePart,
            "caption" => Tag::Caption,
            "blockquote" => Tag::Blockquote,
            "pre" => Tag::Pre,
            "figure" => Tag::Figure,
            "figcaption" => Tag::Figcaption,
            "address" => Tag::Address,
            "center" | "details" | "summary" | "dialog" | "menu" | "fieldset" | "legend" | "hgroup"
            | "option" | "optgroup" => Tag::OtherBlock,
            "a" => Tag::A,
            "br" => Tag::Br,
            "hr" => Tag::Hr,
            "img" => Tag::Img,
            "time" => Tag::Time,
            "meta" => Tag::Meta,
            "link" => Tag::Link,
            "input" | "wbr" | "source" | "area" | "base" | "col" | "embed" | "param" | "track" | "keygen" => {
                Tag::OtherVoid
            }
            _ => Tag::Inline,
        }
    }

    /// Starts and ends a line of text, as a browser lays it out.
    pub(crate) fn is_block(self) -> bool {
        !matches!(
            self,
            Tag::A
                | Tag::Inline
                | Tag::Img
                | Tag::Time
                | Tag::Meta
                | Tag::Link
                | Tag::OtherVoid
                | Tag::Br
                | Tag::Title
        )
    }

    fn is_void(self) -> bool {
        matches!(self, Tag::Br | Tag::Hr | Tag::Img | Tag::Meta | Tag::Link | Tag::OtherVoid)
    }

    /// Elements whose text is not page text.
    fn hides_text(self) -> bool {
        matches!(self, Tag::Opaque | Tag::Select | Tag::Textarea | Tag::Head)
    }
}

/// One element of the tree, in document order (a parent comes before its children).
#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub tag: Tag,
    pub parent: u32,
    /// Cues of the element itself (tag and attributes).
    pub own: Flags,
    /// Cues of the element and all its ancestors.
    pub inherited: Flags,
    /// Byte range from the start tag's `<` to the end tag's `>` (or to where the element was
    /// implicitly closed).
    pub span: Range<usize>,
}

/// What the page says about itself in `<head>` and in the markup.
#[derive(Debug, Clone, Default)]
pub(crate) struct PageMeta {
    pub title: Option<(String, Range<usize>)>,
    pub lang: Option<String>,
    pub canonical: Option<String>,
    /// `(key, value)` of `<meta property|name|itemprop=key content=value>`, keys lower-cased.
    pub metas: Vec<(String, String)>,
    /// The text of `<script type="application/ld+json">` elements.
    pub json_ld: Vec<String>,
    /// `datetime` attributes of `<time>` elements, in page order (at most a few).
    pub times: Vec<String>,
}

impl PageMeta {
    pub(crate) fn meta(&self, key: &str) -> Option<&str> {
        self.metas.iter().find(|(k, v)| k == key && !v.trim().is_empty()).map(|(_, v)| v.trim())
    }
}

/// The parsed page: elements, text blocks and metadata.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub nodes: Vec<Node>,
    pub blocks: Vec<super::text::Block>,
    pub meta: PageMeta,
}

struct Builder<'h> {
    html: &'h str,
    nodes: Vec<Node>,
    stack: Vec<u32>,
    /// Elements not pushed because the stack was full; their end tags are absorbed.
    overflow: usize,
    /// Inside an element whose text is not page text (count of such open elements).
    text: TextSink,
    meta: PageMeta,
    /// End of the last token handled: end tags lie between this and the next token.
    cursor: usize,
    /// Inside `<script type=application/ld+json>`: the script's text so far.
    json_ld: Option<String>,
    /// Inside `<title>` (in head or anywhere before body text).
    title: Option<(String, usize)>,
}

/// Parses decoded HTML. Never fails: what the tokenizer cannot read is left out, and a page
/// that is not HTML at all comes out as text blocks.
pub(crate) fn parse(html: &str) -> Parsed {
    let builder = RefCell::new(Builder {
        html,
        nodes: Vec::with_capacity(html.len() / 200),
        stack: Vec::with_capacity(64),
        overflow: 0,
        text: TextSink::new(html.len()),
        meta: PageMeta::default(),
        cursor: 0,
        json_ld: None,
        title: None,
    });
    {
        use lol_html::{doc_comments, doc_text, doctype, element, HtmlRewriter, Settings};
        let settings = Settings::new()
            .append_element_content_handler(element!("*", |el| {
                let loc = el.source_location().bytes();
                let mut b = builder.borrow_mut();
                b.gap(loc.start);
                b.start_tag(el, loc.clone());
                b.cursor = loc.end;
                Ok(())
            }))
            .append_document_content_handler(doc_text!(|t| {
                let loc = t.source_location().bytes();
                let mut b = builder.borrow_mut();
                if loc.start >= b.cursor {
                    b.gap(loc.start);
                }
                b.text_chunk(t.as_str(), t.text_type(), loc.clone());
                b.cursor = b.cursor.max(loc.end);
                Ok(())
            }))
            .append_document_content_handler(doc_comments!(|c| {
                let loc = c.source_location().bytes();
                let mut b = builder.borrow_mut();
                b.gap(loc.start);
                b.cursor = loc.end;
                Ok(())
            }))
            .append_document_content_handler(doctype!(|d| {
                let loc = d.source_location().bytes();
                let mut b = builder.borrow_mut();
                b.gap(loc.start);
                b.cursor = loc.end;
                Ok(())
            }));
        let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
        // Handlers never fail and the memory limit is unlimited, so these do not error; if the
        // tokenizer ever did, what was read so far is kept.
        let _ = rewriter.write(html.as_bytes()).and_then(|()| rewriter.end());
    }
    let mut b = builder.into_inner();
    let len = html.len();
    b.gap(len);
    while let Some(&top) = b.stack.last() {
        b.close(top as usize, len);
    }
    b.text.flush(len);
    Parsed { nodes: b.nodes, blocks: b.text.into_blocks(), meta: b.meta }
}

impl Builder<'_> {
    /// Reads the end tags in `html[cursor..to]`.
    fn gap(&mut self, to: usize) {
        if to <= self.cursor {
            return;
        }
        let html = self.html;
        let bytes = html.as_bytes();
        let mut at = self.cursor;
        while let Some(i) = memchr::memmem::find(&bytes[at..to], b"</") {
            let name_start = at + i + 2;
            let mut j = name_start;
            while j < to && !matches!(bytes[j], b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                j += 1;
            }
            let tag_end = memchr::memchr(b'>', &bytes[j..to]).map_or(to, |k| j + k + 1);
            if j > name_start {
                let name = &html[name_start..j];
                self.end_tag(name, at + i, tag_end);
            }
            at = tag_end;
        }
        self.cursor = to;
    }

    fn end_tag(&mut self, name: &str, start: usize, end: usize) {
        let mut lower = [0u8; 16];
        let tag = if name.len() <= 16 {
            for (d, s) in lower.iter_mut().zip(name.bytes()) {
                *d = s.to_ascii_lowercase();
            }
            Tag::of(std::str::from_utf8(&lower[..name.len()]).unwrap_or(""))
        } else {
            Tag::Inline
        };
        if tag == Tag::Br {
            self.text.line_break(start, end);
            return;
        }
        if tag.is_void() {
            return;
        }
        if self.overflow > 0 {
            self.overflow -= 1;
            return;
        }
        let found = self.stack.iter().rev().take(LOOKBACK).position(|&n| {
            self.nodes[n as usize].tag == tag && (tag != Tag::Inline || self.same_name(n, name))
        });
        if let Some(depth) = found {
            let target = self.stack[self.stack.len() - 1 - depth] as usize;
            while let Some(&top) = self.stack.last() {
                let top = top as usize;
                self.close(top, if top == target { end } else { start });
                if top == target {
                    break;
                }
            }
            if tag.is_block() {
                self.text.boundary(start);
            }
        }
    }

    /// Inline elements all share [`Tag::Inline`]; their end tags match by name.
    fn same_name(&self, node: u32, name: &str) -> bool {
        let start = self.nodes[node as usize].span.start + 1;
        let html = self.html.as_bytes();
        let end = start + name.len();
        end < html.len()
            && html[start..end].eq_ignore_ascii_case(name.as_bytes())
            && !html[end].is_ascii_alphanumeric()
            && html[end] != b'-'
    }

    fn close(&mut self, node: usize, end: usize) {
        self.stack.pop();
        let n = &mut self.nodes[node];
        n.span.end = end.max(n.span.start);
        let tag = n.tag;
        if tag.is_block() {
            self.text.close_block(node as u32, end);
        }
        if tag == Tag::A {
            self.text.leave_link();
        }
        if tag == Tag::Title {
            self.finish_title(end);
        }
        if self.json_ld.is_some() && tag == Tag::Opaque {
            if let Some(s) = self.json_ld.take() {
                if self.meta.json_ld.len() < 16 {
                    self.meta.json_ld.push(s);
                }
            }
        }
        let hidden = self.stack.last().map_or(Flags::empty(), |&p| self.nodes[p as usize].inherited);
        self.text.set_context(hidden, self.stack.last().copied());
    }

    fn finish_title(&mut self, _end: usize) {
        if let Some((t, start)) = self.title.take() {
            let folded = super::text::fold(&t);
            if self.meta.title.is_none() && !folded.is_empty() {
                self.meta.title = Some((folded, start.._end));
            }
        }
    }

    fn start_tag(&mut self, el: &mut lol_html::html_content::Element<'_, '_>, loc: Range<usize>) {
        let name = el.tag_name();
        let tag = Tag::of(&name);
        match tag {
            Tag::Html => {
                if let Some(lang) = el.get_attribute("lang").or_else(|| el.get_attribute("xml:lang")) {
                    if self.meta.lang.is_none() && !lang.trim().is_empty() {
                        self.meta.lang = Some(lang.trim().to_owned());
                    }
                }
            }
            Tag::Meta => {
                let key = el
                    .get_attribute("property")
                    .or_else(|| el.get_attribute("name"))
                    .or_else(|| el.get_attribute("itemprop"))
                    .or_else(|| el.get_attribute("http-equiv"));
                if let (Some(k), Some(v)) = (key, el.get_attribute("content")) {
                    if self.meta.metas.len() < 256 {
                        self.meta.metas.push((k.to_ascii_lowercase(), super::text::decode_entities(&v)));
                    }
                }
                return;
            }
            Tag::Link => {
                let rel = el.get_attribute("rel").unwrap_or_default();
                if rel.eq_ignore_ascii_case("canonical") && self.meta.canonical.is_none() {
                    self.meta.canonical = el.get_attribute("href").map(|h| h.trim().to_owned());
                }
                return;
            }
            Tag::Time => {
                if let Some(dt) = el.get_attribute("datetime") {
                    if self.meta.times.len() < 8 {
                        self.meta.times.push(dt);
                    }
                }
            }
            Tag::Br => {
                self.text.line_break(loc.start, loc.end);
                return;
            }
            Tag::Img => {
                // Alt text is not page text, but an image separates inline text.
                return;
            }
            _ => {}
        }
        if tag.is_void() {
            if tag == Tag::Hr {
                self.text.boundary(loc.start);
            }
            return;
        }
        self.implied_ends(tag, loc.start);
        if self.stack.len() >= MAX_DEPTH {
            self.overflow += 1;
            return;
        }
        let parent = self.stack.last().copied();
        let parent_inh = parent.map_or(Flags::empty(), |p| self.nodes[p as usize].inherited);
        let mut own = cues::element_flags(tag, el);
        if tag.hides_text() {
            own |= Flags::OPAQUE;
        }
        let inherited = parent_inh | own;
        let id = self.nodes.len() as u32;
        self.nodes.push(Node {
            tag,
            parent: parent.unwrap_or(u32::MAX),
            own,
            inherited,
            span: loc.start..loc.end,
        });
        self.stack.push(id);
        if tag == Tag::Title && self.title.is_none() {
            self.title = Some((String::new(), loc.start));
        }
        if tag == Tag::Opaque
            && name == "script"
            && el.get_attribute("type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
        {
            self.json_ld = Some(String::new());
        }
        if tag.is_block() {
            self.text.boundary(loc.start);
        }
        if tag == Tag::A {
            self.text.enter_link();
        }
        self.text.set_context(inherited, Some(id));
        if tag.is_block() {
            self.text.open_block(id, loc.start);
        }
    }

    /// The HTML parser's implied end tags, within the lookback window.
    fn implied_ends(&mut self, tag: Tag, at: usize) {
        let closes = |open: Tag| -> bool {
            match tag {
                Tag::Li => open == Tag::Li,
                Tag::Dt | Tag::Dd => matches!(open, Tag::Dt | Tag::Dd),
                Tag::Tr => matches!(open, Tag::Tr | Tag::Cell),
                Tag::Cell => open == Tag::Cell,
                Tag::TablePart => matches!(open, Tag::Tr | Tag::Cell | Tag::TablePart),
                t if t.is_block() && !matches!(t, Tag::OtherBlock) => open == Tag::P,
                _ => false,
            }
        };
        // The boundary an implied end does not cross.
        let stops = |open: Tag| -> bool {
            match tag {
                Tag::Li => matches!(open, Tag::List),
                Tag::Dt | Tag::Dd => open == Tag::Dl,
                Tag::Tr | Tag::Cell | Tag::TablePart => open == Tag::Table,
                _ => matches!(
                    open,
                    Tag::Div | Tag::Section | Tag::Article | Tag::Cell | Tag::Li | Tag::Blockquote
                ),
            }
        };
        let mut target = None;
        for (k, &n) in self.stack.iter().rev().take(LOOKBACK).enumerate() {
            let open = self.nodes[n as usize].tag;
            if closes(open) {
                target = Some(k);
                break;
            }
            if stops(open) {
                break;
            }
        }
        if let Some(k) = target {
            for _ in 0..=k {
                if let Some(&top) = self.stack.last() {
                    self.close(top as usize, at);
                }
            }
        }
    }

    fn text_chunk(&mut self, raw: &str, kind: lol_html::html_content::TextType, loc: Range<usize>) {
        use lol_html::html_content::TextType;
        if let Some(t) = self.title.as_mut() {
            if t.0.len() < 4096 {
                t.0.push_str(&super::text::decode_entities(raw));
            }
            return;
        }
        match kind {
            TextType::Data | TextType::PlainText | TextType::CDataSection => self.text.text(raw, loc),
            TextType::ScriptData => {
                if let Some(s) = self.json_ld.as_mut() {
                    if s.len() < 4 << 20 {
                        s.push_str(raw);
                    }
                }
            }
            _ => {}
        }
    }
}
