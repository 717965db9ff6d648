import QuoteAttribution

/// Renders a report as RFC 4180 CSV: a header, then one row per quote, speakers in report order.
///
/// Lines end with CRLF; a field holding a comma, a double quote, CR or LF is quoted, with quotes doubled.
/// A text field that a spreadsheet could run as a formula gets a leading `'` (see `field(_:)`).
/// Absent values are empty fields; the unattributed quotes have an empty `speaker`.
public struct CSVRenderer: Renderer {
    /// `csv`.
    public static let identifier = "csv"

    /// The column names, in order.
    public static let columns = [
        "speaker", "speaker_type", "document", "line", "column", "start", "end", "kind", "quote", "cue",
        "addressee", "rule", "confidence",
    ]

    /// Creates a CSV renderer.
    public init() {}

    /// The CSV text of `report`; every line, the last included, ends with CRLF.
    public func render(_ report: Report) -> String {
        var output = CSVRenderer.row(CSVRenderer.columns)
        for speaker in report.speakers {
            for entry in speaker.quotes {
                let quote = entry.quote
                output += CSVRenderer.row([
                    speaker.name ?? "", speaker.type.rawValue, entry.documentID, "\(quote.span.line)",
                    "\(quote.span.column)", "\(quote.span.start)", "\(quote.span.end)", quote.kind.rawValue,
                    quote.text, quote.cue?.text ?? "", quote.addressee?.text ?? "", quote.rule ?? "",
                    Formatting.number(quote.confidence) ?? "",
                ])
            }
        }
        return output
    }

    /// One record with its CRLF.
    public static func row(_ fields: [String]) -> String {
        var line = ""
        for (index, text) in fields.enumerated() {
            if index > 0 { line += "," }
            appendField(text, to: &line)
        }
        return line + "\r\n"
    }

    /// A field, safe to open in a spreadsheet, quoted when it holds a comma, a double quote, CR or LF.
    ///
    /// Formula injection (CSV injection): a cell starting with `=`, `+`, `-`, `@`, a tab or CR can be run
    /// as a formula by a spreadsheet (`=HYPERLINK(…)` in a quote or a speaker's name). As OWASP advises, such
    /// a field gets a leading single quote, `'`, so that it is shown as text; RFC 4180 quoting is applied
    /// after that (`-1,2` is written `"'-1,2"`). Plain numbers (digits with an optional sign and decimal
    /// part, such as the offsets and confidences written by the renderers) are never changed.
    public static func field(_ text: String) -> String {
        var field = ""
        appendField(text, to: &field)
        return field
    }

    /// Appends `field(text)` to `output`.
    ///
    /// The text is searched and split by UTF-8 bytes: the four characters that matter are ASCII, and an ASCII
    /// byte in UTF-8 is always a whole scalar, so this writes what a scalar-by-scalar copy would, without
    /// appending scalar by scalar (a third of a `quotes report --format csv` run).
    static func appendField(_ text: String, to output: inout String) {
        let prefix = isFormulaLike(text) ? "'" : ""
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else {
            output += prefix
            output += text
            return
        }
        output += "\""
        output += prefix
        var rest = text[...]
        while let mark = rest.utf8.firstIndex(of: 0x22) {
            output += rest[..<mark]
            output += "\"\""
            rest = rest[rest.utf8.index(after: mark)...]
        }
        output += rest
        output += "\""
    }

    /// True when `text` starts with `=`, `+`, `-`, `@`, a tab or CR and is not a plain number.
    static func isFormulaLike(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return false }
        return !isPlainNumber(text)
    }

    /// True for an optional sign, digits and an optional decimal part: `-12`, `+0.5`, `3.25`.
    static func isPlainNumber(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        let parts = bytes.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        return parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { (0x30...0x39).contains($0) } }
    }
}
