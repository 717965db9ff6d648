import QuoteAttribution

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The C library's `read`, which `ByteFile.read()` hides.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// A running count of the bytes read from every input of one `ArticleSource`, for progress reports.
final class ReadCounter {
    /// The bytes read so far.
    var bytes = 0
}

/// An open file (or standard input for `-`), read in blocks; closed when released.
final class ByteFile {
    /// The size of one read.
    static let blockSize = 4 << 20
    let path: String
    private let descriptor: Int32
    /// Bytes read so far.
    private(set) var offset = 0
    /// Where the bytes read are also counted, if anywhere.
    private let counter: ReadCounter?

    init(path: String, counter: ReadCounter? = nil) throws(InputError) {
        self.path = path
        self.counter = counter
        if path == "-" {
            descriptor = STDIN_FILENO
        } else {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            if descriptor < 0 { throw InputError.system(path, errno) }
        }
    }

    deinit { if descriptor != STDIN_FILENO { close(descriptor) } }

    /// Fills `buffer` from the file until it is full or the file ends; returns the bytes read, with the error that
    /// stopped the reading if any (its offset counted from `offset`).
    private func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>) -> (count: Int, failure: InputError?) {
        var filled = 0
        while filled < buffer.count {
            let count = systemRead(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            if count < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                return (
                    filled, InputError.unreadable(path: path, reason: "\(reason) at byte offset \(offset + filled)")
                )
            }
            if count == 0 { break }
            filled += count
        }
        return (filled, nil)
    }

    /// The next block of at most `blockSize` bytes; empty at the end of the file.
    func read() throws(InputError) -> [UInt8] {
        var failure: InputError?
        // Uninitialized: only the bytes read are kept, so the block is never zero-filled first.
        let block = [UInt8](unsafeUninitializedCapacity: ByteFile.blockSize) { buffer, initialized in
            (initialized, failure) = fill(buffer)
        }
        if let failure { throw failure }
        offset += block.count
        counter?.bytes += block.count
        return block
    }

    /// What `readText(lossy:)` found in a file.
    struct TextRead {
        /// The text: nil for a binary file, or for invalid UTF-8 unless lossy (then repaired with U+FFFD).
        var text: String?
        /// The offset of a NUL byte in the first `ByteChecks.binaryWindow` bytes: the file is binary.
        var binaryOffset: Int?
        /// The first invalid UTF-8 sequence: its byte offset and line.
        var invalid: (offset: Int, line: Int)?
        /// The text of a file that opens with a UTF-16 byte order mark, or why it could not be decoded.
        var utf16: (text: String?, problem: InputEvent?)?
    }

    /// Reads the whole of a regular file, from its start, straight into a String's storage, with the checks of
    /// `ByteChecks`; nil, having read nothing, when this is not a regular file at its start, and nil after
    /// rewinding when the file grew while read (then `readAll()` reads it).
    func readText(lossy: Bool) throws(InputError) -> TextRead? {
        var info = stat()
        guard offset == 0, descriptor != STDIN_FILENO, fstat(descriptor, &info) == 0,
            info.st_mode & S_IFMT == S_IFREG
        else { return nil }
        let size = Int(info.st_size)
        var failure: InputError?
        var read = TextRead()
        var filled = 0
        // One byte more than the size, to see that the file did not grow.
        let text = String(unsafeUninitializedCapacity: size + 1) { buffer in
            (filled, failure) = fill(buffer)
            guard failure == nil, filled <= size else { return 0 }
            let bytes = UnsafeBufferPointer(rebasing: buffer[..<filled])
            if let utf16 = ByteChecks.utf16Text(bytes, path: path, lossy: lossy) {
                read.utf16 = utf16
                return 0
            }
            if let binary = ByteChecks.binaryOffset(in: bytes) {
                read.binaryOffset = binary
                return 0
            }
            if let bad = ByteChecks.firstInvalid(in: bytes) {
                read.invalid = bad
                if !lossy { return 0 }  // (lossy: the String repairs what it is given as `String(decoding:)` does)
            }
            return filled
        }
        if let failure { throw failure }
        guard filled <= size else {
            guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw InputError.system(path, errno) }
            return nil
        }
        offset = filled
        counter?.bytes += filled
        if read.binaryOffset == nil && (read.invalid == nil || lossy) { read.text = read.utf16?.text ?? text }
        return read
    }

    /// The whole rest of the file.
    func readAll() throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let block = try read()
            if block.isEmpty { return bytes }
            bytes += block
        }
    }
}

/// Splits a stream of byte blocks into lines (without their `\n`), counting lines and byte offsets.
struct LineSplitter {
    /// One line: its bytes, 1-based number and the byte offset where it starts.
    struct Line {
        var bytes: ArraySlice<UInt8>
        var number: Int
        var offset: Int
    }

    private let nextBlock: () throws(InputError) -> [UInt8]
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts, and the file offset of `buffer[0]`.
    private var start = 0
    private var bufferOffset = 0
    private var scanned = 0
    private var finished = false
    private var number = 0

    init(nextBlock: @escaping () throws(InputError) -> [UInt8]) { self.nextBlock = nextBlock }

    /// The first bytes of the stream (at least `count` unless it is shorter), without consuming them.
    mutating func peek(_ count: Int) throws(InputError) -> ArraySlice<UInt8> {
        while buffer.count - start < count, !finished { try fill() }
        return buffer[start..<min(buffer.count, start + count)]
    }

    /// The next line, or nil at the end; a last line without `\n` is returned too.
    mutating func next() throws(InputError) -> Line? {
        while true {
            let newline = buffer.withUnsafeBytes { raw -> Int? in
                guard scanned < raw.count, let base = raw.baseAddress,
                    let found = memchr(base + scanned, 0x0A, raw.count - scanned)
                else { return nil }
                return UnsafeRawPointer(found) - base
            }
            if let newline { return take(upTo: newline, skipping: 1) }
            scanned = buffer.count
            if finished {
                return start < buffer.count ? take(upTo: buffer.count, skipping: 0) : nil
            }
            try fill()
        }
    }

    private mutating func take(upTo end: Int, skipping separator: Int) -> Line {
        number += 1
        let line = Line(bytes: buffer[start..<end], number: number, offset: bufferOffset + start)
        start = end + separator
        scanned = start
        return line
    }

    private mutating func fill() throws(InputError) {
        if start > 0 {
            buffer.removeSubrange(..<start)
            bufferOffset += start
            scanned -= start
            start = 0
        }
        let block = try nextBlock()
        if block.isEmpty {
            finished = true
        } else if buffer.isEmpty {
            buffer = block  // the first block (a whole file of up to 4 MiB), taken without a copy
        } else {
            buffer += block
        }
    }
}

/// Checks shared by all formats: binary detection and UTF-8 decoding.
enum ByteChecks {
    /// How far a NUL byte marks a file as binary.
    static let binaryWindow = 8192

    /// The offset of a NUL byte in the first 8 KiB of `bytes`, if any.
    static func binaryOffset<Bytes: Collection<UInt8>>(in bytes: Bytes) -> Int? {
        bytes.prefix(binaryWindow).firstIndex(of: 0).map { bytes.distance(from: bytes.startIndex, to: $0) }
    }

    /// True when `bytes` open with a UTF-16 byte order mark: `FF FE` (little-endian) or `FE FF` (big-endian).
    static func hasUTF16ByteOrderMark<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    /// The text of `bytes` when they open with a UTF-16 byte order mark (`FF FE` little-endian, `FE FF`
    /// big-endian), without the mark; nil for any other bytes. Invalid UTF-16 (a lone surrogate, an odd byte at
    /// the end) is an error naming its byte offset, or in lossy mode is replaced by U+FFFD with a warning.
    static func utf16Text<Bytes: Collection<UInt8>>(
        _ bytes: Bytes, path: String, lossy: Bool
    ) -> (text: String?, problem: InputEvent?)? {
        guard hasUTF16ByteOrderMark(bytes) else { return nil }
        let bigEndian = bytes.first == 0xFE
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var pending: UInt8?
        for byte in bytes.dropFirst(2) {
            if let high = pending {
                units.append(bigEndian ? UInt16(high) << 8 | UInt16(byte) : UInt16(byte) << 8 | UInt16(high))
                pending = nil
            } else {
                pending = byte
            }
        }
        // The first unit that does not decode, as a byte offset (a lone surrogate; else a trailing odd byte).
        var bad: Int? = pending == nil ? nil : bytes.count - 1
        var index = 0
        while index < units.count {
            let unit = units[index]
            if UTF16.isLeadSurrogate(unit), index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]) {
                index += 2
                continue
            }
            if UTF16.isLeadSurrogate(unit) || UTF16.isTrailSurrogate(unit) {
                bad = 2 + 2 * index
                break
            }
            index += 1
        }
        let text = String(decoding: units, as: UTF16.self)
        guard let bad else { return (text, nil) }
        return lossy
            ? (text, .warning(.replacedInvalidUTF16(path: path, offset: bad)))
            : (nil, .error(.unreadable(path: path, reason: "invalid UTF-16 at byte offset \(bad)")))
    }

    /// The byte offset and line of the first invalid UTF-8 sequence in `bytes`, or nil when they are valid.
    static func firstInvalid(in bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, line: Int)? {
        UTF8Text.firstInvalidOffset(in: bytes).map { bad in (bad, 1 + bytes[..<bad].count { $0 == UInt8(ascii: "\n") })
        }
    }

    /// What invalid UTF-8 at `offset`, on `line`, of `path` is: an error, or in lossy mode a warning (the text
    /// repaired with U+FFFD).
    static func problem(path: String, offset: Int, line: Int, lossy: Bool) -> InputEvent {
        lossy
            ? .warning(.replacedInvalidUTF8(path: path, offset: offset, line: line))
            : .error(.invalidUTF8(path: path, offset: offset, line: line))
    }

    /// Decodes `bytes`; invalid UTF-8 is an error, or in lossy mode replaced by U+FFFD with a warning.
    /// `offset` and `line` place `bytes` in its file, for the messages.
    static func decode(
        _ bytes: ArraySlice<UInt8>, path: String, lossy: Bool, offset: Int = 0, line: Int? = nil
    ) -> (text: String?, problem: InputEvent?) {
        let array = Array(bytes)
        guard let bad = array.withUnsafeBufferPointer({ firstInvalid(in: $0) }) else {
            return (String(decoding: array, as: UTF8.self), nil)
        }
        let event = problem(path: path, offset: offset + bad.offset, line: line ?? bad.line, lossy: lossy)
        return (lossy ? String(decoding: array, as: UTF8.self) : nil, event)
    }
}
