/// `"…," said Truss.` / `"…," said his host.` / `"…," said he.`
struct CueNameAfterQuoteRule: AttributionRule {
    static let id = "cue_name_after_quote"
    static let summary = "A cue verb and then the speaker right after the closing mark (inversion)."
    static let examples = [
        RuleExample(text: #""Do not apologize," said Hamidullah."#, speaker: "Hamidullah"),
        RuleExample(text: #"“Europe is at risk,” says NATO Secretary General Jens Stoltenberg."#, speaker: "Jens Stoltenberg"),
    ]

    func attribute(_ quote: Int, in context: AttributionContext) -> Attribution? {
        let q = context.narration.quoteTokens[quote]
        var start = q + 1
        guard start < context.tokens.count else { return nil }
        let limit = context.narration.sentenceEnd(of: start)
        while start < limit, [",", "—", "–", "-"].contains(context.tokens[start].lower) { start += 1 }
        guard start < context.tokens.count, context.tokens[start].paragraph == context.tokens[q].paragraph,
            let (mention, cue) = context.cueThenSubject(from: start, before: max(limit, start + 1))
        else { return nil }
        return Attribution(
            quote: quote, source: .mention(mention), cue: context.cue(at: cue), addressee: context.addressee(afterCue: cue),
            rule: Self.id, confidence: 0.85)
    }
}
