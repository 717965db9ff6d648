import Foundation
import QuoteAttribution
import QuoteSources
import Testing

@Suite struct JSONLinesReaderTests {
    /// The events of `contents` written to a temporary `in.jsonl`, and that file's path.
    private func read(_ contents: String, fields: JSONLinesFields = JSONLinesFields()) throws
        -> (events: [InputEvent], path: String)
    {
        let directory = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Fixture.write(contents, to: "in.jsonl", in: directory)
        return (Array(JSONLinesReader(path: path, fields: fields)), path)
    }

    /// A text field holding a page (`--text-format html`, a crawl's records) is read as HTML: its readable text is
    /// analysed, with offsets back into the field's text; Markdown likewise.
    @Test func textFieldsHoldingPagesAreReadAsTheirFormat() throws {
        let page = "<html><head><title>T</title></head><body><nav>Menu</nav><p>&ldquo;Yes,&rdquo; said Berg.</p>"
        func record(_ fields: [String: String]) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
                + "\n"
        }
        let (events, _) = try read(
            try record(["id": "p", "html": page]), fields: JSONLinesFields(text: "html", textFormat: .html))
        guard case .article(let article)? = events.first else {
            Issue.record("\(events)")
            return
        }
        #expect(article.text == "“Yes,” said Berg.")
        let sourceMap = try #require(article.sourceMap)
        let scalars = Array(page.unicodeScalars)
        #expect(scalars[sourceMap.sourceOffset(of: 1)...].starts(with: "Yes,&rdquo;".unicodeScalars))
        let (markdown, _) = try read(
            try record(["id": "m", "text": "# Head\n\n**“Yes,”** said Berg."]),
            fields: JSONLinesFields(textFormat: .markdown))
        guard case .article(let extracted)? = markdown.first else {
            Issue.record("\(markdown)")
            return
        }
        #expect(extracted.text == "Head\n\n“Yes,” said Berg.")
    }
    @Test func goodLinesBadLinesAndMissingFields() throws {
        let (events, path) = try read(
            """
            {"document": "a", "text": "She said \\"yes\\"."}
            {"id": 7, "text": "second"}
            {"text": "no id"}
            {"document": "broken", "text": }

            ["not", "an", "object"]
            {"document": "d", "body": "no text"}
            {"document": "e", "text": null}
            {"document": "f", "text": "last, no newline"}
            """)
        #expect(
            events == [
                .article(Article(id: "a", text: "She said \"yes\".")),
                .article(Article(id: "7", text: "second")),
                .article(Article(id: "\(path):3", text: "no id")),
                events[3],
                .error(.malformedJSON(path: path, line: 6, offset: 127, reason: "expected an object")),
                .error(.missingField(path: path, line: 7, offset: 151, field: "text")),
                .error(.fieldNotString(path: path, line: 8, offset: 188, field: "text")),
                .article(Article(id: "f", text: "last, no newline")),
            ])
        guard case .error(.malformedJSON(path: _, line: 4, offset: 93, _)) = events[3] else {
            Issue.record("line 4 should be malformed: \(events[3])")
            return
        }
        #expect(
            InputError.missingField(path: "in.jsonl", line: 7, offset: 151, field: "text").description
                == "in.jsonl:7: no \"text\" field in the record at byte offset 151")
    }

    @Test func aMissingIdentifierFieldTheUserNamedIsReportedOncePerFile() throws {
        let fields = JSONLinesFields(id: "url")
        let (events, path) = try read(
            """
            {"url": "u1", "text": "one"}
            {"id": "x", "text": "two"}
            {"text": "three"}
            """, fields: fields)
        #expect(
            events == [
                .article(Article(id: "u1", text: "one")),
                .warning(.missingIDField(path: path, line: 2, field: "url")),
                .article(Article(id: "\(path):2", text: "two")),
                .article(Article(id: "\(path):3", text: "three")),
            ])
        // Without `--id-field`, `document` then `id` are tried, and a record with neither is named quietly.
        let (quiet, _) = try read(#"{"text": "no id"}"#)
        #expect(quiet.allSatisfy { if case .article = $0 { true } else { false } })
    }

    @Test func recordErrorsNameTheByteOffsetOfTheRecord() throws {
        // A BOM (3 bytes) before the first record, a CRLF line and a blank line before the bad ones.
        let bytes = [0xEF, 0xBB, 0xBF] + Array("{\"text\": \"ok\"}\r\n\n{oops\n{\"body\": 1}\n{\"text\": 2}\n".utf8)
        let directory = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Fixture.write(bytes, to: "o.jsonl", in: directory)
        let events = Array(JSONLinesReader(path: path))
        #expect(events.count == 4)
        // Line starts: 0 (the record at 3, after the BOM), 19, 20, 26 and 38.
        guard case .error(let malformed) = events[1], case .malformedJSON(path, 3, 20, _) = malformed else {
            Issue.record("line 3 should be malformed JSON at byte offset 20: \(events[1])")
            return
        }
        #expect(malformed.description.hasPrefix("\(path):3: malformed JSON at byte offset 20: "))
        #expect(events[2] == .error(.missingField(path: path, line: 4, offset: 26, field: "text")))
        #expect(events[3] == .error(.fieldNotString(path: path, line: 5, offset: 38, field: "text")))
        #expect(
            InputError.fieldNotString(path: "o.jsonl", line: 5, offset: 38, field: "text").description
                == "o.jsonl:5: \"text\" is not a string in the record at byte offset 38")
        // The first record's offset is where its JSON starts, after the BOM.
        let first = Array(JSONLinesReader(path: path, fields: JSONLinesFields(text: "body")))
        #expect(first.first == .error(.missingField(path: path, line: 1, offset: 3, field: "body")))
    }

    /// A U+FEFF inside a text is kept, raw or escaped, as Python's `json` keeps it: the gold offsets count it.
    /// (`JSONSerialization`, read before, dropped one that started a run between escapes.)
    @Test func aByteOrderMarkInsideTheTextIsKept() throws {
        let (events, _) = try read(
            "{\"document\": \"raw\", \"text\": \"\u{FEFF}a \\\"b\\\"\"}\n"
                + #"{"document": "escaped", "text": "\n\ufeffc"}"# + "\n")
        #expect(
            events == [
                .article(Article(id: "raw", text: "\u{FEFF}a \"b\"")),
                .article(Article(id: "escaped", text: "\n\u{FEFF}c")),
            ])
    }

    /// A record that is not JSON says what is wrong and where in the record; identifiers may be numbers, spelt as
    /// written; a boolean is not an identifier.
    @Test func generalPathErrorsAndIdentifiers() throws {
        let (events, path) = try read(
            #"{"text": "a", "id": 1}}"# + "\n" + #"{"text": "b", "id": 1.50}"# + "\n"
                + #"{"text": "c", "document": true, "id": "k"}"# + "\n")
        #expect(
            events == [
                .error(
                    .malformedJSON(
                        path: path, line: 1, offset: 0,
                        reason: "unexpected text after the object (byte 22 of the record)")),
                .article(Article(id: "1.50", text: "b")),
                .article(Article(id: "k", text: "c")),
            ])
    }

    @Test func customFields() throws {
        let events = try read(
            #"{"document": "ignored", "url": "u1", "body": "Text"}"#,
            fields: JSONLinesFields(id: "url", text: "body")
        ).events
        #expect(events == [.article(Article(id: "u1", text: "Text"))])
    }

    @Test func invalidUTF8IsPerLine() throws {
        let bytes =
            Array(#"{"text": "ok"}"#.utf8) + [0x0A] + Array(#"{"text": "bad "#.utf8) + [0xFF] + Array(#""}"#.utf8)
        let directory = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Fixture.write(bytes, to: "x.jsonl", in: directory)
        let strict = Array(JSONLinesReader(path: path))
        #expect(strict.count == 2)
        #expect(strict.last == .error(.invalidUTF8(path: path, offset: 15 + 14, line: 2)))
        let lossy = Array(JSONLinesReader(path: path, lossy: true))
        #expect(
            lossy.dropFirst() == [
                .warning(.replacedInvalidUTF8(path: path, offset: 29, line: 2)),
                .article(Article(id: "\(path):2", text: "bad \u{FFFD}")),
            ])
    }

    @Test func streamsAcrossBlocks() throws {
        let text = String(repeating: "word \"quoted\" ", count: 10_000)
        let line = #"{"text": "\#(text.replacingOccurrences(of: "\"", with: "\\\""))"}"#
        let count = 70  // About 10 MiB: lines straddle the 4 MiB read blocks.
        let (events, path) = try read(Array(repeating: line, count: count).joined(separator: "\n") + "\n")
        #expect(events.count == count)
        for (index, event) in events.enumerated() {
            #expect(event == .article(Article(id: "\(path):\(index + 1)", text: text)))
        }
    }
}
