/// Stages 6 and 7: groups the quotes of many analyses into one summary per speaker and sorts them.
///
/// Within a document, quotes with the same `speakerID` have one speaker. Across documents, named speakers merge
/// when their normalised names are equal (case, punctuation and a leading `the` ignored; `O'Brien` is
/// `OBrien`), or when a person's
/// name is a token suffix of exactly one fuller person name (`Truss` joins `Liz Truss`; `Johnson` stays
/// apart when both `Boris Johnson` and `Dustin Johnson` occur). A speaker known only by a description
/// (``Speaker/isDescription``: `a spokesperson`, `the mayor`) is someone else in each article, so descriptions
/// merge only within their article. Everything is sorted, so the report does not depend on hashing order.
///
/// ```swift
/// let report = Aggregator(filter: ReportFilter(top: 10)).report(for: analyses)
/// ```
///
/// Over an archive, add the analyses one at a time as they come, and keep only what the report lists:
///
/// ```swift
/// var aggregator = Aggregator(filter: ReportFilter(), keepsAnalyses: false)
/// for article in articles { aggregator.add(analyzer.analyze(article)) }
/// let report = aggregator.report()
/// ```
public struct Aggregator: Sendable {
    /// The filter applied.
    public let filter: ReportFilter
    /// True when the report keeps every analysis whole (`Report.analyses`, which the HTML report shows); false
    /// when it keeps only the article identifiers and the quotes it lists.
    public let keepsAnalyses: Bool

    /// The kinds of `filter`, as a set.
    private let kinds: Set<QuoteKind>
    /// What has been added so far.
    private var documentIDs: [String] = []
    private var analyses: [DocumentAnalysis] = []
    private var locals: [LocalSpeaker] = []
    private var localIndex: [LocalKey: Int] = [:]
    private var unattributed: [Entry] = []

    /// Creates an aggregator that applies `filter`, and keeps every analysis whole when `keepsAnalyses` is true.
    public init(filter: ReportFilter = .init(), keepsAnalyses: Bool = true) {
        self.filter = filter
        self.keepsAnalyses = keepsAnalyses
        self.kinds = Set(filter.kinds)
    }

    /// Builds the report for `analyses`, taken in input order (and for nothing added before).
    public func report(for analyses: [DocumentAnalysis]) -> Report {
        var aggregator = Aggregator(filter: filter, keepsAnalyses: keepsAnalyses)
        for analysis in analyses { aggregator.add(analysis) }
        return aggregator.report()
    }

    /// Adds the next analysis, in input order: its quotes that pass the filter, under their speakers.
    public mutating func add(_ analysis: DocumentAnalysis) {
        let documentIndex = documentIDs.count
        documentIDs.append(analysis.documentID)
        if keepsAnalyses { analyses.append(analysis) }
        for (position, original) in analysis.quotes.enumerated() where kinds.contains(original.kind) {
            var quote = original
            let order = Order(document: documentIndex, position: position)
            let speaker = quote.speakerID.flatMap {
                analysis.speakers.indices.contains($0) ? analysis.speakers[$0] : nil
            }
            let hasSpeaker = speaker != nil || quote.speaker != nil
            guard hasSpeaker, quote.confidence >= filter.minimumConfidence else {
                if hasSpeaker { Aggregator.dropAttribution(&quote) }
                unattributed.append(Entry(order: order, documentID: analysis.documentID, quote: quote))
                continue
            }
            let key =
                speaker != nil
                ? LocalKey(document: documentIndex, speakerID: quote.speakerID, name: nil)
                : LocalKey(document: documentIndex, speakerID: nil, name: quote.speaker)
            let index: Int
            if let existing = localIndex[key] {
                index = existing
            } else {
                index = locals.count
                localIndex[key] = index
                let name = speaker?.name ?? quote.speaker!
                locals.append(
                    LocalSpeaker(
                        name: name, tokens: Aggregator.tokens(of: name), type: speaker?.type ?? .unknown,
                        aliases: speaker?.aliases ?? [], titles: speaker?.titles ?? [],
                        description: speaker?.isDescription == true ? documentIndex : nil, entries: []))
            }
            locals[index].entries.append(Entry(order: order, documentID: analysis.documentID, quote: quote))
        }
    }

    /// The report over every analysis added so far.
    public func report() -> Report {
        // Ties in alphabetical order, case aside (`a spokesperson` before `Walter Pryce`), then by code points.
        var summaries = Aggregator.group(locals).map { cluster in
            let made = summary(of: cluster)
            return (summary: made.summary, firstOrder: made.firstOrder, folded: made.summary.name!.lowercased())
        }
        summaries.sort { lhs, rhs in
            if lhs.summary.quoteCount != rhs.summary.quoteCount {
                return lhs.summary.quoteCount > rhs.summary.quoteCount
            }
            if lhs.folded != rhs.folded { return lhs.folded < rhs.folded }
            if lhs.summary.name! != rhs.summary.name! { return lhs.summary.name! < rhs.summary.name! }
            return lhs.firstOrder < rhs.firstOrder
        }
        var speakers = summaries.map(\.summary)
        if let wanted = filter.speaker {
            // A name or alias equal to the query first (`the president`, not also `the vice president`); else the
            // speakers whose name it ends (a surname).
            let exact = speakers.filter { Aggregator.speaker($0, isNamed: wanted, bySurname: false) }
            speakers = exact.isEmpty ? speakers.filter { Aggregator.speaker($0, isNamed: wanted) } : exact
        }
        let ranked = speakers.count
        if let top = filter.top { speakers = Array(speakers.prefix(max(top, 0))) }
        if filter.speaker == nil, !unattributed.isEmpty {
            speakers.append(
                summary(name: nil, type: .unknown, aliases: [], titles: [], entries: unattributed).summary)
        }
        return Report(
            documentIDs: documentIDs, analyses: analyses, speakers: speakers,
            quoteCount: speakers.reduce(0) { $0 + $1.quoteCount }, rankedSpeakerCount: ranked)
    }

    // MARK: - Grouping

    /// Merges the per-document speakers into clusters, each in order of first appearance.
    static func group(_ locals: [LocalSpeaker]) -> [[LocalSpeaker]] {
        // Distinct normalised names, in order of first appearance; a description's name is distinct in each
        // document (its key starts with a control character and the document's index, which no name holds).
        var names: [NameGroup] = []
        var keys: [String] = []
        var nameIndex: [String: Int] = [:]
        var nameOfLocal: [Int] = []
        for local in locals {
            var key = local.tokens.isEmpty ? "\u{0}" + local.name.lowercased() : local.tokens.joined(separator: " ")
            if let document = local.description { key = "\u{1}\(document)\u{1}" + key }
            if let index = nameIndex[key] {
                nameOfLocal.append(index)
                names[index].types.insert(local.type)
            } else {
                nameIndex[key] = names.count
                nameOfLocal.append(names.count)
                names.append(
                    NameGroup(tokens: local.tokens, types: [local.type], isDescription: local.description != nil))
                keys.append(key)
            }
        }
        // A person name joins the one fuller person name it is a token suffix of, when there is exactly one.
        // `fuller[s]` lists the person names that the token suffix `s` (tokens joined by a space, as in
        // `keys`) is a proper suffix of, so each name only meets the names sharing its suffixes: linear in
        // the number of tokens, not quadratic in the number of names. A fuller name is maximal when no person
        // name ends with it (any that did would end with the shorter name too, and be fuller still).
        var fuller: [String: [Int]] = [:]
        for (index, name) in names.enumerated() where name.isPersonLike {
            for length in stride(from: name.tokens.count - 1, to: 0, by: -1) {
                fuller[name.tokens.suffix(length).joined(separator: " "), default: []].append(index)
            }
        }
        var root = Array(names.indices)
        for (index, name) in names.enumerated() where name.isPersonLike && !name.tokens.isEmpty {
            guard let candidates = fuller[keys[index]] else { continue }
            var maximal: Int?
            var count = 0
            for candidate in candidates where fuller[keys[candidate]] == nil {
                maximal = candidate
                count += 1
                if count > 1 { break }
            }
            if count == 1, let maximal { root[index] = maximal }
        }
        var clusters: [[LocalSpeaker]] = []
        var clusterOfRoot: [Int: Int] = [:]
        for (index, local) in locals.enumerated() {
            let target = root[nameOfLocal[index]]
            if let cluster = clusterOfRoot[target] {
                clusters[cluster].append(local)
            } else {
                clusterOfRoot[target] = clusters.count
                clusters.append([local])
            }
        }
        return clusters
    }

    /// The lower-cased words of a name, without punctuation or a leading `the`: apostrophes and periods are
    /// dropped (`O'Brien` is `obrien`, `U.S.` is `us`), other characters than letters and digits split words.
    static func tokens(of name: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for character in name.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == "'" || character == "\u{2019}" || character == "\u{02BC}" || character == "." {
                continue
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        if tokens.count > 1, tokens[0] == "the" { tokens.removeFirst() }
        return tokens
    }

    /// True when `query` names `speaker` (`ReportFilter.speaker`): it equals the speaker's name or an alias, or
    /// (`bySurname`) its words end the name or an alias (`Zelenskiy` names Volodymyr Zelenskiy, `le drian`
    /// Jean-Yves Le Drian), case and punctuation ignored.
    static func speaker(_ speaker: SpeakerSummary, isNamed query: String, bySurname: Bool = true) -> Bool {
        let wanted = tokens(of: query)
        let key = wanted.isEmpty ? query.lowercased() : wanted.joined(separator: " ")
        return ([speaker.name ?? ""] + speaker.aliases).contains { name in
            let words = tokens(of: name)
            return Aggregator.key(of: name) == key
                || (bySurname && !wanted.isEmpty && words.count > wanted.count
                    && words.suffix(wanted.count).elementsEqual(wanted))
        }
    }

    /// The comparison key of a name: its tokens, or the lower-cased text when it has none.
    static func key(of name: String) -> String {
        let tokens = tokens(of: name)
        return tokens.isEmpty ? name.lowercased() : tokens.joined(separator: " ")
    }

    // MARK: - Summaries

    private func summary(of cluster: [LocalSpeaker]) -> (summary: SpeakerSummary, firstOrder: Order) {
        // The fullest name: most words, then most characters, then alphabetical (a local's `tokens` are its
        // name's words, split once when it was made).
        let name = cluster.min { lhs, rhs in
            if lhs.tokens.count != rhs.tokens.count { return lhs.tokens.count > rhs.tokens.count }
            if lhs.name.unicodeScalars.count != rhs.name.unicodeScalars.count {
                return lhs.name.unicodeScalars.count > rhs.name.unicodeScalars.count
            }
            return lhs.name < rhs.name
        }!.name
        var aliases = Set(cluster.flatMap { [$0.name] + $0.aliases })
        aliases.remove(name)
        let titles = Set(cluster.flatMap(\.titles))
        // The type of most quotes, named types before `unknown`, ties in declaration order.
        var quotesOfType = [Int](repeating: 0, count: SpeakerType.allCases.count)
        for local in cluster {
            quotesOfType[SpeakerType.allCases.firstIndex(of: local.type)!] += local.entries.count
        }
        let named = SpeakerType.allCases.filter { $0 != .unknown }
        let best = named.max { lhs, rhs in
            let left = quotesOfType[SpeakerType.allCases.firstIndex(of: lhs)!]
            let right = quotesOfType[SpeakerType.allCases.firstIndex(of: rhs)!]
            if left != right { return left < right }
            return SpeakerType.allCases.firstIndex(of: lhs)! > SpeakerType.allCases.firstIndex(of: rhs)!
        }!
        let type = quotesOfType[SpeakerType.allCases.firstIndex(of: best)!] > 0 ? best : .unknown
        return summary(
            name: name, type: type, aliases: aliases.sorted(), titles: titles.sorted(),
            entries: cluster.flatMap(\.entries))
    }

    private func summary(
        name: String?, type: SpeakerType, aliases: [String], titles: [String], entries unsorted: [Entry]
    ) -> (summary: SpeakerSummary, firstOrder: Order) {
        let entries = unsorted.sorted { $0.order < $1.order }
        let kinds = QuoteKind.allCases.filter { filter.kinds.contains($0) }
        let byKind = kinds.map { kind in KindCount(kind: kind, count: entries.count(where: { $0.quote.kind == kind })) }
        var cueCounts: [String: Int] = [:]
        for entry in entries {
            if let cue = entry.quote.cue { cueCounts[cue.text.lowercased(), default: 0] += 1 }
        }
        let cues = cueCounts.map { CueCount(cue: $0.key, count: $0.value) }.sorted { lhs, rhs in
            lhs.count != rhs.count ? lhs.count > rhs.count : lhs.cue < rhs.cue
        }
        let words = entries.reduce(0) { total, entry in total + Aggregator.wordCount(of: entry.quote.text) }
        var articles = Set<Int>()
        for entry in entries { articles.insert(entry.order.document) }
        let quotes = entries.map {
            ReportQuote(documentID: $0.documentID, quote: $0.quote, documentIndex: $0.order.document)
        }
        let summary = SpeakerSummary(
            name: name, type: type, aliases: aliases, titles: titles, quotesByKind: byKind,
            quoteCount: quotes.count, articleCount: articles.count, wordCount: words, cues: cues,
            first: quotes.first!, last: quotes.last!, quotes: quotes)
        return (summary, entries[0].order)
    }

    /// The number of words in `text`: its runs of non-whitespace Characters, as
    /// `text.split(whereSeparator: \.isWhitespace).count` counts them.
    ///
    /// Byte by byte when the text is ASCII (nearly always), where every Character is one byte (or `\r\n`, two
    /// whitespace bytes) and the whitespace bytes are U+0009...U+000D and U+0020. `Character.isWhitespace`
    /// looks up Unicode properties for every Character: it was a sixth of a `quotes report` run.
    static func wordCount(of text: String) -> Int {
        let ascii: Int?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            var inWord = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                let isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
                if !isSpace && !inWord { count += 1 }
                inWord = !isSpace
            }
            return count
        }
        if let count = ascii ?? nil { return count }
        return text.split(whereSeparator: \.isWhitespace).count
    }

    /// Clears what attributes a quote whose attribution was dropped.
    static func dropAttribution(_ quote: inout AttributedQuote) {
        quote.speaker = nil
        quote.speakerID = nil
        quote.mention = nil
        quote.cue = nil
        quote.addressee = nil
        quote.rule = nil
        quote.confidence = 0
    }

    // MARK: - Working types

    /// Where a quote comes in the input: document, then position in its quote list.
    struct Order: Comparable, Hashable {
        var document: Int
        var position: Int
        static func < (lhs: Order, rhs: Order) -> Bool {
            (lhs.document, lhs.position) < (rhs.document, rhs.position)
        }
    }

    /// A quote kept in the report.
    struct Entry {
        var order: Order
        var documentID: String
        var quote: AttributedQuote
    }

    /// Identifies a speaker inside one document: by speaker index, or by name when the quote has no index.
    struct LocalKey: Hashable {
        var document: Int
        var speakerID: Int?
        var name: String?
    }

    /// A speaker of one document with its quotes.
    struct LocalSpeaker {
        var name: String
        var tokens: [String]
        var type: SpeakerType
        var aliases: [String]
        var titles: [String]
        /// The document's index when the speaker is known only by a description (merged within it only).
        var description: Int?
        var entries: [Entry]
    }

    /// One distinct normalised name and the speaker types seen with it.
    struct NameGroup {
        var tokens: [String]
        var types: Set<SpeakerType>
        /// True for a description's name in one document.
        var isDescription: Bool
        /// True when this is a name, and no speaker with it is known to be anything but a person.
        var isPersonLike: Bool { !isDescription && types.isSubset(of: [.person, .unknown]) }
    }
}
