/// How `CSVWriter` guards cells that a spreadsheet would run as a formula ("CSV injection").
///
/// A cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return may be read as a formula when
/// the file is opened in a spreadsheet (OWASP, "CSV Injection"). The guard prefixes such a cell with a
/// single quote `'`, which spreadsheets read as "text follows"; other programs will see the `'`.
public enum CSVFormulaProtection: Sendable, Equatable, CaseIterable {
    /// Cells are written exactly as given.
    case none
    /// Every cell beginning with a formula character gets the `'` prefix, as OWASP recommends,
    /// including numbers such as `-3.5`.
    case all
    /// As `all`, except a cell that is one plain decimal number (`-3.5`, `+44`, `-1e-3`) is left as it
    /// is: a spreadsheet reads it as that number, and it cannot carry a formula. The default, so that
    /// exported numbers stay numbers.
    case allButNumbers

    /// The cell as it should be written under this protection.
    func protect(_ cell: String) -> String {
        guard self != .none, let first = cell.unicodeScalars.first, Self.formulaStarters.contains(first) else {
            return cell
        }
        if self == .allButNumbers, Self.isPlainNumber(cell) { return cell }
        return "'" + cell
    }

    private static let formulaStarters: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// Whether `cell` is `[+-]digits[.digits][e[+-]digits]` (or `[+-].digits…`), and nothing else.
    static func isPlainNumber(_ cell: String) -> Bool {
        var scalars = Substring(cell).unicodeScalars[...]
        func digits() -> Int {
            let count = scalars.prefix { ("0"..."9").contains($0) }.count
            scalars = scalars.dropFirst(count)
            return count
        }
        if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
        var mantissaDigits = digits()
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            mantissaDigits += digits()
        }
        guard mantissaDigits > 0 else { return false }
        if let e = scalars.first, e == "e" || e == "E" {
            scalars = scalars.dropFirst()
            if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return scalars.isEmpty
    }
}
