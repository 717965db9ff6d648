/// `Truss said:` closing a paragraph, then the quotation in the next paragraph; or a colon right before a quote
/// that ends its paragraph (`Petra Lund disagreed: "He is wrong."`).
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
            text: "\"It is a triumph,\" said Tom Reed. Petra Lund disagreed: \"He is wrong.\"", speaker: "Petra Lund",
            quote: 1),
        RuleExample(
            text: "Mrs. Okafor sat perfectly still through the speech. Directly he had finished she burst out:\n\n"
                + "\"But surely you want them to win?\"",
            speaker: "Okafor"),
    ]

    @inline(__always) func attribute(_ quote: Int, in context: AttributionContext) -> Decision? {
        let paragraph = context.quotes[quote].paragraph
        let q = context.narration.quoteTokens[quote]
        guard q > 0, context.lower(of: q - 1).equals(":") else { return nil }
        let colon = q - 1
        // The colon ends the paragraph before, or stands in the quote's own paragraph right before a quote that
        // ends it (`Lund disagreed: "He is wrong."`).
        let opensParagraph = paragraph > 0 && q == context.narration.paragraphStarts[paragraph]
        let endsParagraph = q + 1 == context.tokens.count || context.tokens[q + 1].paragraph != paragraph
        guard opensParagraph ? context.tokens[colon].paragraph == paragraph - 1 : endsParagraph else { return nil }
        let floor = max(
            context.narration.paragraphStarts[context.tokens[colon].paragraph], colon - Narration.sentenceWindow)
        guard opensParagraph else { return Self.openingSubject(quote, colon: colon, floor: floor, in: context) }
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

    /// In the quote's own paragraph: the person who opens a short sentence of no comma that the colon before the
    /// quote ends (`Petra Lund disagreed:`, `Reed hit back:`, `She was blunt:`), when no possessive or other mention
    /// follows them (`Smith received Reed's reply:`). A name later in the sentence is more often what it is about
    /// (`a message from her adviser, Ann O'Leary, that read:`), and a longer sentence is left to the context rules.
    private static func openingSubject(
        _ quote: Int, colon: Int, floor: Int, in context: AttributionContext
    ) -> Decision? {
        var start = colon
        while start > floor, !context.tokens[start - 1].endsSentence {
            start -= 1
            if context.tokens[start].kind != .word { return nil }  // a comma, a dash, another quote
        }
        // (The text's first sentence may be a headline, `Name: "…"`: `headline_label` reads it.)
        guard start > 0, colon - start <= 6, let m = context.mention(startingAt: start),
            context.mentions.tokenRanges[m].upperBound < colon
        else { return nil }
        // Someone else's words in the sentence name their owner (`Smith received Reed's reply:`, `a letter from
        // Reed:`): no possessive and no other mention between the subject and the colon.
        for k in context.mentions.tokenRanges[m].upperBound..<colon {
            if context.tokens[k].lexicon.contains(.possessive) || context.mentions.mentionAt[k] >= 0 { return nil }
        }
        let mention = context.mentions.mentions[m]
        let speaks =
            mention.form == .pronoun
            ? isNominative(mention.text) : mention.type == .person || mention.type == .unknown
        guard speaks else { return nil }
        return Decision(quote: quote, source: .mention(m), cue: nil, rule: Self.self, confidence: 0.6)
    }

    /// True for a singular pronoun that can be a subject (`she`, not `her`).
    static func isNominative(_ pronoun: String) -> Bool {
        pronoun.utf8.count <= 3 && ["he", "she", "i", "He", "She", "I"].contains(pronoun)
    }
}
