/// Finds a web page's article among its text: the blocks to keep (headings as headlines, the rest as
/// paragraphs) and what was left out, and why.
///
/// The way the best extractors do it, in four steps:
/// 1. **Furniture**: navigation, cookie banners, share bars, related-story lists, comments, sidebars,
///    footers, hidden text and captions are set aside by tag, ARIA role, class and id (`PageFurniture`).
/// 2. **Scoring**: every run of text of 25 characters or more scores 1, plus one per comma, plus one per
///    100 characters (at most 3); its block's parent takes the score, the grandparent half, and
///    ancestors further up less. An element starts from its tag (a `div` +5, a list −3, a heading −5),
///    ±25 for what its class and id say, +10 for `<article>` or `<main>`, +25 for
///    `itemprop="articleBody"` and +3 per run the page's JSON-LD `articleBody` holds (evidence, not the
///    answer: it is often truncated); the total is scaled by the share of its text that is not links.
/// 3. **Selection**: the best element, moved up to the ancestor holding most of the other good
///    candidates or to the `<article>` around it, plus those of its siblings that score well or read
///    as paragraphs.
/// 4. **Cleaning**: inside it, lists and boxes that are mostly links, link-only lines and the title are
///    dropped; `<h2>`–`<h3>` become headlines.
///
/// When the classes leave under 250 characters, the page is read again ignoring them; when that leaves
/// under 300 and the page's JSON-LD `articleBody` is more than twice as long, that text stands in.
/// Linear in the page's size (times its depth).
struct MainTextExtractor {
    /// A block of the article.
    struct Block: Equatable {
        var text: String
        var isHeadline: Bool
    }

    /// A piece of the page left out.
    struct Removal: Equatable {
        var kind: PageFurniture
        var text: String
        /// Link texts (for related-story lists).
        var links: [String]
    }

    var blocks: [Block]
    var removed: [Removal]

    /// Extracts the article from `page`; `title` is the page's title (dropped from the body when
    /// repeated) and `evidence` text the page's metadata says the article holds.
    init(page: HTMLDocument, title: String?, evidence: String?) {
        var pass = Pass(page: page, readsClasses: true, title: title, evidence: evidence)
        if pass.length < 250 {
            let lenient = Pass(page: page, readsClasses: false, title: title, evidence: evidence)
            if lenient.length > pass.length { pass = lenient }
        }
        // Metadata's article text stands in only when the page's own is missing or far shorter (a page
        // built by scripts).
        if let evidence, pass.length < 300, evidence.unicodeScalars.count > 2 * max(pass.length, 100) {
            pass.blocks = evidence.split(whereSeparator: \.isNewline).map { line in
                var collector = TextCollector()
                collector.append(String(line))
                return Block(text: collector.text, isHeadline: false)
            }.filter { !$0.text.isEmpty }
        }
        blocks = pass.blocks
        removed = pass.removed
    }
}

extension MainTextExtractor {
    /// One reading of the page.
    private struct Pass {
        var blocks: [Block] = []
        var removed: [Removal] = []
        var length = 0

        init(page: HTMLDocument, readsClasses: Bool, title: String?, evidence: String?) {
            let runs = TextRun.runs(of: page, readsClasses: readsClasses)
            var scorer = Scorer(page: page, runs: runs, evidence: evidence)
            let roots = scorer.contentRoots()
            let cleaned = Self.cleanedElements(page: page, runs: runs, roots: roots)

            var furnitureShown = Set<Int>()
            var outside: [String] = []
            for run in runs {
                if let furniture = run.furniture {
                    if furnitureShown.insert(furniture.element).inserted {
                        let links = furniture.kind == .relatedLinks ? Self.linkTexts(page, in: furniture.element) : []
                        removed.append(Removal(kind: furniture.kind, text: run.text, links: links))
                    } else {
                        removed[removed.count - 1].text += "\n" + run.text
                    }
                    continue
                }
                let inside = roots.contains { page.contains($0, run.owner) }
                let isCleaned = cleaned.contains { page.contains($0, run.owner) }
                if !inside || isCleaned {
                    outside.append(run.text)
                    continue
                }
                if run.headingLevel == 1 || run.text == title {
                    continue
                }
                if run.linkDensity > 0.7 && run.length < 200 {
                    outside.append(run.text)
                    continue
                }
                let isHeadline = (2...3).contains(run.headingLevel)
                if isHeadline, let last = blocks.last, last.isHeadline { blocks.removeLast() }
                blocks.append(Block(text: run.text, isHeadline: isHeadline))
                length += run.length
            }
            while let last = blocks.last, last.isHeadline { blocks.removeLast() }
            if !outside.isEmpty {
                removed.append(Removal(kind: .outside, text: outside.joined(separator: "\n"), links: []))
            }
        }

        /// The link texts inside element `index`.
        static func linkTexts(_ page: HTMLDocument, in index: Int) -> [String] {
            (index..<page.nodes[index].end).compactMap { node in
                guard page.nodes[node].name == "a" else { return nil }
                let text = page.text(of: node)
                return text.count >= 15 ? text : nil
            }
        }

        /// Lists, tables and boxes inside the content that are mostly links, or short and link-heavy.
        static func cleanedElements(page: HTMLDocument, runs: [TextRun], roots: [Int]) -> [Int] {
            var length = [Int: Int]()
            var linkLength = [Int: Int]()
            var commas = [Int: Int]()
            let boxTags: Set<String> = ["ul", "ol", "div", "section", "table", "dl"]
            for run in runs where run.furniture == nil && roots.contains(where: { page.contains($0, run.owner) }) {
                var element = run.owner
                while element >= 0 && !roots.contains(element) {
                    if boxTags.contains(page.nodes[element].name) {
                        length[element, default: 0] += run.length
                        linkLength[element, default: 0] += run.linkLength
                        commas[element, default: 0] += run.commas
                    }
                    element = page.nodes[element].parent
                }
            }
            var cleaned: [Int] = []
            for (element, total) in length where total > 0 {
                let density = Double(linkLength[element] ?? 0) / Double(total)
                let commaCount = commas[element] ?? 0
                if commaCount < 10 && (density > 0.5 || (density > 0.3 && total < 300)) {
                    cleaned.append(element)
                }
            }
            return cleaned
        }
    }

    /// Scores the page's elements as containers of the article.
    private struct Scorer {
        let page: HTMLDocument
        let runs: [TextRun]
        var score: [Double]
        var isCandidate: [Bool]
        var length: [Int]
        var linkLength: [Int]

        init(page: HTMLDocument, runs: [TextRun], evidence: String?) {
            self.page = page
            self.runs = runs
            let count = page.nodes.count
            score = [Double](repeating: 0, count: count)
            isCandidate = [Bool](repeating: false, count: count)
            length = [Int](repeating: 0, count: count)
            linkLength = [Int](repeating: 0, count: count)
            let evidence = evidence.map(Self.normalised)
            // Whether each element holds another block element (else it is a paragraph, a heading, a cell).
            var holdsBlock = [Bool](repeating: false, count: count)
            for index in page.nodes.indices.reversed() {
                let node = page.nodes[index]
                if node.parent >= 0 && (holdsBlock[index] || HTMLDocument.blockTags.contains(node.name)) {
                    holdsBlock[node.parent] = true
                }
            }
            for run in runs where run.furniture == nil {
                var element = run.owner
                while element >= 0 {
                    length[element] += run.length
                    linkLength[element] += run.linkLength
                    element = page.nodes[element].parent
                }
                guard run.length >= 25, run.headingLevel == 0 else { continue }
                var points = 1 + Double(run.commas) + min(Double(run.length / 100), 3)
                if let evidence, run.length >= 40, evidence.contains(Self.normalised(String(run.text.prefix(60)))) {
                    points += 3
                }
                var ancestor = holdsBlock[run.owner] ? run.owner : page.nodes[run.owner].parent
                var level = 0
                while ancestor >= 0 && level < 5 {
                    start(ancestor)
                    let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                    score[ancestor] += points / divider
                    ancestor = page.nodes[ancestor].parent
                    level += 1
                }
            }
        }

        /// Letters and digits of `text`, lowercased, so markup's spacing does not matter.
        static func normalised(_ text: String) -> String {
            String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
        }


        /// Gives element `index` its starting score, once.
        private mutating func start(_ index: Int) {
            guard !isCandidate[index] else { return }
            isCandidate[index] = true
            let node = page.nodes[index]
            var initial: Double
            switch node.name {
            case "div": initial = 5
            case "article", "main": initial = 10
            case "pre", "td", "blockquote": initial = 3
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": initial = -3
            case "h1", "h2", "h3", "h4", "h5", "h6", "th": initial = -5
            default: initial = 0
            }
            let names = [node.attribute("class"), node.attribute("id")].compactMap { $0?.lowercased() }.joined(separator: " ")
            if !names.isEmpty {
                if PageFurniture.marksBody(names) { initial += 25 }
                if PageFurniture.kind(ofClassAndID: names) != nil { initial -= 25 }
            }
            if node.attribute("itemprop")?.lowercased() == "articlebody" { initial += 25 }
            score[index] += initial
        }

        private func finalScore(_ index: Int) -> Double {
            let density = length[index] == 0 ? 0 : Double(linkLength[index]) / Double(length[index])
            return score[index] * (1 - density)
        }

        /// The elements holding the article, in document order.
        mutating func contentRoots() -> [Int] {
            let candidates = isCandidate.indices.filter { isCandidate[$0] }
            guard !candidates.isEmpty else { return [] }
            let ranked = candidates.map { ($0, finalScore($0)) }.sorted { $0.1 > $1.1 }
            var top = ranked[0].0
            let topScore = ranked[0].1
            // Move up to an ancestor holding at least two other candidates nearly as good.
            let close = ranked.dropFirst().prefix(5).filter { $0.1 >= topScore * 0.75 }.map(\.0)
            if close.count >= 2 {
                var ancestor = page.nodes[top].parent
                while ancestor >= 0 && page.nodes[ancestor].name != "body" {
                    if close.count(where: { page.contains(ancestor, $0) }) >= 2 {
                        top = ancestor
                        break
                    }
                    ancestor = page.nodes[ancestor].parent
                }
            }
            // Inside an `<article>` (or `itemprop="articleBody"`) mostly of text, the whole of it: its
            // header's standfirst is the article's too.
            var enclosing = page.nodes[top].parent
            while enclosing >= 0 && page.nodes[enclosing].name != "body" {
                let node = page.nodes[enclosing]
                if node.name == "article" || node.attribute("itemprop")?.lowercased() == "articlebody" {
                    if length[enclosing] > 0 && Double(linkLength[enclosing]) / Double(length[enclosing]) < 0.3 {
                        top = enclosing
                    }
                    break
                }
                enclosing = node.parent
            }
            // An only child stands for its parent.
            while page.nodes[top].parent >= 0, page.children(of: page.nodes[top].parent).count(where: { !page.nodes[$0].isText }) == 1,
                page.nodes[page.nodes[top].parent].name != "body"
            {
                top = page.nodes[top].parent
            }
            let parent = page.nodes[top].parent
            guard parent >= 0 else { return [top] }
            let threshold = max(10, finalScore(top) * 0.2)
            return page.children(of: parent).filter { sibling in
                if sibling == top { return true }
                let node = page.nodes[sibling]
                guard !node.isText, length[sibling] > 0 else { return false }
                if isCandidate[sibling] && finalScore(sibling) >= threshold { return true }
                let density = Double(linkLength[sibling]) / Double(length[sibling])
                return length[sibling] > 80 && density < 0.25
            }
        }
    }
}
