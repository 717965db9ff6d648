/// News: a quote-only paragraph right after a quoted speaker continues that speaker; in dialogue it is the reply.
struct PreviousSpeakerRule: AttributionRule {
    static let id = "previous_speaker"
    static let summary =
        "A bare quote paragraph continues the speaker of the quote just before it (in dialogue: the other party)."
    static let examples = [
        RuleExample(text: "\"We will act,\" Truss said.\n\n\"And we will act fast.\"", speaker: "Truss", quote: 1),
        // Quotes open every paragraph (dialogue), but the bare one runs on over two paragraphs: a speech.
        RuleExample(
            text: "\"I had no idea,\" Moira Fenwick said.\n\n\"Some of it is very dull.\n\n\"But then it is not.\"",
            speaker: "Moira Fenwick", quote: 1),
    ]

    @inline(__always) func attribute(_ quote: Int, in context: AttributionContext) -> Decision? {
        let paragraph = context.quotes[quote].paragraph
        guard quote > 0, context.narration.isQuoteOnly(paragraph: paragraph) || context.quotes[quote].kind == .direct,
            context.isDecided(quote - 1), paragraph - context.quotes[quote - 1].paragraph <= 1
        else { return nil }
        // In dialogue a bare reply is the other party's; in news it continues the same speaker, and so does a
        // quotation that runs on over paragraphs from there (a speech goes on; a reply seldom runs so long).
        // (Not after a question: `"Where have you been?" asked Mary.` ¶ a long answer is the other's.)
        let opensSpeech =
            quote + 1 < context.quotes.count && context.quotes[quote + 1].continuesPrevious
            && !context.endsWithQuestion(quote - 1)
        let source: Decision.Source =
            context.isDialogue && !opensSpeech ? .otherSpeakerThan(quote: quote - 1) : .sameSpeakerAs(quote: quote - 1)
        return Decision(quote: quote, source: source, cue: nil, rule: Self.self, confidence: 0.2)
    }
}
