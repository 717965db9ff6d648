/// `… a "dangerous moment" for European security, NATO said.`: a cue after the quote, later in the sentence.
struct CueLaterInSentenceRule: AttributionRule {
    static let id = "cue_later_in_sentence"
    static let summary = "A subject and cue verb (or cue and subject) later in the quote's sentence."
    static let examples = [
        RuleExample(text: #"It was a "dangerous moment" for European security, NATO said."#, speaker: "NATO")
    ]

    @inline(__always) func attribute(_ quote: Int, in context: AttributionContext) -> Decision? {
        let q = context.narration.quoteTokens[quote]
        let end = context.sentences[quote].end
        var k = q + 1
        while k < end {
            if context.tokens[k].quoteID != nil { return nil }
            if let (mention, cue) = context.subjectThenCue(from: k, before: end) {
                return Decision(
                    quote: quote, source: .mention(mention), cue: context.cue(at: cue),
                    addressee: context.addressee(afterCue: cue), rule: Self.self, confidence: 0.6)
            }
            if context.lower(of: k).equals(","),
                let (mention, cue) = context.cueThenSubject(from: k + 1, before: end)
            {
                return Decision(
                    quote: quote, source: .mention(mention), cue: context.cue(at: cue),
                    addressee: context.addressee(afterCue: cue), rule: Self.self, confidence: 0.6)
            }
            k += 1
        }
        return nil
    }
}
