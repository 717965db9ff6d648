/// One document of a gold file: the text and its hand-checked quotes (`eval/README.md`).
public struct GoldDocument: Sendable, Hashable, Codable {
    /// The document identifier.
    public var document: String
    /// The full text; quote offsets count its code points.
    public var text: String
    /// The gold quotes.
    public var quotes: [GoldQuote]

    /// Creates a gold document.
    public init(document: String, text: String, quotes: [GoldQuote]) {
        self.document = document
        self.text = text
        self.quotes = quotes
    }

    /// Decodes a document; a missing `text` is empty and missing `quotes` are none, as in `score.py`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        document = try container.decode(String.self, forKey: .document)
        text = try container.decodeIfPresent(String.self, forKey: .text) ?? ""
        quotes = try container.decodeIfPresent([GoldQuote].self, forKey: .quotes) ?? []
    }
}

/// One gold quote: its span, speaker and kind.
public struct GoldQuote: Sendable, Hashable, Codable {
    /// Code point offset of the first character of the content (marks excluded).
    public var start: Int
    /// Code point offset one past the content.
    public var end: Int
    /// The quoted text.
    public var text: String?
    /// The speaker's name, or nil when the gold does not know it.
    public var speaker: String?
    /// Other surface forms of the speaker in the text.
    public var speakerMentions: [String]
    /// `direct` or `partial` (nil when absent).
    public var kind: String?
    /// How the gold speaker was found (e.g. `corenlp-coref+recency`), when not by hand.
    public var speakerResolution: String?

    /// Creates a gold quote.
    public init(
        start: Int, end: Int, text: String? = nil, speaker: String?, speakerMentions: [String] = [],
        kind: String?, speakerResolution: String? = nil
    ) {
        self.start = start
        self.end = end
        self.text = text
        self.speaker = speaker
        self.speakerMentions = speakerMentions
        self.kind = kind
        self.speakerResolution = speakerResolution
    }

    /// The JSON field names.
    enum CodingKeys: String, CodingKey {
        case start, end, text, speaker, kind
        case speakerMentions = "speaker_mentions"
        case speakerResolution = "speaker_resolution"
    }

    /// Decodes a quote; missing mentions are none, and mentions that are not strings are dropped.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        start = try container.decode(Int.self, forKey: .start)
        end = try container.decode(Int.self, forKey: .end)
        text = try? container.decodeIfPresent(String.self, forKey: .text)
        speaker = try container.decodeIfPresent(String.self, forKey: .speaker)
        speakerMentions =
            (try? container.decodeIfPresent([String?].self, forKey: .speakerMentions))?
            .compactMap { $0 } ?? []
        kind = try container.decodeIfPresent(String.self, forKey: .kind)
        speakerResolution = try container.decodeIfPresent(String.self, forKey: .speakerResolution)
    }
}

/// One document of a prediction file: the quotes a system found in a gold document's text.
public struct PredictionDocument: Sendable, Hashable, Codable {
    /// The gold document predicted, or nil when the field is missing or not a string.
    public var document: String?
    /// The predicted quotes, including those without a valid span (the scorer counts and skips them).
    public var quotes: [PredictedQuote]

    /// Creates a prediction document.
    public init(document: String?, quotes: [PredictedQuote]) {
        self.document = document
        self.quotes = quotes
    }

    /// Decodes a document as tolerantly as `score.py` (`d.get("quotes") or []`, then `list.extend`).
    ///
    /// A list gives its items; an object or a string gives one invalid quote per key or character (what
    /// extending a Python list with them does); anything else (absent, null, a number) gives none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        document = try? container.decodeIfPresent(String.self, forKey: .document)
        if let list = try? container.decode([PredictedQuote].self, forKey: .quotes) {
            quotes = list
        } else if let object = try? container.decode([String: AnyJSON].self, forKey: .quotes) {
            quotes = Array(repeating: PredictedQuote(), count: object.count)
        } else if let string = try? container.decode(String.self, forKey: .quotes) {
            quotes = Array(repeating: PredictedQuote(), count: string.unicodeScalars.count)
        } else {
            quotes = []
        }
    }
}

/// One predicted quote: a span and a speaker, plus the rule that produced it when the system says.
public struct PredictedQuote: Sendable, Hashable, Codable {
    /// Code point offset of the first character, or nil when missing or not an integer (Python's `int()`).
    public var start: Int?
    /// Code point offset one past the last character, or nil when missing or not an integer.
    public var end: Int?
    /// The quoted text, if given.
    public var text: String?
    /// The predicted speaker, or nil (a value that is not a string counts as none).
    public var speaker: String?
    /// The id of the rule that produced the prediction, if given.
    public var rule: String?
    /// How sure the system is of the speaker, from 0 to 1, if given (a value that is not a number counts as none).
    public var confidence: Double?

    /// Creates a predicted quote.
    public init(
        start: Int? = nil, end: Int? = nil, text: String? = nil, speaker: String? = nil, rule: String? = nil,
        confidence: Double? = nil
    ) {
        self.start = start
        self.end = end
        self.text = text
        self.speaker = speaker
        self.rule = rule
        self.confidence = confidence
    }

    /// True when `start` and `end` are integers with `start < end`: only such predictions are scored.
    public var hasValidSpan: Bool {
        guard let start, let end else { return false }
        return start < end
    }

    /// The JSON field names.
    enum CodingKeys: String, CodingKey {
        case start, end, text, speaker, rule, confidence
    }

    /// Decodes a quote without ever failing: a value that is not an object is a quote with no span.
    ///
    /// `start` and `end` follow Python's `int()`: integers, floats (truncated), booleans and integer strings.
    public init(from decoder: any Decoder) throws {
        self.init()
        guard let container = try? decoder.container(keyedBy: CodingKeys.self) else { return }
        start = Self.pythonInt(container, .start)
        end = Self.pythonInt(container, .end)
        text = try? container.decodeIfPresent(String.self, forKey: .text)
        speaker = try? container.decodeIfPresent(String.self, forKey: .speaker)
        rule = try? container.decodeIfPresent(String.self, forKey: .rule)
        confidence = try? container.decodeIfPresent(Double.self, forKey: .confidence)
    }

    /// Python's `int(q[key])`, or nil where it raises.
    private static func pythonInt(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) -> Int? {
        if let value = try? container.decode(Int.self, forKey: key) { return value }
        if let value = try? container.decode(Double.self, forKey: key) { return PythonText.int(value) }
        if let value = try? container.decode(Bool.self, forKey: key) { return value ? 1 : 0 }
        if let value = try? container.decode(String.self, forKey: key) { return PythonText.int(value) }
        return nil
    }
}

/// Any JSON value, decoded and thrown away.
private struct AnyJSON: Decodable {
    init(from decoder: any Decoder) throws {}
}
