/// A checker for the small part of the FTS5 query grammar `SearchQuery` may emit, so hostile input can
/// be checked even where the sqlite3 shell is missing:
///
/// ```
/// or      := and ("OR" and)*
/// and     := not ("AND" not)*
/// not     := primary ("NOT" primary)*
/// primary := string ["*"] | "(" or ")" | column ":" primary
/// string  := '"' (any character but '"' | '""')+ '"'
/// ```
/// Bare words, implicit AND, `^`, `NEAR` and `+` are deliberately not accepted: the query layer never
/// writes them.
struct FTS5ExpressionChecker {
    private enum Token: Equatable {
        case string(String)
        case star, open, close, colon
        case keyword(String)
        case column(String)
    }

    private var tokens: [Token] = []
    private var position = 0

    /// Whether `expression` is in the grammar above; `columns` are the names a column filter may use.
    static func isValid(_ expression: String, columns: Set<String> = []) -> Bool {
        guard let tokens = tokenize(expression, columns: columns), !tokens.isEmpty else { return false }
        var checker = FTS5ExpressionChecker(tokens: tokens)
        return checker.parseOr() && checker.position == tokens.count
    }

    private init(tokens: [Token]) {
        self.tokens = tokens
    }

    private static func tokenize(_ expression: String, columns: Set<String>) -> [Token]? {
        var tokens: [Token] = []
        let scalars = Array(expression.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case " ":
                index += 1
            case "*", "(", ")", ":":
                tokens.append([Unicode.Scalar("*"): .star, "(": .open, ")": .close, ":": .colon][scalar]!)
                index += 1
            case "\"":
                var content = String.UnicodeScalarView()
                index += 1
                while true {
                    guard index < scalars.count else { return nil }
                    if scalars[index] == "\"" {
                        if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                            content.append("\"")
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    content.append(scalars[index])
                    index += 1
                }
                guard !content.isEmpty else { return nil }
                tokens.append(.string(String(content)))
            default:
                var word = String.UnicodeScalarView()
                while index < scalars.count, scalars[index].properties.isAlphabetic {
                    word.append(scalars[index])
                    index += 1
                }
                let text = String(word)
                if ["AND", "OR", "NOT"].contains(text) {
                    tokens.append(.keyword(text))
                } else if columns.contains(text) {
                    tokens.append(.column(text))
                } else {
                    return nil
                }
            }
        }
        return tokens
    }

    private mutating func accept(_ token: Token) -> Bool {
        guard position < tokens.count, tokens[position] == token else { return false }
        position += 1
        return true
    }

    private mutating func parseOr() -> Bool {
        guard parseAnd() else { return false }
        while accept(.keyword("OR")) {
            guard parseAnd() else { return false }
        }
        return true
    }

    private mutating func parseAnd() -> Bool {
        guard parseNot() else { return false }
        while accept(.keyword("AND")) {
            guard parseNot() else { return false }
        }
        return true
    }

    private mutating func parseNot() -> Bool {
        guard parsePrimary() else { return false }
        while accept(.keyword("NOT")) {
            guard parsePrimary() else { return false }
        }
        return true
    }

    private mutating func parsePrimary() -> Bool {
        guard position < tokens.count else { return false }
        switch tokens[position] {
        case .string:
            position += 1
            _ = accept(.star)
            return true
        case .open:
            position += 1
            return parseOr() && accept(.close)
        case .column:
            position += 1
            return accept(.colon) && parsePrimary()
        default:
            return false
        }
    }
}
