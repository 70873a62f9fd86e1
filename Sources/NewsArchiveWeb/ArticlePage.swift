import NewsArchive

/// An article's page: its title, metadata, sections with each actor mention linked to the actor's page,
/// the actors it names, and what cleaning removed, folded.
public struct ArticlePage: Sendable {
    public var article: ArticleDetail
    /// Where the paragraphs mention actors.
    public var mentions: [MentionSpan]
    /// The ids of the actors in `article.actors`, by name and kind.
    public var actorIDs: [ActorName: Int]

    /// An actor's name and kind: what tells actors apart.
    public struct ActorName: Sendable, Hashable {
        public var name: String
        public var kind: String
        public init(name: String, kind: String) {
            self.name = name
            self.kind = kind
        }
    }

    public init(article: ArticleDetail, mentions: [MentionSpan], actorIDs: [ActorName: Int]) {
        self.article = article
        self.mentions = mentions
        self.actorIDs = actorIDs
    }

    /// The page.
    public func page(links: SiteLinks) -> Page {
        var body = Markup.element("h1", text: article.title)
        var facts: [(String, HTML)] = []
        if let source = article.source { facts.append(("Source", HTML(text: source))) }
        if let url = article.url {
            facts.append(("URL", Markup.link(HTML.safeURL(url), text: url, ["rel": "noopener noreferrer nofollow"])))
        }
        if let published = article.published { facts.append(("Published", HTML(text: published))) }
        if let byline = article.byline { facts.append(("By", HTML(text: byline))) }
        if !article.tags.isEmpty {
            let tagLinks = article.tags.map { Markup.link(links.href("/search", QueryParameters([("tag", $0)])), text: $0) }
            facts.append(("Tags", HTML.joined(tagLinks, separator: ", ")))
        }
        facts.append(("Archive id", HTML(text: "#\(article.id)")))
        body += Markup.element(
            "table", ["class": "meta"],
            HTML.joined(facts.map { Markup.element("tr", Markup.element("th", text: $0.0) + Markup.element("td", $0.1)) }))
        var paragraphIndex = 0
        let spansByParagraph = Dictionary(grouping: mentions, by: \.paragraphIndex)
        for section in article.sections {
            var html = section.headline.map { Markup.element("h2", text: $0) } ?? .empty
            for paragraph in section.paragraphs {
                html += Markup.element("p", linked(paragraph, spansByParagraph[paragraphIndex] ?? [], links: links))
                paragraphIndex += 1
            }
            body += Markup.element("section", html)
        }
        if !article.actors.isEmpty {
            body += Markup.element("h2", text: "Actors")
            body += Markup.element(
                "ul",
                HTML.joined(
                    article.actors.map { actor in
                        let id = actorIDs[ActorName(name: actor.name, kind: actor.kind)]
                        var item = Markup.link(id.map(links.actor), text: actor.name)
                        item += HTML(text: " (\(actor.kind)\(actor.role.map { ", \($0)" } ?? "")): \(actor.mentions) mention\(actor.mentions == 1 ? "" : "s")")
                        return Markup.element("li", item)
                    }))
        }
        if !article.relatedLinks.isEmpty {
            body += Markup.element("h2", text: "Related links (not part of the article)")
            body += Markup.element("ul", HTML.joined(article.relatedLinks.map { Markup.element("li", text: $0) }))
        }
        if !article.removed.isEmpty {
            let items = article.removed.map { block in
                Markup.element(
                    "li", Markup.element("strong", text: "\(block.reason): \(block.detail)") + Markup.element("blockquote", text: block.text))
            }
            body += Markup.element(
                "details",
                Markup.element("summary", text: "Removed by cleaning (\(article.removed.count))") + Markup.element("ul", HTML.joined(items)))
        }
        return Page(title: article.title, body: body)
    }

    /// `paragraph` escaped, each span in `spans` (code points, in order) a link to its actor.
    private func linked(_ paragraph: String, _ spans: [MentionSpan], links: SiteLinks) -> HTML {
        HTML.text(paragraph, wrapping: spans.map { $0.start..<$0.end }) { index, surface in
            Markup.link(links.actor(spans[index].actorID), text: surface, ["class": "actor"])
        }
    }
}
