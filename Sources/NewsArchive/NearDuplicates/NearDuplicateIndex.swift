/// Finds the articles whose signatures may be close to a new one without comparing it with every
/// signature (locality-sensitive hashing): the signature is cut into `bands` of `rowsPerBand` values,
/// and an article is a candidate when it agrees with the new one on a whole band.
///
/// Two texts of Jaccard similarity s agree on a band with probability s³, so they become candidates
/// with probability 1 − (1 − s³)²⁰: 0.93 at 0.5, 0.996 at 0.62 (the least similar generated copy of
/// a BBC article, `Scripts/eval-duplicates`), 0.02 at 0.1. Candidates are then compared whole.
///
/// Each band keeps the last article that had it: enough to link a new article to its group, since a
/// group is every article linked to another by a pair (see `NearDuplicateGroups`). Held only while an
/// ingest runs, in one array of 8-byte slots (open addressing, linear probing, at most 4 of 5 slots
/// used) made for the articles it is to hold: 20 slots an article, 20 MB for 100,000 articles. (A
/// `Dictionary` of the band keys took 12 bytes a slot, in a power of two of slots at most 3/4 used:
/// 50 MB for 100,000 articles, a quarter of the ingest's peak memory.) Bands beyond that room go in a
/// `Dictionary`.
///
/// A slot holds 32 bits of a hash of its band (the other bits of the hash choose where the slot is)
/// and the article id. Two bands share a slot only when their hashes agree on those 32 bits and they
/// fall within a few slots of each other: about once in 200 ingests of 100,000 articles. The later
/// article then stands for the earlier's band too: the earlier is found through its other 19 bands,
/// and a candidate that is not close is dropped when the signatures are compared whole.
struct NearDuplicateIndex {
    static let bands = 20
    static let rowsPerBand = 3

    /// Each slot: the band's fingerprint (32 bits, never 0) in the high half, the article id in the
    /// low half (as 32 bits: a larger id comes back wrong, and its candidate's signature then
    /// differs); 0 when the slot is empty.
    private var slots: [UInt64]
    /// The slots in use, and the most that may be.
    private var used = 0
    private let room: Int
    /// Bands met when the slots were full, by key.
    private var overflow: [UInt64: UInt32] = [:]

    /// An empty index with room for `articleCount` articles' bands.
    init(capacity articleCount: Int = 0) {
        room = articleCount * Self.bands
        slots = Array(repeating: 0, count: room / 4 * 5 + 5)
    }

    /// The articles that agree with `signature` on a band, first met first, without repeats.
    func candidates(for signature: MinHashSignature) -> [Int] {
        var found: [Int] = []
        for key in Self.keys(of: signature) {
            let slot = slot(of: key).slot
            let id = slots[slot] != 0 ? Int(slots[slot] & 0xFFFF_FFFF) : overflow[key].map(Int.init)
            if let id, !found.contains(id) { found.append(id) }
        }
        return found
    }

    /// Notes that article `id` has `signature`.
    mutating func insert(_ signature: MinHashSignature, article id: Int) {
        let article = UInt32(truncatingIfNeeded: id)
        for key in Self.keys(of: signature) {
            let (fingerprint, slot) = slot(of: key)
            if slots[slot] == 0 {
                guard used < room else {
                    overflow[key] = article
                    continue
                }
                used += 1
            }
            slots[slot] = fingerprint << 32 | UInt64(article)
        }
    }

    /// The fingerprint of band `key`, and the slot that holds it, or else the empty slot where its
    /// search ended.
    private func slot(of key: UInt64) -> (fingerprint: UInt64, slot: Int) {
        let hash = MinHashSignature.mix(key)
        let fingerprint = hash & 0xFFFF_FFFF == 0 ? 1 : hash & 0xFFFF_FFFF
        var slot = Int(hash.multipliedFullWidth(by: UInt64(slots.count)).high)
        while slots[slot] != 0, slots[slot] >> 32 != fingerprint {
            slot = slot + 1 == slots.count ? 0 : slot + 1
        }
        return (fingerprint, slot)
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
