import QuoteAttribution

/// An article's text as HTML, with quotes, speaker mentions and cues marked.
///
/// Offsets are code point offsets into the text. Each code point gets at most one mark: cues first, then
/// mentions, then quotes (with their quote marks) on top, so overlapping spans never produce crossed tags.
/// Offsets outside the text are clamped.
struct ArticleMarkup {
    let text: String
    let placements: [Placement]
    let report: Report

    /// What marks a code point.
    private enum Label: Hashable {
        case cue(colour: String)
        case mention(colour: String)
        case quote(placement: Int)
    }

    func html() -> String {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return "<p class=\"empty\">Empty article.</p>\n" }
        var labels: [Label] = []
        var labelIndex: [Label: Int] = [:]
        var marks = [Int](repeating: -1, count: scalars.count)
        func paint(_ start: Int, _ end: Int, _ label: Label) {
            let start = min(max(start, 0), scalars.count)
            let end = min(max(end, start), scalars.count)
            guard start < end else { return }
            let index: Int
            if let existing = labelIndex[label] {
                index = existing
            } else {
                index = labels.count
                labelIndex[label] = index
                labels.append(label)
            }
            for offset in start..<end { marks[offset] = index }
        }
        for placement in placements {
            if let cue = placement.entry.quote.cue { paint(cue.start, cue.end, .cue(colour: placement.colour)) }
        }
        for placement in placements {
            if let mention = placement.entry.quote.mention {
                paint(mention.start, mention.end, .mention(colour: placement.colour))
            }
        }
        for (index, placement) in placements.enumerated() {
            // The highlight takes in the quote marks when they stand right around the content.
            let quote = placement.entry.quote
            var start = quote.span.start
            var end = quote.span.end
            let opening = Array(quote.openingMark.unicodeScalars)
            if !opening.isEmpty, start - opening.count >= 0, start <= scalars.count,
                Array(scalars[(start - opening.count)..<start]) == opening
            {
                start -= opening.count
            }
            let closing = Array((quote.closingMark ?? "").unicodeScalars)
            if !closing.isEmpty, end >= 0, end + closing.count <= scalars.count,
                Array(scalars[end..<(end + closing.count)]) == closing
            {
                end += closing.count
            }
            paint(start, max(end, start), .quote(placement: index))
        }
        // The first and last code point left to each quote: its id goes on the first, its link after the last.
        var first = [Int?](repeating: nil, count: placements.count)
        var last = [Int?](repeating: nil, count: placements.count)
        for (offset, mark) in marks.enumerated() where mark >= 0 {
            if case .quote(let placement) = labels[mark] {
                if first[placement] == nil { first[placement] = offset }
                last[placement] = offset
            }
        }

        var output = "<div class=\"text\">"
        var start = 0
        // Where the run starting at code point `start` begins in the text: each run is escaped as a slice of the
        // text, not rebuilt scalar by scalar.
        var runStart = text.unicodeScalars.startIndex
        while start < scalars.count {
            var end = start + 1
            while end < scalars.count, marks[end] == marks[start] { end += 1 }
            let runEnd = text.unicodeScalars.index(runStart, offsetBy: end - start)
            let run = text.unicodeScalars[runStart..<runEnd]
            if marks[start] < 0 {
                HTMLRenderer.appendEscaped(Substring(run), to: &output)
            } else {
                switch labels[marks[start]] {
                case .cue(let colour):
                    output += "<span class=\"cue \(colour)\">"
                    HTMLRenderer.appendEscaped(Substring(run), to: &output)
                    output += "</span>"
                case .mention(let colour):
                    output += "<span class=\"m \(colour)\">"
                    HTMLRenderer.appendEscaped(Substring(run), to: &output)
                    output += "</span>"
                case .quote(let index):
                    let placement = placements[index]
                    let id = first[index] == start ? " id=\"\(placement.textID)\"" : ""
                    output += "<mark class=\"q \(placement.colour)\"\(id)>"
                    HTMLRenderer.appendEscaped(Substring(run), to: &output)
                    output += "</mark>"
                    if last[index] == end - 1 { output += backLink(placement) }
                }
            }
            start = end
            runStart = runEnd
        }
        output += "</div>\n"
        // Quotes with no code point of their own (empty or outside the text) still get their anchor.
        let unplaced = placements.indices.filter { first[$0] == nil }
        if !unplaced.isEmpty {
            output += "<p class=\"empty\">Not found in the text: "
            output += unplaced.map { "<span id=\"\(placements[$0].textID)\"></span>" + backLink(placements[$0]) }
                .joined(separator: " ")
            output += "</p>\n"
        }
        return output
    }

    /// A small link from the quote in the article back to its entry in the speaker's section.
    private func backLink(_ placement: Placement) -> String {
        let name = Formatting.name(of: report.speakers[placement.rank])
        let label = name.count > 28 ? String(name.prefix(27)) + "…" : name
        return "<a class=\"ref \(placement.colour)\" href=\"#\(placement.listID)\">\(HTMLRenderer.escape(label))</a>"
    }
}
