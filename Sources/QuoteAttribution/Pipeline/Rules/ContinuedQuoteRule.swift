/// A paragraph that reopens a quote left open by the previous paragraph continues its speaker.
struct ContinuedQuoteRule: AttributionRule {
    static let id = "continued_quote"
    static let summary = "A quote continuing an unclosed quote of the previous paragraph keeps its speaker."
    static let examples = [
        RuleExample(
            text: "Truss said: \"We need to see action.\n\n\"We need to see troops moved.\"", speaker: "Truss", quote: 1
        )
    ]

    @inline(__always) func attribute(_ quote: Int, in context: AttributionContext) -> Decision? {
        guard context.quotes[quote].continuesPrevious, quote > 0 else { return nil }
        return Decision(
            quote: quote, source: .sameSpeakerAs(quote: quote - 1), cue: nil, rule: Self.self, confidence: 0.55)
    }
}
