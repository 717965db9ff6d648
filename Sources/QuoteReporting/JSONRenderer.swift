import QuoteAttribution

/// Renders a report as pretty-printed JSON with a fixed, meaningful key order and explicit nulls.
///
/// The top level holds `quoteCount` (all quotes), `speakerCount` (named speakers), `unattributedCount`,
/// `rankedSpeakerCount` (named speakers before `--top` cut the list), `unreadInputCount` (inputs that could not be
/// read), `quotedArticleCount` (articles some reported quote comes from), `documents` (index and identifier of every input article) and `speakers` (the unattributed quotes last, with
/// a null `name`); each speaker lists its counts, then `first`/`last` as references and every quote in full.
public struct JSONRenderer: Renderer {
    /// `json`.
    public static let identifier = "json"

    /// Creates a JSON renderer.
    public init() {}

    /// The JSON text of `report`, ending with a newline.
    public func render(_ report: Report) -> String {
        // The documents and speakers are made one at a time as they are written: the tree of a whole archive's
        // report would be several times the size of its text.
        let root = JSONValue.object([
            ("quoteCount", .int(report.quoteCount)),
            ("speakerCount", .int(report.speakerCount)),
            ("unattributedCount", .int(report.unattributedCount)),
            ("rankedSpeakerCount", .int(report.rankedSpeakerCount)),
            ("unreadInputCount", .int(report.unreadInputCount)),
            ("quotedArticleCount", .int(report.quotedArticleCount)),
            (
                "documents",
                .elements(report.documentIDs.count) { index in
                    .object([("index", .int(index)), ("id", .string(report.documentIDs[index]))])
                }
            ),
            ("speakers", .elements(report.speakers.count) { speaker(report.speakers[$0], in: report) }),
        ])
        var output: [UInt8] = []
        root.write(to: &output, indent: 0)
        output.append(UInt8(ascii: "\n"))
        return String(decoding: output, as: UTF8.self)
    }

    private func speaker(_ speaker: SpeakerSummary, in report: Report) -> JSONValue {
        .object([
            ("name", .optional(speaker.name, JSONValue.string)),
            ("type", .string(speaker.type.rawValue)),
            ("aliases", .array(speaker.aliases.map(JSONValue.string))),
            ("titles", .array(speaker.titles.map(JSONValue.string))),
            ("quoteCount", .int(speaker.quoteCount)),
            ("articleCount", .int(speaker.articleCount)),
            ("wordCount", .int(speaker.wordCount)),
            ("quotesByKind", .object(speaker.quotesByKind.map { ($0.kind.rawValue, .int($0.count)) })),
            (
                "cues",
                .array(speaker.cues.map { .object([("cue", .string($0.cue)), ("count", .int($0.count))]) })
            ),
            ("first", reference(speaker.first, in: report)),
            ("last", reference(speaker.last, in: report)),
            ("quotes", .array(speaker.quotes.map { quote($0, in: report) })),
        ])
    }

    private func reference(_ entry: ReportQuote, in report: Report) -> JSONValue {
        .object([
            ("document", .string(entry.documentID)),
            ("documentIndex", .optional(Formatting.documentIndex(of: entry, in: report), JSONValue.int)),
            ("quote", .int(entry.quote.id)),
        ])
    }

    private func quote(_ entry: ReportQuote, in report: Report) -> JSONValue {
        let quote = entry.quote
        return .object([
            ("document", .string(entry.documentID)),
            ("documentIndex", .optional(Formatting.documentIndex(of: entry, in: report), JSONValue.int)),
            ("quote", .int(quote.id)),
            ("kind", .string(quote.kind.rawValue)),
            ("text", .string(quote.text)),
            ("span", span(quote.span)),
            ("sourceSpan", .optional(quote.sourceSpan, span)),
            ("openingMark", .string(quote.openingMark)),
            ("closingMark", .optional(quote.closingMark, JSONValue.string)),
            ("speaker", .optional(quote.speaker, JSONValue.string)),
            ("mention", .optional(quote.mention, spanText)),
            ("cue", .optional(quote.cue, spanText)),
            ("addressee", .optional(quote.addressee, spanText)),
            ("rule", .optional(quote.rule, JSONValue.string)),
            ("confidence", .double(quote.confidence)),
        ])
    }

    private func span(_ span: CodePointSpan) -> JSONValue {
        .object([
            ("start", .int(span.start)), ("end", .int(span.end)), ("line", .int(span.line)),
            ("column", .int(span.column)),
        ])
    }

    private func spanText(_ span: QuoteSpanText) -> JSONValue {
        .object([("text", .string(span.text)), ("start", .int(span.start)), ("end", .int(span.end))])
    }
}

/// A JSON value whose objects keep their keys in the order given.
enum JSONValue {
    case null
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    /// An array of `count` values, each made by `element(index)` when it is written.
    case elements(Int, (Int) -> JSONValue)
    case object([(String, JSONValue)])

    /// `transform(value)`, or `null` when `value` is nil.
    static func optional<T>(_ value: T?, _ transform: (T) -> JSONValue) -> JSONValue {
        value.map(transform) ?? .null
    }

    /// Appends the value's UTF-8 bytes, pretty-printed with two spaces per level; empty arrays and objects stay
    /// on one line.
    ///
    /// Bytes rather than a String: a report writes millions of small pieces, and each String append checks
    /// capacity, uniqueness and ASCII-ness (half of a `quotes report --format json` run).
    func write(to output: inout [UInt8], indent: Int) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .int(let value): output.append(contentsOf: String(value).utf8)
        case .double(let value): output.append(contentsOf: (Formatting.number(value) ?? "null").utf8)
        case .string(let value): JSONWriter.appendQuoted(value, to: &output)
        case .array(let values):
            JSONValue.elements(values.count) { values[$0] }.write(to: &output, indent: indent)
        case .elements(let count, let element):
            guard count > 0 else {
                output.append(contentsOf: "[]".utf8)
                return
            }
            output.append(contentsOf: "[\n".utf8)
            for index in 0..<count {
                JSONValue.writeIndent(indent + 1, to: &output)
                element(index).write(to: &output, indent: indent + 1)
                output.append(contentsOf: (index + 1 < count ? ",\n" : "\n").utf8)
            }
            JSONValue.writeIndent(indent, to: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else {
                output.append(contentsOf: "{}".utf8)
                return
            }
            output.append(contentsOf: "{\n".utf8)
            for (index, (key, value)) in members.enumerated() {
                JSONValue.writeIndent(indent + 1, to: &output)
                JSONWriter.appendQuoted(key, to: &output)
                output.append(contentsOf: ": ".utf8)
                value.write(to: &output, indent: indent + 1)
                output.append(contentsOf: (index + 1 < members.count ? ",\n" : "\n").utf8)
            }
            JSONValue.writeIndent(indent, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Appends two spaces per level of `indent`.
    static func writeIndent(_ indent: Int, to output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }
}
