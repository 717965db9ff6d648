import Foundation
import QuoteAttribution
import QuoteReporting
import Testing

/// Headless Chromium, when installed: the tests below are skipped without it.
enum Chromium {
    /// The `chromium` executable on PATH, or nil.
    static let path: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return directories.map { "\($0)/chromium" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs Chromium headless on `url` with `arguments`, returning standard output; gives up after 90 s.
    static func run(_ arguments: [String], url: URL, profile: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars",
                "--user-data-dir=\(profile.path)",
            ] + arguments + [url.absoluteString]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 90, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return String(decoding: data, as: UTF8.self)
    }
}

@Suite(.serialized) struct ChromiumTests {
    @Test(.enabled(if: Chromium.path != nil, "chromium is not on PATH"))
    func payloadReportRendersInertlyInChromium() throws {
        let html = HTMLRenderer().render(fixtureReport)
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("quote-report-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("report.html")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let profile = directory.appendingPathComponent("profile")

        let dom = try Chromium.run(["--dump-dom"], url: page, profile: profile)
        #expect(dom.contains("</html>"), "Chromium printed no DOM")
        // Every speaker's section with its quote count, and every article made it into the DOM.
        for (rank, speaker) in fixtureReport.speakers.enumerated() {
            let name = speaker.name ?? "Unattributed"
            #expect(dom.contains(#"<span class="name">\#(name)</span>"#), "\(name)")
            let number = speaker.name == nil ? "" : "\(rank + 1)"
            #expect(dom.contains(#"<td class="num">\#(number)</td>"#))
            let count = "\(speaker.quoteCount) quote\(speaker.quoteCount == 1 ? "" : "s")"
            #expect(dom.contains("<p>\(count)"), "\(name): \(count)")
        }
        #expect(dom.contains(#"<section class="article" id="d2">"#))
        #expect(dom.contains("9 quotes by 3 speakers in 3 articles (2 unattributed)"))
        // No element came from a payload: in the serialised DOM, text `<` is always `&lt;`.
        #expect(!dom.contains("<img"))
        #expect(!dom.contains("<script"))
        #expect(!dom.contains("<svg onload"))
        #expect(!dom.contains("<textarea"))
        #expect(dom.components(separatedBy: "<style>").count == 2)
        #expect(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(dom.contains("&lt;img src=x onerror=alert(1)&gt;"))
        let tags = dom.matches(of: /<[^>]*>/).map { dom[$0.range].lowercased() }
        #expect(!tags.contains { $0.contains("onerror") || $0.contains("onload") || $0.contains("javascript:") })

        // One screenshot to look at: .build/report-screenshot.png in the package.
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let build = packageRoot.appendingPathComponent(".build")
        try FileManager.default.createDirectory(at: build, withIntermediateDirectories: true)
        let screenshot = build.appendingPathComponent("report-screenshot.png")
        try? FileManager.default.removeItem(at: screenshot)
        _ = try Chromium.run(
            ["--screenshot=\(screenshot.path)", "--window-size=1280,2000"], url: page, profile: profile)
        let size = (try? FileManager.default.attributesOfItem(atPath: screenshot.path)[.size] as? Int) ?? 0
        #expect(size > 10_000, "no screenshot at \(screenshot.path)")
    }
}
