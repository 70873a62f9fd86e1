import Foundation
import NewsActors
import NewsIngest

/// The actors found in one file, without an archive: what `extract-actors` prints for evaluation.
public struct ActorExtraction: Sendable, Encodable {
    public struct Found: Sendable, Encodable {
        public var name: String
        public var kind: String
        public var role: String?
        public var country: String?
        public var aliases: [String]
        public var mentions: Int

        enum CodingKeys: String, CodingKey { case name, kind, role, country, aliases, mentions }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(kind, forKey: .kind)
            try container.encode(role, forKey: .role)
            try container.encode(country, forKey: .country)
            try container.encode(aliases, forKey: .aliases)
            try container.encode(mentions, forKey: .mentions)
        }
    }

    public var file: String
    public var actors: [Found]

    public init(file: String, actors: [Found]) {
        self.file = file
        self.actors = actors
    }

    /// Reads, parses and extracts `file`.
    /// - throws: `ArchiveError.unreadableInput` naming the file.
    public init(file: String) throws {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
        } catch {
            throw ArchiveError(.unreadableInput, "\(file): cannot be read")
        }
        switch PreparedArticle.make(bytes: bytes, displayPath: file, overrides: IngestOverrides(), extractActors: true) {
        case .failure(let failure): throw ArchiveError(.unreadableInput, failure.message)
        case .success(let prepared):
            self.init(
                file: file,
                actors: prepared.actors.map { actor in
                    Found(
                        name: actor.name, kind: actor.kind.rawValue, role: actor.role, country: actor.country,
                        aliases: Array(Set(actor.mentions.map(\.surface))).sorted(), mentions: actor.mentions.count)
                })
        }
    }
}
