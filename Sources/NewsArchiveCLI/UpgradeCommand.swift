import ArgumentParser
import NewsArchive

/// `news-archive upgrade`: applies the migrations an archive lacks, which reading commands never do.
struct UpgradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upgrade",
        abstract: "Bring an archive written by an older news-archive up to date (every writing command does it too).")

    @ParentCommand var root: NewsArchiveCommand
    var global: GlobalOptions { root.global }

    func run() throws {
        let store = try global.openStore(mode: .mustExist)
        print("Archive '\(store.path)' is up to date.")
    }
}
