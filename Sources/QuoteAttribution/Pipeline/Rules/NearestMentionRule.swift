/// The last resort: the nearest person named before the quote, within three paragraphs.
struct NearestMentionRule: AttributionRule {
    static let id = "nearest_mention"
    static let summary = "No cue and no context: the nearest person named before the quote (low confidence)."
    static let examples = [
        RuleExample(text: "Mr. Darcy stood by the window for a long time.\n\n\"I cannot tell.\"", speaker: "Darcy")
    ]

    @inline(__always) func attribute(_ quote: Int, in context: AttributionContext) -> Decision? {
        guard context.quotes[quote].kind == .direct else { return nil }
        let q = context.narration.quoteTokens[quote]
        let paragraph = context.quotes[quote].paragraph
        var k = q - 1
        while k >= 0, paragraph - context.tokens[k].paragraph <= 3, q - k <= 4 * Narration.sentenceWindow {
            let id = context.mentions.mentionAt[k]
            if id >= 0, context.mentions.tokenRanges[id].lowerBound == k {
                let mention = context.mentions.mentions[id]
                if mention.form == .name, mention.type == .person || mention.type == .unknown {
                    return Decision(quote: quote, source: .mention(id), cue: nil, rule: Self.self, confidence: 0.35)
                }
            }
            k -= 1
        }
        return nil
    }
}
