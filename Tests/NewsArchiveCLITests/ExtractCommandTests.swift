import Foundation
import NewsTestSupport
import Testing

/// `news-archive extract`: what would be stored, printed without an archive.
struct ExtractCommandTests {
    private static let page = Fixtures.folder.appendingPathComponent("web/furnished-page.html").path

    @Test func onePathGivesOneJSONObjectWithTheDocumentedKeys() throws {
        let folder = try TemporaryFolder()
        let result = try runNewsArchive(["extract", Self.page, "--format", "json"], in: folder.url)
        #expect(result.status == 0)
        let object = try #require(try result.json() as? [String: Any])
        #expect(
            Set(object.keys)
                == ["title", "byline", "published", "url", "source", "language", "text", "sections", "removed"])
        #expect(object["title"] as? String == "Council approves new bridge")
        #expect(object["published"] as? String == "2024-03-15T09:30:00Z")
        #expect((object["text"] as? String)?.hasPrefix("The city council voted") == true)
        let sections = try #require(object["sections"] as? [[String: Any]])
        #expect(sections.map { $0["headline"] as? String } == [nil, "Cost and timing", "Opposition"])
        #expect(!FileManager.default.fileExists(atPath: folder.path("news-archive.sqlite")))
    }

    @Test func severalPathsGiveAListAndTextFilesAreReadAsIngestReadsThem() throws {
        let folder = try TemporaryFolder()
        let result = try runNewsArchive(["extract", Self.page, Fixtures.ukraineArticle, "--format", "json"], in: folder.url)
        #expect(result.status == 0)
        let list = try #require(try result.json() as? [[String: Any]])
        #expect(list.count == 2)
        #expect(list[1]["language"] is NSNull)
        let text = try runNewsArchive(["extract", Self.page], in: folder.url)
        #expect(text.stdout.hasPrefix("Title: Council approves new bridge\nBy: Jane Porter\n"))
    }

    @Test func aMissingFileIsAOneLineErrorNamingIt() throws {
        let folder = try TemporaryFolder()
        let result = try runNewsArchive(["extract", "nowhere.html"], in: folder.url)
        #expect(result.status != 0)
        #expect(result.stderr.contains("nowhere.html: cannot be read"))
        #expect(result.stdout.isEmpty)
    }
}
