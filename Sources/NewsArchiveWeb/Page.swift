/// A whole HTML page: a title, the body's markup, and the frame every page shares (the search box on
/// top, the stylesheet).
public struct Page: Sendable, Equatable {
    /// The HTTP status the page is sent with.
    public var status: Int
    /// The page's title (escaped when written).
    public var title: String
    /// The body's content.
    public var body: HTML

    public init(status: Int = 200, title: String, body: HTML) {
        self.status = status
        self.title = title
        self.body = body
    }

    /// The `Content-Security-Policy` every response carries: nothing may load but the same-origin
    /// stylesheet and images (charts come as `data:` SVG); no script at all, no plugins, no framing,
    /// forms only to this server.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    /// The document, with the search box (holding `query`) above the body.
    public func document(links: SiteLinks, query: String = "") -> String {
        var header = HTML(markup: "<header><a class=\"home\" href=\"\(HTML(text: links.href("/")).markup)\">News archive</a>")
        header += Markup.element(
            "form", ["action": "/search", "method": "get", "role": "search"],
            Markup.void("input", ["type": "search", "name": "q", "value": query, "aria-label": "Search", "size": "60"])
                + (links.token.map { Markup.void("input", ["type": "hidden", "name": "token", "value": $0]) } ?? .empty)
                + HTML(markup: "<button type=\"submit\">Search</button>"))
        header += HTML(markup: "</header>")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <title>\(HTML(text: title).markup) · News archive</title>
            <link rel="stylesheet" href="/style.css">
            </head>
            <body>
            \(header.markup)
            <main>
            \(body.markup)
            </main>
            </body>
            </html>

            """
    }

    /// A page saying the one-line `message`, sent with `status` (400 for a bad parameter, 404 for an
    /// unknown id).
    public static func problem(status: Int, message: String) -> Page {
        let heading = status == 404 ? "Not found" : status == 401 ? "Not signed in" : status == 400 ? "Bad request" : "Error"
        return Page(
            status: status, title: heading,
            body: Markup.element("h1", text: heading) + Markup.element("p", ["class": "problem"], text: message))
    }

    /// The stylesheet, served as `/style.css`.
    public static let stylesheet = """
        body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: #1a1a1a; margin: 0; background: #fafaf7; }
        header { display: flex; gap: 1.5em; align-items: center; padding: .6em 1.5em; background: #1f2d3d; }
        header a.home { color: #fff; font-weight: bold; text-decoration: none; font-family: Helvetica, Arial, sans-serif; }
        header input[type=search] { font-size: 1em; padding: .25em .4em; max-width: 60vw; }
        main { max-width: 62em; margin: 0 auto; padding: 1em 1.5em 3em; }
        h1 { font-size: 1.6em; line-height: 1.25; margin: .6em 0 .3em; }
        h2 { font-size: 1.2em; margin: 1.4em 0 .4em; font-family: Helvetica, Arial, sans-serif; }
        .meta, .totals, .filters, .note { color: #555; font-size: .9em; font-family: Helvetica, Arial, sans-serif; }
        .filters a, .formats a { margin-right: .8em; }
        mark { background: #ffe98a; padding: 0 .1em; }
        ol.answers > li { margin-bottom: .8em; }
        blockquote { margin: .3em 0 .3em 1em; padding-left: .8em; border-left: 3px solid #c9c4b5; }
        .article { margin: 1.2em 0; }
        .article .passage { margin: .2em 0 .2em 1em; }
        .problem { font-family: Helvetica, Arial, sans-serif; }
        details { margin: 1.5em 0; color: #444; }
        figure.chart img { max-width: 100%; height: auto; border: 1px solid #ddd; background: #fff; }
        table { border-collapse: collapse; font-family: Helvetica, Arial, sans-serif; font-size: .9em; }
        td, th { padding: .2em .8em .2em 0; text-align: left; vertical-align: top; }
        nav.paging a { margin-right: 1em; }
        form.filters-form { font-family: Helvetica, Arial, sans-serif; font-size: .9em; margin: .5em 0 1em; }
        form.filters-form input { width: 8em; }
        """
}
