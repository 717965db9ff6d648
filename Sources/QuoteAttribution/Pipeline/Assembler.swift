/// The last document stage: turns byte ranges into code point spans and bundles a `DocumentAnalysis`.
struct Assembler {
    func analysis(document: Document, quotes: [Quote], problems: [(Diagnostic.Code, TextRange)]) -> DocumentAnalysis {
        var offsets: [Int] = []
        for quote in quotes { offsets += [quote.content.start, quote.content.end] }
        for problem in problems { offsets += [problem.1.start, problem.1.end] }
        let scalars = document.scalarOffsets(of: offsets)
        var cursor = 0
        func span(_ range: TextRange) -> Span {
            let start = scalars[cursor]
            let end = scalars[cursor + 1]
            cursor += 2
            let (line, lineStart) = document.line(of: range.start)
            let column = start - document.scalarOffsets(of: [lineStart])[0] + 1
            return Span(start: start, end: end, line: line, column: column)
        }
        var result: [AttributedQuote] = []
        for quote in quotes {
            result.append(
                AttributedQuote(
                    id: quote.id, span: span(quote.content), sourceSpan: nil, text: document.text(quote.content),
                    kind: quote.kind, openingMark: quote.openingMark, closingMark: quote.closingMark, speaker: nil,
                    speakerID: nil, mention: nil, cue: nil, addressee: nil, rule: nil, confidence: 0))
        }
        let diagnostics = problems.map { problem in
            Diagnostic(code: problem.0, message: problem.0.rawValue, span: span(problem.1))
        }
        return DocumentAnalysis(
            documentID: document.article.id, text: document.article.text, quotes: result, speakers: [],
            diagnostics: diagnostics)
    }
}
