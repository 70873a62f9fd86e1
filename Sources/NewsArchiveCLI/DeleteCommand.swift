import ArgumentParser
import NewsArchive

/// `news-archive delete ID…` or `news-archive delete --path FILE…`
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Remove articles whole: their text, files, tags and mentions.",
        discussion: "All or nothing: an id or path that names no article changes nothing.")

    @ParentCommand var root: NewsArchiveCommand
    var global: GlobalOptions { root.global }
    @Argument(help: "Article ids (as 'ingest' printed them, without the #).") var ids: [Int] = []
    @Option(
        name: .customLong("path"),
        help: "A file the article was ingested from (a feed or web archive: all its articles; or a URL) (repeatable).",
        completion: .file())
    var paths: [String] = []

    func validate() throws {
        if ids.isEmpty && paths.isEmpty { throw ValidationError("Give the ids of the articles to delete, or --path FILE.") }
    }

    func run() throws {
        let store = try global.openStore(mode: .mustExist)
        let deleted = try global.reportingUnderlyingErrors {
            let all = ids + (try store.articleIDs(ingestedFrom: paths))
            try store.deleteArticles(all)
            return all
        }
        for id in Set(deleted).sorted() { print("deleted   #\(id)") }
    }
}
