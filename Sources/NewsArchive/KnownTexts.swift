import Synchronization

/// The texts an ingest need not parse: those the archive held when it started, and those an earlier
/// input of the run has. A re-run over the same folder then reads and hashes each file, and no more;
/// a copy of a file given earlier in the run is not parsed twice.
///
/// Texts are known by the first 64 bits of their content hash, so that the hashes of 100k stored
/// articles take about 2 MB. A match is a hint the writer checks against the full hash: on a miss (an
/// earlier input with this text that failed, or two hashes that share their first 64 bits) it
/// prepares the input itself.
final class KnownTexts: Sendable {
    private let stored: Set<UInt64>
    /// The input that first has each text, by its index in the ingest.
    private let firstInputs: Mutex<[UInt64: Int32]>

    /// - parameter storedHashes: the content hashes, in hexadecimal, of the articles stored already
    ///   (only their first 16 digits are read).
    /// - parameter inputCount: how many inputs the ingest has (made room for at once: a table grown
    ///   step by step holds its old and new storage at once, which showed in the peak memory).
    init(storedHashes: some Sequence<Substring>, inputCount: Int) {
        stored = Set(storedHashes.map(Self.key))
        firstInputs = Mutex(Dictionary(minimumCapacity: inputCount))
    }

    /// Whether the text hashed `contentHash` is stored, or is the text of an input before input `index`;
    /// if neither, input `index` is noted as having it.
    func isKnown(_ contentHash: String, input index: Int) -> Bool {
        let key = Self.key(contentHash[...])
        if stored.contains(key) { return true }
        let index = Int32(clamping: index)
        return firstInputs.withLock { firstInputs in
            if let first = firstInputs[key], first < index { return true }
            firstInputs[key] = min(firstInputs[key] ?? index, index)
            return false
        }
    }

    private static func key(_ hexadecimal: Substring) -> UInt64 {
        UInt64(hexadecimal.prefix(16), radix: 16) ?? 0
    }
}
