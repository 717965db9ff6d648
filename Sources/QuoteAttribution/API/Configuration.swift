/// Options for the analyzer, loadable from JSON.
public struct Configuration: Sendable, Hashable, Codable {
    /// Attributions below this confidence are dropped (the quote stays, unattributed).
    public var minimumConfidence: Double
    /// Creates a configuration.
    public init(minimumConfidence: Double = 0) {
        self.minimumConfidence = minimumConfidence
    }
}
