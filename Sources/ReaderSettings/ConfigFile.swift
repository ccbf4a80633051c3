import ReaderUI
import TOMLKit

/// Reads `$XDG_CONFIG_HOME/reader/config.toml`: the top-level settings and a `[keys]` table
/// of action names. Anything unknown is an error with a did-you-mean, naming the file, the
/// line and the key.
public enum ConfigFile {
  /// The settings the file may hold, in the order `reader config` prints them.
  public static let settingNames = [
    "theme", "mouse", "history", "reading-width", "list", "sidebar", "keys", "bell",
  ]

  /// `$XDG_CONFIG_HOME/reader/config.toml`, or under `$HOME/.config` when `XDG_CONFIG_HOME`
  /// is unset, empty or not absolute; nil without either.
  public static func path(environment: [String: String]) -> String? {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return config + "/reader/config.toml"
    }
    if let home = environment["HOME"], !home.isEmpty {
      return home + "/.config/reader/config.toml"
    }
    return nil
  }

  /// The file's settings over the defaults; the defaults alone when there is no file.
  public static func load(environment: [String: String]) throws(SettingsError) -> Configuration {
    guard let path = path(environment: environment) else { return Configuration() }
    switch ThemeFileSystem.readText(atPath: path) {
    case .missing: return Configuration()
    case .text(let text): return try parse(text, path: path)
    case .failed(let reason):
      throw SettingsError(file: path, line: nil, key: nil, message: "cannot read: \(reason)")
    case .notUTF8:
      throw SettingsError(file: path, line: nil, key: nil, message: "not UTF-8 text")
    }
  }

  public static func parse(_ text: String, path: String) throws(SettingsError) -> Configuration {
    let table = try TOMLText.parse(text, file: path)
    let lines = KeyLines(text)
    var configuration = Configuration()
    let keys = table.keys.sorted { lines.line(of: $0, in: nil) < lines.line(of: $1, in: nil) }
    for key in keys {
      let line = lines.line(of: key, in: nil)
      let reader = ValueReader(path: path, line: line, key: key, value: table[key]!)
      let source = SettingSource.file(path: path, line: line)
      switch key {
      case "theme": configuration.theme = Setting(try reader.string(), from: source)
      case "mouse": configuration.mouse = Setting(try reader.bool(), from: source)
      case "bell": configuration.bell = Setting(try reader.bool(), from: source)
      case "history": configuration.history = Setting(try reader.bool(), from: source)
      case "reading-width":
        configuration.readingWidth = Setting(try reader.integer(in: 20...1000), from: source)
      case "list": configuration.list = Setting(try reader.bool(), from: source)
      case "sidebar": configuration.sidebar = Setting(try reader.bool(), from: source)
      case "keys":
        configuration.keys = try KeysTable.read(reader, lines: lines)
      default:
        throw reader.error("unknown setting" + didYouMean(key, among: settingNames))
      }
    }
    return configuration
  }
}

/// The `[keys]` table: `action = "key"` or `action = ["key", …]`, keys written as
/// `reader snapshot --keys` reads them (`"]"`, `"<C-d>"`, `"<PgDn>"`).
private enum KeysTable {
  static func read(_ reader: ValueReader, lines: KeyLines) throws(SettingsError) -> [KeyRemap] {
    guard let table = reader.value.table else { throw reader.error("expected a table of actions") }
    let names = ActionNames.all.map(\.name)
    var remaps: [KeyRemap] = []
    var owner: [Key: String] = [:]
    let actions = table.keys.sorted {
      lines.line(of: $0, in: "keys") < lines.line(of: $1, in: "keys")
    }
    for name in actions {
      let line = lines.line(of: name, in: "keys")
      let entry = ValueReader(
        path: reader.path, line: line, key: "keys." + name, value: table[name]!)
      guard let action = ActionNames.action(named: name) else {
        throw entry.error("unknown action" + didYouMean(name, among: names))
      }
      let written = try entry.strings()
      var parsed: [Key] = []
      for text in written {
        guard let keys = try? KeyString.parse(text), keys.count == 1 else {
          throw entry.error(
            "'\(text)' is not one key; write a character or a name such as <C-d>, <PgDn>, <F1>")
        }
        if let why = KeysTable.undeliverable(keys[0]) {
          throw entry.error("'\(text)' never reaches the reader: \(why)")
        }
        if let previous = owner[keys[0]] {
          throw entry.error(
            previous == name
              ? "'\(text)' is written twice" : "'\(text)' is already bound to '\(previous)'")
        }
        owner[keys[0]] = name
        parsed.append(keys[0])
      }
      remaps.append(
        KeyRemap(
          action: action, keys: written, parsed: parsed,
          source: .file(path: reader.path, line: line)))
    }
    return remaps
  }

  /// Why a terminal never delivers `key` as itself, or nil. Ctrl with H, I, J or M is the
  /// very byte of Backspace, Tab or Enter; Ctrl-C interrupts and Ctrl-Z suspends before any
  /// binding is looked at; Ctrl goes only with a letter from a to z. Such a binding was kept,
  /// listed by `reader config`, and never fired.
  static func undeliverable(_ key: Key) -> String? {
    guard case .control(let letter) = key else { return nil }
    switch letter.lowercased() {
    case "h": return "terminals send it as Backspace"
    case "i": return "terminals send it as Tab"
    case "j", "m": return "terminals send it as Enter"
    case "c": return "the terminal interrupts with it (it cancels a prompt, else quits)"
    case "z": return "the terminal suspends it"
    default:
      let ascii = letter.unicodeScalars.count == 1 && letter.isASCII && letter.isLetter
      return ascii ? nil : "Ctrl goes with a letter from a to z"
    }
  }
}

/// One value of the file, with what an error about it must name.
private struct ValueReader {
  let path: String
  let line: Int
  let key: String
  let value: any TOMLValueConvertible

  func error(_ message: String) -> SettingsError {
    SettingsError(file: path, line: line, key: key, message: message)
  }

  private func wrongType(_ expected: String) -> SettingsError {
    error("expected \(expected), found \(TOMLText.written(value))")
  }

  func string() throws(SettingsError) -> String {
    guard let string = value.string else { throw wrongType("a string") }
    return string
  }

  func bool() throws(SettingsError) -> Bool {
    guard let flag = value.bool else { throw wrongType("true or false") }
    return flag
  }

  func integer(in range: ClosedRange<Int>) throws(SettingsError) -> Int {
    guard value.type == .int, let number = value.int, range.contains(number) else {
      throw wrongType("a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return number
  }

  /// A string, or an array of strings.
  func strings() throws(SettingsError) -> [String] {
    if let single = value.string { return [single] }
    guard let array = value.array else { throw wrongType("a key or an array of keys") }
    var result: [String] = []
    for element in array {
      guard let text = element.string else { throw wrongType("an array of keys (strings)") }
      result.append(text)
    }
    return result
  }
}
