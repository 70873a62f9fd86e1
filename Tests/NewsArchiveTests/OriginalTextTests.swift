import Foundation
import NewsIngest
import NewsTestSupport
import Testing
@testable import NewsArchive
import NewsSQLite

/// The file an article was read from is kept (deflated against the article's own text) and reads back
/// exactly, byte for byte, as it was decoded.
struct OriginalTextTests {
    let folder: TemporaryFolder
    let store: ArchiveStore

    init() throws {
        folder = try TemporaryFolder()
        store = try ArchiveStore(path: folder.path("archive.sqlite"))
    }

    /// A saved file and the text it decodes to.
    struct Input: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var decoded: String
        var testDescription: String { name }
    }

    /// CRLF line ends, a trailing space, a tab, and an accent written as e + U+0301 (not NFC): the article
    /// text is normalised, the original must not be.
    static let crlfText =
        "Title: Council budget\r\nSource: Local Times\r\n\r\nThe council met on Monday. It agreed a budget. \r\n\r\n"
        + "Rents\r\n\r\nThe cafe\u{301}\tpays more. Residents objected.\r\n"

    static let inputs: [Input] = [
        Input(name: "crlf-utf8.txt", bytes: Array(crlfText.utf8), decoded: crlfText),
        Input(
            name: "legacy-windows-1252.txt",
            bytes: Array("Legacy article\r\n\r\nIt cost ".utf8) + [0xA3] + Array("300 in the caf".utf8) + [0xE9]
                + Array(". Ministers agreed ".utf8) + [0x93] + Array("quickly".utf8) + [0x94] + Array(".\r\n".utf8),
            decoded: "Legacy article\r\n\r\nIt cost £300 in the café. Ministers agreed “quickly”.\r\n"
        ),
        Input(
            name: "bom.txt",
            bytes: [0xEF, 0xBB, 0xBF] + Array("Budget agreed\n\nThe council met on Monday. It agreed a budget.\n".utf8),
            decoded: "Budget agreed\n\nThe council met on Monday. It agreed a budget.\n"
        ),
    ]

    @Test(arguments: inputs)
    func originalReadsBackAsTheDecodedFile(input: Input) throws {
        let path = try folder.write(input.name, bytes: input.bytes)
        let report = try store.ingest([.file(path: path)])
        let id = try #require(report.files.first?.articleID, "\(report)")
        let original = try store.originalText(ofArticle: id)
        // Byte for byte: String's == would take "é" and "e\u{301}" for the same text.
        #expect(Array(original.utf8) == Array(input.decoded.utf8))
        let stored = try store.connection.firstRow("SELECT length(original), original_size FROM articles WHERE id = ?", id)
        #expect(stored?[1].int == input.decoded.utf8.count)
        #expect((stored?[0].int ?? .max) < input.decoded.utf8.count, "stored deflated, so reading it back inflated it")
    }

    @Test func referenceArticleReadsBackExactlyAndCostsLittle() throws {
        let file = Array(try Data(contentsOf: URL(fileURLWithPath: Fixtures.ukraineArticle)))
        let report = try store.ingest([.file(path: Fixtures.ukraineArticle)])
        let id = try #require(report.files.first?.articleID)
        #expect(Array(try store.originalText(ofArticle: id).utf8) == file)
        let row = try #require(
            try store.connection.firstRow(
                "SELECT typeof(original), length(original), original_size FROM articles WHERE id = ?", id))
        #expect(row[0].string == "blob")
        #expect(row[2].int == file.count)
        let stored = try #require(row[1].int)
        #expect(stored * 5 < file.count, "the original takes \(stored) bytes for a \(file.count)-byte file")
    }

    @Test func anUnknownArticleHasNoOriginal() throws {
        let error = try #require(throws: ArchiveError.self) { try store.originalText(ofArticle: 42) }
        #expect(error.code == .notFound)
    }

    @Test(arguments: [
        "UPDATE sections SET body = replace(body, 'peacekeeping', 'peacemaking') WHERE article_id = ?",
        "UPDATE sections SET body = body || ' An added sentence.' WHERE article_id = ? AND position = 4",
        "UPDATE sections SET headline = 'Allies meet' WHERE article_id = ? AND position = 1",
        "UPDATE articles SET original_size = -1 WHERE id = ?",
        "UPDATE articles SET original_size = 100000000000 WHERE id = ?",
    ])
    func anArticleEditedByHandHasACorruptOriginalNotACrash(edit: String) throws {
        let report = try store.ingest([.file(path: Fixtures.ukraineArticle)])
        let id = try #require(report.files.first?.articleID)
        try store.connection.run(edit, id)
        #expect(store.connection.changes > 0)
        let error = try #require(throws: ArchiveError.self) { try store.originalText(ofArticle: id) }
        #expect(error.code == .corrupt)
        #expect(!error.message.contains("\n"))
        #expect(error.message.contains("article \(id)"))
        // The rest of the article still reads.
        #expect(try store.article(id: id).sections.count == 5)
    }

    @Test func aRetitledArticleStillHasItsOriginal() throws {
        let report = try store.ingest([.file(path: Fixtures.ukraineArticle)])
        let id = try #require(report.files.first?.articleID)
        try store.connection.run("UPDATE articles SET title = 'Security guarantees' WHERE id = ?", id)
        let original = try store.originalText(ofArticle: id)
        #expect(Array(original.utf8) == Array(try Data(contentsOf: URL(fileURLWithPath: Fixtures.ukraineArticle))))
    }

    @Test(.enabled(if: Fixtures.hasBBCCorpus, "needs ../shared/corpus/bbc beside the checkout (absent on a fresh clone)"))
    func bbcArticlesReadBackAsTheirFilesAndTheirSentences() throws {
        let (inputs, _, _) = IngestInput.expand([Fixtures.bbcCorpus + "/politics"])
        let report = try store.ingest(inputs)
        #expect(report.count(.failed) == 0)
        var checked = 0
        for file in report.files where file.status == .added {
            let id = try #require(file.articleID)
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file.path)))
            let decoded = try ArticleTextDecoder.decode(bytes).text
            #expect(Array(try store.originalText(ofArticle: id).utf8) == Array(decoded.utf8), "\(file.path)")
            let parsed = try ArticleParser().parse(decoded, fileName: (file.path as NSString).lastPathComponent)
            let sentences = try store.connection.rows(
                "SELECT text FROM sentence_texts WHERE article_id = ? ORDER BY position", id
            ).compactMap { $0[0].string }
            #expect(sentences == parsed.sentences.map(\.text), "\(file.path)")
            checked += 1
        }
        #expect(checked == report.count(.added))
        #expect(try store.checkIntegrity().isOK)
    }
}
