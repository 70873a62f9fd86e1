/// A strict RFC 4180 reader for checking `CSVWriter`'s output: records end with CRLF, a field with a
/// comma, quote, CR or LF must be quoted, a quote inside a quoted field is doubled. Anything else
/// (a bare CR or LF, a quote in an unquoted field, text after a closing quote) is an error. Shared by
/// the CSVWriter tests and the CLI's export tests.
public enum RFC4180Reader {
    public struct MalformedCSV: Error, CustomStringConvertible {
        public var offset: Int
        public var reason: String
        public var description: String { "malformed CSV at scalar \(offset): \(reason)" }
    }

    /// The records of `text`, each a list of fields; a leading byte order mark is skipped.
    public static func records(in text: String) throws -> [[String]] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var records: [[String]] = []
        var record: [String] = []
        var index = 0
        while index < scalars.count {
            var field = String.UnicodeScalarView()
            if scalars[index] == "\"" {
                index += 1
                while true {
                    guard index < scalars.count else { throw MalformedCSV(offset: index, reason: "unclosed quote") }
                    if scalars[index] == "\"" {
                        if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                            field.append("\"")
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    field.append(scalars[index])
                    index += 1
                }
            } else {
                while index < scalars.count, scalars[index] != ",", scalars[index] != "\r" {
                    guard scalars[index] != "\"", scalars[index] != "\n" else {
                        throw MalformedCSV(offset: index, reason: "unquoted \(scalars[index].escaped(asASCII: true))")
                    }
                    field.append(scalars[index])
                    index += 1
                }
            }
            record.append(String(field))
            guard index < scalars.count else { throw MalformedCSV(offset: index, reason: "last record lacks CRLF") }
            if scalars[index] == "," {
                index += 1
            } else if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                records.append(record)
                record = []
                index += 2
            } else {
                throw MalformedCSV(offset: index, reason: "expected a comma or CRLF")
            }
        }
        return records
    }
}
