import QuoteAttribution

/// Renders a report as one self-contained HTML page that needs no script, style sheet or network.
///
/// The page has a bar chart of quotes per speaker (inline SVG, coloured by speaker type), a summary table,
/// a section per speaker listing their quotes, and every article that a reported quote comes from, with the
/// quotes highlighted in their speaker's colour and the speaker mention and cue marked (in an article, a
/// speaker whose colour a higher-ranked speaker there has takes a free one: see
/// `HTMLStyle.articleColourClasses(ranks:)`). Quotes link to their place in the article and
/// back. All report text is escaped; element ids are built from integers only; a Content-Security-Policy
/// forbids scripts and every external resource.
public struct HTMLRenderer: Renderer {
    /// `html`.
    public static let identifier = "html"

    /// The Content-Security-Policy of the page: no scripts, no fetches; inline styles and data images only.
    public static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

    /// The page title.
    public var title: String

    /// Creates an HTML renderer with a page title.
    public init(title: String = "Quote report") {
        self.title = title
    }

    /// The HTML page of `report`.
    public func render(_ report: Report) -> String {
        var page = HTMLPage(report: report)
        return page.render(title: title)
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references: safe in text and attributes.
    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        appendEscaped(text, to: &output)
        return output
    }

    /// Appends `escape(text)` to `output`.
    static func appendEscaped(_ text: some StringProtocol, to output: inout String) {
        Formatting.append(text, to: &output) { byte in
            switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            case UInt8(ascii: "'"): "&#39;"
            default: nil
            }
        }
    }
}

/// Where a report quote sits: its speaker's rank and its position in that speaker's list.
struct Placement {
    var rank: Int
    var index: Int
    var entry: ReportQuote
    var colour: String

    /// Id of the quote in its speaker's section.
    var listID: String { "s\(rank)-\(index)" }
    /// Id of the quote in its article.
    var textID: String { "q\(rank)-\(index)" }
}

/// Builds the page for one report.
struct HTMLPage {
    let report: Report
    /// The placements of each article's quotes, indexed like `report.analyses`.
    let placements: [[Placement]]
    var output = ""

    init(report: Report) {
        self.report = report
        var placements = [[Placement]](repeating: [], count: report.analyses.count)
        // The ranks of the named speakers quoted in each article, ascending (speakers come in rank order).
        var ranks = [[Int]](repeating: [], count: report.analyses.count)
        for (rank, speaker) in report.speakers.enumerated() {
            let colour = HTMLStyle.colourClass(rank: rank, speaker: speaker)
            for (index, entry) in speaker.quotes.enumerated() {
                guard let document = HTMLPage.articleIndex(of: entry, in: report) else { continue }
                if speaker.name != nil, ranks[document].last != rank { ranks[document].append(rank) }
                placements[document].append(Placement(rank: rank, index: index, entry: entry, colour: colour))
            }
        }
        // In its articles, a speaker takes the colour its article gives it, so that no two share one there.
        for document in placements.indices where !ranks[document].isEmpty {
            let colours = HTMLStyle.articleColourClasses(ranks: ranks[document])
            var k = 0
            for p in placements[document].indices where report.speakers[placements[document][p].rank].name != nil {
                while ranks[document][k] != placements[document][p].rank { k += 1 }
                placements[document][p].colour = colours[k]
            }
        }
        self.placements = placements
    }

    private static func escape(_ text: String) -> String { HTMLRenderer.escape(text) }

    /// The index in `report.analyses` of the article a quote came from, or nil when the report does not keep it.
    static func articleIndex(of quote: ReportQuote, in report: Report) -> Int? {
        guard let index = Formatting.documentIndex(of: quote, in: report), report.analyses.indices.contains(index)
        else { return nil }
        return index
    }

    mutating func render(title: String) -> String {
        let title = HTMLPage.escape(title)
        output = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(HTMLPage.escape(HTMLRenderer.contentSecurityPolicy))">
            <meta name="referrer" content="no-referrer">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>
            \(HTMLStyle.css)</style>
            </head>
            <body>
            <main>
            <header>
            <h1>\(title)</h1>
            <p class="meta">\(HTMLRenderer.escape(Formatting.scope(of: report)))</p>
            \(Formatting.unreadNote(report).map { "<p class=\"meta\"><strong>\(HTMLRenderer.escape($0))</strong></p>\n" } ?? "")\
            <nav><a href="#summary">Summary</a><a href="#speakers">Speakers</a><a href="#articles">Articles</a></nav>
            </header>

            """
        summary()
        speakers()
        articles()
        output += "</main>\n</body>\n</html>\n"
        return output
    }

    // MARK: - Summary

    private mutating func summary() {
        output += "<section id=\"summary\">\n<h2>Summary</h2>\n"
        guard !report.speakers.isEmpty else {
            output += "<p class=\"empty\">No quotes.</p>\n</section>\n"
            return
        }
        chart()
        let kinds = report.speakers[0].quotesByKind.map(\.kind)
        output +=
            "<table>\n<thead><tr><th class=\"num\">#</th><th>Speaker</th><th>Type</th><th class=\"num\">Quotes</th>"
        for kind in kinds {
            output += "<th class=\"num\">\(kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst())</th>"
        }
        output += "<th class=\"num\">Articles</th><th class=\"num\">Words</th><th>Cues</th></tr></thead>\n<tbody>\n"
        for (rank, speaker) in report.speakers.enumerated() {
            let colour = HTMLStyle.colourClass(rank: rank, speaker: speaker)
            output += "<tr class=\"\(colour)\"><td class=\"num\">\(Formatting.rank(rank, of: speaker) ?? "")</td>"
            output +=
                "<td><a href=\"#s\(rank)\"><span class=\"swatch\"></span>\(HTMLPage.escape(Formatting.name(of: speaker)))</a></td>"
            output += "<td>\(speaker.type.rawValue)</td><td class=\"num\">\(speaker.quoteCount)</td>"
            for count in speaker.quotesByKind { output += "<td class=\"num\">\(count.count)</td>" }
            output += "<td class=\"num\">\(speaker.articleCount)</td><td class=\"num\">\(speaker.wordCount)</td>"
            output += "<td>\(cues(speaker, limit: 3))</td></tr>\n"
        }
        output += "</tbody>\n</table>\n</section>\n"
    }

    /// Horizontal bars of quotes per speaker, coloured by speaker type, each linking to the speaker's section.
    private mutating func chart() {
        let rowHeight = 28
        let labelWidth = 230
        let barSpace = 470
        let height = report.speakers.count * rowHeight + 8
        let largest = max(report.speakers.map(\.quoteCount).max() ?? 1, 1)
        output +=
            "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 760 \(height)\" width=\"760\" height=\"\(height)\" role=\"img\" aria-labelledby=\"chart-title\">\n"
        output += "<title id=\"chart-title\">Quotes per speaker</title>\n"
        for (rank, speaker) in report.speakers.enumerated() {
            let y = 4 + rank * rowHeight
            let width = max(2, barSpace * speaker.quoteCount / largest)
            let name = Formatting.name(of: speaker)
            let label = name.count > 34 ? String(name.prefix(33)) + "…" : name
            output +=
                "<a href=\"#s\(rank)\"><title>\(HTMLPage.escape(name)): \(Formatting.count(speaker.quoteCount, "quote"))</title>"
            output += "<text class=\"label\" x=\"\(labelWidth - 10)\" y=\"\(y + 18)\">\(HTMLPage.escape(label))</text>"
            output +=
                "<rect class=\"t-\(speaker.type.rawValue)\" x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(width)\" height=\"\(rowHeight - 8)\" rx=\"3\"></rect>"
            output +=
                "<text class=\"value\" x=\"\(labelWidth + width + 8)\" y=\"\(y + 18)\">\(speaker.quoteCount)</text></a>\n"
        }
        output += "</svg>\n<ul class=\"legend\">"
        for type in SpeakerType.allCases where report.speakers.contains(where: { $0.type == type }) {
            output += "<li><span class=\"key t-\(type.rawValue)\"></span>\(type.rawValue)</li>"
        }
        output += "</ul>\n"
    }

    // MARK: - Speakers

    private mutating func speakers() {
        output += "<section id=\"speakers\">\n<h2>Speakers</h2>\n"
        if report.speakers.isEmpty { output += "<p class=\"empty\">No speakers.</p>\n" }
        for (rank, speaker) in report.speakers.enumerated() {
            let colour = HTMLStyle.colourClass(rank: rank, speaker: speaker)
            output += "<section class=\"speaker \(colour)\" id=\"s\(rank)\">\n"
            output += "<h3>"
            if let number = Formatting.rank(rank, of: speaker) { output += "<span class=\"rank\">\(number).</span>" }
            output += "<span class=\"swatch\"></span>"
            output += "<span class=\"name\">\(HTMLPage.escape(Formatting.name(of: speaker)))</span>"
            if speaker.name != nil {
                output += "<span class=\"badge t-\(speaker.type.rawValue)\">\(speaker.type.rawValue)</span>"
            }
            output += "</h3>\n"
            let byKind = speaker.quotesByKind.filter { $0.count > 0 }.map { "\($0.count) \($0.kind.rawValue)" }
            output += "<div class=\"facts\">\n<p>\(Formatting.count(speaker.quoteCount, "quote"))"
            if !byKind.isEmpty { output += " (" + byKind.joined(separator: ", ") + ")" }
            output +=
                " · \(Formatting.count(speaker.articleCount, "article")) · \(Formatting.count(speaker.wordCount, "word"))</p>\n<dl>"
            if !speaker.aliases.isEmpty {
                output += "<dt>Also named</dt><dd>\(speaker.aliases.map(HTMLPage.escape).joined(separator: "; "))</dd>"
            }
            if !speaker.titles.isEmpty {
                output += "<dt>Titles</dt><dd>\(speaker.titles.map(HTMLPage.escape).joined(separator: "; "))</dd>"
            }
            if !speaker.cues.isEmpty { output += "<dt>Cues</dt><dd>\(cues(speaker, limit: nil))</dd>" }
            output += "<dt>First</dt><dd>\(position(speaker.first))</dd>"
            output += "<dt>Last</dt><dd>\(position(speaker.last))</dd>"
            output += "</dl>\n</div>\n<ol class=\"quotes\">\n"
            for (index, entry) in speaker.quotes.enumerated() {
                let placement = Placement(rank: rank, index: index, entry: entry, colour: colour)
                quoteItem(placement)
            }
            output += "</ol>\n</section>\n"
        }
        output += "</section>\n"
    }

    private mutating func quoteItem(_ placement: Placement) {
        let quote = placement.entry.quote
        output += "<li id=\"\(placement.listID)\"><blockquote>"
        output += HTMLPage.escape(quote.openingMark + quote.text + (quote.closingMark ?? ""))
        output += "</blockquote>\n<p class=\"where\">"
        let place = position(placement.entry)
        if HTMLPage.articleIndex(of: placement.entry, in: report) != nil {
            output += "<a href=\"#\(placement.textID)\">\(place)</a>"
        } else {
            output += place
        }
        output += " · \(quote.kind.rawValue)"
        if let cue = quote.cue { output += " · cue <em>\(HTMLPage.escape(cue.text))</em>" }
        if let addressee = quote.addressee { output += " · to <em>\(HTMLPage.escape(addressee.text))</em>" }
        if let mention = quote.mention { output += " · via <em>\(HTMLPage.escape(mention.text))</em>" }
        if let rule = quote.rule { output += " · rule <code>\(HTMLPage.escape(rule))</code>" }
        if quote.rule != nil || quote.confidence > 0 {
            output += " · confidence \(Formatting.fixed2(quote.confidence))"
        }
        output += "</p></li>\n"
    }

    /// `document, line L, column C` for a quote, escaped.
    private func position(_ entry: ReportQuote) -> String {
        "\(HTMLPage.escape(entry.documentID)), line \(entry.quote.location.line), column \(entry.quote.location.column)"
    }

    private func cues(_ speaker: SpeakerSummary, limit: Int?) -> String {
        let shown = limit.map { Array(speaker.cues.prefix($0)) } ?? speaker.cues
        return shown.map { "\(HTMLPage.escape($0.cue)) (\($0.count))" }.joined(separator: ", ")
            + (shown.count < speaker.cues.count ? ", …" : "")
    }

    // MARK: - Articles

    private mutating func articles() {
        output += "<section id=\"articles\">\n<h2>Articles</h2>\n"
        output +=
            "<ul class=\"legend\"><li><mark class=\"q cu\">quote</mark></li><li><span class=\"m cu\">speaker mention</span></li><li><span class=\"cue cu\">cue</span></li></ul>\n"
        if report.documentIDs.isEmpty {
            output += "<p class=\"empty\">No articles.</p>\n"
        } else if report.analyses.isEmpty {
            output += "<p class=\"empty\">This report does not keep the articles' text.</p>\n"
        }
        var skipped = 0
        for (index, analysis) in report.analyses.enumerated() {
            // Only the articles that some reported quote comes from: they are the context of the report.
            guard !placements[index].isEmpty else {
                skipped += 1
                continue
            }
            output += "<section class=\"article\" id=\"d\(index)\">\n"
            output +=
                "<h3><span class=\"rank\">\(index + 1).</span><span class=\"doc\">\(HTMLPage.escape(analysis.documentID))</span></h3>\n"
            output += ArticleMarkup(text: analysis.text, placements: placements[index], report: report).html()
            output += "</section>\n"
        }
        if skipped > 0 {
            output += "<p class=\"empty\">\(Formatting.count(skipped, "other article")) without reported quotes "
            output += skipped == 1 ? "is not shown.</p>\n" : "are not shown.</p>\n"
        }
        output += "</section>\n"
    }
}
