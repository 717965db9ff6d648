/// How far a system's confidence can be trusted: confidence bins against the precision observed in each.
///
/// Only predictions that overlap-match a gold quote with a known speaker count (the pairs behind speaker
/// accuracy and attribution): each is right or wrong about the speaker. A prediction without a confidence,
/// or with one outside 0...1, is left out of the bins and counted apart.
///
/// ```swift
/// let alignment = Scorer().align(gold: gold, predictions: predictions)
/// let table = ReliabilityTable(alignment: alignment)
/// print(table.rendered())            // one row per bin, then the expected calibration error
/// table.expectedCalibrationError     // 0.043
/// ```
public struct ReliabilityTable: Sendable, Hashable {
    /// The bin edges used by default: `[0, 0.2)`, `[0.2, 0.4)`, `[0.4, 0.6)`, `[0.6, 0.8)`, `[0.8, 1]`.
    public static let defaultEdges: [Double] = [0, 0.2, 0.4, 0.6, 0.8, 1]

    /// One confidence bin: `[lower, upper)`, closed at `upper` for the last bin.
    public struct Bin: Sendable, Hashable {
        /// The smallest confidence in the bin.
        public var lower: Double
        /// The bound above the bin (included only in the last bin).
        public var upper: Double
        /// Matched predictions whose confidence falls in the bin.
        public var matched: Int
        /// Of those, how many named the right speaker.
        public var correct: Int
        /// The sum of their confidences.
        public var confidenceSum: Double

        /// `correct / matched`, or nil for an empty bin.
        public var precision: Double? { matched > 0 ? Double(correct) / Double(matched) : nil }
        /// The mean confidence of the bin's predictions, or nil for an empty bin.
        public var meanConfidence: Double? { matched > 0 ? confidenceSum / Double(matched) : nil }
    }

    /// The bins, lowest confidence first.
    public var bins: [Bin]
    /// Matched predictions without a confidence: left out of the bins.
    public var missingConfidence: Int
    /// Matched predictions whose confidence is below the first edge, above the last or not a number: left out.
    public var outOfRange: Int

    /// Matched predictions in the bins.
    public var binned: Int { bins.reduce(0) { $0 + $1.matched } }

    /// The expected calibration error: the mean of `|precision - mean confidence|` over the bins, each
    /// weighted by its share of the binned predictions; nil when no prediction is binned.
    public var expectedCalibrationError: Double? {
        let total = binned
        guard total > 0 else { return nil }
        return bins.reduce(0.0) { sum, bin in
            guard let precision = bin.precision, let mean = bin.meanConfidence else { return sum }
            return sum + Double(bin.matched) / Double(total) * abs(precision - mean)
        }
    }

    /// Bins the predictions of `alignment` that overlap-match a gold quote whose speaker is known.
    ///
    /// - Parameters:
    ///   - alignment: predictions lined up with the gold by ``Scorer/align(gold:predictions:kinds:ignoreResolution:)``.
    ///   - edges: increasing bin edges, at least two (default ``defaultEdges``).
    public init(alignment: EvaluationAlignment, edges: [Double] = defaultEdges) {
        var samples: [(confidence: Double?, correct: Bool)] = []
        for document in alignment.documents {
            for (gold, prediction) in document.matches where document.speakerKnown[gold] {
                samples.append((document.predictions[prediction].confidence, document.attributed[gold]))
            }
        }
        self.init(samples: samples, edges: edges)
    }

    /// Bins `(confidence, correct)` pairs directly: one per prediction matched to a gold quote with a known speaker.
    ///
    /// - Parameters:
    ///   - samples: each prediction's confidence (nil when it gave none) and whether its speaker was right.
    ///   - edges: increasing bin edges, at least two (default ``defaultEdges``).
    public init(samples: [(confidence: Double?, correct: Bool)], edges: [Double] = defaultEdges) {
        precondition(
            edges.count >= 2 && zip(edges, edges.dropFirst()).allSatisfy { $0 < $1 },
            "ReliabilityTable: edges must be at least two increasing values")
        var bins = zip(edges, edges.dropFirst()).map {
            Bin(lower: $0, upper: $1, matched: 0, correct: 0, confidenceSum: 0)
        }
        var missing = 0
        var outOfRange = 0
        for sample in samples {
            guard let confidence = sample.confidence else {
                missing += 1
                continue
            }
            guard let index = Self.bin(of: confidence, edges: edges) else {
                outOfRange += 1
                continue
            }
            bins[index].matched += 1
            bins[index].confidenceSum += confidence
            if sample.correct { bins[index].correct += 1 }
        }
        self.bins = bins
        missingConfidence = missing
        self.outOfRange = outOfRange
    }

    /// The index of the bin holding `confidence`, or nil outside `edges.first...edges.last` (or NaN).
    ///
    /// Compares with the edges themselves, so a confidence written as `0.6` lands in `[0.6, 0.8)`.
    static func bin(of confidence: Double, edges: [Double]) -> Int? {
        guard confidence >= edges[0], confidence <= edges[edges.count - 1] else { return nil }
        return (1..<edges.count).first { confidence < edges[$0] }.map { $0 - 1 } ?? edges.count - 2
    }

    /// The table: bin, matched, correct, precision, mean confidence, then the calibration error and what
    /// was left out (three decimals; `n/a` for an empty bin).
    public func rendered() -> String {
        typealias F = PythonFormat
        let widths = [14, 10, 10, 11, 11]
        var lines = [F.row(["confidence", "matched", "correct", "precision", "mean conf"], widths: widths)]
        for (index, bin) in bins.enumerated() {
            let label = "[\(F.repr(bin.lower)),\(F.repr(bin.upper))" + (index == bins.count - 1 ? "]" : ")")
            lines.append(
                F.row(
                    [
                        label, String(bin.matched), String(bin.correct),
                        bin.precision.map { F.fixed($0, 3) } ?? "n/a",
                        bin.meanConfidence.map { F.fixed($0, 3) } ?? "n/a",
                    ], widths: widths))
        }
        let ece = expectedCalibrationError.map { F.fixed($0, 3) } ?? "n/a"
        lines += ["", "expected calibration error: \(ece) (over \(binned) matched predictions)"]
        lines.append("left out: \(missingConfidence) without a confidence, \(outOfRange) out of range")
        return lines.joined(separator: "\n")
    }
}
