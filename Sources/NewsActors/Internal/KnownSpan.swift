/// For each token of a sentence, the `KnownSpan` covering it, if any.
///
/// Stored as one small integer per token into a list of the (few) spans, not as an optional span
/// per token: a span holds strings, and an array of them per sentence was costly to fill and free.
struct KnownSpans {
    private let tokenCount: Int
    /// Index in `spans` per token; -1 for none. Empty until the first span is added, so that a
    /// sentence without one allocates nothing.
    private var spanIndexOfToken: [Int32] = []
    private var spans: [KnownSpan] = []

    init(tokenCount: Int) {
        self.tokenCount = tokenCount
    }

    subscript(token: Int) -> KnownSpan? {
        guard !spans.isEmpty else { return nil }
        let index = spanIndexOfToken[token]
        return index < 0 ? nil : spans[Int(index)]
    }

    /// Records `span` for each token it covers.
    mutating func add(_ span: KnownSpan) {
        if spans.isEmpty {
            // `map`, not `Array(repeating:count:)`: the latter is not specialised here and looks up
            // the array's type metadata at run time on every call.
            spanIndexOfToken = (0..<tokenCount).map { _ in -1 }
        }
        spans.append(span)
        for token in span.start..<span.end { spanIndexOfToken[token] = Int32(spans.count - 1) }
    }
}

/// Tokens of a sentence that the gazetteer recognises: a name or a demonym.
struct KnownSpan: Sendable {
    enum Meaning: Sendable {
        case name(GazetteerName)
        /// A demonym or country adjective ("French"): it qualifies a role, and is no mention.
        case demonym(country: String)
    }

    /// Token indices, half-open.
    var start: Int
    var end: Int
    var meaning: Meaning

    var entry: GazetteerName? {
        if case .name(let entry) = meaning { entry } else { nil }
    }

    /// The country this span names or implies, if it is a country or a demonym.
    var country: String? {
        switch meaning {
        case .name(let entry): entry.isCountry ? entry.canonical : nil
        case .demonym(let country): country
        }
    }

    /// The organisation this span names, if any.
    var organization: String? {
        if case .name(let entry) = meaning, entry.kind == .organization { entry.canonical } else { nil }
    }
}
