import Foundation
import TestSupport
import Testing

@testable import QuoteAttribution

/// Runs `python3 ../shared/eval/score.py` and the Swift scorer on the same files and compares the output.
///
/// Skipped when the evaluation kit or `python3` is not there.
@Suite(.enabled(if: EvalKit.isAvailable)) struct ScorerAgreementTests {
    @Test(arguments: GoldSet.allCases, PredictionVariant.allCases)
    func jsonAgreesWithScorePy(gold set: GoldSet, variant: PredictionVariant) throws {
        let directory = try EvalKit.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let gold = try set.write(in: directory)
        let predictions = directory.appendingPathComponent("pred.jsonl")
        try EvalKit.writeLines(variant.predictions(from: try EvalKit.readLines(gold)), to: predictions)
        for options in [[], ["--kinds", "direct", "--ignore-resolution", "corenlp-coref+recency"]] {
            let swift = try EvalKit.swiftScore(gold: gold.path, predictions: predictions.path, options: options).json
            let python = try EvalKit.python([gold.path, predictions.path, "--json"] + options)
            #expect(swift == python.trimmingCharacters(in: .newlines), "\(set) \(variant) \(options)")
            let parse = { (text: String) in try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary }
            #expect(try parse(swift) == parse(python))
        }
    }

    @Test func tableAgreesWithScorePy() throws {
        let directory = try EvalKit.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let gold = try GoldSet.polnear.write(in: directory)
        let predictions = directory.appendingPathComponent("pred.jsonl")
        try EvalKit.writeLines(
            PredictionVariant.invalid.predictions(from: try EvalKit.readLines(gold)), to: predictions)
        let swift = try EvalKit.swiftScore(gold: gold.path, predictions: predictions.path, options: [])
            .table(goldPath: gold.path, predictionPath: predictions.path)
        #expect(swift + "\n" == (try EvalKit.python([gold.path, predictions.path])))
    }
}

/// The gold files the agreement test scores.
enum GoldSet: String, CaseIterable, Sendable {
    /// The hand-annotated seed article.
    case seed
    /// The first 20 documents of PolNeAR dev.
    case polnear
    /// The first 3 chunks of PDNC dev (non-ASCII text, long dialogue).
    case pdnc

    /// Writes (or locates) the gold file.
    func write(in directory: URL) throws -> URL {
        let data = EvalKit.directory.appendingPathComponent("data")
        switch self {
        case .seed: return data.appendingPathComponent("seed/gold.jsonl")
        case .polnear:
            return try EvalKit.copyLines(20, of: data.appendingPathComponent("polnear/dev.jsonl"), in: directory)
        case .pdnc: return try EvalKit.copyLines(3, of: data.appendingPathComponent("pdnc/dev.jsonl"), in: directory)
        }
    }
}

/// Ways of turning gold documents into predictions that exercise every metric.
enum PredictionVariant: String, CaseIterable, Sendable {
    case perfect, shifted, halves, duplicates, wrongSpeakers, speakerForms, pronouns, invalid, missingDocument

    /// The prediction lines for gold lines (parsed JSON objects).
    func predictions(from gold: [[String: Any]]) -> [[String: Any]] {
        var lines: [[String: Any]] = []
        for (d, document) in gold.enumerated() {
            let quotes = document["quotes"] as? [[String: Any]] ?? []
            let speakers = quotes.map { $0["speaker"] ?? NSNull() }
            var predicted: [Any] = []
            for (i, quote) in quotes.enumerated() {
                var q = quote
                let start = quote["start"] as! Int
                let end = quote["end"] as! Int
                let speaker = quote["speaker"] as? String ?? ""
                switch self {
                case .perfect, .missingDocument: break
                case .shifted:
                    let (s, e) = [(1, 1), (-1, -1), (1, -1), (-1, 1)][i % 4]
                    q["start"] = start + s
                    q["end"] = end + e
                case .halves:
                    let half = (end - start + i % 2) / 2
                    q["start"] = i % 4 < 2 ? start : end - half
                    q["end"] = i % 4 < 2 ? start + half : end
                case .duplicates:
                    predicted.append(["start": start + 2, "end": end, "speaker": speakers[(i + 1) % speakers.count]])
                    if i + 1 < quotes.count {
                        predicted.append(["start": start, "end": quotes[i + 1]["end"]!, "speaker": "x"])
                    }
                case .wrongSpeakers: q["speaker"] = speakers[(i + 1) % speakers.count]
                case .speakerForms:
                    let last = speaker.split(separator: " ").last.map(String.init) ?? ""
                    q["speaker"] =
                        [
                            last.uppercased() + "’s", "the \(speaker) Jr.", String(speaker.prefix(3)),
                            speaker.lowercased(),
                        ][i % 4]
                case .pronouns: q["speaker"] = ["she", "He", "they", "his"][i % 4]
                case .invalid:
                    switch i % 7 {
                    case 0: q["start"] = nil
                    case 1: q["start"] = " \(start)"
                    case 2: q["end"] = Double(end) + 0.5
                    case 3: q["end"] = start
                    case 4: q["start"] = NSNull()
                    case 5: q["start"] = [start]
                    default: break
                    }
                }
                q["rule"] = "rule_\(i % 3)"
                predicted.append(q)
            }
            if self == .invalid { predicted += [[1, 2], "x", ["start": 5, "end": 2]] }
            if self == .missingDocument && d == 0 { continue }
            lines.append(["document": document["document"]!, "quotes": predicted])
        }
        switch self {
        case .missingDocument: lines.append(["document": "zz/unknown", "quotes": [["start": 0, "end": 4]]])
        case .invalid:
            lines += [["quotes": [["start": 0, "end": 4]]], ["document": gold[0]["document"]!, "quotes": ["a": 1]]]
        default: break
        }
        return lines
    }
}

/// Access to the evaluation kit next to the repository (`../shared/eval`) and to `python3`.
enum EvalKit {
    /// The repository root: this file is `Tests/QuoteAttributionTests/Evaluation/ScorerAgreementTests.swift`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// `../shared/eval`.
    static let directory = root.deletingLastPathComponent().appendingPathComponent("shared/eval")

    /// True when `score.py` and `python3` can be run.
    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("score.py").path)
            && (try? python(["--self-test"]))?.contains("passed") == true
    }

    /// Runs `python3 score.py ARGS` and returns its standard output.
    static func python(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", directory.appendingPathComponent("score.py").path] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The Swift scorer on two files, with `score.py`'s `--kinds` and `--ignore-resolution` options.
    static func swiftScore(gold: String, predictions: String, options: [String]) throws -> EvaluationResult {
        func option(_ name: String) -> Set<String>? {
            options.firstIndex(of: name).map { Set(options[$0 + 1].split(separator: ",").map(String.init)) }
        }
        return Scorer().score(
            gold: try JSONLines.read(GoldDocument.self, path: gold),
            predictions: try JSONLines.read(PredictionDocument.self, path: predictions),
            kinds: option("--kinds"), ignoreResolution: option("--ignore-resolution"))
    }

    /// A fresh temporary directory; the caller removes it.
    static func temporaryDirectory() throws -> URL { try TestSupport.temporaryDirectory("scorer") }

    /// Copies the first `count` lines of `source` into `directory`, reading no more of it than needed.
    static func copyLines(_ count: Int, of source: URL, in directory: URL) throws -> URL {
        let handle = try FileHandle(forReadingFrom: source)
        defer { try? handle.close() }
        var data = Data()
        while data.filter({ $0 == 0x0A }).count < count, let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty
        {
            data += chunk
        }
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false).prefix(count)
        let target = directory.appendingPathComponent(source.deletingPathExtension().lastPathComponent + "-gold.jsonl")
        try Data(lines.joined(separator: [0x0A]) + [0x0A]).write(to: target)
        return target
    }

    static func readLines(_ url: URL) throws -> [[String: Any]] {
        try Data(contentsOf: url).split(separator: 0x0A).map {
            try JSONSerialization.jsonObject(with: $0) as! [String: Any]
        }
    }

    static func writeLines(_ lines: [[String: Any]], to url: URL) throws {
        let data = try lines.map { try JSONSerialization.data(withJSONObject: $0) }.joined(separator: [0x0A])
        try Data(data + [0x0A]).write(to: url)
    }
}
