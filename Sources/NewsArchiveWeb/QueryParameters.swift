import Foundation

/// The parameters of a URL's query (`q=which+leaders&tag=politics&tag=uk`), in order, decoded as
/// browsers encode forms: `+` is a space, `%XX` a byte of UTF-8.
public struct QueryParameters: Sendable, Equatable {
    /// Every name and value, in the order given.
    public private(set) var pairs: [(name: String, value: String)]

    /// Reads `query`, the part of a URL after `?` (nil or empty: no parameters). A pair whose
    /// percent-encoding is not UTF-8 is kept with its text as written.
    public init(query: String?) {
        pairs = (query ?? "").split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (name: Self.decoded(parts[0]), value: parts.count > 1 ? Self.decoded(parts[1]) : "")
        }
    }

    /// Parameters from names and values.
    public init(_ pairs: [(name: String, value: String)]) { self.pairs = pairs }

    /// The first value of `name`, or nil.
    public subscript(name: String) -> String? { pairs.first { $0.name == name }?.value }

    /// Every value of `name`, in order.
    public func all(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }

    /// The first value of `name` when it holds more than spaces, trimmed; else nil.
    public func nonEmpty(_ name: String) -> String? {
        guard let value = self[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    /// These parameters with `name` set to `value` (every earlier value of it removed; nil removes it).
    public func setting(_ name: String, to value: String?) -> QueryParameters {
        var copy = pairs.filter { $0.name != name }
        if let value { copy.append((name, value)) }
        return QueryParameters(copy)
    }

    /// These parameters without the pair `name`=`value`.
    public func removing(_ name: String, value: String) -> QueryParameters {
        QueryParameters(pairs.filter { !($0.name == name && $0.value == value) })
    }

    /// The query as a URL writes it, without the `?`.
    public var encoded: String {
        pairs.map { Self.encoded($0.name) + "=" + Self.encoded($0.value) }.joined(separator: "&")
    }

    public static func == (lhs: QueryParameters, rhs: QueryParameters) -> Bool {
        lhs.pairs.elementsEqual(rhs.pairs) { $0.name == $1.name && $0.value == $1.value }
    }

    private static func decoded(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// Letters, digits and `-._~` as they are; every other byte of UTF-8 as `%XX`.
    static func encoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default: result += String(format: "%%%02X", byte)
            }
        }
        return result
    }
}

/// Builds the site's own links, keeping the access token in each when the request carried it in its URL
/// (a browser sent to `/?token=…` stays signed in by following links).
public struct SiteLinks: Sendable {
    /// The token to carry in links, or nil.
    public var token: String?

    public init(token: String?) { self.token = token }

    /// `path` with `parameters` (and the token) as its query.
    public func href(_ path: String, _ parameters: QueryParameters = QueryParameters([])) -> String {
        let all = token.map { parameters.setting("token", to: $0) } ?? parameters
        let query = all.encoded
        return query.isEmpty ? path : path + "?" + query
    }

    /// The page of article `id`.
    public func article(_ id: Int) -> String { href("/articles/\(id)") }

    /// The page of actor `id`.
    public func actor(_ id: Int) -> String { href("/actors/\(id)") }
}
