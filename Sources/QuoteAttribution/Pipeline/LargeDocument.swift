/// A document too large to analyse at once: cut into parts at line breaks, analysed, and joined back.
///
/// Quotes never cross a line break, so cutting there loses no quote; context rules do not see across a
/// cut. A single line longer than a part is cut at a space (or, failing that, between characters).
struct LargeDocument {
    let article: Article
    let partBytes: Int

    /// Byte ranges of the parts of `bytes` (the article's text), each ending after a newline when one is near the
    /// cut.
    func parts(of bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            var end = min(start + partBytes, bytes.count)
            if end < bytes.count {
                // The last line break in the second half of the part, else the last space, else the limit.
                let floor = start + partBytes / 2
                let window = floor..<end
                var cut =
                    window.last(where: { bytes[$0] == 0x0A || (bytes[$0] == 0x0D && bytes[$0 + 1] != 0x0A) }).map {
                        $0 + 1
                    }
                    ?? window.last(where: { bytes[$0] == 0x20 }).map { $0 + 1 } ?? end
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
        var quotes: [AttributedQuote] = []
        var speakers: [Speaker] = []
        var diagnostics: [Diagnostic] = []
        forEachPart(analyze) { part in
            quotes += part.quotes
            speakers += part.speakers
            diagnostics += part.diagnostics
        }
        return DocumentAnalysis(
            documentID: article.id, text: article.text, quotes: quotes, speakers: speakers, diagnostics: diagnostics)
    }

    /// Analyses every part with `analyze` and calls `body` with each part's analysis in turn, shifted into the
    /// article: offsets, lines, columns and quote and speaker ids count from the article's start (a part's
    /// speakers are its own, without mention ids); its `text` is the part's.
    func forEachPart(_ analyze: (Article) -> DocumentAnalysis, _ body: (DocumentAnalysis) -> Void) {
        var text = article.text
        text.makeContiguousUTF8()
        // The text's own bytes rather than a copy: a huge document is held once (each copy was its size again).
        if text.utf8.withContiguousStorageIfAvailable({ forEachPart(of: $0, analyze, body) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { forEachPart(of: $0, analyze, body) }
        }
    }

    /// `forEachPart(_:_:)` over `bytes`, the UTF-8 of the article's text.
    private func forEachPart(
        of bytes: UnsafeBufferPointer<UInt8>, _ analyze: (Article) -> DocumentAnalysis,
        _ body: (DocumentAnalysis) -> Void
    ) {
        var quoteBase = 0
        var speakerBase = 0
        var scalarOffset = 0
        var lineOffset = 0
        var columnOffset = 0  // code points of the line already seen when a part starts mid-line
        for range in parts(of: bytes) {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            let part = analyze(Article(id: article.id, text: text))
            func shift(_ span: CodePointSpan) -> CodePointSpan {
                CodePointSpan(
                    start: span.start + scalarOffset, end: span.end + scalarOffset, line: span.line + lineOffset,
                    column: span.line == 1 ? span.column + columnOffset : span.column)
            }
            func shift(_ span: QuoteSpanText?) -> QuoteSpanText? {
                span.map { QuoteSpanText(text: $0.text, start: $0.start + scalarOffset, end: $0.end + scalarOffset) }
            }
            var quotes: [AttributedQuote] = []
            quotes.reserveCapacity(part.quotes.count)
            for var quote in part.quotes {
                quote.id += quoteBase
                quote.span = shift(quote.span)
                quote.sourceSpan = article.sourceMap?.sourceSpan(of: quote.span)
                quote.mention = shift(quote.mention)
                quote.cue = shift(quote.cue)
                quote.addressee = shift(quote.addressee)
                quote.speakerID = quote.speakerID.map { $0 + speakerBase }
                quotes.append(quote)
            }
            var speakers: [Speaker] = []
            speakers.reserveCapacity(part.speakers.count)
            for var speaker in part.speakers {
                speaker.id += speakerBase
                speaker.mentions = []  // mention ids are local to a part
                speakers.append(speaker)
            }
            let diagnostics = part.diagnostics.map { diagnostic in
                var diagnostic = diagnostic
                diagnostic.span = shift(diagnostic.span)
                return diagnostic
            }
            quoteBase += part.quotes.count
            speakerBase += part.speakers.count
            scalarOffset += text.unicodeScalars.count
            // Lines end as the Normalizer ends them: at LF, CR, or CRLF counted once.
            var lastBreak: Int?
            for k in range
            where bytes[k] == 0x0A || (bytes[k] == 0x0D && (k + 1 >= bytes.count || bytes[k + 1] != 0x0A)) {
                lineOffset += 1
                lastBreak = k
            }
            let lineStart = lastBreak.map { $0 + 1 } ?? range.lowerBound
            let tail = bytes[lineStart..<range.upperBound].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
            columnOffset = lastBreak == nil ? columnOffset + tail : tail
            body(
                DocumentAnalysis(
                    documentID: article.id, text: text, quotes: quotes, speakers: speakers, diagnostics: diagnostics))
        }
    }
}
