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
        JSONWriter.append(#"{"document": "#, to: &output)
        JSONWriter.appendQuoted(analysis.documentID, to: &output)
        JSONWriter.append(#", "quotes": ["#, to: &output)
        // The quotes of `analysis.quotations` (unless `includeAll`), read in place instead of filtered into a copy.
        analysis.quotes.withUnsafeBufferPointer { quotes in  // no copy of each quote
            var first = true
            for k in quotes.indices where includeAll || quotes[k].kind.isQuotation {
                if !first { JSONWriter.append(", ", to: &output) }
                first = false
                appendJSON(quotes[k], to: &output)
            }
        }
        output.append(0x5D)
        if !analysis.diagnostics.isEmpty {
            JSONWriter.append(#", "diagnostics": ["#, to: &output)
            for (k, diagnostic) in analysis.diagnostics.enumerated() {
                if k > 0 { JSONWriter.append(", ", to: &output) }
                appendJSON(diagnostic, to: &output)
            }
            output.append(0x5D)
        }
        JSONWriter.append("}\n", to: &output)
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
        JSONWriter.append(#"{"start": "#, to: &output)
        JSONWriter.appendInteger(quote.span.start, to: &output)
        JSONWriter.append(#", "end": "#, to: &output)
        JSONWriter.appendInteger(quote.span.end, to: &output)
        JSONWriter.append(#", "text": "#, to: &output)
        JSONWriter.appendQuoted(quote.text, to: &output)
        JSONWriter.append(#", "speaker": "#, to: &output)
        appendOptional(quote.speaker, to: &output)
        JSONWriter.append(#", "kind": "#, to: &output)
        JSONWriter.appendQuoted(quote.kind.rawValue, to: &output)
        JSONWriter.append(#", "line": "#, to: &output)
        JSONWriter.appendInteger(quote.span.line, to: &output)
        JSONWriter.append(#", "column": "#, to: &output)
        JSONWriter.appendInteger(quote.span.column, to: &output)
        if let source = quote.sourceSpan {
            JSONWriter.append(#", "source_start": "#, to: &output)
            JSONWriter.appendInteger(source.start, to: &output)
            JSONWriter.append(#", "source_end": "#, to: &output)
            JSONWriter.appendInteger(source.end, to: &output)
        }
        JSONWriter.append(#", "speaker_mention": "#, to: &output)
        appendSpan(quote.mention, to: &output)
        JSONWriter.append(#", "cue": "#, to: &output)
        appendSpan(quote.cue, to: &output)
        JSONWriter.append(#", "addressee": "#, to: &output)
        appendSpan(quote.addressee, to: &output)
        JSONWriter.append(#", "rule": "#, to: &output)
        appendOptional(quote.rule, to: &output)
        JSONWriter.append(#", "confidence": "#, to: &output)
        JSONWriter.appendNumber(quote.confidence, to: &output)
        output.append(0x7D)
    }

    private func appendJSON(_ diagnostic: Diagnostic, to output: inout [UInt8]) {
        JSONWriter.append(#"{"code": "#, to: &output)
        JSONWriter.appendQuoted(diagnostic.code.rawValue, to: &output)
        JSONWriter.append(#", "message": "#, to: &output)
        JSONWriter.appendQuoted(diagnostic.message, to: &output)
        JSONWriter.append(#", "start": "#, to: &output)
        JSONWriter.appendInteger(diagnostic.span.start, to: &output)
        JSONWriter.append(#", "line": "#, to: &output)
        JSONWriter.appendInteger(diagnostic.span.line, to: &output)
        JSONWriter.append(#", "column": "#, to: &output)
        JSONWriter.appendInteger(diagnostic.span.column, to: &output)
        output.append(0x7D)
    }

    /// A JSON string, or `null`.
    private func appendOptional(_ value: String?, to output: inout [UInt8]) {
        guard let value else { return JSONWriter.append("null", to: &output) }
        JSONWriter.appendQuoted(value, to: &output)
    }

    private func appendSpan(_ value: QuoteSpanText?, to output: inout [UInt8]) {
        guard let value else { return JSONWriter.append("null", to: &output) }
        JSONWriter.append(#"{"text": "#, to: &output)
        JSONWriter.appendQuoted(value.text, to: &output)
        JSONWriter.append(#", "start": "#, to: &output)
        JSONWriter.appendInteger(value.start, to: &output)
        JSONWriter.append(#", "end": "#, to: &output)
        JSONWriter.appendInteger(value.end, to: &output)
        output.append(0x7D)
    }
}
