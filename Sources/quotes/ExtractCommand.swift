import ArgumentParser
import QuoteAttribution

/// `quotes extract`: one line of output per document (JSON Lines) or per quote (CSV, table).
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Print every quote with its speaker.")

    @Argument(help: "Input files or folders; '-' or none reads standard input.")
    var inputs: [String] = []

    func run() throws {}
}
