extension SearchQuery {
    /// How the query was read, on one line (for `--explain`), its parts separated by ` · `:
    /// `answer: person · terms: (back OR endorse) AND "european led" AND force · optional: leader`.
    public var explanation: String {
        var parts: [String] = []
        if let answerType { parts.append("answer: \(answerType.rawValue)") }
        let required = requiredTermGroups
        if !required.isEmpty {
            parts.append("terms: " + required.map(\.displayText).joined(separator: " AND "))
        } else if !excludedTerms.isEmpty {
            parts.append("terms: none (exclusions alone cannot be searched)")
        }
        let optional = termGroups.filter(\.isOptional)
        if !optional.isEmpty {
            parts.append("optional: " + optional.map(\.displayText).joined(separator: ", "))
        }
        if !excludedTerms.isEmpty {
            parts.append("excluding: " + excludedTerms.map(\.displayText).joined(separator: ", "))
        }
        if !headlineTerms.isEmpty {
            parts.append("headline: " + headlineTerms.map(\.displayText).joined(separator: " AND "))
        }
        if !titleTerms.isEmpty {
            parts.append("title: " + titleTerms.map(\.displayText).joined(separator: " AND "))
        }
        if !actorNames.isEmpty {
            parts.append("actor: " + actorNames.joined(separator: ", "))
        }
        if isExact {
            parts.append("exact: no synonyms or word forms")
        }
        if isTruncated {
            parts.append("only the first \(Self.maximumTermCount) terms were used")
        }
        if parts.isEmpty {
            return "nothing to search for: no words besides stop words, operators and punctuation"
        }
        return parts.joined(separator: " · ")
    }
}
