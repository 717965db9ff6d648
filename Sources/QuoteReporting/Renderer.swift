import QuoteAttribution

/// Turns a report into text in one output format; renderers print the report and compute no statistics.
public protocol Renderer: Sendable {
    /// The short name of the format (`md`, `json`, `csv`, `html`), also its usual file extension.
    static var identifier: String { get }
    /// The whole output for `report`.
    func render(_ report: Report) -> String
}

/// The report formats, by their identifier.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// A Markdown document: a summary table, then a section per speaker.
    case markdown = "md"
    /// A JSON document with a fixed key order.
    case json
    /// RFC 4180 CSV with one row per quote.
    case csv
    /// One self-contained HTML page with a chart, speaker sections and highlighted articles.
    case html

    /// A renderer for this format, with default options.
    public var renderer: any Renderer {
        switch self {
        case .markdown: MarkdownRenderer()
        case .json: JSONRenderer()
        case .csv: CSVRenderer()
        case .html: HTMLRenderer()
        }
    }
}
