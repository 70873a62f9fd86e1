import Foundation
import NewsArchive
import NewsArchiveWeb
import NewsTestSupport
import Testing

/// An actor's page over 25 articles dated 1 to 25 January 2024 and an undated one, all naming Emmanuel Macron.
struct ActorPageTests {
    let folder: TemporaryFolder
    let site: ArchiveSite
    let macron: Int

    init() throws {
        folder = try TemporaryFolder()
        let path = folder.path("archive.sqlite")
        let store = try ArchiveStore(path: path)
        try store.ingest(try DatedBriefings.write(in: folder, days: 25, starmerDays: [2]).map { .file(path: $0) })
        macron = try store.actor(named: "Emmanuel Macron").id
        site = ArchiveSite(archivePath: path, token: nil)
    }

    @Test func thePageShowsTheTwentyNewestMentionsNewestFirst() throws {
        let response = site.respond(path: "/actors/\(macron)", query: nil, authorization: nil)
        #expect(response.status == 200)
        let html = response.body
        let latest = try #require(html.range(of: "Latest mentions"))
        let shown = (1...25).reversed().compactMap { day in
            html.range(of: "item \(DatedBriefings.item(day)) in Paris", range: latest.upperBound..<html.endIndex).map { (day, $0.lowerBound) }
        }
        #expect(shown.map(\.0) == Array((6...25).reversed()), "days 25 down to 6, not 5 or older")
        #expect(shown.map(\.1) == shown.map(\.1).sorted(), "newest first")
        #expect(!html.contains("undated item"), "the undated article is older than every dated one")
        #expect(html.contains("26 mentions in 26 articles"))
    }
}
