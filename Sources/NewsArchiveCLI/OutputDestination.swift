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

/// Standard output, or a file written beside its final name and moved into place when complete, so an
/// interrupted export never leaves half a file under the name asked for.
enum OutputDestination {
    static func write(to path: String?, _ body: (inout FileOutputStream) throws -> Void) throws {
        guard let path else {
            var stream = FileOutputStream(handle: .standardOutput)
            try body(&stream)
            stream.flush()
            return
        }
        let target = URL(fileURLWithPath: path)
        let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil),
            let handle = try? FileHandle(forWritingTo: partial)
        else {
            throw ArchiveError(.invalidInput, "Unable to write '\(path)': the folder does not exist or is not writable.")
        }
        do {
            var stream = FileOutputStream(handle: handle)
            try body(&stream)
            stream.flush()
            try handle.close()
            if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
            try FileManager.default.moveItem(at: partial, to: target)
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw ArchiveError(.invalidInput, "Unable to write '\(path)': \(error.localizedDescription)")
        }
    }
}
