/// `"I'd rather live in what he calls hell." ― Adriana Rodarte`: a dash and a name closing the quote's paragraph
/// sign the quote, as under an epigraph or in a list of reader comments.
struct DashNameAfterQuoteRule: AttributionRule {
    static let id = "dash_name_after_quote"
    static let summary = "A dash and a name closing the quote's paragraph sign the quote."
    static let examples = [
        RuleExample(
            text: "\"No one is writing songs for Hillary.\" \u{2015} Christina Lastra", speaker: "Christina Lastra")
    ]

    /// Dashes that introduce a signature.
    static let dashes: Set<String> = ["\u{2015}", "\u{2014}", "\u{2013}", "-", "--"]

    /// `dashes.contains(word)` by its UTF-8 bytes: no hashing of the word after every quote, and no Unicode
    /// comparison with the non-ASCII dashes (about 900 instructions a token). Bytes decide exactly here: no
    /// character decomposes canonically to a text holding a dash or a hyphen-minus, so a text is canonically
    /// equivalent to one of these only when it is that very text.
    static func isDash(_ word: String) -> Bool {
        let utf8 = word.utf8
        switch utf8.count {
        case 1: return utf8.first == 0x2D  // `-`
        case 2: return utf8.first == 0x2D && utf8.last == 0x2D  // `--`
        case 3:
            // U+2013, U+2014 and U+2015 are E2 80 93, E2 80 94 and E2 80 95.
            guard utf8.first == 0xE2, utf8[utf8.index(after: utf8.startIndex)] == 0x80, let last = utf8.last else {
                return false
            }
            return last >= 0x93 && last <= 0x95
        default: return false
        }
    }

    @inline(__always) func attribute(_ quote: Int, in context: AttributionContext) -> Decision? {
        let tokens = context.tokens
        let q = context.narration.quoteTokens[quote]
        let dash = q + 1
        guard dash + 1 < tokens.count, tokens[dash].paragraph == tokens[q].paragraph,
            Self.isDash(context.lower(of: dash)), let m = context.mention(startingAt: dash + 1),
            context.mentions.mentions[m].form == .name
        else { return nil }
        // Nothing but a period may follow the name in its paragraph.
        var end = context.mentions.tokenRanges[m].upperBound
        if end < tokens.count, context.lower(of: end).equals("."), tokens[end].paragraph == tokens[q].paragraph {
            end += 1
        }
        guard end == tokens.count || tokens[end].paragraph != tokens[q].paragraph else { return nil }
        return Decision(quote: quote, source: .mention(m), cue: nil, rule: Self.self, confidence: 0.8)
    }
}
