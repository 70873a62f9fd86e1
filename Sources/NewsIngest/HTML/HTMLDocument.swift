/// A web page parsed into a flat tree: elements and text in document order, each element followed by
/// its descendants, so a subtree is a range of `nodes` (`index..<node.end`).
///
/// Only the attributes extraction reads are kept (see `HTMLDocument.keptAttributes`); tag and attribute
/// names are lowercase. Parsing is done by libxml2's HTML parser (`HTMLDocument+Parsing.swift`), the one
/// place that knows about it.
///
/// ```swift
/// let page = HTMLDocument(parsing: "<p>One <b>two</b></p>")
/// page.text(of: 1)  // "One two"
/// ```
struct HTMLDocument {
    /// An element or a run of text.
    struct Node {
        /// The element's tag, lowercase; "" for text.
        var name: String
        /// The index of the parent element; -1 for the top.
        var parent: Int
        /// The index just past the last descendant (for text, the index after it).
        var end: Int
        /// Nesting depth, 0 at the top.
        var depth: Int
        /// The text of a text node, as written (entities decoded); "" for an element.
        var text: String
        /// Kept attributes, in the order written.
        var attributes: [(name: String, value: String)]

        var isText: Bool { name.isEmpty }

        /// The value of attribute `name`, if the element has it.
        func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    /// Attributes read by extraction and metadata; the others are dropped while parsing.
    static let keptAttributes: Set<String> = [
        "class", "id", "href", "name", "property", "content", "rel", "datetime", "type", "lang", "itemprop",
        "itemtype", "hidden", "style", "aria-hidden", "role", "http-equiv", "charset",
    ]

    var nodes: [Node]

    init(nodes: [Node]) {
        self.nodes = nodes
    }

    /// The element indexes whose tag is `name`, in document order.
    func elements(named name: String) -> [Int] {
        nodes.indices.filter { nodes[$0].name == name }
    }

    /// The direct children of element `index`.
    func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        while child < nodes[index].end {
            result.append(child)
            child = nodes[child].end
        }
        return result
    }

    /// Whether element `ancestor` contains node `index` (or is it).
    func contains(_ ancestor: Int, _ index: Int) -> Bool {
        index >= ancestor && index < nodes[ancestor].end
    }

    /// The text of node `index` and its descendants, white space collapsed to single spaces and trimmed.
    /// Elements such as `script` and `style` contribute nothing.
    func text(of index: Int) -> String {
        var collector = TextCollector()
        var node = index
        while node < nodes[index].end {
            let current = nodes[node]
            if current.isText {
                collector.append(current.text)
            } else if Self.silentTags.contains(current.name) {
                node = current.end
                continue
            } else if current.name == "br" || Self.blockTags.contains(current.name) {
                collector.breakWord()
            }
            node += 1
        }
        return collector.text
    }

    /// Tags whose content is never page text. (`noscript` is: some pages put their whole text there.)
    static let silentTags: Set<String> = [
        "script", "style", "template", "svg", "math", "canvas", "iframe", "object", "embed",
        "video", "audio", "select", "textarea", "button", "head", "title",
    ]

    /// Tags that start a new block of text (a word never runs across them).
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "li", "ul", "ol", "dl",
        "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th",
        "figure", "figcaption", "form", "hr", "address", "body", "html", "tbody", "thead", "caption", "center",
        "details", "summary", "fieldset", "legend", "option",
    ]
}

/// Joins runs of text with white space (no-break spaces included) collapsed to single spaces.
struct TextCollector {
    private var bytes: [UInt8] = []
    private var pendingSpace = false
    private var afterC2 = false

    /// Adds `text`, its white space collapsed.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            for byte in buffer {
                if afterC2 {
                    afterC2 = false
                    if byte == 0xA0 {
                        pendingSpace = true
                        continue
                    }
                    put(0xC2)
                }
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                    pendingSpace = true
                } else if byte == 0xC2 {
                    afterC2 = true
                } else {
                    put(byte)
                }
            }
        }
    }

    private mutating func put(_ byte: UInt8) {
        if pendingSpace && !bytes.isEmpty {
            bytes.append(0x20)
            characterCount += 1
        }
        pendingSpace = false
        bytes.append(byte)
        if byte & 0xC0 != 0x80 { characterCount += 1 }
    }

    /// Unicode scalars collected so far.
    private(set) var characterCount = 0

    /// Makes sure the next text starts a new word.
    mutating func breakWord() { pendingSpace = true }

    var isEmpty: Bool { bytes.isEmpty }

    /// The text collected, without leading or trailing space.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
