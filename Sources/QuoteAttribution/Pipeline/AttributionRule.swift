/// One ordered step of the attribution sieve: looks at one quote and may attribute it.
///
/// Rules run in `Attributor.rules` order; a later rule only sees quotes still unattributed. Each rule
/// carries its own examples, which the tests run (as SwiftLint does with its rules).
protocol AttributionRule: Sendable {
    /// The stable snake_case id shown in the output.
    static var id: String { get }
    /// One sentence on what the rule recognises.
    static var summary: String { get }
    /// Texts the rule must attribute, each with the speaker expected for its first quote.
    static var examples: [RuleExample] { get }
    /// The decision for `quote` (its attribution, as the sieve keeps it), or nil when the rule does not apply.
    func attribute(_ quote: Int, in context: AttributionContext) -> Decision?
}

/// A rule's attribution of a quote inside the sieve: an `Attribution` with the byte ranges of its texts and the
/// rule's type for its id. It is trivially copyable, so a decision goes from a rule to `AttributionContext.decided`
/// as plain bytes: an `Attribution?` (136 bytes with Strings) went through its value witnesses at each step (a copy
/// out of the rule, an assignment, a destruction; about 150 instructions each). `Attributor` makes the texts and the
/// rule's id once, for the decisions kept (`AttributionContext.attribution(of:)`).
struct Decision {
    /// `Attribution.Source`, with a label's byte range for its span.
    enum Source {
        /// A mention in the narration.
        case mention(Int)
        /// The same speaker as another quote.
        case sameSpeakerAs(quote: Int)
        /// The last speaker before the given quote's speaker who is someone else.
        case otherSpeakerThan(quote: Int)
        /// A speaker label (`PENCE:`), by its bytes (`Document.text` of them is its text).
        case label(TextRange)
    }

    /// The quote attributed.
    var quote: Int
    /// Where the speaker comes from.
    var source: Source
    /// The bytes of the cue (`AttributionContext.span`), if any.
    var cue: Optional<TextRange>
    /// The bytes of the addressee (`AttributionContext.span`), if any. (Every field is
    /// trivially copyable, so a `T?` default costs nothing here, unlike in `Attribution`.)
    var addressee: TextRange? = nil
    /// The rule that decided (its `id` is the attribution's rule).
    var rule: any AttributionRule.Type
    /// How likely the attribution is right, in [0, 1].
    var confidence: Double
}

/// A rule's example: a text and the speaker expected for its quote number `quote` (0-based).
struct RuleExample: Sendable {
    var text: String
    var speaker: String?
    var quote: Int = 0
}

extension AttributionRule {
    /// The id of an instance's rule.
    var id: String { Self.id }
}
