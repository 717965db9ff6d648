/// Scores quote-attribution predictions against gold, reproducing `eval/score.py` metric for metric.
///
/// ```swift
/// let gold = try JSONLines.read(GoldDocument.self, path: "gold.jsonl")
/// let predictions = try JSONLines.read(PredictionDocument.self, path: "pred.jsonl")
/// print(Scorer().score(gold: gold, predictions: predictions).table())
/// ```
public struct Scorer: Sendable {
    /// Creates a scorer.
    public init() {}

    /// Scores `predictions` against `gold`: `score.py`'s `score(gold, pred, kinds, ignore_resolution)`.
    ///
    /// - Parameters:
    ///   - gold: the gold documents.
    ///   - predictions: the predicted documents, matched to the gold by document identifier.
    ///   - kinds: the gold kinds to score (nil: all).
    ///   - ignoreResolution: gold speakers whose `speaker_resolution` is one of these count as unknown.
    public func score(
        gold: [GoldDocument], predictions: [PredictionDocument], kinds: Set<String>? = nil,
        ignoreResolution: Set<String>? = nil
    ) -> EvaluationResult {
        align(gold: gold, predictions: predictions, kinds: kinds, ignoreResolution: ignoreResolution).result
    }

    /// Lines predictions up with gold quotes, document by document: the data behind every metric.
    public func align(
        gold: [GoldDocument], predictions: [PredictionDocument], kinds: Set<String>? = nil,
        ignoreResolution: Set<String>? = nil
    ) -> EvaluationAlignment {
        var predicted: [[UInt8]?: [PredictedQuote]] = [:]
        for document in predictions {
            predicted[document.document.map(PythonText.key), default: []] += document.quotes
        }
        let kindKeys = kinds.map { Set($0.map(PythonText.key)) }
        let ignored = Set((ignoreResolution ?? []).map(PythonText.key))
        let documents = gold.map { document in
            DocumentAlignment(
                gold: document, predictions: predicted[PythonText.key(document.document)] ?? [], kinds: kindKeys,
                ignoredResolutions: ignored)
        }
        let goldIDs = Set(gold.map { PythonText.key($0.document) })
        let unknown = predicted.keys.filter { $0.map { !goldIDs.contains($0) } ?? true }.count
        return EvaluationAlignment(documents: documents, kinds: kinds, unknownDocuments: unknown)
    }
}

/// A whole prediction set lined up with the gold.
public struct EvaluationAlignment: Sendable {
    /// One alignment per gold document, in gold order.
    public let documents: [DocumentAlignment]
    /// The gold kinds scored (nil: all).
    public let kinds: Set<String>?
    /// Distinct predicted document identifiers not in the gold (all missing or non-string ones count as one).
    public let unknownDocuments: Int

    /// The metrics, as `score.py` computes them.
    public var result: EvaluationResult { EvaluationResult(self) }
}

/// How the predictions for one gold document line up with its gold quotes.
public struct DocumentAlignment: Sendable {
    /// The gold document.
    public let gold: GoldDocument
    /// The gold quotes scored (those of the selected kinds), in gold order.
    public let goldQuotes: [GoldQuote]
    /// The predictions with a valid span, in prediction order.
    public let predictions: [PredictedQuote]
    /// Predictions skipped because their span was missing, not an integer or empty.
    public let invalidPredictions: Int
    /// One-to-one matches on raw offsets.
    public let strictMatches: Int
    /// One-to-one matches on trimmed offsets.
    public let exactMatches: Int
    /// The overlap match: the index in `predictions` matched to each matched index in `goldQuotes`.
    public let matches: [Int: Int]
    /// For each gold quote: its speaker is known (non-empty and not set aside by its resolution).
    public let speakerKnown: [Bool]
    /// For each gold quote: its speaker is known and the overlap-matched prediction names it.
    public let attributed: [Bool]

    init(gold: GoldDocument, predictions: [PredictedQuote], kinds: Set<[UInt8]>?, ignoredResolutions: Set<[UInt8]>) {
        let goldQuotes = gold.quotes.filter { quote in
            kinds.map { kinds in quote.kind.map { kinds.contains(PythonText.key($0)) } ?? false } ?? true
        }
        let valid = predictions.filter(\.hasValidSpan)
        let text = Array(gold.text.unicodeScalars)
        let goldRaw = goldQuotes.map { SpanMatching.Span(start: $0.start, end: $0.end) }
        let predictedRaw = valid.map { SpanMatching.Span(start: $0.start!, end: $0.end!) }
        let goldTrimmed = goldRaw.map { SpanMatching.trim($0, in: text) }
        let predictedTrimmed = predictedRaw.map { SpanMatching.trim($0, in: text) }
        let matches = Dictionary(uniqueKeysWithValues: SpanMatching.overlapMatch(goldTrimmed, predictedTrimmed))
        let known = goldQuotes.map { quote in
            !(quote.speaker ?? "").isEmpty
                && !(quote.speakerResolution.map { ignoredResolutions.contains(PythonText.key($0)) } ?? false)
        }
        self.gold = gold
        self.goldQuotes = goldQuotes
        self.predictions = valid
        invalidPredictions = predictions.count - valid.count
        strictMatches = SpanMatching.exactMatches(goldRaw, predictedRaw)
        exactMatches = SpanMatching.exactMatches(goldTrimmed, predictedTrimmed)
        self.matches = matches
        speakerKnown = known
        attributed = goldQuotes.indices.map { index in
            guard known[index], let match = matches[index] else { return false }
            let quote = goldQuotes[index]
            return SpeakerMatcher.isCorrect(
                predicted: valid[match].speaker, gold: quote.speaker, mentions: quote.speakerMentions)
        }
    }
}

/// `score.py`'s span functions: trimming, one-to-one exact matching and greedy overlap matching.
enum SpanMatching {
    /// A half-open code point span; after trimming, `start` may exceed `end` for spans outside the text.
    struct Span: Hashable {
        var start: Int
        var end: Int
    }

    /// `trim_span`: clamps to the text, then trims white space, quotation marks and edge punctuation.
    static func trim(_ span: Span, in text: [Unicode.Scalar]) -> Span {
        var start = max(0, span.start)
        var end = text.isEmpty ? span.end : min(text.count, span.end)
        func trimmable(_ index: Int) -> Bool {
            guard index < text.count else { return false }
            let c = text[index]
            return PythonText.isSpace(c) || quoteMarks.contains(c) || edgePunctuation.contains(c)
        }
        while start < end, trimmable(start) { start += 1 }
        while end > start, trimmable(end - 1) { end -= 1 }
        return Span(start: start, end: end)
    }

    /// `QUOTE_MARKS`.
    static let quoteMarks = Set(
        "\"'`\u{201C}\u{201D}\u{201E}\u{201F}\u{2018}\u{2019}\u{201A}\u{201B}\u{AB}\u{BB}\u{2039}\u{203A}\u{FF02}"
            .unicodeScalars)
    /// `EDGE_PUNCT`.
    static let edgePunctuation = Set(".,;:!?\u{2026}".unicodeScalars)

    /// `overlap_match`: pairs (gold, prediction) overlapping by at least half the longer span, taken
    /// greedily by overlap size, then gold index, then prediction index.
    static func overlapMatch(_ gold: [Span], _ predicted: [Span]) -> [(Int, Int)] {
        var candidates: [(overlap: Int, gold: Int, predicted: Int)] = []
        for (g, gs) in gold.enumerated() {
            for (p, ps) in predicted.enumerated() {
                let overlap = min(gs.end, ps.end) - max(gs.start, ps.start)
                if overlap > 0, 2 * overlap >= max(gs.end - gs.start, ps.end - ps.start) {
                    candidates.append((overlap, g, p))
                }
            }
        }
        candidates.sort { ($0.overlap, $1.gold, $1.predicted) > ($1.overlap, $0.gold, $0.predicted) }
        var usedGold = Set<Int>()
        var usedPredicted = Set<Int>()
        var pairs: [(Int, Int)] = []
        for (_, g, p) in candidates where !usedGold.contains(g) && !usedPredicted.contains(p) {
            usedGold.insert(g)
            usedPredicted.insert(p)
            pairs.append((g, p))
        }
        return pairs
    }

    /// `exact_matches`: the size of the multiset intersection of the two span lists.
    static func exactMatches(_ gold: [Span], _ predicted: [Span]) -> Int {
        var pool: [Span: Int] = [:]
        for span in predicted { pool[span, default: 0] += 1 }
        var count = 0
        for span in gold where pool[span, default: 0] > 0 {
            pool[span]! -= 1
            count += 1
        }
        return count
    }
}
