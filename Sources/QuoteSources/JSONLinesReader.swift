import QuoteAttribution

/// Which JSON Lines fields hold an article's identifier and text.
public struct JSONLinesFields: Sendable, Hashable {
    /// The identifier field; nil tries `document`, then `id`. Without one the id is `path:line`.
    public var id: String?
    /// The text field.
    public var text: String
    /// What the text field holds: plain text (the default), or a page's HTML or Markdown, whose readable text is
    /// analysed (its quotes then carry offsets in the field's text as their source offsets).
    public var textFormat: InputFormat

    /// Creates a field selection; the defaults read `document` or `id`, and `text` as plain text.
    public init(id: String? = nil, text: String = "text", textFormat: InputFormat = .text) {
        self.id = id
        self.text = text
        self.textFormat = textFormat
    }

    /// The article of the record `id` whose text field holds `text`, read as `textFormat`.
    func article(id: String, text: String) -> Article {
        switch textFormat {
        case .html: HTMLText.extract(text).article(id: id)
        case .markdown: MarkdownText.extract(text).article(id: id)
        case .text, .jsonl: Article(id: id, text: text)
        }
    }
}

/// Streams a JSON Lines file (or standard input for `-`) in 4 MiB blocks: one event per record.
///
/// Each non-blank line yields an article or an error naming its line and the byte offset where the record
/// starts (malformed JSON, no text field, text not a string); reading goes on after a bad line. A NUL byte in the first 8 KiB skips the
/// file with a warning; invalid UTF-8 is a per-line error, or with `lossy` a warning and a repaired article.
public struct JSONLinesReader: Sequence, Sendable {
    /// The file to read.
    public var path: String
    /// The fields to read.
    public var fields: JSONLinesFields
    /// Replace invalid UTF-8 instead of rejecting the line.
    public var lossy: Bool

    /// Creates a reader for `path`.
    public init(path: String, fields: JSONLinesFields = JSONLinesFields(), lossy: Bool = false) {
        self.path = path
        self.fields = fields
        self.lossy = lossy
    }

    /// Opens the file; an unreadable file yields a single error.
    public func makeIterator() -> Iterator { makeIterator(counter: nil) }

    /// Opens the file, counting the bytes read in `counter`.
    func makeIterator(counter: ReadCounter?) -> Iterator {
        do {
            let file = try ByteFile(path: path, counter: counter)
            return Iterator(reader: self, lines: LineSplitter { () throws(InputError) in try file.read() })
        } catch {
            return Iterator(reader: self, failure: error)
        }
    }

    /// Reads records from bytes already in memory.
    func events(in bytes: [UInt8]) -> Iterator {
        var pending: [UInt8]? = bytes
        return Iterator(
            reader: self,
            lines: LineSplitter {
                defer { pending = nil }
                return pending ?? []
            })
    }

    /// Yields the events of the records one by one.
    public struct Iterator: IteratorProtocol {
        private let reader: JSONLinesReader
        private var lines: LineSplitter?
        private var queue: [InputEvent] = []
        private var checkedBinary = false
        /// Whether a record without the identifier field the user named (`--id-field`) was reported yet: once a
        /// file.
        private var reportedMissingID = false
        /// The fields as `JSONRecordScanner` looks for them, worked out once for the file, and its buffer.
        private let plan: FieldPlan

        fileprivate init(reader: JSONLinesReader, lines: LineSplitter) {
            self.reader = reader
            self.lines = lines
            plan = FieldPlan(reader.fields)
        }

        fileprivate init(reader: JSONLinesReader, failure: InputError) {
            self.reader = reader
            queue = [.error(failure)]
            plan = FieldPlan(reader.fields)
        }

        /// The next article, warning or error; nil at the end of the file.
        public mutating func next() -> InputEvent? {
            while queue.isEmpty {
                guard lines != nil else { return nil }
                do {
                    if !checkedBinary {
                        checkedBinary = true
                        let head = try lines!.peek(ByteChecks.binaryWindow)
                        if ByteChecks.hasUTF16ByteOrderMark(head) {
                            lines = nil
                            let reason =
                                "UTF-16 JSON Lines are not read: convert them to UTF-8 (iconv -f UTF-16 -t UTF-8)"
                            return .error(.unreadable(path: reader.path, reason: reason))
                        }
                        if let offset = ByteChecks.binaryOffset(in: head) {
                            lines = nil
                            return .warning(.binary(path: reader.path, offset: offset))
                        }
                    }
                    guard let line = try lines!.next() else {
                        lines = nil
                        return nil
                    }
                    var missingID = false
                    queue = reader.events(for: line, plan: plan, missingID: &missingID)
                    if missingID, !reportedMissingID, let field = reader.fields.id {
                        reportedMissingID = true
                        queue.insert(
                            .warning(.missingIDField(path: reader.path, line: line.number, field: field)), at: 0)
                    }
                } catch {
                    lines = nil
                    return .error(error)
                }
            }
            return queue.removeFirst()
        }
    }

    /// The fields as `JSONRecordScanner` looks for them: the names' bytes (the text field's first) and which of
    /// them each identifier field is, in order; nil names when a field name is not ASCII (then every record goes
    /// to `JSONRecordParser`). The same for every record of a file, so made once per file.
    fileprivate struct FieldPlan {
        /// The distinct names scanned for, the text field's first; nil when the scanner is not used.
        let names: [[UInt8]]?
        /// The index in `names` of each identifier field, in the order they are tried.
        let idSlots: [Int]
        /// Where the scanner decodes the strings of every record of the file.
        let scratch = JSONRecordScanner.Scratch()

        init(_ fields: JSONLinesFields) {
            let idFields = fields.id.map { [$0] } ?? ["document", "id"]
            // Non-ASCII field names could match keys that differ in bytes but not as Swift strings.
            guard fields.text.utf8.allSatisfy({ $0 < 0x80 }), idFields.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } })
            else {
                names = nil
                idSlots = []
                return
            }
            var names: [[UInt8]] = [Array(fields.text.utf8)]
            idSlots = idFields.map { field in
                let name = Array(field.utf8)
                if let slot = names.firstIndex(of: name) { return slot }
                names.append(name)
                return names.count - 1
            }
            self.names = names
        }
    }

    /// The events for one line: none when it is blank, else an article or an error, after any warning.
    /// `missingID` is set when the line's article has no identifier field (and is named `path:line`).
    private func events(for line: LineSplitter.Line, plan: FieldPlan, missingID: inout Bool) -> [InputEvent] {
        var bytes = line.bytes
        var offset = line.offset
        if line.number == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {  // A BOM is not JSON.
            bytes = bytes.dropFirst(3)
            offset += 3
        }
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return [] }
        if let event = scannedRecord(bytes, line: line.number, offset: offset, plan: plan, missingID: &missingID) {
            return [event]
        }
        let (decoded, problem) = ByteChecks.decode(bytes, path: path, lossy: lossy, offset: offset, line: line.number)
        guard let text = decoded else { return problem.map { [$0] } ?? [] }
        return (problem.map { [$0] } ?? []) + [record(text, line: line.number, offset: offset, missingID: &missingID)]
    }

    /// The article in one record, or the error that keeps it out, read straight from its bytes by
    /// `JSONRecordScanner`; nil when the record needs the general path (`record(_:line:offset:)`), which
    /// gives the same result for every record read here.
    private func scannedRecord(
        _ bytes: ArraySlice<UInt8>, line: Int, offset: Int, plan: FieldPlan, missingID: inout Bool
    ) -> InputEvent? {
        guard let names = plan.names else { return nil }
        let scanned = bytes.withUnsafeBufferPointer {
            JSONRecordScanner.scan($0, fields: names, scratch: plan.scratch)
        }
        guard let values = scanned else { return nil }
        guard let value = values[0] else {
            return .error(.missingField(path: path, line: line, offset: offset, field: fields.text))
        }
        guard case .string(let text) = value else {
            return .error(.fieldNotString(path: path, line: line, offset: offset, field: fields.text))
        }
        var id: String?
        for slot in plan.idSlots where id == nil {
            switch values[slot] {
            case .string(let string)?: id = string
            case .integer(let number)?: id = String(number)
            case .otherNumber?: return nil  // spelt as written: `JSONRecordParser` keeps the text
            case .boolean?, .null?, .container?, nil: continue
            }
        }
        if id == nil { missingID = true }
        return .article(fields.article(id: id ?? "\(path):\(line)", text: text))
    }

    /// The article in one record (on `line`, starting at byte `offset` of the file, after any BOM), or the
    /// error that keeps it out, read by `JSONRecordParser`.
    private func record(_ json: String, line: Int, offset: Int, missingID: inout Bool) -> InputEvent {
        let members: [String: JSONRecordParser.Value]
        switch JSONRecordParser.members(of: json) {
        case .success(let parsed): members = parsed
        case .failure(let failure):
            return .error(.malformedJSON(path: path, line: line, offset: offset, reason: failure.description))
        }
        guard let value = members[fields.text] else {
            return .error(.missingField(path: path, line: line, offset: offset, field: fields.text))
        }
        guard case .string(let text) = value else {
            return .error(.fieldNotString(path: path, line: line, offset: offset, field: fields.text))
        }
        let idFields = fields.id.map { [$0] } ?? ["document", "id"]
        let id = idFields.lazy.compactMap { field -> String? in
            switch members[field] {
            case .string(let string)?, .number(let string)?: return string
            case .boolean?, .null?, .container?, nil: return nil
            }
        }.first
        if id == nil { missingID = true }
        return .article(fields.article(id: id ?? "\(path):\(line)", text: text))
    }
}
