import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsArchive
import NewsArchiveWeb
import NewsTestSupport
import NIOCore
import Testing

/// The routes, through Hummingbird's test client (no socket), over an archive of the reference article
/// and a hostile one.
struct RouteTests {
    let folder: TemporaryFolder
    let archivePath: String

    static let hostileText = """
        Title: Summit <script>document.title='pwned'</script>
        Source: Wire "><img src=x onerror="document.title='pwned'">
        URL: javascript:alert(1)
        Published: 2025-09-20

        Emmanuel Macron met Keir Starmer in Paris on Friday. "><img src=x onerror="document.title='pwned'"> was written \
        on a placard, with evil\u{202E}gnp.exe beside it.

        Friedrich Merz joined them <script>document.title='pwned'</script> later that day.

        """

    init() throws {
        folder = try TemporaryFolder()
        archivePath = folder.path("archive.sqlite")
        let hostile = try folder.write("hostile.txt", bytes: Array(Self.hostileText.utf8))
        let store = try ArchiveStore(path: archivePath)
        try store.ingest([.file(path: Fixtures.ukraineArticle), .file(path: hostile)])
    }

    /// Runs `body` with a test client of the app over the archive.
    func withClient(token: String? = nil, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = WebServer.makeApplication(site: ArchiveSite(archivePath: archivePath, token: token))
        try await app.test(.router, body)
    }

    @Test func theQuestionShowsTheThreeLeadersWithTheEvidence() async throws {
        try await withClient { client in
            try await client.execute(uri: "/search?q=which+leaders+backed+a+European-led+force", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'none'") == true)
                let html = String(buffer: response.body)
                let answers = try #require(html.range(of: "Answers (person)"))
                let passages = try #require(html.range(of: "class=\"totals\""))
                #expect(answers.lowerBound < passages.lowerBound)
                for name in ["Emmanuel Macron", "Keir Starmer", "Friedrich Merz"] {
                    #expect(html.contains(">\(name)</a></strong>"), "\(name) is an answer linked to its page")
                }
                #expect(html.contains("French President Emmanuel Macron and British Prime Minister Keir Starmer have both endorsed"))
                #expect(html.contains("<mark>"))
            }
        }
    }

    @Test func searchCSVAndJSONAreWhatTheCommandWrites() async throws {
        try await withClient { client in
            try await client.execute(uri: "/search?q=peacekeeping+force&format=csv", method: .get) { response in
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                let rows = try RFC4180Reader.records(in: String(buffer: response.body))
                #expect(rows.first?.first == "article_id")
                #expect(rows.count > 1)
            }
            try await client.execute(uri: "/search?q=peacekeeping+force&format=json", method: .get) { response in
                let object = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                #expect(object?["query"] as? String == "peacekeeping force")
            }
        }
    }

    @Test func theHostileArticleIsTextOnEveryPage() async throws {
        let store = try ArchiveStore(path: archivePath, mode: .readOnly)
        let macron = try store.actor(named: "Emmanuel Macron").id
        let hits = try store.search("placard").hits
        let hostile = try #require(hits.first?.articleID)
        try await withClient { client in
            for uri in ["/articles/\(hostile)", "/search?q=placard", "/search?q=summit", "/actors/\(macron)", "/trend?q=placard"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    let html = String(buffer: response.body)
                    #expect(!html.contains("<script"), "\(uri)")
                    #expect(!html.contains("<img src=x"), "\(uri)")
                    #expect(!html.contains("href=\"javascript:"), "\(uri)")
                    #expect(!html.contains("\u{202E}"), "\(uri)")
                }
            }
            try await client.execute(uri: "/articles/\(hostile)", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("Summit &lt;script&gt;"))
                #expect(html.contains("evil[U+202E]gnp.exe"))
                #expect(html.contains("<a href=\"/actors/\(macron)\" class=\"actor\">Emmanuel Macron</a>"))
            }
        }
    }

    @Test func theActorPageHasItsChartNeighboursAndMentions() async throws {
        let store = try ArchiveStore(path: archivePath, mode: .readOnly)
        let macron = try store.actor(named: "Emmanuel Macron").id
        let starmer = try store.actor(named: "Keir Starmer").id
        try await withClient { client in
            try await client.execute(uri: "/actors/\(macron)", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("<h1>Emmanuel Macron</h1>"))
                #expect(html.contains("<img src=\"data:image/svg+xml;base64,"))
                #expect(html.contains("<a href=\"/actors/\(starmer)\">Keir Starmer</a>"))
                #expect(html.contains("on a placard"))
            }
            try await client.execute(uri: "/actors/\(macron)?format=csv", method: .get) { response in
                let rows = try RFC4180Reader.records(in: String(buffer: response.body))
                #expect(rows.first?.first == "mention_id")
                #expect(rows.dropFirst().allSatisfy { $0[2] == "Emmanuel Macron" })
                #expect(rows.count == 3, "a header and two mentions, one in each article")
            }
        }
    }

    @Test func anArticlesTagsLinkToTheArticlesTaggedSo() async throws {
        let store = try ArchiveStore(path: archivePath)
        let ukraine = try #require(try store.search("peacekeeping force").hits.first?.articleID)
        _ = try store.tag([ukraine], "Europe & NATO", adding: true)
        try await withClient { client in
            try await client.execute(uri: "/articles/\(ukraine)", method: .get) { response in
                #expect(String(buffer: response.body).contains("<a href=\"/search?tag=Europe%20%26%20NATO\">Europe &amp; NATO</a>"))
            }
            try await client.execute(uri: "/search?tag=Europe+%26+NATO", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("<h1>Articles</h1>"))
                #expect(html.contains("<a href=\"/articles/\(ukraine)\">"))
                #expect(!html.contains("Summit &lt;script&gt;"), "the untagged article is not listed")
            }
        }
    }

    @Test func unknownIdsAre404AndBadParameters400() async throws {
        try await withClient { client in
            for uri in ["/articles/999999", "/articles/abc", "/actors/999999", "/nowhere"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(String(buffer: response.body).contains("<p class=\"problem\">"), "\(uri)")
                }
            }
            for uri in ["/search?q=force&limit=abc", "/search?q=force&since=2025-13", "/trend", "/trend?q=force&by=year", "/search?q=force&format=xml"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest, "\(uri)")
                }
            }
        }
    }

    @Test func withATokenRequestsWithoutItGet401() async throws {
        try await withClient(token: "s3cret") { client in
            try await client.execute(uri: "/search?q=force", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(!String(buffer: response.body).contains("peacekeeping"))
            }
            try await client.execute(uri: "/search?q=force&token=wrong", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/search?q=force", method: .get, headers: [.authorization: "Bearer s3cret"]) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/search?q=force&token=s3cret", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("/articles/1?token=s3cret"), "links keep the token")
            }
        }
    }

    @Test func trendGivesItsChartAndCSV() async throws {
        try await withClient { client in
            try await client.execute(uri: "/trend?q=placard&format=csv", method: .get) { response in
                let rows = try RFC4180Reader.records(in: String(buffer: response.body))
                #expect(rows == [["series", "date", "count", "total", "ratio"], ["placard", "2025-09-20", "1", "1", "1"]])
            }
            try await client.execute(uri: "/trend?q=placard", method: .get) { response in
                #expect(String(buffer: response.body).contains("<img src=\"data:image/svg+xml;base64,"))
            }
        }
    }
}
