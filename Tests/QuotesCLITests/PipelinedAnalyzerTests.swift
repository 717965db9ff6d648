import Foundation
import QuoteAttribution
import QuoteSources
import Testing

@testable import quotes

/// `PipelinedAnalyzer`: input order, the bounds on what is in flight, and draining.
struct PipelinedAnalyzerTests {
    /// Articles whose analyses take different times (the prepare step sleeps by the article's number), so that
    /// later documents are often done before earlier ones.
    static func articles(_ count: Int, bytes: Int = 40) -> [Article] {
        (0..<count).map { index in
            let text = "“Item \(index),” she said." + String(repeating: " ", count: max(0, bytes - 30))
            return Article(id: "\(index)", text: text)
        }
    }

    static let prepare: @Sendable (DocumentAnalysis) -> String = { analysis in
        usleep(UInt32((Int(analysis.documentID) ?? 0) * 37 % 5) * 200)
        return analysis.documentID
    }

    /// Adds every article, checking after each add that the window holds at most `capacity` documents and (when
    /// it holds more than one) at most `byteLimit` bytes; returns the ids and tags in the order handed over.
    func run(
        _ articles: [Article], jobs: Int, documentsPerJob: Int, byteLimit: Int
    ) -> (ids: [String], tags: [Int]) {
        let pipeline = PipelinedAnalyzer(
            analyzer: QuoteAnalyzer(), jobs: jobs, documentsPerJob: documentsPerJob, byteLimit: byteLimit,
            prepare: Self.prepare)
        defer { pipeline.finish() }
        var ids: [String] = []
        var tags: [Int] = []
        let capacity = max(2, documentsPerJob * jobs)
        func handOver(_ handed: PipelinedAnalyzer<String>.Handed) {
            guard case .prepared(let id, let tag) = handed else { return }
            ids.append(id)
            tags.append(tag)
        }
        for (index, article) in articles.enumerated() {
            pipeline.add(.article(article), tag: index * 10, handOver)
            let inFlight = index + 1 - ids.count
            #expect(jobs == 1 ? inFlight == 0 : inFlight <= capacity)
            let bytesInFlight = articles[ids.count..<index + 1].reduce(0) { $0 + $1.text.utf8.count }
            #expect(inFlight <= 1 || bytesInFlight <= byteLimit)
        }
        pipeline.drain(handOver)
        return (ids, tags)
    }

    @Test(arguments: [1, 2, 3, 8])
    func documentsComeBackInInputOrderWithTheirTags(jobs: Int) {
        let articles = Self.articles(300)
        let (ids, tags) = run(articles, jobs: jobs, documentsPerJob: 2, byteLimit: 1 << 20)
        #expect(ids == articles.map(\.id))
        #expect(tags == articles.indices.map { $0 * 10 })
    }

    @Test func theByteLimitBoundsTheWindowButAlwaysLetsOneDocumentIn() {
        // 1,000-byte documents with a 2,500-byte limit: at most two in flight; a 5,000-byte one still goes through.
        var articles = Self.articles(60, bytes: 1_000)
        articles.insert(Article(id: "60", text: String(repeating: "x", count: 5_000)), at: 30)
        let (ids, _) = run(articles, jobs: 4, documentsPerJob: 8, byteLimit: 2_500)
        #expect(ids == articles.map(\.id))
    }

    @Test func drainHandsOverEverythingAndTheAnalyzerCanGoOn() {
        let pipeline = PipelinedAnalyzer(analyzer: QuoteAnalyzer(), jobs: 2, prepare: Self.prepare)
        defer { pipeline.finish() }
        var ids: [String] = []
        let articles = Self.articles(20)
        func handOver(_ handed: PipelinedAnalyzer<String>.Handed) {
            if case .prepared(let id, _) = handed { ids.append(id) }
        }
        for article in articles[..<10] { pipeline.add(.article(article), tag: 0, handOver) }
        pipeline.drain(handOver)
        #expect(ids == articles[..<10].map(\.id))
        for article in articles[10...] { pipeline.add(.article(article), tag: 0, handOver) }
        pipeline.drain(handOver)
        #expect(ids == articles.map(\.id))
    }

    /// Messages come out among the documents in the order they were added, however the window fills, and are
    /// never taken by a worker (runs of messages at the start, between documents, at the end, more than a window).
    @Test(arguments: [1, 2, 3])
    func messagesComeOutInInputOrderAmongTheDocuments(jobs: Int) {
        let pipeline = PipelinedAnalyzer(
            analyzer: QuoteAnalyzer(), jobs: jobs, documentsPerJob: 2, prepare: Self.prepare)
        defer { pipeline.finish() }
        var expected: [String] = []
        var seen: [String] = []
        func handOver(_ handed: PipelinedAnalyzer<String>.Handed) {
            switch handed {
            case .prepared(let id, _): seen.append(id)
            case .warning(let warning): seen.append(warning.path)
            case .error(let error): seen.append("error " + error.path)
            }
        }
        for (index, article) in Self.articles(120).enumerated() {
            let messages = index % 7 == 0 ? 1 : index % 29 == 0 ? 15 : 0
            for k in 0..<messages {
                expected.append("m\(index).\(k)")
                pipeline.add(message: .warning(.binary(path: "m\(index).\(k)", offset: 0)), handOver)
            }
            expected.append(article.id)
            pipeline.add(.article(article), tag: 0, handOver)
        }
        for k in 0..<3 {
            expected.append("error end\(k)")
            pipeline.add(message: .error(.missing(path: "end\(k)")), handOver)
        }
        pipeline.drain(handOver)
        #expect(seen == expected)
    }

    /// JSON Lines records added undecoded are decoded by the workers into the same events, in the same order, as
    /// `JSONLinesReader` gives when it decodes them itself: articles, bad records, and a warning before a repaired
    /// article (`lossy`).
    @Test(arguments: [1, 2, 3])
    func recordsDecodedByTheWorkersGiveTheReadersEventsInOrder(jobs: Int) throws {
        // Good records, bad ones, and (every ninth from the eighth) invalid UTF-8 that `lossy` replaces.
        var lines: [[UInt8]] = []
        for index in 0..<90 {
            switch index % 9 {
            case 3: lines.append(Array(#"{"document": "bad\#(index)", "text": }"#.utf8))
            case 5: lines.append(Array(#"{"document": "\#(index)", "body": "no text field"}"#.utf8))
            case 7:
                lines.append(
                    Array(#"{"document": "\#(index)", "text": "caf"#.utf8) + [0xFF]
                        + Array(#" \"x,\" she said."}"#.utf8))
            default: lines.append(Array(#"{"document": "\#(index)", "text": "“Item \#(index),” she said."}"#.utf8))
            }
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("in.jsonl").path
        try Data(Array(lines.joined(separator: [0x0A]))).write(to: URL(fileURLWithPath: path))
        let reader = JSONLinesReader(path: path, lossy: true)

        func describe(_ event: InputEvent) -> String {
            switch event {
            case .article(let article): article.id
            case .warning(let warning): "warning \(warning)"
            case .error(let error): "error \(error)"
            }
        }
        let expected = Array(reader).map(describe)
        #expect(expected.contains { $0.hasPrefix("warning") } && expected.contains { $0.hasPrefix("error") })

        let pipeline = PipelinedAnalyzer(
            analyzer: QuoteAnalyzer(), jobs: jobs, documentsPerJob: 2, prepare: Self.prepare)
        defer { pipeline.finish() }
        var seen: [String] = []
        func handOver(_ handed: PipelinedAnalyzer<String>.Handed) {
            switch handed {
            case .prepared(let id, _): seen.append(id)
            case .warning(let warning): seen.append("warning \(warning)")
            case .error(let error): seen.append("error \(error)")
            }
        }
        var records = reader.makeIterator()
        var count = 0
        while let item = records.nextItem() {
            switch item {
            case .record(let record):
                count += 1
                pipeline.add(.record(record), tag: 0, handOver)
            case .event(let event): Issue.record("unexpected event \(describe(event))")
            }
        }
        pipeline.drain(handOver)
        #expect(count == lines.count)
        #expect(seen == expected)
    }
}
