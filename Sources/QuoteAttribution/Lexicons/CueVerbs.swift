/// Reporting verbs and phrases that introduce speech, with every inflection.
enum CueVerbs {
    /// Verbs that report speech in news and fiction; inflections are generated.
    static let regular: [String] = [
        "accuse", "acknowledge", "add", "admit", "advise", "agree", "allege", "announce", "answer", "argue",
        "ask", "assert", "assure", "blast", "blurt", "boast", "brag", "call", "caution", "charge", "chime",
        "chuckle", "cite", "claim", "comment", "complain", "concede", "conclude", "confess", "confirm",
        "continue", "contend", "counter", "declare", "demand", "deny", "denounce", "describe", "dub",
        "emphasize", "emphasise", "exclaim", "explain", "gasp", "grumble", "growl", "inquire", "enquire",
        "insist", "interject", "interrupt", "joke", "lament", "laugh", "maintain", "mention", "mock", "mumble",
        "murmur", "mutter", "muse", "note", "object", "observe", "offer", "plead", "point", "post", "praise",
        "predict", "proclaim", "promise", "protest", "pursue", "question", "quip", "reason", "recall", "recount",
        "reflect", "rejoin", "remark", "remind", "repeat", "reply", "report", "respond", "resume", "retort",
        "return", "reveal", "scoff", "scream", "shout", "shriek", "sigh", "slam", "snap", "sneer", "sob",
        "speculate", "state", "stammer", "stress", "suggest", "tease", "testify", "thunder", "tweet",
        "urge", "venture", "vow", "wail", "warn", "whisper", "wonder", "write", "yell", "label", "brand",
        "characterize", "characterise", "criticize", "criticise", "describe", "decry", "hail", "insist",
        "rant", "smile", "grin", "nod", "breathe", "cry", "exult", "persist", "interpose", "beg", "implore",
        "entreat", "inform", "demur", "hiss", "groan", "moan", "bellow", "roar", "stutter",
        "pledge", "deride", "insult", "affirm", "dismiss", "blame", "applaud", "condemn", "lambaste", "ridicule",
        "reiterate", "scold", "chide", "rebuke", "tout", "hint", "pronounce", "summarize", "summarise", "opine",
        // Voices of fiction (`"Go away," croaked the old man`).
        "whimper", "snarl", "grunt", "bark", "screech", "chirp", "purr", "drawl", "lisp", "gush", "coax", "jeer",
        "giggle", "titter", "croak", "wheeze", "ejaculate", "falter", "hoot", "boom", "pant", "query", "squeak",
        "echo", "assent", "hazard", "quaver", "confide", "remonstrate", "sniff", "bluster", "bawl", "fume",
        "expostulate", "reassure", "exhort", "chorus", "contradict", "whine", "chatter", "mourn",
    ]

    /// Irregular forms, listed in full.
    static let irregular: [String] = [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote",
        "written", "writing", "speak", "speaks", "spoke", "speaking", "think", "thinks", "thought",
        "begin", "begins", "began", "beginning", "put", "puts", "putting", "go", "went", "swear", "swore",
        "sworn", "bid", "forecast", "read", "reads", "quote", "quoted", "quotes", "quoting", "hear", "heard",
    ]

    /// Every form, lower-cased.
    static let forms = Set(formList)

    /// Every form, lower-cased, as a list (a form perhaps twice): the irregular forms and the inflections of the
    /// regular verbs, less `notCues`. The lexicon table reads this list: hashing the forms into `forms` cost
    /// 0.4 M instructions at every start-up.
    static var formList: [String] {
        // `notCues` holds ASCII words, and two ASCII texts are equal exactly when their bytes are: the forms that
        // pack are compared as two integers each, not as Strings (the others, if any, as Strings).
        let packedNotCues = notCues.compactMap(PackedWord.init)
        let comparePacked = packedNotCues.count == notCues.count
        func isCue(_ form: String) -> Bool {
            if comparePacked, let key = PackedWord(form) { return !packedNotCues.contains(key) }
            return !notCues.contains(form)
        }
        var result: [String] = []
        result.reserveCapacity(irregular.count + 4 * regular.count)
        for form in irregular where isCue(form) { result.append(form) }
        for verb in regular {
            for form in inflections(of: verb) where isCue(form) { result.append(form) }
        }
        return result
    }

    /// Forms of the lists above that do not cue: too often a noun or a verb of other sense (`the question`).
    static let notCues: [String] = [
        "go", "hear", "heard", "put", "puts", "putting", "begin", "begins", "question",
        "offer", "point", "post", "return", "object", "state", "report", "call", "note", "smile",
        "counter", "mention", "echo", "echoes", "chorus",
    ]

    /// Capitalised cue forms that still cue (a sentence start, a headline: `Lindsey Graham Says`); any other
    /// capitalised form is a name or a title word (`the United States`, `Asking`).
    static let headline: [String] = [
        "says", "said", "tells", "told", "warns", "warned", "claims", "claimed", "asks", "asked", "urges", "urged",
        "slams", "blasts", "calls", "denies", "admits", "insists", "vows", "adds", "added", "writes", "wrote",
        "explains", "explained", "replied", "answered", "cried", "exclaimed",
    ]

    /// Forms that report speech only next to a quote, not as a verb of a sentence far away.
    static let weak: Set<String> = [
        "smiled", "smiles", "grinned", "nodded", "laughed", "sighed", "thought", "wondered",
        "began", "returned", "continued", "resumed", "pursued", "cried", "breathed",
    ]

    /// Nouns and phrases that cue a speaker: `in a statement`, `according to`.
    static let according = ["according to"]

    /// The regular verbs that double their last consonant before `-ed` and `-ing` (`admitted`, `snapping`). A list,
    /// not a set: `inflections(of:)` reads it for every verb, and hashing it cost more than the comparisons.
    private static let doublingVerbs: [String] = ["admit", "quip", "snap", "sob", "chat", "plan", "beg"]

    /// The base, third person, past and -ing forms of a regular verb.
    static func inflections(of verb: String) -> [String] {
        if verb.hasSuffix("ee") {  // `agreeing`: a double e keeps both before -ing
            return [verb, verb + "s", verb + "d", verb + "ing"]
        } else if verb.hasSuffix("e") {
            let stem = String(verb.dropLast())
            return [verb, verb + "s", verb + "d", stem + "ing"]
        } else if verb.hasSuffix("y"), let before = verb.dropLast().last, !"aeiou".contains(before) {
            let stem = String(verb.dropLast())
            return [verb, stem + "ies", stem + "ied", verb + "ing"]
        } else if verb.hasSuffix("sh") || verb.hasSuffix("ch") || verb.hasSuffix("s") || verb.hasSuffix("x") {
            return [verb, verb + "es", verb + "ed", verb + "ing"]
        } else if doublingVerbs.contains(verb) {
            let last = String(verb.last!)
            return [verb, verb + "s", verb + last + "ed", verb + last + "ing"]
        } else {
            return [verb, verb + "s", verb + "ed", verb + "ing"]
        }
    }
}
