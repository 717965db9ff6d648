/// A document too large to analyse at once: cut into parts at line breaks, analysed, and joined back.
///
/// Quotes never cross a line break, so cutting there loses no quote; context rules do not see across a
/// cut. A single line longer than a part is cut at a space (or, failing that, between characters).
struct LargeDocument {
    let article: Article
    let partBytes: Int

    /// Byte ranges of the parts, each ending after a newline when one is near the cut.
    func parts() -> [Range<Int>] {
        let bytes = Array(article.text.utf8)
        var parts: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            var end = min(start + partBytes, bytes.count)
            if end < bytes.count {
                let floor = start + partBytes / 2
                var cut = end
                while cut > floor, bytes[cut - 1] != 0x0A { cut -= 1 }
                if cut == floor {
                    cut = end
                    while cut > floor, bytes[cut - 1] != 0x20 { cut -= 1 }
                }
                if cut == floor { cut = end }
                while cut > start + 1, cut < bytes.count, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }  // never inside a character
                end = cut
            }
            parts.append(start..<end)
            start = end
        }
        return parts
    }

    /// Analyses every part with `analyze` and joins the results, shifting offsets, lines and speaker ids.
    func analysis(_ analyze: (Article) -> DocumentAnalysis) -> DocumentAnalysis {
        let bytes = Array(article.text.utf8)
        var quotes: [AttributedQuote] = []
        var speakers: [Speaker] = []
        var diagnostics: [Diagnostic] = []
        var scalarOffset = 0
        var lineOffset = 0
        for range in parts() {
            let text = String(decoding: bytes[range], as: UTF8.self)
            let part = analyze(Article(id: article.id, text: text))
            let speakerBase = speakers.count
            let quoteBase = quotes.count
            func shift(_ span: Span) -> Span {
                Span(start: span.start + scalarOffset, end: span.end + scalarOffset, line: span.line + lineOffset,
                     column: span.column)
            }
            func shift(_ span: QuoteSpanText?) -> QuoteSpanText? {
                span.map { QuoteSpanText(text: $0.text, start: $0.start + scalarOffset, end: $0.end + scalarOffset) }
            }
            for var quote in part.quotes {
                quote.id += quoteBase
                quote.span = shift(quote.span)
                if let map = article.sourceMap {
                    quote.sourceSpan = Span(
                        start: map.sourceOffset(of: quote.span.start),
                        end: map.sourceOffset(of: max(quote.span.end - 1, quote.span.start)) + 1,
                        line: quote.span.line, column: quote.span.column)
                }
                quote.mention = shift(quote.mention)
                quote.cue = shift(quote.cue)
                quote.addressee = shift(quote.addressee)
                quote.speakerID = quote.speakerID.map { $0 + speakerBase }
                quotes.append(quote)
            }
            for var speaker in part.speakers {
                speaker.id += speakerBase
                speaker.mentions = []  // mention ids are local to a part
                speakers.append(speaker)
            }
            for var diagnostic in part.diagnostics {
                diagnostic.span = shift(diagnostic.span)
                diagnostics.append(diagnostic)
            }
            scalarOffset += text.unicodeScalars.count
            lineOffset += bytes[range].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }
        return DocumentAnalysis(
            documentID: article.id, text: article.text, quotes: quotes, speakers: speakers, diagnostics: diagnostics)
    }
}
