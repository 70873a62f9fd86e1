/// Finds the articles whose signatures may be close to a new one without comparing it with every
/// signature (locality-sensitive hashing): the signature is cut into `bands` of `rowsPerBand` values,
/// and an article is a candidate when it agrees with the new one on a whole band.
///
/// Two texts of Jaccard similarity s agree on a band with probability s³, so they become candidates
/// with probability 1 − (1 − s³)²⁰: 0.93 at 0.5, 0.996 at 0.62 (the least similar generated copy of
/// a BBC article, `Scripts/eval-duplicates`), 0.02 at 0.1. Candidates are then compared whole.
///
/// Each band keeps the last article that had it: enough to link a new article to its group, since a
/// group is every article linked to another by a pair (see `NearDuplicateGroups`). 20 entries of 12
/// bytes an article (about 30 MB with the table's free room for 100,000 articles), held only while an
/// ingest runs.
struct NearDuplicateIndex {
    static let bands = 20
    static let rowsPerBand = 3

    /// Article ids as 32 bits: a larger id comes back wrong, and its candidate's signature then differs.
    private var articles: [UInt64: Int32] = [:]

    /// An empty index with room for `articleCount` articles' bands, so that it does not grow (and hold
    /// its old and new storage at once) while they are inserted.
    init(capacity articleCount: Int = 0) {
        articles.reserveCapacity(articleCount * Self.bands)
    }

    /// The articles that agree with `signature` on a band, first met first, without repeats.
    func candidates(for signature: MinHashSignature) -> [Int] {
        var found: [Int] = []
        for key in Self.keys(of: signature) {
            if let id = articles[key].map(Int.init), !found.contains(id) { found.append(id) }
        }
        return found
    }

    /// Notes that article `id` has `signature`.
    mutating func insert(_ signature: MinHashSignature, article id: Int) {
        for key in Self.keys(of: signature) { articles[key] = Int32(truncatingIfNeeded: id) }
    }

    /// One key per band: its number and its three 16-bit values.
    private static func keys(of signature: MinHashSignature) -> [UInt64] {
        (0..<bands).map { band in
            var key = UInt64(band) << 48
            for row in 0..<rowsPerBand {
                key |= UInt64(signature.values[band * rowsPerBand + row]) << (16 * UInt64(row))
            }
            return key
        }
    }
}
