/// Which quotes and speakers a report keeps, loadable from JSON (missing keys take their defaults).
public struct ReportFilter: Sendable, Hashable, Codable {
    /// Keep only the speakers whose name or an alias equals this, or if none does, those whose name or an alias
    /// ends with its words (ignoring case, punctuation and a leading `the`: apostrophes and periods are dropped, so
    /// `OBrien` matches `O'Brien`, and `Zelenskiy` matches `Volodymyr Zelenskiy`); nil keeps all.
    ///
    /// When set, the unattributed quotes are left out.
    public var speaker: String?
    /// The quote kinds counted; quotes of other kinds are left out of the report.
    public var kinds: [QuoteKind]
    /// Attributions below this confidence are dropped: the quote stays, among the unattributed quotes.
    public var minimumConfidence: Double
    /// Keep only the first `top` named speakers (the unattributed quotes are kept besides); nil keeps all.
    public var top: Int?

    /// Creates a filter; the defaults keep every direct and partial quote of every speaker.
    public init(
        speaker: String? = nil, kinds: [QuoteKind] = [.direct, .partial], minimumConfidence: Double = 0,
        top: Int? = nil
    ) {
        self.speaker = speaker
        self.kinds = kinds
        self.minimumConfidence = minimumConfidence
        self.top = top
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case speaker, kinds, minimumConfidence, top
    }

    /// Decodes a filter; absent keys take the defaults of `init()`, and an unknown key is an error.
    public init(from decoder: any Decoder) throws {
        try KnownKeys.check(decoder, against: CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = ReportFilter()
        speaker = try container.decodeIfPresent(String.self, forKey: .speaker)
        kinds = try container.decodeIfPresent([QuoteKind].self, forKey: .kinds) ?? defaults.kinds
        minimumConfidence =
            try container.decodeIfPresent(Double.self, forKey: .minimumConfidence) ?? defaults.minimumConfidence
        top = try container.decodeIfPresent(Int.self, forKey: .top)
    }

    /// Encodes every key, nulls included.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(kinds, forKey: .kinds)
        try container.encode(minimumConfidence, forKey: .minimumConfidence)
        try container.encode(top, forKey: .top)
    }
}
