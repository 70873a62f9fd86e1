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

    /// The page cache of a connection, as `PRAGMA cache_size` takes it: negative, in KiB (8 MB).
    static let pageCacheSize = -8192

    /// How the archive is opened.
    public enum OpenMode: Sendable {
        /// Create and migrate a new archive (ingest).
        case createIfMissing
        /// An existing archive, to write to (corrections, deletes, tags…): pending migrations are applied.
        case mustExist
        /// An existing archive, only read (search, show, stats…): opened with `SQLITE_OPEN_READONLY`, so not
        /// a byte of it changes; one whose schema is older than this program is refused, naming the
        /// command that upgrades it.
        case readOnly
    }

    /// Whether this store may write (it was not opened `.readOnly`).
    public let isWritable: Bool
    /// Whether closing settles the file back in rollback-journal mode: set once a writing open succeeded.
    private var settlesOnClose = false

    /// Opens (or creates) the archive at `path`; when it is opened for writing, applies pending migrations.
    ///
    /// A file that is not an archive — not SQLite at all, another program's SQLite database, a pipe or a
    /// device — is refused before anything is written to it.
    /// - throws: `ArchiveError`.
    public init(path: String, mode: OpenMode = .createIfMissing) throws {
        self.path = path
        isWritable = mode != .readOnly
        guard Connection.hasFTS5 else {
            throw ArchiveError(
                .fts5Unavailable,
                "The SQLite library \(Connection.libraryVersion) was built without FTS5, which the archive needs for search. Install a SQLite with FTS5 (Debian's libsqlite3-0 has it)."
            )
        }
        // Held while the file is looked at and, for a new archive, until it is made whole.
        let creationLock = try ArchiveCreationLock(folderOf: path)
        defer { creationLock?.release() }
        let isNew = try ArchiveFile.check(path, mode: mode)
        if !isNew { creationLock?.release() }
        do {
            connection = try Connection(
                path: path, mode: mode == .readOnly ? .readOnly : isNew ? .readWriteCreate : .readWrite)
            if !isNew { try Self.checkIsArchive(connection, path: path) }
            if mode == .readOnly {
                // Reads map the file (up to the 2 GB Debian's SQLite allows) rather than copy each page out
                // of the kernel's cache: a search of a 100k-article archive spent a fifth of its time in
                // those copies. Writers do not: each page read through the map counts in resident memory,
                // which is to stay flat however large the archive (ingest at 100k articles peaked at 246
                // MiB with it, 89 without; migrations and re-extraction read whole tables too). (This and
                // the cache size are settings of the connection, not of the file.)
                try connection.execute("PRAGMA mmap_size = \(Self.readingMemoryMapSize)")
                try Self.checkIsCurrent(connection, path: path)
            } else {
                try prepareForWriting(isNew: isNew)
            }
            // An 8 MB page cache: ingest writes at the end of its tables and indexes (the one index keyed in
            // random order is made anew after a large ingest), so a bigger one only added to its memory.
            // Set once the file's page size is known: SQLite 3.40 sizes the cache in pages of the size it
            // had when the page size changes, so 8 MB set while the connection still had 4 KB pages
            // became about 1,950 pages of 32 KB, 64 MB (ingest of 10k generated articles peaked at 165 MB
            // of RSS). The pages then in the cache are kept.
            try connection.execute("PRAGMA cache_size = \(Self.pageCacheSize)")
            try connection.addBM25GivenIDF()
            settlesOnClose = isWritable && path != ":memory:"
        } catch let error as SQLiteError {
            throw ArchiveError.storage(error, path: path)
        } catch let error as MigrationError {
            throw ArchiveError(
                .schemaTooNew,
                "Unable to open archive '\(path)': \(error). Upgrade news-archive to read it; the file was not changed.")
        }
    }

    /// Settles an archive opened for writing back in rollback-journal mode when it is the last one open,
    /// so that reading it later (`SQLITE_OPEN_READONLY`) leaves no `-wal` or `-shm` file behind; a reader or
    /// another writer still open keeps it in WAL mode, and the last writer to close settles it.
    deinit {
        guard settlesOnClose else { return }
        try? connection.execute("PRAGMA busy_timeout = 0")
        try? connection.execute("PRAGMA journal_mode = DELETE")
    }

    /// Sets up a connection that writes, after SQLite's quick check of an existing file: the file's page
    /// size and WAL mode, then pending migrations, then the application id (only when it is not already set).
    private func prepareForWriting(isNew: Bool) throws {
        // A damaged file is not written to: writing could spread the damage, and recovering reads it as it is.
        if !isNew, try connection.rows("PRAGMA quick_check(1)").first?[0].string != "ok" {
            throw ArchiveError.damaged(path: path)
        }
        try connection.execute("PRAGMA foreign_keys = ON")
        // Big pages: a section's text (1–2 KB) that does not fit in what is left of a page starts a
        // new one, and the space left behind was 8 % of the text with 8 KB pages, 2 % with 32 KB.
        // It only takes on a new file.
        if isNew { try connection.execute("PRAGMA page_size = 32768") }
        // WAL while writers are open: readers do not wait behind them.
        if path != ":memory:" { try connection.execute("PRAGMA journal_mode = WAL") }
        try connection.execute("PRAGMA synchronous = NORMAL")
        try Self.migrator.migrate(connection)
        if try connection.firstRow("PRAGMA application_id")?[0].int != Int(Self.applicationID) {
            try connection.execute("PRAGMA application_id = \(Self.applicationID)")
        }
    }

    /// Refuses, for reading, an archive with migrations this program has and the file lacks (or none at all).
    private static func checkIsCurrent(_ connection: Connection, path: String) throws {
        let applied = try migrator.appliedIdentifiers(in: connection)
        let pending = try migrator.pendingMigrations(in: connection)
        if applied.isEmpty { throw ArchiveError.notAnArchive(path: path, reason: "it holds no archive yet") }
        if !pending.isEmpty {
            throw ArchiveError(
                .schemaTooOld,
                "Archive '\(path)' was written by an older news-archive (\(pending.count) upgrade\(pending.count == 1 ? "" : "s") to apply). Run 'news-archive upgrade' on it (with the same --db) once; reading commands never change the file."
            )
        }
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
