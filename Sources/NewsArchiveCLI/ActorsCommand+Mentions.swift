import ArgumentParser
import Foundation
import NewsArchive
import NewsArchiveOutput
import NewsQuery

extension ActorsCommand {
    /// `news-archive actors mentions NAME`
    struct Mentions: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mentions",
            abstract: "List every mention of one actor: article, section, sentence, offsets and the text as written.",
            discussion: """
                NAME is the actor's name, one of its aliases (any case), #ID as 'news-archive actors --format csv' \
                gives it, or else words that only one actor's name or alias starts with (as --query reads them). \
                A name shared by several actors is an error that lists them with their ids. \
                Every row holds the ids of its mention, actor, article, section and sentence.
                Takes the options of 'actors' for its output: --format text (the default), json or csv; \
                --output FILE; --bom (with csv).
                Examples:
                  news-archive actors mentions "Emmanuel Macron"
                  news-archive actors mentions '#12' --format csv --output macron.csv --bom
                """)

        /// --format, --output and --bom are the parent's: ArgumentParser reads a parent's options anywhere on
        /// the line, so the same names declared here would never be set.
        @ParentCommand var actors: ActorsCommand
        var global: GlobalOptions { actors.global }
        @Argument(help: "The actor: a name, an alias or #ID.") var name: String

        func validate() throws {
            for (option, isSet) in [("--kind", actors.kind != nil), ("--query", actors.query != nil), ("--limit", actors.limit != nil)]
            where isSet {
                throw ValidationError("\(option) goes with the list of actors, not with 'actors mentions'.")
            }
            if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("Please give an actor's name, alias or #ID.") }
        }

        func run() throws {
            let store = try global.openStore(mode: .readOnly)
            let actor = try global.reportingUnderlyingErrors { try store.actor(named: name) }
            try OutputDestination.write(to: actors.output, archivePath: global.databasePath, force: actors.force) { stream in
                switch actors.format {
                case .csv:
                    var writer = CSVWriter(to: stream, writesByteOrderMark: actors.bom)
                    writer.write(ActorRendering.mentionHeader)
                    try global.reportingUnderlyingErrors {
                        try store.forEachMention(ofActor: actor.id) { writer.write(ActorRendering.mentionRow($0, actor: actor)) }
                    }
                    stream = writer.output
                case .json:
                    let mentions = try global.reportingUnderlyingErrors { try store.mentions(ofActor: actor.id) }
                    JSONOutput.write(ActorRendering.MentionsDocument(actor: actor, mentions: mentions), to: &stream)
                case .text, .table:
                    let mentions = try global.reportingUnderlyingErrors { try store.mentions(ofActor: actor.id) }
                    ActorRendering.writeMentionText(mentions, actor: actor, to: &stream)
                }
            }
        }
    }
}
