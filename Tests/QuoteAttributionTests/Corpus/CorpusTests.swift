import Foundation
import Testing
import QuoteAttribution
import TestSupport

/// The bundled corpus: every article's quotes, spans and speakers against its hand-made gold.
struct CorpusTests {
    struct GoldQuote: Decodable {
        var start: Int
        var end: Int
        var speaker: String?
    }
    struct GoldDocument: Decodable {
        var document: String
        var text: String
        var quotes: [GoldQuote]
    }

    static let goldFiles: [String] = {
        let folder = TestSupport.repositoryRoot.appendingPathComponent("corpus/gold")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".gold.jsonl") }.sorted()
    }()

    @Test(arguments: goldFiles)
    func matchesGold(_ file: String) throws {
        let url = TestSupport.repositoryRoot.appendingPathComponent("corpus/gold/\(file)")
        let line = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").first.map(String.init) ?? ""
        let gold = try JSONDecoder().decode(GoldDocument.self, from: Data(line.utf8))
        let article = TestSupport.repositoryRoot.appendingPathComponent("corpus/articles/\(gold.document).txt")
        let text = try String(contentsOf: article, encoding: .utf8)
        #expect(text == gold.text, "article and gold text differ")
        let found = QuoteAnalyzer().analyze(text, id: gold.document).quotations
        #expect(found.map { [$0.span.start, $0.span.end] } == gold.quotes.map { [$0.start, $0.end] })
        #expect(found.map(\.speaker) == gold.quotes.map(\.speaker))
    }

    @Test func seedArticleHasFourteenQuotesAndPronounsResolve() throws {
        let url = TestSupport.repositoryRoot.appendingPathComponent("corpus/articles/russia-belarus-drills.txt")
        let analysis = QuoteAnalyzer().analyze(try String(contentsOf: url, encoding: .utf8))
        #expect(analysis.quotations.count == 14)
        #expect(analysis.quotes.filter { $0.kind == .heading }.map(\.text) == ["Psychological pressure", "Warning time going down"])
        let she = try #require(analysis.quotations.first { $0.mention?.text == "she" })
        #expect(she.speaker == "Liz Truss")
        let he = try #require(analysis.quotations.first { $0.cue?.text == "added" && $0.mention?.text == "he" })
        #expect(he.speaker == "Jens Stoltenberg")
        let truss = try #require(analysis.speakers.first { $0.name == "Liz Truss" })
        #expect(truss.aliases.contains("Truss"))
        #expect(truss.titles == ["British Foreign Secretary"])
    }
}
