/// How well each attribution rule does: per rule named by the predictions, how often its speaker was right.
public struct RuleStatistics: Sendable {
    /// The counts for one rule.
    public struct Row: Sendable, Hashable {
        /// The rule id.
        public var rule: String
        /// Valid predictions carrying this rule.
        public var fired: Int
        /// Of those, how many were overlap-matched to a gold quote with a known speaker.
        public var matched: Int
        /// Of those, how many named the right speaker.
        public var correct: Int
        /// `correct / matched`, or nil when nothing matched.
        public var precision: Double? { matched > 0 ? Double(correct) / Double(matched) : nil }
    }

    /// One row per rule, sorted by rule name (code point order).
    public var rows: [Row]

    /// Counts the predictions of `alignment` that carry a rule.
    public init(alignment: EvaluationAlignment) {
        var rows: [String: Row] = [:]
        for document in alignment.documents {
            let goldOf = Dictionary(uniqueKeysWithValues: document.matches.map { ($0.value, $0.key) })
            for (index, prediction) in document.predictions.enumerated() {
                guard let rule = prediction.rule else { continue }
                rows[rule, default: Row(rule: rule, fired: 0, matched: 0, correct: 0)].fired += 1
                guard let gold = goldOf[index], document.speakerKnown[gold] else { continue }
                rows[rule]!.matched += 1
                if document.attributed[gold] { rows[rule]!.correct += 1 }
            }
        }
        self.rows = rows.values.sorted { PythonText.less($0.rule, $1.rule) }
    }

    /// The table: rule, fired, matched, correct, precision (three decimals, `n/a` when nothing matched).
    public func rendered() -> String {
        typealias F = PythonFormat
        let widths = [max(4, rows.map(\.rule.unicodeScalars.count).max() ?? 0) + 2, 10, 10, 10, 11]
        let header = F.row(["rule", "fired", "matched", "correct", "precision"], widths: widths)
        let lines = rows.map { row in
            let precision = row.precision.map { F.fixed($0, 3) } ?? "n/a"
            return F.row(
                [row.rule, String(row.fired), String(row.matched), String(row.correct), precision], widths: widths)
        }
        return ([header] + (lines.isEmpty ? ["(no prediction names a rule)"] : lines)).joined(separator: "\n")
    }
}
