/// What kind of quotation a quoted span is.
public enum QuoteKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A whole utterance in marks: `"We need to act," she said.`
    case direct
    /// Quoted words inside reported speech: `NATO said it was a "dangerous moment".`
    case partial
    /// Words in marks that nobody is quoted as saying (scare quotes, titles, terms).
    case scare
    /// A heading or title in marks on its own line.
    case heading

    /// True for the kinds that the evaluation contract counts as quotes.
    public var isQuotation: Bool { self == .direct || self == .partial }

    /// Orders kinds in declaration order.
    public static func < (lhs: QuoteKind, rhs: QuoteKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A quoted span found by the detector, before attribution.
public struct Quote: Sendable, Hashable, Codable, Identifiable {
    /// Position in the document's quote list.
    public var id: Int
    /// The span including its marks.
    public var range: TextRange
    /// The content without marks (never crosses a line break).
    public var content: TextRange
    /// The opening mark, e.g. `“`.
    public var openingMark: String
    // (Spelled `Optional<String>`, not `String?`: a `T?` stored property starts as nil, so the explicit initialiser
    // assigns it, and each new quote was copied.)
    /// The closing mark, or nil when the paragraph ended first.
    public var closingMark: Optional<String>
    /// Index of the paragraph holding the quote.
    public var paragraph: Int
    /// The kind the detector sees from the quote's shape and place.
    public var kind: QuoteKind
    /// True when this quote continues an unclosed quote of the previous paragraph.
    public var continuesPrevious: Bool

    /// Creates a quote.
    public init(
        id: Int, range: TextRange, content: TextRange, openingMark: String, closingMark: String?,
        paragraph: Int, kind: QuoteKind, continuesPrevious: Bool = false
    ) {
        self.id = id
        self.range = range
        self.content = content
        self.openingMark = openingMark
        self.closingMark = closingMark
        self.paragraph = paragraph
        self.kind = kind
        self.continuesPrevious = continuesPrevious
    }
}
