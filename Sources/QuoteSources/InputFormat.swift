/// How an input file is read and turned into article text.
public enum InputFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// Plain UTF-8 text, analysed as is.
    case text
    /// Markdown, reduced to its readable text.
    case markdown
    /// HTML, reduced to its readable text.
    case html
    /// JSON Lines: one JSON object per line, each an article.
    case jsonl

    /// The format for a file name extension (without the dot, any case); `""` means text, an unknown extension nil.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "", "txt": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "jsonl", "ndjson": self = .jsonl
        default: return nil
        }
    }

    /// The format for a path's extension, as `init(pathExtension:)`; hidden-file names such as `.txt` have no extension.
    public init?(path: String) {
        self.init(pathExtension: InputFormat.pathExtension(of: path))
    }

    /// The extension of the last path component: the text after its last dot, or `""`.
    static func pathExtension(of path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }
}
