import QuoteAttribution

/// Renders a report as GitHub-flavoured Markdown: a summary table of speakers, then a section per speaker.
///
/// All text from the report is escaped: `&`, `<` and `>` become character references, other markup
/// characters get a backslash and line breaks become spaces, so quoted text can neither break the table nor
/// inject HTML or links.
public struct MarkdownRenderer: Renderer {
    /// `md`.
    public static let identifier = "md"

    /// The document title.
    public var title: String

    /// Creates a Markdown renderer with a document title.
    public init(title: String = "Quote report") {
        self.title = title
    }

    /// The Markdown text of `report`, ending with a newline.
    public func render(_ report: Report) -> String {
        var lines = ["# " + MarkdownRenderer.escape(title), ""]
        lines.append(Formatting.scope(of: report) + ".")
        if let unread = Formatting.unreadNote(report) { lines += ["", "**" + MarkdownRenderer.escape(unread) + "**"] }
        lines.append("")
        guard !report.speakers.isEmpty else { return lines.joined(separator: "\n") + "\n" }

        let kinds = report.speakers[0].quotesByKind.map(\.kind)
        lines.append(
            "| # | Speaker | Type | Quotes | " + kinds.map { $0.rawValue.capitalizedFirst + " | " }.joined()
                + "Articles | Words | Cues |")
        lines.append("|--:|---|---|--:|" + String(repeating: "--:|", count: kinds.count) + "--:|--:|---|")
        for (rank, speaker) in report.speakers.enumerated() {
            let byKind = speaker.quotesByKind.map { "\($0.count) | " }.joined()
            lines.append(
                "| \(Formatting.rank(rank, of: speaker) ?? "") | \(MarkdownRenderer.escape(Formatting.name(of: speaker))) | \(speaker.type.rawValue) | "
                    + "\(speaker.quoteCount) | \(byKind)\(speaker.articleCount) | \(speaker.wordCount) | "
                    + MarkdownRenderer.cues(speaker) + " |")
        }

        for (rank, speaker) in report.speakers.enumerated() {
            let number = Formatting.rank(rank, of: speaker).map { $0 + ". " } ?? ""
            lines += ["", "## " + number + MarkdownRenderer.escape(Formatting.name(of: speaker)), ""]
            lines.append("- Type: \(speaker.type.rawValue)")
            if !speaker.aliases.isEmpty {
                lines.append("- Also named: " + speaker.aliases.map(MarkdownRenderer.escape).joined(separator: "; "))
            }
            if !speaker.titles.isEmpty {
                lines.append("- Titles: " + speaker.titles.map(MarkdownRenderer.escape).joined(separator: "; "))
            }
            let byKind = speaker.quotesByKind.filter { $0.count > 0 }.map { "\($0.count) \($0.kind.rawValue)" }
            lines.append(
                "- \(Formatting.count(speaker.quoteCount, "quote"))"
                    + (byKind.isEmpty ? "" : " (" + byKind.joined(separator: ", ") + ")")
                    + " in \(Formatting.count(speaker.articleCount, "article")),"
                    + " \(Formatting.count(speaker.wordCount, "word"))")
            if !speaker.cues.isEmpty { lines.append("- Cues: " + MarkdownRenderer.cues(speaker)) }
            lines.append("")
            for (index, entry) in speaker.quotes.enumerated() {
                // A backslash at the end of a line is a hard line break; the details continue the item.
                let marker = "\(index + 1). "
                let (quote, details) = MarkdownRenderer.quote(entry)
                lines.append(marker + quote + "\\")
                lines.append(String(repeating: " ", count: marker.count) + details)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One list item: the quote in its marks with cue and addressee, and the details of where it is.
    static func quote(_ entry: ReportQuote) -> (quote: String, details: String) {
        let quote = entry.quote
        var text = escape(quote.openingMark + quote.text + (quote.closingMark ?? ""))
        if let cue = quote.cue { text += " — *" + escape(cue.text) + "*" }
        if let addressee = quote.addressee { text += " (to " + escape(addressee.text) + ")" }
        var details = [
            escape(entry.documentID) + ", line \(quote.location.line), column \(quote.location.column)",
            quote.kind.rawValue,
        ]
        if let speaker = quote.speaker {
            // The words the text gives the speaker there (`she`, `Mr Okafor`), when not the name itself: what a
            // reader checks a merge by.
            var shown = "as " + escape(speaker)
            if let mention = quote.mention?.text, mention != speaker { shown += " via *" + escape(mention) + "*" }
            details.append(shown)
        }
        if let rule = quote.rule { details.append("rule " + escape(rule)) }
        if quote.rule != nil || quote.confidence > 0 {
            details.append("confidence " + Formatting.fixed2(quote.confidence))
        }
        return (text, details.joined(separator: " · "))
    }

    /// The cues with counts: `said (2), told (1)`.
    static func cues(_ speaker: SpeakerSummary) -> String {
        speaker.cues.map { escape($0.cue) + " (\($0.count))" }.joined(separator: ", ")
    }

    /// `text` on one line: `&`, `<`, `>` as character references, other Markdown markup backslash-escaped.
    static func escape(_ text: String) -> String {
        var output = ""
        Formatting.append(Formatting.singleLine(text), to: &output) { byte in
            switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "{"),
                UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "("), UInt8(ascii: ")"),
                UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "!"), UInt8(ascii: "$"),
                UInt8(ascii: "^"):
                "\\" + String(UnicodeScalar(byte))
            default: nil
            }
        }
        return output
    }
}

extension String {
    /// The string with its first character upper-cased.
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
