import Foundation
import TestSupport
import Testing

@testable import quotes

/// The progress line's text (`Progress.line`), and the line itself on a terminal.
struct ProgressTests {
    /// Runs the built binary with standard error on a terminal (`script` gives it one), standard output to
    /// /dev/null; returns what the terminal showed.
    func onTerminal(_ arguments: String) throws -> String? {
        guard let binary = TestSupport.quotesBinary, FileManager.default.isExecutableFile(atPath: "/usr/bin/script")
        else { return nil }
        let command = "'\(binary.path)' \(arguments) > /dev/null"
        return try TestSupport.run(URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"]).output
    }

    @Test func aTerminalGetsTheFinalCountsAndQuietGetsNothing() throws {
        let folder = try TestSupport.temporaryDirectory("quotes-progress")
        defer { try? FileManager.default.removeItem(at: folder) }
        let paragraph = #"“We will act,” Truss said. The talks went on."# + "\n\n"  // 51 bytes
        for name in ["a.txt", "b.txt", "c.txt"] {
            try String(repeating: paragraph, count: 8_000).write(
                to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        guard let shown = try onTerminal("extract --jobs 2 '\(folder.path)'") else { return }
        // 3 x 408,000 bytes read; the line ends the output, after any line shown while running.
        #expect(shown.contains("\r3 documents, 1.2 MB, "))
        #expect(shown.hasSuffix("\r\n"))
        #expect(!shown.contains("error"))
        let quiet = try #require(try onTerminal("extract --quiet '\(folder.path)'"))
        #expect(quiet.isEmpty)
        // Not a terminal: nothing on standard error.
        let piped = try TestSupport.run(try #require(TestSupport.quotesBinary), ["extract", folder.path])
        #expect(piped.stderr.isEmpty && piped.status == 0)
    }

    @Test func lineShowsShareAndTimeLeftOnlyWhenTheTotalIsKnownAndNotReached() {
        #expect(Progress.line(documents: 1, bytes: 500_000, total: nil, seconds: 1) == "1 document, 0.5 MB, 0.5 MB/s")
        #expect(
            Progress.line(documents: 120, bytes: 25_000_000, total: 100_000_000, seconds: 0.5)
                == "120 documents, 25.0 MB, 50.0 MB/s, 25 % of 100.0 MB, 0:02 left")
        // 1 MB/s with 3,725 MB left: one hour, two minutes and five seconds.
        #expect(
            Progress.line(documents: 2, bytes: 1_000_000, total: 3_726_000_000, seconds: 1)
                == "2 documents, 1.0 MB, 1.0 MB/s, 0 % of 3726.0 MB, 1:02:05 left")
        #expect(Progress.line(documents: 3, bytes: 7, total: 7, seconds: 1).hasSuffix("MB/s"))
    }

    @Test func durationsReadAsClockTimes() {
        #expect(Progress.duration(0) == "0:00")
        #expect(Progress.duration(59) == "0:59")
        #expect(Progress.duration(61) == "1:01")
        #expect(Progress.duration(3_600) == "1:00:00")
        #expect(Progress.duration(3_600 * 25 + 125) == "25:02:05")
    }
}
