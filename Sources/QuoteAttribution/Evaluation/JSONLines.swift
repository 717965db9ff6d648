import FoundationEssentials
import Glibc

/// Reads JSON Lines like `score.py`: one value a line, blank lines skipped, a bad line an error naming it.
public enum JSONLines {
    /// Reads and decodes every line of the file at `path`, or of standard input when `path` is `-`.
    public static func read<T: Decodable>(_ type: T.Type, path: String) throws -> [T] {
        try decode(type, fromBytes: try contents(of: path), path: path)
    }

    /// Every byte of the file at `path`, or of standard input when `path` is `-`.
    private static func contents(of path: String) throws(JSONLinesError) -> [UInt8] {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw JSONLinesError(path: path, line: nil, message: "cannot read: \(String(cString: strerror(errno)))")
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var bytes: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = block.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw JSONLinesError(path: path, line: nil, message: "cannot read: \(String(cString: strerror(errno)))")
            }
            bytes.append(contentsOf: block[..<count])
        }
    }

    /// Decodes every non-blank line of `data`; `path` names the source in errors.
    ///
    /// Lines end at `\n`, `\r\n` or `\r` (Python's universal newlines) and are stripped of Python white space.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws -> [T] {
        try decode(type, fromBytes: [UInt8](data), path: path)
    }

    /// `decode(_:from:path:)` on bytes already in an array (as `read` has them: no copy into `Data` and back).
    private static func decode<T: Decodable>(_ type: T.Type, fromBytes bytes: [UInt8], path: String) throws -> [T] {
        let decoder = JSONDecoder()
        var values: [T] = []
        for (index, line) in lines(of: bytes).enumerated() {
            let content = stripped(line, of: bytes)
            if content.isEmpty { continue }
            do {
                values.append(try decoder.decode(T.self, from: Data(bytes[content])))
            } catch {
                throw JSONLinesError(path: path, line: index + 1, message: "bad JSON: \(describe(error))")
            }
        }
        return values
    }

    /// The byte ranges of the lines, without their line breaks.
    private static func lines(of bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x0D else {
                index += 1
                continue
            }
            ranges.append(start..<index)
            index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
            start = index
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        return ranges
    }

    /// `line` without leading and trailing white space (Python's `str.strip()`).
    private static func stripped(_ line: Range<Int>, of bytes: [UInt8]) -> Range<Int> {
        var start = line.lowerBound
        var end = line.upperBound
        while start < end, let (c, width) = UTF8Scalars.scalar(in: bytes, at: start), PythonText.isSpace(c) {
            start += width
        }
        while end > start, let (c, width) = UTF8Scalars.scalar(in: bytes, before: end), PythonText.isSpace(c) {
            end -= width
        }
        return start..<end
    }

    /// A short description of a decoding error: what went wrong and where in the value.
    public static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func at(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            return path.isEmpty ? "" : " at \(path.joined(separator: "."))"
        }
        switch error {
        case .dataCorrupted(let context):
            let detail = context.underlyingError.map { " (\($0))" } ?? ""
            return context.debugDescription + detail + at(context)
        case .keyNotFound(let key, let context):
            return "missing \"\(key.stringValue)\"" + at(context)
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return "expected \(type)" + at(context)
        @unknown default:
            return "\(error)"
        }
    }
}

/// A JSON Lines file that could not be read or holds a line that is not the expected JSON.
public struct JSONLinesError: Error, CustomStringConvertible {
    /// The file, or `-` for standard input.
    public var path: String
    /// The 1-based line, when the error is about one line.
    public var line: Int?
    /// What went wrong.
    public var message: String

    /// `path:line: message`, as `score.py` words it.
    public var description: String {
        line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)"
    }
}
