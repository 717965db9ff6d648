extension String {
    /// `self == text`, comparing the UTF-8 lengths first: the rules compare token texts with short literals, most
    /// of a different length, and two unequal Strings otherwise cost a call into the standard library.
    ///
    /// Only for a `text` of ASCII but `;`, `` ` `` and `K`, where lengths decide exactly: the only characters that
    /// decompose canonically to ASCII are U+037E (`;`), U+1FEF (`` ` ``) and U+212A (`K`), so a String equal to
    /// such a text holds its very bytes. (Any other text takes `==`.)
    @inline(__always) func equals(_ text: String) -> Bool {
        assert(text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x3B && $0 != 0x60 && $0 != 0x4B }, "use == for \(text)")
        return utf8.count == text.utf8.count && self == text
    }
}

/// What the rules read: the document, its quotes, narration tokens, mentions, and earlier decisions.
struct AttributionContext {
    let document: Document
    let quotes: [Quote]
    let narration: Narration
    let mentions: MentionDetector.Result
    /// Decisions so far, by quote id.
    var decided: [Decision?]
    /// True when the document reads as fiction dialogue (many short quote-led paragraphs).
    let isDialogue: Bool
    /// Each quote's sentence and the narration after it, by quote id (`QuoteSentence`).
    let sentences: [QuoteSentence]

    /// Where a quote's sentence starts and ends and where the narration after it runs, worked out once per quote:
    /// several rules ask for each (`Narration.sentenceStart(of:)` and `sentenceEnd(of:)` walk the tokens).
    struct QuoteSentence {
        /// `narration.sentenceStart(of:)` of the quote's token.
        var start: Int
        /// `narration.sentenceEnd(of:)` of the quote's token.
        var end: Int
        /// `AttributionContext.afterQuote(_:)`: the narration right after the quote, if any.
        var after: (start: Int, limit: Int)?
    }

    /// The context of `quotes` (numbered by id from 0) in `document`, with the decisions `decided`.
    init(
        document: Document, quotes: [Quote], narration: Narration, mentions: MentionDetector.Result,
        decided: [Decision?], isDialogue: Bool
    ) {
        self.document = document
        self.quotes = quotes
        self.narration = narration
        self.mentions = mentions
        self.decided = decided
        self.isDialogue = isDialogue
        var sentences = [QuoteSentence](repeating: QuoteSentence(start: 0, end: 0), count: quotes.count)
        for index in quotes.indices {  // (by index: no copy of each `Quote`)
            let id = quotes[index].id
            let q = narration.quoteTokens[id]
            sentences[id] = QuoteSentence(
                start: narration.sentenceStart(of: q), end: narration.sentenceEnd(of: q),
                after: AttributionContext.afterQuote(q, narration))
        }
        self.sentences = sentences
    }

    var tokens: [Narration.Token] { narration.tokens }

    /// The lower-cased text of token `index` (`Narration.lower(of:)`).
    @inline(__always) func lower(of index: Int) -> String { narration.lower(of: index) }

    /// True when quote `quote` is attributed so far: `decided[quote] != nil`.
    func isDecided(_ quote: Int) -> Bool {
        if case .some = decided[quote] { return true }
        return false
    }

    /// `name.lowercased() == "it"`: only a name of two UTF-8 bytes lower-cases to `it` (a Character's lower case
    /// that is `i` or `t` comes from `I` or `T`), so most names skip the lower-casing.
    static func isIt(_ name: String) -> Bool {
        name.utf8.count == 2 && name.lowercased() == "it"
    }

    /// Words that may stand between a subject and its cue verb (`Truss also said`, `he had warned`).
    static let fillers: Set<String> = [
        "also", "later", "then", "has", "had", "have", "was", "were", "is", "are", "would", "will", "further",
        "again", "recently", "once", "previously", "quickly", "quietly", "softly", "slowly", "finally", "earlier",
        "just", "only", "meanwhile", "however", "simply", "flatly", "repeatedly", "publicly", "privately",
        "reportedly", "allegedly", "angrily", "calmly", "gently", "sharply", "bluntly", "firmly", "often",
        "frequently", "never", "did", "does", "not", "yesterday", "today", "tonight", "now",
        "first", "last", "went", "on", "at", "still", "even", "been", "being", "may", "might", "could",
        "should", "can", "must", "shall", "who", "himself", "herself", "themselves", "in", "turn",
        "'s",  // `he's claiming that`
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",  // `Sanders on Tuesday said`
    ]

    /// Auxiliaries that make a name after a cue the subject of a clause (`said Sanders has`).
    static let clauseVerbs: Set<String> = [
        "has", "had", "have", "was", "were", "is", "are", "would", "will", "could", "should", "can", "may", "might",
        "must", "did", "does", "do", "wants", "wanted", "needs", "needed",
    ]

    /// Words that may follow an inverted subject (`said Truss, who …`, `said Smith during a visit`).
    static let afterInversion: Set<String> = [
        "who", "whose", "during", "when", "while", "and", "but", "this", "last", "yesterday", "today", "tonight",
        "earlier", "later", "recently", "again", "also",
    ]

    /// True when token `index` is a cue verb.
    @inline(__always) func isCue(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        // `As the chief executive put it, "…"`
        if lower(of: index).equals("put") { return index + 1 < tokens.count && lower(of: index + 1).equals("it") }
        // `a few questions`, `the reports`: a cue form after a determiner or `few` is a noun; not after a lone
        // `one` or `another` that speaks (`"…," one said`, `MentionDetector.isLoneSpeaker`).
        return tokens[index].isCue
            && !(index > 0
                && (tokens[index - 1].lexicon.contains(.determiner) || lower(of: index - 1).equals("few"))
                && !isLoneSpeaker(at: index - 1))
    }

    /// True when token `index` is a mention of its own word alone (`one`, `another`: `MentionDetector.isLoneSpeaker`).
    @inline(never) private func isLoneSpeaker(at index: Int) -> Bool {
        mention(startingAt: index).map { mentions.tokenRanges[$0].upperBound == index + 1 } ?? false
    }

    /// True when token `index` is a filler word (or any -ly adverb).
    func isFiller(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].isWord else { return false }
        // `fillers.contains(word) || (word.hasSuffix("ly") && word.count > 4 && !isCapitalized)`, by lexicon bits;
        // a head noun in `ly` is no adverb (`The family said`).
        let lexicon = tokens[index].lexicon
        return lexicon.contains(.filler)
            || (lexicon.contains(.endsInLy) && !tokens[index].isCapitalized && !lexicon.contains(.nominalHead)
                && lower(of: index).count > 4)
    }

    /// The mention that starts at token `index`, if any.
    func mention(startingAt index: Int) -> Int? {
        guard index >= 0, index < tokens.count else { return nil }
        let id = mentions.mentionAt[index]
        if id >= 0, mentions.tokenRanges[id].lowerBound == index { return id }  // `the Vermont senator`
        if lower(of: index).equals("the"), index + 1 < tokens.count, tokens[index + 1].isCapitalized {
            return mention(startingAt: index + 1)  // `the Defense Ministry`: the name starts after `the`
        }
        return nil
    }

    /// True when quote `q`'s content ends with a question mark (spaces after it skipped).
    func endsWithQuestion(_ q: Int) -> Bool {
        let raw = document.bytes.bytes
        let content = quotes[q].content
        var end = content.end
        while end > content.start, raw[end - 1] == 0x20 { end -= 1 }
        return end > content.start && raw[end - 1] == UInt8(ascii: "?")
    }

    /// The mention that ends with token `index`, if any.
    func mention(endingAt index: Int) -> Int? {
        guard index >= 0, index < tokens.count else { return nil }
        let id = mentions.mentionAt[index]
        return id >= 0 && mentions.tokenRanges[id].upperBound == index + 1 ? id : nil
    }

    /// The cue span at `index` (its bytes): the verb, with a particle (`went on`, `pointed out`) when one follows.
    func cue(at index: Int) -> TextRange {
        var end = index
        if index + 1 < tokens.count, AttributionContext.isCueParticle(lower(of: index + 1)),
            tokens[index + 1].paragraph == tokens[index].paragraph
        {
            end = index + 1
        }
        return span(index, end)
    }

    /// `["out", "on", "in", "up", "back"].contains(word)`, without building the array.
    static func isCueParticle(_ word: String) -> Bool {
        word.equals("out") || word.equals("on") || word.equals("in") || word.equals("up") || word.equals("back")
    }

    /// The verbs whose addressee needs no `to` (`told reporters`): `["told", "tell", …].contains(word)` without
    /// building the array.
    static func isTelling(_ word: String) -> Bool {
        word.equals("told") || word.equals("tell") || word.equals("tells") || word.equals("telling")
            || word.equals("asked") || word.equals("ask") || word.equals("asks") || word.equals("warned")
            || word.equals("assured") || word.equals("informed") || word.equals("reminded") || word.equals("urged")
    }

    /// Words that are an addressee by themselves (`told reporters`, `said to me`), without building the array.
    static func isAddresseeWord(_ word: String) -> Bool {
        word.equals("reporters") || word.equals("journalists") || word.equals("me") || word.equals("us")
            || word.equals("him") || word.equals("her") || word.equals("them") || word.equals("voters")
            || word.equals("supporters") || word.equals("lawmakers") || word.equals("congress") || word.equals("you")
    }

    /// The addressee after the cue at `index` (`told reporters`, `said to Elinor`), if stated (its bytes).
    func addressee(afterCue index: Int) -> TextRange? {
        var k = index + 1
        let telling = AttributionContext.isTelling(lower(of: index))
        if k < tokens.count, lower(of: k).equals("to"), !telling { k += 1 } else if !telling { return nil }
        if let m = mention(startingAt: k), mentions.mentions[m].form != .pronoun || !lower(of: k).equals("it") {
            let range = mentions.tokenRanges[m]
            return span(range.lowerBound, range.upperBound - 1)
        }
        if k < tokens.count, tokens[k].isWord, AttributionContext.isAddresseeWord(lower(of: k)) {
            return span(k, k)
        }
        return nil
    }

    /// The bytes of the text span from token `first` through token `last` (`textSpan(_:)` makes the span).
    func span(_ first: Int, _ last: Int) -> TextRange {
        TextRange(tokens[first].range.start, tokens[last].range.end)
    }

    /// The text span of the bytes `range` of a cue or an addressee (`span(_:_:)`).
    func textSpan(_ range: TextRange) -> TextSpan {
        // (A short ASCII text is made without decoding it: `MentionDetector.text`.)
        TextSpan(
            range: range, text: MentionDetector.text(range, document.bytes.bytes, small: PackedWord.smallStringsMatch))
    }

    /// The public attribution of `decision`: its spans' texts and its rule's id made now, once per decision kept.
    func attribution(of decision: Decision) -> Attribution {
        let source: Attribution.Source
        switch decision.source {
        case .mention(let m): source = .mention(m)
        case .sameSpeakerAs(let quote): source = .sameSpeakerAs(quote: quote)
        case .otherSpeakerThan(let quote): source = .otherSpeakerThan(quote: quote)
        // (A label's text is `Document.text` of its bytes, as the label rules read it.)
        case .label(let range): source = .label(TextSpan(range: range, text: document.text(range)))
        }
        return Attribution(
            quote: decision.quote, source: source, cue: decision.cue.map { textSpan($0) },
            addressee: decision.addressee.map { textSpan($0) }, rule: decision.rule.id,
            confidence: Self.hundredths(decision.confidence))
    }

    /// `confidence` to two decimals, as rules state it: `0.35 + 0.1` is `0.44999999999999996` in binary, and a
    /// threshold of `0.45` (`Configuration.minimumConfidence`, `ReportFilter.minimumConfidence`) would drop it.
    static func hundredths(_ confidence: Double) -> Double {
        (confidence * 100).rounded() / 100
    }

    /// `[",", "—", "–", "-"].contains(word)`, without building the array.
    static func isCommaOrDash(_ word: String) -> Bool {
        word == "," || word == "—" || word == "–" || word == "-"
    }

    /// Where the narration right after a quote starts (past `,` or a dash) and where its sentence ends,
    /// or nil when the quote ends its paragraph.
    func afterQuote(_ quote: Int) -> (start: Int, limit: Int)? { sentences[quote].after }

    /// `afterQuote(_:)` of the quote at token `q`, worked out.
    private static func afterQuote(_ q: Int, _ narration: Narration) -> (start: Int, limit: Int)? {
        let tokens = narration.tokens
        var start = q + 1
        guard start < tokens.count, tokens[start].paragraph == tokens[q].paragraph else { return nil }
        let limit = narration.sentenceEnd(of: start)
        while start < limit, tokens[start].lexicon.contains(.commaOrDash) { start += 1 }  // `isCommaOrDash(lower)`
        guard start < tokens.count, tokens[start].paragraph == tokens[q].paragraph else { return nil }
        return (start, max(limit, start + 1))
    }

    /// True when a cue after the quote at token `cue` belongs to other words: it introduces what follows
    /// (`Mr. Zahed said: "…"`, `"We will win." Jones said, "No."`), or the quote closed a sentence that began before it
    /// (`Bush called Trump "unhinged." Sen. Marco Rubio called …`).
    func trailingCueBelongsElsewhere(_ quote: Int, cue: Int) -> Bool {
        if cue + 1 < tokens.count, lower(of: cue + 1).equals(":") { return true }
        let q = narration.quoteTokens[quote]
        let content = quotes[quote].content
        guard q + 1 < tokens.count, tokens[q + 1].isCapitalized, content.end > content.start,
            let (last, _) = UTF8Scalars.scalar(in: document.bytes.bytes, before: content.end),
            ".!?".unicodeScalars.contains(last)
        else { return false }
        // `Smith said, "We will win." Jones said, "No."`: a new sentence whose cue opens the next quote.
        if cue + 2 < tokens.count, lower(of: cue + 1).equals(","), tokens[cue + 2].kind == .quote,
            tokens[cue + 2].paragraph == tokens[q].paragraph
        {
            return true
        }
        return sentences[quote].start < q && tokens[q - 1].paragraph == tokens[q].paragraph
            && !lower(of: q - 1).equals(":") && !lower(of: q - 1).equals(",")
    }

    /// `MENTION [, apposition,] FILLER* CUE` starting at token `start`: the mention and the cue index.
    func subjectThenCue(from start: Int, before limit: Int) -> (mention: Int, cue: Int)? {
        guard var m = mention(startingAt: start) else { return nil }
        var k = skipParenthesis(from: mentions.tokenRanges[m].upperBound, limit: limit)
        if let end = prepositionalPhraseEnd(after: m, at: k, limit: limit) {
            var cue = end
            while cue < limit, isFiller(cue) { cue += 1 }
            if cue < limit, isCue(cue) { return (m, cue) }
        }
        // `the Vatican spokesman, Federico Lombardi, told`: the name in apposition to a description.
        if mentions.mentions[m].form == .nominal, k + 1 < limit, lower(of: k).equals(","),
            let name = mention(startingAt: k + 1), mentions.mentions[name].form == .name,
            mentions.tokenRanges[name].upperBound < limit,
            lower(of: mentions.tokenRanges[name].upperBound).equals(",")
        {
            m = name
            k = mentions.tokenRanges[name].upperBound + 1
        }
        // Apposition: `Kerr Putney, the police chief, said`; `Harry Bond, 30, of Raleigh, N.C., who was among
        // those polled, said`: up to four comma groups.
        var groups = 0
        while groups < 4, k < limit, lower(of: k).equals(",") {
            var j = k + 1
            while j < min(limit, k + 30), !lower(of: j).equals(","), tokens[j].quoteID == nil,
                !tokens[j].endsSentence
            {
                j += 1
            }
            guard j < limit, lower(of: j).equals(",") else { break }
            groups += 1
            var cue = j + 1
            while cue < limit, isFiller(cue) { cue += 1 }
            if isCue(cue) {
                k = cue
                break
            }
            k = j
        }
        while k < limit, isFiller(k) { k += 1 }
        return k < limit && isCue(k) ? (m, k) : nil
    }

    /// The name set off by a comma after `one of …` or `another of …` at token `start` (`one of the organisers,
    /// Sarah Lee`), or nil.
    func nameAfterOneOf(from start: Int, before limit: Int) -> Int? {
        guard start + 2 < limit, lower(of: start).equals("one") || lower(of: start).equals("another"),
            lower(of: start + 1).equals("of"),
            let first = MentionDetector.apposedNameStart(afterOneOf: start, narration, before: min(limit, start + 13)),
            let name = mention(startingAt: first), mentions.mentions[name].form == .name
        else { return nil }
        return name
    }

    /// `FILLER* CUE MENTION` starting at token `start` (`said Truss`, `said his host`).
    func cueThenSubject(from start: Int, before limit: Int) -> (mention: Int, cue: Int)? {
        var k = start
        while k < limit, isFiller(k) { k += 1 }
        // A participle is no inversion: `"…," promising the Friends of the Park will meet` (its subject is before).
        guard k < limit, isCue(k), !tokens[k].lexicon.contains(.endsInIng) else { return nil }
        var j = k + 1
        while j < limit, isFiller(j) { j += 1 }
        // `said on Twitter`, `said in Madison`: a place or medium, not an inverted subject.
        if j > k + 1, tokens[j - 1].lexicon.contains(.preposition) { return nil }
        // `put it, "…"`: `it` after a cue is its object, never an inverted subject.
        // `said resident Ivan Petrov`, `said festival director Priya Raman`: a role in lower case, then the name.
        // `said one of the organisers, Sarah Lee`: the name set off after the phrase.
        guard
            var m = mention(startingAt: j) ?? nameAfterRole(from: j, before: limit)
                ?? nameAfterOneOf(from: j, before: limit),
            mentions.tokenRanges[m].upperBound <= limit,
            !AttributionContext.isIt(mentions.mentions[m].name)
        else { return nil }
        // `said his daughter, Claire Jones`: a description followed by the name it stands for.
        let after = mentions.tokenRanges[m].upperBound
        if mentions.mentions[m].form == .nominal, after + 1 < limit, lower(of: after).equals(","),
            let name = mention(startingAt: after + 1), mentions.mentions[name].form == .name
        {
            m = name
        } else if mentions.mentions[m].type != .person, let title = titleAfterModifiers(from: after, before: limit),
            let name = mention(startingAt: title + 1), mentions.mentions[name].form == .name,
            mentions.mentions[name].type == .person
        {
            m = name  // `said MSNBC host Chris Matthews`: the person, not the network
        }
        // `said it was` is a clause, not an inversion.
        if mentions.mentions[m].form == .pronoun, j + 1 < tokens.count, tokens[j + 1].isWord,
            !tokens[j + 1].endsSentence,
            !lower(of: j + 1).equals("to"), !isFiller(j + 1) || lower(of: j + 1).equals("was")
        {
            return nil
        }
        // `said Sanders has pushed …`: a name followed by its own verb is the subject of a reported clause;
        // `said Trump's remarks …`: a possessive opens one.
        let next = mentions.tokenRanges[m].upperBound
        if next < limit, tokens[next].lexicon.contains(.possessive) { return nil }
        if mentions.mentions[m].form == .name, next < limit, tokens[next].isWord, !tokens[next].isCapitalized,
            tokens[next].lexicon.contains(.clauseVerb)
                || (!isFiller(next) && !tokens[next].lexicon.contains(.preposition)
                    && !tokens[next].lexicon.contains(.afterInversion))
        {
            return nil
        }
        // `said the report was …`: a description before its own verb too.
        if mentions.mentions[m].form == .nominal, next < limit, tokens[next].isWord, !tokens[next].isCapitalized,
            tokens[next].lexicon.contains(.clauseVerb)
        {
            return nil
        }
        return (m, k)
    }

    /// The index of a title or role noun in lower case at `start`, or after at most two modifiers in lower case
    /// (`host` in `MSNBC host`, `executive` in `Oregon seafood-export executive`, `resident` in `Dover resident`),
    /// with a word after it before `limit`; or nil.
    /// The name of a person (or of no known kind) right after a role written in lower case from `start`
    /// (`resident Ivan Petrov`, `festival director Priya Raman`), if any.
    private func nameAfterRole(from start: Int, before limit: Int) -> Int? {
        guard let title = titleAfterModifiers(from: start, before: limit), let name = mention(startingAt: title + 1),
            mentions.mentions[name].form == .name,
            mentions.mentions[name].type == .person || mentions.mentions[name].type == .unknown
        else { return nil }
        return name
    }

    private func titleAfterModifiers(from start: Int, before limit: Int) -> Int? {
        var k = start
        while k + 1 < limit, k <= start + 2, tokens[k].isWord, !tokens[k].isCapitalized {
            // (The `personTitle` bit is set for every title, and a title with a period: most words skip the look-up.)
            if tokens[k].lexicon.contains(.personTitle), Names.personTitles.contains(lower(of: k)) { return k }
            // A role noun stands as a title before a name (`said Dover resident Jan Okafor`).
            if tokens[k].lexicon.contains(.nominalHead) { return k }
            // A modifier is no verb, function word or preposition (`said Trump is …`, `said in Ohio …`).
            if isFiller(k) || tokens[k].isCue
                || !tokens[k].lexicon.isDisjoint(with: [.clauseVerb, .preposition, .nominalStop, .pronoun])
            {
                return nil
            }
            k += 1
        }
        return nil
    }

    /// The index after a parenthesis opening at `index` (`(D-Wis.)`), or `index` when none opens there.
    func skipParenthesis(from index: Int, limit: Int) -> Int {
        guard index < limit, lower(of: index).equals("(") else { return index }
        var k = index + 1
        while k < min(limit, index + 12), !lower(of: k).equals(")") { k += 1 }
        return k < limit && lower(of: k).equals(")") ? k + 1 : index
    }

    /// The subject of the cue at `cue`, looking left no further than `floor`.
    func subject(ofCue cue: Int, floor: Int) -> Int? {
        var k = cue - 1
        while k >= floor, isFiller(k) || lower(of: k).equals("as") || lower(of: k).equals("quoted") {
            // `he's claiming`; `Trump's claim that …`, but not `calling Trump's charge "pathetic"`.
            if lower(of: k).equals("'s"), k > floor, !tokens[k - 1].lexicon.contains(.pronoun),
                cue + 1 >= tokens.count || !lower(of: cue + 1).equals("that")
            {
                return nil
            }
            k -= 1
        }
        if k >= floor, lower(of: k).equals(")") {
            // `Rep. Gwen Moore (D-Wis.) said`: step over the parenthesis.
            var j = k - 1
            while j > max(floor, k - 12), !lower(of: j).equals("(") { j -= 1 }
            if j >= floor, lower(of: j).equals("(") { k = j - 1 }
        }
        guard k >= floor else { return nil }
        if let m = mention(endingAt: k) { return head(of: m, floor: floor) }
        // `The former secretary of state mocked`: a description, then `of` and up to two words in lower case.
        var j = k
        while j > max(floor, k - 2), tokens[j].isWord, !tokens[j].isCapitalized, !lower(of: j).equals("of") { j -= 1 }
        if j > floor, j < k, lower(of: j).equals("of"), let m = mention(endingAt: j - 1),
            mentions.mentions[m].form == .nominal
        {
            return m
        }
        if lower(of: k).equals(","), let m = mention(endingAt: k - 1), mentions.mentions[m].form == .name,
            mentions.mentions[m].type == .person, k - 1 - mentions.tokenRanges[m].count >= floor,
            lower(of: k - 1 - mentions.tokenRanges[m].count).equals(","),
            mentions.mentions[m].gender != .unknown
                || isPersonDescription(endingAt: k - 2 - mentions.tokenRanges[m].count)
        {
            // `Another delegate on the slate, Jim Poolman, said`, `Carson's business manager, Armstrong Williams,
            // stated`: the name in apposition.
            return m
        }
        if lower(of: k).equals(",") {
            // `Kerr Putney, the police chief, said`; `Tom Fitton, the president of Judicial Watch, a group that
            // sued, said`; `Dana Rawlings, 59, of Ashton, Md., who watched, said`: up to four comma-separated groups
            // back, to the name that is the sentence's subject (else the name before the nearest group).
            // `One resident, identified only as Tom, said`: the name the last group gives.
            if let last = mention(endingAt: k - 1), mentions.mentions[last].isSubject,
                MentionDetector.isNameGiven(before: mentions.tokenRanges[last].lowerBound, narration)
            {
                return last
            }
            var comma = k
            var nearest: Int?
            for group in 0..<4 {
                var j = comma - 1
                while j > max(floor, comma - 30), !lower(of: j).equals(","), tokens[j].quoteID == nil { j -= 1 }
                guard j > floor, lower(of: j).equals(",") else { break }
                var end = j - 1
                if lower(of: end).equals(")") {
                    // `Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said`: over the parenthesis.
                    var open = end - 1
                    while open > max(floor, end - 12), !lower(of: open).equals("(") { open -= 1 }
                    if lower(of: open).equals("(") { end = open - 1 }
                }
                if let found = mention(endingAt: end) {
                    // `Rep. Ann Lowe of Vermont, an ally of the party's leaders, said`: the head of `of Vermont`.
                    let m = head(of: found, floor: floor)
                    if mentions.mentions[m].isSubject { return m }
                    if group == 0 { nearest = m }
                }
                comma = j
            }
            return nearest
        }
        return nil
    }

    /// The subject of the clause ending at token `k` (after the last comma, or from `floor`): a name opening it, or
    /// the first pronoun in the subject's case in it, with a word in lower case (its verb) next: `He looked at Mary
    /// and said`, `on my first morning he handed me a mop and said`; not `did not mention Trump by name, but told`.
    func clauseSubject(before k: Int, floor: Int) -> Int? {
        var start = k - 1
        while start > floor, !lower(of: start - 1).equals(","), !tokens[start - 1].endsSentence { start -= 1 }
        while start < k, lower(of: start).equals("and") || lower(of: start).equals("but") { start += 1 }
        for j in start..<k {
            guard let m = mention(startingAt: j) else { continue }
            let mention = mentions.mentions[m]
            let after = mentions.tokenRanges[m].upperBound
            let verbFollows = after < k && tokens[after].isWord && !tokens[after].isCapitalized
            if mention.form == .name, j == start { return verbFollows ? m : nil }
            // (A pronoun in the subject's case only: not `him`, `her`.)
            if mention.form == .pronoun, !lower(of: j).equals("him"), !lower(of: j).equals("her"), verbFollows {
                return m
            }
        }
        return nil
    }

    /// The mention a prepositional phrase ending in mention `m` modifies, else `m`: `Mr. Morgan of the Sierra Club
    /// said`, `a narrator in the Clinton ad asks`.
    func head(of m: Int, floor: Int) -> Int {
        var j = mentions.tokenRanges[m].lowerBound - 1
        // `a columnist for the film magazine Reel said`: over the words in lower case that class the name.
        var classifier = j
        while classifier > max(floor, j - 4), tokens[classifier].isWord, !tokens[classifier].isCapitalized,
            !tokens[classifier].isCue,
            tokens[classifier].lexicon.isDisjoint(with: [.determiner, .preposition, .pronoun, .nominalStop])
        {
            classifier -= 1
        }
        if classifier < j, classifier >= floor, tokens[classifier].lexicon.contains(.determiner) { j = classifier }
        if j >= floor, tokens[j].lexicon.contains(.determiner) { j -= 1 }
        guard j > floor, AttributionContext.isModifyingPreposition(lower(of: j)),
            let head = mention(endingAt: j - 1)
        else { return m }
        // `a spokesman for Bernie Sanders said`, but `Speaker of the House Paul Ryan said`: before a person's name,
        // only a description is the head.
        return isPersonName(m) && mentions.mentions[head].form == .name ? m : head
    }

    /// One past a prepositional phrase at token `k` that modifies mention `m` (`Mr. Morgan of the Sierra Club`),
    /// else nil. A person's name after a name is not a modifier (`Speaker of the House Paul Ryan`).
    func prepositionalPhraseEnd(after m: Int, at k: Int, limit: Int) -> Int? {
        guard k + 1 < limit, AttributionContext.isModifyingPreposition(lower(of: k)) else { return nil }
        var j = k + 1
        if tokens[j].lexicon.contains(.determiner) { j += 1 }
        guard let object = mention(startingAt: j) ?? mention(startingAt: k + 1),
            mentions.tokenRanges[object].upperBound <= limit
        else {
            // `a Republican aide in the room wondered`: after a description, a short phrase of plain words.
            guard mentions.mentions[m].form == .nominal, j > k + 1 else { return nil }
            var end = j
            while end < min(limit, j + 2), tokens[end].isWord, !tokens[end].isCapitalized, !tokens[end].isCue,
                !isFiller(end), tokens[end].lexicon.isDisjoint(with: [.clauseVerb, .preposition, .pronoun])
            {
                end += 1
            }
            return end > j ? end : nil
        }
        return isPersonName(object) && mentions.mentions[m].form == .name
            ? nil : mentions.tokenRanges[object].upperBound
    }

    /// True when mention `m` is a person's name.
    func isPersonName(_ m: Int) -> Bool {
        mentions.mentions[m].form == .name && mentions.mentions[m].type == .person
    }

    /// True when mention `m` is a name of a person or of no known kind (`Brandt`): no body, place or government.
    func isPersonOrUnknownName(_ m: Int) -> Bool {
        mentions.mentions[m].form == .name
            && (mentions.mentions[m].type == .person || mentions.mentions[m].type == .unknown)
    }

    /// True when a description of someone, not of a body, ends at token `index` (`Carson's business manager`, not
    /// `the Vatican's official newspaper`).
    func isPersonDescription(endingAt index: Int) -> Bool {
        guard let m = mention(endingAt: index) else { return false }
        return mentions.mentions[m].form == .nominal && mentions.mentions[m].type != .organisation
            && !AttributionContext.bodyHeads.contains(lower(of: mentions.tokenRanges[m].upperBound - 1))
    }

    /// Heads of descriptions of bodies, whose apposition names a body, not a person (`the Vatican's official
    /// newspaper, L'Osservatore Romano,`).
    static let bodyHeads: Set<String> = [
        "newspaper", "paper", "magazine", "agency", "company", "group", "network", "website", "publication",
        "channel", "station", "party", "firm", "organization", "organisation", "union", "committee", "daily",
    ]

    /// True for a preposition whose phrase can follow a speaker before the cue: `of`, `in`, `on`, `at`, `from`,
    /// `with`, `for`.
    static func isModifyingPreposition(_ word: String) -> Bool {
        word.equals("of") || word.equals("in") || word.equals("on") || word.equals("at") || word.equals("from")
            || word.equals("with") || word.equals("for")
    }

    /// The first subject-position mention of the sentence holding token `index`.
    func sentenceSubject(of index: Int) -> Int? {
        let start = narration.sentenceStart(of: index)
        // (Past an opening prepositional phrase: `At a town hall in Dayton, Ohio, Ms. Marsh …, saying`.)
        let clause = MentionDetector.openingPhraseEnd(sentenceStart: start, narration: narration)
        for k in clause..<max(clause, index) {
            // `Democrats in the statehouse pounced on the memo, arguing that …`: groups speak too.
            if let m = mention(startingAt: k),
                mentions.mentions[m].form != .nominal || mentions.mentions[m].type != .unknown
            {
                guard mentions.mentions[m].isSubject else { return nil }
                return mentions.mentions[m].form == .nominal ? appositiveName(of: m, before: index) ?? m : m
            }
        }
        return nil
    }

    /// The name set off by commas right after description `m`, or after the `of` phrase that ends it, before
    /// `limit` (`The Danish minister of energy and climate, Søren Holm, met …`): the person it names.
    func appositiveName(of m: Int, before limit: Int) -> Int? {
        var k = mentions.tokenRanges[m].upperBound
        if k < limit, lower(of: k).equals("of") {
            let end = min(limit, k + 7)
            k += 1
            while k < end, tokens[k].isWord, !tokens[k].isCue { k += 1 }
        }
        guard k + 1 < limit, lower(of: k).equals(",") else { return nil }
        // (Maybe after `the` and a trade in lower case: `A critic of the government, the Labour MP Diane Abbott,`.)
        var start = k + 1
        if lower(of: start).equals("the") {
            start += 1
            while start < min(limit, k + 5), tokens[start].isWord, !tokens[start].isCapitalized, !tokens[start].isCue {
                start += 1
            }
        }
        guard start < limit, let name = mention(startingAt: start), isPersonOrUnknownName(name) else { return nil }
        let after = mentions.tokenRanges[name].upperBound
        return after < limit && lower(of: after).equals(",") ? name : nil
    }
}
