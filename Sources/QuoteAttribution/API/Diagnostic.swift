/// A non-fatal finding about a document: the analysis went on and says what it recovered from.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// Stable identifiers of the findings.
    public enum Code: String, Sendable, Hashable, Codable {
        /// A quote mark opened a quote that the paragraph never closed; the quote runs to the paragraph end.
        case unclosedQuote = "unclosed_quote"
        /// A closing mark with no opening mark before it; ignored.
        case strayMark = "stray_mark"
        /// A pattern hit its PCRE2 match limit; that part of the text was skipped.
        case regexLimit = "regex_limit"
    }

    /// What was found.
    public var code: Code
    /// A human-readable explanation.
    public var message: String
    /// Where, as a code point span with line and column.
    public var span: CodePointSpan

    /// Creates a diagnostic.
    public init(code: Code, message: String, span: CodePointSpan) {
        self.code = code
        self.message = message
        self.span = span
    }
}
