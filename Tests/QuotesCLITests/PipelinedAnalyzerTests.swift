import Foundation
import QuoteAttribution
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
            pipeline.add(article, tag: index * 10, handOver)
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
        for article in articles[..<10] { pipeline.add(article, tag: 0, handOver) }
        pipeline.drain(handOver)
        #expect(ids == articles[..<10].map(\.id))
        for article in articles[10...] { pipeline.add(article, tag: 0, handOver) }
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
            case .message(let message): seen.append(message)
            }
        }
        for (index, article) in Self.articles(120).enumerated() {
            let messages = index % 7 == 0 ? 1 : index % 29 == 0 ? 15 : 0
            for k in 0..<messages {
                expected.append("m\(index).\(k)")
                pipeline.add(message: "m\(index).\(k)", handOver)
            }
            expected.append(article.id)
            pipeline.add(article, tag: 0, handOver)
        }
        for k in 0..<3 {
            expected.append("end\(k)")
            pipeline.add(message: "end\(k)", handOver)
        }
        pipeline.drain(handOver)
        #expect(seen == expected)
    }

    /// The caller is one of the jobs: with `jobs` jobs, at most `jobs` threads analyse, and when the window is full
    /// the caller analyses documents itself instead of only waiting.
    @Test(arguments: [2, 3])
    func theCallerAnalysesWhileItWaits(jobs: Int) {
        let threads = Locked<Set<UInt>>([])
        let pipeline = PipelinedAnalyzer(
            analyzer: QuoteAnalyzer(), jobs: jobs, documentsPerJob: 2,
            prepare: { analysis in
                threads.withLock { _ = $0.insert(UInt(bitPattern: Int(bitPattern: pthread_self()))) }
                usleep(300)  // slower than adding: the window fills
                return analysis.documentID
            })
        defer { pipeline.finish() }
        var ids: [String] = []
        func handOver(_ handed: PipelinedAnalyzer<String>.Handed) {
            if case .prepared(let id, _) = handed { ids.append(id) }
        }
        let articles = Self.articles(100)
        for article in articles { pipeline.add(article, tag: 0, handOver) }
        pipeline.drain(handOver)
        #expect(ids == articles.map(\.id))
        let used = threads.withLock { $0 }
        #expect(used.count <= jobs)
        #expect(used.contains(UInt(bitPattern: Int(bitPattern: pthread_self()))))
    }
}
