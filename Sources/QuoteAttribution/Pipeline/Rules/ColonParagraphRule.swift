/// `Truss said:` closing a paragraph, then the quotation in the next paragraph.
struct ColonParagraphRule: AttributionRule {
    static let id = "colon_paragraph"
    static let summary = "A paragraph ending in a cue and a colon introduces the quote paragraph after it."
    static let examples = [
        RuleExample(
            text: "After the talks, Truss told reporters:\n\n\"We need to see those words followed up by actions.\"",
            speaker: "Truss")
    ]

    @inline(__always) func attribute(_ quote: Int, in context: AttributionContext) -> Decision? {
        let paragraph = context.quotes[quote].paragraph
        let q = context.narration.quoteTokens[quote]
        guard paragraph > 0, q == context.narration.paragraphStarts[paragraph] else { return nil }
        let colon = context.narration.paragraphStarts[paragraph] - 1
        guard colon >= 0, context.lower(of: colon).equals(":"), context.tokens[colon].paragraph == paragraph - 1
        else { return nil }
        let floor = max(context.narration.paragraphStarts[paragraph - 1], colon - Narration.sentenceWindow)
        var k = colon - 1
        while k >= floor {
            if context.isCue(k) {
                if let mention = context.subject(ofCue: k, floor: floor) {
                    return Decision(
                        quote: quote, source: .mention(mention), cue: context.cue(at: k),
                        addressee: context.addressee(afterCue: k), rule: Self.self, confidence: 0.75)
                }
                if let (mention, cue) = context.cueThenSubject(from: k, before: colon) {
                    return Decision(
                        quote: quote, source: .mention(mention), cue: context.cue(at: cue),
                        addressee: context.addressee(afterCue: cue), rule: Self.self, confidence: 0.75)
                }
            }
            if context.tokens[k].endsSentence { break }
            k -= 1
        }
        return nil
    }
}
