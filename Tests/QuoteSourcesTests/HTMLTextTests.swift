import Dispatch
import QuoteAttribution
import Synchronization
import Testing

@testable import QuoteSources

@Suite struct HTMLTextTests {
    @Test func aQuotesSourceSpanHasTheFilesLineAndColumn() throws {
        let source = "<html><body>\n<p>Intro.</p>\n<p>\"We will act,\" said Jane Smith.</p>\n</body></html>\n"
        let analysis = QuoteAnalyzer().analyze(HTMLText.extract(source).article(id: "page.html"))
        let quote = try #require(analysis.quotes.first)
        #expect(quote.sourceSpan.map { [$0.line, $0.column] } == [3, 5])
    }

    @Test func simplePageKeepsQuotesAndMapsThem() {
        let source = """
            <!DOCTYPE html>
            <html><head><title>Skip me</title><style>p { color: "red" }</style></head>
            <body>
            <nav><a href="/">Home "nav"</a></nav>
            <article>
              <h1>Drills   begin</h1>
              <p>NATO said it was a "dangerous moment" for
                 European security.</p>
              <p>“We need to see those words followed up by actions,” she told <b>reporters</b>.</p>
              <script>var s = "<p>not text</p>";</script>
              <p>Lavrov said he was "disappointed".<br>He left.</p>
            </article>
            </body></html>
            """
        let extracted = HTMLText.extract(source)
        #expect(
            extracted.text == """
                Drills begin

                NATO said it was a "dangerous moment" for European security.

                “We need to see those words followed up by actions,” she told reporters.

                Lavrov said he was "disappointed".
                He left.
                """)
        #expect(Fixture.quotes(in: extracted.text).count == 3)
        Fixture.expectQuotesMapped(extracted, in: source)
    }

    /// Pages parsed on several threads at once (a library user's `concurrentPerform`) come out as on one thread:
    /// libxml2 is initialised once, before any parse.
    @Test func pagesParseTheSameOnSeveralThreads() {
        let pages = (0..<32).map { n in
            "<html><body><p>Page \(n): she said &ldquo;yes&rdquo; &amp; \"no\".</p><div>\(n)</div></body></html>"
        }
        let alone = pages.map { HTMLText.extract($0) }
        let together = Mutex<[Int: ExtractedText]>([:])
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let extracted = HTMLText.extract(pages[index])
            together.withLock { $0[index] = extracted }
        }
        #expect(together.withLock { results in pages.indices.map { results[$0] } } == alone)
    }

    @Test func entitiesDecodeAndMapToTheirAmpersand() {
        let source = "<p>Tom &amp; Jerry said &ldquo;hi&rdquo; &#8212; &quot;twice&#x22; &unknown; &amp</p>"
        let extracted = HTMLText.extract(source)
        #expect(extracted.text == "Tom & Jerry said “hi” — \"twice\" &unknown; &amp")
        let raw = Array(source.unicodeScalars)
        let text = Array(extracted.text.unicodeScalars)
        for (offset, scalar) in text.enumerated() where scalar != " " {
            let mapped = extracted.sourceMap.sourceOffset(of: offset)
            #expect(raw[mapped] == scalar || raw[mapped] == "&", "offset \(offset) -> \(mapped)")
        }
        let open = text.firstIndex(of: "\u{201C}")!
        #expect(
            extracted.sourceMap.sourceOffset(of: open)
                == Array(source.utf8).firstRange(of: Array("&ldquo;".utf8))!.lowerBound)
        let hi = text.firstIndex(of: "h")!
        #expect(raw[extracted.sourceMap.sourceOffset(of: hi)...].starts(with: "hi&rdquo;".unicodeScalars))
    }

    @Test func nestedInlineTagsAndComments() {
        let source =
            "<div><p>He <i>said <b>\"no <u>way</u>\"</b></i><!-- a \"comment\" -->, twice.</p></div><ul><li>one</li><li>two</li></ul>"
        let extracted = HTMLText.extract(source)
        #expect(extracted.text == "He said \"no way\", twice.\n\none\n\ntwo")
        Fixture.expectQuotesMapped(
            extracted, in: source.replacingOccurrences(of: "<u>", with: "").replacingOccurrences(of: "</u>", with: ""))
        let quoteStart = Array(extracted.text.unicodeScalars).firstIndex(of: "\"")!
        #expect(extracted.sourceMap.sourceOffset(of: quoteStart) == Array(source.unicodeScalars).firstIndex(of: "\"")!)
    }

    @Test func lineBreaksTablesPreformattedAndCRLF() {
        let source =
            "<p>a<br>b<br><br>c</p>\r\n<table><tr><td>x</td><td>y</td></tr></table><pre>  keep\n  this</pre>\r\n<p>“quote\r\nacross lines”</p>"
        let extracted = HTMLText.extract(source)
        // One `br` is a space, two break the paragraph.
        #expect(extracted.text == "a b\n\nc\n\nx y\n\n  keep\n  this\n\n“quote across lines”")
        let text = Array(extracted.text.unicodeScalars)
        let raw = Array(source.unicodeScalars)
        for mark: Unicode.Scalar in ["\u{201C}", "\u{201D}", "k", "y"] {
            let offset = text.lastIndex(of: mark)!
            #expect(raw[extracted.sourceMap.sourceOffset(of: offset)] == mark)
        }
        #expect(raw[extracted.sourceMap.sourceOffset(of: text.lastIndex(of: "a")! - 1)] == "\r")
    }

    @Test func qElementsShowTheirMarksAndFootersAndAsidesAreSkipped() {
        let source =
            "<article><p>Berg called it <q>a disaster</q>.</p></article><aside><p>“Subscribe,” says Ads.</p></aside>"
            + "<footer>“Footer,” said Foot.</footer>"
        let extracted = HTMLText.extract(source)
        #expect(extracted.text == "Berg called it “a disaster”.")
        #expect(HTMLText.extract("<p><q>we will <q>rebuild</q> it</q></p>").text == "“we will ‘rebuild’ it”")
        // The marks are written, not spelled: the quote's content maps to its text in the source.
        let raw = Array(source.unicodeScalars)
        let content = Array(extracted.text.unicodeScalars).firstIndex(of: "\u{201C}")! + 1
        #expect(raw[extracted.sourceMap.sourceOffset(of: content)...].starts(with: "a disaster</q>".unicodeScalars))
    }

    @Test func oneLineBreakBetweenSentencesSeparatesListEntries() {
        // A list of who said what, one `br` apart: each entry a line of its own (all went to the first speaker).
        let source =
            "<p>Anna Berg, mayor: “We will rebuild.”<br>\nTom Lee, leader: “No money.”<br>Ruth Hale said<br>“so.”</p>"
        let text = HTMLText.extract(source).text
        #expect(text == "Anna Berg, mayor: “We will rebuild.”\nTom Lee, leader: “No money.”\nRuth Hale said “so.”")
    }

    @Test func referencesLibxml2DropsKeepTheTextAligned() {
        // `&#12;`, `&#1;`, `&#65535;` decode to nothing: the text after them still maps to its own place (it mapped
        // to the start of its line, on a one-line page the start of the page).
        let filler = (0..<5).map { "<p>Filler paragraph number \($0) here.</p>" }.joined()
        let source = "<html><body>\(filler)<p>Alpha&#12;beta &#1;x &#65535;y. “After,” said Lopez.</p></body></html>"
        let extracted = HTMLText.extract(source)
        let text = Array(extracted.text.unicodeScalars)
        let after = text.firstIndex(of: "\u{201C}")! + 1
        let raw = Array(source.unicodeScalars)
        #expect(raw[extracted.sourceMap.sourceOffset(of: after)...].starts(with: "After,”".unicodeScalars))
        Fixture.expectQuotesMapped(extracted, in: source)
    }

    @Test func referencesToC1ControlsAreTheWindows1252Characters() {
        // `&#147;`/`&#148;` (old CMS pages) are the curly double marks browsers show; a raw C1 byte stays as it is.
        let source = "<p>&#147;We will win,&#148; said Anna Berg &#150; &#x85; &#129; \u{93}</p>"
        let extracted = HTMLText.extract(source)
        #expect(extracted.text == "“We will win,” said Anna Berg – … \u{81} \u{93}")
        let raw = Array(source.unicodeScalars)
        #expect(raw[extracted.sourceMap.sourceOffset(of: 0)...].starts(with: "&#147;".unicodeScalars))
    }

    @Test func sourceIsUTF8WhateverTheMetaSays() {
        let source =
            "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Zelenskiy: «Nein» — “no”</p></body></html>"
        let extracted = HTMLText.extract(source)
        #expect(extracted.text == "Zelenskiy: «Nein» — “no”")
        Fixture.expectQuotesMapped(extracted, in: source)
    }

    /// Malformed HTML that libxml2 repairs: every extracted character still maps to itself (or its entity's `&`).
    @Test(arguments: [
        "<p>x</p></div></span>text after <i>“bad”</b> nesting",
        "<p>a < b & c &nbsp d &copy e &#169 f &#xA9 “g”</p>",
        "<p>tab\there\u{0C}ff &#0; &#xD800; &#1114112; “end”</p>",
        "<p title='a > b'>attr</p><p title=\"it's\">x</p> text <3 and 1<2 <a href=x>“link”</a>",
        "<script>if (a<b && c>d) {}</script><p>after &lt;script&gt;</p><table><p>misplaced</p><tr><td>cell</td></tr>",
    ])
    func recoveredMarkupStillMaps(source: String) {
        let extracted = HTMLText.extract(source)
        let raw = Array(source.unicodeScalars)
        for (offset, scalar) in extracted.text.unicodeScalars.enumerated() where !scalar.properties.isWhitespace {
            let mapped = extracted.sourceMap.sourceOffset(of: offset)
            #expect(
                mapped < raw.count && (raw[mapped] == scalar || raw[mapped] == "&"),
                "\(scalar) at \(offset) -> \(mapped)")
        }
        Fixture.expectQuotesMapped(extracted, in: source)
    }

    @Test func emptyAndTextOnlyInput() {
        #expect(HTMLText.extract("").text == "")
        #expect(HTMLText.extract("just \"text\"").text == "just \"text\"")
        Fixture.expectQuotesMapped(HTMLText.extract("just \"text\""), in: "just \"text\"")
    }

    @Test func aligningTheTextStaysLinear() {
        // A page: each code point of the source is read a few times.
        var page = "<html><head><title>T</title></head><body>"
        for k in 0..<400 {
            page += "<p class=\"c\">“Point \(k) &amp; more,” she said.<!-- note --> <b>Bold</b> text&mdash;end.</p>\n"
        }
        page += "</body></html>"
        let (text, steps) = HTMLText.extractCountingSteps(page)
        #expect(text.text.contains("“Point 399 & more,” she said."))
        #expect(steps < 4 * page.unicodeScalars.count)
        // Text that aligns nowhere (libxml2 drops what follows a NUL) and tags that never end: without a
        // limit, every later offset would be tried, quadratic in the size (in release, 64 K code points took 9 s).
        for source in [String(repeating: "a", count: 16_384) + "\u{0}b", String(repeating: "w <a ", count: 4_000)] {
            let (text, steps) = HTMLText.extractCountingSteps(source)
            #expect(steps <= 32 * source.unicodeScalars.count + (1 << 22) + source.unicodeScalars.count)
            #expect(!text.text.isEmpty)
        }
    }
}
