import Foundation
import NewsIngest
import NewsSQLite
import NewsTestSupport
import Testing
@testable import NewsArchive

/// Dates as the archive stores them and searches filter by them.
struct DateFilterTests {
    let folder: TemporaryFolder
    let store: ArchiveStore

    /// Harbour articles dated by a day, a moment, a month, a year, in words no one can read, and not at all.
    static let dates = [
        "dateline": "Friday, 11 March 2005, 10:03 GMT", "numeric": "15/03/2005", "month": "March 2005", "year": "2005",
        "late": "2004-12-31T23:30:00-05:00", "early": "December 2004", "spring": "sometime in spring",
    ]

    init() throws {
        folder = try TemporaryFolder()
        store = try ArchiveStore(path: folder.path("archive.sqlite"))
        var inputs: [IngestInput] = []
        for (name, date) in Self.dates.sorted(by: { $0.key < $1.key }) {
            inputs.append(.file(path: try folder.write("\(name).txt", text: "Published: \(date)\n\nHarbour \(name)\n\nThe harbour master counted ships.\n")))
        }
        inputs.append(.file(path: try folder.write("undated.txt", text: "Harbour undated\n\nThe harbour master counted boats.\n")))
        try store.ingest(inputs)
    }

    func stored() throws -> [String: (published: String?, written: String?)] {
        var stored: [String: (published: String?, written: String?)] = [:]
        for row in try store.connection.rows("SELECT title, published, published_as_written FROM articles") {
            stored[row[0].string ?? ""] = (row[1].string, row[2].string)
        }
        return stored
    }

    func titles(since: String? = nil, until: String? = nil) throws -> (titles: Set<String>, undated: Int?) {
        let results = try store.search(
            "harbour", options: SearchOptions(
                since: try since.map { try PublishedDate(reading: $0) }, until: try until.map { try PublishedDate(reading: $0) },
                limit: nil))
        return (Set(results.hits.map(\.title)), results.undatedArticlesLeftOut)
    }

    @Test func datesAreStoredNormalisedBesideTheTextAsWritten() throws {
        let stored = try stored()
        #expect(stored["Harbour dateline"]?.published == "2005-03-11T10:03:00Z")
        #expect(stored["Harbour dateline"]?.written == "Friday, 11 March 2005, 10:03 GMT")
        #expect(stored["Harbour numeric"]?.published == "2005-03-15")
        #expect(stored["Harbour month"]?.published == "2005-03")
        #expect(stored["Harbour year"]?.published == "2005")
        #expect(stored["Harbour late"]?.published == "2005-01-01T04:30:00Z")
        #expect(stored["Harbour spring"]?.published == nil, "never text compared as a date")
        #expect(stored["Harbour spring"]?.written == "sometime in spring")
        #expect(stored["Harbour undated"]?.written == nil)
    }

    @Test func aDateNotUnderstoodIsANoteOfItsFile() throws {
        let other = try ArchiveStore(path: folder.path("other.sqlite"))
        let report = try other.ingest([.file(path: folder.path("spring.txt")), .file(path: folder.path("dateline.txt"))])
        #expect(report.files[0].notes == ["published date 'sometime in spring' is not a date I can read: kept as written, not used as a date"])
        #expect(report.files[1].notes.isEmpty)
    }

    @Test func untilNeverReturnsALaterArticle() throws {
        #expect(try titles(until: "2004-12-31").titles == ["Harbour early"])
        #expect(try titles(until: "2004").titles == ["Harbour early"])
        // March 2005 and the year 2005 may be later than 11 March: they are left out.
        #expect(try titles(until: "2005-03-11").titles == ["Harbour early", "Harbour late", "Harbour dateline"])
        #expect(try titles(until: "2005-03").titles == [
            "Harbour early", "Harbour late", "Harbour dateline", "Harbour numeric", "Harbour month",
        ])
    }

    @Test func sinceTakesAYearOrAMonthWhole() throws {
        #expect(try titles(since: "2005").titles == [
            "Harbour late", "Harbour dateline", "Harbour numeric", "Harbour month", "Harbour year",
        ])
        #expect(try titles(since: "2005-03").titles == ["Harbour dateline", "Harbour numeric", "Harbour month"])
        #expect(try titles(since: "2005-03-12", until: "2005-03-31").titles == ["Harbour numeric"])
    }

    @Test func aDateFilteredSearchCountsTheUndatedArticlesItLeftOut() throws {
        #expect(try titles(since: "2005").undated == 2)
        #expect(try titles().undated == nil)
        #expect(try store.search("boats", options: SearchOptions(since: try PublishedDate(reading: "2005")))
            .undatedArticlesLeftOut == 1)
    }

    @Test func anArchiveWrittenBeforeReadsItsDatesAgain() throws {
        let path = folder.path("old.sqlite")
        do {
            let connection = try Connection(path: path)
            try Migrator(migrations: Migration.bundled.filter { $0.identifier < "0011" }).migrate(connection)
            // As ingest stored them then: the ISO form of the dates it read, the others as written.
            for (id, published) in [(1, "2025-08-14"), (2, "Friday, 11 March 2005, 10:03 GMT"), (3, "15/03/2005"), (4, "last Tuesday")] {
                try connection.run(
                    """
                    INSERT INTO articles (id, title, title_origin, published, ingested_at, content_hash, encoding, original, original_size)
                    VALUES (?, 'Old', 'first_line', ?, '2025-08-15T09:00:00Z', ?, 'utf-8', x'', 0)
                    """, id, published, "hash\(id)")
            }
            try connection.run("INSERT INTO actors (id, name, kind, aliases) VALUES (1, 'Jack Straw', 'person', '')")
            try connection.run(
                "INSERT INTO actor_roles (actor_id, article_id, role, published) VALUES (1, 2, 'Foreign Secretary', 'Friday, 11 March 2005, 10:03 GMT'), (1, 4, 'Home Secretary', 'last Tuesday')")
            try connection.run("UPDATE actors SET role = 'Home Secretary', role_published = 'last Tuesday' WHERE id = 1")
        }
        let migrated = try ArchiveStore(path: path, mode: .mustExist)
        let rows = try migrated.connection.rows("SELECT published, published_as_written FROM articles ORDER BY id")
        #expect(rows.map { $0[0].string } == ["2025-08-14", "2005-03-11T10:03:00Z", "2005-03-15", nil])
        #expect(rows.map { $0[1].string } == ["2025-08-14", "Friday, 11 March 2005, 10:03 GMT", "15/03/2005", "last Tuesday"])
        let actor = try #require(try migrated.connection.firstRow("SELECT role, role_published FROM actors WHERE id = 1"))
        #expect(actor[0].string == "Foreign Secretary", "the role of the latest article with a date")
        #expect(actor[1].string == "2005-03-11T10:03:00Z")
    }
}
