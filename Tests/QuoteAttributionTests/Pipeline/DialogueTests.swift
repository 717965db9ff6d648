import Testing

@testable import QuoteAttribution

/// Fiction dialogue: turn-taking, vocatives, generic descriptions and first-person narrators.
struct DialogueTests {
    @Test func vocativesAreTheNamesAddressed() {
        #expect(SpeakerResolver.vocatives(in: "Emma, come here.") == ["emma"])
        #expect(SpeakerResolver.vocatives(in: "I know, Mr. Knightley.") == ["knightley"])
        #expect(SpeakerResolver.vocatives(in: "My dear Harriet, how are you?") == ["harriet"])
        #expect(SpeakerResolver.vocatives(in: "Yes, I think so.").isEmpty)
        #expect(SpeakerResolver.vocatives(in: "No commas here").isEmpty)
        // Set off by commas inside the quote, when neither end holds an address; not an item of a list.
        #expect(SpeakerResolver.vocatives(in: "How long, Rachael, is it to be?") == ["rachael"])
        #expect(SpeakerResolver.vocatives(in: "It is not worth while, Mr. Hale, to wait.") == ["hale"])
        #expect(SpeakerResolver.vocatives(in: "I saw the vicar, Harriet, and the doctor there.").isEmpty)
        // A word that opens a quote as an address would is none (`Come,`, `Please,`), and the name after it is.
        #expect(SpeakerResolver.vocatives(in: "Please, Katharine, read us something real.") == ["katharine"])
        #expect(SpeakerResolver.vocatives(in: "Certainly, I shall come.").isEmpty)
        // Or ending its sentence; an abbreviation ends none.
        #expect(SpeakerResolver.vocatives(in: "No, that is enough, Freddy. Dress now. No, I say!") == ["freddy"])
        #expect(SpeakerResolver.vocatives(in: "But the point was, Kemp! I had to get out.") == ["kemp"])
        #expect(SpeakerResolver.vocatives(in: "We met, Mr. Hale and I, at noon. It rained all day, I think.").isEmpty)
    }

    @Test func aCapitalisedTitleAloneIsThePersonWithThatTitle() {
        let text = """
            Major Pelham arrived late and sat down without a word.

            "Oh, stop the chatter and give us the result," the Major growled.
            """
        #expect(QuoteAnalyzer().analyze(text).quotations.map(\.speaker) == ["Pelham"])
    }

    @Test func aTitleBeforeParticlesOrACoupleIsNoSpeakerOfItsOwn() {
        let text = """
            "It is late," Mrs. van der Luyden said.

            "Come in," said Mr. and Mrs. Welland.

            "Yes," said Mrs. van der Luyden.
            """
        // (Before: `Luyden`, a bare `Mr.`, and the couple's name for the last quote, from the paragraph subject.)
        #expect(
            QuoteAnalyzer().analyze(text).quotations.map(\.speaker) == ["van der Luyden", "Welland", "van der Luyden"])
    }

    /// A mother and a son who share a surname stay two people when `he`/`she` after the son's names say which is which:
    /// a titled `Mrs. Archer` joins no person the text calls `he`, and the son's full name does not take over the
    /// `Mrs. Archer` named before him.
    @Test func aTitledNameAndANameCalledHeStayTwoPeople() {
        let motherFirst = """
            Mrs. Archer's dinners were plain, and everyone knew it.

            Newland Archer, as he walked home, thought of the opera.

            "You are late, my dear," said Mrs. Archer.

            "I walked," Newland Archer said.
            """
        #expect(QuoteAnalyzer().analyze(motherFirst).quotations.map(\.speaker) == ["Archer", "Newland Archer"])
        let sonFirst = """
            Newland Archer came home late. Newland Archer knew he had missed dinner. Newland Archer sighed; his \
            coat was wet through.

            "You are late, my dear," said Mrs. Archer.

            "I walked," Newland Archer said.
            """
        #expect(QuoteAnalyzer().analyze(sonFirst).quotations.map(\.speaker) == ["Archer", "Newland Archer"])
        // One `she` after a lone surname never splits a person: here it is someone else's.
        let news = """
            Donald Trump spoke in Ohio on Monday.

            Trump attacked the senator, and she answered the next day.

            "We will win," Trump said.
            """
        #expect(QuoteAnalyzer().analyze(news).quotations.map(\.speaker) == ["Donald Trump"])
    }

    /// `her mother` is the `Mrs.` of the surname of the person just named, `his father` the `Mr.`; with no such
    /// person, the description stays.
    @Test func aRelativeIsThePersonTitledWithThePossessorsSurname() {
        let text = """
            Mrs. Honeychurch and Mr. Honeychurch were at the table.

            Mr. Honeychurch looked up. "You are late again," his wife said.

            Mrs. Honeychurch smiled. "Leave him be," her husband said.

            Cecil Vyse came in. "Good morning," his mother said.
            """
        let analysis = QuoteAnalyzer().analyze(text)
        let speakers = analysis.quotations.map { quote in analysis.speakers.first { $0.id == quote.speakerID } }
        #expect(speakers.map { $0?.titles } == [["Mrs."], ["Mr."], []])
        // (Namesakes print with their titles: `namesakesPrintWithTheirTitles`.)
        #expect(speakers.map(\.?.name) == ["Mrs. Honeychurch", "Mr. Honeychurch", "his mother"])
    }

    @Test func anHonorificBeforeATitleWordIsNoTitle() {
        let text = """
            Larry King hosts a show for Russia Today. Mr. King's Russia Today programming is streamed on Hulu.

            "I have never been edited," Mr. King told me.
            """
        #expect(QuoteAnalyzer().analyze(text).quotations.map(\.speaker) == ["Larry King"])
    }

    @Test func aRelationWhoSpeaksIsThePersonJustAddressed() {
        let text = """
            Anna found her brother on the rocks below the lighthouse.

            Anna cupped her hands. "Thomas, come here!"

            "I found something," her brother replied.

            "What is it?"

            Thomas held up a bottle.
            """
        #expect(QuoteAnalyzer().analyze(text).quotations.map(\.speaker) == ["Anna", "Thomas", "Anna"])
    }

    /// Two people the text names by one surname and their titles print apart, each by the titled form it was named
    /// by most (before, both were `Bennet`, and the report counted them as one speaker); a couple's title names
    /// neither, however often it is read; a person with no namesake keeps the bare name.
    @Test func namesakesPrintWithTheirTitles() {
        let text = """
            Mr. Bennet came in. Mrs. Bennet looked up.

            "You are late," Mrs. Bennet said.

            "I know," Mr. Bennet said.
            """
        let analysis = QuoteAnalyzer().analyze(text)
        #expect(analysis.quotations.map(\.speaker) == ["Mrs. Bennet", "Mr. Bennet"])
        #expect(analysis.speakers.first { $0.name == "Mrs. Bennet" }?.aliases == ["Bennet"])
        // The couple's mentions join Mrs. Bennet as often as her own name does, and `Mr. and Mrs.` sorts first.
        let couple = """
            Mr. Bennet came in. Mrs. Bennet looked up.

            "You are late," Mr. Bennet said.

            "Come in," said Mr. and Mrs. Bennet.

            "Sit down," said Mr. and Mrs. Bennet.

            "Thank you," Mrs. Bennet said.
            """
        #expect(
            QuoteAnalyzer().analyze(couple).quotations.map(\.speaker) == [
                "Mr. Bennet", "Mrs. Bennet", "Mrs. Bennet", "Mrs. Bennet",
            ])
        let alone = """
            Mr. Bennet came in.

            "I know," Mr. Bennet said.
            """
        #expect(QuoteAnalyzer().analyze(alone).quotations.map(\.speaker) == ["Bennet"])
    }

    @Test func aBareReplyIsTheOtherPartys() {
        let text = "\"Where have you been?\" said Anna.\n\n\"Out by the river.\"\n\n\"In this weather?\"\n\n\"Yes.\""
        let speakers = QuoteAnalyzer().analyze(text).quotations.map(\.speaker)
        #expect(speakers[0] == "Anna")
        #expect(speakers[1] != "Anna")
    }

    /// A quote opening the paragraph after a paragraph that ends with a quote is the next turn: `she` there is
    /// the other woman of the dialogue, not the one who spoke last. Not when the cue says the speaker goes on, nor
    /// where no paragraph is a quote alone (the news's stacked quotes of one speaker).
    @Test func aPronounOpeningTheNextTurnIsTheOtherParty() {
        let turns = """
            Harriet and Emma sat in the parlour.

            "Shall we walk to the village?" Harriet asked.

            "It is too cold," said Emma.

            "Then I shall go alone."

            "You will not," she %@.
            """
        func speakers(_ text: String) -> [String?] { QuoteAnalyzer().analyze(text).quotations.map(\.speaker) }
        #expect(speakers(turns.replacingOccurrences(of: "%@", with: "said")) == ["Harriet", "Emma", "Harriet", "Emma"])
        #expect(
            speakers(turns.replacingOccurrences(of: "%@", with: "added")) == ["Harriet", "Emma", "Harriet", "Harriet"])
        // A generic description in dialogue is resolved as a pronoun is, next turns included.
        #expect(
            speakers(turns.replacingOccurrences(of: "she %@", with: "said the girl"))
                == ["Harriet", "Emma", "Harriet", "Emma"])
        let stacked = """
            "Shall we walk to the village?" Harriet asked.

            "It is too cold," said Emma. "Far too cold."

            "The roads are closed," Harriet said. "Nobody goes out."

            "We will stay in," she said.
            """
        #expect(speakers(stacked) == ["Harriet", "Emma", "Emma", "Harriet", "Harriet", "Harriet"])
    }

    /// Where turns are taken, `he` is a named person who fits before a description (`her father`), which in a
    /// novel is mostly a named character again; with no named person to take, the description stays.
    @Test func aPronounInDialoguePrefersANamedPersonToADescription() {
        let turns = """
            "Is he rich?" asked Elizabeth.

            "Very," said her father.

            "And handsome?"

            "Quite," he said.
            """
        func speakers(_ text: String) -> [String?] { QuoteAnalyzer().analyze(text).quotations.map(\.speaker) }
        #expect(
            speakers("Mr. Bennet looked up from his book.\n\n" + turns)
                == ["Elizabeth", "her father", "Elizabeth", "Bennet"])
        #expect(speakers(turns) == ["Elizabeth", "her father", "Elizabeth", "her father"])
    }

    @Test func aGuessedSpeakerIsNeverTheOneAddressed() {
        let text = """
            "Good morning," said Thomas.

            "Good morning," said Anna.

            "Did you sleep well?" said Thomas.

            "Thomas, I never sleep well."
            """
        let quotes = QuoteAnalyzer().analyze(text).quotations
        #expect(quotes.count == 4)
        #expect(quotes[3].speaker == "Anna")
    }

    @Test func genericDescriptionsInDialogueNameSomeoneNearby() {
        let text = """
            Anna met Mr. Albert Hollis at the gate. He was old and slow.

            "You are late," said Anna.

            "I am always late," said the old man.

            "That is true," said Anna.
            """
        let quotes = QuoteAnalyzer().analyze(text).quotations
        #expect(quotes.map(\.speaker) == ["Anna", "Albert Hollis", "Anna"])
    }

    @Test func aFirstPersonNarratorIsNamedByTheVocativesOfOthers() {
        let text = """
            "Hastings, look at this," said Poirot.

            "What is it?" I asked.

            "A clue, Hastings. A clue!"

            "I see nothing," I said.
            """
        let quotes = QuoteAnalyzer().analyze(text).quotations
        #expect(quotes[1].speaker == "Hastings")
        #expect(quotes[3].speaker == "Hastings")
    }

    /// The `Character` steps of `SpeakerResolver.nameTokens`, which names of ASCII and Latin-1 or Latin Extended-A
    /// letters now skip (split on their bytes).
    private static func characterNameTokens(_ name: String) -> [String] {
        var words = String(name.lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
            .split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map { String($0) }
        words = words.map { $0.hasSuffix("'s") ? String($0.dropLast(2)) : $0 }.map { $0.trimmingPeriod }
            .filter { !$0.isEmpty && $0 != "'s" }
        if words.first == "the" { words.removeFirst() }
        return words
    }

    @Test func latinNamesSplitAsTheirCharactersDo() {
        let names = [
            "José Martí", "The Señora’s", "François Hollande's", "Łukasz Kowalski.", "the Đorđević Ōsaka",
            "ÉMILE  ZOLA", "Dr.\u{00A0}Müller’s", "İsmail Kaya", "’s Gräfin", "the the Ærø", "ÀÁÂ ßſŉ. x's's",
            "Émile", "E\u{301}mile Zola", "Zoë’s", "Œuvre ÿ ×÷", "a\u{00A0}\u{00A0}ñ", "René.", "Ñ", "Å\u{30A}ke",
            "naïve\r\nname", "\u{212A}elvin Brötz", "Enrique Pen\u{303}a Nieto", "G\u{00C3}\u{00B1}mez", "x \u{303}y",
            "a’\u{303}s", "±1 ©’s", "\u{00AD}soft \u{0083}ctl", "n\u{303}’s", "the\u{303} x", "\u{303}the x",
            "a\u{00A0}\u{301}b", "x'\u{301}s", "x.\u{301}", "\u{00B1}\u{301}.", "Ìsmail", "İsmail's",
        ]
        for name in names {
            #expect(SpeakerResolver.nameTokens(name) == Self.characterNameTokens(name), "\(name)")
        }
    }

    /// Voices of fiction such as `expostulated` and `bawled` are cues: these quotes went to the paragraph's subject.
    @Test func moreVoicesOfFictionAreCues() {
        let text = """
            Tom Okafor watched Mrs. Hale pour the tea. "Not another cup," expostulated Mr. Briggs.

            Ruth Hale looked at her brother. "You never listen," bawled the boy from the stairs.
            """
        #expect(QuoteAnalyzer().analyze(text).quotations.map(\.speaker) == ["Briggs", "the boy"])
        // `echo` and `chorus` are left out (`members echo her concerns`, `the chorus`); `echoed` cues.
        #expect(CueVerbs.forms.contains("echoed"))
        #expect(!CueVerbs.forms.contains("echo"))
        #expect(!CueVerbs.forms.contains("chorus"))
    }

    /// A turn realigned from its anchors never addresses its own speaker: the third quote names Margaret, so it is
    /// Helen's, who goes on (realignment had put it back on Margaret, two turns after her).
    @Test func aRealignedTurnThatAddressesItsSpeakerIsTheOtherPartys() {
        let text = """
            "Come in out of the rain," said Margaret.

            "Thank you, I will," said Helen.

            "Do you remember the concert last spring, Margaret?"

            "I remember it well," said Margaret.
            """
        #expect(QuoteAnalyzer().analyze(text).quotations.map(\.speaker) == ["Margaret", "Helen", "Helen", "Margaret"])
    }

    /// `Messrs.` is a title and `Opposite` opens a sentence as a preposition: neither is part of the name.
    @Test func messrsAndOppositeAreNoPartOfAName() {
        let text = """
            Mr. Bounderby came in late. "I am a self-made man," said Messrs. Bounderby, laughing.

            "Are you?" asked his friend.

            Opposite Aziz sat the old doctor, silent. "We will see," said Aziz.
            """
        // (Before: `Messrs. Bounderby` and `Opposite Aziz`.)
        #expect(QuoteAnalyzer().analyze(text).quotations.map(\.speaker) == ["Bounderby", "his friend", "Aziz"])
        // Nor is an epithet opening a sentence (before: `Poor Mara`).
        let epithet = #"Poor Mara sat down by the fire at last. "I am so tired," she said."#
        #expect(QuoteAnalyzer().analyze(epithet).quotations.map(\.speaker) == ["Mara"])
    }
}
