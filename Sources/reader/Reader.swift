import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `reader` command: opens a compilation in the terminal.
@main
struct Reader: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "A terminal reader for compilations of articles.",
    usage: """
      reader [--author NAME] [--theme NAME] [--no-mouse] [FILE]
      reader export [--format json|markdown] [--sample] [FILE]
      reader snapshot --size WxH [--keys KEYS] [--author NAME] [--styles] [FILE]
      """,
    discussion: """
      With no FILE, reader opens standard input when it is piped and the built-in sample \
      otherwise. Press ? inside the reader for every key. 'reader help open' describes the \
      options of the terminal UI.
      """,
    subcommands: [OpenCommand.self, ExportCommand.self, SnapshotCommand.self],
    defaultSubcommand: OpenCommand.self
  )

  /// ArgumentParser's own `main`, except that its messages go out through `terminalSafe`: they
  /// quote the arguments (`Unknown option '--…'`), and a file name from a glob can hold escapes.
  static func main() {
    let command: ParsableCommand
    do {
      command = try parseAsRoot()
    } catch {
      exitShowingSafely(error)
    }
    do {
      var command = command
      try command.run()
    } catch {
      exitShowingSafely(error)
    }
  }

  private static func exitShowingSafely(_ error: Error) -> Never {
    let code = exitCode(for: error)
    let message = fullMessage(for: error)
    if !message.isEmpty {
      writeAll(terminalSafeLines(message) + "\n", to: code == .success ? 1 : 2)
    }
    Glibc.exit(code.rawValue)
  }
}
