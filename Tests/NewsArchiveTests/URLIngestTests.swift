import Foundation
import NewsIngest
import NewsTestSupport
import Testing
@testable import NewsArchive

/// A web server on 127.0.0.1 for one test: answers each path from a table, one connection at a time.
final class LocalWebServer: @unchecked Sendable {
    /// A status line, headers and body to send.
    struct Reply {
        var status = "200 OK"
        var headers: [String] = ["Content-Type: text/html; charset=utf-8"]
        var body: [UInt8] = []
    }

    let port: UInt16
    private let socket: Int32
    private let replies: [String: Reply]
    /// The User-Agent of the last request, as the server saw it.
    private(set) var lastUserAgent: String?

    init(replies: [String: Reply]) throws {
        self.replies = replies
        let listener = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) }
        }
        guard bound == 0, listen(listener, 8) == 0 else { throw CocoaError(.fileWriteUnknown) }
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(listener, $0, &length) }
        }
        socket = listener
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [self] in serve() }
    }

    deinit { close(socket) }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    private func serve() {
        while true {
            let client = accept(socket, nil, nil)
            guard client >= 0 else { return }
            var request: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 4096)
            while !request.suffix(4).elementsEqual(Array("\r\n\r\n".utf8)) {
                let count = read(client, &chunk, chunk.count)
                guard count > 0 else { break }
                request += chunk.prefix(count)
            }
            let lines = String(decoding: request, as: UTF8.self).components(separatedBy: "\r\n")
            let path = lines.first?.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
            lastUserAgent = lines.first { $0.lowercased().hasPrefix("user-agent:") }.map { String($0.dropFirst(11)).trimmingCharacters(in: .whitespaces) }
            let reply = replies[path] ?? Reply(status: "404 Not Found", body: Array("<html>none</html>".utf8))
            let head = "HTTP/1.1 \(reply.status)\r\n" + reply.headers.map { $0 + "\r\n" }.joined()
                + "Content-Length: \(reply.body.count)\r\nConnection: close\r\n\r\n"
            let bytes = Array(head.utf8) + reply.body
            _ = bytes.withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
            close(client)
        }
    }
}

struct URLIngestTests {
    let folder: TemporaryFolder
    let store: ArchiveStore
    let server: LocalWebServer

    static let page = WARCIngestTests.page("harbour")

    init() throws {
        folder = try TemporaryFolder()
        store = try ArchiveStore(path: folder.path("archive.sqlite"))
        server = try LocalWebServer(replies: [
            "/story": LocalWebServer.Reply(body: Array(Self.page.utf8)),
            "/moved": LocalWebServer.Reply(status: "302 Found", headers: ["Location: /story"]),
            "/loop": LocalWebServer.Reply(status: "302 Found", headers: ["Location: /loop"]),
            "/data.json": LocalWebServer.Reply(headers: ["Content-Type: application/json"], body: Array("{}".utf8)),
            "/big": LocalWebServer.Reply(body: Array(String(repeating: "<p>words</p>", count: 100_000).utf8)),
        ])
    }

    @Test func aFetchedPageIsStoredWithItsURLAndReadAgainUnchanged() throws {
        let (inputs, _, failed) = IngestInput.expand([server.url("/story")])
        #expect(failed.isEmpty)
        let report = try store.ingest(inputs)
        #expect(report.count(.added) == 1, "\(report.files)")
        let article = try store.article(id: try #require(report.files.first?.articleID))
        #expect(article.url == server.url("/story"))
        #expect(article.title == "harbour plan approved")
        #expect(server.lastUserAgent?.hasPrefix("news-archive/") == true)
        #expect(try store.ingest(inputs).count(.unchanged) == 1)
    }

    @Test func aRedirectIsFollowed() throws {
        let report = try store.ingest([.url(server.url("/moved"))])
        #expect(report.count(.added) == 1, "\(report.files)")
    }

    @Test(arguments: [
        ("/missing", "HTTP 404"), ("/data.json", "not a web page (content type application/json)"),
        ("/loop", "more than 5 redirects"), ("/big", "larger than the"),
    ])
    func whatGivesNoPageFailsWithOneLineNamingTheURL(path: String, reason: String) throws {
        let report = try store.ingest([.url(server.url(path))], maxArticleSize: 500_000)
        let error = try #require(report.files.first?.error)
        #expect(error.hasPrefix(server.url(path) + ": "), "\(error)")
        #expect(error.contains(reason), "\(error)")
        #expect(!error.contains("\n"))
    }

    @Test func anUnknownHostFailsSayingSo() throws {
        let report = try store.ingest([.url("http://no-such-host.invalid/story")])
        let error = try #require(report.files.first?.error)
        #expect(error.hasPrefix("http://no-such-host.invalid/story: "), "\(error)")
        #expect(report.count(.failed) == 1)
    }
}
