/// One person or body in a document, with every mention that refers to it.
public struct Speaker: Sendable, Hashable, Codable, Identifiable {
    /// Position in the document's speaker list.
    public var id: Int
    /// The canonical name: the fullest naming form seen (`Liz Truss`).
    public var name: String
    /// The type of speaker.
    public var type: SpeakerType
    /// The gender seen (`unknown` when no pronoun, title or first name showed one).
    public var gender: Gender
    /// Every other surface form seen (`Truss`, `British Foreign Secretary Liz Truss`), sorted.
    public var aliases: [String]
    /// Titles and roles seen with the name, sorted.
    public var titles: [String]
    /// The mentions that refer to this speaker, in text order: indices into the analyzer's own list of mentions,
    /// which an analysis does not carry. Their number is how often the document refers to the speaker.
    public var mentions: [Int]
    /// True when the speaker is known only by a description (`a spokesperson`, `the mayor`), never by a name.
    ///
    /// Descriptions denote someone only within their document: a report never merges them across articles.
    public var isDescription: Bool

    /// Creates a speaker.
    public init(
        id: Int, name: String, type: SpeakerType, gender: Gender, aliases: [String], titles: [String],
        mentions: [Int], isDescription: Bool = false
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.gender = gender
        self.aliases = aliases
        self.titles = titles
        self.mentions = mentions
        self.isDescription = isDescription
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, type, gender, aliases, titles, mentions, isDescription
    }

    /// Decodes a speaker; one written before `isDescription` existed is a named one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(Int.self, forKey: .id), name: try container.decode(String.self, forKey: .name),
            type: try container.decode(SpeakerType.self, forKey: .type),
            gender: try container.decode(Gender.self, forKey: .gender),
            aliases: try container.decode([String].self, forKey: .aliases),
            titles: try container.decode([String].self, forKey: .titles),
            mentions: try container.decode([Int].self, forKey: .mentions),
            isDescription: try container.decodeIfPresent(Bool.self, forKey: .isDescription) ?? false)
    }
}
