import Testing

@testable import QuoteAttribution

/// `JSONWriter.Run` writes the bytes of the `JSONWriter` functions of the same names, whatever it gathers inline
/// and whatever it flushes.
struct JSONWriterRunTests {
    /// Strings of every length around the run's thresholds (short strings copied inline, longer ones escaped
    /// straight into the output), plain or with an escape, after runs of literals and integers that fill it.
    @Test func quotedStringsMatchTheWriterAtEveryLength() {
        for length in [0, 1, 7, 8, 15, 16, 17, 47, 48, 49, 127, 128, 129, 159, 160, 161, 200, 255, 256, 257, 300] {
            for filler in [0, 1, 100, 200, 250] {
                for text in [
                    String(repeating: "a", count: length),
                    String(repeating: "é", count: length / 2),
                    String(repeating: "b", count: max(length - 1, 0)) + "\"",
                    "\n" + String(repeating: "c", count: max(length - 1, 0)),
                ] {
                    var expected: [UInt8] = []
                    JSONWriter.append(", ", to: &expected)
                    for _ in 0..<filler { expected.append(0x78) }
                    JSONWriter.appendInteger(length, to: &expected)
                    JSONWriter.appendQuoted(text, to: &expected)
                    JSONWriter.appendNumber(0.25, to: &expected)

                    var output: [UInt8] = []
                    var run = JSONWriter.Run()
                    run.append(", ", flushingTo: &output)
                    for _ in 0..<filler { run.append(byte: 0x78, flushingTo: &output) }
                    run.appendInteger(length, flushingTo: &output)
                    run.appendQuoted(text, flushingTo: &output)
                    run.appendNumber(0.25, flushingTo: &output)
                    run.flush(to: &output)
                    #expect(output == expected, "length \(length), filler \(filler)")
                    #expect(String(decoding: output, as: UTF8.self).hasSuffix(JSONWriter.quoted(text) + "0.25"))
                }
            }
        }
    }

    /// Integers of every length (two digits per division, the count of digits by comparisons) and numbers in
    /// thousandths around [0, 1] are spelled as `String(_:)` and `JSONWriter.number(_:)` spell them.
    @Test func integersAndNumbersMatchTheirSpelling() {
        var integers = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 1001, Int.max, -1, -10, -12345, Int.min]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            integers += [power - 1, power, power + 1, power * 3 + 7]
        }
        for value in integers {
            var output: [UInt8] = []
            var run = JSONWriter.Run()
            run.appendInteger(value, flushingTo: &output)
            run.flush(to: &output)
            #expect(String(decoding: output, as: UTF8.self) == String(value))
        }
        for k in -3...1003 {
            for value in [Double(k) / 1000, Double(k) / 1000 + 0.0004, Double(k) / 1000 + 0.0005] {
                var output: [UInt8] = []
                var run = JSONWriter.Run()
                run.appendNumber(value, flushingTo: &output)
                run.flush(to: &output)
                #expect(String(decoding: output, as: UTF8.self) == JSONWriter.number(value), "\(value)")
            }
        }
    }
}
