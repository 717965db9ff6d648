import QuoteAttribution

/// Renders a report as RFC 4180 CSV: a header, then one row per quote, speakers in report order.
///
/// Lines end with CRLF; a field holding a comma, a double quote, CR or LF is quoted, with quotes doubled.
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
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field, quoted when it holds a comma, a double quote, CR or LF.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(scalar) }
        }
        return quoted + "\""
    }
}
