/// Stage 2: Document -> [Quote]. Finds quote marks with PCRE2 and pairs them paragraph by paragraph.
///
/// Double marks (`"…"`, `“…”`, `„…“`, `«…»`, `‹…›`) pair first; single marks (`‘…’`, `'…'`) pair only
/// outside them, so a quote nested in a quote stays inside its outer quote, and apostrophes (`don't`,
/// `Europe's`, `the '90s`, `Jones'`) are told apart by their neighbours. A quote left open at the end of a
/// paragraph runs to the paragraph's end (the multi-paragraph convention); nothing ever fails.
struct QuoteDetector {
    /// A mark found in the text.
    struct Mark {
        var offset: Int
        var width: Int
        var scalar: Unicode.Scalar
        var before: Unicode.Scalar?
        var after: Unicode.Scalar?
        var end: Int { offset + width }
    }

    /// The detected quotes and the problems met on the way (as byte ranges).
    struct Result {
        var quotes: [Quote]
        var problems: [(Diagnostic.Code, TextRange)]
    }

    /// The marks a quote can open or close with: `''`, ``` `` ```, `"`, `'` and the curly, low and angle marks,
    /// as three patterns that each begin with at most two distinct bytes, so the JIT finds their candidates with
    /// vector instructions (about 1 instruction a byte) rather than with a table of first bytes (about 12: five
    /// first bytes are beyond its vector search). Their matches are exactly those of the one pattern
    /// `''|``|["'\x{2018}\x{2019}\x{201C}\x{201D}\x{201E}\x{00AB}\x{00BB}\x{2039}\x{203A}]` (a test checks
    /// it) but for the apostrophes inside words: the three patterns match disjoint sets of bytes (`'` and `"`; lead
    /// bytes 0xC2 and 0xE2 with continuation bytes; `` ` ``), so a match of one never covers where a match of
    /// another starts, and each pattern tries its alternatives in that pattern's order.
    ///
    /// A single `'` or `’` between two ASCII letters or digits (`don't`, `Europe’s`, about half the matches of news
    /// text) is not matched: `pairSingles` skips a single mark with a word character on both sides before it
    /// changes anything, and `pairDoubles` reads no single mark, so such a mark only cost a return from the JIT
    /// and its neighbours read. (Its neighbours are its paragraph's: a paragraph starts and ends next to a blank,
    /// a line break or the text's end, none of them a letter or digit. The test after the mark keeps the JIT's
    /// search for the first bytes.)
    static let markPatterns: [PCRE2Regex] = [
        try! PCRE2Regex("''|\"|'(?:(?![A-Za-z0-9])|(?<![A-Za-z0-9]'))"),
        // Alternatives, not a class: for a class the JIT falls back to the table of first bytes.
        try! PCRE2Regex(
            "\\x{2018}|\\x{2019}(?:(?![A-Za-z0-9])|(?<![A-Za-z0-9]\\x{2019}))|\\x{201C}|\\x{201D}|\\x{201E}|\\x{00AB}"
                + "|\\x{00BB}|\\x{2039}|\\x{203A}"),
        try! PCRE2Regex("``"),
    ]

    /// Finds every quote in `document`.
    func quotes(in document: Document) -> Result {
        let raw = document.bytes.bytes
        var quotes: [Quote] = []
        quotes.reserveCapacity(8 + raw.count / 256)  // news text has a quote in about 500 bytes
        var problems: [(Diagnostic.Code, TextRange)] = []
        var previousOpenAtEnd = false
        let scanner = MarkScanner()
        // The marks of the whole document, one scan per pattern (a call per paragraph cost more than the scan of
        // its bytes). Paragraphs are lines without their blanks, so every mark lies inside one (marks are neither
        // blanks nor line breaks); nil when a match limit stopped a scan (not expected: the patterns have no
        // repetition): then each paragraph is scanned alone, as it used to be.
        let found = try? scanner.ranges(in: document.bytes, range: 0..<raw.count)
        var nextFound = 0
        // The marks of every paragraph so far, each with its neighbours in its paragraph (one buffer: no clearing).
        var marks: [Mark] = []
        marks.reserveCapacity(found?.count ?? 0)
        var spans: [Pair] = []  // one buffer for all paragraphs
        for (index, paragraph) in document.paragraphs.enumerated() {
            let firstMark = marks.count
            // The document's marks in this paragraph, unless one runs across its start or end (see `found`).
            var start = nextFound
            var inside = false
            if let found {
                while start < found.count, found[start].lowerBound < paragraph.start { start += 1 }
                nextFound = start
                while nextFound < found.count, found[nextFound].lowerBound < paragraph.end { nextFound += 1 }
                inside =
                    (start == 0 || found[start - 1].upperBound <= paragraph.start)
                    && (nextFound == start || found[nextFound - 1].upperBound <= paragraph.end)
            }
            // Whether a mark of the paragraph is a single mark: only then can `pairSingles` pair any (most
            // paragraphs with quotes hold double marks only), so it is called only then.
            var hasSingle = false
            if let found, inside {
                for k in start..<nextFound {
                    if let mark = QuoteDetector.mark(at: found[k], in: raw, paragraph: paragraph) {
                        marks.append(mark)
                        if QuoteDetector.isSingleMark(mark.scalar) { hasSingle = true }
                    }
                }
            } else {
                // A match limit stops a scan early; say so and go on with the marks found before it.
                do {
                    let matches = try scanner.ranges(in: document.bytes, range: paragraph.start..<paragraph.end)
                    marks += matches.compactMap { QuoteDetector.mark(at: $0, in: raw, paragraph: paragraph) }
                } catch {
                    marks += error.found.compactMap { QuoteDetector.mark(at: $0, in: raw, paragraph: paragraph) }
                    problems.append((.regexLimit, paragraph))
                }
                for k in firstMark..<marks.count where QuoteDetector.isSingleMark(marks[k].scalar) { hasSingle = true }
            }
            guard marks.count > firstMark else {
                previousOpenAtEnd = false
                continue
            }
            // Emptied pair by pair (`removeAll(keepingCapacity:)` went through the general `replaceSubrange`), and
            // the marks passed whole with their range (a slice of them was retained and released).
            while !spans.isEmpty { spans.removeLast() }
            pairDoubles(marks, firstMark..<marks.count, paragraph: paragraph, problems: &problems, into: &spans)
            let doubles = spans.count
            if hasSingle {
                // (Read only for a paragraph with single marks: whether the next one opens with one.)
                let next = index + 1 < document.paragraphs.count ? document.paragraphs[index + 1].start : raw.count
                let nextScalar = next < raw.count ? UTF8Scalars.scalar(in: raw, at: next)?.0 : nil
                pairSingles(
                    marks, firstMark..<marks.count, paragraph: paragraph, raw: raw,
                    nextParagraphOpens: nextScalar == "\u{2018}" || nextScalar == "'", into: &spans)
            }
            // The pairs of double marks come in text order (each opens after the one before closed), so only pairs of
            // single marks among them need a sort (no two pairs open at the same mark: the order is the same).
            if spans.count > doubles, doubles > 0 { spans.sort { $0.open.offset < $1.open.offset } }
            var openAtEnd = false
            for span in spans {
                let contentEnd = span.close?.offset ?? paragraph.end
                var content = TextRange(span.open.end, contentEnd)
                // Spaces inside the marks (`« oui »`, often no-break) are not content.
                while content.start < content.end, let width = QuoteDetector.spaceWidth(raw, at: content.start) {
                    content.start += width
                }
                while content.end > content.start, let width = QuoteDetector.spaceWidth(raw, endingAt: content.end) {
                    content.end -= width
                }
                guard !content.isEmpty else { continue }
                if span.close == nil { openAtEnd = true }
                let startsParagraph = span.open.offset == paragraph.start
                // Made in place: a `let` first was copied into the array and then destroyed.
                quotes.append(
                    Quote(
                        id: quotes.count, range: TextRange(span.open.offset, span.close?.end ?? paragraph.end),
                        content: content, openingMark: QuoteDetector.text(of: span.open, in: document),
                        closingMark: span.close.map { QuoteDetector.text(of: $0, in: document) }, paragraph: index,
                        kind: kind(of: content, span: span, paragraph: paragraph, raw: raw),
                        continuesPrevious: startsParagraph && previousOpenAtEnd))
            }
            if openAtEnd, let last = spans.last, last.close == nil {
                let nextReopens =
                    index + 1 < document.paragraphs.count
                    && QuoteDetector.isOpener(UTF8Scalars.scalar(in: raw, at: document.paragraphs[index + 1].start)?.0)
                if !nextReopens { problems.append((.unclosedQuote, TextRange(last.open.offset, last.open.end))) }
            }
            previousOpenAtEnd = openAtEnd
        }
        return Result(quotes: quotes, problems: problems)
    }

    /// The mark matched at `match` in `paragraph`, with its neighbours there; nil only for a match past the end.
    private static func mark(at match: Range<Int>, in raw: [UInt8], paragraph: TextRange) -> Mark? {
        let offset = match.lowerBound
        guard var (scalar, width) = UTF8Scalars.scalar(in: raw, at: offset) else { return nil }
        if match.count == 2, raw[offset] == 0x27 || raw[offset] == 0x60 {
            (scalar, width) = ("\"", 2)  // `''` and ``` `` ``` stand for a double mark
        }
        // Neighbours are nearly always ASCII: such a byte is its scalar, read without a call to decode it.
        var before: Unicode.Scalar?
        if offset > paragraph.start {
            let previous = raw[offset - 1]
            before = previous < 0x80 ? Unicode.Scalar(previous) : UTF8Scalars.scalar(in: raw, before: offset)?.0
        }
        var after: Unicode.Scalar?
        if offset + width < paragraph.end {
            let next = offset + width
            after = raw[next] < 0x80 ? Unicode.Scalar(raw[next]) : UTF8Scalars.scalar(in: raw, at: next)?.0
        }
        return Mark(offset: offset, width: width, scalar: scalar, before: before, after: after)
    }

    /// The matchers of `markPatterns` for one document: the byte ranges of its marks in text order.
    struct MarkScanner {
        /// A match limit stopped a scan: the marks found up to then, in text order.
        struct Stopped: Error {
            var found: [Range<Int>]
        }

        /// The calling thread's matchers of `QuoteDetector.markPatterns`, in order (`threadMatchers`).
        private let matchers: [PCRE2Matcher]

        /// A scanner with the calling thread's matchers; to be used on that thread only.
        init() { matchers = MarkScanner.threadMatchers.current.pointee }

        /// Each thread's matchers, made at its first document and kept for the others: a matcher's match data and
        /// match context, made and freed per document and pattern, cost about 3,500 instructions a document.
        /// Per thread, never shared: a matcher's match data is written by every match.
        private static let threadMatchers = ThreadScratch { QuoteDetector.markPatterns.map { PCRE2Matcher($0) } }

        /// The ranges of the marks in `text[range]`, in text order.
        func ranges(in text: UTF8Text, range: Range<Int>) throws(Stopped) -> [Range<Int>] {
            var found: [Range<Int>] = []
            for (index, matcher) in matchers.enumerated() {
                var matches: [Range<Int>] = []  // no allocation while empty, as for the rare patterns
                // News text has a mark of the first pattern in about 100 bytes: room for most without growing.
                if index == 0 { matches.reserveCapacity(range.count / 64) }
                do {
                    try matcher.forEachMatchRange(in: text, range: range) { match in
                        matches.append(match)
                        return true
                    }
                } catch {
                    throw Stopped(found: Self.merged(found, matches))
                }
                found = Self.merged(found, matches)
            }
            return found
        }

        /// The ranges of `first` and `second` (each in text order, none starting where another does) in text order.
        static func merged(_ first: [Range<Int>], _ second: [Range<Int>]) -> [Range<Int>] {
            if second.isEmpty { return first }  // the other patterns' marks are rare
            if first.isEmpty { return second }
            var merged: [Range<Int>] = []
            merged.reserveCapacity(first.count + second.count)
            var i = 0
            var j = 0
            while i < first.count, j < second.count {
                if first[i].lowerBound < second[j].lowerBound {
                    merged.append(first[i])
                    i += 1
                } else {
                    merged.append(second[j])
                    j += 1
                }
            }
            merged += first[i...]
            merged += second[j...]
            return merged
        }
    }

    /// The text of a mark as written (`document.text` of its bytes), without decoding the common ones.
    static func text(of mark: Mark, in document: Document) -> String {
        if mark.width == 2, mark.scalar == "\"" {
            return document.bytes.bytes[mark.offset] == 0x27 ? "''" : "``"
        }
        switch mark.scalar {
        case "\"": return "\""
        case "'": return "'"
        case "\u{2018}": return "\u{2018}"
        case "\u{2019}": return "\u{2019}"
        case "\u{201C}": return "\u{201C}"
        case "\u{201D}": return "\u{201D}"
        case "\u{201E}": return "\u{201E}"
        case "\u{00AB}": return "\u{00AB}"
        case "\u{00BB}": return "\u{00BB}"
        case "\u{2039}": return "\u{2039}"
        case "\u{203A}": return "\u{203A}"
        default: return document.text(TextRange(mark.offset, mark.end))
        }
    }

    /// An opening and (unless the paragraph ended first) closing mark.
    struct Pair {
        var open: Mark
        var close: Mark?
    }

    static func isOpener(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return ["\"", "\u{201C}", "\u{201E}", "\u{00AB}", "\u{2039}", "\u{2018}", "'"].contains(scalar)
    }

    /// True for the double marks `"`, `“`, `”`, `„`, `«`, `»`, `‹` and `›` (a switch: no set to hash).
    private static func isDoubleMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}", "\u{2039}", "\u{203A}": true
        default: false
        }
    }

    /// True for the single marks `'`, `‘` and `’`, the only marks `pairSingles` pairs (a switch: no set to hash).
    private static func isSingleMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "'", "\u{2018}", "\u{2019}": true
        default: false
        }
    }

    /// True when the mark stands where a quote can open: after a space, an opening bracket or dash, or at the start
    /// (and a left double mark after a comma).
    private func canOpen(_ mark: Mark) -> Bool {
        // French guillemets take a space inside: `« Nous partons »`.
        if mark.scalar == "\u{00AB}" || mark.scalar == "\u{2039}" { return mark.after != nil }
        guard let after = mark.after, !after.isSpace else { return false }
        guard let before = mark.before else { return true }
        return before.isSpace || QuoteDetector.isOpeningPunctuation(before)
            || QuoteDetector.isDoubleMark(before) || before == "\u{2018}" || before == "'"
            // A zero-width space or word joiner is a space no one sees.
            || before == "\u{200B}" || before == "\u{2060}" || before == "\u{FEFF}"
            // `He said,“We will win”`: a left double mark, which only opens, opens after a comma glued to it, and
            // in scripts written without spaces (`她说：“我们…”`) after any of their characters.
            || (mark.scalar == "\u{201C}" && (before == "," || before == ";" || QuoteDetector.isUnspaced(before)))
    }

    /// True for a character of the scripts written without spaces between words, or their punctuation: CJK
    /// ideographs, kana, hangul, CJK symbols (`。`, `，`) and full-width forms (`：`).
    static func isUnspaced(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x3FFFF: true
        default: false
        }
    }

    /// True for the marks a quote may open after: `(`, `[`, `{`, the dashes `—`, `–`, `-`, `/` and `:` (a switch: no
    /// string to walk).
    private static func isOpeningPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", "[", "{", "\u{2014}", "\u{2013}", "-", "/", ":": true
        default: false
        }
    }

    /// True when the mark stands where a quote can close: after text, before a space, punctuation or the end.
    private func canClose(_ mark: Mark) -> Bool {
        if mark.scalar == "\u{00BB}" || mark.scalar == "\u{203A}" { return mark.before != nil }
        guard let before = mark.before, !before.isSpace else { return false }
        guard let after = mark.after else { return true }
        // A right double mark, which only closes, closes before a character of a script without spaces (`”她说`).
        return !after.isWordCharacter || (mark.scalar == "\u{201D}" && QuoteDetector.isUnspaced(after))
    }

    private func closes(_ open: Unicode.Scalar, with close: Unicode.Scalar) -> Bool {
        switch open {
        case "\"": return close == "\"" || close == "\u{201D}" || close == "\u{201C}"
        case "\u{201C}": return close == "\u{201D}" || close == "\"" || close == "\u{201C}"
        case "\u{201D}": return close == "\u{201D}" || close == "\""
        case "\u{201E}": return close == "\u{201C}" || close == "\u{201D}"
        case "\u{00AB}": return close == "\u{00BB}"
        case "\u{00BB}": return close == "\u{00AB}"
        case "\u{2039}": return close == "\u{203A}"
        default: return false
        }
    }

    /// Appends the pairs of double marks among `marks[range]` to `pairs`, in text order.
    private func pairDoubles(
        _ marks: [Mark], _ range: Range<Int>, paragraph: TextRange, problems: inout [(Diagnostic.Code, TextRange)],
        into pairs: inout [Pair]
    ) {
        var open: Mark?
        for k in range {
            let mark = marks[k]
            guard QuoteDetector.isDoubleMark(mark.scalar) else { continue }
            if let current = open {
                let looksClosing = canClose(mark) || mark.after == nil
                if closes(current.scalar, with: mark.scalar), looksClosing || !canOpen(mark) {
                    pairs.append(Pair(open: current, close: mark))
                    open = nil
                } else if canOpen(mark), mark.scalar != "\u{201D}", mark.scalar != "\u{00BB}" {
                    // A new opener while one is open: the earlier mark was stray.
                    problems.append((.strayMark, TextRange(current.offset, current.end)))
                    open = mark
                } else {
                    problems.append((.strayMark, TextRange(mark.offset, mark.end)))
                }
            } else if canOpen(mark) || (mark.offset == paragraph.start && mark.after.map { !$0.isSpace } == true) {
                open = mark
            } else {
                problems.append((.strayMark, TextRange(mark.offset, mark.end)))
            }
        }
        if let open { pairs.append(Pair(open: open, close: nil)) }
    }

    /// Appends the pairs of single marks among `marks[range]` outside the pairs of double marks, which `pairs`
    /// holds (and only them); `nextParagraphOpens` says whether the next paragraph opens with a single mark.
    private func pairSingles(
        _ marks: [Mark], _ range: Range<Int>, paragraph: TextRange, raw: [UInt8], nextParagraphOpens: Bool,
        into pairs: inout [Pair]
    ) {
        // Doubles are in text order and do not overlap: one forward pointer answers `inside` in O(1).
        let doubles = pairs.count
        var pointer = 0
        func inside(_ mark: Mark) -> Bool {
            while pointer < doubles, (pairs[pointer].close?.offset ?? paragraph.end) < mark.offset {
                pointer += 1
            }
            guard pointer < doubles else { return false }
            return mark.offset > pairs[pointer].open.offset
                && mark.offset < (pairs[pointer].close?.offset ?? paragraph.end)
        }
        var open: Mark?
        for k in range {
            let mark = marks[k]
            guard QuoteDetector.isSingleMark(mark.scalar) && !inside(mark) else {
                continue
            }
            let letterBefore = mark.before?.isWordCharacter ?? false
            let letterAfter = mark.after?.isWordCharacter ?? false
            if letterBefore && letterAfter { continue }  // don't, Europe's
            if let current = open {
                if mark.scalar != "\u{2018}", canClose(mark),
                    !isPluralPossessive(
                        mark, raw: raw, paragraph: paragraph,
                        closerFollows: { () -> Bool in
                            // The next single mark of the paragraph that is no apostrophe within a word: a closer
                            // says this one is a possessive; an opener (`'thugs' yesterday, … 'vandals'`) says this
                            // one closed.
                            guard
                                let next = marks[(k + 1)..<range.upperBound].first(where: {
                                    QuoteDetector.isSingleMark($0.scalar)
                                        && !(($0.before?.isWordCharacter ?? false)
                                            && ($0.after?.isWordCharacter ?? false))
                                })
                            else { return false }
                            return next.scalar != "\u{2018}" && canClose(next)
                                && !(canOpen(next) && next.before.map { $0.isSpace } == true)
                        })
                {
                    pairs.append(Pair(open: current, close: mark))
                    open = nil
                } else if canOpen(mark), mark.scalar != "\u{2019}" {
                    open = mark
                }
            } else if canOpen(mark), mark.scalar != "\u{2019}" || mark.offset == paragraph.start {
                if let after = mark.after, QuoteDetector.isNumeric(after) { continue }  // the '90s
                open = mark
            }
        }
        // An unclosed single mark is far more often an apostrophe than a quote: drop it. But one that opens its
        // paragraph, when the next paragraph opens with a single mark too, is a quotation running on over paragraphs
        // (the multi-paragraph convention, in British single marks: `‘My constituents are …` / `‘What they …’`).
        if let open, open.offset == paragraph.start, nextParagraphOpens { pairs.append(Pair(open: open, close: nil)) }
    }

    /// True when `mark` is the apostrophe of a plural possessive, not a closing single mark: `s'` and a space
    /// before a word in lower case (`'It is about the teachers' pay,' Reed said.`), when a closer follows in the
    /// paragraph (`closerFollows`; asked last). Else the quote closed there and lost its end.
    private func isPluralPossessive(
        _ mark: Mark, raw: [UInt8], paragraph: TextRange, closerFollows: () -> Bool
    ) -> Bool {
        guard mark.before == "s" || mark.before == "S", mark.after == " ", mark.end + 1 < paragraph.end else {
            return false
        }
        var end = mark.end + 1
        while end < paragraph.end, raw[end] &- 0x61 < 26 { end += 1 }
        guard end > mark.end + 1 else { return false }
        // A closer comes before a function word more often than a possessive does (`‘Boasters’ and`, `‘Two
        // Instances’ where`); a possessive comes before a noun.
        let word = String(decoding: raw[(mark.end + 1)..<end], as: UTF8.self)
        return !QuoteDetector.wordsAfterACloser.contains(word) && closerFollows()
    }

    /// Words in lower case that follow a closing mark far more often than a possessive (`isPluralPossessive`).
    private static let wordsAfterACloser: Set<String> = [
        "and", "or", "but", "nor", "with", "in", "on", "of", "to", "for", "from", "at", "by", "as", "is", "was",
        "are", "were", "be", "been", "has", "have", "had", "will", "would", "said", "says", "he", "she", "they", "it",
        "we", "i", "you", "that", "which", "who", "where", "when", "while", "than", "then", "so", "if", "because",
        "the", "a", "an", "this", "these", "those", "not", "also", "about", "after", "before", "into", "over",
        "yesterday", "today", "tonight", "tomorrow", "last", "next", "now", "then", "again", "ahead", "despite",
    ]

    /// True for a scalar with a numeric type (`3`, `½`). Out of line: inline, the room for its `Unicode.NumericType?`
    /// was set up, with two metadata look-ups, on every call of `pairSingles`, for the few marks that ask.
    @inline(never) private static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.numericType != nil
    }

    /// `heading` for a short unpunctuated paragraph in marks, `direct` for a whole utterance, else `partial`.
    private func kind(of content: TextRange, span: Pair, paragraph: TextRange, raw: [UInt8]) -> QuoteKind {
        // The words are counted only when a test gets to them (they come last): only `words(12) <= 12` and
        // `words(4) >= 4` are asked, so counting stops past the number asked about (most quotes are longer).
        func words(_ limit: Int) -> Int { QuoteDetector.wordCount(raw, content, countingPast: limit) }
        if span.open.offset == paragraph.start {
            // A heading is a closed quote that fills its paragraph but for spaces and final punctuation.
            if let close = span.close {
                var tail = close.end
                while tail < paragraph.end, let (scalar, width) = UTF8Scalars.scalar(in: raw, at: tail),
                    scalar.isSpace || scalar == "." || scalar == "!" || scalar == "?" || scalar == ","
                {
                    tail += width
                }
                let endsSentence: Bool
                switch UTF8Scalars.scalar(in: raw, before: content.end)?.0 {
                // (A switch, not a string search; the full-width marks of scripts without spaces too.)
                case ".", "!", "?", ",", "…", ":", ";", "-", "—", "。", "！", "？", "，": endsSentence = true
                default: endsSentence = false
                }
                if tail >= paragraph.end, words(12) <= 12,
                    !endsSentence || QuoteDetector.capitalisedWords(raw, content).map({ $0 >= 3 }) == true
                {
                    return .heading  // `"Marsh Sees Real Danger"`, `''Legend in the Coal Fields.''`
                }
            }
            return .direct
        }
        let first = UTF8Scalars.scalar(in: raw, at: content.start)?.0
        let startsUpper = first?.isUppercaseLetter ?? false
        let leading = QuoteDetector.scalar(before: span.open.offset, skippingSpacesIn: raw)
        // After a colon, a comma or a sentence's end (`… on Monday. "We will win," Berg said.`, but not an
        // initial's period: `Robert C. "Bobby" Scott`), a capital opens a whole utterance however short.
        let opensUtterance =
            leading.map {
                $0 == ":" || $0 == ","
                    || ($0 == "." || $0 == "!" || $0 == "?") && !QuoteDetector.followsInitial(span.open.offset, raw)
            } ?? true
        if startsUpper && (opensUtterance || words(4) >= 4) { return .direct }
        // A script without spaces or capitals (`“我们将重建这座桥。”`): a whole utterance after a colon or comma
        // (full-width ones too), or one that ends a sentence.
        if let first, QuoteDetector.isUnspaced(first) {
            let last = UTF8Scalars.scalar(in: raw, before: content.end)?.0
            let utters = leading.map { $0 == ":" || $0 == "," || $0 == "：" || $0 == "，" } ?? true
            if utters || last.map({ "。！？.!?".unicodeScalars.contains($0) }) == true { return .direct }
        }
        return .partial
    }

    /// True when an initial's period (` C.`) stands just before byte `offset`, spaces skipped.
    static func followsInitial(_ offset: Int, _ raw: [UInt8]) -> Bool {
        var end = min(offset, raw.count)
        while end > 0, raw[end - 1] == 0x20 { end -= 1 }
        guard end >= 2, raw[end - 1] == UInt8(ascii: "."), raw[end - 2] &- UInt8(ascii: "A") < 26 else { return false }
        return end == 2 || raw[end - 3] == 0x20
    }

    /// The scalar just before byte `offset` once spaces are skipped, or nil at the start of the text. An ASCII
    /// byte (nearly always) is read as it is, without a call to decode it.
    static func scalar(before offset: Int, skippingSpacesIn raw: [UInt8]) -> Unicode.Scalar? {
        var end = offset
        while end > 0, end <= raw.count {
            let byte = raw[end - 1]
            let scalar: Unicode.Scalar
            let width: Int
            if byte < 0x80 {
                (scalar, width) = (Unicode.Scalar(byte), 1)
            } else {
                guard let decoded = UTF8Scalars.scalar(in: raw, before: end) else { return nil }
                (scalar, width) = decoded
            }
            guard scalar.isSpace else { return scalar }
            end -= width
        }
        return nil
    }

    /// Small words a title leaves in lower case (`Legend in the Coal Fields`).
    static let titleSmallWords: Set<String> = [
        "a", "an", "the", "of", "on", "in", "and", "for", "to", "with", "at", "by", "from", "or", "vs", "vs.", "is",
        "it", "up", "as", "into", "&",
    ]

    /// `titleSmallWords` with each word's bytes packed into an integer, first byte highest (at most four), in
    /// increasing order (for a binary search).
    private static let packedTitleSmallWords: [UInt32] = titleSmallWords.map { word in
        precondition(word.utf8.count <= 4)
        return word.utf8.reduce(0) { $0 << 8 | UInt32($1) }
    }.sorted()

    /// `titleSmallWords.contains(String(decoding: raw[bytes], as: UTF8.self))`, without making the string. The
    /// small words are ASCII, and no other string equals one (no character is canonically equivalent to a
    /// lower-case ASCII letter or `&`), so comparing bytes gives the same answer. Packing is one-to-one here:
    /// the first byte is never zero.
    private static func isTitleSmallWord(_ raw: [UInt8], _ bytes: Range<Int>) -> Bool {
        guard bytes.count <= 4, !bytes.isEmpty, raw[bytes.lowerBound] != 0 else { return false }
        var packed: UInt32 = 0
        for offset in bytes { packed = packed << 8 | UInt32(raw[offset]) }
        // A binary search: five steps rather than a look at each of the 22 words.
        let words = packedTitleSmallWords
        var low = 0
        var high = words.count
        while low < high {
            let middle = (low + high) / 2
            if words[middle] < packed { low = middle + 1 } else { high = middle }
        }
        return low < words.count && words[low] == packed
    }

    /// The number of capitalised words when `range` is written in title case (every word capitalised except
    /// small words, the first capitalised, at least two words), else nil.
    static func capitalisedWords(_ raw: [UInt8], _ range: TextRange) -> Int? {
        var capitalised = 0
        var words = 0
        var offset = range.start
        // Nothing past the text is read (a scalar there is nil, which ends every loop below).
        let limit = min(range.end, raw.count)
        while offset < limit {
            // To the next word character or `&`; an ASCII byte is its scalar (no decoding).
            while offset < limit {
                let byte = raw[offset]
                if byte < 0x80 {
                    if Narration.isASCIIWordByte(byte) || byte == 0x26 { break }
                    offset += 1
                } else {
                    guard let (scalar, width) = UTF8Scalars.scalar(in: raw, at: offset), !scalar.isWordCharacter else {
                        break
                    }
                    offset += width
                }
            }
            guard offset < limit else { break }
            let start = offset
            // To the next space (`isSpace`: for ASCII, U+0020 and U+0009 to U+000D).
            while offset < limit {
                let byte = raw[offset]
                if byte < 0x80 {
                    if byte == 0x20 || byte &- 0x09 < 5 { break }
                    offset += 1
                } else {
                    guard let (scalar, width) = UTF8Scalars.scalar(in: raw, at: offset), !scalar.isSpace else { break }
                    offset += width
                }
            }
            guard let first = UTF8Scalars.scalar(in: raw, at: start)?.0 else { break }
            words += 1
            if first.isUppercaseLetter {
                capitalised += 1
            } else if first.value < 0x80 ? first.value &- 0x61 < 26 : first.properties.isLowercase {  // ASCII: a-z
                var end = offset
                while end > start, let (scalar, width) = UTF8Scalars.scalar(in: raw, before: end),
                    !scalar.isWordCharacter
                {
                    end -= width
                }
                if words == 1 || !isTitleSmallWord(raw, start..<end) { return nil }
            }
        }
        return words >= 2 ? capitalised : nil
    }

    /// Width of a space (U+0020, U+00A0, U+202F) starting at `offset`, or nil.
    static func spaceWidth(_ raw: [UInt8], at offset: Int) -> Int? {
        if raw[offset] == 0x20 { return 1 }
        if raw[offset] == 0xC2, offset + 1 < raw.count, raw[offset + 1] == 0xA0 { return 2 }
        if raw[offset] == 0xE2, offset + 2 < raw.count, raw[offset + 1] == 0x80, raw[offset + 2] == 0xAF { return 3 }
        return nil
    }

    /// Width of a space ending just before `end`, or nil.
    static func spaceWidth(_ raw: [UInt8], endingAt end: Int) -> Int? {
        for width in 1...3 where end - width >= 0 && spaceWidth(raw, at: end - width) == width { return width }
        return nil
    }

    /// The number of words in `range`: runs of bytes other than space and tab. With `limit`, a number above
    /// `limit` once the count passes it (the rest of the range unread).
    static func wordCount(_ raw: [UInt8], _ range: TextRange, countingPast limit: Int = .max) -> Int {
        raw.withUnsafeBytes { text in
            var count = 0
            var offset = range.start
            // Eight bytes at a time: a word starts at each non-space byte whose previous byte is a space (or
            // the range start). `spaceBefore` carries bit 7 of the last byte's space flag into the next word.
            let ones: UInt64 = 0x0101_0101_0101_0101
            let high: UInt64 = 0x8080_8080_8080_8080
            let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            /// Bit 7 set in each byte of `value` that is not zero (exact for every byte, no borrows).
            func nonZeroBytes(_ value: UInt64) -> UInt64 { (((value & low) &+ low) | value) & high }
            var spaceBefore: UInt64 = 0x80
            while offset + 8 <= range.end {
                let word = UInt64(littleEndian: text.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                let nonSpace = nonZeroBytes(word ^ (ones &* 0x20)) & nonZeroBytes(word ^ (ones &* 0x09))
                let space = ~nonSpace & high
                let starts = nonSpace & (space << 8 | spaceBefore)
                // The starts are single bits 8 apart: summing their bytes with a multiply counts them.
                count += Int(truncatingIfNeeded: ((starts >> 7) &* ones) >> 56)
                spaceBefore = space >> 56
                offset += 8
                if count > limit { return count }
            }
            var inWord = spaceBefore == 0
            while offset < range.end {
                let space = text[offset] == 0x20 || text[offset] == 0x09
                if !space && !inWord { count += 1 }
                inWord = !space
                offset += 1
            }
            return count
        }
    }
}
