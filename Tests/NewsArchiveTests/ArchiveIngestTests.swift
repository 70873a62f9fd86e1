import Foundation
import NewsIngest
import NewsTestSupport
import Testing
@testable import NewsArchive
import NewsSQLite

/// Ingesting real files into a real archive file, and reading back what a user would see.
struct ArchiveIngestTests {
    let folder: TemporaryFolder
    let store: ArchiveStore

    init() throws {
        folder = try TemporaryFolder()
        store = try ArchiveStore(path: folder.path("archive.sqlite"))
    }

    @Test func referenceArticleIsStoredAsFiveSectionsOfEightParagraphs() throws {
        let report = try store.ingest([.file(path: Fixtures.ukraineArticle)])
        #expect(report.count(.added) == 1)
        let article = try store.article(id: try #require(report.files.first?.articleID))
        #expect(article.sections.map(\.headline) == [
            nil, "Allies gather in Washington", "Europe to carry \"Lion’s Share\"", "European leaders back deployment",
            "Trump pushes for quick end",
        ])
        #expect(article.sections.map(\.paragraphs.count) == [2, 2, 2, 1, 1])
        #expect(article.relatedLinks.contains { $0.contains("Modi") })
        #expect(article.removed.contains { $0.reason == "repeated_block" })
        #expect(article.removed.contains { $0.reason == "trailer" })
    }

    @Test func trailerTextIsInNoSectionAndNoIndex() throws {
        try store.ingest([.file(path: Fixtures.ukraineArticle)])
        let connection = store.connection
        let indexes = try store.fullTextIndexes()
        for phrase in ["You may also like", "Modi", "La Liga", "Migrant hotels"] {
            let inSections = try connection.firstRow(
                "SELECT count(*) FROM sections WHERE body LIKE ? OR headline LIKE ?", "%\(phrase)%", "%\(phrase)%")
            #expect(inSections?[0].int == 0, "\(phrase) in a section")
            let inSentences = try connection.firstRow("SELECT count(*) FROM sentence_texts WHERE text LIKE ?", "%\(phrase)%")
            #expect(inSentences?[0].int == 0, "\(phrase) in a sentence")
            let quoted = "\"" + phrase + "\""
            for index in indexes {
                let hits = try connection.firstRow("SELECT count(*) FROM \(index) WHERE \(index) MATCH ?", quoted)
                #expect(hits?[0].int == 0, "\(phrase) in \(index)")
            }
        }
    }

    @Test func fullTextSearchFindsTheSectionAndItsSentence() throws {
        try store.ingest([.file(path: Fixtures.ukraineArticle)])
        let headline = try store.connection.firstRow(
            "SELECT headline FROM sections_fts WHERE sections_fts MATCH ? ORDER BY rank LIMIT 1", "peacekeeping")
        #expect(headline?[0].string == "European leaders back deployment")
        // The README's query: the section through its index, the sentence through the sentence_texts view.
        let sentence = try store.connection.firstRow(
            """
            SELECT s.text FROM sections_fts JOIN sentence_texts AS s ON s.section_id = sections_fts.rowid
            WHERE sections_fts MATCH ? AND s.text LIKE '%endorsed%' ORDER BY rank LIMIT 1
            """, "endorsed")
        #expect(sentence?[0].string?.hasPrefix("French President Emmanuel Macron and British Prime Minister Keir Starmer") == true)
    }

    @Test func sentencesParagraphsAndHeadlinesAreTheArticleTextAtTheirOffsets() throws {
        let report = try store.ingest([.file(path: Fixtures.ukraineArticle)])
        let id = try #require(report.files.first?.articleID)
        let parsed = try ArticleParser().parse(
            try String(contentsOfFile: Fixtures.ukraineArticle, encoding: .utf8), fileName: "security-guarantees-ukraine.txt")
        let text = Array(parsed.body.unicodeScalars)
        /// The article text between two code-point offsets, as SQLite's substr counts them.
        func slice(_ start: Int?, _ end: Int?) -> String? {
            guard let start, let end, 0 <= start, start <= end, end <= text.count else { return nil }
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: text[start..<end])
            return String(scalars)
        }
        let sentences = try store.connection.rows(
            """
            SELECT s.start_offset, s.end_offset, t.text FROM sentences AS s JOIN sentence_texts AS t ON t.id = s.id
            WHERE t.article_id = ? ORDER BY s.position
            """, id)
        #expect(sentences.count >= 8)
        #expect(sentences.compactMap { $0[2].string } == parsed.sentences.map(\.text))
        for row in sentences {
            #expect(row[2].string == slice(row[0].int, row[1].int), "sentence at \(row[0].int ?? -1)")
        }
        let paragraphs = try store.connection.rows(
            """
            SELECT start_offset, end_offset FROM paragraphs WHERE section_id IN (SELECT id FROM sections WHERE article_id = ?)
            ORDER BY position
            """, id)
        let shown = try store.article(id: id).sections.flatMap(\.paragraphs)
        #expect(shown == parsed.paragraphs.map(\.text))
        #expect(paragraphs.map { slice($0[0].int, $0[1].int) } == shown)
        for section in try store.connection.rows(
            "SELECT headline, start_offset, body_start FROM sections WHERE article_id = ? AND headline IS NOT NULL", id)
        {
            let headline = try #require(section[0].string)
            let start = try #require(section[1].int)
            #expect(slice(start, start + headline.unicodeScalars.count) == headline)
            #expect(try #require(section[2].int) > start)
        }
    }

    @Test func ingestingTwiceLeavesOneArticleAndReportsUnchanged() throws {
        let first = try store.ingest([.file(path: Fixtures.ukraineArticle)])
        let second = try store.ingest([.file(path: Fixtures.ukraineArticle)])
        #expect(second.files.map(\.status) == [.unchanged])
        #expect(second.files.first?.articleID == first.files.first?.articleID)
        #expect(try store.statistics().articles == 1)
    }

    @Test func aCopyUnderAnotherPathIsADuplicateOfTheStoredArticle() throws {
        let copy = try folder.write("copy/same.txt", bytes: Array(try Data(contentsOf: URL(fileURLWithPath: Fixtures.ukraineArticle))))
        let report = try store.ingest([.file(path: Fixtures.ukraineArticle), .file(path: copy)])
        #expect(report.files.map(\.status) == [.added, .duplicate])
        #expect(report.files[1].articleID == report.files[0].articleID)
        #expect(try store.ingest([.file(path: copy)]).files.map(\.status) == [.unchanged])
    }

    /// An input whose text the archive or an earlier input has is only hashed, not parsed; the writer
    /// still checks, and parses it after all when no article has the text.
    @Test func knownTextsAreTheStoredOnesAndThoseOfEarlierInputs() {
        let stored = String(repeating: "ab", count: 32), other = String(repeating: "cd", count: 32)
        let known = KnownTexts(storedHashes: [stored[...]], inputCount: 4)
        #expect(known.isKnown(stored, input: 5))
        #expect(!known.isKnown(other, input: 7), "the first input with a text is parsed")
        #expect(known.isKnown(other, input: 9), "a later one is not")
        #expect(!known.isKnown(other, input: 3), "an earlier input prepared later is parsed too")
        #expect(known.isKnown(other, input: 7))
    }

    @Test func aCopyOfAFileThatCouldNotBeStoredIsTriedOnItsOwn() throws {
        try folder.write("first.txt", text: "Budget day\n\nThe chancellor spoke first.\n")
        try store.ingest([.file(path: folder.path("first.txt"))])
        // A second article with the title "Budget day" now breaks this index.
        try store.connection.execute("CREATE UNIQUE INDEX one_article_per_title ON articles (title)")
        let text = "Budget day\n\nThe chancellor spoke again.\n"
        let copies = try ["a.txt", "b.txt", "c.txt"].map { try folder.write($0, text: text) }
        // One article a batch: the third is prepared only once the first has been (two batches go
        // ahead of the writer), so it is surely found known.
        let report = try store.ingest(copies.map { .file(path: $0) }, batchSize: 1)
        #expect(report.files.map(\.status) == [.failed, .failed, .failed])
        #expect(report.files.allSatisfy { $0.error?.contains("could not be stored") == true })
        #expect(report.files[2].error?.contains("c.txt") == true)
    }

    /// Articles go in many to a statement; one that cannot be stored fails alone, leaving nothing of
    /// itself, and the others of its batch are stored whole.
    @Test func anArticleThatCannotBeStoredFailsAloneInItsBatch() throws {
        try store.connection.execute("CREATE UNIQUE INDEX one_article_per_title ON articles (title)")
        let paths = try [
            ("a.txt", "Budget day\n\nThe chancellor Gordon Brown spoke first.\n"),
            ("b.txt", "Budget day\n\nThe chancellor Gordon Brown spoke again.\n"),
            ("c.txt", "Rates held\n\nThe Bank of England held rates, Mervyn King said.\n"),
        ].map { try folder.write($0.0, text: $0.1) }
        let report = try store.ingest(paths.map { .file(path: $0) } + [.file(path: paths[0])])
        #expect(report.files.map(\.status) == [.added, .failed, .added, .unchanged])
        #expect(report.files[1].error?.contains("b.txt: could not be stored") == true)
        let connection = store.connection
        #expect(try connection.firstRow("SELECT count(*) FROM sections WHERE body LIKE '%again%'")?[0].int == 0)
        #expect(try connection.firstRow("SELECT count(*) FROM article_files")?[0].int == 2)
        // Gordon Brown is named by the stored article only.
        #expect(try store.actors(matching: "Gordon Brown").map(\.mentions) == [1])
        #expect(try connection.firstRow("SELECT count(*) FROM mentions WHERE section_id NOT IN (SELECT id FROM sections)")?[0].int == 0)
        #expect(try store.checkIntegrity().isOK)
    }

    @Test func badFilesFailAloneWithTheirNameAndTheRestIsStored() throws {
        try folder.write("in/article.txt", bytes: Array(try Data(contentsOf: URL(fileURLWithPath: Fixtures.ukraineArticle))))
        try folder.write("in/empty.txt", bytes: [])
        try folder.write("in/image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52])
        try folder.write("in/legacy.txt", bytes: Array("Legacy article\n\nIt cost ".utf8) + [0xA3] + Array("300 in the caf".utf8) + [0xE9] + Array(". Ministers agreed.\n".utf8))
        let (inputs, _, _) = IngestInput.expand([folder.path("in")])
        let report = try store.ingest(inputs)
        let byName = Dictionary(uniqueKeysWithValues: report.files.map { (($0.path as NSString).lastPathComponent, $0) })
        #expect(byName["article.txt"]?.status == .added)
        #expect(byName["legacy.txt"]?.status == .added)
        #expect(byName["legacy.txt"]?.notes.contains { $0.contains("Windows-1252") } == true)
        #expect(byName["empty.txt"]?.status == .failed)
        #expect(byName["empty.txt"]?.error?.contains("empty.txt") == true)
        #expect(byName["image.txt"]?.status == .failed)
        #expect(byName["image.txt"]?.error?.contains("image.txt") == true)
        #expect(report.hasFailures)
        let legacy = try store.article(id: try #require(byName["legacy.txt"]?.articleID))
        #expect(legacy.sections.first?.paragraphs.first == "It cost £300 in the café. Ministers agreed.")
        #expect(legacy.encoding == "windows-1252")
    }

    /// A file over the size limit fails unread, named, with its size and the limit; the rest is stored.
    @Test func aFileOverTheSizeLimitFailsAloneUnread() throws {
        let long = try folder.write("long.txt", text: "Long day\n\n" + String(repeating: "The talks went on. ", count: 60))
        let short = try folder.write("short.txt", text: "Short day\n\nThe talks ended.\n")
        let report = try store.ingest([.file(path: long), .file(path: short)], maxArticleSize: 1_000)
        #expect(report.files.map(\.status) == [.failed, .added])
        #expect(report.files[0].error == "\(long): 1150 bytes, larger than the 1000 bytes an article may be (--max-article-size raises the limit)")
        #expect(try store.connection.firstRow("SELECT count(*) FROM articles")?[0].int == 1)
        #expect(PreparationFailure.amount(8_049_999) == "8 MB")
        #expect(PreparationFailure.amount(8_050_000) == "8.1 MB")
        #expect(PreparationFailure.tooLarge("a.txt", size: 4_000_720, limit: 4_000_000).message.hasPrefix(
            "a.txt: 4000720 bytes, larger than the 4000000 bytes an article may be"))
    }

    @Test func aUTF16FileWithAByteOrderMarkIsReadAsUTF16() throws {
        let text = "Notepad article\r\n\r\nIt cost £300 in the café. Ministers agreed.\r\n"
        let path = try folder.write(
            "unicode.txt", bytes: [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] })
        let result = try #require(try store.ingest([.file(path: path)]).files.first)
        #expect(result.status == .added)
        #expect(result.notes.contains { $0.contains("UTF-16") })
        let article = try store.article(id: try #require(result.articleID))
        #expect(article.title == "Notepad article")
        #expect(article.sections.first?.paragraphs == ["It cost £300 in the café. Ministers agreed."])
        #expect(article.encoding == "utf-16")
        #expect(try store.originalText(ofArticle: article.id) == text)
    }

    @Test func folderExpansionTakesTextFilesAndSkipsOthers() throws {
        try folder.write("tree/a.txt", text: "x")
        try folder.write("tree/sub/b.md", text: "x")
        try folder.write("tree/sub/README", text: "x")
        try folder.write("tree/photo.jpg", text: "x")
        let (inputs, skipped, missing) = IngestInput.expand([folder.path("tree"), folder.path("nowhere"), "-"])
        #expect(inputs.map { ($0.displayPath as NSString).lastPathComponent } == ["a.txt", "b.md", "-"])
        #expect(skipped.map { ($0.path as NSString).lastPathComponent } == ["photo.jpg", "README"])
        #expect(skipped[1].reason == "a README or licence file, not an article")
        #expect(missing == [SkippedFile(path: folder.path("nowhere"), reason: "no such file or folder")])
    }

    @Test func aFolderGivenAsASymbolicLinkIsFollowed() throws {
        try folder.write("tree/a.txt", text: "x")
        try folder.write("tree/sub/b.md", text: "x")
        try FileManager.default.createSymbolicLink(atPath: folder.path("link"), withDestinationPath: folder.path("tree"))
        let (inputs, _, _) = IngestInput.expand([folder.path("link")])
        #expect(inputs.map(\.displayPath) == [folder.path("link/a.txt"), folder.path("link/sub/b.md")])
    }

    @Test func standardInputAndOverridesAreStored() throws {
        let text = "Title: Ignored title\nSource: Wire\n\nThe council met on Monday. It agreed a budget.\n"
        let overrides = IngestOverrides(title: "Council budget", source: "Local Times", url: "https://example.org/a", published: "14 August 2025")
        let report = try store.ingest([.standardInput], overrides: overrides, readStandardInput: { Array(text.utf8) })
        let article = try store.article(id: try #require(report.files.first?.articleID))
        #expect(article.title == "Council budget")
        #expect(article.source == "Local Times")
        #expect(article.url == "https://example.org/a")
        #expect(article.published == "2025-08-14")
        #expect(article.paths.isEmpty)
    }

    /// Ingest fills the indexes once per transaction, with triggers off for its connection; afterwards
    /// that connection, and other tools writing to the archive, still keep the indexes in step.
    @Test func afterIngestOtherWritersStillKeepTheIndexesInStep() throws {
        let samples = ["cycle-lanes.txt", "rates-held.txt", "wind-farm.md"].map {
            IngestInput.file(path: Fixtures.folder.appendingPathComponent("samples/\($0)").path)
        }
        let report = try store.ingest([.file(path: Fixtures.ukraineArticle)] + samples, batchSize: 2)
        #expect(report.count(.added) == 4)
        let triggers = Set(
            try store.connection.rows("SELECT name FROM sqlite_schema WHERE type = 'trigger'").compactMap { $0[0].string })
        #expect(triggers.isSuperset(of: ["articles_ai", "articles_ad", "articles_au", "sections_ai", "sections_ad", "sections_au",
                                         "actors_ai", "actors_ad", "actors_au"]))
        let articleID = try #require(report.files.first?.articleID)
        try store.connection.run(
            "INSERT INTO sections (article_id, position, headline, body, start_offset, end_offset, body_start) VALUES (?, 99, 'Postscript', 'A zeppelin was seen.', 0, 0, 0)",
            articleID)
        try store.connection.run("UPDATE actors SET aliases = aliases || char(10) || 'Manu' WHERE name = 'Emmanuel Macron'")
        #expect(try store.connection.firstRow("SELECT count(*) FROM sections_fts WHERE sections_fts MATCH 'zeppelin'")?[0].int == 1)
        #expect(try store.connection.firstRow("SELECT count(*) FROM actors_fts WHERE actors_fts MATCH 'manu'")?[0].int == 1)
        #expect(try store.checkIntegrity().isOK)
    }

    /// A transaction spans several prepared batches: an article of an earlier batch is already there
    /// for a later one, every section gets into the index, and results come in input order.
    @Test func aTransactionOfSeveralBatchesStoresEveryArticleOnce() throws {
        let paths = [Fixtures.ukraineArticle] + ["cycle-lanes.txt", "rates-held.txt", "wind-farm.md"].map {
            Fixtures.folder.appendingPathComponent("samples/\($0)").path
        }
        let inputs = (paths + [paths[0]]).map { IngestInput.file(path: $0) }
        var reported: [String] = []
        let report = try store.ingest(inputs, batchSize: 1, transactionSize: 3, progress: { reported.append($0.path) })
        #expect(reported == inputs.map(\.displayPath))
        #expect(report.files.map(\.status) == [.added, .added, .added, .added, .unchanged])
        let sections = try store.connection.firstRow("SELECT count(*) FROM sections")?[0].int
        #expect(try store.connection.firstRow("SELECT count(*) FROM sections_fts_docsize")?[0].int == sections)
        #expect(try store.connection.firstRow("SELECT count(*) FROM sections_fts WHERE sections_fts MATCH 'peacekeeping'")?[0].int ?? 0 > 0)
        // Ingest writes without enforcing foreign keys; they hold, and are enforced again afterwards.
        #expect(try store.connection.rows("PRAGMA foreign_key_check").isEmpty)
        #expect(try store.connection.firstRow("PRAGMA foreign_keys")?[0].int == 1)
        #expect(try store.checkIntegrity().isOK)
    }

    @Test func integrityCheckPassesAndRebuildKeepsItPassing() throws {
        try store.ingest([.file(path: Fixtures.ukraineArticle)])
        #expect(try store.checkIntegrity().isOK)
        let rebuilt = try store.checkIntegrity(rebuild: true)
        #expect(rebuilt.isOK)
        #expect(try store.fullTextIndexes() == ["actors_fts", "articles_fts", "sections_fts"])
    }

    @Test(.enabled(if: Fixtures.hasBBCCorpus, "needs ../shared/corpus/bbc beside the checkout (absent on a fresh clone)"))
    func bbcPoliticsFolderGoesInWhole() throws {
        let (inputs, _, _) = IngestInput.expand([Fixtures.bbcCorpus + "/politics"])
        let report = try store.ingest(inputs)
        #expect(report.count(.failed) == 0)
        #expect(report.count(.added) + report.count(.duplicate) == 417)
        let again = try store.ingest(inputs)
        #expect(again.count(.added) == 0)
    }
}
