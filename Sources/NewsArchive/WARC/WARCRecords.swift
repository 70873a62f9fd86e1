import Foundation
import NewsIngest

/// A WARC record's header: its named fields (names lowercased).
struct WARCHeader {
    var fields: [String: String] = [:]

    /// `WARC-Type`, lowercased ("response", "request", "revisit" …).
    var type: String { fields["warc-type"]?.lowercased() ?? "" }
    var contentLength: Int? { fields["content-length"].flatMap { Int($0) } }
    /// A field's value without the angle brackets some writers put around URIs.
    func uri(_ name: String) -> String? {
        guard var value = fields[name], !value.isEmpty else { return nil }
        if value.hasPrefix("<") && value.hasSuffix(">") { value = String(value.dropFirst().dropLast()) }
        return value
    }

    /// Reads a header (through its blank line); nil unless it opens with a `WARC/` version line.
    init?(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        guard let first = lines.first, first.hasPrefix("WARC/") else { return nil }
        var last: String?
        for line in lines.dropFirst() where !line.isEmpty {
            if let last, line.first == " " || line.first == "\t" {
                fields[last, default: ""] += " " + line.trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            fields[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            last = name
        }
    }
}

/// The status line and headers of an HTTP response kept in a WARC record.
struct HTTPResponseHead {
    var status: Int
    /// Header values by lowercased name (the last of repeated ones).
    var headers: [String: String]
    /// Where the body starts in the bytes read.
    var bodyStart: Int

    /// Reads the head at the start of `block`; nil when it is not an HTTP response head.
    init?(_ block: ArraySlice<UInt8>) {
        let end = Self.endOfHead(in: block)
        guard let end else { return nil }
        let text = String(decoding: block[block.startIndex..<end], as: UTF8.self)
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        guard let first = lines.first, first.hasPrefix("HTTP/") else { return nil }
        let words = first.split(separator: " ")
        guard words.count >= 2, let status = Int(words[1]) else { return nil }
        self.status = status
        headers = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] =
                line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        bodyStart = end - block.startIndex
    }

    /// The index just past the blank line that ends the head (CRLF CRLF, or LF LF).
    private static func endOfHead(in block: ArraySlice<UInt8>) -> Int? {
        var index = block.startIndex
        while index + 1 < block.endIndex {
            if block[index] == 0x0A {
                if block[index + 1] == 0x0A { return index + 2 }
                if block[index + 1] == 0x0D, index + 2 < block.endIndex, block[index + 2] == 0x0A { return index + 3 }
            }
            index += 1
        }
        return nil
    }

    /// Whether the body is a web page: its `Content-Type` says HTML (or XHTML), or, without one, it
    /// opens like a page.
    func isHTML(bodyStart body: ArraySlice<UInt8>) -> Bool {
        if let type = headers["content-type"]?.lowercased() {
            return type.hasPrefix("text/html") || type.hasPrefix("application/xhtml+xml")
        }
        return headers["content-encoding"] == nil && headers["transfer-encoding"] == nil
            && WebPageParser.isWebPage(fileName: nil, bytes: Array(body.prefix(512)))
    }

    /// The body in `block` as the server meant it: chunked transfer encoding and gzip content encoding
    /// undone.
    /// - throws: `WARCError` for an encoding that is not read, or gzip data that is not whole.
    func body(of block: [UInt8]) throws(WARCError) -> [UInt8] {
        var body = Array(block[bodyStart...])
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true { body = Self.dechunked(body) }
        switch headers["content-encoding"]?.lowercased() ?? "identity" {
        case "identity", "", "none": return body
        case "gzip", "x-gzip":
            guard let plain = Gzip.decompressed(body) else { throw WARCError("content-encoding gzip: not valid gzip data") }
            return plain
        case let other: throw WARCError("content-encoding \(other) is not read")
        }
    }

    /// The data of chunked transfer encoding (`SIZE CRLF DATA CRLF` … `0 CRLF CRLF`); a body cut short
    /// keeps the chunks it has.
    static func dechunked(_ body: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < body.count {
            guard let lineEnd = body[index...].firstIndex(of: 0x0A) else { break }
            let line = String(decoding: body[index..<lineEnd], as: UTF8.self)
            let sizeText = line.split(separator: ";").first?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard let size = Int(sizeText, radix: 16), size > 0 else { break }
            let start = lineEnd + 1
            output += body[start..<min(body.count, start + size)]
            index = start + size
            while index < body.count, body[index] == 0x0D || body[index] == 0x0A { index += 1 }
        }
        return output
    }
}

/// What reading through a WARC file found: its HTML pages, as parts, and a count of every kind of record.
struct WARCScan {
    var pages: [IngestPart] = []
    /// Records by `WARC-Type`.
    var counts: [String: Int] = [:]
    /// Responses that are not read, by reason ("not HTML", "status 404").
    var responsesLeft: [String: Int] = [:]
    var warning: String?

    /// "12 records: 5 response (3 HTML pages read, 1 not HTML, 1 status 301), 4 request, 1 revisit …".
    var summary: String {
        let order = ["warcinfo", "request", "response", "revisit", "metadata", "resource", "conversion", "continuation"]
        let types = order.filter { counts[$0] != nil } + counts.keys.filter { !order.contains($0) }.sorted()
        let parts = types.map { type -> String in
            guard type == "response" else { return "\(counts[type]!) \(type)" }
            let left = responsesLeft.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
            return "\(counts[type]!) response (" + (["\(pages.count) HTML read"] + left).joined(separator: ", ") + ")"
        }
        let total = counts.values.reduce(0, +)
        return "\(total) record\(total == 1 ? "" : "s")" + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", "))
            + "; only HTML responses are stored"
    }

    /// Reads the WARC file at `path` from start to end, a chunk at a time.
    /// - throws: `WARCError` when the file cannot be opened or does not start with a WARC record.
    static func scan(path: String) throws(WARCError) -> WARCScan {
        let stream = try WARCByteStream(path: path)
        var scan = WARCScan()
        var number = 0
        while true {
            while let byte = stream.peek(), byte == 0x0D || byte == 0x0A { stream.skip(1) }
            guard stream.peek() != nil else { break }
            let recordStart = stream.position
            stream.forgetMembers(before: recordStart)
            number += 1
            guard let headerBytes = stream.take(through: Array("\r\n\r\n".utf8), limit: 1 << 16),
                let header = WARCHeader(headerBytes), let length = header.contentLength
            else {
                let before = "the \(number - 1) records before it are read"
                if number == 1 {
                    throw WARCError(stream.damage.map { "not a WARC file (\($0))" } ?? "not a WARC file (no WARC/1.0 record header at its start)")
                } else if let damage = stream.damage {
                    scan.warning = "\(damage): \(before)"
                } else {
                    scan.warning = stream.hasEnded
                        ? "the file ends inside record \(number) (cut short): \(before)"
                        : "record \(number) has no readable WARC header: \(before)"
                }
                break
            }
            scan.counts[header.type, default: 0] += 1
            var consumed = 0
            if header.type == "response" {
                let peeked = stream.take(count: min(length, 1 << 15))
                consumed = peeked.count
                if let head = HTTPResponseHead(peeked[...]) {
                    if !(200..<300).contains(head.status) {
                        scan.responsesLeft["status \(head.status)", default: 0] += 1
                    } else if !head.isHTML(bodyStart: peeked[head.bodyStart...]) {
                        scan.responsesLeft["not HTML", default: 0] += 1
                    } else {
                        let (offset, skip) = stream.location(of: recordStart)
                        scan.pages.append(
                            IngestPart(
                                container: path, number: number, key: header.uri("warc-record-id") ?? "record-\(number)",
                                content: .warcRecord(offset: offset, skip: skip), url: header.uri("warc-target-uri"),
                                fallbackPublished: header.fields["warc-date"]))
                    }
                } else {
                    scan.responsesLeft["not HTTP", default: 0] += 1
                }
            }
            if consumed + stream.skip(length - consumed) < length {
                scan.warning = "the file ends inside record \(number) (cut short): the \(number - 1) records before it are read"
                if let last = scan.pages.last, last.number == number { scan.pages.removeLast() }
                break
            }
        }
        if number == 0 {
            throw WARCError(stream.damage.map { "not a WARC file (\($0))" } ?? "not a WARC file (it is empty)")
        }
        if let damage = stream.damage, scan.warning == nil { scan.warning = "\(damage): the records before it are read" }
        return scan
    }
}

extension IngestPart {
    /// The HTML page of the WARC record at `offset` (`skip` bytes into its gzip member) of the file
    /// `container`, read alone.
    static func warcPage(
        in container: String, offset: Int, skip: Int, maxArticleSize: Int, displayPath: String
    ) -> Result<[UInt8], PreparationFailure> {
        do throws(WARCError) {
            let stream = try WARCByteStream(path: container, offset: offset)
            stream.skip(skip)
            guard let headerBytes = stream.take(through: Array("\r\n\r\n".utf8), limit: 1 << 16),
                let header = WARCHeader(headerBytes), let length = header.contentLength
            else { throw WARCError("the record's header cannot be read again") }
            if length > maxArticleSize { return .failure(.tooLarge(displayPath, size: length, limit: maxArticleSize)) }
            let block = stream.take(count: length)
            guard block.count == length else { throw WARCError("the record is cut short") }
            guard let head = HTTPResponseHead(block[...]) else { throw WARCError("not an HTTP response") }
            return .success(try head.body(of: block))
        } catch {
            return .failure(PreparationFailure(message: "\(displayPath): \(error)"))
        }
    }
}
