import NewsArchive
import NewsArchiveOutput

/// An actor's page: name, kind, roles and aliases, the articles mentioning it over time, the actors most
/// often in the same sentences, its latest mentions with their sentences, and a CSV of all its mentions.
public struct ActorPage: Sendable {
    public var actor: ActorSummary
    /// Articles mentioning the actor per period.
    public var trend: Trend
    /// The actors most often in the same sentences, counted in its latest `neighbourArticles` articles.
    public var neighbours: [CoMentionedActor]
    public var neighbourArticles: Int
    /// The latest mentions, latest first.
    public var latestMentions: [ActorMentionDetail]

    public init(
        actor: ActorSummary, trend: Trend, neighbours: [CoMentionedActor], neighbourArticles: Int,
        latestMentions: [ActorMentionDetail]
    ) {
        self.actor = actor
        self.trend = trend
        self.neighbours = neighbours
        self.neighbourArticles = neighbourArticles
        self.latestMentions = latestMentions
    }

    /// The page.
    public func page(links: SiteLinks) -> Page {
        var body = Markup.element("h1", text: actor.name)
        var facts: [(String, String)] = [("Kind", actor.kind)]
        if !actor.roles.isEmpty { facts.append(("Roles", actor.roles.joined(separator: "; "))) }
        if let country = actor.country { facts.append(("Country", country)) }
        if !actor.aliases.isEmpty { facts.append(("Also written", actor.aliases.joined(separator: "; "))) }
        facts.append(("Mentions", "\(Wording.counted(actor.mentions, "mention")) in \(Wording.counted(actor.articles, "article"))"))
        facts.append(("Archive id", "#\(actor.id)"))
        body += Markup.element(
            "table", ["class": "meta"],
            HTML.joined(facts.map { Markup.element("tr", Markup.element("th", text: $0.0) + Markup.element("td", text: $0.1)) }))
        body += Markup.element(
            "p", ["class": "formats"],
            Markup.link(links.href("/actors/\(actor.id)", QueryParameters([("format", "csv")])), text: "CSV of all mentions", ["download": "actor-\(actor.id)-mentions.csv"])
                + Markup.link(links.href("/trend", QueryParameters([("actor", "#\(actor.id)")])), text: "Trend page"))
        body += Markup.element("h2", text: "Attention over time")
        body += ChartFigure.html(trend, source: nil, tags: [])
        if !neighbours.isEmpty {
            body += Markup.element("h2", text: "Most often in the same sentences")
            if actor.articles > neighbourArticles {
                body += Markup.element(
                    "p", ["class": "meta"],
                    text: "Counted in its latest \(Wording.grouped(neighbourArticles)) of \(Wording.counted(actor.articles, "article")).")
            }
            body += Markup.element(
                "ol",
                HTML.joined(
                    neighbours.map { other in
                        Markup.element(
                            "li",
                            Markup.link(links.actor(other.id), text: other.name)
                                + HTML(text: " (\(other.kind)): \(Wording.counted(other.sentences, "sentence"))"))
                    }))
        }
        if !latestMentions.isEmpty {
            body += Markup.element("h2", text: "Latest mentions")
            body += HTML.joined(
                latestMentions.map { mention in
                    let meta = [mention.published, mention.headline.map { "› \($0)" }].compactMap { $0 }.joined(separator: " · ")
                    let sentence = mention.sentence.isEmpty ? "“\(mention.asWritten)” (in a headline)" : mention.sentence
                    return Markup.element(
                        "div", ["class": "article"],
                        Markup.element("h3", Markup.link(links.article(mention.articleID), text: mention.title))
                            + (meta.isEmpty ? .empty : Markup.element("p", ["class": "meta"], text: meta))
                            + Markup.element("p", ["class": "passage"], text: sentence))
                })
        }
        return Page(title: actor.name, body: body)
    }
}
