/// The lexicons a lower-cased word belongs to, and a few facts about its spelling, as bits.
///
/// `Narration` works these out once per distinct word of a document (one dictionary look-up into a
/// `LexiconTable` instead of one `Set<String>` look-up per lexicon and token), so later stages test
/// bits. Each bit means exactly the membership test named in its comment.
struct LexiconFlags: OptionSet, Hashable, Sendable {
    let rawValue: UInt64

    /// `Names.pronouns[word] != nil`.
    static let pronoun = LexiconFlags(rawValue: 1 << 0)
    /// `Names.determiners.contains(word)`.
    static let determiner = LexiconFlags(rawValue: 1 << 1)
    /// `Names.personTitles.contains(word.trimmingPeriod)`.
    static let personTitle = LexiconFlags(rawValue: 1 << 2)
    /// `Names.maleFirstNames.contains(word)`.
    static let maleFirstName = LexiconFlags(rawValue: 1 << 3)
    /// `Names.femaleFirstNames.contains(word)`.
    static let femaleFirstName = LexiconFlags(rawValue: 1 << 4)
    /// `MentionDetector.sentenceAdverbs.contains(word)`.
    static let sentenceAdverb = LexiconFlags(rawValue: 1 << 5)
    /// `Names.demonyms.contains(word)`.
    static let demonym = LexiconFlags(rawValue: 1 << 6)
    /// `Names.notNames.contains(word)`.
    static let notName = LexiconFlags(rawValue: 1 << 7)
    /// `Names.organisationWords.contains(word)`.
    static let organisationWord = LexiconFlags(rawValue: 1 << 8)
    /// `Names.organisationWords.contains(word.trimmingPeriod)`.
    static let organisationWordTrimmed = LexiconFlags(rawValue: 1 << 9)
    /// `Names.nominalHeads.contains(word)`.
    static let nominalHead = LexiconFlags(rawValue: 1 << 10)
    /// `MentionDetector.nominalStops.contains(word)`.
    static let nominalStop = LexiconFlags(rawValue: 1 << 11)
    /// `MentionDetector.particles.contains(word)`.
    static let particle = LexiconFlags(rawValue: 1 << 12)
    /// `MentionDetector.prepositions.contains(word)`.
    static let preposition = LexiconFlags(rawValue: 1 << 13)
    /// `MentionDetector.barePlurals.contains(word)`.
    static let barePlural = LexiconFlags(rawValue: 1 << 14)
    /// `MentionDetector.relationalHeads.contains(word)`.
    static let relationalHead = LexiconFlags(rawValue: 1 << 15)
    /// `MentionDetector.femaleNouns.contains(word)`.
    static let femaleNoun = LexiconFlags(rawValue: 1 << 16)
    /// `MentionDetector.maleNouns.contains(word)`.
    static let maleNoun = LexiconFlags(rawValue: 1 << 17)
    /// `Names.maleTitles.contains(word.trimmingPeriod)`.
    static let maleTitle = LexiconFlags(rawValue: 1 << 18)
    /// `Names.femaleTitles.contains(word.trimmingPeriod)`.
    static let femaleTitle = LexiconFlags(rawValue: 1 << 19)
    /// `CueVerbs.headline.contains(word)`.
    static let headlineCue = LexiconFlags(rawValue: 1 << 20)
    /// `word.hasSuffix("ly")`.
    static let endsInLy = LexiconFlags(rawValue: 1 << 32)
    /// `word.hasSuffix("ing")`.
    static let endsInIng = LexiconFlags(rawValue: 1 << 33)
    /// `word.hasSuffix("ed")`.
    static let endsInEd = LexiconFlags(rawValue: 1 << 34)
    /// `word.hasSuffix("'s")`.
    static let endsInApostropheS = LexiconFlags(rawValue: 1 << 35)
    /// `word.hasSuffix("s")`.
    static let endsInS = LexiconFlags(rawValue: 1 << 36)
    /// `word.hasSuffix("ss")`.
    static let endsInSS = LexiconFlags(rawValue: 1 << 37)
    /// `word == "'s"`.
    static let possessive = LexiconFlags(rawValue: 1 << 38)

    /// `Narration.abbreviations.contains(word)`.
    static let abbreviation = LexiconFlags(rawValue: 1 << 24)
    /// `Narration.containsPeriod(word)`: the word holds a period.
    static let hasPeriod = LexiconFlags(rawValue: 1 << 39)
    /// The word holds an apostrophe, `'` or `\u{2019}` (`i'm`): it may be a contracted pronoun.
    static let hasApostrophe = LexiconFlags(rawValue: 1 << 40)
    /// `cues.contains(word)` for the cue forms of the `LexiconTable` (the analyzer's).
    static let cueForm = LexiconFlags(rawValue: 1 << 21)

    /// `MentionDetector.nameOpeners.contains(word)`.
    static let nameOpener = LexiconFlags(rawValue: 1 << 25)
    /// `MentionDetector.calendarWords.contains(word)`.
    static let calendarWord = LexiconFlags(rawValue: 1 << 26)
    /// `Names.titleModifiers.contains(word)`.
    static let titleModifier = LexiconFlags(rawValue: 1 << 27)
    /// `MentionDetector.roleWords.contains(word)`.
    static let roleWord = LexiconFlags(rawValue: 1 << 28)
    /// `AttributionContext.fillers.contains(word)`.
    static let filler = LexiconFlags(rawValue: 1 << 29)
    /// `AttributionContext.clauseVerbs.contains(word)`.
    static let clauseVerb = LexiconFlags(rawValue: 1 << 30)
    /// `AttributionContext.afterInversion.contains(word)`.
    static let afterInversion = LexiconFlags(rawValue: 1 << 31)
    /// `MentionDetector.openingPrepositions.contains(word)`.
    static let openingPreposition = LexiconFlags(rawValue: 1 << 41)
    /// `MentionDetector.headlineSmallWords.contains(word)`.
    static let headlineSmallWord = LexiconFlags(rawValue: 1 << 42)
    /// `word.first?.isNumber == true` (`MentionDetector.startsWithNumber(word)`).
    static let startsWithNumber = LexiconFlags(rawValue: 1 << 43)
    /// `MentionDetector.commonOpeners.contains(word)`.
    static let commonOpener = LexiconFlags(rawValue: 1 << 44)
    /// `AttributionContext.isCommaOrDash(word)`: `,`, `—`, `–` or `-`.
    static let commaOrDash = LexiconFlags(rawValue: 1 << 45)
    /// `Narration.capitalisedAbbreviations.contains(word)`.
    static let capitalisedAbbreviation = LexiconFlags(rawValue: 1 << 46)
    /// `SpeakerResolver.rankModifiers.contains(word)`.
    static let rankModifier = LexiconFlags(rawValue: 1 << 47)
    /// `SpeakerResolver.surnameHonorifics.contains(word)`.
    static let surnameHonorific = LexiconFlags(rawValue: 1 << 48)
    /// `MentionDetector.tradePlurals.contains(word)` (such words have `barePlural` too).
    static let tradePlural = LexiconFlags(rawValue: 1 << 49)
    /// `Names.familyNamesFirst.contains(word)`.
    static let familyNameFirst = LexiconFlags(rawValue: 1 << 50)

    /// A known first name of either gender.
    static let firstName: LexiconFlags = [.maleFirstName, .femaleFirstName]
    /// What shows a person: a title or a known first name.
    static let personal: LexiconFlags = [.personTitle, .maleFirstName, .femaleFirstName]

    /// `Names.places.contains(word.trimmingPeriod)`.
    static let place = LexiconFlags(rawValue: 1 << 22)
    /// `word.trimmingPeriod` is the first word (before the first space) of a `Names.places` entry with a space.
    static let placeFirstWord = LexiconFlags(rawValue: 1 << 23)

    /// The flags that test `word.trimmingPeriod` rather than `word`.
    static let trimmedForm: LexiconFlags = [
        .personTitle, .organisationWordTrimmed, .maleTitle, .femaleTitle, .place, .placeFirstWord,
    ]
}

/// Every lexicon word with its `LexiconFlags`, built once per set of cue forms.
struct LexiconTable: Sendable {
    /// The lexicon bits of the listed words that do not pack into a `PackedWord` (non-ASCII or longer than 15
    /// bytes), and of those that hold `;`, `` ` `` or `K`: the only ASCII characters a non-ASCII one is canonically
    /// equivalent to (U+037E, U+1FEF, U+212A), so a word that does not pack may equal one of these.
    private let otherWords: [String: LexiconFlags]
    /// The lexicon bits of each listed word that packs (all the ASCII ones of up to 15 bytes).
    private let packedWords: PackedFlagsTable

    /// The table with the built-in lexicons and `cues` as the cue forms.
    init<Cues: Sequence<String>>(cues: Cues) {
        // Most words go straight into the packed table (no `String` hashing); the others into a dictionary.
        // (About 7,000 words: the builder holds them all from the start, never growing step by step.)
        var packedWords = PackedFlagsTable.Builder(expected: 8_192)
        var otherWords: [String: LexiconFlags] = [:]
        func add<Words: Sequence<String>>(_ list: Words, _ flag: LexiconFlags) {
            for word in list {
                if let key = PackedWord(word), !key.holdsCanonicalTwin {
                    packedWords.insert(flag, for: key)
                } else {
                    otherWords[word, default: []].insert(flag)
                }
            }
        }
        add(Names.pronouns.keys, .pronoun)
        add(Names.determiners, .determiner)
        add(Names.personTitles, [.personTitle, .roleWord])  // (`MentionDetector.roleWords` holds the titles)
        add(Names.newsMaleFirstNames, .maleFirstName)
        add(Names.commonMaleFirstNames, .maleFirstName)
        add(Names.newsFemaleFirstNames, .femaleFirstName)
        add(Names.commonFemaleFirstNames, .femaleFirstName)
        add(MentionDetector.sentenceAdverbs, .sentenceAdverb)
        add(MentionDetector.commonOpeners, .commonOpener)
        add(Names.demonyms, .demonym)
        add(Names.notNames, .notName)
        add(Names.organisationWords, [.organisationWord, .organisationWordTrimmed, .roleWord])  // (and these)
        add(Names.nominalHeads, .nominalHead)
        add(MentionDetector.nominalStops, .nominalStop)
        add(MentionDetector.particles, .particle)
        add(MentionDetector.prepositions, .preposition)
        add(MentionDetector.barePlurals, .barePlural)
        add(MentionDetector.tradePlurals, [.barePlural, .tradePlural])
        add(MentionDetector.relationalHeads, .relationalHead)
        add(MentionDetector.femaleNouns, .femaleNoun)
        add(MentionDetector.maleNouns, .maleNoun)
        add(Names.maleTitles, .maleTitle)
        add(Names.femaleTitles, .femaleTitle)
        add(CueVerbs.headline, .headlineCue)
        add(cues, .cueForm)
        add(Names.places, .place)
        add(Narration.abbreviations, .abbreviation)
        add(Narration.capitalisedAbbreviations, .capitalisedAbbreviation)
        add(MentionDetector.nameOpeners, .nameOpener)
        add(MentionDetector.calendarWords, .calendarWord)
        add(Names.titleModifiers, .titleModifier)
        add(MentionDetector.moreRoleWords, .roleWord)
        add(AttributionContext.fillers, .filler)
        add(AttributionContext.clauseVerbs, .clauseVerb)
        add(AttributionContext.afterInversion, .afterInversion)
        add(MentionDetector.openingPrepositions, .openingPreposition)
        add(MentionDetector.headlineSmallWords, .headlineSmallWord)
        add(SpeakerResolver.rankModifiers, .rankModifier)
        add(SpeakerResolver.surnameHonorifics, .surnameHonorific)
        add(Names.familyNamesFirst, .familyNameFirst)
        // (A place without a space byte holds no space Character: only the others are split.)
        for place in Names.places where place.utf8.contains(0x20) {
            if place.split(separator: " ", maxSplits: 1).count == 2 {
                add(CollectionOfOne(String(place.prefix { $0 != " " })), .placeFirstWord)
            }
        }
        // A packing word among the others takes the flags of every word equal to it (the dictionary merged them).
        for (word, flags) in otherWords {
            if let key = PackedWord(word) { packedWords.insert(flags, for: key) }
        }
        self.otherWords = otherWords
        self.packedWords = packedWords.table
    }

    /// The lexicon bits of `word` (the union over the listed words equal to it): which lists hold it, and no
    /// spelling facts.
    func listedFlags(of word: String) -> LexiconFlags {
        // A word that packs equals only listed words of the same bytes, which pack (and hold the bits of any
        // other word equal to them); one that does not pack equals only words of `otherWords`.
        if let key = PackedWord(word) { return packedWords[key] }
        return otherWords[word] ?? []
    }

    /// The table for the built-in cue forms, `CueVerbs.forms` (read from their list, `CueVerbs.formList`).
    static let standard = LexiconTable(cues: CueVerbs.formList)

    /// The flags of the lower-cased `word`, whose `PackedWord` is `packed` when it packs.
    func flags(of word: String, packed: PackedWord?) -> LexiconFlags {
        if let packed { return flags(of: packed) }
        var flags = listedFlags(of: word)
        var ascii = true
        var count = 0
        var last: (UInt8, UInt8, UInt8) = (0, 0, 0)  // the last three bytes, the last one first
        // The bytes that the period and apostrophe tests look for, noted in the same pass.
        var periodByte = false
        var apostropheByte = false
        for byte in word.utf8 {
            if byte >= 0x80 { ascii = false }
            if byte == 0x2E { periodByte = true }
            if byte == 0x27 || byte == 0xE2 { apostropheByte = true }
            last = (byte, last.0, last.1)
            count += 1
        }
        // `Narration.containsPeriod(word)`: the bytes decide unless the word holds a `.` byte and is not ASCII.
        if periodByte && (ascii || word.contains(".")) { flags.insert(.hasPeriod) }
        if apostropheByte { flags.insert(.hasApostrophe) }
        // `word.first?.isNumber`: for ASCII only the digits (`MentionDetector.startsWithNumber`).
        if MentionDetector.startsWithNumber(word) { flags.insert(.startsWithNumber) }
        // `isCommaOrDash`: its four texts (`,`, `-` and two dashes of three bytes) are each equal only to
        // themselves (no other Character is canonically equivalent to one), so a longer word is none of them
        // (each comparison of a non-ASCII word cost hundreds of instructions).
        if count <= 3, AttributionContext.isCommaOrDash(word) { flags.insert(.commaOrDash) }
        // `trimmingPeriod`: only a word ending with a period has flags of its own for the trimmed form. A word ends
        // with the Character `.` only if its last byte is the period: no other Character is equivalent to it.
        let endsInPeriod = last.0 == 0x2E && (ascii || word.hasSuffix("."))
        if endsInPeriod {
            flags.subtract(LexiconFlags.trimmedForm)
            flags.formUnion(listedFlags(of: word.trimmingPeriod).intersection(LexiconFlags.trimmedForm))
        }
        guard ascii else {  // Characters, with canonical equivalence: as the lexicon tests spell it
            // A word ends with one of these suffixes only if its last byte is the suffix's last letter: no other
            // Character is canonically equivalent to `y`, `g`, `d` or `s` (most words skip the slow tests).
            if last.0 == 0x79, word.hasSuffix("ly") { flags.insert(.endsInLy) }
            if last.0 == 0x67, word.hasSuffix("ing") { flags.insert(.endsInIng) }
            if last.0 == 0x64, word.hasSuffix("ed") { flags.insert(.endsInEd) }
            if last.0 == 0x73 {
                if word.hasSuffix("'s") { flags.insert(.endsInApostropheS) }
                if word.hasSuffix("s") { flags.insert(.endsInS) }
                if word.hasSuffix("ss") { flags.insert(.endsInSS) }
                if word == "'s" { flags.insert(.possessive) }  // (ends with `s` too)
            }
            return flags
        }
        return flags.union(LexiconTable.suffixFlags(count: count, last: last))
    }

    /// The flags of the lower-cased word packed as `key` (`flags(of:packed:)` for a word that packs), from its
    /// bytes alone: no `String`, and the spelling facts tested on the two packed integers. Inlined: its one
    /// frequent caller, `Narration`'s vocabulary, calls it once for each new word of a document.
    @inline(__always) func flags(of key: PackedWord) -> LexiconFlags { flags(of: key, hash: key.hash) }

    /// `flags(of: key)`, with the key's `PackedWord.hash` worked out already.
    @inline(__always) func flags(of key: PackedWord, hash: UInt64) -> LexiconFlags {
        flags(of: key, hash: hash, lettersAndDigits: false)
    }

    /// `flags(of: key, hash: hash)`; where `lettersAndDigits`, the text is known to hold only ASCII letters and
    /// digits (a run found by `PackedWord.asciiWordRun`, nearly every new word of a document), and the tests for
    /// `.`, `'`, `,` and `-` are left out.
    @inline(__always) func flags(of key: PackedWord, hash: UInt64, lettersAndDigits: Bool) -> LexiconFlags {
        var flags = packedWords[key, hash]
        let count = key.count
        let first = UInt8(truncatingIfNeeded: key.low)
        let last = key.lastThreeBytes
        var spelling: UInt64 = 0
        // `.` and `'` are rare in a word: one test for the bytes 0x27 (`'`) to 0x2E (`.`) first.
        if !lettersAndDigits, key.containsByte(from: 0x27, through: 0x2E) {
            if key.contains(0x2E) { spelling |= LexiconFlags.hasPeriod.rawValue }
            if key.contains(0x27) { spelling |= LexiconFlags.hasApostrophe.rawValue }
        }
        // `word.first?.isNumber`: for ASCII only the digits (`MentionDetector.startsWithNumber`).
        if first &- 0x30 < 10 { spelling |= LexiconFlags.startsWithNumber.rawValue }
        // The suffixes, by the last byte, on the last three bytes: zero before the word, and no byte of a word is
        // zero, so a suffix of two bytes matches only a word of two or more. ASCII words have one byte per
        // Character (a word never holds `\r\n`).
        let lastTwo = last >> 8
        switch last >> 16 {
        case 0x79:  // `y`
            if lastTwo == 0x796C { spelling |= LexiconFlags.endsInLy.rawValue }  // `ly`
        case 0x67:  // `g`
            if last == 0x67_6E69 { spelling |= LexiconFlags.endsInIng.rawValue }  // `ing`
        case 0x64:  // `d`
            if lastTwo == 0x6465 { spelling |= LexiconFlags.endsInEd.rawValue }  // `ed`
        case 0x73:  // `s`
            spelling |= LexiconFlags.endsInS.rawValue
            if lastTwo == 0x7327 {  // `'s`
                spelling |= LexiconFlags.endsInApostropheS.rawValue
                if count == 2 { spelling |= LexiconFlags.possessive.rawValue }
            }
            if lastTwo == 0x7373 { spelling |= LexiconFlags.endsInSS.rawValue }  // `ss`
        case 0x2C where !lettersAndDigits, 0x2D where !lettersAndDigits:  // `,`, `-`
            // `isCommaOrDash`: of its four texts only `,` and `-` are ASCII.
            if count == 1 { spelling |= LexiconFlags.commaOrDash.rawValue }
        case 0x2E where !lettersAndDigits:  // `.`
            // `trimmingPeriod`: only a word ending with a period has flags of its own for the trimmed form. An
            // ASCII word's last Character is its last byte; the trimmed word packs unless it is empty (`.`).
            flags.subtract(LexiconFlags.trimmedForm)
            let trimmed = count > 1 ? packedWords[key.droppingLastByte] : listedFlags(of: "")
            flags.formUnion(trimmed.intersection(LexiconFlags.trimmedForm))
        default:
            break
        }
        return flags.union(LexiconFlags(rawValue: spelling))
    }

    /// The spelling flags of an ASCII word of `count` bytes whose last three bytes are `last` (the last one
    /// first, zero before the word): ASCII words have one byte per Character (a word never holds `\r\n`).
    @inline(__always) private static func suffixFlags(count: Int, last: (UInt8, UInt8, UInt8)) -> LexiconFlags {
        var flags: LexiconFlags = []
        if count >= 2, last.1 == 0x6C, last.0 == 0x79 { flags.insert(.endsInLy) }
        if count >= 3, last.2 == 0x69, last.1 == 0x6E, last.0 == 0x67 { flags.insert(.endsInIng) }
        if count >= 2, last.1 == 0x65, last.0 == 0x64 { flags.insert(.endsInEd) }
        if count >= 2, last.1 == 0x27, last.0 == 0x73 {
            flags.insert(.endsInApostropheS)
            if count == 2 { flags.insert(.possessive) }
        }
        if count >= 1, last.0 == 0x73 { flags.insert(.endsInS) }
        if count >= 2, last.1 == 0x73, last.0 == 0x73 { flags.insert(.endsInSS) }
        return flags
    }
}

/// An open-addressing table from `PackedWord` to `LexiconFlags`, the flags stored in the slots; at most a quarter
/// of the slots are full, so a word in no lexicon (most new words of a document) is told apart in few probes.
///
/// A look-up reads the one-byte tags first and a slot only where its tag matches: the tags of the standard
/// lexicons fit in the first-level cache, the 24-byte slots do not, and a probe of the slots missed the caches
/// for nearly every new word of a document (about a tenth of the run time on novels, by `perf record`).
private struct PackedFlagsTable: Sendable {
    /// A slot: a packed word and its flags (an empty slot is one whose tag is 0).
    private struct Slot {
        var low: UInt64
        var high: UInt64
        var flags: LexiconFlags
    }

    private var slots: [Slot]
    /// The tag of each slot's word (`PackedWord.tag`), 0 for an empty slot.
    private var tags: [UInt8]
    private var mask: Int

    /// An empty table of `capacity` slots, a power of two.
    private init(capacity: Int) {
        slots = Array(repeating: Slot(low: 0, high: 0, flags: []), count: capacity)
        tags = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// Builds a table: `insert` adds flags to a word's, `table` is the result.
    struct Builder {
        /// The words and flags inserted so far, a word perhaps more than once.
        private var entries: [(PackedWord, LexiconFlags)] = []

        /// A builder with room for about `expected` insertions.
        init(expected: Int) { entries.reserveCapacity(expected) }

        /// Adds `flags` to the flags of `key`.
        mutating func insert(_ flags: LexiconFlags, for key: PackedWord) { entries.append((key, flags)) }

        /// The table of the words inserted, each with the union of its flags: sized once (large tables are not
        /// grown step by step, each step clearing a larger array).
        var table: PackedFlagsTable {
            var capacity = 64
            while capacity < 4 * entries.count { capacity <<= 1 }
            var table = PackedFlagsTable(capacity: capacity)
            table.formUnion(entries)
            return table
        }
    }

    /// Adds the flags of each entry to the flags of its word: in one pass with the slots' and tags' buffers open
    /// (no uniqueness or bounds check for each access: a call for each entry cost 0.3 M instructions more).
    private mutating func formUnion(_ entries: [(PackedWord, LexiconFlags)]) {
        let mask = self.mask
        tags.withUnsafeMutableBufferPointer { tags in
            slots.withUnsafeMutableBufferPointer { slots in
                for (key, flags) in entries {
                    var slot = key.slot(mask)
                    while tags[slot] != 0 {
                        if slots[slot].high == key.high && slots[slot].low == key.low { break }
                        slot = (slot + 1) & mask
                    }
                    if tags[slot] != 0 {
                        slots[slot].flags.formUnion(flags)
                    } else {
                        slots[slot] = Slot(low: key.low, high: key.high, flags: flags)
                        tags[slot] = key.tag
                    }
                }
            }
        }
    }

    /// The flags stored for `key`, or none.
    @inline(__always) subscript(key: PackedWord) -> LexiconFlags { self[key, key.hash] }

    /// The flags stored for `key`, whose `PackedWord.hash` is `hash`, or none.
    @inline(__always) subscript(key: PackedWord, hash: UInt64) -> LexiconFlags {
        tags.withUnsafeBufferPointer { tags in
            slots.withUnsafeBufferPointer { slots in
                let tag = PackedWord.tag(hash: hash)
                var slot = PackedWord.slot(mask, hash: hash)
                while tags[slot] != 0 {
                    if tags[slot] == tag && slots[slot].high == key.high && slots[slot].low == key.low {
                        return slots[slot].flags
                    }
                    slot = (slot + 1) & mask
                }
                return []
            }
        }
    }
}
