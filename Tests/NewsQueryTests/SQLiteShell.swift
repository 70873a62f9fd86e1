import Foundation
import Testing

/// Runs the stock `sqlite3` shell, so tests can check expressions against the real FTS5 parser and
/// stems against the real porter tokenizer. Tests that use it are skipped when it is not installed.
enum SQLiteShell {
    static let path = "/usr/bin/sqlite3"

    static let isAvailable = FileManager.default.isExecutableFile(atPath: path)

    /// Why tests that need the shell are skipped on a machine without it.
    static let unavailableReason: Comment = "needs /usr/bin/sqlite3 (Debian package sqlite3) to run FTS5 itself"

    /// An FTS5 table tokenized as the archive's indexes are.
    static let createTable =
        "CREATE VIRTUAL TABLE t USING fts5(text, tokenize='porter unicode61 remove_diacritics 2');"

    /// What a run printed and how it ended.
    struct Output {
        var status: Int32
        var standardOutput: String
        var standardError: String

        /// Standard output's lines.
        var lines: [String] {
            standardOutput.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        }
    }

    /// Runs `sql` (one or more statements) against a new in-memory database.
    static func run(_ sql: String) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-bail", ":memory:", sql]
        let standardOutput = Pipe()
        let standardError = Pipe()
        process.standardOutput = standardOutput
        process.standardError = standardError
        try process.run()
        let outputData = standardOutput.fileHandleForReading.readDataToEndOfFile()
        let errorData = standardError.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }

    /// `text` as an SQL string literal.
    static func literal(_ text: String) -> String {
        "'" + text.replacing("'", with: "''") + "'"
    }

    /// Runs `expression` as a MATCH over a table holding `rows` (row ids from 1); returns the matching
    /// row ids, or throws with SQLite's message when it is not a valid expression.
    static func matchingRows(of expression: String, in rows: [String]) throws -> [Int] {
        var sql = createTable
        if !rows.isEmpty {
            let values = rows.enumerated().map { "(\($0.offset + 1), \(literal($0.element)))" }
            sql += "INSERT INTO t(rowid, text) VALUES \(values.joined(separator: ", "));"
        }
        sql += "SELECT rowid FROM t WHERE t MATCH \(literal(expression)) ORDER BY rowid;"
        let output = try run(sql)
        guard output.status == 0 else { throw Failure(message: output.standardError, expression: expression) }
        return output.lines.compactMap { Int($0) }
    }

    /// The terms the porter tokenizer stores for each of `words`, in order (one row per word).
    static func indexedTerms(of words: [String]) throws -> [String] {
        let values = words.enumerated().map { "(\($0.offset + 1), \(literal($0.element)))" }
        let output = try run(
            createTable + "CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');"
                + "INSERT INTO t(rowid, text) VALUES \(values.joined(separator: ", "));"
                + "SELECT term FROM v ORDER BY doc, offset;")
        guard output.status == 0 else { throw Failure(message: output.standardError, expression: "") }
        return output.lines
    }

    /// SQLite refused an expression.
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var expression: String
        var description: String { "SQLite rejected \(expression): \(message)" }
    }
}
