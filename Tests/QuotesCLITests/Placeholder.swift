import Testing
@Test func placeholderQuotesCLITests() { #expect(Bool(true)) }
