/// `…, according to the Defense Ministry.` anywhere in the quote's sentence.
struct AccordingToRule: AttributionRule {
    static let id = "according_to"
    static let summary = "`according to X` in the quote's sentence."
    static let examples = [
        RuleExample(
            text: #"The drills are "purely defensive," according to the Defense Ministry."#, speaker: "Defense Ministry"
        ),
        RuleExample(text: #"According to Smith, the plan was "a disaster.""#, speaker: "Smith"),
        RuleExample(
            text: #"According to evening talk radio host Dan Ferris, the plan smells of "panic.""#,
            speaker: "Dan Ferris"),
    ]

    @inline(__always) func attribute(_ quote: Int, in context: AttributionContext) -> Decision? {
        let start = context.sentences[quote].start
        let end = context.sentences[quote].end
        // (`according` is one of `MentionDetector.commonOpeners`: the flag spares the text comparison for most
        // words.)
        for k in start..<max(start, end - 2)
        where context.tokens[k].lexicon.contains(.commonOpener) && context.lower(of: k).equals("according")
            && context.lower(of: k + 1).equals("to")
        {
            // `according to evening talk radio host Dan Ferris`: over lower-case role words to the name.
            var first = k + 2
            while first < min(end, k + 7), context.tokens[first].isWord, !context.tokens[first].isCapitalized,
                context.mention(startingAt: first) == nil,
                !context.tokens[first].lexicon.contains(.determiner)  // `Names.determiners.contains(lower)`
            {
                first += 1
            }
            // (The `personTitle` bit, set for every title and for a title with a period, spares most words the
            // look-up.)
            if first > k + 2, first < end,
                !(context.tokens[first - 1].lexicon.contains(.personTitle)
                    && Names.personTitles.contains(context.lower(of: first - 1)))
            {
                first = k + 2  // only a role word may stand right before the name
            }
            if let mention = context.mention(startingAt: first) ?? context.mention(startingAt: k + 2) {
                return Decision(
                    quote: quote, source: .mention(mention), cue: context.span(k, k + 1), rule: Self.self,
                    confidence: 0.9
                )
            }
        }
        return nil
    }
}
