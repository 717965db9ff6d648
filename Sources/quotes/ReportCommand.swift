import ArgumentParser
import QuoteAttribution
import QuoteReporting

/// `quotes report`: who said what, how often and where, over one or many articles.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Aggregate quotes per speaker across articles: Markdown, JSON, CSV or a self-contained HTML page.",
        discussion: """
            Inputs are articles (analysed afresh), as for `quotes extract`. Exit status: 0 all inputs read, 1 some
            input failed or was skipped as binary (the report covers all others), 2 usage error.
            """)

    @OptionGroup var input: InputArguments

    @Option(name: .shortAndLong, help: "Report format.")
    var format: ReportFormat = .markdown

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(
        help: "Only this speaker: a name, an alias or a surname; case and punctuation ignored (OBrien matches O'Brien)."
    )
    var speaker: String?

    @Option(help: "Only these kinds, comma-separated: direct, partial, scare, heading (default: direct,partial).")
    var kind: String?

    @Option(help: "Attributions below this confidence count as unattributed.")
    var minConfidence: Double = 0

    // (Read unconditionally, as `--jobs` is: `--top -1` is a bad value, not a missing one.)
    @Option(
        parsing: .unconditional, help: ArgumentHelp("Only the n speakers quoted most (n at least 1).", valueName: "n"))
    var top: Int?

    func validate() throws {
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        _ = try kinds()
    }

    /// The kinds of `--kind` (names trimmed, any case), or direct and partial without it; a usage error when a
    /// name is empty or unknown.
    func kinds() throws -> [QuoteKind] {
        guard let kind else { return [.direct, .partial] }
        let known = QuoteKind.allCases.map(\.rawValue).joined(separator: ", ")
        return try kind.split(separator: ",", omittingEmptySubsequences: false).map { name in
            var trimmed = name.drop(while: \.isWhitespace)
            while trimmed.last?.isWhitespace == true { trimmed = trimmed.dropLast() }
            guard !trimmed.isEmpty else {
                throw ValidationError("--kind needs kind names separated by commas: \(known)")
            }
            guard let value = QuoteKind(rawValue: trimmed.lowercased()) else {
                throw ValidationError("unknown kind '\(name)' for --kind; use \(known)")
            }
            return value
        }
    }

    func run() throws {
        let filter = ReportFilter(speaker: speaker, kinds: try kinds(), minimumConfidence: minConfidence, top: top)
        let report = try aggregate(filter)
        // A name that matches no speaker gives an empty report: say so, rather than let it pass for silence.
        if let speaker, !input.quiet, report.speakerCount == 0 {
            Diagnostics.print("warning: no speaker matches \"\(speaker)\" (names and aliases are compared)")
        }
        let out = try OutputFile(path: output)
        out.write(format.renderer.render(report))
        try out.close()
        if report.unreadInputCount > 0 { throw ExitCode(1) }
    }

    /// Analyses every input and aggregates each analysis as it comes; returns the report, which counts the inputs
    /// that failed.
    ///
    /// Only the HTML page shows the articles, so only it keeps the analyses whole. The aggregator's working copy
    /// of the quotes is freed when this returns, before the report is rendered.
    private func aggregate(_ filter: ReportFilter) throws -> Report {
        var aggregator = Aggregator(filter: filter, keepsAnalyses: format == .html)
        let failed = input.analyze(with: QuoteAnalyzer(configuration: try input.configuration()), writingTo: output) {
            aggregator.add($0)
        }
        var report = aggregator.report()
        report.unreadInputCount = failed
        return report
    }
}

extension ReportFormat: ExpressibleByArgument {}
