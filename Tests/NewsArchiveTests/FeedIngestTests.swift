import Foundation
import NewsIngest
import NewsTestSupport
import Testing
@testable import NewsArchive

/// RSS and Atom feeds ingested: each item an article of its own, found again when the feed is read again.
struct FeedIngestTests {
    let folder: TemporaryFolder
    let store: ArchiveStore

    init() throws {
        folder = try TemporaryFolder()
        store = try ArchiveStore(path: folder.path("archive.sqlite"))
    }

    /// An RSS 2.0 item with full text in `content:encoded`, an HTML entity XML does not know, and a date.
    static func rssItem(_ number: Int) -> String {
        """
        <item>
          <title>Council story number \(number)</title>
          <link>https://gazette.example/news/story-\(number)</link>
          <guid isPermaLink="false">gazette-\(number)</guid>
          <pubDate>Fri, 15 Mar 2024 09:\(10 + number):00 +0000</pubDate>
          <dc:creator>Jane Porter</dc:creator>
          <description>A short summary of story \(number).</description>
          <content:encoded><![CDATA[<p>The council met on Thursday evening to discuss item \(number) on its agenda, \
        which residents had raised at the last meeting.</p><p>Members voted by a large majority to approve the plan, \
        and work on item \(number) is to begin next spring.</p>]]></content:encoded>
        </item>
        """
    }

    static func rssFeed(items: Int, closed: Bool = true) -> String {
        var feed = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>The Riverside Gazette</title><link>https://gazette.example/</link>&nbsp;

            """
        feed += (1...items).map(rssItem).joined(separator: "\n")
        if closed { feed += "\n</channel></rss>\n" }
        return feed
    }

    @Test func aFeedOfTenItemsGivesTenArticlesAndReadAgainTenUnchanged() throws {
        let path = try folder.write("news.rss", text: Self.rssFeed(items: 10))
        let (inputs, notes, failed) = IngestInput.openingContainers([.file(path: path)])
        #expect(inputs.count == 10)
        #expect(notes.isEmpty && failed.isEmpty)
        let first = try store.ingest(inputs)
        #expect(first.count(.added) == 10)
        #expect(Set(first.files.map(\.path)).count == 10, "each item has its own line")
        let article = try store.article(id: try #require(first.files[2].articleID))
        #expect(article.title == "Council story number 3")
        #expect(article.url == "https://gazette.example/news/story-3")
        #expect(article.published == "2024-03-15T09:13:00Z")
        #expect(article.byline == "Jane Porter")
        #expect(article.source == "The Riverside Gazette")
        #expect(article.sections.flatMap(\.paragraphs).joined().contains("work on item 3 is to begin"))

        let again = try store.ingest(IngestInput.openingContainers(IngestInput.expand([folder.url.path]).inputs).inputs)
        #expect(again.count(.unchanged) == 10)
        #expect(again.count(.added) == 0)
        #expect(try store.articleIDs(ingestedFrom: [path]) == first.files.compactMap(\.articleID), "the feed's path names its items")
    }

    @Test func aTruncatedFeedKeepsItsCompleteItemsAndWarns() throws {
        var text = Self.rssFeed(items: 8, closed: false)
        text = String(text.dropLast(120))  // inside item 8's content
        let path = try folder.write("cut.xml", text: text)
        let (inputs, notes, failed) = IngestInput.openingContainers([.file(path: path)])
        #expect(failed.isEmpty)
        #expect(inputs.count == 7)
        #expect(notes.count == 1 && notes[0].isWarning)
        #expect(notes.first?.message.contains("7 complete items") == true, "\(notes)")
        #expect(try store.ingest(inputs).count(.added) == 7)
    }

    @Test func anAtomFeedWithSummaryOnlyEntriesSaysSo() throws {
        let atom = """
            <?xml version="1.0" encoding="iso-8859-1"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Times</title>
            <entry><title type="html">Bridge &amp;amp; road</title><id>urn:valley:1</id>
              <link rel="alternate" href="https://valley.example/bridge"/><updated>2024-03-16T08:00:00Z</updated>
              <author><name>Sam Lee</name></author>
              <summary>The bridge over the river will close for repairs from Monday, the council said in a statement — café owners worry.</summary>
            </entry>
            <entry><title>Second</title><id>urn:valley:2</id><published>not a date</published>
              <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The second story has a longer text that \
            explains at some length what happened at the meeting of the parish council.</p></div></content>
            </entry></feed>
            """
        let path = try folder.write("valley.atom", text: atom)
        let (inputs, _, failed) = IngestInput.openingContainers([.file(path: path)])
        #expect(failed.isEmpty)
        let report = try store.ingest(inputs)
        #expect(report.count(.added) == 2, "\(report.files)")
        #expect(report.files[0].notes.contains { $0.contains("summary only") })
        let first = try store.article(id: try #require(report.files[0].articleID))
        #expect(first.title == "Bridge & road")
        #expect(first.byline == "Sam Lee")
        #expect(first.published == "2024-03-16T08:00:00Z")
        #expect(first.sections.flatMap(\.paragraphs).joined().contains("café owners"))
        let second = try store.article(id: try #require(report.files[1].articleID))
        #expect(second.published == nil)
        #expect(second.publishedAsWritten == "not a date")
    }

    @Test func aWindows1252FeedLabelledUTF8IsReadAsWindows1252AndSaysSo() throws {
        let feed = Self.rssFeed(items: 1).replacingOccurrences(of: "residents had raised", with: "the café owners had raised")
        // "é" is C3 A9 in UTF-8, E9 in Windows-1252.
        var latin: [UInt8] = []
        for byte in feed.utf8 {
            if byte == 0xA9, latin.last == 0xC3 { latin[latin.count - 1] = 0xE9 } else { latin.append(byte) }
        }
        let path = try folder.write("latin.rss", bytes: latin)
        let (inputs, _, failed) = IngestInput.openingContainers([.file(path: path)])
        #expect(failed.isEmpty)
        let report = try store.ingest(inputs)
        #expect(report.files.first?.notes.contains { $0.contains("Windows-1252") } == true, "\(report.files)")
        let article = try store.article(id: try #require(report.files.first?.articleID))
        #expect(article.sections.flatMap(\.paragraphs).joined().contains("the café owners had raised"))
    }

    @Test func aFeedFileThatCannotBeReadFailsNamingTheProblem() throws {
        let page = try folder.write("page.rss", text: "<html><body>not a feed</body></html>")
        #expect(IngestInput.openingContainers([.file(path: page)]).inputs == [.file(path: page)], "read as the page it is")
        let binary = try folder.write("binary.rss", bytes: Array("<rss>".utf8) + [0, 0, 0, 1, 2, 3, 0, 0])
        let (inputs, _, failed) = IngestInput.openingContainers([.file(path: binary)])
        #expect(inputs.isEmpty)
        #expect(failed.map(\.path) == [binary])
        let empty = try folder.write("empty.atom", text: "<?xml version=\"1.0\"?><feed><title>x</title></feed>")
        #expect(IngestInput.openingContainers([.file(path: empty)]).notes.map(\.message) == ["a feed with no items"])
    }

    @Test func inAFolderAnXMLFileThatIsNotAFeedIsSkipped() throws {
        try folder.write("in/news.xml", text: Self.rssFeed(items: 2))
        try folder.write("in/sitemap.xml", text: "<?xml version=\"1.0\"?><urlset><url><loc>https://x.example/</loc></url></urlset>")
        let (inputs, skipped, _) = IngestInput.expand([folder.path("in")])
        #expect(inputs == [.file(path: folder.path("in/news.xml"))])
        #expect(skipped.map(\.reason) == ["an XML file that is not an RSS or Atom feed"])
    }
}
