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
    ///
    /// The offsets may come in any order; a caller that lists them nearly in text order (as `Assembler` does)
    /// gets each one in time proportional to its distance from the previous one. Offsets are clamped to the text.
    public func scalarOffsets(of byteOffsets: [Int]) -> [Int] {
        var scalars: [Int] = []
        var checkpoints: [Int] = []
        scalarOffsets(of: byteOffsets, into: &scalars, checkpoints: &checkpoints)
        return scalars
    }

    /// `scalarOffsets(of: byteOffsets)` in the storage of `scalars`, with `checkpoints` (emptied) as working
    /// storage: a caller that keeps both from document to document (`Assembler`) allocates neither.
    func scalarOffsets(of byteOffsets: [Int], into scalars: inout [Int], checkpoints: inout [Int]) {
        scalars.removeAll(keepingCapacity: true)
        scalars.reserveCapacity(byteOffsets.count)
        checkpoints.removeAll(keepingCapacity: true)
        let raw = bytes.bytes
        raw.withUnsafeBytes { text in
            // Up to its first non-ASCII byte (often the whole of an English text), the text has a code point
            // per byte. Past it, the pass counts forward to each offset that is not behind it; an offset behind it
            // (a mention before its quote) is counted from the last checkpoint at or before it, at most
            // `checkpointStride - 1` bytes. `checkpoints[k]` is the code point offset of byte
            // `ascii + k * checkpointStride`, for every such byte passed. (Sorting the offsets first cost more
            // than the counting itself.)
            let ascii = Document.asciiPrefix(text)
            let stride = Document.checkpointStride
            checkpoints.reserveCapacity((raw.count - ascii) / stride + 1)
            checkpoints.append(ascii)
            var byte = ascii
            var count = ascii
            // (Each offset appended into the room reserved above: no array grows.)
            for offset in byteOffsets {
                let target = max(0, min(offset, raw.count))
                if target <= ascii {
                    scalars.append(target)
                } else if target < byte {
                    let checkpoint = (target - ascii) / stride
                    let start = ascii + checkpoint * stride
                    scalars.append(checkpoints[checkpoint] + Document.scalarCount(text, from: start, to: target))
                } else {
                    while byte < target {
                        // Up to the next checkpoint, or to the target before it.
                        let next = ascii + checkpoints.count * stride
                        let end = min(target, next)
                        count += Document.scalarCount(text, from: byte, to: end)
                        byte = end
                        if byte == next { checkpoints.append(count) }
                    }
                    scalars.append(count)
                }
            }
        }
    }

    /// The offset of the first byte of `text` that is not ASCII, or its length.
    static func asciiPrefix(_ text: UnsafeRawBufferPointer) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080
        var byte = 0
        // Thirty-two bytes at a time, then the eight with the first high bit, then byte by byte.
        while byte + 32 <= text.count {
            let words = (0..<4).reduce(UInt64(0)) { bits, k in
                bits | text.loadUnaligned(fromByteOffset: byte + 8 * k, as: UInt64.self)
            }
            if words & high != 0 { break }
            byte += 32
        }
        while byte + 8 <= text.count {
            let word = UInt64(littleEndian: text.loadUnaligned(fromByteOffset: byte, as: UInt64.self)) & high
            if word != 0 { return byte + word.trailingZeroBitCount >> 3 }  // byte k of the text is bits 8k...8k+7
            byte += 8
        }
        while byte < text.count, text[byte] < 0x80 { byte += 1 }
        return byte
    }

    /// The distance in bytes between the checkpoints of `scalarOffsets(of:)`: the most `scalarCount` is asked to
    /// count at once (so that its per-lane counters cannot overflow).
    static let checkpointStride = 256

    /// The number of code points that start in `text[start..<end]`, a range of at most `checkpointStride`
    /// bytes: its bytes other than continuation bytes (10xxxxxx).
    static func scalarCount(_ text: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int {
        // Each lane counts the continuation bytes in its column, sixteen bytes at a time: at most sixteen
        // vectors, so at most 16 in a lane. As signed bytes, continuation bytes (0x80...0xBF) are the ones below
        // -64, and a true lane of a mask is all ones (-1 as a count): subtracting the mask adds one.
        var continuations = SIMD16<UInt8>()
        let lowest = SIMD16<Int8>(repeating: -64)
        var byte = start
        while byte + 16 <= end {
            let vector = text.loadUnaligned(fromByteOffset: byte, as: SIMD16<Int8>.self)
            continuations &-= unsafeBitCast(vector .< lowest, to: SIMD16<UInt8>.self)
            byte += 16
        }
        if byte < end {
            if end >= 16 {
                // The sixteen bytes that end at `end` (all inside the text), counted only from lane `16 - left`
                // on: the lanes before it were counted above or lie before `start`.
                let left = end - byte
                let vector = text.loadUnaligned(fromByteOffset: end - 16, as: SIMD16<Int8>.self)
                let lanes = SIMD16<Int8>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
                let wanted = lanes .>= SIMD16<Int8>(repeating: Int8(truncatingIfNeeded: 16 - left))
                continuations &-= unsafeBitCast((vector .< lowest) .& wanted, to: SIMD16<UInt8>.self)
            } else {
                // The range ends within the text's first sixteen bytes: byte by byte.
                var count = 0
                while byte < end {
                    if text[byte] & 0xC0 == 0x80 { count += 1 }
                    byte += 1
                }
                return end - start - count - Document.laneSum(continuations)
            }
        }
        return end - start - Document.laneSum(continuations)
    }

    /// The sum of the lanes of `counts`, each at most 16.
    private static func laneSum(_ counts: SIMD16<UInt8>) -> Int {
        let halves = unsafeBitCast(counts, to: SIMD2<UInt64>.self)
        // Bytes of at most 32, then sixteen-bit lanes of at most 64: no carry crosses a lane, and the multiply
        // sums the four lanes into the top sixteen bits (at most 256).
        let bytes = halves[0] &+ halves[1]
        let pairs = (bytes & 0x00FF_00FF_00FF_00FF) &+ ((bytes >> 8) & 0x00FF_00FF_00FF_00FF)
        return Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
    }

    /// `line(of:)` for an offset at or after the start of line `hint` (1-based, as returned), found by walking
    /// forward from that line: offsets that come in text order cost a step or two each rather than a binary
    /// search. Any other offset is searched for.
    func line(of offset: Int, from hint: Int) -> (line: Int, start: Int) {
        guard hint >= 1, hint <= lineStarts.count, lineStarts[hint - 1] <= offset else { return line(of: offset) }
        var line = hint  // lineStarts[line - 1] <= offset
        while line < lineStarts.count, lineStarts[line] <= offset { line += 1 }
        return (line, lineStarts[line - 1])
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
