import Foundation
import CNewsXML

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds with libxml2's XML parser in recovery mode, tolerant of
/// what real feeds do: HTML entities XML does not declare (`&nbsp;`), an encoding label that does not
/// match the bytes, bad dates (kept as written for the caller to judge), a file cut short.
///
/// ```swift
/// let feed = try FeedParser.parse(Array(data))
/// ```
public enum FeedParser {
    /// File name endings read as feeds: `.rss` and `.atom` always, `.xml` when its content is a feed.
    public static let fileExtensions: Set<String> = ["rss", "atom", "xml"]

    /// Whether `head` (a file's first few kilobytes are enough) opens a feed: its first element, after
    /// the XML declaration, comments and a doctype, is `<rss>`, `<feed>` or `<rdf:RDF>`.
    public static func isFeed(_ head: [UInt8]) -> Bool {
        guard let name = rootElementName(in: head) else { return false }
        let local = name.split(separator: ":").last.map(String.init)?.lowercased() ?? ""
        return local == "rss" || local == "feed" || local == "rdf"
    }

    /// The name of the first element in `head`, as written; nil when none starts there.
    static func rootElementName(in head: [UInt8]) -> String? {
        var index = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let lessThan = UInt8(ascii: "<")
        while index < head.count {
            guard head[index] == lessThan else {
                index += 1
                continue
            }
            let next = index + 1 < head.count ? head[index + 1] : 0
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {  // declaration, comment, doctype
                let closing: [UInt8] = head[index...].starts(with: Array("<!--".utf8)) ? Array("-->".utf8) : [UInt8(ascii: ">")]
                guard let end = firstIndex(of: closing, in: head, from: index + 2) else { return nil }
                index = end + closing.count
                continue
            }
            let nameBytes = head[(index + 1)...].prefix { byte in
                !(byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/"))
            }
            return nameBytes.isEmpty ? nil : String(decoding: nameBytes, as: UTF8.self)
        }
        return nil
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Reads the feed in `bytes`.
    ///
    /// The bytes are decoded as article files are (UTF-8 when valid, else Windows-1252, whatever the
    /// XML declaration says), HTML's named entities are written as numbers, and libxml2 parses the rest
    /// in recovery mode (no network, no external entities). When the file is not well-formed, only the
    /// items whose end tag is in the file are kept, and `warnings` says what happened.
    /// - throws: `FeedError` when the bytes are not text, hold no XML element, or are not a feed.
    public static func parse(_ bytes: [UInt8]) throws(FeedError) -> Feed {
        let decoded: DecodedText
        do {
            decoded = try ArticleTextDecoder.decode(bytes)
        } catch {
            throw FeedError(description: "\(error)")
        }
        var text = numberingHTMLEntities(in: decoded.text)
        guard let context = xmlNewParserCtxt() else { throw FeedError(description: "the XML parser could not start") }
        defer { xmlFreeParserCtxt(context) }
        let options =
            XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_NOCDATA.rawValue
        let document: xmlDocPtr? = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, "UTF-8", Int32(options))
            }
        }
        guard let document else { throw FeedError(description: "not XML: no element could be read") }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw FeedError(description: "not XML: no element could be read")
        }
        let rootName = localName(of: root).lowercased()
        guard rootName == "rss" || rootName == "feed" || rootName == "rdf" else {
            throw FeedError(description: "not an RSS or Atom feed (its first element is <\(localName(of: root))>)")
        }
        var items: [xmlNodePtr] = []
        collectItems(under: root, into: &items)
        var feed = Feed(title: nil, items: [], warnings: [], encoding: decoded.encoding)
        feed.title = channelTitle(under: root)
        if context.pointee.wellFormed == 0 {
            let error = xmlCtxtGetLastError(UnsafeMutableRawPointer(context))
            let reason = error.flatMap { $0.pointee.message.map { String(cString: $0) } }?
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let line = error.map { $0.pointee.line } ?? 0
            let where_ = reason.map { " (line \(line): \($0))" } ?? ""
            let closed = closedItemCount(in: text)
            if closed < items.count {
                feed.warnings.append(
                    "the file ends inside item \(closed + 1), cut short\(where_): the \(closed) complete items before it are kept")
                items.removeSubrange(closed...)
            } else {
                feed.warnings.append("not well-formed XML\(where_): what could be read is kept")
            }
        }
        feed.items = items.map { item(from: $0, document: document) }
        return feed
    }

    // MARK: - Items

    /// Appends the `item` and `entry` elements under `node`, not looking inside them.
    private static func collectItems(under node: xmlNodePtr, into items: inout [xmlNodePtr]) {
        for child in elementChildren(of: node) {
            let name = localName(of: child).lowercased()
            if name == "item" || name == "entry" {
                items.append(child)
            } else {
                collectItems(under: child, into: &items)
            }
        }
    }

    /// The title of the feed's `channel` (RSS) or of the Atom `feed` itself.
    private static func channelTitle(under root: xmlNodePtr) -> String? {
        let holder = localName(of: root).lowercased() == "feed"
            ? root : elementChildren(of: root).first { localName(of: $0).lowercased() == "channel" }
        guard let holder, let title = elementChildren(of: holder).first(where: { localName(of: $0) == "title" }) else {
            return nil
        }
        return nonEmpty(collapsed(text(of: title)))
    }

    private static func item(from node: xmlNodePtr, document: xmlDocPtr) -> FeedItem {
        var item = FeedItem(
            title: nil, link: nil, identifier: attribute("about", of: node), published: nil, author: nil, html: nil,
            isSummaryOnly: false)
        var updated: String?
        var content: String?
        var summary: String?
        for child in elementChildren(of: node) {
            let name = localName(of: child).lowercased()
            switch name {
            case "title":
                let title = attribute("type", of: child) == "html"
                    ? CharacterReferences.decoded(strippingTags(text(of: child))) : text(of: child)
                item.title = item.title ?? nonEmpty(collapsed(title))
            case "link":
                if let href = attribute("href", of: child) {
                    let rel = attribute("rel", of: child) ?? "alternate"
                    if rel == "alternate" || (item.link == nil && rel != "self" && rel != "edit" && rel != "enclosure") {
                        if rel == "alternate" || item.link == nil { item.link = nonEmpty(collapsed(href)) }
                    }
                } else {
                    item.link = item.link ?? nonEmpty(collapsed(text(of: child)))
                }
            case "guid", "id":
                item.identifier = item.identifier ?? nonEmpty(collapsed(text(of: child)))
            case "pubdate", "published", "issued", "date", "created":
                item.published = item.published ?? nonEmpty(collapsed(text(of: child)))
            case "updated", "modified":
                updated = updated ?? nonEmpty(collapsed(text(of: child)))
            case "creator":
                item.author = item.author ?? nonEmpty(collapsed(text(of: child)))
            case "author":
                let nameElement = elementChildren(of: child).first { localName(of: $0) == "name" }
                item.author = item.author ?? nonEmpty(authorName(collapsed(text(of: nameElement ?? child))))
            case "encoded":
                content = content ?? nonEmpty(text(of: child))
            case "content":
                content = content ?? html(of: child, document: document)
            case "description", "summary":
                summary = summary ?? html(of: child, document: document)
            default:
                break
            }
        }
        item.published = item.published ?? updated
        item.html = content ?? summary
        item.isSummaryOnly = content == nil && summary != nil
        return item
    }

    /// The HTML an Atom `content` or `summary` (or an RSS `description`) holds, by its `type`: `xhtml`
    /// as its child elements written out, `text` escaped with a paragraph per blank-line-separated
    /// block, anything else (RSS's escaped HTML, `html`) as its text. Nil for empty content or content
    /// given by `src` elsewhere.
    private static func html(of node: xmlNodePtr, document: xmlDocPtr) -> String? {
        guard attribute("src", of: node) == nil else { return nil }
        let type = attribute("type", of: node)?.lowercased()
        switch type {
        case "xhtml", "application/xhtml+xml":
            guard let buffer = xmlBufferCreate() else { return nil }
            defer { xmlBufferFree(buffer) }
            var child = node.pointee.children
            while let current = child {
                xmlNodeDump(buffer, document, current, 0, 0)
                child = current.pointee.next
            }
            return xmlBufferContent(buffer).flatMap { nonEmpty(String(cString: $0)) }
        case "text", "text/plain":
            let paragraphs = text(of: node).replacingOccurrences(of: "\r\n", with: "\n")
                .components(separatedBy: "\n\n").map(collapsed).filter { !$0.isEmpty }
            return paragraphs.isEmpty ? nil : paragraphs.map { "<p>\(FeedItem.escaped($0))</p>" }.joined(separator: "\n")
        default:
            return nonEmpty(text(of: node))
        }
    }

    /// The name in an RSS `author`, which is to be an e-mail address with the name in brackets
    /// (`jo@example.com (Jo Bloggs)`); `author` itself otherwise.
    private static func authorName(_ author: String) -> String {
        guard author.hasSuffix(")"), let open = author.firstIndex(of: "("),
            author[..<open].contains("@")
        else { return author }
        return collapsed(String(author[author.index(after: open)..<author.index(before: author.endIndex)]))
    }

    /// How many end tags of items or entries `text` holds (`</item>`, `</entry>`, `</atom:entry>`).
    static func closedItemCount(in text: String) -> Int {
        var count = 0
        let bytes = Array(text.utf8)
        var index = 0
        while index + 2 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "/") else { continue }
            var end = index + 2
            while end < bytes.count, bytes[end] != UInt8(ascii: ">"), end - index < 64 { end += 1 }
            guard end < bytes.count, bytes[end] == UInt8(ascii: ">") else { continue }
            let name = String(decoding: bytes[(index + 2)..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            let local = name.split(separator: ":").last.map { $0.lowercased() } ?? ""
            if local == "item" || local == "entry" { count += 1 }
        }
        return count
    }

    // MARK: - Text

    /// `text` with HTML's named entities that XML does not declare (`&nbsp;`, `&eacute;`) written as
    /// numeric references, which every XML parser reads.
    static func numberingHTMLEntities(in text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&") else {
                output.append(byte)
                index += 1
                continue
            }
            var end = index + 1
            while end < bytes.count, end - index <= 32, isASCIIAlphanumeric(bytes[end]) { end += 1 }
            if end < bytes.count, end > index + 1, bytes[end] == UInt8(ascii: ";") {
                let name = Array(bytes[(index + 1)..<end])
                let isXMLEntity = ["amp", "lt", "gt", "quot", "apos"].contains(String(decoding: name, as: UTF8.self))
                if !isXMLEntity, let value = (name + [0]).withUnsafeBufferPointer({ htmlEntityLookup($0.baseAddress)?.pointee.value }) {
                    output += Array("&#\(value);".utf8)
                    index = end + 1
                    continue
                }
            }
            output.append(byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// The text of `node` and its descendants: text and CDATA as written, an entity the parser could
    /// not resolve as `&name;` (for the HTML parser that reads it later).
    private static func text(of node: xmlNodePtr) -> String {
        var result = ""
        appendText(of: node.pointee.children, to: &result)
        return result
    }

    private static func appendText(of first: xmlNodePtr?, to result: inout String) {
        var current = first
        while let node = current {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { result += String(cString: content) }
            case XML_ENTITY_REF_NODE:
                if let name = node.pointee.name { result += "&\(String(cString: name));" }
            case XML_ELEMENT_NODE:
                appendText(of: node.pointee.children, to: &result)
            default:
                break
            }
            current = node.pointee.next
        }
    }

    private static func elementChildren(of node: xmlNodePtr) -> [xmlNodePtr] {
        var children: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { children.append(current) }
            child = current.pointee.next
        }
        return children
    }

    /// The element's name without its namespace prefix.
    private static func localName(of node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// The value of the attribute whose local name is `name` (in any namespace).
    private static func attribute(_ name: String, of node: xmlNodePtr) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let rawName = current.pointee.name, String(cString: rawName) == name else { continue }
            var value = ""
            var child = current.pointee.children
            while let part = child {
                if let content = part.pointee.content { value += String(cString: content) }
                child = part.pointee.next
            }
            return value
        }
        return nil
    }

    /// `html` without its tags (for a title given as HTML).
    private static func strippingTags(_ html: String) -> String {
        var result = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
            } else if character == ">" && inTag {
                inTag = false
            } else if !inTag {
                result.append(character)
            }
        }
        return result
    }

    /// `text` with runs of white space made one space, trimmed.
    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func nonEmpty(_ text: String) -> String? {
        text.isEmpty ? nil : text
    }
}
