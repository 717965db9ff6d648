import Foundation
import QuoteAttribution
import Testing

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
        #expect(filtered.speakers[0].quotesByKind == [KindCount(kind: .scare, count: 1), KindCount(kind: .heading, count: 1)])
    }

    @Test func minimumConfidenceMovesWeakAttributionsToUnattributed() {
        let filtered = Aggregator(filter: ReportFilter(minimumConfidence: 0.75)).report(for: Fixtures.all)
        #expect(filtered.speakers.map(\.name) == ["Liz Truss", "Sergei Lavrov", nil])
        #expect(filtered.speakers[1].quoteCount == 1)
        let unattributed = filtered.speakers[2]
        #expect(unattributed.quoteCount == 4)
        let weak = unattributed.quotes.map(\.quote).filter { $0.text.hasPrefix("We are not") || $0.text.hasPrefix("</textarea>") }
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
