/// The errors behind the metrics: gold quotes missed or misattributed, and predictions matching no gold quote.
public struct ErrorListing: Sendable {
    /// One listed error with its place in the text.
    public struct Entry: Sendable, Hashable {
        /// The gold document.
        public var document: String
        /// Code point offset of the quote (gold span for misses, predicted span for false alarms).
        public var start: Int
        /// Code point offset one past the quote.
        public var end: Int
        /// The gold kind, for misses.
        public var kind: String?
        /// The gold speaker, for misses.
        public var goldSpeaker: String?
        /// The predicted speaker, when a prediction is involved.
        public var predictedSpeaker: String?
        /// The rule of the prediction, when it names one.
        public var rule: String?
        /// Up to `context` code points before the quote.
        public var before: String
        /// The quote itself.
        public var quote: String
        /// Up to `context` code points after the quote.
        public var after: String
    }

    /// The first misses: gold quotes not overlap-matched, or matched with a wrong speaker (known speakers).
    public var misses: [Entry]
    /// How many misses there are in all.
    public var missCount: Int
    /// The first false alarms: valid predictions matching no gold quote.
    public var falseAlarms: [Entry]
    /// How many false alarms there are in all.
    public var falseAlarmCount: Int

    /// Collects the first `limit` misses and false alarms, in document order, with `context` code points around.
    public init(alignment: EvaluationAlignment, limit: Int, context: Int = 60) {
        var misses: [Entry] = []
        var falseAlarms: [Entry] = []
        for document in alignment.documents {
            let text = Array(document.gold.text.unicodeScalars)
            func entry(_ start: Int, _ end: Int, gold: GoldQuote?, predicted: PredictedQuote?) -> Entry {
                func slice(_ from: Int, _ to: Int) -> String {
                    let from = min(max(0, from), text.count)
                    let to = min(max(from, to), text.count)
                    var view = String.UnicodeScalarView()
                    for c in text[from..<to] { view.append(c == "\n" ? "\u{21B5}" : PythonText.isSpace(c) ? " " : c) }
                    return String(view)
                }
                return Entry(
                    document: document.gold.document, start: start, end: end, kind: gold?.kind,
                    goldSpeaker: gold?.speaker, predictedSpeaker: predicted?.speaker, rule: predicted?.rule,
                    before: slice(start - context, start), quote: slice(start, end), after: slice(end, end + context))
            }
            for (index, quote) in document.goldQuotes.enumerated() {
                let match = document.matches[index]
                let isMiss = document.speakerKnown[index] ? !document.attributed[index] : match == nil
                if isMiss {
                    let predicted = match.map { document.predictions[$0] }
                    misses.append(entry(quote.start, quote.end, gold: quote, predicted: predicted))
                }
            }
            let matched = Set(document.matches.values)
            for (index, prediction) in document.predictions.enumerated() where !matched.contains(index) {
                falseAlarms.append(entry(prediction.start!, prediction.end!, gold: nil, predicted: prediction))
            }
        }
        self.misses = Array(misses.prefix(limit))
        missCount = misses.count
        self.falseAlarms = Array(falseAlarms.prefix(limit))
        falseAlarmCount = falseAlarms.count
    }

    /// Both lists as text: a header line each, then two lines an entry (place and speakers, then context).
    public func rendered() -> String {
        func section(_ title: String, _ entries: [Entry], _ total: Int) -> [String] {
            var lines = ["\(title): \(total)" + (entries.count < total ? " (first \(entries.count))" : "")]
            for e in entries {
                let kind = e.kind.map { " \($0)" } ?? ""
                let speakers = "gold: \(e.goldSpeaker ?? "-")  predicted: \(e.predictedSpeaker ?? "-")"
                let rule = e.rule.map { "  rule: \($0)" } ?? ""
                lines.append("  \(e.document) \(e.start)-\(e.end)\(kind)  \(speakers)\(rule)")
                lines.append("    \u{2026}\(e.before)\u{27E6}\(e.quote)\u{27E7}\(e.after)\u{2026}")
            }
            return lines
        }
        return (section("misses", misses, missCount) + [""] + section("false alarms", falseAlarms, falseAlarmCount))
            .joined(separator: "\n")
    }
}
