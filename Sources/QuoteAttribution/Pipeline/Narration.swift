/// The narration of a document as tokens: words and punctuation outside quotes, and one token per quote.
///
/// Built once after quote detection; mention detection and the attribution rules read it.
struct Narration {
    /// What a token is.
    enum Kind: UInt8 {
        case word
        case punctuation
        /// A whole quote, marks included (its id is `Token.quoteID`).
        case quote
    }

    /// One token; its lower-cased text is `Narration.lower(of:)`, by `word`.
    ///
    /// No `String` in it, and 48 bytes: the tokens are copied, appended and freed as plain bytes (no reference
    /// counting). The fields are ordered widest first, so that they pack without padding between them.
    struct Token {
        var range: TextRange
        /// The lexicons the token's text belongs to, and facts about its spelling.
        var lexicon: LexiconFlags
        /// The paragraph index.
        var paragraph: Int
        /// The index of the token's lower-cased text among the document's distinct ones (`vocabularySize` in all);
        /// -1 for quotes.
        var word: Int32
        /// The quote's id for a quote (`quoteID`), else -1. (32 bits, as `word`: the token stays 48 bytes.)
        private var quote: Int32
        var kind: Kind
        /// True when a word starts with an upper-case letter.
        var isCapitalized: Bool
        /// True when a sentence ends after this token.
        var endsSentence: Bool
        /// True for a word of two or more letters, all upper-case (`NATO`, `U.S.`).
        var isAllCaps: Bool
        /// True for a cue verb form (`said`, `tells`), from the analyzer's lexicon.
        var isCue: Bool

        /// A word or punctuation token.
        init(
            range: TextRange, kind: Kind, isCapitalized: Bool, paragraph: Int, endsSentence: Bool,
            isAllCaps: Bool = false, isCue: Bool = false, word: Int32, lexicon: LexiconFlags
        ) {
            self.range = range
            self.lexicon = lexicon
            self.paragraph = paragraph
            self.word = word
            self.quote = -1
            self.kind = kind
            self.isCapitalized = isCapitalized
            self.endsSentence = endsSentence
            self.isAllCaps = isAllCaps
            self.isCue = isCue
        }

        /// The token of the quote `id` (which ends no sentence until the tokens after it are known).
        init(quote id: Int, range: TextRange, paragraph: Int) {
            self.range = range
            self.lexicon = []
            self.paragraph = paragraph
            self.word = -1
            self.quote = Int32(id)
            self.kind = .quote
            self.isCapitalized = false
            self.endsSentence = false
            self.isAllCaps = false
            self.isCue = false
        }

        /// True for a word token.
        var isWord: Bool { kind == .word }
        /// The quote's id for a quote token, else nil.
        var quoteID: Int? { kind == .quote ? Int(quote) : nil }
    }

    var tokens: [Token]
    /// The empty text of the quotes, then the distinct lower-cased token texts in order of first appearance, each
    /// kept once: the text of `Token.word` is at `word + 1` (`lower(of:)`).
    private let texts: TokenTexts
    /// Index of the token standing for each quote.
    var quoteTokens: [Int]
    /// Index of the first token of each paragraph (one past the end at the end).
    var paragraphStarts: [Int]
    /// For each paragraph, true when it holds only quotes and punctuation. Made for every paragraph at once: asked
    /// per quote, a walk of the paragraph made a paragraph of thousands of quotes quadratic.
    var quoteOnlyParagraphs: [Bool]
    /// The number of distinct token texts: every `Token.word` is below it.
    var vocabularySize: Int { texts.count - 1 }

    /// The lower-cased text of token `index`: the word or punctuation itself; empty for a quote.
    @inline(__always) func lower(of index: Int) -> String {
        // (No test of `word`: the text is read in place, and the caller compares it with no copy to retain.)
        texts[Int(tokens[index].word) + 1]
    }

    /// True when a cue verb stands earlier in the sentence of quote `id` (`Trump called her "Miss Piggy"`).
    ///
    /// Read where asked (`Assembler.kind` asks it of a partial quote with a speaker only): an array of every
    /// quote's answer was made for each document, each walking back to its sentence's start.
    func isAfterCue(quote id: Int) -> Bool {
        let q = quoteTokens[id]
        return (sentenceStart(of: q)..<q).contains { tokens[$0].isCue }
    }

    /// Abbreviations that keep their period: `Mr.`, `Sen.`, `Jr.`.
    /// Abbreviations that keep their period when capitalised only (`Tulsa, Okla., police`, `Sens. Tester and
    /// Vitter`): in lower case some are words that end sentences (`ill.`).
    static let capitalisedAbbreviations: Set<String> = [
        "sens", "reps", "del", "atty", "gens", "dept", "univ", "assn", "bros", "ala", "ariz", "ark", "calif", "colo",
        "conn", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo",
        "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
    ]

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "jr", "sr", "lt", "gen", "col", "capt", "prof", "rev",
        "mt", "inc", "corp", "co", "ltd", "vs", "no", "sgt", "maj", "supt", "messrs", "mme", "mlle", "esq", "ft",
        "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "adm", "cmdr", "pres", "cllr", "cr",
    ]

    init(document: Document, quotes: [Quote], lexicon table: LexiconTable = .standard) {
        let raw = document.bytes.bytes
        // The tokens are written straight into the array's storage, sized for about one token per four bytes
        // (more than nearly any text has); a document with more is tokenised again into twice the room.
        var capacity = raw.count / 4 + quotes.count + 16
        var parts: (quoteTokens: [Int], paragraphStarts: [Int], texts: TokenTexts)? = nil
        var tokens: [Token] = []
        while parts == nil {
            tokens = [Token](unsafeUninitializedCapacity: capacity) { buffer, count in
                parts = Narration.tokenise(document, quotes: quotes, lexicon: table, into: buffer, count: &count)
            }
            capacity *= 2
        }
        guard let (quoteTokens, paragraphStarts, texts) = parts else { preconditionFailure("the loop ends with them") }
        // A quote whose content ends a sentence ends the sentence when a capitalised word or quote follows.
        for (index, quote) in quotes.enumerated() {
            let tokenIndex = quoteTokens[index]
            let lastScalar = UTF8Scalars.scalar(in: raw, before: quote.content.end)?.0
            guard let lastScalar, lastScalar == "." || lastScalar == "!" || lastScalar == "?" else { continue }
            let next = tokenIndex + 1
            if next < tokens.count, tokens[next].paragraph == tokens[tokenIndex].paragraph,
                tokens[next].isCapitalized || tokens[next].quoteID != nil
            {
                if tokens[next].quoteID != nil {
                    tokens[tokenIndex].endsSentence = true
                } else {
                    if !tokens[next].lexicon.contains(.pronoun) && !tokens[next].isCue {
                        tokens[tokenIndex].endsSentence = true
                    }
                }
            }
        }
        self.tokens = tokens
        self.quoteTokens = quoteTokens
        self.paragraphStarts = paragraphStarts
        self.texts = texts
        self.quoteOnlyParagraphs = document.paragraphs.indices.map { paragraph in
            (paragraphStarts[paragraph]..<paragraphStarts[paragraph + 1]).allSatisfy { !tokens[$0].isWord }
        }
    }

    /// Tokenises the paragraphs of `document` into `storage`, setting `count` to the number of tokens written; returns
    /// the index of each quote's token, the first token of each paragraph (and the end) and the texts of the word
    /// ids, or nil when `storage` is too small (the paragraphs' bytes and the quotes bound the number of tokens).
    private static func tokenise(
        _ document: Document, quotes: [Quote], lexicon table: LexiconTable,
        into storage: UnsafeMutableBufferPointer<Token>, count: inout Int
    ) -> (quoteTokens: [Int], paragraphStarts: [Int], texts: TokenTexts)? {
        let raw = document.bytes.bytes
        var tokens = TokenWriter(storage)
        // (Every return says how many tokens were written, as `Array(unsafeUninitializedCapacity:)` requires.)
        defer { count = tokens.count }
        // Appended in the quotes' order (each quote's token is found in that order), not made by
        // `Array(repeating:count:)`'s unspecialised path; quotes past the last paragraph get 0 at the end.
        var quoteTokens: [Int] = []
        quoteTokens.reserveCapacity(quotes.count)
        var paragraphStarts: [Int] = []
        paragraphStarts.reserveCapacity(document.paragraphs.count + 1)
        var nextQuote = 0
        // Where the next quote starts (`Int.max` after the last), read at every scalar.
        var nextQuoteStart = quotes.first?.range.start ?? Int.max
        // Each distinct token text is looked up in the lexicons once: its id, flags and cue-form membership.
        var vocabulary = Vocabulary(expected: min(raw.count / 16, 8192), table: table)  // it grows as needed
        for (index, paragraph) in document.paragraphs.enumerated() {
            paragraphStarts.append(tokens.count)
            var offset = paragraph.start
            while offset < paragraph.end {
                if nextQuoteStart <= offset {
                    // The fields read in place: a copy of the `Quote` would retain and release its Strings.
                    let range = quotes[nextQuote].range
                    quoteTokens.append(tokens.count)
                    guard tokens.append(Token(quote: quotes[nextQuote].id, range: range, paragraph: index)) else {
                        return nil
                    }
                    offset = max(offset, range.end)
                    nextQuote += 1
                    nextQuoteStart = nextQuote < quotes.count ? quotes[nextQuote].range.start : Int.max
                    continue
                }
                // An ASCII letter or digit starts a run of them (nearly every word is one run), found with its packed
                // text in one sixteen-byte load where it is shorter than that (nearly always); nil for other bytes.
                // A run ended by an ASCII byte other than the joiners `-`, `'` and `.` (most words: by a space or a
                // comma), or by a full stop (a period that no word character follows) where the word keeps no period,
                // is the word, and a space after it is passed over with it; an ASCII punctuation mark but `'` is a
                // token of its own: what the general paths below do for them, in short. Such tokens follow each other
                // up to the next quote or the paragraph's end (nearly all of them), in a loop of their own with fewer
                // tests and values than the general one.
                let wordsEnd = min(nextQuoteStart, paragraph.end)
                // The run the general path starts with, set where the loop leaves one to it.
                var found: (count: Int, word: PackedWord, isAllCaps: Bool, isCapitalized: Bool)? = nil
                while offset < wordsEnd {
                    guard let run = PackedWord.asciiWordRun(raw, at: offset) else {
                        let lead = raw[offset]
                        // `!` to `~` but the letters, digits and `'` (a possessive `'s` may follow it).
                        guard lead &- 0x21 < 0x7F - 0x21, lead != 0x27, !Narration.isASCIIWordByte(lead) else { break }
                        // `(I-Vt.) said`: a period closing a parenthesis ends no sentence.
                        let ends =
                            lead == 0x2E
                            ? !(offset + 1 < paragraph.end && raw[offset + 1] == 0x29) : lead == 0x21 || lead == 0x3F
                        let (word, lexicon) = vocabulary.id(ofPunctuation: Unicode.Scalar(lead))
                        guard
                            tokens.append(
                                Token(
                                    range: TextRange(offset, offset + 1), kind: .punctuation, isCapitalized: false,
                                    paragraph: index, endsSentence: ends, word: word, lexicon: lexicon))
                        else { return nil }
                        offset += 1
                        if offset < paragraph.end && raw[offset] == 0x20 { offset += 1 }
                        continue
                    }
                    let runEnd = offset + run.count
                    guard runEnd < paragraph.end else {
                        found = run
                        break
                    }
                    let next = raw[runEnd]
                    if next >= 0x80 || next == 0x2D || next == 0x27 || next == 0x2E {
                        // A period ends the word when the byte after it (read past the paragraph, as the general path
                        // does) is no word character: none, or an ASCII byte but a letter or digit.
                        let after = runEnd + 1 < raw.count ? raw[runEnd + 1] : 0x20
                        guard next == 0x2E, after < 0x80, !Narration.isASCIIWordByte(after) else {
                            found = run
                            break
                        }
                    }
                    let (word, lexicon) = vocabulary.id(ofRun: run.word)
                    // An abbreviation or an initial keeps its period: the general path makes it.
                    if next == 0x2E,
                        lexicon.contains(.abbreviation)
                            || (lexicon.contains(.hasPeriod) && !Narration.isDigit(raw[offset]))
                            || run.isCapitalized && (run.count == 1 || lexicon.contains(.capitalisedAbbreviation))
                    {
                        found = run
                        break
                    }
                    guard
                        tokens.append(
                            Narration.wordToken(
                                range: TextRange(offset, runEnd), isCapitalized: run.isCapitalized,
                                paragraph: index, isAllCaps: run.isAllCaps, word: word, lexicon: lexicon))
                    else { return nil }
                    offset = next == 0x20 ? runEnd + 1 : runEnd
                }
                guard offset < wordsEnd else { continue }
                // An ASCII byte (nearly every one) is its own scalar: read once, not decoded.
                let lead = raw[offset]
                guard
                    let (scalar, width) = lead < 0x80
                        ? (Unicode.Scalar(lead), 1) : UTF8Scalars.scalar(in: raw, at: offset)
                else { break }
                if scalar.isSpace {
                    offset += width
                    continue
                }
                if scalar.isWordCharacter {
                    var end: Int
                    // The run's packed text, and where the run ends: the word's text when the word is the run.
                    var run: (word: PackedWord, isAllCaps: Bool)? = nil
                    var runEnd = offset
                    if let found {
                        runEnd = offset + found.count
                        run = (found.word, found.isAllCaps)
                        end = min(runEnd, paragraph.end)
                    } else {
                        end =
                            width == 1
                            ? Narration.asciiWordRunEnd(raw, from: offset + 1, limit: paragraph.end) : offset + width
                    }
                    // True when a space ends the word (nearly always): then no period follows it, and the space is
                    // passed over with it.
                    var spaceFollows = false
                    while end < paragraph.end {
                        // ASCII letters and digits (nearly every byte of a word) need no decoding, nor does the
                        // ASCII byte after them (nearly always).
                        let byte = raw[end]
                        if byte == 0x20 {
                            spaceFollows = true
                            break
                        }
                        if Narration.isASCIIWordByte(byte) {
                            end = Narration.asciiWordRunEnd(raw, from: end + 1, limit: paragraph.end)
                            continue
                        }
                        // Any other ASCII byte but the joiners `-`, `'` and `.` ends the word (a space or punctuation,
                        // nearly always): it is no word character.
                        if byte < 0x80 && byte != 0x2D && byte != 0x27 && byte != 0x2E { break }
                        let decoded = byte < 0x80 ? (Unicode.Scalar(byte), 1) : UTF8Scalars.scalar(in: raw, at: end)
                        guard let (next, w) = decoded else { break }
                        if next.isWordCharacter {
                            end += w
                        } else if next == "-" || next == "'" || next == "\u{2019}" || next == ".",
                            let (after, _) = UTF8Scalars.scalar(in: raw, at: end + w), after.isWordCharacter,
                            nextQuoteStart != end
                        {
                            // Keep `Jean-Yves`, `O'Brien`, `U.S` together, but split a possessive `'s`.
                            if next != "-" && next != ".", let (s, _) = UTF8Scalars.scalar(in: raw, at: end + w),
                                s == "s" || s == "S",
                                UTF8Scalars.scalar(in: raw, at: end + w + 1).map({ !$0.0.isWordCharacter }) ?? true
                            {
                                break
                            }
                            end += w
                        } else {
                            break
                        }
                    }
                    // Short ASCII words (nearly all) are lower-cased and interned from their bytes (their text is
                    // made the first time only, into `Vocabulary.texts`); others are lower-cased as Strings.
                    // An abbreviation or an initial keeps its period.
                    let word: Int32
                    let lexicon: LexiconFlags  // the flags of `word`
                    let allCaps: Bool
                    if let (key, caps) = end == runEnd ? run : PackedWord.lowercasing(raw, offset..<end) {
                        var (id, flags) = vocabulary.id(of: key)
                        // (From the flags: one byte is one scalar.)
                        if !spaceFollows, end < paragraph.end, raw[end] == 0x2E,
                            flags.contains(.abbreviation)
                                && (key != .number || Narration.digitFollows(raw, end + 1, limit: paragraph.end))
                                || (flags.contains(.hasPeriod) && !Narration.isDigit(raw[offset]))
                                || (end - offset == 1 && scalar.isUppercaseLetter)
                                || (scalar.isUppercaseLetter && flags.contains(.capitalisedAbbreviation))
                        {
                            end += 1
                            // The text with its period: from its bytes, or as a String when 16 bytes do not pack.
                            if let longer = key.appending(0x2E) {
                                (id, flags) = vocabulary.id(of: longer)
                            } else {
                                (id, flags) = vocabulary.id(of: vocabulary.text(of: Int(id)) + ".")
                            }
                        }
                        (word, lexicon, allCaps) = (id, flags, caps)
                    } else {
                        (end, word, lexicon, allCaps) = Narration.unpackedWord(
                            raw, offset..<end, limit: paragraph.end, isCapitalized: scalar.isUppercaseLetter,
                            vocabulary: &vocabulary)
                    }
                    // `al-Marri said`: a name with the Arabic article is capitalised after it (a word with a
                    // hyphen, which only this path reads).
                    let isCapitalized =
                        scalar.isUppercaseLetter || Narration.isArabicArticleName(raw, TextRange(offset, end))
                    guard
                        tokens.append(
                            Narration.wordToken(
                                range: TextRange(offset, end), isCapitalized: isCapitalized,
                                paragraph: index, isAllCaps: allCaps, word: word, lexicon: lexicon))
                    else { return nil }
                    // One space after a word (nearly always there) is passed over here: a quote opens at a mark.
                    offset = spaceFollows || (end < paragraph.end && raw[end] == 0x20) ? end + 1 : end
                    continue
                }
                // A possessive `'s` is its own word token; so are `’S` after a word in capitals (`AFRICA’S ECONOMY`)
                // and a plural's possessive apostrophe (`Sanders’ campaign`), with the space after it passed over.
                if scalar == "'" || scalar == "\u{2019}",
                    let length = Narration.possessiveLength(
                        at: offset, width: width, after: tokens.last, raw, paragraph.end)
                {
                    let (word, lexicon) = vocabulary.id(of: PackedWord.possessive)
                    guard
                        tokens.append(
                            Token(
                                range: TextRange(offset, offset + length), kind: .word, isCapitalized: false,
                                paragraph: index, endsSentence: false, word: word,
                                lexicon: lexicon))
                    else { return nil }
                    offset += width + 1
                    continue
                }
                // `(I-Vt.) said`: a period closing a parenthesis ends no sentence.
                let ends =
                    (scalar == "." || scalar == "!" || scalar == "?" || scalar == "…")
                    && !(scalar == "." && offset + 1 < paragraph.end && raw[offset + 1] == 0x29)
                let (word, lexicon) = vocabulary.id(ofPunctuation: scalar)
                guard
                    tokens.append(
                        Token(
                            range: TextRange(offset, offset + width), kind: .punctuation, isCapitalized: false,
                            paragraph: index, endsSentence: ends, word: word,
                            lexicon: lexicon))
                else { return nil }
                // As after a word, one space after punctuation (`, `, `. `) is passed over here.
                offset += width
                if offset < paragraph.end && raw[offset] == 0x20 { offset += 1 }
            }
            if let last = tokens.last, tokens.count > paragraphStarts[index] {
                // A paragraph ends a sentence unless it stops mid-sentence (a comma, a lower-case word, but not one
                // that keeps a period, `at 5 p.m.`, nor the last of a heading: a short line of words alone before a
                // blank line, `Independents confirm they will back the bill`). A punctuation token's text is its one
                // scalar, so the text comparisons are scalar comparisons; a word's text is never `,` or `—`.
                let open =
                    last.isWord
                    ? !last.isCapitalized && raw[last.range.end - 1] != 0x2E
                        && !Narration.isHeading(tokens, from: paragraphStarts[index], raw, end: paragraph.end)
                    : last.kind == .punctuation
                        && UTF8Scalars.scalar(in: raw, at: last.range.start).map { $0.0 == "," || $0.0 == "—" }
                            == true
                if !open { tokens.endSentenceAtLast() }
            }
        }
        paragraphStarts.append(tokens.count)
        while quoteTokens.count < quotes.count { quoteTokens.append(0) }
        return (quoteTokens, paragraphStarts, vocabulary.texts())
    }

    /// True when the word at `range` is a name written with the Arabic article in lower case: `al-Marri`,
    /// `el-Sisi` (`al-` or `el-` and a capital letter).
    @inline(__always) static func isArabicArticleName(_ raw: [UInt8], _ range: TextRange) -> Bool {
        range.length > 4 && (raw[range.start] == 0x61 || raw[range.start] == 0x65) && raw[range.start + 1] == 0x6C
            && raw[range.start + 2] == 0x2D && raw[range.start + 3] &- 0x41 < 26
    }

    /// The token of the word at `range`, with its id and flags: a capitalised cue form is a cue only when it is a
    /// headline cue too (`CueVerbs.headline`).
    @inline(__always) private static func wordToken(
        range: TextRange, isCapitalized: Bool, paragraph: Int, isAllCaps: Bool, word: Int32, lexicon: LexiconFlags
    ) -> Token {
        Token(
            range: range, kind: .word, isCapitalized: isCapitalized, paragraph: paragraph, endsSentence: false,
            isAllCaps: isAllCaps,
            isCue: lexicon.contains(.cueForm) && (!isCapitalized || lexicon.contains(.headlineCue)),
            word: word, lexicon: lexicon)
    }

    /// Writes the tokens of `tokenise` into the storage of the array being made, without the check of
    /// `Array.append` that the storage is not shared (a runtime call per token): every write is within the buffer,
    /// and `Token` is plain bytes (no references), so it is written without being retained.
    private struct TokenWriter {
        private let buffer: UnsafeMutableBufferPointer<Token>
        /// The number of tokens written.
        private(set) var count = 0

        /// A writer of tokens into `buffer`, from its start.
        init(_ buffer: UnsafeMutableBufferPointer<Token>) { self.buffer = buffer }

        /// Writes `token` after the others; false (writing nothing) when the buffer is full.
        @inline(__always) mutating func append(_ token: Token) -> Bool {
            guard count < buffer.count else { return false }
            buffer.initializeElement(at: count, to: token)
            count += 1
            return true
        }

        /// The token written at `index` (below `count`).
        subscript(index: Int) -> Token { buffer[index] }

        /// The last token written, or nil when there is none.
        var last: Token? { count > 0 ? buffer[count - 1] : nil }

        /// Marks the last token written (there must be one) as ending a sentence.
        func endSentenceAtLast() {
            precondition(count > 0)
            buffer[count - 1].endsSentence = true
        }
    }

    /// The distinct token texts of a document: their ids and their lexicon flags, each looked up once.
    ///
    /// A local value of `init` rather than closures over local variables: captured variables that the
    /// closures mutate would be checked for exclusive access at run time once the closures are inlined.
    ///
    /// Ids as `WordInterner` gives them (0, 1, 2 … in order of first appearance; a packed text for ASCII texts
    /// of 1 to 15 bytes, else the `String`), with each text's flags kept beside its id: a text seen before (most)
    /// costs one probe of one table and makes no `String`; the texts are made once, at the end (`texts()`).
    private struct Vocabulary: ~Copyable {
        /// A slot of the packed table: a packed text, its id and flags.
        private struct Slot {
            var low: UInt64
            var high: UInt64
            var id: Int32
            var flags: LexiconFlags
        }

        private let table: LexiconTable
        /// The tag of each slot's text (`PackedWord.tag`), 0 for an empty slot; never more than half are full.
        /// Only the tags are cleared for a new document (a byte per slot, not the 32 of a slot), and a probe
        /// reads a slot only where its tag matches. Storage of its own, freed by `deinit`, as `slots`.
        private var tags: UnsafeMutableBufferPointer<UInt8>
        /// The packed texts by slot, initialised only where the tag is not 0. Storage of its own: an array's slot
        /// writes checked that its storage was not shared (a runtime call per new text), and its reads checked
        /// the index, which is always below `mask + 1`, the slot count.
        private var slots: UnsafeMutableBufferPointer<Slot>
        private var mask: Int
        /// The number of packed texts in `slots`.
        private var packedCount = 0
        /// The texts that do not pack, with their ids and flags.
        private var others: [String: (id: Int32, flags: LexiconFlags)] = [:]
        /// The id and flags of each ASCII punctuation byte seen so far, by byte (an id of -1 before): read
        /// directly, not hashed. Storage of its own (128 entries, read and written below 128 only), freed by
        /// `deinit`: an array's `Array(repeating:count:)` took an unspecialised path (about 700 instructions per
        /// document) and its release another few hundred.
        private let asciiPunctuation: UnsafeMutablePointer<(id: Int32, flags: LexiconFlags)>
        /// The non-ASCII punctuation scalars seen so far (a few kinds: dashes, curly quotes), with their ids and flags:
        /// their `String`s are neither made nor hashed again.
        private var otherPunctuation: [(scalar: Unicode.Scalar, id: Int32, flags: LexiconFlags)] = []
        /// The text of each id (`count` of them, with room for `textCapacity`): its packed text, or for a text that
        /// does not pack, its index in `otherTexts` as `low` and a `high` of 0. The `String`s are made once, by
        /// `texts()`: a new text costs a 16-byte write here rather than an append to an array of `String`s.
        private var textKeys: UnsafeMutablePointer<PackedWord>
        private var textCapacity: Int
        /// The texts that do not pack, with their ids, in order of their ids.
        private var otherTexts: [(id: Int32, text: String)] = []
        /// The next id to give (the number of ids given).
        private var count: Int32 = 0
        /// `PackedWord.smallStringsMatch`, read once: then a packed text's `String` is its integers themselves.
        private let smallStrings = PackedWord.smallStringsMatch

        /// Creates a vocabulary sized for about `expected` distinct texts, with the lexicons of `table`.
        init(expected: Int, table: LexiconTable) {
            self.table = table
            var capacity = 64
            while capacity < 2 * expected { capacity <<= 1 }
            tags = .allocate(capacity: capacity)
            tags.initialize(repeating: 0)
            slots = .allocate(capacity: capacity)
            mask = capacity - 1
            // Room for as many texts as the table holds before it grows (most documents).
            textCapacity = capacity / 2
            textKeys = .allocate(capacity: textCapacity)
            asciiPunctuation = .allocate(capacity: 128)
            asciiPunctuation.initialize(repeating: (-1, []), count: 128)
        }

        deinit {
            tags.deallocate()
            slots.deallocate()
            textKeys.deallocate()
            asciiPunctuation.deallocate()
        }

        /// The texts by id after the quotes' empty text (`Narration.texts`): the text of id `id` is at `id + 1`.
        func texts() -> TokenTexts {
            let count = Int(self.count)
            guard smallStrings else {
                return TokenTexts.make(count: count + 1, ownedTexts: nil) { base in
                    base.initialize(to: "")
                    for id in 0..<count { (base + 1 + id).initialize(to: text(of: id)) }
                }
            }
            // Only the texts that do not pack hold storage of their own; a packed text's `String` is its integers.
            return TokenTexts.make(count: count + 1, ownedTexts: otherTexts.map { Int($0.id) + 1 }) { base in
                base.initialize(to: "")
                // The packed texts (nearly all) in a pass that calls nothing, so its values stay in registers: a
                // text that does not pack gets the empty text there, and its own text after.
                for id in 0..<count {
                    let key = textKeys[id]
                    (base + 1 + id).initialize(to: key.high != 0 ? key.smallString : "")
                }
                for (id, text) in otherTexts { base[Int(id) + 1] = text }
            }
        }

        /// The text of `id` (below `count`).
        func text(of id: Int) -> String {
            let key = textKeys[id]
            guard key.high != 0 else { return otherTexts[Int(key.low)].text }
            return smallStrings ? key.smallString : key.copiedString
        }

        /// Gives the next id to the text `key` (for a text that does not pack: its index in `otherTexts`, `high` 0).
        @inline(__always) private mutating func newID(_ key: PackedWord) -> Int32 {
            if Int(count) == textCapacity { growTextKeys() }
            (textKeys + Int(count)).initialize(to: key)
            count &+= 1
            return count &- 1
        }

        /// Doubles the room of `textKeys`.
        @inline(never) private mutating func growTextKeys() {
            let doubled = UnsafeMutablePointer<PackedWord>.allocate(capacity: 2 * textCapacity)
            doubled.moveInitialize(from: textKeys, count: Int(count))
            textKeys.deallocate()
            textKeys = doubled
            textCapacity *= 2
        }

        /// The id and flags of the lower-cased text `lower`.
        mutating func id(of lower: String) -> (id: Int32, flags: LexiconFlags) {
            if let key = PackedWord(lower) { return id(of: key) }
            // Room for a few at the first: growing rehashes every text, and hashing a non-ASCII one is slow.
            if others.isEmpty {
                others.reserveCapacity(8)
                otherTexts.reserveCapacity(8)
            }
            // The text hashed once, found or inserted (with an id of -1, set at once) by the dictionary's `modify`
            // accessor (most such texts are new: a look-up and an insertion hashed them twice). The dictionary is
            // taken out of `self` meanwhile, so that the new entry's id and flags can be made while it is modified.
            var others: [String: (id: Int32, flags: LexiconFlags)] = [:]
            swap(&others, &self.others)
            defer { swap(&others, &self.others) }
            return Vocabulary.modify(&others[lower, default: (id: -1, flags: [])]) { entry in
                if entry.id < 0 {
                    let flags = table.flags(of: lower, packed: nil)
                    entry = (id: newID(PackedWord(low: UInt64(otherTexts.count), high: 0)), flags: flags)
                    otherTexts.append((entry.id, lower))
                }
                return entry
            }
        }

        /// `body` applied to `value` in place (one access, as for a dictionary's entry by its `modify` accessor).
        @inline(__always) private static func modify<Value, Result>(
            _ value: inout Value, _ body: (inout Value) -> Result
        ) -> Result {
            body(&value)
        }

        /// The id and flags of the one-scalar text `scalar`, a punctuation mark (`id(of: String(scalar))`).
        @inline(__always) mutating func id(ofPunctuation scalar: Unicode.Scalar) -> (id: Int32, flags: LexiconFlags) {
            // An ASCII mark seen before (most) is read in place; the others are looked up out of line.
            if scalar.isASCII {
                let known = asciiPunctuation[Int(scalar.value)]
                if known.id >= 0 { return known }
            }
            return id(ofNewPunctuation: scalar)
        }

        /// `id(ofPunctuation:)` for an ASCII mark seen for the first time, or a non-ASCII one.
        @inline(never) private mutating func id(ofNewPunctuation scalar: Unicode.Scalar) -> (
            id: Int32, flags: LexiconFlags
        ) {
            if scalar.isASCII {
                let byte = Int(scalar.value)
                let entry = id(of: PackedWord(ascii: UInt8(byte)))
                asciiPunctuation[byte] = entry
                return entry
            }
            for known in otherPunctuation where known.scalar == scalar { return (known.id, known.flags) }
            let entry = id(of: String(scalar))
            otherPunctuation.append((scalar, entry.id, entry.flags))
            return entry
        }

        /// The id and flags of a packed text.
        @inline(__always) mutating func id(of key: PackedWord) -> (id: Int32, flags: LexiconFlags) {
            id(of: key, lettersAndDigits: false)
        }

        /// The id and flags of a packed text of ASCII letters and digits only (`PackedWord.asciiWordRun`).
        @inline(__always) mutating func id(ofRun key: PackedWord) -> (id: Int32, flags: LexiconFlags) {
            id(of: key, lettersAndDigits: true)
        }

        /// The id and flags of a packed text, which holds only ASCII letters and digits if `lettersAndDigits`.
        @inline(__always) private mutating func id(of key: PackedWord, lettersAndDigits: Bool) -> (
            id: Int32, flags: LexiconFlags
        ) {
            let hash = key.hash
            let tag = PackedWord.tag(hash: hash)
            var slot = PackedWord.slot(mask, hash: hash)
            while true {
                let found = tags[slot]
                if found == tag && slots[slot].high == key.high && slots[slot].low == key.low {
                    return (slots[slot].id, slots[slot].flags)
                }
                if found == 0 {
                    return lettersAndDigits
                        ? insertRun(key, tag: tag, hash: hash, at: slot) : insert(key, tag: tag, hash: hash, at: slot)
                }
                slot = (slot &+ 1) & mask
            }
        }

        /// Gives the new packed text `key` (whose `PackedWord.hash` is `hash` and tag `tag`) the next id and its
        /// flags, in the empty `slot` of its probe sequence.
        @inline(never) private mutating func insert(_ key: PackedWord, tag: UInt8, hash: UInt64, at slot: Int) -> (
            id: Int32, flags: LexiconFlags
        ) {
            insert(key, tag: tag, hash: hash, at: slot, lettersAndDigits: false)
        }

        /// `insert(_:tag:hash:at:)` for a text of ASCII letters and digits only (nearly every new text): its flags
        /// leave out the tests for `.`, `'`, `,` and `-` (`LexiconTable.flags(of:hash:lettersAndDigits:)`).
        @inline(never) private mutating func insertRun(_ key: PackedWord, tag: UInt8, hash: UInt64, at slot: Int) -> (
            id: Int32, flags: LexiconFlags
        ) {
            insert(key, tag: tag, hash: hash, at: slot, lettersAndDigits: true)
        }

        /// The body of `insert(_:tag:hash:at:)` and `insertRun`.
        @inline(__always) private mutating func insert(
            _ key: PackedWord, tag: UInt8, hash: UInt64, at slot: Int, lettersAndDigits: Bool
        ) -> (id: Int32, flags: LexiconFlags) {
            let flags = table.flags(of: key, hash: hash, lettersAndDigits: lettersAndDigits)
            let id = newID(key)
            slots.initializeElement(at: slot, to: Slot(low: key.low, high: key.high, id: id, flags: flags))
            tags[slot] = tag
            packedCount &+= 1
            if packedCount << 1 > slots.count { grow() }
            return (id, flags)
        }

        /// Doubles the packed table.
        private mutating func grow() {
            let capacity = 2 * slots.count
            let tags = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: capacity)
            tags.initialize(repeating: 0)
            let slots = UnsafeMutableBufferPointer<Slot>.allocate(capacity: capacity)
            let mask = capacity - 1
            for old in 0..<self.slots.count where self.tags[old] != 0 {
                let entry = self.slots[old]
                var slot = PackedWord(low: entry.low, high: entry.high).slot(mask)
                while tags[slot] != 0 { slot = (slot + 1) & mask }
                slots.initializeElement(at: slot, to: entry)
                tags[slot] = self.tags[old]
            }
            self.tags.deallocate()
            self.slots.deallocate()
            self.tags = tags
            self.slots = slots
            self.mask = mask
        }
    }

    /// A word that does not pack (`PackedWord.lowercasing`: non-ASCII or long) at `range`, its period kept when it is
    /// an abbreviation or an initial: one past its end, its id, flags, and whether it is all capitals.
    ///
    /// Out of line: the String it lower-cases lives here only, not in the tokenising loop (where its release
    /// would be paid for every word).
    @inline(never) private static func unpackedWord(
        _ raw: [UInt8], _ range: Range<Int>, limit: Int, isCapitalized: Bool, vocabulary: inout Vocabulary
    ) -> (end: Int, word: Int32, lexicon: LexiconFlags, isAllCaps: Bool) {
        var (lower, allCaps) = Narration.lowered(raw[range])
        var end = range.upperBound
        if end < limit, raw[end] == 0x2E,
            Narration.abbreviations.contains(lower)
                || (Narration.containsPeriod(lower) && !Narration.isDigit(raw[range.lowerBound]))
                || (lower.unicodeScalars.count == 1 && isCapitalized)
                || (isCapitalized && Narration.capitalisedAbbreviations.contains(lower))
        {
            end += 1
            lower += "."
        }
        let (word, lexicon) = vocabulary.id(of: lower)
        return (end, word, lexicon, allCaps)
    }

    /// True when the tokens written from `start` are a heading: at most 12 words, capitalised first, no
    /// punctuation, and a blank line after them (the line ends at `end`).
    private static func isHeading(_ tokens: TokenWriter, from start: Int, _ raw: [UInt8], end: Int) -> Bool {
        guard tokens.count - start <= 12, tokens.count > start, tokens[start].isCapitalized else { return false }
        for k in start..<tokens.count where !tokens[k].isWord { return false }
        return blankLineFollows(raw, end)
    }

    /// True when a blank line follows the line ending at `end` (`\n\n`, `\n\r\n`, `\r\n\r\n`).
    static func blankLineFollows(_ raw: [UInt8], _ end: Int) -> Bool {
        var k = end
        if k < raw.count, raw[k] == 0x0D { k += 1 }
        guard k < raw.count, raw[k] == 0x0A else { return false }
        k += 1
        if k < raw.count, raw[k] == 0x0D { k += 1 }
        return k < raw.count && raw[k] == 0x0A
    }

    /// True when `byte` is an ASCII digit: a word that opens with one (`12.31pm`, `3.5bn`) keeps no period after it.
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// True when a digit stands at `start`, or after one space there (`No. 10`), before `limit`: the abbreviation
    /// `no.` keeps its period only before a number, since `She said no.` and `No. Katharine was to be happy` end a
    /// sentence at it.
    @inline(never) static func digitFollows(_ raw: [UInt8], _ start: Int, limit: Int) -> Bool {
        let at = start < limit && raw[start] == 0x20 ? start + 1 : start
        return at < limit && isDigit(raw[at])
    }

    /// The length of the possessive token at the apostrophe at `offset` (`width` bytes), right after the word token
    /// `previous`: `'s` (`width + 1`; `’S` only after a word in capitals), or a plural's possessive apostrophe alone
    /// (`width`: after a word in `s`, before a space and an ASCII letter, `Sanders’ campaign`); nil for no possessive.
    /// (Out of line: asked only at an apostrophe, and the tokeniser's loop compiles tighter without it.)
    @inline(never) static func possessiveLength(
        at offset: Int, width: Int, after previous: Token?, _ raw: [UInt8], _ limit: Int
    ) -> Int? {
        guard let previous, previous.isWord, previous.range.end == offset else { return nil }
        if let (s, _) = UTF8Scalars.scalar(in: raw, at: offset + width), s == "s" || (s == "S" && previous.isAllCaps) {
            return width + 1
        }
        guard previous.lexicon.contains(.endsInS), offset + width + 1 < limit, raw[offset + width] == 0x20,
            (raw[offset + width + 1] | 0x20) &- 0x61 < 26
        else { return nil }
        return width
    }

    /// True for the ASCII bytes `0-9`, `A-Z` and `a-z` (`Unicode.Scalar.isWordCharacter` for one-byte scalars).
    @inline(__always) static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// The end of the run of ASCII letters and digits (`isASCIIWordByte`) starting at `start`, at most `limit`
    /// (which is at most `raw.count`); eight bytes at a time where eight can be read.
    @inline(__always) static func asciiWordRunEnd(_ raw: [UInt8], from start: Int, limit: Int) -> Int {
        var end = start
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        // A 0x80 bit marks each byte of `word` (all below 0x80) in `first`...`last`; no byte carries into the next.
        func inRange(_ word: UInt64, _ first: UInt64, _ last: UInt64) -> UInt64 {
            (word &+ ones &* (0x80 - first)) & ~(word &+ ones &* (0x7F - last)) & highBits
        }
        while end < limit, end + 8 <= raw.count {
            let word = raw.withUnsafeBytes {
                UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: end, as: UInt64.self))
            }
            let low7 = word & ~highBits
            // Letters (`A`-`Z` and `a`-`z` are 0x20 apart) or digits, and no byte of 0x80 or more.
            let wordBytes = (inRange(low7 | ones &* 0x20, 0x61, 0x7A) | inRange(low7, 0x30, 0x39)) & ~word
            let run = (~wordBytes & highBits).trailingZeroBitCount >> 3  // 8 when all eight are word bytes
            end += run
            if run < 8 { return min(end, limit) }
        }
        while end < limit, Narration.isASCIIWordByte(raw[end]) { end += 1 }
        return min(end, limit)
    }

    /// `word.contains(".")`, on the bytes when the word is ASCII (where every Character is one byte) or holds no
    /// `.` byte (then no Character is or holds a period, canonical equivalents included).
    static func containsPeriod(_ word: String) -> Bool {
        guard word.utf8.contains(0x2E) else { return false }
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        return word.contains(".")
    }

    /// The lower-cased word and whether it is all capitals (two or more letters); one pass for ASCII, and for ASCII
    /// with the apostrophe `’` (U+2019, `don’t`: nearly every word of the news that is not ASCII).
    static func lowered(_ bytes: ArraySlice<UInt8>) -> (String, Bool) {
        let ascii: (String, Bool)? = bytes.withUnsafeBufferPointer { buffer in
            var upper = 0
            var lowerCount = 0
            var apostrophes = 0
            var k = 0
            while k < buffer.count {
                let byte = buffer[k]
                if byte >= 0x80 {
                    // `’` only (E2 80 99): any other byte that is not ASCII takes the String path below.
                    guard byte == 0xE2, k + 2 < buffer.count, buffer[k + 1] == 0x80, buffer[k + 2] == 0x99 else {
                        return nil
                    }
                    apostrophes += 1
                    k += 3
                    continue
                }
                if byte >= 0x41 && byte <= 0x5A { upper += 1 } else if byte >= 0x61 && byte <= 0x7A { lowerCount += 1 }
                k += 1
            }
            // `’` has no case: `lowercased()` and `uppercased()` change the ASCII letters only, the bytes of `’`
            // stay as they are.
            let lower = String(unsafeUninitializedCapacity: buffer.count) { out in
                for (k, byte) in buffer.enumerated() { out[k] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
                return buffer.count
            }
            // With a `’`, the String path below decides: two scalars or more (the `’` and a capital) and no
            // lower-case letter, so one capital is enough.
            return (lower, lowerCount == 0 && upper >= (apostrophes > 0 ? 1 : 2))
        }
        if let ascii { return ascii }
        let original = String(decoding: bytes, as: UTF8.self)
        let lower = original.lowercased()
        // A word whose bytes lower-casing leaves alone (most) is equal to its lower-cased text, so not all capitals:
        // no comparison of the Strings (by canonical equivalence, slow for non-ASCII texts). (The upper-cased copy
        // is made last, only for a word that lower-casing changes.)
        if lower.utf8.elementsEqual(original.utf8) { return (lower, false) }
        return (lower, original.unicodeScalars.count >= 2 && lower != original && original.uppercased() == original)
    }

    /// The longest stretch of tokens any rule reads as one sentence; bounds the work on text without full stops.
    static let sentenceWindow = 80

    /// The index of the first token of the sentence holding token `index`, within its paragraph (at most
    /// `sentenceWindow` back).
    func sentenceStart(of index: Int) -> Int {
        var start = index
        while start > 0, index - start < Narration.sentenceWindow, !tokens[start - 1].endsSentence { start -= 1 }
        return start
    }

    /// One past the last token of the sentence holding token `index`, within its paragraph (at most `sentenceWindow`
    /// ahead).
    func sentenceEnd(of index: Int) -> Int {
        var end = index
        let paragraph = tokens[index].paragraph
        while end < tokens.count, end - index < Narration.sentenceWindow, !tokens[end].endsSentence {
            guard end + 1 < tokens.count, tokens[end + 1].paragraph == paragraph else { break }
            end += 1
        }
        return min(end + 1, tokens.count)
    }

    /// True when the paragraph holds only quotes (and punctuation).
    func isQuoteOnly(paragraph: Int) -> Bool { quoteOnlyParagraphs[paragraph] }

    /// The share of the paragraphs holding any of `quotes` (in text order) that hold only quotes: high in fiction's
    /// dialogue, where a turn is often a paragraph of its own with no cue.
    func quoteOnlyShare(of quotes: [Quote]) -> Double {
        var (paragraphs, quoteOnly, last) = (0, 0, -1)
        for q in quotes.indices where quotes[q].paragraph != last {
            last = quotes[q].paragraph
            paragraphs += 1
            if quoteOnlyParagraphs[last] { quoteOnly += 1 }
        }
        return paragraphs == 0 ? 0 : Double(quoteOnly) / Double(paragraphs)
    }

    /// True when quote `id` opens its paragraph and quote `previous` ends the paragraph just before it: nothing
    /// stands between the two but the paragraph break (a new turn of a dialogue).
    func opensNextTurn(quote id: Int, after previous: Int) -> Bool {
        let (token, before) = (quoteTokens[id], quoteTokens[previous])
        return before + 1 == token && tokens[token].paragraph == tokens[before].paragraph + 1
    }

    /// The index of the last quote before paragraph `paragraph`, or nil.
    func lastQuote(before paragraph: Int, in quotes: [Quote]) -> Int? {
        var low = 0
        var high = quotes.count
        while low < high {
            let mid = (low + high) / 2
            if quotes[mid].paragraph < paragraph { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? low - 1 : nil
    }
}

/// The texts of a document's token ids (`Narration.texts`), in storage that frees only the texts holding storage of
/// their own.
///
/// An array of `String`s destroyed each element through the generic value witness of `String` (about 25
/// instructions a text, a distinct word of each document); nearly every text is a small string, a packed text's
/// integers (`PackedWord.smallString`, immortal), which owns nothing to release.
final class TokenTexts: ManagedBuffer<TokenTexts.Header, String> {
    /// The number of texts, and where the texts that own storage stand.
    struct Header {
        /// The number of texts (all initialised).
        var count: Int
        /// The indices of the texts that may own storage, or nil when any may (then all are deinitialised).
        var ownedTexts: [Int]?
    }

    /// Texts made by `initialize`, which initialises all `count` of them from the pointer it is given; where
    /// `ownedTexts` is not nil, the texts at other indices must be small or empty strings (they are never
    /// deinitialised).
    static func make(count: Int, ownedTexts: [Int]?, _ initialize: (UnsafeMutablePointer<String>) -> Void)
        -> TokenTexts
    {
        let buffer = TokenTexts.create(minimumCapacity: count) { _ in Header(count: 0, ownedTexts: ownedTexts) }
        let texts = unsafeDowncast(buffer, to: TokenTexts.self)
        texts.withUnsafeMutablePointers { header, elements in
            initialize(elements)
            header.pointee.count = count
        }
        return texts
    }

    /// The number of texts.
    ///
    /// (Read, as the header everywhere, through its pointer: the `header` property of a class is checked for
    /// exclusive access at run time, a runtime call at each read.)
    var count: Int { withUnsafeMutablePointerToHeader { $0.pointee.count } }

    /// The text at `index` (below `count`).
    @inline(__always) subscript(index: Int) -> String {
        withUnsafeMutablePointers { header, elements in
            precondition(index >= 0 && index < header.pointee.count, "TokenTexts: index out of range")
            return elements[index]
        }
    }

    deinit {
        withUnsafeMutablePointers { header, elements in
            guard let owned = header.pointee.ownedTexts else {
                elements.deinitialize(count: header.pointee.count)
                return
            }
            for index in owned { (elements + index).deinitialize(count: 1) }
        }
    }
}
