/// Hard-wrapped text: lines broken at a fixed width, paragraphs between blank lines, as Project Gutenberg's books,
/// plain-text archives and e-mail are written. Its line breaks inside a paragraph only wrap the text; read as
/// paragraph ends, they cut every quote wrapped over two lines in two.
///
/// A text is hard-wrapped when it has blank lines between paragraphs, at least a sixth of its lines go on to the
/// next line, nine lines in ten are at most `maximumWidth` code points long (the wrap width is the longest of
/// those nine), most lines followed by a line of the same paragraph reach 60 % of that width (blocks of short
/// lines only, such as a header, left out), and at most 40 % of those full lines end a sentence before a line
/// that opens one (else its lines are one-line paragraphs). Its line break after such a full line is read as a
/// space, unless the next line is indented or opens a list item (`-`, `*`, `•`, `1.`); one after a short line
/// (a heading, an address line, a verse) stays. A text of paragraphs on one line each (news, JSON Lines
/// exports) has no line followed by another, and is never joined.
enum HardWrap {
    /// The longest a hard-wrapped text's usual line may be: longer lines are paragraphs of their own.
    static let maximumWidth = 100

    /// The bytes of `raw` with the wrapping line breaks (`\n`, `\r\n`) made spaces, and its paragraphs, when
    /// `raw` is hard-wrapped; nil when it is not. `lines` are the byte ranges of the non-empty lines, trimmed.
    static func joined(_ raw: [UInt8], lines: [TextRange]) -> (bytes: [UInt8], paragraphs: [TextRange])? {
        guard lines.count >= 3 else { return nil }
        // How many lines the next one follows directly (one line break between), and whether a blank line is seen.
        // (Counted first, with nothing allocated: news and JSON Lines texts, a paragraph a line, stop here; so do
        // texts with a few lines run together, a heading over its byline: in a wrapped text most lines go on.)
        var joints = 0
        var hasBlankLine = false
        for index in 0..<(lines.count - 1) {
            if follows(raw, lines[index], lines[index + 1]) { joints += 1 } else { hasBlankLine = true }
        }
        guard joints >= 2, joints * 6 >= lines.count, hasBlankLine else { return nil }
        // Few lines may be wider than `maximumWidth` (as the width below is found); a line of at most that many bytes
        // is not, one of more than four times as many is, and only the others are counted, until too many are.
        let allowed = lines.count - (lines.count * 9 + 9) / 10
        var wider = 0
        for line in lines where line.end - line.start > maximumWidth {
            guard line.end - line.start > 4 * maximumWidth || codePoints(raw, line) > maximumWidth else { continue }
            wider += 1
            if wider > allowed { return nil }
        }
        let follows = lines.indices.map { $0 + 1 < lines.count && Self.follows(raw, lines[$0], lines[$0 + 1]) }
        let lengths = lines.map { codePoints(raw, $0) }
        let sorted = lengths.sorted()
        let width = sorted[(sorted.count * 9 + 9) / 10 - 1]
        guard width <= maximumWidth else { return nil }
        let isFull = lengths.map { $0 * 10 >= width * 6 }
        let full = lines.indices.filter { follows[$0] && isFull[$0] }
        // The joints of blocks (lines run together) where some line is full: a block of short lines only (a
        // header of `Title:` and `Byline:` lines, a chapter's heading, a verse) is not wrapped text, and does not
        // count against the text around it.
        var counted = 0
        var blockStart = 0
        for index in lines.indices where !follows[index] {
            if (blockStart...index).contains(where: { isFull[$0] }) { counted += index - blockStart }
            blockStart = index + 1
        }
        guard full.count >= 2, full.count * 10 >= counted * 7 else { return nil }
        // Lines that each end a sentence, the next opening one, are paragraphs of a line each (a list of who said
        // what, a story's paragraphs under a headline), however long: wrapping ends a sentence at a line's end far
        // less often (about one line in ten).
        let sentenceBreaks = full.count {
            endsSentence(raw, lines[$0]) && opensSentence(raw, lines[$0 + 1].start)
        }
        guard sentenceBreaks * 10 <= full.count * 4 else { return nil }
        var bytes = raw
        var paragraphs: [TextRange] = []
        paragraphs.reserveCapacity(lines.count)
        var fullIndex = 0
        for (index, line) in lines.enumerated() {
            while fullIndex < full.count, full[fullIndex] < index - 1 { fullIndex += 1 }
            let joins =
                index > 0 && fullIndex < full.count && full[fullIndex] == index - 1 && !opensBlock(raw, line.start)
            if joins, let last = paragraphs.last {
                for k in last.end..<line.start where bytes[k] == 0x0A || bytes[k] == 0x0D { bytes[k] = 0x20 }
                paragraphs[paragraphs.count - 1] = TextRange(last.start, line.end)
            } else {
                paragraphs.append(line)
            }
        }
        return (bytes, paragraphs)
    }

    /// True when one line break only stands between the lines `line` and `next`.
    private static func follows(_ raw: [UInt8], _ line: TextRange, _ next: TextRange) -> Bool {
        var breaks = 0
        var k = line.end
        while k < next.start {
            if raw[k] == 0x0A || (raw[k] == 0x0D && (k + 1 == raw.count || raw[k + 1] != 0x0A)) { breaks += 1 }
            k += 1
        }
        return breaks == 1
    }

    /// True when the line `line` ends a sentence: `.`, `!`, `?` or `…`, maybe before closing marks.
    private static func endsSentence(_ raw: [UInt8], _ line: TextRange) -> Bool {
        var end = line.end
        while end > line.start, let (scalar, width) = UTF8Scalars.scalar(in: raw, before: end),
            "\"')]\u{201D}\u{2019}\u{00BB}".unicodeScalars.contains(scalar)
        {
            end -= width
        }
        guard let (last, _) = UTF8Scalars.scalar(in: raw, before: end) else { return false }
        return ".!?\u{2026}".unicodeScalars.contains(last)
    }

    /// True when the text at `start` may open a sentence: a capital, a digit, or an opening mark or bracket.
    private static func opensSentence(_ raw: [UInt8], _ start: Int) -> Bool {
        guard let (first, _) = UTF8Scalars.scalar(in: raw, at: start) else { return false }
        return first.isUppercaseLetter || ("0"..."9").contains(first)
            || "\"'([\u{201C}\u{2018}\u{00AB}\u{2014}".unicodeScalars.contains(first)
    }

    /// The number of code points in `raw[range]`.
    private static func codePoints(_ raw: [UInt8], _ range: TextRange) -> Int {
        var count = 0
        for k in range.start..<range.end where raw[k] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// True when the line whose text starts at `start` opens a block of its own: it is indented (its text does not
    /// start its line), or opens with a list bullet (`-`, `*`, `•`) or number (`1.`, `2)`).
    private static func opensBlock(_ raw: [UInt8], _ start: Int) -> Bool {
        if start > 0, raw[start - 1] != 0x0A, raw[start - 1] != 0x0D { return true }
        let after = start + 1 < raw.count ? raw[start + 1] : 0
        if raw[start] == 0x2D || raw[start] == 0x2A { return after == 0x20 }
        if raw[start...].starts(with: [0xE2, 0x80, 0xA2]) { return true }  // •
        var k = start
        while k < raw.count, k < start + 3, raw[k] >= 0x30, raw[k] <= 0x39 { k += 1 }
        return k > start && k + 1 < raw.count && (raw[k] == 0x2E || raw[k] == 0x29) && raw[k + 1] == 0x20
    }
}
