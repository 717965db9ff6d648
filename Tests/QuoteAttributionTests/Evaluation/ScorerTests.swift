import Foundation
import Testing

@testable import QuoteAttribution

/// `score.py --self-test`, ported case for case, plus the Python semantics the port depends on.
@Suite struct ScorerTests {
    // MARK: speaker rules

    @Test(arguments: [
        ("Truss", "Liz Truss", [String]()),
        ("NATO Secretary General Jens Stoltenberg", "Jens Stoltenberg", []),
        ("  JENS  stoltenberg. ", "Jens Stoltenberg", []),
        ("Stoltenberg's", "Jens Stoltenberg", []),
        ("the Kremlin", "Kremlin", []),
        ("Biden", "Vice President Joseph R. Biden Jr.", []),
        ("Jose Lopez", "José López", []),
        ("Russian Defense Ministry", "Russia's Defense Ministry", ["Russian Defense Ministry"]),
    ])
    func speakerIsCorrect(predicted: String, gold: String, mentions: [String]) {
        #expect(SpeakerMatcher.isCorrect(predicted: predicted, gold: gold, mentions: mentions))
    }

    @Test(arguments: [
        ("Russian Defense Ministry", "Russia's Defense Ministry", [String]()),
        ("Liz", "Liz Truss", []),
        ("Boris Johnson", "Liz Truss", ["Truss"]),
        ("oltenberg", "Jens Stoltenberg", []),
        ("she", "Liz Truss", ["she", "Truss"]),
        ("", "Liz Truss", []),
    ])
    func speakerIsWrong(predicted: String, gold: String, mentions: [String]) {
        #expect(!SpeakerMatcher.isCorrect(predicted: predicted, gold: gold, mentions: mentions))
    }

    @Test func speakerNilIsNeverCorrect() {
        #expect(!SpeakerMatcher.isCorrect(predicted: nil, gold: "Liz Truss"))
        #expect(!SpeakerMatcher.isCorrect(predicted: "Truss", gold: nil))
    }

    /// Expected values printed by `score.py`'s `norm_speaker` (Python 3.11).
    @Test(arguments: [
        ("O’Neil’s", "o neil"), ("The the", "the"), ("Smith Jr. III", "smith"), ("jr", "jr"), ("the", ""),
        ("ΟΔΟΣ", "οδος"), ("ﬁnn", "finn"), ("İstanbul", "istanbul"), ("x_y", "x_y"), ("٣ Ⅻ ½", "٣ xii 1 2"),
        ("Kerr Putney, the Charlotte-Mecklenburg police chief,", "kerr putney the charlotte mecklenburg police chief"),
        ("Trump's's", "trump"), ("James's", "james"), ("it's a", "it a"),
    ])
    func normalization(name: String, expected: String) {
        #expect(SpeakerMatcher.normalize(name) == expected)
    }

    // MARK: scoring (the self-test cases)

    @Test func perfectPrediction() throws {
        let r = Scorer().score(gold: Fixture.gold, predictions: [Fixture.perfect])
        #expect(r.quoteExact.tp == 3 && r.quoteExact.gold == 4)
        #expect(r.quoteExact.precision == 1.0)
        #expect(r.quoteOverlap.recall == 0.75)
        #expect(r.attribution.gold == 3 && r.attribution.pred == 2 && r.attribution.tp == 2)
        #expect(r.speakerAccuracy == 1.0 && r.speakerN == 2)
    }

    @Test func edgeVariantsStillMatchExactly() throws {
        let (a, b) = (Fixture.a, Fixture.b)
        let r = try Fixture.score(
            """
            {"document": "t/1", "quotes": [{"start": \(a - 1), "end": \(a + 18), "speaker": "nato"}, \
            {"start": \(b), "end": \(b + 14), "speaker": "Truss"}]}
            """)
        #expect(r.quoteExact.tp == 2)
        #expect(r.quoteStrict.tp == 0)
    }

    @Test(arguments: [(0, 7, 1), (0, 6, 0), (-Fixture.b, 15, 0)])
    func overlapThreshold(startShift: Int, length: Int, matches: Int) throws {
        let start = Fixture.b + startShift
        let r = try Fixture.score(
            #"{"document": "t/1", "quotes": [{"start": \#(start), "end": \#(Fixture.b + length), "speaker": "Truss"}]}"#
        )
        #expect(r.quoteOverlap.tp == matches)
    }

    @Test func oneToOne() throws {
        let b = Fixture.b
        let r = try Fixture.score(
            """
            {"document": "t/1", "quotes": [{"start": \(b), "end": \(b + 15), "speaker": "Truss"}, \
            {"start": \(b), "end": \(b + 14), "speaker": "Truss"}]}
            """)
        #expect(r.quoteOverlap.tp == 1 && r.quoteOverlap.pred == 2)
        #expect(r.quoteExact.tp == 1)
    }

    @Test func wrongSpeaker() throws {
        let b = Fixture.b
        let r = try Fixture.score(
            #"{"document": "t/1", "quotes": [{"start": \#(b), "end": \#(b + 15), "speaker": "she"}]}"#)
        #expect(r.attribution.tp == 0 && r.quoteOverlap.tp == 1)
        #expect(r.speakerAccuracy == 0.0)
    }

    @Test func kindsFilter() throws {
        let r = Scorer().score(gold: Fixture.gold, predictions: [Fixture.perfect], kinds: ["direct"])
        #expect(r.quoteOverlap.gold == 3)
        #expect(r.kinds == ["direct"])
    }

    @Test func ignoreResolution() {
        var gold = Fixture.gold
        gold[0].quotes[1].speakerResolution = "auto"
        let r = Scorer().score(gold: gold, predictions: [Fixture.perfect], ignoreResolution: ["auto"])
        #expect(r.attribution.gold == 2 && r.attribution.tp == 1)
    }

    @Test func unknownDocumentsAndInvalidSpans() throws {
        let r = try Fixture.score(
            """
            {"document": "zz/9", "quotes": [{"start": 0, "end": 3}]}
            {"document": "t/2", "quotes": [{"start": 5, "end": 5}, {"text": "x"}]}
            """)
        #expect(r.unknownDocuments == 1 && r.quoteOverlap.pred == 0)
        #expect(r.invalidPredictions == 2)
    }

    @Test func tableRenders() {
        #expect(Scorer().score(gold: Fixture.gold, predictions: [Fixture.perfect]).table().contains("quote detection"))
    }

    // MARK: tolerant predictions

    @Test func spansFollowPythonInt() throws {
        let line = """
            {"document": "t/1", "quotes": [{"start": "12", "end": " 40 "}, {"start": 3.7, "end": 9.2}, \
            {"start": true, "end": 4}, {"start": "1_0", "end": "٢٠"}, {"start": null, "end": 3}, {"end": 5}, \
            {"start": "1__0", "end": 30}, {"start": "1.5", "end": 30}, {"start": [1], "end": 3}, [1, 2], "abc", 7, \
            {"start": 9, "end": 2}]}
            """
        let quotes = try JSONLines.decode(PredictionDocument.self, from: Data(line.utf8), path: "p")[0].quotes
        #expect(quotes.prefix(4).map { [$0.start, $0.end] } == [[12, 40], [3, 9], [1, 4], [10, 20]])
        #expect(quotes.filter(\.hasValidSpan).count == 4)
    }

    @Test func quotesThatAreNotAListBehaveLikeListExtend() throws {
        let lines = """
            {"document": "a", "quotes": {"x": 1, "y": 2}}
            {"document": "b", "quotes": "xyz"}
            {"document": "c", "quotes": null}
            {"document": 5}
            """
        let documents = try JSONLines.decode(PredictionDocument.self, from: Data(lines.utf8), path: "p")
        #expect(documents.map(\.quotes.count) == [2, 3, 0, 0])
        #expect(documents[3].document == nil)
    }

    // MARK: JSON Lines

    @Test func jsonLinesSkipsBlankLinesAndNamesBadOnes() throws {
        let text = "{\"document\": \"a\", \"quotes\": []}\r\n \u{00A0}\n\r{\"document\": \"b\"}\u{2003}\n{bad\n"
        #expect(throws: JSONLinesError.self) {
            try JSONLines.decode(PredictionDocument.self, from: Data(text.utf8), path: "x.jsonl")
        }
        do {
            _ = try JSONLines.decode(PredictionDocument.self, from: Data(text.utf8), path: "x.jsonl")
        } catch let error as JSONLinesError {
            #expect(error.line == 5)
            #expect(error.description.hasPrefix("x.jsonl:5: bad JSON"))
        }
        let good = try JSONLines.decode(PredictionDocument.self, from: Data(text.utf8.dropLast(5)), path: "x")
        #expect(good.map(\.document) == ["a", "b"])
    }

    // MARK: Python formatting

    /// Expected values from Python 3.11: `round(x, 4)` is half-even on the exact binary value.
    @Test(arguments: [
        (0.00005, 0.0001), (0.00015, 0.0001), (0.12345, 0.1235), (0.03125, 0.0312), (0.99995, 1.0),
        (0.00025, 0.0003), (0.00035, 0.0003), (2.0 / 3.0, 0.6667), (0.1 + 0.2, 0.3), (0.5, 0.5),
    ])
    func pythonRound(value: Double, expected: Double) {
        #expect(PythonFormat.round(value, 4) == expected)
    }

    @Test func pythonNumberFormatting() {
        #expect(
            [1.0, 0.5, 0.1234, 0.0, 0.0001, 1e-05, 1e16].map(PythonFormat.repr) == [
                "1.0", "0.5", "0.1234", "0.0", "0.0001", "1e-05", "1e+16",
            ])
        #expect(PythonFormat.fixed(0.0625, 3) == "0.062")
        #expect(PythonFormat.fixed(0.8125, 3) == "0.812")
        #expect(PythonFormat.fixed(0.1235, 3) == "0.123")
    }

    @Test func pythonStrings() {
        #expect(PythonFormat.json("a\"\\\n\u{7F}é😀") == #""a\"\\\n\u007f\u00e9\ud83d\ude00""#)
        #expect(PythonFormat.repr("direct") == "'direct'")
        #expect(PythonFormat.repr("it's") == #""it's""#)
        #expect(PythonFormat.repr("é\u{0}\u{2028}") == #"'é\x00\u2028'"#)
        #expect(PythonFormat.pad("é", 3) == "  é")
    }

    @Test func jsonHasScorePyKeysInOrder() {
        let json = Scorer().score(gold: Fixture.gold, predictions: [Fixture.perfect], kinds: ["partial", "direct"]).json
        #expect(
            json.hasPrefix(
                #"{"scorer": "eval/score.py", "documents": 2, "kinds": ["direct", "partial"], "quote_exact": {"precision": 1.0, "recall": 0.75, "f1": 0.8571, "tp": 3, "pred": 3, "gold": 4}"#
            ))
        #expect(json.hasSuffix(#""unknown_documents": 0, "invalid_predictions": 0}"#))
    }

    // MARK: listings

    @Test func errorListingAndRules() throws {
        let (a, b) = (Fixture.a, Fixture.b)
        let lines = """
            {"document": "t/1", "quotes": [{"start": \(a), "end": \(a + 17), "speaker": "NATO", "rule": "r1"}, \
            {"start": \(b), "end": \(b + 15), "speaker": "she", "rule": "r2"}, {"start": 0, "end": 4, "rule": "r1"}]}
            """
        let predictions = try JSONLines.decode(PredictionDocument.self, from: Data(lines.utf8), path: "p")
        let alignment = Scorer().align(gold: Fixture.gold, predictions: predictions)
        let rules = RuleStatistics(alignment: alignment).rows
        #expect(rules.map(\.rule) == ["r1", "r2"])
        #expect(rules.map { [$0.fired, $0.matched, $0.correct] } == [[2, 1, 1], [1, 1, 0]])
        let errors = ErrorListing(alignment: alignment, limit: 1, context: 5)
        #expect(errors.missCount == 3 && errors.falseAlarmCount == 1)
        #expect(errors.misses[0].quote == "We need to act," && errors.misses[0].predictedSpeaker == "she")
        #expect(errors.misses[0].before == "t.\" \"" && errors.misses[0].rule == "r2")
        #expect(errors.falseAlarms[0].quote == "NATO")
        #expect(errors.rendered().contains("misses: 3 (first 1)"))
    }
}

/// The self-test's two gold documents.
enum Fixture {
    static let text = #"NATO said it was a "dangerous moment." "We need to act," Truss said. "Go.""#
    static let a = offset(of: "dangerous")
    static let b = offset(of: "We need")
    static let c = offset(of: "Go.")

    static let gold = [
        GoldDocument(
            document: "t/1", text: text,
            quotes: [
                GoldQuote(start: a, end: a + 17, speaker: "NATO", speakerMentions: ["NATO"], kind: "partial"),
                GoldQuote(
                    start: b, end: b + 15, speaker: "Liz Truss", speakerMentions: ["Liz Truss", "Truss"], kind: "direct"
                ),
                GoldQuote(start: c, end: c + 3, speaker: nil, kind: "direct"),
            ]),
        GoldDocument(
            document: "t/2", text: #"He said "no"."#,
            quotes: [
                GoldQuote(start: 9, end: 11, speaker: "Smith", kind: "direct")
            ]),
    ]

    /// The gold quotes of t/1 as predictions (t/2 is not predicted).
    static let perfect = PredictionDocument(
        document: "t/1",
        quotes: gold[0].quotes.map { PredictedQuote(start: $0.start, end: $0.end, speaker: $0.speaker) })

    static func offset(of needle: String) -> Int {
        text.unicodeScalars.distance(from: text.startIndex, to: text.range(of: needle)!.lowerBound)
    }

    static func score(_ lines: String) throws -> EvaluationResult {
        Scorer().score(
            gold: gold, predictions: try JSONLines.decode(PredictionDocument.self, from: Data(lines.utf8), path: "p"))
    }
}
