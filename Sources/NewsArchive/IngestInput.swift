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
            // A symbolic link to a folder is followed (the enumerator would list the link alone).
            let folder = URL(fileURLWithPath: path, isDirectory: true).resolvingSymlinksInPath()
            let enumerator = fileManager.enumerator(
                at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            var found: [String] = []
            while let url = enumerator?.nextObject() as? URL {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let relative = String(url.path.dropFirst(folder.path.count).drop(while: { $0 == "/" }))
                let shown = (path as NSString).appendingPathComponent(relative)
                if isArticleFileName(url.lastPathComponent) {
                    found.append(shown)
                } else {
                    skipped.append(shown)
                }
            }
            inputs += found.sorted().map { .file(path: $0) }
        }
        return (inputs, skipped.sorted(), missing)
    }

    /// Whether a file in a folder is taken as an article: `.txt`, `.md`, or no extension at all.
    static func isArticleFileName(_ name: String) -> Bool {
        let fileExtension = (name as NSString).pathExtension.lowercased()
        return fileExtension.isEmpty || fileExtension == "txt" || fileExtension == "md"
    }
}
