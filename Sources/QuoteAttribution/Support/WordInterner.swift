/// An ASCII text of 1 to 15 bytes packed into two integers: bytes 0–7, then bytes 8–14 with the length
/// in the top byte (so `high` is never zero). Two packed texts are equal exactly when the strings are: an ASCII
/// string is canonically equivalent only to itself.
struct PackedWord: Equatable, Sendable {
    let low: UInt64
    let high: UInt64

    /// Packs `text`; nil when it is empty, longer than 15 bytes or not ASCII.
    init?(_ text: String) {
        var text = text
        guard let (low, high) = text.withUTF8({ PackedWord.pack($0) }) else { return nil }
        self.low = low
        self.high = high
    }

    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
        guard bytes.count <= 15, bytes.count > 0 else { return nil }
        var words: (UInt64, UInt64) = (0, 0)
        if bytes.count > 0 { withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) } }
        let low = UInt64(littleEndian: words.0)
        let high = UInt64(littleEndian: words.1)
        guard (low | high) & 0x8080_8080_8080_8080 == 0 else { return nil }  // ASCII only
        return (low, high | UInt64(bytes.count) << 56)
    }

    /// The `count` (1 to 15) bytes of `raw` from `start` as two little-endian integers, by two unaligned loads,
    /// the bytes past them masked off; `start + 16` must be at most `raw.count`.
    @inline(__always) static func loaded(_ raw: [UInt8], from start: Int, count: Int) -> (low: UInt64, high: UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        raw.withUnsafeBytes { source in
            low = UInt64(littleEndian: source.loadUnaligned(fromByteOffset: start, as: UInt64.self))
            high = UInt64(littleEndian: source.loadUnaligned(fromByteOffset: start + 8, as: UInt64.self))
        }
        if count < 8 {
            low &= (1 << (8 * UInt64(count))) &- 1
            high = 0
        } else {
            high &= (1 << (8 * UInt64(count - 8))) &- 1
        }
        return (low, high)
    }

    /// Packs the bytes `raw[range]` lower-cased (`A`–`Z` only), with whether they hold two or more upper-case
    /// letters and no lower-case one (as `Narration.lowered` decides it); nil unless ASCII and 1 to 15 bytes.
    @inline(__always)
    static func lowercasing(_ raw: [UInt8], _ range: Range<Int>) -> (word: PackedWord, isAllCaps: Bool)? {
        let count = range.count
        guard count <= 15, count > 0 else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        if range.lowerBound + 16 <= raw.count {
            (low, high) = loaded(raw, from: range.lowerBound, count: count)  // nearly every word
        } else {
            (low, high) = copied(raw, range)
        }
        guard (low | high) & 0x8080_8080_8080_8080 == 0 else { return nil }  // ASCII only
        // Eight bytes at a time: a 0x80 bit marks each byte in `A`–`Z` (or `a`–`z`).
        func letters(_ word: UInt64, from first: UInt64, to last: UInt64) -> UInt64 {
            let ones: UInt64 = 0x0101_0101_0101_0101
            return (word &+ ones &* (0x80 - first)) & ~(word &+ ones &* (0x7F - last)) & 0x8080_8080_8080_8080
        }
        let upperLow = letters(low, from: 0x41, to: 0x5A)
        let upperHigh = letters(high, from: 0x41, to: 0x5A)
        let hasLower = letters(low, from: 0x61, to: 0x7A) | letters(high, from: 0x61, to: 0x7A) != 0
        // Two or more marks in all: two in one half (clearing its lowest mark leaves one), or one in each.
        let twoUpper =
            upperLow & (upperLow &- 1) != 0 || upperHigh & (upperHigh &- 1) != 0 || (upperLow != 0 && upperHigh != 0)
        let word = PackedWord(low: low | upperLow >> 2, high: (high | upperHigh >> 2) | UInt64(count) << 56)
        return (word, twoUpper && !hasLower)
    }

    /// The run of ASCII letters and digits (`Narration.isASCIIWordByte`) starting at `offset`, found in one
    /// sixteen-byte load: its length and its text packed lower-cased, with whether it is all capitals (what
    /// `lowercasing(raw, offset..<offset + count)` gives) and whether it starts with an upper-case letter. Nil when fewer than sixteen bytes follow `offset`, or
    /// when the run is empty or sixteen bytes or longer (it does not pack).
    ///
    /// The tokeniser's word scan and packing in one pass: nearly every word is such a run, ended by a space.
    @inline(__always)
    static func asciiWordRun(
        _ raw: [UInt8], at offset: Int
    ) -> (count: Int, word: PackedWord, isAllCaps: Bool, isCapitalized: Bool)? {
        guard offset >= 0, offset <= raw.count - 16 else { return nil }
        // The constants spelled with their element type: an inferred `SIMD16(repeating:)` compiles lane by lane.
        let bytes = raw.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self) }
        // Each range test is one signed comparison (SSE2 has no unsigned one): the range is moved to start at
        // -128. A byte is a letter when it is one with its 0x20 bit set (`A`-`Z` and `a`-`z` are 0x20 apart).
        let folded = bytes | SIMD16<UInt8>(repeating: 0x20)
        let letter =
            unsafeBitCast(folded &+ SIMD16<UInt8>(repeating: 0x80 - 0x61), to: SIMD16<Int8>.self)
            .< SIMD16<Int8>(repeating: -128 + 26)
        let digit =
            unsafeBitCast(bytes &+ SIMD16<UInt8>(repeating: 0x80 - 0x30), to: SIMD16<Int8>.self)
            .< SIMD16<Int8>(repeating: -128 + 10)
        let count = (.!(letter .| digit)).firstTrueLane
        guard count > 0, count < 16 else { return nil }
        // Letters get their 0x20 bit (lower-casing the upper-case ones); then the halves, little-endian, with the
        // bytes past the run cleared.
        let letterBytes = unsafeBitCast(letter, to: SIMD16<UInt8>.self)
        let text = unsafeBitCast(bytes | letterBytes & SIMD16<UInt8>(repeating: 0x20), to: SIMD2<UInt64>.self)
        let keepLow: UInt64 = count < 8 ? (1 << (8 * UInt64(count))) &- 1 : ~0
        let keepHigh: UInt64 = count < 8 ? 0 : (1 << (8 * UInt64(count - 8))) &- 1
        let word = PackedWord(
            low: UInt64(littleEndian: text[0]) & keepLow,
            high: UInt64(littleEndian: text[1]) & keepHigh | UInt64(count) << 56)
        // All capitals: no lower-case letter, and two or more upper-case ones, counted on one bit per lane. Not
        // tested further for a word starting with a lower-case letter (most words), nor with one later (most others).
        let original = unsafeBitCast(bytes, to: SIMD2<UInt64>.self)
        let first = UInt8(truncatingIfNeeded: UInt64(littleEndian: original[0]))
        let isCapitalized = first &- 0x41 < 26
        guard first &- 0x61 >= 26 else { return (count, word, false, isCapitalized) }
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let letterLanes = unsafeBitCast(letter, to: SIMD2<UInt64>.self)
        let letterLow = UInt64(littleEndian: letterLanes[0]) & keepLow & highBits
        let letterHigh = UInt64(littleEndian: letterLanes[1]) & keepHigh & highBits
        // A letter's 0x20 bit, moved to the lane's top bit: set for a lower-case letter.
        let caseLow = UInt64(littleEndian: original[0]) << 2
        let caseHigh = UInt64(littleEndian: original[1]) << 2
        guard letterLow & caseLow | letterHigh & caseHigh == 0 else { return (count, word, false, isCapitalized) }
        // No lower-case letter: every letter is upper-case; two or more of them (two in one half, or one in each).
        let twoUpper =
            letterLow & (letterLow &- 1) != 0 || letterHigh & (letterHigh &- 1) != 0
            || (letterLow != 0 && letterHigh != 0)
        return (count, word, twoUpper, isCapitalized)
    }

    /// The bytes `raw[range]` (1 to 15) as two little-endian integers, zero past the end: for a text near the end
    /// of `raw`, where two eight-byte loads would read past it.
    @inline(never) private static func copied(_ raw: [UInt8], _ range: Range<Int>) -> (UInt64, UInt64) {
        var words: (UInt64, UInt64) = (0, 0)
        raw.withUnsafeBytes { source in
            withUnsafeMutableBytes(of: &words) {
                $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[range]))
            }
        }
        return (UInt64(littleEndian: words.0), UInt64(littleEndian: words.1))
    }

    /// The text `'s` (a possessive ending, which `Narration` makes a token of its own).
    static let possessive = PackedWord(low: 0x7327, high: 2 << 56)

    /// The text `no` (the abbreviation of a number, `No. 10`, when a period follows).
    static let number = PackedWord(low: 0x6F6E, high: 2 << 56)

    /// The one-byte text `byte` (ASCII).
    init(ascii byte: UInt8) {
        low = UInt64(byte)
        high = 1 << 56
    }

    /// The packed word of the two integers `low` and `high` of a `PackedWord`.
    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// Rebuilds a packed word from its two integers (as a table of packed words stores it).
    fileprivate init(packedLow low: UInt64, high: UInt64) { self.init(low: low, high: high) }

    /// The text as a `String`: the packed integers themselves where the standard library stores such a text that
    /// way (checked once: `smallStringsMatch`), else a copy of the bytes.
    var string: String { PackedWord.smallStringsMatch ? smallString : copiedString }

    /// The text as a `String` made of the packed integers; only where `smallStringsMatch`.
    @inline(__always) var smallString: String {
        // A `String` of 1 to 15 ASCII bytes is a "small string": its two words hold the bytes, little-endian,
        // with 0xE0 (immortal, small, ASCII) or-ed with the count in the top byte.
        // Written over an empty string rather than `unsafeBitCast`: the cast yields a borrowed value, which the
        // compiler retains (a runtime call) to own it; a local variable is owned, and neither string needs a
        // retain or a release (both are immortal).
        var text = ""
        withUnsafeMutableBytes(of: &text) { $0.storeBytes(of: (low, high | 0xE0 << 56), as: (UInt64, UInt64).self) }
        return text
    }

    /// The text as a `String`, its bytes copied by `String(unsafeUninitializedCapacity:)`.
    ///
    /// Out of line: where `smallStringsMatch` (the usual case) the fallback is never taken, and its copy through a
    /// local buffer stays out of its callers (`Narration`'s vocabulary makes one text per new word).
    var copiedString: String {
        @inline(never) get {
            let count = self.count
            let words = (low.littleEndian, high.littleEndian)
            return withUnsafeBytes(of: words) { bytes in
                String(unsafeUninitializedCapacity: count) { buffer in
                    buffer.baseAddress!.initialize(
                        from: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)
                    return count
                }
            }
        }
    }

    /// True when the standard library stores the texts of 1, 8 and 15 ASCII bytes that it builds itself exactly
    /// as `string` spells them (a 64-bit little-endian platform with the small-string layout of Swift 5 and 6).
    /// Only `String`s the standard library built are looked at; when false, `string` copies the bytes.
    static let smallStringsMatch: Bool = {
        guard MemoryLayout<String>.size == 16, 1.littleEndian == 1 else { return false }
        for text in ["a", "ab'c-d.e", "abcdefghijklm.o"] {
            let key = PackedWord(text)!
            let bits = unsafeBitCast(key.copiedString, to: (UInt64, UInt64).self)
            guard bits.0 == key.low, bits.1 == key.high | 0xE0 << 56 else { return false }
        }
        return true
    }()

    /// True when one of the text's bytes is `byte` (which must not be zero), eight bytes at a time.
    @inline(__always) func contains(_ byte: UInt8) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & (ones &* 0x80) != 0 }
        // The unused bytes and the masked length byte are zero, so they never equal `byte`.
        return hasZeroByte(low ^ ones &* UInt64(byte))
            || hasZeroByte((high & 0x00FF_FFFF_FFFF_FFFF) ^ ones &* UInt64(byte))
    }

    /// The length in bytes.
    @inline(__always) var count: Int { Int(high >> 56) }

    /// Whether the text holds `;`, `` ` `` or `K`: the only ASCII characters a non-ASCII one is canonically
    /// equivalent to (U+037E, U+1FEF, U+212A), so a text that does not pack may equal one that holds them.
    @inline(__always) var holdsCanonicalTwin: Bool {
        // One test of the range `;` to `` ` `` (0x3B–0x60: the capitals and a few signs, which lower-cased words
        // seldom hold) spares the three byte tests for nearly every word.
        containsByte(from: 0x3B, through: 0x60) && (contains(0x3B) || contains(0x60) || contains(0x4B))
    }

    /// The text with the ASCII byte `byte` (not zero) appended, or nil when it has 15 bytes already.
    func appending(_ byte: UInt8) -> PackedWord? {
        let count = self.count
        guard count < 15 else { return nil }
        // Byte `count` goes to `low` below 8, else to `high`; the length in the top byte goes up by one.
        if count < 8 { return PackedWord(low: low | UInt64(byte) << (8 * UInt64(count)), high: high &+ 1 << 56) }
        return PackedWord(low: low, high: (high | UInt64(byte) << (8 * UInt64(count - 8))) &+ 1 << 56)
    }

    /// The text without its last byte; the text must have two or more.
    var droppingLastByte: PackedWord {
        let count = self.count - 1
        // Clear byte `count` (in `low` below 8, else in `high`) and put the new length in the top byte.
        if count < 8 {
            return PackedWord(low: low & ((1 << (8 * UInt64(count))) &- 1), high: UInt64(count) << 56)
        }
        let kept = (high & 0x00FF_FFFF_FFFF_FFFF) & ((1 << (8 * UInt64(count - 8))) &- 1)
        return PackedWord(low: low, high: kept | UInt64(count) << 56)
    }

    /// The last three bytes of the text as an integer, the last byte highest (bits 16–23) and zero bytes before the
    /// text's first byte: `ing` is `0x67_6E69`, `s` is `0x73_0000`.
    @inline(__always) var lastThreeBytes: UInt32 {
        let text = UInt128(high & 0x00FF_FFFF_FFFF_FFFF) << 64 | UInt128(low)
        // Shift the last byte to byte 15, then keep bytes 13 to 15 (bytes before the text are zero).
        // (The count is 1 to 15: the shift is 8 to 120 bits, worked out without overflow checks.)
        return UInt32(truncatingIfNeeded: (text &<< UInt128(truncatingIfNeeded: 8 &* (16 &- count))) &>> 104)
    }

    /// True when one of the text's bytes is in `first...last` (`1 <= first <= last < 0x80`), eight bytes at a time.
    @inline(__always) func containsByte(from first: UInt8, through last: UInt8) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        // A 0x80 bit marks each byte in the range: every byte is below 0x80 (ASCII), so no sum carries into the
        // next byte; the unused bytes and the masked length byte are zero, below `first`.
        func marks(_ word: UInt64) -> UInt64 {
            (word &+ ones &* UInt64(0x80 - first)) & ~(word &+ ones &* UInt64(0x7F - last)) & (ones &* 0x80)
        }
        return marks(low) | marks(high & 0x00FF_FFFF_FFFF_FFFF) != 0
    }

    /// The byte at `index` (below `count`).
    @inline(__always) subscript(index: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: index < 8 ? low >> (8 * index) : high >> (8 * (index - 8)))
    }

    /// The two integers mixed into one hash, which `slot` and `tag` take their bits from: worked out once where a
    /// word is looked up in two tables (`slot(_:hash:)`, `tag(hash:)`).
    ///
    /// One multiplication of the two integers xor-ed: `slot` mixes the high half of the product into the low one,
    /// so bytes 0 to 5 and 8 to 13 of the text (and its length, in byte 7 of the xor) decide the slot, as with a
    /// product of each integer, and all of them the tag. Only the tables' probe sequences depend on it, never an
    /// id or an order.
    @inline(__always) var hash: UInt64 { (low ^ high) &* 0x9E37_79B9_7F4A_7C15 }

    /// The first slot of the word's probe sequence in an open-addressing table of `mask + 1` slots (a power of two).
    @inline(__always) func slot(_ mask: Int) -> Int { PackedWord.slot(mask, hash: hash) }

    /// `slot(mask)` of the word whose `hash` is `hash`.
    @inline(__always) static func slot(_ mask: Int, hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash ^ hash >> 29) & mask
    }

    /// A one-byte tag of the word for a table that keeps its slots' tags apart: never 0 (an empty slot's tag),
    /// from the bits of the hash that `slot` leaves out for tables of up to 2^56 slots.
    @inline(__always) var tag: UInt8 { PackedWord.tag(hash: hash) }

    /// `tag` of the word whose `hash` is `hash`.
    @inline(__always) static func tag(hash: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: hash >> 57) | 0x80 }
}

/// Gives each distinct token text of a document a dense id (0, 1, 2 … in order of first appearance).
///
/// ASCII texts of 1 to 15 bytes (nearly every word) are found by their `PackedWord` in an open-addressing
/// table of their own (one array of slots, each with the id: one probe sequence finds or inserts a text);
/// other texts go through a `Dictionary`. Only three non-ASCII characters are
/// canonically equivalent to ASCII (U+037E `;`, U+1FEF `` ` `` and U+212A `K`, which lower-casing turns
/// into `k`), so a word never gets two ids; a U+037E or U+1FEF punctuation token may get an id apart from
/// `;` or `` ` ``, and punctuation ids are never compared.
struct WordInterner {
    /// A slot of the packed table: a packed text and its id; a `high` of zero marks an empty slot.

    /// The packed texts by slot; never more than half full.
    private var slots: [PackedSlot]
    private var mask: Int
    /// The number of packed texts in `slots`.
    private var packedCount = 0
    private var others: [String: Int32] = [:]
    /// The text of each id, kept only where a packed text's `String` is not its integers themselves
    /// (`PackedWord.smallStringsMatch`): then `text(of:key:)` copies no bytes.
    private var texts: [String] = []
    private let keepsTexts = !PackedWord.smallStringsMatch
    /// The number of ids given so far.
    private(set) var count: Int32 = 0

    /// Creates an interner sized for about `expected` distinct texts.
    init(expected: Int) {
        var capacity = 64
        while capacity < 2 * expected { capacity <<= 1 }
        slots = Array(repeating: PackedSlot(low: 0, high: 0, value: 0), count: capacity)
        mask = capacity - 1
        if keepsTexts { texts.reserveCapacity(expected) }
    }

    /// The id of `text`, whether it is new (given just now), and the packed text when it packs.
    mutating func id(of text: String) -> (id: Int32, isNew: Bool, packed: PackedWord?) {
        guard let key = PackedWord(text) else {
            if let id = others[text] { return (id, false, nil) }
            // Room for a few at the first: growing rehashes every text, and hashing a non-ASCII one is slow.
            if others.isEmpty { others.reserveCapacity(8) }
            others[text] = count
            if keepsTexts { texts.append(text) }
            count += 1
            return (count - 1, true, nil)
        }
        let (id, isNew) = id(of: key, text: text)
        return (id, isNew, key)
    }

    /// The id of the packed text `key` and whether it is new; a `String` is only kept for a new text (from
    /// `text` when given), and only where `texts` are kept. Inlined: a text seen before (most) costs a hash and a probe or two.
    @inline(__always) mutating func id(of key: PackedWord, text: String? = nil) -> (id: Int32, isNew: Bool) {
        var slot = key.slot(mask)
        while slots[slot].high != 0 {
            if slots[slot].high == key.high && slots[slot].low == key.low { return (slots[slot].value, false) }
            slot = (slot + 1) & mask
        }
        return (insert(key, at: slot, text: text), true)
    }

    /// Gives the new packed text `key` the next id, in the empty `slot` of its probe sequence.
    @inline(never) private mutating func insert(_ key: PackedWord, at slot: Int, text: String?) -> Int32 {
        slots[slot] = PackedSlot(low: key.low, high: key.high, value: count)
        if keepsTexts { texts.append(text ?? key.string) }
        count += 1
        packedCount += 1
        if 2 * packedCount > slots.count { grow() }
        return count - 1
    }

    /// The text of `id`, the id of the packed text `key`.
    @inline(__always) func text(of id: Int32, key: PackedWord) -> String {
        keepsTexts ? texts[Int(id)] : key.smallString
    }

    /// Doubles the packed table.
    private mutating func grow() {
        slots = PackedSlot.doubled(slots)
        mask = slots.count - 1
    }

    /// Makes room for about `expected` packed texts in all, so that the table does not grow before: it is rebuilt
    /// once, now, when it is smaller than that needs. (The ids stay as they are.)
    mutating func reserveCapacity(_ expected: Int) {
        var capacity = slots.count
        while capacity < 2 * expected { capacity <<= 1 }
        guard capacity > slots.count else { return }
        slots = PackedSlot.resized(slots, to: capacity)
        mask = capacity - 1
    }
}

/// A slot of an open-addressing table of packed words: the word (`high == 0` for an empty slot) and an `Int32`
/// (an index or an id).
private struct PackedSlot {
    var low: UInt64
    var high: UInt64
    var value: Int32

    /// `slots` moved into a table twice as large, each word in the first free slot of its probe sequence.
    static func doubled(_ slots: [PackedSlot]) -> [PackedSlot] { resized(slots, to: 2 * slots.count) }

    /// `slots` moved into a table of `count` slots (a power of two, more than twice the words), each word in the
    /// first free slot of its probe sequence.
    static func resized(_ slots: [PackedSlot], to count: Int) -> [PackedSlot] {
        var resized = Array(repeating: PackedSlot(low: 0, high: 0, value: 0), count: count)
        let mask = resized.count - 1
        for old in slots where old.high != 0 {
            var slot = PackedWord(packedLow: old.low, high: old.high).slot(mask)
            while resized[slot].high != 0 { slot = (slot + 1) & mask }
            resized[slot] = old
        }
        return resized
    }
}
