import Foundation

/// JSON as every command prints it: keys sorted, slashes as they are; a document pretty-printed, an
/// NDJSON line on one line.
public enum JSONOutput {
    /// Writes `value` as a pretty-printed document.
    public static func write(_ value: some Encodable, to stream: inout some TextOutputStream) {
        stream.write(encoded(value, pretty: true) + "\n")
    }

    /// Writes `value` as one line (NDJSON).
    public static func writeLine(_ value: some Encodable, to stream: inout some TextOutputStream) {
        stream.write(encoded(value, pretty: false) + "\n")
    }

    /// `value` as JSON text: pretty-printed (a document) or on one line (an NDJSON line), keys sorted.
    public static func encoded(_ value: some Encodable, pretty: Bool) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        // The values printed are plain structs of strings and numbers, which always encode.
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
