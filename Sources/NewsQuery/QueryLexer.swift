/// Cuts a plain-language query into the pieces its grammar knows. Never fails: any character that is
/// not part of a piece is punctuation and separates words.
///
/// ```
/// query   := piece*                       (pieces are separated by white space)
/// piece   := "OR" | "AND" | "NOT"          (uppercase only; lowercase ones are words)
///          | field ":" [value]            (field: headline, title or actor, any case)
///          | ["-"] chunk                  (a leading "-" excludes)
/// value   := chunk                        (right after the colon, or the next piece)
/// chunk   := quoted ["*"] | bare
/// quoted  := ( " | “ | ” | „ ) text up to the next quote mark, or to the end when there is none
/// bare    := text up to white space or a quote mark; a "*" right after its last word makes that word
///            a prefix; a trailing 's or ’s is a possessive and is dropped
/// ```
/// A chunk's words are cut as the index cuts them (`IndexToken`), so `European-led` is a chunk of two
/// words, which the query searches as a phrase.
enum QueryLexer {
    /// A field filter's name.
    enum Field: String, Sendable {
        case headline
        case title
        case actor
    }

    /// A word, phrase or prefix as the user wrote it.
    struct Chunk: Sendable, Equatable {
        /// The text of the chunk as written (without quote marks).
        var text: String
        /// The chunk's words, with offsets into `text`.
        var tokens: [IndexToken]
        var isQuoted = false
        var isExcluded = false
        /// The last token is a prefix (`negotiat*`).
        var isPrefix = false

        /// The chunk from its first word to its last, without surrounding quote marks, punctuation or
        /// a dropped possessive (`Macron's,` → `Macron`, `Jean-Luc` stays `Jean-Luc`).
        var coreText: String {
            guard let first = tokens.first, let last = tokens.last else { return "" }
            let scalars = Array(text.unicodeScalars)
            return String(String.UnicodeScalarView(scalars[first.range.lowerBound..<last.range.upperBound]))
        }

        /// An unquoted, non-excluded single word without `*`: the only kind that can be a stop word,
        /// a question word or part of a multi-word synonym.
        var isPlainWord: Bool {
            !isQuoted && !isExcluded && !isPrefix && tokens.count == 1
        }

        /// Written in capitals only, with at least two letters (`US`, `NATO`, `WHO`).
        var isAllCapitals: Bool {
            let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
            return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
        }
    }

    /// One piece of the query.
    enum Lexeme: Sendable, Equatable {
        case chunk(Chunk)
        case or
        case and
        case not
        /// A field filter and its value, nil when nothing followed the colon.
        case field(Field, Chunk?)
    }

    /// The pieces of `query`, in order. O(n) in its length.
    static func lexemes(in query: String) -> [Lexeme] {
        var reader = PieceReader(scalars: Array(query.unicodeScalars))
        var lexemes: [Lexeme] = []
        while let lexeme = reader.next() {
            lexemes.append(lexeme)
        }
        return lexemes
    }

    /// Reads lexemes one by one from the query's scalars.
    private struct PieceReader {
        let scalars: [Unicode.Scalar]
        var position = 0

        /// The next lexeme, skipping pieces with no word in them; nil at the end.
        mutating func next() -> Lexeme? {
            while true {
                skipWhitespace()
                guard position < scalars.count else { return nil }
                var isExcluded = false
                if scalars[position] == "-" {
                    position += 1
                    guard position < scalars.count, !isWhitespace(scalars[position]) else { continue }
                    isExcluded = true
                }
                if isQuoteMark(scalars[position]) {
                    if var chunk = readQuoted() {
                        chunk.isExcluded = isExcluded
                        return .chunk(chunk)
                    }
                    continue
                }
                let piece = readBare()
                if !isExcluded, let lexeme = operatorOrField(piece) {
                    return lexeme
                }
                if var chunk = Self.bareChunk(piece) {
                    chunk.isExcluded = isExcluded
                    return .chunk(chunk)
                }
            }
        }

        private mutating func skipWhitespace() {
            while position < scalars.count, isWhitespace(scalars[position]) { position += 1 }
        }

        private func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isWhitespace
        }

        private func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\"" || scalar == "\u{201C}" || scalar == "\u{201D}" || scalar == "\u{201E}"
        }

        /// Reads a quoted phrase starting at a quote mark, and a `*` right after the closing mark;
        /// nil when it holds no word.
        private mutating func readQuoted() -> Chunk? {
            let start = position + 1
            var end = start
            while end < scalars.count, !isQuoteMark(scalars[end]) { end += 1 }
            position = min(end + 1, scalars.count)
            var isPrefix = false
            if position < scalars.count, scalars[position] == "*" {
                isPrefix = true
                position += 1
            }
            let text = String(String.UnicodeScalarView(scalars[start..<end]))
            let tokens = IndexToken.tokens(in: text)
            guard !tokens.isEmpty else { return nil }
            return Chunk(text: text, tokens: tokens, isQuoted: true, isPrefix: isPrefix)
        }

        /// Reads up to white space or a quote mark.
        private mutating func readBare() -> String {
            let start = position
            while position < scalars.count, !isWhitespace(scalars[position]), !isQuoteMark(scalars[position]) {
                position += 1
            }
            return String(String.UnicodeScalarView(scalars[start..<position]))
        }

        /// `OR`, `AND`, `NOT`, or a field filter with its value (read from the rest of the piece, or else
        /// from the next piece or quoted phrase); nil for anything else.
        private mutating func operatorOrField(_ piece: String) -> Lexeme? {
            switch piece {
            case "OR": return .or
            case "AND": return .and
            case "NOT": return .not
            default: break
            }
            guard let colon = piece.firstIndex(of: ":"),
                let field = Field(rawValue: piece[..<colon].lowercased())
            else { return nil }
            let rest = String(piece[piece.index(after: colon)...])
            if !rest.isEmpty {
                return .field(field, Self.bareChunk(rest))
            }
            skipWhitespace()
            guard position < scalars.count else { return .field(field, nil) }
            if isQuoteMark(scalars[position]) {
                return .field(field, readQuoted())
            }
            return .field(field, Self.bareChunk(readBare()))
        }

        /// The words of an unquoted piece, with a possessive `'s` dropped and a `*` after the last word
        /// read as a prefix mark; nil when it holds no word.
        static func bareChunk(_ piece: String) -> Chunk? {
            var tokens = IndexToken.tokens(in: piece)
            guard let last = tokens.last else { return nil }
            let scalars = Array(piece.unicodeScalars)
            let isPrefix = last.range.upperBound < scalars.count && scalars[last.range.upperBound] == "*"
            if !isPrefix, tokens.count >= 2, last.folded == "s", last.range.lowerBound > 0,
                apostrophes.contains(scalars[last.range.lowerBound - 1])
            {
                tokens.removeLast()
            }
            return Chunk(text: piece, tokens: tokens, isPrefix: isPrefix)
        }

        private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}"]
    }
}
