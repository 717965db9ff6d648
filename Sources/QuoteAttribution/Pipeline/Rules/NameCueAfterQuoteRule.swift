/// `"…," Truss said.` / `"…," she told reporters.` / `"…," Kerr Putney, the police chief, said.`
struct NameCueAfterQuoteRule: AttributionRule {
    static let id = "name_cue_after_quote"
    static let summary = "A speaker and a cue verb right after the closing mark."
    static let examples = [
        RuleExample(text: #""We need to see action," Truss said."#, speaker: "Truss"),
        RuleExample(text: #"“It is a threat,” Kerr Putney, the police chief, said on Monday."#, speaker: "Kerr Putney"),
        RuleExample(text: #"Liz Truss spoke. "We need to see action," she told reporters."#, speaker: "Liz Truss"),
    ]

    func attribute(_ quote: Int, in context: AttributionContext) -> Attribution? {
        let q = context.narration.quoteTokens[quote]
        var start = q + 1
        let limit = context.narration.sentenceEnd(of: start < context.tokens.count ? start : q)
        while start < limit, [",", "—", "–", "-"].contains(context.tokens[start].lower) { start += 1 }
        guard start < context.tokens.count, context.tokens[start].paragraph == context.tokens[q].paragraph,
            let (mention, cue) = context.subjectThenCue(from: start, before: max(limit, start + 1))
        else { return nil }
        return Attribution(
            quote: quote, source: .mention(mention), cue: context.cue(at: cue), addressee: context.addressee(afterCue: cue),
            rule: Self.id, confidence: 0.75)
    }
}
