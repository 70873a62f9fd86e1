import ArgumentParser
import Foundation
import NewsArchive
import NewsArchiveOutput

/// `news-archive bench-search --queries FILE`: search latency measured inside the process, so process
/// start and archive opening are not counted (used by Scripts/bench).
struct BenchSearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-search", abstract: "Time searches in-process and print percentiles as JSON.",
        shouldDisplay: false)

    @ParentCommand var root: NewsArchiveCommand
    var global: GlobalOptions { root.global }
    @Option(help: "A file with one query per line.", completion: .file()) var queries: String
    @Option(help: "Untimed runs of every query first.") var warmup = 1
    @Option(help: "Timed runs of every query.") var runs = 5
    @Option(help: "Passages per search, as 'search' defaults to.") var limit = 20
    @Flag(help: "Time each search by the CPU time it used, not the wall clock: on a busy machine, waiting for a CPU is left out.")
    var cpuTime = false

    func validate() throws {
        if runs < 1 { throw ValidationError("Please specify '--runs' of at least 1.") }
        if warmup < 0 { throw ValidationError("Please specify '--warmup' of 0 or more.") }
    }

    func run() throws {
        guard let text = try? String(contentsOfFile: queries, encoding: .utf8) else {
            throw ValidationError("Cannot read the queries file '\(queries)'.")
        }
        let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        let store = try global.openStore(mode: .readOnly)
        let options = SearchOptions(limit: limit)
        let clock = ContinuousClock()
        var timings: [[Double]] = []
        for query in lines {
            for _ in 0..<warmup { _ = try store.search(query, options: options) }
            var times: [Double] = []
            for _ in 0..<runs {
                if cpuTime {
                    let start = Self.threadCPUMilliseconds()
                    _ = try store.search(query, options: options)
                    times.append(Self.threadCPUMilliseconds() - start)
                } else {
                    let elapsed = try clock.measure { _ = try store.search(query, options: options) }
                    times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
                }
            }
            timings.append(times)
        }
        let all = timings.flatMap { $0 }.sorted()
        func percentile(_ p: Double) -> Double {
            guard !all.isEmpty else { return 0 }
            return all[min(all.count - 1, Int((p * Double(all.count)).rounded(.up)) - 1)]
        }
        JSONOutput.print(
            BenchReport(
                queries: lines.count, runs: runs, p50: percentile(0.5), p95: percentile(0.95), p99: percentile(0.99),
                max: all.last ?? 0, perQuery: zip(lines, timings).map { BenchReport.QueryTiming(query: $0, ms: $1) }))
    }
}

extension BenchSearchCommand {
    /// The CPU time this thread has used, in milliseconds.
    static func threadCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1e3 + Double(time.tv_nsec) / 1e6
    }
}

/// The JSON that bench-search prints.
struct BenchReport: Encodable {
    struct QueryTiming: Encodable {
        var query: String
        var ms: [Double]
    }

    var queries: Int
    var runs: Int
    var p50: Double
    var p95: Double
    var p99: Double
    var max: Double
    var perQuery: [QueryTiming]

    enum CodingKeys: String, CodingKey {
        case queries, runs
        case p50 = "p50_ms"
        case p95 = "p95_ms"
        case p99 = "p99_ms"
        case max = "max_ms"
        case perQuery = "per_query"
    }
}
