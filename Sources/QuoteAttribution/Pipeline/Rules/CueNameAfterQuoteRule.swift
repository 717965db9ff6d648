/// `"…," said Truss.` / `"…," said his host.` / `"…," said he.`
struct CueNameAfterQuoteRule: AttributionRule {
    static let id = "cue_name_after_quote"
    static let summary = "A cue verb and then the speaker right after the closing mark (inversion)."
    static let examples = [
        RuleExample(text: #""Do not apologize," said Hamidullah."#, speaker: "Hamidullah"),
        RuleExample(
            text: #"“Europe is at risk,” says NATO Secretary General Jens Stoltenberg."#, speaker: "Jens Stoltenberg"),
        RuleExample(text: #""I cannot back him," said Dover resident Jan Okafor."#, speaker: "Jan Okafor"),
        RuleExample(
            text: #"Berg spoke first. "Our city is beautiful," said visitor Li Wei."#, speaker: "Li Wei"),
    ]

    @inline(__always) func attribute(_ quote: Int, in context: AttributionContext) -> Decision? {
        guard let (start, limit) = context.afterQuote(quote),
            let (mention, cue) = context.cueThenSubject(from: start, before: limit),
            !context.trailingCueBelongsElsewhere(quote, cue: cue)
        else { return nil }
        return Decision(
            quote: quote, source: .mention(mention), cue: context.cue(at: cue),
            addressee: context.addressee(afterCue: cue),
            rule: Self.self, confidence: 0.85)
    }
}
