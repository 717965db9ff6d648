import ArgumentParser
import Dispatch
import FoundationEssentials
import Glibc
import QuoteAttribution
import QuoteSources

/// The input options shared by `extract` and `report`.
struct InputArguments: ParsableArguments {
    @Argument(help: "Files or folders (walked recursively); '-' or none reads standard input.")
    var inputs: [String] = []

    @Option(help: "Input format, overriding the file extension.")
    var inputFormat: InputFormat?

    @Option(help: "JSON Lines field holding the article text.")
    var textField = "text"

    @Option(help: "JSON Lines field holding the document id (default: document, then id).")
    var idField: String?

    @Option(help: "What the JSON Lines text field holds (html: a crawled page).")
    var textFormat: TextFormat = .text

    @Option(help: "Only files whose name matches this glob when walking folders (e.g. '*.html').")
    var glob: String?

    @Flag(help: "Also read hidden files and folders.")
    var hidden = false

    @Flag(help: "Replace invalid UTF-8 with U+FFFD (with a warning) instead of failing the file.")
    var lossy = false

    // (No period at the end: ArgumentParser adds the default in force, ` (default: 2)`.)
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Documents analysed in parallel, 1 to 4096; the default is the cores this process may use",
            valueName: "n"))
    var jobs: Int = AvailableCores.count

    @Option(help: "A JSON configuration file (cue verbs, known speakers, minimum confidence).")
    var config: String?

    @Flag(name: .shortAndLong, help: "No warnings or progress on standard error.")
    var quiet = false

    @Flag(
        name: .customLong("no-unwrap"),
        help: "Read every line as a paragraph, even in a hard-wrapped text (its quotes then stop at line ends).")
    var keepsLines = false

    func validate() throws {
        guard (1...4096).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 4096") }
    }

    /// The configuration of `--config`, or the default one. A file that cannot be read, is no JSON object of
    /// known keys, or holds a bad value is a usage error (exit 2) that says which.
    func configuration() throws -> Configuration {
        var configuration = try configurationFile()
        if keepsLines { configuration.joinsWrappedLines = false }
        return configuration
    }

    /// The configuration `--config` names, or the default one.
    private func configurationFile() throws -> Configuration {
        guard let config else { return Configuration() }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: config))
        } catch {
            throw ValidationError("cannot read configuration \(config): \(Self.readFailure(of: config))")
        }
        do {
            return try JSONDecoder().decode(Configuration.self, from: data)
        } catch {
            throw ValidationError("bad configuration \(config): \(JSONLines.describe(error))")
        }
    }

    /// Why the file at `path` cannot be read, in the C library's words: asked again of `open` and `read`, as
    /// Foundation's error names no reason a user reads.
    private static func readFailure(of path: String) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        var byte: UInt8 = 0
        return Glibc.read(descriptor, &byte, 1) < 0 ? String(cString: strerror(errno)) : "unreadable"
    }

    /// Reads every input and analyses it, calling `body` in input order; returns the number of inputs (files or
    /// JSON Lines records) that failed or were skipped as binary. The file `output` (the command's `-o`) is never
    /// read from a folder.
    func analyze(with analyzer: QuoteAnalyzer, writingTo output: String?, _ body: (DocumentAnalysis) -> Void) -> Int {
        let whole: @Sendable (DocumentAnalysis) -> DocumentAnalysis = { $0 }
        return analyze(with: analyzer, inParts: false, prepare: whole, writingTo: output) { piece in
            if case .whole(let analysis) = piece { body(analysis) }
        }
    }

    /// Reads every input and analyses it, calling `body` in input order with what `prepare` made of each
    /// document's analysis (on the thread that analysed it). With `inParts`, a document longer than the
    /// configuration's part size comes instead part by part (`QuoteAnalyzer.analyze(_:inParts:)`), then its end,
    /// so its results are never held whole. `beforeMessage` runs before each warning or error is printed (the
    /// caller writes out the results before it, so that the two keep input order when they share a file or
    /// pipe). The file `output` (the command's `-o`) is never read from a folder. Returns the number of inputs
    /// (files or JSON Lines records) that failed or were skipped as binary.
    func analyze<Prepared>(
        with analyzer: QuoteAnalyzer, inParts: Bool, prepare: @escaping @Sendable (DocumentAnalysis) -> Prepared,
        writingTo output: String?, beforeMessage: () -> Void = {}, _ body: (DocumentPiece<Prepared>) -> Void
    ) -> Int {
        var options = InputOptions(
            format: inputFormat, lossy: lossy, includeHidden: hidden, glob: glob,
            fields: JSONLinesFields(id: idField, text: textField, textFormat: textFormat.inputFormat))
        options.excluding = output.map { [$0] } ?? []
        let source = ArticleSource(paths: inputs.isEmpty ? ["-"] : inputs, options: options)
        let pipeline = PipelinedAnalyzer(analyzer: analyzer, jobs: jobs, prepare: prepare)
        defer { pipeline.finish() }
        let progress = Progress(enabled: !quiet, source: source)
        var failed = 0
        // Each document comes with how far the inputs had been read when it came (for the progress line).
        func handOver(_ handed: PipelinedAnalyzer<Prepared>.Handed) {
            switch handed {
            case .prepared(let prepared, let position):
                progress.advance(documents: 1, readTo: position)
                body(.whole(prepared))
            case .message(let message):
                beforeMessage()
                Diagnostics.print(message)
            }
        }
        var articles = source.makeIterator()
        // How far the inputs had been read when the last article came.
        var positionBefore = 0
        while let event = articles.next() {
            defer { positionBefore = articles.bytesRead }
            switch event {
            case .article(let article)
            where inParts && article.text.utf8.count > analyzer.partBytes:
                pipeline.drain(handOver)  // the documents before it come first
                var diagnostics: [Diagnostic] = []
                var isFirst = true
                // Its input lies between where the last article ended and where reading stands; the progress
                // line moves through it as the parts' text is done (text and input bytes about agree).
                let (start, end) = (positionBefore, articles.bytesRead)
                var done = 0
                analyzer.analyze(article) { part in
                    diagnostics += part.diagnostics
                    body(.part(part, isFirst: isFirst))
                    isFirst = false
                    done += part.text.utf8.count
                    progress.advance(documents: 0, readTo: start + min(done, end - start))
                }
                body(.end(diagnostics: diagnostics))
                progress.advance(documents: 1, readTo: end)
            case .article(let article):
                pipeline.add(article, tag: articles.bytesRead, handOver)
            case .warning(let warning):
                // A binary file is skipped: an input not read, an error (exit 1, said even under `--quiet`), though
                // nothing is wrong with the others.
                if case .binary = warning {
                    failed += 1
                    pipeline.add(message: "error: \(warning)", handOver)
                } else if !quiet {
                    pipeline.add(message: "warning: \(warning)", handOver)
                }
            case .error(let error):
                failed += 1
                pipeline.add(message: "error: \(error)", handOver)
            }
        }
        pipeline.drain(handOver)
        progress.finish(readTo: articles.bytesRead)
        return failed
    }
}

/// What `InputArguments.analyze(with:inParts:prepare:writingTo:beforeMessage:_:)` hands over, in input order.
enum DocumentPiece<Prepared> {
    /// What was made of a whole document's analysis.
    case whole(Prepared)
    /// One part of a huge document's analysis; `isFirst` for the document's first.
    case part(DocumentAnalysis, isFirst: Bool)
    /// The end of the huge document whose parts came before, with the diagnostics of all of them.
    case end(diagnostics: [Diagnostic])
}

extension InputFormat: ExpressibleByArgument {}

/// What a JSON Lines text field may hold (`--text-format`).
enum TextFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, html

    /// The input format the field is read as.
    var inputFormat: InputFormat {
        switch self {
        case .text: .text
        case .markdown: .markdown
        case .html: .html
        }
    }
}

/// Messages on standard error.
enum Diagnostics {
    static func print(_ message: String) {
        write("quotes: \(message)\n")
    }

    /// Writes to standard error; a closed standard error is ignored, never a crash.
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { _ = OutputFile.write(UnsafeRawBufferPointer($0), to: STDERR_FILENO) }
    }
}

/// A progress line on standard error, only when it is a terminal: documents done, megabytes of input, rate, and
/// once the inputs' total size is known (not for a pipe), the share done and the time left.
final class Progress {
    private let enabled: Bool
    private let start = DispatchTime.now()
    private var documents = 0
    private var bytes = 0
    private var lastShown = DispatchTime.now()
    /// The length of the line shown last, which a shorter one must cover.
    private var lastLength = 0
    /// The inputs' total size, found on another thread by walking them while the first documents are read.
    private let total = Locked<Int?>(nil)

    init(enabled: Bool, source: ArticleSource) {
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
        guard self.enabled else { return }
        let total = self.total
        DispatchQueue.global().async {
            let size = source.totalBytes()
            total.withLock { $0 = size }
        }
    }

    /// Counts `count` more documents done, the inputs having been read up to `position` bytes when the last came.
    func advance(documents count: Int, readTo position: Int) {
        documents += count
        bytes = max(bytes, position)
        guard enabled else { return }
        let now = DispatchTime.now()
        guard now.uptimeNanoseconds - lastShown.uptimeNanoseconds > 250_000_000 else { return }
        lastShown = now
        show(Progress.line(documents: documents, bytes: bytes, total: total.withLock { $0 }, seconds: elapsed))
    }

    /// Ends the line, with the final counts, once everything up to `position` is done.
    func finish(readTo position: Int) {
        guard enabled && documents > 0 else { return }
        bytes = max(bytes, position)
        show(Progress.line(documents: documents, bytes: bytes, total: nil, seconds: elapsed))
        Diagnostics.write("\n")
    }

    /// Writes `line` over the one before, padded with spaces to cover it.
    private func show(_ line: String) {
        let length = line.utf8.count  // ASCII
        Diagnostics.write("\r" + line + String(repeating: " ", count: max(0, lastLength - length)))
        lastLength = length
    }

    private var elapsed: Double { Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 }

    /// The text of the progress line: `1200 documents, 41.9 MB, 23.0 MB/s`, then `, 42 % of 100.0 MB, 0:03 left`
    /// when the total is known and not yet reached.
    static func line(documents: Int, bytes: Int, total: Int?, seconds: Double) -> String {
        let megabytes = Double(bytes) / 1e6
        let rate = megabytes / max(seconds, 1e-9)
        var line = "\(documents) document\(documents == 1 ? "" : "s"), \(decimal(megabytes)) MB, \(decimal(rate)) MB/s"
        if let total, total > bytes, bytes > 0 {
            let left = Int((Double(total - bytes) / 1e6 / max(rate, 1e-9)).rounded(.up))
            line += ", \(bytes * 100 / total) % of \(decimal(Double(total) / 1e6)) MB, \(duration(left)) left"
        }
        return line
    }

    /// `x` with one decimal.
    private static func decimal(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// `m:ss`, or `h:mm:ss` from an hour.
    static func duration(_ seconds: Int) -> String {
        let (hours, minutes, rest) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        let mmss = (hours > 0 && minutes < 10 ? "0" : "") + "\(minutes):" + (rest < 10 ? "0" : "") + "\(rest)"
        return hours > 0 ? "\(hours):" + mmss : mmss
    }
}
