import Foundation
import NewsTestSupport
import Testing

/// `ingest --glob/--exclude/--dry-run`, README and licence files left out, standard input by default.
struct InputSelectionCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        try folder.write("corpus/README.md", text: "# About this corpus\n\nHow the files were collected.\n")
        try folder.write("corpus/LICENSE", text: "Permission is granted to copy these files.\n")
        try folder.write("corpus/news/rates.txt", text: "Title: Rates held\n\nThe bank held rates on Thursday.\n")
        try folder.write("corpus/news/final.txt", text: "Title: Final won\n\nThe team won the final on Sunday.\n")
        try folder.write("corpus/drafts/draft.txt", text: "Title: Draft\n\nNot ready yet.\n")
    }

    private func run(_ arguments: [String], input: String? = nil) throws -> CommandResult {
        try runNewsArchive(arguments, in: folder.url, input: input)
    }

    @Test func dryRunSaysWhatWouldBeReadAndWhyNotAndOpensNoArchive() throws {
        let result = try run(["ingest", "--dry-run", "--exclude", "drafts/*", "corpus"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                read      corpus/news/final.txt
                read      corpus/news/rates.txt
                skip      corpus/LICENSE (a README or licence file, not an article)
                skip      corpus/README.md (a README or licence file, not an article)
                skip      corpus/drafts/draft.txt (excluded by 'drafts/*')

                """)
        #expect(!FileManager.default.fileExists(atPath: folder.path("news-archive.sqlite")))
    }

    @Test func globsChooseTheFilesAndReadmesAreSkippedWithANote() throws {
        let result = try run(["ingest", "--glob", "*.txt", "--glob", "!final*", "corpus"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("2 added"))
        #expect(result.stderr.contains("skipped   corpus/news/final.txt (excluded by 'final*')"))
        #expect(result.stderr.contains("skipped   corpus/README.md (matches no --glob)"))
        let plain = try run(["--db", "b.sqlite", "ingest", "corpus"])
        #expect(plain.stdout.contains("3 added"))
        #expect(plain.stderr.contains("skipped   corpus/README.md (a README or licence file, not an article)"))
        #expect(try run(["--db", "c.sqlite", "ingest", "corpus/README.md"]).stdout.contains("1 added"))
    }

    @Test func standardInputIsReadWhenNoPathIsGiven() throws {
        let result = try run(["ingest", "--title", "Piped"], input: "The council met on Monday. It agreed a budget.")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("added     #1      -"))
    }
}
