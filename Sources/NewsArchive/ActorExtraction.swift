import NewsActors
import NewsIngest

/// The actors found in one file, without an archive: what `extract-actors` prints for evaluation.
public struct ActorExtraction: Sendable, Encodable {
    public struct Found: Sendable, Encodable {
        public var name: String
        public var kind: String
        @NullEncoded public var role: String?
        @NullEncoded public var country: String?
        public var aliases: [String]
        public var mentions: Int
    }

    public var file: String
    public var actors: [Found]

    public init(file: String, actors: [Found]) {
        self.file = file
        self.actors = actors
    }

    /// Reads, parses and extracts `file`.
    /// - throws: `ArchiveError.unreadableInput` naming the file and the reason, as ingest words it.
    public init(file: String) throws {
        switch PreparedArticle.make(from: .file(path: file), overrides: IngestOverrides(), extractActors: true) {
        case .failure(let failure): throw ArchiveError(.unreadableInput, failure.message)
        case .success(let prepared):
            self.init(
                file: file,
                actors: prepared.actors.map(\.actor).map { actor in
                    Found(
                        name: actor.name, kind: actor.kind.rawValue, role: actor.role, country: actor.country,
                        aliases: Array(Set(actor.mentions.map(\.surface))).sorted(), mentions: actor.mentions.count)
                })
        }
    }
}
