/// One `--name` a command takes: with a value (`--theme NAME`) or as a flag (`--no-mouse`).
struct OptionSpec {
  /// The long name without dashes.
  let name: String
  /// Shown as `<value>` in help; nil for a flag.
  let valueName: String?
  let help: String
  /// The values the option accepts; empty for any value.
  var allowedValues: [String] = []
  /// The default shown in help, if any.
  var shownDefault: String? = nil
  /// What a shell offers after the option; `allowedValues` when there are some.
  var completion: Completion = .none

  /// `--format <format>`, or `--styles` for a flag.
  var label: String {
    valueName.map { "--\(name) <\($0)>" } ?? "--\(name)"
  }

  /// The help with what `--help` adds after it: `(values: a, b; default: a)`.
  var annotatedHelp: String {
    var notes: [String] = []
    if !allowedValues.isEmpty { notes.append("values: " + allowedValues.joined(separator: ", ")) }
    if let shownDefault { notes.append("default: " + shownDefault) }
    return notes.isEmpty ? help : help + " (" + notes.joined(separator: "; ") + ")"
  }
}

/// What a shell completes for an option's value or a positional argument.
enum Completion: Equatable {
  /// Nothing in particular (a free value such as an author's name).
  case none
  /// File names.
  case files
  /// Theme names: the built-in ones and the user's own, found when completing.
  case themes
  /// One of these words.
  case words([String])
  /// The name of a visible subcommand.
  case subcommands
}

/// A subcommand's command line: its options, its one optional positional argument, and the
/// texts `--help` shows.
struct CommandSpec {
  let name: String
  let abstract: String
  /// Paragraphs shown after the overview; empty for none.
  var discussion: [String] = []
  let options: [OptionSpec]
  /// The positional argument's name in help (`<file>`), nil when the command takes none, and
  /// its help.
  let argumentName: String?
  let argumentHelp: String
  /// What a shell completes for the positional argument.
  var argumentCompletion: Completion = .files
  /// Left out of the root help, the man page and completions: tools for packagers.
  var hidden = false
  /// Whether the positional argument must be given (`reader forget <file>`).
  var argumentIsRequired = false

  func option(named name: String) -> OptionSpec? {
    options.first { $0.name == name }
  }

  /// `reader export [--format <format>] [--sample] [<file>]`
  var usage: String {
    let argument = argumentName.map { argumentIsRequired ? ["<\($0)>"] : ["[<\($0)>]"] } ?? []
    return (["reader", name] + options.map { "[\($0.label)]" } + argument).joined(separator: " ")
  }

  /// What `reader help NAME` and `reader NAME --help` print.
  var helpText: String {
    var text = "OVERVIEW: \(abstract)\n\n"
    for paragraph in discussion {
      text += wrapped(paragraph, width: HelpLayout.width) + "\n\n"
    }
    text += "USAGE: \(usage)\n\n"
    if let argumentName {
      text += "ARGUMENTS:\n" + HelpLayout.entry("<\(argumentName)>", argumentHelp) + "\n"
    }
    text += "OPTIONS:\n"
    for option in options {
      text += HelpLayout.entry(option.label, option.annotatedHelp)
    }
    text += HelpLayout.entry("-h, --help", "Show help information.") + "\n"
    return text
  }
}

/// How help lays out its lists: labels in a column, help wrapped beside them.
enum HelpLayout {
  /// Lines stay shorter than this.
  static let width = 80
  /// Where the help column starts.
  static let helpColumn = 26

  /// `  LABEL   help…` with the help wrapped at `helpColumn`, ending in a line feed.
  static func entry(_ label: String, _ help: String) -> String {
    let indent = String(repeating: " ", count: helpColumn)
    let lines = wrapped(help, width: width - helpColumn).split(
      separator: "\n", omittingEmptySubsequences: false)
    let head = "  " + label
    var text: String
    if head.count + 2 <= helpColumn {
      text = head + String(repeating: " ", count: helpColumn - head.count) + lines[0] + "\n"
    } else {
      text = head + "\n" + indent + lines[0] + "\n"
    }
    for line in lines.dropFirst() { text += indent + line + "\n" }
    return text
  }
}

/// `text` broken between words into lines shorter than `width` characters; a word longer than
/// a line stands on its own line.
func wrapped(_ text: String, width: Int) -> String {
  var lines: [String] = []
  var line = ""
  for word in text.split(separator: " ") {
    if line.isEmpty {
      line = String(word)
    } else if line.count + 1 + word.count < width {
      line += " " + word
    } else {
      lines.append(line)
      line = String(word)
    }
  }
  lines.append(line)
  return lines.joined(separator: "\n")
}
