/// The general reader of one JSON Lines record: RFC 8259 JSON, any keys, any nesting, with the reason and byte
/// offset of the first error; plus what Python's `json` reads beyond it (`NaN`, `Infinity`, a lone surrogate
/// escape, read as U+FFFD), as the files Python writes hold them. `JSONLinesReader` calls it for the records
/// `JSONRecordScanner` hands back.
///
/// Only the top-level object's members are kept, each as far as the reader cares (`Value`); nested values are
/// checked but not built, with an explicit stack (no recursion), so no depth of nesting can exhaust the thread's
/// stack. Keys are compared as Swift strings, as a `[String: Any]` from `JSONSerialization` compared them, and a
/// key given twice keeps its last value (as Python's `json` does).
struct JSONRecordParser {
    /// A top-level member's value, as far as the reader cares.
    enum Value: Equatable {
        /// A string, decoded.
        case string(String)
        /// A number, spelt as in the record (an integer that fits in 64 bits in its shortest form: `-0` is `0`).
        case number(String)
        /// `true` or `false`.
        case boolean
        /// `null`.
        case null
        /// An array or an object.
        case container
    }

    /// Why a record is not JSON, and the byte offset in the record where that was found.
    struct Failure: Error, Equatable, CustomStringConvertible {
        /// What was wrong, in a few words (`expected ':' after a key`).
        var reason: String
        /// The offset in the record's UTF-8 bytes.
        var offset: Int

        /// The reason the record is a JSON value but not an object: about the whole record, so it names no byte.
        static let notAnObject = "expected an object"

        /// The reason and where it was found (`expected ':' after a key (byte 8 of the record)`).
        var description: String { reason == Failure.notAnObject ? reason : "\(reason) (byte \(offset) of the record)" }
    }

    private let bytes: [UInt8]
    private var index = 0

    private init(_ record: String) { bytes = Array(record.utf8) }

    /// The members of the object in `record`, by key, or why it is not one JSON object.
    static func members(of record: String) -> Result<[String: Value], Failure> {
        var parser = JSONRecordParser(record)
        do {
            return .success(try parser.object())
        } catch {
            return .failure(error)
        }
    }

    private var atEnd: Bool { index >= bytes.count }

    private func failure(_ reason: String) -> Failure { Failure(reason: reason, offset: index) }

    private mutating func skipSpace() {
        while !atEnd, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D {
            index += 1
        }
    }

    /// Reads the whole record: one object, then nothing but white space.
    private mutating func object() throws(Failure) -> [String: Value] {
        skipSpace()
        guard !atEnd else { throw failure("no value") }
        guard bytes[index] == 0x7B else {
            // A valid value that is not an object is reported as such; anything else as what is wrong with it.
            try skipValue()
            skipSpace()
            guard atEnd else { throw failure("unexpected text after the value") }
            throw Failure(reason: Failure.notAnObject, offset: 0)
        }
        index += 1
        var members: [String: Value] = [:]
        skipSpace()
        if !atEnd, bytes[index] == 0x7D {
            index += 1
        } else {
            while true {
                let key = try key()
                skipSpace()
                members[key] = try memberValue()
                skipSpace()
                guard !atEnd else { throw failure("unterminated object") }
                if bytes[index] == 0x2C {
                    index += 1
                    continue
                }
                guard bytes[index] == 0x7D else { throw failure("expected ',' or '}' after a value") }
                index += 1
                break
            }
        }
        skipSpace()
        guard atEnd else { throw failure("unexpected text after the object") }
        return members
    }

    /// Reads a top-level member's value.
    private mutating func memberValue() throws(Failure) -> Value {
        guard !atEnd else { throw failure("expected a value") }
        switch bytes[index] {
        case 0x22: return .string(try string())
        case 0x7B, 0x5B:
            try skipValue()
            return .container
        case 0x74, 0x66:
            try skipValue()
            return .boolean
        case 0x6E:
            try skipValue()
            return .null
        default:
            let start = index
            try number()
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            return .number(Int64(text).map { String($0) } ?? text)
        }
    }

    /// Checks one value of any kind and moves past it; containers are walked with a stack of their closers.
    private mutating func skipValue() throws(Failure) {
        var closers: [UInt8] = []
        repeat {
            skipSpace()
            guard !atEnd else { throw failure("expected a value") }
            switch bytes[index] {
            case 0x22: _ = try string()
            case 0x7B, 0x5B:
                let closer: UInt8 = bytes[index] == 0x7B ? 0x7D : 0x5D
                index += 1
                skipSpace()
                if !atEnd, bytes[index] == closer {
                    index += 1
                } else {
                    closers.append(closer)
                    if closer == 0x7D { try key() }
                    continue
                }
            case 0x74: try literal("true")
            case 0x66: try literal("false")
            case 0x6E: try literal("null")
            default: try number()
            }
            // After a value: close every container that ends here, and start the next member or element.
            while let closer = closers.last {
                skipSpace()
                guard !atEnd else { throw failure(closer == 0x7D ? "unterminated object" : "unterminated array") }
                if bytes[index] == closer {
                    index += 1
                    closers.removeLast()
                    continue
                }
                guard bytes[index] == 0x2C else {
                    throw failure(closer == 0x7D ? "expected ',' or '}' after a value" : "expected ',' or ']'")
                }
                index += 1
                if closer == 0x7D { try key() }
                break
            }
        } while !closers.isEmpty
    }

    /// Reads an object member's key and its colon, and returns the key.
    @discardableResult private mutating func key() throws(Failure) -> String {
        skipSpace()
        guard !atEnd, bytes[index] == 0x22 else { throw failure("expected a key in quotes") }
        let key = try string()
        skipSpace()
        guard !atEnd, bytes[index] == 0x3A else { throw failure("expected ':' after a key") }
        index += 1
        return key
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count,
            word.withUTF8Buffer({ bytes[index..<index + count].elementsEqual($0) })
        else { throw failure("invalid literal") }
        index += count
    }

    /// Checks a number: `-`, an integer part without leading zeros, an optional fraction and exponent; or one of
    /// `NaN`, `Infinity` and `-Infinity`, which Python's `json` reads (and writes) though JSON has no such values.
    private mutating func number() throws(Failure) {
        let start = index
        for word: StaticString in ["NaN", "Infinity", "-Infinity"] {
            let count = word.utf8CodeUnitCount
            if index + count <= bytes.count, word.withUTF8Buffer({ bytes[index..<index + count].elementsEqual($0) }) {
                index += count
                return
            }
        }
        func digits() -> Int {
            let first = index
            while !atEnd, bytes[index] &- 0x30 < 10 { index += 1 }
            return index - first
        }
        if !atEnd, bytes[index] == 0x2D { index += 1 }
        guard !atEnd, bytes[index] &- 0x30 < 10 else {
            index = start
            throw failure("expected a value")
        }
        if bytes[index] == 0x30 {
            index += 1
            if !atEnd, bytes[index] &- 0x30 < 10 { throw failure("leading zero in a number") }
        } else {
            _ = digits()
        }
        if !atEnd, bytes[index] == 0x2E {
            index += 1
            guard digits() > 0 else { throw failure("expected a digit after '.'") }
        }
        if !atEnd, bytes[index] | 0x20 == 0x65 {
            index += 1
            if !atEnd, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
            guard digits() > 0 else { throw failure("expected a digit in the exponent") }
        }
    }

    /// Reads a string whose opening quote is at `index`, decoding its escapes.
    private mutating func string() throws(Failure) -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var runStart = index
        while true {
            guard !atEnd else { throw failure("unterminated string") }
            let byte = bytes[index]
            if byte == 0x22 || byte == 0x5C {
                // The record came in as a String, so its bytes are valid UTF-8, and a run ends before an ASCII byte.
                scalars.append(contentsOf: String(decoding: bytes[runStart..<index], as: UTF8.self).unicodeScalars)
                if byte == 0x22 {
                    index += 1
                    return String(scalars)
                }
                scalars.append(try escape())
                runStart = index
                continue
            }
            guard byte >= 0x20 else { throw failure("control character in a string") }
            index += 1
        }
    }

    /// Reads the escape at `index` (its backslash).
    private mutating func escape() throws(Failure) -> Unicode.Scalar {
        guard index + 1 < bytes.count else { throw failure("unterminated string") }
        let letter = bytes[index + 1]
        index += 2
        switch letter {
        case 0x22: return "\""
        case 0x5C: return "\\"
        case 0x2F: return "/"
        case 0x62: return "\u{08}"
        case 0x66: return "\u{0C}"
        case 0x6E: return "\n"
        case 0x72: return "\r"
        case 0x74: return "\t"
        case 0x75:
            let unit = try hex4()
            if unit & 0xFC00 == 0xD800, index + 1 < bytes.count, bytes[index] == 0x5C, bytes[index + 1] == 0x75 {
                let escapeStart = index
                index += 2
                let low = try hex4()
                if low & 0xFC00 == 0xDC00,
                    let scalar = Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00))
                {
                    return scalar
                }
                index = escapeStart
            }
            // A lone surrogate, which Python's `json` keeps as one code point, is U+FFFD: one code point too, so
            // the offsets of the text after it are Python's.
            return Unicode.Scalar(unit) ?? "\u{FFFD}"
        default:
            index -= 2
            throw failure("invalid escape")
        }
    }

    private mutating func hex4() throws(Failure) -> UInt16 {
        guard index + 4 <= bytes.count else { throw failure("expected four hex digits after \\u") }
        var value: UInt16 = 0
        for byte in bytes[index..<index + 4] {
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw failure("expected four hex digits after \\u")
            }
            value = value << 4 | UInt16(digit)
        }
        index += 4
        return value
    }
}
