import Testing

@testable import QuoteAttribution

/// `QuoteAnalyzer.analyze` on a document without quotes, which skips the stages that only serve quotes.
struct QuoteAnalyzerTests {
    @Test func quotesAndSpeakersAreIdentifiable() {
        // (For `ForEach(analysis.quotes)` in SwiftUI, and any code generic over `Identifiable`.)
        func ids<T: Identifiable>(_ items: [T]) -> [T.ID] { items.map(\.id) }
        let analysis = QuoteAnalyzer().analyze(#""We will go," Truss said. "Soon," she added."#)
        #expect(ids(analysis.quotes) == [0, 1])
        #expect(ids(analysis.speakers) == [0])
    }

    @Test func spansSliceTheTextInCodePoints() throws {
        // `\r\n`, a flag and a combining accent are one `Character` each but several code points.
        let text = "Zoe\u{301} 🇺🇦 met us.\r\n\r\n“We will go,” said Anna Berg.\r\n"
        let analysis = QuoteAnalyzer().analyze(text)
        let quote = try #require(analysis.quotations.first)
        #expect(analysis.text(of: quote.span) == "We will go,")
        let mention = try #require(quote.mention)
        let mentionSpan = CodePointSpan(start: mention.start, end: mention.end, line: 3, column: 0)
        #expect(analysis.text(of: mentionSpan).map(String.init) == mention.text)
        let range = try #require(quote.span.range(in: text))
        #expect(text.unicodeScalars[range].elementsEqual("We will go,".unicodeScalars))
        #expect(CodePointSpan(start: 2, end: 999, line: 1, column: 3).range(in: text) == nil)
        #expect(CodePointSpan(start: 3, end: 2, line: 1, column: 4).range(in: text) == nil)
    }

    @Test func aDocumentWithoutQuotesHasNoSpeakersAndKeepsItsProblems() throws {
        // Names, a cue and a pronoun, but no quote: nobody is quoted, so nobody is a speaker. The stray mark is still
        // reported where it is (line 5; `Zoë left ` is 9 code points).
        let text =
            "Liz Truss, the British foreign secretary, said the drills were a threat.\n\n"
            + "She added that talks would go on.\n\nZoë left ” early."
        let analysis = QuoteAnalyzer().analyze(text, id: "d")
        #expect(analysis.documentID == "d")
        #expect(analysis.text == text)
        #expect(analysis.quotes.isEmpty)
        #expect(analysis.speakers.isEmpty)
        let stray = try #require(analysis.diagnostics.first)
        #expect(analysis.diagnostics.count == 1)
        #expect(stray.code == .strayMark)
        #expect(stray.span.line == 5 && stray.span.column == 10)
        let scalars = Array(text.unicodeScalars)
        #expect(stray.span.start == scalars.firstIndex(of: "”"))
    }

    @Test func knownSpeakersDoNotMakeSpeakersOfUnquotedPeople() {
        let configuration = Configuration(
            knownSpeakers: [Configuration.KnownSpeaker(name: "Liz Truss", aliases: ["the foreign secretary"])])
        let analysis = QuoteAnalyzer(configuration: configuration).analyze("Liz Truss said the drills were a threat.")
        #expect(analysis.quotes.isEmpty && analysis.speakers.isEmpty && analysis.diagnostics.isEmpty)
    }
}
