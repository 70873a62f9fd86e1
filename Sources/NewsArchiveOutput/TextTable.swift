import Foundation

/// Plain aligned columns for the terminal.
public enum TextTable {
    /// The rows under the header, each column as wide as its widest cell (at most `maximumWidth`, longer cells cut with …).
    public static func render(header: [String], rows: [[String]], maximumWidth: Int = 40) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in
            min(maximumWidth, all.map { $0[column].count }.max() ?? 0)
        }
        return all.map { row in
            row.enumerated().map { column, cell in
                let clipped = cell.count > maximumWidth ? String(cell.prefix(maximumWidth - 1)) + "…" : cell
                return column == row.count - 1 ? clipped : clipped.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
