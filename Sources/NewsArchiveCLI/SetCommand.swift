import ArgumentParser
import Foundation
import NewsArchive
import NewsIngest

/// `news-archive set ID --title … --source … --url … --published … --author …`
struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Change one article's title, source, URL, published date or author.",
        discussion: "The new values are kept if the file is ingested again unchanged; an edited file brings its own.")

    @ParentCommand var root: NewsArchiveCommand
    var global: GlobalOptions { root.global }
    @Argument(help: "The article id (as 'ingest' printed it, without the #).") var id: Int
    @Option(help: "The title.") var title: String?
    @Option(help: "The source (publication), e.g. \"BBC News\".") var source: String?
    @Option(help: "The article's URL.") var url: String?
    @Option(help: "The publication date, e.g. 2025-08-14, \"14 August 2025\" or 2025-08.") var published: String?
    @Option(help: "How to read an all-numeric --published such as 03/04/2005: dmy or mdy.") var dateOrder: DateOrder?
    @Option(help: "The author (the byline).") var author: String?

    func validate() throws {
        if [title, source, url, published, author].allSatisfy({ $0 == nil }) {
            throw ValidationError("Give at least one of --title, --source, --url, --published or --author.")
        }
        if let published {
            do {
                _ = try PublishedDate(reading: published, order: dateOrder)
            } catch {
                throw ValidationError("--published: \(error); write it as YYYY-MM-DD, for example.")
            }
        }
        if title?.trimmingCharacters(in: .whitespaces).isEmpty == true { throw ValidationError("--title cannot be empty.") }
    }

    func run() throws {
        let store = try global.openStore(mode: .mustExist)
        let overrides = IngestOverrides(
            title: title, source: source, url: url, author: author, published: published, dateOrder: dateOrder)
        let changed = try global.reportingUnderlyingErrors { try store.setMetadata(ofArticle: id, to: overrides) }
        print(changed ? "updated   #\(id)" : "unchanged #\(id)")
    }
}
