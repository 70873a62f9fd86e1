import ArgumentParser
import Foundation
import NewsArchive
import NewsArchiveOutput

/// `news-archive check`
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the archive: SQLite's integrity check and FTS5's integrity-check on every index.")

    @ParentCommand var root: NewsArchiveCommand
    var global: GlobalOptions { root.global }
    @Flag(help: "Rebuild every full-text index from its table first.") var rebuild = false
    @Option(help: "Output: text or json.") var format: OutputFormat = .text

    func run() throws {
        let store = try global.openStore(mode: rebuild ? .mustExist : .readOnly)
        let report = try global.reportingUnderlyingErrors { try store.checkIntegrity(rebuild: rebuild) }
        switch format {
        case .json: JSONOutput.print(CheckJSON(report))
        case .text:
            for line in report.lines { print("\(line.name.padding(toLength: 18, withPad: " ", startingAt: 0)) \(line.result)") }
        }
        if !report.isOK { throw ExitCode.failure }
    }
}

/// `check --format json`: whether every check passed, and each check with what it found ("ok" when it passed).
struct CheckJSON: Encodable {
    struct Check: Encodable {
        var name: String
        var result: String
    }

    var ok: Bool
    var checks: [Check]

    init(_ report: IntegrityReport) {
        ok = report.isOK
        checks = report.lines.map { Check(name: $0.name, result: $0.result) }
    }
}
