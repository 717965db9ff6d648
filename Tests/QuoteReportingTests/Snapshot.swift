import Foundation
import Testing

/// Compares `actual` with the golden file `Snapshots/<name>` next to this source file, byte for byte.
///
/// With `RECORD_SNAPSHOTS=1` in the environment, or when the file does not exist yet, the file is
/// (re)written and the test fails, so a recording never passes unnoticed.
func assertSnapshot(
    _ actual: String, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent(name)
    let data = Data(actual.utf8)
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !record, let expected = try? Data(contentsOf: url) else {
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
            Issue.record(
                "Recorded snapshot \(name); run the tests again without RECORD_SNAPSHOTS.",
                sourceLocation: sourceLocation)
        } catch {
            Issue.record("Could not write snapshot \(name): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard expected != data else { return }
    let expectedLines = String(decoding: expected, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let line =
        zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(expectedLines.count, actualLines.count)
    let want = line < expectedLines.count ? String(expectedLines[line]) : "<end of file>"
    let got = line < actualLines.count ? String(actualLines[line]) : "<end of output>"
    Issue.record(
        """
        Snapshot \(name) differs at line \(line + 1) (RECORD_SNAPSHOTS=1 rewrites it):
          expected: \(want)
          actual:   \(got)
        """, sourceLocation: sourceLocation)
}
