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

    /// Appends the UTF-8 bytes of `text(for: analysis)` to `output`; JSON Lines are written as bytes directly.
    public func append(_ analysis: DocumentAnalysis, to output: inout [UInt8]) {
        guard format == .jsonl else {
            output.append(contentsOf: text(for: analysis).utf8)
            return
        }
        let quotes = includeAll ? analysis.quotes : analysis.quotations
        output.append(contentsOf: #"{"document": "#.utf8)
        JSONWriter.appendQuoted(analysis.documentID, to: &output)
        output.append(contentsOf: #", "quotes": ["#.utf8)
        for (k, quote) in quotes.enumerated() {
            if k > 0 { output.append(contentsOf: ", ".utf8) }
            appendJSON(quote, to: &output)
        }
        output.append(0x5D)
        if !analysis.diagnostics.isEmpty {
            output.append(contentsOf: #", "diagnostics": ["#.utf8)
            for (k, diagnostic) in analysis.diagnostics.enumerated() {
                if k > 0 { output.append(contentsOf: ", ".utf8) }
                appendJSON(diagnostic, to: &output)
            }
            output.append(0x5D)
        }
        output.append(contentsOf: "}\n".utf8)
    }

    /// The text for one analysed document (ends with a newline when not empty).
    public func text(for analysis: DocumentAnalysis) -> String {
        let quotes = includeAll ? analysis.quotes : analysis.quotations
        switch format {
        case .jsonl:
            var bytes: [UInt8] = []
            append(analysis, to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
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

    private func appendJSON(_ quote: AttributedQuote, to output: inout [UInt8]) {
        output.append(contentsOf: #"{"start": "#.utf8)
        JSONWriter.appendInteger(quote.span.start, to: &output)
        output.append(contentsOf: #", "end": "#.utf8)
        JSONWriter.appendInteger(quote.span.end, to: &output)
        output.append(contentsOf: #", "text": "#.utf8)
        JSONWriter.appendQuoted(quote.text, to: &output)
        output.append(contentsOf: #", "speaker": "#.utf8)
        appendOptional(quote.speaker, to: &output)
        output.append(contentsOf: #", "kind": "#.utf8)
        JSONWriter.appendQuoted(quote.kind.rawValue, to: &output)
        output.append(contentsOf: #", "line": "#.utf8)
        JSONWriter.appendInteger(quote.span.line, to: &output)
        output.append(contentsOf: #", "column": "#.utf8)
        JSONWriter.appendInteger(quote.span.column, to: &output)
        if let source = quote.sourceSpan {
            output.append(contentsOf: #", "source_start": "#.utf8)
            JSONWriter.appendInteger(source.start, to: &output)
            output.append(contentsOf: #", "source_end": "#.utf8)
            JSONWriter.appendInteger(source.end, to: &output)
        }
        output.append(contentsOf: #", "speaker_mention": "#.utf8)
        appendSpan(quote.mention, to: &output)
        output.append(contentsOf: #", "cue": "#.utf8)
        appendSpan(quote.cue, to: &output)
        output.append(contentsOf: #", "addressee": "#.utf8)
        appendSpan(quote.addressee, to: &output)
        output.append(contentsOf: #", "rule": "#.utf8)
        appendOptional(quote.rule, to: &output)
        output.append(contentsOf: #", "confidence": "#.utf8)
        output.append(contentsOf: JSONWriter.number(quote.confidence).utf8)
        output.append(0x7D)
    }

    private func appendJSON(_ diagnostic: Diagnostic, to output: inout [UInt8]) {
        output.append(contentsOf: #"{"code": "#.utf8)
        JSONWriter.appendQuoted(diagnostic.code.rawValue, to: &output)
        output.append(contentsOf: #", "message": "#.utf8)
        JSONWriter.appendQuoted(diagnostic.message, to: &output)
        output.append(contentsOf: #", "start": "#.utf8)
        JSONWriter.appendInteger(diagnostic.span.start, to: &output)
        output.append(contentsOf: #", "line": "#.utf8)
        JSONWriter.appendInteger(diagnostic.span.line, to: &output)
        output.append(contentsOf: #", "column": "#.utf8)
        JSONWriter.appendInteger(diagnostic.span.column, to: &output)
        output.append(0x7D)
    }

    /// A JSON string, or `null`.
    private func appendOptional(_ value: String?, to output: inout [UInt8]) {
        guard let value else { return output.append(contentsOf: "null".utf8) }
        JSONWriter.appendQuoted(value, to: &output)
    }

    private func appendSpan(_ value: QuoteSpanText?, to output: inout [UInt8]) {
        guard let value else { return output.append(contentsOf: "null".utf8) }
        output.append(contentsOf: #"{"text": "#.utf8)
        JSONWriter.appendQuoted(value.text, to: &output)
        output.append(contentsOf: #", "start": "#.utf8)
        JSONWriter.appendInteger(value.start, to: &output)
        output.append(contentsOf: #", "end": "#.utf8)
        JSONWriter.appendInteger(value.end, to: &output)
        output.append(0x7D)
    }
}
