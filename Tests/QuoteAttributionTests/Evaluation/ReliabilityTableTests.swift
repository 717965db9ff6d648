import Foundation
import Testing

@testable import QuoteAttribution

/// Confidence bins, observed precision and the expected calibration error, on hand-made inputs.
@Suite struct ReliabilityTableTests {
    // MARK: binning

    @Test(arguments: [
        (0.0, 0), (0.1999, 0), (0.2, 1), (0.35, 1), (0.4, 2), (0.55, 2), (0.6, 3), (0.7999, 3), (0.8, 4),
        (0.85, 4), (1.0, 4),
    ])
    func binOfConfidence(confidence: Double, bin: Int) {
        #expect(ReliabilityTable.bin(of: confidence, edges: ReliabilityTable.defaultEdges) == bin)
    }

    @Test(arguments: [-0.01, 1.0001, Double.nan, Double.infinity])
    func confidenceOutOfRangeHasNoBin(confidence: Double) {
        #expect(ReliabilityTable.bin(of: confidence, edges: ReliabilityTable.defaultEdges) == nil)
    }

    /// Values that are not exact binary fractions land by comparison with the edges, not by division
    /// (`0.6 / 0.2` is 2.9999999999999996).
    @Test func edgeValuesAreNotFloored() {
        let table = ReliabilityTable(samples: [(0.6, true), (0.4, true), (1.0, false)])
        #expect(table.bins.map(\.matched) == [0, 0, 1, 1, 1])
    }

    @Test func binsCountMatchedCorrectAndMeanConfidence() {
        let table = ReliabilityTable(samples: [
            (0.9, true), (0.9, true), (0.9, true), (0.9, false), (0.2, true), (0.75, false), (0.65, true),
        ])
        #expect(table.bins.map(\.lower) == [0, 0.2, 0.4, 0.6, 0.8])
        #expect(table.bins.map(\.upper) == [0.2, 0.4, 0.6, 0.8, 1])
        #expect(table.bins.map(\.matched) == [0, 1, 0, 2, 4])
        #expect(table.bins.map(\.correct) == [0, 1, 0, 1, 3])
        #expect(table.bins.map(\.precision) == [nil, 1, nil, 0.5, 0.75])
        #expect(table.bins[0].meanConfidence == nil && table.bins[2].meanConfidence == nil)
        #expect(abs(table.bins[3].meanConfidence! - 0.7) < 1e-12)
        #expect(abs(table.bins[4].meanConfidence! - 0.9) < 1e-12)
        #expect(table.binned == 7 && table.missingConfidence == 0 && table.outOfRange == 0)
    }

    // MARK: calibration error

    @Test func expectedCalibrationErrorWeighsBinsBySize() throws {
        // [0.2,0.4): 1 at 0.2, right: gap 0.8. [0.8,1]: 4 at 0.9, 3 right: gap 0.15. (1*0.8 + 4*0.15) / 5 = 0.28
        let table = ReliabilityTable(samples: [(0.9, true), (0.9, true), (0.9, true), (0.9, false), (0.2, true)])
        #expect(abs(try #require(table.expectedCalibrationError) - 0.28) < 1e-12)
    }

    @Test func perfectCalibrationHasNoError() throws {
        let table = ReliabilityTable(samples: [(0.5, true), (0.5, false), (1.0, true), (0.0, false)])
        #expect(try #require(table.expectedCalibrationError) == 0)
    }

    @Test func noBinnedPredictionHasNoError() {
        let empty = ReliabilityTable(samples: [])
        #expect(empty.expectedCalibrationError == nil && empty.binned == 0)
        #expect(empty.rendered().contains("expected calibration error: n/a (over 0 matched predictions)"))
        let unbinned = ReliabilityTable(samples: [(nil, true), (2, true)])
        #expect(unbinned.expectedCalibrationError == nil)
        #expect(unbinned.missingConfidence == 1 && unbinned.outOfRange == 1)
    }

    @Test func missingAndOutOfRangeConfidencesAreLeftOutOfTheError() throws {
        // Without the exclusions the error would move: the two left-out predictions are wrong.
        let table = ReliabilityTable(samples: [(0.9, true), (nil, false), (1.5, false)])
        #expect(table.binned == 1 && table.missingConfidence == 1 && table.outOfRange == 1)
        #expect(abs(try #require(table.expectedCalibrationError) - 0.1) < 1e-12)
    }

    @Test func customEdges() {
        let table = ReliabilityTable(samples: [(0.25, true), (0.5, false), (0.75, true)], edges: [0, 0.5, 1])
        #expect(table.bins.map(\.matched) == [1, 2])
        #expect(table.rendered().contains("[0.5,1.0]"))
    }

    // MARK: from an alignment

    /// t/1: NATO right at 0.9, `she` wrong at 0.9, a prediction on the gold quote without a speaker and one
    /// matching nothing (both ignored); t/2: the Smith quote with the confidence under test.
    static func alignment(smithConfidence: String?) throws -> EvaluationAlignment {
        let (a, b, c) = (Fixture.a, Fixture.b, Fixture.c)
        let smith = smithConfidence.map { #", "confidence": \#($0)"# } ?? ""
        let lines = """
            {"document": "t/1", "quotes": [{"start": \(a), "end": \(a + 17), "speaker": "NATO", "confidence": 0.9}, \
            {"start": \(b), "end": \(b + 15), "speaker": "she", "confidence": 0.9}, \
            {"start": \(c), "end": \(c + 3), "speaker": "Truss", "confidence": 0.1}, \
            {"start": 0, "end": 4, "speaker": "NATO", "confidence": 0.5}]}
            {"document": "t/2", "quotes": [{"start": 9, "end": 11, "speaker": "Smith"\(smith)}]}
            """
        let predictions = try JSONLines.decode(PredictionDocument.self, from: Data(lines.utf8), path: "p")
        return Scorer().align(gold: Fixture.gold, predictions: predictions)
    }

    @Test(arguments: [nil, "null", #""high""#, "true", "[0.5]"])
    func missingConfidenceIsCountedAndLeftOut(confidence: String?) throws {
        let table = ReliabilityTable(alignment: try Self.alignment(smithConfidence: confidence))
        #expect(table.missingConfidence == 1 && table.outOfRange == 0)
        #expect(table.bins.map(\.matched) == [0, 0, 0, 0, 2])
        #expect(table.bins[4].correct == 1)
        #expect(abs(try #require(table.expectedCalibrationError) - 0.4) < 1e-12)
        #expect(table.rendered().contains("left out: 1 without a confidence, 0 out of range"))
    }

    @Test func confidenceOfOneIsInTheLastBin() throws {
        let table = ReliabilityTable(alignment: try Self.alignment(smithConfidence: "1"))
        #expect(table.missingConfidence == 0 && table.bins.map(\.matched) == [0, 0, 0, 0, 3])
        #expect(table.bins[4].correct == 2)
        // precision 2/3, mean (0.9 + 0.9 + 1) / 3: a gap of 0.8 / 3
        let error = try #require(table.expectedCalibrationError)
        let expected: Double = 0.8 / 3
        #expect(abs(error - expected) < 1e-12)
    }

    @Test func confidenceAboveOneIsOutOfRange() throws {
        let table = ReliabilityTable(alignment: try Self.alignment(smithConfidence: "1.5"))
        #expect(table.missingConfidence == 0 && table.outOfRange == 1 && table.binned == 2)
    }

    @Test func renderedTable() throws {
        let table = ReliabilityTable(alignment: try Self.alignment(smithConfidence: "0.3"))
        let expected = """
            confidence       matched   correct  precision  mean conf
            [0.0,0.2)              0         0        n/a        n/a
            [0.2,0.4)              1         1      1.000      0.300
            [0.4,0.6)              0         0        n/a        n/a
            [0.6,0.8)              0         0        n/a        n/a
            [0.8,1.0]              2         1      0.500      0.900

            expected calibration error: 0.500 (over 3 matched predictions)
            left out: 0 without a confidence, 0 out of range
            """
        #expect(table.rendered() == expected)
    }
}
