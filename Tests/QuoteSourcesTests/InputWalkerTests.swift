import Foundation
import QuoteSources
import Testing

@Suite struct InputWalkerTests {
    /// A temporary tree of files, with the walk's results relative to its root.
    private struct Tree {
        let root: URL
        init(_ files: [String]) throws {
            root = try Fixture.temporaryDirectory()
            for file in files { try Fixture.write("x", to: file, in: root) }
        }

        func link(_ name: String, to destination: String) throws {
            try FileManager.default.createSymbolicLink(
                atPath: root.appendingPathComponent(name).path, withDestinationPath: destination)
        }

        /// Walks the root: files relative to it, errors as their descriptions.
        func walk(includeHidden: Bool = false, glob: String? = nil) -> [String] {
            InputWalker(paths: [root.path], includeHidden: includeHidden, glob: glob).map { result in
                switch result {
                case .success(let path): String(path.dropFirst(root.path.count + 1))
                case .failure(let error):
                    "error: " + error.description.replacingOccurrences(of: root.path + "/", with: "")
                }
            }
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func deterministicByteWiseOrderWithKnownExtensions() throws {
        let tree = try Tree([
            "b.txt", "a/z.md", "a.b/c.html", "a/b/c.jsonl", "a/b.txt", "B.txt", "é.txt", "notes.rst",
            "Makefile", "z/y.ndjson", "z/x.htm", "a/m.markdown",
        ])
        defer { tree.remove() }
        #expect(
            tree.walk() == [
                "B.txt", "a.b/c.html", "a/b.txt", "a/b/c.jsonl", "a/m.markdown", "a/z.md", "b.txt",
                "z/x.htm", "z/y.ndjson", "é.txt",
            ])
    }

    @Test func hiddenFilesAndFoldersAreSkippedUnlessAsked() throws {
        let tree = try Tree(["visible.txt", ".hidden.txt", ".git/config.txt", "d/.secret.md"])
        defer { tree.remove() }
        #expect(tree.walk() == ["visible.txt"])
        #expect(tree.walk(includeHidden: true) == [".git/config.txt", ".hidden.txt", "d/.secret.md", "visible.txt"])
        let explicit = tree.root.appendingPathComponent(".hidden.txt").path
        #expect(Array(InputWalker(paths: [explicit])).map { try? $0.get() } == [explicit])
    }

    @Test func aFileMetTwiceIsYieldedOnceAndTheOutputFileNever() throws {
        let tree = try Tree(["a.txt", "b.txt", "report.html"])
        defer { tree.remove() }
        try tree.link("same.txt", to: tree.root.appendingPathComponent("b.txt").path)
        let a = tree.root.appendingPathComponent("a.txt").path
        // A hard link is a name of its own (a corpus may share one text under two ids): read.
        let hard = tree.root.appendingPathComponent("hard.txt").path
        try FileManager.default.linkItem(atPath: a, toPath: hard)
        let report = tree.root.appendingPathComponent("report.html").path
        // Named twice, named and in its folder, or through a symbolic link: read once, where first met.
        let walked = InputWalker(paths: [a, tree.root.path, a], excluding: [report]).map { try? $0.get() }
        #expect(walked == [a, tree.root.appendingPathComponent("b.txt").path, hard])
        // (Before: `a.txt` three times, `b.txt` twice and the report read back as an article.)
    }

    @Test func globReplacesTheExtensionFilter() throws {
        let tree = try Tree(["a.html", "b.txt", "sub/c.html", "sub/page.xhtml", "other/d.html"])
        defer { tree.remove() }
        #expect(tree.walk(glob: "*.html") == ["a.html", "other/d.html", "sub/c.html"])
        #expect(tree.walk(glob: "*html") == ["a.html", "other/d.html", "sub/c.html", "sub/page.xhtml"])
        #expect(tree.walk(glob: "*/sub/*") == ["sub/c.html", "sub/page.xhtml"])
    }

    @Test func symlinkLoopsAreReportedAndTheWalkGoesOn() throws {
        let tree = try Tree(["a/one.txt", "b/two.txt"])
        defer { tree.remove() }
        try tree.link("a/up", to: "..")
        try tree.link("self.txt", to: "self.txt")
        try tree.link("b/alias.txt", to: "two.txt")
        try tree.link("dangling.md", to: "nowhere.md")
        #expect(
            tree.walk() == [
                // (`b/two.txt` is `b/alias.txt`, met first: read once.)
                "a/one.txt", "error: a/up: symbolic link loop, not followed", "b/alias.txt",
                "error: dangling.md: no such file or directory", "error: self.txt: symbolic link loop, not followed",
            ])
    }

    @Test func pathsKeepTheirOrderAndStdinPassesThrough() throws {
        let tree = try Tree(["z.txt", "a.txt"])
        defer { tree.remove() }
        let z = tree.root.appendingPathComponent("z.txt").path
        let results = InputWalker(paths: [z, "-", tree.root.path + "/"]).map { try? $0.get() }
        // (`z.txt`, named before its folder, is read once.)
        #expect(results == [z, "-", tree.root.path + "/a.txt"])
    }
}
