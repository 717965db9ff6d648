/// The last document stage: turns byte ranges into code point spans and bundles a `DocumentAnalysis`.
struct Assembler {
    let configuration: Configuration

    func analysis(
        document: Document, quotes: [Quote], problems: [(Diagnostic.Code, TextRange)], mentions: [Mention],
        attributions: [Attribution?], speakers: SpeakerResolver.Result
    ) -> DocumentAnalysis {
        // Every byte offset that output needs, converted in one forward pass.
        var ranges: [TextRange] = []
        for quote in quotes {
            ranges.append(quote.content)
            let attribution = attributions[quote.id]
            if case .mention(let m)? = attribution?.source { ranges.append(mentions[m].range) }
            if let cue = attribution?.cue { ranges.append(cue.range) }
            if let addressee = attribution?.addressee { ranges.append(addressee.range) }
        }
        ranges += problems.map(\.1)
        let lineStarts = ranges.map { document.line(of: $0.start).start }
        let scalars = document.scalarOffsets(of: ranges.flatMap { [$0.start, $0.end] } + lineStarts)
        var scalarOf: [TextRange: (Int, Int)] = [:]
        var columnOf: [TextRange: Int] = [:]
        scalarOf.reserveCapacity(ranges.count)
        columnOf.reserveCapacity(ranges.count)
        for (k, range) in ranges.enumerated() {
            scalarOf[range] = (scalars[2 * k], scalars[2 * k + 1])
            columnOf[range] = scalars[2 * k] - scalars[2 * ranges.count + k] + 1
        }
        func span(_ range: TextRange) -> Span {
            let (start, end) = scalarOf[range]!
            return Span(start: start, end: end, line: document.line(of: range.start).line, column: columnOf[range]!)
        }
        func sourceSpan(_ span: Span) -> Span? { document.article.sourceMap?.sourceSpan(of: span) }
        func spanText(_ range: TextRange, _ text: String) -> QuoteSpanText {
            let (start, end) = scalarOf[range]!
            return QuoteSpanText(text: text, start: start, end: end)
        }
        var result: [AttributedQuote] = []
        for quote in quotes {
            var attribution = attributions[quote.id]
            if let found = attribution, found.confidence < configuration.minimumConfidence { attribution = nil }
            let speaker = attribution == nil ? nil : speakers.speakerOfQuote[quote.id]
            if speaker == nil { attribution = nil }  // no speaker, no attribution: mention and cue go too
            let kind = Assembler.kind(of: quote, in: document, rule: speaker == nil ? nil : attribution?.rule)
            var mention: QuoteSpanText?
            if case .mention(let m)? = attribution?.source { mention = spanText(mentions[m].range, mentions[m].text) }
            let contentSpan = span(quote.content)
            result.append(
                AttributedQuote(
                    id: quote.id, span: contentSpan, sourceSpan: sourceSpan(contentSpan),
                    text: document.text(quote.content),
                    kind: kind, openingMark: quote.openingMark, closingMark: quote.closingMark,
                    speaker: speaker.map { speakers.speakers[$0].name }, speakerID: speaker, mention: mention,
                    cue: attribution?.cue.map { spanText($0.range, $0.text) },
                    addressee: attribution?.addressee.map { spanText($0.range, $0.text) },
                    rule: speaker == nil ? nil : attribution?.rule,
                    confidence: speaker == nil ? 0 : attribution?.confidence ?? 0))
        }
        let diagnostics = problems.map { problem in
            Diagnostic(code: problem.0, message: Assembler.message(for: problem.0), span: span(problem.1))
        }
        return DocumentAnalysis(
            documentID: document.article.id, text: document.article.text, quotes: result, speakers: speakers.speakers,
            diagnostics: diagnostics)
    }

    /// Rules that tie a quote to a cue of its own; other rules only borrow a speaker from the context.
    static let cueRules = Set(Attributor.cueRules.map { type(of: $0).id })

    /// The final kind: a partial quote of one or two words that no cue of its own governs is a scare quote
    /// or a term (`considers ''smart''`), not a quotation; so is a short one nobody is found to have said.
    static func kind(of quote: Quote, in document: Document, rule: String?) -> QuoteKind {
        guard quote.kind == .partial else { return quote.kind }
        let raw = document.bytes.bytes
        let words = QuoteDetector.wordCount(raw, quote.content)
        if rule == nil, words <= 3 { return .scare }
        let ownCue = rule.map { cueRules.contains($0) } ?? false
        if !ownCue, words <= 2 { return .scare }
        return .partial
    }

    static func message(for code: Diagnostic.Code) -> String {
        switch code {
        case .unclosedQuote: "quote mark opened here is never closed; the quote runs to the end of the paragraph"
        case .strayMark: "quote mark with no partner; ignored"
        case .regexLimit: "a pattern hit its match limit; this part was skipped"
        }
    }
}
