import Foundation
import NewsArchiveOutput

extension JSONOutput {
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
}
