import ArgumentParser
import Foundation

/// Standard output or a file written atomically (a temporary file renamed into place on success).
final class OutputFile {
    private let handle: FileHandle
    private let temporary: URL?
    private let destination: URL?
    private var buffer = Data()

    /// Opens `path` for writing, or standard output when nil or `-`.
    init(path: String?) throws {
        if let path, path != "-" {
            let url = URL(fileURLWithPath: path)
            let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
            guard FileManager.default.createFile(atPath: temp.path, contents: nil) else {
                throw ValidationError("cannot write \(path)")
            }
            handle = try FileHandle(forWritingTo: temp)
            temporary = temp
            destination = url
        } else {
            handle = FileHandle.standardOutput
            temporary = nil
            destination = nil
        }
    }

    /// Appends text, flushing in large blocks.
    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes what is buffered; a closed pipe ends the process quietly.
    func flush() {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            exit(temporary == nil ? 0 : 1)  // `quotes extract | head`: the reader left; nothing more to say
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and, for a file, renames the temporary file into place.
    func close() throws {
        flush()
        guard let temporary, let destination else { return }
        try handle.close()
        guard rename(temporary.path, destination.path) == 0 else {
            throw ValidationError("cannot write \(destination.path): \(String(cString: strerror(errno)))")
        }
    }
}
