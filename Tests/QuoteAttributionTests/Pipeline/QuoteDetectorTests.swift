import Foundation
import TestSupport
import Testing

@testable import QuoteAttribution

/// Quote marks, apostrophes, nesting, paragraphs and headings.
struct QuoteDetectorTests {
    /// The content spans of the detected quotes (all kinds) in code points.
    func spans(_ text: String) -> [Range<Int>] {
        QuoteAnalyzer().analyze(text).quotes.map { $0.span.start..<$0.span.end }
    }

    @Test(arguments: [
        #"He said "⟦we will go⟧" today."#,
        "He said “⟦we will go⟧” today.",
        "Er sagte „⟦wir gehen⟧“ heute.",
        "Il a dit «⟦nous partons⟧» hier.",
        "Il a dit ‹⟦nous partons⟧› hier.",
        "Il a dit « ⟦nous partons⟧ » hier.",
        "Il a dit «\u{00A0}⟦nous partons⟧\u{202F}» hier.",
        "He said ‘⟦we will go⟧’ today.",
        "He said '⟦we will go⟧' today.",
        "“⟦It is Europe's problem and we don't like it,⟧” she said.",
        "“⟦In the '90s we were fine,⟧” she said.",
        "“⟦Jones' house is ‘safe,’ they say,⟧” she said.",
        "“⟦Top,⟧” he said, “⟦bottom.⟧”",
        // In single marks, a plural possessive before a noun is no closer; a mark before a function word is one.
        "'⟦It is about the teachers' pay,⟧' Mr Reed said.",
        "Only ‘⟦Boasters⟧’ and ‘⟦Blasphemers⟧’ like him.",
        // A left double mark glued to a comma, or after a zero-width space, still opens.
        "He said,“⟦We will win the vote,⟧” said Anna Berg.",
        "He said\u{200B}“⟦we will go⟧” today.",
        "Er sagte: „⟦Ja,⟧“ und ging.",
        "Don't worry about Europe's debts in the '90s, said nobody.",
        "No quotes at all.",
        "",
    ])
    func detects(_ marked: String) {
        let (text, expected) = TestSupport.marked(marked)
        #expect(spans(text) == expected, "\(marked)")
    }

    @Test func multiParagraphQuoteIsOneQuotePerParagraphWithOneSpeaker() {
        let text = "Truss said: \"We need to see action.\n\n\"We need to see the troops moved.\"\n"
        let quotes = QuoteAnalyzer().analyze(text).quotations
        #expect(quotes.count == 2)
        #expect(quotes.map(\.speaker) == ["Truss", "Truss"])
        #expect(quotes[0].closingMark == nil)
    }

    @Test(arguments: ["\u{2018}", "'"])
    func aMultiParagraphQuoteInSingleMarksKeepsItsFirstParagraph(mark: String) {
        // (Before: the first paragraph, with no closing mark, was dropped as an apostrophe.)
        let text = """
            In a letter released on Wednesday, Mr Grieve wrote:

            \(mark)My constituents are not opposed to helping people.

            \(mark)What they object to is being told by a journalist.\(mark == "'" ? "'" : "\u{2019}")
            """
        let quotes = QuoteAnalyzer().analyze(text).quotations
        #expect(
            quotes.map(\.text) == [
                "My constituents are not opposed to helping people.",
                "What they object to is being told by a journalist.",
            ])
        #expect(quotes.map(\.speaker) == ["Grieve", "Grieve"])
        // An apostrophe opening a paragraph before a paragraph of prose stays one.
        let apostrophe = QuoteAnalyzer().analyze("\(mark)Tis the season, she thought.\n\nShe went out.\n")
        #expect(apostrophe.quotes.isEmpty)
    }

    @Test func scriptsWithoutSpacesOpenCloseAndUtterQuotes() {
        // In Chinese the marks stand against the characters (`表示：“…”她说`); a sentence in marks is a whole
        // utterance, after a colon or ending with `。`, and a paragraph's sentence in marks is no heading.
        let text = "市长表示：“我们将重建这座桥。”她说。\n\n“我们会赢。”他说。\n\nThe mayor called it “一座桥” today."
        let quotes = QuoteAnalyzer().analyze(text).quotes
        #expect(quotes.map(\.text) == ["我们将重建这座桥。", "我们会赢。", "一座桥"])
        #expect(quotes.map(\.kind) == [.direct, .direct, .partial])
    }

    @Test func aShortUtteranceOpeningASentenceIsDirect() {
        // A capital after a sentence's end opens a whole utterance, however short; an initial's period ends no
        // sentence, so a nickname after it is no utterance.
        let text = #"Anna Berg spoke on Monday. "We will win," Berg said. Rep. Robert C. "Bobby" Scott spoke too."#
        let quotes = QuoteAnalyzer().analyze(text).quotes
        #expect(quotes.count == 2)
        #expect(quotes.first?.kind == .direct)
        #expect(quotes.first?.speaker == "Anna Berg")
        #expect(quotes.last?.kind != .direct)
    }

    @Test func headingInMarksIsNotAQuotation() {
        let analysis = QuoteAnalyzer().analyze("Intro.\n\n'Psychological pressure'\n\nMore text.")
        #expect(analysis.quotes.map(\.kind) == [.heading])
        #expect(analysis.quotations.isEmpty)
    }

    @Test func unbalancedMarksNeverFailAndAreReported() {
        let text = "He said \"this never closes.\nNext paragraph ” stray.\n" + String(repeating: "\" ", count: 10_000)
        let analysis = QuoteAnalyzer().analyze(text)
        #expect(analysis.quotes.first?.text == "this never closes.")
        #expect(analysis.diagnostics.contains { $0.code == .unclosedQuote && $0.span.line == 1 })
        #expect(analysis.diagnostics.contains { $0.code == .strayMark })
    }

    @Test func offsetsAreCodePointsAndSurviveCRLFBOMAndNBSP() {
        let text = "\u{FEFF}Zoë said:\u{00A0}“⟦Ça va très bien,⟧” and left.\r\n\r\n“⟦Next,⟧” she added."
        let (clean, expected) = TestSupport.marked(text)
        #expect(spans(clean) == expected)
        let analysis = QuoteAnalyzer().analyze(clean)
        let scalars = Array(clean.unicodeScalars)
        for quote in analysis.quotes {
            var slice = ""
            slice.unicodeScalars.append(contentsOf: scalars[quote.span.start..<quote.span.end])
            #expect(slice == quote.text)
        }
        #expect(analysis.quotes.map(\.speaker) == ["Zoë", "Zoë"])
    }

    @Test func decomposedNamesStayWhole() {
        let name = "Zoe\u{0301} Lo\u{0301}pez"  // NFD: combining accents
        let analysis = QuoteAnalyzer().analyze(
            "“⟦We will see,⟧” \(name) said.".replacingOccurrences(of: "⟦", with: "").replacingOccurrences(
                of: "⟧", with: ""))
        #expect(analysis.quotations.first?.speaker == name)
        #expect(analysis.quotations.first?.span.start == 1)
    }

    @Test(arguments: ["", " ", "said \"", "said  \u{00A0}\t \"", "é \u{2003}\"", ": \"", "\u{2019} \"", "x"])
    func scalarBeforeSpacesMatchesDecoding(text: String) {
        // As decoding scalar by scalar back over spaces finds it, from every offset.
        let raw = Array(text.utf8)
        for offset in -1...(raw.count + 1) {
            var end = offset
            while let (scalar, width) = UTF8Scalars.scalar(in: raw, before: end), scalar.isSpace { end -= width }
            let expected = UTF8Scalars.scalar(in: raw, before: end)?.0
            #expect(QuoteDetector.scalar(before: offset, skippingSpacesIn: raw) == expected, "offset \(offset)")
        }
    }
}
