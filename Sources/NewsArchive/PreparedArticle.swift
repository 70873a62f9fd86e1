import Foundation
import NewsActors
import NewsIngest

/// An input read, decoded and parsed, ready to be written: all the work that needs no database.
struct PreparedArticle: Sendable {
    var contentHash: String
    var encoding: TextEncoding
    /// Each section's body (its paragraphs joined), made here rather than on the writer's thread.
    var sectionBodies: [String]
    /// The text as it was read (decoded), deflated against the article's own text.
    var original: OriginalText
    /// The parsed article without its texts (see `ParsedArticle.removeTexts`): the writer takes the
    /// sections' texts from `sectionBodies`.
    var article: ParsedArticle
    var title: String
    var titleOrigin: String
    var source: String?
    var url: String?
    /// ISO 8601 at its precision (`PublishedDate.iso8601`); nil when there is no date or it cannot be read.
    var published: String?
    /// The date as the file or `--published` wrote it.
    var publishedAsWritten: String?
    var byline: String?
    var notes: [String]
    /// People, organisations and places found in the article (empty when extraction is off).
    var actors: [PreparedActor]
    /// Names the article leaves unresolved, which the archive may know (see `ArchiveActorResolver`).
    var unresolvedNames: [UnresolvedName]
    /// The text's MinHash signature, to find its near-duplicates (nil when the text is too short, or
    /// the ingest does not look for them).
    var signature: MinHashSignature? = nil
    /// Where a file is, as a later run names it again: absolute, standardised, links resolved (nil
    /// for standard input). Made here: resolving links takes a system call per folder of the path.
    var fileIdentity: String? = nil

    /// Reads `input` (standard input's bytes are given, as only the caller's thread may read them) and
    /// turns it into an article, or a one-line reason naming the input. No database work.
    static func make(
        from input: IngestInput, overrides: IngestOverrides, extractActors: Bool, standardInput: [UInt8]? = nil,
        maxArticleSize: Int = ArchiveStore.defaultMaxArticleSize
    ) -> Result<PreparedArticle, PreparationFailure> {
        read(input, standardInput: standardInput, maxArticleSize: maxArticleSize).flatMap { bytes in
            make(
                bytes: bytes, displayPath: input.displayPath, overrides: overrides, extractActors: extractActors,
                findNearDuplicates: false, contentHash: SHA256.hexDigest(of: bytes), part: input.part
            ).map { $0.identified(as: input) }
        }
    }

    /// Reads input number `index` of an ingest, and prepares it unless `knownTexts` says that the
    /// archive or an earlier input has its text: then it is only hashed and decoded.
    static func prepare(
        _ input: IngestInput, index: Int, knownTexts: KnownTexts, overrides: IngestOverrides, extractActors: Bool,
        findNearDuplicates: Bool, standardInput: [UInt8]?, maxArticleSize: Int
    ) -> Result<Preparation, PreparationFailure> {
        read(input, standardInput: standardInput, maxArticleSize: maxArticleSize).flatMap { bytes in
            let contentHash = SHA256.hexDigest(of: bytes)
            if knownTexts.isKnown(contentHash, input: index), let decoded = try? ArticleTextDecoder.decode(bytes) {
                return .success(
                    .knownText(
                        KnownText(
                            bytes: bytes, contentHash: contentHash,
                            notes: notes(for: decoded.encoding) + (input.part?.notes ?? []) + dateNotes(for: input.part),
                            fileIdentity: identity(of: input))))
            }
            return make(
                bytes: bytes, displayPath: input.displayPath, overrides: overrides, extractActors: extractActors,
                findNearDuplicates: findNearDuplicates, contentHash: contentHash, part: input.part
            ).map { .article($0.identified(as: input)) }
        }
    }

    /// The bytes of `input`, or why they cannot be read: a file of more than `maxArticleSize` bytes
    /// is not read at all.
    private static func read(
        _ input: IngestInput, standardInput: [UInt8]?, maxArticleSize: Int
    ) -> Result<[UInt8], PreparationFailure> {
        switch input {
        case .part(let part):
            return part.read(maxArticleSize: maxArticleSize)
        case .url:
            return input.part!.read(maxArticleSize: maxArticleSize)  // a page fetched
        case .standardInput:
            guard let read = standardInput else {
                return .failure(PreparationFailure(message: "-: standard input could not be read"))
            }
            if read.count > maxArticleSize { return .failure(.tooLarge("-", size: read.count, limit: maxArticleSize)) }
            return .success(read)
        case .fileNamedInBytes(let path):
            let descriptor = withCPath(path) { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
            guard descriptor >= 0 else {
                return .failure(PreparationFailure(message: "\(input.displayPath): cannot be read (\(String(cString: strerror(errno))))"))
            }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            var status = stat()
            if fstat(descriptor, &status) == 0, Int(status.st_size) > maxArticleSize {
                return .failure(.tooLarge(input.displayPath, size: Int(status.st_size), limit: maxArticleSize))
            }
            guard let data = try? handle.readToEnd() else {
                return .failure(PreparationFailure(message: "\(input.displayPath): cannot be read"))
            }
            return .success(Array(data))
        case .file(let path):
            var status = stat()
            if stat(path, &status) == 0, Int(status.st_size) > maxArticleSize {
                return .failure(.tooLarge(input.displayPath, size: Int(status.st_size), limit: maxArticleSize))
            }
            do {
                return .success(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
            } catch {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                    return .failure(PreparationFailure(message: "\(input.displayPath): is a folder, not an article file"))
                }
                return .failure(PreparationFailure(message: "\(input.displayPath): cannot be read (\(reason(error)))"))
            }
        }
    }

    /// Where a file is, as `fileIdentity` keeps it; nil for standard input.
    static func identity(of input: IngestInput) -> String? {
        if case .fileNamedInBytes = input { return input.displayPath }
        if case .part(let part) = input { return part.identity }
        if case .url(let address) = input { return address }
        guard case .file(let path) = input else { return nil }
        return URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// This article, with the identity of the file it was read from.
    private func identified(as input: IngestInput) -> PreparedArticle {
        var prepared = self
        prepared.fileIdentity = Self.identity(of: input)
        return prepared
    }

    /// Why a file could not be read, in a few words ("no such file or directory").
    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case NSFileReadNoSuchFileError: return "no such file"
            case NSFileReadNoPermissionError: return "permission denied"
            default: break
            }
        }
        return nsError.localizedDescription
    }

    /// Takes the bytes of `displayPath` and turns them into an article, or a one-line reason it cannot be one.
    /// - parameter findNearDuplicates: make the text's `signature`.
    /// - parameter contentHash: the bytes' `SHA256.hexDigest`.
    /// - parameter part: the container's article these bytes are the page of: what the container says
    ///   of it wins over the page (and `overrides` over both).
    static func make(
        bytes: [UInt8], displayPath: String, overrides: IngestOverrides, extractActors: Bool, findNearDuplicates: Bool,
        contentHash: String, part: IngestPart? = nil
    ) -> Result<PreparedArticle, PreparationFailure> {
        let fileName = part != nil ? IngestPart.pageName : displayPath == "-" ? nil : Self.lastPathComponent(of: displayPath)
        var reading: ArticleFileReader.Reading
        do {
            reading = try ArticleFileReader.read(bytes, fileName: fileName)
        } catch {
            return .failure(PreparationFailure(message: "\(displayPath): \(error)"))
        }
        if let part { reading = part.applied(to: reading) }
        let decoded = reading.decoded
        var article = reading.article
        reading.article.sections = []  // `article` alone holds its sections: `removeTexts` empties them in place
        let metadata = article.metadata
        var notes = reading.notes
        let writtenDate = (overrides.published ?? metadata.published)?.trimmingCharacters(in: .whitespacesAndNewlines)
        var published: String?
        if let writtenDate {
            do {
                published = try PublishedDate(reading: writtenDate, order: overrides.dateOrder).iso8601
            } catch {
                notes.append("published date \(error): kept as written, not used as a date")
            }
        }
        let title = overrides.title ?? article.title
        let sectionBodies = article.sections.map(\.body)
        let found = extractActors ? ActorExtractor().extractAll(from: article) : ArticleActors(actors: [])
        let signature = findNearDuplicates ? MinHashSignature(text: article.body) : nil
        let dictionary = OriginalText.dictionary(
            sections: zip(article.sections, sectionBodies).map { ($0.headline, $1) })
        article.removeTexts()
        return .success(
            PreparedArticle(
                contentHash: contentHash,
                encoding: decoded.encoding,
                sectionBodies: sectionBodies,
                original: OriginalText(text: decoded.text, dictionary: dictionary),
                article: article,
                title: title,
                titleOrigin: overrides.title != nil ? "override" : Self.originName(article.titleOrigin),
                source: overrides.source ?? metadata.source,
                url: overrides.url ?? metadata.url,
                published: published,
                publishedAsWritten: writtenDate,
                byline: overrides.author ?? metadata.author,
                notes: notes,
                actors: found.actors.map(PreparedActor.init), unresolvedNames: found.unresolvedNames,
                signature: signature))
    }

    /// `(path as NSString).lastPathComponent` for a path that does not end in "/" (a file's), without
    /// the bridging to NSString, which took 17,000 instructions a call.
    static func lastPathComponent(of path: String) -> String {
        guard !path.hasSuffix("/"), let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else {
            return (path as NSString).lastPathComponent
        }
        return String(path[path.utf8.index(after: slash)...])
    }

    /// What the report says of how the text was read.
    static func notes(for encoding: TextEncoding) -> [String] { ArticleFileReader.notes(for: encoding) }

    /// The note on a date `part` gives that cannot be read, as `make` writes it, for an article not
    /// made again (its text is known).
    private static func dateNotes(for part: IngestPart?) -> [String] {
        guard let written = part?.published?.trimmingCharacters(in: .whitespacesAndNewlines) else { return [] }
        do {
            _ = try PublishedDate(reading: written)
            return []
        } catch {
            return ["published date \(error): kept as written, not used as a date"]
        }
    }

    private static func originName(_ origin: TitleOrigin) -> String {
        switch origin {
        case .metadata: "metadata"
        case .firstLine: "first_line"
        case .derived: "derived"
        }
    }
}

/// What preparing an input of an ingest gives its writer.
enum Preparation: Sendable {
    /// Parsed, with its actors: ready to be stored.
    case article(PreparedArticle)
    /// Text that the archive held when the ingest started, or that an earlier input has: read, hashed
    /// and decoded, not parsed. The writer finds the article that has it, or else prepares it after all.
    case knownText(KnownText)
}

/// An input whose text the archive probably has already (see `KnownTexts`).
struct KnownText: Sendable {
    var bytes: [UInt8]
    var contentHash: String
    var notes: [String]
    var fileIdentity: String?
}

/// Why an input could not become an article, as a one-line message naming it.
struct PreparationFailure: Error, Sendable {
    var message: String

    /// For an input of `size` bytes, more than `limit`.
    static func tooLarge(_ path: String, size: Int, limit: Int) -> PreparationFailure {
        // In bytes when megabytes to one decimal would show the same amount twice.
        let (size, limit) = amount(size) == amount(limit) ? ("\(size) bytes", "\(limit) bytes") : (amount(size), amount(limit))
        return PreparationFailure(
            message: "\(path): \(size), larger than the \(limit) an article may be (--max-article-size raises the limit)")
    }

    /// `bytes` in megabytes (10^6 bytes) to one decimal where that shows a difference ("5 MB", "8.1
    /// MB"), or in bytes under a megabyte.
    static func amount(_ bytes: Int) -> String {
        guard bytes >= 1_000_000 else { return "\(bytes) bytes" }
        let tenths = (bytes + 50_000) / 100_000
        return (tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)") + " MB"
    }
}

extension ParsedArticle {
    /// Empties the body and the paragraphs' and sentences' texts, keeping their positions and ranges:
    /// what a prepared article needs while it waits for the writer, and some 450 wait at a time (their
    /// texts, each a string of its own, took 12 MB of ingest's peak at 10k articles). In place: a copy
    /// of the article would copy its arrays too.
    mutating func removeTexts() {
        body = ""
        for section in sections.indices {
            for paragraph in sections[section].paragraphs.indices {
                sections[section].paragraphs[paragraph].text = ""
                for sentence in sections[section].paragraphs[paragraph].sentences.indices {
                    sections[section].paragraphs[paragraph].sentences[sentence].text = ""
                }
            }
        }
    }
}
