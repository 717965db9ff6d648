import Synchronization

/// A value shared between threads, read and changed only under its lock.
final class Locked<Value>: @unchecked Sendable {
    private let lock = Mutex<Void>(())
    private var value: Value

    /// Creates the shared value.
    init(_ value: Value) { self.value = value }

    /// Runs `body` on the value under the lock and returns what it returns.
    func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.withLock { _ in body(&value) }
    }
}
