/// A token key of up to 15 ASCII bytes, packed with its length into two integers.
///
/// Every token of every article is looked up in the lexicon, and most are short ASCII words.
/// Hashing and comparing two integers costs a fraction of what a `String` costs (its hashing and
/// equality are Unicode-aware), and the token needs no string at all. For ASCII text, byte equality
/// is exactly `String` equality, so a packed look-up answers as the `String` look-up would, with one
/// caveat: `String` also equates three non-ASCII characters with ASCII ones (U+212A KELVIN SIGN with
/// `K`, U+037E GREEK QUESTION MARK with `;`, U+1FEF GREEK VARIA with `` ` ``). No gazetteer entry holds
/// one; an entry that did would be found by the `String` look-up of its ASCII twin and not by this.
struct PackedKey: Equatable, Sendable {
    /// Bytes 0...7.
    fileprivate private(set) var low: UInt64 = 0
    /// Bytes 8...14, and the length in byte 15.
    fileprivate private(set) var high: UInt64 = 0

    static let capacity = 15

    /// No bytes yet; `store(_:at:)` them, then seal the key with its length.
    init() {}

    /// The key of a one-byte token.
    init(byte: UInt8) {
        store(byte, at: 0)
        self = sealed(length: 1)
    }

    /// A lexicon key, byte for byte; nil unless it is ASCII and up to 15 bytes long.
    init?(_ key: String) {
        let bytes = Array(key.utf8)
        guard bytes.count <= Self.capacity, bytes.allSatisfy({ $0 < 128 }) else { return nil }
        for (position, byte) in bytes.enumerated() { store(byte, at: position) }
        self = sealed(length: bytes.count)
    }

    @inline(__always)
    mutating func store(_ byte: UInt8, at position: Int) {
        // Masking shifts and wrapping arithmetic: `position` is in 0..<15, so nothing overflows, and
        // `<<`'s and `*`'s checks cost as much as the store.
        if position < 8 {
            low |= UInt64(byte) &<< (8 &* position)
        } else {
            high |= UInt64(byte) &<< (8 &* (position &- 8))
        }
    }

    /// The key with its length recorded (so that "a" and "a\0" differ).
    func sealed(length: Int) -> PackedKey {
        var key = self
        key.high |= UInt64(length) &<< 56
        return key
    }
}

/// The lexicon entries whose keys pack, in an open-addressing table with linear probing.
///
/// `Dictionary` hashes every key with SipHash, which would be most of the cost of annotating a
/// token; this table, filled once and never changed, mixes the two integers with one multiply.
/// It is at most half full, so a look-up ends after a probe or two.
struct PackedLexicon: Sendable {
    private var keys: [PackedKey]
    private var lexemes: [Lexeme]
    private var isUsed: [Bool]
    private let mask: Int

    init(_ entries: [(PackedKey, Lexeme)]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        keys = Array(repeating: PackedKey(), count: capacity)
        lexemes = Array(repeating: .unknown, count: capacity)
        isUsed = Array(repeating: false, count: capacity)
        mask = capacity - 1
        for (key, lexeme) in entries {
            var slot = Self.hash(key) & mask
            while isUsed[slot] && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            lexemes[slot] = lexeme
            isUsed[slot] = true
        }
    }

    func lexeme(for key: PackedKey) -> Lexeme? {
        var slot = Self.hash(key) & mask
        while isUsed[slot] {
            if keys[slot] == key { return lexemes[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Multiplicative hashing; the high bits of the product are the well-mixed ones.
    private static func hash(_ key: PackedKey) -> Int {
        let mixed = (key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: (mixed ^ (mixed >> 29)) >> 16)
    }
}
