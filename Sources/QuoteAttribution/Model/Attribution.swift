/// A span of narration with its text: a cue, a speaker mention or an addressee.
public struct TextSpan: Sendable, Hashable, Codable {
    /// Byte range in the document.
    public var range: TextRange
    /// The text of the range.
    public var text: String

    /// Creates a span.
    public init(range: TextRange, text: String) {
        self.range = range
        self.text = text
    }
}

/// The decision of one attribution rule for one quote.
public struct Attribution: Sendable, Hashable, Codable {
    /// Where the speaker comes from.
    public enum Source: Sendable, Hashable, Codable {
        /// A mention in the narration (a name, pronoun or description).
        case mention(Int)
        /// The same speaker as another quote.
        case sameSpeakerAs(quote: Int)
        /// Turn-taking: the last speaker before the given quote's speaker who is someone else.
        case otherSpeakerThan(quote: Int)
        /// A speaker named by a transcript label inside the quote (`"PENCE: Well, look …"`).
        case label(TextSpan)
    }

    /// The quote attributed.
    public var quote: Int
    /// Where the speaker comes from.
    public var source: Source
    // (`Optional<T>`, not `T?`: a `T?` stored property starts as nil, so the explicit initialiser assigns it, and
    // each new value was copied.)
    /// The cue (`said`, `told reporters`, `according to`), when one was found.
    public var cue: Optional<TextSpan>
    /// Who was spoken to, when stated (`reporters`, `AFP`, `Elinor`).
    public var addressee: Optional<TextSpan>
    /// The stable snake_case id of the rule that decided.
    public var rule: String
    /// How likely the attribution is right, in [0, 1].
    public var confidence: Double

    /// Creates an attribution.
    public init(
        quote: Int, source: Source, cue: TextSpan?, addressee: TextSpan? = nil, rule: String,
        confidence: Double
    ) {
        self.quote = quote
        self.source = source
        self.cue = cue
        self.addressee = addressee
        self.rule = rule
        self.confidence = confidence
    }
}
