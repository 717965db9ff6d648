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

    /// `dashes.contains(word)` by comparisons: no hashing of the word after every quote.
    static func isDash(_ word: String) -> Bool {
        word == "\u{2015}" || word == "\u{2014}" || word == "\u{2013}" || word == "-"
            || word == "--"
    }

    func attribute(_ quote: Int, in context: AttributionContext) -> Attribution? {
        let tokens = context.tokens
        let q = context.narration.quoteTokens[quote]
        let dash = q + 1
        guard dash + 1 < tokens.count, tokens[dash].paragraph == tokens[q].paragraph,
            Self.isDash(tokens[dash].lower), let m = context.mention(startingAt: dash + 1),
            context.mentions.mentions[m].form == .name
        else { return nil }
        // Nothing but a period may follow the name in its paragraph.
        var end = context.mentions.tokenRanges[m].upperBound
        if end < tokens.count, tokens[end].lower == ".", tokens[end].paragraph == tokens[q].paragraph { end += 1 }
        guard end == tokens.count || tokens[end].paragraph != tokens[q].paragraph else { return nil }
        return Attribution(quote: quote, source: .mention(m), cue: nil, rule: Self.id, confidence: 0.8)
    }
}
