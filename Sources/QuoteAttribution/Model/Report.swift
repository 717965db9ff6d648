/// One quote as listed in a report, with the article it came from.
public struct ReportQuote: Sendable, Hashable, Codable {
    /// The article's identifier.
    public var documentID: String
    /// The quote.
    public var quote: AttributedQuote
    /// Index of the article in `Report.documentIDs` (identifiers need not be unique), if known.
    public var documentIndex: Int?
    /// Creates a report entry.
    public init(documentID: String, quote: AttributedQuote, documentIndex: Int? = nil) {
        self.documentID = documentID
        self.quote = quote
        self.documentIndex = documentIndex
    }
}

/// Everything a report says about one speaker across all articles.
public struct SpeakerSummary: Sendable, Hashable, Codable {
    /// The canonical name, or nil for the unattributed quotes.
    public var name: String?
    /// The speaker type.
    public var type: SpeakerType
    /// Other names seen, sorted.
    public var aliases: [String]
    /// Titles and roles seen, sorted.
    public var titles: [String]
    /// Number of quotes of each kind, in kind order.
    public var quotesByKind: [KindCount]
    /// Number of quotes.
    public var quoteCount: Int
    /// Number of distinct articles quoting the speaker.
    public var articleCount: Int
    /// Number of words quoted.
    public var wordCount: Int
    /// Cues used, with counts, most used first then alphabetical.
    public var cues: [CueCount]
    /// The first quote, in input order.
    public var first: ReportQuote
    /// The last quote, in input order.
    public var last: ReportQuote
    /// Every quote, in input order.
    public var quotes: [ReportQuote]

    /// Creates a summary.
    public init(
        name: String?, type: SpeakerType, aliases: [String], titles: [String], quotesByKind: [KindCount],
        quoteCount: Int, articleCount: Int, wordCount: Int, cues: [CueCount], first: ReportQuote,
        last: ReportQuote, quotes: [ReportQuote]
    ) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.titles = titles
        self.quotesByKind = quotesByKind
        self.quoteCount = quoteCount
        self.articleCount = articleCount
        self.wordCount = wordCount
        self.cues = cues
        self.first = first
        self.last = last
        self.quotes = quotes
    }
}

/// A quote kind and how many quotes had it.
public struct KindCount: Sendable, Hashable, Codable {
    /// The kind.
    public var kind: QuoteKind
    /// How many.
    public var count: Int
    /// Creates a count.
    public init(kind: QuoteKind, count: Int) {
        self.kind = kind
        self.count = count
    }
}

/// A cue text (lower-cased) and how often it was used.
public struct CueCount: Sendable, Hashable, Codable {
    /// The cue, lower-cased.
    public var cue: String
    /// How often.
    public var count: Int
    /// Creates a count.
    public init(cue: String, count: Int) {
        self.cue = cue
        self.count = count
    }
}

/// The per-speaker report over one or many analyses: the only input renderers take.
public struct Report: Sendable, Hashable, Codable {
    /// The identifier of every article, in input order (identifiers need not be unique).
    public var documentIDs: [String]
    /// The analyses, in input order, when the report keeps them (``Aggregator/keepsAnalyses``; the HTML report
    /// shows each article); else empty.
    public var analyses: [DocumentAnalysis]
    /// Speakers sorted by number of quotes (descending), ties by name, then the unattributed quotes (`name` nil) as
    /// one summary, last; only the named ones are speakers, counted (`speakerCount`) and ranked.
    public var speakers: [SpeakerSummary]
    /// Total quotes counted, the unattributed ones included.
    public var quoteCount: Int
    /// The number of named speakers the filter kept before its `top` cut the list (`speakerCount` when it cut
    /// nothing).
    public var rankedSpeakerCount: Int
    /// The inputs (files or JSON Lines records) that could not be read, when the caller counted them (`quotes
    /// report` does): the report covers the others. 0 by default.
    public var unreadInputCount = 0

    /// The number of speakers: the named summaries in `speakers` (the unattributed quotes are no speaker).
    public var speakerCount: Int { speakers.count { $0.name != nil } }
    /// The number of quotes without a speaker: those of the unattributed summary, 0 when there is none.
    public var unattributedCount: Int { speakers.reduce(0) { $0 + ($1.name == nil ? $1.quoteCount : 0) } }
    /// The number of articles that some reported quote comes from (at most `documentIDs.count`).
    public var quotedArticleCount: Int {
        var quoted = Set<Int>()
        var unplaced = Set<String>()
        for speaker in speakers {
            for entry in speaker.quotes {
                if let index = entry.documentIndex { quoted.insert(index) } else { unplaced.insert(entry.documentID) }
            }
        }
        return quoted.count + unplaced.count
    }

    /// Creates a report that keeps `analyses`.
    public init(
        analyses: [DocumentAnalysis], speakers: [SpeakerSummary], quoteCount: Int, rankedSpeakerCount: Int? = nil
    ) {
        self.init(
            documentIDs: analyses.map(\.documentID), analyses: analyses, speakers: speakers, quoteCount: quoteCount,
            rankedSpeakerCount: rankedSpeakerCount)
    }

    /// Creates a report over the articles `documentIDs`, keeping `analyses` (all of them, in the same order, or
    /// none); `rankedSpeakerCount` defaults to the named speakers in `speakers`.
    public init(
        documentIDs: [String], analyses: [DocumentAnalysis], speakers: [SpeakerSummary], quoteCount: Int,
        rankedSpeakerCount: Int? = nil
    ) {
        assert(
            analyses.isEmpty || analyses.map(\.documentID) == documentIDs,
            "Report: the analyses kept must be those of documentIDs")
        self.documentIDs = documentIDs
        self.analyses = analyses
        self.speakers = speakers
        self.quoteCount = quoteCount
        self.rankedSpeakerCount = rankedSpeakerCount ?? speakers.count { $0.name != nil }
    }

    private enum CodingKeys: String, CodingKey {
        case documentIDs, analyses, speakers, quoteCount, rankedSpeakerCount, unreadInputCount
    }

    /// Decodes a report; one written before `documentIDs` existed takes them from its analyses, one written
    /// before `rankedSpeakerCount` counts its named speakers, and one written before `unreadInputCount` has 0.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let analyses = try container.decode([DocumentAnalysis].self, forKey: .analyses)
        let documentIDs =
            try container.decodeIfPresent([String].self, forKey: .documentIDs) ?? analyses.map(\.documentID)
        // What the initialiser asserts, a decoding error here: the data comes from outside.
        guard analyses.isEmpty || analyses.map(\.documentID) == documentIDs else {
            throw DecodingError.dataCorruptedError(
                forKey: .analyses, in: container, debugDescription: "the analyses kept must be those of documentIDs")
        }
        self.init(
            documentIDs: documentIDs,
            analyses: analyses, speakers: try container.decode([SpeakerSummary].self, forKey: .speakers),
            quoteCount: try container.decode(Int.self, forKey: .quoteCount),
            rankedSpeakerCount: try container.decodeIfPresent(Int.self, forKey: .rankedSpeakerCount))
        unreadInputCount = try container.decodeIfPresent(Int.self, forKey: .unreadInputCount) ?? 0
    }
}
