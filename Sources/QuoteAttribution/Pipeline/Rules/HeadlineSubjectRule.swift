/// `Marsh Sees 'Real Danger' if Voters Don't Turn Out for Her.`: a title-case headline that opens
/// with a name and its verb gives the quoted words to that name.
struct HeadlineSubjectRule: AttributionRule {
    static let id = "headline_subject"
    static let summary = "A title-case headline opening with a name and its verb attributes its quotes to that name."
    static let examples = [
        RuleExample(
            text: "Marsh Sees 'Real Danger' if Voters Stay Home.\n\nMayor Helen Marsh spoke on Saturday.",
            speaker: "Helen Marsh")
    ]

    @inline(__always) func attribute(_ quote: Int, in context: AttributionContext) -> Decision? {
        guard context.quotes[quote].paragraph == 0, let m = context.mention(startingAt: 0) else { return nil }
        let tokens = context.tokens
        let verb = context.mentions.tokenRanges[m].upperBound
        let q = context.narration.quoteTokens[quote]
        let mention = context.mentions.mentions[m]
        // A bare title (`Mayor Sees 'Historic Day'`) names nobody yet: the person comes later in the story.
        let range = context.mentions.tokenRanges[m]
        guard verb < q, mention.form != .pronoun,
            !(range.count == 1 && tokens[range.lowerBound].lexicon.contains(.personTitle)), tokens[verb].isWord,
            tokens[verb].isCapitalized,
            !tokens[verb].lexicon.contains(.preposition), !tokens[verb].lexicon.contains(.headlineSmallWord),
            !(0..<q).contains(where: { tokens[$0].endsSentence || context.lower(of: $0) == ":" }),
            MentionDetector.isHeadline(0, context.narration)
        else { return nil }
        return Decision(quote: quote, source: .mention(m), cue: nil, rule: Self.self, confidence: 0.5)
    }
}
