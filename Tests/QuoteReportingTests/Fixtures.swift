import QuoteAttribution

/// Builds a `DocumentAnalysis` by hand: quotes and narration spans are found by their text, so the offsets
/// (code points, lines, columns) are exact without being typed in.
struct AnalysisBuilder {
    let id: String
    let text: String
    private let scalars: [Unicode.Scalar]
    private var quotes: [AttributedQuote] = []
    private var speakers: [Speaker] = []
    private var cursor = 0

    init(id: String, text: String) {
        self.id = id
        self.text = text
        self.scalars = Array(text.unicodeScalars)
    }

    /// Adds a speaker and returns its id.
    mutating func speaker(
        _ name: String, type: SpeakerType = .person, gender: Gender = .unknown, aliases: [String] = [],
        titles: [String] = []
    ) -> Int {
        speakers.append(
            Speaker(
                id: speakers.count, name: name, type: type, gender: gender, aliases: aliases, titles: titles,
                mentions: []))
        return speakers.count - 1
    }

    /// Adds the quote whose content is the next occurrence of `content`; mention, cue and addressee are
    /// looked up on the same line, outside the quote.
    mutating func quote(
        _ content: String, kind: QuoteKind = .direct, speaker: Int? = nil, mention: String? = nil,
        cue: String? = nil, addressee: String? = nil, rule: String? = nil, confidence: Double? = nil
    ) {
        guard let start = find(content, from: cursor) else { fatalError("quote not found: \(content)") }
        let end = start + content.unicodeScalars.count
        cursor = end
        let (line, lineStart, lineEnd) = lineBounds(of: start)
        func narration(_ needle: String?) -> QuoteSpanText? {
            guard let needle else { return nil }
            var from = lineStart
            while let found = find(needle, from: from), found < lineEnd {
                let stop = found + needle.unicodeScalars.count
                if stop <= start - 1 || found >= end + 1 { return QuoteSpanText(text: needle, start: found, end: stop) }
                from = found + 1
            }
            fatalError("narration not found on the quote's line: \(needle)")
        }
        let opening = start > 0 ? String(scalars[start - 1]) : ""
        let closing = end < scalars.count ? String(scalars[end]) : nil
        quotes.append(
            AttributedQuote(
                id: quotes.count,
                span: CodePointSpan(start: start, end: end, line: line, column: start - lineStart + 1),
                sourceSpan: nil, text: content, kind: kind, openingMark: opening, closingMark: closing,
                speaker: speaker.map { speakers[$0].name }, speakerID: speaker,
                mention: narration(mention), cue: narration(cue), addressee: narration(addressee),
                rule: speaker == nil ? nil : (rule ?? "name_cue"),
                confidence: confidence ?? (speaker == nil ? 0 : 0.9)))
    }

    /// The analysis.
    func analysis() -> DocumentAnalysis {
        DocumentAnalysis(documentID: id, text: text, quotes: quotes, speakers: speakers, diagnostics: [])
    }

    private func find(_ needle: String, from: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= scalars.count else { return nil }
        var index = max(from, 0)
        while index + pattern.count <= scalars.count {
            if Array(scalars[index..<index + pattern.count]) == pattern { return index }
            index += 1
        }
        return nil
    }

    private func lineBounds(of offset: Int) -> (line: Int, start: Int, end: Int) {
        var line = 1
        var start = 0
        for index in 0..<offset where scalars[index] == "\n" {
            line += 1
            start = index + 1
        }
        var end = offset
        while end < scalars.count, scalars[end] != "\n" { end += 1 }
        return (line, start, end)
    }
}

/// The fixed set of analyses every reporting test uses.
enum Fixtures {
    /// A BBC-style article: Liz Truss (full name), Sergei Lavrov and one unattributed quote.
    static let bbc: DocumentAnalysis = {
        var builder = AnalysisBuilder(
            id: "bbc/truss-lavrov.txt",
            text: """
                Truss and Lavrov clash at frosty Moscow talks
                “We will not stand by while Russia threatens Ukraine,” British Foreign Secretary Liz Truss told reporters after the meeting.
                Russian Foreign Minister Sergei Lavrov said the talks were like “a conversation between the dumb and the deaf”.
                “Sanctions are ready to go,” Truss said.
                “Nobody believes a word of it,” a voice at the back of the hall could be heard.
                """)
        let truss = builder.speaker(
            "Liz Truss", gender: .female, aliases: ["British Foreign Secretary Liz Truss", "Truss"],
            titles: ["British Foreign Secretary"])
        let lavrov = builder.speaker(
            "Sergei Lavrov", gender: .male, aliases: ["Russian Foreign Minister Sergei Lavrov"],
            titles: ["Russian Foreign Minister"])
        builder.quote(
            "We will not stand by while Russia threatens Ukraine,", speaker: truss,
            mention: "British Foreign Secretary Liz Truss", cue: "told", addressee: "reporters", confidence: 0.95)
        builder.quote(
            "a conversation between the dumb and the deaf", kind: .partial, speaker: lavrov,
            mention: "Russian Foreign Minister Sergei Lavrov", cue: "said", rule: "reported_speech", confidence: 0.8)
        builder.quote("Sanctions are ready to go,", speaker: truss, mention: "Truss", cue: "said", confidence: 0.97)
        builder.quote("Nobody believes a word of it,")
        return builder.analysis()
    }()

    /// A Guardian-style article: `Truss`, `Lavrov`, a quote full of CSV/Markdown/HTML specials, a scare quote
    /// and a heading.
    static let guardian: DocumentAnalysis = {
        var builder = AnalysisBuilder(
            id: "guardian/sanctions, day 2.txt",
            text: """
                "Sanctions | what Truss said & what she meant"
                Truss said Britain would impose costs “swiftly, and in co-ordination with allies”.
                “Our answer: "no" | <script>alert(1)</script>, whatever the cost,” Truss told the Commons.
                Lavrov told state television: “We are not threatening anyone.”
                Critics called the plan “sanctions theatre”.
                """)
        let truss = builder.speaker("Truss", gender: .female)
        let lavrov = builder.speaker("Lavrov", gender: .male)
        builder.quote("Sanctions | what Truss said & what she meant", kind: .heading)
        builder.quote(
            "swiftly, and in co-ordination with allies", kind: .partial, speaker: truss, mention: "Truss",
            cue: "said", rule: "reported_speech", confidence: 0.85)
        builder.quote(
            #"Our answer: "no" | <script>alert(1)</script>, whatever the cost,"#, speaker: truss, mention: "Truss",
            cue: "told", addressee: "the Commons")
        builder.quote(
            "We are not threatening anyone.", speaker: lavrov, mention: "Lavrov", cue: "told",
            addressee: "state television", rule: "name_cue_colon", confidence: 0.6)
        builder.quote("sanctions theatre", kind: .scare)
        return builder.analysis()
    }()

    /// An article made of injection payloads, with a hostile document identifier.
    static let payloads: DocumentAnalysis = {
        var builder = AnalysisBuilder(
            id: #"payload"><img src=x onerror=alert(2)>.html"#,
            text: """
                <script>alert(1)</script> "><img src=x onerror=alert(1)> <a href="javascript:alert(1)">click</a>
                Read more: javascript:alert(document.cookie) </style><style>body{display:none}</style> ' & &amp; &lt;
                “</textarea><svg onload=alert(1)>,” said the Kremlin's spokesman, Dmitry Peskov.
                Someone had scrawled “"><img src=x onerror=alert(1)>” on the wall.
                """)
        let kremlin = builder.speaker("the Kremlin", type: .government, aliases: ["Kremlin"])
        builder.quote(
            "</textarea><svg onload=alert(1)>,", speaker: kremlin, mention: "the Kremlin", cue: "said",
            rule: "cue_name", confidence: 0.7)
        builder.quote(#""><img src=x onerror=alert(1)>"#, kind: .partial)
        return builder.analysis()
    }()

    /// The three articles in input order.
    static let all = [bbc, guardian, payloads]
}
