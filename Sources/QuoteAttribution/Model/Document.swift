/// An article's text prepared for analysis: validated UTF-8 bytes, paragraphs and line starts.
///
/// The text is never rewritten (no case, whitespace or Unicode normalisation), so byte offsets map to the
/// caller's code point offsets one to one; `\r\n`, a BOM, NFD text and non-breaking spaces are handled by
/// the detectors instead.
public struct Document: Sendable {
    /// The article this document was made from.
    public let article: Article
    /// The UTF-8 bytes of `article.text`.
    public let bytes: UTF8Text
    /// Byte ranges of the non-empty lines: a quote never crosses one.
    public let paragraphs: [TextRange]
    /// Byte offset where each line starts (line 1 at index 0).
    let lineStarts: [Int]

    init(article: Article, bytes: UTF8Text, paragraphs: [TextRange], lineStarts: [Int]) {
        self.article = article
        self.bytes = bytes
        self.paragraphs = paragraphs
        self.lineStarts = lineStarts
    }

    /// The text of a byte range.
    public func text(_ range: TextRange) -> String {
        String(decoding: bytes.bytes[range.start..<range.end], as: UTF8.self)
    }

    /// The byte at `offset`, or 0 outside the text.
    func byte(at offset: Int) -> UInt8 {
        offset >= 0 && offset < bytes.count ? bytes.bytes[offset] : 0
    }

    /// Code point offsets for byte offsets, in one forward pass over the text.
    public func scalarOffsets(of byteOffsets: [Int]) -> [Int] {
        let order = byteOffsets.indices.sorted { byteOffsets[$0] < byteOffsets[$1] }
        var result = [Int](repeating: 0, count: byteOffsets.count)
        var byte = 0
        var scalars = 0
        let raw = bytes.bytes
        raw.withUnsafeBytes { text in
            for index in order {
                let target = min(byteOffsets[index], raw.count)
                // Eight bytes at a time: every byte but a continuation byte (10xxxxxx) starts a code point.
                while byte + 8 <= target {
                    let word = UInt64(littleEndian: text.loadUnaligned(fromByteOffset: byte, as: UInt64.self))
                    let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
                    scalars += 8 - continuations.nonzeroBitCount
                    byte += 8
                }
                while byte < target {
                    if text[byte] & 0xC0 != 0x80 { scalars += 1 }
                    byte += 1
                }
                result[index] = scalars
            }
        }
        return result
    }

    /// The 1-based line and the byte offset where that line starts.
    func line(of offset: Int) -> (line: Int, start: Int) {
        var low = 0
        var high = lineStarts.count
        while low < high {
            let mid = (low + high) / 2
            if lineStarts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return (max(low, 1), lineStarts[max(low - 1, 0)])
    }
}
