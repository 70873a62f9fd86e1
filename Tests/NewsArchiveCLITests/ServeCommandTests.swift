import Foundation
import NewsArchiveWeb
import NewsTestSupport
import Testing

/// `news-archive serve` as a user starts it, and its downloads against what the commands print.
struct ServeCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        let ingest = try runNewsArchive(["ingest", Fixtures.ukraineArticle], in: folder.url)
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    @Test func searchCSVAndJSONFromTheWebAreTheBytesTheCommandPrints() throws {
        let site = ArchiveSite(archivePath: folder.path("news-archive.sqlite"), token: nil)
        for (format, query) in [("csv", "which leaders backed a European-led force"), ("json", "peacekeeping force"), ("csv", "\"security guarantees\"")] {
            let command = try runNewsArchive(["search", query, "--format", format], in: folder.url)
            #expect(command.status == 0, "\(command.stderr)")
            let encoded = QueryParameters([("q", query), ("format", format)]).encoded
            let web = site.respond(path: "/search", query: encoded, authorization: nil)
            #expect(web.status == 200)
            #expect(web.body == command.stdout, "\(format) of \(query)")
        }
    }

    @Test func anotherHostWithoutATokenRefusesToStart() throws {
        let result = try runNewsArchive(["serve", "--host", "0.0.0.0"], in: folder.url)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--host 0.0.0.0 would let other machines read the archive: give --token TOKEN"))
        #expect(result.stdout.isEmpty)
    }

    @Test func aMissingArchiveIsSaidAtStart() throws {
        let result = try runNewsArchive(["serve", "--db", "missing.sqlite"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("missing.sqlite"))
        #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)")
    }
}
