import Testing

@testable import QuoteAttribution

/// The lexicon bits speaker resolution reads of a name's words (`NameWords`): each is the membership test of its
/// list, in the lexicon table and in the narration's tokens.
struct SpeakerLexiconTests {
    /// The lists the resolver asks about, with their bits.
    private static let lists: [(words: Set<String>, flag: LexiconFlags)] = [
        (Set(Names.determiners), .determiner), (SpeakerResolver.rankModifiers, .rankModifier),
        (SpeakerResolver.surnameHonorifics, .surnameHonorific), (Names.personTitles, .personTitle),
    ]

    @Test func listedBitsAreTheListsMembership() {
        let table = LexiconTable.standard
        let others = ["smith", "president", "minister", "the", "vice.", "mr.", "sen.", "", "x", "ex-", "über"]
        let words = Self.lists.reduce(Set(others)) { $0.union($1.words) }
        for word in words {
            for (list, flag) in Self.lists {
                #expect(table.listedFlags(of: word).contains(flag) == list.contains(word), "\(word)")
                // The packed look-up of a word without a final period gives the same bits (`NameWords` reads it).
                if let key = PackedWord(word), !word.hasSuffix(".") {
                    #expect(table.flags(of: key).contains(flag) == list.contains(word), "\(word)")
                }
            }
        }
    }

    @Test func tokenBitsAreTheListsMembership() {
        let document = Normalizer().document(
            for: Article(id: "t", text: "The Vice President and Mr. Smith met former Sen. Jones, an Acting Deputy."))
        let narration = Narration(document: document, quotes: QuoteDetector().quotes(in: document).quotes)
        for k in narration.tokens.indices where narration.tokens[k].isWord {
            let lower = narration.lower(of: k)
            guard !lower.hasSuffix(".") else { continue }  // (`personTitle` is of the word without its period)
            for (list, flag) in Self.lists {
                #expect(narration.tokens[k].lexicon.contains(flag) == list.contains(lower), "\(lower)")
            }
        }
    }
}
