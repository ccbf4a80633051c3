import ReaderUI
import TerminalText

/// `reader completions bash|zsh|fish`: prints a completion script made from the command
/// table, so the three shells can never disagree with the parser. Hidden: it is for packagers
/// and `make install`.
struct CompletionsCommand: ReaderCommand {
  static let name = "completions"
  static let spec = CommandSpec(
    name: name,
    abstract: "Print the completion script for bash, zsh or fish.",
    options: [],
    argumentName: "shell",
    argumentHelp: "bash, zsh or fish.",
    argumentCompletion: .words(Shell.allCases.map(\.rawValue)),
    hidden: true)

  /// The shells a script can be made for.
  enum Shell: String, CaseIterable {
    case bash
    case zsh
    case fish
  }

  let shell: String?

  init(_ arguments: ParsedArguments) {
    shell = arguments.argument
  }

  func run() throws(UsageError) {
    guard let shell, let known = Shell(rawValue: shell) else {
      throw UsageError("Name a shell: bash, zsh or fish")
    }
    let commands = Reader.visibleSpecs
    let themes = ThemeCatalog.builtinNames
    switch known {
    case .bash:
      writeOutput(BashCompletion(commands: commands, builtinThemes: themes).script)
    case .zsh: writeOutput(ZshCompletion(commands: commands, builtinThemes: themes).script)
    case .fish:
      writeOutput(FishCompletion(commands: commands, builtinThemes: themes).script)
    }
  }
}

extension OptionSpec {
  /// What a shell completes after this option: its allowed values when it has them.
  var effectiveCompletion: Completion {
    allowedValues.isEmpty ? completion : .words(allowedValues)
  }
}

extension CommandSpec {
  /// Whether this is the command that runs when no subcommand is named.
  var isDefault: Bool { name == OpenCommand.spec.name }
}

/// Help text as one plain line for a completion menu: no backticks, no line breaks.
func menuText(_ help: String) -> String {
  String(help.filter { $0 != "`" && $0 != "\n" })
}
