import Foundation
import NewsArchive
import NewsArchiveOutput
import NewsIngest
import NewsQuery

/// What the site sends back for one request: a status, the body and its type, and any other headers.
public struct WebResponse: Sendable, Equatable {
    public var status: Int
    public var contentType: String
    public var body: String
    /// Headers besides the type and the security headers every response carries (`Content-Disposition`).
    public var headers: [String: String] = [:]

    /// A page as HTML.
    init(_ page: Page, links: SiteLinks, query: String = "") {
        status = page.status
        contentType = "text/html; charset=utf-8"
        body = page.document(links: links, query: query)
    }

    init(status: Int = 200, contentType: String, body: String, headers: [String: String] = [:]) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.headers = headers
    }

    /// A CSV download named `filename`, of the rows `write` writes.
    static func csv(named filename: String, _ write: (inout CSVWriter<String>) throws -> Void) rethrows -> WebResponse {
        var writer = CSVWriter(to: "")
        try write(&writer)
        return WebResponse(
            contentType: "text/csv; charset=utf-8", body: writer.output,
            headers: ["Content-Disposition": "attachment; filename=\"\(filename)\""])
    }

    /// `value` as the commands print it with `--format json`.
    static func json(_ value: some Encodable) -> WebResponse {
        var text = ""
        JSONOutput.write(value, to: &text)
        return WebResponse(contentType: "application/json; charset=utf-8", body: text)
    }

    /// The headers every response carries: the Content-Security-Policy and its companions.
    public static let securityHeaders: [(name: String, value: String)] = [
        ("Content-Security-Policy", Page.contentSecurityPolicy),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("Cache-Control", "no-store"),
    ]
}

/// A request's parameter that cannot be read: a 400 page saying which and why.
struct BadParameter: Error {
    var message: String
}

/// The web app over one archive: each request opens the archive read-only, answers, and closes it
/// (`ArchiveStore` is not `Sendable`, and a connection per request never sees a half-written ingest).
///
/// Routes: `/` (the search box), `/search?q=…` (filters `since`, `until`, `source`, `tag`, `actor`;
/// `limit`, `offset`; `format=csv|json` for what `search --format csv|json` prints), `/articles/ID`,
/// `/actors/ID` (`format=csv`: its mentions as `actors mentions '#ID' --format csv` writes them),
/// `/trend?q=…` or `?actor=…` (several of either; `by`, the filters; `format=csv|json|svg`).
public struct ArchiveSite: Sendable {
    /// The archive file.
    public var archivePath: String
    /// The token every request must carry, or nil when none is needed.
    public var token: String?

    public init(archivePath: String, token: String?) {
        self.archivePath = archivePath
        self.token = token
    }

    /// The response to a GET of `path` with `query` (the URL's part after `?`), given the request's
    /// `Authorization` header.
    public func respond(path: String, query: String?, authorization: String?) -> WebResponse {
        let parameters = QueryParameters(query: query)
        if path == "/style.css" { return WebResponse(contentType: "text/css; charset=utf-8", body: Page.stylesheet) }
        let links = SiteLinks(token: parameters["token"].flatMap { isToken($0) ? $0 : nil })
        if let token, !isAuthorized(parameters: parameters, authorization: authorization, token: token) {
            return WebResponse(
                Page.problem(
                    status: 401,
                    message: "This archive needs its token: send 'Authorization: Bearer TOKEN' or add ?token=TOKEN to the address."),
                links: SiteLinks(token: nil))
        }
        do {
            let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            switch (parts.first, parts.count) {
            case (nil, _): return WebResponse(homePage(), links: links)
            case ("search", 1): return try search(parameters, links: links)
            case ("trend", 1): return try trend(parameters, links: links)
            case ("articles", 2): return try article(id: try Self.identifier(parts[1], of: "article"), links: links)
            case ("actors", 2): return try actor(id: try Self.identifier(parts[1], of: "actor"), parameters, links: links)
            default: return WebResponse(Page.problem(status: 404, message: "No page at '\(path)'."), links: links)
            }
        } catch let error as BadParameter {
            return WebResponse(Page.problem(status: 400, message: error.message), links: links)
        } catch let error as ArchiveError {
            let status = switch error.code {
            case .notFound: 404
            case .invalidInput, .invalidSearchQuery: 400
            case .busy: 503
            default: 500
            }
            return WebResponse(Page.problem(status: status, message: error.message), links: links)
        } catch {
            return WebResponse(Page.problem(status: 500, message: "\(error)"), links: links)
        }
    }

    // MARK: - Access

    private func isToken(_ given: String) -> Bool {
        guard let token else { return false }
        // Compared in time that depends on the lengths only, not on where they first differ.
        let expected = Array(token.utf8)
        let actual = Array(given.utf8)
        var difference = expected.count ^ actual.count
        for index in expected.indices { difference |= Int(expected[index] ^ (index < actual.count ? actual[index] : 0)) }
        return difference == 0
    }

    private func isAuthorized(parameters: QueryParameters, authorization: String?, token: String) -> Bool {
        if let given = parameters["token"], isToken(given) { return true }
        guard let authorization, authorization.lowercased().hasPrefix("bearer ") else { return false }
        return isToken(String(authorization.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces))
    }

    private func openStore() throws -> ArchiveStore { try ArchiveStore(path: archivePath, mode: .readOnly) }

    // MARK: - Pages

    private func homePage() -> Page {
        let examples = ["which leaders backed a European-led force", "\"security guarantees\""]
        return Page(
            title: "Search",
            body: Markup.element("h1", text: "Search the archive")
                + Markup.element(
                    "p", text: "Plain language, as 'news-archive search' reads it: \"quoted phrases\", a trailing * for prefixes, -word to exclude, OR; questions (who, which leaders…) get answers with evidence.")
                + Markup.element("p", ["class": "meta"], text: "For example: " + examples.joined(separator: " · ")))
    }

    private func search(_ parameters: QueryParameters, links: SiteLinks) throws -> WebResponse {
        // Filters alone (a tag's link from an article page) list what they keep, as 'search --tag T' does.
        let query = parameters.nonEmpty("q") ?? ""
        guard !query.isEmpty || SearchPage.filterNames.contains(where: { parameters.nonEmpty($0.name) != nil }) else {
            return WebResponse(homePage(), links: links)
        }
        let format = try Self.format(parameters, allowed: ["html", "csv", "json"])
        let limit = try Self.count(parameters, "limit", minimum: 1)
        let offset = try Self.count(parameters, "offset", minimum: 0) ?? 0
        let options = try Self.filtered(
            SearchOptions(actor: parameters.nonEmpty("actor"), limit: limit ?? (format == "csv" ? nil : 20), offset: offset), parameters)
        let store = try openStore()
        let results = try store.search(query, options: options)
        switch format {
        case "csv": return .csv(named: "search.csv") { SearchRendering.writeHitRows(results, to: &$0) }
        case "json": return .json(results)
        default:
            var actorIDs: [String: Int] = [:]
            for answer in results.answers.prefix(10) {
                actorIDs[answer.name] = try? store.actor(named: answer.name).id
            }
            let page = SearchPage(results: results, parameters: parameters, offset: offset, limit: options.limit ?? 20, actorIDs: actorIDs)
            return WebResponse(page.page(links: links), links: links, query: query)
        }
    }

    private func article(id: Int, links: SiteLinks) throws -> WebResponse {
        let store = try openStore()
        let detail = try store.article(id: id)
        var actorIDs: [ArticlePage.ActorName: Int] = [:]
        for actor in try store.actorIDs(inArticle: id) { actorIDs[ArticlePage.ActorName(name: actor.name, kind: actor.kind)] = actor.id }
        let page = ArticlePage(article: detail, mentions: try store.mentionSpans(inArticle: id), actorIDs: actorIDs)
        return WebResponse(page.page(links: links), links: links)
    }

    /// How many of an actor's latest mentions its page shows.
    static let latestMentionCount = 20
    /// In how many of an actor's latest articles its page counts the actors in the same sentences.
    static let neighbourArticleCount = 500

    private func actor(id: Int, _ parameters: QueryParameters, links: SiteLinks) throws -> WebResponse {
        let format = try Self.format(parameters, allowed: ["html", "csv"])
        let store = try openStore()
        let summary = try store.actor(id: id)
        if format == "csv" {
            let actor = try store.actor(named: "#\(id)")
            return try .csv(named: "actor-\(id)-mentions.csv") { writer in
                writer.write(ActorRendering.mentionHeader)
                try store.forEachMention(ofActor: id) { writer.write(ActorRendering.mentionRow($0, actor: actor)) }
            }
        }
        let page = ActorPage(
            actor: summary, trend: try store.trend(of: [.actor("#\(id)")]), neighbours: try store.coMentionedActors(of: id, inLatestArticles: Self.neighbourArticleCount),
            neighbourArticles: Self.neighbourArticleCount,
            latestMentions: try store.latestMentions(ofActor: id, limit: Self.latestMentionCount))
        return WebResponse(page.page(links: links), links: links)
    }

    private func trend(_ parameters: QueryParameters, links: SiteLinks) throws -> WebResponse {
        let format = try Self.format(parameters, allowed: ["html", "csv", "json", "svg"])
        let subjects = parameters.all("q").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(TrendSubject.query)
            + parameters.all("actor").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(TrendSubject.actor)
        guard !subjects.isEmpty else { throw BadParameter(message: "Give q=QUERY or actor=NAME: what to count (either can be repeated).") }
        var interval: TrendInterval?
        if let by = parameters.nonEmpty("by") {
            guard let given = TrendInterval(rawValue: by) else { throw BadParameter(message: "by: '\(by)' is not day, week or month.") }
            interval = given
        }
        let trend = try openStore().trend(of: subjects, by: interval, options: try Self.filtered(SearchOptions(), parameters))
        switch format {
        case "csv": return .csv(named: "trend.csv") { TrendRendering.writeRows(trend, to: &$0) }
        case "json": return .json(TrendRendering.Document(trend))
        case "svg":
            let chart = TrendRendering.chart(trend, source: parameters.nonEmpty("source"), tags: parameters.all("tag"))
            return WebResponse(contentType: "image/svg+xml; charset=utf-8", body: SVGChart.document(chart))
        default:
            return WebResponse(TrendPage(trend: trend, parameters: parameters).page(links: links), links: links)
        }
    }

    // MARK: - Parameters

    /// The id in a path (`/articles/12`), or a 404 when it is not one.
    private static func identifier(_ text: String, of kind: String) throws -> Int {
        guard let id = Int(text), id > 0 else { throw ArchiveError(.notFound, "No \(kind) with id '\(text)': ids are whole numbers from 1.") }
        return id
    }

    /// `format`, html when absent.
    private static func format(_ parameters: QueryParameters, allowed: [String]) throws -> String {
        let format = parameters.nonEmpty("format") ?? "html"
        guard allowed.contains(format) else {
            throw BadParameter(message: "format: '\(format)' is not one of \(allowed.joined(separator: ", ")).")
        }
        return format
    }

    /// The whole number in parameter `name`, at least `minimum`; nil when absent.
    private static func count(_ parameters: QueryParameters, _ name: String, minimum: Int) throws -> Int? {
        guard let text = parameters.nonEmpty(name) else { return nil }
        guard let value = Int(text), value >= minimum else {
            throw BadParameter(message: "\(name): '\(text)' is not a whole number of \(minimum) or more.")
        }
        return value
    }

    /// `options` with the source, tag, since and until parameters set.
    private static func filtered(_ options: SearchOptions, _ parameters: QueryParameters) throws -> SearchOptions {
        var options = options
        options.source = parameters.nonEmpty("source")
        options.tags = parameters.all("tag").filter { !$0.isEmpty }
        for (name, keyPath) in [("since", \SearchOptions.since), ("until", \SearchOptions.until)] {
            guard let text = parameters.nonEmpty(name) else { continue }
            do {
                options[keyPath: keyPath] = try PublishedDate(reading: text)
            } catch {
                throw BadParameter(message: "\(name): \(error); give a year (2005), a month (2005-03) or a day (2005-03-11).")
            }
        }
        return options
    }
}
