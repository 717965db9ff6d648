/// `Truss said: "…"` / `NATO said it was a "dangerous moment"` / `said Truss: "…"`, in the quote's sentence.
struct CueBeforeQuoteRule: AttributionRule {
    static let id = "cue_before_quote"
    static let summary = "The nearest cue verb before the quote in its sentence, with its subject."
    static let examples = [
        RuleExample(
            text: #"NATO said Russia's deployment represented a "dangerous moment" for Europe."#, speaker: "NATO"),
        RuleExample(
            text: #"French Foreign Minister Jean-Yves Le Drian called the exercises "a very violent gesture.""#,
            speaker: "Jean-Yves Le Drian"),
        RuleExample(text: #"Kerr Putney, the police chief, told reporters: "We are ready.""#, speaker: "Kerr Putney"),
        RuleExample(
            text: #"Liz Truss took a message to Moscow, accusing Russia of a "threatening posture.""#,
            speaker: "Liz Truss"),
        RuleExample(
            text: #"Hillary Clinton spoke about a shooting in Tulsa, Oklahoma, arguing that it was "intolerable.""#,
            speaker: "Hillary Clinton"),
        RuleExample(
            text: #"At the rally, Okafor said that Lindqvist begged him for help and "would have done anything.""#,
            speaker: "Okafor"),
        RuleExample(
            text: #"Dana Rawlings, 59, of Ashton, Md., who watched on a screen, said it recalled "all the people.""#,
            speaker: "Dana Rawlings"),
        RuleExample(
            text: #"The Vermont senator emailed supporters saying: "The struggle continues.""#,
            speaker: "The Vermont senator"),
    ]

    @inline(__always) func attribute(_ quote: Int, in context: AttributionContext) -> Decision? {
        let q = context.narration.quoteTokens[quote]
        let floor = context.sentences[quote].start
        var k = q - 1
        while k >= floor {
            defer { k -= 1 }
            guard context.isCue(k) else { continue }
            let weak = CueVerbs.weak.contains(context.lower(of: k))
            if weak && q - k > 3 { continue }
            // A participle (`…, accusing Russia of …`) or an infinitive (`took to Twitter to accuse …`) takes
            // the sentence's subject.
            // `lower.hasSuffix("ing")` is the `endsInIng` bit.
            let endsInIng = context.tokens[k].lexicon.contains(.endsInIng)
            let participle = endsInIng && k > floor && context.lower(of: k - 1).equals(",")
            if !participle, let mention = context.subject(ofCue: k, floor: floor),
                !AttributionContext.isIt(context.mentions.mentions[mention].name) || Self.isSay(context.lower(of: k))
            {
                // `The town released a statement saying …`: a description that is no subject before a participle
                // is the object of the sentence's verb; the words are the sentence subject's.
                if endsInIng, context.mentions.mentions[mention].form == .nominal,
                    !context.mentions.mentions[mention].isSubject, let subject = context.sentenceSubject(of: k),
                    subject != mention
                {
                    return attribution(quote, subject, k, context, confidence: 0.75)
                }
                // `Rep. Steve Israel said Clinton called on members to be "closely coordinated."`: words reported
                // inside someone's statement are the reporter's (as the news gold has it).
                if let outer = reporter(of: mention, floor: floor, context) {
                    return attribution(quote, outer.mention, outer.cue, context, confidence: 0.6)
                }
                return attribution(quote, mention, k, context, confidence: 0.75)
            }
            // `is reported to have called the Saudis "free riders"`: an infinitive, perfect or not.
            var before = k - 1
            while before > floor, Self.isPerfectOrPassive(context.lower(of: before)) { before -= 1 }
            let infinitive = before >= floor && context.lower(of: before).equals("to")
            // `X bemoaned … and said`, `X said …, but said`.
            let coordinated =
                k > floor && (context.lower(of: k - 1).equals("and") || context.lower(of: k - 1).equals("but"))
            // `Brandt said Tuesday in Berlin, noting …`: the subject of an earlier cue in the sentence first.
            // (`The harbourmaster then was Harold Dunne, and on my first morning he handed me a mop and said`: the
            // subject that opens the coordinated verb's clause.)
            if participle || infinitive || coordinated,
                let mention = earlierCueSubject(before: k, floor: floor, context)
                    ?? (coordinated ? context.clauseSubject(before: k - 1, floor: floor) : nil)
                    ?? context.sentenceSubject(of: k)
            {
                return attribution(quote, mention, k, context, confidence: 0.75)
            }
            if !endsInIng, !infinitive,
                let (mention, cue) = context.cueThenSubject(from: k, before: q)
            {
                return attribution(quote, mention, cue, context, confidence: 0.75)
            }
        }
        return nil
    }

    /// `["said", "says", "say"].contains(word)`, without building the array.
    static func isSay(_ word: String) -> Bool {
        word.equals("said") || word.equals("says") || word.equals("say")
    }

    /// `["have", "be", "been"].contains(word)`, without building the array.
    static func isPerfectOrPassive(_ word: String) -> Bool {
        word.equals("have") || word.equals("be") || word.equals("been")
    }

    /// True for a verb that reports a statement whose clause may hold another cue: `said`, `says`, `told`,
    /// `tells`, `added`, `adds`, `noted`, `notes`.
    static func isReportingVerb(_ word: String) -> Bool {
        word.equals("said") || word.equals("says") || word.equals("told") || word.equals("tells")
            || word.equals("added") || word.equals("adds") || word.equals("noted") || word.equals("notes")
    }

    /// The named person (or name of no known kind) reporting the clause that `mention` opens (`Israel said [that]
    /// Clinton called …`), if any.
    private func reporter(of mention: Int, floor: Int, _ context: AttributionContext) -> (mention: Int, cue: Int)? {
        var j = context.mentions.tokenRanges[mention].lowerBound - 1
        if j >= floor, context.lower(of: j).equals("that") { j -= 1 }
        guard j > floor, Self.isReportingVerb(context.lower(of: j)),
            let outer = context.subject(ofCue: j, floor: floor), outer != mention,
            context.isPersonOrUnknownName(outer)
        else { return nil }
        return (outer, j)
    }

    /// The subject of the last finite cue before token `k` in its sentence, if any.
    private func earlierCueSubject(before k: Int, floor: Int, _ context: AttributionContext) -> Int? {
        var j = k - 1
        while j >= floor {
            if context.isCue(j), !context.tokens[j].lexicon.contains(.endsInIng) {  // `hasSuffix("ing")`
                // Only a name, of a person or of no known kind (`Brandt said`): a noun before a cue-like noun
                // (`the same campaign points`) is no subject.
                if let mention = context.subject(ofCue: j, floor: floor), context.isPersonOrUnknownName(mention) {
                    return mention
                }
            }
            j -= 1
        }
        return nil
    }

    private func attribution(
        _ quote: Int, _ mention: Int, _ cue: Int, _ context: AttributionContext, confidence: Double
    ) -> Decision {
        Decision(
            quote: quote, source: .mention(mention), cue: context.cue(at: cue),
            addressee: context.addressee(afterCue: cue),
            rule: Self.self, confidence: confidence)
    }
}
