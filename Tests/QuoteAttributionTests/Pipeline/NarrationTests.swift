import Testing

@testable import QuoteAttribution

/// Tokens and sentence ends of the narration.
struct NarrationTests {
    private func narration(_ text: String) -> Narration {
        let document = Normalizer().document(for: Article(id: "t", text: text))
        return Narration(document: document, quotes: QuoteDetector().quotes(in: document).quotes)
    }

    @Test func capitalisedStateAbbreviationsKeepTheSentenceGoing() {
        let tokens = narration("Clinton criticized Tulsa, Okla., police officer Betty Shelby. Then she left.").tokens
        #expect(tokens.map(\.lower).contains("okla."))
        #expect(tokens.filter(\.endsSentence).count == 2)
    }

    @Test func lowerCaseWordsThatLookLikeAbbreviationsStillEndSentences() {
        let tokens = narration("She said she was ill. Then she left.").tokens
        #expect(tokens.filter(\.endsSentence).count == 2)
        #expect(!tokens.map(\.lower).contains("ill."))
    }

    @Test func aPeriodClosingAParenthesisEndsNoSentence() {
        let tokens = narration("Sen. Bernie Sanders (I-Vt.) said on Sunday that it was over.").tokens
        #expect(tokens.filter(\.endsSentence).count == 1)
    }
}
