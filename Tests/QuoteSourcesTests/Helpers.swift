import Foundation
import QuoteAttribution
import QuoteSources
import TestSupport
import Testing

/// Shared helpers for the QuoteSources tests.
enum Fixture {
    /// The seed article (Markdown-flavoured news text) from the shared folder beside the repository.
    static func seedArticle() throws -> String {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidates = [
            repository.deletingLastPathComponent().appendingPathComponent("shared/seeds/russia-belarus-drills.txt")
                .path,
            "/work/shared/seeds/russia-belarus-drills.txt",
        ]
        let path = try #require(
            candidates.first { FileManager.default.fileExists(atPath: $0) },
            "seed article not found in \(candidates)")
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    /// The quoted spans of `text` (straight or curly double quotes), as code point ranges including the marks.
    static func quotes(in text: String) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        var spans: [Range<Int>] = []
        var open: Int?
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\u{201C}": open = index
            case "\u{201D}":
                if let start = open { spans.append(start..<index + 1) }
                open = nil
            case "\"":
                if let start = open {
                    spans.append(start..<index + 1)
                    open = nil
                } else {
                    open = index
                }
            default: break
            }
        }
        return spans
    }

    /// The code points of `text` in `range`, as a string.
    static func slice(_ text: String, _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
    }

    /// Checks that each quote of `extracted` is found verbatim at its mapped offset in `source`.
    static func expectQuotesMapped(
        _ extracted: ExtractedText, in source: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for span in quotes(in: extracted.text) {
            let quote = slice(extracted.text, span)
            let start = extracted.sourceMap.sourceOffset(of: span.lowerBound)
            let end = min(start + span.count, source.unicodeScalars.count)
            #expect(
                slice(source, start..<end) == quote, "quote \(quote) mapped to \(start)", sourceLocation: sourceLocation
            )
        }
    }

    /// A fresh temporary directory; the caller removes it.
    static func temporaryDirectory() throws -> URL { try TestSupport.temporaryDirectory("quotesources") }

    /// Writes `bytes` to `name` in `directory`, creating folders on the way, and returns its path.
    @discardableResult
    static func write(_ bytes: [UInt8], to name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Writes `text` as UTF-8, as `write(_:to:in:)`.
    @discardableResult
    static func write(_ text: String, to name: String, in directory: URL) throws -> String {
        try write(Array(text.utf8), to: name, in: directory)
    }
}
