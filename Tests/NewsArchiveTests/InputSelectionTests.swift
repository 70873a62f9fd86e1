import Testing

@testable import NewsArchive

/// Which files found in folders are read, decided without touching the disk.
struct InputSelectionTests {
    @Test(arguments: [
        ("a.txt", nil), ("sub/b.md", nil), ("notes", nil),
        ("photo.jpg", "not .txt, .md, .html, .htm, a feed, a WARC or extension-less"),
        ("README", "a README or licence file, not an article"),
        ("ORIGINAL_README.TXT", "a README or licence file, not an article"),
        ("sub/LICENSE-MIT", "a README or licence file, not an article"),
        ("readmeless-story.txt", nil), ("page.html", nil), ("saved/page.HTM", nil), ("page.html.gz", nil),
        ("backup.tar.gz", "not .txt, .md, .html, .htm, a feed, a WARC or extension-less"),
    ])
    func theDefaultsReadArticlesOnly(path: String, reason: String?) {
        #expect(InputSelection().reasonToSkip(path) == reason)
    }

    @Test func globsWithASlashMatchThePathAndOthersTheName() {
        let selection = InputSelection(globs: ["*.html", "!old/*"], excludes: ["*draft*"])
        #expect(selection.reasonToSkip("news/a.html") == nil)
        #expect(selection.reasonToSkip("a.txt") == "matches no --glob")
        #expect(selection.reasonToSkip("old/a.html") == "excluded by 'old/*'")
        #expect(selection.reasonToSkip("news/draft-a.html") == "excluded by '*draft*'")
    }
}
