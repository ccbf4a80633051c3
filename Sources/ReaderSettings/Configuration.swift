import ReaderUI

/// Where a setting's value came from, as `reader config` shows it.
public enum SettingSource: Sendable, Hashable, CustomStringConvertible {
  case builtIn
  case file(path: String, line: Int)
  /// The environment variable that decided it.
  case environment(String)
  /// The command-line option that decided it.
  case option(String)

  public var description: String {
    switch self {
    case .builtIn: return "default"
    case .file(let path, let line): return "\(path):\(line)"
    case .environment(let name): return "environment (\(name))"
    case .option(let name): return "option \(name)"
    }
  }
}

/// A value and where it came from.
public struct Setting<Value: Sendable & Hashable>: Sendable, Hashable {
  public var value: Value
  public var source: SettingSource

  public init(_ value: Value, from source: SettingSource = .builtIn) {
    self.value = value
    self.source = source
  }
}

/// One `[keys]` entry: an action and the keys bound to it.
public struct KeyRemap: Sendable, Hashable {
  public var action: Action
  /// As written in the file (`"]"`, `"<C-d>"`).
  public var keys: [String]
  public var parsed: [Key]
  public var source: SettingSource
}

/// The effective settings: the defaults, then the config file, then the environment, then
/// the command line, each later one winning.
public struct Configuration: Sendable, Hashable {
  public var theme = Setting(ThemeCatalog.defaultName)
  public var mouse = Setting(true)
  /// Whether a key that changes nothing on screen rings the terminal's bell.
  public var bell = Setting(true)
  public var history = Setting(true)
  /// The widest the reading pane's text may be, in columns; nil for the pane's width.
  public var readingWidth = Setting<Int?>(nil)
  /// Whether the list and the sidebar are shown at start; nil leaves it to the width.
  public var list = Setting<Bool?>(nil)
  public var sidebar = Setting<Bool?>(nil)
  public var keys: [KeyRemap] = []

  public init() {}

  /// The `[keys]` table as bindings for the reader.
  public var keyBindings: KeyBindings {
    var actions: [Key: Action] = [:]
    for remap in keys {
      for key in remap.parsed { actions[key] = remap.action }
    }
    return KeyBindings(actions)
  }

  /// `NO_COLOR` (set and not empty) makes the theme monochrome.
  public mutating func apply(environment: [String: String]) {
    if !(environment["NO_COLOR"] ?? "").isEmpty {
      theme = Setting(ThemeCatalog.monochromeName, from: .environment("NO_COLOR"))
    }
  }
}
