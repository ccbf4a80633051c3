import ArgumentParser

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
}
