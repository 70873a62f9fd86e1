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

    /// The key of `scalars`, ASCII capitals lower-cased when `lowercasingASCII`; nil unless they
    /// are ASCII and at most 15.
    init?(_ scalars: ArraySlice<Unicode.Scalar>, lowercasingASCII: Bool) {
        guard scalars.count <= Self.capacity else { return nil }
        for (position, scalar) in scalars.enumerated() {
            guard scalar.isASCII else { return nil }
            let byte = UInt8(truncatingIfNeeded: scalar.value)
            let isCapital = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            store(lowercasingASCII && isCapital ? byte | 0x20 : byte, at: position)
        }
        self = sealed(length: scalars.count)
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

    /// The length of a sealed key.
    var count: Int { Int(truncatingIfNeeded: high &>> 56) }

    private func byte(at position: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: position < 8 ? low &>> (8 &* position) : high &>> (8 &* (position &- 8)))
    }

    /// The bytes of `self` then those of `suffix` (both sealed), or nil when they do not fit.
    func appending(_ suffix: PackedKey) -> PackedKey? {
        let count = self.count
        let suffixCount = suffix.count
        guard count + suffixCount <= Self.capacity else { return nil }
        var key = self
        key.high &= (1 &<< 56) &- 1
        for position in 0..<suffixCount { key.store(suffix.byte(at: position), at: count &+ position) }
        return key.sealed(length: count + suffixCount)
    }

    /// The key as a string.
    var string: String {
        String(decoding: (0..<count).map(byte(at:)), as: UTF8.self)
    }
}

/// Values keyed by `PackedKey`, in an open-addressing table with linear probing.
///
/// `Dictionary` hashes every key with SipHash, which would be most of the cost of annotating a
/// token; this table, filled once and never changed, mixes the two integers with one multiply.
/// It is at most half full, so a look-up ends after a probe or two.
struct PackedTable<Value: Sendable>: Sendable {
    /// A key and the index of its value in `values`, side by side so that a probe reads one array.
    private struct Slot: Sendable {
        var key = PackedKey()
        /// -1 for an empty slot.
        var valueIndex: Int32 = -1
    }

    private var slots: [Slot]
    private var values: [Value] = []
    private let mask: Int

    /// The table of `entries`; of two entries with equal keys, the first is kept.
    init(_ entries: [(PackedKey, Value)]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        slots = Array(repeating: Slot(), count: capacity)
        mask = capacity - 1
        for (key, value) in entries {
            var slot = Self.hash(key) & mask
            while slots[slot].valueIndex >= 0 && slots[slot].key != key { slot = (slot + 1) & mask }
            guard slots[slot].valueIndex < 0 else { continue }
            slots[slot] = Slot(key: key, valueIndex: Int32(values.count))
            values.append(value)
        }
    }

    func value(for key: PackedKey) -> Value? {
        var slot = Self.hash(key) & mask
        while slots[slot].valueIndex >= 0 {
            if slots[slot].key == key { return values[Int(slots[slot].valueIndex)] }
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
