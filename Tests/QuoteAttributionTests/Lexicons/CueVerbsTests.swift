import Testing

@testable import QuoteAttribution

/// The forms of the regular cue verbs, spelt as English spells them.
@Suite struct CueVerbsTests {
    @Test(
        arguments: [
            ("agree", ["agree", "agrees", "agreed", "agreeing"]),
            ("note", ["note", "notes", "noted", "noting"]),
            ("deny", ["deny", "denies", "denied", "denying"]),
            ("stress", ["stress", "stresses", "stressed", "stressing"]),
            ("warn", ["warn", "warns", "warned", "warning"]),
        ])
    func inflectionsAreSpeltRight(verb: String, forms: [String]) {
        #expect(CueVerbs.inflections(of: verb) == forms)
    }

    /// Every regular verb's `-ing` form is a cue form unless listed as not one.
    @Test func theIngFormsAreCueForms() {
        #expect(CueVerbs.forms.contains("agreeing"))
        #expect(!CueVerbs.forms.contains("agreing"))
    }

    /// The voices of fiction cue (`croaked`, `drawled`, `queried`); `echo`, which the news uses for opinions (`members
    /// echo her concerns`), does not.
    @Test func fictionsVoicesCue() {
        for verb in ["croaked", "drawled", "queried", "squeaked", "faltered", "ejaculated", "coaxed"] {
            let text = "Tom came in.\n\n\"Go away,\" \(verb) Mary."
            #expect(QuoteAnalyzer().analyze(text).quotations.first?.cue?.text == verb, "\(verb)")
        }
        #expect(!CueVerbs.forms.contains("echo"))
    }
}
