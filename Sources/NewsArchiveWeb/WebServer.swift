import HTTPTypes
import Hummingbird
import Logging

/// The web app on Hummingbird's HTTP/1.1 server: every GET goes to an `ArchiveSite`, and every response
/// carries the security headers.
public enum WebServer {
    /// The application serving `site` on `host`:`port`; `onRunning` is called once it listens.
    public static func makeApplication(
        site: ArchiveSite, host: String = "127.0.0.1", port: Int = 8080,
        onRunning: @escaping @Sendable () async -> Void = {}
    ) -> some ApplicationProtocol {
        // Hummingbird's own lines (one per start, and per request at debug level) only for warnings and errors:
        // `serve` prints its address itself.
        var logger = Logger(label: "news-archive-serve")
        logger.logLevel = .warning
        return Application(
            responder: SiteResponder(site: site),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { _ in await onRunning() }, logger: logger)
    }

    /// Serves `site` until the process gets SIGINT or SIGTERM.
    public static func run(
        site: ArchiveSite, host: String, port: Int, onRunning: @escaping @Sendable () async -> Void
    ) async throws {
        try await makeApplication(site: site, host: host, port: port, onRunning: onRunning).runService()
    }
}

/// Answers each request from the site; methods other than GET and HEAD get 405.
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let site: ArchiveSite

    func respond(to request: Request, context: Context) async throws -> Response {
        let answer: WebResponse
        if request.method == .get || request.method == .head {
            answer = site.respond(path: request.uri.path, query: request.uri.query, authorization: request.headers[.authorization])
        } else {
            answer = WebResponse(status: 405, contentType: "text/plain; charset=utf-8", body: "Only GET is served here.\n")
        }
        var headers = HTTPFields()
        headers[.contentType] = answer.contentType
        let extra = answer.headers.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
        for header in WebResponse.securityHeaders + extra {
            if let field = HTTPField.Name(header.name) { headers[field] = header.value }
        }
        if request.method != .get && request.method != .head { headers[.allow] = "GET, HEAD" }
        return Response(
            status: HTTPResponse.Status(code: answer.status), headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(string: answer.body)))
    }
}
