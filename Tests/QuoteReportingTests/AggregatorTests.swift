import Foundation
import Testing

@testable import QuoteAttribution

@Suite struct AggregatorTests {
    let report = Aggregator().report(for: Fixtures.all)

    @Test func mergesSpeakersAcrossArticlesUnderTheFullestName() {
        #expect(report.speakers.map(\.name) == ["Liz Truss", "Sergei Lavrov", "the Kremlin", nil])
        let truss = report.speakers[0]
        #expect(truss.aliases == ["British Foreign Secretary Liz Truss", "Truss"])
        #expect(truss.titles == ["British Foreign Secretary"])
        #expect(truss.type == .person)
        #expect(truss.articleCount == 2)
        let lavrov = report.speakers[1]
        #expect(lavrov.aliases == ["Lavrov", "Russian Foreign Minister Sergei Lavrov"])
        #expect(lavrov.quotes.map(\.documentID) == ["bbc/truss-lavrov.txt", "guardian/sanctions, day 2.txt"])
        #expect(report.speakers[2].type == .government)
        #expect(report.speakers[2].aliases == ["Kremlin"])
    }

    @Test func countsWordsAsSplittingOnWhitespaceCharactersDoes() {
        // Every ASCII byte between letters, runs of spaces, and the non-ASCII cases (no-break and ideographic
        // spaces, a combining mark that joins a space into one Character, CRLF, a non-ASCII word).
        var texts = (0..<0x80).map { "a\(Character(Unicode.Scalar(UInt8($0))))b c" }
        texts += [
            "", " ", "  two  words ", "\tA\nB\u{0B}C\u{0C}D\r\nE", "a\u{00A0}b", "a\u{3000}b\u{2028}c",
            "a \u{301} b", " \u{301}", "café au lait", "\u{1C}\u{1D}\u{1E}\u{1F}", "\u{85}x",
        ]
        for text in texts {
            #expect(
                Aggregator.wordCount(of: text) == text.split(whereSeparator: \.isWhitespace).count,
                "\(text.debugDescription)")
        }
    }

    @Test func addingAnalysesOneByOneMakesTheSameReport() throws {
        let filter = ReportFilter(kinds: [.direct, .partial, .scare])
        var aggregator = Aggregator(filter: filter)
        aggregator.add(Fixtures.all[0])
        let first = aggregator.report()
        // Making a report takes nothing away: it can be made again, and adding goes on from there.
        #expect(aggregator.report() == first)
        #expect(first.documentIDs == [Fixtures.all[0].documentID])
        for analysis in Fixtures.all.dropFirst() { aggregator.add(analysis) }
        let incremental = aggregator.report()
        #expect(incremental.documentIDs == Fixtures.all.map(\.documentID))
        #expect(incremental.analyses == Fixtures.all)
        #expect(incremental.speakers.map(\.name) == ["Liz Truss", "Sergei Lavrov", "the Kremlin", nil])
        // Without the analyses kept, the report lists the same speakers and quotes.
        var light = Aggregator(filter: filter, keepsAnalyses: false)
        for analysis in Fixtures.all { light.add(analysis) }
        #expect(light.report().analyses.isEmpty)
        #expect(light.report().speakers == incremental.speakers)
        #expect(light.report().documentIDs == incremental.documentIDs)
        // `report(for:)` starts afresh: what was added before does not count.
        #expect(light.report(for: []).documentIDs.isEmpty)
        // A report encoded before `documentIDs` existed takes them from its analyses.
        var object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(incremental)) as? [String: Any])
        object["documentIDs"] = nil
        let decoded = try JSONDecoder().decode(Report.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(decoded.documentIDs == incremental.documentIDs)
        // Ids that do not match the analyses kept are a decoding error, not a crash.
        object["documentIDs"] = ["someone else's"]
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Report.self, from: JSONSerialization.data(withJSONObject: object))
        }
    }

    @Test func countsKindsWordsAndCues() {
        let truss = report.speakers[0]
        #expect(truss.quoteCount == 4)
        #expect(truss.quotesByKind == [KindCount(kind: .direct, count: 3), KindCount(kind: .partial, count: 1)])
        #expect(truss.wordCount == 9 + 5 + 6 + 8)
        #expect(truss.cues == [CueCount(cue: "said", count: 2), CueCount(cue: "told", count: 2)])
        #expect(report.quoteCount == 4 + 2 + 1 + 2)
        #expect(report.quoteCount == report.speakers.reduce(0) { $0 + $1.quoteCount })
    }

    @Test func keepsInputOrderAndDocumentIndices() {
        let truss = report.speakers[0]
        #expect(truss.quotes.map(\.quote.text.first) == ["W", "S", "s", "O"])
        #expect(truss.quotes.map(\.documentIndex) == [0, 0, 1, 1])
        #expect(truss.first == truss.quotes[0])
        #expect(truss.last == truss.quotes[3])
        #expect(report.analyses == Fixtures.all)
    }

    @Test func unattributedQuotesComeLastAndAreNeverDropped() {
        let unattributed = report.speakers.last!
        #expect(unattributed.name == nil)
        #expect(unattributed.type == .unknown)
        #expect(unattributed.quoteCount == 2)
        #expect(unattributed.quotes.map(\.documentIndex) == [0, 2])
        // Scare quotes and headings are left out by the default kinds.
        let kinds = Set(report.speakers.flatMap(\.quotes).map(\.quote.kind))
        #expect(kinds == [.direct, .partial])
    }

    @Test func speakersWithAsManyQuotesComeInAlphabeticalOrderCaseAside() {
        let analyses = ["Walter Pryce", "a spokesperson", "Anna Berg"].enumerated().map { index, name in
            var builder = AnalysisBuilder(id: "\(index)", text: "“Yes,” \(name) said.")
            builder.quote("Yes,", speaker: builder.speaker(name), mention: name, cue: "said")
            return builder.analysis()
        }
        // (Before: `a spokesperson` came last, after every capitalised name.)
        #expect(
            Aggregator().report(for: analyses).speakers.map(\.name) == ["a spokesperson", "Anna Berg", "Walter Pryce"])
    }

    @Test func ambiguousSurnameStaysApart() {
        func article(_ id: String, _ name: String) -> DocumentAnalysis {
            var builder = AnalysisBuilder(id: id, text: "“We played well,” \(name) said.")
            let speaker = builder.speaker(name)
            builder.quote("We played well,", speaker: speaker, mention: name, cue: "said")
            return builder.analysis()
        }
        let boris = article("a", "Boris Johnson")
        let dustin = article("b", "Dustin Johnson")
        let johnson = article("c", "Johnson")
        let ambiguous = Aggregator().report(for: [boris, johnson, dustin])
        #expect(ambiguous.speakers.map(\.name) == ["Boris Johnson", "Dustin Johnson", "Johnson"])
        let merged = Aggregator().report(for: [johnson, boris])
        #expect(merged.speakers.map(\.name) == ["Boris Johnson"])
        #expect(merged.speakers[0].aliases == ["Johnson"])
        #expect(merged.speakers[0].quotes.map(\.documentID) == ["c", "a"])
        // A name some speaker has exactly asks for that one only (the body `Lee`, not also the person `Ann Lee`).
        var body = AnalysisBuilder(id: "d", text: "“We played well,” Lee said.")
        body.quote("We played well,", speaker: body.speaker("Lee", type: .organisation), mention: "Lee", cue: "said")
        let ann = article("e", "Ann Lee")
        let exact = Aggregator(filter: ReportFilter(speaker: "LEE")).report(for: [body.analysis(), ann])
        #expect(exact.speakers.map(\.name) == ["Lee"])
        // A surname asks for every speaker it ends the name of; a first name or part of a word asks for none.
        let bySurname = Aggregator(filter: ReportFilter(speaker: "johnson")).report(for: [boris, dustin])
        #expect(bySurname.speakers.map(\.name) == ["Boris Johnson", "Dustin Johnson"])
        for other in ["Boris", "ohnson", "Boris Johnson Jr"] {
            let report = Aggregator(filter: ReportFilter(speaker: other)).report(for: [boris, dustin])
            #expect(report.speakers.isEmpty, "\(other)")
        }
    }

    @Test func suffixMergingIsOnlyForPeople() {
        var first = AnalysisBuilder(id: "a", text: "“No comment,” the Foreign Ministry said.")
        let ministry = first.speaker("Foreign Ministry", type: .organisation)
        first.quote("No comment,", speaker: ministry, mention: "the Foreign Ministry", cue: "said")
        var second = AnalysisBuilder(id: "b", text: "“No comment,” the Russian Foreign Ministry said.")
        let russian = second.speaker("Russian Foreign Ministry", type: .organisation)
        second.quote("No comment,", speaker: russian, mention: "the Russian Foreign Ministry", cue: "said")
        var third = AnalysisBuilder(id: "c", text: "“No comment,” THE FOREIGN MINISTRY said.")
        let upper = third.speaker("THE FOREIGN MINISTRY", type: .organisation)
        third.quote("No comment,", speaker: upper, mention: "THE FOREIGN MINISTRY", cue: "said")
        let report = Aggregator().report(for: [first.analysis(), second.analysis(), third.analysis()])
        #expect(report.speakers.map(\.name) == ["THE FOREIGN MINISTRY", "Russian Foreign Ministry"])
        #expect(report.speakers[0].aliases == ["Foreign Ministry"])
    }

    @Test func speakerFilterMatchesNameOrAliasIgnoringCase() {
        for wanted in ["liz truss", "TRUSS", "british foreign secretary liz truss"] {
            let filtered = Aggregator(filter: ReportFilter(speaker: wanted)).report(for: Fixtures.all)
            #expect(filtered.speakers.map(\.name) == ["Liz Truss"], "\(wanted)")
            #expect(filtered.quoteCount == 4)
        }
        #expect(Aggregator(filter: ReportFilter(speaker: "Johnson")).report(for: Fixtures.all).speakers.isEmpty)
    }

    @Test func kindFilter() {
        let filtered = Aggregator(filter: ReportFilter(kinds: [.scare, .heading])).report(for: Fixtures.all)
        #expect(filtered.speakers.map(\.name) == [nil])
        #expect(filtered.speakers[0].quotes.map(\.quote.kind) == [.heading, .scare])
        #expect(
            filtered.speakers[0].quotesByKind == [
                KindCount(kind: .scare, count: 1), KindCount(kind: .heading, count: 1),
            ])
    }

    @Test func minimumConfidenceMovesWeakAttributionsToUnattributed() {
        let filtered = Aggregator(filter: ReportFilter(minimumConfidence: 0.75)).report(for: Fixtures.all)
        #expect(filtered.speakers.map(\.name) == ["Liz Truss", "Sergei Lavrov", nil])
        #expect(filtered.speakers[1].quoteCount == 1)
        let unattributed = filtered.speakers[2]
        #expect(unattributed.quoteCount == 4)
        let weak = unattributed.quotes.map(\.quote).filter {
            $0.text.hasPrefix("We are not") || $0.text.hasPrefix("</textarea>")
        }
        #expect(weak.count == 2)
        #expect(weak.allSatisfy { $0.speaker == nil && $0.speakerID == nil && $0.cue == nil && $0.confidence == 0 })
        #expect(filtered.quoteCount == 9)
    }

    @Test func topKeepsTheFirstSpeakersAndTheUnattributedQuotes() {
        let filtered = Aggregator(filter: ReportFilter(top: 1)).report(for: Fixtures.all)
        #expect(filtered.speakers.map(\.name) == ["Liz Truss", nil])
        #expect(filtered.quoteCount == 6)
        #expect(Aggregator(filter: ReportFilter(top: 0)).report(for: Fixtures.all).speakers.map(\.name) == [nil])
    }

    @Test func tiesAreSortedByName() {
        var builder = AnalysisBuilder(id: "x", text: "“Yes,” Zelensky said. “No,” Biden said. “Maybe,” Anna said.")
        let zelensky = builder.speaker("Zelensky")
        let biden = builder.speaker("Biden")
        builder.quote("Yes,", speaker: zelensky, mention: "Zelensky", cue: "said")
        builder.quote("No,", speaker: biden, mention: "Biden", cue: "said")
        builder.quote("Maybe,", speaker: nil)
        let report = Aggregator().report(for: [builder.analysis()])
        #expect(report.speakers.map(\.name) == ["Biden", "Zelensky", nil])
    }

    @Test func isDeterministic() {
        let again = Aggregator().report(for: Fixtures.all)
        #expect(again == report)
        let reversed = Aggregator().report(for: Fixtures.all.reversed())
        #expect(reversed.speakers.map(\.name) == report.speakers.map(\.name))
        #expect(reversed.speakers[0].aliases == report.speakers[0].aliases)
    }

    @Test func emptyInput() {
        let empty = Aggregator().report(for: [])
        #expect(empty.speakers.isEmpty)
        #expect(empty.quoteCount == 0)
    }

    @Test func filterDecodesWithDefaults() throws {
        let decoded = try JSONDecoder().decode(ReportFilter.self, from: Data(#"{"speaker":"Truss","top":3}"#.utf8))
        #expect(decoded == ReportFilter(speaker: "Truss", top: 3))
    }
}

@Suite struct AggregatorGroupingTests {
    /// One document whose one quote is attributed to `name`.
    private func article(_ id: String, _ name: String, type: SpeakerType = .person) -> DocumentAnalysis {
        var builder = AnalysisBuilder(id: id, text: "“We played well,” \(name) said.")
        let speaker = builder.speaker(name, type: type)
        builder.quote("We played well,", speaker: speaker, mention: name, cue: "said")
        return builder.analysis()
    }

    @Test func twentyThousandDistinctSpeakers() {
        // Half the names share one surname, so the suffix `Okafor` is met by 10,000 fuller names.
        let analyses = (0..<20_000).map { index in
            article("d\(index)", index.isMultiple(of: 2) ? "Given\(index) Okafor" : "Given\(index) Family\(index)")
        }
        let report = Aggregator().report(for: analyses)
        #expect(report.speakers.count == 20_000)
        #expect(report.quoteCount == 20_000)
        #expect(report.speakers.allSatisfy { $0.quoteCount == 1 && $0.aliases.isEmpty })
        // A lone surname shared by many fuller names stays apart; one with a single fuller name joins it.
        let more = analyses + [article("okafor", "Okafor"), article("family7", "Family7")]
        let merged = Aggregator().report(for: more)
        #expect(merged.speakers.count == 20_001)
        #expect(merged.speakers.contains { $0.name == "Okafor" })
        #expect(merged.speakers.first { $0.name == "Given7 Family7" }?.aliases == ["Family7"])
    }

    @Test func descriptionsStayInTheirArticleAndNamesMerge() throws {
        // Analysed, not built: the speakers stage marks who is known only by a description.
        let texts = [
            """
            A spokesperson for Acme said the results were "strong." The mayor of Springfield said the road \
            was "closed." A resident said the river was "rising." Liz Truss said NATO was "ready." NATO said it \
            was "watching."
            """,
            """
            A spokesperson for the Kremlin said the claims were "absurd." The mayor of Shelbyville said the \
            bridge was "open." A resident said the water was "cold." Truss said talks were "useful." NATO said \
            it was "prepared."
            """,
        ]
        let analyses = texts.enumerated().map { QuoteAnalyzer().analyze($0.element, id: "g\($0.offset + 1).txt") }
        let descriptions = analyses[0].speakers.filter(\.isDescription).map(\.name)
        #expect(descriptions == ["A spokesperson", "The mayor", "A resident"])
        #expect(!analyses[0].speakers.contains { $0.isDescription && ($0.name == "Liz Truss" || $0.name == "NATO") })
        let report = Aggregator().report(for: analyses)
        func rows(_ name: String) -> [[String]] {
            report.speakers.filter { $0.name == name }.map { $0.quotes.map(\.documentID) }
        }
        // One speaker per article for each description, in input order; names merge across articles.
        for description in ["A spokesperson", "The mayor", "A resident"] {
            #expect(rows(description) == [["g1.txt"], ["g2.txt"]], "\(description)")
        }
        #expect(rows("Liz Truss") == [["g1.txt", "g2.txt"]])
        #expect(rows("NATO") == [["g1.txt", "g2.txt"]])
        // A speaker encoded before `isDescription` existed decodes as a named one.
        var object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(analyses[0].speakers[0])) as? [String: Any])
        object["isDescription"] = nil
        let decoded = try JSONDecoder().decode(Speaker.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(!decoded.isDescription)
        #expect(decoded.name == analyses[0].speakers[0].name)
    }

    @Test func apostrophesAndPeriodsAreDroppedNotTurnedIntoSpaces() {
        let analyses = [article("a", "Tom O'Brien"), article("b", "O’Brien"), article("c", "D.J. Kay")]
        #expect(Aggregator().report(for: analyses).speakers.map(\.name) == ["Tom O'Brien", "D.J. Kay"])
        for wanted in ["Tom OBrien", "tom o’brien", "O'Brien", "TOM O.BRIEN"] {
            let report = Aggregator(filter: ReportFilter(speaker: wanted)).report(for: analyses)
            #expect(report.speakers.map(\.name) == ["Tom O'Brien"], "\(wanted)")
        }
        for wanted in ["DJ Kay", "dj kay."] {
            let report = Aggregator(filter: ReportFilter(speaker: wanted)).report(for: analyses)
            #expect(report.speakers.map(\.name) == ["D.J. Kay"], "\(wanted)")
        }
        #expect(Aggregator(filter: ReportFilter(speaker: "Tom O Brien")).report(for: analyses).speakers.isEmpty)
    }

    @Test func suffixMergingMatchesTheDefinition() {
        // Names over a tiny vocabulary, so that suffixes are shared in every way; types vary too.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func random(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let words = ["Ann", "Lee", "Kim", "Park", "Jo"]
        let types: [SpeakerType] = [.person, .person, .person, .unknown, .organisation]
        var documents: [(id: String, tokens: [String], type: SpeakerType)] = []
        for index in 0..<400 {
            let tokens = (0..<(1 + random(3))).map { _ in words[random(words.count)] }
            documents.append(("d\(index)", tokens, types[random(types.count)]))
        }
        let report = Aggregator().report(
            for: documents.map { article($0.id, $0.tokens.joined(separator: " "), type: $0.type) })
        let clusters = Set(report.speakers.map { Set($0.quotes.map(\.documentID)) })

        // The rule, spelt out: a person name joins the one maximal fuller person name it is a suffix of.
        var typesOfName: [[String]: Set<SpeakerType>] = [:]
        for document in documents { typesOfName[document.tokens, default: []].insert(document.type) }
        let people = typesOfName.filter { $0.value.isSubset(of: [.person, .unknown]) }.keys
        func isProperSuffix(_ suffix: [String], of tokens: [String]) -> Bool {
            suffix.count < tokens.count && Array(tokens.suffix(suffix.count)) == suffix
        }
        func root(_ tokens: [String]) -> [String] {
            guard people.contains(tokens) else { return tokens }
            let fuller = people.filter { isProperSuffix(tokens, of: $0) }
            let maximal = fuller.filter { candidate in !fuller.contains { isProperSuffix(candidate, of: $0) } }
            return maximal.count == 1 ? maximal[0] : tokens
        }
        var expected: [[String]: Set<String>] = [:]
        for document in documents { expected[root(document.tokens), default: []].insert(document.id) }
        #expect(clusters == Set(expected.values))
        #expect(clusters.count < documents.count)
    }
}
