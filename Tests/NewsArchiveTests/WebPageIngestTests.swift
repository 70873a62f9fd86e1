import Foundation
import NewsIngest
import NewsTestSupport
import Testing
@testable import NewsArchive
import NewsSQLite

/// Saved web pages ingested: the article alone is stored, with its sections and the page's metadata.
struct WebPageIngestTests {
    let folder: TemporaryFolder
    let store: ArchiveStore

    init() throws {
        folder = try TemporaryFolder()
        store = try ArchiveStore(path: folder.path("archive.sqlite"))
    }

    private static let page = Fixtures.folder.appendingPathComponent("web/furnished-page.html")

    @Test func aFurnishedPageStoresOnlyTheArticleWithItsSectionsAndMetadata() throws {
        let report = try store.ingest([.file(path: Self.page.path)])
        #expect(report.count(.added) == 1)
        let article = try store.article(id: try #require(report.files.first?.articleID))
        #expect(article.title == "Council approves new bridge")
        #expect(article.titleOrigin == "metadata")
        #expect(article.source == "The Riverside Gazette")
        #expect(article.byline == "Jane Porter")
        #expect(article.published == "2024-03-15T09:30:00Z")
        #expect(article.url == "https://gazette.example/news/2024/03/15/bridge")
        #expect(article.sections.map(\.headline) == [nil, "Cost and timing", "Opposition"])
        #expect(article.sections.map(\.paragraphs.count) == [2, 2, 1])
        #expect(article.removed.contains { $0.reason == "page_furniture" && $0.detail == "comments" })
        let text = article.sections.flatMap(\.paragraphs).joined(separator: "\n")
        for furniture in ["cookies", "Share on", "potholes", "All rights reserved"] {
            #expect(!text.contains(furniture), "\(furniture) is stored")
        }
        let inIndex = try store.connection.firstRow("SELECT count(*) FROM sections_fts WHERE sections_fts MATCH 'potholes'")
        #expect(inIndex?[0].int == 0)
        #expect(try store.originalText(ofArticle: article.id).hasPrefix("<!DOCTYPE html>"))
    }

    @Test func htmlHtmAndGzippedPagesInAFolderAreIngested() throws {
        let html = try Data(contentsOf: Self.page)
        try folder.write("saved/a.html", bytes: Array(html))
        try folder.write("saved/b.htm", bytes: Array(html) + Array("\n<!-- another copy -->".utf8))
        try folder.write(
            "saved/c.html.gz", bytes: Array(try Data(contentsOf: Fixtures.folder.appendingPathComponent("web/furnished-page.html.gz"))))
        try folder.write("saved/photo.jpg", text: "x")
        let (inputs, skipped, _) = IngestInput.expand([folder.path("saved")])
        #expect(inputs.map { ($0.displayPath as NSString).lastPathComponent } == ["a.html", "b.htm", "c.html.gz"])
        #expect(skipped.map { ($0.path as NSString).lastPathComponent } == ["photo.jpg"])
        let report = try store.ingest(inputs)
        #expect(report.count(.failed) == 0)
        for file in report.files {
            let article = try store.article(id: try #require(file.articleID))
            #expect(article.title == "Council approves new bridge", "\(file.path)")
        }
    }
}
