/// The entry point: finds every quote in a text and who said it.
///
/// ```swift
/// let analysis = QuoteAnalyzer().analyze(#"“We need action,” Truss said."#)
/// analysis.quotes[0].speaker  // "Truss"
/// ```
public struct QuoteAnalyzer: Sendable {
    /// The options in force.
    public let configuration: Configuration
    /// The lexicons, with the cue verb forms (the built-in ones plus the configuration's extra verbs), built once.
    private let lexicon: LexiconTable

    /// Creates an analyzer with `configuration`.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        self.lexicon = configuration.extraCueVerbs.isEmpty ? .standard : LexiconTable(cues: configuration.cueForms)
    }

    /// The part size in force: an article longer than this (UTF-8 bytes) is analysed in parts.
    ///
    /// `configuration.maximumPartBytes`, but never below `Configuration.minimumPartBytes` (a part of a few bytes
    /// would cut every quote, and none at all would never end).
    public var partBytes: Int { max(configuration.maximumPartBytes, Configuration.minimumPartBytes) }

    /// Analyses a plain string as an article with identifier `id`.
    public func analyze(_ text: String, id: String = "-") -> DocumentAnalysis {
        analyze(Article(id: id, text: text))
    }

    /// Analyses one article: runs the pipeline stages in order (after quote detection, only when it found quotes).
    ///
    /// An article longer than `configuration.maximumPartBytes` is analysed in parts cut at line breaks (quotes
    /// never cross one; a single line longer than a part is cut at a space), so time and memory stay bounded
    /// whatever the input. The rules see no context across a cut, and a speaker named in several parts is one
    /// speaker (one id) in the result.
    public func analyze(_ article: Article) -> DocumentAnalysis {
        guard article.text.utf8.count > partBytes else { return analyzeWhole(article) }
        return LargeDocument(article: article, partBytes: partBytes).analysis { analyzeWhole($0) }
    }

    /// Analyses one article as `analyze(_:)` does, but hands over the analysis of an article longer than
    /// `configuration.maximumPartBytes` part by part: `body` gets each part's analysis in turn, with offsets,
    /// lines and quote and speaker ids counted from the article's start, and the part's text. A shorter article
    /// comes whole, in one call. The results of a huge document need never be held at once.
    public func analyze(_ article: Article, inParts body: (DocumentAnalysis) -> Void) {
        guard article.text.utf8.count > partBytes else { return body(analyzeWhole(article)) }
        LargeDocument(article: article, partBytes: partBytes).forEachPart(
            { analyzeWhole($0) }, body)
    }

    private func analyzeWhole(_ article: Article) -> DocumentAnalysis {
        let document = Normalizer(joinsWrappedLines: configuration.joinsWrappedLines).document(for: article)
        let detected = QuoteDetector().quotes(in: document)
        // Nobody is quoted: the later stages (about four fifths of the analysis) would find mentions, cues and
        // speakers for no quote, and a speaker is someone quoted. Only the detector's problems are reported.
        if detected.quotes.isEmpty {
            return Assembler(configuration: configuration).analysis(document: document, problems: detected.problems)
        }
        let narration = Narration(document: document, quotes: detected.quotes, lexicon: lexicon)
        let mentions = MentionDetector().mentions(in: document, narration: narration)
        let isDialogue = Attributor.isDialogue(detected.quotes, narration)
        let attributions = Attributor().attributions(
            document: document, quotes: detected.quotes, narration: narration, mentions: mentions,
            isDialogue: isDialogue)
        let speakers = SpeakerResolver(knownSpeakers: configuration.knownSpeakers).speakers(
            document: document, quotes: detected.quotes, narration: narration, mentions: mentions,
            attributions: attributions, isDialogue: isDialogue)
        return Assembler(configuration: configuration).analysis(
            document: document, quotes: detected.quotes, problems: detected.problems, mentions: mentions.mentions,
            attributions: attributions, speakers: speakers, narration: narration)
    }
}
