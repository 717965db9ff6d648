/// `"PENCE: Well, look, …"`: an interview transcript names the speaker with a label opening the quote.
struct TranscriptLabelRule: AttributionRule {
    static let id = "transcript_label"
    static let summary = "A capitalised speaker label and a colon opening the quote, as in transcripts."
    static let examples = [
        RuleExample(
            text: "Mike Pence spoke to Chris Wallace.\n\n\"PENCE: Well, look, this is serious business.\"",
            speaker: "Mike Pence")
    ]

    @inline(__always) func attribute(_ quote: Int, in context: AttributionContext) -> Decision? {
        let content = context.quotes[quote].content
        let raw = context.document.bytes.bytes
        // One to three words in capitals (letters, spaces, periods, apostrophes, hyphens), then `:` and a space.
        var end = content.start
        var letters = 0
        while end < min(content.end, content.start + 40) {
            let byte = raw[end]
            if byte >= 0x41 && byte <= 0x5A {
                letters += 1
            } else if byte == 0x3A {
                break
            } else {
                // A space, period, apostrophe or hyphen (a switch: the array these were in was walked per quote).
                switch byte {
                case 0x20, 0x2E, 0x27, 0x2D: break
                default: return nil
                }
            }
            end += 1
        }
        guard letters >= 2, end + 1 < content.end, raw[end] == 0x3A, raw[end + 1] == 0x20 else { return nil }
        let range = TextRange(content.start, end)
        let text = context.document.text(range)
        guard text.split(separator: " ").count <= 3, text.first != " " else { return nil }
        return Decision(
            quote: quote, source: .label(range), cue: nil, rule: Self.self, confidence: 0.8)
    }
}
