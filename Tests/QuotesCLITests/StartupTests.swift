import Foundation
import Testing

import TestSupport

/// What the `quotes` binary loads before it reads a byte: start-up is paid once per process, and pipelines (Spark
/// tasks, `find -exec`, one process per file) pay it for every input.
@Suite struct StartupTests {
    /// The full Foundation (libFoundation with its ICU, about 5 ms of a 20 ms start) is not linked: only
    /// FoundationEssentials. An `import Foundation` anywhere in the product's sources brings it back.
    @Test func theCommandLinksOnlyFoundationEssentials() throws {
        let ldd = URL(fileURLWithPath: "/usr/bin/ldd")
        guard FileManager.default.isExecutableFile(atPath: ldd.path), let binary = TestSupport.quotesBinary else {
            Issue.record("needs /usr/bin/ldd and a built quotes binary")
            return
        }
        let libraries = try TestSupport.run(ldd, [binary.path]).output
        #expect(libraries.contains("libFoundationEssentials"), "\(libraries)")
        for heavy in ["libFoundation.so", "libFoundationInternationalization", "lib_FoundationICU"] {
            #expect(!libraries.contains(heavy), "\(heavy) is linked:\n\(libraries)")
        }
    }

    /// The same for the sources: no product file imports Foundation, so the library does not pull it into an app.
    @Test func noProductSourceImportsFoundation() throws {
        let sources = TestSupport.repositoryRoot.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var importing: [String] = []
        for case let url as URL in files where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            if text.split(separator: "\n").contains(where: { $0.hasPrefix("import Foundation") && $0 != "import FoundationEssentials" }) {
                importing.append(url.lastPathComponent)
            }
        }
        #expect(importing.isEmpty, "import Foundation in \(importing.sorted())")
    }
}
