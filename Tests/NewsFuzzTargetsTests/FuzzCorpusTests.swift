import Foundation
import NewsFuzzTargets
import NewsTestSupport
import Testing

/// The inputs the fuzzers kept (Tests/Fixtures/fuzz/TARGET, made by `Scripts/fuzz --merge`), replayed:
/// each reached code no other input did, and none may crash a reader again.
struct FuzzCorpusTests {
    static func corpus(of target: FuzzTarget) throws -> [URL] {
        let folder = Fixtures.folder.appendingPathComponent("fuzz").appendingPathComponent(target.rawValue)
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everyKeptInputRunsThroughItsReader(target: FuzzTarget) throws {
        let inputs = try Self.corpus(of: target)
        #expect(inputs.count >= 20, "a corpus of \(inputs.count) inputs was not made by a fuzzing run")
        for input in inputs { target.run([UInt8](try Data(contentsOf: input))) }
    }
}
