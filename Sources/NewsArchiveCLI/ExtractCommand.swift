import ArgumentParser
import Foundation
import NewsArchive
import NewsArchiveOutput
import NewsIngest

/// `news-archive extract PATH…`: what ingest would store of each file, without an archive.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print what would be stored of saved pages or text files (article text and metadata), without an archive.",
        discussion: """
            Web pages (.html, .htm, .html.gz, or a file opening with <!doctype html>) give their article's main \
            text, title, byline, date, URL, site and language; text files are read as ingest reads them; a feed \
            or web archive gives each of its items or pages, a web address the page fetched. JSON is one object for \
            one path that holds one article and a list otherwise.
            """)

    @Argument(help: "Files or web addresses to read ('-' for standard input).", completion: .file()) var paths: [String]
    @Option(help: "Output: text or json.") var format: OutputFormat = .text

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one file to extract.") }
    }

    func run() throws {
        var extracted: [(name: String, article: ExtractedArticle)] = []
        let inputs: [IngestInput] = paths.map {
            $0 == "-" ? .standardInput : IngestInput.isWebAddress($0) ? .url($0) : .file(path: $0)
        }
        // A feed gives its items, a web archive its pages, each an article of its own.
        let (opened, notes, failed) = IngestInput.openingContainers(inputs)
        if let failure = failed.first { throw ExtractError(message: "\(failure.path): \(failure.reason)") }
        for note in notes where note.isWarning { StandardError.write("warning   \(note.path): \(note.message)") }
        for input in opened {
            if let part = input.part {
                do {
                    extracted.append((input.displayPath, ExtractedArticle(try part.reading().article)))
                } catch {
                    throw ExtractError(message: "\(error)")  // it names the article
                }
                continue
            }
            let path = input.displayPath
            let bytes: [UInt8]
            if case .file(let file) = input {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw ExtractError(message: "\(path): cannot be read (no such file, a folder, or not permitted)")
                }
                bytes = Array(data)
            } else {
                bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
            }
            do {
                let reading = try ArticleFileReader.read(bytes, fileName: path == "-" ? nil : path)
                extracted.append((path, ExtractedArticle(reading.article)))
            } catch {
                throw ExtractError(message: "\(path): \(error)")
            }
        }
        switch format {
        case .json:
            if extracted.count == 1 && opened.count == inputs.count {
                JSONOutput.print(extracted[0].article)
            } else {
                JSONOutput.print(extracted.map(\.article))
            }
        case .text:
            let shown = extracted.map { name, article in
                (extracted.count > 1 ? "==> \(name) <==\n" : "") + article.rendered
            }
            print(shown.joined(separator: "\n\n"))
        }
    }
}

/// A failed read, as a one-line message naming the file.
struct ExtractError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// What `extract` prints of one article.
struct ExtractedArticle: Encodable {
    struct SectionJSON: Encodable {
        @NullEncoded var headline: String?
        var body: String
    }

    struct RemovedJSON: Encodable {
        var reason: String
        var detail: String
        var text: String
    }

    var title: String
    @NullEncoded var byline: String?
    /// ISO 8601 when the date could be read, else as written.
    @NullEncoded var published: String?
    @NullEncoded var url: String?
    @NullEncoded var source: String?
    @NullEncoded var language: String?
    /// The cleaned article as stored, without the title.
    var text: String
    var sections: [SectionJSON]
    var removed: [RemovedJSON]

    init(_ article: ParsedArticle) {
        let metadata = article.metadata
        title = article.title
        byline = metadata.author
        published = metadata.published.map { written in (try? PublishedDate(reading: written).iso8601) ?? written }
        url = metadata.url
        source = metadata.source
        language = metadata.language
        text = article.body
        sections = article.sections.map { SectionJSON(headline: $0.headline, body: $0.body) }
        removed = article.removed.map { RemovedJSON(reason: $0.reason.rawValue, detail: $0.detail, text: $0.text) }
    }

    /// As text: `Key: value` lines, a blank line, the article.
    var rendered: String {
        let facts: [(String, String?)] = [
            ("Title", title), ("By", byline), ("Published", published), ("URL", url), ("Source", source), ("Language", language),
        ]
        let header = facts.compactMap { label, value in value.map { "\(label): \($0)" } }
        return (header + ["", text]).joined(separator: "\n")
    }
}
