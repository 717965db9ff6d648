import QuoteAttribution

/// Text helpers shared by the renderers.
enum Formatting {
    /// `value` with two decimals (`0.85`), or `n/a` when not finite.
    static func fixed2(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        let hundredths = Int((abs(value) * 100).rounded())
        let fraction = hundredths % 100
        return (value < 0 && hundredths > 0 ? "-" : "") + "\(hundredths / 100)." + (fraction < 10 ? "0" : "")
            + "\(fraction)"
    }

    /// The shortest decimal that reads back as `value`, or nil when not finite.
    static func number(_ value: Double) -> String? {
        value.isFinite ? "\(value)" : nil
    }

    /// `count` and the noun, pluralised with `s` unless `count` is 1.
    static func count(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// The display name of a speaker summary.
    static func name(of speaker: SpeakerSummary) -> String {
        speaker.name ?? "Unattributed"
    }

    /// `text` with line breaks (CR, LF, NEL, LS, PS) turned into spaces.
    static func singleLine(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    switch scalar {
                    case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": " "
                    default: scalar
                    }
                }))
    }

    /// The index in `report.analyses` of the article a quote came from, or nil when it is not there.
    static func documentIndex(of quote: ReportQuote, in report: Report) -> Int? {
        if let index = quote.documentIndex, report.analyses.indices.contains(index) { return index }
        return report.analyses.firstIndex { $0.documentID == quote.documentID }
    }
}
