import Foundation

/// What the file named as the archive is, looked at before SQLite opens it: `stat` first, so a pipe or a
/// device is refused without opening it (opening a pipe blocks until something writes to it).
enum ArchiveFile {
    /// Checks the file at `path` for opening in `mode`; returns whether it is to be created (missing, or
    /// empty and opened for writing).
    /// - throws: `ArchiveError` naming the file and what to do.
    static func check(_ path: String, mode: ArchiveStore.OpenMode) throws -> Bool {
        if path == ":memory:" { return true }
        var status = stat()
        guard stat(path, &status) == 0 else {
            let reason = errno
            if reason == EACCES {
                throw ArchiveError(.cannotOpen, "Unable to open archive '\(path)': permission denied.")
            }
            if reason == ELOOP {
                throw ArchiveError(.cannotOpen, "Unable to open archive '\(path)': its symbolic links go round in a loop.")
            }
            if mode != .createIfMissing { throw ArchiveError.missingArchive(path: path) }
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
                throw ArchiveError(.cannotOpen, "Unable to create archive '\(path)': the folder '\(folder)' does not exist.")
            }
            return true
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR:
            throw ArchiveError(.cannotOpen, "Unable to open archive '\(path)': it is a folder. Pass --db with a file path.")
        default:
            throw ArchiveError(
                .cannotOpen, "Unable to open archive '\(path)': it is a pipe, socket or device, not a file. Pass --db with a file path.")
        }
        if status.st_size == 0 {
            // An empty file is an empty database: ingest makes it an archive; a read finds nothing to read.
            if mode == .readOnly { throw ArchiveError.notAnArchive(path: path, reason: "the file is empty") }
            return true
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ArchiveError(.cannotOpen, "Unable to open archive '\(path)': permission denied.")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        guard header.elementsEqual(Array("SQLite format 3\0".utf8)) else {
            throw ArchiveError.notAnArchive(path: path, reason: "the file is not a SQLite database")
        }
        return false
    }
}
