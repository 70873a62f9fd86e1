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

    /// Expands the paths a user typed: files as they are, folders recursively into their `.txt`, `.md`
    /// and extension-less files (sorted), `-` into standard input.
    ///
    /// Returns the inputs and, separately, a note for each file skipped and each path that does not exist.
    public static func expand(_ paths: [String]) -> (inputs: [IngestInput], skipped: [String], missing: [String]) {
        var inputs: [IngestInput] = []
        var skipped: [String] = []
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
            for shown in regularFiles(under: path) {
                if isArticleFileName((shown as NSString).lastPathComponent) {
                    found.append(shown)
                } else {
                    skipped.append(shown)
                }
            }
            inputs += found.sorted().map { .file(path: $0) }
        }
        return (inputs, skipped.sorted(), missing)
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

    /// Whether a file in a folder is taken as an article: `.txt`, `.md`, or no extension at all.
    static func isArticleFileName(_ name: String) -> Bool {
        let fileExtension = (name as NSString).pathExtension.lowercased()
        return fileExtension.isEmpty || fileExtension == "txt" || fileExtension == "md"
    }
}
