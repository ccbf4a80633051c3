import ReaderSettings

/// What a subcommand was given: option values, flags and the positional argument.
struct ParsedArguments {
  var values: [String: String] = [:]
  var flags: Set<String> = []
  var argument: String?

  func value(_ name: String) -> String? { values[name] }
  func flag(_ name: String) -> Bool { flags.contains(name) }
}

/// A command line that cannot be run: printed as `Error: …` with the command's usage, exit
/// status 64 (`EX_USAGE`).
struct UsageError: Error {
  let message: String
  /// The option the message is about: its help is printed under the message.
  var option: OptionSpec? = nil

  init(_ message: String, option: OptionSpec? = nil) {
    self.message = message
    self.option = option
  }
}

/// The result of reading a subcommand's arguments.
enum ArgumentsResult {
  case run(ParsedArguments)
  case help
}

extension CommandSpec {
  /// Reads `arguments` (after the subcommand's name). Options may come before or after the
  /// positional argument, as `--name VALUE` or `--name=VALUE`; the last of a repeated option
  /// wins; `--` ends the options; `-` is a positional argument (standard input).
  func parse(_ arguments: [String]) throws(UsageError) -> ArgumentsResult {
    var parsed = ParsedArguments()
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
      let word = arguments[index]
      index += 1
      if optionsEnded || word == "-" || !word.hasPrefix("-") {
        guard argumentName != nil, parsed.argument == nil else {
          throw UsageError("Unexpected argument '\(word)'")
        }
        parsed.argument = word
        continue
      }
      if word == "--" {
        optionsEnded = true
        continue
      }
      if word == "-h" || word == "--help" { return .help }
      let (name, attached) = CommandSpec.split(word)
      guard word.hasPrefix("--"), !name.hasPrefix("-"), let option = option(named: name) else {
        throw UsageError(unknownOptionMessage(word, name: name))
      }
      guard option.valueName != nil else {
        if let attached {
          throw UsageError(
            "The option '--\(name)' does not take any value, but '\(attached)' was specified.")
        }
        parsed.flags.insert(name)
        continue
      }
      let value: String
      if let attached {
        value = attached
      } else if index < arguments.count, arguments[index] == "-" || !arguments[index].hasPrefix("-")
      {
        value = arguments[index]
        index += 1
      } else {
        throw UsageError("Missing value for '\(option.label)'", option: option)
      }
      if !option.allowedValues.isEmpty && !option.allowedValues.contains(value) {
        throw UsageError(
          "The value '\(value)' is invalid for '\(option.label)'. Please provide one of "
            + CommandSpec.quotedList(option.allowedValues) + ".", option: option)
      }
      parsed.values[name] = value
    }
    return .run(parsed)
  }

  /// `--name=value` → (`name`, `value`); `--name` → (`name`, nil). Only two dashes are
  /// dropped: `---name` is the name `-name`, which no option has.
  private static func split(_ word: String) -> (String, String?) {
    let body = word.hasPrefix("--") ? word.dropFirst(2) : word.dropFirst()
    guard let equals = body.firstIndex(of: "=") else { return (String(body), nil) }
    return (String(body[..<equals]), String(body[body.index(after: equals)...]))
  }

  private func unknownOptionMessage(_ word: String, name: String) -> String {
    let message = "Unknown option '\(word.split(separator: "=", maxSplits: 1)[0])'"
    guard word.hasPrefix("--"), let suggestion = closest(to: name, among: options.map(\.name))
    else { return message }
    return message + ". Did you mean '--\(suggestion)'?"
  }

  /// `'a' and 'b'`, `'a', 'b' and 'c'`.
  static func quotedList(_ values: [String]) -> String {
    let quoted = values.map { "'\($0)'" }
    guard quoted.count > 1 else { return quoted.joined() }
    return quoted.dropLast().joined(separator: ", ") + " and " + quoted[quoted.count - 1]
  }
}
