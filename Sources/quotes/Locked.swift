import Glibc

/// A value shared between threads, read and changed only under its lock.
///
/// The lock is a `pthread_mutex_t`, as `PipelinedAnalyzer`'s: ThreadSanitizer sees its ordering, which it does not
/// see for `Synchronization.Mutex` (a bare futex on Linux), so `make sanitize-thread` stays free of false reports.
final class Locked<Value>: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private var value: Value

    /// Creates the shared value.
    init(_ value: Value) {
        self.value = value
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Runs `body` on the value under the lock and returns what it returns.
    func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body(&value)
    }
}
