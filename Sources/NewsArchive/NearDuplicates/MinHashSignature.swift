/// A MinHash signature of an article's text, made of its shingles (three words in a row, lowercased):
/// each shingle is hashed once, the hash picks one of `count` bins, and each bin keeps the smallest
/// hash it got (one-permutation hashing). Two texts agree on a bin with a probability close to the
/// Jaccard similarity of their shingle sets, so the share of bins two articles agree on estimates how
/// much of their wording they share, whatever the order of their sentences. An empty bin (a short
/// text) takes the value of the next bin to its right that is not, with the distance mixed in.
///
/// Each bin keeps 16 bits of a hash of its minimum: two different minima then agree by chance once in
/// 65,536, and a signature takes 120 bytes. One hash per shingle instead of one per shingle and
/// function: with 60 functions, signatures took a third of the time an ingest spends on an article.
/// See Li, Owen and Zhang, "One Permutation Hashing" (2012); Shrivastava and Li, "Densifying One
/// Permutation Hashing via Rotation" (2014); Li and König, "b-Bit Minwise Hashing" (2010).
struct MinHashSignature: Sendable, Equatable {
    /// The value of each bin.
    let values: [UInt16]

    /// Bins in a signature: 20 bands of 3 (see `NearDuplicateIndex`).
    static let count = 60
    /// Words in a shingle.
    static let shingleLength = 3  // as the rolling hashes in `init(text:)` are written
    /// A text with fewer shingles gets no signature: a few words in common say little about two texts.
    static let minimumShingles = 20

    /// The signature of `text`'s words, or nil when it has fewer than `minimumShingles` shingles.
    init?(text: String) {
        var minima = [UInt64](repeating: .max, count: Self.count)
        var text = text
        let shingles = text.withUTF8 { bytes in minima.withUnsafeMutableBufferPointer { Self.fill($0, from: bytes) } }
        guard shingles >= Self.minimumShingles else { return nil }
        values = (0..<Self.count).map { bin in
            var distance = 0
            while minima[(bin + distance) % Self.count] == .max { distance += 1 }
            return UInt16(truncatingIfNeeded: Self.mix(minima[(bin + distance) % Self.count] | (UInt64(distance) << 32)))
        }
    }

    /// Puts in each bin of `minima` the least value of the shingles of `text` that fall in it, and
    /// returns how many shingles there were. One loop over the bytes, with no closure: a loop calling
    /// a nested function took 75 µs for a 6 KB article, this one a fraction of it.
    ///
    /// Words are runs of ASCII letters and digits and of any non-ASCII byte, ASCII lowercased: the
    /// same word is the same bytes, which is all a shingle needs. A shingle is hashed when its last
    /// word ends, from the hashes of the two words before it.
    private static func fill(_ minima: UnsafeMutableBufferPointer<UInt64>, from text: UnsafeBufferPointer<UInt8>) -> Int {
        var shingles = 0
        var words = 0
        var (before, last): (UInt64, UInt64) = (0, 0)
        var hash = fnvOffset
        var inWord = false
        let binCount = UInt64(minima.count)
        for index in 0...text.count {
            let byte = index < text.count ? text[index] : 0x20  // a space after the last word ends it
            let lower = byte | 0x20
            if byte >= 0x80 || lower &- 0x61 < 26 || byte &- 0x30 < 10 {
                hash = (hash ^ UInt64(byte &- 0x41 < 26 ? lower : byte)) &* fnvPrime
                inWord = true
            } else if inWord {
                words += 1
                if words >= shingleLength {
                    let shingle = mix(mix(before &* 31 &+ last) &* 31 &+ hash)
                    // The high 32 bits pick the bin, the low 32 are the value.
                    let bin = Int(truncatingIfNeeded: ((shingle >> 32) &* binCount) >> 32)
                    minima[bin] = min(minima[bin], shingle & 0xFFFF_FFFF)
                    shingles += 1
                }
                (before, last, hash) = (last, hash, fnvOffset)
                inWord = false
            }
        }
        return shingles
    }

    /// A signature read back from its bytes (`bytes`); nil when they are not one.
    init?(bytes: [UInt8]) {
        guard bytes.count == Self.count * 2 else { return nil }
        values = (0..<Self.count).map { UInt16(bytes[2 * $0]) << 8 | UInt16(bytes[2 * $0 + 1]) }
    }

    /// The signature as stored: each value big-endian.
    var bytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(2 * values.count)
        for value in values {
            bytes.append(UInt8(value >> 8))
            bytes.append(UInt8(value & 0xFF))
        }
        return bytes
    }

    /// The estimated Jaccard similarity of the two texts' shingles: the share of bins they agree on.
    func similarity(to other: MinHashSignature) -> Double {
        Double(zip(values, other.values).count { $0 == $1 }) / Double(Self.count)
    }

    private static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x100_0000_01b3

    /// A 64-bit finaliser (splitmix64's): every input bit moves about half the output bits.
    static func mix(_ value: UInt64) -> UInt64 {
        var x = value &+ 0x9e37_79b9_7f4a_7c15
        x = (x ^ (x >> 30)) &* 0xbf58_476d_1ce4_e5b9
        x = (x ^ (x >> 27)) &* 0x94d0_49bb_1331_11eb
        return x ^ (x >> 31)
    }
}
