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
