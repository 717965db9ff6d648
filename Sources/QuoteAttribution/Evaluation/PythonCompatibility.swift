import FoundationEssentials
import Glibc

/// Python 3 `str` semantics the reference scorer relies on: code points, `isspace`, `\w`, `lower`, `int()`.
enum PythonText {
    /// The code points for which Python's `str.isspace()` is true (bidi class WS, B or S, or category Zs).
    private static let spaces: Set<UInt32> = [
        0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x2001,
        0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F,
        0x205F, 0x3000,
    ]

    /// Python's `c.isspace()`.
    static func isSpace(_ c: Unicode.Scalar) -> Bool { spaces.contains(c.value) }

    /// Python's `re` `\w` for `str` patterns: `c.isalnum()` (letters and numerics) or `_`.
    static func isWord(_ c: Unicode.Scalar) -> Bool {
        if c == "_" { return true }
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return c.properties.numericType != nil
        }
    }

    /// Python's `str.lower()`: full lowercase mappings, with the final-sigma rule.
    static func lowercased(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        for (i, c) in s.enumerated() {
            if c == "\u{03A3}" {
                out.append(isFinalSigma(s, at: i) ? "\u{03C2}" : "\u{03C3}")
            } else {
                out.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return out
    }

    /// True when the capital sigma at `i` ends a word (CPython's `handle_capital_sigma`).
    private static func isFinalSigma(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i - 1
        while j >= 0, s[j].properties.isCaseIgnorable { j -= 1 }
        guard j >= 0, s[j].properties.isCased else { return false }
        j = i + 1
        while j < s.count, s[j].properties.isCaseIgnorable { j += 1 }
        return j == s.count || !s[j].properties.isCased
    }

    /// Python's `int(s)` for a string: surrounding white space, a sign, decimal digits of any script and
    /// single underscores between digits; nil where Python raises `ValueError`. Clamped to ±2^62.
    static func int(_ s: String) -> Int? {
        var scalars = Array(s.unicodeScalars)[...]
        while let first = scalars.first, isSpace(first) { scalars.removeFirst() }
        while let last = scalars.last, isSpace(last) { scalars.removeLast() }
        var negative = false
        if let sign = scalars.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            scalars.removeFirst()
        }
        guard !scalars.isEmpty else { return nil }
        var value = 0
        var previousWasDigit = false
        for c in scalars {
            if c == "_" {
                guard previousWasDigit else { return nil }
                previousWasDigit = false
                continue
            }
            guard c.properties.numericType == .decimal, let digit = c.properties.numericValue else { return nil }
            value = value > limit / 10 ? limit : min(value * 10 + Int(digit), limit)
            previousWasDigit = true
        }
        guard previousWasDigit else { return nil }
        return negative ? -value : value
    }

    /// Python's `int(x)` for a float (truncation toward zero), clamped to ±2^62 so sums cannot overflow.
    static func int(_ x: Double) -> Int? {
        guard x.isFinite else { return nil }
        return clamp(x.magnitude, negative: x < 0)
    }

    /// The magnitude offsets are clamped to.
    private static let limit = 1 << 62

    private static func clamp(_ magnitude: Double, negative: Bool) -> Int {
        let value = magnitude >= Double(limit) ? limit : Int(magnitude)
        return negative ? -value : value
    }

    /// A key that compares strings by code points, as Python does (Swift's `==` uses canonical equivalence).
    static func key(_ s: String) -> [UInt8] { Array(s.utf8) }

    /// Python's `a < b` for strings: code point order (the same as UTF-8 byte order).
    static func less(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
}

/// Python number and string formatting: `round`, `format(x, '.Nf')`, `repr`, `json.dumps` and padding.
enum PythonFormat {
    /// Python's `round(x, digits)`: the exact binary value rounded half-even to `digits` decimals.
    static func round(_ x: Double, _ digits: Int) -> Double {
        guard x.isFinite else { return x }
        return Double(fixed(x, digits)) ?? x
    }

    /// Python's `format(x, '.{digits}f')`: C's `%.*f`, which rounds the exact binary value half-even.
    static func fixed(_ x: Double, _ digits: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 400)
        _ = withVaList([digits, x]) { vsnprintf(&buffer, buffer.count, "%.*f", $0) }
        return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    /// Python's `repr(x)` for a float: the shortest digits that round-trip, with Python's layout.
    ///
    /// Swift's `description` uses the same shortest digits and the same switch to exponent notation
    /// (below 1e-4, from 1e16), so it already prints `1.0`, `0.5`, `0.0001`, `1e-05`.
    static func repr(_ x: Double) -> String { x.description }

    /// Python's `repr(s)` for a string: single quotes unless the text holds only single quotes.
    static func repr(_ s: String) -> String {
        let quote: Unicode.Scalar = s.contains("'") && !s.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for c in s.unicodeScalars {
            switch c {
            case quote, "\\": out += "\\" + String(c)
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default:
                if isPrintable(c) {
                    out.unicodeScalars.append(c)
                } else {
                    let (prefix, width) = c.value < 0x100 ? ("x", 2) : c.value < 0x10000 ? ("u", 4) : ("U", 8)
                    out += "\\" + prefix + hex(c.value, width: width)
                }
            }
        }
        return out + String(quote)
    }

    /// Python's `str.isprintable()` for one code point.
    private static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
            .spaceSeparator:
            return false
        default: return true
        }
    }

    /// `json.dumps(s)` with the default `ensure_ascii=True`.
    static func json(_ s: String) -> String {
        var out = "\""
        for unit in s.utf16 {
            switch unit {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x20...0x7E: out.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
            default: out += "\\u" + hex(UInt32(unit), width: 4)
            }
        }
        return out + "\""
    }

    /// Lower-case hexadecimal, zero-padded to `width`.
    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Python's `f"{s:<width}"` (`left`) or `f"{s:>width}"`: padding counted in code points.
    static func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.unicodeScalars.count))
        return left ? s + fill : fill + s
    }

    /// A table row: the first cell left-aligned to the first width, the others right-aligned to theirs.
    static func row(_ cells: [String], widths: [Int]) -> String {
        zip(cells.indices, zip(cells, widths)).map { pad($1.0, $1.1, left: $0 == 0) }.joined()
    }
}

/// A JSON value printed exactly as Python's `json.dumps` prints it (default separators, ASCII only).
enum PythonJSON {
    case int(Int)
    case float(Double)
    case string(String)
    case null
    case array([PythonJSON])
    case object([(String, PythonJSON)])

    /// A float, or `null` when absent (Python's `None`).
    static func float(_ x: Double?) -> PythonJSON { x.map { .float($0) } ?? .null }

    /// The `json.dumps` text.
    var text: String {
        switch self {
        case .int(let n): String(n)
        case .float(let x): PythonFormat.repr(x)
        case .string(let s): PythonFormat.json(s)
        case .null: "null"
        case .array(let items): "[" + items.map(\.text).joined(separator: ", ") + "]"
        case .object(let members):
            "{" + members.map { PythonFormat.json($0.0) + ": " + $0.1.text }.joined(separator: ", ") + "}"
        }
    }
}
