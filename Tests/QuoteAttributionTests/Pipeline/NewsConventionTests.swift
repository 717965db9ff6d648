import Testing

@testable import QuoteAttribution

/// News-writing conventions that decide who speaks: titles, false titles, datelines, headlines, appositions.
struct NewsConventionTests {
    private func speakers(_ text: String) -> [String?] {
        QuoteAnalyzer().analyze(text).quotations.map(\.speaker)
    }

    @Test func titlesOfWorksInMarksAreNotQuotes() {
        let text = #"Pence said on CNN's "State of the Union" that the country had to "heal and understand.""#
        let quotes = QuoteAnalyzer().analyze(text).quotes
        #expect(quotes.map(\.kind) == [.scare, .partial])
        #expect(quotes.last?.speaker == "Pence")
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
            saying she's strong "on paper" but suggesting that might not be enough.
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
        let text = #"Rep. Tom Cole of Oklahoma, an ally of GOP leaders, said Trump is "unpredictable.""#
        #expect(speakers(text) == ["Tom Cole"])
    }

    @Test func aCommonWordOpeningASentenceIsNoName() {
        let text = """
            Small groups of protesters said the city was "not listening" to them.

            Multiple outlets reported on Wednesday that the Secret Service had "more than one conversation" with them.
            """
        #expect(speakers(text) == ["groups", "outlets"])
    }

    @Test func aStatementSayingIsItsIssuers() {
        let text = #"Black Lives Matter released a statement saying the remarks "are based on opinion.""#
        #expect(speakers(text) == ["Black Lives Matter"])
    }

    @Test func wordsReportedInsideAStatementAreTheReporters() {
        let text = #"Rep. Steve Israel said Clinton called on members to be "closely coordinated" this fall."#
        #expect(speakers(text) == ["Steve Israel"])
    }

    @Test func aHyphenatedRoleMakesAFalseTitle() {
        let text = #""Imagine him on the same stage," mused Blaze co-host Stu Burguiere."#
        #expect(speakers(text) == ["Stu Burguiere"])
    }

    @Test func aLoneSurnameDoesNotJoinANameItOpens() {
        let text = """
            For those of you not yet on the Trump Train, the pundits have a message.

            Trump told Newsmax that Mitt Romney "had a crazy policy of self-deportation."
            """
        #expect(speakers(text) == ["Trump"])
    }

    @Test func aLoneTitleModifierNamesNobody() {
        let text = """
            Former prosecutor and New York City Mayor Rudy Giuliani, who backs Trump, trashed Comey on MSNBC, calling it \
            a "no-brainer" to prosecute.
            """
        #expect(speakers(text) == ["Rudy Giuliani"])
    }

    @Test func aPerfectInfinitiveTakesTheSentenceSubject() {
        let text = #"President Barack Obama is reported to have called the Saudis "free riders" on U.S. aid."#
        #expect(speakers(text) == ["Barack Obama"])
    }

    @Test func aNameInAppositionToADescriptionSpeaks() {
        let text = #"Carson's business manager, Armstrong Williams, stated: "When I spoke with him, he agreed.""#
        #expect(speakers(text) == ["Armstrong Williams"])
    }

    @Test func narratorsRulingsAndBooksSpeakForThemselves() {
        let text = """
            Hillary Clinton released a new ad on Monday.

            "You work hard. So why didn't he pay?" a narrator in the Clinton ad asks.

            The appeals court ruled against the change under the Voter Registration Act.

            "A state cannot avoid the conclusion," said the ruling.
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
            Graham: Trump's 'Incredibly Hateful Rhetoric' Destroying GOP's Chance to Win.

            Sen. Lindsey Graham spoke in Iowa on Thursday.
            """
        let quotes = QuoteAnalyzer().analyze(text).quotes
        #expect(quotes.map(\.kind) == [.partial])
        #expect(quotes.map(\.speaker) == ["Lindsey Graham"])
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
                "Graham: " + String(repeating: "and more ", count: words / 2)
                + "'Incredibly Hateful Rhetoric' Destroying GOP's Chance.\n\nSen. Lindsey Graham spoke in Iowa."
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
            The Latest: Trump delivers defense of 'New York values.'

            Sarah Silverman heckles Sanders supporters: 'You're being ridiculous.'
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
            Peter Morgan works for the Sierra Club. Bernie Sanders spent the holiday in Vermont.

            "It was the least bad outcome," Mr. Morgan of the Sierra Club said.

            A spokesman for Bernie Sanders said the senator would be "back on the trail soon."
            """
        #expect(speakers(text) == ["Peter Morgan", "A spokesman"])
    }

    @Test func aTitleAfterABodyLeavesAPerson() {
        let text = """
            Ohio Democratic Party Chairman David Pepper called the ruling a "huge win for Ohio voters."

            "The court's decision reaffirms a basic principle," he said in a statement.
            """
        #expect(speakers(text) == ["David Pepper", "David Pepper"])
    }

    @Test func aFalseTitleNamesThePersonAfterIt() {
        let text = """
            The Senate has slowed confirmations. McConnell spokesman Don Stewart would not say when it would vote.

            "I don't have any new announcements yet," he said.
            """
        #expect(speakers(text) == ["Don Stewart"])
    }

    @Test func aDescriptionWithACapitalisedModifierStaysADescription() {
        let text = """
            Marco Rubio ended his bid on Tuesday.

            The Florida senator sought to calm his supporters, saying they would "not get beat up" at his rally.
            """
        #expect(speakers(text) == ["The Florida senator"])
    }

    @Test func aDatelineNamesNobody() {
        let text = """
            WASHINGTON, Dec. 8 (UPI) — Campaign chairman John Podesta rallied supporters, saying: "We have to be \
            ready to stop him."
            """
        #expect(speakers(text) == ["John Podesta"])
    }

    @Test func aQuoteClosingASentenceDoesNotTakeTheNextSentencesCue() {
        let text =
            #"Jeb Bush called Trump "unhinged." Sen. Marco Rubio called the statement "offensive and outlandish.""#
        #expect(speakers(text) == ["Jeb Bush", "Marco Rubio"])
    }

    @Test func aCueFollowedByAColonIntroducesTheNextQuote() {
        let text = #""We are refugees," Ms. Alawee said. "We are not terrorists." Mr. Zahed said: "We ran from this.""#
        #expect(speakers(text) == ["Alawee", "Alawee", "Zahed"])
    }

    @Test func aPlaceAfterTheCueIsNoInvertedSubject() {
        let text = """
            Sen. Bernie Sanders (I-Vt.) said Sunday in Madison, Wisconsin, that turnout "will help elect \
            JoAnne Kloppenburg."
            """
        #expect(speakers(text) == ["Bernie Sanders"])
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
            Vermont Sen. Bernie Sanders wants to close four loopholes.

            The senator said he would "introduce legislation in the next session of Congress."
            """
        #expect(speakers(text) == ["Bernie Sanders"])
    }

    @Test func anAppositionIntroducesTheNextSpeaker() {
        let text = """
            Barack Obama had many songs written about him. That concerns Henry Crespo, president of the \
            Florida Democratic Black Caucus.

            "No one is writing songs for Hillary," he said.
            """
        #expect(speakers(text) == ["Henry Crespo"])
    }

    @Test func aNameAfterTheCueWithItsOwnVerbIsNoInvertedSubject() {
        let text = """
            Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said Sanders has pushed her to be a \
            "stronger" candidate.
            """
        #expect(speakers(text) == ["Claire McCaskill"])
    }

    /// A description opening its sentence is its subject before a relative clause or `of`, not only right before
    /// a cue; the name after a cue that takes an object is no inverted subject.
    @Test func aDescriptionOpeningTheSentenceIsItsSubject() {
        #expect(
            speakers(#"The lawmaker, who represents a district, said the remarks "have had widespread dissemination.""#)
                == ["The lawmaker"])
        #expect(
            speakers(#"The former secretary of state mocked Mr. Park for calling himself the "king of debt.""#)
                == ["The former secretary"])
    }

    /// `King` is a title word, but after a name and before `of` it is part of the name, not the end of a title.
    @Test func aTitleWordInsideANameBeforeOfEndsNoTitle() {
        let text = #""It will not be easy," said Representative Peter T. King of New York, who backs him."#
        #expect(speakers(text) == ["Peter T. King of New York"])
        #expect(speakers(#""We will go," said Secretary of State John Kerry."#) == ["John Kerry"])
    }

    /// A place named by a place word (`Republic`, `Castle`) is never the person `he` stands for.
    @Test func aNamedPlaceIsNoPerson() {
        let text = #"Tom Perez smiled. In his parents' Dominican Republic, "baseball is the national sport," he says."#
        #expect(speakers(text) == ["Tom Perez"])
    }

    /// `called Mr. Park's plan "a disgrace"`: a name before a possessive opens the object, not an inverted subject.
    @Test func aNameBeforeAPossessiveAfterTheCueIsNoInvertedSubject() {
        #expect(speakers(#"Ms. Lee, who has called Mr. Park's plan "a disgrace," voted against it."#) == ["Lee"])
    }

    @Test func theSubjectBeforeSeveralAppositionsSpeaks() {
        let text = """
            Tom Fitton, the president of Judicial Watch, a conservative group that has sued, said that "the \
            damage is done."
            """
        #expect(speakers(text) == ["Tom Fitton"])
    }

    @Test func aNameInAppositionBeforeTheCueSpeaks() {
        let text = #"Another delegate on the Cruz slate, Jim Poolman, said he was only "leaning Cruz.""#
        #expect(speakers(text) == ["Jim Poolman"])
    }

    @Test func putItIsACue() {
        let text = #"As the LinkedIn chief executive, Jeff Weiner, put it in his memo, "Imagine a world like this.""#
        #expect(speakers(text) == ["Jeff Weiner"])
    }

    @Test func aGroupIsTheSubjectOfAParticiple() {
        let text =
            #"Republicans on Capitol Hill seized on the message, arguing that it showed "intent" to break the law."#
        #expect(speakers(text) == ["Republicans"])
    }

    @Test func anOpeningPhraseHoldsNoSubject() {
        let text = """
            Police officer Betty Shelby shot an unarmed man in Tulsa.

            On The Steve Harvey Morning Show on Tuesday, Hillary Clinton criticized the officer.

            "How many times do we have to see this?" she said.
            """
        #expect(speakers(text) == ["Hillary Clinton"])
    }

    @Test func aPossessiveNounIsNoCueUnlessItReportsAClause() {
        let text = """
            Clinton campaign spokesman Brian Fallon responded on Twitter, calling Trump's charge "pathetic."

            Politifact checked Donald Trump's claim that there have been "thousands of shootings" in Chicago.
            """
        #expect(speakers(text) == ["Brian Fallon", "Donald Trump"])
    }

    @Test func theSentenceSubjectBeatsABodyInApposition() {
        let text = """
            Giovanni Maria Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said every pope was \
            "both religious and political."
            """
        #expect(speakers(text) == ["Giovanni Maria Vian"])
    }

    @Test func aRoleBeforeAFullNameTitlesIt() {
        let text = #"Hillary Clinton's campaign manager Robby Mook said the debate was "a turning point.""#
        #expect(speakers(text) == ["Robby Mook"])
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
}
