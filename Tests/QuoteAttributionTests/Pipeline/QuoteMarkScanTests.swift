import Testing

@testable import QuoteAttribution

/// The three JIT-friendly mark patterns find exactly the matches of the one pattern they stand for, but for the
/// single marks inside words (`QuoteDetector.markPatterns`).
struct QuoteMarkScanTests {
    /// The marks as one pattern, as quote detection used to find them.
    private static let markPattern = try! PCRE2Regex(
        "''|``|[\"'\\x{2018}\\x{2019}\\x{201C}\\x{201D}\\x{201E}\\x{00AB}\\x{00BB}\\x{2039}\\x{203A}]")

    /// The matches of `markPattern` in `text[range]`, one call per match, without a single `'` or `’` between two
    /// ASCII letters or digits (the byte after it read in `range` only, as the scan reads it).
    private func reference(_ text: UTF8Text, _ range: Range<Int>) throws -> [Range<Int>] {
        func isASCIIWordByte(_ offset: Int) -> Bool {
            guard offset >= 0, offset < range.upperBound else { return false }
            let byte = text[offset]
            return (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
        }
        var found: [Range<Int>] = []
        try PCRE2Matcher(Self.markPattern).forEachMatchRange(in: text, range: range) { match in
            let isSingle =
                (match.count == 1 && text[match.lowerBound] == 0x27)
                || (match.count == 3 && text[match.lowerBound] == 0xE2 && text[match.lowerBound + 1] == 0x80
                    && text[match.lowerBound + 2] == 0x99)
            if !(isSingle && isASCIIWordByte(match.lowerBound - 1) && isASCIIWordByte(match.upperBound)) {
                found.append(match)
            }
            return true
        }
        return found
    }

    @Test(arguments: [
        "He said \"don't go\" and 'left'.",
        "''Legend in the Coal Fields.'' ``Quoted'' ''' ```` `x` '\"'\"\"",
        "« oui » ‹ non › „Ja“ “curly” ‘single’ Clinton’s ’90s",
        "é'è\"’‘“”„«»‹›`''é",
        "no marks at all",
        "",
        "'",
        "''",
        "``",
        "\u{2019}",
        "don't Europe's it’s 1990’s '90s x'' ''x a'b''c d''e'f rock'n'roll O’Neil’s ‘x’y’ z'",
        "'a' a' 'a b'c'd ’e’ f’g’h 7'8 _'_ é'é",
    ])
    func threePatternsMatchTheOne(_ string: String) throws {
        let text = UTF8Text(string)
        let scanner = QuoteDetector.MarkScanner()
        #expect(try scanner.ranges(in: text, range: 0..<text.count) == reference(text, 0..<text.count))
        // Ranges that cut a `''` in two, as a paragraph's end would.
        for end in 0...text.count where end == text.count || text[end] & 0xC0 != 0x80 {
            #expect(try scanner.ranges(in: text, range: 0..<end) == reference(text, 0..<end))
        }
    }
}
