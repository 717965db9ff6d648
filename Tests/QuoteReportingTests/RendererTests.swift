import Foundation
import QuoteAttribution
import Testing

@testable import QuoteReporting

/// The report every renderer test prints.
let fixtureReport = Aggregator().report(for: Fixtures.all)

@Suite struct SnapshotTests {
    @Test(arguments: ReportFormat.allCases)
    func matchesGoldenFile(_ format: ReportFormat) {
        assertSnapshot(format.renderer.render(fixtureReport), named: "report.\(format.rawValue)")
    }

    @Test(arguments: [ReportFormat.markdown, .json, .csv])
    func renderWithoutTheArticlesKept(_ format: ReportFormat) {
        // Only the HTML page shows the articles: the other formats print the same bytes without them.
        let light = Aggregator(keepsAnalyses: false).report(for: Fixtures.all)
        #expect(light.analyses.isEmpty)
        #expect(format.renderer.render(light) == format.renderer.render(fixtureReport))
    }

    @Test func htmlWithoutTheArticlesSaysSoAndLinksNowhereMissing() {
        let html = HTMLRenderer().render(Aggregator(keepsAnalyses: false).report(for: Fixtures.all))
        #expect(html.contains("This report does not keep the articles' text."))
        #expect(html.contains("3 articles"))
        // Every in-page link has its target: no quote links to an article that is not on the page.
        let targets = Set(html.matches(of: /id="([^"]+)"/).map { String($0.1) })
        let links = html.matches(of: /href="#([^"]+)"/).map { String($0.1) }
        #expect(!links.isEmpty)
        for link in links { #expect(targets.contains(link), "\(link)") }
        #expect(!html.contains("class=\"article\""))
    }

    @Test func emptyReportSnapshots() {
        let empty = Aggregator().report(for: [])
        let rendered = ReportFormat.allCases.map { "== \($0.rawValue)\n" + $0.renderer.render(empty) }
        assertSnapshot(rendered.joined(separator: "\n"), named: "empty-report.txt")
    }
}

@Suite struct RendererTests {
    @Test func identifiersMatchFormats() {
        #expect(ReportFormat.allCases.map(\.rawValue) == ["md", "json", "csv", "html"])
        for format in ReportFormat.allCases {
            #expect(type(of: format.renderer).identifier == format.rawValue)
        }
        #expect(ReportFormat(rawValue: "md") == .markdown)
    }

    @Test func csvParsesBackPerRFC4180() throws {
        let csv = CSVRenderer().render(fixtureReport)
        #expect(csv.utf8.count > 0 && csv.hasSuffix("\r\n"))
        // Every line break outside quoted fields is CRLF.
        let rows = try parseCSV(csv)
        #expect(rows[0] == CSVRenderer.columns)
        #expect(rows.count == fixtureReport.quoteCount + 1)
        #expect(rows.dropFirst().allSatisfy { $0.count == CSVRenderer.columns.count })
        let quotes = fixtureReport.speakers.flatMap { speaker in speaker.quotes.map { (speaker, $0) } }
        for (row, (speaker, entry)) in zip(rows.dropFirst(), quotes) {
            #expect(row[0] == (speaker.name ?? ""))
            #expect(row[1] == speaker.type.rawValue)
            #expect(row[2] == entry.documentID)
            #expect(row[3] == "\(entry.quote.span.line)")
            #expect(row[5] == "\(entry.quote.span.start)")
            #expect(row[6] == "\(entry.quote.span.end)")
            #expect(row[7] == entry.quote.kind.rawValue)
            #expect(row[8] == entry.quote.text)
            #expect(row[9] == (entry.quote.cue?.text ?? ""))
            #expect(row[10] == (entry.quote.addressee?.text ?? ""))
            #expect(Double(row[12]) == entry.quote.confidence)
        }
        #expect(rows.contains { $0[8] == #"Our answer: "no" | <script>alert(1)</script>, whatever the cost,"# })
        #expect(CSVRenderer.columns.count == 13)
    }

    @Test func csvQuotesOnlyWhenNeeded() {
        let fields = ["plain", "a,b", #"say "hi""#, "line\nbreak", "cr\rhere", ""]
        let line = fields.map { CSVRenderer.field($0) }
        #expect(line == ["plain", #""a,b""#, #""say ""hi""""#, "\"line\nbreak\"", "\"cr\rhere\"", ""])
    }

    @Test func csvFieldsKeepEveryByteOfNonASCIIText() {
        // A double quote that begins a Character with a combining mark, CRLF, non-ASCII text: quoting works on
        // bytes, and writes what doubling the quote scalars would.
        let texts = ["\"\u{301}é\", dit-il", "«\u{00A0}Non\u{00A0}»\r\n\"", "日本,語", "\"\"", "e\u{301}\"", "=\"\u{301}"]
        for text in texts {
            var expected = CSVRenderer.isFormulaLike(text) ? "'" : ""
            for scalar in text.unicodeScalars {
                expected.unicodeScalars.append(scalar)
                if scalar == "\"" { expected += "\"" }
            }
            #expect(
                Array(CSVRenderer.field(text).utf8) == Array(("\"" + expected + "\"").utf8), "\(text.debugDescription)")
        }
    }

    @Test func escapingCopiesNonASCIITextByteForByte() {
        // Markup bytes that begin a Character with a combining mark, line breaks of every kind, non-ASCII text:
        // both escapers write what replacing scalar by scalar writes.
        let texts = [
            "<\u{301}b>&\"'", "«\u{00A0}[x](y)\u{00A0}»", "a\u{85}b\u{2028}c\u{2029}d\r\ne\u{0B}f\u{0C}g",
            "日本 *語* `x` | ~y~ #1 !$^{}\\_", "e\u{301}<", "",
        ]
        func reference(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
            var output = ""
            for scalar in text.unicodeScalars {
                if let substitute = replacement(scalar) {
                    output += substitute
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
            return output
        }
        let html: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]
        let breaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
        let markup = Set("\\`*_{}[]()#|~!$^".unicodeScalars)
        for text in texts {
            #expect(Array(HTMLRenderer.escape(text).utf8) == Array(reference(text) { html[$0] }.utf8))
            let markdown = reference(text) { scalar in
                if breaks.contains(scalar) { return " " }
                if let entity = html[scalar], scalar != "\"", scalar != "'" { return entity }
                return markup.contains(scalar) ? "\\" + String(scalar) : nil
            }
            #expect(Array(MarkdownRenderer.escape(text).utf8) == Array(markdown.utf8), "\(text.debugDescription)")
        }
    }

    @Test func csvNeutralisesFormulaCells() {
        // OWASP: a cell starting with =, +, -, @, tab or CR gets a leading ' before the RFC 4180 quoting.
        #expect(CSVRenderer.field("=HYPERLINK(\"http://x\")") == #""'=HYPERLINK(""http://x"")""#)
        #expect(CSVRenderer.field("=1+2") == "'=1+2")
        #expect(CSVRenderer.field("+44 20 7946 0000") == "'+44 20 7946 0000")
        #expect(CSVRenderer.field("-2+3") == "'-2+3")
        #expect(CSVRenderer.field("@SUM(A1:A9)") == "'@SUM(A1:A9)")
        #expect(CSVRenderer.field("\tindented") == "'\tindented")
        #expect(CSVRenderer.field("\rcarriage") == "\"'\rcarriage\"")
        #expect(CSVRenderer.field("-1,2") == #""'-1,2""#)
        #expect(CSVRenderer.field("-") == "'-")
        // Only the first character counts; plain numbers, signed or not, are left alone.
        #expect(CSVRenderer.field("a=b") == "a=b")
        #expect(CSVRenderer.field(" =1") == " =1")
        for number in ["0", "42", "0.95", "1", "-12", "+0.5", "-3.25"] {
            #expect(CSVRenderer.field(number) == number)
        }
        #expect(CSVRenderer.field("-1.") == "'-1.")
        #expect(CSVRenderer.field("-.5") == "'-.5")
        #expect(CSVRenderer.field("--1") == "'--1")
    }

    @Test func csvReportNeutralisesFormulasInTextButNotNumbers() throws {
        var report = fixtureReport
        report.speakers[0].name = "=cmd|' /C calc'!A0"
        report.speakers[0].quotes[0].quote.text = "@SUM(1+1)*cmd"
        report.speakers[0].quotes[0].quote.rule = "-rule"
        let rows = try parseCSV(CSVRenderer().render(report))
        let first = rows[1]
        #expect(first[0] == "'=cmd|' /C calc'!A0")
        #expect(first[8] == "'@SUM(1+1)*cmd")
        #expect(first[11] == "'-rule")
        #expect(rows.dropFirst().allSatisfy { row in row[12].isEmpty || Double(row[12]) != nil })
        #expect(rows.dropFirst().allSatisfy { row in [3, 4, 5, 6].allSatisfy { Int(row[$0]) != nil } })
        // No cell of the rendered report can start a formula.
        #expect(rows.joined().allSatisfy { cell in !"=+-@\t\r".contains(cell.first ?? " ") })
    }

    /// Writing in chunks (what `quotes extract` does, so a huge document's output is never held whole) gives the
    /// same bytes as writing a document at once, in every format.
    @Test func quoteListChunksAddUpToTheWholeOutput() {
        let text = (1...40).map { "“Point \($0) stands,” Smith said. Jones called it “a stunt.”" }
            .joined(separator: "\n\n")
        let analysis = QuoteAnalyzer().analyze(text)
        for format in QuoteListFormat.allCases {
            for includeAll in [false, true] {
                let writer = QuoteListWriter(format: format, includeAll: includeAll)
                var whole: [UInt8] = []
                writer.append(analysis, to: &whole)
                var chunks: [[UInt8]] = []
                var rest: [UInt8] = []
                writer.appendStart(of: analysis.documentID, to: &rest)
                var isFirst = true
                writer.appendQuotes(of: analysis, isFirst: &isFirst, to: &rest, flushingEvery: 256) {
                    chunks.append($0)
                }
                writer.appendEnd(diagnostics: analysis.diagnostics, to: &rest)
                #expect(chunks.count > 4, "\(format)")
                #expect(chunks.allSatisfy { $0.count >= 256 })
                #expect(Array(chunks.joined()) + rest == whole, "\(format), includeAll \(includeAll)")
            }
        }
    }

    @Test func quoteListCSVNeutralisesFormulas() throws {
        var builder = AnalysisBuilder(id: "=doc", text: "“=1+2,” -Smith said.")
        let speaker = builder.speaker("-Smith")
        builder.quote("=1+2,", speaker: speaker, mention: "-Smith", cue: "said")
        let writer = QuoteListWriter(format: .csv)
        let rows = try parseCSV(writer.header + writer.text(for: builder.analysis()))
        #expect(rows[0] == QuoteListWriter.columns)
        #expect(rows[1] == ["'=doc", "1", "2", "1", "6", "direct", "'-Smith", "said", "", "name_cue", "0.9", "'=1+2,"])
    }

    @Test func jsonIsValidAndOrdered() throws {
        let json = JSONRenderer().render(fixtureReport)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["quoteCount"] as? Int == fixtureReport.quoteCount)
        let speakers = try #require(object["speakers"] as? [[String: Any]])
        #expect(speakers.count == fixtureReport.speakers.count)
        #expect(speakers[0]["name"] as? String == "Liz Truss")
        #expect(speakers.last?["name"] is NSNull)
        let quotes = try #require(speakers[0]["quotes"] as? [[String: Any]])
        #expect(quotes[3]["text"] as? String == #"Our answer: "no" | <script>alert(1)</script>, whatever the cost,"#)
        #expect(quotes[0]["sourceSpan"] is NSNull)
        let byKind = try #require(speakers[0]["quotesByKind"] as? [String: Int])
        #expect(byKind == ["direct": 3, "partial": 1])
        // Keys come in a fixed, meaningful order.
        let keys = ["\"quoteCount\"", "\"speakerCount\"", "\"unattributedCount\"", "\"documents\"", "\"speakers\""]
            .map { json.range(of: $0)!.lowerBound }
        #expect(keys == keys.sorted())
        #expect(json.contains("\"name\": \"Liz Truss\",\n      \"type\": \"person\""))
    }

    @Test func theHeaderSaysWhatTheFiltersLeftOut() throws {
        // `--top` and `--speaker` leave speakers and articles out: the header counts what is shown, against all.
        let top = Aggregator(filter: ReportFilter(top: 1)).report(for: Fixtures.all)
        #expect(top.speakerCount == 1 && top.rankedSpeakerCount == 3)
        let markdown = MarkdownRenderer().render(top)
        #expect(markdown.contains("\n\(top.quoteCount) quotes by the top 1 of 3 speakers in "))
        let one = Aggregator(filter: ReportFilter(speaker: "the kremlin")).report(for: Fixtures.all)
        #expect(one.quotedArticleCount == 1)
        #expect(HTMLRenderer().render(one).contains("by 1 speaker in 1 of 3 articles</p>"))
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(JSONRenderer().render(one).utf8)) as? [String: Any])
        #expect(object["quotedArticleCount"] as? Int == 1 && object["rankedSpeakerCount"] as? Int == 1)
        // A report decoded from JSON written before the count existed counts its named speakers.
        var encoded = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(top)) as? [String: Any])
        encoded["rankedSpeakerCount"] = nil
        let old = try JSONDecoder().decode(Report.self, from: JSONSerialization.data(withJSONObject: encoded))
        #expect(old.rankedSpeakerCount == 1)
    }

    @Test func unattributedQuotesAreListedButNeitherCountedNorRankedAsASpeaker() throws {
        #expect(fixtureReport.speakerCount == 3)
        #expect(fixtureReport.unattributedCount == 2)
        let markdown = MarkdownRenderer().render(fixtureReport)
        #expect(markdown.contains("\n9 quotes by 3 speakers in 3 articles (2 unattributed).\n"))
        #expect(markdown.contains("\n|  | Unattributed | unknown | 2 |"))
        #expect(markdown.contains("\n## 3. the Kremlin\n"))
        #expect(markdown.contains("\n## Unattributed\n"))
        #expect(!markdown.contains("## 4."))
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(JSONRenderer().render(fixtureReport).utf8)) as? [String: Any])
        #expect(object["speakerCount"] as? Int == 3)
        #expect(object["unattributedCount"] as? Int == 2)
        let html = HTMLRenderer().render(fixtureReport)
        #expect(html.contains("9 quotes by 3 speakers in 3 articles (2 unattributed)</p>"))
        #expect(html.contains(#"<tr class="cu"><td class="num"></td>"#))
        #expect(html.contains(#"<h3><span class="swatch"></span><span class="name">Unattributed</span>"#))
        #expect(!html.contains(#"<span class="rank">4.</span>"#))
        // Only unattributed quotes: no speaker at all.
        let none = Aggregator().report(for: [QuoteAnalyzer().analyze("The weather was bad.\n\n\"It will rain.\"\n")])
        #expect(none.speakerCount == 0)
        #expect(MarkdownRenderer().render(none).contains("\n1 quote by 0 speakers in 1 article (1 unattributed).\n"))
        let csv = try parseCSV(CSVRenderer().render(none))
        #expect(csv.count == 2 && csv[1][0] == "")
    }

    @Test func jsonEscapesControlCharacters() throws {
        var report = fixtureReport
        report.speakers[0].quotes[0].quote.text = "tab\there\u{1}\u{2028}\"\\/"
        let json = JSONRenderer().render(report)
        #expect(json.contains(#""text": "tab\there\u0001\u2028\"\\/""#))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let speakers = object?["speakers"] as? [[String: Any]]
        let quotes = speakers?[0]["quotes"] as? [[String: Any]]
        #expect(quotes?[0]["text"] as? String == "tab\there\u{1}\u{2028}\"\\/")
    }

    @Test func markdownEscapesMarkup() {
        let markdown = MarkdownRenderer().render(fixtureReport)
        #expect(markdown.contains(#"&lt;script&gt;alert\(1\)&lt;/script&gt;"#))
        #expect(!markdown.contains("<script"))
        #expect(!markdown.contains("<img"))
        #expect(markdown.contains(#"sanctions, day 2.txt"#))
        #expect(!markdown.contains("<"))
        #expect(markdown.contains(#"Our answer: "no" \| "#))
        // Every table row has the same number of unescaped pipes.
        let table = markdown.split(separator: "\n").filter { $0.hasPrefix("|") }
        let pipes = table.map { row in
            var count = 0
            var escaped = false
            for character in row {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "|" {
                    count += 1
                }
            }
            return count
        }
        #expect(table.count == fixtureReport.speakers.count + 2)
        #expect(Set(pipes).count == 1)
    }

    @Test func markdownShowsTheWordsTheTextGaveTheSpeaker() {
        var builder = AnalysisBuilder(id: "a", text: "Samuel Okafor spoke. “We won,” Mr Okafor said. “Yes,” he said.")
        let okafor = builder.speaker("Samuel Okafor")
        builder.quote("We won,", speaker: okafor, mention: "Mr Okafor", cue: "said")
        builder.quote("Yes,", speaker: okafor, mention: "he", cue: "said")
        let markdown = MarkdownRenderer().render(Aggregator().report(for: [builder.analysis()]))
        // (Before: `as Samuel Okafor` alone, though the HTML page showed the mention.)
        #expect(markdown.contains("as Samuel Okafor via *Mr Okafor*"))
        #expect(markdown.contains("as Samuel Okafor via *he*"))
    }

    @Test func theHeaderSaysHowManyInputsCouldNotBeRead() throws {
        var report = fixtureReport
        #expect(!MarkdownRenderer().render(report).contains("could not be read"))
        report.unreadInputCount = 2
        let note = "2 inputs could not be read; the report covers the others, and standard error says why."
        #expect(MarkdownRenderer().render(report).contains("**" + note + "**"))
        #expect(HTMLRenderer().render(report).contains("<p class=\"meta\"><strong>" + note + "</strong></p>"))
        let decoded = try JSONDecoder().decode(Report.self, from: JSONEncoder().encode(report))
        #expect(decoded.unreadInputCount == 2)
    }

    @Test func markdownTurnsLineBreaksIntoSpaces() {
        var report = fixtureReport
        report.speakers[0].name = "Liz\nTruss | *MP*"
        let markdown = MarkdownRenderer().render(report)
        #expect(markdown.contains(#"## 1. Liz Truss \| \*MP\*"#))
    }
}

/// Parses RFC 4180 CSV strictly: records end with CRLF, quoted fields may hold anything with `""` for `"`.
func parseCSV(_ text: String) throws -> [[String]] {
    struct Malformed: Error { let offset: Int }
    let scalars = Array(text.unicodeScalars)
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var index = 0
    var atFieldStart = true
    while index < scalars.count {
        let scalar = scalars[index]
        if atFieldStart, scalar == "\"" {
            index += 1
            while true {
                guard index < scalars.count else { throw Malformed(offset: index) }
                if scalars[index] == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field += "\""
                        index += 2
                    } else {
                        index += 1
                        break
                    }
                } else {
                    field.unicodeScalars.append(scalars[index])
                    index += 1
                }
            }
            atFieldStart = false
            continue
        }
        switch scalar {
        case ",":
            row.append(field)
            field = ""
            atFieldStart = true
            index += 1
        case "\r":
            guard index + 1 < scalars.count, scalars[index + 1] == "\n" else { throw Malformed(offset: index) }
            row.append(field)
            rows.append(row)
            row = []
            field = ""
            atFieldStart = true
            index += 2
        case "\n", "\"":
            throw Malformed(offset: index)
        default:
            field.unicodeScalars.append(scalar)
            atFieldStart = false
            index += 1
        }
    }
    guard row.isEmpty, field.isEmpty else { throw Malformed(offset: index) }
    return rows
}
