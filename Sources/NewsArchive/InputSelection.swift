import Foundation
import NewsIngest

/// Which files found in folders an ingest reads, and why it leaves the others: rg-style globs, and
/// the rule that a folder's README and licence files are not articles.
///
/// A glob holding a `/` is matched against the file's path inside the folder given (`*` crosses folders),
/// one without against its name. Files named on the command line are always read.
public struct InputSelection: Sendable, Equatable {
    /// `--glob`: with any glob not starting with `!`, only files matching one are read (whatever their
    /// extension); a glob starting with `!` leaves out the files it matches, as `--exclude` does.
    public var globs: [String]
    /// `--exclude`: files matching any of these are left out.
    public var excludes: [String]

    public init(globs: [String] = [], excludes: [String] = []) {
        self.globs = globs
        self.excludes = excludes
    }

    /// Why the file at `relativePath` (inside a folder given) is not read; nil when it is.
    public func reasonToSkip(_ relativePath: String) -> String? {
        let name = (relativePath as NSString).lastPathComponent
        let wanted = globs.filter { !$0.hasPrefix("!") }
        let unwanted = globs.filter { $0.hasPrefix("!") }.map { String($0.dropFirst()) } + excludes
        if let glob = unwanted.first(where: { Self.matches($0, relativePath) }) { return "excluded by '\(glob)'" }
        if !wanted.isEmpty {
            return wanted.contains { Self.matches($0, relativePath) } ? nil : "matches no --glob"
        }
        if !Self.isArticleFileName(name) { return "not .txt, .md, .html, .htm, a feed, a WARC or extension-less" }
        if Self.isDocumentationFileName(name) { return "a README or licence file, not an article" }
        return nil
    }

    /// Whether `glob` matches the file at `relativePath` (see the type's summary).
    static func matches(_ glob: String, _ relativePath: String) -> Bool {
        let subject = glob.contains("/") ? relativePath : (relativePath as NSString).lastPathComponent
        let pattern = glob.hasPrefix("/") ? String(glob.dropFirst()) : glob
        return fnmatch(pattern.replacingOccurrences(of: "**/", with: "*"), subject, 0) == 0
    }

    /// Whether a file in a folder is taken as an article: `.txt`, `.md`, a web page (`.html`, `.htm`, and
    /// those gzipped, `.html.gz`), a feed (`.rss`, `.atom`, `.xml`: see `FolderWalk.reasonToSkipXML`), a web archive
    /// (`.warc`, `.warc.gz`), or
    /// no extension at all.
    static func isArticleFileName(_ name: String) -> Bool {
        if ContainerKind.isWARC(name: name) { return true }
        if name.lowercased().hasSuffix(".gz") {
            return WebPageParser.fileExtensions.contains((String(name.dropLast(3)) as NSString).pathExtension.lowercased())
        }
        let fileExtension = (name as NSString).pathExtension.lowercased()
        return fileExtension.isEmpty || fileExtension == "txt" || fileExtension == "md"
            || WebPageParser.fileExtensions.contains(fileExtension) || FeedParser.fileExtensions.contains(fileExtension)
    }

    /// Whether a file's name says it documents its folder: a word of it is README, LICENSE, LICENCE or
    /// COPYING, in any case (`README.md`, `ORIGINAL_README.TXT`, `LICENSE-MIT`).
    static func isDocumentationFileName(_ name: String) -> Bool {
        let words = (name as NSString).deletingPathExtension.uppercased().split { !$0.isLetter }
        return words.contains { ["README", "LICENSE", "LICENCE", "COPYING"].contains($0) }
    }
}
