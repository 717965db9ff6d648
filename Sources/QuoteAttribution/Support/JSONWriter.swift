/// Builds JSON text by hand, so key order is fixed and output is byte-stable.
public struct JSONWriter: Sendable {
    /// The JSON text so far.
    public private(set) var output = ""

    /// Creates an empty writer.
    public init() {}

    /// Escapes `string` as a JSON string literal, quotes included: quotes, backslashes and control characters
    /// escaped, and U+2028/U+2029 too, so the output is also safe inside JavaScript.
    public static func quoted(_ string: String) -> String {
        // Fast path: most strings need no escape at all (U+2028/2029 start with 0xE2).
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 }) {
            return "\"" + string + "\""
        }
        var result = "\""
        result.reserveCapacity(string.utf8.count + 2)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Appends the bytes of `quoted(string)` to `output`, copying each run of bytes that needs no escape in one go.
    public static func appendQuoted(_ string: String, to output: inout [UInt8]) {
        output.append(0x22)
        appendEscaped(string, to: &output)
        output.append(0x22)
    }

    /// Appends the bytes of `quoted(string)` without its two quotes to `output`.
    static func appendEscaped(_ string: String, to output: inout [UInt8]) {
        // In place when the String has contiguous UTF-8 (almost always): no copy, no uniqueness check.
        if string.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, to: &output) }) == nil {
            var string = string
            string.withUTF8 { appendEscaped($0, to: &output) }
        }
    }

    /// Appends the escaped form of the UTF-8 `bytes` (a whole String's) without quotes to `output`.
    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var run = 0
        var index = 0
        let count = bytes.count
        while index < count {
            // Sixteen bytes at a time while none can need an escape, straight to the first that may; the last few
            // bytes eight at a time.
            while index + 16 <= count {
                let skip = JSONWriter.firstEscapeCandidate(UnsafeRawPointer(bytes.baseAddress! + index))
                index += skip
                if skip < 16 { break }
            }
            while index + 16 > count, index + 8 <= count {
                let flagged = JSONWriter.escapeCandidates(UnsafeRawPointer(bytes.baseAddress! + index))
                if flagged != 0 {
                    index += flagged.trailingZeroBitCount >> 3
                    break
                }
                index += 8
            }
            guard index < count else { break }
            let byte = bytes[index]
            let escape: UInt8  // the letter after the backslash; 0 for `\u00XX`, 1 for no escape
            var width = 1
            switch byte {
            case 0x22: escape = 0x22
            case 0x5C: escape = 0x5C
            case 0x0A: escape = 0x6E
            case 0x0D: escape = 0x72
            case 0x09: escape = 0x74
            case 0x08: escape = 0x62
            case 0x0C: escape = 0x66
            case 0x00..<0x20, 0x7F: escape = 0
            case 0xE2
            where index + 2 < count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                escape = 0x32  // U+2028 or U+2029: `\u2028`, `\u2029`
                width = 3
            default: escape = 1
            }
            if escape == 1 {
                index += 1
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
            output.append(0x5C)
            switch escape {
            case 0:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                output.append(contentsOf: [0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            case 0x32: output.append(contentsOf: [0x75, 0x32, 0x30, 0x32, bytes[index + 2] == 0xA8 ? 0x38 : 0x39])
            default: output.append(escape)
            }
            index += width
            run = index
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<count]))
    }

    /// True when `byte` may need an escape in a JSON string (see `escapeCandidates`).
    @inline(__always) static func isEscapeCandidate(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xE2
    }

    /// Where the first of the sixteen bytes at `pointer` that may need an escape (a byte `isEscapeCandidate`
    /// flags) is, or 16 when none may; tested in one vector. The vector constants are spelled with their element
    /// type: an inferred `SIMD16(repeating:)` compiled lane by lane instead of a few SSE2 compares.
    @inline(__always) private static func firstEscapeCandidate(_ pointer: UnsafeRawPointer) -> Int {
        let vector = pointer.loadUnaligned(as: SIMD16<UInt8>.self)
        let control = vector .< SIMD16<UInt8>(repeating: 0x20)
        let quote = vector .== SIMD16<UInt8>(repeating: 0x22)
        let backslash = vector .== SIMD16<UInt8>(repeating: 0x5C)
        let delete = vector .== SIMD16<UInt8>(repeating: 0x7F)
        let lead = vector .== SIMD16<UInt8>(repeating: 0xE2)
        return (control .| quote .| backslash .| delete .| lead).firstTrueLane
    }

    /// A mask (bit 7 of each byte, little-endian) of the eight bytes at `pointer` that are below 0x20, `"`,
    /// `\\`, 0x7F or 0xE2 (the lead byte of U+2028 and U+2029); zero when none of them needs an escape. Bits
    /// above the lowest set one may be spurious (borrows), the lowest never is: it marks the first candidate.
    @inline(__always) private static func escapeCandidates(_ pointer: UnsafeRawPointer) -> UInt64 {
        let word = UInt64(littleEndian: pointer.loadUnaligned(as: UInt64.self))
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & high }
        let control = (word &- ones &* 0x20) & ~word & high  // bytes below 0x20
        return control | hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x5C))
            | hasZero(word ^ (ones &* 0x7F)) | hasZero(word ^ (ones &* 0xE2))
    }

    /// Appends the decimal digits of `value` (with a `-` when negative) to `output`, as `String(value)` spells it.
    public static func appendInteger(_ value: Int, to output: inout [UInt8]) {
        if value < 0 {
            output.append(contentsOf: String(value).utf8)
            return
        }
        if value < 10 { return output.append(UInt8(truncatingIfNeeded: 0x30 + value)) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits
        var count = 0
        var rest = UInt(value)
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                count += 1
                buffer[24 - count] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
                rest /= 10
            } while rest > 0
            // A typed, contiguous buffer: appending the raw slice went byte by byte through an iterator.
            let start = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self) + (24 - count)
            output.append(contentsOf: UnsafeBufferPointer(start: start, count: count))
        }
    }

    /// Appends the bytes of `number(value)` to `output`, without building a `String` for values in [0, 1].
    public static func appendNumber(_ value: Double, to output: inout [UInt8]) {
        let thousandths = Int((value * 1000).rounded())
        guard thousandths >= 0, thousandths <= 1000 else { return output.append(contentsOf: number(value).utf8) }
        appendInteger(thousandths / 1000, to: &output)
        guard thousandths % 1000 != 0 else { return }
        output.append(0x2E)
        var (fraction, divisor) = fractionDigits(thousandths)
        while divisor > 0 {
            output.append(UInt8(0x30 + fraction / divisor % 10))
            divisor /= 10
        }
    }

    /// The thousandths of `thousandths` (not a multiple of 1000) without trailing zeros, and the place value of
    /// their first digit (100, 10 or 1).
    static func fractionDigits(_ thousandths: Int) -> (Int, Int) {
        var fraction = thousandths % 1000
        var digits = 3
        while fraction % 10 == 0 {  // no trailing zeros
            fraction /= 10
            digits -= 1
        }
        return (fraction, digits == 3 ? 100 : digits == 2 ? 10 : 1)
    }

    /// The number of decimal digits of `value` (at least 10): a few comparisons for the usual offsets, not a
    /// division or a multiplication per digit.
    @inlinable @inline(__always) static func digitCount(_ value: UInt) -> Int {
        if value < 100 { return 2 }
        if value < 1000 { return 3 }
        if value < 10_000 { return 4 }
        if value < 100_000 { return 5 }
        if value < 1_000_000 { return 6 }
        var length = 7
        var bound: UInt = 10_000_000
        while length < 20 && value >= bound {  // `UInt64.max` has 20 digits; 10^19 still fits
            length += 1
            bound &*= 10
        }
        return length
    }

    /// Appends the UTF-8 bytes of a literal to `output`.
    public static func append(_ literal: StaticString, to output: inout [UInt8]) {
        output.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Formats a number in [0, 1] with at most three decimals (`0.95`, `1`, `0`).
    public static func number(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        if thousandths % 1000 == 0 { return String(thousandths / 1000) }
        var text = String(thousandths / 1000) + "." + String(format3(thousandths % 1000))
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    private static func format3(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: 3 - digits.count) + digits
    }
}

extension JSONWriter {
    /// JSON text gathered in a small inline buffer and appended to an output array in one go: one
    /// `append(contentsOf:)` for a run of literals, integers and short strings instead of one each. Every
    /// method writes the same bytes as the `JSONWriter` function of the same name; call `flush(to:)` at the end.
    /// The small methods are `@inlinable`: the writers in other modules then copy each literal with its length
    /// known, without a call.
    public struct Run {
        /// The bytes gathered (`count` of them), inline.
        @usableFromInline var storage:
            (
                UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                UInt64, UInt64, UInt64, UInt64, UInt64, UInt64
            ) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        /// How many bytes of `storage` hold text.
        @usableFromInline var count = 0
        /// The size of `storage` in bytes.
        @usableFromInline static let capacity = 256
        /// The longest String copied into the run rather than appended to the output directly.
        private static let shortString = 160

        /// Creates an empty run.
        public init() {}

        /// Appends the gathered bytes to `output` and empties the run.
        @inlinable public mutating func flush(to output: inout [UInt8]) {
            guard count > 0 else { return }
            let used = count
            withUnsafeBytes(of: &storage) { buffer in
                let start = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
                output.append(contentsOf: UnsafeBufferPointer(start: start, count: used))
            }
            count = 0
        }

        /// Makes room for `length` bytes, flushing to `output` when they do not fit; false when they never fit.
        @inlinable @inline(__always)
        mutating func reserve(_ length: Int, flushingTo output: inout [UInt8]) -> Bool {
            if count + length > Run.capacity { flush(to: &output) }
            return length <= Run.capacity
        }

        /// Copies `length` bytes from `source` after the gathered ones (room was reserved): eight, or four, bytes
        /// at a time, the last load overlapping the one before, instead of a call to `memcpy` for a few bytes.
        @inlinable @inline(__always) mutating func copy(_ source: UnsafeRawPointer, _ length: Int) {
            let at = count
            withUnsafeMutableBytes(of: &storage) { buffer in
                let target = buffer.baseAddress! + at
                if length >= 8 {
                    var k = 0
                    while k + 8 < length {
                        let word = source.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                        target.storeBytes(of: word, toByteOffset: k, as: UInt64.self)
                        k += 8
                    }
                    let last = source.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
                    target.storeBytes(of: last, toByteOffset: length - 8, as: UInt64.self)
                } else if length >= 4 {
                    target.storeBytes(of: source.loadUnaligned(as: UInt32.self), as: UInt32.self)
                    let last = source.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
                    target.storeBytes(of: last, toByteOffset: length - 4, as: UInt32.self)
                } else {
                    for k in 0..<length {
                        let byte = source.load(fromByteOffset: k, as: UInt8.self)
                        target.storeBytes(of: byte, toByteOffset: k, as: UInt8.self)
                    }
                }
            }
            count += length
        }

        /// Appends one byte.
        @inlinable @inline(__always) public mutating func append(byte: UInt8, flushingTo output: inout [UInt8]) {
            _ = reserve(1, flushingTo: &output)
            let at = count
            withUnsafeMutableBytes(of: &storage) { buffer in buffer[at] = byte }
            count += 1
        }

        /// `JSONWriter.append(literal, to:)`.
        @inlinable @inline(__always)
        public mutating func append(_ literal: StaticString, flushingTo output: inout [UInt8]) {
            let length = literal.utf8CodeUnitCount
            guard reserve(length, flushingTo: &output) else { return JSONWriter.append(literal, to: &output) }
            copy(UnsafeRawPointer(literal.utf8Start), length)
        }

        /// `JSONWriter.appendInteger(value, to:)`.
        @inlinable @inline(__always)
        public mutating func appendInteger(_ value: Int, flushingTo output: inout [UInt8]) {
            guard value >= 0 else {
                flush(to: &output)
                return JSONWriter.appendInteger(value, to: &output)
            }
            if value < 10 { return append(byte: UInt8(truncatingIfNeeded: 0x30 + value), flushingTo: &output) }
            _ = reserve(20, flushingTo: &output)  // `UInt64.max` has 20 digits
            // The digits written last first in place, two per division: half the divisions (offsets, lines and
            // columns have a few digits each, and a quote has up to twelve of them).
            let end = count + JSONWriter.digitCount(UInt(value))
            var rest = UInt(value)
            withUnsafeMutableBytes(of: &storage) { buffer in
                var k = end
                while rest >= 100 {
                    let pair = rest % 100
                    rest /= 100
                    k -= 2
                    buffer[k] = UInt8(truncatingIfNeeded: 0x30 + pair / 10)
                    buffer[k + 1] = UInt8(truncatingIfNeeded: 0x30 + pair % 10)
                }
                if rest >= 10 {
                    buffer[k - 2] = UInt8(truncatingIfNeeded: 0x30 + rest / 10)
                    buffer[k - 1] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
                } else {
                    buffer[k - 1] = UInt8(truncatingIfNeeded: 0x30 + rest)
                }
            }
            count = end
        }

        /// `JSONWriter.appendNumber(value, to:)`: a value strictly between 0 and 1 (most confidences) as `0.`
        /// and its one to three decimals, written with one reservation.
        public mutating func appendNumber(_ value: Double, flushingTo output: inout [UInt8]) {
            let thousandths = Int((value * 1000).rounded())
            guard thousandths >= 0, thousandths <= 1000 else {
                flush(to: &output)
                return JSONWriter.appendNumber(value, to: &output)
            }
            guard thousandths % 1000 != 0 else {
                return append(byte: UInt8(truncatingIfNeeded: 0x30 + thousandths / 1000), flushingTo: &output)
            }
            // 1 ... 999 thousandths: `0.` and the digits without trailing zeros.
            let tenths = thousandths / 100
            let hundredths = thousandths / 10 % 10
            let last = thousandths % 10
            let length = last != 0 ? 5 : hundredths != 0 ? 4 : 3
            _ = reserve(5, flushingTo: &output)
            let at = count
            withUnsafeMutableBytes(of: &storage) { buffer in
                buffer[at] = 0x30
                buffer[at + 1] = 0x2E
                buffer[at + 2] = UInt8(truncatingIfNeeded: 0x30 + tenths)
                buffer[at + 3] = UInt8(truncatingIfNeeded: 0x30 + hundredths)
                buffer[at + 4] = UInt8(truncatingIfNeeded: 0x30 + last)
            }
            count = at + length
        }

        /// `JSONWriter.appendQuoted(string, to:)`: a short String that needs no escape is copied into the run,
        /// any other is escaped straight into `output` between the run's quotes.
        public mutating func appendQuoted(_ string: String, flushingTo output: inout [UInt8]) {
            append(byte: 0x22, flushingTo: &output)
            let copied =
                string.utf8.count <= Run.shortString
                && string.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                    guard let base = bytes.baseAddress else { return true }  // empty
                    // Sixteen, then eight bytes at a time, the last load overlapping the one before (no byte loop
                    // for the last few); one by one only below eight bytes: none may need an escape.
                    let count = bytes.count
                    if count >= 16 {
                        var k = 0
                        while k + 16 < count {
                            if JSONWriter.firstEscapeCandidate(UnsafeRawPointer(base + k)) < 16 { return false }
                            k += 16
                        }
                        if JSONWriter.firstEscapeCandidate(UnsafeRawPointer(base + count - 16)) < 16 { return false }
                    } else if count >= 8 {
                        if JSONWriter.escapeCandidates(UnsafeRawPointer(base)) != 0 { return false }
                        if JSONWriter.escapeCandidates(UnsafeRawPointer(base + count - 8)) != 0 { return false }
                    } else {
                        for k in 0..<count where JSONWriter.isEscapeCandidate(bytes[k]) { return false }
                    }
                    _ = reserve(bytes.count, flushingTo: &output)
                    copy(UnsafeRawPointer(base), bytes.count)
                    return true
                } == true
            if !copied {
                flush(to: &output)
                JSONWriter.appendEscaped(string, to: &output)
            }
            append(byte: 0x22, flushingTo: &output)
        }
    }
}
