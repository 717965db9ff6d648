import Testing

@testable import QuoteAttribution

/// The token spans the mention detector hands on with its mentions, and what it reads of sentences and paragraphs.
struct MentionDetectorTests {
    private func detected(_ text: String) -> (Document, Narration, MentionDetector.Result) {
        let document = Normalizer().document(for: Article(id: "t", text: text))
        let narration = Narration(document: document, quotes: QuoteDetector().quotes(in: document).quotes)
        return (document, narration, MentionDetector().mentions(in: document, narration: narration))
    }

    /// The text of the narration tokens `range`.
    private func text(_ range: Range<Int>, _ document: Document, _ narration: Narration) -> String {
        let tokens = narration.tokens
        return document.text(TextRange(tokens[range.lowerBound].range.start, tokens[range.upperBound - 1].range.end))
    }

    /// `tokenRanges`, `nameRanges` and `mentionAt` (read in place from the detector's records) say what the
    /// mentions say: the spans of their texts, names and titles, in text order, and which one covers each token.
    @Test func tokenSpansAgreeWithTheMentions() {
        let (document, narration, result) = detected(
            """
            British Foreign Secretary Liz Truss said on Tuesday that she would go. "We will," she said. \
            Obama's former campaign strategist said the senior official was wrong. Officials said 63 percent agreed, \
            and Hillary Clinton's campaign manager Robby Mook told reporters they're ready.
            """)
        #expect(result.mentions.count >= 8)
        #expect(result.tokenRanges.count == result.mentions.count && result.nameRanges.count == result.mentions.count)
        var covered = [Int](repeating: -1, count: narration.tokens.count)
        var end = 0
        for m in result.mentions.indices {
            let mention = result.mentions[m]
            let tokens = result.tokenRanges[m]
            let name = result.nameRanges[m]
            #expect(mention.id == m)
            #expect(tokens.lowerBound >= end)  // in text order, none overlapping
            end = tokens.upperBound
            #expect(text(tokens, document, narration) == mention.text)
            #expect(document.text(mention.range) == mention.text)
            #expect(text(name, document, narration) == mention.name)
            let title = result.titleRange(of: m)
            #expect((title.isEmpty ? nil : text(title, document, narration)) == mention.title)
            for k in tokens { covered[k] = m }
        }
        #expect(narration.tokens.indices.map { result.mentionAt[$0] } == covered)
    }

    /// Particles join a name one or several at a time (`de Blasio`, `van der Luyden`), and `Mr. and Mrs.` opens one
    /// name: neither leaves a title alone as a mention (a bare `Mrs.` was a speaker of its own).
    @Test func particlesAndCouplesStayInTheirNames() {
        let (_, _, result) = detected(
            """
            Mr. de Blasio and Mrs. van der Luyden arrived. Later Mr. and Mrs. Welland came, with Ludwig von Mises.
            """)
        let names = result.mentions.filter { $0.form == .name }
        #expect(
            names.map(\.text) == ["Mr. de Blasio", "Mrs. van der Luyden", "Mr. and Mrs. Welland", "Ludwig von Mises"])
        #expect(names.map(\.name) == ["de Blasio", "van der Luyden", "Welland", "Ludwig von Mises"])
        #expect(names.map(\.title) == ["Mr.", "Mrs.", "Mr. and Mrs.", nil])
        // A particle with no capitalised word after it ends the name before it.
        let (_, _, trailing) = detected("They met Hans van der and left.")
        #expect(trailing.mentions.filter { $0.form == .name }.map(\.text) == ["Hans"])
    }

    /// Conjunctions, prepositions, adverbs and interjections that open a sentence are no names, nor the start of one
    /// (`Lest Cecil` was a speaker; `Hm` another).
    @Test func functionWordsOpeningASentenceAreNoNames() {
        let (_, _, result) = detected(
            """
            Lest Cecil should hear, she whispered. Hm, that was odd. Through Newbridge ran a road. Enough, Tom said.
            """)
        #expect(result.mentions.filter { $0.form == .name }.map(\.text) == ["Cecil", "Newbridge", "Tom"])
    }

    /// People named by their trade are descriptions (`said the policeman` had no speaker), and no description opens
    /// at the `'s` of `That's` (it gave the description `'s where author`).
    @Test func tradesAreDescriptionsAndThatsIsNoPossessive() {
        let (_, _, result) = detected(
            """
            The policeman sighed. A reporter asked the author. That's where author and activist Cornel West spoke. \
            The croupier called to a Trump supporter.
            """)
        let descriptions = result.mentions.filter { $0.form == .nominal }.map(\.text)
        #expect(descriptions == ["The policeman", "A reporter", "the author", "The croupier", "a Trump supporter"])
        #expect(result.mentions.filter { $0.form == .name }.map(\.text) == ["Cornel West"])
    }

    /// A description ends at its head, before the verb after it (`emailed`), and only a comma, a dash, `called` or
    /// `named` sets a name off as its apposition: the object after the verb is no subject.
    @Test func aDescriptionStopsBeforeItsVerb() {
        let (_, _, result) = detected(
            """
            The Vermont senator emailed supporters saying he would stay. The man called Gogol spoke.
            """)
        #expect(result.mentions.map(\.text) == ["The Vermont senator", "supporters", "he", "The man", "Gogol"])
        #expect(result.mentions.map(\.isSubject) == [true, false, false, true, true])
    }

    /// A trade before a first name and a surname titles the name (`Engineer Tom O'Brien`); a first name that ends
    /// as a trade does (`Hunter Biden`), or a trade before a surname alone, stays the name.
    @Test func aTradeBeforeAFullNameIsItsTitle() {
        let (_, _, result) = detected(
            "Engineer Tom Quayle spoke. Golfer Dustin Johnson left. Hunter Biden stayed. Novelist Ann Patchett wrote.")
        #expect(result.mentions.map(\.name) == ["Tom Quayle", "Dustin Johnson", "Hunter Biden", "Ann Patchett"])
        #expect(result.mentions.map(\.title) == ["Engineer", "Golfer", nil, "Novelist"])
    }

    /// A business named after a person (`Café Núñez`) is a body, so the surname alone (`Núñez said`) is the person's.
    @Test func aBusinessNamedAfterAPersonIsNoPerson() {
        let analysis = QuoteAnalyzer().analyze(
            "José Núñez runs Café Núñez on the square.\n\nNúñez was unmoved. “No,” he said.")
        #expect(analysis.quotations.map(\.speaker) == ["José Núñez"])
        #expect(analysis.speakers.first { $0.name == "Café Núñez" }?.type != .person)
    }

    /// `International` and `Watch` end the names of bodies (`Amnesty International`, `Human Rights Watch`).
    @Test func internationalAndWatchNameBodies() {
        let (_, _, result) = detected("Amnesty International spoke, and Human Rights Watch agreed.")
        #expect(result.mentions.map(\.type) == [.organisation, .organisation])
    }

    /// A name spelled with a no-break space (`Anna&nbsp;Berg` in HTML) is named with a plain one; its text stays.
    @Test func namesTakePlainSpaces() {
        let (_, _, result) = detected("Anna\u{00A0}Berg spoke, and Jo\u{202F}Park left.")
        #expect(result.mentions.map(\.name) == ["Anna Berg", "Jo Park"])
        #expect(result.mentions.map(\.text) == ["Anna\u{00A0}Berg", "Jo\u{202F}Park"])
    }

    /// A capitalised word opening a sentence before a preposition, never capitalised inside one, is a common word
    /// (`Belief in ghosts` took the `he` after it); a name the text capitalises elsewhere stays one.
    @Test func aSentenceOpenerBeforeAPrepositionIsNoName() {
        let (_, _, result) = detected(
            """
            Belief in ghosts ran in his blood. Aziz in the mosque sat firm. Obama's aide left, and then Aziz spoke.
            """)
        #expect(result.mentions.filter { $0.form == .name }.map(\.text) == ["Aziz", "Aziz"])
    }

    /// A chapter's number in capitals, alone, is no name (it spoke the chapter's first quote before); a numeral
    /// after a name stays in it, and an acronym spelled with the same letters is no numeral.
    @Test func aChapterNumeralIsNoName() {
        let (_, _, result) = detected(
            """
            XVIII

            Henry VIII sat down. The ICC and the CDC wrote to Mr. Wilcox.
            """)
        #expect(result.mentions.filter { $0.form == .name }.map(\.text) == ["Henry VIII", "ICC", "CDC", "Mr. Wilcox"])
        #expect(["xx", "xviii", "xliii", "iv", "ix", "cccxc"].allSatisfy(MentionDetector.isRomanNumeral))
        #expect(!["icc", "cdc", "civic", "iiii", "vx", "", "xxxx"].contains(where: MentionDetector.isRomanNumeral))
    }

    /// People the news quotes by their part in a story head descriptions (they were no mention, and their quotes
    /// went to a name nearby).
    @Test func peopleByTheirPartInAStoryAreDescriptions() {
        let (_, _, result) = detected(
            """
            A reader would ask. One delegate said so, and their attorneys agreed with the organizers. His \
            surrogates called. The family left.
            """)
        let descriptions = result.mentions.filter { $0.form == .nominal }.map(\.text)
        #expect(
            descriptions == [
                "A reader", "One delegate", "their attorneys", "the organizers", "His surrogates", "The family",
            ])
    }

    /// A party and a state in parentheses is no name (`D-Va` took a quote from the lawmaker before it).
    @Test func aPartyTagIsNoName() {
        let (_, _, result) = detected("Scott (D-Va.) and Sen. Ron Johnson (R-Wis.) met Dr. Jean-Yves Le Drian.")
        #expect(
            result.mentions.filter { $0.form == .name }.map(\.text) == [
                "Scott", "Sen. Ron Johnson", "Dr. Jean-Yves Le Drian",
            ])
    }

    /// One letter alone is no name (a chapter's `V.`, the `T` of `AT&T`, the `S` of a possessive in capitals; each
    /// spoke quotes before); an initial with a title, or one that is no numeral's letter, stays a name.
    @Test func oneLetterAloneIsNoName() {
        let (_, _, result) = detected(
            """
            CHAPTER V.

            AT&T laid fiber. The list was WEDNESDAY’S, then Mrs. S. came, and Count V. left. K. waited.
            """)
        #expect(result.mentions.filter { $0.form == .name }.map(\.text) == ["Mrs. S.", "Count V.", "K."])
    }
    /// A description ends before another article or possessive, a preposition or a verb of place: it names the head
    /// of its own phrase, not a person three words on (`the drawing-room Newland found his mother`).
    @Test func descriptionsStopAtTheNextPhrase() {
        let (_, _, result) = detected(
            """
            In the drawing-room Newland found his mother. A visit from their brother surprised them. On a low divan \
            sat Lady Narborough. The Florida senator and the ad's narrator spoke.
            """)
        let descriptions = result.mentions.filter { $0.form == .nominal }.map(\.text)
        #expect(descriptions == ["his mother", "their brother", "The Florida senator", "the ad's narrator"])
    }

    /// The first name or pronoun of each sentence is its subject, found from the sentence end listed with each
    /// place a mention may start; a later one, or one after a preposition, is not.
    @Test func subjectsAreTheFirstMentionsOfTheirSentences() {
        let (_, _, result) = detected(
            "Obama met Clinton in Paris. Later he spoke with Merkel. They left for Berlin, and she stayed.")
        let subjects = result.mentions.filter(\.isSubject).map(\.text)
        #expect(subjects.first == "Obama")
        #expect(subjects.contains("he"))
        #expect(subjects.contains("They"))
        #expect(!subjects.contains("Clinton"))
        #expect(!subjects.contains("Merkel"))
    }

    /// A headline has at least five words; a paragraph of fewer tokens is none, however it is written.
    @Test func shortParagraphsAreNoHeadlines() {
        let (_, narration, _) = detected("Obama Sees Personal Insult In Vote\n\nObama Wins Big\n\nHe said it was fine.")
        #expect(MentionDetector.headlineParagraphs(narration) == [true, false, false])
    }
}
