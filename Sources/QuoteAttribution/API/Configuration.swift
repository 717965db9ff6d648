/// Options for the analyzer: a `Codable` value, loadable from JSON (`quotes --config FILE`).
///
/// Every key is optional in JSON; a missing key takes its default.
/// ```json
/// {"minimumConfidence": 0.5, "extraCueVerbs": ["harrumph"],
///  "knownSpeakers": [{"name": "Liz Truss", "aliases": ["the foreign secretary"], "type": "person"}]}
/// ```
public struct Configuration: Sendable, Hashable, Codable {
    /// A speaker the caller knows, with the other names that refer to it.
    public struct KnownSpeaker: Sendable, Hashable, Codable {
        /// The canonical name used in output.
        public var name: String
        /// Other names and descriptions that mean this speaker (matched ignoring case and a leading `the`).
        public var aliases: [String]
        /// The speaker type.
        public var type: SpeakerType

        /// Creates a known speaker.
        public init(name: String, aliases: [String] = [], type: SpeakerType = .person) {
            self.name = name
            self.aliases = aliases
            self.type = type
        }

        private enum CodingKeys: String, CodingKey, CaseIterable {
            case name, aliases, type
        }

        /// Decodes a known speaker: `name` is required, `aliases` and `type` default to none and `person`; an
        /// unknown key is an error.
        public init(from decoder: any Decoder) throws {
            try KnownKeys.check(decoder, against: CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
            type = try container.decodeIfPresent(SpeakerType.self, forKey: .type) ?? .person
        }
    }

    /// Attributions below this confidence are dropped (the quote stays, unattributed).
    public var minimumConfidence: Double
    /// More reporting verbs, as base forms (`harrumph`); their inflections are added.
    public var extraCueVerbs: [String]
    /// Speakers whose aliases map to one canonical name.
    public var knownSpeakers: [KnownSpeaker]
    /// Documents longer than this (UTF-8 bytes) are analysed in line-aligned parts of about this size; a value
    /// below ``minimumPartBytes`` is read as that.
    public var maximumPartBytes: Int
    /// Read a hard-wrapped text's line breaks inside its paragraphs as spaces, so that a quote wrapped over lines
    /// is one quote (see <doc:Reading>); false reads every line as a paragraph.
    public var joinsWrappedLines: Bool

    /// The smallest part size in force, and the smallest `maximumPartBytes` a JSON configuration may give.
    public static let minimumPartBytes = 1024

    /// Creates a configuration.
    public init(
        minimumConfidence: Double = 0, extraCueVerbs: [String] = [], knownSpeakers: [KnownSpeaker] = [],
        maximumPartBytes: Int = 8 << 20, joinsWrappedLines: Bool = true
    ) {
        self.minimumConfidence = minimumConfidence
        self.extraCueVerbs = extraCueVerbs
        self.knownSpeakers = knownSpeakers
        self.maximumPartBytes = maximumPartBytes
        self.joinsWrappedLines = joinsWrappedLines
    }

    /// The keys of a configuration's JSON object.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case minimumConfidence, extraCueVerbs, knownSpeakers, maximumPartBytes, joinsWrappedLines
    }

    /// The keys a configuration's JSON object may hold, in declaration order.
    public static var keys: [String] { CodingKeys.allCases.map(\.rawValue) }

    /// Decodes a configuration; missing keys take their defaults, and an unknown key is an error.
    public init(from decoder: any Decoder) throws {
        try KnownKeys.check(decoder, against: CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = Configuration()
        minimumConfidence =
            try container.decodeIfPresent(Double.self, forKey: .minimumConfidence) ?? defaults.minimumConfidence
        extraCueVerbs = try container.decodeIfPresent([String].self, forKey: .extraCueVerbs) ?? defaults.extraCueVerbs
        knownSpeakers =
            try container.decodeIfPresent([KnownSpeaker].self, forKey: .knownSpeakers) ?? defaults.knownSpeakers
        maximumPartBytes =
            try container.decodeIfPresent(Int.self, forKey: .maximumPartBytes) ?? defaults.maximumPartBytes
        joinsWrappedLines =
            try container.decodeIfPresent(Bool.self, forKey: .joinsWrappedLines) ?? defaults.joinsWrappedLines
        guard (0...1).contains(minimumConfidence) else {
            throw DecodingError.dataCorruptedError(
                forKey: .minimumConfidence, in: container, debugDescription: "must be between 0 and 1")
        }
        guard maximumPartBytes >= Configuration.minimumPartBytes else {
            throw DecodingError.dataCorruptedError(
                forKey: .maximumPartBytes, in: container,
                debugDescription: "must be at least \(Configuration.minimumPartBytes)")
        }
    }

    /// Every cue verb form in force: the built-in lexicon plus the inflections of `extraCueVerbs`.
    var cueForms: Set<String> {
        var forms = CueVerbs.forms
        for verb in extraCueVerbs { forms.formUnion(CueVerbs.inflections(of: verb.lowercased())) }
        return forms
    }
}
