//! HTML mode's walk (`cleaner.html.blocks`): a page's `<body>` in selectolax's Lexbor tree
//! -> its lines (blocks) and its elements, in one pass in compiled code. The rules of the
//! walk (which elements are skipped, flow inline, start a block or a paragraph; how white
//! space collapses; what a line records) are told in `cleaner/html/blocks.py`, whose
//! tables and `hidden` test this reads; this is their one implementation.
//!
//! The tree is selectolax's own (the one the publishers' CSS rules marked and the head was
//! read from), read through Lexbor's exported API (its `_noi` functions, made for bindings)
//! from selectolax's own extension module: the functions of the very Lexbor build that made
//! the tree, so no struct layout is assumed here.

use std::collections::HashMap;
use std::ffi::{c_void, CString};
use std::sync::OnceLock;

use pyo3::exceptions::{PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use crate::text::{self, FastHash};

type Node = c_void;
type Attr = c_void;

/// Lexbor's node types (the DOM standard's numbers).
const ELEMENT_NODE: u32 = 1;
const TEXT_NODE: u32 = 3;

/// The Lexbor functions the walk calls, found in selectolax's extension module.
struct Lexbor {
    first_child: unsafe extern "C" fn(*mut Node) -> *mut Node,
    next: unsafe extern "C" fn(*mut Node) -> *mut Node,
    parent: unsafe extern "C" fn(*mut Node) -> *mut Node,
    node_type: unsafe extern "C" fn(*mut Node) -> u32,
    element_name: unsafe extern "C" fn(*mut Node, *mut usize) -> *const u8,
    first_attribute: unsafe extern "C" fn(*mut Node) -> *mut Attr,
    next_attribute: unsafe extern "C" fn(*mut Attr) -> *mut Attr,
    attribute_name: unsafe extern "C" fn(*mut Attr, *mut usize) -> *const u8,
    attribute_value: unsafe extern "C" fn(*mut Attr, *mut usize) -> *const u8,
    text_content: unsafe extern "C" fn(*mut Node, *mut usize) -> *mut u8,
    destroy_text: unsafe extern "C" fn(*mut Node, *mut u8) -> *mut u8,
}

static LEXBOR: OnceLock<Result<Lexbor, String>> = OnceLock::new();

#[cfg(unix)]
fn load_lexbor(path: &str) -> Result<Lexbor, String> {
    let name = CString::new(path).map_err(|e| e.to_string())?;
    // (RTLD_NOLOAD: the module Python already loaded, not a second copy)
    let handle = unsafe { libc::dlopen(name.as_ptr(), libc::RTLD_NOW | libc::RTLD_NOLOAD) };
    if handle.is_null() {
        return Err(format!("{path} is not loaded"));
    }
    let find = |symbol: &str| -> Result<*mut c_void, String> {
        let c = CString::new(symbol).expect("a symbol name");
        let found = unsafe { libc::dlsym(handle, c.as_ptr()) };
        if found.is_null() {
            Err(format!("{path} does not export {symbol}"))
        } else {
            Ok(found)
        }
    };
    // SAFETY: each symbol is Lexbor's function of that name, whose C signature is the
    // field's (lexbor/dom/interfaces/{node,element,attr,document}.h).
    unsafe {
        Ok(Lexbor {
            first_child: std::mem::transmute(find("lxb_dom_node_first_child_noi")?),
            next: std::mem::transmute(find("lxb_dom_node_next_noi")?),
            parent: std::mem::transmute(find("lxb_dom_node_parent_noi")?),
            node_type: std::mem::transmute(find("lxb_dom_node_type_noi")?),
            element_name: std::mem::transmute(find("lxb_dom_element_qualified_name")?),
            first_attribute: std::mem::transmute(find("lxb_dom_element_first_attribute_noi")?),
            next_attribute: std::mem::transmute(find("lxb_dom_element_next_attribute_noi")?),
            attribute_name: std::mem::transmute(find("lxb_dom_attr_qualified_name")?),
            attribute_value: std::mem::transmute(find("lxb_dom_attr_value_noi")?),
            text_content: std::mem::transmute(find("lxb_dom_node_text_content")?),
            destroy_text: std::mem::transmute(find("lxb_dom_document_destroy_text_noi")?),
        })
    }
}

#[cfg(not(unix))]
fn load_lexbor(path: &str) -> Result<Lexbor, String> {
    Err(format!("reading {path}'s Lexbor functions is written for Unix (dlopen) only"))
}

fn lexbor(py: Python<'_>) -> PyResult<&'static Lexbor> {
    let loaded = LEXBOR.get_or_init(|| {
        let path = py.import("selectolax.lexbor")
            .and_then(|m| m.getattr("__file__"))
            .and_then(|f| f.extract::<String>())
            .map_err(|e| format!("selectolax's Lexbor module: {e}"))?;
        load_lexbor(&path)
    });
    loaded.as_ref().map_err(|e| PyRuntimeError::new_err(format!(
        "HTML mode walks selectolax's Lexbor tree with Lexbor's own functions: {e} (the \
         selectolax version pinned in pyproject.toml exports them)")))
}

/// A text node's text as Lexbor copies it into its document's arena, given back on drop.
struct TextCopy<'a> {
    lx: &'a Lexbor,
    document: *mut Node,
    data: *mut u8,
}

impl Drop for TextCopy<'_> {
    fn drop(&mut self) {
        // SAFETY: `data` came from `text_content` on a node of `document`, given back once.
        unsafe { (self.lx.destroy_text)(self.document, self.data) };
    }
}

/// `len(s)`, from bytes that are UTF-8 (a character is a byte that does not continue one).
fn chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// What the walk does with an element, by its tag (`cleaner.html.blocks._KINDS`).
const SKIP: u8 = 0;
const INLINE: u8 = 1;
const LINK: u8 = 2;
const CELL: u8 = 3;
const BLOCK: u8 = 4;
const BREAK: u8 = 5;
const PRE: u8 = 7; // (6: a block with a blank line around it)

/// The line being gathered and the lines made (`cleaner.html.blocks.walk`'s `flush`).
struct Lines<'py> {
    py: Python<'py>,
    min_inline_cover: f64,
    out: Bound<'py, PyList>, // the lines' texts (`None`: a blank line)
    made: bool,        // a line was made (a blank line may come before the next)
    parts: String,     // the line's raw text
    open: bool,        // a part was added since the last flush (maybe an empty one)
    link_chars: usize,
    links: usize,
    gap: u8,           // 0 none yet, 1 a line break, 2 a blank line
    inline: Vec<(usize, usize)>, // inline element -> its characters in this line, in order
    pre: bool,
    blocks: Vec<Option<LineBlock>>, // the lines made, as the core keeps them (`None`: blank)
    covers: Vec<u32>,               // their inline elements, one after another
}

impl Lines<'_> {
    fn push(&mut self, part: &str) {
        self.parts.push_str(part);
        self.open = true;
    }

    fn flush(&mut self, owner: usize) -> PyResult<()> {
        let raw = std::mem::take(&mut self.parts);
        self.open = false;
        let (gathered, linked) = (self.link_chars, self.links);
        self.link_chars = 0;
        self.links = 0;
        let collapsed;
        let text = if self.pre {
            let text = raw.replace('\r', "");
            let kept = text::rstrip(&text).len();
            collapsed = text[..kept].to_string();
            if text::strip(&collapsed).is_empty() {
                self.inline.clear();
                return Ok(());
            }
            collapsed.as_str()
        } else {
            collapsed = collapse(&raw);
            let text = text::strip(&collapsed); // (no-break spaces alone: a blank line)
            if text.is_empty() {
                self.inline.clear();
                return Ok(());
            }
            text
        };
        let chars = chars(text.as_bytes()) - text.bytes().filter(|&b| b == b' ').count();
        if self.gap == 2 && self.made {
            self.out.append(self.py.None())?;
            self.blocks.push(None);
        }
        self.gap = 0;
        let least = self.min_inline_cover * chars as f64;
        let cover: Vec<usize> = self.inline.iter()
            .filter(|&&(_, n)| n as f64 >= least).map(|&(e, _)| e).collect();
        let start = self.covers.len() as u32;
        self.covers.extend(cover.iter().map(|&e| e as u32));
        self.blocks.push(Some(LineBlock { owner: owner as u32, chars: chars as u32,
                                          link_chars: gathered.min(chars) as u32,
                                          links: linked as u32,
                                          inline: (start, self.covers.len() as u32),
                                          pre: self.pre }));
        self.inline.clear();
        self.out.append(PyString::new(self.py, text))?;
        self.made = true;
        Ok(())
    }
}

/// `re.sub(r"[ \t\n\r\f]+", " ", raw)`.
fn collapse(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut space = false;
    for c in raw.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c') {
            if !space {
                out.push(' ');
                space = true;
            }
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

/// Whether `bytes` hold `word` (lower-case ASCII), in any case.
fn has_word(bytes: &[u8], word: &[u8]) -> bool {
    bytes.windows(word.len()).any(|w| w.eq_ignore_ascii_case(word))
}

fn decoded(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(bytes) // (as selectolax decodes: errors replaced)
}

unsafe fn slice<'a>(data: *const u8, len: usize) -> &'a [u8] {
    if data.is_null() || len == 0 { &[] } else { std::slice::from_raw_parts(data, len) }
}

type Span = (u32, u32); // a start and an end in `PyWalkedElements::text`

/// One line of the walk as the core keeps it (`cleaner.html.blocks.Block`, its text aside).
#[derive(Clone, Copy)]
pub struct LineBlock {
    pub owner: u32,
    pub chars: u32,
    pub link_chars: u32,
    pub links: u32,
    pub inline: (u32, u32), // its inline elements: a span of `PyWalkedElements::covers`
    pub pre: bool,
}

impl LineBlock {
    /// `Block.link_density`.
    pub fn link_density(&self) -> f64 {
        if self.chars > 0 { self.link_chars as f64 / self.chars as f64 } else { 0.0 }
    }
}

/// `cleaner._core.WalkedElements`: a walk as the core keeps it: each element's tag,
/// attributes (names and values, in order; a value `None` for an attribute without one)
/// and parent, and each line's block (`None` for a blank line): what the element reader and
/// the DOM analysis (`dom.rs`) read, no Python object made.
#[pyclass(name = "WalkedElements", module = "cleaner._core", frozen)]
pub struct PyWalkedElements {
    text: String,
    elements: Vec<(Span, usize, usize)>, // its tag, and its attributes in `pairs`
    pairs: Vec<(Span, Option<Span>)>,
    pub parents: Vec<i32>, // -1 above the root
    pub blocks: Vec<Option<LineBlock>>,
    covers: Vec<u32>,
}

impl PyWalkedElements {
    fn span(&mut self, value: &str) -> Span {
        let start = self.text.len() as u32;
        self.text.push_str(value);
        (start, self.text.len() as u32)
    }

    fn read(&self, (start, end): Span) -> &str {
        &self.text[start as usize..end as usize]
    }

    /// Where the store ends, to `undo` back to (an element the walk leaves out).
    fn mark(&self) -> (usize, usize, usize) {
        (self.text.len(), self.elements.len(), self.pairs.len())
    }

    fn undo(&mut self, (text, elements, pairs): (usize, usize, usize)) {
        self.text.truncate(text);
        self.elements.truncate(elements);
        self.pairs.truncate(pairs);
    }

    pub fn len(&self) -> usize {
        self.elements.len()
    }

    pub fn tag(&self, element: usize) -> &str {
        self.read(self.elements[element].0)
    }

    /// An element's attributes, as selectolax's `attributes` dict holds them.
    pub fn attributes(&self, element: usize) -> impl Iterator<Item = (&str, Option<&str>)> {
        let (_, first, end) = self.elements[element];
        self.pairs[first..end].iter().map(|&(k, v)| (self.read(k), v.map(|v| self.read(v))))
    }

    /// `attrs.get(name)`: the value of an element's attribute (`None` where it has none, or
    /// it has no value).
    pub fn attribute(&self, element: usize, name: &str) -> Option<&str> {
        self.attributes(element).find(|(k, _)| *k == name).and_then(|(_, v)| v)
    }

    /// The inline elements that wrap most of a line (`Block.inline`), outermost first.
    pub fn inline(&self, block: &LineBlock) -> &[u32] {
        &self.covers[block.inline.0 as usize..block.inline.1 as usize]
    }

    /// An element's attributes as selectolax's `attributes` dict holds them.
    fn attrs_dict<'py>(&self, py: Python<'py>, element: usize) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        for (name, value) in self.attributes(element) {
            dict.set_item(name, value)?;
        }
        Ok(dict)
    }
}

/// The walk's columns for Python (`cleaner.html.blocks.Walk`), made when asked for.
#[pymethods]
impl PyWalkedElements {
    /// Each element's tag.
    fn tags(&self) -> Vec<&str> {
        (0..self.len()).map(|e| self.tag(e)).collect()
    }

    /// Each element's parent (-1 above the root).
    #[pyo3(name = "parents")]
    fn py_parents(&self) -> Vec<i32> {
        self.parents.clone()
    }

    /// Each element's attributes, a dict as selectolax's `attributes`.
    fn attrs<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        (0..self.len()).map(|e| self.attrs_dict(py, e)).collect()
    }

    /// Each line's block but its text, `(owner, chars, link_chars, links, inline, pre)`
    /// (`None` for a blank line).
    #[allow(clippy::type_complexity)]
    fn blocks(&self) -> Vec<Option<(u32, u32, u32, u32, Vec<u32>, bool)>> {
        self.blocks.iter().map(|b| b.as_ref().map(|b| {
            (b.owner, b.chars, b.link_chars, b.links, self.inline(b).to_vec(), b.pre)
        })).collect()
    }
}

/// An element's attributes, kept in `store` with its tag; whether `hidden` may say it is
/// hidden, and whether its `href` leads away from the page (`None`: it has none).
unsafe fn read_attributes(lx: &Lexbor, node: *mut Node, store: &mut PyWalkedElements, tag: &[u8])
                          -> (bool, Option<bool>) {
    let (mut maybe_hidden, mut href) = (false, None);
    let tag = store.span(&decoded(tag));
    let first = store.pairs.len();
    let mut attr = (lx.first_attribute)(node);
    while !attr.is_null() {
        let mut len = 0usize;
        let key = slice((lx.attribute_name)(attr, &mut len), len);
        let key_span = store.span(&decoded(key));
        let mut len = 0usize;
        let data = (lx.attribute_value)(attr, &mut len);
        let value_span = (!data.is_null()).then(|| store.span(&decoded(slice(data, len))));
        // (a name given twice keeps its place and takes the last value, as in a dict)
        match (first..store.pairs.len()).find(|&i| store.read(store.pairs[i].0) == store.read(key_span)) {
            Some(i) => store.pairs[i].1 = value_span,
            None => store.pairs.push((key_span, value_span)),
        }
        if key == b"href" { // (`_leaves`: not a link to a place on the same page)
            href = (!data.is_null()).then(|| slice(data, len).first() != Some(&b'#'));
        }
        // (`hidden` is asked only where it may say yes: its style test needs a "none" or a
        // "hidden", whose "dden" is ASCII whatever the case)
        maybe_hidden |= key == b"hidden" || key == b"aria-hidden"
            || (key == b"style" && (has_word(slice(data, len), b"none")
                                    || has_word(slice(data, len), b"dden")));
        attr = (lx.next_attribute)(attr);
    }
    store.elements.push((tag, first, store.pairs.len()));
    (maybe_hidden, href)
}

/// `cleaner._core.HtmlWalker`: the walk, with `cleaner.html.blocks`'s tables.
#[pyclass(name = "HtmlWalker", module = "cleaner._core", frozen)]
pub struct PyHtmlWalker {
    kinds: HashMap<Vec<u8>, u8>,
    hidden: Py<PyAny>,
    min_inline_cover: f64,
}

#[pymethods]
impl PyHtmlWalker {
    /// `kinds`: tag -> what the walk does with it (any other tag starts a block);
    /// `hidden(attrs)`: whether an element is hidden by its own attributes (a dict);
    /// `min_inline_cover`: the share of a line's characters an inline element wraps to
    /// speak for it.
    #[new]
    fn new(kinds: HashMap<String, u8>, hidden: Py<PyAny>, min_inline_cover: f64) -> PyHtmlWalker {
        PyHtmlWalker { kinds: kinds.into_iter().map(|(k, v)| (k.into_bytes(), v)).collect(),
                       hidden, min_inline_cover }
    }

    /// Walk a selectolax `LexborNode` (a page's `<body>`) into `(texts, elements)`: each
    /// line's text (`None` for a blank line) and the walk as the core keeps it.
    fn walk<'py>(&self, py: Python<'py>, root: &Bound<'py, PyAny>, show_hidden: bool)
                 -> PyResult<Bound<'py, PyTuple>> {
        if root.get_type().name()? != "LexborNode" {
            return Err(PyTypeError::new_err("walk: a selectolax LexborNode is needed"));
        }
        let lx = lexbor(py)?;
        let root_node = root.getattr("mem_id")?.extract::<usize>()? as *mut Node;
        // SAFETY: `root` holds its parser, so the tree lives while the GIL is held here.
        unsafe { self.walk_tree(py, lx, root_node, show_hidden) }
    }
}

impl PyHtmlWalker {
    unsafe fn walk_tree<'py>(&self, py: Python<'py>, lx: &Lexbor, root: *mut Node,
                             show_hidden: bool)
                             -> PyResult<Bound<'py, PyTuple>> {
        let mut document = root;
        while !(lx.parent)(document).is_null() {
            document = (lx.parent)(document);
        }
        let mut parents: Vec<i32> = Vec::new();
        let mut lines = Lines { py, min_inline_cover: self.min_inline_cover,
                                out: PyList::empty(py), made: false, parts: String::new(),
                                open: false, link_chars: 0, links: 0, gap: 0,
                                inline: Vec::new(), pre: false, blocks: Vec::new(),
                                covers: Vec::new() };
        let hidden = self.hidden.bind(py);
        // (the tags met on this page, and what the walk does with them)
        let mut tag_kinds: HashMap<Vec<u8>, u8, FastHash> = HashMap::default();

        let mut store = PyWalkedElements { text: String::new(), elements: Vec::new(),
                                           pairs: Vec::new(), parents: Vec::new(),
                                           blocks: Vec::new(), covers: Vec::new() };
        let mut len = 0usize;
        let name = slice((lx.element_name)(root, &mut len), len);
        read_attributes(lx, root, &mut store, name);
        parents.push(-1);
        // The open element (its index and kind), and one entry per element around it: the
        // node after it and the element and kind it is in.
        let (mut element, mut kind) = (0usize, BLOCK);
        let mut stack: Vec<(*mut Node, usize, u8)> = Vec::new();
        let mut owner = 0usize; // the innermost open block element
        let mut owners: Vec<usize> = Vec::new(); // the block elements around it
        let (mut in_link, mut in_pre) = (0usize, 0usize);
        let mut inline_open: Vec<usize> = Vec::new(); // open inline elements with attributes
        let mut node = (lx.first_child)(root);
        loop {
            if node.is_null() { // the open element ends
                if kind >= BLOCK {
                    if lines.open {
                        lines.flush(owner)?;
                    }
                    let Some(outer) = owners.pop() else { break };
                    owner = outer;
                    if kind != BLOCK { // (DOUBLE, PRE)
                        lines.gap = 2;
                        if kind == PRE {
                            in_pre -= 1;
                            lines.pre = in_pre > 0;
                        }
                    } else if lines.gap == 0 {
                        lines.gap = 1;
                    }
                } else if kind == LINK {
                    in_link -= 1;
                }
                if inline_open.last() == Some(&element) {
                    inline_open.pop();
                }
                (node, element, kind) = stack.pop().expect("an open element");
                continue;
            }
            let node_type = (lx.node_type)(node);
            if node_type == TEXT_NODE {
                let mut len = 0usize;
                let data = (lx.text_content)(node, &mut len);
                node = (lx.next)(node);
                if data.is_null() {
                    continue;
                }
                // (a copy in the document's arena, given back when it is read)
                let copy = TextCopy { lx, document, data };
                let text = decoded(slice(copy.data, len));
                let mut text: &str = &text;
                if text.is_empty() || (!lines.open && in_pre == 0 && text.chars().all(text::is_space)) {
                    continue; // (a line's leading white space is dropped anyway)
                }
                if in_pre > 0 {
                    let mut pieces = text.split('\n');
                    let mut piece = pieces.next().unwrap_or("");
                    for following in pieces {
                        lines.push(piece);
                        lines.flush(owner)?;
                        piece = following;
                    }
                    text = piece;
                    if text.is_empty() {
                        continue;
                    }
                }
                lines.push(text);
                if in_link > 0 || !inline_open.is_empty() {
                    let n = chars(text.as_bytes())
                        - text.bytes().filter(|&b| b == b' ' || b == b'\n').count();
                    if in_link > 0 {
                        lines.link_chars += n;
                    }
                    for &e in &inline_open {
                        match lines.inline.iter_mut().find(|(i, _)| *i == e) {
                            Some((_, count)) => *count += n,
                            None => lines.inline.push((e, n)),
                        }
                    }
                }
                continue;
            }
            if node_type != ELEMENT_NODE {
                node = (lx.next)(node); // (comments, the doctype)
                continue;
            }
            let mut len = 0usize;
            let name = slice((lx.element_name)(node, &mut len), len);
            if name.is_empty() {
                node = (lx.next)(node);
                continue;
            }
            let new_kind = match tag_kinds.get(name) {
                Some(&k) => k,
                None => {
                    let k = self.kinds.get(name).copied().unwrap_or(BLOCK);
                    tag_kinds.insert(name.to_vec(), k);
                    k
                }
            };
            if new_kind == SKIP || (new_kind == BLOCK && name[0] == b'-') {
                node = (lx.next)(node);
                continue;
            }
            if new_kind == BREAK {
                if lines.open {
                    lines.flush(owner)?;
                }
                node = (lx.next)(node);
                continue;
            }
            let mark = store.mark();
            let (maybe_hidden, href) = read_attributes(lx, node, &mut store, name);
            let new = parents.len();
            if maybe_hidden && !show_hidden
                && hidden.call1((store.attrs_dict(py, new)?,))?.is_truthy()? {
                store.undo(mark);
                node = (lx.next)(node);
                continue;
            }
            parents.push(element as i32);
            let (_, first_pair, end_pair) = store.elements[new];
            let has_attrs = end_pair > first_pair;
            stack.push(((lx.next)(node), element, kind));
            node = (lx.first_child)(node);
            (element, kind) = (new, new_kind);
            if kind <= CELL { // (INLINE, LINK, CELL)
                if kind == LINK {
                    if href == Some(true) {
                        in_link += 1;
                        lines.links += 1;
                    } else {
                        kind = INLINE;
                    }
                } else if kind == CELL {
                    lines.push(" ");
                }
                if has_attrs {
                    inline_open.push(new);
                }
            } else {
                if lines.open {
                    lines.flush(owner)?;
                }
                if kind != BLOCK { // (DOUBLE, PRE)
                    lines.gap = 2;
                    if kind == PRE {
                        in_pre += 1;
                        lines.pre = true;
                    }
                } else if lines.gap == 0 {
                    lines.gap = 1;
                }
                owners.push(owner);
                owner = new;
            }
        }
        store.parents = parents;
        store.blocks = std::mem::take(&mut lines.blocks);
        store.covers = std::mem::take(&mut lines.covers);
        PyTuple::new(py, [lines.out.into_any(),
                          Bound::new(py, store)?.into_any()])
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyHtmlWalker>()?;
    m.add_class::<PyWalkedElements>()
}
