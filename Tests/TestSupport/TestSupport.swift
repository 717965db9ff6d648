import Foundation

/// Test helpers shared by the test targets.
public enum TestSupport {
    /// The repository root, found from this file's path.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/eval` beside the repository, when present.
    public static var sharedEval: URL? {
        let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/eval")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The built `quotes` binary: `$QUOTES_BIN`, else the release or debug build in `.build`.
    public static var quotesBinary: URL? {
        if let path = ProcessInfo.processInfo.environment["QUOTES_BIN"],
            FileManager.default.isExecutableFile(atPath: path)
        {
            return URL(fileURLWithPath: path)
        }
        for configuration in ["release", "debug"] {
            let url = repositoryRoot.appendingPathComponent(".build/\(configuration)/quotes")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// A fresh directory in the system's temporary directory, named `prefix-UUID`; the caller removes it.
    public static func temporaryDirectory(_ prefix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// What a finished process left.
    public struct ProcessResult: Sendable {
        /// Exit status.
        public var status: Int32
        /// Standard output.
        public var stdout: Data
        /// Standard error as text.
        public var stderr: String
        /// Standard output as text.
        public var output: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Runs `executable` with `arguments`, feeding `input` on standard input.
    public static func run(_ executable: URL, _ arguments: [String], input: Data? = nil, directory: URL? = nil) throws
        -> ProcessResult
    {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("quotes-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inURL = scratch.appendingPathComponent("in")
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        try (input ?? Data()).write(to: inURL)
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repositoryRoot
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Splits text with `⟦` and `⟧` markers into the clean text and the marked spans (code point offsets).
    public static func marked(_ text: String) -> (text: String, spans: [Range<Int>]) {
        var clean: [Unicode.Scalar] = []
        var spans: [Range<Int>] = []
        var open: Int?
        for scalar in text.unicodeScalars {
            if scalar == "⟦" {
                open = clean.count
            } else if scalar == "⟧", let start = open {
                spans.append(start..<clean.count)
                open = nil
            } else {
                clean.append(scalar)
            }
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: clean)
        return (result, spans)
    }
}
