/// A check that a JSON object holds only the keys a type knows: a misspelt option is an error, not a default.
enum KnownKeys {
    /// Any key of a keyed container.
    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Throws `DecodingError.dataCorrupted` naming the first key of `decoder`'s object that is not in `Keys`
    /// (`unknown key "minConfidence" (known: minimumConfidence, …)`).
    static func check<Keys: CodingKey & CaseIterable>(_ decoder: any Decoder, against _: Keys.Type) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        let known = Keys.allCases.map(\.stringValue)
        // `allKeys` comes in no stated order: the first unknown one in sorted order, so the message is stable.
        guard let unknown = container.allKeys.map(\.stringValue).filter({ !known.contains($0) }).min() else { return }
        throw DecodingError.dataCorrupted(
            DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "unknown key \"\(unknown)\" (known: \(known.joined(separator: ", ")))"))
    }
}
