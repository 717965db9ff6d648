import FoundationEssentials

/// Decides whether a predicted speaker names the gold speaker, with `score.py`'s normalisation and rules.
public enum SpeakerMatcher {
    /// A normalised token, compared by code points.
    typealias Token = [Unicode.Scalar]

    private static let pronouns = tokenSet(
        "he she it they we i you him her them us me his hers its their our my your who whom which that this one "
            + "himself herself themselves")
    private static let generationSuffixes = tokenSet("jr sr ii iii iv")

    private static func tokenSet(_ words: String) -> Set<Token> {
        Set(words.split(separator: " ").map { Array($0.unicodeScalars) })
    }

    /// `score.py`'s `norm_speaker`: accents, case, possessive `'s` and punctuation removed, a leading `the`
    /// and trailing `Jr`/`Sr`/`II`/`III`/`IV` dropped, tokens joined by single spaces; empty for nil.
    public static func normalize(_ name: String?) -> String {
        tokens(name).map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
    }

    /// True when `predicted` names the speaker `gold` (or one of its `mentions`); never for a pronoun.
    public static func isCorrect(predicted: String?, gold: String?, mentions: [String] = []) -> Bool {
        let p = tokens(predicted)
        let g = tokens(gold)
        if p.isEmpty || g.isEmpty { return false }
        if p == g { return true }
        if p.allSatisfy(pronouns.contains) { return false }
        let n = min(p.count, g.count)
        if p.suffix(n).elementsEqual(g.suffix(n)) { return true }
        return mentions.contains { tokens($0) == p }
    }

    /// The tokens of the normalised name.
    static func tokens(_ name: String?) -> [Token] {
        guard let name else { return [] }
        let decomposed = CompatibilityDecomposition.decomposed(name.unicodeScalars)
        let bare = decomposed.filter { $0.properties.canonicalCombiningClass.rawValue == 0 }
        let lowered = PythonText.lowercased(bare).map { $0 == "\u{2019}" ? "'" : $0 }
        var tokens = withoutPossessives(lowered).split { !PythonText.isWord($0) }.map(Array.init)
        if tokens.first == Array("the".unicodeScalars) { tokens.removeFirst() }
        while tokens.count > 1, let last = tokens.last, generationSuffixes.contains(last) { tokens.removeLast() }
        return tokens
    }

    /// `re.sub(r"'s\b", "", s)`: drops `'s` where no word character follows.
    private static func withoutPossessives(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var i = 0
        while i < s.count {
            if s[i] == "'", i + 1 < s.count, s[i + 1] == "s", i + 2 == s.count || !PythonText.isWord(s[i + 2]) {
                i += 2
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return out
    }
}
