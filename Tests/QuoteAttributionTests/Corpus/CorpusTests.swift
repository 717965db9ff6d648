import Foundation
import QuoteAttribution
import TestSupport
import Testing

/// The bundled corpus: the seed exactly, and every hand-annotated article scored against its gold.
struct CorpusTests {
    /// Every gold document of `corpus/gold`, with its article's text checked against the gold text.
    static func goldDocuments() throws -> [GoldDocument] {
        let folder = TestSupport.repositoryRoot.appendingPathComponent("corpus/gold")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".gold.jsonl")
        }.sorted()
        return try files.map { file in
            let line = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            return try JSONDecoder().decode(GoldDocument.self, from: Data(line.utf8))
        }
    }

    static func predictions(for gold: [GoldDocument]) throws -> [PredictionDocument] {
        try gold.map { document in
            let url = TestSupport.repositoryRoot.appendingPathComponent("corpus/articles/\(document.document).txt")
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text == document.text, "\(document.document): article and gold text differ")
            let quotes = QuoteAnalyzer().analyze(text, id: document.document).quotations.map { quote in
                PredictedQuote(start: quote.span.start, end: quote.span.end, text: quote.text, speaker: quote.speaker)
            }
            return PredictionDocument(document: document.document, quotes: quotes)
        }
    }

    @Test func seedMatchesGoldExactly() throws {
        let gold = try Self.goldDocuments().filter { $0.document == "russia-belarus-drills" }
        let predicted = try Self.predictions(for: gold)
        #expect(gold.count == 1)
        #expect(predicted[0].quotes.map { [$0.start, $0.end] } == gold[0].quotes.map { [$0.start, $0.end] })
        #expect(predicted[0].quotes.map(\.speaker) == gold[0].quotes.map(\.speaker))
    }

    /// Floors that only go up, per group of articles (by the name's prefix):
    /// - the hand-made hard cases (measured 0.973 / 1.000 on seven articles when set; 1.000 / 1.000 on eight in
    ///   round 24, when `Café Núñez` stopped taking Núñez's quotes);
    /// - `style-`: house styles (AP, British, BBC, wire, live blog, press release, sport, courts, multi-paragraph
    ///   quotes, social media, pronouns), written and annotated by a round 25 review, whose misses that round's
    ///   rules mend: 0.809 / 1.000 with round 24's code, 0.905 (76 of 84) / 1.000 when added;
    /// - `blind-`: news written and annotated before any output was seen (round 25): 0.883 / 1.000 with round 24's
    ///   code, 0.942 / 1.000 with round 25's before it was read, 0.961 (99 of 103) after `Cllr` became a title;
    /// - `world-`: Australian, Indian, Irish, Canadian, South African, business, science, court, obituary, foreign
    ///   and sport news, written and annotated before any output was seen (round 26): 0.840 / 0.963 with round
    ///   25's code, 0.881 (107 of 117) / 0.963 with round 26's. Its gold leaves out quotes in headlines, which the
    ///   analyzer gives (as PolNeAR's gold has them): the nine extra quotes keep overlap below 1;
    /// - `heldout-`: US and UK news (local government, business, health, celebrity, crime, a council debate, an
    ///   election night, football, a family business, ministers by portfolio), written and annotated blind after
    ///   round 26's code was final: 0.882 / 0.980 with round 25's code and with round 26's (identical outputs);
    ///   0.886 / 0.984 once a multi-paragraph quotation in single marks kept its first paragraph; 0.919 (113 of
    ///   121) in round 27, when `she said` after `One resident, …` became the resident;
    /// - `intl-`: international names and house styles (Arabic, Chinese, Korean, Japanese, Spanish, Dutch,
    ///   German, Russian, Indian and Vietnamese names, rulers' and religious titles, guillemets, single marks, a
    ///   multi-paragraph obituary), written and annotated blind (round 27): 0.924 / 0.997 with round 26's code,
    ///   0.976 (161 of 165) / 0.997 with round 27's;
    /// - `everyday-`: a storm, a court report, a business deal, a match report, a protest, a science study, a
    ///   political story, an international one, a profile and a police chief, written and annotated blind after
    ///   round 27's rules were reviewed: 0.870 / 0.990 with round 26's code, 0.912 with round 27's before its misses
    ///   were read, 0.954 (136 of 141) / 0.990 after (unnamed speakers with a clause after them, names joined by
    ///   `and`);
    /// - `feature-`: features and softer news (a celebrity interview, a product launch, a strike, schools, a
    ///   patient's story, a festival review, a heatwave, a Q&A in prose, a burglary, a parliamentary sketch),
    ///   written and annotated blind against round 27's final code, and not read for its rules: 0.697 / 0.975 with
    ///   round 26's code, 0.731 (129 of 173) / 0.975 with round 27's. Read for round 28's rules (fragments,
    ///   things with names, appositions after phrases, false titles, trades as description heads, names given by a
    ///   clause): 0.901 (159 of 173) / 0.975;
    /// - `beats-`: news beats (a match report, a criminal trial, quarterly results, a science study, an obituary, a
    ///   Q&A, a live blog, a planning dispute, a wildfire, a profile named late), written and annotated blind
    ///   before round 28's rules were final: 0.801 / 0.978 with round 27's code, 0.840 with round 28's before its
    ///   misses were read, 0.873 (158 of 177) / 0.978 after (a possessive opening what an unnamed person said,
    ///   builders' names, a live blog's headings).
    @Test(arguments: [
        ("hard cases", "", 8, 1.0, 1.0), ("house styles", "style-", 11, 0.904, 1.0),
        ("blind news", "blind-", 10, 0.961, 1.0), ("world news", "world-", 12, 0.880, 0.962),
        ("held-out news", "heldout-", 10, 0.926, 0.983), ("international names", "intl-", 12, 0.975, 0.996),
        ("everyday news", "everyday-", 10, 0.953, 0.989), ("feature stories", "feature-", 10, 0.900, 0.974),
        ("news beats", "beats-", 10, 0.872, 0.977),
    ])
    func corpusScoresStayAboveTheirFloors(
        group: String, prefix: String, articles: Int, attribution: Double, overlap: Double
    ) throws {
        let gold = try Self.goldDocuments().filter { document in
            prefix.isEmpty
                ? !["style-", "blind-", "world-", "heldout-", "intl-", "everyday-", "feature-", "beats-"].contains {
                    document.document.hasPrefix($0)
                }
                : document.document.hasPrefix(prefix)
        }
        #expect(gold.count >= articles)
        let result = Scorer().score(gold: gold, predictions: try Self.predictions(for: gold))
        #expect(result.attribution.f1 >= attribution, "\(group): attribution F1 \(result.attribution.f1)")
        #expect(result.quoteOverlap.f1 >= overlap, "\(group): quote overlap F1 \(result.quoteOverlap.f1)")
    }

    @Test func seedArticleHasFourteenQuotesAndPronounsResolve() throws {
        let url = TestSupport.repositoryRoot.appendingPathComponent("corpus/articles/russia-belarus-drills.txt")
        let analysis = QuoteAnalyzer().analyze(try String(contentsOf: url, encoding: .utf8))
        #expect(analysis.quotations.count == 14)
        #expect(
            analysis.quotes.filter { $0.kind == .heading }.map(\.text) == [
                "Psychological pressure", "Warning time going down",
            ])
        let she = try #require(analysis.quotations.first { $0.mention?.text == "she" })
        #expect(she.speaker == "Liz Truss")
        let he = try #require(analysis.quotations.first { $0.cue?.text == "added" && $0.mention?.text == "he" })
        #expect(he.speaker == "Jens Stoltenberg")
        let truss = try #require(analysis.speakers.first { $0.name == "Liz Truss" })
        #expect(truss.aliases.contains("Truss"))
        #expect(truss.titles == ["British Foreign Secretary"])
    }
}
