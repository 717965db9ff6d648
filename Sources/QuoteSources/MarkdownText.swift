/// Readable text from Markdown, with offsets mapped back to the Markdown source.
///
/// Links keep their text (`[text](url)`, `[text][ref]`); images, HTML comments and tags (`<br>` is a
/// space), code (spans and fenced blocks), link reference definitions and front matter (`---` YAML or
/// `+++` TOML opening the file) are dropped; emphasis markers (`**`, `*`, `__`, `_`) and backslash escapes
/// are removed; character references (`&ldquo;`, `&#8220;`) are the characters they spell; autolinks
/// (`<https://…>`) keep their address; heading `#`, list bullet (`-`, `*`, `+`) and
/// blockquote `>` markers and thematic breaks are removed at line start. A line break that only wraps a
/// paragraph (CommonMark's soft line break) is a space, so a quote wrapped over lines stays one; a line break
/// that ends a paragraph, a heading or a block stays. Every other code point, quote marks included, is
/// copied verbatim, and each code point of the text maps exactly to its code point in the source.
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
    /// The text's length when the current line's inline text started: a line that added nothing (a blank line, a
    /// fence, a dropped definition) ends with a real line break.
    private var lineStartCount = 0
    /// Where the current line starts in the source.
    private var lineStart = 0
    /// True when the current line is an ATX heading (`## …`), which a line break always ends.
    private var lineIsHeading = false
    /// The number of blockquote markers (`>`) opening the current line.
    private var lineQuoteDepth = 0
    /// True when the line break before the current line was a soft one: the line goes on with a paragraph, and its
    /// indent (a list item's continuation, say) is dropped, as CommonMark drops it.
    private var continuesParagraph = false
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
        i = frontMatterEnd(i)
        var atLineStart = true
        while i < s.count {
            if atLineStart {
                atLineStart = false
                lineStart = i
                i = linePrefix(i)
                lineStartCount = out.count
                continue
            }
            if let end = skips.removeValue(forKey: i) {
                i = end
                continue
            }
            switch s[i] {
            case "\r" where at(i + 1) == "\n":
                continuesParagraph = isSoftBreak(i + 2)
                if continuesParagraph { out.append(" ", source: i) } else { copyVerbatim(i, i + 2) }
                i += 2
                atLineStart = true
            case "\n":
                continuesParagraph = isSoftBreak(i + 1)
                if continuesParagraph { out.append(" ", source: i) } else { copy(i) }
                i += 1
                atLineStart = true
            case "\\" where at(i + 1) == "\n" || (at(i + 1) == "\r" && at(i + 2) == "\n"):
                i += 1  // a hard line break's backslash: the break is read as any line break is
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
            case "&":
                // A character reference (`&ldquo;`, `&quot;`, `&#8220;`), ended by `;` as CommonMark has it, is
                // the character it spells, mapped to its `&`.
                if let (scalar, length) = HTMLEntity.reference(in: s, at: i), s[i + length - 1] == ";" {
                    if let scalar, !HTMLEntity.isDroppedReference(scalar) {
                        out.append(HTMLEntity.shown(scalar), source: i)
                    }
                    i += length
                } else {
                    copy(i)
                    i += 1
                }
            default:
                copy(i)
                i += 1
            }
        }
        return out.build(source: s)
    }

    // MARK: Line starts

    /// Handles fences, thematic breaks and block markers at the line starting at `i`; returns where inline text starts.
    private mutating func linePrefix(_ i: Int) -> Int {
        let end = lineEnd(i)
        var j = skipBlanks(i, end)
        lineIsHeading = false
        lineQuoteDepth = 0
        if let open = fence {
            // Code is no prose: its lines are dropped.
            if let close = fenceMark(j, end), close.mark == open.mark, close.length >= open.length,
                skipBlanks(j + close.length, end) == end
            {
                fence = nil
            }
            return end
        }
        if let open = fenceMark(j, end) {
            fence = open
            return end
        }
        if isBreakLine(j, end) || isSetextUnderline(j, end) || isLinkDefinition(j, end) { return end }
        var marked = false
        while at(j) == ">" {
            j = skipBlanks(j + 1, end)
            marked = true
            lineQuoteDepth += 1
        }
        var hashes = 0
        while at(j + hashes) == "#" { hashes += 1 }
        if (1...6).contains(hashes), j + hashes == end || isBlank(s[j + hashes]) {
            j = skipBlanks(j + hashes, end)
            markHeadingCloser(j, end)
            marked = true
            lineIsHeading = true
        } else if let bullet = at(j), "-*+".unicodeScalars.contains(bullet), let next = at(j + 1), isBlank(next) {
            j = skipBlanks(j + 1, end)
            marked = true
        }
        return marked || continuesParagraph ? j : i
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

    /// True when the line break ending the current line, before the line starting at `next`, only wraps a
    /// paragraph (CommonMark's soft line break): the line held inline text and is no heading, and the next line
    /// goes on with the paragraph (it is not blank and opens no other block). A soft break is read as a space,
    /// so a quote wrapped over two lines stays one quote.
    private func isSoftBreak(_ next: Int) -> Bool {
        guard out.count > lineStartCount, !lineIsHeading, fence == nil, next < s.count else { return false }
        let end = lineEnd(next)
        var j = next
        while j < end, j < next + 4, isBlank(s[j]) { j += 1 }
        guard j < end, s[j] != "\r" else { return false }  // a blank line ends the paragraph
        if isBreakLine(j, end) || fenceMark(j, end) != nil || isLinkDefinition(j, end) { return false }
        // A table's rows (with or without outer pipes) and a setext heading's underline (`--`) are lines of their own.
        if (lineStart..<next).contains(where: { s[$0] == "|" }) || (j..<end).contains(where: { s[$0] == "|" }) {
            return false
        }
        if isSetextUnderline(j, end) { return false }
        switch s[j] {
        case "#":
            var hashes = 0
            while at(j + hashes) == "#" { hashes += 1 }
            return !((1...6).contains(hashes) && (j + hashes == end || isBlank(s[j + hashes])))
        case ">":
            // A quoted paragraph goes on over lines quoted as deep.
            var depth = 0
            while at(j) == ">" {
                j = skipBlanks(j + 1, end)
                depth += 1
            }
            return depth == lineQuoteDepth && j < end && s[j] != "\r"
        case "-", "*", "+":
            return !(at(j + 1).map(isBlank) ?? true)
        case "0"..."9":
            // A numbered item opens a block after another item; after a paragraph only a list that starts at 1
            // does (`2019. The year …` goes on with it).
            guard let marker = orderedMarkerEnd(j, end) else { return true }
            return !(marker == j + 2 && s[j] == "1" || orderedMarkerEnd(skipBlanks(lineStart, next), next) != nil)
        default:
            return true  // text goes on (a quoted paragraph's lazy continuation too)
        }
    }

    /// The end of an ordered list marker (`1.`, `12)`, then a blank) at `i`, before `end`, if one is there.
    private func orderedMarkerEnd(_ i: Int, _ end: Int) -> Int? {
        var k = i
        while k < end, k < i + 9, ("0"..."9").contains(s[k]) { k += 1 }
        guard k > i, k + 1 < end, s[k] == "." || s[k] == ")", isBlank(s[k + 1]) else { return nil }
        return k + 1
    }

    /// True when `i..<end` underlines a setext heading with two or more `=` or `-` (three or more are also a
    /// thematic break, `isBreakLine`).
    private func isSetextUnderline(_ i: Int, _ end: Int) -> Bool {
        guard let mark = at(i), mark == "-" || mark == "=", at(i + 1) == mark else { return false }
        return (i..<end).allSatisfy { s[$0] == mark || isBlank(s[$0]) || s[$0] == "\r" }
    }

    /// True when `i..<end` is a link reference definition (`[label]: https://… "title"`), which shows nothing.
    ///
    /// As CommonMark reads one: a label (not a footnote's `[^1]`), a destination without spaces, then nothing or a
    /// title in `"`, `'` or parentheses to the line's end. `[UPDATE]: Mayor Berg said …` is prose.
    private func isLinkDefinition(_ i: Int, _ end: Int) -> Bool {
        guard at(i) == "[", at(i + 1) != "^" else { return false }
        var j = i + 1
        while j < end, s[j] != "]" { j += 1 }
        guard j > i + 1, j + 1 < end, s[j + 1] == ":" else { return false }
        var k = skipBlanks(j + 2, end)
        var stop = end
        while stop > k, s[stop - 1] == "\r" || isBlank(s[stop - 1]) { stop -= 1 }
        guard k < stop else { return false }
        if s[k] == "<" {
            while k < stop, s[k] != ">" { k += 1 }
            k += 1
        } else {
            while k < stop, !isBlank(s[k]) { k += 1 }
        }
        k = skipBlanks(k, stop)
        guard k < stop else { return true }  // a destination alone
        let close: Unicode.Scalar
        switch s[k] {
        case "\"": close = "\""
        case "'": close = "'"
        case "(": close = ")"
        default: return false
        }
        return stop - k >= 2 && s[stop - 1] == close
    }

    /// Where the text starts after YAML (`---`) or TOML (`+++`) front matter opening the document at `i`, which
    /// holds metadata, not prose; `i` when there is none.
    private func frontMatterEnd(_ i: Int) -> Int {
        guard let mark = at(i), mark == "-" || mark == "+" else { return i }
        func isMarkLine(_ k: Int) -> Bool {
            let end = lineEnd(k)
            var stop = end
            while stop > k, s[stop - 1] == "\r" || isBlank(s[stop - 1]) { stop -= 1 }
            return stop - k == 3 && (k..<stop).allSatisfy { s[$0] == mark }
                || (mark == "-" && stop - k == 3 && (k..<stop).allSatisfy { s[$0] == "." })
        }
        guard isMarkLine(i) else { return i }
        var k = lineEnd(i) + 1
        // Front matter opens with a key (`title: …`, `draft = true`) on the very next line; prose after a rule
        // does not.
        var key = k
        while key < s.count, s[key].isASCII,
            s[key].properties.isAlphabetic || ("0"..."9").contains(s[key])
                || s[key] == "_" || s[key] == "-"
        {
            key += 1
        }
        key = skipBlanks(key, lineEnd(k))
        guard key > k, at(key) == ":" || at(key) == "=" else { return i }
        while k < s.count {
            if isMarkLine(k) { return min(lineEnd(k) + 1, s.count) }
            k = lineEnd(k) + 1
        }
        return i  // never closed: a thematic break, not front matter
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

    /// A code span opened by the backtick run at `i`: dropped with its content (code is no prose); an unclosed run
    /// stays text.
    private mutating func codeSpan(_ i: Int) -> Int {
        let length = runLength(i)
        let limit = paragraphEnd(i)
        var j = unclosed.contains(runKey(i, length)) ? limit : i + length
        while j < limit {
            if s[j] == "`" {
                let closing = runLength(j)
                if closing == length { return j + length }  // code is no prose: dropped
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

    /// `<!-- comments -->` are dropped, autolinks `<scheme:…>` / `<a@b>` keep their address, and HTML tags
    /// (`<p>`, `</span>`, `<a href="…">`) are dropped, `<br>` read as a space; other `<` stay.
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
        if let (end, name) = htmlTag(i) {
            if name == "br" { out.append(" ", source: i) }
            return end
        }
        copy(i)
        return i + 1
    }

    /// The end of the HTML tag opening at `i` (`<name …>`, `</name>`, `<name/>`, on one line) and its lower-cased
    /// name, or nil.
    private func htmlTag(_ i: Int) -> (end: Int, name: String)? {
        var j = i + 1
        if at(j) == "/" { j += 1 }
        let nameStart = j
        while let c = at(j), c.isASCII, c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" { j += 1 }
        guard j > nameStart, s[nameStart].properties.isAlphabetic, let next = at(j),
            next == ">" || next == "/" || isBlank(next)
        else { return nil }
        let name = String(String.UnicodeScalarView(s[nameStart..<j])).lowercased()
        var quote: Unicode.Scalar?
        while let c = at(j), c != "\n" {
            if let open = quote {
                if c == open { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                return (j + 1, name)
            }
            j += 1
        }
        return nil
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
