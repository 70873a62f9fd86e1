import CNewsSHA256

/// SHA-256 (FIPS 180-4), for content hashes. Small enough to keep rather than add a crypto package.
/// Blocks are mixed by the CPU's SHA instructions where it has them (`CNewsSHA256`), else here.
enum SHA256 {
    /// Whether this CPU has the x86 SHA extensions.
    static let hasHardware = cnews_sha256_hardware_available() != 0

    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// The digest of `bytes` as 64 lowercase hex digits.
    ///
    /// Whole blocks are read in place and the message schedule lives in one buffer, without bounds
    /// checks: hashing the BBC politics folder took 82M instructions, against 104M over arrays.
    /// - parameter hardware: use the SHA instructions (tests compare both ways).
    static func hexDigest(of bytes: [UInt8], hardware: Bool = hasHardware) -> String {
        var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
        )
        // The last partial block, the 0x80 marker, zeros and the length in bits: one or two blocks.
        let wholeBlocks = bytes.count / 64
        var tail = Array(bytes[(wholeBlocks * 64)...])
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        let bitLength = UInt64(bytes.count) * 8
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }

        if hardware {
            withUnsafeMutableBytes(of: &state) { words in
                let words = words.bindMemory(to: UInt32.self).baseAddress
                roundConstants.withUnsafeBufferPointer { constants in
                    bytes.withUnsafeBufferPointer {
                        cnews_sha256_hardware_blocks(words, $0.baseAddress, wholeBlocks, constants.baseAddress)
                    }
                    tail.withUnsafeBufferPointer {
                        cnews_sha256_hardware_blocks(words, $0.baseAddress, tail.count / 64, constants.baseAddress)
                    }
                }
            }
        } else {
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { words in
                roundConstants.withUnsafeBufferPointer { constants in
                    bytes.withUnsafeBufferPointer { whole in
                        for block in 0..<wholeBlocks { compress(UnsafeBufferPointer(rebasing: whole[(block * 64)..<(block * 64 + 64)]), into: &state, words: words, constants: constants) }
                    }
                    tail.withUnsafeBufferPointer { tail in
                        for block in 0..<(tail.count / 64) { compress(UnsafeBufferPointer(rebasing: tail[(block * 64)..<(block * 64 + 64)]), into: &state, words: words, constants: constants) }
                    }
                }
            }
        }
        let hexDigits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for word in [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7] {
            for shift in stride(from: 28, through: 0, by: -4) { hex.append(hexDigits[Int((word >> UInt32(shift)) & 0xF)]) }
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// Mixes one 64-byte `block` into `state`; `words` is scratch space for the message schedule.
    private static func compress(
        _ block: UnsafeBufferPointer<UInt8>, into state: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32),
        words: UnsafeMutableBufferPointer<UInt32>, constants: UnsafeBufferPointer<UInt32>
    ) {
        for i in 0..<16 {
            words[i] = UInt32(block[i * 4]) << 24 | UInt32(block[i * 4 + 1]) << 16 | UInt32(block[i * 4 + 2]) << 8
                | UInt32(block[i * 4 + 3])
        }
        for i in 16..<64 {
            let s0 = rotateRight(words[i - 15], 7) ^ rotateRight(words[i - 15], 18) ^ (words[i - 15] &>> 3)
            let s1 = rotateRight(words[i - 2], 17) ^ rotateRight(words[i - 2], 19) ^ (words[i - 2] &>> 10)
            words[i] = words[i - 16] &+ s0 &+ words[i - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = state
        for i in 0..<64 {
            let s1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25)
            let choice = (e & f) ^ (~e & g)
            let temp1 = h &+ s1 &+ choice &+ constants[i] &+ words[i]
            let s0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let temp2 = s0 &+ majority
            (h, g, f, e, d, c, b, a) = (g, f, e, d &+ temp1, c, b, a, temp1 &+ temp2)
        }
        state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e, state.5 &+ f, state.6 &+ g, state.7 &+ h)
    }

    private static func rotateRight(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value &>> count) | (value &<< (32 - count))
    }
}
