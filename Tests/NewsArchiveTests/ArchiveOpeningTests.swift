import Foundation
import Synchronization
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

    /// The last ingest settles the file in rollback mode; the next one switches it back to WAL, which
    /// takes an exclusive lock that SQLite does not wait for: it must wait while a search reads.
    @Test func aWriterWaitsForAReaderOfASettledArchive() throws {
        let path = folder.path("settled.sqlite")
        do { _ = try ArchiveStore(path: path) }
        let reading = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let readerMode = Mutex<String?>(nil)
        Thread.detachNewThread {
            defer { finished.signal() }
            guard let reader = try? Connection(path: path, mode: .readOnly) else { reading.signal(); return }
            readerMode.withLock { $0 = try? reader.firstRow("PRAGMA journal_mode")?[0].string }
            try? reader.execute("BEGIN")
            _ = try? reader.firstRow("SELECT count(*) FROM articles")
            reading.signal()
            Thread.sleep(forTimeInterval: 0.3)
            try? reader.execute("COMMIT")
        }
        reading.wait()
        #expect(readerMode.withLock { $0 } == "delete")
        let writer = try ArchiveStore(path: path, mode: .mustExist)
        finished.wait()
        #expect(try writer.connection.firstRow("PRAGMA journal_mode")?[0].string == "wal")
    }

    /// Ingests started at once on a missing file: one makes the archive while the folder is locked, and
    /// another waits for it rather than read a half-written header.
    @Test func anOpenWaitsWhileAnotherProcessMakesTheArchive() throws {
        let path = folder.path("together.sqlite")
        let lock = try #require(try ArchiveCreationLock(folderOf: path))
        let opened = DispatchSemaphore(value: 0)
        let failure = Mutex<String?>(nil)
        Thread.detachNewThread {
            do { _ = try ArchiveStore(path: path) } catch { failure.withLock { $0 = "\(error)" } }
            opened.signal()
        }
        #expect(opened.wait(timeout: .now() + .milliseconds(300)) == .timedOut)
        #expect(!FileManager.default.fileExists(atPath: path))
        lock.release()
        opened.wait()
        #expect(failure.withLock { $0 } == nil)
        #expect(try ArchiveStore(path: path, mode: .readOnly).checkIntegrity().isOK)
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

    /// The portable code, and the CPU's SHA instructions where it has them.
    static let sha256Paths = [false] + (SHA256.hasHardware ? [true] : [])

    @Test(arguments: sha256Paths) func contentHashIsSHA256(hardware: Bool) {
        #expect(SHA256.hexDigest(of: [], hardware: hardware)
            == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hexDigest(of: Array("abc".utf8), hardware: hardware)
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array(repeating: UInt8(ascii: "a"), count: 1_000)
        #expect(SHA256.hexDigest(of: long, hardware: hardware)
            == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test(.enabled(if: SHA256.hasHardware, "this CPU has no SHA instructions"))
    func sha256InstructionsAgreeWithThePortableCode() {
        var generator = SystemRandomNumberGenerator()
        for length in Array(0...300) + [4_095, 4_096, 65_537] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(SHA256.hexDigest(of: bytes, hardware: true) == SHA256.hexDigest(of: bytes, hardware: false))
        }
    }

    /// Lengths on each side of a block and of the padding's spill into a second block (digests from
    /// Python's hashlib, of the bytes 0, 1, 2, … modulo 256).
    @Test(arguments: [
        (55, "463eb28e72f82e0a96c0a4cc53690c571281131f672aa229e0d45ae59b598b59"),
        (56, "da2ae4d6b36748f2a318f23e7ab1dfdf45acdc9d049bd80e59de82a60895f562"),
        (63, "29af2686fd53374a36b0846694cc342177e428d1647515f078784d69cdb9e488"),
        (64, "fdeab9acf3710362bd2658cdc9a29e8f9c757fcf9811603a8c447cd1d9151108"),
        (65, "4bfd2c8b6f1eec7a2afeb48b934ee4b2694182027e6d0fc075074f2fabb31781"),
        (119, "da18797ed7c3a777f0847f429724a2d8cd5138e6ed2895c3fa1a6d39d18f7ec6"),
        (120, "f52b23db1fbb6ded89ef42a23ce0c8922c45f25c50b568a93bf1c075420bbb7c"),
        (128, "471fb943aa23c511f6f72f8d1652d9c880cfa392ad80503120547703e56a2be5"),
        (1000, "a8af099bf2e878609558dbf69d8f88f4a31040a8cf84b549a0cfa912f12ffc3f"),
    ])
    func contentHashIsSHA256AroundBlockEdges(length: Int, digest: String) {
        for hardware in Self.sha256Paths {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0) }
            #expect(SHA256.hexDigest(of: bytes, hardware: hardware) == digest)
        }
    }
}

/// What a user who may only read an archive is told when a command would write it.
struct ReadOnlyArchiveMessageTests {
    @Test func aWriteRefusedBySQLiteSaysTheArchiveMayOnlyBeRead() {
        let refused = SQLiteError(extendedCode: 8, message: "attempt to write a readonly database")  // SQLITE_READONLY
        let error = ArchiveError.storage(refused, path: "/srv/theirs.sqlite")
        #expect(error.code == .cannotOpen)
        #expect(error.message.hasPrefix("Archive '/srv/theirs.sqlite' cannot be written"))
        #expect(!error.message.contains("\n"))
    }
}
