import Testing
@Test func placeholderQuoteSourcesTests() { #expect(Bool(true)) }
