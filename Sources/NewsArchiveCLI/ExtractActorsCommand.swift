import ArgumentParser
import Foundation
import NewsArchive

/// `news-archive extract-actors FILE…`: what actor extraction finds, without an archive (for evaluation).
struct ExtractActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract-actors",
        abstract: "Print the people, organisations and places found in files, as JSON, without storing anything.",
        shouldDisplay: false)

    @Argument(help: "Article files.", completion: .file()) var files: [String]

    func run() throws {
        var failed = false
        let results = files.map { path -> ActorExtraction in
            do {
                return try ActorExtraction(file: path)
            } catch {
                failed = true
                StandardError.write("\(error)")
                return ActorExtraction(file: path, actors: [])
            }
        }
        try printJSON(results)
        if failed { throw ExitCode.failure }
    }
}
