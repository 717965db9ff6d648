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
            inputs read, 1 some input failed or was skipped as binary (all others written), 2 usage error.
            """)

    @OptionGroup var input: InputArguments

    @Option(name: .shortAndLong, help: "Output format.")
    var format: QuoteListFormat = .jsonl

    @Flag(help: "Also print scare quotes and headings (kind 'scare' and 'heading').")
    var all = false

    @Option(help: "Attributions below this confidence are left out (the quote stays, unattributed).")
    var minConfidence: Double = 0

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
    }

    func run() throws {
        var configuration = try input.configuration()
        configuration.minimumConfidence = max(configuration.minimumConfidence, minConfidence)
        let analyzer = QuoteAnalyzer(configuration: configuration)
        let writer = QuoteListWriter(format: format, includeAll: all)
        let out = try OutputFile(path: output)
        out.write(writer.header)
        var bytes: [UInt8] = []
        var noQuoteYet = true
        /// Writes the quotes of a document, or of one part of a huge one, a megabyte at a time.
        func writeQuotes(of analysis: DocumentAnalysis, isFirst: Bool) {
            bytes.removeAll(keepingCapacity: true)
            if isFirst {
                writer.appendStart(of: analysis.documentID, to: &bytes)
                noQuoteYet = true
            }
            writer.appendQuotes(of: analysis, isFirst: &noQuoteYet, to: &bytes, flushingEvery: 1 << 20) {
                out.write(bytes: $0)
            }
            out.write(bytes: bytes)
        }
        /// Writes the end of the document whose quotes were written last.
        func writeEnd(_ diagnostics: [Diagnostic]) {
            bytes.removeAll(keepingCapacity: true)
            writer.appendEnd(diagnostics: diagnostics, to: &bytes)
            out.write(bytes: bytes)
        }
        // A document's output is made on the thread that analysed it, unless it has so many quotes that it would
        // pass a megabyte (a quote takes a few hundred bytes): then it is written here a megabyte at a time, as
        // is a huge document, part by part. No output is ever held whole beyond a megabyte or so.
        let prepare: @Sendable (DocumentAnalysis) -> PreparedOutput = { analysis in
            guard analysis.quotes.count <= 2_000 else { return .analysis(analysis) }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(256 + 512 * analysis.quotes.count)
            writer.append(analysis, to: &bytes)
            return .bytes(bytes)
        }
        let failed = input.analyze(
            with: analyzer, inParts: true, prepare: prepare, writingTo: output, beforeMessage: out.flush
        ) { piece in
            switch piece {
            case .whole(.bytes(let output)):
                out.write(bytes: output)
            case .whole(.analysis(let analysis)):
                writeQuotes(of: analysis, isFirst: true)
                writeEnd(analysis.diagnostics)
            case .part(let analysis, let isFirst):
                writeQuotes(of: analysis, isFirst: isFirst)
            case .end(let diagnostics):
                writeEnd(diagnostics)
            }
        }
        try out.close()
        if failed > 0 { throw ExitCode(1) }
    }
}

/// What a worker makes of a document's analysis for `quotes extract`.
enum PreparedOutput {
    /// The document's whole output.
    case bytes([UInt8])
    /// The analysis itself, for a document whose output is written a megabyte at a time.
    case analysis(DocumentAnalysis)
}

extension QuoteListFormat: ExpressibleByArgument {}
