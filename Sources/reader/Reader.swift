import TerminalText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A subcommand of `reader`: its command line, and how it runs once that has been read.
protocol ReaderCommand {
  static var spec: CommandSpec { get }
  init(_ arguments: ParsedArguments)
  /// Runs the command; a bad value found only now (`--size 0x0`) is a usage error.
  func run() throws(UsageError)
}

/// The `reader` command: opens a compilation in the terminal.
///
/// The command line is read here, not by a library: swift-argument-parser brings in Foundation
/// and looks its commands up by reflection, about a millisecond of every start, and start-up is
/// part of the first frame.
@main
enum Reader {
  static var commands: [any ReaderCommand.Type] {
    [
      OpenCommand.self, ExportCommand.self, SnapshotCommand.self, ForgetCommand.self,
      HighlightsCommand.self,
    ]
  }

  static func main() {
    var arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "help" {
      let named = commands.first { $0.spec.name == arguments.dropFirst().first }
      exitShowingHelp(named?.spec.helpText ?? rootHelp)
    }
    if arguments.first == "-h" || arguments.first == "--help" { exitShowingHelp(rootHelp) }
    var command: any ReaderCommand.Type = OpenCommand.self
    if let named = commands.first(where: { $0.spec.name == arguments.first }) {
      command = named
      arguments.removeFirst()
    }
    do {
      switch try command.spec.parse(arguments) {
      case .help: exitShowingHelp(command.spec.helpText)
      case .run(let parsed): try command.init(parsed).run()
      }
    } catch {
      exitShowingUsage(error, of: command.spec)
    }
  }

  static let rootHelp: String = {
    var text = "OVERVIEW: A terminal reader for compilations of articles.\n\n"
    text +=
      wrapped(
        "With no FILE, reader opens standard input when it is piped and the built-in sample "
          + "otherwise. Press ? inside the reader for every key. 'reader help open' describes "
          + "the options of the terminal UI.", width: HelpLayout.width) + "\n\n"
    text += """
      USAGE: reader [--author NAME] [--theme NAME] [--no-mouse] [--no-history] [FILE]
             reader export [--format json|markdown|csv] [--sample] [FILE]
             reader snapshot --size WxH [--keys KEYS] [--author NAME] [--styles] [FILE]
             reader forget FILE
             reader highlights [--format json|markdown|csv] [FILE]


      """
    text += "OPTIONS:\n" + HelpLayout.entry("-h, --help", "Show help information.") + "\n"
    text += "SUBCOMMANDS:\n"
    for command in commands {
      let spec = command.spec
      let label = spec.name == OpenCommand.spec.name ? spec.name + " (default)" : spec.name
      text += HelpLayout.entry(label, spec.abstract)
    }
    return text + "\n  See 'reader help <subcommand>' for detailed help.\n"
  }()

  private static func exitShowingHelp(_ text: String) -> Never {
    writeAll(text, to: 1)
    exit(0)
  }

  /// `Error: …`, the option's help when the error is about one, and the usage. What is quoted
  /// comes from the command line (a file name from a glob can hold escapes), so it is shown
  /// through `terminalSafe`.
  private static func exitShowingUsage(_ error: UsageError, of spec: CommandSpec) -> Never {
    var text = "Error: \(error.message)\n"
    if let option = error.option { text += "Help:  \(option.label)  \(option.help)\n" }
    text += "Usage: \(spec.usage)\n"
    text += "  See 'reader \(spec.name) --help' for more information.\n"
    writeAll(terminalSafeLines(text), to: 2)
    exit(64)
  }
}
