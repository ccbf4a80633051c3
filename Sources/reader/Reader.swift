import ArgumentParser

/// The `reader` command: opens a compilation in the terminal.
@main
struct Reader: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "A terminal reader for compilations of articles.",
    subcommands: [OpenCommand.self, ExportCommand.self, SnapshotCommand.self],
    defaultSubcommand: OpenCommand.self
  )
}
