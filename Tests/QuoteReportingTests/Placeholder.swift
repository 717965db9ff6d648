import Testing
@Test func placeholderQuoteReportingTests() { #expect(Bool(true)) }
