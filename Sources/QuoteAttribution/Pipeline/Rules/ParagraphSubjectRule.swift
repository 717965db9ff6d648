/// `Elinor looked up. "Are you sure?"`: a quote with no cue takes the subject of its paragraph's narration.
struct ParagraphSubjectRule: AttributionRule {
    static let id = "paragraph_subject"
    static let summary =
        "The subject of a narration sentence in the quote's paragraph, when no cue names a speaker (of any kind when "
        + "its sentence introduces the quote with a colon)."
    static let examples = [
        RuleExample(text: #"Elinor looked up from her work. "Are you sure?""#, speaker: "Elinor"),
        RuleExample(
            text: #"The campaign, in a note to donors, worded it more carefully: "We never said that.""#,
            speaker: "The campaign"),
    ]

    @inline(__always) func attribute(_ quote: Int, in context: AttributionContext) -> Decision? {
        let paragraph = context.quotes[quote].paragraph
        let q = context.narration.quoteTokens[quote]
        let window = Narration.sentenceWindow
        let range =
            max(
                context.narration.paragraphStarts[paragraph], q - window)..<min(
                context.narration.paragraphStarts[paragraph + 1], q + window)
        // The subject of the quote's own sentence first, then the first subject of the paragraph.
        let own = max(range.lowerBound, context.sentences[quote].start)..<q
        // A sentence that introduces the quote with a colon (`The campaign worded it more carefully: "…"`) is
        // spoken by its subject, a body or a description of anything too.
        let introduces = q > own.lowerBound && context.lower(of: q - 1).equals(":")
        // `Array(own) + Array(range)`, walked without building either array.
        for i in 0..<own.count + range.count {
            let k = i < own.count ? own.lowerBound + i : range.lowerBound + (i - own.count)
            guard let m = context.mention(startingAt: k) else { continue }
            let mention = context.mentions.mentions[m]
            guard mention.isSubject, mention.form != .pronoun || !mention.isPlural,
                !AttributionContext.isIt(mention.name),
                (introduces && i < own.count)
                    || (mention.form != .nominal || mention.type == .person)
                        && (mention.type == .person || mention.type == .unknown || mention.form == .pronoun)
            else { continue }
            return Decision(quote: quote, source: .mention(m), cue: nil, rule: Self.self, confidence: 0.55)
        }
        return nil
    }
}
