import Foundation

/// An exclusive `flock` on the folder that holds an archive, taken while a process looks at the file and,
/// when it makes a new archive, until that archive is whole: two ingests started at once on a missing
/// file otherwise both made it, and one of them read a header the other had half written ("not a SQLite
/// database") or found it locked while switching it to WAL. A folder lock leaves no file behind, and the
/// kernel drops it when its process dies.
final class ArchiveCreationLock {
    private var descriptor: Int32

    /// Waits up to `timeout` for the lock on the folder of `path`; nil when the folder cannot be opened
    /// (then nothing is locked, as before).
    /// - throws: `ArchiveError.busy` when another process holds it longer.
    init?(folderOf path: String, timeout: Duration = .seconds(10)) throws {
        guard path != ":memory:" else { return nil }
        let folder = (path as NSString).deletingLastPathComponent
        descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let reason = errno
            if reason == EINTR { continue }
            guard reason == EWOULDBLOCK else {
                close(descriptor)
                return nil
            }
            guard clock.now < deadline else {
                close(descriptor)
                throw ArchiveError(
                    .busy, "Archive '\(path)' is busy: another process is creating it. Try again when it has finished.")
            }
            usleep(10_000)
        }
    }

    /// Lets other processes look at the file.
    func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)  // closing the last descriptor drops the flock
        descriptor = -1
    }

    deinit { release() }
}
