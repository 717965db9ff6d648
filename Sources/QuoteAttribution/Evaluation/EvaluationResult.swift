/// The metrics of one evaluation: `score.py`'s result object, field for field.
public struct EvaluationResult: Sendable, Hashable {
    /// Number of gold documents.
    public var documents: Int
    /// The gold kinds scored, sorted by code point, or nil for all.
    public var kinds: [String]?
    /// Quote detection on trimmed spans.
    public var quoteExact: PrecisionRecall
    /// Quote detection on raw offsets.
    public var quoteStrict: PrecisionRecall
    /// Quote detection by overlap of at least half the longer span.
    public var quoteOverlap: PrecisionRecall
    /// Correct speakers over overlap-matched quotes whose gold speaker is known; nil when there are none.
    public var speakerAccuracy: Double?
    /// Overlap-matched quotes whose gold speaker is known.
    public var speakerN: Int
    /// Of those, how many have the right speaker.
    public var speakerCorrect: Int
    /// End to end: overlap-matched and the right speaker (gold quotes without a speaker left out).
    public var attribution: PrecisionRecall
    /// Gold quotes whose speaker is null or set aside.
    public var goldQuotesWithoutSpeaker: Int
    /// Recalls per gold kind, sorted by kind.
    public var byKind: [KindScore]
    /// Predicted documents not in the gold.
    public var unknownDocuments: Int
    /// Predictions skipped for lack of a valid span.
    public var invalidPredictions: Int
}

/// Precision, recall and F1 rounded to 4 decimals as Python's `round` does, with the counts behind them.
public struct PrecisionRecall: Sendable, Hashable {
    /// True positives over predictions.
    public var precision: Double
    /// True positives over gold.
    public var recall: Double
    /// The harmonic mean of precision and recall.
    public var f1: Double
    /// True positives.
    public var tp: Int
    /// Predictions counted.
    public var pred: Int
    /// Gold items counted.
    public var gold: Int

    /// `score.py`'s `prf(tp, npred, ngold)`.
    public init(tp: Int, pred: Int, gold: Int) {
        let p = pred > 0 ? Double(tp) / Double(pred) : 0
        let r = gold > 0 ? Double(tp) / Double(gold) : 0
        let f = p + r > 0 ? 2 * p * r / (p + r) : 0
        precision = PythonFormat.round(p, 4)
        recall = PythonFormat.round(r, 4)
        f1 = PythonFormat.round(f, 4)
        self.tp = tp
        self.pred = pred
        self.gold = gold
    }
}

/// Recall figures for the gold quotes of one kind.
public struct KindScore: Sendable, Hashable {
    /// The gold kind (`?` when a gold quote has none).
    public var kind: String
    /// Gold quotes of this kind.
    public var gold: Int
    /// Overlap-matched share, or nil without gold quotes.
    public var recallOverlap: Double?
    /// Correctly attributed share of those with a known speaker, or nil when none has one.
    public var attributionRecall: Double?
}

extension EvaluationResult {
    /// Sums the alignment up exactly as `score.py`'s `score` loop does.
    init(_ alignment: EvaluationAlignment) {
        struct KindCounts {
            var gold = 0, matched = 0, attributionGold = 0, attributionCorrect = 0
        }
        var gold = 0
        var predicted = 0
        var exact = 0
        var strict = 0
        var overlap = 0
        var invalid = 0
        var speakerN = 0
        var speakerCorrect = 0
        var attributionGold = 0
        var attributionPredicted = 0
        var kinds: [[UInt8]: KindCounts] = [:]
        for document in alignment.documents {
            gold += document.goldQuotes.count
            predicted += document.predictions.count
            strict += document.strictMatches
            exact += document.exactMatches
            overlap += document.matches.count
            invalid += document.invalidPredictions
            var unknownMatched = 0
            for (index, quote) in document.goldQuotes.enumerated() {
                let kind = PythonText.key(quote.kind ?? "?")
                let known = document.speakerKnown[index]
                kinds[kind, default: KindCounts()].gold += 1
                if known { kinds[kind]!.attributionGold += 1 }
                guard document.matches[index] != nil else { continue }
                kinds[kind]!.matched += 1
                guard known else {
                    unknownMatched += 1
                    continue
                }
                speakerN += 1
                if document.attributed[index] {
                    speakerCorrect += 1
                    kinds[kind]!.attributionCorrect += 1
                }
            }
            attributionGold += document.speakerKnown.filter { $0 }.count
            attributionPredicted += document.predictions.count - unknownMatched
        }
        func ratio(_ n: Int, _ d: Int) -> Double? { d > 0 ? PythonFormat.round(Double(n) / Double(d), 4) : nil }
        documents = alignment.documents.count
        self.kinds = alignment.kinds.flatMap { $0.isEmpty ? nil : $0.sorted(by: PythonText.less) }
        quoteExact = PrecisionRecall(tp: exact, pred: predicted, gold: gold)
        quoteStrict = PrecisionRecall(tp: strict, pred: predicted, gold: gold)
        quoteOverlap = PrecisionRecall(tp: overlap, pred: predicted, gold: gold)
        speakerAccuracy = ratio(speakerCorrect, speakerN)
        self.speakerN = speakerN
        self.speakerCorrect = speakerCorrect
        attribution = PrecisionRecall(tp: speakerCorrect, pred: attributionPredicted, gold: attributionGold)
        goldQuotesWithoutSpeaker = gold - attributionGold
        byKind = kinds.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map { key, counts in
            KindScore(
                kind: String(decoding: key, as: UTF8.self), gold: counts.gold,
                recallOverlap: ratio(counts.matched, counts.gold),
                attributionRecall: ratio(counts.attributionCorrect, counts.attributionGold))
        }
        unknownDocuments = alignment.unknownDocuments
        invalidPredictions = invalid
    }
}

extension EvaluationResult {
    /// The result as `score.py --json` prints it: same keys, key order and number formatting.
    public var json: String {
        func prf(_ m: PrecisionRecall) -> PythonJSON {
            .object([
                ("precision", .float(m.precision)), ("recall", .float(m.recall)), ("f1", .float(m.f1)),
                ("tp", .int(m.tp)), ("pred", .int(m.pred)), ("gold", .int(m.gold)),
            ])
        }
        let byKind = byKind.map { score -> (String, PythonJSON) in
            (
                score.kind,
                .object([
                    ("gold", .int(score.gold)), ("recall_overlap", .float(score.recallOverlap)),
                    ("attribution_recall", .float(score.attributionRecall)),
                ])
            )
        }
        let value = PythonJSON.object([
            ("scorer", .string("eval/score.py")),
            ("documents", .int(documents)),
            ("kinds", kinds.map { .array($0.map(PythonJSON.string)) } ?? .string("all")),
            ("quote_exact", prf(quoteExact)),
            ("quote_strict", prf(quoteStrict)),
            ("quote_overlap", prf(quoteOverlap)),
            ("speaker_accuracy", .float(speakerAccuracy)),
            ("speaker_n", .int(speakerN)),
            ("speaker_correct", .int(speakerCorrect)),
            ("attribution", prf(attribution)),
            ("gold_quotes_without_speaker", .int(goldQuotesWithoutSpeaker)),
            ("by_kind", .object(byKind)),
            ("unknown_documents", .int(unknownDocuments)),
            ("invalid_predictions", .int(invalidPredictions)),
        ])
        return value.text
    }

    /// The result as `score.py` prints its table (`format_table`), without a final newline.
    public func table(goldPath: String = "", predictionPath: String = "") -> String {
        typealias F = PythonFormat
        var lines: [String] = []
        if !goldPath.isEmpty { lines += ["gold: \(goldPath)", "pred: \(predictionPath)"] }
        let kindsText = kinds.map { "[" + $0.map(F.repr).joined(separator: ", ") + "]" } ?? "all"
        lines += ["documents: \(documents)   kinds: \(kindsText)", ""]
        let widths = [34] + Array(repeating: 8, count: 6)
        lines.append(F.row(["metric", "P", "R", "F1", "tp", "pred", "gold"], widths: widths))
        let rows = [
            ("quote detection, exact (trimmed)", quoteExact), ("quote detection, exact (raw)", quoteStrict),
            ("quote detection, overlap >= 50%", quoteOverlap), ("attribution end-to-end", attribution),
        ]
        for (name, m) in rows {
            let cells = [m.precision, m.recall, m.f1].map { F.fixed($0, 3) } + [m.tp, m.pred, m.gold].map(String.init)
            lines.append(F.row([name] + cells, widths: widths))
        }
        let accuracy = speakerAccuracy.map { F.fixed($0, 3) } ?? "n/a"
        lines += [
            "", "speaker accuracy over matched quotes: \(accuracy) (\(speakerCorrect)/\(speakerN))",
            "gold quotes without a known speaker (left out of attribution): \(goldQuotesWithoutSpeaker)",
        ]
        if !byKind.isEmpty {
            let widths = [12, 8, 10, 14]
            lines += ["", F.row(["gold kind", "gold", "recall", "attr. recall"], widths: widths)]
            for score in byKind {
                let recall = score.recallOverlap.map { F.fixed($0, 3) } ?? "n/a"
                let attribution = score.attributionRecall.map { F.fixed($0, 3) } ?? "n/a"
                lines.append(F.row([score.kind, String(score.gold), recall, attribution], widths: widths))
            }
        }
        if unknownDocuments > 0 || invalidPredictions > 0 {
            lines += [
                "",
                "warning: \(unknownDocuments) predicted documents not in gold, "
                    + "\(invalidPredictions) predictions without a valid span ignored",
            ]
        }
        return lines.joined(separator: "\n")
    }
}
