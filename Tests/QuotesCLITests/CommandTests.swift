import Foundation
import TestSupport
import Testing

/// Runs the built `quotes` binary the way a user does: files, stdin, pipes, exit codes.
///
/// A class, so that `deinit` (run after each test) removes the temporary directories the test made.
final class CommandTests {
    let binary: URL
    /// The directories `temporaryDirectory()` made for the running test.
    private var made: [URL] = []

    init() throws {
        binary = try #require(TestSupport.quotesBinary, "build the binary first (make test does)")
    }

    deinit {
        for url in made { try? FileManager.default.removeItem(at: url) }
    }

    /// A fresh directory, removed after the test.
    func temporaryDirectory() throws -> URL {
        let url = try TestSupport.temporaryDirectory("quotes-cli")
        made.append(url)
        return url
    }

    @Test func seedGoldScoresPerfectlyWithTheReferenceScorer() throws {
        guard let eval = TestSupport.sharedEval else { return }
        let gold = eval.appendingPathComponent("data/seed/gold.jsonl")
        let result = try TestSupport.run(binary, ["extract", gold.path])
        #expect(result.status == 0)
        let python = URL(fileURLWithPath: "/usr/bin/env")
        let score = try TestSupport.run(
            python, ["python3", eval.appendingPathComponent("score.py").path, gold.path, "-", "--json"],
            input: result.stdout)
        let json = try #require(try JSONSerialization.jsonObject(with: score.stdout) as? [String: Any])
        let attribution = try #require(json["attribution"] as? [String: Any])
        #expect(attribution["f1"] as? Double == 1.0)
    }

    @Test func standardInputIsOneArticleAndOutputIsValidJSONLines() throws {
        let input = Data(#""We will act," Truss said. She added: "Soon.""#.utf8)
        let result = try TestSupport.run(binary, ["extract"], input: input)
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(object["document"] as? String == "-")
        let quotes = try #require(object["quotes"] as? [[String: Any]])
        #expect(quotes.map { $0["speaker"] as? String } == ["Truss", "Truss"])
        #expect(quotes.first?["start"] as? Int == 1)
    }

    @Test func jqReadsTheOutput() throws {
        let jq = ["/usr/bin/jq", "/usr/local/bin/jq"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let jq else { return }
        let extract = try TestSupport.run(binary, ["extract", "corpus/articles"])
        let result = try TestSupport.run(
            URL(fileURLWithPath: jq), ["-r", ".quotes[] | .speaker"], input: extract.stdout)
        #expect(result.status == 0)
        #expect(result.output.split(separator: "\n").filter { $0 == "Liz Truss" }.count == 3)
    }

    @Test func aSavedReportSaysHowManyInputsItCouldNotRead() throws {
        let folder = try temporaryDirectory()
        let good = folder.appendingPathComponent("good.txt")
        try Data(#""Yes," Smith said."#.utf8).write(to: good)
        try Data([0x22, 0x61, 0xC3, 0x28, 0x22]).write(to: folder.appendingPathComponent("bad.txt"))
        let missing = folder.appendingPathComponent("missing.txt").path
        let report = folder.appendingPathComponent("out/report.md").path
        try FileManager.default.createDirectory(
            atPath: folder.appendingPathComponent("out").path, withIntermediateDirectories: true)
        let result = try TestSupport.run(
            binary, ["report", missing, folder.appendingPathComponent("bad.txt").path, good.path, "-o", report])
        #expect(result.status == 1)
        // (Before: the saved report read `1 quote by 1 speaker in 1 article.` and nothing else.)
        let saved = try String(contentsOfFile: report, encoding: .utf8)
        #expect(saved.contains("2 inputs could not be read; the report covers the others"))
        let json = try TestSupport.run(binary, ["report", "-f", "json", missing, good.path])
        #expect(json.output.contains(#""unreadInputCount": 1"#))
        let clean = try TestSupport.run(binary, ["report", good.path])
        #expect(!clean.output.contains("could not be read"))
    }

    @Test func aBinaryFileNamedAloneIsSkippedWithExitOne() throws {
        let folder = try temporaryDirectory()
        let file = folder.appendingPathComponent("story.docx")
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]).write(to: file)
        // (Before: a warning, an empty report and exit 0, as if all had been read.)
        let result = try TestSupport.run(binary, ["report", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: \(file.path): binary file"))
        // An error, said even under `--quiet`: exit 1 is never silent.
        let quiet = try TestSupport.run(binary, ["report", "--quiet", file.path])
        #expect(quiet.status == 1)
        #expect(quiet.stderr.contains("binary file"))
    }

    @Test func theTableKeepsTheEndOfALongPath() throws {
        let folder = try temporaryDirectory().appendingPathComponent("a-long-folder-name/another-one")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(#""Yes," Smith said."#.utf8).write(to: folder.appendingPathComponent("blind-04.txt"))
        let result = try TestSupport.run(binary, ["extract", "--format", "table", folder.path])
        let row = try #require(result.output.split(separator: "\n").dropFirst().first)
        #expect(row.hasPrefix("…"))
        #expect(row.contains("-one/blind-04.txt "))
    }

    @Test func aReportWrittenIntoTheFolderItReadsIsNotReadBack() throws {
        let folder = try temporaryDirectory()
        try Data(#""Yes," Smith said. "No," Jones said."#.utf8).write(to: folder.appendingPathComponent("a.txt"))
        let report = folder.appendingPathComponent("report.html").path
        var headers: [String] = []
        for _ in 0..<2 {
            // The file is named twice and lies in the folder too: one article.
            let arguments = ["report", folder.path, folder.appendingPathComponent("a.txt").path, "-f", "html"]
            let result = try TestSupport.run(binary, arguments + ["-o", report])
            #expect(result.status == 0)
            let page = try String(contentsOfFile: report, encoding: .utf8)
            headers.append(String(page.firstMatch(of: /\d+ quotes? by \d+ speakers? in \d+ articles?/)?.output ?? ""))
        }
        // (Before: the second run read the first run's page as an article, and `a.txt` twice.)
        #expect(headers == ["2 quotes by 2 speakers in 1 article", "2 quotes by 2 speakers in 1 article"])
    }

    @Test func oneBadFileDoesNotStopTheOthersAndExitsOne() throws {
        let folder = try temporaryDirectory()
        try Data(#""Yes," Smith said."#.utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data([0x22, 0x61, 0xC3, 0x28, 0x22]).write(to: folder.appendingPathComponent("b.txt"))
        try Data([0x00, 0x01, 0x02]).write(to: folder.appendingPathComponent("c.txt"))
        try Data().write(to: folder.appendingPathComponent("d.txt"))
        let result = try TestSupport.run(
            binary, ["extract", folder.path, folder.appendingPathComponent("missing.txt").path])
        #expect(result.status == 1)
        #expect(result.output.contains("Smith"))
        #expect(result.output.split(separator: "\n").count == 2)  // a.txt and the empty d.txt
        #expect(result.stderr.contains("b.txt"))
        #expect(result.stderr.contains("offset 2"))
        #expect(result.stderr.contains("missing.txt"))
        #expect(result.stderr.contains("c.txt"))
    }

    @Test func usageErrorExitsTwo() throws {
        let result = try TestSupport.run(binary, ["extract", "--format", "xml"])
        #expect(result.status == 2)
        // A negative job count is read as the value it is, not as an unknown option.
        for jobs in ["-3", "0"] {
            let bad = try TestSupport.run(binary, ["extract", "--jobs", jobs], input: Data("x".utf8))
            #expect(bad.status == 2)
            #expect(bad.stderr.contains("--jobs must be between 1 and 4096"), "\(bad.stderr)")
        }
    }

    @Test func aSpeakerFilterThatMatchesNobodySaysSo() throws {
        let input = Data(#""We will act," Truss said."#.utf8)
        let missed = try TestSupport.run(binary, ["report", "--speaker", "Lavrov"], input: input)
        #expect(missed.status == 0)
        #expect(missed.stderr.contains(#"warning: no speaker matches "Lavrov""#))
        let found = try TestSupport.run(binary, ["report", "--speaker", "truss"], input: input)
        #expect(found.stderr.isEmpty)
        let quiet = try TestSupport.run(binary, ["report", "--speaker", "Lavrov", "--quiet"], input: input)
        #expect(quiet.stderr.isEmpty)
    }

    @Test func reportFilterValuesOutOfRangeAreUsageErrors() throws {
        let input = Data(#""We will act," Truss said."#.utf8)
        let bad: [([String], String)] = [
            (["--top=-1"], "--top must be at least 1"), (["--top", "-1"], "--top must be at least 1"),
            (["--top", "0"], "--top must be at least 1"),
            (["--kind", ""], "--kind needs kind names separated by commas: direct, partial, scare, heading"),
            (["--kind", "direct,,partial"], "--kind needs kind names"),
            (["--kind", "foo"], "unknown kind 'foo' for --kind; use direct, partial, scare, heading"),
        ]
        for (options, message) in bad {
            let result = try TestSupport.run(binary, ["report"] + options, input: input)
            #expect(result.status == 2, "\(options)")
            #expect(result.stderr.contains(message), "\(options): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(options)")
        }
        // Kind names are trimmed and read in any case.
        let spaced = try TestSupport.run(binary, ["report", "--kind", " Direct , PARTIAL", "--top", "1"], input: input)
        #expect(spaced.status == 0)
        #expect(spaced.output.contains("1 quote by 1 speaker in 1 article."))
    }

    @Test func helpStatesEachDefaultOnceAndListsTheKinds() throws {
        let help = try TestSupport.run(binary, ["report", "--help"]).output
        /// The help of `option`: from its name to the next option's.
        func entry(_ option: String) -> String {
            guard let start = help.range(of: "  \(option) ") else { return "" }
            let rest = help[start.upperBound...]
            // (Words joined by one space: the help is wrapped to the terminal's width.)
            return rest[..<(rest.range(of: "\n  -")?.lowerBound ?? rest.endIndex)]
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let jobs = entry("--jobs")
        // The default in words, then once the value in force, which ArgumentParser adds.
        #expect(jobs.contains("the default is the cores this process may use (default: "), "\(jobs)")
        #expect(jobs.components(separatedBy: "(default:").count == 2, "\(jobs)")
        let kind = entry("--kind")
        #expect(kind.contains("direct, partial, scare, heading"), "\(kind)")
        #expect(entry("-f, --format").components(separatedBy: "csv").count == 2)
    }

    /// A document longer than the part size is analysed and written part by part, between whole ones, in input
    /// order: one JSON line for it all the same, with its quotes in order, for any job count and format.
    @Test func aHugeDocumentIsWrittenPartByPartInOrder() throws {
        let directory = try temporaryDirectory()
        let paragraph = "Officials met. \"We will act,\" Truss said. \"Soon,\" she added.\n\n"
        try "“Hi,” she said.".write(to: directory.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try String(repeating: paragraph, count: 400).write(
            to: directory.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try "“Bye,” he said.".write(to: directory.appendingPathComponent("c.txt"), atomically: true, encoding: .utf8)
        let config = directory.appendingPathComponent("parts.json")
        try #"{"maximumPartBytes": 2048}"#.write(to: config, atomically: true, encoding: .utf8)
        let one = try TestSupport.run(binary, ["extract", "--jobs", "1", "--config", config.path, directory.path])
        let two = try TestSupport.run(binary, ["extract", "--jobs", "2", "--config", config.path, directory.path])
        #expect(one.status == 0)
        #expect(one.stdout == two.stdout)
        let lines = one.output.split(separator: "\n")
        #expect(lines.count == 3)
        let objects = try lines.map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(
            objects.map { ($0["document"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } } == [
                "a.txt", "b.txt", "c.txt",
            ])
        let quotes = try #require(objects[1]["quotes"] as? [[String: Any]])
        #expect(quotes.count == 800)
        let starts = quotes.compactMap { $0["start"] as? Int }
        #expect(starts == starts.sorted() && Set(starts).count == 800)
        let csv = try TestSupport.run(
            binary, ["extract", "--format", "csv", "--jobs", "2", "--config", config.path, directory.path])
        #expect(csv.output.utf8.filter { $0 == 0x0A }.count == 1 + 1 + 800 + 1)  // RFC 4180 rows end in CRLF
    }

    @Test func manyWindowsAndAHugeDocumentComeOutInInputOrder() throws {
        // 300 records: several times the window (32 documents per job), read while earlier ones are analysed, with
        // a document analysed part by part in the middle (the window is drained before it).
        let directory = try temporaryDirectory()
        let paragraph = "Officials met. \"We will act,\" Truss said. \"Soon,\" she added.\n\n"
        let records = try (0..<300).map { index in
            // Every seventh has no quote (an empty quote list is its own case in the analysis).
            let text =
                index == 150
                ? String(repeating: paragraph, count: 200)
                : index % 7 == 0 ? "Nothing quoted in \(index)." : "“Item \(index),” she said."
            let object = ["id": String(format: "d%03d", index), "text": text]
            return String(
                decoding: try JSONSerialization.data(withJSONObject: object, options: .sortedKeys), as: UTF8.self)
        }
        let input = directory.appendingPathComponent("many.jsonl")
        try (records.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        let config = directory.appendingPathComponent("parts.json")
        try #"{"maximumPartBytes": 2048}"#.write(to: config, atomically: true, encoding: .utf8)
        let outputs = try ["1", "2", "3"].map { jobs in
            try TestSupport.run(binary, ["extract", "--jobs", jobs, "--config", config.path, input.path])
        }
        #expect(outputs.allSatisfy { $0.status == 0 })
        #expect(outputs[1].stdout == outputs[0].stdout && outputs[2].stdout == outputs[0].stdout)
        let documents = try outputs[0].output.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["document"] as? String
        }
        #expect(documents == (0..<300).map { String(format: "d%03d", $0) })
        let empty = try outputs[0].output.split(separator: "\n").filter { line in
            let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return (object["quotes"] as? [Any])?.isEmpty == true
        }
        #expect(empty.count == (0..<300).filter { $0 % 7 == 0 && $0 != 150 }.count)
    }

    @Test func evalSaysWhatOfAPredictionFileItCouldNotScore() throws {
        let directory = try temporaryDirectory()
        let gold = directory.appendingPathComponent("gold.jsonl")
        let goldLines = #"""
            {"document": "a", "text": "\"We will go,\" Truss said.", "quotes": [{"start": 1, "end": 11, "speaker": "Truss"}]}
            {"document": "b", "text": "Nothing.", "quotes": []}

            """#
        try goldLines.write(to: gold, atomically: true, encoding: .utf8)
        let predictions = directory.appendingPathComponent("pred.jsonl")
        let predictionLines = """
            {"document": "a", "quotes": [{"end": 11, "speaker": "Truss"}, {"start": 1, "end": 11, "speaker": "Truss"}]}
            {"quotes": []}

            """
        try predictionLines.write(to: predictions, atomically: true, encoding: .utf8)
        let result = try TestSupport.run(binary, ["eval", "--json", gold.path, predictions.path])
        #expect(result.status == 0)
        #expect(
            result.stderr.contains(
                "1 quote without a valid start and end, 1 record without a document, 1 gold document with no record"),
            "\(result.stderr)")
        #expect(result.output.contains(#""attribution""#))
    }

    @Test func aBadConfigurationIsAUsageErrorThatSaysWhy() throws {
        let directory = try temporaryDirectory()
        let text = directory.appendingPathComponent("a.txt")
        try "\"We will go,\" Truss said.".write(to: text, atomically: true, encoding: .utf8)
        let cases: [(json: String?, message: String)] = [
            (nil, "No such file or directory"),
            (#"{"minimumConfidence": 0.5"#, "not valid JSON"),
            (#"{"minimumConfidance": 0.5}"#, #"unknown key "minimumConfidance""#),
            (#"{"maximumPartBytes": 10}"#, "must be at least 1024 at maximumPartBytes"),
            (#"{"minimumConfidence": "high"}"#, "expected Double at minimumConfidence"),
        ]
        for (index, item) in cases.enumerated() {
            let config = directory.appendingPathComponent("config-\(index).json")
            if let json = item.json { try json.write(to: config, atomically: true, encoding: .utf8) }
            let result = try TestSupport.run(binary, ["extract", "--config", config.path, text.path])
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains(item.message), "\(result.stderr)")
            #expect(!result.stderr.contains("CocoaError") && !result.stderr.contains("Usage: quotes <subcommand>"))
        }
        // Only a known speaker's name is required.
        let config = directory.appendingPathComponent("speakers.json")
        try #"{"knownSpeakers": [{"name": "Liz Truss"}]}"#.write(to: config, atomically: true, encoding: .utf8)
        let result = try TestSupport.run(binary, ["extract", "--config", config.path, text.path])
        #expect(result.status == 0)
        #expect(result.output.contains(#""speaker": "Liz Truss""#))
        let range = try TestSupport.run(binary, ["extract", "--min-confidence", "2", text.path])
        #expect(range.status == 2)
        #expect(range.stderr.contains("--min-confidence must be between 0 and 1"))
    }

    @Test func outputAndMessagesInterleaveTheSameWayForAnyJobCount() throws {
        // Standard output and standard error sent to one file: bad records and a missing file among hundreds of
        // documents (more than one 64 KiB output block). Messages go through the window in input order, so the
        // combined bytes depend neither on --jobs nor on timing.
        let directory = try temporaryDirectory()
        let records = (0..<400).map { index in
            index % 37 == 5
                ? "{\"id\": \"d\(index)\", \"text\": broken}"
                : "{\"id\": \"d\(index)\", \"text\": \"“Item \(index) is ready now,” Truss said in London.\"}"
        }
        let input = directory.appendingPathComponent("mixed.jsonl")
        try (records.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        let missing = directory.appendingPathComponent("missing.jsonl")
        // (A copy: a file named twice is read once.)
        let copy = directory.appendingPathComponent("mixed-copy.jsonl")
        try FileManager.default.copyItem(at: input, to: copy)
        let combined = try ["1", "2", "3", "2", "3", "2"].map { jobs in
            let target = directory.appendingPathComponent("combined-\(UUID().uuidString)")
            let command =
                "'\(binary.path)' extract --jobs \(jobs) '\(input.path)' '\(missing.path)' '\(copy.path)' > '\(target.path)' 2>&1"
            let result = try TestSupport.run(URL(fileURLWithPath: "/bin/sh"), ["-c", command])
            #expect(result.status == 1)
            return try Data(contentsOf: target)
        }
        #expect(combined.allSatisfy { $0 == combined[0] })
        let lines = String(decoding: combined[0], as: UTF8.self).split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("quotes: error: ") }.count == 2 * 11 + 1)
        #expect(combined[0].count > 64 << 10)
        // Each message stands where its input does: the error of record 5 after document d4's line and before
        // d6's, the missing file's after the last document of the first file (results are written out first).
        let firstError = lines.firstIndex { $0.hasPrefix("quotes: error: ") }
        #expect(firstError == lines.firstIndex { $0.contains("\"document\": \"d4\"") }.map { $0 + 1 })
        let missingError = lines.firstIndex { $0.hasPrefix("quotes: error: ") && $0.contains("missing.jsonl") }
        #expect(missingError == lines.firstIndex { $0.contains("\"document\": \"d399\"") }.map { $0 + 1 })
    }

    @Test func aDocumentOfThousandsOfQuotesIsWrittenInItsPlace() throws {
        // More than 2,000 quotes: written a megabyte at a time on the reading thread instead of whole by its worker.
        let directory = try temporaryDirectory()
        let many = String(repeating: "“We will act on this now,” she said.\n\n", count: 2_100)
        let records = try [("a", "“First,” Truss said."), ("b", many), ("c", "“Last,” Lavrov said.")].map { id, text in
            String(
                decoding: try JSONSerialization.data(withJSONObject: ["id": id, "text": text], options: .sortedKeys),
                as: UTF8.self)
        }
        let input = directory.appendingPathComponent("many-quotes.jsonl")
        try (records.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        let outputs = try ["1", "2"].map { try TestSupport.run(binary, ["extract", "--jobs", $0, input.path]) }
        #expect(outputs.allSatisfy { $0.status == 0 } && outputs[0].stdout == outputs[1].stdout)
        let lines = try outputs[0].output.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(lines.map { $0["document"] as? String } == ["a", "b", "c"])
        #expect(lines.map { ($0["quotes"] as? [Any])?.count } == [1, 2_100, 1])
    }

    @Test func outputIsIdenticalForAnyJobCount() throws {
        guard let eval = TestSupport.sharedEval else { return }
        let gold = eval.appendingPathComponent("data/polnear/dev.jsonl").path
        let one = try TestSupport.run(binary, ["extract", "--jobs", "1", gold])
        let two = try TestSupport.run(binary, ["extract", "--jobs", "2", gold])
        let five = try TestSupport.run(binary, ["extract", "--jobs", "5", "--format", "csv", gold])
        let fiveOne = try TestSupport.run(binary, ["extract", "--jobs", "1", "--format", "csv", gold])
        #expect(one.status == 0)
        #expect(one.stdout == two.stdout)
        #expect(five.stdout == fiveOne.stdout)
        #expect(one.output.split(separator: "\n").count == 84)
    }

    @Test func closedPipeIsAQuietExit() throws {
        let shell = URL(fileURLWithPath: "/bin/sh")
        let command =
            "'\(binary.path)' extract --jobs 1 corpus/articles corpus/articles corpus/articles | head -c 10 >/dev/null; echo status=${PIPESTATUS:-done}"
        let result = try TestSupport.run(shell, ["-c", command])
        #expect(result.stderr.isEmpty)
    }

    @Test func outputFileIsWrittenAtomically() throws {
        let folder = try temporaryDirectory()
        let target = folder.appendingPathComponent("out.csv")
        let result = try TestSupport.run(binary, ["extract", "--format", "csv", "-o", target.path, "corpus/articles"])
        #expect(result.status == 0)
        let csv = try String(contentsOf: target, encoding: .utf8)
        #expect(csv.hasPrefix("document,line,column,start,end,kind,speaker"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["out.csv"])
    }

    @Test func outputFileWritesThroughLinksKeepsModesAndLeavesDevicesInPlace() throws {
        let folder = try temporaryDirectory()
        let real = folder.appendingPathComponent("real.jsonl")
        let link = folder.appendingPathComponent("link.jsonl")
        try Data("old\n".utf8).write(to: real)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.jsonl")
        #expect(try TestSupport.run(binary, ["extract", "-o", link.path, "corpus/articles"]).status == 0)
        // The link stays a link, and the file it points to holds the results.
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real.jsonl")
        #expect(try String(contentsOf: real, encoding: .utf8).hasPrefix("{\"document\""))
        // A replaced file keeps its permissions.
        let secret = folder.appendingPathComponent("secret.jsonl")
        try Data("x\n".utf8).write(to: secret)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: secret.path)
        #expect(try TestSupport.run(binary, ["extract", "-o", secret.path, "corpus/articles"]).status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: secret.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // A named pipe (as a device would be) is written to, not replaced: its reader gets the results.
        let pipe = folder.appendingPathComponent("pipe.jsonl")
        let read = folder.appendingPathComponent("read.jsonl")
        // (A command that replaced the pipe would leave its reader waiting: the reader gives up after 5 s.)
        let shell = """
            mkfifo '\(pipe.path)' || exit 9
            timeout 5 cat '\(pipe.path)' > '\(read.path)' & reader=$!
            '\(binary.path)' extract -o '\(pipe.path)' corpus/articles; status=$?
            wait $reader; exit $status
            """
        #expect(try TestSupport.run(URL(fileURLWithPath: "/bin/sh"), ["-c", shell]).status == 0)
        let type = try FileManager.default.attributesOfItem(atPath: pipe.path)[.type] as? FileAttributeType
        #expect(type != .typeRegular)
        #expect(try String(contentsOf: read, encoding: .utf8).hasPrefix("{\"document\""))
        // `-o /dev/stdout` into a pipe writes to the pipe (a link no path names the end of).
        let piped = try TestSupport.run(
            URL(fileURLWithPath: "/bin/bash"),
            ["-c", "'\(binary.path)' extract -o /dev/stdout corpus/articles | head -c 12; echo \" ${PIPESTATUS[0]}\""])
        #expect(piped.output == "{\"document\": 0\n")
        // A directory is refused.
        let refused = try TestSupport.run(binary, ["extract", "-o", folder.path, "corpus/articles"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Is a directory"))
    }

    @Test func hardWrappedTextIsJoinedUnlessAskedNotTo() throws {
        let article = "corpus/articles/wrapped-harbour-board.txt"
        let joined = try TestSupport.run(binary, ["extract", "--format", "csv", article])
        let lines = try TestSupport.run(binary, ["extract", "--format", "csv", "--no-unwrap", article])
        #expect(joined.status == 0 && lines.status == 0)
        // The first quote runs over two lines of the file: one quote on line 7, or cut at the line's end.
        #expect(joined.output.contains("7,2,235,310,direct,Mara Quinlan,"))
        #expect(!lines.output.contains("horses and carts"))
    }

    @Test func theReadmeShowsTheSeedTableAsTheBinaryPrintsIt() throws {
        // The README's first example is the output itself: a changed confidence or speaker must be pasted there.
        let readme = try String(
            contentsOf: TestSupport.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let command = "$ quotes extract --format table corpus/articles/russia-belarus-drills.txt\n"
        let start = try #require(readme.range(of: command)).upperBound
        let end = try #require(readme.range(of: "```", range: start..<readme.endIndex)).lowerBound
        let printed = try TestSupport.run(
            binary, ["extract", "--format", "table", "corpus/articles/russia-belarus-drills.txt"])
        #expect(printed.output == String(readme[start..<end]))
    }

    @Test func theReportPlacesAMarkdownQuoteOnTheFilesLine() throws {
        // (Before: `line 3`, the line of the text left once the front matter and the heading's marks were read.)
        let markdown = "---\ntitle: Budget\n---\n# Budget story\n\n\"We will never accept this,\" said Ada Byrne.\n"
        let result = try TestSupport.run(
            binary, ["report", "--input-format", "markdown"], input: Data(markdown.utf8))
        #expect(result.output.contains("-, line 6, column 2"))
    }

    @Test func standardInputThatOpensAsAPageIsReadAsHTML() throws {
        let page =
            #"<!doctype html><html><head><meta content="“Meta,” said Meta Person"></head>"#
            + #"<body><p>“We will win,” said Anna Berg.</p></body></html>"#
        let result = try TestSupport.run(binary, ["extract"], input: Data(page.utf8))
        let record = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let quotes = try #require(record["quotes"] as? [[String: Any]])
        #expect(quotes.map { $0["speaker"] as? String } == ["Anna Berg"])
        #expect(quotes.first?["source_start"] as? Int == page.unicodeScalars.count - 47)
        // Stated as text, it is read as text: the head's words are analysed too.
        let text = try TestSupport.run(binary, ["extract", "--input-format", "text"], input: Data(page.utf8))
        #expect(text.output.contains("Meta Person"))
    }

    @Test func standardInputIsSniffedPastDeclarationsCommentsAndUTF16() throws {
        // A saved page may open with an XML declaration or a comment, or be UTF-16: still a page.
        let page =
            "<?xml version=\"1.0\"?>\n<!-- saved from url=(0022)https://example.org/ -->\n<!DOCTYPE html>"
            + "<html><head><title>“Title,” said Head Person</title></head>"
            + "<body><p>“We will win,” said Anna Berg.</p></body></html>"
        let utf16 = Data([0xFF, 0xFE]) + page.data(using: .utf16LittleEndian)!
        for input in [Data(page.utf8), utf16] {
            let result = try TestSupport.run(binary, ["extract", "--format", "csv"], input: input)
            #expect(result.status == 0)
            #expect(result.output.contains("Anna Berg"))
            #expect(!result.output.contains("Head Person"))
        }
        // A comment that never closes is no page.
        let open = try TestSupport.run(
            binary, ["extract", "--format", "csv"], input: Data("<!-- “Hi,” said Tom Lee.".utf8))
        #expect(open.output.contains("Tom Lee"))
    }

    @Test func reportsOverSixtyFourKiBAreWrittenWholeToFilesAndPipes() throws {
        // Reports this large skip the output buffer: the file and the pipe get the same bytes, nothing lost.
        let folder = try temporaryDirectory()
        for format in ["json", "html"] {
            let target = folder.appendingPathComponent("report.\(format)")
            let piped = try TestSupport.run(binary, ["report", "--format", format, "corpus"])
            let written = try TestSupport.run(binary, ["report", "--format", format, "-o", target.path, "corpus"])
            #expect(piped.status == 0 && written.status == 0)
            #expect(piped.stdout.count > 1 << 16)
            #expect(try Data(contentsOf: target) == piped.stdout)
        }
    }

    @Test func smallAndLargeWritesKeepTheirOrder() throws {
        // A CSV header and short documents are buffered; a document whose rows pass 64 KiB is written straight
        // out. Whatever the path, the output of a folder is the header, then each file's rows in order.
        let folder = try temporaryDirectory()
        let short = #"“We will act,” Truss said."# + "\n"
        var long = ""
        for k in 0..<1_500 { long += "“Point \(k) stands,” Lavrov said in Moscow on day \(k).\n\n" }
        for (name, text) in [("a.txt", short), ("b.txt", long), ("c.txt", short), ("d.txt", long)] {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        // Each file alone prints the header and its rows; the folder prints the header once, then every row.
        // (Bytes, not Characters: CSV rows end with CRLF, which a String holds as one Character.)
        var expected = Data()
        for name in ["a.txt", "b.txt", "c.txt", "d.txt"] {
            let one = try TestSupport.run(
                binary, ["extract", "--format", "csv", folder.appendingPathComponent(name).path])
            let headerEnd = try #require(one.stdout.firstIndex(of: 0x0A)) + 1
            expected += expected.isEmpty ? one.stdout : one.stdout[headerEnd...]
        }
        // Written outside the folder that is read.
        let target = try temporaryDirectory().appendingPathComponent("out.csv")
        for jobs in ["1", "2"] {
            let piped = try TestSupport.run(binary, ["extract", "--format", "csv", "--jobs", jobs, folder.path])
            #expect(piped.status == 0)
            #expect(piped.stdout.count > 2 << 16)
            #expect(piped.stdout == expected)
            let written = try TestSupport.run(
                binary, ["extract", "--format", "csv", "--jobs", jobs, "-o", target.path, folder.path])
            #expect(written.status == 0)
            #expect(try Data(contentsOf: target) == expected)
        }
    }

    @Test func reportCountsTrussThreeTimes() throws {
        // The gold files and the README are not articles.
        let result = try TestSupport.run(binary, ["report", "--format", "json", "corpus"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let speakers = try #require(object["speakers"] as? [[String: Any]])
        let truss = try #require(speakers.first { $0["name"] as? String == "Liz Truss" })
        #expect(truss["quoteCount"] as? Int == 3)
    }

    @Test func markdownAndHTMLInputsKeepSourceOffsets() throws {
        let folder = try temporaryDirectory()
        let html =
            #"<html><body><p>&ldquo;We will act,&rdquo; <b>Truss</b> said.</p><script>alert("x")</script></body></html>"#
        try Data(html.utf8).write(to: folder.appendingPathComponent("a.html"))
        let result = try TestSupport.run(binary, ["extract", folder.appendingPathComponent("a.html").path])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let quote = try #require((object["quotes"] as? [[String: Any]])?.first)
        #expect(quote["speaker"] as? String == "Truss")
        let start = try #require(quote["source_start"] as? Int)
        let scalars = Array(html.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[start..<start + 7])) == "We will")
    }

    @Test func emptyWhitespaceAndQuotelessFilesExitZero() throws {
        let folder = try temporaryDirectory()
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data(" \n\t\n".utf8).write(to: folder.appendingPathComponent("blank.txt"))
        try Data("No quotes here.".utf8).write(to: folder.appendingPathComponent("plain.txt"))
        let result = try TestSupport.run(binary, ["extract", folder.path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.output.split(separator: "\n").allSatisfy { $0.hasSuffix("\"quotes\": []}") })
    }

    @Test func malformedJSONLinesRecordIsReportedWithItsLine() throws {
        let input = Data(
            "{\"document\": \"a\", \"text\": \"\\\"Yes,\\\" Smith said.\"}\n{not json\n{\"document\": \"c\", \"text\": \"\\\"No,\\\" Jones said.\"}\n"
                .utf8)
        let result = try TestSupport.run(binary, ["extract", "--input-format", "jsonl", "-"], input: input)
        #expect(result.status == 1)
        #expect(result.stderr.contains("-:2: malformed JSON at byte offset 50: "))
        let documents = result.output.split(separator: "\n")
        #expect(documents.count == 2)
        #expect(result.output.contains("Smith") && result.output.contains("Jones"))
    }

    @Test func diagnosticsAreInTheJSONLines() throws {
        let result = try TestSupport.run(binary, ["extract"], input: Data("He said \"this never closes.\n".utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["code"] as? String == "unclosed_quote")
        #expect(diagnostics.first?["line"] as? Int == 1)
    }

    @Test func unwritableOutputIsAnErrorNotAUsageError() throws {
        let result = try TestSupport.run(binary, ["extract", "-o", "/nonexistent-dir/out.jsonl", "corpus/articles"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot write /nonexistent-dir/out.jsonl"))
        #expect(!result.stderr.contains("Usage"))
        let full = try TestSupport.run(
            URL(fileURLWithPath: "/bin/sh"), ["-c", "'\(binary.path)' extract corpus/articles > /dev/full"])
        #expect(full.status == 1)
        #expect(full.stderr.contains("cannot write standard output"))
    }
}
