import Foundation
import NewsIngest
import NewsTestSupport
import Testing
@testable import NewsArchive

/// Web archives (WARC) ingested: the HTML pages of their responses, and nothing else.
struct WARCIngestTests {
    let folder: TemporaryFolder
    let store: ArchiveStore

    init() throws {
        folder = try TemporaryFolder()
        store = try ArchiveStore(path: folder.path("archive.sqlite"))
    }

    static func page(_ topic: String) -> String {
        """
        <!DOCTYPE html><html><head><title>\(topic) plan approved</title></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>\(topic) plan approved</h1>
        <p>The council approved the \(topic) plan on Thursday evening after a long debate in which residents spoke.</p>
        <p>Work on the \(topic) is to begin in the spring, and the council expects it to take about two years.</p>
        </article></body></html>
        """
    }

    static func record(_ number: Int, type: String, uri: String = "", contentType: String, block: [UInt8]) -> [UInt8] {
        var header = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:record-\(number)>\r\n"
        header += "WARC-Date: 2024-03-\(10 + number)T10:00:00Z\r\n"
        if !uri.isEmpty { header += "WARC-Target-URI: \(uri)\r\n" }
        header += "Content-Type: \(contentType)\r\nContent-Length: \(block.count)\r\n\r\n"
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }

    static func response(_ status: String, headers: [String], body: [UInt8]) -> [UInt8] {
        Array(("HTTP/1.1 \(status)\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n").utf8) + body
    }

    /// A small crawl: a warcinfo, two HTML pages (one chunked and gzipped), each with its request, a
    /// redirect, an image, a revisit of a page and a metadata record.
    static func crawlRecords() -> [[UInt8]] {
        let http = "application/http; msgtype=response"
        let gzipped = Gzip.compressed(Array(page("bridge").utf8))
        let chunked = Array("\(String(gzipped.count - 40, radix: 16))\r\n".utf8) + gzipped.prefix(gzipped.count - 40)
            + Array("\r\n28\r\n".utf8) + gzipped.suffix(40) + Array("\r\n0\r\n\r\n".utf8)
        return [
            record(1, type: "warcinfo", contentType: "application/warc-fields", block: Array("software: test\r\n".utf8)),
            record(2, type: "request", uri: "https://gazette.example/road", contentType: "application/http; msgtype=request",
                block: Array("GET /road HTTP/1.1\r\nHost: gazette.example\r\n\r\n".utf8)),
            record(3, type: "response", uri: "https://gazette.example/road", contentType: http,
                block: response("200 OK", headers: ["Content-Type: text/html; charset=utf-8"], body: Array(page("road").utf8))),
            record(4, type: "response", uri: "https://gazette.example/bridge", contentType: http,
                block: response("200 OK", headers: [
                    "Content-Type: text/html", "Transfer-Encoding: chunked", "Content-Encoding: gzip",
                ], body: chunked)),
            record(5, type: "response", uri: "https://gazette.example/old", contentType: http,
                block: response("301 Moved Permanently", headers: ["Location: /road", "Content-Type: text/html"], body: Array("<html>moved</html>".utf8))),
            record(6, type: "response", uri: "https://gazette.example/logo.png", contentType: http,
                block: response("200 OK", headers: ["Content-Type: image/png"], body: [0x89, 0x50, 0x4E, 0x47, 0, 1, 2, 3])),
            record(7, type: "revisit", uri: "https://gazette.example/road", contentType: http,
                block: response("200 OK", headers: ["Content-Type: text/html"], body: [])),
            record(8, type: "metadata", uri: "https://gazette.example/road", contentType: "application/warc-fields",
                block: Array("outlink: https://gazette.example/bridge\r\n".utf8)),
        ]
    }

    @Test(arguments: [true, false])
    func aWARCGivesExactlyItsHTMLPages(compressed: Bool) throws {
        let records = Self.crawlRecords()
        let bytes = compressed ? records.flatMap(Gzip.compressed) : records.flatMap { $0 }
        let path = try folder.write(compressed ? "crawl.warc.gz" : "crawl.warc", bytes: bytes)
        let (inputs, notes, failed) = IngestInput.openingContainers([.file(path: path)])
        #expect(failed.isEmpty)
        #expect(inputs.count == 2)
        let summary = try #require(notes.first { !$0.isWarning }?.message)
        #expect(summary.hasPrefix("8 records: 1 warcinfo, 1 request, 4 response (2 HTML read, 1 not HTML, 1 status 301), 1 revisit, 1 metadata"), "\(summary)")
        #expect(!notes.contains { $0.isWarning })
        let report = try store.ingest(inputs)
        #expect(report.count(.added) == 2, "\(report.files)")
        let articles = try report.files.map { try store.article(id: try #require($0.articleID)) }
        #expect(articles.map(\.url) == ["https://gazette.example/road", "https://gazette.example/bridge"])
        #expect(articles.map(\.title) == ["road plan approved", "bridge plan approved"])
        #expect(articles.map(\.published) == ["2024-03-13T10:00:00Z", "2024-03-14T10:00:00Z"])
        #expect(articles[1].sections.flatMap(\.paragraphs).joined().contains("Work on the bridge is to begin"))
        let again = try store.ingest(IngestInput.openingContainers([.file(path: path)]).inputs)
        #expect(again.count(.unchanged) == 2)
    }

    @Test func aWARCCutShortKeepsTheRecordsBeforeAndWarns() throws {
        let records = Self.crawlRecords()
        let bytes = records.prefix(3).flatMap(Gzip.compressed) + Gzip.compressed(records[3]).prefix(30)
        let path = try folder.write("cut.warc.gz", bytes: bytes)
        let (inputs, notes, failed) = IngestInput.openingContainers([.file(path: path)])
        #expect(failed.isEmpty)
        #expect(inputs.count == 1)
        #expect(notes.contains { $0.isWarning && $0.message.contains("cut short") }, "\(notes)")
    }

    @Test func aFileThatIsNotAWARCFailsNamingTheProblem() throws {
        let path = try folder.write("notes.warc", text: "Just some notes, not a web archive.\n")
        let (inputs, _, failed) = IngestInput.openingContainers([.file(path: path)])
        #expect(inputs.isEmpty)
        #expect(failed.map(\.reason) == ["not a WARC file (no WARC/1.0 record header at its start)"])
    }
}
