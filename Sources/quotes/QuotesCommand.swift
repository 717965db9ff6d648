import ArgumentParser

/// The `quotes` command: finds quotations and who said them.
@main
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Find every quotation in news articles and prose, and who said it.",
        subcommands: [ExtractCommand.self, EvalCommand.self],
        defaultSubcommand: ExtractCommand.self)
}
