import Testing

@testable import QuoteAttribution

/// Tokens and sentence ends of the narration.
struct NarrationTests {
    private func narration(_ text: String) -> Narration {
        let document = Normalizer().document(for: Article(id: "t", text: text))
        return Narration(document: document, quotes: QuoteDetector().quotes(in: document).quotes)
    }

    @Test func capitalisedStateAbbreviationsKeepTheSentenceGoing() {
        let narrated = narration("Clinton criticized Tulsa, Okla., police officer Betty Shelby. Then she left.")
        let tokens = narrated.tokens
        #expect(tokens.indices.map(narrated.lower(of:)).contains("okla."))
        #expect(tokens.filter(\.endsSentence).count == 2)
    }

    @Test func lowerCaseWordsThatLookLikeAbbreviationsStillEndSentences() {
        let narrated = narration("She said she was ill. Then she left.")
        let tokens = narrated.tokens
        #expect(tokens.filter(\.endsSentence).count == 2)
        #expect(!tokens.indices.map(narrated.lower(of:)).contains("ill."))
    }

    /// A time or an amount that holds a period (`12.31pm`, `3.5bn`) keeps none after it, and a paragraph ending in a
    /// word that keeps its period (`5 p.m.`) ends its sentence.
    @Test func numbersWithPeriodsAndAbbreviationsAtAParagraphEndEndSentences() {
        let narrated = narration(
            "He rose at 12.31pm. The MP spoke. Profits were 3.5bn.\n\nShe left at 5 p.m.\n\nThen she came back.")
        let texts = narrated.tokens.indices.map(narrated.lower(of:))
        #expect(texts.contains("12.31pm") && texts.contains("3.5bn") && texts.contains("p.m."))
        #expect(narrated.tokens.filter(\.endsSentence).count == 5)
    }

    /// A heading (a short line of words before a blank line) ends its sentence; a line broken mid-sentence before a
    /// blank line, with a comma in it, does not.
    @Test func aHeadingBeforeABlankLineEndsItsSentence() {
        let heading = narration("Independents confirm they will back the bill\n\nRhian Collis says she will vote.")
        #expect(heading.tokens.filter(\.endsSentence).count == 2)
        let broken = narration("Liz Truss took a tough message to Moscow, accusing\n\nRussia of adopting a posture.")
        #expect(broken.tokens.filter(\.endsSentence).count == 1)
    }

    /// `No.` keeps its period before a number only: elsewhere it is the word `no` ending a sentence, and
    /// `No. Katharine` was once a name.
    @Test func noKeepsItsPeriodOnlyBeforeANumber() {
        let narrated = narration("She said no. Then she left. No. Katharine was happy. He lives at No. 10 now.")
        let texts = narrated.tokens.indices.map(narrated.lower(of:))
        #expect(texts.filter { $0 == "no." }.count == 1)
        #expect(texts.filter { $0 == "no" }.count == 2)
        #expect(narrated.tokens.filter(\.endsSentence).count == 5)
    }

    /// `’S` after a word in capitals is the possessive, as `’s` is (it was read as the name `S`); inside a word it
    /// stays (`O’SULLIVAN`), and after a word in lower case a capital `S` is no possessive.
    @Test func aPossessiveInCapitalsIsItsOwnToken() {
        let narrated = narration("THE CRISIS OF AFRICA’S ECONOMY. O’SULLIVAN’S BOOK. Then Mary’S left.")
        let texts = narrated.tokens.indices.map(narrated.lower(of:))
        #expect(texts.filter { $0 == "\'s" }.count == 2)
        #expect(texts.contains("o’sullivan"))
        #expect(texts.filter { $0 == "s" }.count == 1)  // `Mary’S` only
    }

    /// The tokens hold no `String` (their texts are the narration's, by word id) and pack into 48 bytes.
    @Test func tokensAreSmallPlainValues() {
        #expect(_isPOD(Narration.Token.self))
        #expect(MemoryLayout<Narration.Token>.stride == 48)
        let narrated = narration(#"Obama said: "We will." Then he left."#)
        let kinds = narrated.tokens.map(\.kind)
        #expect(kinds.first == .word && kinds.contains(.quote) && kinds.contains(.punctuation))
        #expect(narrated.tokens.compactMap(\.quoteID) == [0])
        #expect(narrated.tokens.indices.filter { narrated.tokens[$0].kind == .quote }.map(narrated.lower(of:)) == [""])
    }

    /// Words with the apostrophe `’` are lower-cased from their bytes: the same text and all-capitals answer as
    /// `lowercased()`, `uppercased()` and the scalar count give (the String path of other words that are not ASCII).
    @Test func wordsWithTheCurlyApostropheLowerCaseAsStrings() {
        let words = ["don’t", "Don’t", "DON’T", "I’M", "I’m", "O’Brien", "O’BRIEN", "rock’n’roll", "’tis", "X’", "A’B"]
        for word in words {
            let (lower, isAllCaps) = Narration.lowered(ArraySlice(Array(word.utf8)))
            let expected = word.lowercased()
            #expect(Array(lower.utf8) == Array(expected.utf8), "\(word)")
            let allCaps = word.unicodeScalars.count >= 2 && expected != word && word.uppercased() == word
            #expect(isAllCaps == allCaps, "\(word)")
        }
        // Another scalar that is not ASCII (here a cased one) takes the String path.
        #expect(Narration.lowered(ArraySlice(Array("CAFÉ’S".utf8))) == ("café’s", true))
    }

    @Test func aPeriodClosingAParenthesisEndsNoSentence() {
        let tokens = narration("Sen. Bernie Sanders (I-Vt.) said on Sunday that it was over.").tokens
        #expect(tokens.filter(\.endsSentence).count == 1)
    }

    /// Words ended by a full stop, abbreviations and initials that keep their period, and punctuation marks, far
    /// from the end of the text (where a sixteen-byte load is made) and near it (where it is not): the same tokens.
    @Test func fullStopsAbbreviationsAndMarksNearAndFarFromTheEnd() {
        let sentence = "He met Mr. Smith, J. Doe (I-Vt.) and CIA staff at 5 p.m. in the U.S. today. It rained!"
        let expected = [
            "he", "met", "mr.", "smith", ",", "j.", "doe", "(", "i-vt", ".", ")", "and", "cia", "staff", "at", "5",
            "p.m.", "in", "the", "u.s.", "today", ".", "it", "rained", "!",
        ]
        for text in [sentence, sentence + " " + String(repeating: "x", count: 40) + "."] {
            let narrated = narration(text)
            let texts = narrated.tokens.indices.map(narrated.lower(of:))
            #expect(Array(texts.prefix(expected.count)) == expected)
            let tokens = narrated.tokens
            #expect(tokens[texts.firstIndex(of: "cia")!].isAllCaps)
            #expect(tokens[texts.firstIndex(of: "smith")!].isCapitalized)
            #expect(tokens.prefix(expected.count).filter(\.endsSentence).count == 2)
        }
    }

    /// Whether a paragraph holds only quotes and punctuation, and whether a cue verb stands before a quote in its
    /// sentence, read where asked.
    @Test func quoteOnlyParagraphsAndQuotesAfterACue() {
        let narrated = narration(
            """
            "We will win." "Soon!"
            Trump said the winner was "Miss Piggy" on Monday. "Not so," she said.
            """)
        #expect(narrated.isQuoteOnly(paragraph: 0))
        #expect(!narrated.isQuoteOnly(paragraph: 1))
        #expect(narrated.quoteTokens.count == 4)
        #expect(narrated.quoteTokens.indices.map { narrated.isAfterCue(quote: $0) } == [false, false, true, false])
    }
}
