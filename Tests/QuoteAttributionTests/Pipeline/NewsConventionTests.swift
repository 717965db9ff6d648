import Testing

@testable import QuoteAttribution

/// News-writing conventions that decide who speaks: titles, false titles, datelines, headlines, appositions.
struct NewsConventionTests {
    private func speakers(_ text: String) -> [String?] {
        QuoteAnalyzer().analyze(text).quotations.map(\.speaker)
    }

    @Test func titlesOfWorksInMarksAreNotQuotes() {
        let text = #"Marsh said on KTVX's "Morning Ledger" that the city had to "heal and listen.""#
        let quotes = QuoteAnalyzer().analyze(text).quotes
        #expect(quotes.map(\.kind) == [.scare, .partial])
        #expect(quotes.last?.speaker == "Marsh")
    }

    @Test func aTitleInAppositionToAWorkIsNotAQuote() {
        let text = #"In his 2002 book, "Make Your Kid a Millionaire," Kevin McKinley suggested saving early."#
        #expect(QuoteAnalyzer().analyze(text).quotes.map(\.kind) == [.scare])
    }

    @Test func aStageDirectionInMarksIsNotAQuote() {
        let text = "\"PENCE: We are going to win Ohio, and —.\n\n\"(CROSSTALK.)\n\n\"WALLACE: Governor, if I may.\n"
        let quotes = QuoteAnalyzer().analyze(text).quotes
        #expect(quotes.filter { $0.text.hasPrefix("(") }.map(\.kind) == [.scare])
    }

    @Test func aParticipleTakesTheSubjectOfTheCueBeforeIt() {
        let text = """
            Martin Vance spoke in Leeds on Monday.

            Vance's "plans" are reckless, Helena Brandt said Tuesday in Berlin, noting the former minister "has learned nothing."
            """
        #expect(speakers(text).last == "Helena Brandt")
        // A surname alone, a name of no known kind, is the earlier cue's subject too (the quote went to Vance).
        let surname = text.replacingOccurrences(of: "Helena Brandt said", with: "Brandt said")
        #expect(speakers(surname).last == "Brandt")
    }

    /// Right after a quote, a phrase before a cue verb is its speaker whatever its head noun (these went to the
    /// nearest name before); an auxiliary or an adverb is no head (`my father often said`).
    @Test func aPhraseBetweenAQuoteAndItsCueIsTheSpeaker() {
        let text = """
            Volunteers met Mr. Okafor at the depot in Hull.

            “You will be our best messengers,” the coordinator told them.

            Rosa Diaz and Tom Reyes welcomed the plan.

            “The vote is now a real choice,” the veteran campaigners wrote in a joint letter.

            Priya Nair shared the recording on Friday.

            “What if the mayor sang instead?” the 29-year-old asked.

            Martin Vance was elected. “Never give up,” my father often said.
            """
        #expect(
            speakers(text) == ["the coordinator", "the veteran campaigners", "the 29-year-old", "my father"])
    }

    /// After an inverted cue, a place or a body with lower-case modifiers before a title titles the person after
    /// it (`said MSNBC host Chris Matthews`); this went to the last name before the quote.
    @Test func modifiersBeforeATitleAfterAnInvertedCueKeepThePerson() {
        let text = """
            The ads attacked Helen Marsh.

            "The harbour is what matters to me," said Oregon seafood-export executive Dana Whitfield.
            """
        #expect(speakers(text) == ["Dana Whitfield"])
    }

    /// A participle takes the sentence's subject; when that is a description with a name set off by commas after
    /// it (or after its `of` phrase), the name (the description was the speaker before).
    @Test func aParticipleTakesTheNameInAppositionToTheSubject() {
        let text = """
            The Danish minister of energy and climate, Søren Holm, met reporters on Friday, saying the treaty could \
            be "signed within a month."
            """
        #expect(speakers(text) == ["Søren Holm"])
    }

    /// A head noun that is also a cue verb heads a description before a cue (`One tweet said`; the quote went to
    /// `Twitter`).
    @Test func aCueFormBeforeACueIsAHeadNoun() {
        let text = """
            Twitter filled with messages for the town. One tweet said: "We stand with you."

            "Stay strong," another tweet said.
            """
        #expect(speakers(text) == ["One tweet", "another tweet"])
    }

    /// `read` (a statement's words) and `opined` (an editorial's) are cues: these quotes went to the last name.
    @Test func readAndOpineAreCues() {
        let text = """
            On Friday, Helen Marsh's campaign mailed its supporters. "We are ahead in every county," read the \
            letter.

            Commentators warned Martin Vance. "Leave the budget alone," opined the Evening Ledger.
            """
        #expect(speakers(text) == ["the letter", "Evening Ledger"])
    }

    /// An opening phrase goes on over a place set off by commas and another prepositional phrase: the subject
    /// after it speaks the participle's quote (it had none: `Ohio` was read as the subject).
    @Test func anOpeningPhraseRunsOverAPlaceAndADate() {
        let text = """
            At a town hall in Dayton, Ohio, on Saturday, Ms. Marsh returned to her remarks, saying that the state \
            should "lead on clean power."

            In the days after the floods reached Fresno, Calif., a spokesman for the utility defended the plan: \
            "We acted in time."
            """
        #expect(speakers(text) == ["Marsh", "a spokesman"])
    }

    /// A participle and its preposition open a sentence like a prepositional phrase (`Speaking in Oslo,`): the
    /// name after the comma is the subject a later `he` stands for (it was the man named in the paragraph before).
    @Test func aParticipleOpensAPhraseBeforeTheSubject() {
        let text = """
            "The servers were never audited," Shane Okafor said.

            Speaking in Oslo, ministry spokesman Lu Berg repeated that Norway opposed all hacking.

            "This is extremely irresponsible," he told reporters.
            """
        #expect(speakers(text) == ["Shane Okafor", "Lu Berg"])
    }

    /// `said the report was`: a description before its own verb is the subject of the reported clause, not the
    /// speaker after an inverted cue (the quote went to `the report`).
    @Test func aDescriptionBeforeItsVerbIsNoInvertedSubject() {
        let text = #"The chair, Jan Manning, said the report was "late but sound.""#
        #expect(speakers(text) == ["Jan Manning"])
    }

    /// A lone word opening a sentence before `, who` is a name, even if never capitalised inside a sentence (a lone
    /// word before a comma is otherwise taken for an adverb: `Nonetheless, he sought …`) or a common word (`Small`).
    @Test func aLoneWordBeforeWhoIsAName() {
        let text = """
            Okafor, who chairs the panel, said the plan was "a good start."

            Small, who attended the rally, said that "the owners took advantage of everyone."
            """
        #expect(speakers(text) == ["Okafor", "Small"])
    }

    /// A description subject stands for the name set off after it, past a short phrase and `former`: a later `she`
    /// or `he` is that person, not the description (it printed `the other candidate`, `The minister`).
    @Test func aPronounAfterADescriptionInAppositionIsTheName() {
        let text = """
            Governor Tom Lindqvist noted that he had raised the wage. But the other candidate on the stage, former \
            Secretary of State Dana Whitfield, drew a contrast, saying that the concerns were real.

            "I do take those concerns seriously," she said.

            The minister of the economy, Mr. Guajardo, argues there is little point in responding. "We must not \
            overreact," he told me.
            """
        #expect(speakers(text) == ["Dana Whitfield", "Guajardo"])
    }

    /// `it` after a cue is the cue's object (`put it`), never an inverted subject: the quote went to whatever `it`
    /// stood for (`The court`).
    @Test func itAfterACueIsNoInvertedSubject() {
        let text = """
            The court ruled on Monday.

            As Dana Whitfield, a law professor and author of "The Old Charter," put it, "Senators should remember \
            that a compromise today may be far better."
            """
        #expect(speakers(text) == ["Dana Whitfield"])
    }

    /// A plural's possessive (`Jones’ campaign`, `Jones' spokesman`) opens a description as `'s` does: the quotes
    /// went to `Jones`, and the name in apposition after the description was not found.
    @Test func aPluralPossessiveOpensADescription() {
        let text = """
            Jones’ campaign said it was “a rush to judgment.”

            “We will win,” said Jones' spokesman, Mike Briggs.
            """
        #expect(speakers(text) == ["Jones’ campaign", "Mike Briggs"])
    }

    /// A family, a team, a staff or an office speaks; `family` is no adverb for ending in `ly` (the quotes had no
    /// speaker, or the object after the cue: `officials`).
    @Test func familiesTeamsAndOfficesSpeak() {
        let text = """
            Okafor spoke first. His family urged officials to publish the report "for the sake of the truth."

            The office said it was "a matter of trust."
            """
        #expect(speakers(text) == ["His family", "The office"])
    }

    /// A participle after a quote is no inversion, and `but said` takes the subject of the cue before it (the
    /// quote went to `Friends`, the words after `promising`).
    @Test func aParticipleAfterAQuoteIsNoInversion() {
        let text = """
            Nadia Kern said the club will keep its dinners, but said, “We need a new start,” promising the Friends \
            of the Park will meet again.
            """
        #expect(speakers(text) == ["Nadia Kern"])
    }

    /// A prepositional phrase whose name is classed by words in lower case still modifies the description before
    /// it (`a columnist for the film magazine Reel said`: the quote went to `Reel`).
    @Test func aClassedNameAfterAPrepositionModifiesTheDescription() {
        let text = #"A columnist for the film magazine Reel said she was "deeply moved" by the ending."#
        #expect(speakers(text) == ["A columnist"])
    }

    /// A description opened by a possessive is a sentence's subject unless its head is a relative (`His chief aide
    /// doubled down …`; the participle's quote went to the name before).
    @Test func aPossessiveDescriptionOfARoleIsASubject() {
        let text = """
            Governor Helen Marsh criticised Senator Alan Reed over his tax plan.

            Reed’s team was ready to strike back. His chief aide doubled down on attacks on Marsh’s fitness to lead, \
            saying she's strong "on paper" but suggesting that this may not suffice.
            """
        #expect(speakers(text) == ["His chief aide"])
    }

    /// `Chief of Staff` is a title: the name after it is a woman's, whom `she` takes (it took no one).
    @Test func chiefOfStaffIsATitle() {
        let text = """
            Chief of Staff Laura Quinn explained the plan.

            “We start the race with a head start,” she said.
            """
        #expect(speakers(text) == ["Laura Quinn"])
    }

    @Test func aPlaceAfterANameInAppositionIsNotTheSpeaker() {
        let text = #"Rep. Dan Mercer of Nebraska, an ally of party leaders, said Kessler is "unpredictable.""#
        #expect(speakers(text) == ["Dan Mercer"])
    }

    @Test func aCommonWordOpeningASentenceIsNoName() {
        let text = """
            Small groups of protesters said the city was "not listening" to them.

            Multiple outlets reported on Wednesday that the harbour police had "more than one meeting" with them.
            """
        #expect(speakers(text) == ["groups", "outlets"])
    }

    @Test func aStatementSayingIsItsIssuers() {
        let text = #"Black Lives Matter released a statement saying the remarks "are based on opinion.""#
        #expect(speakers(text) == ["Black Lives Matter"])
    }

    @Test func wordsReportedInsideAStatementAreTheReporters() {
        let text = #"Rep. Lena Farrow said Brenner called on members to be "tightly aligned" this fall."#
        #expect(speakers(text) == ["Lena Farrow"])
    }

    @Test func aHyphenatedRoleMakesAFalseTitle() {
        let text = #""Picture him at the same podium," mused Crossfire co-host Ned Albright."#
        #expect(speakers(text) == ["Ned Albright"])
    }

    @Test func aLoneSurnameDoesNotJoinANameItOpens() {
        let text = """
            For those of you not yet on the Kessler Train, the columnists have a message.

            Kessler told Newsline that Alan Reed "had a reckless plan for the port."
            """
        #expect(speakers(text) == ["Kessler"])
    }

    @Test func aLoneTitleModifierNamesNobody() {
        let text = """
            Former judge and Salt Lake City Mayor Carla Benning, who backs Reed, attacked Okafor on KTVX, calling it \
            a "no-brainer" to appeal.
            """
        #expect(speakers(text) == ["Carla Benning"])
    }

    @Test func aPerfectInfinitiveTakesTheSentenceSubject() {
        let text = #"President Elena Sorvik is reported to have called the Danes "free riders" on the treaty."#
        #expect(speakers(text) == ["Elena Sorvik"])
    }

    @Test func aNameInAppositionToADescriptionSpeaks() {
        let text = #"Delacroix's business manager, Owen Pritchard, stated: "When I called him, he said yes.""#
        #expect(speakers(text) == ["Owen Pritchard"])
    }

    @Test func narratorsRulingsAndBooksSpeakForThemselves() {
        let text = """
            Ada Brenner released a new ad on Monday.

            "You pay your bills. So why won't he?" a narrator in the Brenner ad asks.

            The appeals court ruled against the change under the Ballot Access Act.

            "A county cannot escape that result," said the ruling.
            """
        #expect(speakers(text) == ["a narrator", "the ruling"])
    }

    @Test func aDashAndANameSignTheQuote() {
        let text = """
            Readers sent us their thoughts on Instagram.

            "He does not answer to anyone." ― Christina Lastra

            "I would rather stay home." — Adriana Rodarte.
            """
        #expect(speakers(text) == ["Christina Lastra", "Adriana Rodarte"])
    }

    @Test func aHeadlineLabelNamesTheSpeaker() {
        let text = """
            Ostrow: Kessler's 'Deeply Divisive Rhetoric' Hurting Party's Hopes of Victory.

            Sen. Paul Ostrow spoke in Iowa on Thursday.
            """
        let quotes = QuoteAnalyzer().analyze(text).quotes
        #expect(quotes.map(\.kind) == [.partial])
        #expect(quotes.map(\.speaker) == ["Paul Ostrow"])
        #expect(quotes.map(\.rule) == ["headline_label"])
    }

    @Test func aHeadlineSubjectAndItsVerbNameTheSpeaker() {
        let text = """
            Obama Sees 'Personal Insult' if Voters Stay Home for Hillary Clinton.

            President Barack Obama spoke in Washington on Saturday.
            """
        let quotes = QuoteAnalyzer().analyze(text).quotes
        #expect(quotes.map(\.kind) == [.partial])
        #expect(quotes.map(\.speaker) == ["Barack Obama"])
    }

    @Test func aBareTitleOpeningAHeadlineNamesNobody() {
        let text = """
            Mayor Sees 'Historic Day' as Council Backs Harbor Bridge Plan

            Mayor Dana Whitfield called the vote "a historic day for every commuter in this city."
            """
        #expect(!QuoteAnalyzer().analyze(text).quotes.contains { $0.rule == "headline_subject" })
    }

    @Test func aHeadlineLabelReachesOneSentenceWindowAhead() {
        // The label's quote is read at most `Narration.sentenceWindow` tokens after the colon, as every rule reads
        // one sentence at most.
        func rules(words: Int) -> [String?] {
            let text =
                "Ostrow: " + String(repeating: "and more ", count: words / 2)
                + "'Deeply Divisive Rhetoric' Hurting Party's Hopes.\n\nSen. Paul Ostrow spoke in Iowa."
            return QuoteAnalyzer().analyze(text).quotes.map(\.rule)
        }
        #expect(rules(words: Narration.sentenceWindow - 2) == ["headline_label"])
        #expect(!rules(words: Narration.sentenceWindow + 2).contains("headline_label"))
    }

    @Test func manyPeopleSharingASurnameStayApart() {
        // Each full name is its own person and a lone surname is the latest of them. (A name is matched against
        // the people listed under its last word, once each, not once per earlier mention: with every `Smith`
        // mentioned twice, this took time quadratic in the mentions.)
        var text = ""
        for k in 0..<300 { text += "“Point \(k),” Name\(k) Smith said. Name\(k) Smith left.\n\n" }
        text += "“Done,” Smith said."
        let analysis = QuoteAnalyzer().analyze(text)
        #expect(analysis.quotations.map(\.speaker) == (0..<300).map { "Name\($0) Smith" } + ["Name299 Smith"])
        #expect(Set(analysis.quotations.compactMap(\.speakerID)).count == 300)
    }

    @Test func aStoryLabelOrAClauseIsNotAHeadlineLabel() {
        let text = """
            The Latest: Kessler offers a defense of 'Ohio values.'

            Jo Banks heckles Brenner supporters: 'You're all too serious.'
            """
        #expect(!QuoteAnalyzer().analyze(text).quotes.contains { $0.rule == "headline_label" })
    }

    @Test func aTitleCaseHeadingEndingInAPeriodIsAHeading() {
        let text = "\"Legend in the Coal Fields.\"\n\n\"It was a cheap mine to buy,\" Tom Clarke said."
        let quotes = QuoteAnalyzer().analyze(text).quotes
        #expect(quotes.map(\.kind) == [.heading, .direct])
        #expect(quotes.last?.speaker == "Tom Clarke")
    }

    @Test func headlineWordsDoNotJoinNames() {
        let text = """
            Obama Sees 'Personal Insult' if Voters Stay Home for Hillary Clinton.

            President Barack Obama spoke in Washington on Saturday.

            "My name may not be on the ballot," Mr. Obama said.
            """
        let analysis = QuoteAnalyzer().analyze(text)
        #expect(analysis.quotations.last?.speaker == "Barack Obama")
        #expect(!analysis.speakers.contains { $0.name.contains("Sees") })
    }

    @Test func anHonorificOfTheOtherGenderIsAnotherPerson() {
        let text = """
            President Obama will campaign with the first lady, Michelle Obama, next week.

            "My name may not be on the ballot," Mr. Obama said.
            """
        #expect(speakers(text) == ["Obama"])
    }

    @Test func aPrepositionalPhraseAfterTheSpeakerIsNotTheSpeaker() {
        let text = """
            Paul Hendry works for the Prairie Club. Nina Castell spent the holiday in Maine.

            "It was the best we could hope for," Mr. Hendry of the Prairie Club said.

            A spokesman for Nina Castell said the senator would be "back at work by Friday."
            """
        #expect(speakers(text) == ["Paul Hendry", "A spokesman"])
    }

    @Test func aTitleAfterABodyLeavesAPerson() {
        let text = """
            Iowa Democratic Party Chairman Ray Lundqvist called the ruling a "big day for Iowa voters."

            "The judges upheld a simple principle," he said in a statement.
            """
        #expect(speakers(text) == ["Ray Lundqvist", "Ray Lundqvist"])
    }

    @Test func aFalseTitleNamesThePersonAfterIt() {
        let text = """
            The council has slowed its hearings. Hartley spokesman Evan Doyle would not say when it would vote.

            "There is nothing new to share today," he said.
            """
        #expect(speakers(text) == ["Evan Doyle"])
    }

    @Test func aDescriptionWithACapitalisedModifierStaysADescription() {
        let text = """
            Dale Ambrose ended his bid on Tuesday.

            The Florida senator tried to reassure his backers, saying they would "not be pushed around" at his rally.
            """
        #expect(speakers(text) == ["The Florida senator"])
    }

    @Test func aDatelineNamesNobody() {
        let text = """
            WASHINGTON, Dec. 8 (UPI) — Campaign chairman Gordon Pike rallied volunteers, saying: "We must be \
            ready to beat him."
            """
        #expect(speakers(text) == ["Gordon Pike"])
    }

    @Test func localOfficesSpeakAfterAnInvertedCue() {
        #expect(speakers(#""We will balance the books," said the treasurer."#) == ["the treasurer"])
        #expect(speakers(#""The cause was drowning," said the coroner."#) == ["the coroner"])
        // A known speaker's alias names the office's holder.
        let known = Configuration(knownSpeakers: [.init(name: "Greta Voss", aliases: ["the treasurer"])])
        let analysis = QuoteAnalyzer(configuration: known).analyze(#""We will balance the books," said the treasurer."#)
        #expect(analysis.quotations.map(\.speaker) == ["Greta Voss"])
    }

    @Test func aQuoteClosingASentenceDoesNotTakeTheNextSentencesCue() {
        let text =
            #"Ada Brenner called Kessler "unhinged." Sen. Paul Ostrow called the remark "cruel and absurd.""#
        #expect(speakers(text) == ["Ada Brenner", "Paul Ostrow"])
    }

    @Test func aHeadlineWithoutAFullStopDoesNotTakeTheNextParagraphsCue() {
        // A sentence left open by its paragraph may continue into the next (`…, accusing\n\nRussia of …` in the
        // seed), but a quote's sentence never reaches past its own paragraph to a cue.
        let text =
            "Residents fear \"the worst\" as river rises\n\nMayor Anna Berg said on Monday that the city was ready."
        let quotes = QuoteAnalyzer().analyze(text).quotes
        #expect(quotes.map(\.speaker) == [nil])
        #expect(quotes.map(\.rule) == [nil])
        let heading = "\"Big news\" today\n\nAnna Berg spoke on Monday."
        #expect(QuoteAnalyzer().analyze(heading).quotes.map(\.speaker) == [nil])
    }

    @Test func aCueFollowedByAColonIntroducesTheNextQuote() {
        let text = #""We are refugees," Ms. Alawee said. "We are not terrorists." Mr. Zahed said: "We ran from this.""#
        #expect(speakers(text) == ["Alawee", "Alawee", "Zahed"])
    }

    @Test func aPlaceAfterTheCueIsNoInvertedSubject() {
        let text = """
            Sen. Nina Castell (I-Vt.) said Sunday in Eugene, Oregon, that turnout "will help elect \
            Marta Ellison."
            """
        #expect(speakers(text) == ["Nina Castell"])
    }

    @Test func anHonorificsLoneWordIsASurname() {
        let text = """
            Donald Trump spoke at Trump Tower on Monday.

            "Our jobs are being sucked out of our states," Mr. Trump said.
            """
        #expect(speakers(text) == ["Donald Trump"])
    }

    @Test func anAbbreviatedTitleMatchesItsDescription() {
        let text = """
            Maine Sen. Tom Haverford wants to close four loopholes.

            The senator said he would "file a bill before the summer recess."
            """
        #expect(speakers(text) == ["Tom Haverford"])
    }

    @Test func anAppositionIntroducesTheNextSpeaker() {
        let text = """
            Victor Kessler had many songs written about him. That concerns Rafael Ortiz, president of the \
            Tampa Young Voters League.

            "Nobody writes songs for Brenner," he said.
            """
        #expect(speakers(text) == ["Rafael Ortiz"])
    }

    @Test func aNameAfterTheCueWithItsOwnVerbIsNoInvertedSubject() {
        let text = """
            Sen. Ruth Calloway (D-Mo.), who has endorsed Brenner, said Kessler has pushed her to be a \
            "sharper" candidate.
            """
        #expect(speakers(text) == ["Ruth Calloway"])
    }

    /// A description opening its sentence is its subject before a relative clause or `of`, not only right before
    /// a cue; the name after a cue that takes an object is no inverted subject.
    @Test func aDescriptionOpeningTheSentenceIsItsSubject() {
        #expect(
            speakers(#"The lawmaker, who represents a district, said the remarks "have had widespread dissemination.""#)
                == ["The lawmaker"])
        #expect(
            speakers(#"The former secretary of state mocked Mr. Park for calling himself the "master of loans.""#)
                == ["The former secretary"])
    }

    /// `King` is a title word, but after a name and before `of` it is part of the name, not the end of a title.
    @Test func aTitleWordInsideANameBeforeOfEndsNoTitle() {
        let text = #""It will not be easy," said Representative Anna B. King of New Mexico, who backs her."#
        #expect(speakers(text) == ["Anna B. King of New Mexico"])
        #expect(speakers(#""We will go," said Secretary of State Helen Ward."#) == ["Helen Ward"])
    }

    /// A place named by a place word (`Republic`, `Castle`) is never the person `he` stands for.
    @Test func aNamedPlaceIsNoPerson() {
        let text = #"Luis Ferrer smiled. In his parents' Dominican Republic, "nobody misses a ball game," he says."#
        #expect(speakers(text) == ["Luis Ferrer"])
    }

    /// `called Mr. Park's plan "a disgrace"`: a name before a possessive opens the object, not an inverted subject.
    @Test func aNameBeforeAPossessiveAfterTheCueIsNoInvertedSubject() {
        #expect(speakers(#"Ms. Lee, who has called Mr. Park's plan "a disgrace," voted against it."#) == ["Lee"])
    }

    @Test func theSubjectBeforeSeveralAppositionsSpeaks() {
        let text = """
            Gil Ramsey, the president of Civic Ledger, a watchdog group that has sued, said that "the \
            harm is lasting."
            """
        #expect(speakers(text) == ["Gil Ramsey"])
    }

    @Test func aNameInAppositionBeforeTheCueSpeaks() {
        let text = #"Another delegate on the Brenner slate, Carl Hobbs, said he was only "leaning Brenner.""#
        #expect(speakers(text) == ["Carl Hobbs"])
    }

    @Test func putItIsACue() {
        let text = #"As the Brightloom chief executive, Mara Olsen, put it in her memo, "Picture a city like this.""#
        #expect(speakers(text) == ["Mara Olsen"])
    }

    @Test func aGroupIsTheSubjectOfAParticiple() {
        let text =
            #"Republicans in the statehouse pounced on the email, arguing that it revealed "intent" to dodge the rules."#
        #expect(speakers(text) == ["Republicans"])
    }

    @Test func anOpeningPhraseHoldsNoSubject() {
        let text = """
            Police officer Dana Kroll fired at an unarmed driver in Tulsa.

            On The Rick Dawson Morning Show on Tuesday, Ada Brenner criticized the officer.

            "How often must we watch this happen?" she said.
            """
        #expect(speakers(text) == ["Ada Brenner"])
    }

    @Test func aPossessiveNounIsNoCueUnlessItReportsAClause() {
        let text = """
            Brenner campaign spokesman Hugo Lind responded on Twitter, calling Kessler's charge "pathetic."

            FactDesk checked Victor Kessler's claim that there have been "hundreds of fires" in Tulsa.
            """
        #expect(speakers(text) == ["Hugo Lind", "Victor Kessler"])
    }

    @Test func theSentenceSubjectBeatsABodyInApposition() {
        let text = """
            Paolo Ettore Brandi, the editor of the diocese's newspaper, L'Eco Cattolico, said every bishop was \
            "both pastor and politician."
            """
        #expect(speakers(text) == ["Paolo Ettore Brandi"])
    }

    @Test func aRoleBeforeAFullNameTitlesIt() {
        let text = #"Ada Brenner's campaign manager Theo Marsh said the debate was "a turning point.""#
        #expect(speakers(text) == ["Theo Marsh"])
    }

    @Test func aLoneWordIsASurnameBeforeAFirstName() {
        let text = """
            Donald Trump spoke in Ohio on Monday. Supporters rode the Trump Train bus to the rally.

            "We are going to win," Trump said.
            """
        #expect(speakers(text) == ["Donald Trump"])
    }

    @Test func aCueFormAfterADeterminerIsANoun() {
        let text = #"Sanders spoke, suggesting a few questions, including, "Do billionaires need a tax break?""#
        #expect(speakers(text) == ["Sanders"])
    }

    @Test func militaryAndClericalTitlesAreTitles() {
        let text = """
            "We are ready," Adm. Harry B. Harris Jr. said.

            "Pray," Pastor Joseph Brown told the crowd.
            """
        #expect(speakers(text) == ["Harry B. Harris Jr.", "Joseph Brown"])
    }

    /// A surname that is also a body's word (`Guardian`, a newspaper) names the person named in full before it, but
    /// not after `the`.
    @Test func aSurnameThatNamesABodyStaysThePerson() {
        let text = """
            "It is fine," Atlantic City Mayor Don Guardian said.

            "We will see," Guardian said.

            "No deal," the Guardian reported.
            """
        #expect(speakers(text) == ["Don Guardian", "Don Guardian", "Guardian"])
        let speakerList = QuoteAnalyzer().analyze(text).speakers
        #expect(speakerList.first { $0.name == "Don Guardian" }?.type == .person)
        #expect(speakerList.first { $0.name == "Guardian" }?.type == .organisation)
    }

    /// `, said X` is an inversion only when X ends the clause: before a verb (`said Sam Nunberg was`), X is the
    /// subject of what was said, and the next `He said` is still the lawyer.
    @Test func aNameBeforeAVerbAfterACommaAndACueIsNoInvertedSubject() {
        let text = """
            The lawyer, Alan Garten, said Sam Nunberg was looking for publicity. He said Nunberg was bound by an \
            agreement that is "standard practice for all major businesses."
            """
        // (Before: `Sam Nunberg`, taken for the subject of `, said`.)
        #expect(speakers(text) == ["Alan Garten"])
    }
}

/// Bodies whose names hold `and` or `&`, a round 25 review's finding: the name was cut to its last part.
struct BodyNamesWithAndTests {
    @Test(arguments: [
        ("The Food and Drug Administration said it was \"deeply concerned\".", "Food and Drug Administration"),
        ("The Securities and Exchange Commission called it \"misleading\".", "Securities and Exchange Commission"),
        ("The Department of Health and Human Services said \"no\".", "Department of Health and Human Services"),
        ("\"Yes,\" the Centers for Disease Control and Prevention said.", "Centers for Disease Control and Prevention"),
        ("Procter & Gamble said sales were \"strong\".", "Procter & Gamble"),
    ])
    func aBodyIsNamedWhole(text: String, name: String) throws {
        let quote = try #require(QuoteAnalyzer().analyze(text).quotations.first)
        #expect(quote.speaker == name)
    }

    @Test func twoPeopleOrAPersonAndABodyStayApart() {
        let people = QuoteAnalyzer().analyze(#"Tom Smith and Anna Berg said the plan was "dead"."#)
        #expect(people.quotations.first?.speaker == "Anna Berg")
        let comey = QuoteAnalyzer().analyze(
            #"The Department of Justice and FBI Director James Comey said it was "over"."#)
        #expect(comey.quotations.first?.speaker == "James Comey")
    }

    @Test(arguments: [
        // A portfolio named in two parts, its office and the holder's name: the holder speaks, and the cue before
        // the office is found.
        (#""We will act," said Health and Social Care Secretary Wes Streeting."#, "Wes Streeting", "said"),
        (#""The figures are worrying," said Police and Crime Commissioner Jane Smith."#, "Jane Smith", "said"),
        (
            #""It matters," Environment and Climate Change Minister Steven Guilbeault said."#, "Steven Guilbeault",
            "said"
        ),
        (#""We will act," said Education and Health Minister Jane Smith."#, "Jane Smith", "said"),
        // A body named with `&` and a first name as its last word.
        (#""No comment," said Marks & Spencer."#, "Marks & Spencer", "said"),
        (#""We publish it," Simon & Schuster said."#, "Simon & Schuster", "said"),
    ])
    func aNameJoinedByAndOrAmpersandIsReadWhole(text: String, speaker: String, cue: String) throws {
        let quote = try #require(QuoteAnalyzer().analyze(text).quotations.first)
        #expect(quote.speaker == speaker)
        #expect(quote.cue?.text == cue)
    }

    @Test(arguments: [
        // A title right after `and`, or an office that holds no portfolio: two people.
        (#""We will act," said Biden and Vice President Kamala Harris."#, "Biden"),
        (#""We will act," said Trump and Republican Senator Ted Cruz."#, "Trump"),
        // Two bodies, one of them named by a title word.
        (#""We will act," said the Treasury and State Department."#, "Treasury"),
        // A first name and a surname after `&`.
        (#""We did," said Kate & Gerry McCann."#, "Kate"),
    ])
    func twoSpeakersJoinedByAndStayApart(text: String, speaker: String) throws {
        let quote = try #require(QuoteAnalyzer().analyze(text).quotations.first)
        #expect(quote.speaker == speaker)
    }

    @Test func aCompanyNamedAfterAPersonIsNotThatPerson() {
        // `Johnson & Johnson` joined Boris Johnson, cut to `Johnson`: one speaker for two.
        let text = """
            Boris Johnson spoke on Monday. "We will act," Johnson said.

            Johnson & Johnson said in a statement that the vaccine was "safe and effective".
            """
        let analysis = QuoteAnalyzer().analyze(text)
        #expect(analysis.quotations.map(\.speaker) == ["Boris Johnson", "Johnson & Johnson"])
        #expect(analysis.speakers.map(\.type) == [.person, .organisation])
    }
}

/// Surnames that end like an adverb or a participle (`Connolly`, `Manning`, `Reed`), opening a sentence.
struct SurnameLikeAnOpenerTests {
    @Test(arguments: ["Connolly", "Daly", "Manning", "Harding", "Reed"])
    func aSurnameRightBeforeACueIsTheSubject(surname: String) {
        let text = """
            The council met on Monday.

            "We cannot go on like this," \(surname) said.

            \(surname) told the BBC: "Nobody listens."
            """
        let analysis = QuoteAnalyzer().analyze(text)
        #expect(analysis.quotations.map(\.speaker) == [surname, surname])
    }

    @Test func aParticiplesClauseStaysNoName() {
        let text = #"Mr. Gabriel Syme spoke. Having said these words, he cried: "Comrades!""#
        #expect(QuoteAnalyzer().analyze(text).quotations.first?.speaker == "Gabriel Syme")
    }
}

/// Groups named with whom they are, and names and titles of British, Irish, Australian and Canadian news (a round
/// 26 review's findings).
struct AffiliationAndCommonwealthNameTests {
    @Test(arguments: [
        // An anonymous group speaks, not the body or person it is with.
        (#"Analysts at Barclays said the figures were "weak"."#, "Analysts at Barclays"),
        (#"Officials at the ministry said it was "premature"."#, "Officials at the ministry"),
        (#"Economists at Capital Economics said growth was "anaemic"."#, "Economists at Capital Economics"),
        // The street that stands for the British government, opening a sentence.
        (#"Downing Street said: "The plan will go ahead.""#, "Downing Street"),
        // A Dutch particle, an Australian councillor's title, an Irish deputy's letters.
        (#""We won," said Erik ten Hag."#, "Erik ten Hag"),
        (#""We will vote no," said Cr Anna van der Hoek."#, "Anna van der Hoek"),
        (#""It is a scandal," said Eoin O'Rourke TD."#, "Eoin O'Rourke"),
        (#""It is late," said Priya Raman MLA."#, "Priya Raman"),
        (#""No," said the Science and Technology Directorate."#, "Science and Technology Directorate"),
    ])
    func theSpeakerIsNamedWhole(text: String, speaker: String) {
        #expect(QuoteAnalyzer().analyze(text).quotations.last?.speaker == speaker)
    }

    @Test(arguments: [
        (#""It works," researchers said."#, "researchers"),
        (#""We are tired," nurses told the BBC."#, "nurses"),
        (#"In some branches, staff said they felt "unsafe"."#, "staff"),
    ])
    func aGroupNamedByItsTradeSpeaks(text: String, speaker: String) {
        // (Before: no speaker; only `officials`, `analysts` and a few more were groups.)
        #expect(QuoteAnalyzer().analyze(text).quotations.first?.speaker == speaker)
    }

    @Test func aGroupIsNotTheBodyItIsWith() {
        let analysis = QuoteAnalyzer().analyze(#"Analysts at Barclays said the figures were "weak"."#)
        #expect(!analysis.speakers.contains { $0.name == "Barclays" })
        #expect(analysis.speakers.map(\.type) == [.anonymous])
    }
}

/// Names as British, sports, court and Middle East reporting write them (a round 25 review's findings).
struct HouseStyleNameTests {
    @Test(arguments: [
        // A role word of sport or the courts between a body or possessor and a name.
        (#""Very harsh," said Exeter boss Gary Sutcliffe."#, "Gary Sutcliffe"),
        (
            #"Judge Anthony Greaves jailed Jane Smith. "She is ashamed," said Smith's barrister, Simon Leary."#,
            "Simon Leary"
        ),
        // The Arabic article is part of the name.
        (#""We will act," Bashar al-Assad said."#, "Bashar al-Assad"),
        (#""We will act," said President Abdel Fattah al-Sisi."#, "Abdel Fattah al-Sisi"),
        // Letters after a name are no part of it.
        (#"Jane Smith KC said: "It failed.""#, "Jane Smith"),
        // A preposition opening a sentence is no name.
        (#"Jane Smith was in the gallery. Outside court, she told reporters: "I am glad.""#, "Jane Smith"),
        // A title word before a generational suffix is a surname.
        (#""We will act," said Martin Luther King Jr."#, "Martin Luther King Jr."),
        // `Cllr`, the British councillor's title, goes before a full name or a surname.
        (#"Councillor Graham Oduya spoke. "It is bad," Cllr Oduya said."#, "Graham Oduya"),
        // A title in capitals is no body's initials.
        (#""Not another report," said the CEO, Eleanor Vance."#, "Eleanor Vance"),
    ])
    func theSpeakerIsNamedAsTheStyleWritesIt(text: String, speaker: String) {
        #expect(QuoteAnalyzer().analyze(text).quotations.last?.speaker == speaker)
    }

    @Test func aNicknameInMarksIsNoQuotation() {
        let text = #"Phil "Taffy" Morgan said: "We never give up." Joaquin “El Chapo” Guzmán escaped."#
        let quotes = QuoteAnalyzer().analyze(text).quotes
        #expect(quotes.map(\.kind) == [.scare, .direct, .scare])
        // A headline's words in marks between capitals stay quotes.
        let headline = QuoteAnalyzer().analyze("HUFFPOLLSTER: A ‘Seismic Shift’ Among Voters May Have Won It.\n")
        #expect(headline.quotes.map(\.kind) != [.scare])
    }

    @Test func postNominalLettersDoNotMakeASecondSpeaker() {
        let analysis = QuoteAnalyzer().analyze(#"Eleanor Vance MP said: "It failed." "It is over," Vance said."#)
        #expect(analysis.speakers.map(\.name) == ["Eleanor Vance"])
    }

    @Test func aTitleInCapitalsIsNoSpeakerOfItsOwn() {
        // `the MP` used to be a body called `MP`, merged across articles in a report.
        let analysis = QuoteAnalyzer().analyze(#""It is over," the MP said."#)
        #expect(!analysis.speakers.contains { $0.name == "MP" })
    }
}

/// Cases a review of round 25's own rules found them over-reaching on, each kept right.
struct OverReachTests {
    @Test(arguments: [
        // A body named with `&`/`and`, then a title and a person: the person speaks.
        (
            #"Procter & Gamble CEO Jon Moeller said demand was "resilient." He said prices would "stay high.""#,
            ["Jon Moeller", "Jon Moeller"]
        ),
        (#"Food and Drug Administration spokesman Jake Sargent said it was "safe.""#, ["Jake Sargent"]),
        (#"The rules are "clear," said Securities and Exchange Commission Chair Gary Gensler."#, ["Gary Gensler"]),
        (#""No," said Cllr. Jane Smith."#, ["Jane Smith"]),
        // Two people joined by `&`; a body and a person, a person and a body joined by `and`.
        (
            #"Tom Smith & Anna Berg said the plan was "dead on arrival." Smith added that it was "a joke.""#,
            ["Anna Berg", "Tom Smith"]
        ),
        (#"The Bank of England and Reeves said the outlook was "uncertain.""#, ["Reeves"]),
        (#"Warren and Treasury Department said it was "over.""#, ["Treasury Department"]),
        // An office in capitals alone is a description; a name after it in apposition speaks.
        (#""It was a record," the CEO said."#, ["the CEO"]),
        (#""Not another report," said the CEO, Eleanor Vance."#, ["Eleanor Vance"]),
        // Letters after a name keep the cue next to it.
        (#"Tom Reed argued the claim was late. "The case is weak," Jane Smith KC said."#, ["Jane Smith"]),
        // Someone else's words named in a colon's sentence.
        (#""We will fight on," Reed said. Smith received Reed's reply: "No.""#, ["Reed", "Reed"]),
        // A body's name opening with a preposition.
        (#"Inside Climate News said the claim was "false.""#, ["Inside Climate News"]),
    ])
    func staysRight(text: String, speakers: [String]) {
        #expect(QuoteAnalyzer().analyze(text).quotations.map(\.speaker) == speakers)
    }

    @Test func oneWordQuotesBeforeADayOrAfterInitialsStayQuotes() {
        let analysis = QuoteAnalyzer().analyze(
            #"Smith told CNN "Yes" Monday. Trump told Fox News "Absolutely" Tuesday."#)
        #expect(analysis.quotes.map(\.kind) == [.partial, .partial])
    }

    @Test func singleMarksAroundAPluralCloseBeforeAnotherQuote() {
        let text = "Police described the protesters as 'thugs' yesterday, and Reed called them 'vandals'."
        #expect(QuoteAnalyzer().analyze(text).quotes.map(\.text) == ["thugs", "vandals"])
    }

    @Test func aLongAnswerToAQuestionIsNotTheAskers() {
        let text = """
            Tom came in late. Mary was waiting in the kitchen.

            "Where have you been?" asked Mary.

            "I went to the river. I sat there for hours.

            "And then I walked home the long way."
            """
        #expect(QuoteAnalyzer().analyze(text).quotations.dropFirst().allSatisfy { $0.speaker != "Mary" })
    }
}

/// Which earlier speaker a later mention is (a round 26 review's findings).
struct LaterMentionTests {
    @Test func aSurnameIsThePersonOfThatNameNamedLast() {
        let text = """
            Ben Reed spoke first at the hearing. "We should sell the farm," Reed said.

            Gita Reed, his sister, disagreed. "Dad would never have sold it," Reed said.

            Ben Reed returned to the microphone an hour later. "The numbers do not work," Reed said.
            """
        // (Before: the third went to Gita Reed, the Reed met first after Ben.)
        let analysis = QuoteAnalyzer().analyze(text)
        #expect(analysis.quotations.map(\.speaker) == ["Ben Reed", "Gita Reed", "Ben Reed"])
    }

    @Test(arguments: ["co-author", "deputy", "successor"])
    func aNameInAppositionToARoleIsTheSubject(role: String) {
        let text = """
            Mayor Tom Brown opened the meeting.

            Lindqvist's \(role), Anders Bergström, said the results were robust.

            "Society needs people to work at night," he said.
            """
        // (Before: `he` went back to Tom Brown, as `Lindqvist` was taken for the sentence's subject.)
        #expect(QuoteAnalyzer().analyze(text).quotations.map(\.speaker) == ["Anders Bergström"])
    }

    @Test func theDescriptionMetAgainIsTheSameSpeaker() {
        let text = """
            "We accept the ruling," a spokesperson said.

            "We will pay," the spokesperson added.
            """
        // (Before: `a spokesperson` and `the spokesperson`, two speakers of one quote each.)
        let analysis = QuoteAnalyzer().analyze(text)
        #expect(analysis.speakers.count == 1)
        #expect(analysis.quotations.map(\.speakerID) == [0, 0])
    }
}

/// Cases a review of round 26's own rules found them over-reaching on, each kept right.
struct Round26OverReachTests {
    @Test(arguments: [
        // An adverb opening a sentence before a cue is no surname.
        (
            #"Jane Doe runs the council. Strictly speaking, the law allows it. "We followed every procedure," she said."#,
            ["Jane Doe"]
        ),
        (
            #"The prime minister faced questions. Repeatedly asked whether he would resign, he said: "I am going nowhere.""#,
            ["The prime minister"]
        ),
        (
            #"Dr Amy Chen won the prize. Widely praised for her work, she said: "The team deserves the credit.""#,
            ["Amy Chen"]
        ),
        ("The doctor looked at the boy.\n\nGravely replied the doctor, \"He will live.\"", ["The doctor"]),
        // A person a group is with stays a mention of their own, for the pronouns after it.
        (
            #"On Monday, lawyers for Amber Heard filed an appeal. "I will keep fighting," she said in a statement."#,
            ["Amber Heard"]
        ),
        (#"Aides to Mayor Jane Doe said she was furious. "This is unacceptable," she said later."#, ["Jane Doe"]),
        (
            #"On Monday, lawyers for Sean Combs filed a motion. "I am innocent," Combs said in a statement."#,
            ["Sean Combs"]
        ),
        // A trade as an object, after a preposition or before the head it modifies is no group.
        (#""Our kids deserve better," said teachers union president Randi Weingarten."#, ["Randi Weingarten"]),
        (#"A report commissioned by teachers said: "Funding has collapsed in real terms.""#, ["A report"]),
        // A surname in passing does not take a later surname from the person the sentence is about.
        (
            #"Harold Patel opened the shop in 1975. Today it is run by his granddaughter, Priya Patel, 29. She remembers Harold Patel sweeping the floor. "He taught me everything," Patel said."#,
            ["Priya Patel"]
        ),
        (
            #"Tom Reed founded the farm in 1970. His daughter, Gita Reed, runs it now. She took over when Tom Reed retired in 2010. "It was hard at first," Reed said."#,
            ["Gita Reed"]
        ),
        // A surname before `and` is no portfolio's name.
        (
            #"Anthony Albanese arrived with Penny Wong. Albanese and Foreign Minister Penny Wong met Xi Jinping. "This is a good day," he said."#,
            ["Anthony Albanese"]
        ),
    ])
    func staysRight(text: String, speakers: [String?]) {
        #expect(QuoteAnalyzer().analyze(text).quotations.map(\.speaker) == speakers)
    }

    @Test(arguments: [
        (#"The principal told students: "Phones are banned from Monday.""#, "students"),
        (#"John and Mary Smith met teachers at the school. "We were ignored," they said."#, "teachers"),
        (#"The hospital, which employs 5,000 staff, said: "Patient care is unaffected.""#, "staff"),
    ])
    func aTradeAsAnObjectSaysNothing(text: String, object: String) {
        #expect(!QuoteAnalyzer().analyze(text).quotations.contains { $0.speaker == object })
    }

    @Test func theDescriptionMetLastIsTheOneMeant() {
        // `the spokesperson` after a differently worded `a union spokesperson`: which, the words do not say.
        let text =
            #"A spokesperson for Royal Mail said: "We made a fair offer." A union spokesperson said: "Members will strike." The spokesperson added: "Postal workers have had enough.""#
        let quotes = QuoteAnalyzer().analyze(text).quotations
        #expect(quotes.map(\.speakerID).count == 3)
        #expect(quotes[2].speakerID != quotes[0].speakerID)
    }
}

/// Speakers a story leaves unnamed: `said one`, `another wrote`, `One resident … she said`.
struct UnnamedSpeakerTests {
    @Test(arguments: [
        // A lone `one` or `another` that speaks is the speaker, not the last person named.
        (
            #"Senator Tom Reyes spoke first. Nurses told the BBC they were exhausted. "We cannot keep doing double shifts," said one."#,
            ["one"]
        ),
        (#"Senator Tom Reyes spoke first. "It was awful," said one of two witnesses who relayed the story."#, ["one"]),
        (
            #"Mayor Ann Lee spoke first. "We will rebuild," she said.\#n\#n"Yet another broken promise," tweeted another."#,
            ["Ann Lee", "another"]
        ),
        (
            #"Mayor Ann Lee spoke first. "We will rebuild," she said. Another wrote, "Nothing has changed.""#,
            ["Ann Lee", "Another"]
        ),
        (#"Mayor Ann Lee spoke first. "Nothing has changed," one said."#, ["one"]),
        // A description whose head is a part the news quotes people in.
        (
            #"Donald Trump rallied in Ohio. "He is bigger than the party," said one Trump confidant."#,
            ["one Trump confidant"]
        ),
        // `she` after someone unnamed is that someone, when their own sentence calls them so.
        (
            #"Mayor Ann Lee spoke first. One resident, who asked not to be named because she feared retaliation, said tenants had complained. "Nobody listened," she said."#,
            ["One resident"]
        ),
    ])
    func theUnnamedSpeak(text: String, speakers: [String?]) {
        #expect(QuoteAnalyzer().analyze(text).quotations.map(\.speaker) == speakers)
    }

    @Test(arguments: [
        // A head noun that is a cue form (`One tweet said`) makes a description.
        (#"Twitter filled with support. One tweet said: "This is very sad.""#, "One tweet"),
        // `he` and `she` stand for no thing or crowd.
        (#"Senator Tom Reyes spoke. The crowd roared. "We are going to win," he said."#, "Tom Reyes"),
    ])
    func stayRight(text: String, speaker: String?) {
        #expect(QuoteAnalyzer().analyze(text).quotations.last?.speaker == speaker)
    }
}

/// Names as other languages write them: family names first, particles, the Arabic article, titles of rulers.
struct InternationalNameTests {
    @Test(arguments: [
        // A lone East Asian family name is the person whose full name it opens, even `Park`, which names parks.
        (
            #"Lee Seo-yeon and Yamamoto Kenji will meet in January. Yamamoto was more guarded. Asked about observers, he said only that "all options are on the table.""#,
            ["Yamamoto Kenji"]
        ),
        (
            #"Talks were led by the oceans minister, Park Ji-hoon. "We have lost four years of trust," Park said."#,
            ["Park Ji-hoon"]
        ),
        // Particles inside a name.
        (
            #"Jan De Smet spoke first. Margarethe zu Leiningen spoke last. "A depot is not glamorous," she said."#,
            ["Margarethe zu Leiningen"]
        ),
        // The Arabic article in lower case opens a name, after a quote too.
        (
            #"Sheikh Abdulrahman bin Hamad al-Marri said the plan was risky.\#n\#n"A pipeline is a marriage," al-Marri said."#,
            ["Abdulrahman bin Hamad al-Marri"]
        ),
        // A first name alone after a full name of more than two words; a title alone after the titled name.
        (
            #"Sheikh Faisal bin Rashid al-Qadiri opened the summit. "Every marriage is a risk," Sheikh Faisal said."#,
            ["Faisal bin Rashid al-Qadiri"]
        ),
        (
            #"Crown Prince Khalid bin Faisal al-Qadiri chairs the fund. "We are not asking for charity," the Crown Prince said."#,
            ["Khalid bin Faisal al-Qadiri"]
        ),
        // A participle without `-ed` opening a sentence is no name.
        (
            #"Phil Morgan has died. Born Philip Rhys Morgan in 1944, he won 23 caps. "I remember the noise," he said."#,
            ["Philip Rhys Morgan"]
        ),
    ])
    func theSpeakerIsTheWholeName(text: String, speakers: [String?]) {
        #expect(QuoteAnalyzer().analyze(text).quotations.map(\.speaker) == speakers)
    }

    @Test func aNameWithTheArabicArticleInLowerCaseSpeaksAfterAQuote() {
        let text = "Mona Saleh spoke first.\n\n\"A pipeline is a marriage,\" al-Marri said."
        let quote = QuoteAnalyzer().analyze(text).quotations.first
        #expect(quote?.speaker == "al-Marri")
        #expect(quote?.mention?.text == "al-Marri")
    }

    @Test func aTitleInAppositionToAnAutobiographyIsNoQuote() {
        let text = #"His autobiography, "Front Row Seat", sold more than 100,000 copies."#
        #expect(QuoteAnalyzer().analyze(text).quotations.isEmpty)
    }
}

/// Cases a review of round 27's own rules found them over-reaching on, each kept right.
struct Round27OverReachTests {
    @Test(arguments: [
        // `he`/`she` after an unnamed person stays with the person named before, unless the unnamed person's own
        // sentence calls them so.
        (
            #"Keir Starmer visited the factory. A worker asked about taxes. "We will not raise them," he said."#,
            ["Keir Starmer"]
        ),
        (
            #"Angela Merkel met protesters outside. A protester handed her a petition. "I will read it," she said."#,
            ["Angela Merkel"]
        ),
        (#"Maria Sanchez sat by the window. The fan whirred overhead. "It is so hot," she said."#, ["Maria Sanchez"]),
        // A name set off after `one of …` is the speaker.
        (#"Mayor Ann Lee spoke first. "We were blindsided," said one of the organisers, Sarah Lee."#, ["Sarah Lee"]),
        // Bodies and places that open like names.
        (
            #"Omar Khan, a spokesman, was asked about the bombing. al-Qaeda had claimed it. "We condemn it," he said."#,
            ["Omar Khan"]
        ),
        (
            #"Maria Lopez has lived in Brooklyn for 30 years. Park Slope has changed a lot. "I barely recognise it," she said."#,
            ["Maria Lopez"]
        ),
        (
            #"Maria Rossi owns a shop in Florence. Piazza della Signoria was packed. "We cannot breathe," she said."#,
            ["Maria Rossi"]
        ),
        (#""Profits rose this year," the Crown Estate said."#, ["Crown Estate"]),
        (#""The accused is guilty," the Crown said in its closing argument."#, ["Crown"]),
        // An office of a place is named whole, and `the sultan` is that office.
        (#"The Sultan of Brunei hosted the summit. "We are honoured," the sultan said."#, ["Sultan of Brunei"]),
        (#""Gaza is bleeding," the Emir of Qatar said."#, ["Emir of Qatar"]),
        // A cue opening the next quote is not the quote's before it.
        (#"Smith said, "We will win." Jones said, "No.""#, ["Smith", "Jones"]),
    ])
    func staysRight(text: String, speakers: [String?]) {
        #expect(QuoteAnalyzer().analyze(text).quotations.map(\.speaker) == speakers)
    }

    @Test(arguments: [
        (#"The mayor, Joe Quimby, opened the fair. "Welcome," the mayor told visitors."#, "Joe Quimby"),
        (#"The Mayor of Springfield, Joe Quimby, opened the fair. "Welcome," the Mayor told visitors."#, "Joe Quimby"),
        (
            #"The Emir of Nahran, Sheikh Faisal bin Rashid al-Qadiri, opened the summit. "Water matters," the Emir told delegates."#,
            "Faisal bin Rashid al-Qadiri"
        ),
    ])
    func aDescriptionWithANameInAppositionIsThatPerson(text: String, speaker: String) {
        #expect(QuoteAnalyzer().analyze(text).quotations.map(\.speaker) == [speaker])
    }
}

/// Misses of the second blind set of round 27 (`everyday-*`), mended after it was scored.
struct Round27BlindTests {
    @Test(arguments: [
        // An unnamed man the news quotes, with a clause after him, is the subject of his sentence's cue.
        (
            #"Protesters gathered outside City Hall on Saturday. A young man in a hooded sweatshirt, who declined to give his name, said he had come every week. "They're the last free place in this city," he said."#,
            ["A young man"]
        ),
        (
            #""It is over," said one protester.\#n\#nDale Hutchins said that "every department must cut."\#n\#nOne older man, leaning on a cane, said he was tired. "I am here," he said."#,
            ["one protester", "Dale Hutchins", "One older man"]
        ),
        // A name joined by `and` to the subject is a subject too.
        (
            #"Owen Blackwell said the governor "respects the senator." Ruth Abernathy and Paul Duquesne spoke to reporters afterward. "I want to hear them," he said."#,
            ["Owen Blackwell", "Paul Duquesne"]
        ),
    ])
    func theSpeakerIsTheSubjectMeant(text: String, speakers: [String?]) {
        #expect(QuoteAnalyzer().analyze(text).quotations.map(\.speaker) == speakers)
    }
}
