import QuoteAttribution

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A problem with one input: a path, a file or a JSON Lines record.
public enum InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path does not exist.
    case missing(path: String)
    /// The path may not be read.
    case permissionDenied(path: String)
    /// The path could not be read for another reason, given by the system.
    case unreadable(path: String, reason: String)
    /// A symbolic link that leads back to a folder being walked, or a chain of links that never ends.
    case symlinkLoop(path: String)
    /// A NUL byte at `offset` in the first 8 KiB: the file looks binary and is skipped.
    case binary(path: String, offset: Int)
    /// Invalid UTF-8 at byte `offset` of the file, on `line` (1-based).
    case invalidUTF8(path: String, offset: Int, line: Int)
    /// Lossy mode: invalid UTF-8 from byte `offset` (on `line`) on was replaced by U+FFFD.
    case replacedInvalidUTF8(path: String, offset: Int, line: Int)
    /// Lossy mode: invalid UTF-16 (a lone surrogate, an odd last byte) from byte `offset` on was replaced by U+FFFD.
    case replacedInvalidUTF16(path: String, offset: Int)
    /// A JSON Lines record, on `line` and starting at byte `offset` of the file, that is not a JSON object.
    case malformedJSON(path: String, line: Int, offset: Int, reason: String)
    /// A JSON Lines record, on `line` and starting at byte `offset` of the file, without the text field.
    case missingField(path: String, line: Int, offset: Int, field: String)
    /// A JSON Lines record, on `line` and starting at byte `offset` of the file, whose text field is not a string.
    case fieldNotString(path: String, line: Int, offset: Int, field: String)
    /// The first JSON Lines record of a file (on `line`) without the identifier field the user named: such
    /// records are named `path:line`.
    case missingIDField(path: String, line: Int, field: String)

    /// The path of the input concerned (`-` for standard input).
    public var path: String {
        switch self {
        case .missing(let path), .permissionDenied(let path), .unreadable(let path, _), .symlinkLoop(let path),
            .binary(let path, _), .invalidUTF8(let path, _, _), .replacedInvalidUTF8(let path, _, _),
            .replacedInvalidUTF16(let path, _),
            .malformedJSON(let path, _, _, _), .missingField(let path, _, _, _), .fieldNotString(let path, _, _, _),
            .missingIDField(let path, _, _):
            return path
        }
    }

    /// `path[:line]: message`, naming the byte offset where it applies.
    public var description: String {
        switch self {
        case .missing(let path): return "\(path): no such file or directory"
        case .permissionDenied(let path): return "\(path): permission denied"
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .symlinkLoop(let path): return "\(path): symbolic link loop, not followed"
        case .binary(let path, let offset): return "\(path): binary file (NUL byte at offset \(offset)), skipped"
        case .invalidUTF8(let path, let offset, let line):
            return
                "\(path):\(line): invalid UTF-8 at byte offset \(offset) (another encoding? --lossy reads it with U+FFFD)"
        case .replacedInvalidUTF8(let path, let offset, let line):
            return "\(path):\(line): invalid UTF-8 from byte offset \(offset) replaced by U+FFFD"
        case .replacedInvalidUTF16(let path, let offset):
            return "\(path): invalid UTF-16 from byte offset \(offset) replaced by U+FFFD"
        case .malformedJSON(let path, let line, let offset, let reason):
            return "\(path):\(line): malformed JSON at byte offset \(offset): \(reason)"
        case .missingField(let path, let line, let offset, let field):
            return "\(path):\(line): no \"\(field)\" field in the record at byte offset \(offset)"
        case .fieldNotString(let path, let line, let offset, let field):
            return "\(path):\(line): \"\(field)\" is not a string in the record at byte offset \(offset)"
        case .missingIDField(let path, let line, let field):
            return "\(path):\(line): no \"\(field)\" identifier field; records without one are named \(path):LINE"
        }
    }

    /// The error for a failed system call on `path` with `code` (an `errno` value).
    static func system(_ path: String, _ code: Int32) -> InputError {
        switch code {
        case ENOENT, ENOTDIR: return .missing(path: path)
        case EACCES, EPERM: return .permissionDenied(path: path)
        case ELOOP: return .symlinkLoop(path: path)
        default: return .unreadable(path: path, reason: String(cString: strerror(code)))
        }
    }
}

/// One result of reading inputs: an article, a warning (the input was skipped or repaired) or an error.
public enum InputEvent: Sendable, Hashable {
    /// An article read successfully.
    case article(Article)
    /// A problem that did not stop reading: a skipped binary file, repaired UTF-8.
    case warning(InputError)
    /// An input, or a JSON Lines record, that could not be read.
    case error(InputError)
}
