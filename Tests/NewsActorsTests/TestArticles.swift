import Foundation
import NewsActors
import NewsIngest

/// Parses test texts and fixture files with the real `ArticleParser` and runs the extractor.
enum TestArticles {
    /// `Tests/Fixtures`, found from this file's path so every test target can share it.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func parse(_ text: String) throws -> ParsedArticle {
        try ArticleParser().parse(text, fileName: "test.txt")
    }

    static func fixture(_ path: String) throws -> ParsedArticle {
        let bytes = try Data(contentsOf: fixtures.appendingPathComponent(path))
        return try ArticleParser().parse(String(decoding: bytes, as: UTF8.self), fileName: path)
    }

    static func actors(in text: String) throws -> [ExtractedActor] {
        ActorExtractor().extract(from: try parse(text))
    }
}

extension [ExtractedActor] {
    /// The actor named `name`, if any.
    func named(_ name: String) -> ExtractedActor? {
        first { $0.name == name }
    }

    /// Names of the actors of `kind`.
    func names(_ kind: ActorKind) -> Set<String> {
        Set(filter { $0.kind == kind }.map(\.name))
    }

    /// Each actor's name and kind, for a failing expectation's message.
    var described: String {
        map { "\($0.name) (\($0.kind))" }.joined(separator: ", ")
    }
}
