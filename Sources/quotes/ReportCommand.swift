import ArgumentParser
import QuoteAttribution
import QuoteReporting

/// `quotes report`: who said what, how often and where, over one or many articles.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Aggregate quotes per speaker across articles: Markdown, JSON, CSV or a self-contained HTML page.",
        discussion: "Inputs are articles (analysed afresh), as for `quotes extract`.")

    @OptionGroup var input: InputArguments

    @Option(name: .shortAndLong, help: "Report format: md, json, csv, html.")
    var format: ReportFormat = .markdown

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Only this speaker (name or alias, any case).")
    var speaker: String?

    @Option(help: "Only these kinds, comma-separated (default: direct,partial).")
    var kind: String?

    @Option(help: "Attributions below this confidence count as unattributed.")
    var minConfidence: Double = 0

    @Option(help: "Only the N speakers quoted most.")
    var top: Int?

    func run() throws {
        var kinds: [QuoteKind] = [.direct, .partial]
        if let kind {
            kinds = try kind.split(separator: ",").map { name in
                guard let value = QuoteKind(rawValue: String(name)) else {
                    throw ValidationError("unknown kind '\(name)'; use direct, partial, scare, heading")
                }
                return value
            }
        }
        var analyses: [DocumentAnalysis] = []
        let ok = input.analyze(with: QuoteAnalyzer(configuration: try input.configuration())) { analyses.append($0) }
        let filter = ReportFilter(speaker: speaker, kinds: kinds, minimumConfidence: minConfidence, top: top)
        let report = Aggregator(filter: filter).report(for: analyses)
        let out = try OutputFile(path: output)
        out.write(format.renderer.render(report))
        try out.close()
        if !ok { throw ExitCode(1) }
    }
}

extension ReportFormat: ExpressibleByArgument {}
