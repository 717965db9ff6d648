import Foundation
import QuoteAttribution
import QuoteSources
import Testing

@Suite struct InputReaderTests {
    @Test(arguments: [
        ("a.txt", InputFormat.text), ("README", .text), ("x.MD", .markdown), ("x.markdown", .markdown),
        ("p.html", .html), ("p.htm", .html), ("d.jsonl", .jsonl), ("d.ndjson", .jsonl),
    ])
    func formatFromExtension(path: String, format: InputFormat) {
        #expect(InputFormat(path: path) == format)
    }

    @Test func unknownExtensionsAndForcedFormats() {
        #expect(InputFormat(pathExtension: "pdf") == nil)
        #expect(InputFormat(pathExtension: "") == .text)
        #expect(InputFormat(path: "dir.d/.hidden") == .text)
        #expect(InputOptions().format(of: "notes.rst") == .text)
        #expect(InputOptions().format(of: "-") == .text)
        #expect(InputOptions(format: .html).format(of: "a.md") == .html)
    }

    @Test func textIsKeptAsIs() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("He said “hi”.\r\n".utf8)
        let events = InputReader.events(for: bytes, path: "a.txt", format: .text)
        #expect(events == [.article(Article(id: "a.txt", text: "\u{FEFF}He said “hi”.\r\n"))])
    }

    @Test func emptyInputIsAnEmptyArticle() {
        for format in [InputFormat.text, .markdown, .html] {
            let events = InputReader.events(for: [], path: "e", format: format)
            guard case .article(let article)? = events.first, events.count == 1 else {
                Issue.record("\(format): \(events)")
                continue
            }
            #expect(article.text.isEmpty && article.id == "e")
        }
        #expect(InputReader.events(for: [], path: "e.jsonl", format: .jsonl).isEmpty)
    }

    @Test func binaryFilesAreSkippedWithAWarning() {
        let bytes = Array("text".utf8) + [0] + Array("more".utf8)
        for format in InputFormat.allCases {
            #expect(
                InputReader.events(for: bytes, path: "b", format: format) == [.warning(.binary(path: "b", offset: 4))])
        }
        let late = Array(repeating: UInt8(ascii: "a"), count: 8192) + [0]
        #expect(InputReader.events(for: late, path: "late", format: .text).count == 1)
        #expect(InputError.binary(path: "b", offset: 4).description == "b: binary file (NUL byte at offset 4), skipped")
    }

    /// A file opening with a UTF-16 byte order mark (Windows' "Unicode" text) is read as UTF-16, not skipped as
    /// binary for its NUL bytes; invalid UTF-16 is an error, or repaired in lossy mode.
    @Test func utf16WithAByteOrderMarkIsDecoded() {
        let text = "“We will win,” said Anna Berg.\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [little, big] {
            let events = InputReader.events(for: bytes, path: "u", format: .text)
            #expect(events == [.article(Article(id: "u", text: text))])
        }
        let lone: [UInt8] = little + [0x00, 0xD8]  // a lead surrogate with no trail
        #expect(
            InputReader.events(for: lone, path: "u", format: .text) == [
                .error(.unreadable(path: "u", reason: "invalid UTF-16 at byte offset \(lone.count - 2)"))
            ])
        #expect(
            InputReader.events(for: lone, path: "u", format: .text, lossy: true) == [
                .warning(.replacedInvalidUTF16(path: "u", offset: lone.count - 2)),
                .article(Article(id: "u", text: text + "\u{FFFD}")),
            ])
        let records = InputReader.events(for: [0xFF, 0xFE, 0x7B, 0x00], path: "r.jsonl", format: .jsonl)
        guard case .error(.unreadable(_, let reason))? = records.first else {
            Issue.record("\(records)")
            return
        }
        #expect(reason.contains("UTF-16"))
    }

    @Test func aFileReadStraightIntoItsTextGivesTheEventsOfItsBytes() throws {
        // Regular files are read into their text directly (`ByteFile.readText`); the events must be those of
        // `events(for:)` on the same bytes, for every check, format and mode.
        let directory = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputs: [[UInt8]] = [
            [], Array("He said “hi”.\r\n".utf8), [0xEF, 0xBB, 0xBF] + Array("# T\n\"Q,\" she said.".utf8),
            Array("text".utf8) + [0] + Array("more".utf8), Array(repeating: UInt8(ascii: "a"), count: 8192) + [0],
            Array("ok\nline “two” ".utf8) + [0xE2, 0x80] + Array(" end\n".utf8) + [0xC0, 0xAF],
            [0xF0, 0x9F, 0x98, 0x41, 0xED, 0xA0, 0x80], Array("<p>“Yes,” he said.</p>".utf8),
            [0xFF, 0xFE] + "“Yes,” he said.".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] as [UInt8] },
            [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8],
        ]
        for (k, bytes) in inputs.enumerated() {
            for format in [InputFormat.text, .markdown, .html] {
                let path = try Fixture.write(bytes, to: "f\(k).\(format)", in: directory)
                for lossy in [false, true] {
                    let read = Array(
                        IteratorSequence(
                            InputReader.events(forFile: path, options: InputOptions(format: format, lossy: lossy))))
                    let expected = InputReader.events(for: bytes, path: path, format: format, lossy: lossy)
                    #expect(read == expected, "input \(k), \(format), lossy \(lossy)")
                }
            }
        }
    }

    @Test func invalidUTF8NamesTheFirstBadByte() {
        let bytes = Array("ok\nline “two” ".utf8) + [0xE2, 0x80] + Array(" end\n".utf8) + [0xC0, 0xAF]
        let offset = Array("ok\nline “two” ".utf8).count
        let strict = InputReader.events(for: bytes, path: "bad.txt", format: .text)
        #expect(strict == [.error(.invalidUTF8(path: "bad.txt", offset: offset, line: 2))])
        #expect(
            InputError.invalidUTF8(path: "bad.txt", offset: offset, line: 2).description
                == "bad.txt:2: invalid UTF-8 at byte offset \(offset) (another encoding? --lossy reads it with U+FFFD)")
        let lossy = InputReader.events(for: bytes, path: "bad.txt", format: .text, lossy: true)
        #expect(
            lossy == [
                .warning(.replacedInvalidUTF8(path: "bad.txt", offset: offset, line: 2)),
                .article(Article(id: "bad.txt", text: "ok\nline “two” \u{FFFD} end\n\u{FFFD}\u{FFFD}")),
            ])
    }

    @Test func markdownAndHTMLFilesCarrySourceMaps() throws {
        let directory = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let markdown = try Fixture.write("**Truss** said \"no\".", to: "a.md", in: directory)
        let html = try Fixture.write("<p>Truss &amp; Lavrov said \"no\".</p>", to: "b.html", in: directory)
        let articles = ArticleSource(paths: [markdown, html]).compactMap { event -> Article? in
            if case .article(let article) = event { return article }
            return nil
        }
        #expect(articles.map(\.text) == ["Truss said \"no\".", "Truss & Lavrov said \"no\"."])
        let quotes = articles.map { Array($0.text.unicodeScalars).firstIndex(of: "\"")! }
        #expect(zip(articles, quotes).map { $0.sourceMap?.sourceOffset(of: $1) } == [15, 27])
    }

    @Test func missingAndUnreadablePaths() throws {
        let directory = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("nope.txt").path
        #expect(Array(ArticleSource(paths: [missing])) == [.error(.missing(path: missing))])
        #expect(InputError.missing(path: missing).description == "\(missing): no such file or directory")
        let secret = try Fixture.write("secret", to: "secret.txt", in: directory)
        chmod(secret, 0)
        let events = Array(ArticleSource(paths: [secret, missing]))
        if geteuid() != 0 {  // root reads anything
            #expect(events.first == .error(.permissionDenied(path: secret)))
        }
        #expect(events.last == .error(.missing(path: missing)))
    }
}

@Suite struct ArticleSourceTests {
    @Test func oneBadInputNeverStopsTheOthers() throws {
        let directory = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Fixture.write("# Title\n\"Quote,\" she said.", to: "a.md", in: directory)
        try Fixture.write(
            "{\"id\": \"r1\", \"text\": \"one\"}\nnot json\n{\"id\": \"r3\", \"text\": \"three\"}\n",
            to: "b.jsonl", in: directory)
        let binary = try Fixture.write([0x7F, 0x45, 0x4C, 0x46, 0, 0], to: "c.txt", in: directory)
        let invalid = try Fixture.write([0x61, 0xFF], to: "d.txt", in: directory)
        try Fixture.write("", to: "e.txt", in: directory)
        let events = Array(ArticleSource(paths: [directory.path, directory.appendingPathComponent("gone").path]))
        let summary = events.map { event -> String in
            switch event {
            case .article(let article): "article \(article.id.split(separator: "/").last!): \(article.text)"
            case .warning(let error): "warning \(error)"
            case .error(.malformedJSON(_, let line, let offset, _)):
                "error malformed JSON line \(line) offset \(offset)"
            case .error(let error): "error \(error)"
            }
        }
        #expect(
            summary == [
                "article a.md: Title\n\"Quote,\" she said.",
                "article r1: one",
                "error malformed JSON line 2 offset 28",
                "article r3: three",
                "warning \(binary): binary file (NUL byte at offset 4), skipped",
                "error \(invalid):1: invalid UTF-8 at byte offset 1 (another encoding? --lossy reads it with U+FFFD)",
                "article e.txt: ",
                "error \(directory.path)/gone: no such file or directory",
            ])
    }

    @Test func totalBytesIsWhatIteratingReadsAndUnknownForAPipe() throws {
        let directory = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Fixture.write("# Title\n\"Quote,\" she said.", to: "a.md", in: directory)
        try Fixture.write("{\"id\": \"r1\", \"text\": \"one\"}\nnot json\n", to: "b.jsonl", in: directory)
        try Fixture.write("", to: "c.txt", in: directory)
        try Fixture.write("not read: no known extension", to: "d.bin", in: directory)
        let source = ArticleSource(paths: [directory.path])
        #expect(source.totalBytes() == 26 + 37 + 0)
        var iterator = source.makeIterator()
        var readAfterEach: [Int] = []
        while iterator.next() != nil { readAfterEach.append(iterator.bytesRead) }
        // The Markdown file is read whole before its article; the JSON Lines one a block at a time.
        #expect(readAfterEach == [26, 63, 63, 63])
        let fifo = directory.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // A pipe named as an input has no size until it is read; in a folder, the walk leaves it out.
        #expect(ArticleSource(paths: [directory.path, fifo]).totalBytes() == nil)
        #expect(ArticleSource(paths: [directory.path]).totalBytes() == 63)
    }
}
