import QuoteAttribution

/// The formats of `quotes extract`: one record per document (JSON Lines) or per quote (CSV, table).
public enum QuoteListFormat: String, CaseIterable, Sendable {
    /// The evaluation kit's prediction contract, one document a line, with extra fields.
    case jsonl
    /// RFC 4180 CSV, one quote a row.
    case csv
    /// Aligned columns for a terminal.
    case table
}

/// Writes analyses as a stream in one `QuoteListFormat`; prints, never computes.
public struct QuoteListWriter: Sendable {
    /// The format written.
    public let format: QuoteListFormat
    /// When true, scare quotes and headings are written too.
    public let includeAll: Bool

    /// Creates a writer.
    public init(format: QuoteListFormat, includeAll: Bool = false) {
        self.format = format
        self.includeAll = includeAll
    }

    /// Column names of the CSV and table formats.
    public static let columns = [
        "document", "line", "column", "start", "end", "kind", "speaker", "cue", "addressee", "rule", "confidence",
        "quote",
    ]

    /// What comes before the first document (a header row), or an empty string.
    public var header: String {
        switch format {
        case .jsonl: ""
        case .csv: CSVRenderer.row(Self.columns)
        case .table: tableRow(["DOCUMENT", "LINE:COL", "KIND", "SPEAKER", "CUE", "RULE", "CONF", "QUOTE"])
        }
    }

    /// The text for one analysed document (ends with a newline when not empty).
    public func text(for analysis: DocumentAnalysis) -> String {
        let quotes = includeAll ? analysis.quotes : analysis.quotations
        switch format {
        case .jsonl:
            var line =
                "{\"document\": " + JSONWriter.quoted(analysis.documentID) + ", \"quotes\": ["
                + quotes.map(jsonQuote).joined(separator: ", ") + "]"
            if !analysis.diagnostics.isEmpty {
                line += ", \"diagnostics\": [" + analysis.diagnostics.map(jsonDiagnostic).joined(separator: ", ") + "]"
            }
            return line + "}\n"
        case .csv:
            return quotes.map { quote in
                CSVRenderer.row([
                    analysis.documentID, String(quote.span.line), String(quote.span.column), String(quote.span.start),
                    String(quote.span.end), quote.kind.rawValue, quote.speaker ?? "", quote.cue?.text ?? "",
                    quote.addressee?.text ?? "", quote.rule ?? "", JSONWriter.number(quote.confidence), quote.text,
                ])
            }.joined()
        case .table:
            return quotes.map { quote in
                tableRow([
                    analysis.documentID, "\(quote.span.line):\(quote.span.column)", quote.kind.rawValue,
                    quote.speaker ?? "-",
                    quote.cue?.text ?? "-", quote.rule ?? "-", JSONWriter.number(quote.confidence), quote.text,
                ])
            }.joined()
        }
    }

    private static let widths = [24, 9, 8, 24, 14, 22, 5]

    private func tableRow(_ fields: [String]) -> String {
        var line = ""
        for (k, field) in fields.enumerated() {
            let clean = String(field.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
            guard k < Self.widths.count else {
                line += clean.count > 80 ? String(clean.prefix(79)) + "…" : clean
                continue
            }
            let width = Self.widths[k]
            let cell = clean.count > width ? String(clean.prefix(width - 1)) + "…" : clean
            line += cell + String(repeating: " ", count: width - cell.count + 1)
        }
        return line + "\n"
    }

    private func jsonQuote(_ quote: AttributedQuote) -> String {
        var fields: [String] = [
            "\"start\": \(quote.span.start)", "\"end\": \(quote.span.end)",
            "\"text\": " + JSONWriter.quoted(quote.text),
            "\"speaker\": " + (quote.speaker.map(JSONWriter.quoted) ?? "null"),
            "\"kind\": " + JSONWriter.quoted(quote.kind.rawValue),
            "\"line\": \(quote.span.line)", "\"column\": \(quote.span.column)",
        ]
        if let source = quote.sourceSpan {
            fields += ["\"source_start\": \(source.start)", "\"source_end\": \(source.end)"]
        }
        fields.append("\"speaker_mention\": " + spanText(quote.mention))
        fields.append("\"cue\": " + spanText(quote.cue))
        fields.append("\"addressee\": " + spanText(quote.addressee))
        fields.append("\"rule\": " + (quote.rule.map(JSONWriter.quoted) ?? "null"))
        fields.append("\"confidence\": " + JSONWriter.number(quote.confidence))
        return "{" + fields.joined(separator: ", ") + "}"
    }

    private func jsonDiagnostic(_ diagnostic: Diagnostic) -> String {
        "{\"code\": \(JSONWriter.quoted(diagnostic.code.rawValue)), \"message\": \(JSONWriter.quoted(diagnostic.message)), "
            + "\"start\": \(diagnostic.span.start), \"line\": \(diagnostic.span.line), \"column\": \(diagnostic.span.column)}"
    }

    private func spanText(_ value: QuoteSpanText?) -> String {
        guard let value else { return "null" }
        return "{\"text\": \(JSONWriter.quoted(value.text)), \"start\": \(value.start), \"end\": \(value.end)}"
    }
}
