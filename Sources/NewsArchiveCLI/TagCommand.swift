import ArgumentParser
import Foundation
import NewsArchive

/// `news-archive tag add|remove ID… NAME`
struct TagCommand: ParsableCommand {
    /// What to do with the tag.
    enum Action: String, ExpressibleByArgument, CaseIterable {
        case add, remove
    }

    static let configuration = CommandConfiguration(
        commandName: "tag", abstract: "Give articles a tag, or take it from them: tag add|remove ID… NAME.",
        discussion: "'search --tag NAME' finds passages in tagged articles; 'stats' counts each tag's articles.")

    @ParentCommand var root: NewsArchiveCommand
    var global: GlobalOptions { root.global }
    @Argument(help: "add or remove.") var action: Action
    @Argument(help: "Article ids (without the #), then the tag.") var values: [String] = []

    /// The ids and the tag, once `validate` has checked them.
    private var request: (ids: [Int], tag: String) {
        (values.dropLast().compactMap { Int($0.hasPrefix("#") ? String($0.dropFirst()) : $0) },
         values.last?.trimmingCharacters(in: .whitespaces) ?? "")
    }

    func validate() throws {
        guard values.count >= 2 else { throw ValidationError("Give one or more article ids, then the tag: tag \(action) 12 14 economy.") }
        if let bad = values.dropLast().first(where: { Int($0.hasPrefix("#") ? String($0.dropFirst()) : $0) == nil }) {
            throw ValidationError("'\(bad)' is not an article id; the tag comes last: tag \(action) 12 14 economy.")
        }
        if request.tag.isEmpty { throw ValidationError("The tag cannot be empty.") }
    }

    func run() throws {
        let store = try global.openStore(mode: .mustExist)
        let (ids, tag) = request
        let changed = try global.reportingUnderlyingErrors { try store.tag(ids, tag, adding: action == .add) }
        let verb = action == .add ? "tagged  " : "untagged"
        for id in Set(ids).sorted() {
            print(changed.contains(id) ? "\(verb)  #\(id) \(tag)" : "unchanged #\(id) \(action == .add ? "has" : "lacks") \(tag)")
        }
    }
}
