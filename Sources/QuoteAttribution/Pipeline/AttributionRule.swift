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
    /// The attribution for `quote`, or nil when the rule does not apply.
    func attribute(_ quote: Int, in context: AttributionContext) -> Attribution?
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
