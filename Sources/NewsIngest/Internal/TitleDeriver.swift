/// Makes up a title for an article whose file has none (`TitleOrigin.derived`).
///
/// 1. When the file name is a descriptive slug — at least two words of three letters or more that
///    are not generic ("article", "untitled", "news" …) — its words, joined by spaces: people name
///    saved pages after their headline, and sites build slugs from it. Known extensions go; ID-like
///    words (five digits or more, or letters mixed with digits over five characters) are dropped.
///    Each word takes the casing it has most often in the body, and the first word a capital:
///    `security-guarantees-ukraine.txt` → "Security guarantees Ukraine".
/// 2. Otherwise the lede's first sentence, without its final full stop; when longer than 80
///    characters, cut at the last word boundary that leaves room for an ellipsis "…".
enum TitleDeriver {
    private static let maximumSentenceTitleLength = 80

    /// The title for an article with `body`, read from a file named `fileName` (a name or a path),
    /// whose lede starts with `firstSentence`.
    static func title(fileName: String?, body: String, firstSentence: String) -> String {
        if let words = fileName.flatMap(slugWords), !words.isEmpty {
            return capitalisingFirst(casedAsInBody(words, body: body).joined(separator: " "))
        }
        return shortened(firstSentence)
    }

    /// The words of a descriptive file-name slug, or nil when the name is not one.
    private static func slugWords(_ fileName: String) -> [String]? {
        var stem = Substring(fileName.split(separator: "/").last ?? "")
        while let dot = stem.lastIndex(of: "."), textExtensions.contains(stem[stem.index(after: dot)...].lowercased()) {
            stem = stem[..<dot]
        }
        let words = stem.split(whereSeparator: { "-_ .+".contains($0) }).map(String.init).filter { !isIDLike($0) }
        let descriptiveCount = words.count { word in
            word.count >= 3 && word.allSatisfy(\.isLetter) && !genericWords.contains(word.lowercased())
        }
        return descriptiveCount >= 2 ? words : nil
    }

    private static func isIDLike(_ word: String) -> Bool {
        let digitCount = word.count(where: \.isNumber)
        if digitCount == word.count { return digitCount >= 5 }
        return digitCount > 0 && word.count > 5
    }

    /// `words`, each in the form it takes most often in `body` (ties keep the slug's form).
    private static func casedAsInBody(_ words: [String], body: String) -> [String] {
        let wanted = Set(words.map { $0.lowercased() })
        var formCounts: [String: [String: Int]] = [:]
        for scalars in body.unicodeScalars.split(whereSeparator: { !isWordScalar($0) }) {
            let form = String(scalars)
            let key = form.lowercased()
            if wanted.contains(key) { formCounts[key, default: [:]][form, default: 0] += 1 }
        }
        return words.map { word in
            guard let counts = formCounts[word.lowercased()] else { return word }
            let best = counts.max { $0.value < $1.value || ($0.value == $1.value && $1.key == word) }
            return best?.key ?? word
        }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    private static func capitalisingFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// `sentence` without its final full stop when it fits in 80 characters; else its first 79
    /// characters cut back to a word boundary, with "…". Looks at no more than 80 characters.
    private static func shortened(_ sentence: String) -> String {
        let end = sentence.endIndex
        if sentence.index(sentence.startIndex, offsetBy: maximumSentenceTitleLength + 1, limitedBy: end) == nil {
            let hasFullStop = sentence.count > 1 && sentence.hasSuffix(".") && !sentence.hasSuffix("..")
            return hasFullStop ? String(sentence.dropLast()) : sentence
        }
        var head = sentence.prefix(maximumSentenceTitleLength - 1)
        let cutsAWord = sentence[head.endIndex...].first?.isWhitespace == false
        if cutsAWord, let lastSpace = head.lastIndex(where: \.isWhitespace) { head = head[..<lastSpace] }
        while let last = head.last, ",;:–—-".contains(last) || last.isWhitespace { head.removeLast() }
        return head + "…"
    }

    private static let textExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm"]

    /// Words that say nothing about an article's subject.
    private static let genericWords: Set<String> = [
        "article", "articles", "untitled", "document", "page", "copy", "index", "story", "news", "text", "file",
        "download", "saved", "new", "final", "draft", "print", "amp", "www", "com", "html", "the", "and",
    ]
}
