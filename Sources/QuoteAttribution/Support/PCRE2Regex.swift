internal import CPCRE2

/// An error from compiling or running a PCRE2 pattern.
public struct PCRE2Error: Error, Sendable, Hashable, CustomStringConvertible {
    /// Which step failed.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The pattern did not compile; `offset` is the pattern offset.
        case compile
        /// A match ran into an error; resource limits are reported this way.
        case match
        /// The subject is not valid UTF-8; `offset` is the byte offset.
        case invalidUTF8
    }

    /// Which step failed.
    public let kind: Kind
    /// The PCRE2 error code.
    public let code: Int32
    /// The pattern offset (compile) or subject byte offset (UTF-8 check), when known.
    public let offset: Int?
    /// The message PCRE2 gives for `code`.
    public let message: String

    /// True when a match, depth, heap or JIT stack limit stopped the match.
    public var isResourceLimit: Bool {
        [PCRE2_ERROR_MATCHLIMIT, PCRE2_ERROR_DEPTHLIMIT, PCRE2_ERROR_HEAPLIMIT, PCRE2_ERROR_JIT_STACKLIMIT]
            .contains(code)
    }

    /// A one-line description naming the kind, code, offset and message.
    public var description: String {
        let at = offset.map { " at offset \($0)" } ?? ""
        return "PCRE2 \(kind.rawValue) error \(code)\(at): \(message)"
    }

    init(kind: Kind, code: Int32, offset: Int? = nil) {
        self.kind = kind
        self.code = code
        self.offset = offset
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        self.message = length > 0 ? String(decoding: buffer[0..<Int(length)], as: UTF8.self) : "unknown error"
    }
}

/// Compile-time options for a pattern.
struct PCRE2Options: OptionSet, Sendable {
    let rawValue: UInt32
    static let utf = PCRE2Options(rawValue: PCRE2_UTF)
    static let ucp = PCRE2Options(rawValue: PCRE2_UCP)
    static let caseless = PCRE2Options(rawValue: PCRE2_CASELESS)
    static let multiline = PCRE2Options(rawValue: PCRE2_MULTILINE)
    static let extended = PCRE2Options(rawValue: PCRE2_EXTENDED)
    /// Anchored at compile time; match-time anchoring would silently disable the JIT.
    static let anchored = PCRE2Options(rawValue: PCRE2_ANCHORED)
}

/// Bounds on every match, so no pattern can run unbounded.
public struct PCRE2Limits: Sendable, Hashable, Codable {
    /// Maximum calls of the internal match function (backtracking steps).
    public var matchLimit: UInt32 = 1_000_000
    /// Maximum backtracking depth (interpreter only).
    public var depthLimit: UInt32 = 10_000
    /// Maximum heap memory in KiB for backtracking (interpreter only).
    public var heapLimitKiB: UInt32 = 20_000
    /// The limits used when none are given.
    public static let `default` = PCRE2Limits()
}

/// A compiled, JIT-compiled, immutable PCRE2 pattern; safe to share across threads.
final class PCRE2Regex: @unchecked Sendable {
    let code: OpaquePointer
    let isJIT: Bool
    let captureCount: Int
    let pattern: String

    init(_ pattern: String, options: PCRE2Options = [.utf, .ucp]) throws(PCRE2Error) {
        var errorCode: Int32 = 0
        var errorOffset = 0
        let compiled: OpaquePointer? = pattern.utf8CString.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: buffer.count) { pointer in
                pcre2_compile_8(pointer, buffer.count - 1, options.rawValue, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else { throw PCRE2Error(kind: .compile, code: errorCode, offset: errorOffset) }
        self.code = compiled
        self.pattern = pattern
        // JIT-compile now, before the code is shared: pcre2_jit_compile mutates it.
        self.isJIT = pcre2_jit_compile_8(compiled, PCRE2_JIT_COMPLETE) == 0
        var count: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)
        self.captureCount = Int(count)
    }

    deinit { pcre2_code_free_8(code) }
}

/// One match: the whole range and the capture groups, as UTF-8 byte offsets.
struct PCRE2Match: Sendable {
    /// Start and end byte offsets of group 0, 1, ...; `-1` marks an unset group.
    let offsets: [Int]

    /// The byte range of the whole match.
    var range: Range<Int> { offsets[0]..<offsets[1] }

    /// The byte range of capture group `index`, or nil when it did not take part.
    func capture(_ index: Int) -> Range<Int>? {
        guard 2 * index + 1 < offsets.count, offsets[2 * index] >= 0 else { return nil }
        return offsets[2 * index]..<offsets[2 * index + 1]
    }
}

/// Match data and a match context for one thread; never shared (not Sendable).
final class PCRE2Matcher {
    let regex: PCRE2Regex
    private let matchData: OpaquePointer
    private let context: OpaquePointer
    /// The JIT's own stack, made only when a match overflows the 32 KiB the JIT takes from the machine stack
    /// without one (no pattern of ours has done so): making and freeing it maps and unmaps 4 MiB, which for a
    /// matcher per document cost system calls, and on several threads TLB shoot-downs that hurt the scaling.
    private var jitStack: OpaquePointer?

    init(_ regex: PCRE2Regex, limits: PCRE2Limits = .default) {
        self.regex = regex
        self.matchData = pcre2_match_data_create_from_pattern_8(regex.code, nil)
        self.context = pcre2_match_context_create_8(nil)
        pcre2_set_match_limit_8(context, limits.matchLimit)
        pcre2_set_depth_limit_8(context, limits.depthLimit)
        pcre2_set_heap_limit_8(context, limits.heapLimitKiB)
        self.jitStack = nil
    }

    deinit {
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
        pcre2_match_context_free_8(context)
        pcre2_match_data_free_8(matchData)
    }

    /// The first match in `text` at or after byte `start`, before byte `end`.
    func firstMatch(in text: UTF8Text, from start: Int = 0, to end: Int? = nil) throws(PCRE2Error) -> PCRE2Match? {
        guard try match(in: text, from: start, to: end) else { return nil }
        let pairs = Int(pcre2_get_ovector_count_8(matchData))
        let vector = pcre2_get_ovector_pointer_8(matchData)!
        var offsets = [Int](repeating: -1, count: 2 * pairs)
        for i in 0..<(2 * pairs) where vector[i] != PCRE2Matcher.unset {
            offsets[i] = vector[i]
        }
        return PCRE2Match(offsets: offsets)
    }

    /// The range of the first match in `text[start..<end]` (without its captures, so nothing is allocated),
    /// or nil.
    func firstMatchRange(in text: UTF8Text, from start: Int = 0, to end: Int? = nil) throws(PCRE2Error) -> Range<Int>? {
        guard try match(in: text, from: start, to: end) else { return nil }
        let vector = pcre2_get_ovector_pointer_8(matchData)!
        return vector[0]..<vector[1]
    }

    /// Runs one match of `text[start..<end]` into `matchData`: true when it matched.
    private func match(in text: UTF8Text, from start: Int, to end: Int?) throws(PCRE2Error) -> Bool {
        let limit = min(end ?? text.count, text.count)
        guard start <= limit else { return false }
        var rc = run(in: text, from: start, to: limit)
        if rc == PCRE2_ERROR_JIT_STACKLIMIT, regex.isJIT, jitStack == nil {
            // The machine stack was too small: again with a JIT stack of up to 4 MiB, kept for later matches.
            jitStack = pcre2_jit_stack_create_8(32 * 1024, 4 * 1024 * 1024, nil)
            pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(jitStack))
            rc = run(in: text, from: start, to: limit)
        }
        if rc == PCRE2_ERROR_NOMATCH { return false }
        if rc < 0 { throw PCRE2Error(kind: .match, code: rc, offset: start) }
        return true
    }

    /// One match attempt of `text[start..<limit]`: PCRE2's return code.
    private func run(in text: UTF8Text, from start: Int, to limit: Int) -> Int32 {
        text.withBytes { base in
            // The JIT entry point directly: `pcre2_match` would only check its arguments again (about 125
            // instructions a call) before calling it. It checks no UTF-8 either, which `UTF8Text` has proven; the
            // match limit in `context` still applies.
            regex.isJIT
                ? pcre2_jit_match_8(regex.code, base, limit, start, 0, matchData, context)
                : pcre2_match_8(regex.code, base, limit, start, PCRE2_NO_UTF_CHECK, matchData, context)
        }
    }

    /// Calls `body` with the range of each match in `range` (all of `text` by default), in order, until it
    /// returns false; the same matches as `forEachMatch`, without the capture offsets.
    func forEachMatchRange(
        in text: UTF8Text, range: Range<Int>? = nil, _ body: (Range<Int>) -> Bool
    ) throws(PCRE2Error) {
        let bounds = range ?? 0..<text.count
        var position = bounds.lowerBound
        while position <= bounds.upperBound {
            guard let match = try firstMatchRange(in: text, from: position, to: bounds.upperBound) else { return }
            guard body(match) else { return }
            position = Self.position(after: match, in: text, limit: bounds.upperBound)
        }
    }

    /// Where the search goes on after `match`: its end, or one code point further for an empty match (never
    /// into the middle of a character, nor past `limit` while inside one).
    private static func position(after match: Range<Int>, in text: UTF8Text, limit: Int) -> Int {
        guard match.isEmpty else { return match.upperBound }
        var position = match.upperBound + 1
        while position < limit, text[position] & 0xC0 == 0x80 { position += 1 }
        return position
    }

    /// PCRE2_UNSET (`~(PCRE2_SIZE)0`), which Swift cannot import.
    private static let unset = Int(bitPattern: UInt.max)

    /// Calls `body` for each non-overlapping match in `range`; `body` returns false to stop.
    func forEachMatch(
        in text: UTF8Text, range: Range<Int>? = nil, _ body: (PCRE2Match) -> Bool
    ) throws(PCRE2Error) {
        let bounds = range ?? 0..<text.count
        var position = bounds.lowerBound
        while position <= bounds.upperBound {
            guard let match = try firstMatch(in: text, from: position, to: bounds.upperBound) else { return }
            guard body(match) else { return }
            position = Self.position(after: match.range, in: text, limit: bounds.upperBound)
        }
    }
}

/// UTF-8 bytes proven valid, so PCRE2 can match them with `PCRE2_NO_UTF_CHECK`.
public struct UTF8Text: Sendable {
    /// The bytes.
    public let bytes: [UInt8]

    /// Wraps a Swift string (always valid UTF-8: no check needed).
    public init(_ string: String) { self.bytes = Array(string.utf8) }

    /// Wraps bytes known to be valid UTF-8 (a valid text with ASCII bytes replaced by ASCII bytes).
    init(unchecked bytes: [UInt8]) { self.bytes = bytes }

    /// Validates `bytes` as UTF-8 once; throws with the byte offset of the first bad sequence.
    public init(validating bytes: [UInt8]) throws(PCRE2Error) {
        if let offset = UTF8Text.firstInvalidOffset(in: bytes) {
            throw PCRE2Error(kind: .invalidUTF8, code: PCRE2_ERROR_UTF8_ERR1, offset: offset)
        }
        self.bytes = bytes
    }

    /// The number of bytes.
    public var count: Int { bytes.count }

    subscript(index: Int) -> UInt8 { bytes[index] }

    func withBytes<R>(_ body: (UnsafePointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { return body(base) }
            var dummy: UInt8 = 0  // PCRE2 wants a non-null pointer even for an empty subject.
            return withUnsafePointer(to: &dummy) { body($0) }
        }
    }

    /// The byte offset of the first invalid UTF-8 sequence, or nil when all are valid.
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset(in: $0) }
    }

    /// The byte offset of the first invalid UTF-8 sequence in `bytes`, or nil when all are valid.
    package static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF:
                length = 2
                minimum = 0x80
                scalar = UInt32(lead & 0x1F)
            case 0xE0...0xEF:
                length = 3
                minimum = 0x800
                scalar = UInt32(lead & 0x0F)
            case 0xF0...0xF4:
                length = 4
                minimum = 0x10000
                scalar = UInt32(lead & 0x07)
            default: return index
            }
            guard index + length <= count else { return index }
            for k in 1..<length {
                let byte = bytes[index + k]
                guard byte & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }
}
