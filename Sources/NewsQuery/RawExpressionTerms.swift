/// Counts the terms of an FTS5 expression taken as written (`search --raw`), so that a raw query has a
/// term limit as a plain one has (`SearchQuery.maximumTermCount`): FTS5 matches each term separately,
/// and thousands of them take minutes.
///
/// A term is a bareword that is not an operator (`AND`, `OR`, `NOT`, `NEAR`), a column name (a bareword
/// before `:`) or a `NEAR` distance, and each token inside a "quoted string". The count needs no valid
/// expression: SQLite still judges the syntax.
///
/// Related SQLite documentation: <https://www.sqlite.org/fts5.html#full_text_query_syntax>
public enum RawExpressionTerms {
    /// The number of terms in `expression`.
    public static func count(in expression: String) -> Int {
        let scalars = Array(expression.unicodeScalars)
        var count = 0
        var index = 0
        var afterComma = false
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\"" {
                index += 1
                var inToken = false
                while index < scalars.count {
                    // A doubled quote is a quote inside the string.
                    if scalars[index] == "\"" {
                        if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                            index += 2
                            continue
                        }
                        break
                    }
                    let isTokenCharacter = isBareword(scalars[index])
                    if isTokenCharacter && !inToken { count += 1 }
                    inToken = isTokenCharacter
                    index += 1
                }
                index += 1
                afterComma = false
            } else if isBareword(scalar) {
                let start = index
                while index < scalars.count && isBareword(scalars[index]) { index += 1 }
                let word = String(String.UnicodeScalarView(scalars[start..<index]))
                var next = index
                while next < scalars.count && scalars[next].properties.isWhitespace { next += 1 }
                let isColumn = next < scalars.count && scalars[next] == ":"
                if !isColumn && !afterComma && !operators.contains(word) { count += 1 }
                afterComma = false
            } else {
                if !scalar.properties.isWhitespace { afterComma = scalar == "," }
                index += 1
            }
        }
        return count
    }

    private static let operators: Set<String> = ["AND", "OR", "NOT", "NEAR"]

    /// FTS5's bareword characters: letters, digits, `_`, the substitute character and anything non-ASCII.
    private static func isBareword(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 127 || scalar.value == 0x1A || scalar == "_"
            || (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
    }
}
