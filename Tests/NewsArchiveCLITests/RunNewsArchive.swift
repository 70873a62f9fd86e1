import Foundation
import NewsTestSupport

/// What one run of the built `news-archive` binary printed and returned.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String

    /// stdout parsed as JSON.
    func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(stdout.utf8)) }
}

/// Runs the `news-archive` product built beside the test bundle, in `directory`, feeding `input` to stdin.
func runNewsArchive(
    _ arguments: [String], in directory: URL, input: String? = nil, environment: [String: String] = [:]
) throws -> CommandResult {
    try runProgram(
        Bundle.main.bundleURL.appendingPathComponent("news-archive").path, arguments, in: directory, input: input,
        environment: environment)
}

/// Runs the program at `path` in `directory`, feeding `input` to stdin, without `NEWSARCHIVE_DB`.
func runProgram(
    _ path: String, _ arguments: [String], in directory: URL, input: String? = nil, environment: [String: String] = [:]
) throws -> CommandResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var processEnvironment = ProcessInfo.processInfo.environment
    processEnvironment["NEWSARCHIVE_DB"] = nil
    processEnvironment.merge(environment) { $1 }
    process.environment = processEnvironment
    let stdout = Pipe()
    let stderr = Pipe()
    let stdin = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    process.standardInput = stdin
    try process.run()
    if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
    try stdin.fileHandleForWriting.close()
    // Read both pipes before waiting, so a large output cannot block the child.
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
        status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
        stderr: String(decoding: err, as: UTF8.self))
}
