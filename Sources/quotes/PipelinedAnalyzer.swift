import Dispatch
import Glibc
import QuoteAttribution

/// Analyses documents on worker threads while the caller reads the next ones, handing results back in input order.
///
/// The caller adds documents one by one (`add(_:tag:_:)`); workers take them as they come, with no batch to wait
/// for at the end, and each analysis is turned into what the caller keeps (`prepare`: for `quotes extract`, its
/// output bytes) on the thread that made it. Documents in flight (read, analysed or waiting to be handed over) are
/// bounded by count and by text size; when the window is full the caller waits for the oldest quarter of it and
/// hands it over, so it wakes once per several documents, not once per document. With one job there are no
/// workers: each document is analysed as it is added.
///
/// The caller is one of the `jobs`: there are `jobs - 1` workers, and the caller, instead of waiting, analyses the
/// next document nobody has taken. Reading is cheap next to analysis, so the window is full nearly all the time
/// and the caller nearly always has one to take. With `jobs` workers beside the caller, `jobs + 1` threads shared
/// `jobs` cores: the reading thread kept preempting a worker, and two jobs ran 1.7-1.8 times as fast as one, not
/// 1.9 times.
///
/// Messages about the inputs (a warning, a bad record) go through the window too (`add(message:_:)`), so that they
/// come out in input order among the results: standard output and standard error sent to one file interleave the
/// same way for any number of jobs.
///
/// Workers sleep only when every document read so far is taken. An earlier design analysed batches with a
/// barrier between them; its workers slept and woke at every batch, and the scheduler then sometimes ran both on
/// one core while the other stayed idle for tens of milliseconds (`perf sched timehist`).
final class PipelinedAnalyzer<Prepared>: @unchecked Sendable {
    private let analyzer: QuoteAnalyzer
    private let jobs: Int
    private let prepare: @Sendable (DocumentAnalysis) -> Prepared
    /// Documents in flight at most: read and not yet handed over.
    private let capacity: Int
    /// Text in flight at most, in UTF-8 bytes; one document is always let in, however long.
    private let byteLimit: Int

    /// What the caller is handed, in input order.
    enum Handed {
        /// A document's prepared analysis, with the tag it was added with.
        case prepared(Prepared, tag: Int)
        /// A message added with `add(message:_:)`.
        case message(String)
    }

    /// One place of the window; `slots[i % capacity]` holds item `i` (a document or a message).
    private enum Slot {
        case empty
        case queued(Article)
        case taken
        case done(Prepared)
        case message(String)
    }

    // Everything below is read and changed only under `mutex`.
    private var slots: [Slot]
    /// The caller's tag (a progress position) and the text size of each document in flight, by slot.
    private var tags: [(tag: Int, bytes: Int)]
    private var added = 0
    private var claimed = 0
    private var handed = 0
    private var bytesInFlight = 0
    private var closed = false
    private var workers = 0
    private var idleWorkers = 0
    /// The document whose analysis the caller waits for, if it waits.
    private var awaited: Int?

    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    /// Signalled when a document is added or the analyzer closes.
    private let workAdded = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    /// Signalled when the awaited document is done.
    private let awaitedDone = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let running = DispatchGroup()

    /// Creates an analyzer that runs up to `jobs - 1` workers beside the caller, with at most `documentsPerJob`
    /// documents per job and `byteLimit` bytes of text in flight.
    init(
        analyzer: QuoteAnalyzer, jobs: Int, documentsPerJob: Int = 32, byteLimit: Int = 16 << 20,
        prepare: @escaping @Sendable (DocumentAnalysis) -> Prepared
    ) {
        self.analyzer = analyzer
        self.jobs = max(1, jobs)
        self.prepare = prepare
        // The window is allocated up front: `--jobs 100000` must not make it hundreds of megabytes.
        self.capacity = max(2, min(documentsPerJob * self.jobs, 4096))
        self.byteLimit = byteLimit
        slots = Array(repeating: .empty, count: self.jobs > 1 ? capacity : 0)
        tags = Array(repeating: (0, 0), count: self.jobs > 1 ? capacity : 0)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(workAdded, nil)
        pthread_cond_init(awaitedDone, nil)
    }

    deinit {
        finish()
        pthread_cond_destroy(awaitedDone)
        pthread_cond_destroy(workAdded)
        pthread_mutex_destroy(mutex)
        awaitedDone.deallocate()
        workAdded.deallocate()
        mutex.deallocate()
    }

    /// Adds `article`, and calls `body` with what is ready to be handed over in input order (first waiting for
    /// some, when the window is full).
    func add(_ article: Article, tag: Int, _ body: (Handed) -> Void) {
        guard jobs > 1 else {
            body(.prepared(prepare(analyzer.analyze(article)), tag: tag))
            return
        }
        let bytes = article.text.utf8.count
        pthread_mutex_lock(mutex)
        makeRoom(forBytes: bytes, body)
        let slot = added % capacity
        slots[slot] = .queued(article)
        tags[slot] = (tag, bytes)
        added += 1
        bytesInFlight += bytes
        if idleWorkers > 0 { pthread_cond_signal(workAdded) }
        // A signalled worker counts as idle until it wakes: start another when more documents wait than that. The
        // caller is the last job.
        if added - claimed > idleWorkers && workers < jobs - 1 {
            workers += 1
            running.enter()
            DispatchQueue.global().async { self.work() }
        }
        // What is already done is handed over now, so that output keeps flowing when input comes slowly.
        handOver(waitingFor: nil, body)
        pthread_mutex_unlock(mutex)
    }

    /// Adds `message`, to be handed over after everything added before it; calls `body` as `add(_:tag:_:)` does.
    func add(message: String, _ body: (Handed) -> Void) {
        guard jobs > 1 else {
            body(.message(message))
            return
        }
        pthread_mutex_lock(mutex)
        makeRoom(forBytes: 0, body)
        slots[added % capacity] = .message(message)
        tags[added % capacity] = (0, 0)
        added += 1
        skipMessages()
        handOver(waitingFor: nil, body)
        pthread_mutex_unlock(mutex)
    }

    /// Under the mutex: hands over until the window has room for one more item of `bytes` bytes of text.
    private func makeRoom(forBytes bytes: Int, _ body: (Handed) -> Void) {
        while added - handed >= capacity || (added > handed && bytesInFlight + bytes > byteLimit) {
            // Wait for the oldest quarter of the window, not just its first document: fewer wake-ups.
            handOver(waitingFor: handed + max(1, (added - handed) / 4) - 1, body)
        }
    }

    /// Waits for everything added so far and hands it over in input order.
    func drain(_ body: (Handed) -> Void) {
        guard jobs > 1 else { return }
        pthread_mutex_lock(mutex)
        while handed < added { handOver(waitingFor: handed, body) }
        pthread_mutex_unlock(mutex)
    }

    /// Stops the workers once they have finished what they took; call after `drain(_:)`.
    func finish() {
        pthread_mutex_lock(mutex)
        let wasClosed = closed
        closed = true
        pthread_cond_broadcast(workAdded)
        pthread_mutex_unlock(mutex)
        if !wasClosed { running.wait() }
    }

    /// Under the mutex: waits until every document up to `index` is done (if given), analysing documents nobody has
    /// taken meanwhile, then hands over, outside the mutex, every document that is done from the oldest on.
    private func handOver(waitingFor index: Int?, _ body: (Handed) -> Void) {
        if let index {
            // Every document up to `index` must be done, in order: a later one is often done before an earlier one.
            var next = handed
            while next <= index {
                if isDone(next) {
                    next += 1
                } else if claimed < added {
                    analyseNext()
                } else {
                    awaited = next
                    pthread_cond_wait(awaitedDone, mutex)
                }
            }
            awaited = nil
        }
        var ready: [Handed] = []
        collect: while handed < added {
            let slot = handed % capacity
            switch slots[slot] {
            case .done(let prepared): ready.append(.prepared(prepared, tag: tags[slot].tag))
            case .message(let message): ready.append(.message(message))
            case .empty, .queued, .taken: break collect
            }
            slots[slot] = .empty
            bytesInFlight -= tags[slot].bytes
            handed += 1
        }
        guard !ready.isEmpty else { return }
        pthread_mutex_unlock(mutex)
        for item in ready { body(item) }
        pthread_mutex_lock(mutex)
    }

    /// Under the mutex: whether item `index` (a document's analysis or a message) is ready to be handed over.
    private func isDone(_ index: Int) -> Bool {
        switch slots[index % capacity] {
        case .done, .message: return true
        case .empty, .queued, .taken: return false
        }
    }

    /// Under the mutex: moves `claimed` past messages, which no worker takes. So `claimed` never rests on a message,
    /// and a message is never handed over (its slot reused) before the workers have passed it.
    private func skipMessages() {
        while claimed < added, case .message = slots[claimed % capacity] { claimed += 1 }
    }

    /// A worker: analyses the documents nobody has taken, one by one, sleeping when there are none.
    private func work() {
        defer { running.leave() }
        pthread_mutex_lock(mutex)
        while true {
            while claimed == added && !closed {
                idleWorkers += 1
                pthread_cond_wait(workAdded, mutex)
                idleWorkers -= 1
            }
            guard claimed < added else { break }
            analyseNext()
        }
        pthread_mutex_unlock(mutex)
    }

    /// Under the mutex, with a document not yet taken: takes it, analyses it outside the mutex, stores what is kept
    /// of it, and wakes the caller if it waits for that one.
    private func analyseNext() {
        let index = claimed
        claimed += 1
        skipMessages()
        guard case .queued(let article) = slots[index % capacity] else { preconditionFailure("slot not queued") }
        slots[index % capacity] = .taken
        pthread_mutex_unlock(mutex)
        let prepared = prepare(analyzer.analyze(article))
        pthread_mutex_lock(mutex)
        slots[index % capacity] = .done(prepared)
        if awaited == index { pthread_cond_signal(awaitedDone) }
    }
}
