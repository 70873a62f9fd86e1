import Foundation
import NewsSQLite

/// One archive file: opens it safely, keeps its schema current, and hosts ingest, reading and search.
public final class ArchiveStore {
    /// The path as the user gave it, for messages.
    public let path: String
    let connection: Connection

    /// Marks a SQLite file as a NewsArchive archive (`PRAGMA application_id`, "NWAR").
    static let applicationID: Int32 = 0x4E57_4152

    /// Bytes of the file that reads map into memory; SQLite lowers it to the most it was built for.
    static let readingMemoryMapSize = 1 << 40

    /// How `open` treats a file that does not exist yet.
    public enum OpenMode: Sendable {
        /// Create and migrate a new archive (ingest).
        case createIfMissing
        /// Refuse a missing file (commands that only read).
        case mustExist
    }

    /// Opens (or creates) the archive at `path` and applies pending migrations.
    ///
    /// A file that is not an archive — not SQLite at all, or another program's SQLite database — is
    /// refused before anything is written to it.
    /// - throws: `ArchiveError`.
    public init(path: String, mode: OpenMode = .createIfMissing) throws {
        self.path = path
        guard Connection.hasFTS5 else {
            throw ArchiveError(
                .fts5Unavailable,
                "The SQLite library \(Connection.libraryVersion) was built without FTS5, which the archive needs for search. Install a SQLite with FTS5 (Debian's libsqlite3-0 has it)."
            )
        }
        let isNew = try Self.checkFile(at: path, mode: mode)
        do {
            connection = try Connection(path: path, mode: isNew ? .readWriteCreate : .readWrite)
            if !isNew { try Self.checkIsArchive(connection, path: path) }
            try connection.execute("PRAGMA foreign_keys = ON")
            // Big pages: a section's text (1–2 KB) that does not fit in what is left of a page starts a
            // new one, and the space left behind was 8 % of the text with 8 KB pages, 2 % with 32 KB.
            // It only takes on a new file.
            if isNew { try connection.execute("PRAGMA page_size = 32768") }
            if path != ":memory:" { try connection.execute("PRAGMA journal_mode = WAL") }
            try connection.execute("PRAGMA synchronous = NORMAL")
            // An 8 MB page cache: ingest writes at the end of its tables and indexes (the one index keyed in
            // random order is made anew after a large ingest), so a bigger one only added to its memory.
            try connection.execute("PRAGMA cache_size = -8192")
            // Reads map the file (up to the 2 GB Debian's SQLite allows) rather than copy each page out of
            // the kernel's cache: a search of a 100k-article archive spent a fifth of its time in those
            // copies. Ingest turns it off while it writes.
            try connection.execute("PRAGMA mmap_size = \(Self.readingMemoryMapSize)")
            try Self.migrator.migrate(connection)
            try connection.addBM25GivenIDF()
            try connection.execute("PRAGMA application_id = \(Self.applicationID)")
        } catch let error as SQLiteError {
            throw ArchiveError.storage(error, path: path)
        } catch let error as MigrationError {
            throw ArchiveError(
                .schemaTooNew,
                "Unable to open archive '\(path)': \(error). Upgrade news-archive to read it; the file was not changed.")
        }
    }

    /// Checks the file before SQLite touches it; returns whether it is to be created.
    private static func checkFile(at path: String, mode: OpenMode) throws -> Bool {
        if path == ":memory:" { return true }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            if mode == .mustExist { throw ArchiveError.missingArchive(path: path) }
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
                throw ArchiveError(.cannotOpen, "Unable to create archive '\(path)': the folder '\(folder)' does not exist.")
            }
            return true
        }
        if isDirectory.boolValue {
            throw ArchiveError(.cannotOpen, "Unable to open archive '\(path)': it is a folder. Pass --db with a file path.")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ArchiveError(.cannotOpen, "Unable to open archive '\(path)': permission denied.")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return true }  // an empty file is an empty database
        guard header.elementsEqual(Array("SQLite format 3\0".utf8)) else {
            throw ArchiveError.notAnArchive(path: path, reason: "the file is not a SQLite database")
        }
        return false
    }

    /// Refuses another program's SQLite database: one with tables but neither our application id nor
    /// our migrations table.
    private static func checkIsArchive(_ connection: Connection, path: String) throws {
        let applicationID = try connection.firstRow("PRAGMA application_id")?[0].int ?? 0
        if applicationID == Int(Self.applicationID) { return }
        let tables = try connection.rows("SELECT name FROM sqlite_schema WHERE type = 'table'").compactMap { $0[0].string }
        if tables.isEmpty || tables.contains("schema_migrations") { return }
        throw ArchiveError.notAnArchive(path: path, reason: "it is a SQLite database of another program")
    }

    /// Runs `body`, turning SQLite errors into archive errors that name this archive.
    func withStorageErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SQLiteError {
            throw ArchiveError.storage(error, path: path)
        }
    }
}

// The store owns a connection, which belongs to one thread.
@available(*, unavailable)
extension ArchiveStore: Sendable {}
