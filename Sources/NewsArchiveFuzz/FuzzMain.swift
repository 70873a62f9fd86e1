import Foundation
import NewsFuzzTargets

#if FUZZING
/// libFuzzer's own driver (linked by `-sanitize=fuzzer`): it reads its options from the command line.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif

/// `news-archive-fuzz TARGET [INPUT…]`: built by `Scripts/fuzz` with libFuzzer, it fuzzes TARGET with
/// libFuzzer's options after it; built plainly, it runs each INPUT file (or every file of an INPUT folder)
/// through TARGET once, to replay a crash or a corpus.
@main
enum FuzzMain {
    nonisolated(unsafe) static var target = FuzzTarget.parser

    static func main() {
        let arguments = CommandLine.arguments
        // libFuzzer runs the program again for -merge and -jobs with its own arguments only: the target
        // goes to those runs in the environment.
        let named = arguments.count >= 2 ? FuzzTarget(rawValue: arguments[1]) : nil
        guard let target = named ?? ProcessInfo.processInfo.environment["NEWS_FUZZ_TARGET"].flatMap(FuzzTarget.init)
        else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: news-archive-fuzz \(names) [INPUT…]\n".utf8))
            exit(2)
        }
        setenv("NEWS_FUZZ_TARGET", target.rawValue, 1)
        Self.target = target
        let skipped = named == nil ? 1 : 2
        #if FUZZING
        // libFuzzer takes its options and corpus folders from argv: hand it everything after TARGET.
        var argv = [CommandLine.unsafeArgv[0]] + (skipped..<Int(CommandLine.argc)).map { CommandLine.unsafeArgv[$0] }
        var argc = CInt(argv.count)
        argv.append(nil)
        let status = argv.withUnsafeMutableBufferPointer { buffer in
            var pointer = buffer.baseAddress!
            return runFuzzerDriver(&argc, &pointer) { data, size in
                FuzzMain.target.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
                return 0
            }
        }
        exit(status)
        #else
        var count = 0
        for path in arguments.dropFirst(skipped) {
            for file in files(at: path) {
                guard let bytes = FileManager.default.contents(atPath: file) else {
                    FileHandle.standardError.write(Data("news-archive-fuzz: cannot read '\(file)'\n".utf8))
                    exit(1)
                }
                target.run([UInt8](bytes))
                count += 1
            }
        }
        print("\(target.rawValue): \(count) inputs run")
        #endif
    }

    /// The file at `path`, or the files of the folder at `path`, sorted.
    private static func files(at path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { (path as NSString).appendingPathComponent($0) }
    }
}
