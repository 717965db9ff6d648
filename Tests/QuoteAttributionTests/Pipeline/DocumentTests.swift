import Testing

@testable import QuoteAttribution

/// Byte offsets converted to code point offsets, and lines found, as the plain definitions give them.
struct DocumentTests {
    /// The code point offset of each byte offset, counted naively (offsets clamped to the text).
    private func reference(_ text: String, _ offsets: [Int]) -> [Int] {
        let bytes = Array(text.utf8)
        return offsets.map { offset in
            bytes[0..<max(0, min(offset, bytes.count))].filter { $0 & 0xC0 != 0x80 }.count
        }
    }

    /// A deterministic pseudo-random generator, so that a failure can be reproduced.
    private struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ (state >> 29)
        }
    }

    @Test(arguments: [
        "",
        "a",
        "é",
        "plain ASCII text that is longer than thirty-two bytes, and then some more.",
        "“Curly” quotes after ASCII: Clinton’s team said “no”.",
        String(repeating: "ASCII only. ", count: 100) + "« oui » ‹ non › „Ja“ " + String(repeating: "é😀x", count: 300),
        String(repeating: "日本語のテキスト、", count: 200),
        String(repeating: "x", count: 700) + "€" + String(repeating: "y", count: 5),
    ])
    func scalarOffsetsMatchACount(text: String) {
        let document = Normalizer().document(for: Article(id: "t", text: text))
        let count = text.utf8.count
        // In text order, in reverse, at random (jumping back past checkpoints), and out of range.
        var generator = Generator(state: UInt64(count) + 1)
        let random = (0..<300).map { _ in Int.random(in: -3...(count + 3), using: &generator) }
        for offsets in [Array(0...count), Array((0...count).reversed()), random, [-5, count + 10, 0, count]] {
            #expect(document.scalarOffsets(of: offsets) == reference(text, offsets))
        }
    }

    @Test func lineBreakMatchesAByteScan() {
        // Line breaks at every distance from a start, across the thirty-two and sixteen byte steps.
        var generator = Generator(state: 7)
        for length in [0, 1, 15, 16, 17, 31, 32, 33, 47, 64, 65, 100, 200] {
            for _ in 0..<20 {
                let raw = (0..<length).map { _ -> UInt8 in
                    switch Int.random(in: 0..<40, using: &generator) {
                    case 0: 0x0A
                    case 1: 0x0D
                    case 2: 0xE2
                    default: UInt8.random(in: 0x20...0x7E, using: &generator)
                    }
                }
                for start in 0...length {
                    let expected = raw[start...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? length
                    #expect(Normalizer.lineBreak(in: raw, from: start) == expected, "length \(length), start \(start)")
                }
            }
        }
    }

    @Test func lineFromAHintMatchesTheSearch() {
        let document = Normalizer().document(for: Article(id: "t", text: "one\ntwo\r\n\nthree\rfour\n"))
        for offset in 0...22 {
            for hint in 0...7 {
                let found = document.line(of: offset, from: hint)
                let searched = document.line(of: offset)
                #expect(found.line == searched.line && found.start == searched.start, "offset \(offset), hint \(hint)")
            }
        }
    }
}
