import Foundation
import Testing

@testable import QuoteSources

/// The byte-level record reader against `JSONSerialization`, whose results it must reproduce exactly.
@Suite struct JSONRecordScannerTests {
    /// Records the scanner reads itself, or hands back (nil) to `JSONSerialization`.
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
    ]

    @Test(arguments: records) func matchesJSONSerialization(record: String) throws {
        let names = ["text", "document", "id"]
        let bytes = Array(record.utf8)
        let values = bytes.withUnsafeBufferPointer { JSONRecordScanner.scan($0, fields: names.map { Array($0.utf8) }) }
        guard let values else { return }  // left to JSONSerialization
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) as? [String: Any])
        for (k, name) in names.enumerated() {
            let expected = object[name]
            switch values[k] {
            case nil: #expect(expected == nil)
            case .string(let string)?:
                #expect((expected as? String).map { Array($0.unicodeScalars) } == Array(string.unicodeScalars))
            case .integer(let number)?:
                #expect(!(expected is String) && (expected as? NSNumber)?.stringValue == String(number))
            case .otherNumber?, .boolean?: #expect(expected is NSNumber && !(expected is String))
            case .null?: #expect(expected is NSNull)
            case .container?: #expect(expected is [Any] || expected is [String: Any])
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
