import CBuildInfo
import TerminalText

/// The version `reader --version` prints: the number from this one place, and the commit.
enum Version {
  /// Raised by hand at a release; the README and the man page read it from here.
  static let number = "0.2.0"

  /// The commit the binary was built from (`make` passes it), or `unknown commit`.
  static var commit: String { String(cString: reader_build_commit()) }

  /// `reader 0.2.0 (1a2b3c4)`.
  static var line: String { "reader \(number) (\(commit))" }
}

/// `reader version` (also `reader --version`): prints the version and the commit.
struct VersionCommand: ReaderCommand {
  static let name = "version"
  static let spec = CommandSpec(
    name: name,
    abstract: "Print the version and the commit it was built from.",
    options: [],
    argumentName: nil,
    argumentHelp: "")

  init(_ arguments: ParsedArguments) {}

  func run() {
    writeOutput(Version.line + "\n")
  }
}
