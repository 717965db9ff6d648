import Foundation
import Testing

@testable import QuoteSources

/// The general record reader, against `JSONSerialization` (the reader the project used before it dropped
/// Foundation) and on the cases where the two are meant to differ.
@Suite struct JSONRecordParserTests {
    /// The scanner's records, and more that only the general path reads.
    static let records: [String] =
        JSONRecordScannerTests.records + [
            #"{"te\u0078t": "escaped key", "\u0069d": 3}"#,
            #"{"text": "nested", "a": [{"b": [1, {"c": [true, false, null, -1.5e-3, "\u00e9"]}]}, {}], "d": []}"#,
            #"{"text": "x", "id": 12345678901234567890}"#,
            #"{"text": "x", "id": -1.25E+2}"#,
            #"  {"text":"no spaces","id":"k"}  "#,
            #"{"text": "x", "a": [1 2]}"#,
            #"{"text": "x", "a": {"b" 1}}"#,
            #"{"text": "x", "a": tru}"#,
            #"{"text": "x", "a": -}"#,
            #"{"text": "x", "a": 1.}"#,
            #"{"text": "x", "a": 1e}"#,
            #"{"text": "x", "a": .5}"#,
            #"{"text": "x" "id": 1}"#,
            #"{"text": "x",, "id": 1}"#,
            #"{text: "x"}"#,
            #"{"text": 'x'}"#,
            #"{"text": "\uD83D\u0041"}"#,
            #"{"text": "\uDE00 low first"}"#,
            #"{"text": "\u12G4"}"#,
            "",
            "   ",
            "{",
            "null",
            "{\"text\": \"x\"}\u{0}",
        ]

    /// True for a record with a comma before a closing `}` or `]`: `JSONSerialization` on Linux accepts it, RFC 8259,
    /// Python's `json` (which the reference scorer reads with) and `jq` reject it, and so does the parser.
    static func hasTrailingComma(_ record: String) -> Bool {
        record.contains(", }") || record.contains(",}") || record.contains(",]") || record.contains(", ]")
    }

    /// Either both readers reject the record, or both read it and agree on every field the reader asks for; but
    /// for trailing commas, and integers too long for a `Double` and lone surrogate escapes, which
    /// `JSONSerialization` rejects and Python reads.
    @Test(arguments: records) func agreesWithJSONSerialization(record: String) throws {
        let expected = try? JSONSerialization.jsonObject(with: Data(record.utf8), options: [.fragmentsAllowed])
        if JSONRecordParserTests.hasTrailingComma(record) {
            guard case .failure(let failure) = JSONRecordParser.members(of: record) else {
                Issue.record("a trailing comma should be an error")
                return
            }
            #expect(failure.reason.hasPrefix("expected a"))
            return
        }
        // A lone surrogate escape: `JSONSerialization` rejects it, Python reads it (as one code point: U+FFFD here).
        if expected == nil, record.range(of: #"\\u[dD][89a-fA-F]"#, options: .regularExpression) != nil,
            case .success(let members) = JSONRecordParser.members(of: record)
        {
            guard case .string(let text)? = members["text"] else {
                Issue.record("no text")
                return
            }
            #expect(text.unicodeScalars.contains("\u{FFFD}"))
            return
        }
        if record.contains("1" + String(repeating: "0", count: 400)) {
            #expect(expected == nil)
            #expect((try? JSONRecordParser.members(of: record).get())?["n"] == .number("1" + String(repeating: "0", count: 400)))
            return
        }
        switch JSONRecordParser.members(of: record) {
        case .failure(let failure):
            // A record that is JSON but not an object is reported as such; anything else is not JSON.
            if failure.reason == "expected an object" {
                #expect(expected != nil && !(expected is [String: Any]))
            } else {
                #expect(expected == nil, "rejected (\(failure.reason) at \(failure.offset)), but JSON")
            }
        case .success(let members):
            let object = try #require(expected as? [String: Any], "read, but not a JSON object")
            for name in ["text", "document", "id", "a", "z", "n"] {
                let value = object[name]
                switch members[name] {
                case nil: #expect(value == nil)
                case .string(let string)?:
                    // `JSONSerialization` drops a U+FEFF that starts a run between escapes; Python keeps it.
                    let theirs = (value as? String).map { Array($0.unicodeScalars.filter { $0 != "\u{FEFF}" }) }
                    #expect(theirs == Array(string.unicodeScalars.filter { $0 != "\u{FEFF}" }))
                case .number(let text)?:
                    let number = try #require(value as? NSNumber, "\(name) should be a number")
                    #expect(!(value is String))
                    #expect(Double(text) == number.doubleValue || Int64(text).map { $0 == number.int64Value } == true)
                case .boolean?: #expect(value is Bool)
                case .null?: #expect(value is NSNull)
                case .container?: #expect(value is [Any] || value is [String: Any])
                }
            }
        }
    }

    @Test func errorsSayWhatAndWhere() {
        func failure(_ record: String) -> JSONRecordParser.Failure? {
            guard case .failure(let failure) = JSONRecordParser.members(of: record) else { return nil }
            return failure
        }
        #expect(failure(#"{"text": "a", }"#) == .init(reason: "expected a key in quotes", offset: 14))
        #expect(failure(#"{"text": "x"} trailing"#) == .init(reason: "unexpected text after the object", offset: 14))
        #expect(failure(#"{"text" "x"}"#) == .init(reason: "expected ':' after a key", offset: 8))
        #expect(failure(#"{"text": "x", "a": [1 2]}"#) == .init(reason: "expected ',' or ']'", offset: 22))
        #expect(failure(#"{"text": "bad \x"}"#) == .init(reason: "invalid escape", offset: 14))
        #expect(failure(#"{"text": "x", "n": 01}"#) == .init(reason: "leading zero in a number", offset: 20))
        #expect(failure(#"{"text": "unterminated}"#) == .init(reason: "unterminated string", offset: 23))
        #expect(failure("[1, 2]") == .init(reason: "expected an object", offset: 0))
        #expect(failure("") == .init(reason: "no value", offset: 0))
    }

    /// What Python's `json` reads beyond RFC 8259, and writes: `NaN`, `Infinity`, `-Infinity` and lone surrogate
    /// escapes (read as U+FFFD, one code point as Python's one, so the offsets after it stay Python's).
    @Test func readsWhatPythonWrites() throws {
        let members = try JSONRecordParser.members(
            of: #"{"text": "lone \ud800 and \udc00 end", "a": NaN, "b": [Infinity, -Infinity], "n": 1}"#
        ).get()
        #expect(members["text"] == .string("lone \u{FFFD} and \u{FFFD} end"))
        #expect(members["a"] == .number("NaN"))
        #expect(members["b"] == .container)
        #expect(members["n"] == .number("1"))
        guard case .failure = JSONRecordParser.members(of: #"{"text": "x", "a": -NaN}"#) else {
            Issue.record("-NaN is no value")
            return
        }
    }

    @Test func keysAreDecodedAndTheLastOfTwoWins() throws {
        let members = try JSONRecordParser.members(of: #"{"te\u0078t": "one", "text": "two", "\u0069d": "k"}"#).get()
        #expect(members["text"] == .string("two"))
        #expect(members["id"] == .string("k"))
    }

    @Test func numbersKeepTheirSpelling() throws {
        let members = try JSONRecordParser.members(
            of: #"{"a": 1.50, "b": 1e3, "c": -0, "d": 12345678901234567890, "e": 42}"#
        ).get()
        #expect(members["a"] == .number("1.50"))
        #expect(members["b"] == .number("1e3"))
        #expect(members["c"] == .number("0"))
        #expect(members["d"] == .number("12345678901234567890"))
        #expect(members["e"] == .number("42"))
    }

    /// Nesting is walked with a stack of its own, so no depth exhausts the thread's stack.
    @Test func deepNestingNeitherCrashesNorFails() throws {
        let depth = 200_000
        let deep = #"{"text": "x", "a": "# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(try JSONRecordParser.members(of: deep + "}").get()["text"] == .string("x"))
        guard case .failure(let failure) = JSONRecordParser.members(of: deep) else {
            Issue.record("an unclosed object should fail")
            return
        }
        #expect(failure.reason == "unterminated object")
    }
}
