import Testing

@testable import QuoteAttribution

/// The three JIT-friendly mark patterns find exactly the matches of the one pattern they stand for.
struct QuoteMarkScanTests {
    /// The marks as one pattern, as quote detection used to find them.
    private static let markPattern = try! PCRE2Regex(
        "''|``|[\"'\\x{2018}\\x{2019}\\x{201C}\\x{201D}\\x{201E}\\x{00AB}\\x{00BB}\\x{2039}\\x{203A}]")

    /// The matches of `markPattern` in `text[range]`, one call per match.
    private func reference(_ text: UTF8Text, _ range: Range<Int>) throws -> [Range<Int>] {
        var found: [Range<Int>] = []
        try PCRE2Matcher(Self.markPattern).forEachMatchRange(in: text, range: range) { match in
            found.append(match)
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
