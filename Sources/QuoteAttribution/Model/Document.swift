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
        // (offset, index) pairs sorted as plain tuples: no closure reading `byteOffsets` twice per comparison.
        // Ties keep any order: equal offsets get equal results.
        var order = byteOffsets.enumerated().map { ($0.element, $0.offset) }
        order.sort { $0.0 < $1.0 }
        var result = [Int](repeating: 0, count: byteOffsets.count)
        var byte = 0
        var scalars = 0
        let raw = bytes.bytes
        raw.withUnsafeBytes { text in
            for (offset, index) in order {
                let target = min(offset, raw.count)
                // Thirty-two bytes at a time: the continuation bytes (10xxxxxx) of four words counted in eight
                // one-byte lanes (at most four in each), summed once.
                while byte + 32 <= target {
                    var lanes: UInt64 = 0
                    for k in 0..<4 {
                        let word = UInt64(
                            littleEndian: text.loadUnaligned(fromByteOffset: byte + 8 * k, as: UInt64.self))
                        lanes &+= (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
                    }
                    scalars += 32 - Int(truncatingIfNeeded: (lanes &* 0x0101_0101_0101_0101) >> 56)
                    byte += 32
                }
                // Eight bytes at a time: every byte but a continuation byte (10xxxxxx) starts a code point.
                while byte + 8 <= target {
                    let word = UInt64(littleEndian: text.loadUnaligned(fromByteOffset: byte, as: UInt64.self))
                    let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
                    // The flags are single bits 8 apart: one multiply sums them into the top byte (the generic
                    // x86-64 target has no popcount instruction, and `nonzeroBitCount` is then a long sequence).
                    scalars += 8 - Int(truncatingIfNeeded: ((continuations >> 7) &* 0x0101_0101_0101_0101) >> 56)
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
