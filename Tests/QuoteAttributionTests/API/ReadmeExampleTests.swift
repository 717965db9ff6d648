import Foundation
import QuoteAttribution
import TestSupport
import Testing

/// The README's library example, run as written, with the output its comment promises.
struct ReadmeExampleTests {
    static let text = """
        British Foreign Secretary Liz Truss met Lavrov. "We need to see action," she told reporters.
        """

    @Test func exampleRunsAsDocumented() throws {
        let analysis = QuoteAnalyzer().analyze(Self.text)
        var lines: [String] = []
        for quote in analysis.quotations {
            lines.append(
                [
                    quote.text, quote.speaker ?? "?", quote.cue?.text ?? "", quote.addressee?.text ?? "",
                    quote.rule ?? "",
                ].joined(separator: " "))
        }
        #expect(lines == ["We need to see action, Liz Truss told reporters name_cue_after_quote"])
        let report = Aggregator().report(for: [analysis])
        #expect(report.speakers.first?.name == "Liz Truss")
    }

    @Test func readmeShowsThisExample() throws {
        let readme = try String(
            contentsOf: TestSupport.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(Self.text.trimmingCharacters(in: .whitespaces)))
        #expect(readme.contains("// We need to see action, Liz Truss told reporters name_cue_after_quote"))
    }
}
