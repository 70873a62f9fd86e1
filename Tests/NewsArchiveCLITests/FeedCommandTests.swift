import Foundation
import NewsTestSupport
import Testing

/// `ingest` of a feed and a web archive: a line per item, what the archive holds, warnings on standard error.
struct FeedCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    static let feed = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title>
        <item><title>Ships counted</title><link>https://harbour.example/1</link><description>The harbour master \
        counted forty ships in the bay on Monday, more than in any week this year.</description></item>
        <item><title>Quay repaired</title><link>https://harbour.example/2</link><description>Work on the old quay \
        ended on Friday after six months, and the fishing boats are to moor there again.</description></item>
        </channel></rss>
        """

    @Test func aFeedGivesALinePerItemAndACutFeedAWarningOnStandardError() throws {
        try folder.write("news.rss", text: Self.feed)
        let result = try runNewsArchive(["ingest", "news.rss"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines.filter { $0.hasPrefix("added") } == [
            "added     #1      news.rss#1 (https://harbour.example/1) [summary only: the feed gives no full text]",
            "added     #2      news.rss#2 (https://harbour.example/2) [summary only: the feed gives no full text]",
        ])
        try folder.write("cut.rss", text: String(Self.feed.prefix(Self.feed.count - 80)))
        let cut = try runNewsArchive(["ingest", "--format", "json", "cut.rss"], in: folder.url)
        #expect(cut.status == 0)
        #expect(cut.stderr.hasPrefix("warning   cut.rss: the file ends inside item 2, cut short"), "\(cut.stderr)")
        let json = try #require(try cut.json() as? [String: Any])
        let containers = try #require(json["containers"] as? [[String: Any]])
        #expect(containers.first?["warning"] as? Bool == true)
        #expect(json["duplicate"] as? Int == 1, "item 1 is news.rss's item 1 again")
    }

    @Test func extractGivesEachItemOfAFeedWithTheFeedsMetadata() throws {
        try folder.write("news.rss", text: Self.feed)
        let result = try runNewsArchive(["extract", "--format", "json", "news.rss"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let items = try #require(try result.json() as? [[String: Any]])
        #expect(items.map { $0["title"] as? String } == ["Ships counted", "Quay repaired"])
        #expect(items.map { $0["url"] as? String } == ["https://harbour.example/1", "https://harbour.example/2"])
        #expect(items.map { $0["source"] as? String } == ["Harbour News", "Harbour News"])
        #expect((items.last?["text"] as? String)?.hasPrefix("Work on the old quay ended on Friday") == true)
    }
}
