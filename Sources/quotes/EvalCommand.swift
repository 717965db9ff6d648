import ArgumentParser
import FoundationEssentials
import Glibc
import QuoteAttribution

/// `quotes eval`: scores predictions, or the analyzer itself, against gold quotes like `eval/score.py`.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score quote predictions against gold JSON Lines (same metrics as eval/score.py).",
        discussion: """
            Without PRED, runs the analyzer on the gold texts and scores its direct and partial quotes.
            Exit status: 0 ok, 1 a metric below a --fail-under floor or unreadable input.
            """)

    @Argument(help: "Gold quotes, JSON Lines.")
    var gold: String

    @Argument(help: "Predictions, JSON Lines, or '-' for standard input (default: run the analyzer).")
    var predictions: String?

    @Flag(help: "Print score.py's JSON object instead of the table.")
    var json = false

    @Option(help: ArgumentHelp("Comma-separated gold kinds to score (default: all).", valueName: "direct,partial"))
    var kinds: String?

    @Option(
        help: ArgumentHelp(
            "Treat gold speakers whose speaker_resolution is one of these as unknown.", valueName: "V[,V]"))
    var ignoreResolution: String?

    @Option(
        help: ArgumentHelp(
            """
            Exit 1 when METRIC is below VALUE; METRIC: attribution, quote_overlap, quote_exact, quote_strict \
            (their F1) or speaker_accuracy. Repeatable.
            """,
            valueName: "METRIC=VALUE"))
    var failUnder: [Floor] = []

    @Option(
        help: ArgumentHelp(
            "List the first N misses and false alarms with context (on standard error with --json).",
            valueName: "N"))
    var errors: Int?

    @Flag(help: "Print per-rule counts and precision for predictions with a \"rule\" (standard error with --json).")
    var rules = false

    @Flag(
        help: """
            Print confidence bins against observed speaker precision, and the expected calibration error, \
            for predictions with a "confidence" (standard error with --json).
            """)
    var reliability = false

    func validate() throws {
        if let errors, errors < 0 { throw ValidationError("--errors must be 0 or more.") }
    }

    func run() throws {
        let goldDocuments: [GoldDocument]
        let predictionDocuments: [PredictionDocument]
        do {
            goldDocuments = try JSONLines.read(GoldDocument.self, path: gold)
            predictionDocuments =
                try predictions.map { try JSONLines.read(PredictionDocument.self, path: $0) }
                ?? goldDocuments.map(Self.analyze)
        } catch {
            Self.printError("quotes eval: \(error)")
            throw ExitCode.failure
        }
        if let predictions { Self.warnAboutUnscored(predictionDocuments, gold: goldDocuments, path: predictions) }
        let alignment = Scorer().align(
            gold: goldDocuments, predictions: predictionDocuments, kinds: Self.set(kinds),
            ignoreResolution: Self.set(ignoreResolution))
        let result = alignment.result
        print(json ? result.json : result.table(goldPath: gold, predictionPath: predictions ?? "(quotes analyzer)"))
        var sections: [String] = []
        if rules { sections.append(RuleStatistics(alignment: alignment).rendered()) }
        if reliability { sections.append(ReliabilityTable(alignment: alignment).rendered()) }
        if let errors { sections.append(ErrorListing(alignment: alignment, limit: errors).rendered()) }
        for section in sections {
            if json { Self.printError(section) } else { print("\n" + section) }
        }
        let failed = failUnder.filter { $0.actual(in: result) < $0.value }
        for floor in failed {
            Self.printError("quotes eval: \(floor.metric.label) \(floor.actual(in: result)) is below \(floor.value)")
        }
        if !failed.isEmpty { throw ExitCode.failure }
    }

    /// The analyzer's direct and partial quotes for a gold document, as predictions.
    static func analyze(_ document: GoldDocument) -> PredictionDocument {
        let analysis = QuoteAnalyzer().analyze(Article(id: document.document, text: document.text))
        let quotes = analysis.quotations.map { quote in
            PredictedQuote(
                start: quote.span.start, end: quote.span.end, text: quote.text, speaker: quote.speaker,
                rule: quote.rule, confidence: quote.confidence)
        }
        return PredictionDocument(document: document.document, quotes: quotes)
    }

    /// Says on standard error what of a prediction file is not scored, which `score.py` passes over in silence:
    /// quotes without a valid `start`/`end`, records without a `document`, and gold documents with no record.
    static func warnAboutUnscored(_ predictions: [PredictionDocument], gold: [GoldDocument], path: String) {
        let invalid = predictions.reduce(0) { $0 + $1.quotes.count { !$0.hasValidSpan } }
        let unnamed = predictions.count { $0.document == nil }
        let named = Set(predictions.compactMap(\.document))
        let missing = gold.count { !named.contains($0.document) }
        var parts: [String] = []
        if invalid > 0 { parts.append("\(invalid) quote\(invalid == 1 ? "" : "s") without a valid start and end") }
        if unnamed > 0 { parts.append("\(unnamed) record\(unnamed == 1 ? "" : "s") without a document") }
        if missing > 0 { parts.append("\(missing) gold document\(missing == 1 ? "" : "s") with no record") }
        guard !parts.isEmpty else { return }
        printError("quotes eval: warning: \(path): \(parts.joined(separator: ", ")) (scored as nothing predicted)")
    }

    /// `set(value.split(","))` when the option is given and not empty, as `score.py` does.
    static func set(_ option: String?) -> Set<String>? {
        guard let option, !option.isEmpty else { return nil }
        return Set(option.split(separator: ",", omittingEmptySubsequences: false).map(String.init))
    }

    static func printError(_ message: String) {
        Diagnostics.write(message + "\n")
    }
}

/// A `--fail-under` floor: a metric and the lowest value accepted.
struct Floor: ExpressibleByArgument {
    /// The metrics a floor can be put on.
    enum Metric: String, CaseIterable {
        case attribution
        case quoteOverlap = "quote_overlap"
        case quoteExact = "quote_exact"
        case quoteStrict = "quote_strict"
        case speakerAccuracy = "speaker_accuracy"

        /// The name used in messages.
        var label: String { self == .speakerAccuracy ? rawValue : "\(rawValue) F1" }
    }

    let metric: Metric
    let value: Double

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let metric = Metric(rawValue: parts[0]), let value = Double(parts[1]) else {
            return nil
        }
        self.metric = metric
        self.value = value
    }

    static var defaultValueDescription: String { "METRIC=VALUE" }

    /// The metric's value in `result` (a missing speaker accuracy counts as 0).
    func actual(in result: EvaluationResult) -> Double {
        switch metric {
        case .attribution: result.attribution.f1
        case .quoteOverlap: result.quoteOverlap.f1
        case .quoteExact: result.quoteExact.f1
        case .quoteStrict: result.quoteStrict.f1
        case .speakerAccuracy: result.speakerAccuracy ?? 0
        }
    }
}
