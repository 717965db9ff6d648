/// News: a quote-only paragraph right after a quoted speaker continues that speaker.
struct PreviousSpeakerRule: AttributionRule {
    static let id = "previous_speaker"
    static let summary = "A bare quote paragraph continues the speaker of the quote just before it."
    static let examples = [
        RuleExample(text: "\"We will act,\" Truss said.\n\n\"And we will act fast.\"", speaker: "Truss", quote: 1),
    ]

    func attribute(_ quote: Int, in context: AttributionContext) -> Attribution? {
        let paragraph = context.quotes[quote].paragraph
        guard quote > 0, context.narration.isQuoteOnly(paragraph: paragraph) || context.quotes[quote].kind == .direct,
            context.decided[quote - 1] != nil, paragraph - context.quotes[quote - 1].paragraph <= 1
        else { return nil }
        return Attribution(quote: quote, source: .sameSpeakerAs(quote: quote - 1), cue: nil, rule: Self.id, confidence: 0.2)
    }
}
