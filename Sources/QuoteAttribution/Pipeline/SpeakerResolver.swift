/// Stage 5: [Mention] + [Attribution?] -> [Speaker] and one speaker per attributed quote.
///
/// Names are clustered (`Liz Truss` = `Truss`, `the Defense Ministry` = `Russia's Defense Ministry`);
/// descriptions that repeat a known title join that person (`the foreign secretary`); pronouns take the
/// nearest compatible subject or speaker before them; `same speaker as` links are followed.
struct SpeakerResolver {
    /// Speakers the caller named in the configuration.
    var knownSpeakers: [Configuration.KnownSpeaker] = []

    struct Result {
        var speakers: [Speaker]
        /// Speaker index for each quote, or nil.
        var speakerOfQuote: [Int?]
    }

    /// An entity while clustering.
    private struct Entity {
        var tokens: [String]
        var name: String
        var type: SpeakerType
        var gender: Gender
        /// The gender a title or a full name gave (`Mr. Obama`, `Michelle Obama`); a lone word's guess is left out,
        /// since `Bradley` may be a first name or a surname.
        var namedGender = Gender.unknown
        var titles: [String] = []
        /// `nameTokens` of each title, kept beside it so matching never re-tokenises.
        var titleTokens: [[String]] = []
        var forms: [String] = []
        var mentions: [Int] = []
        /// True when a description (`the senator`) started the entity: names never cluster into it by words.
        var isDescription = false
    }

    func speakers(
        document: Document, quotes: [Quote], narration: Narration, mentions detected: MentionDetector.Result,
        attributions: [Attribution?]
    ) -> Result {
        let mentions = detected.mentions
        var entities: [Entity] = []
        var entityOfMention = [Int?](repeating: nil, count: mentions.count)

        // Known speakers match by their name, any alias, or (for persons) a surname ending the name.
        var knownEntity: [Int: Int] = [:]
        func known(_ mention: Mention) -> Int? {
            guard !knownSpeakers.isEmpty else { return nil }
            let forms = [SpeakerResolver.nameTokens(mention.name), SpeakerResolver.nameTokens(mention.text)]
            for (k, speaker) in knownSpeakers.enumerated() {
                let name = SpeakerResolver.nameTokens(speaker.name)
                let aliases = speaker.aliases.map(SpeakerResolver.nameTokens)
                let hit = forms.contains { form in
                    form == name || aliases.contains(form)
                        || (speaker.type == .person && mention.form == .name && SpeakerResolver.endsWith(name, form))
                }
                guard hit else { continue }
                if let e = knownEntity[k] { return e }
                knownEntity[k] = entities.count
                entities.append(Entity(tokens: name, name: speaker.name, type: speaker.type, gender: .unknown))
                return entities.count - 1
            }
            return nil
        }

        // Entities by the last and first words of their names, and by the last word of each title.
        var byLastWord: [String: [Int]] = [:]
        var byFirstWord: [String: [Int]] = [:]
        var byTitleWord: [String: [Int]] = [:]
        var descriptions: [[String]: Int] = [:]
        // Sized up front so that they never grow while being filled (they are looked up, never iterated).
        byLastWord.reserveCapacity(mentions.count)
        byFirstWord.reserveCapacity(mentions.count)
        func index(_ id: Int) {
            if entities[id].isDescription {
                descriptions[entities[id].tokens] = id
                return
            }
            guard let last = entities[id].tokens.last, let first = entities[id].tokens.first else { return }
            // One hash look-up each: `byLastWord[last]?.last != id` tested inside the dictionary's storage.
            byLastWord[last, default: []].appendUnlessLast(id)
            byFirstWord[first, default: []].appendUnlessLast(id)
        }

        // 1. Names and descriptions, in text order.
        for mention in mentions where mention.form != .pronoun {
            let tokens = SpeakerResolver.nameTokens(mention.name)
            guard !tokens.isEmpty else { continue }
            var target: Int? = known(mention)
            // Only entities sharing the last word (or, for a lone first name, the first word) can match:
            // the index keeps this linear in the number of mentions.
            func candidates(_ key: String?, _ index: [String: [Int]]) -> [Int] { key.flatMap { index[$0] } ?? [] }
            if target != nil {
                // A configured speaker: its name is fixed.
            } else if mention.form == .nominal {
                // `the foreign secretary` joins the latest person whose title ends with those words.
                let words = tokens.filter { !Names.determiners.contains($0) }
                target = candidates(words.last, byTitleWord).last { e in
                    entities[e].type == .person
                        && entities[e].titleTokens.contains { title in
                            // `the president` is not the vice president.
                            SpeakerResolver.endsWith(title, words)
                                && !(title.count > words.count
                                    && SpeakerResolver.rankModifiers.contains(title[title.count - words.count - 1]))
                        }
                }
                if target == nil {
                    target = descriptions[tokens]
                }
            } else if tokens.count == 1, Names.personTitles.contains(tokens[0]),
                let titled = candidates(tokens[0], byTitleWord).last(where: {
                    entities[$0].type == .person && entities[$0].name.first?.isUppercase == true
                })
            {
                // `the Major` (capitalised, as fiction writes it) is Major Callendar, named before with that title.
                target = titled
            } else {
                // The latest (highest) entity that matches, sharing the last word first: a lone word is a
                // surname before it is a first name (`Trump` is Donald Trump, not the later `Trump Train`).
                let honorific = tokens.count == 1 && SpeakerResolver.hasHonorific(mention)
                let namedGender = SpeakerResolver.namedGender(mention, tokens: tokens)
                let byLast = candidates(tokens.last, byLastWord)
                let byFirst = tokens.count == 1 ? candidates(tokens.first, byFirstWord) : []
                let matches = { (e: Int) -> Bool in
                    let other = entities[e].tokens
                    // `Mr. Obama` is not Michelle Obama: genders from titles or full names must agree.
                    if namedGender != .unknown, entities[e].namedGender != .unknown, namedGender != entities[e].namedGender {
                        return false
                    }
                    return other == tokens
                        || (entities[e].type != .organisation && mention.type != .organisation
                            && mention.type != .government && entities[e].type != .government
                            && (SpeakerResolver.endsWith(other, tokens) || SpeakerResolver.endsWith(tokens, other)
                                || (tokens.count == 1 && other.first == tokens[0] && other.count == 2
                                    && !honorific)))
                        || (mention.type == .organisation && entities[e].type == .organisation
                            && (SpeakerResolver.endsWith(other, tokens) || SpeakerResolver.endsWith(tokens, other)))
                }
                target =
                    SpeakerResolver.latest(in: byLast, where: matches)
                    ?? SpeakerResolver.latest(in: byFirst, where: matches)
            }
            let id: Int
            if let target {
                id = target
            } else {
                id = entities.count
                entities.append(Entity(tokens: tokens, name: mention.name, type: mention.type, gender: mention.gender))
                entities[id].isDescription = mention.form == .nominal
            }
            let titlesBefore = entities[id].titleTokens.count
            entityOfMention[mention.id] = id
            let isKnown = knownEntity.values.contains(id)
            update(&entities[id], with: mention, tokens: tokens, isKnown: isKnown)
            index(id)
            for title in entities[id].titleTokens.dropFirst(titlesBefore) {
                byTitleWord[title.last ?? "", default: []].append(id)
            }
        }

        // Genders from use: a subject name followed, before any other name, by `he`/`his` or `she`/`her`.
        var votes = [(male: Int, female: Int)](repeating: (0, 0), count: entities.count)
        for mention in mentions where mention.form == .name && mention.isSubject {
            guard let e = entityOfMention[mention.id] else { continue }
            var k = detected.tokenRanges[mention.id].upperBound
            let stop = min(narration.tokens.count, k + 25)
            while k < stop {
                if detected.mentionAt[k] >= 0, mentions[detected.mentionAt[k]].form == .name { break }
                let word = narration.tokens[k].lower
                // All eight words start with `h` or `s` (and have no other canonically equivalent spelling):
                // other words skip the eight comparisons.
                guard let initial = word.utf8.first, initial == 0x68 || initial == 0x73 else {
                    k += 1
                    continue
                }
                switch word {
                case "he", "his", "him", "himself":
                    votes[e].male += 1
                    k = stop
                case "she", "her", "hers", "herself":
                    votes[e].female += 1
                    k = stop
                default: k += 1
                }
            }
        }
        for e in entities.indices
        where entities[e].gender == .unknown && entities[e].type != .organisation && entities[e].type != .government {
            if votes[e].male > votes[e].female { entities[e].gender = .male }
            if votes[e].female > votes[e].male { entities[e].gender = .female }
        }

        // 2. Quotes in text order; pronouns resolved against what came before.
        var speakerOfQuote = [Int?](repeating: nil, count: quotes.count)
        let isDialogue = Attributor.isDialogue(quotes, narration)
        // A first-person narrator (`I said`) is named by how the others address them: the name most often
        // used as a vocative in the document's quotes (at least twice), if any.
        let vocatives: [Set<String>] =
            isDialogue
            ? quotes.map {
                $0.kind.isQuotation
                    ? SpeakerResolver.vocatives(in: document.bytes.bytes[$0.content.start..<$0.content.end]) : []
            } : []
        lazy var narrator: Int? = {
            var counts: [String: Int] = [:]
            for words in vocatives {
                for word in words { counts[word, default: 0] += 1 }
            }
            guard let (word, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), count >= 2 else {
                return nil
            }
            if let e = byLastWord[word]?.last ?? byFirstWord[word]?.last { return e }
            entities.append(
                Entity(
                    tokens: [word], name: word.prefix(1).uppercased() + word.dropFirst(), type: .person,
                    gender: .unknown))
            index(entities.count - 1)
            return entities.count - 1
        }()
        var recentSpeakers: [(offset: Int, entity: Int)] = []
        func resolvePronoun(_ mention: Mention) -> Int? {
            let (gender, plural) =
                mention.form == .pronoun
                ? Names.pronouns[mention.name.lowercased()] ?? (.unknown, false) : (mention.gender, false)
            if mention.name.lowercased() == "i" { return isDialogue ? narrator : nil }
            if mention.name.lowercased() == "we" { return nil }
            func fits(_ e: Int) -> Bool {
                // The fields are read in place: copying the `Entity` would retain all of its arrays.
                if mention.form == .nominal, entities[e].name.first?.isUppercase != true { return false }
                let type = entities[e].type
                if plural {
                    return type == .organisation || type == .government || type == .anonymous
                }
                if gender == .neuter { return type == .organisation || type == .government }
                guard entities[e].gender.isCompatible(with: gender) else { return false }
                // A lone capitalised word of unknown kind (`Tulsa`, `Paper`) is no person unless named again.
                return type == .person
                    || (type == .unknown
                        && (entities[e].tokens.count >= 2 || entities[e].gender != .unknown
                            || entities[e].mentions.count >= 2))
            }
            let position = mention.range.start
            let paragraph = narration.tokens[detected.tokenRanges[mention.id].lowerBound].paragraph
            // Subjects and speakers within the last three paragraphs, nearest first.
            var best: (offset: Int, entity: Int)?
            // By index, so that no `Mention` (with its Strings) is copied.
            for o in (max(0, mention.id - 200)..<mention.id).reversed() {
                let id = mentions[o].id
                let otherParagraph = narration.tokens[detected.tokenRanges[id].lowerBound].paragraph
                if paragraph - otherParagraph > 3 { break }
                guard mentions[o].isSubject, let e = entityOfMention[id], fits(e) else { continue }
                best = (mentions[o].range.start, e)
                break
            }
            if let last = recentSpeakers.suffix(50).last(where: { $0.offset < position && fits($0.entity) }),
                best == nil || last.offset > best!.offset
            {
                best = last
            }
            if best == nil {
                best =
                    (max(0, mention.id - 200)..<mention.id).reversed().lazy.compactMap { o in
                        entityOfMention[mentions[o].id].flatMap { fits($0) ? (mentions[o].range.start, $0) : nil }
                    }.first
            }
            return best?.entity
        }
        var pending: [(Int, Int)] = []
        for quote in quotes {
            guard let attribution = attributions[quote.id] else { continue }
            switch attribution.source {
            case .mention(let m):
                let mention = mentions[m]
                var entity = mention.form == .pronoun ? resolvePronoun(mention) : entityOfMention[m]
                if isDialogue, mention.form == .nominal {
                    // Fiction: `said the girl` is someone named nearby; `said the other` is the other party.
                    if SpeakerResolver.isGeneric(mention) {
                        entity = resolvePronoun(mention) ?? entity
                    } else if SpeakerResolver.nameTokens(mention.text) == ["other"] {
                        let last = recentSpeakers.last?.entity
                        entity = recentSpeakers.suffix(8).last { $0.entity != last }?.entity ?? entity
                    }
                }
                if let entity, mention.form == .pronoun, entities[entity].gender == .unknown,
                    mention.gender != .unknown,
                    mention.gender != .neuter
                {
                    entities[entity].gender = mention.gender
                }
                if let entity, mention.form == .pronoun { entities[entity].mentions.append(m) }
                speakerOfQuote[quote.id] = entity
            case .sameSpeakerAs(let other):
                if other < quote.id {
                    speakerOfQuote[quote.id] = speakerOfQuote[other]
                } else {
                    pending.append((quote.id, other))
                }
            case .otherSpeakerThan(let previous):
                // The speaker before `previous`'s speaker who is someone else (the other party of the dialogue).
                let current = speakerOfQuote[previous]
                speakerOfQuote[quote.id] = (max(0, previous - 12)..<previous).reversed().lazy
                    .compactMap { speakerOfQuote[$0] }.first { $0 != current }
            case .label(let label):
                // `PENCE:` names the person whose name ends with that word, or a new speaker of that name.
                let words = SpeakerResolver.nameTokens(label.text)
                if let e = (byLastWord[words.last ?? ""] ?? []).last(where: {
                    SpeakerResolver.endsWith(entities[$0].tokens, words)
                }) {
                    speakerOfQuote[quote.id] = e
                } else {
                    // `PENCE` is printed `Pence`; a label in mixed case (`OK Gov Fallin`) as written.
                    let name =
                        label.text != label.text.uppercased() ? label.text
                        : label.text.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }
                            .joined(separator: " ")
                    entities.append(Entity(tokens: words, name: name, type: .person, gender: .unknown))
                    index(entities.count - 1)
                    speakerOfQuote[quote.id] = entities.count - 1
                }
            }
            // A guess from context never makes someone speak to themselves: `"Emma, come here."` is not Emma's.
            var guessed = attribution.cue == nil
            if case .mention(let m) = attribution.source, mentions[m].form == .pronoun { guessed = true }
            if isDialogue, guessed, let entity = speakerOfQuote[quote.id],
                !vocatives[quote.id].isDisjoint(with: entities[entity].tokens)
            {
                speakerOfQuote[quote.id] = recentSpeakers.suffix(8).reversed().first { $0.entity != entity }?.entity
            }
            if let entity = speakerOfQuote[quote.id] {
                recentSpeakers.append((attribution.cue?.range.start ?? quote.range.start, entity))
            }
        }
        for (quote, other) in pending { speakerOfQuote[quote] = speakerOfQuote[other] }
        if isDialogue {
            SpeakerResolver.realignTurns(
                quotes: quotes, attributions: attributions, mentions: mentions, speakers: &speakerOfQuote)
        }

        // 3. Speakers: the entities that were quoted, in order of first quote.
        var index: [Int: Int] = [:]
        var speakers: [Speaker] = []
        for quote in quotes {
            guard let e = speakerOfQuote[quote.id] else { continue }
            if index[e] == nil {
                index[e] = speakers.count
                let entity = entities[e]
                speakers.append(
                    Speaker(
                        id: speakers.count, name: entity.name, type: entity.type == .unknown ? .person : entity.type,
                        gender: entity.gender, aliases: Set(entity.forms).subtracting([entity.name]).sorted(),
                        titles: Set(entity.titles).sorted(), mentions: entity.mentions.sorted()))
            }
            speakerOfQuote[quote.id] = index[e]
        }
        return Result(speakers: speakers, speakerOfQuote: speakerOfQuote)
    }

    /// Adds `mention` to `entity` in place (no copy of the entity's arrays).
    private func update(_ entity: inout Entity, with mention: Mention, tokens: [String], isKnown: Bool) {
        entity.mentions.append(mention.id)
        entity.forms.append(mention.text)
        if let title = mention.title, !entity.titles.contains(title) {
            entity.titles.append(title)
            let words = SpeakerResolver.nameTokens(title)
            entity.titleTokens.append(words)
            // `Sen. Bernie Sanders` is `the senator`; `Rep. Adam Schiff`, `the congressman`.
            if let last = words.last, let spelled = SpeakerResolver.spelledTitles[last] {
                for word in spelled { entity.titleTokens.append(words.dropLast() + [word]) }
            }
        }
        if mention.form == .name, tokens.count > entity.tokens.count, !isKnown {
            entity.tokens = tokens
            entity.name = mention.name
        }
        if entity.type == .unknown || (entity.type == .anonymous && mention.type == .person) {
            entity.type = mention.type
        }
        if entity.gender == .unknown { entity.gender = mention.gender }
        if entity.namedGender == .unknown { entity.namedGender = SpeakerResolver.namedGender(mention, tokens: tokens) }
    }

    /// The mention's gender when a title or a full name gives it, else unknown.
    static func namedGender(_ mention: Mention, tokens: [String]) -> Gender {
        mention.form == .name && (mention.title != nil || tokens.count >= 2) ? mention.gender : .unknown
    }

    /// True when the mention carries an honorific (`Mr. Trump`): its lone word is a surname, not a first name.
    static func hasHonorific(_ mention: Mention) -> Bool {
        guard let title = mention.title else { return false }
        return nameTokens(title).contains { surnameHonorifics.contains($0) }
    }

    /// Honorifics written before a surname (`Sir` and `Lady` go before first names too).
    static let surnameHonorifics: Set<String> = [
        "mr", "mrs", "ms", "mister", "messrs", "monsieur", "mme", "madame", "herr", "frau",
    ]

    /// Abbreviated titles and the words a description uses for them.
    static let spelledTitles: [String: [String]] = [
        "sen": ["senator"], "rep": ["representative", "congressman", "congresswoman", "lawmaker"],
        "gov": ["governor"], "gen": ["general"], "pres": ["president"], "sec": ["secretary"],
        "dr": ["doctor"], "prof": ["professor"], "lt": ["lieutenant"], "col": ["colonel"], "capt": ["captain"],
        "sgt": ["sergeant"], "adm": ["admiral"], "supt": ["superintendent"], "atty": ["attorney"],
        "rev": ["reverend"], "del": ["delegate"],
    ]

    /// Rules whose speaker is only a turn-taking guess, which `realignTurns` may revise.
    static let turnRules: Set<String> = [DialogueTurnRule.id, PreviousSpeakerRule.id]

    /// Re-reads turn-taking in each run of consecutive quote paragraphs from its surest turns.
    ///
    /// A turn named by a cue and a name (`said Anna`) anchors the run; every guessed turn takes the speaker of
    /// the nearest anchor when an even number of turns away, and the other party when odd. The two parties are
    /// the anchored speakers of the run (or the speakers just before it). Guesses chained turn after turn drift;
    /// anchoring on both sides keeps one wrong guess from swapping a whole conversation.
    static func realignTurns(
        quotes: [Quote], attributions: [Attribution?], mentions: [Mention], speakers: inout [Int?]
    ) {
        // Turns: (paragraph, quote ids) for paragraphs holding quotations, in order.
        var turns: [(paragraph: Int, quotes: [Int])] = []
        for quote in quotes where quote.kind.isQuotation {
            if turns.last?.paragraph == quote.paragraph {
                turns[turns.count - 1].quotes.append(quote.id)
            } else {
                turns.append((quote.paragraph, [quote.id]))
            }
        }
        func anchor(_ turn: Int) -> Int? {
            for q in turns[turn].quotes {
                guard let attribution = attributions[q], case .mention(let m) = attribution.source,
                    mentions[m].form == .name, attribution.cue != nil, let speaker = speakers[q]
                else { continue }
                return speaker
            }
            return nil
        }
        var start = 0
        while start < turns.count {
            var end = start + 1
            while end < turns.count, turns[end].paragraph == turns[end - 1].paragraph + 1 { end += 1 }
            let run = start..<end
            start = end
            let anchors = run.compactMap { t in anchor(t).map { (turn: t, speaker: $0) } }
            var parties: [Int] = []
            for a in anchors where !parties.contains(a.speaker) { parties.append(a.speaker) }
            // Fewer than two anchored parties: take the speakers heard just before the run.
            if parties.count < 2 {
                let before = run.lowerBound
                for t in stride(from: before - 1, through: max(0, before - 6), by: -1) {
                    for q in turns[t].quotes.reversed() {
                        if let s = speakers[q], !parties.contains(s) { parties.append(s) }
                    }
                    if parties.count >= 2 { break }
                }
            }
            guard parties.count >= 2, !anchors.isEmpty else { continue }
            for t in run {
                let guessed = turns[t].quotes.filter { q in attributions[q].map { turnRules.contains($0.rule) } ?? false
                }
                guard !guessed.isEmpty, anchor(t) == nil else { continue }
                let nearest = anchors.min {
                    abs($0.turn - t) < abs($1.turn - t) || (abs($0.turn - t) == abs($1.turn - t) && $0.turn < $1.turn)
                }!
                let other = parties.first { $0 != nearest.speaker } ?? nearest.speaker
                let speaker = abs(t - nearest.turn) % 2 == 0 ? nearest.speaker : other
                for q in guessed { speakers[q] = speaker }
            }
        }
    }

    /// Names addressed in a quote (`Emma, come here`, `I know, Mr. Knightley.`), lower-cased, last words only.
    static func vocatives(in content: String) -> Set<String> { vocatives(in: Array(content.utf8)[...]) }

    /// The same, on UTF-8 bytes: only the bytes around the first and last commas are decoded.
    static func vocatives(in content: ArraySlice<UInt8>) -> Set<String> {
        // Only the text before the first comma and after the last one can be an address, and only if short.
        guard let firstComma = content.firstIndex(of: 0x2C), let lastComma = content.lastIndex(of: 0x2C) else {
            return []
        }
        var result = Set<String>()
        let head = content[..<firstComma]
        let tail = content[(lastComma + 1)...]
        for (position, bytes) in [head, tail].enumerated() where !bytes.isEmpty && bytes.count <= 48 {
            if bytes.allSatisfy({ $0 < 0x80 }) {
                if let last = asciiVocative(bytes, isTail: position == 1) { result.insert(last) }
                continue
            }
            let segment = String(decoding: bytes, as: UTF8.self)
            var words = segment.split(separator: " ").map(String.init)
            if position == 1,
                let end = words.firstIndex(where: { word in
                    "!?".contains(word.last ?? " ")
                        || (word.hasSuffix(".") && !Narration.abbreviations.contains(word.dropLast().lowercased()))
                })
            {
                words = Array(words[...end])  // `…, Hastings. A clue!`: the address ends with its sentence
            }
            words = words.map { String($0.filter { !".!?;:\"'—-".contains($0) }) }.filter { !$0.isEmpty }
            while let first = words.first, ["my", "dear", "oh", "o"].contains(first.lowercased()) {
                words.removeFirst()
            }
            guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
                let last = words.last?.lowercased(), !Names.notNames.contains(last), Names.pronouns[last] == nil
            else { continue }
            result.insert(last)
        }
        return result
    }

    /// `vocatives` for one ASCII segment, on its bytes (the same steps in one pass, without Characters or
    /// intermediate arrays): the last word of the address, lower-cased, or nil.
    private static func asciiVocative(_ bytes: ArraySlice<UInt8>, isTail: Bool) -> String? {
        func lowered<Bytes: Sequence<UInt8>>(_ word: Bytes) -> String {
            String(decoding: word.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        // `.!?;:"'-` are dropped from every word (the em dash is not ASCII).
        func isDropped(_ byte: UInt8) -> Bool {
            byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3B || byte == 0x3A || byte == 0x22
                || byte == 0x27 || byte == 0x2D
        }
        // `my`, `dear`, `oh` or `o`, once cleaned and lower-cased.
        func isFiller(_ word: ArraySlice<UInt8>) -> Bool {
            var packed: UInt64 = 0
            var count = 0
            for byte in word where !isDropped(byte) {
                count += 1
                if count > 4 { return false }
                packed = packed << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
            return (count == 2 && (packed == 0x6D79 || packed == 0x6F68)) || (count == 4 && packed == 0x6465_6172)
                || (count == 1 && packed == 0x6F)
        }
        var count = 0  // words kept after the leading fillers
        var last: ArraySlice<UInt8>?
        var start = bytes.startIndex
        for end in bytes.startIndex...bytes.endIndex where end == bytes.endIndex || bytes[end] == 0x20 {
            defer { start = end + 1 }
            guard end > start else { continue }
            let word = bytes[start..<end]
            // In the tail, the address ends with the first word that ends a sentence (`…, Hastings. A clue!`).
            let endsAddress =
                isTail
                && (word.last == 0x21 || word.last == 0x3F
                    || (word.last == 0x2E && !Narration.abbreviations.contains(lowered(word.dropLast()))))
            if let first = word.first(where: { !isDropped($0) }), count > 0 || !isFiller(word) {
                count += 1
                guard count <= 3, first >= 0x41 && first <= 0x5A else { return nil }
                last = word
            }
            if endsAddress { break }
        }
        guard let last else { return nil }
        let name = lowered(last.filter { !isDropped($0) })
        guard !Names.notNames.contains(name), Names.pronouns[name] == nil else { return nil }
        return name
    }

    /// Words that make a title another office than its last words (`Vice President` is not `President`).
    static let rankModifiers: Set<String> = [
        "vice", "deputy", "assistant", "former", "acting", "associate", "under", "lieutenant", "ex",
    ]

    /// Heads of descriptions that pick out a person by sex and age only (`the girl`, `the old gentleman`).
    static let genericHeads: Set<String> = [
        "girl", "man", "woman", "lady", "gentleman", "boy", "lad", "lass", "youth", "stranger", "visitor", "clergyman",
        "child", "fellow",
    ]

    /// True for a description with an article and a generic head, not a relation (`her mother`).
    static func isGeneric(_ mention: Mention) -> Bool {
        let words = mention.text.lowercased().split(separator: " ")
        guard let first = words.first, let last = words.last else { return false }
        return ["the", "a", "an"].contains(first) && genericHeads.contains(String(last))
    }

    /// Lower-cased name words without possessive `'s`, periods or a leading `the`.
    static func nameTokens(_ name: String) -> [String] {
        if let words = asciiNameTokens(name) { return words }
        var words = String(name.lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
            .split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map { String($0) }
        words = words.map { $0.hasSuffix("'s") ? String($0.dropLast(2)) : $0 }.map { $0.trimmingPeriod }
            .filter { !$0.isEmpty && $0 != "'s" }
        if words.first == "the" { words.removeFirst() }
        return words
    }

    /// `nameTokens` on the bytes, for a name that is ASCII apart from `’` and no-break spaces (which lower-casing
    /// leaves alone and which are graphemes of their own next to ASCII); nil for any other name.
    private static func asciiNameTokens(_ name: String) -> [String]? {
        var name = name
        return name.withUTF8 { source in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: source.count) { bytes -> [String]? in
                // Lower-cased, `’` as `'` and no-break spaces as spaces; `count` bytes of `bytes` are used.
                var count = 0
                var index = 0
                while index < source.count {
                    let byte = source[index]
                    if byte < 0x80 {
                        bytes[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        index += 1
                    } else if byte == 0xE2, index + 2 < source.count, source[index + 1] == 0x80,
                        source[index + 2] == 0x99
                    {
                        bytes[count] = 0x27  // `’` -> `'`
                        index += 3
                    } else if byte == 0xC2, index + 1 < source.count, source[index + 1] == 0xA0 {
                        bytes[count] = 0x20  // a no-break space separates words
                        index += 2
                    } else {
                        return nil
                    }
                    count += 1
                }
                var words: [String] = []
                words.reserveCapacity(4)
                var isFirst = true
                var start = 0
                for end in 0...count where end == count || bytes[end] == 0x20 {
                    defer { start = end + 1 }
                    var stop = end
                    if stop - start >= 2, bytes[stop - 2] == 0x27, bytes[stop - 1] == 0x73 { stop -= 2 }  // `'s`
                    if stop > start, bytes[stop - 1] == 0x2E { stop -= 1 }  // one final period
                    guard stop > start, !(stop - start == 2 && bytes[start] == 0x27 && bytes[start + 1] == 0x73) else {
                        continue
                    }
                    // A leading `the` is dropped (only the first word).
                    if isFirst {
                        isFirst = false
                        if stop - start == 3, bytes[start] == 0x74, bytes[start + 1] == 0x68, bytes[start + 2] == 0x65 {
                            continue
                        }
                    }
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self))
                }
                return words
            }
        }
    }

    /// True when `words` ends with `suffix` (and both are non-empty).
    static func endsWith(_ words: [String], _ suffix: [String]) -> Bool {
        guard !suffix.isEmpty, suffix.count <= words.count else { return false }
        let offset = words.count - suffix.count
        for k in suffix.indices where words[offset + k] != suffix[k] { return false }
        return true
    }

    /// The highest id in `ids` that `matches`, or nil.
    static func latest(in ids: [Int], where matches: (Int) -> Bool) -> Int? {
        var best = -1
        for id in ids where id > best && matches(id) { best = id }
        return best >= 0 ? best : nil
    }
}

extension Array where Element == Int {
    /// Appends `id` unless it is already the last element.
    fileprivate mutating func appendUnlessLast(_ id: Int) {
        if last != id { append(id) }
    }
}
