/// One quote with everything decided about it: span, kind, cue, speaker, rule and confidence.
///
/// All values are final: renderers print them and compute nothing.
public struct AttributedQuote: Sendable, Hashable, Codable, Identifiable {
    // (Optional fields are spelled `Optional<T>`, not `T?`: a `T?` stored property starts as nil, so the explicit
    // initialiser assigns it rather than initialises it, and Swift 6.3 then copies and destroys every new value.)
    /// Position in the document's quote list.
    public var id: Int
    /// The content without marks, in code points of the article text (the evaluation contract).
    public var span: CodePointSpan
    /// The same content in the raw input file, when the text was extracted from Markdown or HTML: its offsets,
    /// line and column count the file's code points (for an article made in the library, the line and column
    /// are the text's unless its `OffsetMap` knows the source's lines).
    public var sourceSpan: Optional<CodePointSpan>
    /// Where a reader finds the quote in the input file: `sourceSpan` when the text was extracted from markup,
    /// else `span`.
    public var location: CodePointSpan { sourceSpan ?? span }
    /// The quoted text without marks.
    public var text: String
    /// The kind of quotation.
    public var kind: QuoteKind
    /// The opening mark.
    public var openingMark: String
    /// The closing mark, or nil when the quote ran to the end of its paragraph.
    public var closingMark: Optional<String>
    /// The speaker's canonical name (never a pronoun), or nil when unknown.
    public var speaker: Optional<String>
    /// Index into the analysis' `speakers`, or nil.
    public var speakerID: Optional<Int>
    /// The mention the rule linked the quote to (`she`, `Truss`), with its span, if any.
    public var mention: Optional<QuoteSpanText>
    /// The cue (`said`, `told reporters`, `according to`), if any.
    public var cue: Optional<QuoteSpanText>
    /// Who was spoken to, when stated.
    public var addressee: Optional<QuoteSpanText>
    /// The stable id of the rule that decided, or nil when no rule fired.
    public var rule: Optional<String>
    /// How likely the attribution is right, in [0, 1]; 0 when unattributed.
    public var confidence: Double

    /// Creates an attributed quote.
    public init(
        id: Int, span: CodePointSpan, sourceSpan: CodePointSpan?, text: String, kind: QuoteKind, openingMark: String,
        closingMark: String?, speaker: String?, speakerID: Int?, mention: QuoteSpanText?, cue: QuoteSpanText?,
        addressee: QuoteSpanText?, rule: String?, confidence: Double
    ) {
        self.id = id
        self.span = span
        self.sourceSpan = sourceSpan
        self.text = text
        self.kind = kind
        self.openingMark = openingMark
        self.closingMark = closingMark
        self.speaker = speaker
        self.speakerID = speakerID
        self.mention = mention
        self.cue = cue
        self.addressee = addressee
        self.rule = rule
        self.confidence = confidence
    }
}

/// A piece of narration with its code point span, as reported to users.
public struct QuoteSpanText: Sendable, Hashable, Codable {
    /// The text.
    public var text: String
    /// Code point offsets into the article text.
    public var start: Int
    /// One past the last code point.
    public var end: Int

    /// Creates a span with text.
    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// Everything found in one article: quotes with speakers, the speakers, and diagnostics.
public struct DocumentAnalysis: Sendable, Hashable, Codable {
    /// The article's identifier.
    public var documentID: String
    /// The analysed text.
    public var text: String
    /// Every quoted span in text order, headings and scare quotes included (filter on `kind`).
    public var quotes: [AttributedQuote]
    /// The speakers of this document, in order of first quote.
    public var speakers: [Speaker]
    /// Non-fatal findings.
    public var diagnostics: [Diagnostic]

    /// Creates an analysis.
    public init(
        documentID: String, text: String, quotes: [AttributedQuote], speakers: [Speaker], diagnostics: [Diagnostic]
    ) {
        self.documentID = documentID
        self.text = text
        self.quotes = quotes
        self.speakers = speakers
        self.diagnostics = diagnostics
    }

    /// The quotes that count as quotations (direct and partial).
    public var quotations: [AttributedQuote] { quotes.filter { $0.kind.isQuotation } }

    /// The speaker of `quote` (one of this analysis' quotes), or nil when it has none.
    public func speaker(of quote: AttributedQuote) -> Speaker? {
        quote.speakerID.flatMap { speakers.indices.contains($0) ? speakers[$0] : nil }
    }

    /// The characters of `text` that `span` covers (code point offsets, as every span of the analysis has), or
    /// nil when the span does not fit in the text: `analysis.text(of: quote.span)` is the quote's content.
    public func text(of span: CodePointSpan) -> Substring? {
        span.range(in: text).map { text.unicodeScalars[$0] }.map(Substring.init)
    }
}
