import ArgumentParser
import NewsQuery

/// The words of a search as typed, checked for options the argument parser did not know: the query
/// takes every word it is given (`-word` excludes a word), so a mistyped option would otherwise be
/// searched for and its setting silently lost (`--sinse 2005`, `--limt 3`, `-n 3`).
///
/// Before `--`, a word is an unknown option, and an error, when it starts with `--`, is a dash and one
/// letter (`-n`), or is a dash and the name of an option (`-limit`). After `--`, every word is query.
struct SearchWords: Equatable {
    /// The query, its words joined by spaces.
    var query: String

    /// Reads `captured` (what the parser left over, in order, `--` included when it was given).
    /// - parameter options: the command's long option and flag names, without dashes.
    /// - parameter formats: the values of `--format`, suggested for `--json` and the like.
    /// - parameter command: the subcommand whose words these are, for the messages.
    /// - throws: `ValidationError` naming the first unknown option, with a suggestion.
    init(_ captured: [String], options: [String], formats: [String], command: String = "search") throws {
        let terminator = captured.firstIndex(of: "--") ?? captured.endIndex
        for word in captured[..<terminator] {
            if let message = Self.unknownOption(word, options: options, formats: formats, command: command) {
                throw ValidationError(message)
            }
        }
        let after = terminator < captured.endIndex ? captured[(terminator + 1)...] : []
        query = (captured[..<terminator] + after).joined(separator: " ")
    }

    /// Why `word` is an unknown option, or nil when it is a query word.
    private static func unknownOption(_ word: String, options: [String], formats: [String], command: String) -> String? {
        let afterTerminator = "To search for it as written, put it after '--': news-archive \(command) -- \(word)"
        if word.hasPrefix("--"), word.count > 2 {
            let name = String(word.dropFirst(2).prefix { $0 != "=" })
            if formats.contains(name.lowercased()) { return "Unknown option '\(word)'. Did you mean '--format \(name.lowercased())'?" }
            if let nearest = Spelling.nearest(to: name, in: options) {
                return "Unknown option '\(word)'. Did you mean '--\(nearest)'?"
            }
            return "Unknown option '\(word)'. See 'news-archive \(command) --help' for the options. \(afterTerminator)"
        }
        guard word.hasPrefix("-"), !word.hasPrefix("--") else { return nil }
        let name = word.dropFirst()
        if name.count == 1, name.first?.isLetter == true {
            return "Unknown option '\(word)': options are long (--limit, --format …); see 'news-archive \(command) --help'. \(afterTerminator)"
        }
        if options.contains(name.lowercased()) {
            return "Unknown option '\(word)'. Did you mean '--\(name.lowercased())'? \(afterTerminator)"
        }
        return nil
    }
}
