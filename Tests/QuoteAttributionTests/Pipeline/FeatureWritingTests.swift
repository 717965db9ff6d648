import Testing

@testable import QuoteAttribution

/// Feature writing's ways of naming who speaks: fragments, things with names, descriptions that open a profile.
struct FeatureWritingTests {
    @Test(arguments: [
        // A name that is its whole sentence (`Anaemia.`) has no verb to be the subject of: `she` is Ruth.
        (
            #"For six years, Ruth had a diagnosis that changed every time she saw a new doctor. Anxiety. Anaemia. A thyroid problem.\#n\#n"I had a folder this thick," she says."#,
            ["Ruth"]
        ),
    ])
    func theSpeakerIsThePersonMeant(text: String, speakers: [String?]) {
        #expect(QuoteAnalyzer().analyze(text).quotations.map(\.speaker) == speakers)
    }
}
