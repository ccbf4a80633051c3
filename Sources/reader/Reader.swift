import ReaderSettings
import TerminalText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A subcommand of `reader`: its command line, and how it runs once that has been read.
protocol ReaderCommand {
  /// The word that picks the command on the command line (its spec's name). Apart from the
  /// spec, which may take time to build, so `reader FILE` builds only `open`'s.
  static var name: String { get }
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
  /// Every subcommand, in the order help lists them; the first is the default. Usage, help,
  /// completions and the man page are all made from this table.
  static var commands: [any ReaderCommand.Type] {
    [
      OpenCommand.self, ExportCommand.self, SnapshotCommand.self, ForgetCommand.self,
      HighlightsCommand.self,
      ConfigCommand.self, VersionCommand.self,
      HelpCommand.self, CompletionsCommand.self, ManPageCommand.self,
    ]
  }

  /// The arguments after the program's name. Read from `argv` directly: the standard
  /// library's `CommandLine.arguments` builds its array through unspecialised generic code, a
  /// tenth of the runtime's work before the first frame (perf).
  private static func commandLineArguments() -> [String] {
    var arguments: [String] = []
    let count = Int(CommandLine.argc)
    arguments.reserveCapacity(max(0, count - 1))
    for index in 1..<max(1, count) {
      if let argument = CommandLine.unsafeArgv[index] {
        arguments.append(String(cString: argument))
      }
    }
    return arguments
  }

  /// The subcommands a user is shown (help, completions, the man page).
  static var visibleSpecs: [CommandSpec] { commands.map { $0.spec }.filter { !$0.hidden } }

  static func main() {
    var arguments = commandLineArguments()
    switch arguments.first {
    case "-h", "--help": exitShowingHelp(rootHelp)
    case "--version": VersionCommand(ParsedArguments()).run(); exit(0)
    default: break
    }
    var command: any ReaderCommand.Type = OpenCommand.self
    if let named = commands.first(where: { $0.name == arguments.first }) {
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

  /// `reader [--author <author>] …` for the default command, `reader export …` for the others.
  static func usageLine(_ spec: CommandSpec) -> String {
    spec.name == OpenCommand.name
      ? "reader" + spec.usage.dropFirst("reader open".count) : spec.usage
  }

  static var rootHelp: String {
    var text = "OVERVIEW: A terminal reader for compilations of articles.\n\n"
    text +=
      wrapped(
        "With no FILE, reader opens standard input when it is piped and the built-in sample "
          + "otherwise. Press ? inside the reader for every key. 'reader help open' describes "
          + "the options of the terminal UI.", width: HelpLayout.width) + "\n\n"
    // Continuation lines are indented past `USAGE: reader `.
    let usages = visibleSpecs.filter { !$0.options.isEmpty || $0.argumentName != nil }.map {
      wrapped(usageLine($0), width: HelpLayout.width - 14).split(separator: "\n")
        .joined(separator: "\n" + String(repeating: " ", count: 14))
    }
    text += "USAGE: " + usages.joined(separator: "\n       ") + "\n\n"
    text += "OPTIONS:\n" + HelpLayout.entry("-h, --help", "Show help information.")
    text += HelpLayout.entry("--version", "Show the version.") + "\n"
    text += "SUBCOMMANDS:\n"
    for spec in visibleSpecs {
      let label = spec.name == OpenCommand.name ? spec.name + " (default)" : spec.name
      text += HelpLayout.entry(label, spec.abstract)
    }
    return text + "\n  See 'reader help <subcommand>' for detailed help.\n"
  }

  static func exitShowingHelp(_ text: String) -> Never {
    writeOutput(text)
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

/// `reader help [SUBCOMMAND]`: the root help, or a subcommand's.
struct HelpCommand: ReaderCommand {
  static let name = "help"
  static let spec = CommandSpec(
    name: name,
    abstract: "Show help for reader or for one subcommand.",
    options: [],
    argumentName: "subcommand",
    argumentHelp: "The subcommand to describe.",
    argumentCompletion: .subcommands)

  let subcommand: String?

  init(_ arguments: ParsedArguments) {
    subcommand = arguments.argument
  }

  func run() throws(UsageError) {
    guard let subcommand else { Reader.exitShowingHelp(Reader.rootHelp) }
    guard let named = Reader.commands.first(where: { $0.name == subcommand }) else {
      let names = Reader.visibleSpecs.map(\.name)
      let hint = closest(to: subcommand, among: names).map { ". Did you mean '\($0)'?" } ?? ""
      throw UsageError("Unknown subcommand '\(subcommand)'\(hint)")
    }
    Reader.exitShowingHelp(named.spec.helpText)
  }
}
