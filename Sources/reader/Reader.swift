import ArgumentParser
import NcursesBackend
import ReaderCore

/// The `reader` command: opens a compilation in the terminal.
@main
struct Reader: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "A terminal reader for compilations of articles."
  )

  @Argument(help: "The compilation to open; the built-in sample when left out.")
  var file: String?

  mutating func run() throws {
    print("reader: the terminal UI is not built yet (\(cursesVersion())).")
  }
}
