import Testing

@testable import QuoteSources

/// The byte-level record reader against `JSONRecordParser`, the general path, whose results it must reproduce
/// exactly (and `JSONRecordParserTests` checks that one against `JSONSerialization`).
@Suite struct JSONRecordScannerTests {
    /// Records the scanner reads itself, or hands back (nil) to `JSONRecordParser`.
    static let records: [String] = [
        #"{"document": "a", "text": "She said \"yes\"."}"#,
        #"{"id": 7, "text": "second", "quotes": [{"start": 1, "end": 2.5}], "meta": {"a": [true, false, null]}}"#,
        #"{"text": "\u00e9\u00C9 \ud83d\ude00 \uD83D\uDE00 \u2028 \/ \\ \b\f\n\r\t \u0000"}"#,
        "{\"text\": \"raw é 😀 ’ \u{2028}\", \"id\": -0}",
        "\t{ \"text\" : \"spaced\" , \"id\" : -9223372036854775808 }\r",
        #"{"text": "x", "id": 9223372036854775808}"#,
        #"{"text": "x", "id": 1.5}"#,
        #"{"text": "x", "id": true}"#,
        #"{"text": "x", "id": 1e2}"#,
        #"{"text": "x", "document": null, "id": "second choice"}"#,
        #"{"text": "x", "document": [], "id": {}}"#,
        #"{"text": 5}"#,
        #"{"text": null}"#,
        #"{"body": "no text"}"#,
        #"{}"#,
        #"[1, 2]"#,
        #""text""#,
        #"{"text": "a", }"#,
        #"{"text": "a", "z": [1,]}"#,
        #"{"text": "dup", "text": "dup2"}"#,
        #"{"te\u0078t": "escaped key"}"#,
        #"{"tëxt": "non-ASCII key", "text": "x"}"#,
        #"{"text": "lone \ud800 surrogate"}"#,
        #"{"text": "bad \x escape"}"#,
        "{\"text\": \"raw \u{01} control\"}",
        "{\"text\": \"\\n\u{FEFF}after an escape\"}",
        "{\"text\": \"\u{FEFF}first\"}",
        #"{"text": "x", "id": 01}"#,
        #"{"text": "x"} trailing"#,
        #"{"text": "unterminated}"#,
        #"{"text": "x", "n": 1"# + String(repeating: "0", count: 400) + "}",
        #"{"text": "x", "a": "# + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "}",
        // Strings longer than the sixteen-byte blocks, with escapes and non-ASCII bytes on either side of a block's
        // end, wanted and skipped.
        #"{"text": "0123456789abcde\n0123456789abcdef\u00e9 0123456789ab\ud83d\ude00 and é ’ at the end", "id": 3}"#,
        #"{"q": [{"t": "0123456789abcdef0123456789\"abcdef", "n": [1, -2.5, true, null, {}]}], "text": "0123456789abcdefé"}"#,
        "{\"text\": \"0123456789abcde\u{FEFF}after a block\"}",
        // Long strings scanned thirty-two bytes at a time: escapes, non-ASCII bytes, a U+FEFF and the closing
        // quote in the first and in the second half of a pair of blocks, and across the pair's end.
        #"{"text": "0123456789abcdef0123456789abcde\n0123456789abcdef0123456789abcdefé0123456789abcdef0123456789\"ab"}"#,
        #"{"text": "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde\u00e9\ud83d\ude00 0123456789abcdef0123456789abcdef"}"#,
        "{\"text\": \"0123456789abcdef0123456789abcdef0123456789abcdef0\u{FEFF}23456789abcdef\"}",
        "{\"text\": \"0123456789abcdef0123456789abcdef0123456789abcdef0\u{01}23456789abcdef\"}",
        #"{"text": "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}"#,
        // Spaces after commas and colons: one (the usual layout), none, two, or a space and a line break or a tab,
        // and a separator at the record's end.
        "{\"a\": [1,  2,\t3, \n4], \"b\" :  {\"c\":\t\"d\", \r\"e\": 1,\"f\": 2}, \"text\":  \"x\", \"id\": \n5}",
        #"{"text": "x", "a": [1, ]}"#,
        #"{"text": "x", "a": {"b": 1, }}"#,
        #"{"text": "x", "a": [1, "#,
        #"{"text": "x", "a": {"b": "#,
        #"{"text": "x", "a": {"b": 1,"#,
    ]

    /// A skipped value may nest containers down to level 64 (the field's value is level 1), and no deeper.
    @Test func skipsNestingToTheLimit() {
        func scans(_ value: String) -> Bool {
            let record = Array(#"{"text": "x", "a": "#.utf8) + Array(value.utf8) + [0x7D]
            return record.withUnsafeBufferPointer { JSONRecordScanner.scan($0, fields: [Array("text".utf8)]) } != nil
        }
        func nested(_ depth: Int, _ inner: String, object: Bool = false) -> String {
            object
                ? String(repeating: #"{"k": "#, count: depth) + inner + String(repeating: "}", count: depth)
                : String(repeating: "[", count: depth) + inner + String(repeating: "]", count: depth)
        }
        #expect(scans(nested(64, "")))
        #expect(!scans(nested(64, "1")))
        #expect(scans(nested(63, "1")))
        #expect(!scans(nested(65, "")))
        #expect(scans(nested(63, "{}", object: true)))
        #expect(!scans(nested(64, "1", object: true)))
        #expect(!scans("[1, 2,]"))
        #expect(!scans(#"{"k": 1,}"#))
        #expect(!scans(#"{"k" 1}"#))
        #expect(!scans("[tru]"))
        #expect(scans(#"[true, false, null, "s", -0.5, {"k": [[], {}]}]"#))
    }

    @Test(arguments: records) func matchesTheParser(record: String) throws {
        let names = ["text", "document", "id"]
        let bytes = Array(record.utf8)
        let values = bytes.withUnsafeBufferPointer { JSONRecordScanner.scan($0, fields: names.map { Array($0.utf8) }) }
        guard let values else { return }  // left to JSONRecordParser
        guard case .success(let members) = JSONRecordParser.members(of: record) else {
            Issue.record("the scanner read a record the parser rejects: \(record)")
            return
        }
        for (k, name) in names.enumerated() {
            let expected = members[name]
            switch values[k] {
            case nil: #expect(expected == nil)
            case .string(let string)?:
                guard case .string(let parsed)? = expected else {
                    Issue.record("\(name): \(String(describing: expected)) is not a string")
                    continue
                }
                #expect(Array(parsed.unicodeScalars) == Array(string.unicodeScalars))
            case .integer(let number)?: #expect(expected == .number(String(number)))
            case .otherNumber?:
                guard case .number? = expected else {
                    Issue.record("\(name): \(String(describing: expected)) is not a number")
                    continue
                }
            case .boolean?: #expect(expected == .boolean)
            case .null?: #expect(expected == .null)
            case .container?: #expect(expected == .container)
            }
        }
    }

    @Test func readsTheCommonRecordsItself() {
        let read = JSONRecordScannerTests.records.prefix(5).filter { record in
            Array(record.utf8).withUnsafeBufferPointer {
                JSONRecordScanner.scan($0, fields: [Array("text".utf8)]) != nil
            }
        }
        #expect(read.count == 5)
    }
}
