import Foundation
import NewsIngest

/// One thing to ingest: a file, or standard input.
public enum IngestInput: Sendable, Equatable {
    case file(path: String)
    /// A file whose path is not valid UTF-8, by its bytes (read through them, shown escaped).
    case fileNamedInBytes(path: [UInt8])
    case standardInput
    /// One article of a file that holds many (a feed's item; see `openingContainers`). Indirect: an
    /// `IngestPart` takes some 170 bytes, which every input took with it, 17 MB for 100,000 files.
    indirect case part(IngestPart)
    /// A web page to fetch (`http://` or `https://`).
    case url(String)

    /// The name shown to the user and recorded in results: control characters and bytes that are not
    /// UTF-8 escaped (`\n`, `\x1B`, `\xFF`), so that a report line stays one line and prints no escape
    /// sequence.
    public var displayPath: String {
        switch self {
        case .file(let path): ShownName(path).text
        case .fileNamedInBytes(let path): ShownName(bytes: path).text
        case .standardInput: "-"
        case .part(let part): part.displayPath
        case .url(let address): ShownName(address).text
        }
    }

    /// Expands the paths a user typed: files as they are, folders recursively into the files `selection`
    /// takes (sorted; by default `.txt`, `.md`, web pages, feeds, web archives and extension-less files
    /// but README and licence files), `-` into standard input, `http://` and `https://` addresses into
    /// pages to fetch.
    ///
    /// Returns the inputs and, separately, each file skipped with the reason (a symbolic link inside a
    /// folder is skipped, not followed) and each path that cannot be read with the reason (missing, a
    /// folder that cannot be listed, a pipe or a device, a loop of links).
    public static func expand(
        _ paths: [String], selection: InputSelection = InputSelection()
    ) -> (inputs: [IngestInput], skipped: [SkippedFile], failed: [SkippedFile]) {
        var inputs: [IngestInput] = []
        var walk = FolderWalk()
        for path in paths {
            if path == "-" {
                inputs.append(.standardInput)
                continue
            }
            if isWebAddress(path) {
                inputs.append(.url(path))
                continue
            }
            var status = stat()
            guard stat(path, &status) == 0 else {
                let reason = errno == ENOENT ? "no such file or folder" : String(cString: strerror(errno))
                walk.failed.append(SkippedFile(path: ShownName(path).text, reason: reason))
                continue
            }
            switch status.st_mode & S_IFMT {
            case S_IFREG: inputs.append(.file(path: path))
            case S_IFDIR:
                let found = walk.files(under: Array(path.utf8), prefixLength: path.hasSuffix("/") ? path.utf8.count : path.utf8.count + 1, selection: selection)
                // Each display path made once, not at every comparison (it escapes the name's bytes).
                inputs += found.map { ($0.displayPath, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
            default: walk.failed.append(SkippedFile(path: ShownName(path).text, reason: FolderWalk.notAFile))
            }
        }
        return (inputs, walk.skipped.sorted { $0.path < $1.path }, walk.failed)
    }

    /// Whether `path` is a web address to fetch rather than a file: it starts with `http://` or
    /// `https://` (in any case).
    public static func isWebAddress(_ path: String) -> Bool {
        let lowercased = path.prefix(8).lowercased()
        return lowercased.hasPrefix("http://") || lowercased.hasPrefix("https://")
    }
}

/// Lists a folder tree through the bytes of its names, with a reason for everything it does not take.
///
/// Read with `readdir`, not `FileManager`'s enumerator: to tell a regular file, that looked up each
/// file's owner and group, reading /etc/passwd and /etc/group once per file (strace counted 67,000
/// opens of them before the first of 100k files was read).
struct FolderWalk {
    var skipped: [SkippedFile] = []
    var failed: [SkippedFile] = []

    static let notAFile = "a pipe, socket or device, not a file: not read"

    /// The regular files in `folder` and its subfolders, leaving out hidden names (a leading dot);
    /// `folder` itself may be a link, links inside it are skipped.
    mutating func files(under folder: [UInt8], prefixLength: Int, selection: InputSelection) -> [IngestInput] {
        guard let directory = withCPath(folder, { opendir($0) }) else {
            failed.append(SkippedFile(path: ShownName(bytes: folder).text, reason: "the folder cannot be read (\(String(cString: strerror(errno))))"))
            return []
        }
        defer { closedir(directory) }
        var files: [IngestInput] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard name.first != UInt8(ascii: ".") else { continue }
            let path = folder.last == UInt8(ascii: "/") ? folder + name : folder + [UInt8(ascii: "/")] + name
            var type = Int(entry.pointee.d_type)
            if type == DT_UNKNOWN {  // file systems that do not give the type with the name
                var status = stat()
                guard withCPath(path, { lstat($0, &status) }) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR: type = DT_DIR
                case S_IFREG: type = DT_REG
                case S_IFLNK: type = DT_LNK
                default: type = DT_FIFO
                }
            }
            let shown = ShownName(bytes: path).text
            switch type {
            case DT_DIR: files += self.files(under: path, prefixLength: prefixLength, selection: selection)
            case DT_REG:
                let input: IngestInput = String(validating: path, as: UTF8.self).map { .file(path: $0) } ?? .fileNamedInBytes(path: path)
                if let reason = selection.reasonToSkip(String(ShownName(bytes: Array(path.dropFirst(prefixLength))).text)) {
                    skipped.append(SkippedFile(path: shown, reason: reason))
                } else if let reason = Self.reasonToSkipXML(path) {
                    skipped.append(SkippedFile(path: shown, reason: reason))
                } else {
                    files.append(input)
                }
            case DT_LNK: skipped.append(SkippedFile(path: shown, reason: "a symbolic link: links inside a folder are not followed"))
            default: failed.append(SkippedFile(path: shown, reason: Self.notAFile))
            }
        }
        return files
    }
}

extension FolderWalk {
    /// Why the `.xml` file at `path` is not read: it is not a feed (its first element is not `<rss>`,
    /// `<feed>` or `<rdf:RDF>`); nil for a feed or a file of another name.
    static func reasonToSkipXML(_ path: [UInt8]) -> String? {
        guard path.count > 4, String(decoding: path.suffix(4), as: UTF8.self).lowercased() == ".xml" else { return nil }
        let descriptor = withCPath(path) { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard descriptor >= 0 else { return nil }  // reading it will say why it cannot be read
        defer { close(descriptor) }
        var head = [UInt8](repeating: 0, count: ContainerKind.sniffLength)
        let count = head.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        return FeedParser.isFeed(Array(head.prefix(max(0, count)))) ? nil : "an XML file that is not an RSS or Atom feed"
    }
}

/// Runs `body` with `path` as a C string (its bytes and a NUL).
func withCPath<T>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
    (path.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { body($0.baseAddress!) }
}

/// A file or path not read, with the reason ("not .txt, .md, .html, .htm or extension-less", "no such file or folder").
public struct SkippedFile: Sendable, Equatable {
    public var path: String
    public var reason: String
}
