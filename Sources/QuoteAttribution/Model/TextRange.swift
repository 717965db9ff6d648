/// A half-open range of UTF-8 byte offsets into a document's text.
public struct TextRange: Sendable, Hashable, Codable, Comparable {
    /// First byte.
    public var start: Int
    /// One past the last byte.
    public var end: Int

    /// Creates a range from its bounds.
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    /// The number of bytes.
    public var length: Int { end - start }
    /// True when the range holds no byte.
    public var isEmpty: Bool { end <= start }
    /// True when `other` lies inside this range.
    public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }
    /// True when `offset` lies inside this range.
    public func contains(_ offset: Int) -> Bool { start <= offset && offset < end }

    /// Orders by start, then end.
    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

/// A span reported to users: code point offsets (the evaluation contract) plus line and column.
public struct CodePointSpan: Sendable, Hashable, Codable {
    /// Code point offset of the first character.
    public var start: Int
    /// Code point offset one past the last character.
    public var end: Int
    /// 1-based line of `start`.
    public var line: Int
    /// 1-based column (in code points) of `start`.
    public var column: Int

    /// Creates a span.
    public init(start: Int, end: Int, line: Int, column: Int) {
        self.start = start
        self.end = end
        self.line = line
        self.column = column
    }

    /// The span as indices of `text`, which it counts in code points (`text.unicodeScalars`), or nil when it does
    /// not fit; `text[range]` then slices it. Counting in `Character`s instead would be wrong: `\r\n`, an emoji
    /// sequence or a letter with a combining accent is one `Character` and several code points.
    public func range(in text: String) -> Range<String.Index>? {
        let scalars = text.unicodeScalars
        guard start >= 0, start <= end,
            let lower = scalars.index(scalars.startIndex, offsetBy: start, limitedBy: scalars.endIndex),
            let upper = scalars.index(lower, offsetBy: end - start, limitedBy: scalars.endIndex)
        else { return nil }
        return lower..<upper
    }
}
