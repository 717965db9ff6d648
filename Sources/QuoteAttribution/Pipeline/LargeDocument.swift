/// A document too large to analyse at once: cut into parts at blank lines (else at line breaks), analysed, and
/// joined back.
///
/// Quotes never cross a paragraph, so cutting at a blank line loses no quote, nor does cutting at a line break
/// in a text of one paragraph a line; context rules do not see across a cut. A single line longer than a part
/// is cut at a space (or, failing that, between characters). A speaker
/// of the same name and type in several parts is one speaker, with one id, numbered in order of first
/// appearance.
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
                // The end of the last blank line in the second half of the part (a paragraph's end, where a
                // hard-wrapped text's quotes end too), else of the last line break, else the last space, else the
                // limit.
                let floor = start + partBytes / 2
                let window = floor..<end
                /// True when the line break at `k` ends a line of nothing but blanks.
                func endsBlankLine(_ k: Int) -> Bool {
                    var j = k - 1
                    while j >= start, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D { j -= 1 }
                    return j >= start && bytes[j] == 0x0A
                }
                var cut =
                    window.last(where: { bytes[$0] == 0x0A && endsBlankLine($0) }).map { $0 + 1 }
                    ?? window.last(where: { bytes[$0] == 0x0A || (bytes[$0] == 0x0D && bytes[$0 + 1] != 0x0A) }).map {
                        $0 + 1
                    }
                    ?? window.last(where: { bytes[$0] == 0x20 }).map { $0 + 1 } ?? end
                // Never inside a character.
                while cut > start + 1, cut < bytes.count, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
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
            // A speaker seen in an earlier part (its id below the count so far) gains this part's forms.
            for speaker in part.speakers {
                guard speaker.id < speakers.count else {
                    speakers.append(speaker)
                    continue
                }
                speakers[speaker.id].merge(speaker)
            }
            diagnostics += part.diagnostics
        }
        return DocumentAnalysis(
            documentID: article.id, text: article.text, quotes: quotes, speakers: speakers, diagnostics: diagnostics)
    }

    /// Analyses every part with `analyze` and calls `body` with each part's analysis in turn, shifted into the
    /// article: offsets, lines, columns and quote and speaker ids count from the article's start (a part's
    /// speakers are those it quotes or names, without mention ids; one of the same name and type as in an earlier
    /// part keeps that part's id); its `text` is the part's.
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
        // The id of each speaker seen so far, by name and type (looked up, never iterated), and the next new id.
        var speakerIDs: [SpeakerKey: Int] = [:]
        var nextSpeakerID = 0
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
            // The article's id of each of the part's speakers, by the part's id.
            var globalIDs: [Int: Int] = [:]
            var speakers: [Speaker] = []
            speakers.reserveCapacity(part.speakers.count)
            for var speaker in part.speakers {
                let key = SpeakerKey(name: speaker.name, type: speaker.type)
                // Two speakers that one part keeps apart (namesakes) stay apart: only the first takes the id.
                let id: Int
                if let known = speakerIDs[key], !globalIDs.values.contains(known) {
                    id = known
                } else {
                    id = nextSpeakerID
                    nextSpeakerID += 1
                    if speakerIDs[key] == nil { speakerIDs[key] = id }
                }
                globalIDs[speaker.id] = id
                speaker.id = id
                speaker.mentions = []  // mention ids are local to a part
                speakers.append(speaker)
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
                quote.speakerID = quote.speakerID.flatMap { globalIDs[$0] }
                quotes.append(quote)
            }
            let diagnostics = part.diagnostics.map { diagnostic in
                var diagnostic = diagnostic
                diagnostic.span = shift(diagnostic.span)
                return diagnostic
            }
            quoteBase += part.quotes.count
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

/// What makes two parts' speakers one: the same canonical name and type.
private struct SpeakerKey: Hashable {
    var name: String
    var type: SpeakerType
}

extension Speaker {
    /// Adds the forms of `other`, the same speaker seen in a later part: its aliases and titles (kept sorted and
    /// distinct), its gender where this one's is unknown, and a name (it stays a description only when both are).
    fileprivate mutating func merge(_ other: Speaker) {
        aliases = Array(Set(aliases).union(other.aliases)).sorted()
        titles = Array(Set(titles).union(other.titles)).sorted()
        if gender == .unknown { gender = other.gender }
        if !other.isDescription { isDescription = false }
    }
}
