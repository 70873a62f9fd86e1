import Foundation
import Testing
@testable import NewsSQLite

/// A connection to a fresh in-memory database per test (tests run in parallel).
struct ConnectionTests {
    let connection: Connection

    init() throws {
        connection = try Connection(path: ":memory:")
        try connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL UNIQUE, score REAL, data BLOB)")
    }

    @Test func boundValuesReadBackWithTheirTypes() throws {
        try connection.run(
            "INSERT INTO notes (body, score, data) VALUES (?, ?, ?)", "Emmanuel Macron’s “plan”", 2.5, [UInt8]([0, 1, 255]))
        let row = try #require(try connection.firstRow("SELECT id, body, score, data FROM notes"))
        #expect(row[0] == .integer(1))
        #expect(row["body"].string == "Emmanuel Macron’s “plan”")
        #expect(row[2].double == 2.5)
        #expect(row[3] == .blob([0, 1, 255]))
    }

    @Test func nullBindsAsNull() throws {
        let missing: Double? = nil
        try connection.run("INSERT INTO notes (body, score) VALUES (?, ?)", "x", missing)
        #expect(try connection.firstRow("SELECT score FROM notes")?[0] == .null)
    }

    @Test func cachedStatementIsPreparedOnceAndReused() throws {
        let first = try connection.cachedStatement("SELECT count(*) FROM notes")
        let second = try connection.cachedStatement("SELECT count(*) FROM notes")
        #expect(first === second)
    }

    @Test func failedStatementErrorCarriesCodeMessageAndSQL() throws {
        try connection.run("INSERT INTO notes (body) VALUES (?)", "once")
        let error = try #require(throws: SQLiteError.self) {
            try connection.run("INSERT INTO notes (body) VALUES (?)", "once")
        }
        #expect(error.isConstraintViolation)
        #expect(error.extendedCode == 2067)  // SQLITE_CONSTRAINT_UNIQUE
        #expect(error.message.lowercased().contains("unique constraint failed"))
        #expect(error.sql == "INSERT INTO notes (body) VALUES (?)")
        #expect(!error.description.contains("once"), "bound values stay out of messages")
    }

    @Test func syntaxErrorIsReportedAtPrepare() throws {
        let error = try #require(throws: SQLiteError.self) { try connection.makeStatement("SELEC 1") }
        #expect(error.message.contains("syntax error"))
        #expect(error.sql == "SELEC 1")
    }

    @Test func transactionRollsBackWhenTheBodyThrows() throws {
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try connection.transaction {
                try connection.run("INSERT INTO notes (body) VALUES (?)", "lost")
                throw Stop()
            }
        }
        #expect(try connection.firstRow("SELECT count(*) FROM notes")?[0].int == 0)
        #expect(!connection.isInTransaction)
    }

    @Test func savepointUndoesOnlyItsOwnWrites() throws {
        try connection.transaction {
            try connection.run("INSERT INTO notes (body) VALUES (?)", "kept")
            _ = try? connection.savepoint {
                try connection.run("INSERT INTO notes (body) VALUES (?)", "undone")
                try connection.run("INSERT INTO notes (body) VALUES (?)", "kept")  // violates UNIQUE
            }
        }
        let bodies = try connection.rows("SELECT body FROM notes ORDER BY id").compactMap { $0[0].string }
        #expect(bodies == ["kept"])
    }

    @Test func linkedSQLiteHasFTS5() {
        #expect(Connection.hasFTS5)
    }

    @Test func bm25GivenIDFScoresAsBM25WhenGivenTheIDFsBM25Counts() throws {
        try connection.execute("CREATE VIRTUAL TABLE docs USING fts5(headline, body)")
        let rows = [
            ("Talks", "The talks on a ceasefire went on."), ("Troops", "Troops and more troops, the general said."),
            ("Ceasefire talks", "No ceasefire yet: talks resume on Monday."), ("Weather", "Rain all week."),
        ]
        for (headline, body) in rows { try connection.run("INSERT INTO docs VALUES (?, ?)", headline, body) }
        try connection.addBM25GivenIDF()
        // FTS5's IDF: log((N - n + 0.5) / (n + 0.5)) for a phrase held by n of the N rows, 1e-6 when not positive.
        func idf(_ phrase: String) throws -> Double {
            let n = Double(try connection.firstRow("SELECT count(*) FROM docs WHERE docs MATCH ?", phrase)?[0].int ?? 0)
            return max(log((4 - n + 0.5) / (n + 0.5)), 1e-6)
        }
        let scores = try connection.rows(
            "SELECT bm25(docs), bm25_given_idf(docs, ?, ?) FROM docs WHERE docs MATCH 'ceasefire OR troops' ORDER BY rowid",
            try idf("ceasefire"), try idf("troops"))
        #expect(scores.count == 3)
        for row in scores {
            let bm25 = try #require(row[0].double), given = try #require(row[1].double)
            #expect(abs(bm25 - given) < 1e-9 && bm25 < 0)
        }
        let error = try #require(throws: SQLiteError.self) {
            try connection.rows("SELECT bm25_given_idf(docs, 1.0) FROM docs WHERE docs MATCH 'ceasefire OR troops'")
        }
        #expect(error.message.contains("one inverse document frequency per phrase"))
    }

    @Test func openingAFolderThatDoesNotExistFails() {
        #expect(throws: SQLiteError.self) {
            _ = try Connection(path: "/nonexistent-folder-\(UUID().uuidString)/a.sqlite")
        }
    }
}

/// Closing: a released connection closes its file, so the write-ahead log is checkpointed and removed.
struct ConnectionClosingTests {
    @Test func releasingTheConnectionRemovesTheWriteAheadLog() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wal-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let connection = try Connection(path: path)
            try connection.execute("PRAGMA journal_mode = WAL")
            try connection.execute("CREATE TABLE t (x)")
            try connection.run("INSERT INTO t VALUES (?)", 1)  // a cached statement, as the store uses
            #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }
}
