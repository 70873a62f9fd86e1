/// The Windows-1252 code page: bytes 0x80–0x9F per Microsoft's table, 0xA0–0xFF as in Latin-1.
enum Windows1252 {
    /// The character `byte` (0x80 or above) stands for, or nil for the five bytes the code page
    /// leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
    static func scalar(for byte: UInt8) -> Unicode.Scalar? {
        guard byte < 0xA0 else { return Unicode.Scalar(byte) }
        let value = c1Replacements[Int(byte) - 0x80]
        return value == 0 ? nil : Unicode.Scalar(value)
    }

    /// Bytes 0x80–0x9F; 0 marks an undefined byte.
    private static let c1Replacements: [UInt16] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]
}
