import Foundation

extension String {
    /// The text's UTF-8 bytes in Unicode Normalization Form C.
    ///
    /// Foundation's normaliser is slow (about 25 MB/s), so a byte scan first checks whether every
    /// scalar is one that NFC leaves alone whatever surrounds it; only other text is normalised.
    /// O(n).
    var nfcUTF8: [UInt8] {
        let bytes = Array(utf8)
        if Self.isKnownNFC(bytes) { return bytes }
        return Array(precomposedStringWithCanonicalMapping.utf8)
    }

    /// Whether every scalar in `bytes` is below U+0300 (ASCII, Latin-1, Latin Extended, IPA and
    /// spacing modifiers), in U+2002–U+20BF (general punctuation, super- and subscripts, currency)
    /// or in U+2100–U+217F except the three singletons Ω U+2126, K U+212A and Å U+212B. Such
    /// scalars are NFC_Quick_Check=Yes with combining class 0, and none composes with what precedes
    /// it, so a text made only of them is already NFC.
    private static func isKnownNFC(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while true {
            index = ByteScan.firstNonASCII(in: bytes, index..<bytes.count)
            guard index < bytes.count else { return true }
            switch bytes[index] {
            case 0xC2...0xCB:
                index += 2
            case 0xE2:
                let second = bytes[index + 1]
                let third = bytes[index + 2]
                switch second {
                case 0x80 where third >= 0x82, 0x81, 0x82: break
                case 0x84 where third != 0xA6 && third != 0xAA && third != 0xAB: break
                case 0x85: break
                default: return false
                }
                index += 3
            default:
                return false
            }
        }
    }
}
