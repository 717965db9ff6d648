/// A strict, byte-level reader of a few top-level fields of one JSON Lines record, for `JSONLinesReader`.
///
/// It accepts only a subset of JSON: one object of RFC 8259 JSON, valid UTF-8, plain ASCII keys, each wanted key
/// at most once, numbers without exponents, and at most 64 levels of nesting. Anything else (malformed JSON,
/// invalid UTF-8, escaped or non-ASCII keys, duplicates, exponents) makes `scan` return nil, and the reader falls
/// back to `JSONRecordParser`, which gives the same result or the error. Inside that subset the values are the
/// ones `JSONRecordParser` returns: strings decoded with every escape (`\uXXXX` surrogate pairs joined), integers
/// exact.
struct JSONRecordScanner {
    /// A wanted field's value, as far as the reader cares.
    enum Value: Equatable {
        /// A string, decoded.
        case string(String)
        /// An integer that fits in 64 bits.
        case integer(Int64)
        /// A number with a fraction, or an integer too large for 64 bits.
        case otherNumber
        /// `true` or `false`.
        case boolean
        /// `null`.
        case null
        /// An array or an object.
        case container
    }

    /// The deepest nesting scanned; deeper records go to `JSONRecordParser`.
    static let maximumDepth = 64

    /// A buffer that wanted strings are decoded into, kept from one record of a file to the next: allocating and
    /// freeing a record's own cost about as much as scanning a kilobyte of it. Records longer than `keptBytes`
    /// get a buffer of their own, so that one huge record does not hold its size for the rest of the file.
    final class Scratch {
        /// The largest buffer kept.
        static let keptBytes = 1 << 20
        private var buffer = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)

        deinit { buffer.deallocate() }

        /// Calls `body` with room for `capacity` bytes (at least one).
        func withBuffer<Result>(capacity: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Result) -> Result {
            guard capacity <= Scratch.keptBytes else {
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity, body)
            }
            if buffer.count < capacity {
                buffer.deallocate()
                buffer = .allocate(capacity: max(capacity, 1 << 12))
            }
            return body(buffer)
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// Where wanted strings are decoded, if a reader keeps one; else a temporary allocation for each.
    private let scratch: Scratch?

    private init(_ bytes: UnsafeBufferPointer<UInt8>, scratch: Scratch?) {
        self.bytes = bytes
        self.scratch = scratch
    }

    /// The values of the top-level fields `names` (ASCII, distinct) in the record `bytes`, nil for an absent
    /// field; nil for a record outside the accepted subset. Strings are decoded in `scratch` when given.
    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, fields names: [[UInt8]], scratch: Scratch? = nil
    ) -> [Value?]? {
        var scanner = JSONRecordScanner(bytes, scratch: scratch)
        return scanner.record(names)
    }

    private var atEnd: Bool { index >= bytes.count }

    private mutating func skipSpace() {
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            index &+= 1  // (below `bytes.count`: no overflow to check)
        }
    }

    /// `skipSpace()` after a comma or a colon, where one space before the next token is the usual layout
    /// (`", "`, `": "`): that space is stepped over without the loop when the byte after it is not a space too.
    @inline(__always) private mutating func skipSpaceAfterSeparator() {
        if index &+ 1 < bytes.count, bytes[index] == 0x20, bytes[index &+ 1] > 0x20 {
            index &+= 1
            return
        }
        skipSpace()
    }

    private mutating func record(_ names: [[UInt8]]) -> [Value?]? {
        // (`repeatElement` into reserved room: the specialised path, not the runtime's look-up of `Array(repeating:)`.)
        var values: [Value?] = []
        values.reserveCapacity(names.count)
        values.append(contentsOf: repeatElement(nil, count: names.count))
        skipSpace()
        guard !atEnd, bytes[index] == 0x7B else { return nil }
        index += 1
        skipSpace()
        guard !atEnd else { return nil }
        if bytes[index] == 0x7D {
            index += 1
        } else {
            while true {
                guard !atEnd, bytes[index] == 0x22, let (key, escaped, _) = string() else { return nil }
                if escaped { return nil }
                var wanted: Int?
                for (k, name) in names.enumerated()
                where name.count == key.count && name.withUnsafeBufferPointer({ $0.elementsEqual(bytes[key]) }) {
                    wanted = k
                }
                if !bytes[key].allSatisfy({ $0 < 0x80 }) { return nil }
                skipSpace()
                guard !atEnd, bytes[index] == 0x3A else { return nil }
                index += 1
                skipSpace()
                if let wanted {
                    guard values[wanted] == nil, let value = wantedValue() else { return nil }
                    values[wanted] = value
                } else {
                    guard skipValue(depth: 1) else { return nil }
                }
                skipSpace()
                guard !atEnd else { return nil }
                if bytes[index] == 0x2C {
                    index += 1
                    skipSpace()
                    continue
                }
                guard bytes[index] == 0x7D else { return nil }
                index += 1
                break
            }
        }
        skipSpace()
        return atEnd ? values : nil
    }

    /// Scans the string whose opening quote is at `index`: the range of its raw content, whether it holds
    /// escapes and whether its decoded text is all ASCII; nil for a bad escape, a lone surrogate, a raw control
    /// character, invalid UTF-8 or no end.
    @inline(__always) private mutating func string() -> (Range<Int>, Bool, ascii: Bool)? {
        index &+= 1
        let start = index
        // The common case inline, sixteen bytes at a time: no byte before the closing quote is special. Anything
        // else (an escape, a byte beyond ASCII, a control character, the last bytes of the record) goes on out
        // of line, so that its constants and checks are not set up for each of the many short strings skipped.
        // Every byte before `end` is plain, so a quote at `end` closes the string, found in a block or not.
        let end = firstSpecialByte(from: index)
        if end < bytes.count, bytes[end] == 0x22 {
            index = end &+ 1
            return (start..<end, false, ascii: true)
        }
        index = end
        var written = 0
        return stringRest(start: start, decodingInto: nil, written: &written)
    }

    /// Goes on scanning the string that starts at `start` from `index`, where `string` stopped (no escape
    /// before it), with the same result. With a `sink`, also writes the decoded text there as it goes (at most
    /// as many bytes as the raw content), `written` bytes of it: one pass, no second search for the escapes.
    @inline(never) private mutating func stringRest(
        start: Int, decodingInto sink: UnsafeMutablePointer<UInt8>?, written: inout Int
    ) -> (Range<Int>, Bool, ascii: Bool)? {
        var escaped = false
        var ascii = true
        let count = bytes.count
        var run = start  // the first raw byte not yet written to `sink`
        /// Writes the raw bytes from `run` to `end` (no escape among them) to `sink`.
        func writeRun(to end: Int) {
            guard let sink, let base = bytes.baseAddress, end > run else { return }
            (sink + written).initialize(from: base + run, count: end - run)
            written += end - run
        }
        while index < count {
            // Thirty-two, then sixteen bytes at a time while none is a quote, a backslash, a control character or
            // beyond ASCII, straight to the first byte that is one; the last few bytes eight at a time.
            index = firstSpecialByteInLongRun(from: index)
            while index + 16 > count, index + 8 <= count {
                let special = JSONRecordScanner.specialBytes(UnsafeRawPointer(bytes.baseAddress! + index))
                if special != 0 {
                    index += special.trailingZeroBitCount >> 3
                    break
                }
                index += 8
            }
            guard index < count else { break }
            let byte = bytes[index]
            if byte == 0x22 {
                writeRun(to: index)
                defer { index += 1 }
                return (start..<index, escaped, ascii: ascii)
            }
            if byte == 0x5C {
                escaped = true
                guard index + 1 < count else { return nil }
                let escapeStart = index
                let kind = bytes[index + 1]
                let decoded: UInt32  // the scalar the escape stands for
                switch kind {
                case 0x22, 0x5C, 0x2F:  // `"`, `\` and `/` stand for themselves
                    decoded = UInt32(kind)
                    index += 2
                case 0x62, 0x66, 0x6E, 0x72, 0x74:
                    decoded =
                        kind == 0x62 ? 0x08 : kind == 0x66 ? 0x0C : kind == 0x6E ? 0x0A : kind == 0x72 ? 0x0D : 0x09
                    index += 2
                case 0x75:
                    guard let unit = hex4(at: index + 2) else { return nil }
                    if unit >= 0xD800 && unit <= 0xDBFF {
                        guard index + 11 < count, bytes[index + 6] == 0x5C, bytes[index + 7] == 0x75,
                            let low = hex4(at: index + 8), low >= 0xDC00 && low <= 0xDFFF
                        else { return nil }
                        decoded = 0x10000 + (unit - 0xD800) << 10 + (low - 0xDC00)
                        index += 12
                    } else if unit >= 0xDC00 && unit <= 0xDFFF {
                        return nil
                    } else {
                        decoded = unit
                        index += 6
                    }
                default: return nil
                }
                if decoded >= 0x80 { ascii = false }
                if let sink {
                    writeRun(to: escapeStart)
                    if decoded < 0x80 {  // the usual `\n` or `\"`: one byte, no call
                        sink[written] = UInt8(truncatingIfNeeded: decoded)
                        written += 1
                    } else {
                        written += JSONRecordScanner.writeUTF8(decoded, to: sink + written)
                    }
                    run = index
                }
            } else if byte < 0x20 {
                return nil
            } else if byte < 0x80 {
                index += 1
            } else {
                guard let width = validSequence(at: index) else { return nil }
                ascii = false
                index += width
            }
        }
        return nil
    }

    /// The offset of the first byte from `offset` on that is `"`, `\\`, below 0x20 or above 0x7F (a byte
    /// `specialBytes` flags), looking sixteen bytes at a time while a whole block fits; when none is, the offset
    /// of the first byte not looked at (fewer than sixteen bytes before the end). A plain block costs one
    /// combined test of the mask's two halves: the lane is only looked for in the block that has one.
    @inline(__always) private func firstSpecialByte(from offset: Int) -> Int {
        guard let base = bytes.baseAddress else { return offset }
        var at = offset
        let count = bytes.count
        while at &+ 16 <= count {  // (wrapping: offsets stay far below `Int.max`)
            let flagged = JSONRecordScanner.specialLanes(UnsafeRawPointer(base + at))
            let halves = unsafeBitCast(flagged, to: SIMD2<UInt64>.self)
            if halves[0] | halves[1] != 0 { return at &+ flagged.firstTrueLane }
            at &+= 16
        }
        return at
    }

    /// `firstSpecialByte(from:)` for the rest of a string that may be long (an article's text): thirty-two bytes
    /// compared in two vectors and tested once, then the sixteen with the first special byte.
    @inline(__always) private func firstSpecialByteInLongRun(from offset: Int) -> Int {
        guard let base = bytes.baseAddress else { return offset }
        var at = offset
        let count = bytes.count
        while at &+ 32 <= count {
            let first = JSONRecordScanner.specialLanes(UnsafeRawPointer(base + at))
            let second = JSONRecordScanner.specialLanes(UnsafeRawPointer(base + at + 16))
            let halves = unsafeBitCast(first .| second, to: SIMD2<UInt64>.self)
            if halves[0] | halves[1] != 0 {
                let lane = first.firstTrueLane
                return at &+ (lane < 16 ? lane : 16 &+ second.firstTrueLane)
            }
            at &+= 32
        }
        return firstSpecialByte(from: at)
    }

    /// The lanes of the sixteen bytes at `pointer` that are `"`, `\\`, below 0x20 or above 0x7F, tested in one
    /// vector. The vector constants are spelled with their element type: an inferred `SIMD16(repeating:)`
    /// compiled lane by lane instead of a few SSE2 compares.
    @inline(__always) private static func specialLanes(_ pointer: UnsafeRawPointer) -> SIMDMask<SIMD16<Int8>> {
        let vector = pointer.loadUnaligned(as: SIMD16<UInt8>.self)
        // Bytes below 0x20 or above 0x7F are those above 0x5F once 0x20 is taken off (wrapping).
        let outside = (vector &- SIMD16<UInt8>(repeating: 0x20)) .> SIMD16<UInt8>(repeating: 0x5F)
        let quote = vector .== SIMD16<UInt8>(repeating: 0x22)
        let backslash = vector .== SIMD16<UInt8>(repeating: 0x5C)
        return outside .| quote .| backslash
    }

    /// A mask of the eight bytes at `pointer` (bit 7 of each byte, little-endian) that is zero when none of
    /// them is `"`, `\\`, below 0x20 or above 0x7F. Its lowest set bit is always that of the first such byte:
    /// the borrows of the subtractions only flag bytes above a byte truly flagged, never below it.
    @inline(__always) private static func specialBytes(_ pointer: UnsafeRawPointer) -> UInt64 {
        let word = UInt64(littleEndian: pointer.loadUnaligned(as: UInt64.self))
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & high }
        let quote = hasZero(word ^ (ones &* 0x22))
        let backslash = hasZero(word ^ (ones &* 0x5C))
        let control = (word &- ones &* 0x20) & ~word & high  // exact for bytes below 0x80
        return (word & high) | quote | backslash | control
    }

    /// The width of the valid UTF-8 sequence at `offset` (whose first byte is not ASCII), or nil.
    private func validSequence(at offset: Int) -> Int? {
        let lead = bytes[offset]
        let width: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: width = 2
        case 0xE0: (width, low) = (3, 0xA0)
        case 0xE1...0xEC, 0xEE...0xEF: width = 3
        case 0xED: (width, high) = (3, 0x9F)
        case 0xF0: (width, low) = (4, 0x90)
        case 0xF1...0xF3: width = 4
        case 0xF4: (width, high) = (4, 0x8F)
        default: return nil
        }
        guard offset + width <= bytes.count else { return nil }
        let second = bytes[offset + 1]
        guard second >= low && second <= high else { return nil }
        for k in 2..<width where bytes[offset + k] & 0xC0 != 0x80 { return nil }
        return width
    }

    /// The value of four hex digits at `offset`, or nil.
    private func hex4(at offset: Int) -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for k in offset..<offset + 4 {
            let byte = bytes[k]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Writes the UTF-8 form of `scalar` (a Unicode scalar value: not a surrogate, below 0x110000) at `target`;
    /// how many bytes (one to four).
    private static func writeUTF8(_ scalar: UInt32, to target: UnsafeMutablePointer<UInt8>) -> Int {
        switch scalar {
        case ..<0x80:
            target[0] = UInt8(truncatingIfNeeded: scalar)
            return 1
        case ..<0x800:
            target[0] = UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6)
            target[1] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            return 2
        case ..<0x10000:
            target[0] = UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12)
            target[1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            target[2] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            return 3
        default:
            target[0] = UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18)
            target[1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F)
            target[2] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            target[3] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            return 4
        }
    }

    /// A String of `utf8`, which this scanner has validated (raw bytes checked by `stringRest`, escapes decoded
    /// from valid scalars, lone surrogates rejected), copied once without validating it a second time;
    /// `ascii` says exactly whether every byte is below 0x80. Debug builds (the tests) check both claims.
    private static func string(validated utf8: UnsafeBufferPointer<UInt8>, ascii: Bool) -> String {
        assert(String(validating: utf8, as: UTF8.self) != nil, "the scanner let invalid UTF-8 through")
        assert(ascii == utf8.allSatisfy { $0 < 0x80 }, "the scanner's ASCII flag is wrong")
        if #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *) {
            return String(copying: UTF8Span(unchecked: utf8.span, isKnownASCII: ascii))
        }
        return String(decoding: utf8, as: UTF8.self)  // (older Apple systems: validated once more)
    }

    /// The value at `index` of a wanted field; nil outside the accepted subset.
    private mutating func wantedValue() -> Value? {
        guard !atEnd else { return nil }
        switch bytes[index] {
        case 0x22:
            // Scanned and decoded in one pass into a buffer (the scratch buffer, else a temporary one; the raw
            // content, at most the rest of the record, is room enough: no escape decodes to more bytes than it
            // takes), then copied once into the String.
            let start = index + 1
            let capacity = max(bytes.count - start, 1)
            /// The string scanned from `start` and decoded into `out`; nil outside the accepted subset.
            func decode(into out: UnsafeMutableBufferPointer<UInt8>) -> Value? {
                index = start
                var written = 0
                guard
                    let (_, _, ascii) = stringRest(
                        start: start, decodingInto: out.baseAddress, written: &written)
                else { return nil }
                return .string(
                    JSONRecordScanner.string(validated: UnsafeBufferPointer(rebasing: out[..<written]), ascii: ascii))
            }
            if let scratch { return scratch.withBuffer(capacity: capacity, decode) }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity, decode)
        case 0x2D, 0x30...0x39:
            let start = index
            guard let isInteger = number() else { return nil }
            guard isInteger else { return .otherNumber }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            return Int64(text).map { .integer($0) } ?? .otherNumber
        case 0x74, 0x66: return skipValue(depth: 1) ? .boolean : nil
        case 0x6E: return skipValue(depth: 1) ? .null : nil
        case 0x5B, 0x7B: return skipValue(depth: 1) ? .container : nil
        default: return nil
        }
    }

    /// Skips the value at `index`, at nesting level `depth`; false outside the accepted subset.
    ///
    /// One loop with the open containers kept in a bit mask (bit k set: the k-th open container is an
    /// object), not a recursion with a closure per item: the skipped fields (e.g. arrays of annotations) are
    /// most of some records. It accepts exactly what the recursive form did: the same grammar, and no value
    /// deeper than `maximumDepth` (so at most 64 containers are ever open and the mask is wide enough).
    private mutating func skipValue(depth: Int) -> Bool {
        var open = 0
        var objects: UInt64 = 0
        while true {
            // A value at nesting level `depth + open`.
            guard !atEnd, depth &+ open <= JSONRecordScanner.maximumDepth else { return false }
            switch bytes[index] {
            case 0x22: guard string() != nil else { return false }
            case 0x2D, 0x30...0x39: guard number() != nil else { return false }
            case 0x74: guard literal("true") else { return false }
            case 0x66: guard literal("false") else { return false }
            case 0x6E: guard literal("null") else { return false }
            case 0x5B, 0x7B:
                let isObject = bytes[index] == 0x7B
                index &+= 1
                skipSpace()
                guard !atEnd else { return false }
                if bytes[index] == (isObject ? 0x7D : 0x5D) {
                    index &+= 1  // empty: a complete value
                } else {
                    if isObject {
                        objects |= 1 &<< UInt64(open)  // (`open` < 64: see `maximumDepth`)
                        guard memberKey() else { return false }
                    } else {
                        objects &= ~(1 &<< UInt64(open))
                    }
                    open &+= 1
                    continue
                }
            default: return false
            }
            // After a complete value: close containers until one has a next item, or the outer value ends.
            while true {
                guard open > 0 else { return true }
                skipSpace()
                guard !atEnd else { return false }
                let inObject = objects & (1 &<< UInt64(open &- 1)) != 0
                if bytes[index] == 0x2C {
                    index &+= 1
                    skipSpaceAfterSeparator()
                    if inObject { guard memberKey() else { return false } }
                    break
                }
                guard bytes[index] == (inObject ? 0x7D : 0x5D) else { return false }
                index &+= 1
                open &-= 1
            }
        }
    }

    /// Skips an object member's key and colon at `index`, up to its value; false outside the accepted subset.
    @inline(__always) private mutating func memberKey() -> Bool {
        guard !atEnd, bytes[index] == 0x22, string() != nil else { return false }
        skipSpace()
        guard !atEnd, bytes[index] == 0x3A else { return false }
        index &+= 1
        skipSpaceAfterSeparator()
        return true
    }

    /// Skips the literal `word` at `index` if it is there; false otherwise. A `StaticString`, not an array,
    /// so that nothing is allocated per call.
    @inline(__always) private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for k in 0..<count where bytes[index + k] != word.utf8Start[k] { return false }
        index += count
        return true
    }

    /// Scans a number at `index`: true for an integer, false for one with a fraction; nil for a malformed
    /// number, one with an exponent, or one longer than 300 bytes (which might not be a finite `Double`).
    /// Inlined: a call per skipped number cost more than the scan of its few digits.
    @inline(__always) private mutating func number() -> Bool? {
        let start = index
        if bytes[index] == 0x2D { index &+= 1 }
        guard !atEnd else { return nil }
        if bytes[index] == 0x30 {
            index &+= 1
        } else if bytes[index] >= 0x31 && bytes[index] <= 0x39 {
            while !atEnd, bytes[index] >= 0x30 && bytes[index] <= 0x39 { index &+= 1 }
        } else {
            return nil
        }
        var isInteger = true
        if !atEnd, bytes[index] == 0x2E {
            isInteger = false
            index += 1
            let digits = index
            while !atEnd, bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
            guard index > digits else { return nil }
        }
        if !atEnd, bytes[index] == 0x65 || bytes[index] == 0x45 { return nil }
        guard index - start <= 300 else { return nil }
        return isInteger
    }
}
