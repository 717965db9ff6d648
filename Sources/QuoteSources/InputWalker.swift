#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Expands paths into the files to read: files as given, folders walked recursively.
///
/// Paths are taken in the order given; `-` (standard input) and files named explicitly are yielded
/// as is. Inside a folder, entries are visited in byte-wise order of their full paths, hidden names
/// (starting with `.`) are skipped unless `includeHidden`, symbolic links are followed, and a link back
/// to a folder being walked is reported as a loop. Only files with a known extension are taken (see
/// `InputFormat(pathExtension:)`) and not gold files (`*.gold.jsonl`), or with `glob`, the files whose name matches it (`fnmatch`; a
/// pattern containing `/` is matched against the whole path). Unreadable entries become errors and
/// the walk goes on. A file is yielded once, however often it is met under paths that resolve to the same one
/// (named twice, named and inside a named folder, or through a symbolic link; hard links are distinct names, and
/// each is read); a file of `excluding` (the output file) is never taken from a folder.
public struct InputWalker: Sequence, Sendable {
    /// The paths to expand.
    public var paths: [String]
    /// Also walk hidden files and folders.
    public var includeHidden: Bool
    /// A shell pattern that walked files must match, instead of a known extension.
    public var glob: String?
    /// Files never taken from a folder: a report written into the folder it reads is not read back.
    public var excluding: [String]

    /// Creates a walker over `paths`.
    public init(paths: [String], includeHidden: Bool = false, glob: String? = nil, excluding: [String] = []) {
        self.paths = paths
        self.includeHidden = includeHidden
        self.glob = glob
        self.excluding = excluding
    }

    /// Starts the walk.
    public func makeIterator() -> Iterator { Iterator(walker: self) }

    /// Yields file paths and the errors met on the way, one at a time.
    public struct Iterator: IteratorProtocol {
        private let walker: InputWalker
        private var roots: IndexingIterator<[String]>
        /// The folders being walked, outermost first.
        private var stack: [Folder] = []
        /// The resolved paths of the files of `excluding` that exist.
        private let excluded: Set<String>
        /// The resolved paths of the files yielded so far.
        private var seen: Set<String> = []

        fileprivate init(walker: InputWalker) {
            self.walker = walker
            roots = walker.paths.makeIterator()
            excluded = Set(walker.excluding.compactMap(resolvedPath))
        }

        /// True the first time a file that `path` resolves to is met (and for a path that does not resolve), unless
        /// it is one of `excluding` and `excludes` is true.
        private mutating func isNew(_ path: String, excludes: Bool = false) -> Bool {
            guard let resolved = resolvedPath(path) else { return true }
            if excludes && excluded.contains(resolved) { return false }
            return seen.insert(resolved).inserted
        }

        /// The next file path or error; nil when all paths are done.
        public mutating func next() -> Result<String, InputError>? {
            while true {
                guard let top = stack.indices.last else {
                    guard let root = roots.next() else { return nil }
                    if root == "-" { return .success(root) }
                    switch fileKind(root) {
                    case .failure(let error): return .failure(error)
                    case .success(.directory(let id)):
                        if let error = enter(root, id: id) { return .failure(error) }
                    case .success(.file):
                        if isNew(root) { return .success(root) }
                    case .success: return .success(root)
                    }
                    continue
                }
                guard let entry = stack[top].entries.popLast() else {
                    stack.removeLast()
                    continue
                }
                switch entry.kind {
                case .failure(let error): return .failure(error)
                case .success(.directory(let id)):
                    if let error = enter(entry.path, id: id) { return .failure(error) }
                case .success(.file) where walker.accepts(entry.path, name: entry.name):
                    if isNew(entry.path, excludes: true) { return .success(entry.path) }
                case .success: continue
                }
            }
        }

        /// Lists the folder at `path` and pushes it; returns the error instead when it loops or cannot be read.
        private mutating func enter(_ path: String, id: FileID) -> InputError? {
            if stack.contains(where: { $0.id == id }) { return .symlinkLoop(path: path) }
            switch Folder.list(path, id: id, includeHidden: walker.includeHidden) {
            case .success(let folder): stack.append(folder)
            case .failure(let error): return error
            }
            return nil
        }
    }

    /// Whether a file met in a folder is taken.
    private func accepts(_ path: String, name: String) -> Bool {
        guard let glob else {
            // Gold annotations (`*.gold.jsonl`) sit beside articles in a corpus but are not articles.
            if name.hasSuffix(".gold.jsonl") { return false }
            return !InputFormat.pathExtension(of: name).isEmpty && InputFormat(path: name) != nil
        }
        return fnmatch(glob, glob.contains("/") ? path : name, 0) == 0
    }
}

/// A file's device and inode numbers.
private struct FileID: Hashable {
    var device: UInt64
    var inode: UInt64
}

/// What a path leads to, following symbolic links.
private enum FileKind {
    case directory(FileID)
    case file
    case other

    static func from(_ info: stat) -> FileKind {
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory(FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
        case S_IFREG: return .file
        default: return .other
        }
    }
}

/// A folder being walked: its entries, sorted so that `popLast()` yields them in byte-wise path order.
private struct Folder {
    struct Entry {
        var name: String
        var path: String
        var kind: Result<FileKind, InputError>
        /// The name, with `/` after folder names so that folders sort as their full paths do.
        var key: [UInt8]
    }

    var id: FileID
    var entries: [Entry]

    static func list(_ path: String, id: FileID, includeHidden: Bool) -> Result<Folder, InputError> {
        guard let directory = opendir(path) else { return .failure(.system(path, errno)) }
        defer { closedir(directory) }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        var entries: [Entry] = []
        while true {
            errno = 0
            guard let record = readdir(directory) else {
                if errno != 0 { return .failure(.system(path, errno)) }
                break
            }
            let bytes = withUnsafeBytes(of: record.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] || (!includeHidden && bytes.first == 0x2E) { continue }
            let name = String(decoding: bytes, as: UTF8.self)
            let child = prefix + name
            var kind = fileKind(child)
            if Array(name.utf8) != bytes {
                kind = .failure(.unreadable(path: child, reason: "file name is not valid UTF-8"))
            }
            var key = bytes
            if case .success(.directory) = kind { key.append(0x2F) }
            entries.append(Entry(name: name, path: child, kind: kind, key: key))
        }
        entries.sort { $1.key.lexicographicallyPrecedes($0.key) }
        return .success(Folder(id: id, entries: entries))
    }
}

/// The absolute path `path` resolves to, symbolic links followed (`realpath`), or nil when it does not.
private func resolvedPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
}

/// What `path` leads to, following symbolic links.
private func fileKind(_ path: String) -> Result<FileKind, InputError> {
    var info = stat()
    guard stat(path, &info) == 0 else { return .failure(.system(path, errno)) }
    return .success(.from(info))
}
