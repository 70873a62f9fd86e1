/// Words a plain-language query drops because nearly every sentence has them or because they only
/// shape the question (`which`, `did`); compared on the folded word. Quoted phrases and field filters
/// keep them, and an all-capitals word in a mixed-case query is an acronym, not a stop word
/// (`US`, `WHO`).
enum StopWords {
    static func contains(_ folded: String) -> Bool {
        words.contains(folded)
    }

    private static let words: Set<String> = [
        // Question words and auxiliaries.
        "which", "who", "whom", "whose", "what", "where", "when", "why", "how", "did", "does", "do", "done",
        "doing", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought",
        // Articles, determiners, pronouns.
        "a", "an", "the", "this", "that", "these", "those", "some", "any", "all", "each", "every", "both",
        "either", "neither", "such", "other", "another", "many", "much", "more", "most", "few", "several",
        "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his",
        "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "there", "here", "one", "ones",
        "itself", "themselves", "himself", "herself",
        // Prepositions and conjunctions.
        "of", "to", "in", "on", "at", "by", "for", "with", "without", "from", "into", "onto", "over",
        "under", "about", "above", "below", "after", "before", "between", "among", "through", "during",
        "against", "within", "near", "off", "out", "up", "down", "upon", "via", "per", "and", "or", "but",
        "nor", "not", "no", "so", "if", "then", "than", "as", "because", "while", "though", "although",
        // Adverbs and fillers common in questions.
        "say", "says", "said", "saying", "also", "just", "only", "very", "too", "ever", "even", "still", "yet", "again",
        "now", "ago",
        "s", "t", "ll", "ve", "re", "d", "m",
    ]
}
