/// Stage 4: Document + [Quote] + [Mention] -> [Attribution?]. Runs the rules in order, like a sieve.
///
/// Cue rules run first over all quotes (they read only the narration); context rules then run in text
/// order, so they can lean on earlier decisions (`same_paragraph`, `dialogue_turn`, `previous_speaker`).
struct Attributor {
    /// Rules that read a quote's own sentence, in order of precedence (`firstCueRule` calls them in this order).
    static let cueRules: [any AttributionRule] = [
        TranscriptLabelRule(), DashNameAfterQuoteRule(), NameCueAfterQuoteRule(), CueNameAfterQuoteRule(),
        AccordingToRule(),
        CueBeforeQuoteRule(),
        CueLaterInSentenceRule(), ColonParagraphRule(), HeadlineLabelRule(), HeadlineSubjectRule(),
    ]
    /// Rules that read the context of a quote, in order of precedence (`firstContextRule` calls them in this
    /// order).
    static let contextRules: [any AttributionRule] = [
        ContinuedQuoteRule(), SameParagraphRule(), DialogueTurnRule(), ParagraphSubjectRule(), PreviousSpeakerRule(),
        NearestMentionRule(),
    ]
    /// Every rule, cue rules first.
    static var rules: [any AttributionRule] { cueRules + contextRules }

    /// The attribution of each quote, or nil. `isDialogue` is `Attributor.isDialogue(quotes, narration)`, which
    /// the analyzer reads once for this stage and the speakers.
    func attributions(
        document: Document, quotes: [Quote], narration: Narration, mentions: MentionDetector.Result, isDialogue: Bool
    ) -> [Attribution?] {
        // The rules decide in `Decision`s (plain bytes: no Strings to copy, retain or destroy between the rules and
        // `decided`), made public `Attribution`s at the end.
        var context = AttributionContext(
            document: document, quotes: quotes, narration: narration, mentions: mentions,
            decided: [Decision?](repeating: nil, count: quotes.count), isDialogue: isDialogue)
        // By index: no copy of each `Quote` (and its mark Strings) per pass.
        for q in quotes.indices where quotes[q].kind.isQuotation {
            let id = quotes[q].id
            guard case let decision? = Attributor.firstCueRule(id, in: context) else { continue }
            context.decided[id] = decision
            Attributor.weigh(&context.decided[id], mentions: mentions.mentions)
        }
        for q in quotes.indices where quotes[q].kind.isQuotation && !context.isDecided(quotes[q].id) {
            let id = quotes[q].id
            guard case let decision? = Attributor.firstContextRule(id, in: context) else { continue }
            context.decided[id] = decision
            Attributor.weigh(&context.decided[id], mentions: mentions.mentions)
        }
        var attributions: [Attribution?] = []
        attributions.reserveCapacity(quotes.count)
        for decision in context.decided {
            if let decision { attributions.append(context.attribution(of: decision)) } else { attributions.append(nil) }
        }
        return attributions
    }

    /// The attribution of the first of `cueRules` that attributes `quote`: the same rules in the same order,
    /// called directly (no existential box, witness thunk and result copy per quote and rule). Keep both lists
    /// in step. Each rule's `attribute` is `@inline(__always)`: inlined here, a rule that does not apply costs a
    /// branch, not a `Decision?` built and copied out of a call.
    private static func firstCueRule(_ quote: Int, in context: AttributionContext) -> Decision? {
        TranscriptLabelRule().attribute(quote, in: context)
            ?? DashNameAfterQuoteRule().attribute(quote, in: context)
            ?? NameCueAfterQuoteRule().attribute(quote, in: context)
            ?? CueNameAfterQuoteRule().attribute(quote, in: context)
            ?? AccordingToRule().attribute(quote, in: context)
            ?? CueBeforeQuoteRule().attribute(quote, in: context)
            ?? CueLaterInSentenceRule().attribute(quote, in: context)
            ?? ColonParagraphRule().attribute(quote, in: context)
            ?? HeadlineLabelRule().attribute(quote, in: context)
            ?? HeadlineSubjectRule().attribute(quote, in: context)
    }

    /// The attribution of the first of `contextRules` that attributes `quote`, called directly and inlined as in
    /// `firstCueRule`. Keep both lists in step.
    private static func firstContextRule(_ quote: Int, in context: AttributionContext) -> Decision? {
        ContinuedQuoteRule().attribute(quote, in: context)
            ?? SameParagraphRule().attribute(quote, in: context)
            ?? DialogueTurnRule().attribute(quote, in: context)
            ?? ParagraphSubjectRule().attribute(quote, in: context)
            ?? PreviousSpeakerRule().attribute(quote, in: context)
            ?? NearestMentionRule().attribute(quote, in: context)
    }

    /// The rule's confidence adjusted by what the mention is: a name is surer than a pronoun, which is
    /// surer than a description (measured on the dev sets: about 0.92, 0.55 and 0.1 precision after cues).
    /// In place; nothing for nil.
    static func weigh(_ attribution: inout Decision?, mentions: [Mention]) {
        guard case .mention(let m)? = attribution?.source, let confidence = attribution?.confidence else { return }
        switch mentions[m].form {
        case .name: attribution?.confidence = min(0.9, confidence + 0.1)
        case .pronoun: attribution?.confidence = max(0.05, confidence - 0.15)
        case .nominal: attribution?.confidence = max(0.05, confidence - 0.35)
        }
    }

    /// Fiction dialogue: most quotes open their paragraph and many paragraphs are only a quote.
    static func isDialogue(_ quotes: [Quote], _ narration: Narration) -> Bool {
        guard quotes.count >= 3 else { return false }
        var leading = 0
        var paragraphs = 0
        // Each paragraph with quotes counted at its first. The quotes come in text order (`QuoteDetector` lists them
        // paragraph by paragraph), so that is a quote in another paragraph than the quote before: neither a
        // `Set<Int>` of the paragraphs seen (about 550 instructions a quote) nor an array of flags by paragraph
        // (an allocation per document). By index: no copy of each `Quote`.
        var lastParagraph = -1
        for q in quotes.indices where quotes[q].paragraph != lastParagraph {
            let paragraph = quotes[q].paragraph
            assert(paragraph > lastParagraph, "the quotes are in text order")
            lastParagraph = paragraph
            paragraphs += 1
            if narration.tokens[narration.quoteTokens[quotes[q].id]].range.start
                == narration.tokens[narration.paragraphStarts[paragraph]].range.start
            {
                leading += 1
            }
        }
        return Double(leading) >= 0.6 * Double(paragraphs)
    }
}
