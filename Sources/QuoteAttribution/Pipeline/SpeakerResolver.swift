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
        /// Where `nameTokens` of the name (as `NameWords` ids) lie in the resolver's `WordPool`.
        var tokens: Range<Int>
        var name: String
        var type: SpeakerType
        var gender: Gender
        /// The gender a title or a full name gave (`Mr. Obama`, `Michelle Obama`); a lone word's guess is left out,
        /// since `Bradley` may be a first name or a surname.
        var namedGender = Gender.unknown
        /// The newest entry of its list in the resolver's `TitleRanges`: the mention each of its titles came from
        /// (its distinct titles, which a speaker lists, are its mentions' titles) and where `nameTokens` of the title
        /// (as ids) lie in the `WordPool`, kept so that matching never re-tokenises; -1 for none.
        var lastTitle: Int32 = -1
        /// The number of its mentions: its names and descriptions (`entityOfMention`, whose forms are its aliases)
        /// and the pronouns listed for it in `NameIndex.pronouns`.
        var mentionCount = 0
        /// True when a description (`the senator`) started the entity: names never cluster into it by words.
        var isDescription = false
        /// True when a company's two-word name started the entity (`Corvane Systems`, `Halden Corp.`).
        var isCompany = false
        /// The last and first words it was last listed under in `NameIndex.lastWord` and `NameIndex.firstWord`
        /// (-1 before it is).
        var listedLastWord: Int32 = -1
        var listedFirstWord: Int32 = -1
        /// True once the votes after its names have been counted for its gender (`settleGender`).
        var isGenderSettled = false
        /// Its latest subject name (a mention index), the head of its list in `GenderVotes.voterBefore`; -1 for none.
        var lastVoter: Int32 = -1
        /// Its latest name or description that is a subject, or its first (a mention index): of two entities a
        /// surname matches, the one last named as a subject or first met is meant (`Ben Reed returned. "No," Reed
        /// said.` after Gita Reed was introduced; not Harold Patel in `She remembers Harold Patel sweeping …`).
        var lastMention: Int32 = -1
    }

    /// The speakers of the attributed quotes and the speaker of each quote. `isDialogue` is
    /// `Attributor.isDialogue(quotes, narration)`, which the analyzer reads once for the attribution and this stage.
    func speakers(
        document: Document, quotes: [Quote], narration: Narration, mentions detected: MentionDetector.Result,
        attributions: [Attribution?], isDialogue: Bool
    ) -> Result {
        // No quote attributed, no speaker: the names are clustered for the speakers of quotes only.
        guard attributions.contains(where: { $0 != nil }) else {
            return Result(speakers: [], speakerOfQuote: [Int?].filled(with: nil, count: quotes.count))
        }
        let mentions = detected.mentions
        let raw = document.bytes.bytes
        // The working arrays below are this thread's `Workspace`'s, emptied: a document allocates (and frees) none
        // of them, only what it hands back. (Moved out and, at the end, back in: the pointer's storage is left
        // empty meanwhile.)
        let stored = SpeakerResolver.workspaces.current
        var workspace = Workspace()
        swap(&workspace, &stored.pointee)
        // Nearly always at most one per mention: sized so that it seldom grows (growing moves every entity).
        var entities = [Entity].reused(&workspace.entities, capacity: mentions.count)
        var entityOfMention = [Int?].reused(&workspace.entityOfMention, filledWith: nil, count: mentions.count)
        // Name words are compared and indexed as ids: no String hashing or comparison while clustering.
        var words = NameWords(vocabularySize: narration.vocabularySize, mentions: mentions.count)
        // The words of every entity's name, in one array (an entity's own array would be allocated and freed).
        var pool = workspace.pool.emptied(capacity: 2 * mentions.count)
        // Where the words of every entity's titles lie in `pool`, in one array for the same reason.
        var titleRanges = workspace.titleRanges.emptied()

        // Known speakers match by their name, any alias, or (for persons) a surname ending the name.
        var knownEntity: [Int: Int] = [:]
        // Their words, split once for the document.
        let knownWords = knownSpeakers.map { speaker in
            (name: words.tokens(of: speaker.name), aliases: speaker.aliases.map { words.tokens(of: $0) })
        }
        // (Mentions are passed by index: passing `mentions[m]` copies the `Mention`, with its Strings.) Called only
        // when there are known speakers: the call itself, with the many variables it captures, cost more than the
        // clustering of a name that is already known.
        func known(_ m: Int, tokens: [Int32]) -> Int? {
            let forms = [tokens, words.tokens(of: mentions[m].text)]
            for (k, speaker) in knownSpeakers.enumerated() {
                let (name, aliases) = knownWords[k]
                let hit = forms.contains { form in
                    form == name || aliases.contains(form)
                        || (speaker.type == .person && mentions[m].form == .name
                            && SpeakerResolver.endsWith(name, form))
                }
                guard hit else { continue }
                if let e = knownEntity[k] { return e }
                knownEntity[k] = entities.count
                // A body is `it`, as a body the detector finds is (`NATO`).
                let isBody = speaker.type == .organisation || speaker.type == .government
                entities.append(
                    Entity(
                        tokens: pool.add(name), name: speaker.name, type: speaker.type,
                        gender: isBody ? .neuter : .unknown))
                return entities.count - 1
            }
            return nil
        }

        // Entities by the last and first words of their names, and by the last word of each title. Name word ids
        // are given only to the words of names, titles and labels, far fewer than the narration's words: the keys
        // are sized for about as many as the mentions and a few more (lists given a larger key grow, doubled).
        // Each list has room for an entry per mention, the most that most documents list (growing entry by entry
        // from none copied each list a few times per document).
        let keys = mentions.count + 64
        // `byLastWord` and `byFirstWord` list an entity anew at each of its names and descriptions, for the few
        // readers after the clustering (a label, the narrator, a relation's name), which most documents never
        // have: `index` only records each listing in `listings`, and `readListings` lists the ones not listed yet
        // before each read, so that a reader finds the lists as listing them at once would have made them.
        var byLastWord = IDLists()
        var byFirstWord = IDLists()
        var listings = [(id: Int, last: Int32, first: Int32)].reused(&workspace.listings, capacity: mentions.count)
        var listingsRead = 0
        /// Lists the `listings` not in `byLastWord` and `byFirstWord` yet.
        func readListings() {
            if listingsRead == 0 && !listings.isEmpty {  // (the first time there is any)
                byLastWord = IDLists(capacity: listings.count, keys: keys)
                byFirstWord = IDLists(capacity: listings.count, keys: keys)
            }
            while listingsRead < listings.count {
                let (id, last, first) = listings[listingsRead]
                byLastWord.appendUnlessLast(id, for: last)
                byFirstWord.appendUnlessLast(id, for: first)
                listingsRead += 1
            }
        }
        // The same ids without a new entry at each mention: the entities ever listed under each word, which is
        // all that `latest` asks. (Walking `byLastWord` instead read every mention of the word each time: a
        // surname shared by a family of a novel made that quadratic in its mentions.)
        // With entities by the last word of each title, descriptions by their last word (at most one description
        // has given words), and the pronouns that joined each entity (quote by quote) by entity id, so that an
        // entity allocates no arrays of its own for them (its names and descriptions are in `entityOfMention`):
        // the five indexes of `NameIndex` in one `IDLists`, whose two arrays are allocated and freed once per
        // document, not five times (each allocation and free cost more than a document's listings in most).
        var nameIndexes = workspace.nameIndexes.emptied(
            capacity: 4 * mentions.count + quotes.count, keys: Int(NameIndex.count) * keys)
        // (A description is listed in `descriptions` when it is made: only mentions of its very words join it
        // later, and its words never change.)
        func index(_ id: Int) {
            if entities[id].isDescription { return }
            let words = entities[id].tokens
            guard !words.isEmpty else { return }
            let (last, first) = (pool[words.upperBound - 1], pool[words.lowerBound])
            listings.append((id, last, first))
            if entities[id].listedLastWord != last {
                nameIndexes.append(id, for: NameIndex.lastWord.key(last))
                entities[id].listedLastWord = last
            }
            if entities[id].listedFirstWord != first {
                nameIndexes.append(id, for: NameIndex.firstWord.key(first))
                entities[id].listedFirstWord = first
            }
        }

        // What `he`/`she` after each entity's subject names says of its gender: read while clustering only to keep
        // a titled name out of a person of the other gender (`Mrs. Archer` is not Newland Archer, whom the text
        // calls `he`), and after it to settle an entity's gender.
        var votes = GenderVotes(detected: detected, narration: narration, raw: raw)

        // 1. Names and descriptions, in text order.
        // The words of each name are split into one array: it is copied only when an entity keeps them.
        var nameTokens = [Int32].reused(&workspace.nameTokens, capacity: 8)
        // The same for a title (its words are copied only when an entity keeps them).
        var titleTokens = [Int32].reused(&workspace.titleTokens, capacity: 8)
        // The words of a description without its determiners (reused, as the two above).
        var headTokens = [Int32].reused(&workspace.headTokens, capacity: 8)
        // By index, so that no `Mention` (with its Strings) is copied.
        for m in mentions.indices where mentions[m].form != .pronoun {
            words.tokens(
                ofName: mentions[m].name, at: detected.nameRanges[m], in: narration, raw: raw, into: &nameTokens)
            let tokens = nameTokens
            guard !tokens.isEmpty else { continue }
            var target: Int? = knownSpeakers.isEmpty ? nil : known(m, tokens: tokens)
            // Only entities sharing the last word (or, for a lone first name, the first word) can match:
            // the index keeps this linear in the number of mentions.
            if target != nil {
                // A configured speaker: its name is fixed.
            } else if mentions[m].form == .nominal {
                // `the foreign secretary` joins the latest person whose title ends with those words.
                while !headTokens.isEmpty { headTokens.removeLast() }  // (cheaper than `removeAll`, as in `split`)
                for word in tokens where !words.isDeterminer(word) { headTokens.append(word) }
                target = SpeakerResolver.lastTitled(
                    in: nameIndexes, head: headTokens, entities: entities, titles: titleRanges, pool: pool, words: words
                )
                if target == nil {
                    target = SpeakerResolver.lastDescription(
                        in: nameIndexes, words: tokens, entities: entities, pool: pool)
                }
                // `the spokesperson added` after `a spokesperson said`: the same unnamed speaker, met again.
                if target == nil, narration.lower(of: detected.nameRanges[m].lowerBound).equals("the") {
                    target = SpeakerResolver.lastDescription(
                        in: nameIndexes, afterDeterminer: tokens, entities: entities, pool: pool, words: words)
                }
            } else if tokens.count == 1, words.isPersonTitle(tokens[0]),
                mentions[m].title == nil
                    || SpeakerResolver.isTitlesOnly(
                        mentions[m], range: detected.titleRange(of: m), narration, raw, &words, &titleTokens),
                let titled = SpeakerResolver.lastCapitalisedPerson(in: nameIndexes, for: tokens[0], entities: entities)
            {
                // `the Major` (capitalised, as fiction writes it) is Major Callendar, named before with that title;
                // `Mr. King` is no title.
                target = titled
            } else if tokens.count >= 2, mentions[m].title == nil, words.isPersonTitle(tokens[tokens.count - 1]),
                tokens.allSatisfy({ words.isPersonTitle($0) || words.isTitleModifier($0) }),
                let titled = SpeakerResolver.lastTitled(
                    in: nameIndexes, head: tokens, entities: entities, titles: titleRanges, pool: pool, words: words)
            {
                target = titled  // `the Crown Prince` is Crown Prince Khalid, named before with that title
            } else {
                // The latest (highest) entity that matches, sharing the last word first: a lone word is a
                // surname before it is a first name (`Trump` is Donald Trump, not the later `Trump Train`).
                let type = mentions[m].type
                var honorific = false
                if tokens.count == 1, let title = mentions[m].title {
                    words.tokens(
                        ofName: title, at: detected.titleRange(of: m), in: narration, raw: raw, into: &titleTokens)
                    honorific = titleTokens.contains { words.isSurnameHonorific($0) }
                }
                // A lone word joins a two-word name as its first word only when it is a known first name (its
                // gender comes from the lexicon), or in fiction, which calls its characters by first names more
                // freely than the lexicon knows them: `Liz` is Liz Truss, `Trump` is not `Trump Train`.
                let firstName = isDialogue || mentions[m].gender != .unknown
                let namedGender = SpeakerResolver.namedGender(of: m, in: mentions, tokens: tokens)
                var name = NameMatch(
                    tokens: tokens, type: type, namedGender: namedGender, honorific: honorific, firstName: firstName)
                if mentions[m].form == .name && mentions[m].isSubject { name.subjectMention = m }
                name.familyNameFirst = tokens.count == 1 && words.isFamilyNameFirst(tokens[0])
                if tokens.count == 1, type == .organisation {
                    // (A determiner before the mention, or opening its name, which `tokens` leaves out: read from the
                    // tokens' flags, as no text needs to be.)
                    let start = detected.nameRanges[m].lowerBound
                    name.isDetermined =
                        narration.tokens[start].lexicon.contains(.determiner)
                        || (start > 0 && narration.tokens[start - 1].lexicon.contains(.determiner))
                }
                // (Closure literals that hand `entities` on: a local function capturing `entities` and called from a
                // closure would make every access to `entities` in this function checked at run time.)
                target = SpeakerResolver.latest(
                    in: nameIndexes, for: NameIndex.lastWord.key(tokens[tokens.count - 1]), matching: name,
                    entities: entities, pool: pool, votes: &votes)
                if target == nil, tokens.count == 1 {
                    target = SpeakerResolver.latest(
                        in: nameIndexes, for: NameIndex.firstWord.key(tokens[0]), matching: name, entities: entities,
                        pool: pool, votes: &votes)
                }
            }
            let id: Int
            if let target {
                id = target
            } else {
                id = entities.count
                entities.append(
                    Entity(
                        tokens: pool.add(tokens), name: mentions[m].name, type: mentions[m].type,
                        gender: mentions[m].gender))
                entities[id].isDescription = mentions[m].form == .nominal
                if tokens.count == 2, entities[id].type == .organisation {
                    entities[id].isCompany = SpeakerResolver.namesCompany(m, detected, narration)
                }
                if entities[id].isDescription {
                    nameIndexes.append(id, for: NameIndex.description.key(tokens[tokens.count - 1]))
                }
            }
            let titlesBefore = titleRanges.count
            entityOfMention[mentions[m].id] = id
            if mentions[m].form == .name && mentions[m].isSubject { votes.add(m, to: &entities[id].lastVoter) }
            let isKnown = !knownEntity.isEmpty && knownEntity.values.contains(id)
            update(
                &entities[id], with: m, of: detected, tokens: tokens, isKnown: isKnown, words: &words, pool: &pool,
                narration: narration, raw: raw, titleTokens: &titleTokens, titleRanges: &titleRanges)
            index(id)
            // `The mayor of Springfield, Joe Quimby, opened …`, `The Emir, Sheikh Faisal, …`: a description (or a
            // title alone) with the name in apposition after it is that person, titled by its head, so that `the
            // mayor said` later is Joe Quimby.
            if mentions[m].form == .name, m > 0,
                let (o, head) = SpeakerResolver.describedByApposition(
                    m, mentions, detected, narration, raw, &words, &headTokens)
            {
                if let described = entityOfMention[mentions[o].id], described != id,
                    entities[described].mentionCount == 1
                {
                    entityOfMention[mentions[o].id] = id
                    entities[described].mentionCount = 0
                    entities[id].mentionCount += 1
                }
                entities[id].lastTitle = titleRanges.add(pool.add(head), of: o, after: entities[id].lastTitle)
            }
            // The titles it took just now, in the order it took them. (A title of no words is never looked up: a
            // description's head is never empty.)
            var entry = titlesBefore
            while entry < titleRanges.count {
                let title = titleRanges.words(of: entry)
                entry += 1
                guard !title.isEmpty else { continue }
                nameIndexes.append(id, for: NameIndex.titleWord.key(pool[title.upperBound - 1]))
            }
        }

        // Genders from use: a subject name followed, before any other name, by `he`/`his` or `she`/`her`
        // (`GenderVotes`). Apart from the few names that clustering compares by gender, they are counted for an
        // entity only when its gender is first read after the clustering (`settleGender`: a
        // pronoun's candidates, a guessed speaker, a speaker), not for all: an entity's votes come from its own
        // subject names, the words after them and what the clustering left, none of which changes later, and
        // each read of a gender below settles it first.
        let clustered = entities.count
        /// Gives the clustered entity `e` the gender its votes give, the first time it is called for it (later
        /// entities have none); only an entity of unknown gender that is no organisation or government takes one.
        func settleGender(_ e: Int) {
            guard e < clustered, !entities[e].isGenderSettled else { return }
            entities[e].isGenderSettled = true
            guard entities[e].gender == .unknown, entities[e].type != .organisation, entities[e].type != .government
            else { return }
            let (male, female) = votes.count(from: entities[e].lastVoter)
            if male > female { entities[e].gender = .male }
            if female > male { entities[e].gender = .female }
        }

        // 2. Quotes in text order; pronouns resolved against what came before.
        var speakerOfQuote = [Int?].filled(with: nil, count: quotes.count)
        // A first-person narrator (`I said`) is named by how the others address them: the name most often
        // used as a vocative in the document's quotes (at least twice), if any.
        // (Each as an array of distinct words, not a `Set`: only membership, counts and the words are read.)
        // A quote's are read on first use: only the narrator, a guessed speaker and a relation's turn ask, and
        // most quotes are never asked about.
        var vocativeMemo = [[String]?].filled(with: nil, count: isDialogue ? quotes.count : 0)
        func vocatives(_ q: Int) -> [String] {
            if let known = vocativeMemo[q] { return known }
            let found =
                quotes[q].kind.isQuotation
                ? SpeakerResolver.vocativeWords(
                    in: document.bytes.bytes[quotes[q].content.start..<quotes[q].content.end]) : []
            vocativeMemo[q] = found
            return found
        }
        // (Computed on first use by a local function, not a `lazy var`, whose initialiser would be an escaping
        // closure capturing `entities` and the indexes.)
        var narratorMemo: Int?? = nil
        func narrator() -> Int? {
            if let narratorMemo { return narratorMemo }
            let found = findNarrator()
            narratorMemo = found
            return found
        }
        func findNarrator() -> Int? {
            var counts: [String: Int] = [:]
            for q in vocativeMemo.indices {
                for word in vocatives(q) { counts[word, default: 0] += 1 }
            }
            guard let (word, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), count >= 2 else {
                return nil
            }
            let id = words.id(of: word)
            readListings()
            if let e = byLastWord.last(for: id) ?? byFirstWord.last(for: id) { return e }
            entities.append(
                Entity(
                    tokens: pool.add([id]), name: word.prefix(1).uppercased() + word.dropFirst(), type: .person,
                    gender: .unknown))
            index(entities.count - 1)
            return entities.count - 1
        }
        let takesTurns = isDialogue && narration.quoteOnlyShare(of: quotes) >= 0.2
        // At most one per quote.
        var recentSpeakers = [(offset: Int, entity: Int)].reused(&workspace.recentSpeakers, capacity: quotes.count)
        // (By index, and the fields read in place: a `Mention` passed or bound would be copied, with its Strings.)
        func resolvePronoun(_ m: Int, avoiding avoided: Int? = nil) -> Int? {
            // Where turns are taken (fiction), a named person first: a description there (`his host`, `her
            // father`) is mostly a named character again, whom the gold and the reader know by name.
            if takesTurns, let named = resolvePronoun(m, avoiding: avoided, namedOnly: true) { return named }
            return resolvePronoun(m, avoiding: avoided, namedOnly: false)
        }
        func resolvePronoun(_ m: Int, avoiding avoided: Int?, namedOnly: Bool) -> Int? {
            let lower = mentions[m].name.lowercased()
            let form = mentions[m].form
            let (gender, plural) =
                form == .pronoun ? MentionDetector.pronoun(lower) ?? (.unknown, false) : (mentions[m].gender, false)
            if lower == "i" { return isDialogue ? narrator() : nil }
            if lower == "we" { return nil }
            // (`entities` passed in, not captured: each access to a captured `entities` from a nested function is
            // checked for exclusivity at run time.)
            func fits(_ e: Int, in entities: [Entity]) -> Bool {
                // The fields are read in place: copying the `Entity` would retain all of its arrays.
                if form == .nominal, !SpeakerResolver.startsUppercase(entities[e].name) { return false }
                if namedOnly, entities[e].isDescription { return false }
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
                            || entities[e].mentionCount >= 2))
            }
            let position = mentions[m].range.start
            let paragraph = narration.tokens[detected.tokenRanges[m].lowerBound].paragraph
            // Subjects and speakers within the last three paragraphs, nearest first.
            var best: (offset: Int, entity: Int)?
            // By index, so that no `Mention` (with its Strings) is copied. (A mention's `id` is its index.) Avoiding
            // a speaker, no subject is looked at: only the other speakers of the last turns (below).
            for o in ((avoided == nil ? max(0, m - 200) : m)..<m).reversed() {
                let id = mentions[o].id
                let otherParagraph = narration.tokens[detected.tokenRanges[id].lowerBound].paragraph
                if paragraph - otherParagraph > 3 { break }
                guard mentions[o].isSubject, var e = entityOfMention[id] else { continue }
                // `The minister of the economy, Mr. Guajardo, argues …`: a description subject stands for the
                // name in apposition after it, maybe after a phrase that holds a name (`The member for Bristol
                // West, Hannah Achebe,`).
                if mentions[o].form == .nominal || SpeakerResolver.isLoneTitle(o, mentions, detected, narration) {
                    for skipping in 0...3 {
                        guard
                            let name = SpeakerResolver.appositiveName(
                                after: o, mentions, detected, narration, skipping: skipping)
                        else { continue }
                        if let named = entityOfMention[name] { e = named }
                        break
                    }
                }
                settleGender(e)
                guard
                    fits(e, in: entities)
                        || (!namedOnly
                            && isUnnamedSomeone(o, for: gender, plural: plural, in: paragraph, entities: entities))
                else { continue }
                best = (mentions[o].range.start, e)
                break
            }
            // (The latest of the last 50 speakers that fits, by a plain loop: `fits` called from a closure, even the
            // right side of `&&`, would make every access to `entities` checked at run time.)
            var latest: (offset: Int, entity: Int)?
            // Avoiding one speaker, the others of the last few turns only: a subject named nearby is seldom the
            // other party.
            for speaker in recentSpeakers.suffix(avoided == nil ? 50 : 8).reversed() where speaker.offset < position {
                if speaker.entity == avoided { continue }
                settleGender(speaker.entity)
                if fits(speaker.entity, in: entities) {
                    latest = speaker
                    break
                }
            }
            if let last = latest, best == nil || last.offset > best!.offset {
                best = last
            }
            if best == nil, avoided == nil {
                // (A plain loop: a lazy sequence's closure would escape, and with it `fits` and `entities`.)
                for o in (max(0, m - 200)..<m).reversed() {
                    guard let e = entityOfMention[mentions[o].id] else { continue }
                    settleGender(e)
                    if fits(e, in: entities) {
                        best = (mentions[o].range.start, e)
                        break
                    }
                }
            }
            return best?.entity
        }
        // True when subject `mentions[o]` is someone a story leaves unnamed, whom `she` or `he` stands for: a
        // singular description of unknown kind, whose head is no thing or collective (`the crowd`, `a statement`),
        // and whose own sentence goes on to call it so (`One resident, who asked not to be named because she feared
        // retaliation, said …`). Not `A protester handed her a petition` or `A worker asked about taxes`, after
        // which `she said` and `he said` are the person named before.
        func isUnnamedSomeone(
            _ o: Int, for gender: Gender, plural: Bool, in paragraph: Int, entities: [Entity]
        ) -> Bool {
            guard !plural, gender == .male || gender == .female, mentions[o].form == .nominal,
                !mentions[o].isPlural, mentions[o].type == .anonymous, mentions[o].gender.isCompatible(with: gender)
            else { return false }
            let after = detected.tokenRanges[o].upperBound
            guard !SpeakerResolver.unpersonalHeads.contains(narration.lower(of: after - 1)) else { return false }
            guard after < narration.tokens.count else { return false }
            let pronoun = gender == .female ? "she" : "he"
            // (Or the possessive opening what is said: `One resident, who was sitting on a cot, said her family had
            // …`, but not the object in `A protester handed her a petition`, `One critic called her performance`.)
            let possessive = gender == .female ? "her" : "his"
            let end = narration.sentenceEnd(of: after)
            for k in after..<end {
                let word = narration.lower(of: k)
                if word.equals(pronoun) { return true }
                if word.equals(possessive), k > after, k + 1 < end, narration.tokens[k + 1].isWord,
                    narration.lower(of: k - 1).equals("said") || narration.lower(of: k - 1).equals("says")
                        || narration.lower(of: k - 1).equals("that"),
                    narration.tokens[k + 1].lexicon.isDisjoint(with: [.determiner, .preposition, .pronoun])
                {
                    return true
                }
            }
            // `A teenager near the front disagreed. "…," he said.`: someone a/an introduces in the pronoun's own
            // paragraph, where no person who could be `he` is named in it or the three before (not `Keir Starmer
            // visited the factory. A worker asked about taxes. "…," he said.`).
            let start = detected.tokenRanges[o].lowerBound
            guard narration.tokens[start].paragraph == paragraph,
                narration.lower(of: start).equals("a") || narration.lower(of: start).equals("an")
            else { return false }
            var n = o - 1
            while n >= 0, paragraph - narration.tokens[detected.tokenRanges[n].lowerBound].paragraph <= 3 {
                if mentions[n].form == .name, mentions[n].type == .person || mentions[n].type == .unknown,
                    let e = entityOfMention[n], entities[e].gender.isCompatible(with: gender)
                {
                    // (The gender as known so far, unsettled: settling would capture `entities` here, and every
                    // access to it in the resolver would be checked for exclusivity at run time.)
                    return false
                }
                n -= 1
            }
            return true
        }
        // The possessor of the relative `mentions[m]` (`her mother`): the nearest person named before it, within
        // three paragraphs, of the possessive's gender. (It captures nothing that `resolvePronoun` does not: a
        // local function capturing `words`, `pool` or `titleRanges` would make every access to them in this function
        // checked at run time.)
        func possessor(ofRelative m: Int, gender: Gender) -> Int? {
            let paragraph = narration.tokens[detected.tokenRanges[m].lowerBound].paragraph
            for o in (max(0, m - 200)..<m).reversed() {
                let id = mentions[o].id
                if paragraph - narration.tokens[detected.tokenRanges[id].lowerBound].paragraph > 3 { break }
                guard mentions[o].form == .name, let e = entityOfMention[id], entities[e].type == .person,
                    !entities[e].isDescription
                else { continue }
                settleGender(e)
                if entities[e].gender.isCompatible(with: gender) { return e }
            }
            return nil
        }
        var pending: [(Int, Int)] = []
        // By index, so that no `Quote` (with its Strings) is copied.
        for q in quotes.indices {
            let quoteID = quotes[q].id
            // The attribution's source and cue, read in place (binding the `Attribution` would copy it).
            guard let source = attributions[quoteID]?.source else { continue }
            let cueStart = attributions[quoteID]?.cue?.range.start
            switch source {
            case .mention(let m):
                let form = mentions[m].form
                var entity = form == .pronoun ? resolvePronoun(m) : entityOfMention[m]
                // Fiction: a quote opening the paragraph right after one that ended the paragraph before is the
                // next turn, someone else's (`"Not so." | "Oh, but it is," she said.`): the pronoun takes another
                // recent speaker who fits it, when there is one. Not after a cue that says the speaker goes on
                // (`she added`), and only where turns are taken: in a dialogue where at least a fifth of the
                // paragraphs with quotes hold nothing else (most fiction, few news articles, which stack one
                // speaker's quotes in paragraphs of their own with `he said`).
                if takesTurns, form == .pronoun, let e = entity,
                    SpeakerResolver.isNextTurn(
                        q, after: e, quotes: quotes, speakers: speakerOfQuote, narration: narration,
                        cue: attributions[quoteID]?.cue?.text)
                {
                    entity = resolvePronoun(m, avoiding: e) ?? e
                }
                if isDialogue, form == .nominal {
                    // Fiction: `said the girl` is someone named nearby; `said the other` is the other party.
                    if SpeakerResolver.isGeneric(text: mentions[m].text) {
                        entity = resolvePronoun(m) ?? entity
                        // The next turn, as for a pronoun above (`said the girl` after the girl's own words).
                        if takesTurns, let e = entity,
                            SpeakerResolver.isNextTurn(
                                q, after: e, quotes: quotes, speakers: speakerOfQuote, narration: narration,
                                cue: attributions[quoteID]?.cue?.text)
                        {
                            entity = resolvePronoun(m, avoiding: e) ?? e
                        }
                    } else if SpeakerResolver.nameTokens(mentions[m].text) == ["other"] {
                        let last = recentSpeakers.last?.entity
                        entity = recentSpeakers.suffix(8).last { $0.entity != last }?.entity ?? entity
                    }
                }
                // `her mother` and `his wife` are `Mrs. Honeychurch` when the person they belong to is a Honeychurch.
                if form == .nominal, let e = entity, entities[e].isDescription,
                    let (title, gender) = SpeakerResolver.relativeTitle(of: mentions[m].text),
                    let possessor = possessor(ofRelative: m, gender: gender),
                    let relative = SpeakerResolver.relative(
                        of: possessor, titled: words.id(of: title), entities: entities, pool: pool, titles: titleRanges)
                {
                    entity = relative
                }
                let gender = mentions[m].gender
                if let entity, form == .pronoun { settleGender(entity) }
                if let entity, form == .pronoun, entities[entity].gender == .unknown, gender != .unknown,
                    gender != .neuter
                {
                    entities[entity].gender = gender
                }
                if let entity, form == .pronoun {
                    nameIndexes.append(m, for: NameIndex.pronouns.key(Int32(entity)))
                    entities[entity].mentionCount += 1
                }
                speakerOfQuote[quoteID] = entity
            case .sameSpeakerAs(let other):
                if other < quoteID {
                    speakerOfQuote[quoteID] = speakerOfQuote[other]
                } else {
                    pending.append((quoteID, other))
                }
            case .otherSpeakerThan(let previous):
                // The speaker before `previous`'s speaker who is someone else (the other party of the dialogue).
                let current = speakerOfQuote[previous]
                // (A plain loop: a lazy sequence's closure would capture `speakerOfQuote` as escaping.)
                var other: Int?
                for k in (max(0, previous - 12)..<previous).reversed() {
                    if let speaker = speakerOfQuote[k], speaker != current {
                        other = speaker
                        break
                    }
                }
                speakerOfQuote[quoteID] = other
            case .label(let label):
                // `PENCE:` names the person whose name ends with that word, or a new speaker of that name.
                let labelWords = words.tokens(of: label.text)
                readListings()
                if let e = labelWords.last.flatMap({ word in
                    byLastWord.last(for: word) { pool.endsWith(entities[$0].tokens, labelWords) }
                }) {
                    speakerOfQuote[quoteID] = e
                } else {
                    // `PENCE` is printed `Pence`; a label in mixed case (`OK Gov Fallin`) as written.
                    let name =
                        label.text != label.text.uppercased()
                        ? label.text
                        : label.text.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }
                            .joined(separator: " ")
                    entities.append(
                        Entity(tokens: pool.add(labelWords), name: name, type: .person, gender: .unknown))
                    index(entities.count - 1)
                    speakerOfQuote[quoteID] = entities.count - 1
                }
            }
            // A guess from context never makes someone speak to themselves: `"Emma, come here."` is not Emma's.
            var guessed = cueStart == nil
            if case .mention(let m) = source, mentions[m].form == .pronoun { guessed = true }
            if isDialogue, guessed, let entity = speakerOfQuote[quoteID] {
                // (A plain loop: `words` and `entities` captured by a closure were checked for exclusivity at run
                // time at each access.)
                for word in vocatives(quoteID) where pool.contains(words.id(of: word), in: entities[entity].tokens) {
                    speakerOfQuote[quoteID] = recentSpeakers.suffix(8).reversed().first { $0.entity != entity }?.entity
                    break
                }
            }
            if let entity = speakerOfQuote[quoteID] {
                recentSpeakers.append((cueStart ?? quotes[q].range.start, entity))
            }
        }
        for (quote, other) in pending { speakerOfQuote[quote] = speakerOfQuote[other] }
        if isDialogue {
            // Realigned turns too never make someone speak to themselves (`"Do you remember, Margaret?"`): a turn
            // that changed hands and addresses its new speaker by name goes to the other party. (Only those are
            // asked: a turn that kept its speaker was asked when guessed.)
            let changed = SpeakerResolver.realignTurns(
                quotes: quotes, attributions: attributions, mentions: mentions, speakers: &speakerOfQuote)
            for (quote, other) in changed {
                guard let e = speakerOfQuote[quote] else { continue }
                for word in vocatives(quote) where pool.contains(words.id(of: word), in: entities[e].tokens) {
                    speakerOfQuote[quote] = other
                    break
                }
            }
            // `"Thomas, come here!"` then `"I found something," her brother said`: a relation that speaks is the
            // person the other party has just addressed by name, when that name is a character's.
            var named = [Int?].filled(with: nil, count: entities.count)
            var previous: (quote: Int, entity: Int)?
            for q in quotes.indices where quotes[q].kind.isQuotation {
                let id = quotes[q].id
                guard let e = speakerOfQuote[id] else { continue }
                if entities[e].isDescription, named[e] == nil, let (other, speaker) = previous, speaker != e,
                    vocatives(other).count == 1, let word = vocatives(other).first,
                    let head = entities[e].name.split(separator: " ").last?.lowercased(),
                    MentionDetector.relationalHeads.contains(head)
                {
                    let word = words.id(of: word)
                    readListings()
                    if let person = byFirstWord.last(for: word) ?? byLastWord.last(for: word), person != e,
                        !entities[person].isDescription, entities[person].type == .person
                    {
                        named[e] = person
                    }
                }
                previous = (id, e)
            }
            for id in speakerOfQuote.indices {
                if let e = speakerOfQuote[id], let person = named[e] { speakerOfQuote[id] = person }
            }
        }

        // 3. Speakers: the entities that were quoted, in order of first quote.
        // In one array (one allocation, not three): the speaker index of each entity, or -1; then, from
        // `entities.count` on, the names and descriptions of each entity in text order, as lists by mention id made
        // in one pass over `entityOfMention` (once a speaker needs them): each entity's first, then from
        // `2 * entities.count` on each mention's next, or -1.
        let firstMention = entities.count
        let nextMention = 2 * entities.count
        var index = [Int32].reused(&workspace.index, filledWith: -1, count: nextMention + entityOfMention.count)
        var listsMade = false
        var speakers: [Speaker] = []
        speakers.reserveCapacity(min(entities.count, quotes.count))  // at most one per entity and per quote
        for q in quotes.indices {
            let quoteID = quotes[q].id
            guard let e = speakerOfQuote[quoteID] else { continue }
            if index[e] < 0 {
                index[e] = Int32(speakers.count)
                settleGender(e)
                if !listsMade {
                    listsMade = true
                    for id in entityOfMention.indices.reversed() {
                        guard let owner = entityOfMention[id] else { continue }
                        index[nextMention + id] = index[firstMention + owner]
                        index[firstMention + owner] = Int32(id)
                    }
                }
                // (The entity's fields are read in place: copying the `Entity` retained and released its arrays.)
                // Its names and descriptions in the order they joined (text order), then its pronouns.
                var listed: [Int] = []
                listed.reserveCapacity(entities[e].mentionCount)
                var next = Int(index[firstMention + e])
                while next >= 0 {
                    listed.append(next)
                    next = Int(index[nextMention + next])
                }
                let names = listed.count
                nameIndexes.appendElements(for: NameIndex.pronouns.key(Int32(e)), to: &listed)
                assert(listed.count == entities[e].mentionCount, "SpeakerResolver: mentions miscounted")
                let name = entities[e].name
                // Its forms: the texts of its names and descriptions, in the order they joined:
                // `Set(forms).subtracting([entity.name]).sorted()` without hashing, the first of equal texts kept as
                // a `Set` keeps it. (Its titles are distinct already.)
                var aliases: [String] = []
                // A speaker that a description started is known only by descriptions until a name joins it.
                var isDescription = entities[e].isDescription
                for m in listed[..<names] where mentions[m].form != .pronoun {
                    if mentions[m].form == .name { isDescription = false }
                    let text = mentions[m].text
                    if text != name, !aliases.contains(text) { aliases.append(text) }
                }
                // Its titles: the distinct titles of its names and descriptions (`update` gave it each new one).
                var titles: [String] = []
                for m in listed[..<names] {
                    if let title = mentions[m].title, !titles.contains(title) { titles.append(title) }
                }
                // Sorted in place (`sorted()` would allocate a second array of each), and the titles only when
                // there are two or more (most speakers have none or one).
                aliases.sort()
                listed.sort()
                if titles.count >= 2 { titles.sort() }
                let type = entities[e].type
                speakers.append(
                    Speaker(
                        id: speakers.count, name: name, type: type == .unknown ? .person : type,
                        gender: entities[e].gender, aliases: aliases,
                        titles: titles, mentions: listed, isDescription: isDescription))
            }
            speakerOfQuote[quoteID] = Int(index[e])
        }
        SpeakerResolver.nameNamesakesByTitle(&speakers, mentions: mentions)
        // The working arrays back to the thread's workspace, for the next document.
        swap(&entities, &workspace.entities)
        swap(&entityOfMention, &workspace.entityOfMention)
        swap(&pool, &workspace.pool)
        swap(&titleRanges, &workspace.titleRanges)
        swap(&listings, &workspace.listings)
        swap(&nameIndexes, &workspace.nameIndexes)
        swap(&nameTokens, &workspace.nameTokens)
        swap(&titleTokens, &workspace.titleTokens)
        swap(&headTokens, &workspace.headTokens)
        swap(&recentSpeakers, &workspace.recentSpeakers)
        swap(&index, &workspace.index)
        swap(&workspace, &stored.pointee)
        return Result(speakers: speakers, speakerOfQuote: speakerOfQuote)
    }

    /// Each thread's `Workspace`.
    private static let workspaces = ThreadScratch { Workspace() }

    /// The working arrays of `speakers`, kept from document to document by each thread (`workspaces`), so
    /// that their storage is allocated once per thread, not once per document (allocating and freeing a dozen
    /// arrays cost more than resolving the speakers of many a short article). Per thread, never shared:
    /// documents are analysed on several threads at once, and `QuoteAnalyzer` stays a `Sendable` value.
    private struct Workspace {
        var entities: [Entity] = []
        var entityOfMention: [Int?] = []
        var pool = WordPool()
        var titleRanges = TitleRanges()
        var listings: [(id: Int, last: Int32, first: Int32)] = []
        var nameIndexes = IDLists()
        var nameTokens: [Int32] = []
        var titleTokens: [Int32] = []
        var headTokens: [Int32] = []
        var recentSpeakers: [(offset: Int, entity: Int)] = []
        var index: [Int32] = []
    }

    /// Tells apart the people of a document who would otherwise print alike (`Bennet` for Mr. Bennet and for
    /// Mrs. Bennet, whose names are both the one word): each that was named with one of its titles right before
    /// that name takes the form as its name (`Mrs. Bennet`; of several, the one most of its `mentions` read, then
    /// the first in sorted order), and keeps the bare name as an alias. A title for two (`Mr. and Mrs.`) names
    /// no one alone. Names that are told apart already keep their fullest form (`Newland Archer`).
    private static func nameNamesakesByTitle(_ speakers: inout [Speaker], mentions: [Mention]) {
        guard speakers.count >= 2 else { return }
        // Equal names have equal keys (the byte count and the first seven bytes): a document whose keys all differ
        // (most) has no namesakes, and is left without a `String` comparison.
        var keys: [UInt64] = []
        keys.reserveCapacity(speakers.count)
        for s in speakers.indices {
            // (Read from the bytes in place: iterating a prefix of `utf8` indexed the view byte by byte. A name
            // without contiguous bytes gets the one key that leaves the decision to the comparison below.)
            let key = speakers[s].name.utf8.withContiguousStorageIfAvailable { bytes in
                var key = UInt64(truncatingIfNeeded: bytes.count) << 56
                for i in 0..<min(7, bytes.count) { key |= UInt64(bytes[i]) << (8 * UInt64(i)) }
                return key
            }
            keys.append(key ?? .max)
        }
        keys.sort()
        var hasEqualKeys = false
        for k in 1..<keys.count where keys[k] == keys[k - 1] { hasEqualKeys = true }
        guard hasEqualKeys else { return }
        // Equal names are next to each other in name order (sorted, not hashed, so nothing depends on a seed).
        var order = Array(speakers.indices)
        order.sort { speakers[$0].name < speakers[$1].name }
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && speakers[order[end]].name == speakers[order[start]].name { end += 1 }
            for k in start..<end where end - start >= 2 && speakers[order[k]].type == .person {
                let speaker = speakers[order[k]]
                var (titled, uses) = ("", 0)
                for title in speaker.titles {
                    let form = title + " " + speaker.name
                    guard speaker.aliases.contains(form), !SpeakerResolver.isCoupleTitle(title) else { continue }
                    let count = speaker.mentions.reduce(0) { $0 + (mentions[$1].text == form ? 1 : 0) }
                    if count > uses { (titled, uses) = (form, count) }
                }
                guard uses > 0 else { continue }
                speakers[order[k]].aliases = (speaker.aliases.filter { $0 != titled } + [speaker.name]).sorted()
                speakers[order[k]].name = titled
            }
            start = end
        }
    }

    /// True for a title of two people (`Mr. and Mrs.`, the one kind `MentionDetector` makes). (Its words compared
    /// as bytes: `String.contains(_:)` of a string costs tens of thousands of instructions.)
    private static func isCoupleTitle(_ title: String) -> Bool {
        title.utf8.split(separator: 0x20).contains { $0.elementsEqual("and".utf8) }
    }

    /// The `he`/`she` votes after the subject names of each entity: a list of its subject names by entity
    /// (`Entity.lastVoter`, then `voterBefore`), and each word's vote, read the first time it is counted.
    private struct GenderVotes {
        /// For each mention (by index), the previous subject name of its entity, or -1 (made at the first `add`).
        private var voterBefore: [Int32] = []
        /// The vote of each narration word by `Token.word` (made at the first count).
        private var voteOfWord: [GenderVote] = []
        let detected: MentionDetector.Result
        let narration: Narration
        let raw: [UInt8]

        init(detected: MentionDetector.Result, narration: Narration, raw: [UInt8]) {
            (self.detected, self.narration, self.raw) = (detected, narration, raw)
        }

        /// Lists the subject name `detected.mentions[m]` for the entity whose `Entity.lastVoter` is `lastVoter`.
        @inline(__always)
        mutating func add(_ m: Int, to lastVoter: inout Int32) {
            if voterBefore.isEmpty { voterBefore = [Int32].filled(with: -1, count: detected.mentions.count) }
            voterBefore[m] = lastVoter
            lastVoter = Int32(m)
        }

        /// The `he`/`his` and `she`/`her` votes after the subject names listed from `voter` back (at most `limit`
        /// of them, the latest): for each, the first such word among the 25 tokens after it, before another name.
        mutating func count(from voter: Int32, limit: Int = .max) -> (male: Int, female: Int) {
            var (male, female) = (0, 0)
            let mentions = detected.mentions
            var m = Int(voter)
            var read = 0
            if m >= 0 && voteOfWord.isEmpty {
                voteOfWord = [GenderVote].filled(with: .unread, count: narration.vocabularySize)
            }
            while m >= 0 {
                var k = detected.tokenRanges[mentions[m].id].upperBound
                let stop = min(narration.tokens.count, k + 25)
                while k < stop {
                    if detected.mentionAt[k] >= 0, mentions[detected.mentionAt[k]].form == .name { break }
                    let word = Int(narration.tokens[k].word)
                    guard word >= 0 else {  // a quote (no text)
                        k += 1
                        continue
                    }
                    if voteOfWord[word] == .unread { voteOfWord[word] = GenderVote(raw, narration.tokens[k].range) }
                    switch voteOfWord[word] {
                    case .male:
                        male += 1
                        k = stop
                    case .female:
                        female += 1
                        k = stop
                    default: k += 1
                    }
                }
                read += 1
                m = read < limit ? Int(voterBefore[m]) : -1
            }
            return (male, female)
        }

        /// How far the genders of `name` and of the person `entities[e]` disagree (`GenderConflict`).
        /// - `name`'s title or full name gives one and the votes after the person's subject names so far (the
        ///   latest 16) give the other, at least twice and more often: `Mrs. Archer` is not Newland Archer, whom
        ///   the text calls `he`.
        /// - The person's title gives one and the vote after `name` itself, a subject name, gives the other: a
        ///   longer name may not take the person over (`Newland Archer, as he mused` is not the `Mrs. Archer` named
        ///   before), and a lone word (`Archer ... he`) joins another person it matches if there is one. One vote
        ///   never splits a person: a lone `Trump` followed by `she` stays Donald Trump.
        mutating func conflict(_ name: NameMatch, _ e: Int, in entities: [Entity]) -> GenderConflict {
            guard entities[e].type == .person else { return .none }
            let (gender, other) = (name.namedGender, entities[e].namedGender)
            if gender == .male || gender == .female {
                guard other == .unknown, entities[e].lastVoter >= 0 else { return .none }
                let (male, female) = count(from: entities[e].lastVoter, limit: 16)
                let (against, with) = gender == .female ? (male, female) : (female, male)
                return against <= with ? .none : against >= 2 ? .refused : .lastResort
            }
            let longer = name.tokens.count > entities[e].tokens.count
            guard gender == .unknown, other == .male || other == .female, name.subjectMention >= 0,
                longer || entities[e].tokens.count == 1
            else { return .none }
            let (male, female) = count(from: Int32(name.subjectMention), limit: 1)
            guard other == .female ? male > 0 : female > 0 else { return .none }
            return longer ? .refused : .lastResort
        }
    }

    /// What `GenderVotes.conflict` says of a name joining a person.
    private enum GenderConflict {
        /// The genders do not disagree.
        case none
        /// The name may join the person only when it matches no other.
        case lastResort
        /// The name may not join the person.
        case refused
    }

    /// The title that names the relative `text` (`her mother`: `mrs`, as name words are written) and the gender of
    /// its possessor (`her`: female), or nil for other descriptions.
    private static func relativeTitle(of text: String) -> (title: String, possessor: Gender)? {
        // (The bytes first: `his wife` to `her husband` are 8 to 11 bytes starting with `h`, and most descriptions
        // that speak are none of them, so that few are lower-cased and split.)
        let bytes = text.utf8
        guard bytes.count >= 8 && bytes.count <= 11, let first = bytes.first, first | 0x20 == 0x68 else { return nil }
        let parts = text.lowercased().split(separator: " ")
        guard parts.count == 2 else { return nil }
        let possessor: Gender
        switch parts[0] {
        case "her": possessor = .female
        case "his": possessor = .male
        default: return nil
        }
        switch parts[1] {
        case "mother", "wife": return ("mrs", possessor)
        case "father", "husband": return ("mr", possessor)
        default: return nil
        }
    }

    /// The one person other than `possessor` whose name ends with the possessor's last name word and who was once
    /// titled `title` (a `NameWords` id): `Mrs. Honeychurch` for `her mother` when she is Lucy Honeychurch's. Nil
    /// when no one, or more than one, is.
    private static func relative(
        of possessor: Int, titled title: Int32, entities: [Entity], pool: WordPool, titles: TitleRanges
    ) -> Int? {
        guard !entities[possessor].tokens.isEmpty else { return nil }
        let surname = pool[entities[possessor].tokens.upperBound - 1]
        var found: Int?
        for e in entities.indices where e != possessor && entities[e].type == .person && !entities[e].isDescription {
            let name = entities[e].tokens
            guard !name.isEmpty, pool[name.upperBound - 1] == surname else { continue }
            var t = Int(entities[e].lastTitle)
            while t >= 0 {
                let words = titles.words(of: t)
                if !words.isEmpty, pool[words.lowerBound] == title {
                    if found != nil { return nil }
                    found = e
                    break
                }
                t = titles.entry(before: t)
            }
        }
        return found
    }

    /// What a word after a subject name says of its gender (`he`/`his`, `she`/`her`), or `unread` before it is read.
    private enum GenderVote: UInt8 {
        case unread, male, female, neither

        /// The vote of the word token of the bytes `raw[range]`, read from the bytes themselves, not from its
        /// lower-cased text (`Narration.lower(of:)`, a `String` to retain): the token's ASCII letters are lower-cased
        /// here as they are there. Its other bytes are left as they are: a byte of a non-ASCII character matches
        /// none of the eight ASCII words, as its lower-cased text would not (the only non-ASCII character that
        /// lower-cases to ASCII is U+212A, to `k`, which none of them holds).
        init(_ raw: [UInt8], _ range: TextRange) {
            // The eight words are ASCII of two to seven bytes, starting with `h` or `s`, and have no other
            // canonically equivalent spelling: they are compared as their byte count and their bytes packed into
            // one integer (the first byte lowest), and other words skip the comparisons.
            let count = range.end - range.start
            guard count >= 2 && count <= 7, raw[range.start] | 0x20 == 0x68 || raw[range.start] | 0x20 == 0x73 else {
                self = .neither
                return
            }
            var packed: UInt64 = 0
            for k in 0..<count {
                let byte = raw[range.start + k]
                packed |= UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) << (8 * UInt64(k))
            }
            switch (count, packed) {
            case (2, 0x65_68), (3, 0x73_69_68), (3, 0x6D_69_68), (7, 0x66_6C_65_73_6D_69_68):
                self = .male  // he, his, him, himself
            case (3, 0x65_68_73), (3, 0x72_65_68), (4, 0x73_72_65_68), (7, 0x66_6C_65_73_72_65_68):
                self = .female  // she, her, hers, herself
            default: self = .neither
            }
        }
    }

    /// A name being clustered, with what decides which entities it may join (`matches(_:in:)`).
    private struct NameMatch {
        /// The name's words (`NameWords` ids).
        var tokens: [Int32]
        /// The mention's type.
        var type: SpeakerType
        /// The gender its title or full name gives (`SpeakerResolver.namedGender`).
        var namedGender: Gender
        /// True for a lone word after an honorific (`Mr. Obama`): no first name then.
        var honorific: Bool
        /// True when a lone word may be the first word of a two-word name.
        var firstName: Bool
        /// True when a determiner opens the name (`the Guardian`): a body, never a person's surname.
        var isDetermined = false
        /// True for a lone East Asian family name (`Names.familyNamesFirst`), which opens a full name.
        var familyNameFirst = false
        /// The mention's index when it is a subject name (whose own vote `GenderVotes` may read), else -1.
        var subjectMention = -1

        /// True when the name may join `entities[e]`, whose words are in `pool` (its fields are read in place:
        /// copying the `Entity` would retain all of its arrays).
        func matches(_ e: Int, in entities: [Entity], pool: WordPool) -> Bool {
            let other = entities[e].tokens
            // `Mr. Obama` is not Michelle Obama: genders from titles or full names must agree.
            if namedGender != .unknown, entities[e].namedGender != .unknown, namedGender != entities[e].namedGender {
                return false
            }
            return pool.equals(other, tokens)
                || (entities[e].type != .organisation && type != .organisation
                    && type != .government && entities[e].type != .government
                    && (pool.endsWith(other, tokens) || pool.isSuffix(other, of: tokens)
                        || (tokens.count == 1 && (other.count == 2 || entities[e].type == .person)
                            && pool[other.lowerBound] == tokens[0]
                            && !honorific && firstName)))
                || (type == .organisation && entities[e].type == .organisation
                    && (pool.endsWith(other, tokens) || pool.isSuffix(other, of: tokens)))
                // `Guardian said` after `Mayor Don Guardian`: a lone word that would name a body (a newspaper) is
                // the surname of a person already named in full.
                || (tokens.count == 1 && type == .organisation && !isDetermined && entities[e].type == .person
                    && other.count >= 2 && pool.endsWith(other, tokens))
                // `Corvane's shares` after `Corvane Systems`: a lone word of no known kind that opens a company's
                // two-word name is that company (not `Trump` after `Trump Plaza`).
                || (tokens.count == 1 && type == .unknown && !isDetermined && entities[e].type == .organisation
                    && entities[e].isCompany && pool[other.lowerBound] == tokens[0])
                // `Yamamoto said`, `Park rejected …` after `Yamamoto Kenji`, `Park Ji-hoon`: a lone East Asian
                // family name is the person whose name it opens, even a word that would name a body (`park`).
                || (familyNameFirst && !isDetermined && other.count >= 2 && pool[other.lowerBound] == tokens[0]
                    && entities[e].type != .organisation && entities[e].type != .government)
        }
    }

    /// The person listed last in `lists` (`NameIndex.titleWord`: by the last word of each title) with a title
    /// (in `titles`) ending with the words `head` of a description (`the foreign secretary`), or nil. (The lists
    /// here are walked newest first, as `IDLists.last(for:where:)` does, without a closure, as in
    /// `latest(in:for:matching:entities:pool:)`.)
    private static func lastTitled(
        in lists: IDLists, head: [Int32], entities: [Entity], titles: TitleRanges, pool: WordPool, words: NameWords
    ) -> Int? {
        guard let word = head.last else { return nil }
        var entry = lists.newestEntry(for: NameIndex.titleWord.key(word))
        while entry >= 0 {
            let e = lists.id(ofEntry: entry)
            entry = lists.entry(before: entry)
            guard entities[e].type == .person else { continue }
            // (Its titles newest first: any one that ends so gives `e`.)
            var t = Int(entities[e].lastTitle)
            while t >= 0 {
                let title = titles.words(of: t)
                t = titles.entry(before: t)
                // `the president` is not the vice president.
                if pool.endsWith(title, head)
                    && !(title.count > head.count && words.isRankModifier(pool[title.upperBound - head.count - 1]))
                {
                    return e
                }
            }
        }
        return nil
    }

    /// The description listed last in `lists` (`NameIndex.description`: by its last word) whose words are `words`,
    /// or nil.
    private static func lastDescription(
        in lists: IDLists, words: [Int32], entities: [Entity], pool: WordPool
    ) -> Int? {
        guard let last = words.last else { return nil }
        var entry = lists.newestEntry(for: NameIndex.description.key(last))
        while entry >= 0 {
            let e = lists.id(ofEntry: entry)
            if pool.equals(entities[e].tokens, words) { return e }
            entry = lists.entry(before: entry)
        }
        return nil
    }

    /// The latest description in `lists` with the last word of `words` (the words of `the spokesperson`, which
    /// leave out its `the`), when its words are a determiner and then `words` (`a spokesperson`); nil when it is
    /// another (`a union spokesperson` met after `a spokesperson for Royal Mail`: which one `the spokesperson` is,
    /// the words do not say).
    private static func lastDescription(
        in lists: IDLists, afterDeterminer words: [Int32], entities: [Entity], pool: WordPool, words names: NameWords
    ) -> Int? {
        guard let last = words.last else { return nil }
        let entry = lists.newestEntry(for: NameIndex.description.key(last))
        guard entry >= 0 else { return nil }
        let e = lists.id(ofEntry: entry)
        let range = entities[e].tokens
        guard range.count == words.count + 1, names.isDeterminer(pool[range.lowerBound]),
            pool.equals(range.lowerBound + 1..<range.upperBound, words)
        else { return nil }
        return e
    }

    /// The name set off by commas right after the description `mentions[o]`, maybe past a short prepositional
    /// phrase (`The minister of the economy, Mr. Guajardo,`, `the other candidate on the stage, Dana Whitfield,`).
    /// With `skipping` 1, a name in the phrase is passed over (`The mayor of Springfield, Joe Quimby,`).
    static func appositiveName(
        after o: Int, _ mentions: [Mention], _ detected: MentionDetector.Result, _ narration: Narration,
        skipping: Int = 0
    ) -> Int? {
        let n = o + 1 + skipping
        guard n < mentions.count, mentions[n].form == .name,
            mentions[n].type == .person || mentions[n].type == .unknown
        else { return nil }
        // (The names passed over lie in the phrase, after its preposition and maybe `the`: `of Springfield`, `of
        // the Opposition`, `for Harrogate and Knaresborough`.)
        // (Or the last passed over is a description right before the name: `the playwright Tobias Fenn`.)
        let described =
            skipping > 0 && mentions[n - 1].form == .nominal
            && detected.tokenRanges[n - 1].upperBound == detected.tokenRanges[n].lowerBound
        if skipping > (described ? 1 : 0) {
            let (end, place) = (detected.tokenRanges[o].upperBound, detected.tokenRanges[o + 1])
            guard end < place.lowerBound, narration.tokens[end].lexicon.contains(.preposition),
                place.lowerBound == end + 1
                    || (place.lowerBound == end + 2 && narration.lower(of: end + 1).equals("the"))
            else { return nil }
            // The phrase names places or bodies only: after a person in it (`A spokesman for the Prime Minister,
            // Keir Starmer,`, `The mother of the boy, Jamie,`) the name is that person's.
            var comma = end
            while comma < detected.tokenRanges[n].lowerBound, !narration.lower(of: comma).equals(",") { comma += 1 }
            for p in o + 1..<n where detected.tokenRanges[p].lowerBound < comma {
                if mentions[p].form == .nominal {
                    guard mentions[p].type == .organisation || mentions[p].type == .government else { return nil }
                } else if !detected.tokenRanges[p].allSatisfy({
                    narration.tokens[$0].lexicon.isDisjoint(with: [.personTitle, .maleFirstName, .femaleFirstName])
                }) {
                    return nil
                }
            }
        }
        // The comma, after the phrase, and at most two words in lower case before the name (`former`), after
        // `the` or `a` (`A friend from drama school, the playwright Tobias Fenn,`).
        let gap = detected.tokenRanges[o].upperBound..<detected.tokenRanges[n].lowerBound
        let after = detected.tokenRanges[n].upperBound
        guard gap.count >= 1, gap.count <= 9, after < narration.tokens.count,
            narration.lower(of: after).equals(","),
            let comma = gap.first(where: { narration.lower(of: $0).equals(",") }), comma - gap.lowerBound <= 5,
            comma == gap.lowerBound || narration.tokens[gap.lowerBound].lexicon.contains(.preposition)
        else { return nil }
        let article =
            comma + 1 < gap.upperBound && narration.tokens[comma + 1].lexicon.contains(.determiner)
            && (narration.lower(of: comma + 1).equals("the") || narration.lower(of: comma + 1).equals("a"))
        guard gap.upperBound - comma <= (article ? 4 : 3) else { return nil }
        for k in (article ? comma + 2 : comma + 1)..<gap.upperBound {
            let token = narration.tokens[k]
            guard token.isWord, !token.isCapitalized, !token.isCue,
                token.lexicon.isDisjoint(with: [.clauseVerb, .pronoun, .determiner, .preposition])
            else { return nil }
        }
        return n
    }

    /// True when `mentions[m]` is a title read as a name of unknown kind (`the Leader` of the Opposition).
    static func isLoneTitle(
        _ m: Int, _ mentions: [Mention], _ detected: MentionDetector.Result, _ narration: Narration
    ) -> Bool {
        // (The tokens first: reading the mention's fields here copies the `Mention`, Strings and all.)
        detected.tokenRanges[m].count == 1
            && narration.tokens[detected.tokenRanges[m].lowerBound].lexicon.contains(.personTitle)
            && mentions[m].form == .name && mentions[m].type == .unknown
    }

    /// True when the body `detected.mentions[m]` names has a company's last word (`Corvane Systems`). (Out of line:
    /// inlined into the clustering loop, its first version, which read the mention's type, made the loop copy each
    /// `Mention` it reads.)
    @inline(never) static func namesCompany(
        _ m: Int, _ detected: MentionDetector.Result, _ narration: Narration
    ) -> Bool {
        companySuffixes.contains(narration.lower(of: detected.nameRanges[m].upperBound - 1))
    }

    /// Last words of a company's name (`Corvane Systems`), whose first word alone names the company: the lexicon's
    /// company words and the legal forms.
    static let companySuffixes = Set(
        Names.companyWords + [
            "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "group", "technology",
            "media", "biotech",
        ])

    /// The number of title words opening the name `words` when they are all of it or `of` follows them (`Emir`,
    /// `Emir of Qatar`, `Mayor of London`: an office, maybe of a place), else nil.
    private static func officeTitles(_ words: [Int32], _ lexicon: inout NameWords) -> Int? {
        let titles = words.prefix { lexicon.isPersonTitle($0) }.count
        guard titles > 0, titles == words.count || words[titles] == lexicon.id(of: "of") else { return nil }
        return titles
    }

    /// The description (or title alone) that name `mentions[m]` stands in apposition to (`The mayor of Springfield,
    /// Joe Quimby,`, `The Emir, Sheikh Faisal,`), with the words of its head (without determiners, left in `head`),
    /// or nil.
    private static func describedByApposition(
        _ m: Int, _ mentions: [Mention], _ detected: MentionDetector.Result, _ narration: Narration, _ raw: [UInt8],
        _ words: inout NameWords, _ head: inout [Int32]
    ) -> (Int, [Int32])? {
        // (A comma after the name and one at most three words before it first: most names have neither, and need
        // no look at the mentions before.)
        let tokens = narration.tokens
        let (start, after) = (detected.tokenRanges[m].lowerBound, detected.tokenRanges[m].upperBound)
        guard after < tokens.count, tokens[after].lexicon.contains(.commaOrDash) else { return nil }
        var comma = start - 1
        while comma >= max(0, start - 3), !tokens[comma].lexicon.contains(.commaOrDash) { comma -= 1 }
        guard comma >= max(0, start - 3) else { return nil }
        for skipping in 0...1 {
            let o = m - 1 - skipping
            guard o >= 0 else { return nil }
            let form = mentions[o].form
            guard form == .nominal || (form == .name && mentions[o].title == nil),
                appositiveName(after: o, mentions, detected, narration, skipping: skipping) == m
            else { continue }
            words.tokens(ofName: mentions[o].name, at: detected.nameRanges[o], in: narration, raw: raw, into: &head)
            // (A name only when it is titles, maybe of a place: `Emir`, `Emir of Nahran`, not `Springfield`.)
            if form == .name {
                guard let titles = officeTitles(head, &words) else { continue }
                head.removeLast(head.count - titles)
            }
            let words = words
            head.removeAll { words.isDeterminer($0) }
            return head.isEmpty ? nil : (o, head)
        }
        return nil
    }

    /// True when the title of `mention` (at `range`) is made of titles only (`Crown` in `the Crown Prince`), not of
    /// an honorific (`Mr.`); its words are left in `titleTokens`.
    private static func isTitlesOnly(
        _ mention: Mention, range: Range<Int>, _ narration: Narration, _ raw: [UInt8], _ words: inout NameWords,
        _ titleTokens: inout [Int32]
    ) -> Bool {
        guard let title = mention.title else { return false }
        words.tokens(ofName: title, at: range, in: narration, raw: raw, into: &titleTokens)
        return !titleTokens.isEmpty
            && titleTokens.allSatisfy { words.isPersonTitle($0) && !words.isSurnameHonorific($0) }
    }

    /// The entity listed last in `lists` for the title word `word` (`NameIndex.titleWord`) that is a person whose
    /// name is capitalised, or nil.
    private static func lastCapitalisedPerson(in lists: IDLists, for word: Int32, entities: [Entity]) -> Int? {
        var entry = lists.newestEntry(for: NameIndex.titleWord.key(word))
        while entry >= 0 {
            let e = lists.id(ofEntry: entry)
            if entities[e].type == .person && SpeakerResolver.startsUppercase(entities[e].name) { return e }
            entry = lists.entry(before: entry)
        }
        return nil
    }

    /// The entity listed in `lists` for `key` that `name` may join, or nil: of those whose genders do not disagree
    /// (`GenderVotes.conflict`), the latest with exactly the name's words if the name has two or more (a full name
    /// already met is that person), else the one named last; failing those, the one named last that only a lone
    /// vote argues against. (The list is walked
    /// here, not through a closure: `entities` and `pool` captured by one are checked for exclusivity at run time
    /// at each access.)
    @inline(__always)
    private static func latest(
        in lists: IDLists, for key: Int32, matching name: NameMatch, entities: [Entity], pool: WordPool,
        votes: inout GenderVotes
    ) -> Int? {
        var (best, exact, lastResort) = (-1, -1, -1)
        let (isFullName, hasGender) = (name.tokens.count > 1, name.namedGender != .unknown)
        // True when entity `id` was named after entity `other` (or `other` is -1, none).
        func isLater(_ id: Int, than other: Int) -> Bool {
            other < 0 || entities[id].lastMention > entities[other].lastMention
        }
        var entry = lists.newestEntry(for: key)
        while entry >= 0 {
            let id = lists.id(ofEntry: entry)
            if (isLater(id, than: best) || (id > exact && isFullName)) && name.matches(id, in: entities, pool: pool) {
                // (The cheap half of `conflict`'s guards first: most names have no gender to compare.)
                let compared = hasGender || entities[id].namedGender != .unknown
                switch compared ? votes.conflict(name, id, in: entities) : .none {
                case .none:
                    if isLater(id, than: best) { best = id }
                    if isFullName && pool.equals(entities[id].tokens, name.tokens) { exact = max(exact, id) }
                case .lastResort: if isLater(id, than: lastResort) { lastResort = id }
                case .refused: break
                }
            }
            entry = lists.entry(before: entry)
        }
        return exact >= 0 ? exact : best >= 0 ? best : lastResort >= 0 ? lastResort : nil
    }

    /// Adds `detected.mentions[m]` to `entity` in place (no copy of the entity's arrays, nor of the mention); the
    /// caller lists it in `mentionsOf`. A longer name's words go to `pool`. A new title's words are split from the
    /// narration tokens of `raw` into `titleTokens` (reused from call to call), and their ranges in `pool` listed
    /// for the entity in `titleRanges`.
    private func update(
        _ entity: inout Entity, with m: Int, of detected: MentionDetector.Result, tokens: [Int32], isKnown: Bool,
        words: inout NameWords, pool: inout WordPool, narration: Narration, raw: [UInt8], titleTokens: inout [Int32],
        titleRanges: inout TitleRanges
    ) {
        let mentions = detected.mentions
        entity.mentionCount += 1
        // Named as a subject, or first met: a name in passing (`She remembers Harold Patel sweeping …`) does not
        // make a person the one a later surname means.
        if mentions[m].isSubject || entity.lastMention < 0 { entity.lastMention = Int32(m) }
        if let title = mentions[m].title,
            !titleRanges.contains(title, from: entity.lastTitle, in: mentions)
        {
            words.tokens(ofName: title, at: detected.titleRange(of: m), in: narration, raw: raw, into: &titleTokens)
            entity.lastTitle = titleRanges.add(pool.add(titleTokens), of: m, after: entity.lastTitle)
            // `Sen. Bernie Sanders` is `the senator`; `Rep. Adam Schiff`, `the congressman`.
            if let last = titleTokens.last, let spelled = words.spelledTitles(of: last) {
                for word in spelled {
                    let range = pool.add(titleTokens, lastReplacedBy: words.id(of: word))
                    entity.lastTitle = titleRanges.add(range, of: m, after: entity.lastTitle)
                }
            }
        }
        // `the Emir of Qatar`: the titles opening an office of a place, for `the Emir said` later.
        if mentions[m].form == .name, mentions[m].title == nil, tokens.count >= 3, words.isPersonTitle(tokens[0]),
            let titles = SpeakerResolver.officeTitles(tokens, &words), titles < tokens.count
        {
            entity.lastTitle = titleRanges.add(pool.add(Array(tokens[..<titles])), of: m, after: entity.lastTitle)
        }
        if mentions[m].form == .name, tokens.count > entity.tokens.count, !isKnown {
            entity.tokens = pool.add(tokens)
            entity.name = mentions[m].name
        }
        if entity.type == .unknown || (entity.type == .anonymous && mentions[m].type == .person) {
            entity.type = mentions[m].type
        }
        if entity.gender == .unknown { entity.gender = mentions[m].gender }
        if entity.namedGender == .unknown {
            entity.namedGender = SpeakerResolver.namedGender(of: m, in: mentions, tokens: tokens)
        }
    }

    /// The gender of `mentions[m]` when a title or a full name gives it, else unknown (`tokens`: its name words).
    /// (By index: passing `mentions[m]` would copy the `Mention`.)
    static func namedGender(of m: Int, in mentions: [Mention], tokens: [Int32]) -> Gender {
        mentions[m].form == .name && (mentions[m].title != nil || tokens.count >= 2) ? mentions[m].gender : .unknown
    }

    /// `name.first?.isUppercase == true`, read from the first byte when the first Character is that one ASCII byte
    /// (the next byte is ASCII too, so no combining mark joins it): `A`-`Z` then. (`Character.isUppercase` costs
    /// hundreds of instructions; a name that starts otherwise takes it.)
    static func startsUppercase(_ name: String) -> Bool {
        let utf8 = name.utf8
        var bytes = utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first < 0x80 {
            let second = bytes.next()
            if second == nil || second! < 0x80 { return first >= 0x41 && first <= 0x5A }
        }
        return name.first?.isUppercase == true
    }

    /// Honorifics written before a surname (`Sir` and `Lady` go before first names too).
    static let surnameHonorifics: Set<String> = [
        "mr", "mrs", "ms", "mister", "messrs", "monsieur", "mme", "madame", "herr", "frau",
    ]

    /// Abbreviated titles and the words a description uses for them.
    static let spelledTitles: [String: [String]] = [
        "sen": ["senator"], "rep": ["representative", "congressman", "congresswoman", "lawmaker"],
        "gov": ["governor"], "gen": ["general"], "pres": ["president"], "sec": ["secretary"],
        "cllr": ["councillor", "councilor"], "cr": ["councillor", "councilor"],
        "dr": ["doctor"], "prof": ["professor"], "lt": ["lieutenant"], "col": ["colonel"], "capt": ["captain"],
        "sgt": ["sergeant"], "adm": ["admiral"], "supt": ["superintendent"], "atty": ["attorney"],
        "rev": ["reverend"], "del": ["delegate"],
    ]

    /// Rules whose speaker is only a turn-taking guess, which `realignTurns` may revise.
    /// (An array: two String comparisons cost less than hashing the rule.)
    static let turnRules: [String] = [DialogueTurnRule.id, PreviousSpeakerRule.id]

    /// Re-reads turn-taking in each run of consecutive quote paragraphs from its surest turns.
    ///
    /// A turn named by a cue and a name (`said Anna`) anchors the run; every guessed turn takes the speaker of
    /// the nearest anchor when an even number of turns away, and the other party when odd. The two parties are
    /// the anchored speakers of the run (or the speakers just before it). Guesses chained turn after turn drift;
    /// anchoring on both sides keeps one wrong guess from swapping a whole conversation. Returns the turns that
    /// changed hands, each with the run's other party.
    static func realignTurns(
        quotes: [Quote], attributions: [Attribution?], mentions: [Mention], speakers: inout [Int?]
    ) -> [(quote: Int, other: Int)] {
        var changed: [(quote: Int, other: Int)] = []
        // Turns: (paragraph, quote ids) for paragraphs holding quotations, in order. The ids of all turns are
        // in one array, each turn holding a range of it.
        var turnQuotes: [Int] = []
        var turns: [(paragraph: Int, quotes: Range<Int>)] = []
        // At most one of each per quote: sized so that neither grows.
        turnQuotes.reserveCapacity(quotes.count)
        turns.reserveCapacity(quotes.count)
        for q in quotes.indices where quotes[q].kind.isQuotation {
            turnQuotes.append(quotes[q].id)
            if turns.last?.paragraph == quotes[q].paragraph {
                turns[turns.count - 1].quotes = turns[turns.count - 1].quotes.lowerBound..<turnQuotes.count
            } else {
                turns.append((quotes[q].paragraph, turnQuotes.count - 1..<turnQuotes.count))
            }
        }
        func anchor(_ turn: Int) -> Int? {
            for q in turnQuotes[turns[turn].quotes] {
                // (The attribution's fields read in place: binding the `Attribution` would copy it.)
                guard case .mention(let m)? = attributions[q]?.source, mentions[m].form == .name,
                    attributions[q]?.cue?.range != nil, let speaker = speakers[q]
                else { continue }
                return speaker
            }
            return nil
        }
        // Reused from run to run: most runs are a turn or two, and arrays of their own would cost more than the rest.
        // (Each with room for a few at once: grown from none, each was allocated again at two, four and eight.)
        var anchors: [(turn: Int, speaker: Int)] = []
        anchors.reserveCapacity(8)
        var parties: [Int] = []
        parties.reserveCapacity(8)
        // The guessed quotes of a turn.
        var guessed: [Int] = []
        guessed.reserveCapacity(8)
        var start = 0
        while start < turns.count {
            var end = start + 1
            while end < turns.count, turns[end].paragraph == turns[end - 1].paragraph + 1 { end += 1 }
            let run = start..<end
            start = end
            // (`anchors` in turn order, as `run.compactMap` gives them.)
            while !anchors.isEmpty { anchors.removeLast() }
            for t in run {
                if let speaker = anchor(t) { anchors.append((turn: t, speaker: speaker)) }
            }
            while !parties.isEmpty { parties.removeLast() }
            for a in anchors where !parties.contains(a.speaker) { parties.append(a.speaker) }
            // Fewer than two anchored parties: take the speakers heard just before the run.
            if parties.count < 2 {
                let before = run.lowerBound
                for t in stride(from: before - 1, through: max(0, before - 6), by: -1) {
                    for q in turnQuotes[turns[t].quotes].reversed() {
                        if let s = speakers[q], !parties.contains(s) { parties.append(s) }
                    }
                    if parties.count >= 2 { break }
                }
            }
            guard parties.count >= 2, !anchors.isEmpty else { continue }
            // `anchor(t)` for each turn of the run is as `anchors` has it: a turn's anchor reads only its own
            // quotes, which the loop below changes only after testing it. The turns go up, and so does `next`: the
            // first anchor at or after turn `t`.
            var next = 0
            for t in run {
                while next < anchors.count, anchors[next].turn < t { next += 1 }
                if next < anchors.count, anchors[next].turn == t { continue }  // an anchor itself
                while !guessed.isEmpty { guessed.removeLast() }  // (cheaper than `removeAll`, as in `split`)
                for q in turnQuotes[turns[t].quotes] {
                    if let rule = attributions[q]?.rule, turnRules.contains(rule) { guessed.append(q) }
                }
                guard !guessed.isEmpty else { continue }
                // The nearest anchor, the earlier of two as near (`anchors.min` by distance, then turn): the one just
                // before `t` or the one just after it.
                let nearest =
                    next == 0 || (next < anchors.count && anchors[next].turn - t < t - anchors[next - 1].turn)
                    ? anchors[next] : anchors[next - 1]
                let other = parties.first { $0 != nearest.speaker } ?? nearest.speaker
                let speaker = abs(t - nearest.turn) % 2 == 0 ? nearest.speaker : other
                let instead = speaker == other ? nearest.speaker : other
                for q in guessed {
                    if speakers[q] != speaker { changed.append((q, instead)) }
                    speakers[q] = speaker
                }
            }
        }
        return changed
    }

    /// Names addressed in a quote (`Emma, come here`, `I know, Mr. Knightley.`), lower-cased, last words only.
    static func vocatives(in content: String) -> Set<String> { vocatives(in: Array(content.utf8)[...]) }

    /// The same, on UTF-8 bytes: only the bytes around the first and last commas are decoded.
    static func vocatives(in content: ArraySlice<UInt8>) -> Set<String> { Set(vocativeWords(in: content)) }

    /// `vocatives(in:)` as an array of distinct words (at most two), in the order found: no `Set` is built.
    static func vocativeWords(in content: ArraySlice<UInt8>) -> [String] {
        content.withUnsafeBufferPointer { vocativeWords(in: $0) }
    }

    /// `vocativeWords(in:)` on the bytes in place: slicing an `ArraySlice` retained and released its array for each
    /// side and each word, which cost more than the scan itself.
    private static func vocativeWords(in content: UnsafeBufferPointer<UInt8>) -> [String] {
        // Only the text before the first comma and after the last one can be an address, and only if short: at
        // most 48 bytes. So the first comma is looked for in the first 49 bytes only and the last in the last 49:
        // a comma further in leaves its side too long (the side is then skipped, as `nil` skips it here).
        let window = 49
        let first = SpeakerResolver.firstComma(in: UnsafeRawBufferPointer(content), before: min(window, content.count))
        let last = SpeakerResolver.lastComma(in: UnsafeRawBufferPointer(content), from: max(0, content.count - window))
        guard first != nil || last != nil else { return [] }
        var result: [String] = []
        // (The two sides by position, without an array of them; an empty side is skipped like a missing one.)
        for position in 0..<2 {
            let side = position == 0 ? first.map { 0..<$0 } : last.map { ($0 + 1)..<content.count }
            guard let side, !side.isEmpty && side.count <= 48 else { continue }
            let bytes = UnsafeBufferPointer(rebasing: content[side])
            // ASCII when no byte has its high bit (the bytes or-ed together in one tight loop).
            let isASCII = bytes.reduce(UInt8(0), |) < 0x80
            let found =
                isASCII
                ? asciiVocative(bytes, isTail: position == 1) : unicodeVocative(bytes, isTail: position == 1)
            if let found, !result.contains(found) { result.append(found) }
        }
        if result.isEmpty, let found = middleVocative(in: content) { result.append(found) }
        return result
    }

    /// A name set off by commas inside a quote (`How long, Rachael, is it?`): 1 to 3 capitalised ASCII words
    /// between two commas at most 32 bytes apart, not in a list (`Tom, Harriet, and Emma`). The first such, lower-cased
    /// as `vocatives(in:)` gives it, or nil. (Asked only when neither end of the quote holds an address.)
    @inline(never) private static func middleVocative(in content: UnsafeBufferPointer<UInt8>) -> String? {
        // From comma to comma, each found sixteen bytes at a time (`firstComma`): a quote is read once, and most of
        // its bytes only by those loads.
        var from = 0
        while from < content.count,
            let offset = firstComma(
                in: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: content[from...])),
                before: content.count - from)
        {
            let i = from + offset
            from = i + 1
            guard i + 3 < content.count, content[i + 1] == 0x20, content[i + 2] >= 0x41, content[i + 2] <= 0x5A else {
                continue
            }
            // The address runs to the next comma, or ends its sentence (`…, Freddy. Dress now.`, `…, Kemp!`).
            var j = i + 2
            var endsSentence = false
            while j < min(content.count, i + 34), content[j] != 0x2C {
                let byte = content[j] | 0x20
                guard (byte >= 0x61 && byte <= 0x7A) || content[j] == 0x20 || content[j] == 0x2E || content[j] == 0x27
                else {
                    endsSentence = content[j] == 0x21 || content[j] == 0x3F
                    break
                }
                if content[j] == 0x2E, j + 1 == content.count || content[j + 1] == 0x20 {
                    var k = j
                    while k > i + 2, content[k - 1] != 0x20 { k -= 1 }
                    let word = String(decoding: UnsafeBufferPointer(rebasing: content[k..<j]), as: UTF8.self)
                    if !SpeakerResolver.isListed(word.lowercased(), .abbreviation) {
                        endsSentence = true
                        break
                    }
                }
                j += 1
            }
            guard j < content.count, endsSentence || content[j] == 0x2C else { continue }
            // `…, Harriet, and Emma`: a list, not an address.
            let rest = UnsafeBufferPointer(rebasing: content[(j + 1)..<min(content.count, j + 5)])
            if !endsSentence, rest.starts(with: " and".utf8) || rest.starts(with: " or ".utf8) { continue }
            if let found = asciiVocative(UnsafeBufferPointer(rebasing: content[(i + 2)..<j]), isTail: false) {
                return found
            }
        }
        return nil
    }

    /// `vocatives` for one segment that is not ASCII, by its Characters: the last word of the address, lower-cased,
    /// or nil. (Out of line: inline, its room for Unicode properties was set up on every call of `vocativeWords`,
    /// whose segments are nearly all ASCII.)
    @inline(never) private static func unicodeVocative(_ bytes: UnsafeBufferPointer<UInt8>, isTail: Bool) -> String? {
        let segment = String(decoding: bytes, as: UTF8.self)
        var words = segment.split(separator: " ").map(String.init)
        if isTail,
            let end = words.firstIndex(where: { word in
                "!?".contains(word.last ?? " ")
                    || (word.hasSuffix(".") && !Narration.abbreviations.contains(word.dropLast().lowercased()))
            })
        {
            words = Array(words[...end])  // `…, Hastings. A clue!`: the address ends with its sentence
        }
        // The words without `.!?;:"'—-`, the empty ones dropped, then the leading `my`, `dear`, `oh` or `o`:
        // in one pass, which stops at a fourth word (no address then).
        var kept: [String] = []
        for word in words {
            let cleaned = String(word.filter { !SpeakerResolver.isDroppedFromAddress($0) })
            if cleaned.isEmpty || (kept.isEmpty && ["my", "dear", "oh", "o"].contains(cleaned.lowercased())) {
                continue
            }
            kept.append(cleaned)
            if kept.count > 3 { break }
        }
        words = kept
        guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
            let last = words.last?.lowercased(), !Names.notNames.contains(last),
            MentionDetector.pronoun(last) == nil
        else { return nil }
        return last
    }

    /// `".!?;:\"'—-".contains(character)`, without walking the literal: a Character equals one of these only when
    /// it is that one scalar or U+037E (canonically `;`). (A Character of several scalars is canonically equivalent
    /// to no single one of these, which have no decomposition.)
    static func isDroppedFromAddress(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else {
            return false
        }
        switch scalar.value {
        case 0x2E, 0x21, 0x3F, 0x3B, 0x3A, 0x22, 0x27, 0x2014, 0x2D, 0x37E: return true
        default: return false
        }
    }

    /// A byte of 0x80 for each byte of `word` that is a comma (0x2C), and 0 for the others: exact per byte (no
    /// borrow crosses from one byte into the next).
    private static func commaMarks(_ word: UInt64) -> UInt64 {
        let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let zeroed = word ^ 0x2C2C_2C2C_2C2C_2C2C  // a zero byte for each comma
        return ~(((zeroed & lowBits) &+ lowBits) | zeroed | lowBits)
    }

    /// `bytes[..<end].firstIndex(of: 0x2C)`, sixteen bytes at a time, then eight (each load lies within
    /// `bytes[..<end]`).
    private static func firstComma(in bytes: UnsafeRawBufferPointer, before end: Int) -> Int? {
        // (The constant spelled with its element type, as in `Normalizer.lineBreak`.)
        let commas = SIMD16<UInt8>(repeating: 0x2C)
        var k = 0
        while k + 16 <= end {
            let lane = (bytes.loadUnaligned(fromByteOffset: k, as: SIMD16<UInt8>.self) .== commas).firstTrueLane
            if lane < 16 { return k + lane }
            k += 16
        }
        if k + 8 <= end {
            let marks = commaMarks(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: k, as: UInt64.self)))
            if marks != 0 { return k + marks.trailingZeroBitCount / 8 }
            k += 8
        }
        while k < end {
            if bytes[k] == 0x2C { return k }
            k += 1
        }
        return nil
    }

    /// `bytes[start...].lastIndex(of: 0x2C)`, sixteen bytes at a time from the end, then eight (each load lies
    /// within `bytes[start...]`).
    private static func lastComma(in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        let commas = SIMD16<UInt8>(repeating: 0x2C)
        var k = bytes.count
        while k - 16 >= start {
            let found = bytes.loadUnaligned(fromByteOffset: k - 16, as: SIMD16<UInt8>.self) .== commas
            // The last true lane: the highest set bit of the mask's two 64-bit halves, read as `firstTrueLane`
            // reads them (lane `j` is byte `j`, little-endian).
            let halves = unsafeBitCast(found, to: SIMD2<UInt64>.self)
            let high = UInt64(littleEndian: halves[1])
            if high != 0 { return k - 8 + (63 - high.leadingZeroBitCount) / 8 }
            let low = UInt64(littleEndian: halves[0])
            if low != 0 { return k - 16 + (63 - low.leadingZeroBitCount) / 8 }
            k -= 16
        }
        if k - 8 >= start {
            let marks = commaMarks(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: k - 8, as: UInt64.self)))
            if marks != 0 { return k - 8 + (63 - marks.leadingZeroBitCount) / 8 }
            k -= 8
        }
        while k > start {
            k -= 1
            if bytes[k] == 0x2C { return k }
        }
        return nil
    }

    /// `vocatives` for one ASCII segment, on its bytes (the same steps in one pass, without Characters or
    /// intermediate arrays): the last word of the address, lower-cased, or nil.
    private static func asciiVocative(_ bytes: UnsafeBufferPointer<UInt8>, isTail: Bool) -> String? {
        // The bytes of `word` lower-cased, without those `drop` picks, written straight into a String.
        func lowered(_ word: Slice<UnsafeBufferPointer<UInt8>>, dropping drop: (UInt8) -> Bool = { _ in false })
            -> String
        {
            String(unsafeUninitializedCapacity: word.count) { buffer in
                var count = 0
                for byte in word where !drop(byte) {
                    buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    count += 1
                }
                return count
            }
        }
        // `.!?;:"'-` are dropped from every word (the em dash is not ASCII).
        func isDropped(_ byte: UInt8) -> Bool {
            byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3B || byte == 0x3A || byte == 0x22
                || byte == 0x27 || byte == 0x2D
        }
        // `my`, `dear`, `oh` or `o`, once cleaned and lower-cased.
        func isFiller(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
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
        var last: Slice<UnsafeBufferPointer<UInt8>>?
        var start = bytes.startIndex
        for end in bytes.startIndex...bytes.endIndex where end == bytes.endIndex || bytes[end] == 0x20 {
            defer { start = end + 1 }
            guard end > start else { continue }
            let word = bytes[start..<end]
            if let first = word.first(where: { !isDropped($0) }), count > 0 || !isFiller(word) {
                count += 1
                guard count <= 3, first >= 0x41 && first <= 0x5A else { return nil }
                last = word
            }
            // In the tail, the address ends with the first word that ends a sentence (`…, Hastings. A clue!`).
            // (Tested after the word itself, which may already fail the address: no abbreviation looked up then.)
            let endsAddress =
                isTail
                && (word.last == 0x21 || word.last == 0x3F
                    || (word.last == 0x2E && !SpeakerResolver.isListed(lowered(word.dropLast()), .abbreviation)))
            if endsAddress { break }
        }
        guard let last else { return nil }
        let name = lowered(last, dropping: isDropped)
        guard !SpeakerResolver.isListed(name, .notName), MentionDetector.pronoun(name) == nil else { return nil }
        return name
    }

    /// Whether `word` is in the list behind `flag` (`Names.notNames`, `Narration.abbreviations`), as
    /// `Set<String>.contains` answers it, from the lexicon table's packed bytes without hashing a String. Those
    /// lists are the same in every table (only the cue forms differ), so the standard one serves; it is the one
    /// the analyzer uses unless cue verbs are configured.
    private static func isListed(_ word: String, _ flag: LexiconFlags) -> Bool {
        LexiconTable.standard.listedFlags(of: word).contains(flag)
    }

    /// Words that make a title another office than its last words (`Vice President` is not `President`).
    static let rankModifiers: Set<String> = [
        "vice", "deputy", "assistant", "former", "acting", "associate", "under", "lieutenant", "ex",
    ]

    /// True when quote `q` (an index of `quotes`) is the next turn after quote `q - 1`, whose speaker (in
    /// `speakers`, by quote id) is `speaker`: `q` opens the paragraph right after the one `q - 1` ends, and its cue
    /// (`cue`) does not say that the speaker goes on.
    static func isNextTurn(
        _ q: Int, after speaker: Int, quotes: [Quote], speakers: [Int?], narration: Narration, cue: String?
    ) -> Bool {
        guard q > 0, speakers[quotes[q - 1].id] == speaker else { return false }
        return narration.opensNextTurn(quote: quotes[q].id, after: quotes[q - 1].id) && !goesOn(cue)
    }

    /// True when the cue `text` says that the speaker goes on speaking (`added`, `continued`, `went on`).
    static func goesOn(_ text: String?) -> Bool {
        guard let text else { return false }
        switch text.prefix(while: { $0 != " " }).lowercased() {
        case "add", "adds", "added", "continue", "continues", "continued", "go", "goes", "went": return true
        default: return false
        }
    }

    /// Heads of descriptions that name a thing, a collective or no one (`the crowd`, `a statement`, `the former`):
    /// `she` and `he` never stand for such a description.
    static let unpersonalHeads: Set<String> = [
        "crowd", "voice", "statement", "report", "newspaper", "paper", "editorial", "email", "letter", "tweet", "post",
        "video", "ad", "study", "survey", "poll", "memo", "website", "ruling", "book", "article", "piece", "document",
        "complaint", "filing", "other", "white", "foreign", "old", "young", "elder", "younger", "eldest", "former",
        "ex", "family", "team", "people", "couple", "audience", "jury", "panel", "staff", "camp", "office",
    ]

    /// Heads of descriptions that pick out a person by sex and age only (`the girl`, `the old gentleman`).
    static let genericHeads: Set<String> = [
        "girl", "man", "woman", "lady", "gentleman", "boy", "lad", "lass", "youth", "stranger", "visitor", "clergyman",
        "child", "fellow",
    ]

    /// True for a description with an article and a generic head, not a relation (`her mother`).
    static func isGeneric(_ mention: Mention) -> Bool { isGeneric(text: mention.text) }

    /// `isGeneric` for a mention of the text `text`.
    static func isGeneric(text: String) -> Bool {
        // An ASCII text (nearly all) on its bytes, lower-cased byte by byte as `lowercased()` does there: its
        // words are the runs of bytes other than spaces, as splitting on spaces without empty parts gives them.
        var text = text
        let onBytes = text.withUTF8 { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
            var start = 0
            while start < bytes.count, bytes[start] == 0x20 { start += 1 }
            guard start < bytes.count else { return false }
            var end = start
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            // `the`, `a` or `an`.
            let isArticle: Bool
            switch end - start {
            case 1: isArticle = lower(bytes[start]) == 0x61
            case 2: isArticle = lower(bytes[start]) == 0x61 && lower(bytes[start + 1]) == 0x6E
            case 3:
                isArticle =
                    lower(bytes[start]) == 0x74 && lower(bytes[start + 1]) == 0x68 && lower(bytes[start + 2]) == 0x65
            default: isArticle = false
            }
            guard isArticle else { return false }
            var lastEnd = bytes.count
            while bytes[lastEnd - 1] == 0x20 { lastEnd -= 1 }  // (a word ends before it, so this stops)
            var lastStart = lastEnd
            while lastStart > 0, bytes[lastStart - 1] != 0x20 { lastStart -= 1 }
            let head = String(
                unsafeUninitializedCapacity: lastEnd - lastStart,
                initializingUTF8With: { buffer in
                    for k in lastStart..<lastEnd { buffer[k - lastStart] = lower(bytes[k]) }
                    return lastEnd - lastStart
                })
            return genericHeads.contains(head)
        }
        if let onBytes { return onBytes }
        let lower = text.lowercased()
        // An ASCII text (the usual one) is split on its bytes: each of its Characters is one byte, or `\r\n`,
        // which is no space. (Splitting a String by Characters costs thousands of instructions.)
        if lower.utf8.allSatisfy({ $0 < 0x80 }) {
            let words = lower.utf8.split(separator: 0x20)
            guard let first = words.first, let last = words.last else { return false }
            let head = String(decoding: first, as: UTF8.self)
            return (head == "the" || head == "a" || head == "an")
                && genericHeads.contains(String(decoding: last, as: UTF8.self))
        }
        let words = lower.split(separator: " ")
        guard let first = words.first, let last = words.last else { return false }
        return ["the", "a", "an"].contains(first) && genericHeads.contains(String(last))
    }

    /// Lower-cased name words without possessive `'s`, periods or a leading `the`.
    static func nameTokens(_ name: String) -> [String] {
        if let words = asciiNameTokens(name) { return words }
        let lower = name.lowercased()
        if let words = latinNameTokens(lower) { return words }
        var words = String(lower.map { $0 == "\u{2019}" ? "'" : $0 })
            .split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map { String($0) }
        words = words.map { $0.hasSuffix("'s") ? String($0.dropLast(2)) : $0 }.map { $0.trimmingPeriod }
            .filter { !$0.isEmpty && $0 != "'s" }
        if words.first == "the" { words.removeFirst() }
        return words
    }

    /// Writes the name bytes `source` lower-cased, with `’` as `'` and no-break spaces as spaces, into `bytes`
    /// (at least as long): the number of bytes written, or nil when another non-ASCII character occurs.
    static func normalisedNameBytes(
        _ source: UnsafeBufferPointer<UInt8>, into bytes: UnsafeMutableBufferPointer<UInt8>
    ) -> Int? {
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
        return count
    }

    /// Calls `body` with the range of each word of the normalised name bytes `bytes[0..<count]`
    /// (`normalisedNameBytes`): split at spaces, without a final `'s` or one final period, a lone `'s` skipped and
    /// a leading `the` dropped (only the first word).
    static func forEachNameWord(in bytes: UnsafeBufferPointer<UInt8>, count: Int, _ body: (Range<Int>) -> Void) {
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
            if isFirst {
                isFirst = false
                if stop - start == 3, bytes[start] == 0x74, bytes[start + 1] == 0x68, bytes[start + 2] == 0x65 {
                    continue
                }
            }
            body(start..<stop)
        }
    }

    /// `nameTokens` on the bytes, for a name that is ASCII apart from `’` and no-break spaces (which lower-casing
    /// leaves alone and which are graphemes of their own next to ASCII); nil for any other name.
    private static func asciiNameTokens(_ name: String) -> [String]? {
        var name = name
        return name.withUTF8 { source in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: source.count) { bytes -> [String]? in
                guard let count = normalisedNameBytes(source, into: bytes) else { return nil }
                var words: [String] = []
                words.reserveCapacity(4)
                forEachNameWord(in: UnsafeBufferPointer(bytes), count: count) { word in
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[word]), as: UTF8.self))
                }
                return words
            }
        }
    }

    /// `nameTokens` of the lower-cased name `lower` on its bytes, when its only non-ASCII characters are `’`,
    /// no-break spaces, the characters U+0080 to U+017F (Latin-1 and Latin Extended-A: `é`, `ł`, and the `±` of a
    /// mis-decoded `ñ`) and combining diacritics (U+0300 to U+036F: `n` and U+0303 for `ñ`) after any of those but
    /// a space, a no-break space or `’`; nil for any other name. Each such character but the diacritics is one
    /// scalar and a grapheme of its own beside ASCII (none is a combining mark, nor canonically equivalent to a
    /// space, an apostrophe, a period, `s` or `the`), and a diacritic joins the character before it into a
    /// `Character` that the steps of `nameTokens` neither map nor split at (nor would they at its base, which is no
    /// space, no-break space or `’`), so those steps split the name as `forEachNameWord` splits its bytes. (The
    /// `Character` path cost tens of thousands of instructions per name.)
    private static func latinNameTokens(_ lower: String) -> [String]? {
        var lower = lower
        return lower.withUTF8 { source in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: source.count) { bytes -> [String]? in
                var count = 0
                var index = 0
                // True when a diacritic may follow: not at the start, nor after a space, a no-break space or `’`
                // (which the `Character` steps would then neither split at nor map).
                var mayCombine = false
                while index < source.count {
                    let byte = source[index]
                    let next = index + 1 < source.count ? source[index + 1] : 0
                    if byte < 0x80 {
                        bytes[count] = byte  // (lower-cased already)
                        mayCombine = byte != 0x20
                        count += 1
                        index += 1
                    } else if (byte >= 0xC3 && byte <= 0xC5) || (byte == 0xC2 && next != 0xA0), next & 0xC0 == 0x80 {
                        bytes[count] = byte  // U+0080 to U+017F but U+00A0, kept as it is
                        bytes[count + 1] = next
                        mayCombine = true
                        count += 2
                        index += 2
                    } else if mayCombine,
                        (byte == 0xCC && next & 0xC0 == 0x80) || (byte == 0xCD && next >= 0x80 && next <= 0xAF)
                    {
                        bytes[count] = byte  // U+0300 to U+036F, kept as it is
                        bytes[count + 1] = next
                        count += 2
                        index += 2
                    } else if byte == 0xE2, index + 2 < source.count, next == 0x80, source[index + 2] == 0x99 {
                        bytes[count] = 0x27  // `’` -> `'`
                        mayCombine = false
                        count += 1
                        index += 3
                    } else if byte == 0xC2, next == 0xA0 {
                        bytes[count] = 0x20  // a no-break space separates words
                        mayCombine = false
                        count += 1
                        index += 2
                    } else {
                        return nil
                    }
                }
                var words: [String] = []
                words.reserveCapacity(4)
                forEachNameWord(in: UnsafeBufferPointer(bytes), count: count) { word in
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[word]), as: UTF8.self))
                }
                return words
            }
        }
    }

    /// True when `words` ends with `suffix` (and both are non-empty).
    static func endsWith(_ words: [Int32], _ suffix: [Int32]) -> Bool {
        guard !suffix.isEmpty, suffix.count <= words.count else { return false }
        let offset = words.count - suffix.count
        for k in suffix.indices where words[offset + k] != suffix[k] { return false }
        return true
    }
}

/// The name words of one document as dense ids (`SpeakerResolver.nameTokens`, interned): two words get the
/// same id exactly when they are equal as Strings, so names compare and index as integers.
private struct NameWords {
    /// (No initial value: `init(vocabularySize:mentions:)` copies a prototype's, and a default one would be made
    /// and freed again for every document.)
    private var interner: WordInterner
    /// The lists of `NameWords.asked` that hold each id's word, filled in when the id is given.
    private var flags: [LexiconFlags] = []
    /// The lower-cased bytes of the name being split (reused from name to name): `PackedWord.lowercasing`
    /// packs words from an array.
    private var scratch: [UInt8] = []
    /// For each narration word id (`Narration.Token.word`), what that token is as a whole word of a name: the
    /// id of its name word, or `NameWords.unread`, `NameWords.skipped` or `NameWords.unsplittable`.
    private var ofNarrationWord: [Int32]
    /// The id of `the` (dropped when it opens a name).
    private var the: Int32 = 0

    /// A narration word not looked at yet.
    private static let unread: Int32 = -1
    /// A narration word that is no name word (`'s`, or nothing once `'s` and a final period are taken off).
    private static let skipped: Int32 = -2
    /// A narration word that `tokens(ofName:at:in:raw:)` leaves to `tokens(of:)` (not ASCII, or ending in `'s`).
    private static let unsplittable: Int32 = -3

    /// Name words for a document of `vocabularySize` distinct token texts (`Narration.vocabularySize`) and
    /// `mentions` mentions: a copy of a prototype (`prototype(forWords:)`), which holds the same ids as interning
    /// `the` and the abbreviations anew would give.
    init(vocabularySize: Int, mentions: Int) {
        // Room for the fixed words and about a new word per two mentions (names, descriptions and pronouns): only
        // the words of names and titles get ids, and a table sized by the narration's words cost more to clear
        // than the few doublings of a larger document cost. The prototype whose table has that room already is
        // copied (its table is copied at the first write, byte for byte, not rehashed as a resized one would be).
        let expected = 32 + mentions / 2
        self = NameWords.prototype(forWords: expected)
        ofNarrationWord = [Int32].filled(with: NameWords.unread, count: vocabularySize)
        interner.reserveCapacity(expected)  // (nothing to do unless the largest prototype is too small)
        flags.reserveCapacity(expected)
    }

    /// Name words with `the` and the abbreviated titles interned and nothing else, in a table with room for
    /// `capacity` words (built once per size: every document's `NameWords` starts as a copy of one, whose arrays
    /// are copied only when the document adds a word). Every size gives the words the same ids.
    private init(interningFixedWordsWithRoomFor capacity: Int) {
        interner = WordInterner(expected: capacity)
        ofNarrationWord = []
        the = id(of: "the")
        // Keys sorted so that the ids come out the same in every run.
        for abbreviation in SpeakerResolver.spelledTitles.keys.sorted() {
            let slot = Int(id(of: abbreviation))
            while spelled.count <= slot { spelled.append(nil) }
            spelled[slot] = SpeakerResolver.spelledTitles[abbreviation]
        }
    }

    /// The states a document's name words start from (`init(interningFixedWordsWithRoomFor:)`), by the room of
    /// their tables.
    private static let prototype64 = NameWords(interningFixedWordsWithRoomFor: 64)
    private static let prototype128 = NameWords(interningFixedWordsWithRoomFor: 128)
    private static let prototype256 = NameWords(interningFixedWordsWithRoomFor: 256)
    private static let prototype512 = NameWords(interningFixedWordsWithRoomFor: 512)

    /// The smallest prototype with room for `expected` words, or the largest.
    private static func prototype(forWords expected: Int) -> NameWords {
        switch expected {
        case ...64: prototype64
        case ...128: prototype128
        case ...256: prototype256
        default: prototype512
        }
    }

    /// The lists the resolver asks about a name word: `Names.determiners`, `SpeakerResolver.rankModifiers`,
    /// `SpeakerResolver.surnameHonorifics`, `Names.personTitles`, `Names.familyNamesFirst` and
    /// `Names.titleModifiers`, as the lexicon table's bits.
    private static let asked: LexiconFlags = [
        .determiner, .rankModifier, .surnameHonorific, .personTitle, .familyNameFirst, .titleModifier,
    ]

    /// The id of `word` (a lower-cased word as `nameTokens` gives it).
    mutating func id(of word: String) -> Int32 {
        // The interner keeps ASCII words apart from all others; the only non-ASCII characters canonically
        // equivalent to ASCII are spelled as their ASCII equivalents first (a String equal to the original).
        var word = word
        if word.utf8.contains(where: { $0 >= 0x80 }),
            word.unicodeScalars.contains(where: { $0 == "\u{037E}" || $0 == "\u{1FEF}" || $0 == "\u{212A}" })
        {
            word = String(
                String.UnicodeScalarView(
                    word.unicodeScalars.map {
                        $0 == "\u{037E}" ? ";" : $0 == "\u{1FEF}" ? "`" : $0 == "\u{212A}" ? "K" : $0
                    }))
        }
        let (id, isNew, packed) = interner.id(of: word)
        if isNew { flags.append(packed.map { NameWords.listedFlags(of: $0) } ?? NameWords.listedFlags(of: word)) }
        return id
    }

    /// The id of the packed word `key`.
    private mutating func id(of key: PackedWord) -> Int32 {
        let (id, isNew) = interner.id(of: key)
        if isNew { flags.append(NameWords.listedFlags(of: key)) }
        return id
    }

    /// The id of the packed word `key`, the lower-cased text of a narration token whose lexicon bits are `lexicon`
    /// (`Narration.Token.lexicon`), and which does not end with a period: those bits are then the word's own as
    /// listed (`personTitle` is of the word without a final period), so that a new word is looked up in no table.
    private mutating func id(of key: PackedWord, lexicon: LexiconFlags) -> Int32 {
        let (id, isNew) = interner.id(of: key)
        if isNew { flags.append(lexicon.intersection(NameWords.asked)) }
        return id
    }

    /// True when the last byte of `key` is a period.
    private static func endsWithPeriod(_ key: PackedWord) -> Bool { key.lastThreeBytes >> 16 == 0x2E }

    /// The lists of `asked` that hold `word` (as `Set<String>.contains` answers it): the lexicon table's listed
    /// bits. Those lists are the same in every table (only the cue forms differ), so the standard one serves.
    private static func listedFlags(of word: String) -> LexiconFlags {
        LexiconTable.standard.listedFlags(of: word).intersection(asked)
    }

    /// `listedFlags(of: key.string)` without a `String` but for a word that ends with a period: the table's
    /// `flags(of:)` gives the same bits of `asked` for any other word (it reads `personTitle` of the word without
    /// its final period).
    private static func listedFlags(of key: PackedWord) -> LexiconFlags {
        if endsWithPeriod(key) { return listedFlags(of: key.string) }
        return LexiconTable.standard.flags(of: key).intersection(asked)
    }

    /// The spelled-out titles of an abbreviated title's word (`sen` -> `senator`), by the abbreviation's id (the
    /// abbreviations are interned first, so that the array ends after them): an array, not a `Dictionary` keyed
    /// by `Int32`, whose type metadata the runtime looked up through a search of the protocol conformances
    /// (hundreds of thousands of instructions, once per process), and whose look-ups hashed.
    private var spelled: [[String]?] = []

    /// The words an abbreviated title's word `id` stands for (`SpeakerResolver.spelledTitles`), or nil.
    func spelledTitles(of id: Int32) -> [String]? { Int(id) < spelled.count ? spelled[Int(id)] : nil }

    /// True when the word of `id` is a determiner (`Names.determiners`).
    func isDeterminer(_ id: Int32) -> Bool { flags[Int(id)].contains(.determiner) }

    /// True when the word of `id` makes a title another office (`SpeakerResolver.rankModifiers`).
    func isRankModifier(_ id: Int32) -> Bool { flags[Int(id)].contains(.rankModifier) }

    /// True when the word of `id` modifies an office (`Names.titleModifiers`: `Crown`, `Vice`, `Prime`).
    func isTitleModifier(_ id: Int32) -> Bool { flags[Int(id)].contains(.titleModifier) }

    /// True when the word of `id` is a family name written before the given name (`Names.familyNamesFirst`).
    func isFamilyNameFirst(_ id: Int32) -> Bool { flags[Int(id)].contains(.familyNameFirst) }

    /// True when the word of `id` is an honorific written before a surname (`SpeakerResolver.surnameHonorifics`).
    func isSurnameHonorific(_ id: Int32) -> Bool { flags[Int(id)].contains(.surnameHonorific) }

    /// True when the word of `id` itself is a title written before a person's name (`Names.personTitles`; no
    /// period trimmed).
    func isPersonTitle(_ id: Int32) -> Bool { flags[Int(id)].contains(.personTitle) }

    /// `SpeakerResolver.nameTokens(name)` as ids. A name that is ASCII apart from `’` and no-break spaces (nearly
    /// all) is split on its bytes, as `asciiNameTokens` does, and its words are packed without a `String`.
    mutating func tokens(of name: String) -> [Int32] {
        var name = name
        // Lower-cased, `’` as `'` and no-break spaces as spaces, into `scratch`: the number of bytes, or nil for
        // any other name.
        let count = name.withUTF8 { source -> Int? in
            if scratch.count < source.count { scratch = [UInt8](repeating: 0, count: max(64, source.count)) }
            return scratch.withUnsafeMutableBufferPointer { SpeakerResolver.normalisedNameBytes(source, into: $0) }
        }
        guard let count else { return SpeakerResolver.nameTokens(name).map { id(of: $0) } }
        var words: [Int32] = []
        words.reserveCapacity(4)
        // A local reference to the bytes (no copy): `id(of:)` mutates `self` while they are read.
        let bytes = scratch
        bytes.withUnsafeBufferPointer { buffer in
            SpeakerResolver.forEachNameWord(in: buffer, count: count) { word in
                // Words of 1 to 15 bytes pack (the bytes are lower-cased already); longer ones go by their String.
                if let (key, _) = PackedWord.lowercasing(bytes, word) {
                    words.append(id(of: key))
                } else {
                    words.append(id(of: String(decoding: buffer[word], as: UTF8.self)))
                }
            }
        }
        return words
    }
}

extension NameWords {
    /// `tokens(of: name)` for the name that is the narration tokens `range`, read from the tokens' word ids when
    /// its words are ASCII tokens split by one space or no-break space each (or a possessive `'s` right after a
    /// word): each narration word is then split only once in the document.
    ///
    /// The words are written to `words` (over its words before, keeping its storage): a caller that splits name after
    /// name into one array allocates only when it kept the previous name's words.
    mutating func tokens(
        ofName name: @autoclosure () -> String, at range: Range<Int>, in narration: Narration, raw: [UInt8],
        into words: inout [Int32]
    ) {
        // (The name is read only when the tokens do not split: passing it retained and released its String.)
        if !split(range, in: narration, raw: raw, into: &words) { words = tokens(of: name()) }
    }

    /// `tokens(ofName:at:in:raw:into:)` from the narration tokens `range`: false when the name is not one that
    /// splits so (`words` then holds part of it, or words of the name before).
    private mutating func split(
        _ range: Range<Int>, in narration: Narration, raw: [UInt8], into words: inout [Int32]
    ) -> Bool {
        // The words are written over the name before's (a name has a few), and what is left of those is taken off
        // at the end, word by word: emptying the array first removed each of them (`removeAll(keepingCapacity:)`
        // costs more, through `replaceSubrange`).
        var count = 0
        var isFirst = true
        var isJoined = false  // token `k - 1` was a possessive joined to the word before it
        for k in range {
            let word = narration.tokens[k].word
            guard word >= 0 else { return false }  // a quote token
            var id = ofNarrationWord[Int(word)]
            if id == NameWords.unread {
                id = nameWord(raw, narration.tokens[k].range, lexicon: narration.tokens[k].lexicon)
                ofNarrationWord[Int(word)] = id
            }
            guard id != NameWords.unsplittable else { return false }
            if k > range.lowerBound {
                let gap = narration.tokens[k - 1].range.end..<narration.tokens[k].range.start
                if gap.isEmpty {
                    // Only one possessive `'s` (or `’s`) joins the word before it, which `nameTokens` then takes
                    // off again (that word is no `unsplittable` one, so it does not end in `'s` itself; a second
                    // `'s` would stay).
                    guard narration.lower(of: k) == "'s", !isJoined else { return false }
                    isJoined = true
                    continue
                }
                let isSeparator =
                    (gap.count == 1 && raw[gap.lowerBound] == 0x20)
                    || (gap.count == 2 && raw[gap.lowerBound] == 0xC2 && raw[gap.lowerBound + 1] == 0xA0)
                guard isSeparator else { return false }
                isJoined = false
            }
            guard id != NameWords.skipped else { continue }
            // A leading `the` is dropped (only the first word).
            if isFirst {
                isFirst = false
                if id == the { continue }
            }
            if count < words.count { words[count] = id } else { words.append(id) }
            count += 1
        }
        while words.count > count { words.removeLast() }
        return true
    }

    /// What the narration token of the bytes `raw[range]` is as a whole word of an ASCII name (`tokens(of:)`):
    /// the id of its lower-cased text without a final `'s` and then one final period, `skipped` when that leaves
    /// nothing or `'s`, and `unsplittable` when it is not ASCII (a `’` read as `'` aside: `apostropheWord`) or ends
    /// in `'s` (a possessive token after it would then not be taken off in the same way). (A token's `lower` is its
    /// bytes lower-cased, and `lexicon` its `Narration.Token.lexicon`, the lexicon bits of that text.)
    private mutating func nameWord(_ raw: [UInt8], _ range: TextRange, lexicon: LexiconFlags) -> Int32 {
        let start = range.start
        var stop = range.end
        func isS(_ byte: UInt8) -> Bool { byte | 0x20 == 0x73 }  // `s` or `S`
        if stop - start >= 2, raw[stop - 2] == 0x27, isS(raw[stop - 1]) {
            // `'s` alone is no word; a word ending in `'s` is left to `tokens(of:)`.
            return stop - start == 2 ? NameWords.skipped : NameWords.unsplittable
        }
        if stop > start, raw[stop - 1] == 0x2E { stop -= 1 }  // one final period
        guard stop > start else { return NameWords.skipped }
        // (A period taken off is ASCII: the word is ASCII when `raw[start..<stop]` is, which packing tests.)
        if let (key, _) = PackedWord.lowercasing(raw, start..<stop) {
            // The token's lexicon bits are the word's when no period was taken off (nearly always).
            return stop == range.end ? id(of: key, lexicon: lexicon) : id(of: key)
        }
        guard stop - start > 15, raw[start..<stop].allSatisfy({ $0 < 0x80 }) else { return apostropheWord(raw, range) }
        // Longer than 15 bytes (`'s` alone is 2, so it never gets here).
        return id(
            of: String(decoding: raw[start..<stop].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self))
    }

    /// `nameWord` for a token that is not ASCII: its bytes with each `’` read as `'`, as `tokens(of:)` reads them,
    /// then taken as an ASCII token's are; `unsplittable` when another byte is not ASCII. So the possessive `’s`
    /// (whose narration word is that of `'s`, which it would otherwise make unsplittable for the whole document)
    /// and `O’Malley` split like their ASCII spellings. (Out of line: few tokens hold a `’`.)
    @inline(never) private mutating func apostropheWord(_ raw: [UInt8], _ range: TextRange) -> Int32 {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.end - range.start)
        var index = range.start
        while index < range.end {
            let byte = raw[index]
            if byte < 0x80 {
                bytes.append(byte)
                index += 1
            } else if byte == 0xE2, index + 2 < range.end, raw[index + 1] == 0x80, raw[index + 2] == 0x99 {
                bytes.append(0x27)  // `’` -> `'`
                index += 3
            } else {
                return NameWords.unsplittable
            }
        }
        // As in `nameWord`: a final `'s`, then one final period.
        var stop = bytes.count
        if stop >= 2, bytes[stop - 2] == 0x27, bytes[stop - 1] | 0x20 == 0x73 {
            return stop == 2 ? NameWords.skipped : NameWords.unsplittable
        }
        if stop > 0, bytes[stop - 1] == 0x2E { stop -= 1 }
        guard stop > 0 else { return NameWords.skipped }
        // (The token's lexicon bits are those of its text with `’`: the word's are looked up.)
        if let (key, _) = PackedWord.lowercasing(bytes, 0..<stop) { return id(of: key) }
        return id(of: String(decoding: bytes[..<stop].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self))
    }
}

/// The indexes of entities by name word (and of pronouns by entity) that the resolver keeps in one `IDLists`:
/// each id's key in it is the id times `count` plus the index's own value.
private enum NameIndex: Int32 {
    /// Entities by the last word of their name (each entity once per word).
    case lastWord
    /// Entities by the first word of their name (each entity once per word).
    case firstWord
    /// Persons by the last word of each title.
    case titleWord
    /// Descriptions by their last word.
    case description
    /// The pronouns (mention indexes) that joined each entity, by entity id.
    case pronouns

    /// The number of indexes.
    static let count: Int32 = 5

    /// The key of `id` (a name word id, or an entity id for `pronouns`; not negative) in this index.
    func key(_ id: Int32) -> Int32 { NameIndex.count * id + rawValue }
}

/// The name words of all entities in one array, each entity's words a range of it: an entity then allocates (and
/// frees) no array of its own for them, which cost more than all the matching.
private struct WordPool {
    /// The words of all ranges given out.
    private var words: [Int32] = []

    /// An empty pool.
    init() {}

    /// This pool emptied, with room for `capacity` words (its storage kept), leaving this one empty.
    mutating func emptied(capacity: Int) -> WordPool {
        var pool = WordPool()
        pool.words = [Int32].reused(&words, capacity: capacity)
        return pool
    }

    /// The word at `index` (in a range given out).
    subscript(index: Int) -> Int32 { words[index] }

    /// Adds `list` and gives its range.
    mutating func add(_ list: [Int32]) -> Range<Int> {
        let start = words.count
        // Word by word: `append(contentsOf:)` costs more than the few words of a name.
        for word in list { words.append(word) }
        return start..<words.count
    }

    /// Adds `list` (not empty) with its last word replaced by `last` and gives its range.
    mutating func add(_ list: [Int32], lastReplacedBy last: Int32) -> Range<Int> {
        let start = words.count
        for word in list.dropLast() { words.append(word) }
        words.append(last)
        return start..<words.count
    }

    /// True when the words of `range` are `list`.
    func equals(_ range: Range<Int>, _ list: [Int32]) -> Bool {
        guard range.count == list.count else { return false }
        for k in list.indices where words[range.lowerBound + k] != list[k] { return false }
        return true
    }

    /// True when the words of `range` end with `suffix` (and both are non-empty): `SpeakerResolver.endsWith`.
    func endsWith(_ range: Range<Int>, _ suffix: [Int32]) -> Bool {
        guard !suffix.isEmpty, suffix.count <= range.count else { return false }
        let offset = range.upperBound - suffix.count
        for k in suffix.indices where words[offset + k] != suffix[k] { return false }
        return true
    }

    /// True when `list` ends with the words of `range` (and both are non-empty): `SpeakerResolver.endsWith`.
    func isSuffix(_ range: Range<Int>, of list: [Int32]) -> Bool {
        guard !range.isEmpty, range.count <= list.count else { return false }
        let offset = list.count - range.count
        for k in 0..<range.count where list[offset + k] != words[range.lowerBound + k] { return false }
        return true
    }

    /// True when `word` is one of the words of `range`.
    func contains(_ word: Int32, in range: Range<Int>) -> Bool { words[range].contains(word) }
}

/// The `WordPool` ranges of all entities' titles and the mentions they came from, as one list per entity (newest
/// first) in one array: an entity then allocates (and frees) no array of its own for them.
private struct TitleRanges {
    /// One title's range, the mention whose title it is (or spells out), and the entry of the same entity's title
    /// before it (-1 for none).
    private struct Entry {
        var words: Range<Int>
        var mention: Int32
        var previous: Int32
    }

    /// The entries of all lists, in the order added.
    private var entries: [Entry] = []

    /// The number of entries added.
    var count: Int { entries.count }

    /// These lists emptied (their storage kept), leaving these empty.
    mutating func emptied() -> TitleRanges {
        var ranges = TitleRanges()
        ranges.entries = [Entry].reused(&entries, capacity: 0)
        return ranges
    }

    /// Adds `words`, of the title of `mentions[mention]`, after the entry `previous` (-1 for none) of the same list,
    /// and gives the new entry.
    mutating func add(_ words: Range<Int>, of mention: Int, after previous: Int32) -> Int32 {
        if entries.isEmpty { entries.reserveCapacity(16) }  // (grown from none, it was allocated at 1, 2, 4...)
        entries.append(Entry(words: words, mention: Int32(mention), previous: previous))
        return Int32(entries.count - 1)
    }

    /// True when the title of the mention of an entry of the list ending at `last` is `title` (as `String`s
    /// compare): the entity has that title already.
    func contains(_ title: String, from last: Int32, in mentions: [Mention]) -> Bool {
        var entry = Int(last)
        while entry >= 0 {
            if mentions[Int(entries[entry].mention)].title == title { return true }
            entry = Int(entries[entry].previous)
        }
        return false
    }

    /// The range of `entry`.
    func words(of entry: Int) -> Range<Int> { entries[entry].words }

    /// The entry added before `entry` to the same list, or -1.
    func entry(before entry: Int) -> Int { Int(entries[entry].previous) }
}

/// Lists of ids by a dense key (entities by name word id, mentions by entity id), in the order listed: one linked
/// list per key in flat arrays (newest entry first), so that listing allocates nothing per key.
private struct IDLists {
    /// One listed id and the entry listed before it for the same key (-1 for none).
    private struct Entry {
        var id: Int
        var previous: Int32
    }

    /// The newest entry for each key, or -1.
    private var newest: [Int32] = []
    /// The entries of all lists.
    private var entries: [Entry] = []

    /// Empty lists with room for `capacity` entries in all, and for keys below `keys` without growing (growing
    /// key by key costs an allocation and a copy each time).
    init(capacity: Int = 0, keys: Int = 0) {
        entries.reserveCapacity(capacity)
        if keys > 0 { newest = [Int32].filled(with: -1, count: keys) }
    }

    /// These lists emptied (their storage kept), with room as `init(capacity:keys:)` makes it, leaving these empty.
    mutating func emptied(capacity: Int, keys: Int) -> IDLists {
        var lists = IDLists()
        lists.entries = [Entry].reused(&entries, capacity: capacity)
        lists.newest = [Int32].reused(&newest, filledWith: -1, count: keys)
        return lists
    }

    /// The newest entry for `key`, or -1.
    private func first(for key: Int32) -> Int { Int(key) < newest.count ? Int(newest[Int(key)]) : -1 }

    /// The id listed last for `key`, or nil.
    func last(for key: Int32) -> Int? {
        let entry = first(for: key)
        return entry >= 0 ? entries[entry].id : nil
    }

    /// The id listed last for `key` that `matches`, or nil (`Array.last(where:)` on the list).
    func last(for key: Int32, where matches: (Int) -> Bool) -> Int? {
        var entry = first(for: key)
        while entry >= 0 {
            if matches(entries[entry].id) { return entries[entry].id }
            entry = Int(entries[entry].previous)
        }
        return nil
    }

    /// The newest entry for `key`, or -1: with `id(ofEntry:)` and `entry(before:)`, a list is walked without a
    /// closure.
    func newestEntry(for key: Int32) -> Int { first(for: key) }

    /// The id of `entry`.
    func id(ofEntry entry: Int) -> Int { entries[entry].id }

    /// The entry listed before `entry` for the same key, or -1.
    func entry(before entry: Int) -> Int { Int(entries[entry].previous) }

    /// Appends the ids listed for `key` to `array`, the last listed first.
    func appendElements(for key: Int32, to array: inout [Int]) {
        var entry = first(for: key)
        while entry >= 0 {
            array.append(entries[entry].id)
            entry = Int(entries[entry].previous)
        }
    }

    /// Lists `id` for `key`.
    mutating func append(_ id: Int, for key: Int32) {
        let slot = Int(key)
        if slot >= newest.count {
            // At least doubled, so that keys given one by one cost amortised constant time.
            newest.append(contentsOf: repeatElement(-1, count: max(slot + 1, 2 * newest.count, 64) - newest.count))
        }
        entries.append(Entry(id: id, previous: newest[slot]))
        newest[slot] = Int32(entries.count - 1)
    }

    /// Lists `id` for `key` unless it is already the last listed for it.
    mutating func appendUnlessLast(_ id: Int, for key: Int32) {
        if last(for: key) != id { append(id, for: key) }
    }
}

extension Array {
    /// `Array(repeating: value, count: count)`, allocated through `reserveCapacity`, which is specialized for the
    /// element type: `Array(repeating:count:)` allocates through a generic function of the standard library that
    /// looks the storage's type up in the runtime's metadata cache each time (a few hundred instructions, and a
    /// document's speakers are resolved with a dozen or so such arrays).
    fileprivate static func filled(with value: Element, count: Int) -> [Element] {
        // (No capacity asked for none: the empty array's storage is shared.)
        guard count > 0 else { return [] }
        var array: [Element] = []
        array.reserveCapacity(count)
        array.append(contentsOf: repeatElement(value, count: count))
        return array
    }
}
