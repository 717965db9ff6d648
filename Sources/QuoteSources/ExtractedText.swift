import QuoteAttribution

/// Readable text extracted from a marked-up source, with the map from its offsets back to the source.
public struct ExtractedText: Sendable, Hashable {
    /// The extracted text.
    public var text: String
    /// Maps code point offsets in `text` to code point offsets in the source.
    public var sourceMap: OffsetMap

    /// Creates extracted text from its parts.
    public init(text: String, sourceMap: OffsetMap) {
        self.text = text
        self.sourceMap = sourceMap
    }

    /// An article with this text and source map.
    public func article(id: String) -> Article {
        Article(id: id, text: text, sourceMap: sourceMap)
    }
}

/// Accumulates extracted text one code point at a time, each with its source offset, and builds the segments.
struct ExtractedTextBuilder {
    private var scalars = String.UnicodeScalarView()
    private var segments: [OffsetMap.Segment] = []
    private var nextSource: Int?
    /// The number of code points appended so far.
    private(set) var count = 0

    /// The last code point appended, if any.
    var last: Unicode.Scalar? { scalars.last }

    /// True when the text so far ends a sentence: `.`, `!`, `?`, `:`, `;` or `…`, maybe before closing marks.
    var endsSentence: Bool {
        for scalar in scalars.reversed() {
            if "\"')]\u{201D}\u{2019}\u{00BB}".unicodeScalars.contains(scalar) { continue }
            return ".!?:;\u{2026}".unicodeScalars.contains(scalar)
        }
        return false
    }

    /// Appends `scalar`, which came from code point `source` of the source.
    mutating func append(_ scalar: Unicode.Scalar, source: Int) {
        if source != nextSource { segments.append(OffsetMap.Segment(text: count, source: source)) }
        scalars.append(scalar)
        count += 1
        nextSource = source + 1
    }

    /// Appends each of `scalars`, all mapped to the code point `source` (for separators the source does not spell).
    mutating func appendSynthetic(_ text: String, source: Int) {
        for scalar in text.unicodeScalars {
            segments.append(OffsetMap.Segment(text: count, source: source))
            scalars.append(scalar)
            count += 1
            nextSource = nil
        }
    }

    /// The text and its map, which knows the lines of `source`, the text it was extracted from.
    func build(source: some Collection<Unicode.Scalar>) -> ExtractedText {
        ExtractedText(
            text: String(scalars),
            sourceMap: OffsetMap(segments: segments, sourceLineStarts: OffsetMap.lineStarts(of: source)))
    }
}
