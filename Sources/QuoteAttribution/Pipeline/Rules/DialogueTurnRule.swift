/// In dialogue, a quote-only paragraph after two speakers takes the turn of the one before last.
struct DialogueTurnRule: AttributionRule {
    static let id = "dialogue_turn"
    static let summary = "Turn-taking: a bare quote paragraph after A then B is A's."
    static let examples = [
        RuleExample(
            text: "\"Hello,\" said Emma.\n\n\"Hi,\" said Harriet.\n\n\"How are you?\"", speaker: "Emma", quote: 2)
    ]

    @inline(__always) func attribute(_ quote: Int, in context: AttributionContext) -> Decision? {
        let paragraph = context.quotes[quote].paragraph
        guard context.narration.isQuoteOnly(paragraph: paragraph) else { return nil }
        // The last quotes of the two previous paragraphs with quotes, if adjacent.
        guard let previous = context.narration.lastQuote(before: paragraph, in: context.quotes),
            context.quotes[previous].paragraph == paragraph - 1 || context.quotes[previous].paragraph == paragraph - 2,
            let earlier = context.narration.lastQuote(before: context.quotes[previous].paragraph, in: context.quotes),
            context.quotes[previous].paragraph - context.quotes[earlier].paragraph <= 2,
            context.isDecided(previous), context.isDecided(earlier)
        else { return nil }
        guard context.isDialogue else { return nil }
        return Decision(
            quote: quote, source: .sameSpeakerAs(quote: earlier), cue: nil, rule: Self.self, confidence: 0.45)
    }
}
