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
        appendStart(of: analysis.documentID, to: &output)
        var isFirst = true
        appendQuotes(of: analysis, isFirst: &isFirst, to: &output)
        appendEnd(diagnostics: analysis.diagnostics, to: &output)
    }

    /// Appends what comes before a document's quotes (JSON Lines: the object's start; nothing for the other
    /// formats). With `appendQuotes` for each part of a document and `appendEnd`, this writes the bytes of
    /// `append(_:to:)` for the whole document, a part at a time (`QuoteAnalyzer.analyze(_:inParts:)`).
    public func appendStart(of documentID: String, to output: inout [UInt8]) {
        guard format == .jsonl else { return }
        // Literals, numbers and short strings are gathered in `run` and appended a run at a time.
        var run = JSONWriter.Run()
        run.append(#"{"document": "#, flushingTo: &output)
        run.appendQuoted(documentID, flushingTo: &output)
        run.append(#", "quotes": ["#, flushingTo: &output)
        run.flush(to: &output)
    }

    /// Appends the quotes of `analysis` (a document or one part of it), handing `output` to `flush` and emptying
    /// it whenever it holds `chunkBytes` or more after a quote; `isFirst` is true until a quote is written.
    public func appendQuotes(
        of analysis: DocumentAnalysis, isFirst: inout Bool, to output: inout [UInt8],
        flushingEvery chunkBytes: Int = .max, _ flush: ([UInt8]) -> Void = { _ in }
    ) {
        guard format == .jsonl else {
            for quote in analysis.quotes where includeAll || quote.kind.isQuotation {  // no filtered copy
                output.append(contentsOf: row(quote, of: analysis).utf8)
                if output.count >= chunkBytes {
                    flush(output)
                    output.removeAll(keepingCapacity: true)
                }
            }
            return
        }
        var run = JSONWriter.Run()
        // The quotes of `analysis.quotations` (unless `includeAll`), read in place instead of filtered into a copy.
        analysis.quotes.withUnsafeBufferPointer { quotes in  // no copy of each quote
            for k in quotes.indices where includeAll || quotes[k].kind.isQuotation {
                if !isFirst { run.append(", ", flushingTo: &output) }
                isFirst = false
                appendJSON(quotes.baseAddress! + k, to: &run, &output)
                if output.count >= chunkBytes {
                    run.flush(to: &output)
                    flush(output)
                    output.removeAll(keepingCapacity: true)
                }
            }
        }
        run.flush(to: &output)
    }

    /// Appends what comes after a document's quotes: JSON Lines closes the object, with `diagnostics` (those of
    /// every part) when there are any; nothing for the other formats.
    public func appendEnd(diagnostics: [Diagnostic], to output: inout [UInt8]) {
        guard format == .jsonl else { return }
        output.append(0x5D)
        if !diagnostics.isEmpty {
            JSONWriter.append(#", "diagnostics": ["#, to: &output)
            for (k, diagnostic) in diagnostics.enumerated() {
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
        case .csv, .table:
            return quotes.map { row($0, of: analysis) }.joined()
        }
    }

    /// The CSV or table row of `quote` (not for JSON Lines, which is one line a document).
    private func row(_ quote: AttributedQuote, of analysis: DocumentAnalysis) -> String {
        switch format {
        case .jsonl, .csv:
            CSVRenderer.row([
                analysis.documentID, String(quote.span.line), String(quote.span.column), String(quote.span.start),
                String(quote.span.end), quote.kind.rawValue, quote.speaker ?? "", quote.cue?.text ?? "",
                quote.addressee?.text ?? "", quote.rule ?? "", JSONWriter.number(quote.confidence), quote.text,
            ])
        case .table:
            tableRow([
                analysis.documentID, "\(quote.span.line):\(quote.span.column)", quote.kind.rawValue,
                quote.speaker ?? "-",
                quote.cue?.text ?? "-", quote.rule ?? "-", JSONWriter.number(quote.confidence), quote.text,
            ])
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
            // A document's path loses its start, not the file's name: `…/articles/blind-04-cup.txt`.
            let cell =
                clean.count <= width
                ? clean
                : k == 0 ? "…" + String(clean.suffix(width - 1)) : String(clean.prefix(width - 1)) + "…"
            line += cell + String(repeating: " ", count: width - cell.count + 1)
        }
        return line + "\n"
    }

    /// Appends the JSON object of the quote at `pointer` (read in place: no copy of the quote) through `run`.
    private func appendJSON(
        _ pointer: UnsafePointer<AttributedQuote>, to run: inout JSONWriter.Run, _ output: inout [UInt8]
    ) {
        run.append(#"{"start": "#, flushingTo: &output)
        run.appendInteger(pointer.pointee.span.start, flushingTo: &output)
        run.append(#", "end": "#, flushingTo: &output)
        run.appendInteger(pointer.pointee.span.end, flushingTo: &output)
        run.append(#", "text": "#, flushingTo: &output)
        run.appendQuoted(pointer.pointee.text, flushingTo: &output)
        if let speaker = pointer.pointee.speaker {
            run.append(#", "speaker": "#, flushingTo: &output)
            run.appendQuoted(speaker, flushingTo: &output)
        } else {
            run.append(#", "speaker": null"#, flushingTo: &output)
        }
        // `, "kind": ` and the quoted `kind.rawValue`, then the next key, as one literal.
        switch pointer.pointee.kind {
        case .direct: run.append(#", "kind": "direct", "line": "#, flushingTo: &output)
        case .partial: run.append(#", "kind": "partial", "line": "#, flushingTo: &output)
        case .scare: run.append(#", "kind": "scare", "line": "#, flushingTo: &output)
        case .heading: run.append(#", "kind": "heading", "line": "#, flushingTo: &output)
        }
        run.appendInteger(pointer.pointee.span.line, flushingTo: &output)
        run.append(#", "column": "#, flushingTo: &output)
        run.appendInteger(pointer.pointee.span.column, flushingTo: &output)
        if let source = pointer.pointee.sourceSpan {
            run.append(#", "source_start": "#, flushingTo: &output)
            run.appendInteger(source.start, flushingTo: &output)
            run.append(#", "source_end": "#, flushingTo: &output)
            run.appendInteger(source.end, flushingTo: &output)
        }
        appendSpan(
            pointer.pointee.mention, #", "speaker_mention": {"text": "#, orNull: #", "speaker_mention": null"#,
            to: &run, &output)
        appendSpan(pointer.pointee.cue, #", "cue": {"text": "#, orNull: #", "cue": null"#, to: &run, &output)
        appendSpan(
            pointer.pointee.addressee, #", "addressee": {"text": "#, orNull: #", "addressee": null"#, to: &run, &output
        )
        if let rule = pointer.pointee.rule {
            run.append(#", "rule": "#, flushingTo: &output)
            run.appendQuoted(rule, flushingTo: &output)
            run.append(#", "confidence": "#, flushingTo: &output)
        } else {
            run.append(#", "rule": null, "confidence": "#, flushingTo: &output)
        }
        run.appendNumber(pointer.pointee.confidence, flushingTo: &output)
        run.append(byte: 0x7D, flushingTo: &output)
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

    /// A span's key and JSON object (`opening` is the key and `{"text": `), or `nullKey` (the key and `null`), through
    /// `run`. Inlined: each literal is then copied with its length known (three fixed-size stores for `null`), not
    /// by a loop over a length passed at run time.
    @inline(__always) private func appendSpan(
        _ value: QuoteSpanText?, _ opening: StaticString, orNull nullKey: StaticString, to run: inout JSONWriter.Run,
        _ output: inout [UInt8]
    ) {
        guard let value else { return run.append(nullKey, flushingTo: &output) }
        run.append(opening, flushingTo: &output)
        run.appendQuoted(value.text, flushingTo: &output)
        run.append(#", "start": "#, flushingTo: &output)
        run.appendInteger(value.start, flushingTo: &output)
        run.append(#", "end": "#, flushingTo: &output)
        run.appendInteger(value.end, flushingTo: &output)
        run.append(byte: 0x7D, flushingTo: &output)
    }
}
