import ArgumentParser
import NewsArchive
import NewsArchiveOutput

/// `news-archive show ID`
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print one stored article: its metadata, sections and what cleaning removed.")

    @ParentCommand var root: NewsArchiveCommand
    var global: GlobalOptions { root.global }
    @Argument(help: "The article id (as 'ingest' printed it, without the #).") var id: Int
    @Option(help: "Output: text or json.") var format: OutputFormat = .text
    @Flag(help: "Print the file as it was read, before cleaning, instead.") var original = false

    func run() throws {
        let store = try global.openStore(mode: .readOnly)
        if original {
            let text = try global.reportingUnderlyingErrors { try store.originalText(ofArticle: id) }
            switch format {
            case .json: JSONOutput.print(OriginalJSON(id: id, original: text))
            case .text: print(text, terminator: "")
            }
            return
        }
        let article = try global.reportingUnderlyingErrors { try store.article(id: id) }
        switch format {
        case .json: JSONOutput.print(article)
        case .text: print(Self.render(article))
        }
    }

    /// The date as read, and as written when that differs; "(not a date: …)" when it could not be read.
    static func published(_ article: ArticleDetail) -> String? {
        switch (article.published, article.publishedAsWritten) {
        case (let date?, let written?) where written != date: "\(date) (as written: \(written))"
        case (let date?, _): date
        case (nil, let written?): "unknown (\"\(written)\" is not a date it could read)"
        case (nil, nil): nil
        }
    }

    /// The article as readable text.
    static func render(_ article: ArticleDetail) -> String {
        var lines = ["# \(article.title)", ""]
        switch article.titleOrigin {
        case "derived": lines.insert("(the file has no title; this one is made from its name or first sentence)", at: 1)
        case "override": lines.insert("(title given with --title)", at: 1)
        default: break
        }
        let facts: [(String, String?)] = [
            ("Source", article.source), ("URL", article.url), ("Published", published(article)), ("By", article.byline),
            ("Tags", article.tags.isEmpty ? nil : article.tags.joined(separator: ", ")),
            ("Ingested", article.ingestedAt), ("Files", article.paths.isEmpty ? nil : article.paths.joined(separator: ", ")),
        ]
        for (label, value) in facts { if let value { lines.append("\(label): \(value)") } }
        if article.encoding != "utf-8" { lines.append("Encoding: \(article.encoding)") }
        for section in article.sections {
            lines.append("")
            if let headline = section.headline { lines += ["## \(headline)", ""] }
            lines.append(section.paragraphs.joined(separator: "\n\n"))
        }
        if !article.actors.isEmpty {
            lines += ["", "Actors:"]
            lines += article.actors.map { actor in
                let role = actor.role.map { ", \($0)" } ?? ""
                let references = actor.roleReferences.isEmpty
                    ? "" : "; referred to as " + actor.roleReferences.map { "\"\($0)\"" }.joined(separator: ", ")
                return "- \(actor.name) (\(actor.kind)\(role)): \(actor.mentions) mention\(actor.mentions == 1 ? "" : "s")\(references)"
            }
        }
        if !article.removed.isEmpty {
            lines += ["", "Removed by cleaning:"]
            lines += article.removed.map { "- \($0.reason): \($0.detail)" }
        }
        if !article.relatedLinks.isEmpty {
            lines += ["", "Related links (not part of the article):"]
            lines += article.relatedLinks.map { "- \($0)" }
        }
        return lines.joined(separator: "\n")
    }
}

/// `show --original --format json`: the article's id and the file as it was read.
struct OriginalJSON: Encodable {
    var id: Int
    var original: String
}
