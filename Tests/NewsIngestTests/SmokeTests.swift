import Testing
@testable import NewsIngest
@Test func smoke() { #expect(TextRange(start: 1, end: 3).length == 2) }
