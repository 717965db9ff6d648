/// `"A," he said. "B."`: a quote with no cue of its own takes the speaker of a quote in its paragraph.
struct SameParagraphRule: AttributionRule {
    static let id = "same_paragraph"
    static let summary = "Another attributed quote in the same paragraph (nearest before, else after)."
    static let examples = [
        RuleExample(
            text: #""The number is going up," Stoltenberg said. "The warning time is going down.""#,
            speaker: "Stoltenberg", quote: 1)
    ]

    @inline(__always) func attribute(_ quote: Int, in context: AttributionContext) -> Decision? {
        let paragraph = context.quotes[quote].paragraph
        // Only the neighbours in the paragraph, and no more than a window of them (bounded work).
        let window = 20
        let before = (max(0, quote - window)..<quote).reversed().prefix { context.quotes[$0].paragraph == paragraph }
            .first { context.isDecided($0) }
        let after = (quote + 1..<min(context.quotes.count, quote + 1 + window)).prefix {
            context.quotes[$0].paragraph == paragraph
        }
        .first { context.isDecided($0) && context.decided[$0]?.rule != Self.self }
        guard let other = before ?? after else { return nil }
        return Decision(quote: quote, source: .sameSpeakerAs(quote: other), cue: nil, rule: Self.self, confidence: 0.7)
    }
}
