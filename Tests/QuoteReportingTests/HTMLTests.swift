import Foundation
import QuoteAttribution
import Testing

@testable import QuoteReporting

@Suite struct HTMLTests {
    let html = HTMLRenderer().render(fixtureReport)

    /// Every tag in the page: since text `<` is always escaped, each literal `<` starts a real tag.
    var tags: [Substring] { html.matches(of: /<[^>]*>/).map { html[$0.range] } }

    @Test func payloadsAreInertText() {
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<svg onload"))
        #expect(!html.contains("</textarea"))
        // `</style>` occurs once: closing the page's own style sheet.
        #expect(html.components(separatedBy: "</style>").count == 2)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        for tag in tags {
            let lower = tag.lowercased()
            #expect(!lower.contains("onerror"), "\(tag)")
            #expect(!lower.contains("onload"), "\(tag)")
            #expect(!lower.contains("javascript:"), "\(tag)")
            #expect(!lower.contains("alert"), "\(tag)")
        }
    }

    @Test func attributesComeFromIntegersAndFixedNames() {
        for tag in tags {
            for match in tag.matches(of: /\s(id|href)="([^"]*)"/) {
                let value = String(match.output.2)
                let allowed =
                    value.wholeMatch(of: /#?[sqd]\d+(-\d+)?/) != nil
                    || ["#summary", "#speakers", "#articles", "summary", "speakers", "articles", "chart-title"]
                        .contains(value)
                #expect(allowed, "\(tag)")
            }
        }
    }

    @Test func selfContainedWithContentSecurityPolicy() {
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(
            html.contains(
                #"<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:">"#
            ))
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").count == 2)  // only the SVG namespace
        #expect(!html.contains("https://"))
        #expect(!tags.contains { $0.contains("src=") || $0.contains("url(") })
        #expect(!html.contains("<link"))
        #expect(!html.contains("@import"))
    }

    @Test func quotesLinkBothWays() {
        for (rank, speaker) in fixtureReport.speakers.enumerated() {
            for index in speaker.quotes.indices {
                #expect(html.contains(##"<li id="s\##(rank)-\##(index)">"##))
                #expect(html.contains(##"href="#q\##(rank)-\##(index)""##))
                #expect(html.contains(##"id="q\##(rank)-\##(index)""##))
                #expect(html.contains(##"href="#s\##(rank)-\##(index)""##))
            }
        }
    }

    @Test func articleMarksQuoteMentionAndCue() {
        #expect(
            html.contains(
                #"<span class="m c0">British Foreign Secretary Liz Truss</span> <span class="cue c0">told</span>"#))
        #expect(html.contains(#"<mark class="q c1" id="q1-0">“a conversation between the dumb and the deaf”</mark>"#))
        #expect(html.contains(#"<mark class="q cu" id="q3-0">“Nobody believes a word of it,”</mark>"#))
    }

    @Test func overlappingAndOutOfRangeSpansStayWellFormed() {
        var report = fixtureReport
        // A mention inside the quote, a cue running into it, and a quote past the end of the text.
        report.speakers[0].quotes[0].quote.mention = QuoteSpanText(text: "x", start: 50, end: 60)
        report.speakers[0].quotes[0].quote.cue = QuoteSpanText(text: "x", start: 40, end: 100)
        report.speakers[0].quotes[1].quote.span.start = 10_000
        report.speakers[0].quotes[1].quote.span.end = 10_010
        let html = HTMLRenderer().render(report)
        var depth = 0
        for match in html.matches(of: /<(\/?)(mark|span)\b[^>]*>/) {
            depth += match.output.1.isEmpty ? 1 : -1
            #expect(depth >= 0)
        }
        #expect(depth == 0)
        #expect(html.contains(#"<span id="q0-1"></span>"#))
    }

    @Test func speakersOfOneArticleNeverShareAColour() throws {
        // `Ann` is quoted twice, so she ranks first; `S1` … `S10` rank 2nd to 11th, and `S10` (rank 10) has her
        // colour, `c0`. The first article has ten speakers, the second Ann and S10 alone.
        let names = (1...10).map { "S\($0 < 10 ? "0" : "")\($0)" }
        var first = AnalysisBuilder(
            id: "a", text: (["Ann"] + names.dropLast()).map { "“Yes,” \($0) said." }.joined(separator: "\n"))
        for name in ["Ann"] + names.dropLast() {
            first.quote("Yes,", speaker: first.speaker(name), mention: name, cue: "said")
        }
        var second = AnalysisBuilder(id: "b", text: "“No,” Ann said.\n“No,” S10 said.")
        second.quote("No,", speaker: second.speaker("Ann"), mention: "Ann", cue: "said")
        second.quote("No,", speaker: second.speaker("S10"), mention: "S10", cue: "said")
        let report = Aggregator().report(for: [first.analysis(), second.analysis()])
        #expect(report.speakers.map(\.name) == ["Ann"] + names)
        let html = HTMLRenderer().render(report)
        for document in 0..<2 {
            let start = try #require(html.range(of: #"<section class="article" id="d\#(document)">"#))
            let section = html[start.upperBound...].prefix { $0 != "§" }.split(separator: "</section>")[0]
            let colours = section.matches(of: /<mark class="q (c\d+)"/).map { String($0.output.1) }
            #expect(colours.count == (document == 0 ? 10 : 2))
            #expect(Set(colours).count == colours.count, "article \(document): \(colours)")
        }
        // S10 keeps c0 in its own section and the table, and takes the free c1 in the article with Ann.
        #expect(html.contains(#"<section class="speaker c0" id="s10">"#))
        #expect(html.contains(#"<mark class="q c1" id="q10-0">"#))
        #expect(HTMLStyle.articleColourClasses(ranks: [0, 1, 10, 11, 20]) == ["c0", "c1", "c2", "c3", "c4"])
        #expect(HTMLStyle.articleColourClasses(ranks: [3, 10, 13]) == ["c3", "c0", "c1"])
        #expect(HTMLStyle.articleColourClasses(ranks: Array(0..<12)).suffix(2) == ["c0", "c1"])
    }

    @Test func showsOnlyArticlesWithReportedQuotes() {
        let report = Aggregator(filter: ReportFilter(speaker: "Lavrov")).report(for: Fixtures.all)
        let html = HTMLRenderer().render(report)
        #expect(html.contains(#"<section class="article" id="d0">"#))
        #expect(html.contains(#"<section class="article" id="d1">"#))
        #expect(!html.contains(#"id="d2""#))
        #expect(html.contains("1 other article without reported quotes is not shown."))
        // Quotes of other speakers are not highlighted: two quotes, plus the legend sample.
        #expect(html.components(separatedBy: "<mark class=\"q").count == 4)
    }
}
