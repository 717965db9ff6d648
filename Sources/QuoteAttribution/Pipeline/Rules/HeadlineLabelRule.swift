/// `Pence: Gennifer Flowers Won't Be at Debate, Trump Was 'Mocking' Clinton Camp.`: a headline opening with a
/// name and a colon gives the words after it to that name.
struct HeadlineLabelRule: AttributionRule {
    static let id = "headline_label"
    static let summary = "A headline opening with a name and a colon attributes its quotes to that name."
    static let examples = [
        RuleExample(
            text:
                "Graham: Trump's 'Incredibly Hateful Rhetoric' Destroying GOP's Chances.\n\nSen. Lindsey Graham spoke.",
            speaker: "Lindsey Graham")
    ]

    /// The longest label, in words.
    static let maximumWords = 5

    /// Labels that name a kind of story, not a speaker (`The Latest: …`, `Exclusive: …`).
    static let storyLabels: Set<String> = [
        "the latest", "latest", "exclusive", "breaking", "breaking news", "watch", "video", "live", "update",
        "updated", "analysis", "opinion", "photos", "listen", "explainer", "factbox", "fact check", "q&a", "editorial",
        "letters", "commentary", "review", "interview", "podcast", "transcript", "timeline", "correction",
    ]

    @inline(__always) func attribute(_ quote: Int, in context: AttributionContext) -> Decision? {
        // The document's first paragraph, one sentence long up to the quote: the headline.
        guard context.quotes[quote].paragraph == 0 else { return nil }
        let tokens = context.tokens
        let q = context.narration.quoteTokens[quote]
        guard q > 1, tokens[0].isCapitalized, tokens[0].kind == .word else { return nil }
        var colon = 1
        while colon < min(q, Self.maximumWords + 1), !context.lower(of: colon).equals(":") {
            if tokens[colon].endsSentence || (tokens[colon].kind != .word && !context.lower(of: colon).equals("'s")) {
                return nil
            }
            colon += 1
        }
        // One sentence: read at most `Narration.sentenceWindow` tokens, as any rule does (without the bound, a
        // first paragraph of many quotes and no full stop was read again for each quote).
        guard colon < q, q - colon <= Narration.sentenceWindow, context.lower(of: colon).equals(":"),
            !(colon..<q).contains(where: { tokens[$0].endsSentence })
        else { return nil }
        // `Sarah Silverman heckles Sanders supporters:` is a sentence, not a label; `WSJ editorial:` is one.
        if colon > 2, (0..<colon).contains(where: { tokens[$0].kind == .word && !tokens[$0].isCapitalized }) {
            return nil
        }
        let range = TextRange(tokens[0].range.start, tokens[colon - 1].range.end)
        let text = context.document.text(range)
        guard !Self.storyLabels.contains(text.lowercased()) else { return nil }
        return Decision(
            quote: quote, source: .label(range), cue: nil, rule: Self.self,
            confidence: 0.7)
    }
}
