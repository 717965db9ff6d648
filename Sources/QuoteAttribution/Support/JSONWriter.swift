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
