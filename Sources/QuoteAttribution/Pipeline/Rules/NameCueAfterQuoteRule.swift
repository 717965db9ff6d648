/// `"…," Truss said.` / `"…," she told reporters.` / `"…," Kerr Putney, the police chief, said.`
struct NameCueAfterQuoteRule: AttributionRule {
    static let id = "name_cue_after_quote"
    static let summary = "A speaker and a cue verb right after the closing mark."
    static let examples = [
        RuleExample(text: #""We need to see action," Truss said."#, speaker: "Truss"),
        RuleExample(text: #"“It is a threat,” Kerr Putney, the police chief, said on Monday."#, speaker: "Kerr Putney"),
        RuleExample(text: #"Liz Truss spoke. "We need to see action," she told reporters."#, speaker: "Liz Truss"),
        RuleExample(
            text: #""Will he run again?" a Republican aide in the room wondered."#, speaker: "a Republican aide"),
    ]

    @inline(__always) func attribute(_ quote: Int, in context: AttributionContext) -> Decision? {
        guard let (start, limit) = context.afterQuote(quote),
            let (mention, cue) = context.subjectThenCue(from: start, before: limit),
            !context.trailingCueBelongsElsewhere(quote, cue: cue)
        else { return nil }
        return Decision(
            quote: quote, source: .mention(mention), cue: context.cue(at: cue),
            addressee: context.addressee(afterCue: cue),
            rule: Self.self, confidence: 0.75)
    }
}
