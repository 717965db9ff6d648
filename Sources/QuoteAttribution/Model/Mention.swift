/// A grammatical gender inferred for a mention or speaker.
public enum Gender: String, Sendable, Hashable, Codable {
    /// He.
    case male
    /// She.
    case female
    /// It: an organisation, place or thing.
    case neuter
    /// Not known.
    case unknown

    /// True when a pronoun of `other` could refer to something of this gender.
    func isCompatible(with other: Gender) -> Bool {
        self == .unknown || other == .unknown || self == other
    }
}

/// What kind of speaker a mention or speaker is.
public enum SpeakerType: String, Sendable, Hashable, Codable, CaseIterable {
    /// A named person.
    case person
    /// A company, party, agency, newspaper or other body.
    case organisation
    /// A government, capital or country standing for its government (`Kyiv`, `the Kremlin`).
    case government
    /// An unnamed source (`a senior official`, `officials`).
    case anonymous
    /// Not known.
    case unknown

    /// Decodes a type from its raw value; the US spelling `organization` is read as `organisation`.
    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let type = SpeakerType(rawValue: raw == "organization" ? "organisation" : raw) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription: "unknown speaker type \"\(raw)\" (known: "
                        + SpeakerType.allCases.map(\.rawValue).joined(separator: ", ") + ")"))
        }
        self = type
    }
}

/// A place in the narration that may name a speaker: a name, a pronoun or a description.
public struct Mention: Sendable, Hashable, Codable, Identifiable {
    /// What form the mention takes.
    public enum Form: String, Sendable, Hashable, Codable {
        /// A proper name, with any title: `British Foreign Secretary Liz Truss`.
        case name
        /// A personal pronoun: `she`, `they`.
        case pronoun
        /// A description: `the foreign secretary`, `a senior official`, `his host`.
        case nominal
    }

    /// Position in the document's mention list.
    public var id: Int
    /// The whole mention as written.
    public var range: TextRange
    /// The text of `range`.
    public var text: String
    /// The naming part without titles or possessive prefix (`Liz Truss`); the text itself for pronouns.
    public var name: String
    // (Spelled `Optional<String>`, not `String?`: a `T?` stored property starts as nil, so the explicit initialiser
    // assigns it, and each new mention was copied.)
    /// A title or role written with the name (`British Foreign Secretary`), if any.
    public var title: Optional<String>
    /// The form of the mention.
    public var form: Form
    /// The type of speaker it denotes, as far as the mention shows.
    public var type: SpeakerType
    /// The gender the mention shows (from a pronoun, a title or a first name).
    public var gender: Gender
    /// True for plural mentions (`they`, `officials`).
    public var isPlural: Bool
    /// True when the mention stands as the subject at the start of its clause.
    public var isSubject: Bool

    /// Creates a mention.
    public init(
        id: Int, range: TextRange, text: String, name: String, title: String?, form: Form,
        type: SpeakerType, gender: Gender, isPlural: Bool, isSubject: Bool
    ) {
        self.id = id
        self.range = range
        self.text = text
        self.name = name
        self.title = title
        self.form = form
        self.type = type
        self.gender = gender
        self.isPlural = isPlural
        self.isSubject = isSubject
    }
}
