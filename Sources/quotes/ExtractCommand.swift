import ArgumentParser
import Foundation
import QuoteAttribution

/// `quotes extract`: one line of output per document (JSON Lines) or per quote (CSV, table).
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Print every quote with its speaker.")

    @Argument(help: "Input files or folders; '-' or none reads standard input.")
    var inputs: [String] = []

    @Flag(help: "Also print scare quotes and headings.")
    var all = false

    func run() throws {
        let analyzer = QuoteAnalyzer()
        var failed = false
        for path in inputs.isEmpty ? ["-"] : inputs {
            do {
                for article in try SimpleReader.articles(at: path) {
                    let analysis = analyzer.analyze(article)
                    print(JSONLinesFormatter(includeAll: all).line(for: analysis))
                }
            } catch {
                failed = true
                FileHandle.standardError.write(Data("quotes: \(path): \(error)\n".utf8))
            }
        }
        if failed { throw ExitCode(1) }
    }
}

enum SimpleReader {
    static func articles(at path: String) throws -> [Article] {
        let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: path))
        let text = String(decoding: data, as: UTF8.self)
        guard path.hasSuffix(".jsonl") else { return [Article(id: path, text: text)] }
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let body = object["text"] as? String
            else { return nil }
            return Article(id: (object["document"] ?? object["id"]) as? String ?? path, text: body)
        }
    }
}

/// The prediction contract of the evaluation kit, plus extra fields.
struct JSONLinesFormatter {
    var includeAll: Bool

    func line(for analysis: DocumentAnalysis) -> String {
        var out = "{\"document\": " + JSONWriter.quoted(analysis.documentID) + ", \"quotes\": ["
        let quotes = includeAll ? analysis.quotes : analysis.quotations
        out += quotes.map(quote).joined(separator: ", ")
        out += "]}"
        return out
    }

    private func quote(_ quote: AttributedQuote) -> String {
        var fields: [String] = [
            "\"start\": \(quote.span.start)", "\"end\": \(quote.span.end)", "\"text\": " + JSONWriter.quoted(quote.text),
            "\"speaker\": " + (quote.speaker.map(JSONWriter.quoted) ?? "null"),
            "\"kind\": " + JSONWriter.quoted(quote.kind.rawValue),
            "\"line\": \(quote.span.line)", "\"column\": \(quote.span.column)",
        ]
        if let source = quote.sourceSpan { fields += ["\"source_start\": \(source.start)", "\"source_end\": \(source.end)"] }
        fields.append("\"speaker_mention\": " + spanText(quote.mention))
        fields.append("\"cue\": " + spanText(quote.cue))
        fields.append("\"addressee\": " + spanText(quote.addressee))
        fields.append("\"rule\": " + (quote.rule.map(JSONWriter.quoted) ?? "null"))
        fields.append("\"confidence\": " + JSONWriter.number(quote.confidence))
        return "{" + fields.joined(separator: ", ") + "}"
    }

    private func spanText(_ value: QuoteSpanText?) -> String {
        guard let value else { return "null" }
        return "{\"text\": \(JSONWriter.quoted(value.text)), \"start\": \(value.start), \"end\": \(value.end)}"
    }
}
