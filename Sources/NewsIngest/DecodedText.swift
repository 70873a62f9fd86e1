/// The text of a saved article file and the encoding it was read in.
public struct DecodedText: Sendable, Equatable {
    /// The file's text, without any UTF-8 byte order mark.
    public var text: String
    public var encoding: TextEncoding

    public init(text: String, encoding: TextEncoding) {
        self.text = text
        self.encoding = encoding
    }
}
