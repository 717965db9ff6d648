import Testing

@testable import QuoteAttribution

/// Every rule's own examples: the rule fires and names the expected speaker.
struct RuleExampleTests {
    static let cases: [(String, RuleExample)] = Attributor.rules.flatMap { rule in
        type(of: rule).examples.map { (type(of: rule).id, $0) }
    }

    @Test(arguments: cases.indices)
    func example(_ index: Int) {
        let (rule, example) = Self.cases[index]
        let analysis = QuoteAnalyzer().analyze(example.text)
        let quotes = analysis.quotations
        #expect(quotes.count > example.quote, "\(rule): quote \(example.quote) not found in \(example.text)")
        guard quotes.count > example.quote else { return }
        let quote = quotes[example.quote]
        #expect(quote.rule == rule, "\(example.text)")
        #expect(quote.speaker == example.speaker, "\(rule): \(example.text)")
    }

    @Test func ruleIDsAreUniqueSnakeCase() {
        let ids = Attributor.rules.map { type(of: $0).id }
        #expect(Set(ids).count == ids.count)
        for id in ids { #expect(id.allSatisfy { $0.isLowercase || $0 == "_" }, "\(id)") }
    }
}
