/// The irregular forms a query word reaches: `won` → `win`, `win` → `won`, `bought` ↔ `buy`,
/// `led` ↔ `lead`, `fell` ↔ `fall`, `men` ↔ `man`, from WordNet's exception lists (`WordNetLexicon`).
///
/// Regular forms need nothing here: the index and the query are both Porter-stemmed, so `win` already
/// finds `wins` and `winning`. An irregular form is another stem, so a query word gets, as further
/// alternatives, its bases (when it is an irregular form) and the irregular forms of those bases and of
/// itself (when it is a base), without the ones Porter already joins to it.
///
/// Forms that are mostly words of their own in news are left out both ways (`ground` is not `grind`,
/// `left` not `leave`, `media` not `medium`): see `ambiguousForms`.
enum WordForms {
    /// The other forms of `word` (folded, one word), bases first, in a fixed order; empty for a word
    /// with no irregular form.
    static func otherForms(of word: String) -> [String] {
        let bases = bases(of: word)
        var forms: [String] = []
        for form in bases + ([word] + bases).flatMap(irregularForms(ofBase:)) where form != word {
            if !forms.contains(form) { forms.append(form) }
        }
        return forms
    }

    /// The bases of `word` (folded, one word) when it is an irregular form: `sent` → `send`, `men` →
    /// `man`; empty for a base, a regular form or one of `ambiguousForms`.
    static func bases(of word: String) -> [String] {
        ambiguousForms.contains(word) ? [] : WordNetLexicon.baseForms(of: word)
    }

    /// Irregular forms whose most common sense in news is a word of their own, not the form: the pair
    /// they make with their base is not used in either direction.
    /// `axes`, `bases` and `taxes` are, in news, the plurals of `axe`, `base` and `tax`, not of `axis`,
    /// `basis` and `taxis`.
    static let ambiguousForms: Set<String> = [
        "axes", "bases", "bit", "ground", "lay", "left", "media", "spat", "taxes", "wound",
    ]

    /// The irregular forms of `base` (nouns' plurals and verbs' forms, alike), sorted, minus
    /// `ambiguousForms`.
    private static func irregularForms(ofBase base: String) -> [String] {
        WordNetLexicon.irregularForms(ofBase: base).filter { !ambiguousForms.contains($0) }
    }
}
