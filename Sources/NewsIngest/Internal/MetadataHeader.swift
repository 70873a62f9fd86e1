/// The metadata a saved file may carry at its top: YAML-style front matter between `---` lines, or
/// `Key: value` header lines (`Title:`, `Source:`, `URL:`, `Published:` or `Date:`, `Author:` or
/// `By:` …, in any case).
///
/// A run of header lines counts only when it names at least one field `ArticleMetadata` holds, so
/// an article that happens to open with `Update: …` keeps its first line.
struct MetadataHeader {
    var metadata = ArticleMetadata()
    /// The lines the header takes (blank lines inside it included); empty when there is none.
    var lines: Range<Int> = 0..<0
    /// Says what kind of header it was, for `RemovedBlock.detail`.
    var detail = ""

    /// Reads the header at the top of `source`, if there is one.
    static func read(_ source: SourceLines) -> MetadataHeader {
        let first = source.firstNonBlank(from: 0)
        guard first < source.count else { return MetadataHeader() }
        if source.text(first) == "---", let header = frontMatter(source, opening: first) { return header }
        return headerLines(source, from: first) ?? MetadataHeader()
    }

    /// YAML-style front matter opening at `opening`, closed by `---` or `...` within 100 lines,
    /// every line between being YAML-shaped: `key: value`, `- item`, or indented. Keeps `key: value`
    /// pairs and `- item` lists under a key; ignores anything else.
    private static func frontMatter(_ source: SourceLines, opening: Int) -> MetadataHeader? {
        let searchEnd = min(source.count, opening + 101)
        guard let closing = (opening + 1..<searchEnd).first(where: { ["---", "..."].contains(source.text($0)) }),
            (opening + 1..<closing).allSatisfy({ source.isBlank($0) || isYAMLShaped(source, line: $0) })
        else { return nil }
        var header = MetadataHeader(lines: opening..<closing + 1, detail: "front matter")
        var listField: Field?
        var listItems: [String] = []
        func finishList() {
            if let field = listField, !listItems.isEmpty { header.set(field, listItems.joined(separator: ", ")) }
            listField = nil
            listItems = []
        }
        for line in opening + 1..<closing where !source.isBlank(line) {
            let text = source.text(line)
            if listField != nil, text.hasPrefix("- ") {
                listItems.append(unquoted(String(text.dropFirst(2))))
                continue
            }
            finishList()
            let raw = source.rawText(line)
            guard raw.first?.isWhitespace == false, let (key, value) = keyValue(text) else { continue }
            guard let field = Field(key: key) else { continue }
            if value.isEmpty { listField = field } else { header.set(field, unquoted(value)) }
        }
        finishList()
        return header
    }

    private static func isYAMLShaped(_ source: SourceLines, line: Int) -> Bool {
        source.rawText(line).first?.isWhitespace == true || source.text(line).hasPrefix("- ")
            || keyValue(source, line: line) != nil
    }

    /// `Key: value` lines from `first` on; blank lines between them are allowed.
    private static func headerLines(_ source: SourceLines, from first: Int) -> MetadataHeader? {
        var header = MetadataHeader(detail: "metadata header lines")
        var holdsKnownField = false
        var end = first
        var line = first
        while line < source.count {
            guard let (key, value) = keyValue(source, line: line), !value.isEmpty, let field = Field(key: key) else {
                break
            }
            header.set(field, value)
            holdsKnownField = holdsKnownField || field != .ignored
            end = line + 1
            line = source.firstNonBlank(from: end)
        }
        guard holdsKnownField else { return nil }
        header.lines = first..<end
        return header
    }

    /// `keyValue` of the line's text, checking the bytes first so that ordinary lines cost little.
    private static func keyValue(_ source: SourceLines, line: Int) -> (key: String, value: String)? {
        let range = source.trimmedRanges[line]
        let keyEnd = range.prefix(maximumKeyLength + 1).first { !isKeyByte(source.bytes[$0]) }
        guard let colon = keyEnd, source.bytes[colon] == UInt8(ascii: ":") else { return nil }
        return keyValue(source.text(line))
    }

    private static let maximumKeyLength = 24

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (0x61...0x7A).contains(byte | 0x20) || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "-")
    }

    /// Splits `Key: value` at its first colon; nil unless the key is 1–3 words of letters.
    private static func keyValue(_ text: String) -> (key: String, value: String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon]
        guard !key.isEmpty, key.count <= maximumKeyLength,
            key.allSatisfy({ $0.isLetter || $0 == " " || $0 == "_" || $0 == "-" }),
            key.split(separator: " ").count <= 3
        else { return nil }
        let value = text[text.index(after: colon)...].trimmingPrefix(while: \.isWhitespace)
        return (String(key), String(value))
    }

    private static func unquoted(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first else {
            return value
        }
        return String(value.dropFirst().dropLast())
    }

    private mutating func set(_ field: Field, _ value: String) {
        switch field {
        case .title: metadata.title = metadata.title ?? value
        case .source: metadata.source = metadata.source ?? value
        case .url: metadata.url = metadata.url ?? value
        case .published: metadata.published = metadata.published ?? value
        case .author: metadata.author = metadata.author ?? value
        case .ignored: break
        }
    }

    /// The `ArticleMetadata` field a key names; `.ignored` for metadata-like keys with no field
    /// (tags, language, updated …), which are still removed from the article.
    private enum Field {
        case title, source, url, published, author, ignored

        init?(key: String) {
            let words = key.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" })
            guard let field = Self.byKey[words.joined(separator: " ")] else { return nil }
            self = field
        }

        private static let byKey: [String: Field] = {
            let names: [(Field, [String])] = [
                (.title, ["title", "headline"]),
                (.source, ["source", "publisher", "publication", "site", "site name", "outlet"]),
                (.url, ["url", "link", "canonical", "canonical url", "source url", "permalink"]),
                (
                    .published,
                    [
                        "published", "date", "published at", "published on", "publication date", "date published",
                        "pubdate",
                    ]
                ),
                (.author, ["author", "authors", "by", "byline", "writer", "reporter"]),
                (
                    .ignored,
                    [
                        "updated", "modified", "last updated", "date modified", "tags", "keywords", "category",
                        "categories", "section", "language", "lang", "description", "summary",
                    ]
                ),
            ]
            return Dictionary(uniqueKeysWithValues: names.flatMap { field, keys in keys.map { ($0, field) } })
        }()
    }
}
