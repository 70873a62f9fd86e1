import ArgumentParser
import Foundation
import NewsArchive

/// `news-archive check`
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the archive: SQLite's integrity check and FTS5's integrity-check on every index.")

    @ParentCommand var root: NewsArchiveCommand
    var global: GlobalOptions { root.global }
    @Flag(help: "Rebuild every full-text index from its table first.") var rebuild = false

    func run() throws {
        let store = try global.openStore(mode: .mustExist)
        let report = try global.reportingUnderlyingErrors { try store.checkIntegrity(rebuild: rebuild) }
        for line in report.lines { print("\(line.name.padding(toLength: 18, withPad: " ", startingAt: 0)) \(line.result)") }
        if !report.isOK { throw ExitCode.failure }
    }
}
