import QuoteAttribution

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How inputs are found and read.
public struct InputOptions: Sendable, Hashable {
    /// The format of every file; nil picks it from the extension (unknown extensions read as text).
    public var format: InputFormat?
    /// Replace invalid UTF-8 with U+FFFD and warn, instead of rejecting the input.
    public var lossy: Bool
    /// Also walk hidden files and folders.
    public var includeHidden: Bool
    /// A shell pattern that files found in folders must match, instead of a known extension.
    public var glob: String?
    /// The JSON Lines fields holding the identifier and the text.
    public var fields: JSONLinesFields
    /// Files never read from a folder (`InputWalker.excluding`): the output file.
    public var excluding: [String] = []

    /// Creates options; the defaults detect the format and reject invalid UTF-8.
    public init(
        format: InputFormat? = nil, lossy: Bool = false, includeHidden: Bool = false, glob: String? = nil,
        fields: JSONLinesFields = JSONLinesFields()
    ) {
        self.format = format
        self.lossy = lossy
        self.includeHidden = includeHidden
        self.glob = glob
        self.fields = fields
    }

    /// The format used for `path` (standard input with no stated format is read as HTML when it opens as a page).
    public func format(of path: String) -> InputFormat {
        format ?? (path == "-" ? .text : InputFormat(path: path) ?? .text)
    }
}

/// Turns the contents of one input into article events.
public enum InputReader {
    /// The events for the bytes of the input `path` read as `format`: an article (with the source map of
    /// extracted Markdown or HTML), a skipped-binary warning, or an invalid-UTF-8 error or, when `lossy`,
    /// warning plus article. An empty input is an article with empty text. Text is kept as is, a UTF-8 BOM
    /// included; a file opening with a UTF-16 BOM is decoded as UTF-16, without it.
    public static func events(
        for bytes: [UInt8], path: String, format: InputFormat, lossy: Bool = false,
        fields: JSONLinesFields = JSONLinesFields()
    ) -> [InputEvent] {
        if format == .jsonl {
            return Array(IteratorSequence(JSONLinesReader(path: path, fields: fields, lossy: lossy).events(in: bytes)))
        }
        if let (text, problem) = ByteChecks.utf16Text(bytes, path: path, lossy: lossy) {
            return events(text: text, problem: problem, path: path, format: format)
        }
        if let offset = ByteChecks.binaryOffset(in: bytes) { return [.warning(.binary(path: path, offset: offset))] }
        let (decoded, problem) = ByteChecks.decode(bytes[...], path: path, lossy: lossy)
        return events(text: decoded, problem: problem, path: path, format: format)
    }

    /// True when `bytes` open as a page: past a byte order mark (UTF-8 or UTF-16), white space, an XML
    /// declaration (`<?xml …?>`) and comments (`<!-- … -->`), with `<!DOCTYPE html` or `<html` (any case).
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        // The first 1,024 bytes are enough for a page's opening; UTF-16 is read as its code units' low bytes.
        var head: [UInt8]
        if ByteChecks.hasUTF16ByteOrderMark(bytes) {
            let units = bytes.dropFirst(2).prefix(2048)
            let low = bytes.first == 0xFE ? 1 : 0
            head = units.indices.filter { ($0 - units.startIndex) % 2 == low }.map { units[$0] }
        } else {
            head = Array(bytes.prefix(1024))
            if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        }
        var rest = String(decoding: head, as: UTF8.self).lowercased()[...]
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            let close = rest.hasPrefix("<?xml") ? "?>" : rest.hasPrefix("<!--") ? "-->" : nil
            guard let close else { break }
            guard let end = rest.firstRange(of: close) else { return false }
            rest = rest[end.upperBound...]
        }
        return rest.hasPrefix("<!doctype html") || rest.hasPrefix("<html")
    }

    /// The events for a decoded `text` (nil when it could not be) after the `problem` met decoding it.
    private static func events(text: String?, problem: InputEvent?, path: String, format: InputFormat) -> [InputEvent] {
        let events = problem.map { [$0] } ?? []
        guard let text else { return events }
        switch format {
        case .text, .jsonl: return events + [.article(Article(id: path, text: text))]
        case .markdown: return events + [.article(MarkdownText.extract(text).article(id: path))]
        case .html: return events + [.article(HTMLText.extract(text).article(id: path))]
        }
    }

    /// The events for the file at `path` (`-` for standard input), read whole; JSON Lines files are streamed.
    public static func events(forFile path: String, options: InputOptions = InputOptions()) -> AnyIterator<InputEvent> {
        events(forFile: path, options: options, counter: nil)
    }

    /// `events(forFile:options:)`, counting the bytes read in `counter`.
    static func events(forFile path: String, options: InputOptions, counter: ReadCounter?) -> AnyIterator<InputEvent> {
        let format = options.format(of: path)
        if format == .jsonl {
            let reader = JSONLinesReader(path: path, fields: options.fields, lossy: options.lossy)
            return AnyIterator(reader.makeIterator(counter: counter))
        }
        do {
            let file = try ByteFile(path: path, counter: counter)
            // A regular file is read straight into its text: a large one is not held twice, as bytes and as text.
            if let read = try file.readText(lossy: options.lossy) {
                let events: [InputEvent]
                if let utf16 = read.utf16 {
                    events = Self.events(text: utf16.text, problem: utf16.problem, path: path, format: format)
                } else if let offset = read.binaryOffset {
                    events = [.warning(.binary(path: path, offset: offset))]
                } else {
                    let problem = read.invalid.map {
                        ByteChecks.problem(path: path, offset: $0.offset, line: $0.line, lossy: options.lossy)
                    }
                    events = Self.events(text: read.text, problem: problem, path: path, format: format)
                }
                return AnyIterator(events.makeIterator())
            }
            let bytes = try file.readAll()
            // Standard input of no stated format that opens as a page (`curl … | quotes extract`) is HTML.
            let read = options.format == nil && path == "-" && InputReader.looksLikeHTML(bytes) ? .html : format
            let events = events(for: bytes, path: path, format: read, lossy: options.lossy, fields: options.fields)
            return AnyIterator(events.makeIterator())
        } catch {
            return AnyIterator([InputEvent.error(error)].makeIterator())
        }
    }
}

/// All the articles in a list of paths: files, folders (walked by `InputWalker`) and `-` for standard input.
///
/// Iterating yields, in walk order, each article and every warning or error met; one bad input or
/// JSON Lines record never stops the others. Only one file is open, and read whole, at a time,
/// except JSON Lines files, which are streamed record by record.
public struct ArticleSource: Sequence, Sendable {
    /// The paths given.
    public var paths: [String]
    /// How to find and read them.
    public var options: InputOptions

    /// Creates a source for `paths`.
    public init(paths: [String], options: InputOptions = InputOptions()) {
        self.paths = paths
        self.options = options
    }

    /// Starts walking and reading.
    public func makeIterator() -> Iterator { Iterator(source: self) }

    /// The total size in bytes of the files that iterating would read, found by walking the paths without
    /// reading any file; nil when one of them is a pipe or a terminal, whose size is not known until it is read.
    /// For progress reports (`Iterator.bytesRead` of it).
    public func totalBytes() -> Int? {
        var total = 0
        for case .success(let path) in InputWalker(
            paths: paths, includeHidden: options.includeHidden, glob: options.glob, excluding: options.excluding)
        {
            var info = stat()
            guard (path == "-" ? fstat(STDIN_FILENO, &info) : stat(path, &info)) == 0,
                info.st_mode & S_IFMT == S_IFREG
            else { return nil }
            // Standard input redirected from a file is read from where it stands.
            let start = path == "-" ? Swift.max(0, Int(lseek(STDIN_FILENO, 0, SEEK_CUR))) : 0
            total += Swift.max(0, Int(info.st_size) - start)
        }
        return total
    }

    /// Yields the events of one file after another.
    public struct Iterator: IteratorProtocol {
        private let options: InputOptions
        private var walker: InputWalker.Iterator
        private var current: AnyIterator<InputEvent>?
        private let counter = ReadCounter()

        /// The bytes read from the inputs so far: a JSON Lines file is read a block of 4 MiB at a time, any
        /// other file whole before its article comes.
        public var bytesRead: Int { counter.bytes }

        fileprivate init(source: ArticleSource) {
            options = source.options
            walker = InputWalker(
                paths: source.paths, includeHidden: source.options.includeHidden,
                glob: source.options.glob, excluding: source.options.excluding
            ).makeIterator()
        }

        /// The next article, warning or error; nil when all inputs are read.
        public mutating func next() -> InputEvent? {
            while true {
                if let event = current?.next() { return event }
                current = nil
                switch walker.next() {
                case nil: return nil
                case .failure(let error)?: return .error(error)
                case .success(let path)?:
                    current = InputReader.events(forFile: path, options: options, counter: counter)
                }
            }
        }
    }
}
