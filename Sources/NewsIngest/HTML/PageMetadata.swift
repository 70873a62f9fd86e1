import Foundation

/// What a web page says about its article, read from its `<meta>` tags, schema.org JSON-LD, `<link
/// rel="canonical">`, `<time>` elements, headings, the URL and visible datelines (elements whose class
/// or id says date, time, published or posted).
struct PageMetadata: Equatable {
    var title: String?
    var byline: String?
    /// As written on the page (`PublishedDate` reads it).
    var published: String?
    var url: String?
    var siteName: String?
    var language: String?
    /// JSON-LD `articleBody`: evidence of where the article is, not the article.
    var articleBody: String?

    init(page: HTMLDocument) {
        var meta: [String: String] = [:]
        var canonical: String?
        var htmlLanguage: String?
        var ld = LinkedData()
        var firstH1: String?
        var titleElement: String?
        var timeValue: String?
        var itempropDate: String?
        var itempropAuthor: String?
        var relAuthor: String?
        var datelines: [String] = []
        for index in page.nodes.indices {
            let node = page.nodes[index]
            if datelines.count < 5, !node.isText, let names = node.attribute("class") ?? node.attribute("id"),
                ["date", "time", "published", "posted"].contains(where: names.lowercased().contains)
            {
                let text = page.text(of: index)
                if text.count <= 80 { datelines.append(text) }
            }
            switch node.name {
            case "meta":
                guard let content = node.attribute("content")?.trimmed, !content.isEmpty else { break }
                for key in [node.attribute("property"), node.attribute("name"), node.attribute("itemprop"), node.attribute("http-equiv")] {
                    if let key = key?.lowercased(), meta[key] == nil { meta[key] = content }
                }
            case "link":
                if canonical == nil, node.attribute("rel")?.lowercased() == "canonical" { canonical = node.attribute("href") }
            case "html":
                if htmlLanguage == nil { htmlLanguage = node.attribute("lang") }
            case "script":
                if node.attribute("type")?.lowercased() == "application/ld+json" {
                    ld.read((index + 1..<node.end).map { page.nodes[$0].text }.joined())
                }
            case "h1":
                if firstH1 == nil { firstH1 = page.text(of: index) }
            case "title":
                if titleElement == nil, page.nodes.indices.contains(index + 1) {
                    titleElement = (index + 1..<node.end).map { page.nodes[$0].text }.joined().collapsedWhiteSpace
                }
            case "time":
                if timeValue == nil { timeValue = node.attribute("datetime") ?? page.text(of: index) }
            default:
                break
            }
            switch node.attribute("itemprop")?.lowercased() {
            case "datepublished":
                if itempropDate == nil { itempropDate = node.attribute("content") ?? node.attribute("datetime") ?? page.text(of: index) }
            case "author":
                if itempropAuthor == nil { itempropAuthor = page.text(of: index) }
            default:
                break
            }
            if relAuthor == nil, node.name == "a", node.attribute("rel")?.lowercased() == "author" { relAuthor = page.text(of: index) }
        }

        siteName = [meta["og:site_name"], ld.publisher, meta["application-name"]].firstUsable
        var title = [meta["og:title"], ld.headline, meta["twitter:title"], firstH1, titleElement].firstUsable
        if let siteName, let bare = title.map({ Self.removing(siteName: siteName, from: $0) }) { title = bare }
        if title == titleElement, let whole = title { title = Self.removingSiteSuffix(whole) }
        self.title = title
        byline = [ld.author, meta["author"], meta["article:author"], meta["dc.creator"], meta["byl"], itempropAuthor, relAuthor]
            .compactMap { $0.map(Self.cleanedByline) }.first { !$0.isEmpty && !$0.contains("://") }
        url = [canonical, meta["og:url"], ld.url].firstUsable
        published = [
            ld.datePublished, meta["article:published_time"], meta["og:published_time"], meta["datepublished"],
            meta["pubdate"], meta["publishdate"], meta["publish-date"], meta["parsely-pub-date"], meta["sailthru.date"],
            meta["dc.date.issued"], meta["dc.date"], meta["dcterms.created"], meta["date"], meta["article.published"],
            itempropDate, timeValue, url.flatMap(Self.dateInURL),
        ].compactMap { $0 }.first { (try? PublishedDate(reading: $0)) != nil }
            ?? datelines.lazy.compactMap(Self.date(inDateline:)).first
        language = [htmlLanguage, meta["content-language"], ld.language, meta["og:locale"]].firstUsable.map {
            String($0.replacingOccurrences(of: "_", with: "-").split(separator: ",")[0]).trimmed
        }
        articleBody = ld.articleBody
    }

    /// `title` without the site's name before or after a separator ("Budget agreed | The Paper").
    static func removing(siteName: String, from title: String) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", ": "] {
            let parts = title.components(separatedBy: separator)
            guard parts.count > 1 else { continue }
            if parts.last?.trimmed.lowercased() == siteName.lowercased() {
                return parts.dropLast().joined(separator: separator).trimmed
            }
            if parts.first?.trimmed.lowercased() == siteName.lowercased() {
                return parts.dropFirst().joined(separator: separator).trimmed
            }
        }
        return title
    }

    /// A `<title>`'s text without a short last part after ` | ` or ` - ` (the site's name, usually).
    static func removingSiteSuffix(_ title: String) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            let parts = title.components(separatedBy: separator)
            if parts.count > 1, let last = parts.last, last.count <= 30, parts.dropLast().joined().count > last.count {
                return parts.dropLast().joined(separator: separator).trimmed
            }
        }
        return title
    }

    /// A byline without a leading "By" and surrounding white space.
    static func cleanedByline(_ text: String) -> String {
        var text = text.collapsedWhiteSpace
        for prefix in ["By ", "by ", "BY "] where text.hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
        return text.trimmed
    }

    /// The date a visible dateline holds, words before or after it aside ("Posted on 15 March 2024 by
    /// Ann Lee" holds "15 March 2024"): the longest run of its words that `PublishedDate` reads.
    static func date(inDateline text: String) -> String? {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count <= 12 else { return nil }
        for length in stride(from: min(words.count, 6), through: 1, by: -1) {
            for start in 0...(words.count - length) {
                let candidate = words[start..<start + length].joined(separator: " ")
                guard candidate.contains(where: \.isNumber) else { continue }
                if (try? PublishedDate(reading: candidate)) != nil { return candidate }
            }
        }
        return nil
    }

    /// A date in a URL's path: `/2024/03/15/` or `/2024-03-15/`.
    static func dateInURL(_ url: String) -> String? {
        let parts = url.split { $0 == "/" || $0 == "-" || $0 == "_" || $0 == "." }
        for start in parts.indices.dropLast(2) {
            let (year, month, day) = (parts[start], parts[start + 1], parts[start + 2])
            guard year.count == 4, let yearValue = Int(year), (1990...2100).contains(yearValue), month.count == 2,
                let monthValue = Int(month), (1...12).contains(monthValue), day.count == 2, let dayValue = Int(day),
                (1...31).contains(dayValue)
            else { continue }
            return "\(year)-\(month)-\(day)"
        }
        return nil
    }
}

/// The article fields of a page's schema.org JSON-LD (`NewsArticle`, `BlogPosting` …, in `@graph`s too).
private struct LinkedData {
    var headline: String?
    var author: String?
    var datePublished: String?
    var url: String?
    var publisher: String?
    var language: String?
    var articleBody: String?

    /// Reads one `<script type="application/ld+json">`; text that is not JSON is ignored.
    mutating func read(_ json: String) {
        guard let data = json.data(using: .utf8),
            let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return }
        visit(value)
    }

    private mutating func visit(_ value: Any) {
        if let list = value as? [Any] {
            for item in list { visit(item) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        if let graph = object["@graph"] { visit(graph) }
        let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        guard types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" || $0 == "WebPage" })
        else { return }
        let isArticle = !types.contains("WebPage")
        func take(_ slot: inout String?, _ key: String) {
            if slot == nil, let text = Self.text(object[key]) { slot = text }
        }
        if isArticle {
            take(&headline, "headline")
            take(&datePublished, "datePublished")
            take(&articleBody, "articleBody")
            if author == nil { author = Self.names(object["author"]) }
            if publisher == nil { publisher = Self.names(object["publisher"]) }
        }
        take(&language, "inLanguage")
        if url == nil, isArticle { url = Self.text(object["url"]) ?? Self.text((object["mainEntityOfPage"] as? [String: Any])?["@id"]) }
    }

    private static func text(_ value: Any?) -> String? {
        (value as? String)?.trimmed.nonEmpty
    }

    /// A person's or organisation's name, or several joined by " and ".
    private static func names(_ value: Any?) -> String? {
        if let name = value as? String { return name.trimmed.nonEmpty }
        if let object = value as? [String: Any] { return text(object["name"]) }
        if let list = value as? [Any] {
            let all = list.compactMap { names($0) }
            return all.isEmpty ? nil : all.joined(separator: " and ")
        }
        return nil
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
    /// Runs of white space as single spaces, trimmed.
    fileprivate var collapsedWhiteSpace: String { split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}

extension [String?] {
    /// The first value that is not empty once trimmed.
    fileprivate var firstUsable: String? {
        lazy.compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }.first { !$0.isEmpty }
    }
}
