import Foundation

/// One thing to ingest: a file, or standard input.
public enum IngestInput: Sendable, Equatable {
    case file(path: String)
    case standardInput

    /// The name shown to the user and recorded in results.
    public var displayPath: String {
        switch self {
        case .file(let path): path
        case .standardInput: "-"
        }
    }

    /// Expands the paths a user typed: files as they are, folders recursively into the files `selection`
    /// takes (sorted; by default `.txt`, `.md` and extension-less files but README and licence files),
    /// `-` into standard input.
    ///
    /// Returns the inputs and, separately, each file skipped with the reason and each path that does not exist.
    public static func expand(
        _ paths: [String], selection: InputSelection = InputSelection()
    ) -> (inputs: [IngestInput], skipped: [SkippedFile], missing: [String]) {
        var inputs: [IngestInput] = []
        var skipped: [SkippedFile] = []
        var missing: [String] = []
        let fileManager = FileManager.default
        for path in paths {
            if path == "-" {
                inputs.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(path)
                continue
            }
            guard isDirectory.boolValue else {
                inputs.append(.file(path: path))
                continue
            }
            var found: [String] = []
            let prefix = path.hasSuffix("/") ? path.count : path.count + 1
            for shown in regularFiles(under: path) {
                if let reason = selection.reasonToSkip(String(shown.dropFirst(prefix))) {
                    skipped.append(SkippedFile(path: shown, reason: reason))
                } else {
                    found.append(shown)
                }
            }
            inputs += found.sorted().map { .file(path: $0) }
        }
        return (inputs, skipped.sorted { $0.path < $1.path }, missing)
    }

    /// The regular files in `folder` and its subfolders, as `folder/…` paths, leaving out hidden names
    /// (a leading dot) and symbolic links inside it; `folder` itself may be a link.
    ///
    /// Read with `readdir`, not `FileManager`'s enumerator: to tell a regular file, that looked up each
    /// file's owner and group, reading /etc/passwd and /etc/group once per file (strace counted 67,000
    /// opens of them before the first of 100k files was read).
    static func regularFiles(under folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var files: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let path = (folder as NSString).appendingPathComponent(name)
            var type = Int(entry.pointee.d_type)
            if type == DT_UNKNOWN {  // file systems that do not give the type with the name
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                type = (status.st_mode & S_IFMT) == S_IFDIR ? DT_DIR : (status.st_mode & S_IFMT) == S_IFREG ? DT_REG : DT_UNKNOWN
            }
            if type == DT_DIR {
                files += regularFiles(under: path)
            } else if type == DT_REG {
                files.append(path)
            }
        }
        return files
    }
}

/// A file found in a folder and not read, with the reason ("not .txt, .md or extension-less").
public struct SkippedFile: Sendable, Equatable {
    public var path: String
    public var reason: String
}
