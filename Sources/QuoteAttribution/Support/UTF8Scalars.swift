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

    /// `isWordCharacter` for scalars beyond ASCII, from the Unicode properties.
    @inline(never) private var isNonASCIIWordCharacter: Bool {
        properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    /// White space, including no-break spaces and line breaks.
    @inline(__always) var isSpace: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return isNonASCIISpace
    }

    /// `isSpace` for scalars beyond ASCII.
    @inline(never) private var isNonASCIISpace: Bool { properties.isWhitespace || value == 0xFEFF }

    /// Upper-case letters.
    @inline(__always) var isUppercaseLetter: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return isNonASCIIUppercaseLetter
    }

    /// `isUppercaseLetter` for scalars beyond ASCII.
    @inline(never) private var isNonASCIIUppercaseLetter: Bool { properties.isUppercase }
}
