/// An ASCII text of at most 15 bytes packed into two integers: bytes 0–7, then bytes 8–14 with the length
/// in the top byte (never all zero). Two packed texts are equal exactly when the strings are: an ASCII
/// string is canonically equivalent only to itself.
struct PackedWord: Equatable, Sendable {
    let low: UInt64
    let high: UInt64

    /// Packs `text`; nil when it is longer than 15 bytes or not ASCII.
    init?(_ text: String) {
        var text = text
        guard let (low, high) = text.withUTF8({ PackedWord.pack($0) }) else { return nil }
        self.low = low
        self.high = high
    }

    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
        guard bytes.count <= 15 else { return nil }
        var words: (UInt64, UInt64) = (0, 0)
        if bytes.count > 0 { withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) } }
        let low = UInt64(littleEndian: words.0)
        let high = UInt64(littleEndian: words.1)
        guard (low | high) & 0x8080_8080_8080_8080 == 0 else { return nil }  // ASCII only
        return (low, high | UInt64(bytes.count) << 56)
    }

    /// The length in bytes.
    var count: Int { Int(high >> 56) }

    /// The byte at `index` (below `count`).
    subscript(index: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: index < 8 ? low >> (8 * index) : high >> (8 * (index - 8)))
    }

    fileprivate func slot(_ mask: Int) -> Int {
        var hash = low &* 0x9E37_79B9_7F4A_7C15 ^ high &* 0xC2B2_AE3D_27D4_EB4F
        hash ^= hash >> 29
        return Int(truncatingIfNeeded: hash) & mask
    }
}

/// An open-addressing hash table from `PackedWord` to `Value`: no `String` hashing.
struct PackedWordTable<Value> {
    private var keys: [PackedWord?]
    private var values: [Value?]
    private var mask: Int
    private var used = 0

    /// Creates a table sized for about `expected` entries.
    init(expected: Int) {
        var capacity = 64
        while capacity < 2 * expected { capacity <<= 1 }
        keys = Array(repeating: nil, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
    }

    /// The value stored for `key`, or nil.
    subscript(key: PackedWord) -> Value? {
        var slot = key.slot(mask)
        while let stored = keys[slot] {
            if stored == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Stores `value` for `key`, which must not be in the table yet.
    mutating func insert(_ value: Value, for key: PackedWord) {
        var slot = key.slot(mask)
        while keys[slot] != nil { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] = value
        used += 1
        if 2 * used > keys.count { grow() }
    }

    private mutating func grow() {
        let old = zip(keys, values)
        var bigger = PackedWordTable(expected: keys.count)
        for case (let key?, let value?) in old { bigger.insert(value, for: key) }
        self = bigger
    }
}

/// Gives each distinct token text of a document a dense id (0, 1, 2 … in order of first appearance).
///
/// ASCII texts of at most 15 bytes (nearly every word) are found by their `PackedWord` in a
/// `PackedWordTable`; other texts go through a `Dictionary`. Only three non-ASCII characters are
/// canonically equivalent to ASCII (U+037E `;`, U+1FEF `` ` `` and U+212A `K`, which lower-casing turns
/// into `k`), so a word never gets two ids; a U+037E or U+1FEF punctuation token may get an id apart from
/// `;` or `` ` ``, and punctuation ids are never compared.
struct WordInterner {
    private var packed: PackedWordTable<Int32>
    private var others: [String: Int32] = [:]
    /// The number of ids given so far.
    private(set) var count: Int32 = 0

    /// Creates an interner sized for about `expected` distinct texts.
    init(expected: Int) { packed = PackedWordTable(expected: expected) }

    /// The id of `text`, whether it is new (given just now), and the packed text when it packs.
    mutating func id(of text: String) -> (id: Int32, isNew: Bool, packed: PackedWord?) {
        guard let key = PackedWord(text) else {
            if let id = others[text] { return (id, false, nil) }
            others[text] = count
            count += 1
            return (count - 1, true, nil)
        }
        if let id = packed[key] { return (id, false, key) }
        packed.insert(count, for: key)
        count += 1
        return (count - 1, true, key)
    }
}

extension PackedWordTable: Sendable where Value: Sendable {}
