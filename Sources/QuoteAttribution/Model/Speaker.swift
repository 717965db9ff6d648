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
    /// The mentions that refer to this speaker, in text order.
    public var mentions: [Int]

    /// Creates a speaker.
    public init(
        id: Int, name: String, type: SpeakerType, gender: Gender, aliases: [String], titles: [String],
        mentions: [Int]
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.gender = gender
        self.aliases = aliases
        self.titles = titles
        self.mentions = mentions
    }
}
