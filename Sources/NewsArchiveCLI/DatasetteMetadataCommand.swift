import ArgumentParser
import Foundation
import NewsArchive
import NewsArchiveOutput

/// `news-archive datasette-metadata`
struct DatasetteMetadataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datasette-metadata",
        abstract: "Write a Datasette metadata.json for the archive: what its tables and columns hold, and canned queries.",
        discussion: """
            For example: news-archive --db archive.sqlite datasette-metadata --output metadata.json
            then: datasette archive.sqlite --metadata metadata.json
            """)

    @ParentCommand var root: NewsArchiveCommand
    var global: GlobalOptions { root.global }
    @Option(help: "Write the output to this file instead of standard output.", completion: .file())
    var output: String?

    func run() throws {
        // Opened (read-only, as every read) so that a path that is not an archive is an error.
        let store = try global.openStore(mode: .readOnly)
        // Datasette names a database after its file, less the extension.
        let name = URL(fileURLWithPath: store.path).deletingPathExtension().lastPathComponent
        try OutputDestination.write(to: output, archivePath: global.databasePath, force: false) { JSONOutput.write(DatasetteMetadata(databaseName: name), to: &$0) }
    }
}
