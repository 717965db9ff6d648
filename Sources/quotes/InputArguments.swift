import ArgumentParser
import Foundation
import QuoteAttribution
import QuoteSources

/// The input options shared by `extract` and `report`.
struct InputArguments: ParsableArguments {
    @Argument(help: "Files or folders (walked recursively); '-' or none reads standard input.")
    var inputs: [String] = []

    @Option(help: "Input format, overriding the file extension: text, markdown, html, jsonl.")
    var inputFormat: InputFormat?

    @Option(help: "JSON Lines field holding the article text.")
    var textField = "text"

    @Option(help: "JSON Lines field holding the document id (default: document, then id).")
    var idField: String?

    @Option(help: "Only files whose name matches this glob when walking folders (e.g. '*.html').")
    var glob: String?

    @Flag(help: "Also read hidden files and folders.")
    var hidden = false

    @Flag(help: "Replace invalid UTF-8 with U+FFFD (with a warning) instead of failing the file.")
    var lossy = false

    @Option(help: "Documents analysed in parallel (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "A JSON configuration file (cue verbs, known speakers, minimum confidence).")
    var config: String?

    @Flag(name: .shortAndLong, help: "No warnings or progress on standard error.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    /// The configuration from `--config`, or the defaults.
    func configuration() throws -> Configuration {
        guard let config else { return Configuration() }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: config))
            return try JSONDecoder().decode(Configuration.self, from: data)
        } catch {
            throw ValidationError("cannot read configuration \(config): \(error)")  // a usage error: exit 2
        }
    }

    /// Reads every input and analyses it, calling `body` in input order; returns false when any input failed.
    func analyze(with analyzer: QuoteAnalyzer, _ body: (DocumentAnalysis) -> Void) -> Bool {
        let whole: @Sendable (DocumentAnalysis) -> DocumentAnalysis = { $0 }
        return analyze(with: analyzer, inParts: false, prepare: whole) { piece in
            if case .whole(let analysis) = piece { body(analysis) }
        }
    }

    /// Reads every input and analyses it, calling `body` in input order with what `prepare` made of each
    /// document's analysis (on the thread that analysed it). With `inParts`, a document longer than the
    /// configuration's part size comes instead part by part (`QuoteAnalyzer.analyze(_:inParts:)`), then its end,
    /// so its results are never held whole. Returns false when any input failed.
    func analyze<Prepared>(
        with analyzer: QuoteAnalyzer, inParts: Bool, prepare: @escaping @Sendable (DocumentAnalysis) -> Prepared,
        _ body: (DocumentPiece<Prepared>) -> Void
    ) -> Bool {
        let options = InputOptions(
            format: inputFormat, lossy: lossy, includeHidden: hidden, glob: glob,
            fields: JSONLinesFields(id: idField, text: textField))
        // Each result comes with the length of its text, for the progress line.
        let batcher = BatchAnalyzer(analyzer: analyzer, jobs: jobs) { analysis in
            (bytes: analysis.text.utf8.count, prepared: prepare(analysis))
        }
        let progress = Progress(enabled: !quiet)
        var ok = true
        var batch: [Article] = []
        var batchBytes = 0
        // The batch being analysed while the next is read: one at a time, so at most three batches are held (one
        // read, one analysed, one written).
        var pending: PendingBatch<(bytes: Int, prepared: Prepared)>?
        func handOver(_ batch: PendingBatch<(bytes: Int, prepared: Prepared)>?) {
            batch?.handOver { result in
                progress.advance(bytes: result.bytes)
                body(.whole(result.prepared))
            }
        }
        /// Starts the batch read so far once the one before is analysed, and hands that one over while the new
        /// one runs.
        func submit() {
            let previous = pending
            previous?.wait()
            let started = batch.isEmpty ? nil : batcher.start(batch)
            // A new array, not `removeAll(keepingCapacity:)`: the started batch may still be reading this one's
            // storage, and once it lets go a uniqueness check would reuse that storage without ordering the two.
            batch = []
            batchBytes = 0
            handOver(previous)
            if jobs > 1 {
                pending = started
            } else {
                handOver(started)  // one job: nothing runs meanwhile, so the batch is analysed now, as it is read
                pending = nil
            }
        }
        /// Hands over everything read so far.
        func drain() {
            submit()
            handOver(pending)
            pending = nil
        }
        for event in ArticleSource(paths: inputs.isEmpty ? ["-"] : inputs, options: options) {
            switch event {
            case .article(let article)
            where inParts && article.text.utf8.count > analyzer.configuration.maximumPartBytes:
                drain()  // the documents before it come first
                var diagnostics: [Diagnostic] = []
                var isFirst = true
                analyzer.analyze(article) { part in
                    progress.advance(bytes: part.text.utf8.count)
                    diagnostics += part.diagnostics
                    body(.part(part, isFirst: isFirst))
                    isFirst = false
                }
                body(.end(diagnostics: diagnostics))
            case .article(let article):
                batchBytes += article.text.utf8.count
                batch.append(article)
                if batch.count >= 64 * jobs || batchBytes >= 8 << 20 { submit() }
            case .warning(let warning):
                if !quiet { Diagnostics.print("warning: \(warning)") }
            case .error(let error):
                ok = false
                Diagnostics.print("error: \(error)")
            }
        }
        drain()
        progress.finish()
        return ok
    }
}

/// What `InputArguments.analyze(with:inParts:prepare:_:)` hands over, in input order.
enum DocumentPiece<Prepared> {
    /// What was made of a whole document's analysis.
    case whole(Prepared)
    /// One part of a huge document's analysis; `isFirst` for the document's first.
    case part(DocumentAnalysis, isFirst: Bool)
    /// The end of the huge document whose parts came before, with the diagnostics of all of them.
    case end(diagnostics: [Diagnostic])
}

extension InputFormat: ExpressibleByArgument {}

/// Messages on standard error.
enum Diagnostics {
    static func print(_ message: String) {
        write("quotes: \(message)\n")
    }

    /// Writes to standard error; a closed standard error is ignored, never a crash.
    static func write(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }
}

/// A progress line on standard error, only when it is a terminal.
final class Progress {
    private let enabled: Bool
    private let start = DispatchTime.now()
    private var documents = 0
    private var bytes = 0
    private var lastShown = DispatchTime.now()

    init(enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
    }

    func advance(bytes count: Int) {
        documents += 1
        bytes += count
        guard enabled else { return }
        let now = DispatchTime.now()
        guard now.uptimeNanoseconds - lastShown.uptimeNanoseconds > 250_000_000 else { return }
        lastShown = now
        let seconds = Double(now.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let megabytes = Double(bytes) / 1e6
        let line = String(
            format: "\r%d documents, %.1f MB, %.1f MB/s", documents, megabytes, megabytes / max(seconds, 1e-9))
        Diagnostics.write(line)
    }

    func finish() {
        if enabled && documents > 0 { Diagnostics.write("\n") }
    }
}
