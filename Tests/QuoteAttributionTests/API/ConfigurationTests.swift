import Foundation
import QuoteAttribution
import Testing

/// Configuration from JSON, extra cue verbs, known speakers, and bounded work on huge or hostile text.
struct ConfigurationTests {
    @Test func decodesWithDefaultsAndRejectsBadValues() throws {
        let empty = try JSONDecoder().decode(Configuration.self, from: Data("{}".utf8))
        #expect(empty == Configuration())
        let some = try JSONDecoder().decode(
            Configuration.self, from: Data(#"{"minimumConfidence": 0.5, "extraCueVerbs": ["harrumph"]}"#.utf8))
        #expect(some.minimumConfidence == 0.5)
        #expect(some.extraCueVerbs == ["harrumph"])
        #expect(some.joinsWrappedLines)
        let lines = try JSONDecoder().decode(Configuration.self, from: Data(#"{"joinsWrappedLines": false}"#.utf8))
        #expect(!lines.joinsWrappedLines)
        #expect(Configuration.keys.contains("joinsWrappedLines"))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Configuration.self, from: Data(#"{"minimumConfidence": 3}"#.utf8))
        }
        let roundTrip = try JSONDecoder().decode(Configuration.self, from: JSONEncoder().encode(some))
        #expect(roundTrip == some)
    }

    @Test func extraCueVerbsAreInflected() {
        let text = #""Taxes are too high," Smith harrumphed."#
        #expect(QuoteAnalyzer().analyze(text).quotations.first?.cue == nil)
        let analyzer = QuoteAnalyzer(configuration: Configuration(extraCueVerbs: ["harrumph"]))
        let quote = analyzer.analyze(text).quotations.first
        #expect(quote?.speaker == "Smith")
        #expect(quote?.cue?.text == "harrumphed")
        #expect(quote?.rule == "name_cue_after_quote")
    }

    @Test func knownSpeakersNameTheirAliases() {
        let known = Configuration.KnownSpeaker(name: "Liz Truss", aliases: ["the foreign secretary"])
        let analyzer = QuoteAnalyzer(configuration: Configuration(knownSpeakers: [known]))
        let analysis = analyzer.analyze(#""We need action," the foreign secretary said. "Now," Truss added."#)
        #expect(analysis.quotations.map(\.speaker) == ["Liz Truss", "Liz Truss"])
        #expect(analysis.speakers.count == 1)
    }

    @Test func minimumConfidenceDropsWeakAttributions() {
        let text = "Mr. Darcy stood by the window.\n\n\"I cannot tell.\""
        #expect(QuoteAnalyzer().analyze(text).quotations.first?.speaker == "Darcy")
        let strict = QuoteAnalyzer(configuration: Configuration(minimumConfidence: 0.5))
        #expect(strict.analyze(text).quotations.first?.speaker == nil)
    }

    @Test func aThresholdKeepsAConfidenceEqualToIt() {
        // `nearest_mention` adds 0.1 to 0.35: in binary 0.44999999999999996 unless rounded to the stated 0.45.
        let text = "Mr. Darcy stood by the window for a long time.\n\"I cannot tell.\""
        let quote = QuoteAnalyzer().analyze(text).quotes.first
        #expect(quote?.confidence == 0.45)
        let kept = QuoteAnalyzer(configuration: Configuration(minimumConfidence: 0.45)).analyze(text)
        #expect(kept.quotes.first?.speaker == "Darcy")
        let report = Aggregator(filter: ReportFilter(minimumConfidence: 0.45)).report(for: [kept])
        #expect(report.unattributedCount == 0)
    }

    @Test func speakersWhoseQuotesFellBelowTheThresholdAreNotListed() throws {
        let text = "Mr. Darcy stood by the window.\n\n\"I cannot tell.\"\n\n\"We will act,\" Anna Berg said."
        let all = QuoteAnalyzer().analyze(text)
        #expect(all.speakers.map(\.name) == ["Darcy", "Anna Berg"])
        let strict = QuoteAnalyzer(configuration: Configuration(minimumConfidence: 0.5)).analyze(text)
        #expect(strict.speakers.map(\.name) == ["Anna Berg"])
        #expect(strict.speakers.map(\.id) == [0])
        let berg = try #require(strict.quotes.last)
        #expect(strict.speaker(of: berg)?.name == "Anna Berg")
        #expect(strict.speaker(of: strict.quotes[0]) == nil)
    }

    @Test func unknownKeysAreErrorsNotDefaults() throws {
        // A misspelt option would silently do nothing: each of these is a decoding error naming the key.
        let bad = [
            (Configuration.self as any Decodable.Type, #"{"minConfidence": 0.9}"#),
            (Configuration.self, #"{"knownSpeakers": [{"name": "X", "alias": ["Y"]}]}"#),
            (ReportFilter.self, #"{"speakers": "Truss"}"#),
        ]
        for (type, json) in bad {
            do {
                _ = try JSONDecoder().decode(type, from: Data(json.utf8))
                Issue.record("\(json) decoded")
            } catch {
                #expect(JSONLines.describe(error).hasPrefix("unknown key"), "\(error)")
            }
        }
        // The US spelling of a type is read too.
        let known = try JSONDecoder().decode(
            Configuration.self, from: Data(#"{"knownSpeakers": [{"name": "Acme", "type": "organization"}]}"#.utf8))
        #expect(known.knownSpeakers.first?.type == .organisation)
        // A known body is `it`, as a body the detector finds.
        let analysis = QuoteAnalyzer(configuration: known).analyze(#"Acme spoke. "We will grow," it said."#)
        #expect(analysis.speakers.first?.gender == .neuter)
    }

    @Test func largeDocumentsGiveTheSameQuotesInParts() {
        let paragraph =
            "Officials met on Monday. \"We will act,\" Truss said. \"Soon,\" she added. Zoë said “ça va.”\n\n"
        let text = String(repeating: paragraph, count: 400)
        let whole = QuoteAnalyzer(configuration: Configuration(maximumPartBytes: 1 << 30)).analyze(text)
        let parts = QuoteAnalyzer(configuration: Configuration(maximumPartBytes: 4096)).analyze(text)
        #expect(whole.quotes.count == 1200)
        #expect(parts.quotes.count == whole.quotes.count)
        #expect(
            zip(parts.quotes, whole.quotes).filter {
                $0.span != $1.span || $0.speaker != $1.speaker || $0.cue != $1.cue
            }.count == 0)
        #expect(parts.quotes.allSatisfy { $0.speakerID.map { $0 < parts.speakers.count } ?? true })
    }

    /// `analyze(_:inParts:)` hands a large document over part by part, and the parts add up to `analyze(_:)`'s
    /// analysis; a short one comes whole, once.
    @Test func partsComeOneByOneAndAddUpToTheWhole() {
        let paragraph = "Officials met. \"We will act,\" Truss said. \"Soon,\" she added.\n\n"
        let text = String(repeating: paragraph, count: 300)
        let analyzer = QuoteAnalyzer(configuration: Configuration(maximumPartBytes: 4096))
        var parts: [DocumentAnalysis] = []
        analyzer.analyze(Article(id: "big", text: text)) { parts.append($0) }
        let joined = analyzer.analyze(Article(id: "big", text: text))
        #expect(parts.count >= text.utf8.count / 4096)
        #expect(parts.map(\.text).joined() == text)
        #expect(parts.flatMap(\.quotes) == joined.quotes)
        // Each part lists the speakers it quotes with the article's ids: Truss is one speaker in all of them.
        #expect(joined.speakers.map(\.name) == ["Truss"])
        #expect(parts.allSatisfy { $0.speakers.map(\.id) == [0] })
        #expect(parts.allSatisfy { $0.documentID == "big" })
        var short: [DocumentAnalysis] = []
        analyzer.analyze(Article(id: "small", text: paragraph)) { short.append($0) }
        #expect(short == [analyzer.analyze(Article(id: "small", text: paragraph))])
    }

    @Test func aSpeakerNamedInSeveralPartsIsOneSpeaker() {
        let paragraphs = (0..<60).map { index in
            index % 2 == 0
                ? "Orla Finch spoke in hall \(index). \"We will keep the ferry running,\" Finch said.\n\n"
                : "Councillor Ben Ruiz answered. \"The budget is closed,\" Ruiz said.\n\n"
        }
        let analysis = QuoteAnalyzer(configuration: Configuration(maximumPartBytes: 1024)).analyze(paragraphs.joined())
        #expect(analysis.speakers.map(\.name) == ["Orla Finch", "Ben Ruiz"])
        #expect(analysis.speakers.map(\.id) == [0, 1])
        #expect(Set(analysis.quotes.compactMap(\.speakerID)) == [0, 1])
        #expect(analysis.speakers[1].titles.contains { $0.lowercased() == "councillor" })
    }

    @Test func aPartSizeBelowTheMinimumIsReadAsTheMinimum() {
        let text = String(repeating: "Officials met. \"We will act,\" Truss said.\n\n", count: 100)
        let minimum = QuoteAnalyzer(configuration: Configuration(maximumPartBytes: Configuration.minimumPartBytes))
        for size in [-5, 0, 1, 10] {
            let analysis = QuoteAnalyzer(configuration: Configuration(maximumPartBytes: size)).analyze(text)
            #expect(analysis == minimum.analyze(text))
            #expect(analysis.quotes.count == 100)
        }
    }

    @Test(arguments: ["\n", "\r", "\r\n"])
    func partsKeepLinesAndColumns(_ newline: String) {
        let line = "Officials met. \"We will act,\" Truss said, and then \"soon,\" she added."
        let text = (0..<300).map { _ in line }.joined(separator: newline)
        let whole = QuoteAnalyzer(configuration: Configuration(maximumPartBytes: 1 << 30)).analyze(text)
        let parts = QuoteAnalyzer(configuration: Configuration(maximumPartBytes: 2048)).analyze(text)
        #expect(parts.quotes.count == whole.quotes.count)
        #expect(zip(parts.quotes, whole.quotes).filter { $0.span != $1.span }.count == 0)
        let oneLine = String(repeating: line + " ", count: 200)
        let wholeLine = QuoteAnalyzer(configuration: Configuration(maximumPartBytes: 1 << 30)).analyze(oneLine)
        let partsLine = QuoteAnalyzer(configuration: Configuration(maximumPartBytes: 2048)).analyze(oneLine)
        // One line has no line break to cut at: a cut at a space may split the quote that spans it, and only that one.
        #expect(
            zip(partsLine.quotes, wholeLine.quotes).filter { $0.span != $1.span }.count <= oneLine.utf8.count / 2048)
    }

    @Test func oneHugeLineIsCutAndStillFound() {
        let sentence = #"He said "yes" and left. "#
        let text = String(repeating: sentence, count: 40_000)  // ~1 MB, no line break
        let analysis = QuoteAnalyzer(configuration: Configuration(maximumPartBytes: 64 << 10)).analyze(text)
        #expect(analysis.quotes.count >= 39_900)
        let scalars = Array(text.unicodeScalars)
        for quote in analysis.quotes.prefix(50) + analysis.quotes.suffix(50) {
            #expect(String(String.UnicodeScalarView(scalars[quote.span.start..<quote.span.end])) == quote.text)
        }
    }

    @Test func hostileMarksFinish() {
        let marks = String(repeating: "\"", count: 100_000)
        let nested = String(repeating: "“‘", count: 20_000) + "deep" + String(repeating: "’”", count: 20_000)
        let apostrophes = String(repeating: "'x ", count: 50_000)
        for text in [marks, nested, apostrophes, marks + "\n" + nested] {
            let analysis = QuoteAnalyzer().analyze(text)
            #expect(analysis.quotes.allSatisfy { $0.span.start <= $0.span.end })
        }
    }
}
