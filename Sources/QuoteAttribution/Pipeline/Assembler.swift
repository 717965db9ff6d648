/// The last document stage: turns byte ranges into code point spans and bundles a `DocumentAnalysis`.
struct Assembler {
    let configuration: Configuration

    /// The analysis of a document in which `QuoteDetector` found no quote: no quotes, no speakers (a speaker is
    /// someone quoted), and the detector's problems.
    func analysis(document: Document, problems: [(Diagnostic.Code, TextRange)]) -> DocumentAnalysis {
        analysis(
            document: document, quotes: [], problems: problems, mentions: [], attributions: [],
            speakers: SpeakerResolver.Result(speakers: [], speakerOfQuote: []), narration: nil)
    }

    /// The analysis of `document` from every stage's results (`narration` may be nil only when there are no quotes).
    func analysis(
        document: Document, quotes: [Quote], problems: [(Diagnostic.Code, TextRange)], mentions: [Mention],
        attributions: [Attribution?], speakers: SpeakerResolver.Result, narration: Narration?
    ) -> DocumentAnalysis {
        // Every byte range that output needs, converted in one forward pass. The ranges of quote `q` start at
        // `firstRange[q]`: its content, then its mention, cue and addressee when it has them (the loop below
        // reads them in that order); the problems' ranges follow the quotes'.
        // The working arrays (`ranges`, `firstRange`, `offsets`, `rangeSlots`, the code point offsets and their
        // checkpoints) are this thread's `Workspace`'s: a document allocates and frees none of them. (Moved out and,
        // at the end, back in.)
        let stored = Assembler.workspaces.current
        var workspace = Workspace()
        swap(&workspace, &stored.pointee)
        var ranges = [TextRange].reused(&workspace.ranges, capacity: 4 * quotes.count + problems.count)
        var firstRange = [Int].reused(&workspace.firstRange, capacity: quotes.count)
        // By index, reading fields in place: no copy of each `Quote` or `Attribution` (and their Strings).
        for q in quotes.indices {
            firstRange.append(ranges.count)  // (`firstRange[q]`)
            ranges.append(quotes[q].content)
            let id = quotes[q].id
            if case .mention(let m)? = attributions[id]?.source { ranges.append(mentions[m].range) }
            if let cue = attributions[id]?.cue { ranges.append(cue.range) }
            if let addressee = attributions[id]?.addressee { ranges.append(addressee.range) }
        }
        let firstProblem = ranges.count
        for problem in problems { ranges.append(problem.1) }
        // The offsets go in groups, one a quote (its ranges) or a problem: the start of the group's line when a
        // new line begins (for the column of the group's first range, the only one that gets a `Span`: a quote's
        // content or a problem), then the starts and ends of its ranges. So they come nearly in text order, and
        // the conversion mostly counts forward from one to the next. `rangeSlots[k]` says where `ranges[k].start`
        // is in `offsets` (its end follows it) and where its line's start is. (The groups start at `firstRange`,
        // then one a problem: a group's end is the next one's start, or `ranges.count`. Each array made here costs
        // a look-up of its storage's type metadata besides the allocation: the slots of a range share one.)
        let groupCount = quotes.count + problems.count
        func groupStart(_ g: Int) -> Int { g < quotes.count ? firstRange[g] : firstProblem + (g - quotes.count) }
        var offsets = [Int].reused(&workspace.offsets, capacity: 2 * ranges.count + groupCount + 1)
        var rangeSlots = [RangeSlots].reused(
            &workspace.rangeSlots, filledWith: RangeSlots(start: 0, line: 0, lineStart: 0), count: ranges.count)
        var lastLine = 0  // no line: numbers start at 1
        var lastLineSlot = 0
        // (Written through the buffer: an array taken from the workspace is not known to be unique, and each write
        // by subscript would test it.)
        rangeSlots.withUnsafeMutableBufferPointer { rangeSlots in
            for g in 0..<groupCount {
                let first = groupStart(g)
                let end = g + 1 < groupCount ? groupStart(g + 1) : ranges.count
                // The quotes come in text order: their lines are found walking forward from the last one.
                let line = document.line(of: ranges[first].start, from: lastLine)
                if line.line != lastLine {
                    lastLineSlot = offsets.count
                    offsets.append(line.start)
                    lastLine = line.line
                }
                rangeSlots[first].line = line.line
                rangeSlots[first].lineStart = lastLineSlot
                for k in first..<end {
                    rangeSlots[k].start = offsets.count
                    offsets.append(ranges[k].start)
                    offsets.append(ranges[k].end)
                }
            }
        }
        var scalarStorage: [Int] = []
        swap(&scalarStorage, &workspace.scalars)
        document.scalarOffsets(of: offsets, into: &scalarStorage, checkpoints: &workspace.checkpoints)
        // A constant for the nested functions, as `slots` below.
        let scalars = scalarStorage
        // A constant for the nested functions: a captured `var` is checked for exclusive access at each read.
        let slots = rangeSlots
        /// The span of `ranges[k]`, a quote's content or a problem.
        func span(_ k: Int) -> CodePointSpan {
            CodePointSpan(
                start: scalars[slots[k].start], end: scalars[slots[k].start + 1], line: slots[k].line,
                column: scalars[slots[k].start] - scalars[slots[k].lineStart] + 1)
        }
        func sourceSpan(_ span: CodePointSpan) -> CodePointSpan? { document.article.sourceMap?.sourceSpan(of: span) }
        func spanText(_ k: Int, _ text: String) -> QuoteSpanText {
            QuoteSpanText(text: text, start: scalars[slots[k].start], end: scalars[slots[k].start + 1])
        }
        /// The output of quote `q`.
        func attributedQuote(_ q: Int) -> AttributedQuote {
            let id = quotes[q].id
            // The attribution is kept when it is confident enough and its speaker is known; else its mention and
            // cue go too (`speaker` is nil exactly when it is dropped).
            var speaker: Int?
            if let confidence = attributions[id]?.confidence, !(confidence < configuration.minimumConfidence) {
                speaker = speakers.speakerOfQuote[id]
            }
            let rule = speaker == nil ? nil : attributions[id]?.rule
            // The quote's fields, not the quote: passing `quotes[q]` copied it (and retained its Strings).
            let kind = Assembler.kind(
                quotes[q].kind, content: quotes[q].content, opening: quotes[q].range.start, in: document, rule: rule,
                cued: narration?.isAfterCue(quote: id) ?? false)
            // A kept attribution is the one whose ranges were listed above, so they are found in order.
            var next = firstRange[q] + 1
            var mention: QuoteSpanText?
            var cue: QuoteSpanText?
            var addressee: QuoteSpanText?
            if speaker != nil {
                if case .mention(let m)? = attributions[id]?.source {
                    mention = spanText(next, mentions[m].text)
                    next += 1
                }
                if let found = attributions[id]?.cue {
                    cue = spanText(next, found.text)
                    next += 1
                }
                if let found = attributions[id]?.addressee { addressee = spanText(next, found.text) }
            }
            let contentSpan = span(firstRange[q])
            // The content is ASCII exactly when it has as many code points as bytes.
            let content = quotes[q].content
            let isASCII = contentSpan.end - contentSpan.start == content.end - content.start
            return AttributedQuote(
                id: id, span: contentSpan, sourceSpan: sourceSpan(contentSpan),
                text: Assembler.text(content, of: document, isASCII: isASCII),
                kind: kind, openingMark: quotes[q].openingMark, closingMark: quotes[q].closingMark,
                speaker: speaker.map { speakers.speakers[$0].name }, speakerID: speaker, mention: mention,
                cue: cue, addressee: addressee,
                rule: rule,
                confidence: speaker == nil ? 0 : attributions[id]?.confidence ?? 0)
        }
        // Each result initialised in place (`map` copied each one into its array). Not for no quote: with capacity
        // 0 the initialiser writes the count into the empty-array storage that every thread shares (a benign
        // race, but ThreadSanitizer reports it).
        let result =
            quotes.isEmpty
            ? []
            : [AttributedQuote](unsafeUninitializedCapacity: quotes.count) { buffer, initialized in
                for q in quotes.indices { (buffer.baseAddress! + q).initialize(to: attributedQuote(q)) }
                initialized = quotes.count
            }
        let diagnostics = problems.indices.map { p in
            Diagnostic(
                code: problems[p].0, message: Assembler.message(for: problems[p].0), span: span(firstProblem + p))
        }
        // The working arrays back to the thread's workspace, for the next document.
        swap(&ranges, &workspace.ranges)
        swap(&firstRange, &workspace.firstRange)
        swap(&offsets, &workspace.offsets)
        swap(&rangeSlots, &workspace.rangeSlots)
        swap(&scalarStorage, &workspace.scalars)
        swap(&workspace, &stored.pointee)
        // Only a threshold drops attributions: without one every speaker listed is quoted (in order of first quote).
        let (quoted, listed) =
            configuration.minimumConfidence > 0
            ? Assembler.quotedSpeakers(result, speakers.speakers) : (result, speakers.speakers)
        assert(
            configuration.minimumConfidence > 0
                || Assembler.quotedSpeakers(result, speakers.speakers).speakers.count == speakers.speakers.count,
            "a speaker no quote names, with no threshold")
        return DocumentAnalysis(
            documentID: document.article.id, text: document.article.text, quotes: quoted, speakers: listed,
            diagnostics: diagnostics)
    }

    /// `quotes` and `speakers` with the speakers no quote keeps left out (their attributions fell below
    /// `Configuration.minimumConfidence`), the others numbered anew in order; as they are when every one is kept.
    static func quotedSpeakers(
        _ quotes: [AttributedQuote], _ speakers: [Speaker]
    ) -> (quotes: [AttributedQuote], speakers: [Speaker]) {
        var isQuoted = [Bool](repeating: false, count: speakers.count)
        for quote in quotes { if let id = quote.speakerID { isQuoted[id] = true } }
        guard isQuoted.contains(false) else { return (quotes, speakers) }
        var newID = [Int](repeating: -1, count: speakers.count)
        var listed: [Speaker] = []
        for (id, speaker) in speakers.enumerated() where isQuoted[id] {
            newID[id] = listed.count
            var renumbered = speaker
            renumbered.id = listed.count
            listed.append(renumbered)
        }
        var quoted = quotes
        for q in quoted.indices { quoted[q].speakerID = quoted[q].speakerID.map { newID[$0] } }
        return (quoted, listed)
    }

    /// Each thread's `Workspace`.
    private static let workspaces = ThreadScratch { Workspace() }

    /// The working arrays of `analysis`, kept from document to document by each thread (`workspaces`), so that
    /// their storage is allocated once per thread, not once per document. Per thread, never shared: documents are
    /// analysed on several threads at once.
    private struct Workspace {
        var ranges: [TextRange] = []
        var firstRange: [Int] = []
        var offsets: [Int] = []
        var rangeSlots: [RangeSlots] = []
        var scalars: [Int] = []
        var checkpoints: [Int] = []
    }

    /// `document.text(range)` for a quote's content `range`, copied without validating its UTF-8 again: the
    /// document's bytes are valid UTF-8 (`UTF8Text`), and a quote's content starts and ends at code point boundaries
    /// (after and before a mark or a space). `isASCII` says exactly whether every byte is below 0x80. Debug builds
    /// (the tests) check both claims.
    static func text(_ range: TextRange, of document: Document, isASCII: Bool) -> String {
        let raw = document.bytes.bytes
        assert(String(validating: raw[range.start..<range.end], as: UTF8.self) != nil, "a content cut in a code point")
        assert(isASCII == raw[range.start..<range.end].allSatisfy { $0 < 0x80 }, "a wrong ASCII flag")
        if #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *) {
            return String(
                copying: UTF8Span(unchecked: raw.span.extracting(range.start..<range.end), isKnownASCII: isASCII))
        }
        return document.text(range)  // (older Apple systems: validated once more)
    }

    /// Where the offsets of a range are in the offsets converted to code points (`analysis`): its start (its end
    /// follows it) and, for the first range of a quote or problem, its line's start, with the line's number.
    private struct RangeSlots {
        /// The slot of the range's start.
        var start: Int
        /// The range's line number (first ranges only).
        var line: Int
        /// The slot of its line's start (first ranges only).
        var lineStart: Int
    }

    /// Rules that tie a quote to a cue of its own; other rules only borrow a speaker from the context.
    static let cueRules = Set(Attributor.cueRules.map { type(of: $0).id })

    /// The final kind: a partial quote of one or two words that no cue of its own governs is a scare quote
    /// or a term (`considers ''smart''`), not a quotation; so is a short one nobody is found to have said,
    /// unless a cue verb earlier in its sentence (`cued`) or `as a` before it says words are reported. The quote
    /// is given by its detected `kind`, its `content` and the byte offset of its opening mark. (`cued` is read
    /// only for a partial quote with a rule, the only case it decides.)
    static func kind(
        _ kind: QuoteKind, content: TextRange, opening: Int, in document: Document, rule: String?,
        cued: @autoclosure () -> Bool
    ) -> QuoteKind {
        let raw = document.bytes.bytes
        // In a headline every quote looks like a title (`Graham: Trump's 'Incredibly Hateful Rhetoric' …`).
        // (The rule is asked about only for a title, which few quotes are: most are told not to be one by their
        // first bytes, for less than the comparison of the rule's id.)
        if kind == .partial || kind == .direct,
            (isTitle(content, opening: opening, raw) && !isHeadlineRule(rule))
                || isStageDirection(content, raw) || isNickname(content, opening: opening, raw)
        {
            return .scare
        }
        guard kind == .partial else { return kind }
        // `described him as a "con artist"`, `called it a "disaster"`: a characterisation is quoted words.
        if rule != nil, isArticleOrAs(before: opening, raw) { return .partial }
        // `Trump called the pageant winner "Miss Piggy"`: a cue earlier in the sentence reports the words.
        if rule != nil, cued() { return .partial }
        let words = QuoteDetector.wordCount(raw, content, countingPast: 3)  // only `<= 3` and `<= 2` are asked
        if rule == nil, words <= 3 { return .scare }
        let ownCue = rule.map { cueRules.contains($0) } ?? false
        if !ownCue, words <= 2 { return .scare }
        return .partial
    }

    /// True for the ids of the two headline rules, `headline_label` and `headline_subject`.
    ///
    /// The UTF-8 lengths go first: most ids differ in length, and two unequal ids otherwise cost a call into the
    /// standard library. They decide exactly for these ids of ASCII letters and `_`: the only characters that
    /// decompose canonically to ASCII are U+037E (`;`), U+1FEF (`` ` ``) and U+212A (`K`), so a text equal to
    /// such an id has its very bytes.
    static func isHeadlineRule(_ rule: String?) -> Bool {
        guard let rule else { return false }
        let length = rule.utf8.count
        return (length == HeadlineLabelRule.id.utf8.count && rule == HeadlineLabelRule.id)
            || (length == HeadlineSubjectRule.id.utf8.count && rule == HeadlineSubjectRule.id)
    }

    /// True for a transcript's stage direction in marks (the quote's `content`), all of it in one parenthesis
    /// (`"(CROSSTALK.)"`).
    static func isStageDirection(_ content: TextRange, _ raw: [UInt8]) -> Bool {
        // Offsets, not a shrinking slice: `removeLast` on a slice of the shared text copied it.
        let start = content.start
        var end = content.end
        while end > start, raw[end - 1] == UInt8(ascii: ".") || raw[end - 1] == UInt8(ascii: " ") { end -= 1 }
        // One byte cannot be both `(` and `)`, so past this guard there are at least two.
        guard end > start, raw[start] == UInt8(ascii: "("), raw[end - 1] == UInt8(ascii: ")") else { return false }
        return !raw[start + 1..<end - 1].contains { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }
    }

    /// The lower-cased word just before byte `offset`, skipping spaces, or "" (and where it starts).
    static func wordBefore(_ offset: Int, _ raw: [UInt8]) -> (start: Int, word: String) {
        let word = wordRange(before: offset, raw)
        return (word.lowerBound, String(decoding: raw[word], as: UTF8.self).lowercased())
    }

    /// The bytes of the word just before byte `offset`, skipping spaces (empty when there is none).
    static func wordRange(before offset: Int, _ raw: [UInt8]) -> Range<Int> {
        var end = offset
        while end > 0, raw[end - 1] == 0x20 { end -= 1 }  // the usual space, without decoding
        while let (scalar, width) = UTF8Scalars.scalar(in: raw, before: end), scalar.isSpace { end -= width }
        var start = end
        while let (scalar, width) = UTF8Scalars.scalar(in: raw, before: start),
            scalar.isWordCharacter || scalar == "'" || scalar == "\u{2019}"
        {
            start -= width
        }
        return start..<end
    }

    /// True when the word before byte `offset` is `as`, `a` or `an` in any case: `wordBefore` is one of them.
    /// Compared as bytes (no string made): no word with a byte beyond ASCII lower-cases to one of them, and
    /// `b | 0x20` is `a`, `s` or `n` only for those letters in either case.
    static func isArticleOrAs(before offset: Int, _ raw: [UInt8]) -> Bool {
        let word = wordRange(before: offset, raw)
        guard word.count == 1 || word.count == 2, raw[word.lowerBound] | 0x20 == UInt8(ascii: "a") else {
            return false
        }
        guard word.count == 2 else { return true }
        let second = raw[word.lowerBound + 1] | 0x20
        return second == UInt8(ascii: "s") || second == UInt8(ascii: "n")
    }

    /// Words that introduce the title of a work or programme (`on CNN's "State of the Union"`).
    static let titleLeads: Set<String> = [
        "on", "of", "in", "at", "the", "titled", "entitled", "show", "program", "programme", "book", "film", "movie",
        "column", "article", "song", "album", "anthem", "episode", "headline", "series", "memoir", "documentary",
        "commentary", "essay", "novel", "podcast", "autobiography", "biography", "play", "poem", "single", "musical",
        "painting", "exhibition", "collection", "anthology", "sitcom",
    ]

    /// The words of `titleLeads` that are not names of works.
    static let prepositionalTitleLeads: Set<String> = ["on", "of", "in", "at", "the", "titled", "entitled"]

    /// True for a title in marks inside a sentence: title case (`"Face the Nation"`) after a possessive or a
    /// word that introduces a title, or opening with `The` after `as` (`as "The Wall Street Journal" wrote`). The
    /// quote is given by its `content` and the byte offset of its opening mark.
    static func isTitle(_ content: TextRange, opening: Int, _ raw: [UInt8]) -> Bool {
        // `capitalisedWords` is nil when the first word starts with a lower-case letter (title case capitalises
        // the first word): an ASCII one is seen here without decoding the content.
        if content.start < content.end, raw[content.start] &- 0x61 < 26 { return false }
        // The word before the opening mark decides below. There is none when, past spaces, the mark follows
        // neither a word character, an apostrophe nor a comma (a quote opening its line, or after `:` or `.`),
        // and the content's capitalised words then need no counting.
        guard let previous = QuoteDetector.scalar(before: opening, skippingSpacesIn: raw),
            previous.isWordCharacter || previous == "'" || previous == "\u{2019}" || previous == ","
        else { return false }
        guard let capitalised = QuoteDetector.capitalisedWords(raw, content), capitalised >= 2 else {
            return false
        }
        var (start, word) = wordBefore(opening, raw)
        if word.isEmpty, start > 0, raw[start - 1] == UInt8(ascii: ",") {
            // `In his 2002 book, "Make Your Kid a Millionaire,"`: a title in apposition to the work it names.
            (start, word) = wordBefore(start - 1, raw)
            guard titleLeads.contains(word), !prepositionalTitleLeads.contains(word) else { return false }
        }
        guard !word.isEmpty else { return false }
        // Inside a headline (`Marsh Sees 'Real Danger'`) every quote looks like a title: the words before
        // it, written in title case too, say so.
        var lineStart = start
        while lineStart > 0, raw[lineStart - 1] != 0x0A { lineStart -= 1 }
        if let before = QuoteDetector.capitalisedWords(raw, TextRange(lineStart, start)), before >= 2 { return false }
        if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") || titleLeads.contains(word) { return true }
        return word == "as"
            && raw[content.start..<min(content.end, content.start + 4)].elementsEqual("The ".utf8)
    }

    /// True for a nickname in marks inside a name: one or two capitalised words, after a capitalised word and
    /// before one (`Phil "Taffy" Morgan`, `Joaquin "El Chapo" Guzmán`). Nobody is quoted saying it.
    static func isNickname(_ content: TextRange, opening: Int, _ raw: [UInt8]) -> Bool {
        // (An ASCII capital opens it, and a space and an ASCII capital follow its closing mark: most quotes fail the
        // first test.)
        guard content.length <= 24, content.start < content.end, raw[content.start] &- 0x41 < 26,
            opening >= 2, raw[opening - 1] == 0x20
        else { return false }
        guard let (_, width) = UTF8Scalars.scalar(in: raw, at: content.end), content.end + width + 1 < raw.count,
            raw[content.end + width] == 0x20, raw[content.end + width + 1] &- 0x41 < 26
        else { return false }
        let words = QuoteDetector.wordCount(raw, content, countingPast: 2)
        // (One word is capitalised: its first byte was read. `capitalisedWords` counts two or more.)
        guard words == 1 || (words == 2 && QuoteDetector.capitalisedWords(raw, content) == 2) else { return false }
        let before = wordRange(before: opening, raw)
        guard !before.isEmpty, raw[before.lowerBound] &- 0x41 < 26, (raw[content.end - 1] | 0x20) &- 0x61 < 26 else {
            return false
        }
        // Not after initials (`told CNN "Yes" Monday`) nor before a day or month (`"Absolutely" Tuesday`).
        if before.count > 1, raw[before.lowerBound + 1] &- 0x41 < 26 { return false }
        let next = wordRange(after: content.end + width, raw)
        if calendarWords.contains(String(decoding: raw[next], as: UTF8.self).lowercased()) { return false }
        // The name goes on after the mark with one word, not with more in title case (`‘Seismic Shift’ Among
        // Voters`: a headline's).
        var after = content.end + 1
        while after < raw.count, raw[after] != 0x20 { after += 1 }  // past the mark and the surname
        after += 1
        while after < raw.count, raw[after] >= 0x80 || Narration.isASCIIWordByte(raw[after]) { after += 1 }
        if after + 1 < raw.count, raw[after] == 0x20, raw[after + 1] &- 0x41 < 26 { return false }
        // In a line written in title case, a headline's (`Hillary ‘Defies Explanation’ Needs More …`), every quote
        // sits between capitals.
        var lineStart = before.lowerBound
        while lineStart > 0, raw[lineStart - 1] != 0x0A { lineStart -= 1 }
        return (QuoteDetector.capitalisedWords(raw, TextRange(lineStart, before.upperBound)) ?? 0) < 3
    }

    /// Days and months, which follow a quote but never a nickname (`isNickname`): the name runs' list, and `may`,
    /// which that list leaves out as a verb (a capitalised word after a closing mark is the month).
    private static let calendarWords = Set(MentionDetector.calendarWords).union(["may"])

    /// The bytes of the word just after byte `offset`, skipping spaces (empty when there is none): ASCII letters,
    /// digits and any non-ASCII bytes.
    static func wordRange(after offset: Int, _ raw: [UInt8]) -> Range<Int> {
        var start = min(offset, raw.count)
        while start < raw.count, raw[start] == 0x20 { start += 1 }
        var end = start
        while end < raw.count, raw[end] >= 0x80 || Narration.isASCIIWordByte(raw[end]) { end += 1 }
        return start..<end
    }

    static func message(for code: Diagnostic.Code) -> String {
        switch code {
        case .unclosedQuote: "quote mark opened here is never closed; the quote runs to the end of the paragraph"
        case .strayMark: "quote mark with no partner; ignored"
        case .regexLimit: "a pattern hit its match limit; this part was skipped"
        }
    }
}
