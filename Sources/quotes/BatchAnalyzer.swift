import Dispatch
import QuoteAttribution

/// Analyses articles on several threads in batches, handing results back in input order.
struct BatchAnalyzer {
    let analyzer: QuoteAnalyzer
    let jobs: Int

    /// Analyses each batch of `articles` in parallel and calls `body` in input order.
    func analyze(_ articles: [Article], _ body: (DocumentAnalysis) -> Void) {
        guard jobs > 1, articles.count > 1 else {
            for article in articles { body(analyzer.analyze(article)) }
            return
        }
        let results = ResultBox(count: articles.count)
        let analyzer = self.analyzer
        let workers = min(jobs, articles.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: articles.count, by: workers) {
                results.set(index, analyzer.analyze(articles[index]))
            }
        }
        for index in articles.indices { body(results.get(index)!) }
    }
}

/// Slots written by parallel workers, one slot each; read after all are done.
private final class ResultBox: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<DocumentAnalysis?>
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
