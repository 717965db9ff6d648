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

    /// Starts analysing `articles` on `jobs` threads; with one job (or one article), analyses them here and now.
    func start(_ articles: [Article]) -> PendingBatch {
        let results = ResultBox(count: articles.count)
        let pending = PendingBatch(results: results)
        let analyzer = self.analyzer
        let workers = min(jobs, articles.count)
        guard workers > 1 else {
            for (index, article) in articles.enumerated() { results.set(index, analyzer.analyze(article)) }
            return pending
        }
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
    private let results: ResultBox

    fileprivate init(results: ResultBox) {
        self.results = results
    }

    /// Waits until the whole batch is analysed.
    func wait() {
        group.wait()
    }

    /// Waits for the batch, then calls `body` with each analysis in input order.
    func handOver(_ body: (DocumentAnalysis) -> Void) {
        wait()
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
