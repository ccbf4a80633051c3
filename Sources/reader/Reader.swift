import ArgumentParser
import NcursesBackend
import ReaderCore

/// The `reader` command: opens a compilation in the terminal.
@main
struct Reader: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "A terminal reader for compilations of articles.",
    subcommands: [Open.self, ExportCommand.self, SnapshotCommand.self],
    defaultSubcommand: Open.self
  )

  /// `reader [FILE]` (or `reader open [FILE]`): the terminal UI. A subcommand of its own, made
  /// the default, because a positional argument on the root would swallow subcommand names.
  struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Open a compilation in the terminal (the default)."
    )

    @Argument(help: "The compilation to open; the built-in sample when left out.")
    var file: String?

    mutating func run() throws {
      print("reader: the terminal UI is not built yet (\(cursesVersion())).")
    }
  }
}
