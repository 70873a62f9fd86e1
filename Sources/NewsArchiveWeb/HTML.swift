import Foundation
import NewsQuery

/// A fragment of HTML: text already escaped, or markup built from escaped parts. Strings from articles
/// become HTML only through `HTML(text:)`, so nothing an article holds is ever read as markup.
public struct HTML: Sendable, Equatable, CustomStringConvertible {
    /// The markup.
    public private(set) var markup: String

    /// Markup written by this module (never text from an article or a request).
    init(markup: String) { self.markup = markup }

    /// `text` escaped for an element's content or a quoted attribute value: `&`, `<`, `>`, `"` and `'` as
    /// entities (as the charts escape their text), and each directional formatting character (the
    /// right-to-left override U+202E and its kin, which would reorder what follows) and invisible control
    /// shown as its code, `[U+202E]`.
    ///
    /// For example:
    /// ```swift
    /// HTML(text: "<script>\"x\"").markup  // "&lt;script&gt;&quot;x&quot;"
    /// ```
    public init(text: String) {
        let isShownAsCode = { (scalar: Unicode.Scalar) in Self.isDirectionalControl(scalar) || Self.isInvisibleControl(scalar) }
        guard text.unicodeScalars.contains(where: isShownAsCode) else {
            markup = SVGChart.escaped(text)
            return
        }
        var shown = ""
        for scalar in text.unicodeScalars {
            if isShownAsCode(scalar) {
                shown += "[U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + "]"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        markup = SVGChart.escaped(shown)
    }

    public var description: String { markup }

    /// Appends `other`.
    static func += (lhs: inout HTML, rhs: HTML) { lhs.markup += rhs.markup }

    /// Both fragments, one after the other.
    static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(markup: lhs.markup + rhs.markup) }

    /// Nothing.
    static let empty = HTML(markup: "")

    /// The fragments one after another.
    static func joined(_ parts: some Sequence<HTML>, separator: String = "") -> HTML {
        HTML(markup: parts.map(\.markup).joined(separator: separator))
    }

    /// `text` escaped, with the text of each of `ranges` (Unicode scalar offsets; ranges that overlap an
    /// earlier one are cut or skipped) made into markup by `wrap`, given the range's index and its text.
    static func text(_ text: String, wrapping ranges: [Range<Int>], with wrap: (Int, String) -> HTML) -> HTML {
        let scalars = Array(text.unicodeScalars)
        var html = HTML.empty
        var position = 0
        for (index, range) in ranges.enumerated() {
            let lower = min(max(range.lowerBound, position), scalars.count)
            let upper = min(max(range.upperBound, lower), scalars.count)
            guard upper > lower else { continue }
            html += HTML(text: String(String.UnicodeScalarView(scalars[position..<lower])))
            html += wrap(index, String(String.UnicodeScalarView(scalars[lower..<upper])))
            position = upper
        }
        return html + HTML(text: String(String.UnicodeScalarView(scalars[position...])))
    }

    /// The embeddings, overrides and isolates of Unicode's bidirectional algorithm (U+202A–U+202E,
    /// U+2066–U+2069): what "Trojan Source" tricks use to show text in an order other than its own.
    static func isDirectionalControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// C0 and C1 controls other than tab and line breaks: invisible, and some browsers act on them.
    static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && ![0x09, 0x0A, 0x0D].contains(scalar.value)) || (0x7F...0x9F).contains(scalar.value)
    }

    /// `url` when it is an absolute http or https address, else nil (`javascript:`, `data:` and the
    /// rest are never made links).
    public static func safeURL(_ url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        let lowercased = trimmed.lowercased()
        guard lowercased.hasPrefix("http://") || lowercased.hasPrefix("https://") else { return nil }
        // No control character or space may hide another scheme or break the attribute.
        guard !trimmed.unicodeScalars.contains(where: { $0.value <= 0x20 || isDirectionalControl($0) || $0.value == 0x7F }) else {
            return nil
        }
        return trimmed
    }
}

extension String {
    /// The string with zeros before it up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

/// Builds markup from escaped text: `tag("a", ["href": link], text: "Macron")`.
enum Markup {
    /// `<name>content</name>`.
    static func element(_ name: String, _ content: HTML) -> HTML { element(name, [:], content) }

    /// `<name attributes>content</name>`; attribute values are escaped, names are this module's own.
    static func element(_ name: String, _ attributes: KeyValuePairs<String, String?>, _ content: HTML) -> HTML {
        HTML(markup: "<\(name)\(attributeMarkup(attributes))>\(content.markup)</\(name)>")
    }

    /// `element` around escaped `text`.
    static func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String) -> HTML {
        element(name, attributes, HTML(text: text))
    }

    /// An element with no content or end tag (`<input …>`).
    static func void(_ name: String, _ attributes: KeyValuePairs<String, String?>) -> HTML {
        HTML(markup: "<\(name)\(attributeMarkup(attributes))>")
    }

    /// A link to `href` (escaped), or plain text when `href` is nil.
    static func link(_ href: String?, text: String, _ attributes: KeyValuePairs<String, String?> = [:]) -> HTML {
        guard let href else { return HTML(text: text) }
        return HTML(markup: "<a href=\"\(HTML(text: href).markup)\"\(attributeMarkup(attributes))>\(HTML(text: text).markup)</a>")
    }

    private static func attributeMarkup(_ attributes: KeyValuePairs<String, String?>) -> String {
        attributes.compactMap { name, value in value.map { " \(name)=\"\(HTML(text: $0).markup)\"" } }.joined()
    }
}
