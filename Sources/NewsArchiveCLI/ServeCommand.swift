import ArgumentParser
import Foundation
import NewsArchive
import NewsArchiveWeb

/// `news-archive serve [--port 8080] [--host H] [--token T]`
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the archive as a local web app: search, articles, actors and trends in a browser.",
        discussion: """
            Pages: / and /search?q=… (filters since, until, source, tag, actor; limit, offset; format=csv|json \
            prints what 'search --format csv|json' prints), /articles/ID, /actors/ID (format=csv: all its mentions), \
            /trend?q=… or ?actor=… (format=csv|json|svg). Each request reads the archive read-only.
            It listens on 127.0.0.1 only, unless --host says otherwise; then a token is required (--token or \
            $NEWSARCHIVE_TOKEN), and every request must carry it: 'Authorization: Bearer TOKEN', or ?token=TOKEN \
            in the address (kept in the page's links).
            Examples:
              news-archive serve
              news-archive serve --port 9000
              NEWSARCHIVE_TOKEN=s3cret news-archive serve --host 0.0.0.0
            """)

    @ParentCommand var root: NewsArchiveCommand
    var global: GlobalOptions { root.global }
    @Option(help: "The TCP port to listen on.") var port = 8080
    @Option(help: "The address to listen on (anything but loopback needs a token).") var host = "127.0.0.1"
    @Option(help: "A token every request must carry (default: $NEWSARCHIVE_TOKEN).") var token: String?

    /// The token in force: --token, else $NEWSARCHIVE_TOKEN; nil when neither is set.
    var effectiveToken: String? {
        if let token { return token }
        guard let fromEnvironment = ProcessInfo.processInfo.environment["NEWSARCHIVE_TOKEN"], !fromEnvironment.isEmpty else {
            return nil
        }
        return fromEnvironment
    }

    /// Addresses only this machine reaches.
    static let loopbackHosts: Set<String> = ["127.0.0.1", "localhost", "::1"]

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("Please give a --port from 1 to 65535.") }
        if let token, token.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("Please give a --token that is not empty.")
        }
        if !Self.loopbackHosts.contains(host) && effectiveToken == nil {
            throw ValidationError(
                "--host \(host) would let other machines read the archive: give --token TOKEN (or set NEWSARCHIVE_TOKEN).")
        }
    }

    func run() throws {
        // Opened once here so that a missing or unreadable archive is said at once; each request opens its own.
        _ = try global.openStore(mode: .readOnly)
        let site = ArchiveSite(archivePath: global.databasePath, token: effectiveToken)
        let shown = host.contains(":") ? "[\(host)]" : host
        let url = "http://\(shown):\(port)/"
        let archive = global.databasePath
        let line = "Serving '\(archive)' on \(url)\(effectiveToken != nil ? " (requests need the token)" : "") — Ctrl-C stops it.\n"
        let (host, port) = (host, port)
        let outcome = ServeOutcome()
        Task {
            do {
                try await WebServer.run(site: site, host: host, port: port) {
                    FileHandle.standardOutput.write(Data(line.utf8))
                }
            } catch {
                outcome.error = error
            }
            outcome.finished.signal()
        }
        outcome.finished.wait()
        if let error = outcome.error {
            throw ArchiveError(.invalidInput, "Unable to serve on \(url): \(error)")
        }
    }
}

/// How the server ended: the error is written before `finished` is signalled and read after it is waited
/// for, so the semaphore orders the two.
private final class ServeOutcome: @unchecked Sendable {
    let finished = DispatchSemaphore(value: 0)
    var error: (any Error)?
}
