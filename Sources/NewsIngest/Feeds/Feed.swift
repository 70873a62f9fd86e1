/// An RSS 2.0, RSS 1.0 (RDF) or Atom feed read from a file: its items, and what was wrong with it.
///
/// ```swift
/// let feed = try FeedParser.parse(bytes)
/// for item in feed.items { print(item.title ?? "-", item.link ?? "-") }
/// ```
public struct Feed: Sendable, Equatable {
    /// The feed's own title (the channel's or the Atom feed's), which names the source.
    public var title: String?
    /// The items (RSS) or entries (Atom) that were read whole, in the order written.
    public var items: [FeedItem]
    /// Problems that did not stop the feed from being read, one sentence each ("the file ends inside
    /// item 8: the 7 items before it are kept").
    public var warnings: [String]
    /// How the feed's bytes were decoded.
    public var encoding: TextEncoding
}

/// One item of a feed, with the metadata the feed gives it and its content as HTML.
public struct FeedItem: Sendable, Equatable {
    public var title: String?
    /// The item's link (Atom: the `alternate` link), as written.
    public var link: String?
    /// The item's own identifier: `guid`, Atom `id` or RDF `rdf:about`.
    public var identifier: String?
    /// The publication date as written (`pubDate`, `dc:date`, Atom `published`, else `updated`).
    public var published: String?
    /// The author: `dc:creator`, `author` (RSS, its name when it reads `email (Name)`) or Atom `author/name`.
    public var author: String?
    /// The content as HTML: `content:encoded` or Atom `content`, else the summary (`description`, Atom
    /// `summary`), else nil.
    public var html: String?
    /// Whether `html` is only the feed's summary of the item (it gives no full text).
    public var isSummaryOnly: Bool

    /// A key that tells this item from the feed's others, and stays when the feed is fetched again:
    /// the identifier, else the link, else the title; nil when the item has none of them.
    public var key: String? {
        [identifier, link, title].lazy.compactMap { $0 }.first { !$0.isEmpty }
    }

    /// The item as a web page for `WebPageParser`: its title in `<title>`, its link, author and date in
    /// `<head>` as pages give them, its content in `<article>` under an `<h1>` of its title. Text is
    /// escaped; the content is the feed's HTML as it is. (So the page changes when any of them does.)
    public var page: String {
        let title = Self.escaped(self.title ?? "")
        var head = "<meta charset=\"utf-8\"><title>\(title)</title>"
        if let link { head += "\n<link rel=\"canonical\" href=\"\(Self.escaped(link))\">" }
        if let author { head += "\n<meta name=\"author\" content=\"\(Self.escaped(author))\">" }
        if let published { head += "\n<meta property=\"article:published_time\" content=\"\(Self.escaped(published))\">" }
        var page = "<!DOCTYPE html>\n<html><head>\(head)</head>\n<body><article>\n"
        if !title.isEmpty { page += "<h1>\(title)</h1>\n" }
        page += (html ?? "") + "\n</article></body></html>\n"
        return page
    }

    /// `text` with `&`, `<`, `>` and `"` written as entities.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}

/// Why a file could not be read as a feed.
public struct FeedError: Error, CustomStringConvertible, Sendable, Equatable {
    public var description: String
}
