/// A page's text cut into runs: the text of one block element (a paragraph, a heading, a list item, a
/// cell) or of a stretch of text between block elements, each with what extraction weighs.
struct TextRun {
    /// The nearest block element around the text.
    var owner: Int
    /// White space collapsed, trimmed.
    var text: String
    /// Characters (Unicode scalars) of `text`.
    var length: Int
    /// Characters inside links.
    var linkLength: Int
    /// Commas (Latin, CJK and Arabic), a sign of sentences.
    var commas: Int
    /// 1–6 for a heading's text, else 0.
    var headingLevel: Int
    /// The outermost furniture element around the run and its kind, if any.
    var furniture: (element: Int, kind: PageFurniture)?

    var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }
}

extension TextRun {
    /// The runs of `page` in document order, furniture told by tag, role and hidden marks always, and by
    /// class and id when `readsClasses`.
    static func runs(of page: HTMLDocument, readsClasses: Bool) -> [TextRun] {
        var builder = RunBuilder(page: page, readsClasses: readsClasses)
        let nodes = page.nodes
        var index = 0
        while index < nodes.count {
            builder.walk(index)
            index = nodes[index].end
        }
        builder.flush()
        return builder.runs
    }
}

/// Walks a page, cutting its text into `TextRun`s.
private struct RunBuilder {
    let page: HTMLDocument
    let readsClasses: Bool
    var runs: [TextRun] = []
    private var collector = TextCollector()
    private var linkLength = 0
    private var owner = -1
    private var headingLevel = 0
    private var linkDepth = 0
    private var furniture: (element: Int, kind: PageFurniture)?
    /// What class and id lists were found to say, as pages repeat them.
    private var furnitureAnswers: [String: PageFurniture?] = [:]

    /// The page's first `<h1>`, its `<article>` and `<main>` elements and `itemprop="articleBody"`:
    /// an element holding one of them is no furniture by its class (`PageContentSidebar` wraps the page).
    private let anchors: [Int]
    /// Bytes of text in each element (scripts and styles left out); nor is an element holding 70% of
    /// the page's text furniture by its class.
    private let textBytes: [Int]
    private let pageTextBytes: Int

    init(page: HTMLDocument, readsClasses: Bool) {
        self.page = page
        self.readsClasses = readsClasses
        var textBytes = [Int](repeating: 0, count: page.nodes.count)
        for index in page.nodes.indices.reversed() {
            let node = page.nodes[index]
            if node.isText {
                textBytes[index] = node.text.utf8.count
            } else if HTMLDocument.silentTags.contains(node.name) {
                textBytes[index] = 0
            }
            if node.parent >= 0 { textBytes[node.parent] += textBytes[index] }
        }
        self.textBytes = textBytes
        pageTextBytes = page.nodes.indices.filter { page.nodes[$0].parent < 0 }.reduce(0) { $0 + textBytes[$1] }
        var anchors: [Int] = []
        var seenH1 = false
        for (index, node) in page.nodes.enumerated() where !node.isText {
            if node.name == "h1" && !seenH1 {
                seenH1 = true
                anchors.append(index)
            } else if node.name == "article" || node.name == "main" || node.attribute("itemprop")?.lowercased() == "articlebody" {
                anchors.append(index)
            }
        }
        self.anchors = anchors
    }

    /// Adds the text of node `index` and its descendants.
    mutating func walk(_ index: Int) {
        let node = page.nodes[index]
        if node.isText {
            let before = collector.characterCount
            collector.append(node.text)
            if linkDepth > 0 { linkLength += collector.characterCount - before }
            return
        }
        if HTMLDocument.silentTags.contains(node.name) { return }
        if node.name == "br" || node.name == "hr" {
            flush()
            return
        }
        let isBlock = HTMLDocument.blockTags.contains(node.name)
        let saved = (owner, headingLevel, furniture)
        if isBlock {
            flush()
            owner = index
            // A block inside a heading (markup the parser nests when a heading is left open) is not one.
            headingLevel = 0
            if node.name.count == 2, node.name.first == "h", let level = node.name.last?.wholeNumberValue {
                headingLevel = level
            }
        }
        if furniture == nil, let kind = furnitureKind(of: index) { furniture = (index, kind) }
        let isLink = node.name == "a"
        if isLink { linkDepth += 1 }
        var child = index + 1
        while child < node.end {
            walk(child)
            child = page.nodes[child].end
        }
        if isLink { linkDepth -= 1 }
        if isBlock { flush() }
        (owner, headingLevel, furniture) = saved
    }

    private mutating func furnitureKind(of index: Int) -> PageFurniture? {
        let node = page.nodes[index]
        guard let kind = PageFurniture.kind(of: node, answers: &furnitureAnswers) else { return nil }
        if node.attribute("class") == nil && node.attribute("id") == nil { return kind }
        if readsClasses && !anchors.contains(where: { $0 > index && $0 < node.end }) && textBytes[index] * 10 < pageTextBytes * 7 {
            return kind
        }
        // Without classes, only what the tag, role or hidden marks say.
        var bare = node
        bare.attributes.removeAll { $0.name == "class" || $0.name == "id" }
        return PageFurniture.kind(of: bare)
    }

    /// Ends the current run.
    mutating func flush() {
        defer {
            collector = TextCollector()
            linkLength = 0
        }
        guard !collector.isEmpty, owner >= 0 else { return }
        let text = collector.text
        var commas = 0
        for scalar in text.unicodeScalars where scalar == "," || scalar == "，" || scalar == "、" || scalar == "،" {
            commas += 1
        }
        runs.append(
            TextRun(
                owner: owner, text: text, length: collector.characterCount, linkLength: linkLength, commas: commas,
                headingLevel: headingLevel, furniture: furniture))
    }
}
