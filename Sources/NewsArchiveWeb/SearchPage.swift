import NewsArchive
import NewsArchiveOutput

/// The search page: answers with their evidence first (for a question), then the passages grouped by
/// article with the query's terms marked, the filters as links and a small form, paging, and the same
/// results as CSV and JSON one click away.
public struct SearchPage: Sendable {
    /// What was found.
    public var results: SearchResults
    /// The request's parameters (q, the filters, limit, offset), for the links that change one of them.
    public var parameters: QueryParameters
    /// The offset of the first passage shown, and how many a page holds.
    public var offset: Int
    public var limit: Int
    /// The ids of the actors among the answers, by name, for links to their pages.
    public var actorIDs: [String: Int]

    public init(results: SearchResults, parameters: QueryParameters, offset: Int, limit: Int, actorIDs: [String: Int]) {
        self.results = results
        self.parameters = parameters.setting("format", to: nil).setting("token", to: nil)
        self.offset = offset
        self.limit = limit
        self.actorIDs = actorIDs
    }

    /// The names of the filters the page shows and the form sets, with their labels.
    static let filterNames: [(name: String, label: String)] = [
        ("since", "since"), ("until", "until"), ("source", "source"), ("tag", "tag"), ("actor", "actor"),
    ]

    /// The page.
    public func page(links: SiteLinks) -> Page {
        let title = results.query.isEmpty ? "Articles" : results.query
        var body = Markup.element("h1", text: title)
        body += filters(links: links)
        body += answers(links: links)
        for term in results.unknownTerms {
            body += Markup.element("p", ["class": "note"], text: SearchRendering.unknownLine(term))
        }
        if results.total == 0 {
            body += Markup.element("p", ["class": "totals"], text: "No passages match.")
        } else {
            var totals = SearchRendering.totalsLine(results, offset: offset)
            if totals.hasSuffix(":") { totals.removeLast() }
            body += Markup.element(
                "p", ["class": "totals"],
                HTML(text: totals) + HTML(markup: " · ") + formatLinks(links: links))
            if results.isRelaxed {
                body += Markup.element("p", ["class": "note"], text: "Few passages hold every term; passages holding some of them follow.")
            }
            body += passages(links: links)
            body += paging(links: links)
        }
        if let note = SearchRendering.undatedNote(results) { body += Markup.element("p", ["class": "note"], text: note) }
        return Page(title: title, body: body)
    }

    // MARK: - Parts

    private func answers(links: SiteLinks) -> HTML {
        guard let type = results.answerType else { return .empty }
        guard !results.answers.isEmpty else {
            return Markup.element("p", ["class": "note"], text: "No answer: \(results.noAnswerReason ?? "no \(type) answers this question.")")
        }
        let items = results.answers.prefix(10).map { answer -> HTML in
            let name = Markup.link(actorIDs[answer.name].map(links.actor), text: answer.name)
            var item = Markup.element("strong", name)
            if let role = answer.role { item += HTML(text: ", \(role)") }
            item += HTML(text: " — \(Wording.counted(answer.evidence.count, "passage"))")
            for evidence in answer.evidence.prefix(2) {
                item += Markup.element(
                    "blockquote",
                    Markup.element("p", text: "\u{201C}\(evidence.sentence)\u{201D}")
                        + Markup.element("p", ["class": "meta"], HTML(markup: "— ") + Markup.link(links.article(evidence.articleID), text: evidence.title)))
            }
            return Markup.element("li", item)
        }
        return Markup.element("h2", text: "Answers (\(type))") + Markup.element("ol", ["class": "answers"], HTML.joined(items))
    }

    private func passages(links: SiteLinks) -> HTML {
        HTML.joined(
            SearchRendering.groupedByArticle(results.hits).map { hits -> HTML in
                let first = hits[0]
                var meta: [HTML] = []
                if let source = first.source { meta.append(filterLink("source", source, links: links)) }
                if let published = first.published { meta.append(HTML(text: published)) }
                meta += first.tags.map { filterLink("tag", $0, links: links) }
                if !first.alsoIn.isEmpty {
                    meta.append(
                        HTML(text: "also in ")
                            + HTML.joined(first.alsoIn.map { Markup.link(links.article($0), text: "#\($0)") }, separator: ", "))
                }
                var article = Markup.element("h3", Markup.link(links.article(first.articleID), text: first.title))
                if !meta.isEmpty { article += Markup.element("p", ["class": "meta"], HTML.joined(meta, separator: " · ")) }
                var headline: String?
                for hit in hits {
                    if let shown = hit.headline, shown != headline {
                        article += Markup.element("p", ["class": "meta"], text: "› \(shown)")
                    }
                    headline = hit.headline
                    var passage = Self.marked(hit.sentence, hit.matchedRanges)
                    if !hit.actors.isEmpty {
                        passage += Markup.element(
                            "span", ["class": "meta"],
                            HTML(text: " — ") + HTML.joined(hit.actors.map { filterLink("actor", $0, links: links) }, separator: ", "))
                    }
                    article += Markup.element("p", ["class": "passage"], passage)
                }
                return Markup.element("section", ["class": "article"], article)
            })
    }

    /// A link that narrows the search to `value` of filter `name`.
    private func filterLink(_ name: String, _ value: String, links: SiteLinks) -> HTML {
        let narrowed = parameters.removing(name, value: value).setting("offset", to: nil)
        let parameters = name == "tag" ? QueryParameters(narrowed.pairs + [(name, value)]) : narrowed.setting(name, to: value)
        return Markup.link(links.href("/search", parameters), text: value, ["title": "Only \(name) \(value)"])
    }

    /// The filters in force, each with a link that removes it, and a small form to set them.
    private func filters(links: SiteLinks) -> HTML {
        let active = parameters.pairs.filter { pair in Self.filterNames.contains { $0.name == pair.name } && !pair.value.isEmpty }
        var html = HTML.empty
        if !active.isEmpty {
            html += Markup.element(
                "p", ["class": "filters"],
                HTML(text: "Filters: ")
                    + HTML.joined(
                        active.map { pair in
                            Markup.link(
                                links.href("/search", parameters.removing(pair.name, value: pair.value).setting("offset", to: nil)),
                                text: "\(pair.name): \(pair.value) ×", ["title": "Remove this filter"])
                        }))
        }
        var fields = Markup.void("input", ["type": "hidden", "name": "q", "value": parameters["q"] ?? ""])
        for (name, label) in Self.filterNames {
            fields += Markup.element(
                "label", HTML(text: " \(label) ") + Markup.void("input", ["name": name, "value": parameters[name] ?? ""]))
        }
        if let token = links.token { fields += Markup.void("input", ["type": "hidden", "name": "token", "value": token]) }
        fields += HTML(markup: " <button type=\"submit\">Filter</button>")
        return html + Markup.element("form", ["class": "filters-form", "action": "/search", "method": "get"], fields)
    }

    private func formatLinks(links: SiteLinks) -> HTML {
        Markup.element(
            "span", ["class": "formats"],
            Markup.link(links.href("/search", parameters.setting("format", to: "csv")), text: "CSV", ["download": "search.csv"])
                + Markup.link(links.href("/search", parameters.setting("format", to: "json")), text: "JSON"))
    }

    private func paging(links: SiteLinks) -> HTML {
        var parts: [HTML] = []
        if offset > 0 {
            let previous = max(0, offset - limit)
            parts.append(Markup.link(links.href("/search", parameters.setting("offset", to: previous == 0 ? nil : String(previous))), text: "← Previous"))
        }
        if offset + results.hits.count < results.total {
            parts.append(Markup.link(links.href("/search", parameters.setting("offset", to: String(offset + limit))), text: "Next →"))
        }
        return parts.isEmpty ? .empty : Markup.element("nav", ["class": "paging"], HTML.joined(parts))
    }

    /// `text` escaped, with the scalar ranges `ranges` in `<mark>`.
    static func marked(_ text: String, _ ranges: [Range<Int>]) -> HTML {
        HTML.text(text, wrapping: ranges.sorted { $0.lowerBound < $1.lowerBound }) { _, term in Markup.element("mark", text: term) }
    }
}
