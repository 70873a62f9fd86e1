import Foundation
import Synchronization
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches a web page for ingest: a time limit, a size limit, a few redirects at most, a User-Agent
/// naming the program, and a one-line reason when it gives no page.
///
/// ```swift
/// let page = try PageFetcher(maxBytes: 4_000_000).fetch("https://example.com/story")
/// ```
struct PageFetcher {
    /// The largest page read, in bytes; a larger one is given up as soon as that shows.
    var maxBytes: Int
    /// Seconds without progress before the fetch is given up.
    var timeout: TimeInterval = 30
    /// Redirects followed at most.
    var maxRedirects = 5

    /// What every request says it is.
    static let userAgent = "news-archive/1.0 (news archive; fetches the one page it was given)"

    /// A page fetched: its bytes and the URL they came from after redirects.
    struct Page {
        var bytes: [UInt8]
        var finalURL: String
    }

    /// Fetches `address`, waiting for it.
    /// - throws: `PageFetchError` saying why there is no page (not a web address, host not found, an
    ///   HTTP status, not HTML, too large, too many redirects, timed out).
    func fetch(_ address: String) throws(PageFetchError) -> Page {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            url.host != nil
        else { throw PageFetchError("not a web address") }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue(Self.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("text/html, application/xhtml+xml;q=0.9, */*;q=0.1", forHTTPHeaderField: "Accept")
        let delegate = FetchDelegate(maxBytes: maxBytes, maxRedirects: maxRedirects)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        session.dataTask(with: request).resume()
        delegate.done.wait()
        return try delegate.outcome()
    }
}

/// Why a page could not be fetched, in a few words.
struct PageFetchError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

/// Collects one fetch's response and bytes, stopping it as soon as it cannot give a page.
private final class FetchDelegate: NSObject, URLSessionDataDelegate, Sendable {
    let maxBytes: Int
    let maxRedirects: Int
    let done = DispatchSemaphore(value: 0)
    private struct State {
        var bytes: [UInt8] = []
        var finalURL: String?
        var redirects = 0
        var failure: PageFetchError?
    }
    private let state = Mutex(State())

    init(maxBytes: Int, maxRedirects: Int) {
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
    }

    func outcome() throws(PageFetchError) -> PageFetcher.Page {
        let state = state.withLock { $0 }
        if let failure = state.failure { throw failure }
        return PageFetcher.Page(bytes: state.bytes, finalURL: state.finalURL ?? "")
    }

    /// Keeps the first reason the fetch gives no page.
    private func record(_ reason: String) {
        state.withLock { if $0.failure == nil { $0.failure = PageFetchError(reason) } }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        let count = state.withLock { state -> Int in
            state.redirects += 1
            return state.redirects
        }
        if count > maxRedirects {
            record("more than \(maxRedirects) redirects")
            completionHandler(nil)  // the redirect is then the response, which stops the fetch
        } else {
            completionHandler(request)
        }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        guard let http = response as? HTTPURLResponse else {
            record("not an HTTP response")
            return completionHandler(.cancel)
        }
        guard (200..<300).contains(http.statusCode) else {
            record("HTTP \(http.statusCode) \(HTTPURLResponse.localizedString(forStatusCode: http.statusCode))")
            return completionHandler(.cancel)
        }
        let type = (http.value(forHTTPHeaderField: "Content-Type") ?? "").lowercased()
        guard type.isEmpty || type.hasPrefix("text/html") || type.hasPrefix("application/xhtml+xml") else {
            let shown = type.split(separator: ";").first.map(String.init) ?? type
            record("not a web page (content type \(shown))")
            return completionHandler(.cancel)
        }
        if http.expectedContentLength > maxBytes {
            record("\(PreparationFailure.amount(Int(http.expectedContentLength))), larger than the \(PreparationFailure.amount(maxBytes)) an article may be")
            return completionHandler(.cancel)
        }
        state.withLock { $0.finalURL = http.url?.absoluteString }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let tooLarge = state.withLock { state -> Bool in
            state.bytes += data
            return state.bytes.count > maxBytes
        }
        if tooLarge {
            record("larger than the \(PreparationFailure.amount(maxBytes)) an article may be")
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        if let error {
            let reason: String
            switch (error as? URLError)?.code {
            case .cannotFindHost?, .dnsLookupFailed?: reason = "host not found"
            case .timedOut?: reason = "timed out"
            case .cannotConnectToHost?: reason = "connection refused"
            case .cancelled?: reason = "cancelled"
            default: reason = error.localizedDescription
            }
            state.withLock { if $0.failure == nil { $0.failure = PageFetchError(reason) } }
        }
        done.signal()
    }
}
