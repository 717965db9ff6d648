import ArgumentParser
import QuoteAttribution
import QuoteReporting

/// `quotes extract`: every quote with its speaker, as JSON Lines, CSV or a table.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print every quote with its span, kind, cue, speaker, rule and confidence.",
        discussion: """
            JSON Lines (the default) is the prediction contract of the evaluation kit: one document a line,
            quote start/end in Unicode code points of the content without its marks. Exit status: 0 all
            inputs read, 1 some input failed (all others written), 2 usage error.
            """)

    @OptionGroup var input: InputArguments

    @Option(name: .shortAndLong, help: "Output format: jsonl, csv, table.")
    var format: QuoteListFormat = .jsonl

    @Flag(help: "Also print scare quotes and headings (kind 'scare' and 'heading').")
    var all = false

    @Option(help: "Attributions below this confidence are left out (the quote stays, unattributed).")
    var minConfidence: Double = 0

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        var configuration = try input.configuration()
        configuration.minimumConfidence = max(configuration.minimumConfidence, minConfidence)
        let analyzer = QuoteAnalyzer(configuration: configuration)
        let writer = QuoteListWriter(format: format, includeAll: all)
        let out = try OutputFile(path: output)
        out.write(writer.header)
        var bytes: [UInt8] = []
        var noQuoteYet = true
        // A document's output is made on the thread that analysed it. A huge document comes part by part and is
        // written a megabyte at a time: it is never held whole.
        let output: @Sendable (DocumentAnalysis) -> [UInt8] = { analysis in
            var bytes: [UInt8] = []
            // Room for most documents' output at once (a JSON Lines quote takes a few hundred bytes).
            bytes.reserveCapacity(256 + 512 * analysis.quotes.count)
            writer.append(analysis, to: &bytes)
            return bytes
        }
        let ok = input.analyze(with: analyzer, inParts: true, prepare: output) { piece in
            switch piece {
            case .whole(let output):
                out.write(bytes: output)
                return
            case .part(let analysis, let isFirst):
                bytes.removeAll(keepingCapacity: true)
                if isFirst {
                    writer.appendStart(of: analysis.documentID, to: &bytes)
                    noQuoteYet = true
                }
                writer.appendQuotes(of: analysis, isFirst: &noQuoteYet, to: &bytes, flushingEvery: 1 << 20) {
                    out.write(bytes: $0)
                }
            case .end(let diagnostics):
                bytes.removeAll(keepingCapacity: true)
                writer.appendEnd(diagnostics: diagnostics, to: &bytes)
            }
            out.write(bytes: bytes)
        }
        try out.close()
        if !ok { throw ExitCode(1) }
    }
}

extension QuoteListFormat: ExpressibleByArgument {}
