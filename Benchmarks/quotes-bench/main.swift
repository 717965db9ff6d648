// quotes-bench: throughput, scaling, memory and start-up benchmark for QuoteAttribution.
//
// Builds an in-memory corpus (>= --megabytes MB) by repeating corpus/articles/*.txt and, when present, the texts
// of ../shared/eval/data/{polnear,pdnc}/dev.jsonl (read at run time only). Then reports, in one run:
//   (a) raw PCRE2 JIT scan for quote marks (the ceiling), (b) end-to-end analysis on 1 thread,
//   (c) the same on N threads (default 2) and the scaling ratio, (d) (b)/(a), (e) peak RSS (VmHWM),
//   (f) start-up time of the `quotes` binary (`quotes extract` on empty stdin, median of 20 runs),
//   (g) the `quotes extract` command itself on the same corpus written as JSON Lines, 1 job and N jobs: input
//       parsing and output writing included, with the command's CPU time (not its peak RSS: see childCPUSeconds).
// Usage: quotes-bench [--megabytes N] [--threads N] [--json] [--quotes-bin PATH] [--root DIR]
import CPCRE2
import Dispatch
import Foundation
import QuoteAttribution

// MARK: - Options

struct Options {
    var megabytes = 100
    var threads = 2
    var json = false
    var quotesBinary = ".build/release/quotes"
    var root = "."
    var startupRuns = 20

    static func parse(_ arguments: [String]) -> Options {
        var options = Options()
        var iterator = arguments.dropFirst().makeIterator()
        func value(_ name: String) -> String {
            guard let next = iterator.next() else { fail("missing value for \(name)") }
            return next
        }
        while let argument = iterator.next() {
            switch argument {
            case "--megabytes": options.megabytes = Int(value(argument)) ?? options.megabytes
            case "--threads": options.threads = max(1, Int(value(argument)) ?? options.threads)
            case "--json": options.json = true
            case "--quotes-bin": options.quotesBinary = value(argument)
            case "--root": options.root = value(argument)
            case "--startup-runs": options.startupRuns = max(1, Int(value(argument)) ?? options.startupRuns)
            case "-h", "--help":
                print(
                    "usage: quotes-bench [--megabytes N] [--threads N] [--json] [--quotes-bin PATH] [--root DIR] [--startup-runs N]"
                )
                exit(0)
            default: fail("unknown option \(argument)")
            }
        }
        return options
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("quotes-bench: \(message)\n".utf8))
    exit(2)
}

// MARK: - Measurement helpers

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

/// User + system CPU seconds of this process so far.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

/// A field (in kB) of /proc/self/status, such as VmHWM or VmRSS.
func procStatusKB(_ field: String) -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    }
    return nil
}

func mbps(_ bytes: Int, _ nanoseconds: UInt64) -> Double {
    Double(bytes) / 1e6 / (Double(nanoseconds) / 1e9)
}

// MARK: - Corpus

/// Reads the seed texts and repeats them, each repeat a separate copy, until `minimumBytes` is reached.
func buildCorpus(root: String, minimumBytes: Int) -> (documents: [String], bytes: Int, seeds: [String: Int]) {
    var texts: [String] = []
    var seeds: [String: Int] = [:]
    let articles = URL(fileURLWithPath: root).appendingPathComponent("corpus/articles")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: articles.path)) ?? [])
        .filter { $0.hasSuffix(".txt") }.sorted()
    for name in names {
        if let text = try? String(contentsOf: articles.appendingPathComponent(name), encoding: .utf8) {
            texts.append(text)
        }
    }
    seeds["corpus/articles"] = names.count
    for set in ["polnear/dev", "pdnc/dev"] {
        let path = URL(fileURLWithPath: root).appendingPathComponent("../shared/eval/data/\(set).jsonl").path
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        var count = 0
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let text = object["text"] as? String, !text.isEmpty
            else { continue }
            texts.append(text)
            count += 1
        }
        seeds[set] = count
    }
    guard !texts.isEmpty else { fail("no input texts found under \(root)") }
    var documents: [String] = []
    var total = 0
    while total < minimumBytes {
        for text in texts {
            // A fresh copy, so the corpus really occupies its size in memory (no shared string storage).
            let copy = String(decoding: Array(text.utf8), as: UTF8.self)
            documents.append(copy)
            total += copy.utf8.count
            if total >= minimumBytes { break }
        }
    }
    return (documents, total, seeds)
}

// MARK: - (a) Raw PCRE2 JIT scan

/// The quote-mark patterns of QuoteDetector (`QuoteDetector.markPatterns`: three patterns with at most two first
/// bytes each, which together match what one pattern with five first bytes would), matched with raw
/// pcre2_jit_match_8 over every document: one scan per pattern.
func rawScan(_ documents: [String]) -> (nanoseconds: UInt64, matches: Int, jit: Bool) {
    let patterns = [
        "''|[\"']", "\\x{2018}|\\x{2019}|\\x{201C}|\\x{201D}|\\x{201E}|\\x{00AB}|\\x{00BB}|\\x{2039}|\\x{203A}", "``",
    ]
    let codes = patterns.map { pattern in
        var errorCode: Int32 = 0
        var errorOffset = 0
        let bytes = Array(pattern.utf8)
        guard let code = pcre2_compile_8(bytes, bytes.count, PCRE2_UTF | PCRE2_UCP, &errorCode, &errorOffset, nil)
        else {
            fail("pattern \(pattern) did not compile (\(errorCode))")
        }
        guard pcre2_jit_compile_8(code, PCRE2_JIT_COMPLETE) == 0 else { fail("PCRE2 JIT unavailable") }
        return code
    }
    defer { for code in codes { pcre2_code_free_8(code) } }
    let matchData = pcre2_match_data_create_from_pattern_8(codes[0], nil)
    defer { pcre2_match_data_free_8(matchData) }
    var matches = 0
    let start = now()
    for var document in documents {
        document.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return }
            let length = buffer.count
            for code in codes {
                var offset = 0
                while offset < length {
                    let rc = pcre2_jit_match_8(code, base, length, offset, PCRE2_NO_UTF_CHECK, matchData, nil)
                    if rc < 0 { break }
                    matches += 1
                    let vector = pcre2_get_ovector_pointer_8(matchData)!
                    offset = max(vector[1], vector[0] + 1)
                }
            }
        }
    }
    return (now() - start, matches, true)
}

// MARK: - (b), (c) End-to-end analysis

/// Per-chunk results written by parallel workers, one slot each (no shared mutation).
final class Slots: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Int>
    let count: Int
    init(_ count: Int) {
        self.count = count
        pointer = .allocate(capacity: count)
        pointer.initialize(repeating: 0, count: count)
    }
    deinit { pointer.deallocate() }
    var sum: Int { (0..<count).reduce(0) { $0 + pointer[$1] } }
}

/// Runs `body` for every chunk index on exactly `count` threads (the calling one and `count - 1` new ones), each
/// taking the next chunk not yet taken, as `quotes extract --jobs` does; returns when all are done.
/// (`DispatchQueue.concurrentPerform` would use as many threads as Dispatch chooses, whatever `--threads` says.)
func runOnThreads(_ count: Int, chunks: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let next = NSLock()
    nonisolated(unsafe) var taken = 0
    let work: @Sendable () -> Void = {
        while true {
            next.lock()
            let index = taken
            taken += 1
            next.unlock()
            guard index < chunks else { return }
            body(index)
        }
    }
    let done = DispatchGroup()
    for _ in 1..<max(1, count) {
        done.enter()
        Thread {
            work()
            done.leave()
        }.start()
    }
    work()
    done.wait()
}

func analyzeAll(_ documents: ArraySlice<String>, analyzer: QuoteAnalyzer) -> Int {
    var quotes = 0
    for (index, text) in zip(documents.indices, documents) {
        quotes += analyzer.analyze(Article(id: "d\(index)", text: text)).quotes.count
    }
    return quotes
}

/// Splits `documents` into `count` contiguous chunks of about equal bytes.
func chunks(_ documents: [String], count: Int, totalBytes: Int) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var bytes = 0
    let target = totalBytes / count + 1
    for (index, document) in documents.enumerated() {
        bytes += document.utf8.count
        if bytes >= target * (ranges.count + 1), ranges.count < count - 1 {
            ranges.append(start..<(index + 1))
            start = index + 1
        }
    }
    ranges.append(start..<documents.count)
    return ranges
}

// MARK: - (f) Start-up time

func startupTimes(binary: String, runs: Int) -> [Double]? {
    guard FileManager.default.isExecutableFile(atPath: binary) else { return nil }
    var times: [Double] = []
    for _ in 0..<runs {
        guard let run = spawnAndWait(binary, ["extract"]) else { return nil }
        times.append(Double(run.nanoseconds) / 1e6)
    }
    return times.sorted()
}

/// Runs `binary` with `arguments`, standard input, output and error on /dev/null, and waits for it with
/// `waitpid`: its wall-clock nanoseconds and exit status. (Foundation's `Process.waitUntilExit` polls a run loop,
/// which added 10 to 40 ms to each run and made a 15 ms start-up read as 51 ms.)
func spawnAndWait(_ binary: String, _ arguments: [String]) -> (nanoseconds: UInt64, status: Int32)? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid = pid_t()
    let start = now()
    guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
        guard errno == EINTR else { return nil }
    }
    let elapsed = now() - start
    // WIFEXITED / WEXITSTATUS, which Swift does not import.
    return (elapsed, status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F))
}

// MARK: - (g) The command on the same corpus

/// Writes `documents` as JSON Lines (`{"id":"dN","text":…}`) to a temporary file, a megabyte at a time;
/// returns its path and size.
func writeJSONLines(_ documents: [String]) -> (path: String, bytes: Int)? {
    let path = NSTemporaryDirectory() + "quotes-bench-\(getpid()).jsonl"
    guard FileManager.default.createFile(atPath: path, contents: nil),
        let handle = FileHandle(forWritingAtPath: path)
    else { return nil }
    defer { try? handle.close() }
    var chunk: [UInt8] = []
    var total = 0
    for (index, text) in documents.enumerated() {
        chunk.append(contentsOf: "{\"id\":\"d\(index)\",\"text\":".utf8)
        JSONWriter.appendQuoted(text, to: &chunk)
        chunk.append(contentsOf: "}\n".utf8)
        if chunk.count >= 1 << 20 || index == documents.count - 1 {
            guard (try? handle.write(contentsOf: chunk)) != nil else { return nil }
            total += chunk.count
            chunk.removeAll(keepingCapacity: true)
        }
    }
    return (path, total)
}

/// What one run of the command cost.
struct CommandRun {
    var nanoseconds: UInt64
    var seconds: Double { Double(nanoseconds) / 1e9 }
    /// User + system CPU seconds of the command.
    var cpuSeconds: Double
    var status: Int32
}

/// User + system CPU seconds of the waited-for child processes so far.
///
/// (Not their peak RSS: a child started by `posix_spawn` shares this process's memory until it runs `exec`, and
/// Linux counts that in the child's `ru_maxrss`. `BENCHMARKS.md` measures the command's memory with `time -f %M`.)
func childCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    let cpu =
        Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec)
        + Double(usage.ru_stime.tv_usec) / 1e6
    return cpu
}

/// Runs `quotes extract --quiet --jobs N path` with its output thrown away.
func runExtract(binary: String, path: String, jobs: Int) -> CommandRun? {
    let cpuBefore = childCPUSeconds()
    guard let run = spawnAndWait(binary, ["extract", "--quiet", "--jobs", "\(jobs)", path]) else { return nil }
    return CommandRun(
        nanoseconds: run.nanoseconds, cpuSeconds: childCPUSeconds() - cpuBefore, status: run.status)
}

// MARK: - Main

func machineDescription() -> (cpus: Int, model: String, load: String) {
    let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let model =
        info.split(separator: "\n").first { $0.hasPrefix("model name") }
        .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
        ?? "?"
    let load = ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?")
        .split(separator: " ").prefix(3).joined(separator: " ")
    return (ProcessInfo.processInfo.activeProcessorCount, model, load)
}

func run() {
    let options = Options.parse(CommandLine.arguments)
    let machine = machineDescription()
    let log: (String) -> Void = { message in
        if !options.json { FileHandle.standardError.write(Data((message + "\n").utf8)) }
    }

    log("building corpus of >= \(options.megabytes) MB ...")
    let buildStart = now()
    let corpus = buildCorpus(root: options.root, minimumBytes: options.megabytes * 1_000_000)
    let documents = corpus.documents
    let rssAfterCorpus = procStatusKB("VmRSS") ?? 0
    log(
        String(
            format: "  %d documents, %.1f MB in %.1f s (seeds: %@)", documents.count, Double(corpus.bytes) / 1e6,
            Double(now() - buildStart) / 1e9,
            corpus.seeds.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")))

    log("(a) raw PCRE2 JIT scan ...")
    _ = rawScan(Array(documents.prefix(50)))  // warm-up
    // Short phase, so the best of 3 runs (the machine may be shared).
    let cpu0 = cpuSeconds()
    let raw = (0..<3).map { _ in rawScan(documents) }.min { $0.nanoseconds < $1.nanoseconds }!
    let rawCPU = (cpuSeconds() - cpu0) / 3
    let rawMBps = mbps(corpus.bytes, raw.nanoseconds)

    let analyzer = QuoteAnalyzer()
    _ = analyzeAll(documents.prefix(20), analyzer: analyzer)  // warm-up (lexicons, compiled patterns)
    log("(b) end-to-end, 1 thread ...")
    let cpu1 = cpuSeconds()
    let singleStart = now()
    let singleQuotes = analyzeAll(documents[...], analyzer: analyzer)
    let singleNanoseconds = now() - singleStart
    let singleCPU = cpuSeconds() - cpu1
    let singleMBps = mbps(corpus.bytes, singleNanoseconds)

    log("(c) end-to-end, \(options.threads) threads ...")
    let parts = chunks(documents, count: options.threads * 8, totalBytes: corpus.bytes)
    let slots = Slots(parts.count)
    let cpu2 = cpuSeconds()
    let parallelStart = now()
    runOnThreads(options.threads, chunks: parts.count) { index in
        slots.pointer[index] = analyzeAll(documents[parts[index]], analyzer: analyzer)
    }
    let parallelNanoseconds = now() - parallelStart
    let parallelCPU = cpuSeconds() - cpu2
    let parallelMBps = mbps(corpus.bytes, parallelNanoseconds)
    let parallelQuotes = slots.sum

    let peakKB = procStatusKB("VmHWM") ?? 0

    // (g): after (e), so that the JSON Lines written here do not count in this process's peak.
    var commandRuns: (single: CommandRun, parallel: CommandRun, jsonBytes: Int)?
    if FileManager.default.isExecutableFile(atPath: options.quotesBinary), let file = writeJSONLines(documents) {
        log(
            "(g) `quotes extract` on the corpus as JSON Lines (\(file.bytes / 1_000_000) MB), 1 and \(options.threads) jobs ..."
        )
        if let single = runExtract(binary: options.quotesBinary, path: file.path, jobs: 1),
            let parallel = runExtract(binary: options.quotesBinary, path: file.path, jobs: options.threads)
        {
            commandRuns = (single, parallel, file.bytes)
        }
        try? FileManager.default.removeItem(atPath: file.path)
    }

    log("(f) start-up of \(options.quotesBinary) ...")
    let startup = startupTimes(binary: options.quotesBinary, runs: options.startupRuns)
    let startupMedian = startup.map {
        $0.count % 2 == 1 ? $0[$0.count / 2] : ($0[$0.count / 2 - 1] + $0[$0.count / 2]) / 2
    }

    let singleSeconds = Double(singleNanoseconds) / 1e9
    let parallelSeconds = Double(parallelNanoseconds) / 1e9
    if options.json {
        var fields: [String] = [
            "\"nproc\": \(machine.cpus)", "\"cpu_model\": \"\(machine.model)\"", "\"loadavg\": \"\(machine.load)\"",
            "\"documents\": \(documents.count)", "\"bytes\": \(corpus.bytes)",
            "\"raw_pcre2_mbps\": \(String(format: "%.1f", rawMBps))", "\"raw_pcre2_matches\": \(raw.matches)",
            "\"raw_pcre2_cpu_seconds_mean\": \(String(format: "%.3f", rawCPU))",
            "\"single_mbps\": \(String(format: "%.2f", singleMBps))",
            "\"single_seconds\": \(String(format: "%.3f", singleSeconds))",
            "\"single_cpu_seconds\": \(String(format: "%.3f", singleCPU))", "\"quotes\": \(singleQuotes)",
            "\"threads\": \(options.threads)", "\"parallel_mbps\": \(String(format: "%.2f", parallelMBps))",
            "\"parallel_seconds\": \(String(format: "%.3f", parallelSeconds))",
            "\"parallel_cpu_seconds\": \(String(format: "%.3f", parallelCPU))",
            "\"parallel_quotes\": \(parallelQuotes)",
            "\"scaling\": \(String(format: "%.3f", parallelMBps / singleMBps))",
            "\"end_to_end_vs_raw\": \(String(format: "%.5f", singleMBps / rawMBps))",
            "\"rss_after_corpus_kb\": \(rssAfterCorpus)", "\"peak_rss_kb\": \(peakKB)",
        ]
        if let commandRuns {
            fields += [
                "\"command_jsonl_bytes\": \(commandRuns.jsonBytes)",
                "\"command_single_mbps\": \(String(format: "%.2f", mbps(corpus.bytes, commandRuns.single.nanoseconds)))",
                "\"command_single_cpu_seconds\": \(String(format: "%.3f", commandRuns.single.cpuSeconds))",
                "\"command_parallel_mbps\": \(String(format: "%.2f", mbps(corpus.bytes, commandRuns.parallel.nanoseconds)))",
                "\"command_parallel_cpu_seconds\": \(String(format: "%.3f", commandRuns.parallel.cpuSeconds))",
                "\"command_status\": [\(commandRuns.single.status), \(commandRuns.parallel.status)]",
            ]
        }
        if let startupMedian, let startup {
            fields.append("\"startup_median_ms\": \(String(format: "%.2f", startupMedian))")
            fields.append("\"startup_min_ms\": \(String(format: "%.2f", startup.first!))")
            fields.append("\"startup_runs\": \(startup.count)")
        } else {
            fields.append("\"startup_median_ms\": null")
        }
        print("{" + fields.joined(separator: ", ") + "}")
        return
    }
    func row(_ label: String, _ value: String, _ note: String = "") {
        print(
            label.padding(toLength: 44, withPad: " ", startingAt: 0)
                + value.padding(toLength: 18, withPad: " ", startingAt: 0) + note)
    }
    print("")
    print("machine: \(machine.cpus) CPUs, \(machine.model), loadavg \(machine.load)")
    print("corpus:  \(documents.count) documents, \(String(format: "%.1f", Double(corpus.bytes) / 1e6)) MB")
    print(String(repeating: "-", count: 96))
    row("measure", "value", "note")
    print(String(repeating: "-", count: 96))
    row(
        "(a) raw PCRE2 JIT quote-mark scan", String(format: "%.0f MB/s", rawMBps),
        String(
            format: "best of 3; %.3f s wall, %.3f s CPU (mean); %d marks (ceiling)",
            Double(raw.nanoseconds) / 1e9, rawCPU, raw.matches))
    row(
        "(b) end-to-end, 1 thread", String(format: "%.2f MB/s", singleMBps),
        String(format: "%.2f s wall, %.2f s CPU, %d quotes", singleSeconds, singleCPU, singleQuotes))
    row(
        "(c) end-to-end, \(options.threads) threads", String(format: "%.2f MB/s", parallelMBps),
        String(
            format: "%.2f s wall, %.2f s CPU, %d quotes%@", parallelSeconds, parallelCPU, parallelQuotes,
            parallelQuotes == singleQuotes ? "" : " (MISMATCH)"))
    row("    scaling (c)/(b)", String(format: "%.2fx", parallelMBps / singleMBps))
    row(
        "(d) end-to-end / raw scan (b)/(a)", String(format: "%.4f", singleMBps / rawMBps),
        String(format: "1/%.0f", rawMBps / singleMBps))
    row(
        "(e) peak RSS (VmHWM)", String(format: "%.1f MB", Double(peakKB) / 1024),
        String(format: "RSS after corpus build %.1f MB", Double(rssAfterCorpus) / 1024))
    if let startupMedian, let startup {
        row(
            "(f) start-up `quotes extract` < /dev/null", String(format: "%.1f ms", startupMedian),
            String(format: "median of %d, min %.1f, max %.1f", startup.count, startup.first!, startup.last!))
    } else {
        row("(f) start-up", "skipped", "\(options.quotesBinary) not found")
    }
    if let commandRuns {
        let single = mbps(corpus.bytes, commandRuns.single.nanoseconds)
        let parallel = mbps(corpus.bytes, commandRuns.parallel.nanoseconds)
        let status = commandRuns.single.status == 0 && commandRuns.parallel.status == 0 ? "" : " (FAILED)"
        row(
            "(g) `quotes extract` JSON Lines, 1 job", String(format: "%.2f MB/s", single),
            String(
                format: "of text; %.2f s wall, %.2f s CPU, %.0f MB of JSON Lines%@", commandRuns.single.seconds,
                commandRuns.single.cpuSeconds, Double(commandRuns.jsonBytes) / 1e6, status))
        row(
            "    the same, \(options.threads) jobs", String(format: "%.2f MB/s", parallel),
            String(
                format: "%.2fx; %.2f s wall, %.2f s CPU", parallel / single, commandRuns.parallel.seconds,
                commandRuns.parallel.cpuSeconds))
    } else {
        row("(g) `quotes extract`", "skipped", "\(options.quotesBinary) not found, or the corpus file not written")
    }
    print(String(repeating: "-", count: 96))
}

run()
