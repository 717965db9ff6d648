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

    /// The rank shown for the speaker at `index` in `Report.speakers` (`1` for the first), or nil for the
    /// unattributed quotes, which are no speaker.
    static func rank(_ index: Int, of speaker: SpeakerSummary) -> String? {
        speaker.name == nil ? nil : "\(index + 1)"
    }

    /// The report's scope in one phrase: `12 quotes by 7 speakers in 8 articles (2 unattributed)`; a list cut by
    /// `top` says `by the top 2 of 7 speakers`, and articles that no reported quote comes from are counted apart,
    /// `in 1 of 8 articles`.
    static func scope(of report: Report) -> String {
        let speakers =
            report.rankedSpeakerCount > report.speakerCount
            ? "the top \(report.speakerCount) of \(count(report.rankedSpeakerCount, "speaker"))"
            : count(report.speakerCount, "speaker")
        let quoted = report.quotedArticleCount
        let articles =
            quoted < report.documentIDs.count
            ? "\(quoted) of \(count(report.documentIDs.count, "article"))" : count(report.documentIDs.count, "article")
        return "\(count(report.quoteCount, "quote")) by \(speakers) in \(articles)\(unattributedNote(report))"
    }

    /// `N inputs could not be read …` when the report counted inputs that failed, else nil.
    static func unreadNote(_ report: Report) -> String? {
        guard report.unreadInputCount > 0 else { return nil }
        // (An input is a file, or a JSON Lines record.)
        return "\(count(report.unreadInputCount, "input")) could not be read; the report covers the others, and "
            + "standard error says why."
    }

    /// ` (N unattributed)` when the report has unattributed quotes, else nothing.
    static func unattributedNote(_ report: Report) -> String {
        report.unattributedCount == 0 ? "" : " (\(report.unattributedCount) unattributed)"
    }

    /// The display name of a speaker summary.
    static func name(of speaker: SpeakerSummary) -> String {
        speaker.name ?? "Unattributed"
    }

    /// `text` with line breaks (CR, LF, VT, FF, NEL, LS, PS) turned into spaces.
    static func singleLine(_ text: String) -> String {
        // NEL is C2 85 and LS, PS are E2 80 A8/A9 in UTF-8: a text without those lead bytes or the ASCII breaks
        // (nearly every one) is already on one line.
        guard text.utf8.contains(where: { ($0 >= 0x0A && $0 <= 0x0D) || $0 == 0xC2 || $0 == 0xE2 }) else {
            return text
        }
        return String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    switch scalar {
                    case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": " "
                    default: scalar
                    }
                }))
    }

    /// Appends `text` to `output`, each ASCII byte that `replacement` maps replaced by its replacement.
    ///
    /// The runs between replaced bytes are copied whole, not scalar by scalar. This writes exactly what a
    /// scalar-by-scalar copy would: an ASCII byte in UTF-8 is always a whole scalar, and no other byte is
    /// looked at.
    static func append(
        _ text: some StringProtocol, to output: inout String, replacing replacement: (UInt8) -> String?
    ) {
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte < 0x80, let substitute = replacement(byte) {
                output += text[runStart..<index]
                output += substitute
                runStart = next
            }
            index = next
        }
        output += text[runStart..<utf8.endIndex]
    }

    /// The index in `report.documentIDs` of the article a quote came from, or nil when it is not there.
    static func documentIndex(of quote: ReportQuote, in report: Report) -> Int? {
        if let index = quote.documentIndex, report.documentIDs.indices.contains(index) { return index }
        return report.documentIDs.firstIndex(of: quote.documentID)
    }
}
