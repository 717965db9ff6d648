import ArgumentParser
import FoundationEssentials
import Glibc

/// Standard output or a file written atomically (a temporary file renamed into place on success), or a pipe or
/// device written directly.
///
/// A closed pipe (`quotes extract big/ | head`) ends the process quietly with status 0; any other write
/// error is reported and ends it with status 1, and a temporary file never outlives the process.
final class OutputFile {
    /// The file descriptor written to: standard output, or the temporary file.
    private let descriptor: Int32
    private let temporary: URL?
    private let destination: URL?
    /// The bytes not yet written: an array, which appends by one copy (`Data` grew and copied through
    /// `replaceBytes`), written from its own storage.
    private var buffer: [UInt8] = []
    private var closed = false

    /// Opens `path` for writing, or standard output when nil or `-`.
    ///
    /// A symbolic link is written through: the file it points to is replaced, and the link stays. A path that is
    /// no regular file (a named pipe, a device such as `/dev/stdout`) is written to directly, as a shell's `>`
    /// would; only a regular file, or a new one, is written atomically. A replaced file keeps its permissions; a
    /// new one gets the umask's.
    init(path: String?) throws {
        guard let path, path != "-" else {
            descriptor = STDOUT_FILENO
            temporary = nil
            destination = nil
            return
        }
        var status = stat()
        let exists = stat(path, &status) == 0  // (through links)
        if !exists, errno == ELOOP { throw OutputFile.cannotWrite(path, ELOOP) }
        if exists, status.st_mode & S_IFMT == S_IFDIR { throw OutputFile.cannotWrite(path, EISDIR) }
        if exists, status.st_mode & S_IFMT != S_IFREG {
            // A pipe or a device: no temporary file can be renamed over it. Opened by the path given, so that the
            // system follows its links (`/dev/stdout` leads to a pipe that no path names).
            let opened = open(path, O_WRONLY | O_CLOEXEC)
            guard opened >= 0 else { throw OutputFile.cannotWrite(path, errno) }
            descriptor = opened
            temporary = nil
            destination = URL(fileURLWithPath: path)
            return
        }
        let target = OutputFile.resolvingLinks(path)
        let url = URL(fileURLWithPath: target)
        let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let opened = open(temp.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard opened >= 0 else { throw OutputFile.cannotWrite(path, errno) }
        if exists {
            // The file replaced keeps its mode and, where the process may give it, its owner.
            fchmod(opened, status.st_mode & 0o7777)
            _ = fchown(opened, status.st_uid, status.st_gid)
        }
        descriptor = opened
        temporary = temp
        destination = url
    }

    /// Says that `path` cannot be written, for the reason `code` (an `errno` value); the exit status to throw.
    private static func cannotWrite(_ path: String, _ code: Int32) -> ExitCode {
        Diagnostics.print("error: cannot write \(path): \(String(cString: strerror(code)))")
        return ExitCode(1)
    }

    /// `path` with its symbolic links followed: the file they point to, existing or not (a dangling link names
    /// the file to create); `path` itself when it is no link.
    static func resolvingLinks(_ path: String) -> String {
        var current = path
        // (A bounded walk; `init` has refused a loop of links already.)
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { return current }
            let link = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current =
                link.hasPrefix("/")
                ? link : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(link).path
        }
        return current
    }

    deinit {
        if !closed, let temporary { unlink(temporary.path) }
    }

    /// Appends text, flushing in large blocks.
    func write(_ text: String) {
        // A large text (a whole report) is written from its own bytes, not copied into the buffer first.
        if text.utf8.count >= 1 << 16,
            text.utf8.withContiguousStorageIfAvailable({ (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
                flush()
                writeOut(UnsafeRawBufferPointer(bytes))
                return true
            }) != nil
        {
            return
        }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Appends bytes, flushing in large blocks.
    func write(bytes: [UInt8]) {
        // A large block (the rows of a long document) is written as it is, after what is buffered.
        if bytes.count >= 1 << 16 {
            flush()
            writeOut(bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes what is buffered.
    func flush() {
        guard !buffer.isEmpty else { return }
        writeOut(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes `bytes`; a write error ends the process (see the type's summary).
    private func writeOut(_ bytes: [UInt8]) { bytes.withUnsafeBytes { writeOut($0) } }

    /// Writes `bytes`; a write error ends the process.
    private func writeOut(_ bytes: UnsafeRawBufferPointer) {
        guard let code = OutputFile.write(bytes, to: descriptor) else { return }
        if let temporary { unlink(temporary.path) }
        if temporary == nil && code == EPIPE { exit(0) }  // the reader left: nothing more to say
        Diagnostics.print(
            "error: cannot write \(destination?.path ?? "standard output"): \(String(cString: strerror(code)))")
        exit(1)
    }

    /// Writes all of `bytes` to `descriptor`, with as many `write` calls as it takes (one interrupted by a signal
    /// is made again); nil when all were written, else the `errno` of the call that failed.
    static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var done = 0
        while done < bytes.count {
            let count = Glibc.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if count > 0 {
                done += count
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return count < 0 ? errno : EIO
            }
        }
        return nil
    }

    /// Flushes and, for a file, syncs it and renames it into place.
    func close() throws {
        flush()
        closed = true
        guard let destination else { return }
        guard let temporary else {
            Glibc.close(descriptor)  // a pipe or a device, written directly
            return
        }
        fsync(descriptor)
        Glibc.close(descriptor)
        guard rename(temporary.path, destination.path) == 0 else {
            let code = errno
            unlink(temporary.path)
            throw OutputFile.cannotWrite(destination.path, code)
        }
    }
}
