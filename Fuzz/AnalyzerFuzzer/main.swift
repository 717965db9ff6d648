// AnalyzerFuzzer: libFuzzer entry point for QuoteAnalyzer (built by `make fuzz`, not a SwiftPM target).
//
// Compiled together with Sources/QuoteAttribution/**/*.swift into one module, with
// `-sanitize=fuzzer,address -parse-as-library`. Decodes the input as UTF-8 (lossy), analyses it, and traps
// when an invariant fails: every quote span lies within the text's code point count, start <= end,
// and spans are sorted by start.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let scalarCount = text.unicodeScalars.count
    let analysis = QuoteAnalyzer().analyze(Article(id: "fuzz", text: text))
    var previousStart = -1
    for quote in analysis.quotes {
        let span = quote.span
        precondition(
            span.start >= 0 && span.start <= span.end && span.end <= scalarCount,
            "quote \(quote.id) span \(span.start)..<\(span.end) outside 0..<\(scalarCount)")
        precondition(span.start >= previousStart, "quote spans not sorted: \(span.start) after \(previousStart)")
        previousStart = span.start
        for part in [quote.mention, quote.cue, quote.addressee] {
            guard let part else { continue }
            precondition(
                part.start >= 0 && part.start <= part.end && part.end <= scalarCount,
                "quote \(quote.id) part span \(part.start)..<\(part.end) outside 0..<\(scalarCount)")
        }
    }
    return 0
}
