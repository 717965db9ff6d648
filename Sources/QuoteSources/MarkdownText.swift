/// Readable text from Markdown, with offsets mapped back to the Markdown source.
///
/// Links keep their text (`[text](url)`, `[text][ref]`), images and HTML comments are dropped,
/// emphasis and code-span markers (`**`, `*`, `__`, `_`, `` ` ``) and backslash escapes are removed,
/// autolinks (`<https://…>`) keep their address, and heading `#`, list bullet (`-`, `*`, `+`) and
/// blockquote `>` markers, fence lines and thematic breaks are removed at line start. Every other
/// code point, newlines and quote marks included, is copied verbatim, so paragraphs stay paragraphs
/// and each code point of the text maps exactly to its code point in the source.
public enum MarkdownText {
    /// Extracts the readable text of `source` and the map from its offsets to `source`'s.
    public static func extract(_ source: String) -> ExtractedText {
        extractCountingSteps(source).text
    }

    /// `extract(_:)`, with the number of code points read looking ahead for closing brackets and `-->`.
    static func extractCountingSteps(_ source: String) -> (text: ExtractedText, steps: Int) {
        var scanner = MarkdownScanner(Array(source.unicodeScalars))
        let text = scanner.run()
        return (text, scanner.steps)
    }
}

/// A single forward pass over the source code points.
private struct MarkdownScanner {
    private let s: [Unicode.Scalar]
    private var out = ExtractedTextBuilder()
    /// Markup already matched ahead (closing emphasis, link targets, heading closers): start -> end to skip to.
    private var skips: [Int: Int] = [:]
    /// The open code fence: its character and length.
    private var fence: (mark: Unicode.Scalar, length: Int)?
    private var cachedParagraphEnd = -1
    /// Delimiter runs (`runKey`) known to have no closer before `cachedParagraphEnd`: later ones need no search.
    private var unclosed: Set<Int> = []
    /// The code points read so far looking ahead for a closing bracket or `-->`, and how many may be read. A
    /// document closes what it opens, so each is read a few times; but every `[` or `<!--` of a run that is never
    /// closed would search to the end of its paragraph, which is quadratic. Past the limit, what is still open
    /// stays text.
    private(set) var steps = 0
    private let maximumSteps: Int

    init(_ scalars: [Unicode.Scalar]) {
        s = scalars
        // Thirty-two reads per code point, and four million more: a small document never reaches the limit
        // (380 unclosed `[` before a link in one paragraph did with sixty-four thousand).
        maximumSteps = 32 * scalars.count + (1 << 22)
    }

    mutating func run() -> ExtractedText {
        var i = 0
        if s.first == "\u{FEFF}" {
            copy(0)
            i = 1
        }
        var atLineStart = true
        while i < s.count {
            if atLineStart {
                atLineStart = false
                i = linePrefix(i)
                continue
            }
            if let end = skips.removeValue(forKey: i) {
                i = end
                continue
            }
            switch s[i] {
            case "\n":
                copy(i)
                i += 1
                atLineStart = true
            case "\\" where i + 1 < s.count && s[i + 1].isASCII && s[i + 1].isPunctuation:
                copy(i + 1)
                i += 2
            case "`": i = codeSpan(i)
            case "!" where at(i + 1) == "[":
                if let link = link(i + 1) {
                    i = link.end
                } else {
                    copy(i)
                    i += 1
                }
            case "[":
                if let link = link(i) { skips[link.close] = link.end } else { copy(i) }
                i += 1
            case "*", "_": i = emphasis(i)
            case "<": i = angle(i)
            default:
                copy(i)
                i += 1
            }
        }
        return out.build()
    }

    // MARK: Line starts

    /// Handles fences, thematic breaks and block markers at the line starting at `i`; returns where inline text starts.
    private mutating func linePrefix(_ i: Int) -> Int {
        let end = lineEnd(i)
        var j = skipBlanks(i, end)
        if let open = fence {
            if let close = fenceMark(j, end), close.mark == open.mark, close.length >= open.length,
                skipBlanks(j + close.length, end) == end
            {
                fence = nil
                return end
            }
            copyVerbatim(i, end)
            return end
        }
        if let open = fenceMark(j, end) {
            fence = open
            return end
        }
        if isBreakLine(j, end) { return end }
        var marked = false
        while at(j) == ">" {
            j = skipBlanks(j + 1, end)
            marked = true
        }
        var hashes = 0
        while at(j + hashes) == "#" { hashes += 1 }
        if (1...6).contains(hashes), j + hashes == end || isBlank(s[j + hashes]) {
            j = skipBlanks(j + hashes, end)
            markHeadingCloser(j, end)
            marked = true
        } else if let bullet = at(j), "-*+".unicodeScalars.contains(bullet), let next = at(j + 1), isBlank(next) {
            j = skipBlanks(j + 1, end)
            marked = true
        }
        return marked ? j : i
    }

    /// Skips an ATX heading's closing `#` run (and the blanks around it) when it ends the line.
    private mutating func markHeadingCloser(_ start: Int, _ end: Int) {
        var stop = end
        while stop > start, s[stop - 1] == "\r" || isBlank(s[stop - 1]) { stop -= 1 }
        var hashStart = stop
        while hashStart > start, s[hashStart - 1] == "#" { hashStart -= 1 }
        guard hashStart < stop else { return }
        var blankStart = hashStart
        while blankStart > start, isBlank(s[blankStart - 1]) { blankStart -= 1 }
        guard blankStart < hashStart || hashStart == start else { return }
        skips[blankStart] = stop
    }

    /// A fence opener or closer (three or more backticks or tildes) at `i`.
    private func fenceMark(_ i: Int, _ end: Int) -> (mark: Unicode.Scalar, length: Int)? {
        guard let mark = at(i), mark == "`" || mark == "~" else { return nil }
        var length = 0
        while i + length < end, s[i + length] == mark { length += 1 }
        return length >= 3 ? (mark, length) : nil
    }

    /// Whether `i..<end` is a thematic break or setext underline: three or more of one of `-*_=`, blanks allowed.
    private func isBreakLine(_ i: Int, _ end: Int) -> Bool {
        guard let mark = at(i), "-*_=".unicodeScalars.contains(mark) else { return false }
        var marks = 0
        for k in i..<end {
            if s[k] == mark { marks += 1 } else if !isBlank(s[k]) && s[k] != "\r" { return false }
        }
        return marks >= 3
    }

    // MARK: Inline markup

    /// A link `[text](target)` or `[text][ref]` whose `[` is at `i`: the `]` position and the index past the target.
    private mutating func link(_ i: Int) -> (close: Int, end: Int)? {
        let limit = paragraphEnd(i)
        guard let close = matching(i, open: "[", close: "]", limit: limit), close + 1 < limit else { return nil }
        switch s[close + 1] {
        case "(": return matching(close + 1, open: "(", close: ")", limit: limit).map { (close, $0 + 1) }
        case "[": return matching(close + 1, open: "[", close: "]", limit: limit).map { (close, $0 + 1) }
        default: return nil
        }
    }

    /// The index of the bracket closing the one at `i`, honouring nesting and backslash escapes; nil, too, once
    /// `maximumSteps` are spent.
    private mutating func matching(_ i: Int, open: Unicode.Scalar, close: Unicode.Scalar, limit: Int) -> Int? {
        guard steps < maximumSteps else { return nil }
        var depth = 0
        var j = i
        defer { steps += j - i + 1 }
        while j < limit {
            switch s[j] {
            case "\\": j += 1
            case open: depth += 1
            case close:
                depth -= 1
                if depth == 0 { return j }
            default: break
            }
            j += 1
        }
        return nil
    }

    /// A code span opened by the backtick run at `i`: its content is copied verbatim, the backticks dropped.
    private mutating func codeSpan(_ i: Int) -> Int {
        let length = runLength(i)
        let limit = paragraphEnd(i)
        var j = unclosed.contains(runKey(i, length)) ? limit : i + length
        while j < limit {
            if s[j] == "`" {
                let closing = runLength(j)
                if closing == length {
                    copyVerbatim(i + length, j)
                    return j + length
                }
                j += closing
            } else {
                j += 1
            }
        }
        unclosed.insert(runKey(i, length))
        copyVerbatim(i, i + length)
        return i + length
    }

    /// Emphasis: a left-flanking run of `*` or `_` with a right-flanking run of the same length later in the paragraph.
    private mutating func emphasis(_ i: Int) -> Int {
        let mark = s[i]
        let length = runLength(i)
        let limit = paragraphEnd(i)
        if length <= 3, isLeftFlanking(i, length), !unclosed.contains(runKey(i, length)) {
            var j = i + length
            while j < limit {
                guard s[j] == mark else {
                    j += 1
                    continue
                }
                let run = runLength(j)
                if run == length, j > i + length, isRightFlanking(j, run) {
                    skips[j] = j + run
                    return i + length
                }
                j += run
            }
            unclosed.insert(runKey(i, length))
        }
        copyVerbatim(i, i + length)
        return i + length
    }

    private func isLeftFlanking(_ i: Int, _ length: Int) -> Bool {
        guard let next = at(i + length), !next.properties.isWhitespace else { return false }
        guard i > 0 else { return true }
        return s[i - 1].properties.isWhitespace || s[i - 1].isPunctuation
    }

    private func isRightFlanking(_ i: Int, _ length: Int) -> Bool {
        guard i > 0, !s[i - 1].properties.isWhitespace else { return false }
        guard let next = at(i + length) else { return true }
        return next.properties.isWhitespace || next.isPunctuation
    }

    /// `<!-- comments -->` are dropped and autolinks `<scheme:…>` / `<a@b>` keep their address; other `<` stay.
    private mutating func angle(_ i: Int) -> Int {
        if starts("<!--", at: i), let close = find("-->", from: i + 4) { return close + 3 }
        var j = i + 1
        while let c = at(j), !" \t\r\n<>".unicodeScalars.contains(c) { j += 1 }
        let address = s[(i + 1)..<j]
        if at(j) == ">", let first = address.first, first.properties.isAlphabetic,
            address.contains(":") || address.contains("@")
        {
            copyVerbatim(i + 1, j)
            return j + 1
        }
        copy(i)
        return i + 1
    }

    // MARK: Helpers

    private mutating func copy(_ i: Int) { out.append(s[i], source: i) }

    private mutating func copyVerbatim(_ start: Int, _ end: Int) {
        for k in start..<end { copy(k) }
    }

    private func at(_ i: Int) -> Unicode.Scalar? { i < s.count ? s[i] : nil }

    private func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }

    private func skipBlanks(_ i: Int, _ end: Int) -> Int {
        var j = i
        while j < end, isBlank(s[j]) { j += 1 }
        return j
    }

    private func runLength(_ i: Int) -> Int {
        var j = i
        while j < s.count, s[j] == s[i] { j += 1 }
        return j - i
    }

    /// Identifies a delimiter run by its character and length.
    private func runKey(_ i: Int, _ length: Int) -> Int { Int(s[i].value) << 32 | length }

    private func lineEnd(_ i: Int) -> Int {
        var j = i
        while j < s.count, s[j] != "\n" { j += 1 }
        return j
    }

    private func starts(_ literal: String, at i: Int) -> Bool {
        var j = i
        for c in literal.unicodeScalars {
            guard at(j) == c else { return false }
            j += 1
        }
        return true
    }

    /// The index of the next `literal` from `i`; nil, too, once `maximumSteps` are spent.
    private mutating func find(_ literal: String, from i: Int) -> Int? {
        guard steps < maximumSteps else { return nil }
        var j = i
        defer { steps += j - i + 1 }
        while j < s.count {
            if starts(literal, at: j) { return j }
            j += 1
        }
        return nil
    }

    /// The end of the paragraph containing `i`: the newline that precedes a blank line, or the end of the source.
    private mutating func paragraphEnd(_ i: Int) -> Int {
        if i < cachedParagraphEnd { return cachedParagraphEnd }
        unclosed.removeAll()
        var j = lineEnd(i)
        while j < s.count {
            let next = lineEnd(j + 1)
            if (j + 1..<next).allSatisfy({ isBlank(s[$0]) || s[$0] == "\r" }) { break }
            j = next
        }
        cachedParagraphEnd = j
        return j
    }
}

extension Unicode.Scalar {
    /// Punctuation or symbols, as CommonMark's flanking rules define them.
    var isPunctuation: Bool {
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation,
            .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
