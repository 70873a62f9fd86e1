import Foundation
import NewsTestSupport
import Testing
@testable import NewsArchive
import NewsSQLite

/// Opening files that are not (yet) archives must never change them.
struct ArchiveOpeningTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    @Test func aTextFileIsRefusedAndLeftAsItWas() throws {
        let path = try folder.write("notes.sqlite", text: "my notes, not a database")
        let error = try #require(throws: ArchiveError.self) { try ArchiveStore(path: path) }
        #expect(error.code == .notAnArchive)
        #expect(error.message.contains("notes.sqlite"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "my notes, not a database")
    }

    @Test func anotherProgramsDatabaseIsRefusedAndLeftAsItWas() throws {
        let path = folder.path("other.sqlite")
        do {
            let other = try Connection(path: path)
            try other.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = try #require(throws: ArchiveError.self) { try ArchiveStore(path: path) }
        #expect(error.code == .notAnArchive)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func anArchiveFromANewerVersionIsRefused() throws {
        let path = folder.path("newer.sqlite")
        do {
            let store = try ArchiveStore(path: path)
            try store.connection.run(
                "INSERT INTO schema_migrations (identifier, applied_at) VALUES (?, ?)", "9999_from_the_future", "now")
        }
        let error = try #require(throws: ArchiveError.self) { try ArchiveStore(path: path) }
        #expect(error.code == .schemaTooNew)
        #expect(error.message.contains("9999_from_the_future"))
    }

    @Test func aMissingArchiveIsRefusedWhenItMustExist() throws {
        let path = folder.path("missing.sqlite")
        let error = try #require(throws: ArchiveError.self) { try ArchiveStore(path: path, mode: .mustExist) }
        #expect(error.code == .missingArchive)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aNewArchiveHasEveryBundledMigrationAndPassesItsChecks() throws {
        let store = try ArchiveStore(path: folder.path("new.sqlite"))
        let applied = try Migrator(migrations: Migration.bundled).appliedIdentifiers(in: store.connection)
        #expect(applied == Migration.bundled.map(\.identifier))
        #expect(try store.checkIntegrity().isOK)
        #expect(try store.connection.firstRow("PRAGMA journal_mode")?[0].string == "wal")
    }

    /// The plugin's output must match Migrations/ exactly (its cache could go stale on an incremental build).
    @Test func bundledMigrationsMatchTheMigrationsFolder() throws {
        let migrations = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Migrations")
        let names = try FileManager.default.contentsOfDirectory(atPath: migrations.path).filter { $0.hasSuffix(".sql") }.sorted()
        #expect(Migration.bundled.map(\.identifier) == names.map { String($0.dropLast(4)) })
        for (migration, name) in zip(Migration.bundled, names) {
            let sql = try String(contentsOf: migrations.appendingPathComponent(name), encoding: .utf8)
            #expect(migration.sql == sql, "\(name) differs from the bundled copy: rebuild")
        }
    }

    @Test func contentHashIsSHA256() {
        #expect(SHA256.hexDigest(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hexDigest(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array(repeating: UInt8(ascii: "a"), count: 1_000)
        #expect(SHA256.hexDigest(of: long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test(arguments: [
        ("2025-08-14", "2025-08-14"), ("14 August 2025", "2025-08-14"), ("August 14, 2025", "2025-08-14"),
        ("Thu, 14 Aug 2025 10:30:00 GMT", "2025-08-14T10:30:00Z"), ("2025-08-14T10:30:00+02:00", "2025-08-14T08:30:00Z"),
    ])
    func publishedDatesAreReadIntoISO8601(text: String, expected: String) {
        #expect(PublishedDate.iso8601(text) == expected)
    }

    @Test func unreadableDateIsNotADate() {
        #expect(PublishedDate.iso8601("last Tuesday") == nil)
    }
}
