import QuoteAttribution
import Testing

@testable import QuoteSources

@Suite struct MarkdownTextTests {
    /// Every code point of the extracted text must be the source code point its offset maps to.
    private func expectVerbatim(_ extracted: ExtractedText, in source: String) {
        let text = Array(extracted.text.unicodeScalars)
        let raw = Array(source.unicodeScalars)
        for (offset, scalar) in text.enumerated() {
            let mapped = extracted.sourceMap.sourceOffset(of: offset)
            // (A space may stand for a line break that wraps a paragraph, or for a `<br>`; a character for the
            // reference that spells it.)
            let stands =
                mapped < raw.count
                && (scalar == " " && ["\n", "\r", "<"].contains(raw[mapped]) || raw[mapped] == "&")
            #expect(mapped < raw.count && (raw[mapped] == scalar || stands), "text offset \(offset) maps to \(mapped)")
        }
    }

    @Test func seedArticleKeepsQuotesAndMapsThem() throws {
        let source = try Fixture.seedArticle()
        let extracted = MarkdownText.extract(source)
        #expect(extracted.text.contains("By Jonathan Brown for AFP and Dmitry Zaks for AFP"))
        #expect(extracted.text.contains("troops. Russian Defense Ministry / TASS\n"))
        #expect(!extracted.text.contains("](#)") && !extracted.text.contains("**"))
        let quoteMarks: Set<Unicode.Scalar> = ["\"", "'", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}"]
        #expect(
            extracted.text.unicodeScalars.filter(quoteMarks.contains).count
                == source.unicodeScalars.filter(quoteMarks.contains).count)
        #expect(Fixture.quotes(in: extracted.text).count == Fixture.quotes(in: source).count)
        #expect(Fixture.quotes(in: extracted.text).count > 10)
        Fixture.expectQuotesMapped(extracted, in: source)
        expectVerbatim(extracted, in: source)
        #expect(extracted.text.filter { $0 == "\n" }.count == source.filter { $0 == "\n" }.count)
    }

    @Test(arguments: [
        ("# Title ##\n", "Title\n"),
        ("## Title\nText", "Title\nText"),
        ("- one\n* two\n+ three", "one\ntwo\nthree"),
        ("> quoted \"words\"\n> > nested", "quoted \"words\"\nnested"),
        ("See [the “report”](http://x.y/(a)) now", "See the “report” now"),
        ("A ![chart](c.png) B [ref][1]", "A  B ref"),
        ("**bold** and *em* and __strong__ and _x_ and `a*b`", "bold and em and strong and x and "),
        ("snake_case_name and 2 * 3 * 4", "snake_case_name and 2 * 3 * 4"),
        ("It's \"fine\", ‘really’.", "It's \"fine\", ‘really’."),
        ("a <!-- hidden\nnote --> b", "a  b"),
        ("para\n\n---\n\n* * *\nnext", "para\n\n\n\n\nnext"),
        ("```swift\nlet *x* = 1\n```\nafter", "\n\n\nafter"),
        ("Link <https://example.com/a_b> \\*not em\\*", "Link https://example.com/a_b *not em*"),
        ("[editor's note] stays", "[editor's note] stays"),
        ("**unclosed bold", "**unclosed bold"),
        ("*a *b `c\n\n*d* `e` **f**", "*a *b `c\n\nd  f"),
        // A line break that wraps a paragraph is a space; one that ends a paragraph, heading or block stays.
        ("“We will rebuild the\nroad,” said Lopez.\n\nNext", "“We will rebuild the road,” said Lopez.\n\nNext"),
        ("One line\r\nwrapped\r\n\r\nNext", "One line wrapped\r\n\r\nNext"),
        ("Text\n# Head\nMore\n1. item\n2) item\n| a |\n| c |", "Text\nHead\nMore\n1. item\n2) item\n| a |\n| c |"),
        ("> “Quoted over\n> two lines,” said Berg.\n> > nested", "“Quoted over two lines,” said Berg.\nnested"),
        // A continuation line's indent goes with its line break (a list item wrapped under its text).
        ("- “We will build it,\n  and pay,” said Berg.\n- Next", "“We will build it, and pay,” said Berg.\nNext"),
        ("    Indented first line\n    wrapped", "    Indented first line wrapped"),
        ("Setext heading\n===\nText", "Setext heading\n\nText"),
        // Front matter, code, link reference definitions and HTML tags are no prose.
        ("---\ntitle: “Meta,” said Yaml\n---\nBody", "Body"),
        ("Use `“code,” said Code` here\n\n[ab]: https://x \"“Title,” said Ref\"\nEnd", "Use  here\n\n\nEnd"),
        ("<p>“We will win,” said Anna Berg.</p>", "“We will win,” said Anna Berg."),
        ("One<br>two <span class=\"x\">three</span> a < b", "One two three a < b"),
        // Lines of their own: table rows without outer pipes, a setext `--`, a list after an item.
        ("Who | What\n--- | ---\nBerg | “Yes.”", "Who | What\n--- | ---\nBerg | “Yes.”"),
        ("Money\n--\n“No,” said Lee.", "Money\n\n“No,” said Lee."),
        ("“Built in\n2019. Safe,” she said.\n1. one\n2. two", "“Built in 2019. Safe,” she said.\n1. one\n2. two"),
        // Prose that only looks like markup stays: a rule, a footnote, a label before a colon.
        ("---\n\n“Yes,” said Berg.\n...\nEnd", "\n\n“Yes,” said Berg. ... End"),
        ("[^1]: “No,” said Lee.\n[UPDATE]: Berg said “yes.”", "[^1]: “No,” said Lee. [UPDATE]: Berg said “yes.”"),
        ("said \\\n“Yes.”", "said  “Yes.”"),  // a hard break's backslash goes; the break is read as any other
        // Character references are the characters they spell; without `;` or a known name they stay text.
        ("&ldquo;Yes,&rdquo; &quot;no&quot; A&nbsp;B", "“Yes,” \"no\" A\u{00A0}B"),
        ("&#8220;x&#x201D; &#147;y&#148;", "“x” “y”"),
        ("AT&T &bogus; &amp &#12;z", "AT&T &bogus; &amp z"),
    ])
    func markup(source: String, expected: String) {
        let extracted = MarkdownText.extract(source)
        #expect(extracted.text == expected)
        expectVerbatim(extracted, in: source)
    }

    @Test func unmatchedDelimitersStayLinear() {
        let source = "`" + String(repeating: "*word ", count: 100_000)
        let clock = ContinuousClock.now
        let unchanged = MarkdownText.extract(source).text == source
        #expect(unchanged)
        #expect(ContinuousClock.now - clock < .seconds(20))
    }

    @Test func articleCarriesTheMap() {
        let article = MarkdownText.extract("**Said** \"hi\"").article(id: "a.md")
        #expect(article == Article(id: "a.md", text: "Said \"hi\"", sourceMap: article.sourceMap))
        #expect(article.sourceMap?.sourceOffset(of: 5) == 9)
    }

    @Test func aQuotesSourceSpanHasTheFilesLineAndColumn() throws {
        // Front matter and a heading's marks are left out of the text: its line 3 is the file's line 6.
        let source = "---\ntitle: Budget\n---\n# Budget story\n\n\"We will *never* accept this,\" said Ada Byrne.\n"
        let analysis = QuoteAnalyzer().analyze(MarkdownText.extract(source).article(id: "story.md"))
        let quote = try #require(analysis.quotes.first { $0.kind == .direct })
        #expect(quote.span.line == 3)
        #expect(quote.location == quote.sourceSpan)
        #expect(quote.sourceSpan.map { [$0.line, $0.column] } == [6, 2])
    }

    @Test func lineStartsFollowEveryKindOfLineBreak() {
        #expect(OffsetMap.lineStarts(of: "a\nb\r\nc\rd".unicodeScalars) == [0, 2, 5, 7])
        let source = "# T\r\r\"We will act,\" said Jane Doe.\r"
        let analysis = QuoteAnalyzer().analyze(MarkdownText.extract(source).article(id: "cr.md"))
        #expect(analysis.quotes.first?.sourceSpan.map { [$0.line, $0.column] } == [3, 2])
    }

    @Test func lookingAheadStaysLinear() {
        // A document: links, comments and emphasis close, and each code point is read a few times.
        var document = ""
        for k in 0..<400 {
            document += "“Point \(k),” she [said](https://x.example/\(k)) <!-- n --> in *the [report][r]*.\n"
        }
        let (text, steps) = MarkdownText.extractCountingSteps(document)
        #expect(text.text.contains("“Point 399,” she said  in the report."))
        #expect(steps < 4 * document.unicodeScalars.count)
        // Runs that never close: without a limit each `[`, `(` or `<!--` searched to the end of its paragraph,
        // quadratic in the size (in release, 80 K of `[a ` took 14 s).
        for source in [
            String(repeating: "[a ", count: 8_000), String(repeating: "[a](b ", count: 4_000),
            String(repeating: "<!-- a ", count: 4_000),
        ] {
            let (text, steps) = MarkdownText.extractCountingSteps(source)
            #expect(steps <= 32 * source.unicodeScalars.count + (1 << 22) + source.unicodeScalars.count)
            #expect(!text.text.isEmpty)
        }
    }
}
