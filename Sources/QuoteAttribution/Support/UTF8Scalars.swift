/// Decoding single Unicode scalars around a byte offset of valid UTF-8.
enum UTF8Scalars {
    /// The scalar starting at `offset` and its width in bytes; nil at the end.
    static func scalar(in raw: [UInt8], at offset: Int) -> (Unicode.Scalar, Int)? {
        guard offset >= 0, offset < raw.count else { return nil }
        let lead = raw[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard offset + width <= raw.count else { return nil }
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width { value = value << 6 | UInt32(raw[offset + k] & 0x3F) }
        return Unicode.Scalar(value).map { ($0, width) }
    }

    /// The scalar ending just before `offset` and its width; nil at the start.
    static func scalar(in raw: [UInt8], before offset: Int) -> (Unicode.Scalar, Int)? {
        guard offset > 0, offset <= raw.count else { return nil }
        var start = offset - 1
        while start > 0, raw[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(in: raw, at: start)
    }
}

extension Unicode.Scalar {
    /// Letters and digits (including combining marks, so NFD names stay whole).
    @inline(__always) var isWordCharacter: Bool {
        if value < 0x80 {  // ASCII fast path: the Unicode property tables are slow
            return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A || (value >= 0x30 && value <= 0x39)
        }
        return isNonASCIIWordCharacter
    }

    /// `isWordCharacter` for scalars beyond ASCII: from a table for the common blocks, else the Unicode properties.
    @inline(never) private var isNonASCIIWordCharacter: Bool {
        if let bits = CommonScalars.bits(of: self) { return bits & CommonScalars.wordCharacter != 0 }
        return wordCharacterProperties
    }

    /// `isWordCharacter` for scalars beyond ASCII, from the Unicode properties (about 1,400 instructions).
    fileprivate var wordCharacterProperties: Bool {
        properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    /// White space, including no-break spaces and line breaks.
    @inline(__always) var isSpace: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return isNonASCIISpace
    }

    /// `isSpace` for scalars beyond ASCII: from a table for the common blocks, else the Unicode properties.
    @inline(never) private var isNonASCIISpace: Bool {
        if let bits = CommonScalars.bits(of: self) { return bits & CommonScalars.space != 0 }
        return spaceProperties
    }

    /// `isSpace` for scalars beyond ASCII, from the Unicode properties.
    fileprivate var spaceProperties: Bool { properties.isWhitespace || value == 0xFEFF }

    /// Upper-case letters.
    @inline(__always) var isUppercaseLetter: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return isNonASCIIUppercaseLetter
    }

    /// `isUppercaseLetter` for scalars beyond ASCII.
    @inline(never) private var isNonASCIIUppercaseLetter: Bool { properties.isUppercase }
}

/// `isWordCharacter` and `isSpace` of the non-ASCII scalars most common in news text, worked out once from the
/// same Unicode properties (the first look-up fills the table, about 0.3 M instructions): Latin-1 Supplement and
/// Latin Extended-A (U+0080–U+017F: accented letters, no-break space) and General Punctuation (U+2000–U+206F:
/// curly quotes, dashes, spaces).
private enum CommonScalars {
    static let wordCharacter: UInt8 = 1
    static let space: UInt8 = 2

    /// The bits of each scalar of the two blocks, Latin first.
    static let table: [UInt8] = (Array(0x80..<0x180) + Array(0x2000..<0x2070)).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
        return (scalar.wordCharacterProperties ? wordCharacter : 0) | (scalar.spaceProperties ? space : 0)
    }

    /// The bits of `scalar`, or nil outside the two blocks.
    @inline(__always) static func bits(of scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value &- 0x80 < 0x180 - 0x80 { return table[Int(value) - 0x80] }
        if value &- 0x2000 < 0x70 { return table[0x180 - 0x80 + Int(value) - 0x2000] }
        return nil
    }
}
