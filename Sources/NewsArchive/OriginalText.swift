import CNewsZlib

/// The text of the file an article was read from, as `articles.original` keeps it: deflated by zlib
/// with the article's own text (its headlines and paragraphs) as a preset dictionary. Nearly all of a
/// saved article is text the archive already holds in its sections, so the original costs a few
/// percent of its size instead of a second copy.
struct OriginalText: Sendable {
    /// The deflated bytes, or the text's own UTF-8 bytes when deflating does not make it smaller.
    var bytes: [UInt8]
    /// The text's length in UTF-8 bytes; `bytes.count == size` means `bytes` is the text itself.
    var size: Int

    /// Deflates `text` against `dictionary` (see `dictionary(title:sections:)`).
    init(text: String, dictionary: [UInt8]) {
        let plain = Array(text.utf8)
        size = plain.count
        bytes = Self.deflated(plain, dictionary: dictionary).flatMap { $0.count < plain.count ? $0 : nil } ?? plain
    }

    init(bytes: [UInt8], size: Int) {
        self.bytes = bytes
        self.size = size
    }

    /// The dictionary an article's original is deflated against: each section's headline and body,
    /// one per line. Built the same way at ingest and when reading back. (Not the title, which a user
    /// may change; the title line is short anyway.)
    static func dictionary(sections: [(headline: String?, body: String)]) -> [UInt8] {
        var text = ""
        for section in sections {
            if let headline = section.headline { text += headline + "\n" }
            text += section.body + "\n"
        }
        return Array(text.utf8)
    }

    /// The text, inflating with `dictionary` when it is deflated; nil when the bytes do not inflate to
    /// `size` bytes of UTF-8 with that dictionary (the sections were edited after ingest, or the
    /// value was written by another program).
    func text(dictionary: [UInt8]) -> String? {
        if bytes.count == size { return String(validating: bytes, as: UTF8.self) }
        // Deflate shrinks text at most about 1,000 times; a larger size was not written by us.
        guard size >= 0, size <= bytes.count * 1_032 + 64 else { return nil }
        guard let plain = Self.inflated(bytes, size: size, dictionary: dictionary) else { return nil }
        return String(validating: plain, as: UTF8.self)
    }

    private static func deflated(_ input: [UInt8], dictionary: [UInt8]) -> [UInt8]? {
        var stream = z_stream()
        guard cnewszlib_deflate_init(&stream, Z_BEST_SPEED) == Z_OK else { return nil }
        guard dictionary.withUnsafeBufferPointer({ deflateSetDictionary(&stream, $0.baseAddress, UInt32($0.count)) }) == Z_OK
        else {
            deflateEnd(&stream)
            return nil
        }
        return Deflate.whole(input, through: &stream)
    }

    private static func inflated(_ input: [UInt8], size: Int, dictionary: [UInt8]) -> [UInt8]? {
        var stream = z_stream()
        guard cnewszlib_inflate_init(&stream) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var input = input
        var output = [UInt8](repeating: 0, count: size)
        let finished = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target -> Bool in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                var status = inflate(&stream, Z_FINISH)
                if status == Z_NEED_DICT {
                    guard
                        dictionary.withUnsafeBufferPointer({
                            inflateSetDictionary(&stream, $0.baseAddress, UInt32($0.count))
                        }) == Z_OK
                    else { return false }
                    status = inflate(&stream, Z_FINISH)
                }
                return status == Z_STREAM_END
            }
        }
        return finished && Int(stream.total_out) == size ? output : nil
    }
}
