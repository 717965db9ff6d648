import Testing

@testable import QuoteAttribution

/// Packed words and the interner: the same texts, ids and spelling facts as the `String` code they replace.
struct WordInternerTests {
    /// Words of every packable length, with the bytes the tokeniser and the lexicon tests look at.
    static let words = [
        "a", "I", "'s", "Mr.", "said", "U.S.", "O'Brien", "NATO", "Jean-Yves", "reportedly", "ABCDEFGHIJKLMNO",
        "twelve-digit", "x1", "2024", "so-called.", "abcdefghijklmn",
    ]

    @Test func aPackedWordsStringIsTheStandardLibrarysString() {
        for word in WordInternerTests.words {
            let key = PackedWord(word)!
            #expect(key.string == word)
            #expect(key.string.utf8.count == word.utf8.count)
            #expect(Array(key.string.utf8) == Array(word.utf8))
            #expect(key.string.hashValue == word.hashValue)
            #expect(key.copiedString == word)
        }
    }

    @Test func lowercasingMatchesLoweredAnywhereInTheText() {
        for word in WordInternerTests.words {
            let (lower, allCaps) = Narration.lowered(ArraySlice(Array(word.utf8)))
            // At the start of a long text (two loads), and at its very end (a copy).
            for (prefix, suffix) in [("", String(repeating: " ", count: 20)), (String(repeating: " ", count: 20), "")] {
                let raw = Array((prefix + word + suffix).utf8)
                let start = prefix.utf8.count
                let packed = PackedWord.lowercasing(raw, start..<(start + word.utf8.count))
                #expect(packed?.word.string == lower)
                #expect(packed?.isAllCaps == allCaps)
            }
        }
        #expect(PackedWord.possessive == PackedWord("'s"))
        #expect(PackedWord.lowercasing(Array("abcdefghijklmnop".utf8), 0..<16) == nil)
        #expect(PackedWord.lowercasing(Array("café".utf8), 0..<5) == nil)
    }

    @Test func asciiWordRunsEndWhereTheByteTestEnds() {
        let text = Array("abc9Z def-ghi'x\u{2019}y.z42____ endOfTextWithNoSpaceAfterIt".utf8)
        for start in text.indices {
            for limit in start...text.count {
                var end = start
                while end < limit, Narration.isASCIIWordByte(text[end]) { end += 1 }
                #expect(Narration.asciiWordRunEnd(text, from: start, limit: limit) == end)
            }
        }
    }

    @Test func sixteenByteWordRunsAreTheByteRunsPacked() {
        let text = Array(
            ("abc9Z def-ghi'x\u{2019}y.z42____ NATO U.S. ABCDEFGHIJKLMNO abcdefghijklmnop Aa aA AB x1 "
                + "endOfTextWithNoSpaceAfterIt").utf8)
        for start in text.indices {
            let run = PackedWord.asciiWordRun(text, at: start)
            guard start + 16 <= text.count else {
                #expect(run == nil)
                continue
            }
            let end = Narration.asciiWordRunEnd(text, from: start, limit: text.count)
            if end == start || end - start >= 16 {
                #expect(run == nil)
                continue
            }
            let packed = PackedWord.lowercasing(text, start..<end)
            #expect(run?.count == end - start)
            #expect(run?.word == packed?.word)
            #expect(run?.isAllCaps == packed?.isAllCaps)
        }
    }

    @Test func sixteenByteWordRunsEndAtEveryOtherByte() {
        // Every byte value after a run of letters of both cases and digits, and first: the range tests of the
        // sixteen-byte load agree with the byte test, bytes of 0x80 and more included.
        for byte in UInt8.min...UInt8.max {
            for text in [Array("aZ9".utf8) + [byte], [byte] + Array("Zz".utf8)] {
                let padded = text + Array(repeating: 0x20, count: 16)
                let run = PackedWord.asciiWordRun(padded, at: 0)
                let end = Narration.asciiWordRunEnd(padded, from: 0, limit: padded.count)
                #expect(run?.count == (end == 0 ? nil : end))
                #expect(run?.word == PackedWord.lowercasing(padded, 0..<end)?.word)
                #expect(run?.isAllCaps == PackedWord.lowercasing(padded, 0..<end)?.isAllCaps)
                if let run { #expect(run.isCapitalized == (padded[0] &- 0x41 < 26)) }
            }
        }
    }

    @Test func packedFlagsAreTheStringFlags() {
        let table = LexiconTable.standard
        for word in WordInternerTests.words + ["mr.", "sen.", "calif.", ".", "'", "says", "ing", "ly", "ss", "gov."] {
            let lower = word.lowercased()
            let key = PackedWord(lower)!
            // The reference: the same word through the String path, as if it did not pack.
            #expect(table.flags(of: key) == table.flags(of: lower, packed: nil))
            #expect(table.flags(of: key) == table.flags(of: lower, packed: key))
        }
    }

    @Test func everyListedWordIsFound() {
        // The packed table and the dictionary for words that do not pack lose no listed word, and each word keeps
        // the flags of every list that holds it.
        let table = LexiconTable.standard
        let lists: [([String], LexiconFlags)] = [
            (Names.maleFirstNames, .maleFirstName), (Names.femaleFirstNames, .femaleFirstName),
            (Array(Names.notNames), .notName), (Names.determiners, .determiner),
            (Names.demonyms, .demonym), (Array(Names.pronouns.keys), .pronoun),
            (Array(CueVerbs.forms), .cueForm), (Array(Narration.abbreviations), .abbreviation),
        ]
        for (list, flag) in lists {
            for word in list { #expect(table.listedFlags(of: word).contains(flag), "\(word)") }
        }
        // A table with other cue forms: its forms, and no other word, are cues.
        let custom = LexiconTable(cues: ["zzyzx", "counterdemonstrated"])
        #expect(custom.listedFlags(of: "zzyzx") == .cueForm)
        #expect(custom.listedFlags(of: "counterdemonstrated") == .cueForm)
        #expect(custom.listedFlags(of: "zzyzy").isEmpty)
        #expect(!custom.listedFlags(of: "said").contains(.cueForm))
        #expect(table.listedFlags(of: "zzyzx").isEmpty)
    }

    @Test func standardCueFormsAreTheFormsSet() {
        // `CueVerbs.forms` is the irregular forms and the inflections of the regular verbs, less `notCues`; the
        // standard table, which reads `CueVerbs.formList`, flags the same words as a table built from that set.
        var reference = Set(CueVerbs.irregular)
        for verb in CueVerbs.regular { reference.formUnion(CueVerbs.inflections(of: verb)) }
        reference.subtract(CueVerbs.notCues)
        #expect(CueVerbs.forms == reference)
        let fromSet = LexiconTable(cues: CueVerbs.forms)
        let words = CueVerbs.irregular + CueVerbs.regular.flatMap(CueVerbs.inflections) + CueVerbs.notCues
        for word in words + ["went", "zzyzx", "saying."] {
            #expect(LexiconTable.standard.listedFlags(of: word) == fromSet.listedFlags(of: word), "\(word)")
        }
    }

    @Test func runFlagsAreTheFlagsOfTheText() {
        // A text of letters and digits only (the tokeniser's runs) gets the same flags without the `.` and `'` tests.
        let table = LexiconTable.standard
        for word in WordInternerTests.words + ["says", "ing", "ly", "ss", "2024", "4th", "s", "a", "x1"] {
            let lower = word.lowercased()
            guard lower.utf8.allSatisfy(Narration.isASCIIWordByte), let key = PackedWord(lower) else { continue }
            #expect(table.flags(of: key, hash: key.hash, lettersAndDigits: true) == table.flags(of: key))
        }
    }

    @Test func textsThatDoNotPackKeepTheirStringTests() {
        // The byte tests of `flags(of:packed:)` against the String tests they stand for: a prepended period
        // (U+0600 and `.` are one Character), dashes, curly apostrophes, long ASCII words.
        let table = LexiconTable.standard
        let words = [
            "\u{600}.", "é.", "a.é", "—", "–", "’s", "é’", "é'", "ab,", "-é", "internationally.", "counterterrorism",
            "x\u{FF0E}", "é\u{301}.", "\u{37E}",
        ]
        for word in words {
            let flags = table.flags(of: word, packed: nil)
            #expect(flags.contains(.hasPeriod) == Narration.containsPeriod(word), "\(word)")
            #expect(flags.contains(.hasApostrophe) == word.utf8.contains(where: { $0 == 0x27 || $0 == 0xE2 }))
            #expect(flags.contains(.commaOrDash) == AttributionContext.isCommaOrDash(word))
        }
        // Lower-cased words that lower-casing leaves alone are not all capitals; those it changes may be.
        #expect(Narration.lowered(Array("café".utf8)[...]) == ("café", false))
        #expect(Narration.lowered(Array("ÉCOLE".utf8)[...]) == ("école", true))
        #expect(Narration.lowered(Array("École".utf8)[...]) == ("école", false))
        #expect(Narration.lowered(Array("東京".utf8)[...]) == ("東京", false))
    }

    @Test func nonASCIIWordsKeepTheirCharacterTests() {
        #expect(Narration.containsPeriod("café."))
        #expect(!Narration.containsPeriod("naïve"))
        #expect(!Narration.containsPeriod("x\u{FF0E}y"))  // a fullwidth full stop is not a period
        let table = LexiconTable.standard
        let words = ["naïvely", "résumés", "façading", "ñed", "é's", "café", "cafe\u{301}s", "ñy\u{301}", "ßs", "ŝ"]
        for word in words {
            let flags = table.flags(of: word, packed: nil)
            #expect(flags.contains(.endsInLy) == word.hasSuffix("ly"))
            #expect(flags.contains(.endsInIng) == word.hasSuffix("ing"))
            #expect(flags.contains(.endsInEd) == word.hasSuffix("ed"))
            #expect(flags.contains(.endsInApostropheS) == word.hasSuffix("'s"))
            #expect(flags.contains(.endsInS) == word.hasSuffix("s"))
            #expect(flags.contains(.endsInSS) == word.hasSuffix("ss"))
        }
    }

    @Test func scalarClassesMatchTheUnicodeProperties() {
        // The two tabled blocks, their edges and a few scalars beyond them.
        let values = Array(UInt32(0x80)..<0x181) + Array(UInt32(0x1FFF)..<0x2071) + [0x250, 0x3000, 0x0301, 0xFEFF]
        var wrong: [UInt32] = []
        for value in values {
            let scalar = Unicode.Scalar(value)!
            let properties = scalar.properties
            let word =
                properties.isAlphabetic || properties.numericType != nil
                || properties.generalCategory == .nonspacingMark
            let space = properties.isWhitespace || value == 0xFEFF
            if scalar.isWordCharacter != word || scalar.isSpace != space { wrong.append(value) }
        }
        #expect(wrong.isEmpty)
    }

    @Test func idsAreDenseInOrderOfFirstAppearance() {
        var interner = WordInterner(expected: 1)
        var seen: [String: Int32] = [:]
        let texts = (0..<300).map { "w\($0 % 97)" } + ["a-very-long-word-indeed", "naïve", "w3"]
        for text in texts {
            let (id, isNew, _) = interner.id(of: text)
            if let old = seen[text] {
                #expect(id == old && !isNew)
            } else {
                #expect(id == Int32(seen.count) && isNew)
                seen[text] = id
            }
            if let key = PackedWord(text) { #expect(interner.text(of: id, key: key) == text) }
        }
        #expect(interner.count == Int32(seen.count))
    }
}
