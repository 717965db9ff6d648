import ArgumentParser
import Glibc

/// The `quotes` command: finds quotations and who said them.
@main
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Find every quotation in news articles and prose, and who said it.",
        version: "0.1.0",
        subcommands: [ExtractCommand.self, ReportCommand.self, EvalCommand.self],
        defaultSubcommand: ExtractCommand.self)

    static func main() {
        signal(SIGPIPE, SIG_IGN)  // a closed pipe becomes a write error, handled as a quiet exit
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            // Usage errors exit with 2 (ArgumentParser's default is 64), as documented.
            if exitCode(for: error) == .validationFailure {
                Diagnostics.write(fullMessage(for: error) + "\n")
                Glibc.exit(2)
            }
            exit(withError: error)
        }
        do {
            try command.run()
        } catch {
            // A bad value found once the options were read (a `--config` file): the message alone, as the usage
            // of the root command would mislead.
            if exitCode(for: error) == .validationFailure {
                Diagnostics.write("Error: \(message(for: error))\n")
                Glibc.exit(2)
            }
            exit(withError: error)
        }
    }
}
