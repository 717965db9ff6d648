/// Stage 3: Document + [Quote] -> [Mention]. Names, pronouns and descriptions in the narration.
///
/// Syntax-free: a name is a run of capitalised words (with initials, `de`/`van`-style particles and
/// possessives); a leading run of title words (`British Foreign Secretary`) is its title; a description is
/// a determiner followed by a known head noun within four words (`a senior U.S. official`).
struct MentionDetector {
    /// Mentions plus the token span of each, and which mention covers each token.
    struct Result {
        var mentions: [Mention]
        /// The token span of each mention.
        var tokenRanges: TokenSpans
        /// The token span of each mention's name (`Mention.name` is the text of these tokens).
        var nameRanges: NameSpans
        /// For each token, the mention that covers it, or -1.
        var mentionAt: [Int]

        /// The token span of mention `m`'s title (`Mention.title` is the text of these tokens when it has one):
        /// the tokens before its name.
        func titleRange(of m: Int) -> Range<Int> { tokenRanges[m].lowerBound..<nameRanges[m].lowerBound }
    }

    /// `Result.tokenRanges`: the token span of each mention, read in place from the records the mentions were built
    /// from (no array of spans is made and freed per document). A collection, as the array it stands for.
    struct TokenSpans: RandomAccessCollection {
        /// The mentions' records, one per mention.
        fileprivate let found: [Found]
        /// 0.
        var startIndex: Int { 0 }
        /// The number of mentions.
        var endIndex: Int { found.count }
        /// The token span of mention `m`.
        subscript(m: Int) -> Range<Int> { found[m].range }
    }

    /// `Result.nameRanges`: the token span of each mention's name, read in place as `TokenSpans` reads its span.
    struct NameSpans: RandomAccessCollection {
        /// The mentions' records, one per mention.
        fileprivate let found: [Found]
        /// 0.
        var startIndex: Int { 0 }
        /// The number of mentions.
        var endIndex: Int { found.count }
        /// The token span of mention `m`'s name.
        subscript(m: Int) -> Range<Int> { found[m].name }
    }

    /// True for a cue form that can only be a verb here (`said`, `added`, `says`), not a noun (`reply`).
    static func isFiniteVerb(_ word: String) -> Bool {
        word.hasSuffix("ed") || (word.hasSuffix("s") && !word.hasSuffix("ss"))
            || ["said", "told", "wrote", "spoke", "swore", "thought"].contains(word)
    }

    /// The lexicon flags of a word that names a group or a place, or is a pronoun: such a word opening a sentence
    /// before a preposition stays a name (`Republicans on Capitol Hill`).
    static let groupOrPlace: LexiconFlags = [
        .pronoun, .nominalHead, .demonym, .organisationWord, .barePlural, .place, .placeFirstWord,
    ]

    /// The lexicon flags of a word in lower case that may start a mention (see `mentions(in:narration:)`).
    static let lowerCaseStarts: LexiconFlags = [
        .pronoun, .hasApostrophe, .determiner, .endsInApostropheS, .startsWithNumber, .barePlural,
    ]

    /// `narration.lower(of: k) == word` for a word of `prepositions` (`as`, `of`, `for`): the String is compared
    /// only when the token has the `preposition` flag, as such a word always does.
    static func isPreposition(_ narration: Narration, _ k: Int, _ word: String) -> Bool {
        narration.tokens[k].lexicon.contains(.preposition) && narration.lower(of: k).equals(word)
    }

    /// True when token `k` is a name written with the Arabic article: `al-Assad`, `el-Sisi`, `al-Sudani`.
    static func isArabicArticleName(_ k: Int, _ narration: Narration) -> Bool {
        guard narration.tokens[k].range.length > 4, narration.tokens[k].isWord else { return false }
        // (Three bytes read off an iterator: the generic `starts(with:)` cost 3.5 M instructions on PolNeAR train.)
        var bytes = narration.lower(of: k).utf8.makeIterator()
        guard let first = bytes.next(), first == 0x61 || first == 0x65 else { return false }
        return bytes.next() == 0x6C && bytes.next() == 0x2D
    }

    /// The suffixes that tell a father and son of one name apart (`Jr.`, `III`).
    static let generationalSuffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]

    /// Letters written after a name, never part of it: honours and offices (`KC`, `QC`, `MP`, `OBE`).
    private static let postNominals: Set<String> = [
        "kc", "qc", "mp", "mep", "msp", "obe", "mbe", "cbe", "kbe", "dbe", "frs", "phd", "td", "mla", "mpp", "mna",
    ]

    /// True when token `k` (in capitals) is an office written in capitals: `CEO`, `CFO`, `MP` (not `U.S.`).
    static func isTitleInCapitals(_ k: Int, _ narration: Narration) -> Bool {
        narration.tokens[k].range.length <= 3 && titlesInCapitals.contains(narration.lower(of: k))
    }

    /// Offices written in capitals (`isTitleInCapitals`).
    private static let titlesInCapitals: Set<String> = [
        "ceo", "cfo", "coo", "cto", "mp", "mep", "msp", "td", "mla", "mpp", "mna",
    ]

    /// True when token `k` (in capitals) is one of `postNominals`.
    static func isPostNominal(_ k: Int, _ narration: Narration) -> Bool {
        narration.tokens[k].range.length <= 3 && postNominals.contains(narration.lower(of: k))
    }

    /// True when token `k` is an `&` between two capitalised words of a paragraph: `Procter & Gamble`, `AT&T`,
    /// `Marks & Spencer`, `Simon & Schuster`. Not when a first name and a surname stand on either side, or a first
    /// name opens the run and another follows the `&` (`Tom Smith & Anna Berg`, `Kate & Gerry McCann`: two people).
    static func isAmpersandInName(_ k: Int, from start: Int, _ narration: Narration) -> Bool {
        let tokens = narration.tokens
        guard k > 0, k + 1 < tokens.count, tokens[k - 1].isCapitalized, tokens[k + 1].isCapitalized,
            tokens[k + 1].isWord, tokens[k + 1].paragraph == tokens[k].paragraph, narration.lower(of: k).equals("&")
        else { return false }
        let firstNameAfter = !tokens[k + 1].lexicon.isDisjoint(with: .firstName)
        // A first name and the surname after it (`Anna Berg`, `Gerry McCann`), not a name's last word (`Spencer`).
        let fullNameAfter =
            firstNameAfter && k + 2 < tokens.count && tokens[k + 2].isWord && tokens[k + 2].isCapitalized
            && tokens[k + 2].paragraph == tokens[k].paragraph && !tokens[k + 2].lexicon.contains(.personTitle)
        let firstNameBefore = (start..<k).contains { !tokens[$0].lexicon.isDisjoint(with: .firstName) }
        return !fullNameAfter && !(firstNameBefore && (firstNameAfter || k - start >= 2))
    }

    /// The words of a body's name that end one of its names (`Administration`, `Commission`, `Service`): after
    /// `and`, they show that the words before it belong to the same name.
    private static let bodyHeads: Set<String> = [
        "administration", "commission", "service", "services", "bureau", "agency", "committee", "council", "board",
        "authority", "institute", "association", "foundation", "corporation", "company", "corp", "inc", "fund",
        "department", "ministry", "enforcement", "prevention", "development", "security", "affairs", "directorate",
    ]

    /// True when the `and` at token `and` goes on with the body named from `start`: the capitalised words after it
    /// hold no title and no first name, and either the run so far names a body's part (`Department of Health and
    /// Human Services`, `Centers for Disease Control and Prevention`: `namesBodyOf`; at most four words follow, which
    /// end with a body's head word or are two or more), or `the` opens the run, none of the words before `and` is a
    /// title, a first name, a place or in capitals, and the words after it end with a body's head word (`the Food
    /// and Drug Administration`, `the Securities and Exchange Commission`; without `the` when the body's officer
    /// follows: `Securities and Exchange Commission Chair Gary Gensler`). Two people (`Tom Smith and Anna Berg`),
    /// a person and a body (`Obama and White House officials`), two bodies (`The FBI and Homeland Security`) stay
    /// apart.
    static func bodyGoesOnAfterAnd(from start: Int, at and: Int, namesBodyOf: Bool, _ narration: Narration) -> Bool {
        let tokens = narration.tokens
        var end = and + 1
        // True when a title follows the body's head word (`Securities and Exchange Commission Chair Gary Gensler`).
        var titled = false
        // True when a word that only modifies an office came after `and` (`Education and Health Minister`): then
        // only a portfolio's office may end the run.
        var modified = false
        while end < tokens.count, end < and + 5, tokens[end].isWord, tokens[end].isCapitalized,
            tokens[end].paragraph == tokens[and].paragraph
        {
            if tokens[end].lexicon.contains(.titleModifier), end + 1 < tokens.count,
                tokens[end + 1].lexicon.contains(.personTitle)
            {
                modified = true
                end += 1
                continue
            }
            guard tokens[end].lexicon.isDisjoint(with: .personal) else {
                guard end > and + 1, tokens[end].lexicon.contains(.personTitle) else { return false }
                titled = bodyHeads.contains(narration.lower(of: end - 1))
                if !titled {
                    // `Health and Social Care Secretary Wes Streeting`: the office of a portfolio named in two parts.
                    return isPortfolio(start..<end + 1, at: and, narration)
                }
                break
            }
            end += 1
            if tokens[end - 1].endsSentence { break }
        }
        guard end > and + 1, !modified,
            titled || end == tokens.count || !tokens[end].isWord || !tokens[end].isCapitalized
        else {
            return false
        }
        let endsWithHead = bodyHeads.contains(narration.lower(of: end - 1))
        // After a body's part, a head word or two words of no place (`Health and Social Care`); one word may be
        // someone or somewhere else (`The Bank of England and Reeves`, `The Ministry of Defence and Ukraine`).
        if namesBodyOf {
            return endsWithHead || (end - and > 2 && !tokens[end - 1].lexicon.contains(.place))
        }
        // Else common words in capitals before `and`, after `the`, and none a title, a first name, a place or
        // initials (`the Food and Drug Administration`; not `Warren and Treasury Department`, `The FBI and Homeland
        // Security`).
        guard endsWithHead, titled || (start > 0 && narration.lower(of: start - 1).equals("the")) else { return false }
        return (start..<and).allSatisfy {
            tokens[$0].lexicon.isDisjoint(with: LexiconFlags.personal.union(.place)) && !tokens[$0].isAllCaps
        }
    }

    /// The words that name a portfolio (`Health and Social Care`, `Work and Pensions`, `Police and Crime`): all the
    /// words of a portfolio joined by `and` must be such words, so that a surname before `and` is never taken for
    /// one (`Albanese and Foreign Minister Penny Wong` are two people).
    private static let portfolioWords: Set<String> = [
        "health", "social", "care", "work", "pensions", "police", "crime", "environment", "climate", "change",
        "education", "skills", "foreign", "commonwealth", "development", "defence", "defense", "business", "trade",
        "energy", "net", "zero", "culture", "media", "sport", "science", "technology", "innovation", "transport",
        "housing", "communities", "local", "government", "justice", "home", "affairs", "agriculture", "food",
        "rural", "fisheries", "oceans", "finance", "treasury", "employment", "labour", "labor", "industry",
        "infrastructure", "immigration", "citizenship", "refugees", "veterans", "families", "children", "women",
        "equality", "equalities", "digital", "planning", "water", "resources", "mining", "tourism", "forestry",
        "lands", "heritage", "arts", "youth", "indigenous", "public", "safety", "security", "intelligence",
        "economic", "international", "cooperation", "northern", "ireland", "scotland", "wales", "enterprise",
        "regional", "disability", "mental", "wellbeing", "consumer", "competition", "revenue", "customs", "land",
        "natural", "parks", "wildlife", "emergency", "services", "communications", "information", "internal",
        "external", "interior", "petroleum", "gas", "power", "electricity", "universities", "schools", "aged",
        "ageing", "sports", "recreation", "tertiary", "higher", "further", "training",
    ]

    /// The offices held over a portfolio, named before them in capitals (`Work and Pensions Secretary`).
    private static let portfolioTitles: Set<String> = [
        "secretary", "minister", "commissioner", "spokesperson", "spokesman", "spokeswoman", "critic", "chair",
    ]

    /// True when `run`, joined by the `and` at token `and`, names a portfolio and the office over it, before the
    /// holder's name (`Health and Social Care Secretary Wes Streeting`, `Police and Crime Commissioner Jane Smith`,
    /// `Environment and Climate Change Minister Steven Guilbeault`): the run's last word is such an office, a
    /// capitalised word follows it, and its other words (at most three before `and`) are words of a portfolio
    /// (`portfolioWords`). Not `Biden and Vice President Kamala Harris` (a title right after `and`), `Trump and
    /// Republican Senator Ted Cruz` (no portfolio's office) nor `Albanese and Foreign Minister Penny Wong` (a
    /// surname before `and`).
    private static func isPortfolio(_ run: Range<Int>, at and: Int, _ narration: Narration) -> Bool {
        let tokens = narration.tokens
        let office = run.upperBound - 1
        guard and - run.lowerBound <= 3, office + 1 < tokens.count, tokens[office + 1].isWord,
            tokens[office + 1].isCapitalized, tokens[office + 1].paragraph == tokens[office].paragraph,
            portfolioTitles.contains(narration.lower(of: office))
        else { return false }
        // (`Health`, `Foreign`: words that only modify an office may name its portfolio.)
        return run.dropLast().allSatisfy {
            $0 == and
                || (tokens[$0].isCapitalized && !tokens[$0].isAllCaps
                    && portfolioWords.contains(narration.lower(of: $0)))
        }
    }

    /// True when the capitalised word at `index`, opening its sentence and ending like a participle or an adverb,
    /// is a surname, as the cue right after it shows: `Manning told`, `Reed added` (not `Having said that`,
    /// `Being asked`); for a word ending in `-ly`, only where the cue ends its clause, is `told`, or the word
    /// follows a quote (`"…," Connolly said.`, `Daly said:`, `Connolly told the BBC`), as an adverb's cue goes on
    /// (`Gravely replied the doctor`, `Repeatedly asked whether …`, `Strictly speaking, …`, `Widely praised for …`).
    static func isSurnameBeforeCue(_ index: Int, _ narration: Narration) -> Bool {
        let tokens = narration.tokens
        guard index + 1 < tokens.count, tokens[index + 1].isCue, !tokens[index + 1].lexicon.contains(.endsInIng),
            !isAuxiliaryParticiple(narration.lower(of: index))
        else { return false }
        guard tokens[index].lexicon.contains(.endsInLy) else { return true }
        let afterQuote = index > 0 && tokens[index - 1].quoteID != nil
        let clauseEnds =
            index + 2 >= tokens.count || !tokens[index + 2].isWord
            || tokens[index + 2].paragraph != tokens[index].paragraph
        // (`told` takes its object, never an inverted subject: `Connolly told the BBC`.)
        return afterQuote || clauseEnds || narration.lower(of: index + 1).equals("told")
    }

    /// True for `having` and `being`, which open a participle's clause before a cue (`Having said that, …`).
    static func isAuxiliaryParticiple(_ lowered: String) -> Bool {
        lowered.equals("having") || lowered.equals("being")
    }

    /// True when token `k`, a determiner, is `one` or `another` standing alone as the subject of a cue: right
    /// after a quote's cue and before no noun (`"…," said one.`, `said one of those advisers`, `said one, who …`),
    /// or before a cue right after a quote or at the start of its sentence (`"…," one said`, `Another tweeted,`).
    /// Not `No one said`, `one said` inside a sentence, `One tweet said`, `One thought after another`, nor `said one
    /// of the organisers, Sarah Lee`.
    static func isLoneSpeaker(_ k: Int, _ narration: Narration) -> Bool {
        let tokens = narration.tokens
        guard k + 1 < tokens.count else { return false }
        let next = tokens[k + 1]
        // (The places first, the word last: most determiners stand in neither place, and a word is compared as a
        // String.)
        let afterCue = k >= 1 && tokens[k - 1].isCue && followsQuote(k - 1, in: tokens)
        guard afterCue || next.isCue else { return false }
        let word = narration.lower(of: k)
        guard word.equals("one") || word.equals("another") else { return false }
        if afterCue, next.paragraph == tokens[k].paragraph {
            guard next.isWord, narration.lower(of: k + 1).equals("of") else {
                return !next.isWord || isBeforeWho(k, narration)
            }
            // `said one of the organisers, Sarah Lee`: the name set off after the phrase is the speaker.
            return apposedNameStart(afterOneOf: k, narration, before: narration.sentenceEnd(of: k)) == nil
        }
        let opensSentence =
            k == 0 || tokens[k - 1].endsSentence || tokens[k - 1].kind == .quote
            || tokens[k - 1].paragraph != tokens[k].paragraph
        guard opensSentence, next.isCue, next.paragraph == tokens[k].paragraph, k + 2 < tokens.count,
            tokens[k + 2].paragraph == next.paragraph
        else { return false }
        // The cue then ends its clause or opens the words said (`one said.`, `Another wrote, "…"`, `Another said
        // he …`), unlike a cue form that is a noun (`One thought after another came`; `One tweet said`).
        let after = tokens[k + 2]
        return !after.isWord || after.lexicon.contains(.pronoun) || narration.lower(of: k + 2).equals("that")
    }

    /// The first capitalised token right after a comma that follows `one of` at token `k`, before token `limit`
    /// (`Sarah` in `one of the organisers, Sarah Lee`), or nil.
    static func apposedNameStart(afterOneOf k: Int, _ narration: Narration, before limit: Int) -> Int? {
        var j = k + 2
        while j + 1 < limit {
            if isComma(narration, j) && narration.tokens[j + 1].isCapitalized { return j + 1 }
            j += 1
        }
        return nil
    }

    /// True when the generic description from token `k` (`A young man in a hooded sweatshirt, …`, `One older man,
    /// …`) opens with `a`, `an` or `one` and a cue follows it in its sentence (`…, said he had come every week`):
    /// the news's unnamed speaker, not fiction's way of naming a character (`The young man looked up`).
    @inline(never) static func introducesSpeaker(_ k: Int, headEnd: Int, _ narration: Narration) -> Bool {
        let word = narration.lower(of: k)
        guard word.equals("a") || word.equals("an") || word.equals("one") else { return false }
        let end = narration.sentenceEnd(of: k)
        var j = headEnd
        while j < end, !narration.tokens[j].isCue { j += 1 }
        return j < end
    }

    /// True when token `k` is followed by `, who`.
    @inline(never) static func isBeforeWho(_ k: Int, _ narration: Narration) -> Bool {
        k + 2 < narration.tokens.count && isComma(narration, k + 1) && narration.lower(of: k + 2).equals("who")
    }

    /// True when token `k`, between a description and a name, sets the name off as its apposition: a comma, a
    /// dash, `called` or `named` (`The group's leader, John Smith`, `The man called Gogol`).
    static func introducesApposition(_ k: Int, _ narration: Narration) -> Bool {
        narration.tokens[k].lexicon.contains(.commaOrDash) || narration.lower(of: k).equals("called")
            || narration.lower(of: k).equals("named")
    }

    /// True when the name at token `k` follows `called` or `named` after a thing's noun (`The school, called Second
    /// Sitting`, `an app named Tandem`), not a person's (`a boy called Reece`).
    static func namesAThing(before k: Int, _ narration: Narration) -> Bool {
        // (The flag first: a String is compared only after a word in `-ed`.)
        guard k >= 2, narration.tokens[k - 1].lexicon.contains(.endsInEd) else { return false }
        let verb = narration.lower(of: k - 1)
        guard verb.equals("called") || verb.equals("named") else { return false }
        let head = isComma(narration, k - 2) && k >= 3 ? k - 3 : k - 2
        return namedThingHeads.contains(narration.lower(of: head))
    }

    /// Nouns of things that a name may follow with `called` or `named`.
    private static let namedThingHeads: Set<String> = [
        "academy", "album", "app", "band", "bar", "bill", "blog", "book", "brand", "business", "cafe", "café",
        "campaign", "centre", "center", "charity", "clinic", "club", "college", "company", "course", "device",
        "documentary", "estate", "festival", "film", "firm", "foundation", "fund", "game", "group", "hotel",
        "initiative", "label", "magazine", "network", "newsletter", "novel", "operation", "organisation",
        "organization", "platform", "play", "podcast", "product", "programme", "program", "project", "pub",
        "restaurant", "scheme", "school", "series", "service", "shop", "show", "software", "song", "startup",
        "store", "system", "team", "tool", "trust", "venture", "venue", "website",
    ]

    /// True when the words before token `k` give the name that follows (`who gave his name only as`, `identified
    /// only as`, `known only as`).
    static func isNameGiven(before k: Int, _ narration: Narration) -> Bool {
        guard k >= 3, narration.lower(of: k - 1).equals("as") else { return false }
        var j = k - 2
        if narration.lower(of: j).equals("only") { j -= 1 }
        var word = narration.lower(of: j)
        if word.equals("identified") || word.equals("known") || word.equals("named") { return true }
        // `who identified herself only as Leila`
        if word.equals("herself") || word.equals("himself") || word.equals("themselves") {
            return j >= 1 && narration.lower(of: j - 1).equals("identified")
        }
        // `who gave his name only as Mike`, `who gave her first name as Claire`, `would only give her name as`
        guard word.equals("name"), j >= 2 else { return false }
        j -= 1
        if narration.lower(of: j).equals("first") { j -= 1 }
        word = narration.lower(of: j)
        guard j >= 1, word.equals("his") || word.equals("her") || word.equals("their") else { return false }
        j -= 1
        if narration.lower(of: j).equals("only"), j >= 1 { j -= 1 }
        let verb = narration.lower(of: j)
        return verb.equals("gave") || verb.equals("gives") || verb.equals("giving") || verb.equals("give")
    }

    /// True when the one-sentence name `range` (its sentence ends right after it) ends in `?`, is its paragraph, or
    /// stands next to another sentence of one word: `Anxiety. Anaemia.`, `Groans.`, `Cassandra?`.
    static func isFragmentAmongFragments(_ range: Range<Int>, _ narration: Narration) -> Bool {
        let tokens = narration.tokens
        let end = range.upperBound  // the punctuation that ends it
        if narration.lower(of: end).equals("?") { return true }
        let paragraph = tokens[range.lowerBound].paragraph
        let first = range.lowerBound == 0 || tokens[range.lowerBound - 1].paragraph != paragraph
        let last = end + 1 >= tokens.count || tokens[end + 1].paragraph != paragraph
        if first && last { return true }
        // The sentence before: one word and its stop.
        if range.lowerBound >= 2, tokens[range.lowerBound - 1].endsSentence, tokens[range.lowerBound - 2].isWord,
            range.lowerBound == 2 || tokens[range.lowerBound - 3].endsSentence
                || tokens[range.lowerBound - 3].paragraph != paragraph
        {
            return true
        }
        // The sentence after: one word and its stop.
        return end + 2 < tokens.count && tokens[end + 1].isWord && tokens[end + 1].paragraph == paragraph
            && tokens[end + 2].endsSentence
    }

    /// True when a comma and then a cue follow token `start` in its sentence (`…, was killed in the bombing,
    /// said`): the words before are a clause set off before the sentence's cue.
    static func cueAfterComma(from start: Int, _ narration: Narration) -> Bool {
        guard start < narration.tokens.count else { return false }
        let end = narration.sentenceEnd(of: start)
        var k = start
        while k + 1 < end {
            if isComma(narration, k), narration.tokens[k + 1].isCue { return true }
            k += 1
        }
        return false
    }

    /// True when `title`, one word opening its sentence, is a trade (`isTrade`) and at most two words in lower case
    /// stand between it and name `name`: `Nurse specialist Jo`, `Architect turned farmer Tom Hale`.
    static func isFalseTitle(_ title: Range<Int>, before name: Range<Int>, _ narration: Narration) -> Bool {
        let tokens = narration.tokens
        guard title.count == 1, title.upperBound < name.lowerBound, name.lowerBound - title.upperBound <= 2,
            title.lowerBound == 0 || tokens[title.lowerBound - 1].endsSentence
                || tokens[title.lowerBound - 1].paragraph != tokens[title.lowerBound].paragraph,
            !tokens[title.lowerBound].isAllCaps, isTrade(title.lowerBound, narration)
        else { return false }
        for k in title.upperBound..<name.lowerBound {
            guard tokens[k].isWord, !tokens[k].isCapitalized, !tokens[k].isCue,
                tokens[k].lexicon.isDisjoint(with: [.clauseVerb, .pronoun, .determiner, .preposition])
            else { return false }
        }
        return true
    }

    /// True when the tokens from `start` to name `name` are `'s`, up to five words in lower case (`of` among them)
    /// and a comma, and a comma follows the name: `Corvane['s head of hardware,] Daniel Achterberg,`.
    static func isPossessiveApposition(from start: Int, to name: Range<Int>, _ narration: Narration) -> Bool {
        let tokens = narration.tokens
        guard start < name.lowerBound, tokens[start].lexicon.contains(.possessive), name.upperBound < tokens.count,
            name.lowerBound - start >= 3, name.lowerBound - start <= 7, isComma(narration, name.lowerBound - 1),
            isComma(narration, name.upperBound)
        else { return false }
        for k in start + 1..<name.lowerBound - 1 {
            guard tokens[k].isWord, !tokens[k].isCapitalized, !tokens[k].isCue,
                tokens[k].lexicon.isDisjoint(with: [.clauseVerb, .pronoun, .determiner])
            else { return false }
        }
        return true
    }

    /// `narration.lower(of: k) == ","`, compared only when the token has the `commaOrDash` flag (`isCommaOrDash`),
    /// as a comma always does.
    static func isComma(_ narration: Narration, _ k: Int) -> Bool {
        narration.tokens[k].lexicon.contains(.commaOrDash) && narration.lower(of: k).equals(",")
    }

    /// Title modifiers that name a body or a party alone (`State said`, `a Democrat`, `GOP`, `the Crown said`).
    static let modifiersThatName: Set<String> = [
        "state", "republican", "democratic", "democrat", "gop", "u.s", "us", "crown",
    ]

    /// Plural nouns that stand for anonymous speakers without a determiner (`officials said`).
    static let barePlurals: [String] = [
        "officials", "sources", "critics", "aides", "analysts", "experts", "residents", "witnesses", "police",
        "authorities", "diplomats", "protesters", "supporters", "lawmakers", "democrats", "republicans",
        "groups", "outlets", "observers", "activists", "advocates", "opponents",
    ]

    /// Trades and parts the news quotes as a group without a determiner (`researchers said`, `nurses told the
    /// BBC`), but which are as often the object of a story's verbs (`the principal told students`): a group only
    /// where it speaks (`MentionDetector.tradeGroupSpeaks`). Not those most often an object (`voters`,
    /// `employees`, `customers`).
    static let tradePlurals: [String] = [
        "researchers", "scientists", "doctors", "physicians", "nurses", "teachers", "workers", "students",
        "parents", "economists", "investigators", "prosecutors", "lawyers", "attorneys", "staff", "staffers",
        "troops", "firefighters", "paramedics", "farmers", "villagers", "locals", "fans", "executives",
        "organisers", "organizers", "volunteers", "campaigners", "scholars", "historians", "engineers", "bankers",
        "regulators", "inspectors", "negotiators", "rescuers", "survivors", "legislators", "insiders", "authors",
    ]

    /// Heads naming someone by a relation (`Anne's mother`): in fiction these stand for a character we
    /// cannot name, so they are not made speakers from a possessive.
    static let relationalHeads: Set<String> = [
        "mother", "father", "wife", "husband", "sister", "brother", "aunt", "uncle", "son", "daughter", "cousin",
        "friend", "voice", "companion", "maid", "servant", "nurse", "lover", "guardian", "niece", "nephew",
        "grandmother", "grandfather",
    ]

    /// Words that end a description (`the man who`, `a source with`).
    static let nominalStops: [String] = [
        "who", "that", "which", "and", "was", "is", "has", "had", "to", "of", "in", "on", "at", "for", "with",
        // Another article or possessive, a preposition or a past-tense verb opens another phrase: in `the kitchen a
        // voice`, `a visit from their brother` and `On a divan sat Lady Sarah`, `the`/`a` name nobody.
        "the", "a", "an", "his", "their", "its", "our", "my", "your", "from", "after", "before", "into", "by",
        "about", "than", "over", "under", "toward", "towards", "without", "between", "against", "sat", "stood",
        "lay", "found", "saw", "met", "came", "went", "were",
        // An auxiliary, a modal or an adverb is no head either: `one would say`, `my father often said`.
        "would", "could", "should", "will", "can", "may", "might", "must", "shall", "did", "does", "do", "not",
        "never", "often", "always", "also", "then", "still", "just", "now", "once", "again", "only", "soon",
    ]
    static let prepositions: [String] = [
        "of", "to", "with", "by", "for", "from", "at", "in", "on", "about", "against", "between", "'s", "than", "like",
        "over", "under", "into", "toward", "towards", "without", "after", "before", "as",
    ]
    static let sentenceAdverbs: [String] = [
        "hitherto", "presently", "suddenly", "common", "meanwhile", "instead", "nevertheless", "besides", "moreover",
        "opposite", "therefore", "thus", "hence", "otherwise", "anyway", "certainly", "surely", "possibly", "probably",
        "unfortunately", "fortunately", "luckily", "yesterday", "today", "tomorrow", "tonight", "afterwards", "later",
        "once", "again", "soon", "sometimes", "often", "always", "never", "perhaps", "maybe",
        // `Hours later, Trump …`
        "hours", "minutes", "days", "weeks", "months", "years", "moments", "decades", "seconds", "earlier",
        "nonetheless", "behind", "ever", "likewise", "overall", "afterward", "beyond", "indeed", "thereafter", "back",
        // interjections and adverbs that open a line of dialogue or narration
        "hm", "hmm", "ha", "aha", "eh", "bonjour", "enough", "thence", "hence", "whence", "very", "quite", "rather",
        "common", "somehow",
    ]
    /// Common words that often open a sentence and are rarely a lone name (`Multiple outlets reported`, `Small
    /// groups of protesters chanted`, `Signs of momentum …`): not a name unless capitalised inside a sentence too.
    static let commonOpeners: [String] = [
        "first", "second", "third", "last", "latest", "next", "multiple", "other", "another", "such", "more", "less",
        "half", "small", "large", "big", "little", "huge", "new", "old", "top", "local", "federal", "national",
        "recent", "early", "key", "major", "various", "numerous", "signs", "talk", "news", "word", "asked",
        "speaking", "according", "despite", "without", "within", "among", "amid", "following", "under", "over",
        "between", "against", "about", "around", "during", "until", "unless", "since", "although", "though", "while",
        "whereas", "because", "after", "before", "if", "when", "where", "why", "how", "what", "which", "whose",
        "that", "this", "these", "those", "there", "here", "still", "yet", "however", "also", "only", "even", "just",
        "finally", "ultimately", "separately", "similarly", "additionally", "furthermore", "now", "then", "so",
        "but", "and", "or", "nor", "along", "unlike", "like", "upon", "across", "behind", "beyond", "including",
        "regarding", "throughout", "via", "per",
        // Fiction's epithets (`Poor Elinor was …`).
        "poor", "clever", "stupid",
        // Participles that open a sentence without `-ed` (`Born Philip Rhys Morgan in 1944, he …`).
        "born", "raised", "known", "given", "taken", "seen", "shown", "chosen", "driven", "written", "sworn",
    ]
    static let particles: [String] = [
        "de", "da", "van", "von", "der", "den", "le", "la", "del", "bin", "al", "di", "du", "st.", "ter", "ten", "dos",
        "zu", "zum", "zur", "ap", "ab", "ibn", "bint", "binti", "af",
    ]
    static let femaleNouns: [String] = [
        "woman", "lady", "girl", "mother", "sister", "wife", "daughter", "aunt", "hostess", "actress", "spokeswoman",
        "mistress", "landlady", "queen", "princess", "nurse", "maid", "lass", "businesswoman", "chairwoman",
        "congresswoman",
    ]
    static let maleNouns: [String] = [
        "man", "gentleman", "boy", "father", "brother", "husband", "son", "uncle", "host", "actor", "spokesman",
        "master", "landlord", "king", "prince", "lad", "businessman", "chairman", "congressman", "clergyman", "curate",
        "rector", "vicar", "fellow",
    ]

    func mentions(in document: Document, narration: Narration) -> Result {
        let tokens = narration.tokens
        // The mentions found with their token spans, their texts read only once all are known (`Found`).
        var mentions: [Found] = []
        // About one mention in every twelve tokens, up to one in eight in dialogue: sized so that it seldom grows.
        mentions.reserveCapacity(tokens.count / 8)
        var index = 0
        // Words also seen in lower case are common words when they open a sentence (`Rival`, `Shifting`).
        // Headlines (`Marsh Sees 'Real Danger'`) capitalise every word: there a name only runs over words
        // also capitalised in the body (`Marsh`, not `Marsh Sees`). What is seen of each word, by `Token.word`
        // (one array: a capitalised word is marked by one write), with what it stands for as a pronoun mention (one
        // array for both: an array fewer to allocate and free per document).
        // The three working arrays below (`headlines`, `words`, `starts`) are this thread's `Workspace`'s: a document
        // allocates and frees none of them. (Moved out and, at the end, back in.)
        let stored = MentionDetector.workspaces.current
        var workspace = Workspace()
        swap(&workspace, &stored.pointee)
        var headlines = MentionDetector.headlineParagraphs(narration, into: &workspace.headlines)
        var words = [WordFacts].reused(&workspace.words, filledWith: WordFacts(), count: narration.vocabularySize)
        // The same pass lists the tokens that may start a mention, in text order: the words capitalised or with one
        // of the `lowerCaseStarts` flags (about one token in four), the first `startCount` of `starts`. The search
        // below goes from one to the next, without reading the tokens between. (Written by index into an array of
        // the greatest size: an append per start tested the array's capacity and uniqueness.) With each start goes
        // the last token before it that ends a sentence, for the start of its sentence (`add`).
        // (Kept at the greatest size any document of the thread needed: a start is written before it is read, so
        // the starts of an earlier document need no clearing.)
        var starts: [Start] = []
        swap(&starts, &workspace.starts)
        if starts.count < tokens.count {
            let missing = tokens.count - starts.count
            starts.append(contentsOf: repeatElement(Start(token: 0, sentenceEnd: 0), count: missing))
        }
        var startCount = 0
        // Written through the arrays' buffers: arrays taken from the workspace are not known to be unique, and each
        // write by subscript tested it (a runtime call per word). (A word token's index is below `words.count`, a
        // start's below `tokens.count`; debug builds check both.)
        words.withUnsafeMutableBufferPointer { words in
            starts.withUnsafeMutableBufferPointer { starts in
                var sentenceEnd = -1  // the last token before `k` that ends a sentence, or -1
                for k in tokens.indices {
                    if tokens[k].isWord {
                        var isStart = true
                        if !tokens[k].isCapitalized {
                            words[MentionDetector.wordIndex(tokens[k])].uses.insert(.lowerCase)
                            isStart = !tokens[k].lexicon.isDisjoint(with: MentionDetector.lowerCaseStarts)
                        } else {
                            var uses: WordUses = []
                            if !headlines[tokens[k].paragraph] { uses.insert(.capitalisedInBody) }
                            if k > 0, !tokens[k - 1].endsSentence, tokens[k - 1].isWord {
                                uses.insert(.capitalisedMidSentence)
                            }
                            if !uses.isEmpty { words[MentionDetector.wordIndex(tokens[k])].uses.formUnion(uses) }
                        }
                        if isStart {
                            starts[startCount] = Start(
                                token: Int32(truncatingIfNeeded: k), sentenceEnd: Int32(truncatingIfNeeded: sentenceEnd)
                            )
                            startCount += 1
                        }
                    }
                    if tokens[k].endsSentence { sentenceEnd = k }
                }
            }
        }
        var nextStart = 0  // the first of `starts` not passed yet
        var headsAhead = HeadScan()
        let hasBody = headlines.contains(false)
        // The start the search is at (`index` when it was taken) and the last token before it that ends a sentence.
        var current = (token: -1, sentenceEnd: -1)
        // `openingPhraseEnd` of the last sentence start asked for: the mentions of a sentence share it.
        var openingPhrase = (sentenceStart: -1, end: 0)
        func add(
            _ range: Range<Int>, name: Range<Int>, title: Range<Int>?, form: Mention.Form, type: SpeakerType,
            gender: Gender, plural: Bool
        ) {
            // (A title is always the tokens before the name: `Result.titleRange(of:)`.)
            assert(title.map { $0 == range.lowerBound..<name.lowerBound } ?? true)
            // `The school, called Second Sitting, …`: what a thing is called names a body, no person.
            var type =
                (type == .unknown || type == .person) && form == .name && title == nil && gender == .unknown
                    && MentionDetector.namesAThing(before: range.lowerBound, narration)
                ? SpeakerType.organisation : type
            // A subject: the first name or pronoun of its sentence, not governed by a preposition.
            // (`narration.sentenceStart(of:)`, which scans back to the last sentence end, from the sentence end
            // listed with the start: the latest of the token after it, `sentenceWindow` tokens back, and 0, exactly
            // where the backward scan stops. A mention that takes in the one before it starts before the start.)
            let sentenceStart =
                range.lowerBound == current.token
                ? max(current.sentenceEnd + 1, range.lowerBound - Narration.sentenceWindow, 0)
                : narration.sentenceStart(of: range.lowerBound)
            let previous = range.lowerBound > sentenceStart ? range.lowerBound - 1 : nil
            // `as Archbishop Shirvanian told the AP`: `as` opening a clause is no preposition.
            let asClause =
                previous.map { MentionDetector.isPreposition(narration, $0, "as") } == true
                && range.upperBound < tokens.count
                && (tokens[range.upperBound].isCue || narration.lower(of: range.upperBound).equals("put"))
            var subject = !(previous.map { tokens[$0].lexicon.contains(.preposition) } ?? false) || asClause
            // `…, noted NBC's Dante Chinni.`: the subject of an inverted cue. (Not a name before a verb: `The
            // lawyer, Alan Garten, said Sam Nunberg was …` reports what Nunberg was.)
            let inverted =
                range.lowerBound > sentenceStart + 1 && tokens[range.lowerBound - 1].isCue && form == .name
                && (narration.lower(of: range.lowerBound - 2).equals(",")
                    || tokens[range.lowerBound - 2].quoteID != nil)
                && !(range.upperBound < tokens.count && tokens[range.upperBound].lexicon.contains(.clauseVerb))
            // `… concerns Henry Crespo, president of the Florida Democratic Black Caucus.`: a person introduced
            // with an apposition is who the next `he said` is about.
            let introduced =
                form == .name && range.count >= 2 && range.upperBound + 1 < tokens.count
                && MentionDetector.isComma(narration, range.upperBound)
                && (range.upperBound + 1..<min(tokens.count, range.upperBound + 5)).contains { k in
                    tokens[k].lexicon.contains(.personTitle) && !tokens[k].lexicon.contains(.titleModifier)
                }
                && (tokens[range.upperBound + 1].lexicon.contains(.personTitle)
                    || ["a", "an", "the"].contains(narration.lower(of: range.upperBound + 1)))
            if introduced { subject = true }
            // `Anxiety. Anaemia. A thyroid problem …`: a name that is its whole sentence has no verb to be the
            // subject of.
            if subject, range.lowerBound == sentenceStart, range.upperBound < tokens.count,
                tokens[range.upperBound].endsSentence, tokens[range.upperBound].kind == .punctuation,
                // (Only a fragment among fragments, or alone in its paragraph, or asked: `Anxiety. Anaemia.`,
                // `Groans.`, `Cassandra?`; not the name a sentence leads to, `Only one player stood out. Kane.`)
                MentionDetector.isFragmentAmongFragments(range, narration)
            {
                subject = false
            }
            // `On The Early Breakfast Hour on Monday, Marsh criticised …`: an opening phrase up to its
            // comma holds no subject, and its names do not stop the one after it from being the subject.
            if openingPhrase.sentenceStart != sentenceStart {
                let end = MentionDetector.openingPhraseEnd(sentenceStart: sentenceStart, narration: narration)
                openingPhrase = (sentenceStart, end)
            }
            let clauseStart = openingPhrase.end
            if range.lowerBound < clauseStart { subject = false }
            // Only the first mention of a sentence is its subject; a description may stand in apposition
            // just before a name (`The group's leader, John Smith, said`).
            if subject, !inverted, !introduced, !mentions.isEmpty,
                mentions[mentions.count - 1].range.lowerBound >= clauseStart,
                mentions[mentions.count - 1].form != .nominal
                    || range.lowerBound - mentions[mentions.count - 1].range.upperBound > 1
                    // (`The senator emailed supporters`: only a comma or a dash sets off an apposition, or a
                    // naming verb: `The man called Gogol`, `a woman named Ruth`.)
                    || (range.lowerBound > mentions[mentions.count - 1].range.upperBound
                        && !MentionDetector.introducesApposition(
                            mentions[mentions.count - 1].range.upperBound, narration))
                    || (mentions.count >= 2 && mentions[mentions.count - 2].range.lowerBound >= clauseStart)
            {
                subject = false
            }
            // A name set off after the subject takes its place, the subject being a trade opening the sentence and
            // read as a name for its capital (`Nurse specialist Jo says`, `Architect turned farmer Tom Hale said`: a
            // false title), a description whose clause gives the name (`A father, who gave his name only as Mike,
            // said`), or a possessor before its description of someone (`Corvane's head of hardware, Daniel
            // Achterberg, walked`).
            if !subject, form == .name, let last = mentions.last, last.isSubject {
                let givenOrFalseTitle =
                    last.form == .nominal
                    ? MentionDetector.isNameGiven(before: range.lowerBound, narration)
                    : last.form == .name && MentionDetector.isFalseTitle(last.range, before: range, narration)
                if givenOrFalseTitle
                    || (last.form == .name
                        && MentionDetector.isPossessiveApposition(from: last.range.upperBound, to: range, narration))
                {
                    mentions[mentions.count - 1].isSubject = false
                    subject = true
                    if givenOrFalseTitle, type == .unknown { type = .person }
                }
            }
            // `the Copper Vows, whose singer, Elodie Marchetti, climbed …`: the name set off after `whose` and its
            // noun is the subject of its clause.
            if !subject, form == .name, range.lowerBound >= 4, range.upperBound < tokens.count,
                MentionDetector.isComma(narration, range.lowerBound - 1),
                MentionDetector.isComma(narration, range.upperBound),
                narration.lower(of: range.lowerBound - 3).equals("whose"),
                tokens[range.lowerBound - 2].lexicon.contains(.nominalHead),  // not `whose hometown, Miami,`
                // (Not a clause on the sentence's subject: `Ms Blake, whose daughter, Chloe, was killed, addressed
                // MPs.`)
                mentions.isEmpty || mentions[mentions.count - 1].range.lowerBound != sentenceStart
                    || mentions[mentions.count - 1].range.upperBound != range.lowerBound - 4,
                // (Not a clause set off before its sentence's cue: `Figen Murray, whose son, Martyn Hett, was
                // killed in the bombing, said: …`.)
                !MentionDetector.cueAfterComma(from: range.upperBound + 1, narration)
            {
                subject = true
            }
            // `Ruth Abernathy and Paul Duquesne spoke to reporters`: a name joined by `and` to the subject's is a
            // subject too, for the `he` or `she` after them, when its first name or title shows a gender (not
            // `Albanese and Foreign Minister Penny Wong`, whom the lexicon does not place).
            if !subject, gender != .unknown, !mentions.isEmpty, form == .name, mentions[mentions.count - 1].isSubject,
                mentions[mentions.count - 1].form == .name,
                range.lowerBound == mentions[mentions.count - 1].range.upperBound + 1,
                narration.lower(of: range.lowerBound - 1).equals("and")
            {
                subject = true
            }
            mentions.append(
                Found(
                    range: range, name: name, form: form, type: type, gender: gender, isPlural: plural,
                    isSubject: subject, hasTitle: title != nil))
        }
        while true {
            // A word in lower case starts a mention only as a pronoun or contraction, a determiner or possessive
            // (a description), a number (`63 percent`) or a bare plural (`officials`): the tests below all fail
            // for any other, and for a token that is no word. The search goes on at the first of `starts` at or
            // after `index`.
            // (Each test below moves `index` past the start it takes: the start is passed as it is taken, and the
            // loop skips only the starts inside a mention found.)
            while nextStart < startCount, Int(starts[nextStart].token) < index { nextStart += 1 }
            guard nextStart < startCount else { break }
            index = Int(starts[nextStart].token)
            current = (index, Int(starts[nextStart].sentenceEnd))
            nextStart += 1
            let lexicon = tokens[index].lexicon
            // `I'm`, `she'd`, `they're`: a contraction stands for its pronoun. (Neither a pronoun nor a word
            // with an apostrophe can be one: no String is read for the other words.) Read once per distinct word:
            // the reading depends only on the text, and the lexicon flags are those of the text.
            let word = MentionDetector.wordIndex(tokens[index])
            if !lexicon.isDisjoint(with: [.pronoun, .hasApostrophe]) {
                if words[word].reading.isUnread {
                    words[word].reading = MentionDetector.pronounReading(narration.lower(of: index), lexicon)
                }
                if let (gender, plural, isIt) = words[word].reading.pronoun {
                    add(
                        index..<index + 1, name: index..<index + 1, title: nil, form: .pronoun,
                        type: isIt ? .organisation : .unknown, gender: gender, plural: plural)
                    index += 1
                    continue
                }
            }
            // `"…," said one.`, `"…," tweeted another`, `Another wrote, "…"`: a lone `one` or `another` that
            // speaks stands for someone the story leaves unnamed (`said one of the advisers` too: it is the one).
            // (Asked only next to a cue: most determiners are not.)
            if lexicon.contains(.determiner),
                (index + 1 < tokens.count && tokens[index + 1].isCue) || (index > 0 && tokens[index - 1].isCue),
                MentionDetector.isLoneSpeaker(index, narration)
            {
                add(
                    index..<index + 1, name: index..<index + 1, title: nil, form: .nominal, type: .anonymous,
                    gender: .unknown, plural: false)
                index += 1
                continue
            }
            if tokens[index].isCapitalized,
                index == 0 || tokens[index - 1].endsSentence || tokens[index - 1].quoteID != nil
                    || tokens[index - 1].paragraph != tokens[index].paragraph,
                // `New York Post said`: a word that opens place and body names stays before a capital.
                !(lexicon.contains(.nameOpener) && index + 1 < tokens.count
                    && tokens[index + 1].isCapitalized && tokens[index + 1].isWord),
                words[word].uses.contains(.lowerCase)
                    // `Fortunately …`, `Speaking …`, `Asked …`: such an opener is no name, but a word right before a
                    // cue can be its subject (`Connolly said`, `Manning told`, `Reed added`: `isSurnameBeforeCue`).
                    || (!lexicon.isDisjoint(with: [.endsInLy, .endsInIng, .endsInEd])
                        && !words[word].uses.contains(.capitalisedMidSentence)
                        && !MentionDetector.isSurnameBeforeCue(index, narration))
                    || lexicon.contains(.sentenceAdverb)
                    || (lexicon.contains(.commonOpener)
                        && !words[word].uses.contains(.capitalisedMidSentence))
                    // `Nonetheless, he sought …`: a lone word before a comma, never capitalised inside a sentence.
                    || (!words[word].uses.contains(.capitalisedMidSentence) && index + 1 < tokens.count
                        && MentionDetector.isComma(narration, index + 1)
                        && !lexicon.contains(.pronoun) && !tokens[index].isAllCaps)
                    // `Belief in ghosts ran …`: a lone word before a preposition, never capitalised inside a sentence,
                    // unless it names a group or a place (`Republicans on Capitol Hill`, `Europeans in …`).
                    || (!words[word].uses.contains(.capitalisedMidSentence) && index + 1 < tokens.count
                        && tokens[index + 1].isWord && !tokens[index + 1].isCapitalized
                        && tokens[index + 1].lexicon.contains(.preposition)
                        && !tokens[index + 1].lexicon.contains(.possessive)
                        && lexicon.isDisjoint(with: MentionDetector.groupOrPlace) && !tokens[index].isAllCaps),
                // `The city's water department said`: a description that is the subject of a cue stays.
                // `The lawmaker, who represents …, said`, `The former secretary of state mocked …`: so does any
                // description but a generic one (`The young man looked up`, fiction's way of naming a character) or
                // a relative after a possessive (`Her father sighed`; `His chief aide doubled down …` stays).
                !(lexicon.contains(.determiner)
                    && nominalEnd(from: index, tokens: tokens).map {
                        ($0 < tokens.count && tokens[$0].isCue)
                            || ((!MentionDetector.isPossessiveDeterminer(narration.lower(of: index))
                                || !tokens[$0 - 1].lexicon.contains(.relationalHead))
                                && (!SpeakerResolver.genericHeads.contains(narration.lower(of: $0 - 1))
                                    || MentionDetector.introducesSpeaker(index, headEnd: $0, narration)))
                    } == true),
                // `The Florida senator sought …`: a description with a capitalised modifier stays whole.
                !(lexicon.contains(.determiner) && narration.lower(of: index).equals("the") && index + 1 < tokens.count
                    && tokens[index + 1].isCapitalized
                    && nominalEnd(from: index, tokens: tokens, anyTense: true).map {
                        !tokens[$0 - 1].isCapitalized && MentionDetector.isModifierRun(index + 1..<$0 - 1, tokens)
                    } == true),
                lexicon.isDisjoint(with: .personal),
                // `Okafor, who chairs the panel, said`, `Small, who attended`: a word before `, who` is a name.
                // (Asked last, of the few words about to be skipped.)
                !MentionDetector.isBeforeWho(index, narration)
            {
                index += 1  // `Shifting priorities …`: a common word opening the sentence
                continue
            }
            // The capitalised name run starting here, if any (found once for both tests below).
            let runEnd = tokens[index].isCapitalized ? nameEnd(from: index, narration: narration) : nil
            if let end = runEnd, end < tokens.count,
                tokens[end].lexicon.contains(.possessive),
                let nominal = nominalEnd(from: end, tokens: tokens, anyTense: true),
                nominal < tokens.count, tokens[nominal].isCue,
                MentionDetector.isFiniteVerb(narration.lower(of: nominal)),
                !tokens[nominal - 1].lexicon.contains(.relationalHead)
            {
                // `Obama's former campaign strategist said`: the possessor is not the speaker.
                let head = tokens[nominal - 1].lexicon
                let gender: Gender = head.contains(.femaleNoun) ? .female : head.contains(.maleNoun) ? .male : .unknown
                add(
                    index..<nominal, name: index..<nominal, title: nil, form: .nominal, type: .person, gender: gender,
                    plural: false)
                index = nominal
                continue
            }
            if var end = runEnd {
                // `Former prosecutor and New York City Mayor Rudy Giuliani`, `State officials`: a word that only
                // modifies an office names nobody alone.
                if end == index + 1, tokens[index].lexicon.contains(.titleModifier),
                    !MentionDetector.modifiersThatName.contains(narration.lower(of: index))
                {
                    index = end
                    continue
                }
                // (Only a run opening its paragraph can be a dateline: the call is made for those alone.)
                if narration.paragraphStarts[tokens[index].paragraph] == index,
                    let body = MentionDetector.datelineEnd(run: index..<end, narration: narration)
                {
                    index = body  // `WASHINGTON, Dec. 8 (UPI) —`: a dateline names no speaker
                    continue
                }
                if hasBody, headlines[tokens[index].paragraph] {
                    var known = index
                    while known < end,
                        words[MentionDetector.wordIndex(tokens[known])].uses.contains(.capitalisedInBody)
                    {
                        known += 1
                    }
                    guard known > index else {
                        index = end
                        continue
                    }
                    end = known
                }
                // `McConnell spokesman Don Stewart`, `San Diego chapter president Luis Osuna`: a name, role words
                // in lower case and a full name make one person, titled by all that comes before the name.
                // (Only a role word in lower case right after the run can start one: the call is made for those.)
                if end < tokens.count, tokens[end].lexicon.contains(.roleWord), !tokens[end].isCapitalized,
                    let extended = falseTitleEnd(after: end, narration: narration)
                {
                    end = extended
                }
                // `the CEO said`, `the MP, Eleanor Vance,`: an office in capitals alone is a description, as `the
                // mayor` is (not a body called `CEO`, merged with every other article's in a report).
                if end == index + 1, tokens[index].isAllCaps, MentionDetector.isTitleInCapitals(index, narration) {
                    let start = index > 0 && tokens[index - 1].lexicon.contains(.determiner) ? index - 1 : index
                    add(
                        start..<end, name: start..<end, title: nil, form: .nominal, type: .person, gender: .unknown,
                        plural: false)
                    index = end
                    continue
                }
                let (title, name, type, gender) = classify(index..<end, narration: narration)
                // A heading in capitals (`CHAPTER XXVII`) or a lone nationality word names nobody.
                let heading =
                    end - index >= 2 && (index..<end).allSatisfy { tokens[$0].isAllCaps } && type != .organisation
                if end - index == 1, lexicon.contains(.barePlural) {
                    // `Republicans seized on the message`: the party's members, an anonymous group; `Analysts at
                    // Barclays`, with the body they are with. (`Teachers union president Randi Weingarten`: no
                    // group, the union's president speaks.)
                    if !lexicon.contains(.tradePlural) || !MentionDetector.modifiesAHead(index, narration) {
                        let group = index..<(affiliationEnd(after: index, narration: narration) ?? end)
                        add(
                            group, name: group, title: nil, form: .nominal, type: .anonymous, gender: .unknown,
                            plural: true)
                        index = group.upperBound
                    } else {
                        index = end
                    }
                    continue
                }
                if heading || (end - index == 1 && lexicon.contains(.demonym)) {
                    index = end
                    continue
                }
                let plural = type == .anonymous
                add(index..<end, name: name, title: title, form: .name, type: type, gender: gender, plural: plural)
                index = end
                continue
            }
            // `the New York businessman said`, `the Vermont senator` are descriptions; `the Kremlin said` and
            // `the Defense Ministry` are names.
            // (Only read for a determiner or possessive, `the` being a determiner, and before a capital: most
            // determiners come before a lower-case word, which needs no call.)
            // (Most determiners come before no head noun: `headsAhead` rejects those from the flags alone. Debug
            // builds, which the tests run, check every rejection against `nominalEnd` itself: the two must stay in
            // step.)
            let isDeterminer = !lexicon.isDisjoint(with: [.determiner, .endsInApostropheS])
            let mayEnd = isDeterminer && headsAhead.mayEnd(after: index, tokens)
            assert(
                !isDeterminer || mayEnd
                    || (nominalEnd(from: index, tokens: tokens) == nil
                        && nominalEnd(from: index, tokens: tokens, anyTense: true) == nil),
                "HeadScan rejected a determiner that nominalEnd accepts")
            if mayEnd, !(index + 1 < tokens.count && tokens[index + 1].isCapitalized && theNamesNext(index, narration)),
                !(lexicon.contains(.possessive) && index > 0
                    && MentionDetector.takesIs(narration.lower(of: index - 1))),
                let end = nominalEnd(
                    from: index, tokens: tokens, anyTense: MentionDetector.followsQuote(index, in: tokens))
            {
                let head = narration.lower(of: end - 1)
                let headLexicon = tokens[end - 1].lexicon
                let gender: Gender =
                    headLexicon.contains(.femaleNoun) ? .female : headLexicon.contains(.maleNoun) ? .male : .unknown
                // (`head.hasSuffix("s")` and `"ss"` are the `endsInS` and `endsInSS` flags.)
                let plural =
                    headLexicon.contains(.endsInS) && !headLexicon.contains(.endsInSS) && !head.equals("police")
                    || head.equals("people") || head.equals("police") || head.equals("authorities")
                let type: SpeakerType =
                    gender != .unknown || (!plural && headLexicon.contains(.personTitle))
                    ? .person : headLexicon.contains(.organisationWord) ? .organisation : .anonymous
                // `Scott's wife`: a description opening with a possessive takes in its possessor.
                var start = index
                if lexicon.contains(.possessive), let last = mentions.last, last.range.upperBound == index,
                    last.form == .name
                {
                    start = last.range.lowerBound
                    mentions.removeLast()
                }
                // `Hillary Clinton's campaign manager Robby Mook`: a role right before a full name titles it.
                if !plural, headLexicon.contains(.personTitle), end < tokens.count, tokens[end].isCapitalized,
                    tokens[end].paragraph == tokens[index].paragraph,
                    let last = nameEnd(from: end, narration: narration),
                    last - end >= 2, classify(end..<last, narration: narration).2 == .person
                {
                    let (_, name, _, nameGender) = classify(end..<last, narration: narration)
                    add(
                        start..<last, name: name, title: start..<name.lowerBound, form: .name, type: .person,
                        gender: nameGender == .unknown ? gender : nameGender, plural: false)
                    index = last
                    continue
                }
                add(
                    start..<end, name: start..<end, title: nil, form: .nominal, type: type, gender: gender,
                    plural: plural)
                index = end
                continue
            }
            // `63 percent said Clinton was "justified"`: a share of those polled speaks as a group.
            if lexicon.contains(.startsWithNumber), index + 1 < tokens.count,
                narration.lower(of: index + 1).equals("percent") || narration.lower(of: index + 1).equals("%")
            {
                add(
                    index..<index + 2, name: index..<index + 2, title: nil, form: .nominal, type: .anonymous,
                    gender: .unknown, plural: true)
                index += 2
                continue
            }
            if lexicon.contains(.barePlural),
                !tokens[index].isCapitalized || narration.lower(of: index).equals("democrats")
                    || narration.lower(of: index).equals("republicans")
            {
                let affiliation = affiliationEnd(after: index, narration: narration)
                if !lexicon.contains(.tradePlural)
                    || MentionDetector.tradeGroupSpeaks(index, hasAffiliation: affiliation != nil, narration)
                {
                    let group = index..<(affiliation ?? index + 1)
                    add(
                        group, name: group, title: nil, form: .nominal, type: .anonymous, gender: .unknown,
                        plural: true)
                    index = group.upperBound
                    continue
                }
            }
            index += 1
        }
        // The working arrays back to the thread's workspace, for the next document.
        swap(&headlines, &workspace.headlines)
        swap(&words, &workspace.words)
        swap(&starts, &workspace.starts)
        swap(&workspace, &stored.pointee)
        // Which mention covers each token, marked once all are known (a mention dropped for a longer one is not).
        // (Written through the array's buffer: written by subscript, each write tested that the array was still
        // unique. Each span is checked to lie within it.)
        let found = mentions
        var mentionAt = [Int](repeating: -1, count: tokens.count)
        mentionAt.withUnsafeMutableBufferPointer { mentionAt in
            for id in found.indices {
                let range = found[id].range
                precondition(range.lowerBound >= 0 && range.upperBound <= mentionAt.count, "a mention past the tokens")
                for k in range { mentionAt[k] = id }
            }
        }
        return Result(
            mentions: MentionDetector.built(found, document, narration), tokenRanges: TokenSpans(found: found),
            nameRanges: NameSpans(found: found), mentionAt: mentionAt)
    }

    /// Each thread's `Workspace`.
    private static let workspaces = ThreadScratch { Workspace() }

    /// The working arrays of `mentions(in:narration:)`, kept from document to document by each thread
    /// (`workspaces`), so that their storage is allocated once per thread, not once per document. Per thread, never
    /// shared: documents are analysed on several threads at once.
    private struct Workspace {
        var headlines: [Bool] = []
        var words: [WordFacts] = []
        var starts: [Start] = []
    }

    /// `Int(token.word)` for a word token, read as unsigned: the index is then known not to be negative, and only its
    /// upper bound is checked where it indexes an array (a quote's -1 becomes an index past every array).
    @inline(__always) private static func wordIndex(_ token: Narration.Token) -> Int {
        Int(UInt32(bitPattern: token.word))
    }

    /// How a word is seen written in a document (`mentions(in:narration:)`).
    private struct WordUses: OptionSet {
        /// The uses, one bit each.
        let rawValue: UInt8
        /// In lower case somewhere.
        static let lowerCase = WordUses(rawValue: 1)
        /// Capitalised after a word of the same sentence.
        static let capitalisedMidSentence = WordUses(rawValue: 2)
        /// Capitalised outside the headlines.
        static let capitalisedInBody = WordUses(rawValue: 4)
    }

    /// Whether a description may end after a determiner (`nominalEnd(from:tokens:anyTense:)`), found by a cursor that
    /// only moves forward: the search asks about determiners in text order, so each token is read at most once per
    /// document, however close the determiners.
    ///
    /// `nominalEnd(from: d, …)` (either tense) reads the tokens after `d` until one stops it (no word, a cue, a
    /// pronoun or a `nominalStop` word; or a word of another paragraph, which is not looked for here) or `d + 5`, and
    /// ends a description only at a word that has the `nominalHead` flag or comes right before a cue. So it is nil
    /// unless the first token after `d` that is one or the other (an event) is such a word and comes at most five
    /// tokens after `d`. Whether a token is an event, and of which kind, depends on that token and the next only: the
    /// first event after `d` is the first after any earlier determiner when that one comes after `d`.
    private struct HeadScan {
        /// The first event at or after the token after the last determiner asked about (`tokens.count` for none)
        /// when `known`; else a token before which there is none from there.
        var next = 0
        /// True when `next` is that event.
        var known = false
        /// True when that event is a word that may end a description; false when it stops one.
        var isHead = false

        /// False only when `nominalEnd(from: start, tokens: tokens, anyTense:)` is nil for either tense, as the
        /// flags of the tokens from `start + 1` to the first event show; true when it may not be. `start` is never
        /// less than in the call before.
        mutating func mayEnd(after start: Int, _ tokens: [Narration.Token]) -> Bool {
            if next <= start {
                next = start + 1
                known = false
            }
            if !known {
                // (In a local: `next` written back once, not once per token. The search stops six tokens on, past
                // which the event would not matter, and goes on from there if asked about a later determiner.)
                var k = next
                let limit = min(start + 6, tokens.count)
                while k < limit {
                    let token = tokens[k]
                    if !token.isWord || (token.isCue && !MentionDetector.isHeadBeforeCue(k, tokens))
                        || !token.lexicon.isDisjoint(with: [.pronoun, .nominalStop])
                    {
                        (known, isHead) = (true, false)
                        break
                    }
                    if token.lexicon.contains(.nominalHead) || (k + 1 < tokens.count && tokens[k + 1].isCue) {
                        (known, isHead) = (true, true)
                        break
                    }
                    k += 1
                }
                next = k
                if k == tokens.count { (known, isHead) = (true, false) }
            }
            return known && isHead && next <= start + 5
        }
    }

    /// A token that may start a mention (`mentions(in:narration:)`), with the last token before it that ends a
    /// sentence, or -1.
    private struct Start {
        /// The token.
        var token: Int32
        /// The last token before it that ends a sentence, or -1.
        var sentenceEnd: Int32
    }

    /// What is known of a word of a document (`mentions(in:narration:)`, by `Token.word`): two bytes, zero for
    /// nothing known yet.
    private struct WordFacts {
        /// How the word is seen written.
        var uses: WordUses = []
        /// What the word stands for as a pronoun mention, read for words with the `pronoun` or `hasApostrophe`
        /// flag.
        var reading: PronounReading = .unread
    }

    /// A mention found but for its texts: while mentions are found, the last ones are read and may be dropped, and
    /// an array of these holds no String to copy, retain or release. (Kept as the `Result`'s token spans.)
    fileprivate struct Found {
        /// The tokens of the whole mention.
        var range: Range<Int>
        /// The tokens of its name (`Result.nameRanges`).
        var name: Range<Int>
        /// `Mention.form`.
        var form: Mention.Form
        /// `Mention.type`.
        var type: SpeakerType
        /// `Mention.gender`.
        var gender: Gender
        /// `Mention.isPlural`.
        var isPlural: Bool
        /// `Mention.isSubject`.
        var isSubject: Bool
        /// True when the tokens before the name are the mention's title.
        var hasTitle: Bool
    }

    /// The mentions `found`, their texts read from the document.
    private static func built(_ found: [Found], _ document: Document, _ narration: Narration) -> [Mention] {
        let tokens = narration.tokens
        let raw = document.bytes.bytes
        let small = PackedWord.smallStringsMatch  // (read once, not once per text)
        // Written in place into storage of the final size: no capacity or uniqueness test per mention. (Not for
        // none: an array of capacity 0 would write its count into the storage all empty arrays share, a race that
        // ThreadSanitizer reports when documents are analysed in parallel.)
        guard !found.isEmpty else { return [] }
        return [Mention](unsafeUninitializedCapacity: found.count) { buffer, initialized in
            for (id, mention) in found.enumerated() {
                let range = mention.range
                let name = mention.name
                let byteRange = TextRange(tokens[range.lowerBound].range.start, tokens[range.upperBound - 1].range.end)
                // (The name of a mention that is all name is its text: a small one is made again from its bytes, a
                // copy of the text being retained by a runtime call.)
                let packed = MentionDetector.packedText(byteRange, raw, small: small)
                let text = packed?.smallString ?? String(decoding: raw[byteRange.start..<byteRange.end], as: UTF8.self)
                let spelled =
                    name == range
                    ? packed?.smallString ?? text
                    : MentionDetector.text(
                        TextRange(tokens[name.lowerBound].range.start, tokens[name.upperBound - 1].range.end), raw,
                        small: small)
                // A name spelled with a no-break space (`Anna&nbsp;Berg`) is named with a plain one. (Looked for in
                // the bytes between its tokens, where they are more than one space.)
                let nameText =
                    MentionDetector.hasWideGap(range, tokens) && MentionDetector.hasUnicodeSpace(raw, byteRange)
                    ? MentionDetector.plainSpaced(spelled) : spelled
                let titleText =
                    mention.hasTitle
                    ? MentionDetector.text(
                        TextRange(tokens[range.lowerBound].range.start, tokens[name.lowerBound - 1].range.end), raw,
                        small: small)
                    : nil
                buffer.initializeElement(
                    at: id,
                    to: Mention(
                        id: id, range: byteRange, text: text, name: nameText, title: titleText, form: mention.form,
                        type: mention.type, gender: mention.gender, isPlural: mention.isPlural,
                        isSubject: mention.isSubject))
                initialized = id + 1
            }
        }
    }

    /// True when more than one byte stands between two of the tokens `range` (a no-break space is two or three).
    @inline(__always) static func hasWideGap(_ range: Range<Int>, _ tokens: [Narration.Token]) -> Bool {
        var k = range.lowerBound
        while k + 1 < range.upperBound {
            if tokens[k + 1].range.start - tokens[k].range.end > 1 { return true }
            k += 1
        }
        return false
    }

    /// True when the bytes `range` of `raw` hold a no-break or other Unicode space: `U+00A0`, `U+1680`,
    /// `U+2000`–`U+200A`, `U+202F`, `U+205F` or `U+3000` (UTF-8 `C2 A0`, `E1 9A 80`, `E2 80 80`–`8A`, `E2 80 AF`,
    /// `E2 81 9F`, `E3 80 80`).
    static func hasUnicodeSpace(_ raw: [UInt8], _ range: TextRange) -> Bool {
        var k = range.start
        while k + 1 < range.end {
            let byte = raw[k]
            if byte == 0xC2, raw[k + 1] == 0xA0 { return true }
            if byte >= 0xE1, byte <= 0xE3, k + 2 < range.end {
                let (second, third) = (raw[k + 1], raw[k + 2])
                if (byte == 0xE2 && second == 0x80 && (third <= 0x8A || third == 0xAF))
                    || (byte == 0xE2 && second == 0x81 && third == 0x9F)
                    || (byte == 0xE1 && second == 0x9A && third == 0x80)
                    || (byte == 0xE3 && second == 0x80 && third == 0x80)
                {
                    return true
                }
            }
            k += 1
        }
        return false
    }

    /// `text` with every no-break or other Unicode space (`U+00A0`, `U+202F`, `U+2009` …) made a plain space.
    static func plainSpaced(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { $0.properties.generalCategory == .spaceSeparator ? " " : $0 }))
    }

    /// `document.text(range)` of the document's bytes `raw`: a text of 1 to 15 ASCII bytes is made as the small
    /// string the standard library would make of it (`PackedWord.smallString`) from two eight-byte loads, without
    /// the UTF-8 validation of `String(decoding:as:)`. `small` is `PackedWord.smallStringsMatch`. (Also the text of
    /// a cue or an addressee: `AttributionContext.span`.)
    @inline(__always) static func text(_ range: TextRange, _ raw: [UInt8], small: Bool) -> String {
        if let packed = packedText(range, raw, small: small) { return packed.smallString }
        return String(decoding: raw[range.start..<range.end], as: UTF8.self)
    }

    /// The text `range` of the document's bytes `raw` packed as `text(_:_:small:)` makes a small string of it, or
    /// nil for a text it decodes. (A small string made twice of it is two Strings that need no retain; a copy of
    /// one String is retained, by a call into the runtime, even when it is small.)
    @inline(__always) static func packedText(_ range: TextRange, _ raw: [UInt8], small: Bool) -> PackedWord? {
        let count = range.end - range.start
        // (Both loads within `raw`: a text near its end, or longer, is decoded.)
        guard count > 0, count <= 15, range.start >= 0, range.start + 16 <= raw.count, small else { return nil }
        let (low, high) = PackedWord.loaded(raw, from: range.start, count: count)
        guard (low | high) & 0x8080_8080_8080_8080 == 0 else { return nil }  // not ASCII
        return PackedWord(low: low, high: high | UInt64(count) << 56)
    }

    /// True when the trade in lower case at `plural` (`tradePlurals`) is a group that speaks: a cue or the body it
    /// is with follows it (`researchers said`, `nurses told`, `economists at Barclays`), and no preposition comes
    /// before it (`commissioned by teachers said`) nor a head it modifies after it (`teachers union president`).
    /// As an object (`told students`, `met teachers at the school`, `employs 5,000 staff, said`) it is none.
    static func tradeGroupSpeaks(_ plural: Int, hasAffiliation: Bool, _ narration: Narration) -> Bool {
        let tokens = narration.tokens
        guard plural + 1 < tokens.count, !(plural > 0 && tokens[plural - 1].lexicon.contains(.preposition)),
            !modifiesAHead(plural, narration)
        else { return false }
        return hasAffiliation || (tokens[plural + 1].isCue && !tokens[plural + 1].lexicon.contains(.endsInIng))
    }

    /// True when the word after `plural` is a head or role word in lower case that `plural` modifies
    /// (`teachers union`, `staff members`, `parents group`).
    static func modifiesAHead(_ plural: Int, _ narration: Narration) -> Bool {
        let tokens = narration.tokens
        guard plural + 1 < tokens.count, tokens[plural + 1].isWord, !tokens[plural + 1].isCapitalized else {
            return false
        }
        return !tokens[plural + 1].lexicon.isDisjoint(with: [.nominalHead, .roleWord, .organisationWord])
    }

    /// One past the end of the body that the group named by the bare plural at `plural` is with: after `at`,
    /// `with`, `to`, `for`, `inside`, `within`, `close to` or `familiar with`, a capitalised name run with no title
    /// or first name (no person's; after `to`, `for`, `close to`, `familiar with`, only one with a body's word), or
    /// a description of a body (`the ministry`); nil when no such words follow. The group speaks, not
    /// the body (`analysts at Barclays`, `officials at the ministry`). A person stays a mention of their own, for
    /// the pronouns after it (`lawyers for Amber Heard filed an appeal. "…," she said`).
    private func affiliationEnd(after plural: Int, narration: Narration) -> Int? {
        let tokens = narration.tokens
        guard plural + 2 < tokens.count, tokens[plural + 1].isWord, !tokens[plural + 1].isCapitalized else {
            return nil
        }
        // (Most groups are followed by a verb or a comma: the first word's length rules nearly all out.)
        let first = narration.lower(of: plural + 1)
        guard first.utf8.count <= 8 else { return nil }
        var next = plural + 2
        // True after `to`, `for`, `close to`, `familiar with`, which mostly lead to a person (`aides to`, `lawyers
        // for`): only a name with a body's word is taken there (`sources close to Downing Street`).
        var towardsPerson = true
        if first.equals("close") || first.equals("familiar") {
            guard narration.lower(of: next).equals(first.equals("close") ? "to" : "with") else { return nil }
            next += 1
        } else if first.equals("at") || first.equals("with") || first.equals("inside") || first.equals("within") {
            towardsPerson = false
        } else if !(first.equals("to") || first.equals("for")) {
            return nil
        }
        guard next < tokens.count, tokens[next].paragraph == tokens[plural].paragraph else { return nil }
        if tokens[next].isCapitalized, tokens[next].isWord, let end = nameEnd(from: next, narration: narration) {
            // A title or a first name shows a person (`Mayor Jane Doe`, `Sean Combs`).
            if (next..<end).contains(where: { !tokens[$0].lexicon.isDisjoint(with: .personal) }) { return nil }
            return !towardsPerson || (next..<end).contains { tokens[$0].lexicon.contains(.organisationWord) }
                ? end : nil
        }
        if !tokens[next].lexicon.isDisjoint(with: [.determiner, .possessive]),
            let end = nominalEnd(from: next, tokens: tokens, anyTense: true),
            tokens[end - 1].lexicon.contains(.organisationWord)
        {
            return end
        }
        return nil
    }

    /// True when the determiner at `index`, before a capitalised word, is the `the` of a name (`the Kremlin said`,
    /// `the Defense Ministry`), not of a description (`the New York businessman said`, `the Vermont senator`).
    private func theNamesNext(_ index: Int, _ narration: Narration) -> Bool {
        let tokens = narration.tokens
        return narration.lower(of: index).equals("the")
            && nominalEnd(from: index, tokens: tokens, anyTense: true).map {
                tokens[$0 - 1].isCapitalized || !MentionDetector.isModifierRun(index + 1..<$0 - 1, tokens)
            } ?? true
    }

    /// One past the last token of a capitalised name run starting at `start`, or nil when none starts there.
    private func nameEnd(from start: Int, narration: Narration) -> Int? {
        let tokens = narration.tokens
        // `The` and other function words never start a name (see the end): but for a word that opens place and body
        // names, known from the first word's flags alone, before the run is read.
        guard start < tokens.count else { return nil }
        let first = tokens[start].lexicon
        if first.contains(.notName) && !first.contains(.personTitle) && !first.contains(.nameOpener) { return nil }
        var end = start
        // True once the run has joined `of`/`for` after a body's word (`Department of Health`).
        var namesBodyOf = false
        while end < tokens.count, tokens[end].paragraph == tokens[start].paragraph,
            tokens[end].isWord || (end > start && MentionDetector.isAmpersandInName(end, from: start, narration))
        {
            if !tokens[end].isWord {
                end += 1  // `Johnson & Johnson`, `AT&T`: the next word goes on with the name
            } else if tokens[end].isCapitalized || (end > start && MentionDetector.isArabicArticleName(end, narration))
            {
                if end > start, tokens[end].lexicon.contains(.calendarWord) { break }  // `Pence Thursday`
                // `Poirot I`, `Lucy As`: a pronoun or function word ends the run.
                if end > start,
                    tokens[end].lexicon.contains(.pronoun) || MentionDetector.isPreposition(narration, end, "as")
                {
                    break
                }
                if end > start, tokens[end].isCue,
                    tokens[end].lexicon.isDisjoint(with: .firstName)
                {
                    break  // headline style: `Lindsey Graham Says`
                }
                end += 1
                if tokens[end - 1].endsSentence { break }
            } else if tokens[end].lexicon.contains(.possessive), end > start, end + 1 < tokens.count,
                tokens[end + 1].isCapitalized,
                tokens[end + 1].isWord
            {
                end += 1
            } else if tokens[end].lexicon.contains(.particle), end > start,
                let next = MentionDetector.wordAfterParticles(from: end, in: tokens), tokens[next].isCapitalized
            {
                end = next  // `Bill de Blasio`, `Mrs. van der Luyden`
            } else if end == start + 1, end + 1 < tokens.count, tokens[start].lexicon.contains(.personTitle),
                tokens[end + 1].isCapitalized, tokens[end + 1].lexicon.contains(.personTitle),
                narration.lower(of: end).equals("and")
            {
                end += 1  // `Mr. and Mrs. Welland`: one mention, not a bare `Mr.`
            } else if end > start, end + 1 < tokens.count, tokens[end + 1].isCapitalized,
                !tokens[end - 1].lexicon.isDisjoint(with: [.personTitle, .organisationWord]),
                MentionDetector.isPreposition(narration, end, "of")
            {
                // (The word's text is compared last, the flags and the next word's case first.)
                namesBodyOf = namesBodyOf || tokens[end - 1].lexicon.contains(.organisationWord)
                end += 1  // `Secretary of State John Kerry`, `Bank of England`
            } else if end > start, end + 1 < tokens.count, tokens[end + 1].isCapitalized, tokens[end + 1].isWord,
                tokens[end - 1].lexicon.contains(.organisationWord)
                    || (tokens[end - 1].lexicon.contains(.endsInS) && !tokens[end - 1].lexicon.contains(.endsInSS)),
                MentionDetector.isPreposition(narration, end, "for")
            {
                namesBodyOf = true
                end += 1  // `Citizens for Tax Justice`, `Center for American Progress`
            } else if end > start, tokens[end - 1].isCapitalized, narration.lower(of: end).equals("and"),
                MentionDetector.bodyGoesOnAfterAnd(from: start, at: end, namesBodyOf: namesBodyOf, narration)
            {
                end += 1  // `Food and Drug Administration`, `Department of Health and Human Services`
            } else {
                break
            }
        }
        // A run must not end on a particle or `of` (but `Bashar al-Assad`).
        while end > start, !tokens[end - 1].isCapitalized, !MentionDetector.isArabicArticleName(end - 1, narration) {
            end -= 1
        }
        guard end > start else { return nil }
        // `The` and other function words never start a name.
        if tokens[start].lexicon.contains(.notName) && !tokens[start].lexicon.contains(.personTitle)
            && !(tokens[start].lexicon.contains(.nameOpener) && end - start >= 2)  // `New York`
        {
            return nil
        }
        // `XX`, `XVIII` alone (a chapter's number in capitals, as a heading) are no name; `Henry VIII` is one.
        if end == start + 1, tokens[start].isAllCaps, MentionDetector.isRomanNumeral(narration.lower(of: start)) {
            return nil
        }
        // A party and a state in parentheses after a name is none (`Scott (D-Va.)`, `(R-Wis.)`).
        if start > 0, narration.lower(of: start - 1).equals("("), MentionDetector.isPartyTag(narration.lower(of: start))
        {
            return nil
        }
        // One letter alone is no name either: `V` or `V.` heading a chapter, `I.` ending `cried I.`, the `T` of `AT&T`,
        // the `S` of `WEDNESDAY’S`. An initial with a title (`Mrs. S.`, `Count V.`) is a longer run, and a lone initial
        // but a Roman numeral's letter stays (`K. said`).
        if end == start + 1, tokens[start].range.length <= 2,
            tokens[start].range.length == 1 || MentionDetector.isRomanNumeralInitial(narration.lower(of: start))
        {
            return nil
        }
        return end
    }

    /// True for `his`, `her`, `their`, `its`, `our`, `my` and `your`.
    private static func isPossessiveDeterminer(_ lowered: String) -> Bool {
        switch lowered {
        case "his", "her", "their", "its", "our", "my", "your": true
        default: false
        }
    }

    /// True for a word after which `'s` is `is` or `has`, not a possessive (`That's where author … took`, `it's
    /// a reporter`): no description opens there.
    private static func takesIs(_ lowered: String) -> Bool {
        switch lowered {
        case "that", "it", "there", "here", "what", "who", "where", "he", "she", "this", "everyone", "nobody",
            "let", "how", "when", "why", "everybody", "somebody", "someone":
            return true
        default: return false
        }
    }

    /// True for a party's letter and a state, as a lawmaker's name is followed in parentheses (`d-va`, `r-wis`).
    private static func isPartyTag(_ lowered: String) -> Bool {
        let bytes = lowered.utf8
        guard bytes.count >= 3, let first = bytes.first else { return false }
        return (first == 0x64 || first == 0x72 || first == 0x69) && bytes.dropFirst().first == 0x2D  // d r i, `-`
    }

    /// True for a Roman numeral's one letter with a period (`v.`, `i.`, `x.`), as chapters are numbered.
    private static func isRomanNumeralInitial(_ lowered: String) -> Bool {
        switch lowered {
        case "i.", "v.", "x.", "l.", "c.": true
        default: false
        }
    }

    /// True when `lowered` is a Roman numeral below four hundred, as a chapter is numbered (`xx`, `xviii`,
    /// `xliii`): hundreds, then tens, then units, each in its one spelling, so that `icc` or `civic` is none.
    static func isRomanNumeral(_ lowered: String) -> Bool {
        // (Plain loops over the bytes in place: local functions sharing the position were checked for exclusive
        // access at each call, and acronyms in capitals, which all come here, are many in the news.)
        lowered.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            let count = bytes.count
            var k = 0
            while k < count, k < 3, bytes[k] == 0x63 { k += 1 }  // c, cc, ccc
            // The tens (one `x`, five `l`, ten `c`), then the units (`i`, `v`, `x`): one then ten or five (`xc`,
            // `iv`), else an optional five then up to three ones.
            for place in 0..<2 {
                let (one, five, ten): (UInt8, UInt8, UInt8) = place == 0 ? (0x78, 0x6C, 0x63) : (0x69, 0x76, 0x78)
                if k + 1 < count, bytes[k] == one, bytes[k + 1] == ten || bytes[k + 1] == five {
                    k += 2
                    continue
                }
                if k < count, bytes[k] == five { k += 1 }
                let ones = k
                while k < count, k - ones < 3, bytes[k] == one { k += 1 }
            }
            return count > 0 && k == count
        } ?? false
    }

    /// The index of the word after the particles from `k` (`van der` in `van der Luyden`: at most three, in one
    /// paragraph), or nil when none follows.
    static func wordAfterParticles(from k: Int, in tokens: [Narration.Token]) -> Int? {
        var next = k + 1
        while next < tokens.count, next - k < 3, tokens[next].isWord, !tokens[next].isCapitalized,
            tokens[next].lexicon.contains(.particle)
        {
            next += 1
        }
        guard next < tokens.count, tokens[next].isWord, tokens[next].paragraph == tokens[k].paragraph else {
            return nil
        }
        return next
    }

    /// Splits a name run into title and name, and guesses its type and gender.
    private func classify(_ run: Range<Int>, narration: Narration) -> (
        Range<Int>?, Range<Int>, SpeakerType, Gender
    ) {
        let tokens = narration.tokens
        // A name joined over `&` or `and` (`nameEnd`) is a body's (`Procter & Gamble`, `Food and Drug
        // Administration`), but `Mr. and Mrs. Welland`.
        var joint = run.lowerBound + 1
        while joint < run.upperBound {
            defer { joint += 1 }
            guard !tokens[joint].isCapitalized else { continue }
            let word = narration.lower(of: joint)
            guard word.equals("and") || word.equals("&") else { continue }
            if tokens[joint - 1].lexicon.contains(.personTitle) && tokens[joint + 1].lexicon.contains(.personTitle) {
                continue  // `Mr. and Mrs.`
            }
            // A title or possessive after the joint makes it a titled person's name, read below (`Procter & Gamble
            // CEO Jon Moeller`, `Food and Drug Administration spokesman Jake Sargent`).
            let titled = ((joint + 1)..<run.upperBound).contains {
                !tokens[$0].lexicon.isDisjoint(with: [.personTitle, .possessive])
            }
            if !titled { return (nil, run, .organisation, .neuter) }
        }
        // `Ohio Democratic Party Chairman David Pepper`, `NBC's Dante Chinni` are persons: a title or a
        // possessive after the body, and a name after it.
        // (Both found by plain loops from the end: `run.dropLast().last(where:)` costs more than the few words of a
        // run, through the generic index arithmetic of a range.)
        var lastTitle: Int?  // the last word but the run's last that is a title or a possessive
        var k = run.upperBound - 1
        while k > run.lowerBound {
            k -= 1
            if !tokens[k].lexicon.isDisjoint(with: [.personTitle, .possessive]) {
                lastTitle = k
                break
            }
        }
        var body: Int?  // the last word that names a body (`Party`, `Ministry`)
        k = run.upperBound
        while k > run.lowerBound {
            k -= 1
            if tokens[k].lexicon.contains(.organisationWordTrimmed) {
                body = k
                break
            }
        }
        // `Mayor Don Guardian`: a title, then a first name, then a last word that also names a body, is a person.
        let titledPerson =
            body == run.upperBound - 1 && lastTitle.map { $0 + 1 < run.upperBound - 1 } == true
            && !tokens[run.upperBound - 2].lexicon.isDisjoint(with: .firstName)
        // `Park Ji-hoon`: an East Asian family name that would name a body, opening a name, names a person when a
        // given name written with a hyphen follows (not `Park Slope`, `Park City`).
        let familyNameFirst =
            body == run.lowerBound && run.count >= 2 && tokens[run.lowerBound].lexicon.contains(.familyNameFirst)
            && narration.lower(of: run.upperBound - 1).utf8.contains(0x2D)
        if let body, lastTitle.map({ $0 < body }) ?? true, !titledPerson, !familyNameFirst {
            return (nil, run, .organisation, .neuter)
        }
        // (`CEO`, `MP` are titles, not bodies' initials.)
        if run.count == 1 && isAcronym(run.lowerBound, narration)
            && !MentionDetector.isTitleInCapitals(run.lowerBound, narration)
        {
            return (nil, run, .organisation, .neuter)
        }
        // `Millbrook CID`, `Redfern NHS`: capitals that end a name opened by no first name or title, and are neither
        // an office nor letters after a name, are a body's initials.
        if run.count >= 2, tokens[run.upperBound - 1].isAllCaps, tokens[run.upperBound - 1].range.length >= 3,
            !tokens[run.lowerBound].isAllCaps, !tokens[run.upperBound - 1].lexicon.contains(.hasPeriod),
            !narration.lower(of: run.lowerBound).utf8.contains(0x2D),  // not `Washington-led NATO`
            tokens[run.lowerBound].lexicon.isDisjoint(with: [.maleFirstName, .femaleFirstName, .personTitle]),
            !MentionDetector.isTitleInCapitals(run.upperBound - 1, narration),
            !MentionDetector.isPostNominal(run.upperBound - 1, narration)
        {
            return (nil, run, .organisation, .neuter)
        }
        // A place: the words joined (`united states`), or the last of at most two words. Only a run whose first
        // word starts a place of several words can spell one.
        // (The test of the last word first: it spares the joined words, the dearer test.)
        let isPlace =
            run.count == 1
            ? tokens[run.lowerBound].lexicon.contains(.place)
            : (tokens[run.upperBound - 1].lexicon.contains(.place) && run.count <= 2)
                || (tokens[run.lowerBound].lexicon.contains(.placeFirstWord)
                    && Names.places.contains(MentionDetector.joinedWords(run, narration)))
        if isPlace {
            return (nil, run, .government, .neuter)
        }
        // Title: everything up to the last title word or possessive, if a name remains after it.
        var nameStart = run.lowerBound
        for k in run where k < run.upperBound - 1 {
            // (`lower.trimmingPeriod == "'s"`, without building the trimmed String: the `possessive` flag is
            // `lower == "'s"`, and `'s.` holds a period.)
            let lexicon = tokens[k].lexicon
            // `Representative Peter T. King of New York`: a title word after a name and before `of` is the name's
            // (`King` is one), not the end of a title.
            // So is one before a generational suffix: `Martin Luther King Jr.`
            if k > run.lowerBound, lexicon.contains(.personTitle), !lexicon.contains(.possessive),
                !tokens[k - 1].lexicon.contains(.personTitle),
                narration.lower(of: k + 1).equals("of")
                    || (k + 2 == run.upperBound
                        && MentionDetector.generationalSuffixes.contains(narration.lower(of: k + 1)))
            {
                continue
            }
            if lexicon.contains(.personTitle) || lexicon.contains(.possessive)
                || (lexicon.contains(.hasPeriod) && narration.lower(of: k).equals("'s."))
                || (k + 1 < run.upperBound && tokens[k + 1].lexicon.contains(.possessive))
            {
                nameStart = k + 1
            }
        }
        if nameStart < run.upperBound, tokens[nameStart].lexicon.contains(.possessive) { nameStart += 1 }
        // `Prime Minister's Questions`, `the Speaker's House`: what an office owns, named by no first name or
        // title after the possessive, is no person.
        if nameStart > run.lowerBound + 1, tokens[nameStart - 1].lexicon.contains(.possessive),
            tokens[nameStart - 2].lexicon.contains(.personTitle),
            (nameStart..<run.upperBound).allSatisfy({
                tokens[$0].lexicon.isDisjoint(with: [.maleFirstName, .femaleFirstName, .personTitle])
            })
        {
            return (nil, run, .organisation, .neuter)
        }
        // `Engineer Tom O'Brien`, `Golfer Dustin Johnson`: a trade before a first name and a surname is a title.
        if nameStart == run.lowerBound, run.count >= 3, MentionDetector.isTrade(run.lowerBound, narration),
            !tokens[run.lowerBound + 1].lexicon.isDisjoint(with: .firstName)
        {
            nameStart += 1
        }
        // `the Emir of Qatar`, `the Mayor of London`: an office of a place is named whole (its titles are read from
        // the name: `SpeakerResolver`), not `of Qatar`.
        if nameStart > run.lowerBound, nameStart < run.upperBound - 1, narration.lower(of: nameStart).equals("of") {
            nameStart = run.lowerBound
        }
        let title = nameStart > run.lowerBound ? run.lowerBound..<nameStart : nil
        // `Jane Smith KC`, `Eleanor Vance MP`: the letters after a name stay in the mention (its cue follows them)
        // but are no part of the name, so `Smith` is the same person.
        var nameStop = run.upperBound
        if nameStop - nameStart >= 2, tokens[nameStop - 1].isAllCaps,
            MentionDetector.isPostNominal(nameStop - 1, narration)
        {
            nameStop -= 1
        }
        let name = nameStart..<nameStop
        var gender = Gender.unknown
        // The title's words' flags or-ed together: a female title wins over a male one, as when tested in turn.
        var titleFlags: LexiconFlags = []
        for k in title ?? run.lowerBound..<run.lowerBound { titleFlags.formUnion(tokens[k].lexicon) }
        if titleFlags.contains(.maleTitle) { gender = .male }
        if titleFlags.contains(.femaleTitle) { gender = .female }
        let first = tokens[name.lowerBound].lexicon
        if gender == .unknown {
            if first.contains(.maleFirstName) { gender = .male }
            if first.contains(.femaleFirstName) { gender = .female }
        }
        let person = title != nil || gender != .unknown || name.count >= 2
        return (title, name, person ? .person : .unknown, gender)
    }

    /// True when token `k` names a trade or a role (`engineer`, `golfer`, `novelist`, `resident`): a head noun of
    /// descriptions, or a word ending as agent nouns do (`-er`, `-or`, `-ist`, `-ian`), that is no first name.
    static func isTrade(_ k: Int, _ narration: Narration) -> Bool {
        let lexicon = narration.tokens[k].lexicon
        guard lexicon.isDisjoint(with: [.maleFirstName, .femaleFirstName, .personTitle, .possessive]) else {
            return false
        }
        if lexicon.contains(.nominalHead) { return true }
        let word = narration.lower(of: k)
        return word.utf8.count >= 5
            && (word.hasSuffix("er") || word.hasSuffix("or") || word.hasSuffix("ist") || word.hasSuffix("ian"))
    }

    /// The words of `run` in lower case without a final period each, joined by spaces (`united states`): as
    /// `run.map { narration.lower(of: $0).trimmingPeriod }.joined(separator: " ")`, appended into one String
    /// (the map and the join went through an array and the standard library's generic join).
    static func joinedWords(_ run: Range<Int>, _ narration: Narration) -> String {
        var joined = ""
        for k in run {
            if k > run.lowerBound { joined.append(" ") }
            joined.append(narration.lower(of: k).trimmingPeriod)
        }
        return joined
    }

    /// One past the dash of a dateline opening a paragraph (`WASHINGTON, Dec. 8 (UPI) —`,
    /// `Washington (AFP) –`) whose place is the name run `run`, else nil.
    static func datelineEnd(run: Range<Int>, narration: Narration) -> Int? {
        let tokens = narration.tokens
        let paragraph = tokens[run.lowerBound].paragraph
        guard narration.paragraphStarts[paragraph] == run.lowerBound else { return nil }
        var agency = false
        var k = run.upperBound
        while k < min(tokens.count, run.upperBound + 10), tokens[k].paragraph == paragraph {
            // `—`, `–` or `-`: the dashes of `commaOrDash`, which a comma also has.
            if tokens[k].lexicon.contains(.commaOrDash) && !narration.lower(of: k).equals(",") {
                return agency || run.allSatisfy({ tokens[$0].isAllCaps }) ? k + 1 : nil
            }
            if narration.lower(of: k).equals("(") { agency = true }
            guard
                tokens[k].kind == .punctuation || tokens[k].isCapitalized
                    || tokens[k].lexicon.contains(.startsWithNumber)
            else {
                return nil
            }
            k += 1
        }
        return nil
    }

    /// True when `range` can modify a head noun: no determiner and no past form (`Security Council issued a`).
    static func isModifierRun(_ range: Range<Int>, _ tokens: [Narration.Token]) -> Bool {
        range.allSatisfy { k in
            tokens[k].isWord && !tokens[k].lexicon.contains(.determiner) && !tokens[k].isCue
                && (tokens[k].isCapitalized || !tokens[k].lexicon.contains(.endsInEd))
        }
    }

    /// Lower-case words that may stand in a role between a name and a person's name (`campaign spokesman`): the
    /// person titles, the organisation words and `moreRoleWords`. (Not stored: the lexicon table reads the three
    /// lists, and merging them into one set cost 0.14 M instructions at every start-up.)
    static var roleWords: [String] { Array(Names.personTitles) + Names.organisationWords + moreRoleWords }

    /// The role words besides the person titles and the organisation words (`roleWords`).
    static let moreRoleWords: [String] = [
        "chapter", "policy", "national", "security", "political", "communications", "press", "media", "digital",
        "field", "regional", "state", "county", "city", "district", "legal", "chief", "top", "longtime",
    ]

    /// One past the person's name when a false title follows the name run ending at `end`
    /// (`Obama` + `consultant` + `Cornell Belcher`), else nil.
    private func falseTitleEnd(after end: Int, narration: Narration) -> Int? {
        let tokens = narration.tokens
        var k = end
        while k < tokens.count, k < end + 3, tokens[k].isWord, !tokens[k].isCapitalized, !tokens[k].isCue,
            tokens[k].paragraph == tokens[end - 1].paragraph, tokens[k].lexicon.contains(.roleWord)
        {
            k += 1
        }
        // (The lexicon tests on the flags: `personTitle` is `Names.personTitles.contains(word.trimmingPeriod)`, the
        // word itself for a word without a period; `organisationWord` is `Names.organisationWords.contains(word)`.)
        guard k > end, k < tokens.count, tokens[k].isCapitalized, !tokens[k - 1].lexicon.contains(.titleModifier),
            tokens[k - 1].lexicon.contains(.hasPeriod)
                ? Names.personTitles.contains(narration.lower(of: k - 1))
                : tokens[k - 1].lexicon.contains(.personTitle),
            !tokens[k].lexicon.contains(.personTitle),
            let last = nameEnd(from: k, narration: narration), last - k >= 2,
            !(k..<last).contains(where: { tokens[$0].lexicon.contains(.organisationWord) })
        else { return nil }
        return last
    }

    /// A word read as a pronoun mention (`pronounReading(_:_:)`): not read yet, no pronoun mention (`him`, `her`,
    /// `don't`), or a pronoun mention of a gender and number, `isIt` for `it` (an organisation).
    ///
    /// One byte, zero for `unread`: an array of them for the whole vocabulary is made by filling bytes with zero.
    private struct PronounReading {
        /// 0 for `unread`, 1 for `notPronoun`, else 2 + (`isIt` ? 1 : 0) + (`plural` ? 2 : 0) + 4 × the gender's
        /// number (male 0, female 1, neuter 2, unknown 3).
        private var bits: UInt8

        /// Not read yet.
        static let unread = PronounReading(bits: 0)
        /// No pronoun mention.
        static let notPronoun = PronounReading(bits: 1)

        private init(bits: UInt8) { self.bits = bits }

        /// A pronoun mention of gender `gender` and number `plural`; `isIt` for `it`.
        static func pronoun(_ gender: Gender, plural: Bool, isIt: Bool) -> PronounReading {
            let number: UInt8
            switch gender {
            case .male: number = 0
            case .female: number = 1
            case .neuter: number = 2
            case .unknown: number = 3
            }
            return PronounReading(bits: 2 + (isIt ? 1 : 0) + (plural ? 2 : 0) + number << 2)
        }

        /// True when not read yet.
        var isUnread: Bool { bits == 0 }

        /// The gender, number and `isIt` of a pronoun mention, else nil.
        @inline(__always) var pronoun: (gender: Gender, plural: Bool, isIt: Bool)? {
            guard bits >= 2 else { return nil }
            let value = bits - 2
            let gender: Gender
            switch value >> 2 {
            case 0: gender = .male
            case 1: gender = .female
            case 2: gender = .neuter
            default: gender = .unknown
            }
            return (gender, value & 2 != 0, value & 1 != 0)
        }
    }

    /// What the word `lower` with the lexicon flags `lexicon` stands for as a pronoun mention: a pronoun but `him`
    /// and `her`, or a contraction of one (`I'm`, `she'd`).
    private static func pronounReading(_ lower: String, _ lexicon: LexiconFlags) -> PronounReading {
        let word = lexicon.contains(.pronoun) ? lower : MentionDetector.uncontracted(lower)
        guard lexicon.contains(.pronoun) || word != lower, let (gender, plural) = MentionDetector.pronoun(word),
            word != "him", word != "her"
        else { return .notPronoun }
        return .pronoun(gender, plural: plural, isIt: word == "it")
    }

    /// The word before a contraction's apostrophe when it is a pronoun (`i'm` -> `i`), else the word itself.
    static func uncontracted(_ word: String) -> String {
        guard word.utf8.contains(where: { $0 == 0x27 || $0 == 0xE2 }) else { return word }
        // On the bytes when the first `'` or `’` comes after ASCII bytes only and before an ASCII byte or the end:
        // then every Character before it is one ASCII byte (a word holds no `\r\n`), and it is a Character of its
        // own (no ASCII scalar extends or is extended by a neighbour).
        // (With the prefix, its `pronounKey`: a base that is no pronoun is never built as a String.)
        var bytes = word
        let found = bytes.withUTF8 { bytes -> (prefix: Int, key: UInt64?)? in
            var k = 0
            while k < bytes.count, bytes[k] < 0x80, bytes[k] != 0x27 { k += 1 }
            guard k < bytes.count else { return nil }
            let width: Int
            if bytes[k] == 0x27 {
                width = 1
            } else if k + 2 < bytes.count, bytes[k] == 0xE2, bytes[k + 1] == 0x80, bytes[k + 2] == 0x99 {
                width = 3
            } else {
                return nil
            }
            guard k + width == bytes.count || bytes[k + width] < 0x80 else { return nil }
            return (k, pronounKey(UnsafeBufferPointer(rebasing: bytes[..<k])))
        }
        if let (prefix, key) = found {
            guard let key, packedPronouns.contains(where: { $0.key == key }) else { return word }
            return String(decoding: word.utf8.prefix(prefix), as: UTF8.self)
        }
        guard let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }) else { return word }
        let base = String(word[..<apostrophe])
        return pronoun(base) != nil ? base : word
    }

    /// `Names.pronouns[word]`: the gender and number of a personal pronoun, or nil. Every pronoun is ASCII of at
    /// most four bytes, and no other String equals one (the only non-ASCII characters canonically equivalent to
    /// ASCII ones are those of `;`, `` ` `` and `K`): a word is looked up by its bytes and their count, packed into
    /// an integer, among the eight pronouns packed so. (No hashing: a scan of eight integers.)
    static func pronoun(_ word: String) -> (Gender, Bool)? {
        guard let key = packedPronounKey(word) else { return nil }
        for entry in packedPronouns where entry.key == key { return entry.features }
        return nil
    }

    /// The UTF-8 bytes of `word` and their count in one integer (`pronounKey`), or nil for a word of more than
    /// four bytes (no pronoun). (On the contiguous bytes of a native string, all of them here: no iterator.)
    private static func packedPronounKey(_ word: String) -> UInt64? {
        word.utf8.withContiguousStorageIfAvailable { pronounKey($0) }
            ?? Array(word.utf8).withUnsafeBufferPointer { pronounKey($0) }
    }

    /// The UTF-8 bytes `bytes` and their count in one integer (the count above the bytes, the first byte lowest),
    /// or nil for more than four bytes: two words of at most four bytes have equal keys exactly when their bytes
    /// are equal.
    private static func pronounKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.count <= 4 else { return nil }
        var key = UInt64(bytes.count) << 32
        for k in 0..<bytes.count { key |= UInt64(bytes[k]) << (8 * UInt64(k)) }
        return key
    }

    /// `Names.pronouns` by `packedPronounKey` (all of them pack: ASCII of at most four bytes).
    private static let packedPronouns: [(key: UInt64, features: (Gender, Bool))] = Names.pronouns.map {
        word, features in
        guard word.utf8.allSatisfy({ $0 < 0x80 }), let key = packedPronounKey(word) else {
            preconditionFailure("a pronoun that does not pack: \(word)")
        }
        return (key, features)
    }

    /// Prepositions that open a sentence with a phrase before its subject (`In …, Paul Ryan said`).
    static let openingPrepositions: [String] = [
        "in", "on", "at", "after", "before", "during", "despite", "since", "amid", "following", "unlike", "for",
        "with", "from", "under", "without", "throughout", "within", "by", "to",
    ]

    /// Where the clause of the sentence starting at `sentenceStart` begins: one past the comma closing an
    /// opening prepositional phrase (`In a statement on Tuesday, …`), else the sentence start. The phrase goes on
    /// over a place set off by commas and over another prepositional phrase (`At a town hall in Dayton, Ohio,
    /// on Saturday, …`).
    static func openingPhraseEnd(sentenceStart: Int, narration: Narration) -> Int {
        let tokens = narration.tokens
        guard sentenceStart < tokens.count, tokens[sentenceStart].isWord,
            tokens[sentenceStart].lexicon.contains(.openingPreposition)
                || isOpeningParticiple(sentenceStart, narration)
        else { return sentenceStart }
        let limit = min(tokens.count, sentenceStart + 25)
        var k = sentenceStart + 1
        var end = sentenceStart
        while true {
            while k < limit, tokens[k].isWord || narration.lower(of: k).equals("'s") { k += 1 }
            guard k < limit, narration.lower(of: k).equals(",") else { return end }
            end = k + 1
            guard end < limit, tokens[end].isWord else { return end }
            if tokens[end].lexicon.contains(.openingPreposition), !tokens[end].isCapitalized {
                k = end + 1  // `…, on Sunday,`
            } else if end + 1 < limit, narration.lower(of: end + 1).equals(","),
                MentionDetector.isStateOrPlace(end, narration)
            {
                k = end + 1  // `…, Iowa,`, `…, Calif.,`, `…, N.H.,`
            } else {
                return end
            }
        }
    }

    /// True when token `k` opens a sentence with a participle and its preposition (`Speaking in Oslo, …`,
    /// `Asked about the plan, …`): a word in `-ing` or `-ed` that is no first name (`Ted`), before a preposition or
    /// `whether` (a surname before its verb, `Manning said`, is not).
    private static func isOpeningParticiple(_ k: Int, _ narration: Narration) -> Bool {
        let flags = narration.tokens[k].lexicon
        guard !flags.isDisjoint(with: [.endsInIng, .endsInEd]),
            flags.isDisjoint(with: .firstName), k + 1 < narration.tokens.count,
            narration.tokens[k + 1].isWord, !narration.tokens[k + 1].isCapitalized
        else { return false }
        return narration.tokens[k + 1].lexicon.contains(.preposition) || narration.lower(of: k + 1).equals("whether")
    }

    /// True when token `k` is a place, or a state's abbreviation (`Calif.`, `N.H.`), as a city's state follows it.
    static func isStateOrPlace(_ k: Int, _ narration: Narration) -> Bool {
        let token = narration.tokens[k]
        guard token.isCapitalized else { return false }
        if token.lexicon.contains(.place) { return true }
        let lowered = narration.lower(of: k)
        guard lowered.hasSuffix(".") else { return false }
        return Narration.capitalisedAbbreviations.contains(lowered.trimmingPeriod)
            || (token.isAllCaps && lowered.utf8.count <= 5)  // `n.h.`, `d.c.`
    }

    /// Days and months: they end a name run (`Pence Thursday`).
    static let calendarWords: [String] = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december", "jan.",
        "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
    ]

    /// Words that open place and body names (`New York`, `United Nations`, `White House`).
    static let nameOpeners: [String] = [
        "new", "united", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "saudi",
        "white", "supreme", "hong", "san", "los", "las", "sri", "costa", "puerto", "great",
        // Prepositions that open a sentence (`Names.notNames`) but also bodies' names (`Inside Climate News`).
        "inside", "outside", "near",
        // A street that stands for the government in it (`Downing Street said`), not a participle opening a sentence.
        "downing",
    ]

    /// Small words a headline leaves in lower case.
    static let headlineSmallWords: [String] = [
        "a", "an", "the", "of", "on", "in", "and", "for", "to", "with", "at", "by", "from", "or", "as", "vs", "'s",
        "is", "it", "up", "into", "over", "after", "if", "but", "not", "about",
    ]

    /// For each paragraph, true when it is written in title case: at least five words, all capitalised but
    /// small words (`Marsh Sees 'Real Danger' if Voters Don't Turn Out for Her.`).
    static func headlineParagraphs(_ narration: Narration) -> [Bool] {
        (0..<max(0, narration.paragraphStarts.count - 1)).map { isHeadline($0, narration) }
    }

    /// `headlineParagraphs(narration)` in the storage of `storage` (emptied, and left empty).
    private static func headlineParagraphs(_ narration: Narration, into storage: inout [Bool]) -> [Bool] {
        let count = max(0, narration.paragraphStarts.count - 1)
        var headlines = [Bool].reused(&storage, capacity: count)
        for p in 0..<count { headlines.append(isHeadline(p, narration)) }
        return headlines
    }

    /// True when paragraph `p` is written in title case (see `headlineParagraphs`).
    static func isHeadline(_ p: Int, _ narration: Narration) -> Bool {
        let starts = narration.paragraphStarts
        // (A paragraph of fewer than five tokens has fewer than five words: its tokens need no reading. Dialogue
        // has many such, `"…," he said.`, a quote being one token.)
        guard p + 1 < starts.count, starts[p + 1] - starts[p] >= 5 else { return false }
        var words = 0
        for k in starts[p]..<starts[p + 1] where narration.tokens[k].isWord {
            if !narration.tokens[k].isCapitalized && !narration.tokens[k].lexicon.contains(.headlineSmallWord)
                && startsWithLetter(narration.lower(of: k))
            {
                return false
            }
            words += 1
        }
        return words >= 5
    }

    /// `word.first?.isNumber == true`, without building a `Character` when the first byte is ASCII (where only
    /// the digits are numbers).
    static func startsWithNumber(_ word: String) -> Bool {
        guard let byte = word.utf8.first else { return false }
        if byte < 0x80 { return byte &- 0x30 < 10 }
        return word.first?.isNumber == true
    }

    /// `word.first?.isLetter == true`, without building a `Character` when the first byte is ASCII (where only
    /// `A-Z` and `a-z` are letters).
    static func startsWithLetter(_ word: String) -> Bool {
        guard let byte = word.utf8.first else { return false }
        if byte < 0x80 { return (byte | 0x20) &- 0x61 < 26 }
        return word.first?.isLetter == true
    }

    /// True when token `k` is an acronym (`NATO`, `U.S.`): all capitals, at most six letters.
    private func isAcronym(_ k: Int, _ narration: Narration) -> Bool {
        guard narration.tokens[k].isAllCaps else { return false }
        // An ASCII word (no `\r\n`) has one Character per byte: its letters are counted on the bytes.
        let utf8 = narration.lower(of: k).utf8
        if let letters = utf8.withContiguousStorageIfAvailable({ bytes -> Int? in
            var letters = 0
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if byte != 0x2E { letters += 1 }
            }
            return letters
        }), let letters {
            return letters <= 6
        }
        return narration.lower(of: k).filter { $0 != "." }.count <= 6
    }

    /// True when token `k` comes right after a quote in its paragraph (`"…," the organizer told them`): a phrase
    /// there before a cue verb is the quote's speaker whatever its head noun, so a description ends before a cue
    /// in any tense (`nominalEnd(from:tokens:anyTense:)`).
    @inline(__always) static func followsQuote(_ k: Int, in tokens: [Narration.Token]) -> Bool {
        k > 0 && tokens[k - 1].kind == .quote && tokens[k - 1].paragraph == tokens[k].paragraph
    }

    /// True when token `k`, a cue form, is a head noun before a cue verb (`One tweet said`, `the post reads`).
    @inline(__always) static func isHeadBeforeCue(_ k: Int, _ tokens: [Narration.Token]) -> Bool {
        tokens[k].lexicon.contains(.nominalHead) && k + 1 < tokens.count && tokens[k + 1].isCue
    }

    /// One past the head noun of a description starting with a determiner at `start`, or nil.
    /// With `anyTense`, any noun right before any cue verb ends the description (`the New York businessman said`).
    private func nominalEnd(from start: Int, tokens: [Narration.Token], anyTense: Bool = false) -> Int? {
        var end: Int?
        var k = start + 1
        while k < tokens.count, k <= start + 5, tokens[k].isWord, tokens[k].paragraph == tokens[start].paragraph {
            let lexicon = tokens[k].lexicon
            if (tokens[k].isCue && !MentionDetector.isHeadBeforeCue(k, tokens))
                || !lexicon.isDisjoint(with: [.pronoun, .nominalStop])
            {
                break
            }
            if lexicon.contains(.nominalHead) {
                end = k + 1
            } else if end != nil, lexicon.contains(.endsInEd), !tokens[k].isCapitalized {
                break  // `The senator emailed supporters`: a past tense after the head is the verb
            } else if k + 1 < tokens.count, tokens[k + 1].isCue, anyTense || tokens[k + 1].lexicon.contains(.endsInS),
                !tokens[k].isCapitalized,
                lexicon.isDisjoint(with: [.endsInLy, .possessive])
            {
                end = k + 1  // `the ad's narrator says`: any noun right before a present-tense cue (news style)
            }
            k += 1
        }
        return end
    }
}

extension String {
    /// The string without a final period (`mr.` -> `mr`).
    var trimmingPeriod: String { hasSuffix(".") ? String(dropLast()) : self }
}
