import Foundation
import NewsIngest
import Testing

/// Reading a file's bytes as text: UTF-8, UTF-16 with a byte order mark, Windows-1252 fallback, and
/// refusing what is not text.
@Suite struct ArticleTextDecoderTests {
    @Test func utf8IsReadAsUTF8() throws {
        let decoded = try ArticleTextDecoder.decode(Array("Prices in £ rose “sharply” — again.".utf8))
        #expect(decoded == DecodedText(text: "Prices in £ rose “sharply” — again.", encoding: .utf8))
    }

    @Test func utf8ByteOrderMarkIsStripped() throws {
        let decoded = try ArticleTextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Storm hits coast".utf8))
        #expect(decoded.text == "Storm hits coast")
        #expect(decoded.encoding == .utf8)
    }

    @Test func invalidUTF8FallsBackToWindows1252() throws {
        // "Price: £5 – “cheap” at 80€ … naïve" in Windows-1252.
        let bytes: [UInt8] =
            Array("Price: ".utf8) + [0xA3] + Array("5 ".utf8) + [0x96] + Array(" ".utf8) + [0x93] + Array("cheap".utf8)
            + [0x94] + Array(" at 80".utf8) + [0x80] + Array(" ".utf8) + [0x85] + Array(" na".utf8) + [0xEF]
            + Array("ve".utf8)
        let decoded = try ArticleTextDecoder.decode(bytes)
        #expect(decoded == DecodedText(text: "Price: £5 – “cheap” at 80€ … naïve", encoding: .windows1252))
    }

    @Test(arguments: [false, true])
    func utf16WithAByteOrderMarkIsReadAsUTF16(bigEndian: Bool) throws {
        let text = "Kyiv’s “guarantees” — 𝔼urope agrees.\r\nNext line."
        let units = Array(text.utf16)
        let byteOrderMark: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        let bytes = byteOrderMark + units.flatMap { unit -> [UInt8] in
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            return bigEndian ? [high, low] : [low, high]
        }
        #expect(try ArticleTextDecoder.decode(bytes) == DecodedText(text: text, encoding: .utf16))
    }

    @Test func brokenUTF16IsRefused() {
        // An odd byte count, then an unpaired high surrogate (D800) before "A".
        #expect(throws: TextDecodingError.notText) { try ArticleTextDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x42]) }
        #expect(throws: TextDecodingError.notText) { try ArticleTextDecoder.decode([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]) }
        #expect(throws: TextDecodingError.empty) { try ArticleTextDecoder.decode([0xFE, 0xFF, 0x00, 0x20]) }
        // UTF-16 without a byte order mark is still refused as binary: it is full of NUL bytes.
        #expect(throws: TextDecodingError.binary) {
            try ArticleTextDecoder.decode(Array("Storm hits coast".utf16).flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] })
        }
    }

    // The corpus sits outside the repository, so fresh clones do not have it.
    @Test(.enabled(if: BBCCorpus.isPresent, "the BBC corpus is not at ../shared/corpus/bbc"))
    func latin1BBCFileIsReadAsWindows1252() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: BBCCorpus.path + "/sport/199.txt")))
        let decoded = try ArticleTextDecoder.decode(bytes)
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text.contains("£"))
    }

    @Test(
        arguments: [
            ([], TextDecodingError.empty),
            (Array(" \n\t\r\n".utf8), .empty),
            (Array("\u{A0}\u{2003}\n".utf8), .empty),
            // A PNG signature and the start of its IHDR chunk.
            (
                [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52],
                .binary
            ),
            // A gzip header.
            (
                [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0x07],
                .binary
            ),
            (Array("text".utf8) + [UInt8](repeating: 0x01, count: 4), .binary),
            // 0x81 is undefined in Windows-1252.
            (Array("Price ".utf8) + [0x81, 0xA3] + Array(" rose".utf8), .notText),
            ([0xC3, 0x28, 0xE9, 0xF1, 0xFA, 0xD1, 0xE8] + Array("ab".utf8), .notText),
        ] as [([UInt8], TextDecodingError)]
    )
    func nonTextIsRefused(bytes: [UInt8], expected: TextDecodingError) {
        #expect(throws: expected) { try ArticleTextDecoder.decode(bytes) }
    }

    @Test(arguments: [TextDecodingError.empty, .binary, .notText])
    func errorMessagesAreOneLineWithoutAFileName(error: TextDecodingError) {
        #expect(!error.description.isEmpty)
        #expect(!error.description.contains("\n"))
        #expect(error.description.hasPrefix("the file "))
    }
}
