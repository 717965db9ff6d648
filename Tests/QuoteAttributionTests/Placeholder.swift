import Testing
@Test func placeholderQuoteAttributionTests() { #expect(Bool(true)) }
