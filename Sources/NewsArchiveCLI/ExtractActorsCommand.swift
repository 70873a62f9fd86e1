import ArgumentParser
import Foundation
import NewsArchive
import NewsArchiveOutput

/// `news-archive extract-actors FILE…`: what actor extraction finds, without an archive (for evaluation).
struct ExtractActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract-actors",
        abstract: "Print the people, organisations and places found in files, as JSON, without storing anything.",
        shouldDisplay: false)

    @Argument(help: "Article files or folders (read as ingest reads them).", completion: .file()) var paths: [String]

    func run() throws {
        let (inputs, _, unreadable) = IngestInput.expand(paths)
        unreadable.forEach { StandardError.write("\($0.path): \($0.reason)") }
        var failed = !unreadable.isEmpty
        let files = inputs.compactMap { input -> String? in
            if case .file(let path) = input { return path }
            StandardError.write("-: extract-actors reads files, not standard input")
            failed = true
            return nil
        }
        let results = files.map { path -> ActorExtraction in
            do {
                return try ActorExtraction(file: path)
            } catch {
                failed = true
                StandardError.write("\(error)")
                return ActorExtraction(file: path, actors: [])
            }
        }
        JSONOutput.print(results)
        if failed { throw ExitCode.failure }
    }
}
