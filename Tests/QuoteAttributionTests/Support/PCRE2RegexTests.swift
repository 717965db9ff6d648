import Testing

@testable import QuoteAttribution

/// The PCRE2 wrapper: compile errors, limits, UTF-8 validation, empty matches.
struct PCRE2RegexTests {
    @Test func badPatternThrowsWithOffset() {
        #expect(throws: PCRE2Error.self) { try PCRE2Regex("ab(c") }
        do {
            _ = try PCRE2Regex("ab(c")
        } catch {
            #expect(error.kind == .compile)
            #expect(error.offset == 4)
        }
    }

    @Test func catastrophicBacktrackingHitsTheMatchLimit() throws {
        let regex = try PCRE2Regex("(a+)+$")
        let matcher = PCRE2Matcher(regex, limits: PCRE2Limits(matchLimit: 100_000))
        let text = UTF8Text(String(repeating: "a", count: 40) + "b")
        expectResourceLimit { _ = try matcher.firstMatch(in: text) }
    }

    /// A JIT match deeper than the 32 KiB of machine stack gets a JIT stack of up to 4 MiB (made on demand, not
    /// for every matcher); one deeper than that stops with a limit error instead of overflowing.
    @Test func deepJITMatchesGetAStackUpToTheLimit() throws {
        let regex = try PCRE2Regex("(a|b)*c")
        try #require(regex.isJIT)
        let matcher = PCRE2Matcher(regex, limits: PCRE2Limits(matchLimit: 100_000_000))
        let deep = UTF8Text(String(repeating: "ab", count: 20_000) + "c")
        #expect(try matcher.firstMatchRange(in: deep) == 0..<40_001)
        let tooDeep = UTF8Text(String(repeating: "ab", count: 2_000_000) + "c")
        expectResourceLimit { _ = try matcher.firstMatchRange(in: tooDeep) }
    }

    /// Records an issue unless `body` throws a resource-limit error.
    private func expectResourceLimit(
        _ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        do {
            try body()
            Issue.record("expected a limit error", sourceLocation: sourceLocation)
        } catch {
            #expect((error as? PCRE2Error)?.isResourceLimit == true, sourceLocation: sourceLocation)
        }
    }

    @Test func invalidUTF8IsRejectedWithItsOffset() {
        #expect(throws: PCRE2Error.self) { try UTF8Text(validating: [0x61, 0x62, 0xC3, 0x28]) }
        do { _ = try UTF8Text(validating: [0x61, 0x62, 0xC3, 0x28]) } catch { #expect(error.offset == 2) }
        #expect(UTF8Text.firstInvalidOffset(in: Array("héllo “x”".utf8)) == nil)
        #expect(UTF8Text.firstInvalidOffset(in: [0xED, 0xA0, 0x80]) == 0)  // surrogate
        #expect(UTF8Text.firstInvalidOffset(in: [0xC0, 0x80]) == 0)  // overlong
    }

    @Test func emptyMatchesAdvanceByCodePoint() throws {
        let matcher = PCRE2Matcher(try PCRE2Regex("x*"))
        var starts: [Int] = []
        try matcher.forEachMatch(in: UTF8Text("éa")) { match in
            starts.append(match.range.lowerBound)
            return true
        }
        #expect(starts == [0, 2, 3])
    }

    @Test func capturesAndEmptySubject() throws {
        let matcher = PCRE2Matcher(try PCRE2Regex("(a)(b)?"))
        let match = try #require(try matcher.firstMatch(in: UTF8Text("xa")))
        #expect(match.range == 1..<2)
        #expect(match.capture(1) == 1..<2)
        #expect(match.capture(2) == nil)
        #expect(try matcher.firstMatch(in: UTF8Text("")) == nil)
    }
}
