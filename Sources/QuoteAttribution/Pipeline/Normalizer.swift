/// Stage 1: Article -> Document. Finds lines and paragraphs; leaves the text itself untouched, but for the line
/// breaks inside the paragraphs of a hard-wrapped text (`HardWrap`), read as spaces when `joinsWrappedLines`.
struct Normalizer {
    /// Whether a hard-wrapped text's paragraphs span its lines (`Configuration.joinsWrappedLines`).
    var joinsWrappedLines = true

    /// Builds the document for `article`.
    func document(for article: Article) -> Document {
        let bytes = UTF8Text(article.text)
        let raw = bytes.bytes
        var paragraphs: [TextRange] = []
        var lineStarts = [0]
        // News text has a line in about 200 bytes: room for most documents' lines without growing.
        paragraphs.reserveCapacity(16 + raw.count / 128)
        lineStarts.reserveCapacity(16 + raw.count / 128)
        var lineStart = 0
        var index = 0
        func closeLine(at end: Int) {
            // Trim horizontal white space (incl. a BOM) so a paragraph starts and ends with text.
            var start = lineStart
            var stop = end
            // Each blank's width read once (it says whether there is one).
            while start < stop, case let width = Normalizer.blankWidth(raw, at: start), width > 0 { start += width }
            while stop > start, case let width = Normalizer.blankEndingWidth(raw, at: stop), width > 0 { stop -= width }
            if start < stop { paragraphs.append(TextRange(start, stop)) }
        }
        while index < raw.count {
            index = Normalizer.lineBreak(in: raw, from: index)  // the bytes between are plain text
            guard index < raw.count else { break }
            let byte = raw[index]
            if byte == 0x0A || byte == 0x0D {
                closeLine(at: index)
                if byte == 0x0D, index + 1 < raw.count, raw[index + 1] == 0x0A { index += 1 }
                index += 1
                lineStart = index
                lineStarts.append(index)
            } else {
                index += 1
            }
        }
        closeLine(at: raw.count)
        if joinsWrappedLines, let joined = HardWrap.joined(raw, lines: paragraphs) {
            return Document(
                article: article, bytes: UTF8Text(unchecked: joined.bytes), paragraphs: joined.paragraphs,
                lineStarts: lineStarts)
        }
        return Document(article: article, bytes: bytes, paragraphs: paragraphs, lineStarts: lineStarts)
    }

    /// The offset of the first `\n` or `\r` at or after `start`, or `raw.count`; thirty-two bytes at a time.
    static func lineBreak(in raw: [UInt8], from start: Int) -> Int {
        raw.withUnsafeBytes { text in
            let count = text.count
            var index = start
            // The constants are spelled with their element type: an inferred `SIMD16(repeating:)` compiled lane by
            // lane.
            let newline = SIMD16<UInt8>(repeating: 0x0A)
            let carriageReturn = SIMD16<UInt8>(repeating: 0x0D)
            /// The line breaks among the sixteen bytes at `offset`.
            func breaks(at offset: Int) -> SIMDMask<SIMD16<Int8>> {
                let vector = text.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
                return (vector .== newline) .| (vector .== carriageReturn)
            }
            // Thirty-two bytes compared in two vectors and tested once (a line has about a hundred bytes), then
            // the sixteen with the first line break.
            while index + 32 <= count {
                let first = breaks(at: index)
                let second = breaks(at: index + 16)
                if Normalizer.hasTrueLane(first .| second) {
                    let lane = first.firstTrueLane
                    return index + (lane < 16 ? lane : 16 + second.firstTrueLane)
                }
                index += 32
            }
            while index + 16 <= count {
                let lane = breaks(at: index).firstTrueLane
                if lane < 16 { return index + lane }
                index += 16
            }
            while index < count, text[index] != 0x0A, text[index] != 0x0D { index += 1 }
            return index
        }
    }

    /// True when some lane of `mask` is: its two 64-bit halves or-ed (as `firstTrueLane` reads them; `any(_:)`
    /// compiled to more).
    private static func hasTrueLane(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
        let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return halves[0] | halves[1] != 0
    }

    /// Width in bytes of the blank starting at `offset`, or 0.
    static func blankWidth(_ raw: [UInt8], at offset: Int) -> Int {
        let byte = raw[offset]
        if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C { return 1 }
        if byte == 0xC2, offset + 1 < raw.count, raw[offset + 1] == 0xA0 { return 2 }
        if byte == 0xEF, offset + 2 < raw.count, raw[offset + 1] == 0xBB, raw[offset + 2] == 0xBF { return 3 }
        if byte == 0xE2, offset + 2 < raw.count, raw[offset + 1] == 0x80,
            (0x80...0x8B).contains(raw[offset + 2]) || raw[offset + 2] == 0xAF
        {
            return 3
        }
        return 0
    }

    /// Width of the blank ending just before `end`, or 0.
    static func blankEndingWidth(_ raw: [UInt8], at end: Int) -> Int {
        // An ASCII last byte (nearly always) is a blank of one byte or ends none: every wider blank ends with a
        // byte of 0x80 or more.
        if end >= 1, raw[end - 1] < 0x80 { return blankWidth(raw, at: end - 1) }
        for width in [1, 2, 3] where end - width >= 0 {
            let start = end - width
            if raw[start] & 0xC0 != 0x80, blankWidth(raw, at: start) == width { return width }
        }
        return 0
    }
}
