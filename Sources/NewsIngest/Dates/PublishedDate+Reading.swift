extension PublishedDate {
    /// Reads a date as news sites and saved pages write it, in any case, with any commas:
    ///
    /// - ISO 8601: `2005`, `2005-03`, `2005-03-11`, `2005-03-11T10:03`, `2005-03-11 10:03:12.5+01:00`, `…Z`;
    /// - RFC 2822: `Fri, 11 Mar 2005 10:03:12 +0000` (or a zone name: `GMT`, `BST`, `EST` …);
    /// - the BBC's dateline, `Friday, 11 March 2005, 10:03 GMT`, and `11 March 2005`, `11th March 2005`,
    ///   `March 11, 2005`, `March 2005`, with `10:03 pm` and the like;
    /// - all-numeric days `15/03/2005`, `15.03.2005`, `2005/03/15`, and `03/2005`.
    ///
    /// A weekday is left aside (not checked against the date). A time with a zone is brought to UTC;
    /// a time without one is taken as UTC.
    ///
    /// An all-numeric day with the year last reads day first or month first as `order` says; without
    /// an order it is read the only way that makes a date (`15/03/2005` is 15 March), and is
    /// `ambiguousOrder` when both do (`03/04/2005`).
    /// - throws: `DateReadingError`.
    public init(reading text: String, order: DateOrder? = nil) throws(DateReadingError) {
        let trimmed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var parts = DateParts()
        for token in trimmed.split(whereSeparator: { $0 == " " || $0 == "," }) {
            guard parts.take(Self.unwrapped(token)) else { throw .notADate(trimmed) }
        }
        self = try parts.date(order: order, text: trimmed)
    }

    /// `token` without the parentheses around a zone (`(GMT)`) or the full stop after an abbreviation.
    private static func unwrapped(_ token: Substring) -> Substring {
        var token = token
        if token.hasPrefix("("), token.hasSuffix(")") { token = token.dropFirst().dropLast() }
        if token.hasSuffix("."), token.count > 1 { token = token.dropLast() }
        return token
    }
}

/// The pieces of a date found so far, token by token.
private struct DateParts {
    var numericDate: [Substring]?
    var monthName: Int?
    var years: [Int] = []
    var days: [Int] = []
    var weekdays = 0
    /// Seconds since midnight, as written.
    var time: Int?
    var meridiem: Meridiem?
    var zoneOffset: Int?

    enum Meridiem { case am, pm }

    /// Takes one token; false when it is no part of a date.
    mutating func take(_ token: Substring) -> Bool {
        let lower = token.lowercased()
        if let month = Self.months[lower] { return set(&monthName, month) }
        if Self.weekdays.contains(lower) {
            weekdays += 1
            return weekdays == 1
        }
        if Self.fillers.contains(lower) { return true }
        if let meridiem = Self.meridiems[lower] { return set(&self.meridiem, meridiem) }
        if let offset = Self.zoneNames[lower] { return set(&zoneOffset, offset) }
        if token.first == "+" || token.first == "-" { return set(&zoneOffset, Self.offset(token)) }
        if token.allSatisfy(\.isASCIIDigit) {
            switch token.count {
            case 4: years.append(Int(token)!)
            case 1, 2: days.append(Int(token)!)
            default: return false
            }
            return true
        }
        if let ordinal = Self.ordinal(lower) {
            days.append(ordinal)
            return true
        }
        if let t = token.firstIndex(where: { $0 == "T" || $0 == "t" }), t != token.startIndex,
            token[token.index(before: t)].isASCIIDigit
        {
            return take(token[..<t]) && take(token[token.index(after: t)...])
        }
        if token.contains(":") { return takeTime(token) }
        let groups = token.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "." || $0 == "-" }
        guard (2...3).contains(groups.count), groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
            numericDate == nil
        else { return false }
        numericDate = groups
        return true
    }

    /// `HH:MM`, `HH:MM:SS`, `HH:MM:SS.fff`, followed or not by a zone (`Z`, `+01:00`, `-0500`) or am/pm.
    private mutating func takeTime(_ token: Substring) -> Bool {
        let clockEnd = token.firstIndex { !($0.isASCIIDigit || $0 == ":" || $0 == ".") } ?? token.endIndex
        let fields = token[..<clockEnd].split(separator: ":", omittingEmptySubsequences: false)
        guard time == nil, (2...3).contains(fields.count), fields[0].count <= 2,
            let hour = Int(fields[0]), fields[1].count == 2, let minute = Int(fields[1])
        else { return false }
        var second = 0
        if fields.count == 3 {
            let whole = fields[2].prefix { $0 != "." }
            guard whole.count == 2, let value = Int(whole), fields[2].dropFirst(2).dropFirst().allSatisfy(\.isASCIIDigit)
            else { return false }
            second = value
        }
        guard hour <= 23, minute <= 59, second <= 59 else { return false }
        time = hour * 3600 + minute * 60 + second
        let suffix = token[clockEnd...]
        return suffix.isEmpty || take(suffix)
    }

    /// Sets `slot` once; a second value makes the text no date.
    private func set<T>(_ slot: inout T?, _ value: T?) -> Bool {
        guard slot == nil, let value else { return false }
        slot = value
        return true
    }

    /// Seconds east of UTC for `+0100`, `+01:00`, `+01`, `-05:00` …; nil for anything else.
    private static func offset(_ token: Substring) -> Int? {
        let body = token.dropFirst()
        let digits = body.filter { $0 != ":" }
        let shapes: Set<Int> = body.contains(":") ? [5] : [2, 4]
        guard shapes.contains(body.count), digits.allSatisfy(\.isASCIIDigit), !body.hasPrefix(":"),
            let hours = Int(digits.prefix(2)), let minutes = Int("0" + digits.dropFirst(2)), hours <= 14, minutes <= 59
        else { return nil }
        return (token.first == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    /// 1 for `1st`, 22 for `22nd` …
    private static func ordinal(_ token: String) -> Int? {
        guard token.count >= 3, ["st", "nd", "rd", "th"].contains(token.suffix(2)),
            let value = Int(token.dropLast(2)), token.dropLast(2).count <= 2
        else { return nil }
        return value
    }

    /// The date the pieces make, or why they make none.
    func date(order: DateOrder?, text: String) throws(DateReadingError) -> PublishedDate {
        var year: Int
        var month: Int?
        var day: Int?
        if let numeric = numericDate {
            guard monthName == nil, years.isEmpty, days.isEmpty else { throw .notADate(text) }
            (year, month, day) = try Self.numeric(numeric, order: order, text: text)
        } else if let monthName {
            guard years.count == 1, days.count <= 1 else { throw .notADate(text) }
            (year, month, day) = (years[0], monthName, days.first)
        } else {
            guard years.count == 1, days.isEmpty, time == nil, weekdays == 0 else { throw .notADate(text) }
            year = years[0]
        }
        guard (1000...9999).contains(year), (1...12).contains(month ?? 1) else { throw .impossible(text) }
        if let month, let day, !(1...PublishedDate.daysIn(month, of: year)).contains(day) { throw .impossible(text) }
        guard var seconds = time else {
            guard meridiem == nil else { throw .notADate(text) }
            return PublishedDate(year: year, month: month, day: day)
        }
        guard let month, let day else { throw .notADate(text) }
        if let meridiem {
            guard (1...12).contains(seconds / 3600) else { throw .impossible(text) }
            seconds = seconds % (12 * 3600) + (meridiem == .pm ? 12 * 3600 : 0)
        }
        let moment = PublishedDate.daysSinceEpoch(year: year, month: month, day: day) * 86_400 + seconds - (zoneOffset ?? 0)
        let days = moment >= 0 ? moment / 86_400 : (moment - 86_399) / 86_400
        let utc = PublishedDate.civilDate(daysSinceEpoch: days)
        return PublishedDate(year: utc.year, month: utc.month, day: utc.day, secondOfDay: moment - days * 86_400)
    }

    /// Year, month and day of an all-numeric date: `2005-03-11`, `2005/03`, `03/2005`, `11/03/2005`.
    private static func numeric(_ groups: [Substring], order: DateOrder?, text: String) throws(DateReadingError) -> (
        Int, Int?, Int?
    ) {
        // A group of more digits than Int holds is no date (a fuzzed page's "2022-10-7777…7709").
        let numbers = groups.compactMap { Int($0) }
        guard numbers.count == groups.count else { throw .notADate(text) }
        if groups[0].count == 4, groups.dropFirst().allSatisfy({ $0.count <= 2 }) {
            return (numbers[0], numbers[1], numbers.count == 3 ? numbers[2] : nil)
        }
        guard groups.last?.count == 4, groups.dropLast().allSatisfy({ $0.count <= 2 }) else { throw .notADate(text) }
        if numbers.count == 2 { return (numbers[1], numbers[0], nil) }
        let (first, second) = (numbers[0], numbers[1])
        switch order {
        case .dmy: return (numbers[2], second, first)
        case .mdy: return (numbers[2], first, second)
        case nil:
            if first == second || second > 12 { return (numbers[2], first, second) }
            if first > 12 { return (numbers[2], second, first) }
            throw .ambiguousOrder(text)
        }
    }

    // MARK: - Words

    private static let months: [String: Int] = {
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        var months: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            months[name] = index + 1
            months[String(name.prefix(3))] = index + 1
        }
        months["sept"] = 9
        return months
    }()

    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// Words that join the parts of a date ("11th of March 2005 at 10:03").
    private static let fillers: Set<String> = ["of", "at", "the"]

    private static let meridiems: [String: Meridiem] = ["am": .am, "a.m": .am, "pm": .pm, "p.m": .pm]

    /// Zone names in use in English-language news, as seconds east of UTC (RFC 2822's and a few European ones).
    private static let zoneNames: [String: Int] = [
        "z": 0, "gmt": 0, "ut": 0, "utc": 0, "bst": 3600, "cet": 3600, "cest": 7200, "eet": 7200, "eest": 10800,
        "est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600, "mst": -7 * 3600,
        "mdt": -6 * 3600, "pst": -8 * 3600, "pdt": -7 * 3600,
    ]
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
