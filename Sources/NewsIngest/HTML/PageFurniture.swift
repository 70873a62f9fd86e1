/// What a page puts around its article: navigation, cookie banners, share bars, related-story lists,
/// comments and the like, told from an element's tag, ARIA role, class and id, never from a site's name.
enum PageFurniture: String, Sendable, Equatable {
    case navigation
    case cookieBanner = "cookie banner"
    case shareBar = "share bar"
    case relatedLinks = "related links"
    case comments
    case newsletter = "newsletter prompt"
    case advertisement
    case sidebar
    case footer = "page footer"
    case breadcrumbs
    case hidden = "hidden text"
    case caption = "figure caption"
    case byline = "byline or date line"
    case other = "page furniture"
    /// Text that is no furniture by its markup but lies outside the article's main text.
    case outside = "outside the article's main text"

    /// Patterns looked for in an element's class and id, lowercased, each with what it marks. Order
    /// matters: the first that matches names the kind. A pattern of letters alone must be a whole word
    /// of the class or id (`nav`, `ad`); longer ones are looked for anywhere (`related-stories`).
    private static let patterns: [(String, PageFurniture, wholeWord: Bool)] = [
        ("cookie", .cookieBanner, false), ("consent", .cookieBanner, false), ("gdpr", .cookieBanner, false),
        ("share", .shareBar, false), ("sharing", .shareBar, false), ("social", .shareBar, false),
        ("follow", .shareBar, true),
        ("related", .relatedLinks, false), ("recommend", .relatedLinks, false), ("more-stories", .relatedLinks, false),
        ("morestories", .relatedLinks, false), ("most-read", .relatedLinks, false), ("mostread", .relatedLinks, false),
        ("most-popular", .relatedLinks, false), ("mostpopular", .relatedLinks, false), ("popular", .relatedLinks, true),
        ("trending", .relatedLinks, false), ("read-more", .relatedLinks, false), ("readmore", .relatedLinks, false),
        ("read-next", .relatedLinks, false), ("outbrain", .relatedLinks, false), ("taboola", .relatedLinks, false),
        ("more", .relatedLinks, true),
        ("comment", .comments, false), ("disqus", .comments, false), ("replies", .comments, true), ("reply", .comments, true),
        ("respond", .comments, true), ("discussion", .comments, false),
        ("newsletter", .newsletter, false), ("subscri", .newsletter, false), ("signup", .newsletter, false),
        ("sign-up", .newsletter, false), ("paywall", .newsletter, false), ("register", .newsletter, true),
        ("advert", .advertisement, false), ("sponsor", .advertisement, false), ("promo", .advertisement, false),
        ("ad", .advertisement, true), ("ads", .advertisement, true), ("adslot", .advertisement, false),
        ("ad-slot", .advertisement, false), ("ad-container", .advertisement, false), ("dfp", .advertisement, true),
        ("sidebar", .sidebar, false), ("rail", .sidebar, true), ("aside", .sidebar, true),
        ("breadcrumb", .breadcrumbs, false),
        ("nav", .navigation, true), ("navbar", .navigation, false), ("navigation", .navigation, false),
        ("menu", .navigation, false), ("masthead", .navigation, false), ("toolbar", .navigation, false),
        ("pagination", .navigation, false), ("pager", .navigation, true), ("skip", .navigation, true),
        ("skiplink", .navigation, false), ("skip-link", .navigation, false), ("topbar", .navigation, false),
        ("footer", .footer, false),
        ("sr-only", .hidden, false), ("visually-hidden", .hidden, false), ("visuallyhidden", .hidden, false),
        ("screen-reader", .hidden, false), ("offscreen", .hidden, false),
        ("modal", .other, false), ("popup", .other, false), ("overlay", .other, false), ("banner", .other, false),
        ("tags", .other, true), ("tag-list", .other, false), ("taglist", .other, false), ("keywords", .other, true),
        ("byline", .byline, false), ("author", .byline, false), ("dateline", .byline, false), ("timestamp", .byline, false),
        ("published", .byline, true), ("date", .byline, true), ("meta", .byline, true), ("post-meta", .byline, false),
        ("entry-meta", .byline, false), ("article-meta", .byline, false), ("print", .other, true), ("tools", .other, true),
        ("utility", .other, true), ("login", .other, false), ("donate", .other, false), ("feedback", .other, false),
        ("rating", .other, false), ("survey", .other, false), ("credit", .other, true), ("copyright", .other, false),
        ("caption", .caption, false), ("figcaption", .caption, false),
    ]

    /// Class and id words that mark the article's own text, which no furniture pattern overrules
    /// (`article-body comments-enabled` is the body).
    private static let bodyMarks = [
        "articlebody", "article-body", "article_body", "article__body", "articletext", "article-text", "article-content",
        "articlecontent", "article__content", "story-body", "storybody", "story-content", "storycontent", "entry-content",
        "post-content", "postcontent", "post-body", "postbody", "main-content", "maincontent", "body-text", "bodytext",
        "content-body", "text-body", "rich-text", "richtext",
    ]

    /// The furniture element `node` is by its tag, role, class or id; nil for none.
    static func kind(of node: HTMLDocument.Node) -> PageFurniture? {
        var answers: [String: PageFurniture?] = [:]
        return kind(of: node, answers: &answers)
    }

    /// `kind(of:)`, keeping in `answers` what class and id lists were found to say (pages repeat them).
    static func kind(of node: HTMLDocument.Node, answers: inout [String: PageFurniture?]) -> PageFurniture? {
        let byTag: PageFurniture? =
            switch node.name {
            case "nav": .navigation
            case "aside": .sidebar
            case "footer": .footer
            case "figcaption": .caption
            default: nil
            }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return .hidden }
        if let style = node.attribute("style")?.lowercased(),
            style.contains("display:none") || style.contains("display: none") || style.contains("visibility:hidden")
        {
            return .hidden
        }
        switch node.attribute("role")?.lowercased() {
        case "navigation", "menu", "menubar", "search", "toolbar": return .navigation
        case "banner": return .other
        case "contentinfo": return .footer
        case "complementary": return .sidebar
        case "dialog", "alertdialog": return .other
        default: break
        }
        let names = [node.attribute("class"), node.attribute("id")].compactMap { $0?.lowercased() }.joined(separator: " ")
        var byName: PageFurniture?
        if !names.isEmpty {
            if let known = answers[names] {
                byName = known
            } else {
                byName = kind(ofClassAndID: names)
                answers[names] = byName
            }
        }
        // The class says more than the tag (`<aside class="related">` lists related links), but not less.
        return byTag.map { byName ?? $0 } ?? byName
    }

    /// The furniture a lowercased class and id list names; nil for none or for the article's own text.
    static func kind(ofClassAndID names: String) -> PageFurniture? {
        let bytes = Array(names.utf8)
        if bodyMarkBytes.contains(where: { bytes.contains($0) }) { return nil }
        let words = names.split { !($0.isLetter || $0.isNumber) }
        for (index, (pattern, kind, wholeWord)) in patterns.enumerated() {
            if wholeWord ? words.contains(where: { $0 == pattern }) : bytes.contains(patternBytes[index]) { return kind }
        }
        return nil
    }

    private static let patternBytes = patterns.map { Array($0.0.utf8) }
    private static let bodyMarkBytes = bodyMarks.map { Array($0.utf8) }

    /// Whether a lowercased class and id list marks the article's own text.
    static func marksBody(_ names: String) -> Bool {
        bodyMarks.contains { names.contains($0) } || ["article", "content", "story", "entry", "post", "body", "text", "main"]
            .contains { pattern in names.split { !($0.isLetter || $0.isNumber) }.contains { $0 == pattern } }
    }
}
