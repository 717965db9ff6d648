/// The entry point: finds every quote in a text and who said it.
///
/// ```swift
/// let analysis = QuoteAnalyzer().analyze(#"“We need action,” Truss said."#)
/// analysis.quotes[0].speaker  // "Truss"
/// ```
public struct QuoteAnalyzer: Sendable {
    /// The options in force.
    public let configuration: Configuration

    /// Creates an analyzer with `configuration`.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Analyses a plain string as an article with identifier `id`.
    public func analyze(_ text: String, id: String = "-") -> DocumentAnalysis {
        analyze(Article(id: id, text: text))
    }

    /// Analyses one article: runs every pipeline stage in order.
    public func analyze(_ article: Article) -> DocumentAnalysis {
        let document = Normalizer().document(for: article)
        let detected = QuoteDetector().quotes(in: document)
        let narration = Narration(document: document, quotes: detected.quotes)
        let mentions = MentionDetector().mentions(in: document, narration: narration)
        let attributions = Attributor().attributions(
            document: document, quotes: detected.quotes, narration: narration, mentions: mentions)
        let speakers = SpeakerResolver().speakers(
            quotes: detected.quotes, narration: narration, mentions: mentions, attributions: attributions)
        return Assembler(configuration: configuration).analysis(
            document: document, quotes: detected.quotes, problems: detected.problems, mentions: mentions.mentions,
            attributions: attributions, speakers: speakers)
    }
}
