import Foundation
import NewsArchive
import NewsQuery

/// How `actors` and `actors mentions` look in each output format. CSV rows carry every id needed to
/// join them back to the archive (`actors.id`, `mentions.id`, `articles.id`, `sections.id`, `sentences.id`).
public enum ActorRendering {
    // MARK: Actors

    public static let actorHeader = ["actor_id", "name", "kind", "roles", "country", "mentions", "articles", "aliases"]

    /// One row per actor: the columns of the table, and the actor's id first.
    public static func writeActorRows(_ actors: [ActorSummary], to writer: inout CSVWriter<some TextOutputStream>) {
        writer.write(actorHeader)
        for actor in actors {
            writer.write([String(actor.id)] + tableCells(actor))
        }
    }

    public static func writeActorTable(_ actors: [ActorSummary], to stream: inout some TextOutputStream) {
        let table = TextTable.render(header: Array(actorHeader.dropFirst()).map { $0.uppercased() }, rows: actors.map(tableCells))
        stream.write(table + "\n")
    }

    private static func tableCells(_ actor: ActorSummary) -> [String] {
        [
            actor.name, actor.kind, actor.roles.joined(separator: "; "), actor.country ?? "", String(actor.mentions),
            String(actor.articles), actor.aliases.joined(separator: "; "),
        ]
    }

    // MARK: Mentions

    public static let mentionHeader = [
        "mention_id", "actor_id", "actor_name", "article_id", "title", "published", "section_id", "section_position",
        "headline", "sentence_id", "sentence", "start_offset", "end_offset", "as_written", "role_as_written",
    ]

    public static func mentionRow(_ mention: ActorMentionDetail, actor: CorrectedActor) -> [String] {
        [
            String(mention.id), String(mention.actorID), actor.name, String(mention.articleID), mention.title,
            mention.published ?? "", String(mention.sectionID), String(mention.sectionPosition), mention.headline ?? "",
            mention.sentenceID.map(String.init) ?? "", mention.sentence, String(mention.startOffset),
            String(mention.endOffset), mention.asWritten, mention.roleAsWritten ?? "",
        ]
    }

    /// The actor, then each article that mentions it, its sections and the sentences.
    public static func writeMentionText(_ mentions: [ActorMentionDetail], actor: CorrectedActor, to stream: inout some TextOutputStream) {
        let articles = Set(mentions.map(\.articleID)).count
        stream.write(
            "\(actor.name) (#\(actor.id), \(actor.kind)): \(mentions.count) mention\(mentions.count == 1 ? "" : "s") "
                + "in \(articles) article\(articles == 1 ? "" : "s")\n")
        var article: Int?
        var section: Int?
        for mention in mentions {
            if mention.articleID != article {
                article = mention.articleID
                section = nil
                stream.write("\nArticle \(mention.articleID)\(mention.published.map { ", \($0)" } ?? ""): \(mention.title)\n")
            }
            if mention.sectionID != section {
                section = mention.sectionID
                stream.write("  Section \(mention.sectionPosition) (#\(mention.sectionID)): \(mention.headline ?? "(lede)")\n")
            }
            let role = mention.roleAsWritten.map { ", as \($0)" } ?? ""
            let place = mention.sentenceID.map { "sentence #\($0)" } ?? "headline"
            stream.write("    \"\(mention.asWritten)\"\(role) at \(mention.startOffset)–\(mention.endOffset), \(place)")
            stream.write(mention.sentence.isEmpty ? "\n" : ": \(mention.sentence)\n")
        }
    }

    /// What `actors mentions --format json` prints.
    public struct MentionsDocument: Encodable {
        public var actor: CorrectedActor
        public var mentions: [ActorMentionDetail]

        public init(actor: CorrectedActor, mentions: [ActorMentionDetail]) {
            self.actor = actor
            self.mentions = mentions
        }
    }
}
