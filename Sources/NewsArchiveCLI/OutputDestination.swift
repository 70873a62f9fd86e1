import Foundation
import NewsArchive

/// A text stream over a file handle, buffered, written as UTF-8.
struct FileOutputStream: TextOutputStream {
    let handle: FileHandle
    private var buffer: [UInt8] = []

    init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(1 << 16)
    }

    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Standard output, or a file written beside its final name and renamed into place when complete, so an
/// interrupted export never leaves half a file under the name asked for.
///
/// An `--output` never replaces the archive being read (the same file by any path, or its `-wal`, `-shm`
/// or `-journal`), nor without `--force` any other SQLite database: a slip of the name would otherwise
/// turn an archive into a CSV file.
enum OutputDestination {
    /// Writes what `body` writes to `path` (standard output when nil), after checking that `path` is not
    /// the archive at `archivePath`.
    static func write(
        to path: String?, archivePath: String, force: Bool, _ body: (inout FileOutputStream) throws -> Void
    ) throws {
        guard let path else {
            var stream = FileOutputStream(handle: .standardOutput)
            try body(&stream)
            stream.flush()
            return
        }
        try checkTarget(path, archivePath: archivePath, force: force)
        let target = URL(fileURLWithPath: path)
        let partial = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(getpid()).partial").path
        let descriptor = open(partial, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw ArchiveError(
                .invalidInput, "Unable to write '\(path)': \(String(cString: strerror(errno))) (the folder must exist and be writable).")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            var stream = FileOutputStream(handle: handle)
            try body(&stream)
            stream.flush()
            guard fsync(descriptor) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            try handle.close()
            guard rename(partial, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            unlink(partial)
            if error is ArchiveError { throw error }
            throw ArchiveError(.invalidInput, "Unable to write '\(path)': \(error.localizedDescription)")
        }
    }

    /// Refuses an output that is the archive, one of its companion files, another SQLite database
    /// (unless `force`), a folder, or a device or pipe (which cannot be replaced by a rename).
    static func checkTarget(_ path: String, archivePath: String, force: Bool) throws {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let archive = URL(fileURLWithPath: archivePath).resolvingSymlinksInPath().path
        let companions = ["-wal", "-shm", "-journal"].map { archive + $0 }
        var target = stat()
        guard stat(path, &target) == 0 else {
            if companions.contains(resolved) { throw refusal(path, "it is a file of the archive '\(archivePath)'") }
            return
        }
        var archiveStatus = stat()
        if stat(archivePath, &archiveStatus) == 0, archiveStatus.st_dev == target.st_dev, archiveStatus.st_ino == target.st_ino {
            throw refusal(path, "it is the archive being read (--db '\(archivePath)')")
        }
        if companions.contains(resolved) { throw refusal(path, "it is a file of the archive '\(archivePath)'") }
        guard target.st_mode & S_IFMT == S_IFREG else {
            throw refusal(path, "it is not a regular file; write to standard output and redirect it instead")
        }
        if !force, let handle = FileHandle(forReadingAtPath: path) {
            defer { try? handle.close() }
            let header = (try? handle.read(upToCount: 16)) ?? Data()
            if header.elementsEqual(Array("SQLite format 3\0".utf8)) {
                throw refusal(path, "it is a SQLite database; pass --force to replace it")
            }
        }
    }

    private static func refusal(_ path: String, _ reason: String) -> ArchiveError {
        ArchiveError(.invalidInput, "Refusing to write '\(path)': \(reason). Nothing was written.")
    }
}
