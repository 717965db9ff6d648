/// `Truss said:` closing a paragraph, then the quotation in the next paragraph.
///
/// With no cue that has a subject (`Wells cleared his throat and remarked drily:`, `he jerked out:`), the last
/// nominative pronoun or person name of the sentence (not after a preposition) speaks, when the quote paragraph holds
/// nothing but quotes (a cue after the quote is left to later rules).
struct ColonParagraphRule: AttributionRule {
    static let id = "colon_paragraph"
    static let summary =
        "A paragraph ending in a cue and a colon introduces the quote paragraph after it; with no cue, the sentence's "
        + "last subject introduces a paragraph that is all quote."
    static let examples = [
        RuleExample(
            text: "After the talks, Truss told reporters:\n\n\"We need to see those words followed up by actions.\"",
            speaker: "Truss"),
        RuleExample(
            text: "Mrs. Okafor sat perfectly still through the speech. Directly he had finished she burst out:\n\n"
                + "\"But surely you want them to win?\"",
            speaker: "Okafor"),
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
        var firstCue: Int? = nil
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
                firstCue = firstCue ?? k
            }
            if context.tokens[k].endsSentence { break }
            k -= 1
        }
        // No cue with a subject (`Wells cleared his throat and remarked drily:`, `he jerked out:`): the sentence's
        // last subject introduces the quote (`Directly he had done speaking she burst out:`).
        guard context.narration.quoteOnlyParagraphs[paragraph] else { return nil }
        for i in ((k + 1)..<colon).reversed() {
            guard let m = context.mention(startingAt: i) else { continue }
            let mention = context.mentions.mentions[m]
            let speaks =
                mention.form == .pronoun
                ? Self.isNominative(mention.text)
                : mention.type == .person && (i == 0 || !context.tokens[i - 1].lexicon.contains(.preposition))
            guard speaks else { continue }
            return Decision(
                quote: quote, source: .mention(m), cue: firstCue.map { context.cue(at: $0) },
                addressee: firstCue.flatMap { context.addressee(afterCue: $0) }, rule: Self.self, confidence: 0.6)
        }
        return nil
    }

    /// True for a singular pronoun that can be a subject (`she`, not `her`).
    static func isNominative(_ pronoun: String) -> Bool {
        pronoun.utf8.count <= 3 && ["he", "she", "i", "He", "She", "I"].contains(pronoun)
    }
}
