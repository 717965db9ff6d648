internal import CLibXML2

/// Readable text from HTML, parsed by libxml2's forgiving HTML parser, with offsets mapped back to the HTML source.
///
/// The text of `script`, `style`, `noscript`, `template`, `head` (so `title` too), `nav`, `footer`, `aside`,
/// `iframe`, `object`, `svg`, `math` and `canvas` is skipped; a `q` element's text is written in curly marks;
/// comments are dropped; entities are decoded by libxml2. Block elements (`p`, `div`, `h1`–`h6`, `li`,
/// `blockquote`, `tr`, `article`, `section`, …) become paragraph breaks (`"\n\n"`), as do two or more `br` in a
/// row; one `br` is a space (a line break between a sentence's end and a new sentence), as are table cells; runs
/// of HTML white space collapse to one space, except inside `pre` and `textarea`. A numeric reference to a C1
/// control (`&#147;`) is the Windows-1252 character browsers show for it (`“`).
///
/// Offset precision: libxml2 reports only line numbers, so each text node's decoded text is aligned
/// with the raw source by a forward search from the end of the previous node, skipping tags and
/// comments and matching entity references (`&amp;`, `&#8220;`, …) against the characters they decode
/// to. Every character found this way maps exactly to its code point in the source (a decoded entity
/// maps to its `&`). Separators the source does not spell (paragraph breaks, cell spaces) map to the
/// next character's source offset. A node that cannot be aligned (rare; libxml2 error recovery
/// may rewrite text) maps linearly from the start of the line libxml2 reports for it.
public enum HTMLText {
    /// Extracts the readable text of `source` and the map from its offsets to `source`'s.
    public static func extract(_ source: String) -> ExtractedText {
        extractCountingSteps(source).text
    }

    /// libxml2 2.9 (Debian 12's) asks for `xmlInitParser` once before the parser is used from several threads: its
    /// own first-use initialisation is not thread-safe. A static is initialised exactly once, whatever the threads.
    private static let parserInitialised: Void = xmlInitParser()

    /// `extract(_:)`, with the number of source code points read to align the text with the source.
    static func extractCountingSteps(_ source: String) -> (text: ExtractedText, steps: Int) {
        _ = parserInitialised
        let bytes = Array(source.utf8)
        guard !bytes.isEmpty, bytes.count <= Int32.max else {
            return (ExtractedTextBuilder().build(source: source.unicodeScalars), 0)
        }
        // The source is UTF-8 whatever a <meta charset> says: ignore encoding hints.
        let options =
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
        let parsed = bytes.withUnsafeBytes { buffer in
            htmlReadMemory(
                buffer.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, "UTF-8",
                Int32(options))
        }
        guard let document = parsed else { return (ExtractedTextBuilder().build(source: source.unicodeScalars), 0) }
        defer { xmlFreeDoc(document) }
        var walker = HTMLWalker(source: Array(source.unicodeScalars))
        walker.visitChildren(of: document.pointee.children, emitting: true)
        return (walker.output.build(source: walker.source), walker.steps)
    }
}

/// Depth-first walk over the libxml2 tree that aligns every text node with the source and emits the visible ones.
private struct HTMLWalker {
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "head", "title", "nav", "iframe", "object", "svg", "math", "canvas",
        // A page's footer and asides hold its boilerplate, promotions and pull quotes (repeating the story's).
        "footer", "aside",
    ]
    /// Elements whose text libxml2 keeps raw (no entity decoding).
    static let rawText: Set<String> = ["script", "style"]
    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "tfoot", "thead", "tr", "ul",
    ]
    static let cells: Set<String> = ["td", "th"]
    static let preformatted: Set<String> = ["pre", "textarea"]

    let source: [Unicode.Scalar]
    var output = ExtractedTextBuilder()
    /// Where the search for the next text node starts: the end of the last aligned one.
    private var cursor = 0
    private var lineStarts: [Int]?
    private var pendingBreaks = 0
    /// The source offset of a pending collapsed space.
    private var pendingSpace: Int?
    private var preDepth = 0
    /// The `br` elements since the last character emitted.
    private var lineBreaks = 0
    /// The `q` elements open.
    private var quoteDepth = 0
    /// The source code points read so far to align text, and how many may be read. Text aligns where it is
    /// searched for, so a page reads each code point a few times; but a text node that matches nowhere
    /// (libxml2 rewrote it) would be tried at every later offset, as would a `<` whose tag never ends, and that
    /// is quadratic. Past the limit, the nodes left map to their lines (`lineOffsets`).
    private(set) var steps = 0
    private let maximumSteps: Int

    init(source: [Unicode.Scalar]) {
        self.source = source
        // Thirty-two reads per code point, and four million more: a small page never reaches the limit, whatever
        // its markup (a hundred processing instructions on a 2 KB page did with sixty-four thousand).
        self.maximumSteps = 32 * source.count + (1 << 22)
    }

    mutating func visitChildren(of first: xmlNodePtr?, emitting: Bool, raw: Bool = false) {
        var node = first
        while let current = node {
            visit(current, emitting: emitting, raw: raw)
            node = current.pointee.next
        }
    }

    private mutating func visit(_ node: xmlNodePtr, emitting: Bool, raw: Bool) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            text(node, emitting: emitting, raw: raw)
        case XML_ELEMENT_NODE:
            let name = String(cString: node.pointee.name)
            if !emitting || HTMLWalker.skipped.contains(name) {
                visitChildren(of: node.pointee.children, emitting: false, raw: HTMLWalker.rawText.contains(name))
                return
            }
            let block = HTMLWalker.blocks.contains(name)
            let pre = HTMLWalker.preformatted.contains(name)
            // One `br` inside a paragraph is a space (a wrapped line: a quote goes on across it); two or more in a
            // row break the paragraph, as old pages mark paragraphs.
            if name == "br" {
                lineBreaks += 1
                if lineBreaks >= 2 {
                    pendingBreaks = max(pendingBreaks, 2)
                } else if pendingSpace == nil {
                    pendingSpace = cursor
                }
            }
            if block { pendingBreaks = max(pendingBreaks, 2) }
            if HTMLWalker.cells.contains(name), pendingSpace == nil { pendingSpace = cursor }
            if pre { preDepth += 1 }
            // `<q>` shows its text in marks: the marks are written (mapped to the tag), so the quote is found; a
            // `<q>` inside one takes single marks, as browsers show it.
            let inline = name == "q"
            if inline {
                quoteDepth += 1
                mark(quoteDepth % 2 == 1 ? "\u{201C}" : "\u{2018}")
            }
            visitChildren(of: node.pointee.children, emitting: true)
            if inline {
                mark(quoteDepth % 2 == 1 ? "\u{201D}" : "\u{2019}")
                quoteDepth -= 1
            }
            if pre { preDepth -= 1 }
            if block { pendingBreaks = max(pendingBreaks, 2) }
        default:
            break
        }
    }

    /// Writes the quote mark `scalar`, which the source does not spell (a `<q>` element's), after what is pending,
    /// mapped to the source where the text has got to.
    private mutating func mark(_ scalar: Unicode.Scalar) {
        let source = min(cursor, max(source.count - 1, 0))
        writePending(before: source)
        output.appendSynthetic(String(scalar), source: source)
    }

    /// Writes the paragraph breaks or the space pending before a character from source offset `offset` (none at
    /// the start of the text), and clears them.
    private mutating func writePending(before offset: Int) {
        if output.count > 0 {
            if pendingBreaks > 0 {
                output.appendSynthetic(String(repeating: "\n", count: pendingBreaks), source: offset)
            } else if let space = pendingSpace {
                output.append(" ", source: space)
            }
        }
        pendingBreaks = 0
        pendingSpace = nil
        lineBreaks = 0
    }

    private mutating func text(_ node: xmlNodePtr, emitting: Bool, raw: Bool) {
        guard let content = node.pointee.content else { return }
        let scalars = Array(String(cString: content).unicodeScalars)
        let offsets = locate(scalars, raw: raw) ?? lineOffsets(of: node, count: scalars.count)
        guard emitting else { return }
        for (scalar, offset) in zip(scalars, offsets) {
            if preDepth == 0, scalar.isHTMLSpace {
                if pendingSpace == nil { pendingSpace = offset }
                continue
            }
            // A `br` between a sentence's end and a new one (`… “We will rebuild.”<br>Tom Lee: “…”`) separates
            // lines of their own, a list's entries: it is a line break, not a space.
            if lineBreaks == 1, pendingBreaks == 0,
                scalar.properties.isUppercase || ("0"..."9").contains(scalar)
                    || "\"'([\u{201C}\u{2018}\u{00AB}".unicodeScalars.contains(scalar),
                output.endsSentence
            {
                pendingBreaks = 1
            }
            writePending(before: offset)
            // `&#147;` is `“`, as browsers read it (a raw C1 control stays as it is).
            let fromReference = offset < source.count && source[offset] == "&"
            output.append(fromReference ? HTMLEntity.shown(scalar) : scalar, source: offset)
        }
    }

    // MARK: Aligning text with the source

    /// The source offset of each code point of `text`, found from `cursor` on; advances `cursor` past it.
    private mutating func locate(_ text: [Unicode.Scalar], raw: Bool) -> [Int]? {
        var start = cursor
        while start < source.count {
            guard steps < maximumSteps else { return nil }
            if source[start] == "<", let end = markupEnd(start) {
                start = end
                continue
            }
            if let first = text.first, source[start] != first, source[start] != "&", source[start] != "\r" {
                start += 1
                continue
            }
            if let (offsets, end) = align(text, at: start, raw: raw) {
                cursor = end
                return offsets
            }
            start += 1
        }
        return text.isEmpty ? [] : nil
    }

    /// Matches `text` against the source at `start`, decoding entity references unless `raw`; the code points
    /// read count in `steps`.
    private mutating func align(_ text: [Unicode.Scalar], at start: Int, raw: Bool) -> ([Int], Int)? {
        var offsets: [Int] = []
        offsets.reserveCapacity(text.count)
        var p = start
        defer { steps += p - start + 1 }
        while offsets.count < text.count {
            guard p < source.count else { return nil }
            let wanted = text[offsets.count]
            let c = source[p]
            if !raw, c == "&", let (decoded, length) = HTMLEntity.reference(in: source, at: p),
                decoded == wanted || decoded.map(HTMLEntity.isDroppedReference) ?? true
            {
                // References to invalid code points, C0 controls and noncharacters decode to nothing.
                if decoded == wanted { offsets.append(p) }
                p += length
            } else if c == wanted {
                offsets.append(p)
                p += 1
            } else if c == "\r" {  // The parser turns CR LF and lone CR into LF.
                if wanted == "\n", p + 1 == source.count || source[p + 1] != "\n" { offsets.append(p) }
                p += 1
            } else if c == "<", !raw, let end = markupEnd(p) {  // Recovery merges text around stray tags.
                p = end
            } else if c.value < 0x20, c != "\n", c != "\t" {  // The parser drops C0 control characters.
                p += 1
            } else {
                return nil
            }
        }
        return (offsets, p)
    }

    /// The end of the tag or comment starting at `start`, or nil when `<` starts no markup; the code points
    /// read count in `steps`.
    private mutating func markupEnd(_ start: Int) -> Int? {
        guard start + 1 < source.count else { return nil }
        var p = start + 1
        defer { steps += p - start }
        let next = source[start + 1]
        guard next.properties.isAlphabetic || next == "/" || next == "!" || next == "?" else { return nil }
        if source[start + 1..<min(start + 4, source.count)].elementsEqual("!--".unicodeScalars) {
            p = start + 4
            while p + 2 < source.count {
                if source[p] == "-", source[p + 1] == "-", source[p + 2] == ">" { return p + 3 }
                p += 1
            }
            return nil
        }
        var quote: Unicode.Scalar?
        var previous: Unicode.Scalar = "<"
        while p < source.count {
            let c = source[p]
            if let open = quote {
                if c == open { quote = nil }
            } else if c == ">" {
                return p + 1
            } else if (c == "\"" || c == "'") && previous == "=" {
                quote = c
            }
            if !c.isHTMLSpace { previous = c }
            p += 1
        }
        return nil
    }

    /// Fallback offsets for a node that could not be aligned: linear from the start of its line.
    private mutating func lineOffsets(of node: xmlNodePtr, count: Int) -> [Int] {
        if lineStarts == nil {
            lineStarts = [0] + source.indices.filter { source[$0] == "\n" }.map { $0 + 1 }
        }
        let starts = lineStarts!
        let line = min(max(Int(xmlGetLineNo(node)), 1), starts.count)
        let start = starts[line - 1]
        return (0..<count).map { min(start + $0, source.count) }
    }
}

extension Unicode.Scalar {
    /// HTML's ASCII white space, the characters that collapse into one space.
    var isHTMLSpace: Bool { self == " " || self == "\t" || self == "\n" || self == "\r" || self == "\u{0C}" }
}

/// HTML's character references, read as libxml2 reads them: for aligning its text with the source, and for Markdown,
/// whose text may spell characters the same way (`&ldquo;`, `&quot;`).
enum HTMLEntity {
    /// The code point the entity reference at `start` of `source` decodes to (as libxml2 decodes it; nil for a
    /// numeric reference to an invalid code point, which decodes to nothing) and its length; nil when none is there.
    static func reference(in source: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar?, Int)? {
        var p = start + 1
        let value: UInt32
        if p < source.count, source[p] == "#" {
            p += 1
            let hex = p < source.count && (source[p] == "x" || source[p] == "X")
            if hex { p += 1 }
            let digitsStart = p
            var number: UInt32 = 0
            while p < source.count, let digit = hexDigit(source[p]), digit < (hex ? 16 : 10) {
                number = min(number * (hex ? 16 : 10) + digit, 0x110000)
                p += 1
            }
            guard p > digitsStart else { return nil }
            value = number
        } else {
            var name = ""
            while p < source.count, source[p].isASCII,
                source[p].properties.isAlphabetic || hexDigit(source[p]).map({ $0 < 10 }) == true
            {
                name.unicodeScalars.append(source[p])
                p += 1
            }
            guard !name.isEmpty, p < source.count, source[p] == ";" else { return nil }
            let entry = name.withCString {
                htmlEntityLookup(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self))
            }
            guard let entry else { return nil }
            value = entry.pointee.value
        }
        if p < source.count, source[p] == ";" { p += 1 }
        return (value == 0 ? nil : Unicode.Scalar(value), p - start)
    }

    private static func hexDigit(_ c: Unicode.Scalar) -> UInt32? {
        switch c {
        case "0"..."9": return c.value - 48
        case "a"..."f": return c.value - 87
        case "A"..."F": return c.value - 55
        default: return nil
        }
    }

    /// True for a code point a numeric reference to which libxml2 drops: a C0 control but tab, line feed and
    /// carriage return, or the noncharacters U+FFFE and U+FFFF.
    static func isDroppedReference(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0xFFFE
            || scalar.value == 0xFFFF
    }

    /// The character a reference to `scalar` shows in a browser: for a C1 control (0x80–0x9F) the character
    /// Windows-1252 encodes as that byte (`&#147;` is `“`), but for the five bytes it leaves undefined; else
    /// `scalar` itself.
    static func shown(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.value & ~0x1F == 0x80 else { return scalar }
        return Unicode.Scalar(windows1252[Int(scalar.value - 0x80)]) ?? scalar
    }

    /// The code points Windows-1252 gives the bytes 0x80–0x9F (the byte itself where it gives none).
    private static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
