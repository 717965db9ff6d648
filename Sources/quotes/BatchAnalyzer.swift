import Dispatch
import Foundation
import QuoteAttribution

/// Analyses articles on several threads in batches, handing results back in input order.
///
/// A batch runs on other threads while the caller reads the next one and writes the one before
/// (`start(_:)`, then `PendingBatch.handOver(_:)`): reading, analysis and writing overlap, and at most one batch
/// is analysed at a time. Each analysis is turned into what the caller keeps (`prepare`: for `quotes extract`,
/// its output bytes) on the worker that made it, so the caller's thread only reads and writes.
struct BatchAnalyzer<Prepared> {
    let analyzer: QuoteAnalyzer
    let jobs: Int
    /// What is kept of each analysis, made on the worker thread.
    let prepare: @Sendable (DocumentAnalysis) -> Prepared

    /// Starts analysing `articles` on up to `jobs` threads; with one job, they are analysed one by one as they are
    /// handed over, so that only one analysis is held at a time.
    func start(_ articles: [Article]) -> PendingBatch<Prepared> {
        guard jobs > 1 else { return PendingBatch(analyzer: analyzer, prepare: prepare, articles: articles) }
        let workers = min(jobs, articles.count)
        let results = ResultBox<Prepared>(count: articles.count)
        let pending = PendingBatch(results: results)
        let analyzer = self.analyzer
        let prepare = self.prepare
        // Each worker takes the next document as it becomes free, not a fixed share: documents differ in length,
        // and a batch ends with its slowest worker.
        let next = Locked(0)
        DispatchQueue.global().async(group: pending.group) {
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let index = next.withLock({ next -> Int? in
                    guard next < articles.count else { return nil }
                    next += 1
                    return next - 1
                }) {
                    results.set(index, prepare(analyzer.analyze(articles[index])))
                }
            }
        }
        return pending
    }
}

/// A batch started by `BatchAnalyzer.start(_:)`: its prepared analyses, once they are all done.
final class PendingBatch<Prepared> {
    fileprivate let group = DispatchGroup()
    /// What the workers write; nil for a batch analysed as it is handed over.
    private let results: ResultBox<Prepared>?
    /// The batch analysed as it is handed over, with its analyzer and what is kept of each analysis.
    private let deferred: (analyzer: QuoteAnalyzer, prepare: (DocumentAnalysis) -> Prepared, articles: [Article])?

    fileprivate init(results: ResultBox<Prepared>) {
        self.results = results
        self.deferred = nil
    }

    fileprivate init(
        analyzer: QuoteAnalyzer, prepare: @escaping (DocumentAnalysis) -> Prepared, articles: [Article]
    ) {
        self.results = nil
        self.deferred = (analyzer, prepare, articles)
    }

    /// Waits until the workers have analysed the whole batch (at once for a batch analysed as it is handed over).
    func wait() {
        group.wait()
    }

    /// Waits for the batch, then calls `body` with each prepared analysis in input order.
    func handOver(_ body: (Prepared) -> Void) {
        if let deferred {
            for article in deferred.articles { body(deferred.prepare(deferred.analyzer.analyze(article))) }
            return
        }
        wait()
        guard let results else { return }
        // Each analysis is let go as it is handed over, not held until the whole batch is written.
        for index in 0..<results.count { body(results.take(index)!) }
    }
}

/// Slots written by parallel workers, one slot each; read after all are done.
private final class ResultBox<Prepared>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Prepared?>
    var count: Int { slots.count }
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }
    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
    func set(_ index: Int, _ value: Prepared) { slots[index] = value }
    /// The prepared analysis in slot `index`, leaving the slot empty.
    func take(_ index: Int) -> Prepared? { slots[index].take() }
}
