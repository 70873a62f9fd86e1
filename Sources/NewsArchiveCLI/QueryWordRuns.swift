import ArgumentParser

/// A subcommand whose plain words are a query (`search`, `trend`), captured as the rest of the line.
protocol TakesQueryWords: ParsableCommand {
    /// The long names of its options that take a value, without dashes.
    static var valueOptionNames: Set<String> { get }
}

/// Joins each run of plain query words after `search` or `trend` into one argument before the argument
/// parser sees them: the parser's handling of a captured rest of the line is quadratic in its length
/// (14,600 separate words took 15.9 s; the same text as one argument 0.13 s), and `SearchWords` joins
/// the words with spaces anyway, so the query is the same.
///
/// Options, their values (`--limit 3`), `-word` exclusions and `--` stay separate arguments, so
/// mistyped options are still found.
enum QueryWordRuns {
    /// The commands whose words are joined, by name, with the options of each that take a value.
    static let commands: [String: Set<String>] = Dictionary(
        uniqueKeysWithValues: ([SearchCommand.self, TrendCommand.self] as [any TakesQueryWords.Type]).map {
            ($0.configuration.commandName ?? "", $0.valueOptionNames)
        })

    /// `arguments` (without the program's name) with the plain words after such a command joined in runs.
    /// - parameter commands: the long names of each command's options that take a value, without dashes.
    static func joined(_ arguments: [String], commands: [String: Set<String>] = commands) -> [String] {
        let anyValueOption = commands.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        guard let command = subcommandIndex(arguments, valueOptions: anyValueOption),
            let valueOptions = commands[arguments[command]]
        else { return arguments }
        var result = Array(arguments[...command])
        var run: [String] = []
        var index = command + 1
        func endRun() {
            if !run.isEmpty { result.append(run.joined(separator: " ")) }
            run = []
        }
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                endRun()
                result.append(argument)
                let rest = arguments[(index + 1)...]
                if !rest.isEmpty { result.append(rest.joined(separator: " ")) }
                return result
            }
            if argument.hasPrefix("-") && argument.count > 1 {
                endRun()
                result.append(argument)
                if takesValue(argument, valueOptions: valueOptions), index + 1 < arguments.count {
                    index += 1
                    result.append(arguments[index])
                }
            } else {
                run.append(argument)
            }
            index += 1
        }
        endRun()
        return result
    }

    /// Where the subcommand's name is: the first argument that is neither an option nor an option's value.
    private static func subcommandIndex(_ arguments: [String], valueOptions: Set<String>) -> Int? {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if !argument.hasPrefix("-") { return index }
            if argument == "--" { return nil }
            if takesValue(argument, valueOptions: valueOptions) { index += 1 }
            index += 1
        }
        return nil
    }

    private static func takesValue(_ argument: String, valueOptions: Set<String>) -> Bool {
        argument.hasPrefix("--") && !argument.contains("=") && valueOptions.contains(String(argument.dropFirst(2)))
    }
}
