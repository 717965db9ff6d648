import Dispatch
import QuoteAttribution

/// Analyses articles on several threads in batches, handing results back in input order.
///
/// A batch runs on other threads while the caller reads the next one and writes the one before
/// (`start(_:)`, then `PendingBatch.handOver(_:)`): reading, analysis and writing overlap, and at most one batch
/// is analysed at a time.
struct BatchAnalyzer {
    let analyzer: QuoteAnalyzer
    let jobs: Int

    /// Starts analysing `articles` on `jobs` threads; with one job (or one article), they are analysed one by one
    /// as they are handed over, so that only one analysis is held at a time.
    func start(_ articles: [Article]) -> PendingBatch {
        let workers = min(jobs, articles.count)
        guard workers > 1 else { return PendingBatch(analyzer: analyzer, articles: articles) }
        let results = ResultBox(count: articles.count)
        let pending = PendingBatch(results: results)
        let analyzer = self.analyzer
        DispatchQueue.global().async(group: pending.group) {
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: articles.count, by: workers) {
                    results.set(index, analyzer.analyze(articles[index]))
                }
            }
        }
        return pending
    }
}

/// A batch started by `BatchAnalyzer.start(_:)`: its analyses, once they are all done.
final class PendingBatch {
    fileprivate let group = DispatchGroup()
    /// What the workers write; nil for a batch analysed as it is handed over.
    private let results: ResultBox?
    /// The batch analysed as it is handed over, with its analyzer.
    private let deferred: (analyzer: QuoteAnalyzer, articles: [Article])?

    fileprivate init(results: ResultBox) {
        self.results = results
        self.deferred = nil
    }

    fileprivate init(analyzer: QuoteAnalyzer, articles: [Article]) {
        self.results = nil
        self.deferred = (analyzer, articles)
    }

    /// Waits until the workers have analysed the whole batch (at once for a batch analysed as it is handed over).
    func wait() {
        group.wait()
    }

    /// Waits for the batch, then calls `body` with each analysis in input order.
    func handOver(_ body: (DocumentAnalysis) -> Void) {
        if let deferred {
            for article in deferred.articles { body(deferred.analyzer.analyze(article)) }
            return
        }
        wait()
        guard let results else { return }
        for index in 0..<results.count { body(results.get(index)!) }
    }
}

/// Slots written by parallel workers, one slot each; read after all are done.
private final class ResultBox: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<DocumentAnalysis?>
    var count: Int { slots.count }
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }
    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
    func set(_ index: Int, _ value: DocumentAnalysis) { slots[index] = value }
    func get(_ index: Int) -> DocumentAnalysis? { slots[index] }
}
