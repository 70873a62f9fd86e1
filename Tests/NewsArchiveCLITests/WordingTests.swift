import Testing
@testable import NewsArchiveCLI
import NewsArchiveOutput

/// Numbers and durations as the command prints them.
struct WordingTests {
    @Test func thousandsAreSeparated() {
        #expect(Wording.grouped(0) == "0")
        #expect(Wording.grouped(999) == "999")
        #expect(Wording.grouped(1000) == "1,000")
        #expect(Wording.grouped(1_234_567) == "1,234,567")
        #expect(Wording.grouped(-2225) == "-2,225")
    }

    @Test func nounsAgreeWithTheirNumber() {
        #expect(Wording.counted(1, "file") == "1 file")
        #expect(Wording.counted(2225, "file") == "2,225 files")
        #expect(Wording.counted(0, "file") == "0 files")
        #expect(Wording.counted(3, "entry", "entries") == "3 entries")
    }

    @Test func durationsAreAsPreciseAsTheyNeedToBe() {
        #expect(Wording.duration(seconds: 4.2) == "5 s")
        #expect(Wording.duration(seconds: 125) == "2 min")
        #expect(Wording.duration(seconds: 4320) == "1 h 12 min")
    }

    @Test func theProgressLineGivesARateAndTheTimeLeft() {
        #expect(ProgressLine.text(done: 0, total: 2225, unit: "files", elapsed: 0.1) == "0 of 2,225 files")
        #expect(ProgressLine.text(done: 1204, total: 2225, unit: "files", elapsed: 2)
            == "1,204 of 2,225 files · 602/s · about 2 s left")
        #expect(ProgressLine.text(done: 3, total: 100, unit: "files", elapsed: 4) == "3 of 100 files · 0.8/s · about 2 min left")
        #expect(ProgressLine.text(done: 100, total: 100, unit: "files", elapsed: 4) == "100 of 100 files · 25/s")
    }
}
