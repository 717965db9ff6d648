import Testing

@testable import QuoteAttribution

/// Hard-wrapped text: the line breaks inside its paragraphs are read as spaces, and nothing else changes.
struct HardWrapTests {
    /// A text of paragraphs wrapped at about sixty code points, with blank lines between them.
    static let wrapped = """
        The harbour board voted on Tuesday evening to replace the old
        swing bridge, which has carried traffic across the river since
        1911.

        “We cannot keep patching a structure that was designed for
        horses and carts,” said Mara Quinlan, who chairs the board.

        Residents were divided. Tom Adebayo, a fisherman, called the
        plan “a betrayal of everyone who has ever crossed that bridge
        on foot.”
        """

    @Test func aQuoteWrappedOverLinesIsOneQuoteOnTheFilesLines() {
        let analysis = QuoteAnalyzer().analyze(Self.wrapped)
        #expect(
            analysis.quotations.map(\.text) == [
                "We cannot keep patching a structure that was designed for horses and carts,",
                "a betrayal of everyone who has ever crossed that bridge on foot.",
            ])
        #expect(analysis.quotations.map(\.speaker) == ["Mara Quinlan", "Tom Adebayo"])
        // Offsets, lines and columns are the text's own: a line break read as a space is one code point.
        #expect(analysis.quotations.map { [$0.span.line, $0.span.column] } == [[5, 2], [9, 7]])
        let scalars = Array(Self.wrapped.unicodeScalars)
        let first = analysis.quotations[0].span
        #expect(
            String(String.UnicodeScalarView(scalars[first.start..<first.end])).hasSuffix(
                "designed for\nhorses and carts,"))
        // Switched off, every line is a paragraph again and the quote stops at the line's end.
        let lines = QuoteAnalyzer(configuration: Configuration(joinsWrappedLines: false)).analyze(Self.wrapped)
        #expect(lines.quotes.allSatisfy { !$0.text.contains("horses") })
    }

    @Test func textsOfOneParagraphALineAreNeverJoined() {
        // News and JSON Lines texts: a paragraph a line, however short the lines.
        let news = "Berg spoke.\n\n“We will win,” she said.\n\nPark disagreed.\n\n“No,” he said.\n"
        #expect(Normalizer().document(for: Article(id: "n", text: news)).paragraphs.count == 4)
        // Lines of a list or a transcript with no blank line between paragraphs are no wrapping either.
        let transcript = "BERG: We will win the vote on Tuesday.\nPARK: No, you will not win it.\nBERG: Wait.\n"
        #expect(Normalizer().document(for: Article(id: "t", text: transcript)).paragraphs.count == 3)
    }

    @Test func linesThatEachEndASentenceAreParagraphsOfTheirOwn() {
        // A list of who said what, and a story of one paragraph a line under a headline: lines of a width, each
        // ending a sentence before a line that opens one, are no wrapping (all their quotes went to Anna Berg).
        let list = """
            Who said what this week, in the words of the people of the town:

            Anna Berg, mayor: "We will rebuild the bridge before the winter."
            Tom Lee, opposition leader: "The money is not there, and never was."
            Jack Moss, ferryman: "I have never seen the river so high as this."
            """
        #expect(QuoteAnalyzer().analyze(list).quotations.map(\.speaker) == ["Anna Berg", "Tom Lee", "Jack Moss"])
    }

    @Test func headersAndShortDialogueDoNotHideTheWrapping() {
        // An archive's header of short lines, and a story of many one-line replies: the wrapped paragraphs among
        // them are still joined (the header's lines made too few joints full, the replies too few joints).
        let archived = """
            Harbour bridge to stay shut for a month
            The Harbour Gazette
            Section: NEWS; Pg. 4
            Byline: Anna Berg

            The harbour bridge will stay closed for another month, the council said
            on Monday, after engineers found cracks in two of its main supports.

            "We cannot let anyone cross it until the supports are replaced and the
            engineers are satisfied that it is safe," said Tom Lee, the city engineer.
            """
        #expect(QuoteAnalyzer().analyze(archived).quotations.map(\.speaker) == ["Tom Lee"])
        let story = """
            The old man sat by the fire and looked at the boy for a long time before
            he spoke to him at all.

            "Where have you been all this time, and why did you not write to your
            mother?" asked Mr. Hale.

            "Away," said Tom.

            "Where?"

            "Out on the river with the boats, where a boy can earn his bread, as you
            said he should," the boy answered.

            "Yes," said Tom.

            "Good."

            "Well."

            "Come in," said Hale.

            "Thank you."
            """
        let quotes = QuoteAnalyzer().analyze(story).quotations
        #expect(quotes.first?.text == "Where have you been all this time, and why did you not write to your mother?")
        #expect(quotes.first?.speaker == "Hale")
    }

    @Test func largeDocumentsAreCutAtParagraphs() {
        // Parts end at a blank line, not inside a wrapped paragraph (a quote was cut at the part's end).
        let paragraph = """
            The board met again on Tuesday evening to talk about the bridge;
            “we will rebuild it before the winter comes, whatever the cost
            may be,” said Mara Quinlan, who chairs the board of the harbour.
            """
        let text = Array(repeating: paragraph, count: 40).joined(separator: "\n\n")
        for size in stride(from: 1024, through: 1536, by: 64) {
            let parts = QuoteAnalyzer(configuration: Configuration(maximumPartBytes: size)).analyze(text)
            #expect(parts.quotations.count == 40, "parts of \(size) bytes")
            #expect(
                parts.quotations.allSatisfy { $0.text.hasSuffix("may be,") && $0.speaker == "Mara Quinlan" },
                "parts of \(size) bytes")
        }
    }

    @Test func shortLinesIndentedLinesAndListItemsKeepTheirBreaks() {
        let text = """
            A report on the harbour, with the minutes of the board and
            the letters sent to it by residents over the whole winter.

            Minutes of the board
            The chair opened the meeting at seven and read the agenda
            to the members present, who approved it without a vote.
              An indented line stays a line of its own in this text.
            - a list item stays one too, and so does the next item
            1. even a numbered one, however long its words may run.
            """
        let document = Normalizer().document(for: Article(id: "w", text: text))
        let paragraphs = document.paragraphs.map { document.text($0) }
        #expect(
            paragraphs == [
                "A report on the harbour, with the minutes of the board and the letters sent to it by residents over the whole winter.",
                "Minutes of the board",
                "The chair opened the meeting at seven and read the agenda to the members present, who approved it without a vote.",
                "An indented line stays a line of its own in this text.",
                "- a list item stays one too, and so does the next item",
                "1. even a numbered one, however long its words may run.",
            ])
    }
}
