import NewsIngest
import Testing

/// Publication dates read from the forms news sites and saved pages use.
struct PublishedDateTests {
    static func read(_ text: String, _ order: DateOrder? = nil) -> String? {
        try? PublishedDate(reading: text, order: order).iso8601
    }

    @Test(arguments: [
        // ISO 8601, with and without time and zone.
        ("2005", "2005"), ("2005-03", "2005-03"), ("2005-03-11", "2005-03-11"), ("2005/03/11", "2005-03-11"),
        ("2005-03-11T10:03", "2005-03-11T10:03:00Z"), ("2005-03-11T10:03:12Z", "2005-03-11T10:03:12Z"),
        ("2005-03-11T10:03:12.250+01:00", "2005-03-11T09:03:12Z"), ("2005-03-11 23:30:00 -0500", "2005-03-12T04:30:00Z"),
        ("2025-08-14T10:30:00+02:00", "2025-08-14T08:30:00Z"),
        // RFC 2822.
        ("Fri, 11 Mar 2005 10:03:12 +0000", "2005-03-11T10:03:12Z"), ("Thu, 14 Aug 2025 10:30:00 GMT", "2025-08-14T10:30:00Z"),
        ("Tue, 1 Mar 2005 00:30:00 EST", "2005-03-01T05:30:00Z"),
        // The BBC's dateline and other written forms.
        ("Friday, 11 March 2005, 10:03 GMT", "2005-03-11T10:03:00Z"), ("Friday, 11 March 2005, 10:03 (BST)", "2005-03-11T09:03:00Z"),
        ("11 March 2005", "2005-03-11"), ("11th March 2005", "2005-03-11"), ("the 1st of March, 2005", "2005-03-01"),
        ("March 11, 2005", "2005-03-11"), ("Mar. 11, 2005", "2005-03-11"), ("Sept 9 2005", "2005-09-09"),
        ("March 2005", "2005-03"), ("MARCH 11, 2005 10:03 pm", "2005-03-11T22:03:00Z"), ("11 March 2005 12:15am", "2005-03-11T00:15:00Z"),
        // All-numeric days: the year last, read the only way that makes a date.
        ("15/03/2005", "2005-03-15"), ("03/15/2005", "2005-03-15"), ("15.03.2005", "2005-03-15"), ("03/2005", "2005-03"),
        ("04/04/2005", "2005-04-04"),
    ])
    func readsTheFormsNewsSitesUse(text: String, expected: String) {
        #expect(Self.read(text) == expected)
    }

    @Test func theDateOrderDecidesAllNumericDays() {
        #expect(Self.read("03/04/2005", .dmy) == "2005-04-03")
        #expect(Self.read("03/04/2005", .mdy) == "2005-03-04")
        #expect(throws: DateReadingError.ambiguousOrder("03/04/2005")) { try PublishedDate(reading: "03/04/2005") }
        #expect(throws: DateReadingError.impossible("15/03/2005")) { try PublishedDate(reading: "15/03/2005", order: .mdy) }
    }

    @Test(arguments: ["last Tuesday", "", "Tuesday, 1 March", "1945 GMT 12", "11 March", "2005 2006", "March 2005 April", "05/03/05", "soon 2005",
        // Found by Scripts/fuzz (html): a day of more digits than Int holds stopped the program.
        "2022-10-777777777777777777777777777777709T08:00:00Z", "99999999999999999999/03/2005"])
    func textThatIsNoDateIsRefused(text: String) {
        #expect(throws: DateReadingError.self) { try PublishedDate(reading: text) }
    }

    @Test(arguments: ["31 February 2005", "2005-13", "2005-02-29", "2005-03-11T24:00", "13:00 pm 11 March 2005"])
    func impossibleDatesAreRefused(text: String) {
        #expect(Self.read(text) == nil)
    }

    @Test func leapDaysAreDays() {
        #expect(Self.read("29 February 2004") == "2004-02-29")
        #expect(Self.read("2000-02-29") == "2000-02-29")
        #expect(Self.read("1900-02-29") == nil)
    }

    @Test(arguments: [
        ("2005", PublishedDate.Precision.year, "2005-01-01", "2005-12-31"),
        ("February 2004", .month, "2004-02-01", "2004-02-29"), ("2005-03-11", .day, "2005-03-11", "2005-03-11"),
        ("2005-03-11T10:03:00Z", .time, "2005-03-11", "2005-03-11"),
    ])
    func aDateKnowsItsPrecisionAndItsFirstAndLastDay(text: String, precision: PublishedDate.Precision, first: String, last: String) throws {
        let date = try PublishedDate(reading: text)
        #expect(date.precision == precision)
        #expect(date.firstDay == first)
        #expect(date.lastDay == last)
    }

    @Test(arguments: ["2005", "2005-03", "2005-03-11", "2005-03-11T10:03:12Z", "1999-12-31T23:59:59Z"])
    func theNormalisedFormReadsBackToItself(text: String) {
        #expect(Self.read(text) == text)
    }

    @Test func aZoneCanMoveTheDayAcrossAYearEnd() {
        #expect(Self.read("2004-12-31T22:00:00-05:00") == "2005-01-01T03:00:00Z")
        #expect(Self.read("2005-01-01T01:00+02:00") == "2004-12-31T23:00:00Z")
    }
}
