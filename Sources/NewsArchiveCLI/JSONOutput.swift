import Foundation

/// JSON as every command prints it: keys sorted, slashes as they are; a document pretty-printed, an
/// NDJSON line on one line.
enum JSONOutput {
    /// Writes `value` as a pretty-printed document.
    static func write(_ value: some Encodable, to stream: inout FileOutputStream) {
        stream.write(encoded(value, pretty: true) + "\n")
    }

    /// Writes `value` as one line (NDJSON).
    static func writeLine(_ value: some Encodable, to stream: inout FileOutputStream) {
        stream.write(encoded(value, pretty: false) + "\n")
    }

    /// Prints `value` as a document on standard output.
    static func print(_ value: some Encodable) {
        var stream = FileOutputStream(handle: .standardOutput)
        write(value, to: &stream)
        stream.flush()
    }

    /// Prints `value` as one line on standard output, at once.
    static func printLine(_ value: some Encodable) {
        var stream = FileOutputStream(handle: .standardOutput)
        writeLine(value, to: &stream)
        stream.flush()
    }

    private static func encoded(_ value: some Encodable, pretty: Bool) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        // The values printed are plain structs of strings and numbers, which always encode.
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
