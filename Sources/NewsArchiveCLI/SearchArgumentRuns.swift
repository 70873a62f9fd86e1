/// Joins each run of plain query words after `search` into one argument before the argument parser
/// sees them: the parser's handling of a captured rest of the line is quadratic in its length
/// (14,600 separate words took 15.9 s; the same text as one argument 0.13 s), and `SearchWords` joins
/// the words with spaces anyway, so the query is the same.
///
/// Options, their values (`--limit 3`), `-word` exclusions and `--` stay separate arguments, so
/// mistyped options are still found.
enum SearchArgumentRuns {
    /// `arguments` (without the program's name) with the plain words after `search` joined in runs.
    /// - parameter valueOptions: the long names of options that take a value, without dashes.
    static func joined(_ arguments: [String], valueOptions: Set<String>) -> [String] {
        guard let command = subcommandIndex(arguments, valueOptions: valueOptions), arguments[command] == "search"
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
