/// One input record: an identifier and the text to analyse.
public struct Article: Sendable, Hashable, Codable {
    /// The document identifier (a file path, a JSON Lines `document`/`id` field, or `-`).
    public var id: String
    /// The text that is analysed; all output offsets count code points of this text.
    public var text: String
    /// Maps offsets in `text` back to the raw input, when the text was extracted from Markdown or HTML.
    public var sourceMap: OffsetMap?

    /// Creates an article from its identifier and text.
    public init(id: String, text: String, sourceMap: OffsetMap? = nil) {
        self.id = id
        self.text = text
        self.sourceMap = sourceMap
    }
}

/// A piecewise map from code point offsets in extracted text to code point offsets in the raw source.
public struct OffsetMap: Sendable, Hashable, Codable {
    /// Where a run of extracted text starts, in the text and in the source.
    public struct Segment: Sendable, Hashable, Codable {
        /// Code point offset in the extracted text.
        public var text: Int
        /// Code point offset in the raw source where that text came from.
        public var source: Int
        /// Creates a segment.
        public init(text: Int, source: Int) {
            self.text = text
            self.source = source
        }
    }

    /// Segments sorted by `text`; each maps offsets linearly until the next one starts.
    public var segments: [Segment]
    /// The code point offset in the source where each of its lines starts (the first is 0), when known: then a
    /// source span's line and column are the source's; else they are the extracted text's.
    public var sourceLineStarts: [Int]?

    /// Creates a map from segments sorted by their text offset, and the source's line starts if known.
    public init(segments: [Segment], sourceLineStarts: [Int]? = nil) {
        self.segments = segments
        self.sourceLineStarts = sourceLineStarts
    }

    /// The line starts of `source` for `sourceLineStarts`: 0, and the offset after each line break (`\n`, `\r\n`,
    /// or a lone `\r`).
    public static func lineStarts(of source: some Collection<Unicode.Scalar>) -> [Int] {
        var starts = [0]
        var afterCR = false
        for (offset, scalar) in source.enumerated() {
            if scalar == "\n" {
                if afterCR { starts[starts.count - 1] = offset + 1 } else { starts.append(offset + 1) }
            } else if scalar == "\r" {
                starts.append(offset + 1)
            }
            afterCR = scalar == "\r"
        }
        return starts
    }

    /// The span in the raw source of a span of the extracted text, with the source's line and column when
    /// `sourceLineStarts` is known (else the text's).
    public func sourceSpan(of span: CodePointSpan) -> CodePointSpan {
        let start = sourceOffset(of: span.start)
        var (line, column) = (span.line, span.column)
        if let starts = sourceLineStarts, !starts.isEmpty {
            // The last line starting at or before `start`.
            var (low, high) = (0, starts.count)
            while low < high {
                let mid = (low + high) / 2
                if starts[mid] <= start { low = mid + 1 } else { high = mid }
            }
            line = max(low, 1)
            column = start - starts[line - 1] + 1
        }
        return CodePointSpan(
            start: start, end: sourceOffset(of: max(span.end - 1, span.start)) + 1, line: line, column: column)
    }

    /// The source offset of the text offset `offset`.
    public func sourceOffset(of offset: Int) -> Int {
        var low = 0
        var high = segments.count
        while low < high {
            let mid = (low + high) / 2
            if segments[mid].text <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return offset }
        let segment = segments[low - 1]
        return segment.source + (offset - segment.text)
    }
}
