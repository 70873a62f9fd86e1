import NewsSQLite

/// A failure a user can act on: what went wrong with which input, in one line.
public struct ArchiveError: Error, CustomStringConvertible, Sendable {
    public enum Code: String, Sendable {
        case cannotOpen, notAnArchive, missingArchive, schemaTooNew, schemaTooOld, fts5Unavailable, busy
        case unreadableInput, invalidInput, invalidSearchQuery, notFound, corrupt, storage
    }

    public var code: Code
    /// The one-line message shown to the user.
    public var message: String
    /// The SQLite error behind it, if any (shown with --verbose).
    public var underlying: SQLiteError?

    public init(_ code: Code, _ message: String, underlying: SQLiteError? = nil) {
        self.code = code
        self.message = message
        self.underlying = underlying
    }

    public var description: String { message }

    static func notAnArchive(path: String, reason: String) -> ArchiveError {
        ArchiveError(
            .notAnArchive,
            "Unable to open archive '\(path)': \(reason). Pass --db with a file created by 'news-archive ingest'; the file was not changed."
        )
    }

    static func missingArchive(path: String) -> ArchiveError {
        ArchiveError(
            .missingArchive,
            "No archive at '\(path)'. Create one with 'news-archive ingest FILE…', or pass --db (or set NEWSARCHIVE_DB) to an existing archive."
        )
    }

    /// The archive at `path` is damaged: nothing is written to it, and the way out is to recover what
    /// can be read into a new file.
    static func damaged(path: String, underlying: SQLiteError? = nil) -> ArchiveError {
        let shown = "'" + path.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
        return ArchiveError(
            .corrupt,
            "Archive '\(path)' is damaged; nothing was written to it. Copy what can be read into a new archive with: sqlite3 \(shown) .recover | sqlite3 recovered.sqlite",
            underlying: underlying)
    }

    /// Wraps a SQLite error met while working on `path`.
    static func storage(_ error: SQLiteError, path: String) -> ArchiveError {
        if error.isBusy {
            return ArchiveError(
                .busy, "Archive '\(path)' is busy: another process is writing to it. Try again when it has finished.",
                underlying: error)
        }
        if error.isCorrupt {
            return .damaged(path: path, underlying: error)
        }
        if error.isNotADatabase {
            return .notAnArchive(path: path, reason: "the file is not a SQLite database")
        }
        if error.isReadOnly {
            return ArchiveError(
                .cannotOpen,
                "Archive '\(path)' cannot be written: this user may only read it (the file, or its folder, is read-only); nothing was changed.",
                underlying: error)
        }
        return ArchiveError(.storage, "Archive '\(path)': \(error.message)", underlying: error)
    }
}
