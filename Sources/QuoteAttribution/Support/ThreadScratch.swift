import Glibc

/// A value of which each thread has an instance of its own (`current`), made on the thread's first use and freed
/// with the thread: the working storage a pipeline stage keeps from document to document, so that a document
/// allocates and frees none of it.
///
/// Documents are analysed on several threads at once, and the analyzer is a `Sendable` value: its stages keep such
/// storage per thread, never shared. Each stage holds one of these in a `static let`, the one key of its storage.
/// A thread keeps what its instance holds until it ends (at most what the largest document or part the thread
/// analysed needed, as the stages use it).
final class ThreadScratch<Value>: Sendable {
    /// The thread-specific key: each thread's slot holds a retained `Box` of its instance, or nil before its first
    /// use. (Never deleted: the stages' scratches live as long as the program.)
    private let key: pthread_key_t
    /// Makes a thread's instance, at its first use.
    private let make: @Sendable () -> Value

    /// A thread's instance, in storage of its own (its address stays put for the thread's life); freed with the
    /// box, which the key's destructor releases when the thread ends.
    private final class Box {
        /// The instance.
        let value: UnsafeMutablePointer<Value>

        /// A box holding `value`.
        init(_ value: Value) {
            self.value = .allocate(capacity: 1)
            self.value.initialize(to: value)
        }

        deinit {
            value.deinitialize(count: 1)
            value.deallocate()
        }
    }

    /// A scratch whose instances `make` makes, one per thread at its first use.
    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
        var key = pthread_key_t()
        // (The destructor is a C function: it knows no `Value`, only that the slot holds a retained object.)
        let status = pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<AnyObject>.fromOpaque(pointer).release()
        }
        precondition(status == 0, "ThreadScratch: no thread-specific key")
        self.key = key
    }

    /// The calling thread's instance, made at its first use. Only for the calling thread, and not to be kept past
    /// the call that asked for it: a stage takes what it needs out of it and puts it back before it returns.
    var current: UnsafeMutablePointer<Value> {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<Box>.fromOpaque(pointer)._withUnsafeGuaranteedRef { $0.value }
        }
        return made()
    }

    /// Makes the calling thread's instance (its first use), out of line: the path of every later use stays short.
    @inline(never) private func made() -> UnsafeMutablePointer<Value> {
        let box = Box(make())
        let status = pthread_setspecific(key, Unmanaged.passRetained(box).toOpaque())
        precondition(status == 0, "ThreadScratch: the thread's instance not stored")
        return box.value
    }
}

extension Array {
    /// The elements of `array` removed, with room for `capacity` (its storage kept when it has that room, as a
    /// scratch's arrays nearly always have), leaving `array` empty: moved, so that it is not copied when it grows.
    static func reused(_ array: inout [Element], capacity: Int) -> [Element] {
        var taken: [Element] = []
        swap(&taken, &array)
        taken.removeAll(keepingCapacity: true)
        taken.reserveCapacity(capacity)
        return taken
    }

    /// `reused(&array, capacity: count)` holding `count` copies of `value`: the storage of `array` refilled, as
    /// `Array(repeating: value, count: count)` would be, leaving `array` empty.
    static func reused(_ array: inout [Element], filledWith value: Element, count: Int) -> [Element] {
        var taken = reused(&array, capacity: count)
        taken.append(contentsOf: repeatElement(value, count: count))
        return taken
    }
}
