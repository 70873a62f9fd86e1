import ArgumentParser
import NewsArchive
import NewsArchiveOutput

// `news-archive actors merge | rename | kind | alias add | alias remove | overrides`: corrections that
// last. Each changes the stored actors at once and is kept as an override that every later ingest
// and reextract applies again.

extension ActorsCommand {
    /// The subcommands that correct actors.
    static let correctionCommands: [any ParsableCommand.Type] = [
        Merge.self, Rename.self, SetKind.self, Alias.self, Overrides.self,
    ]

    static let actorArgumentHelp = ArgumentHelp(
        "An actor: its name or an alias (any case), or #ID.", valueName: "actor")

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Merge actor B into actor A: B's mentions, aliases and roles go to A, and B is gone.",
            discussion: """
                Kept as an override: an ingest or reextract that finds B again stores it under A.
                Example: news-archive actors merge "George W Bush" Bush
                """)
        @ParentCommand var actors: ActorsCommand
        @Argument(help: actorArgumentHelp) var kept: String
        @Argument(help: ArgumentHelp("The actor merged into the first.", valueName: "actor")) var merged: String

        func run() throws {
            try actors.runCorrection { try $0.mergeActors(keeping: kept, merging: merged) }
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rename",
            abstract: "Rename an actor; its former name stays an alias.",
            discussion: """
                If another actor of its kind has the new name, the two become one. Kept as an override: \
                extraction finding the old name again stores it under the new one.
                """)
        @ParentCommand var actors: ActorsCommand
        @Argument(help: actorArgumentHelp) var actor: String
        @Argument(help: "The new name.") var name: String

        func run() throws {
            try actors.runCorrection { try $0.renameActor(actor, to: name) }
        }
    }

    struct SetKind: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "kind", abstract: "Set an actor's kind: person, organization or place.",
            discussion: "If another actor has its name and that kind, the two become one. Kept as an override.")
        @ParentCommand var actors: ActorsCommand
        @Argument(help: actorArgumentHelp) var actor: String
        @Argument(help: "person, organization or place.") var newKind: ActorsCommand.Kind

        func run() throws {
            try actors.runCorrection { try $0.setActorKind(actor, to: newKind.rawValue) }
        }
    }

    struct Alias: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "alias",
            abstract: "Add or remove an alias of an actor (a name texts use for it), for good.",
            subcommands: [Add.self, Remove.self])

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "add", abstract: "Give an actor an alias.")
            @ParentCommand var actors: ActorsCommand
            @Argument(help: actorArgumentHelp) var actor: String
            @Argument(help: "The alias, as texts write it.") var alias: String

            func run() throws {
                try actors.runCorrection { try $0.addActorAlias(actor, alias: alias) }
            }
        }

        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "remove",
                abstract: "Take an alias from an actor; extraction finding it again does not bring it back.")
            @ParentCommand var actors: ActorsCommand
            @Argument(help: actorArgumentHelp) var actor: String
            @Argument(help: "The alias, as listed (case matters).") var alias: String

            func run() throws {
                try actors.runCorrection { try $0.removeActorAlias(actor, alias: alias) }
            }
        }
    }

    struct Overrides: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "overrides",
            abstract: "List the corrections kept (as 'actors --overrides'), or drop one.",
            subcommands: [List.self, Remove.self], defaultSubcommand: List.self)

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: "List the corrections kept, oldest first.")
            @ParentCommand var actors: ActorsCommand

            func run() throws { try actors.listOverrides() }
        }

        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "remove",
                abstract: "Drop a correction by its id.",
                discussion: "Stored actors keep what it did until 'news-archive reextract' runs.")
            @ParentCommand var actors: ActorsCommand
            @Argument(help: "The override's id, as 'actors --overrides' lists it.") var id: Int

            func run() throws {
                let store = try actors.global.openStore(mode: .mustExist)
                let dropped = try actors.global.reportingUnderlyingErrors { try store.removeActorOverride(id: id) }
                if actors.format == .json {
                    JSONOutput.print(dropped)
                } else {
                    print("Dropped override #\(dropped.id): \(dropped.summary). Run 'news-archive reextract' to undo its effect on stored actors.")
                }
            }
        }
    }
}

extension ActorsCommand {
    /// Opens the archive, runs one correction and prints what it did (a line, or JSON with --format json).
    func runCorrection(_ body: (ArchiveStore) throws -> ActorCorrection) throws {
        let store = try global.openStore(mode: .mustExist)
        let correction = try global.reportingUnderlyingErrors { try body(store) }
        if format == .json { return JSONOutput.print(correction) }
        var line = "\(correction.override.summary.prefix(1).uppercased())\(correction.override.summary.dropFirst())"
        if let merged = correction.mergedActor, correction.override.action != .merge {
            line += ": \(merged.label) joined \(correction.actor.label), which had that name and kind"
        } else {
            line += ": now \(correction.actor.label)"
        }
        print(line + "; kept as override #\(correction.override.id).")
    }

    /// Prints the corrections kept, a line each (or JSON with --format json).
    func listOverrides() throws {
        let store = try global.openStore(mode: .readOnly)
        let overrides = try global.reportingUnderlyingErrors { try store.actorOverrides() }
        if format == .json { return JSONOutput.print(overrides) }
        if overrides.isEmpty { return print("No actor overrides.") }
        for override in overrides {
            print("#\(override.id)  \(override.createdAt)  \(override.summary)")
        }
    }
}
