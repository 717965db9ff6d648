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
