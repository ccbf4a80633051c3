/// A mistake in a file the user wrote (the config or a theme): one line naming the file, the
/// line and the key, e.g. `/home/a/.config/reader/config.toml:3: 'mose': unknown setting; did
/// you mean 'mouse'?`.
public struct SettingsError: Error, Sendable, Hashable, CustomStringConvertible {
  public var file: String
  /// 1-based; nil when the mistake is not on a line (the file cannot be read).
  public var line: Int?
  /// The key at fault, as written in the file (a dotted path for nested keys).
  public var key: String?
  public var message: String

  public init(file: String, line: Int?, key: String?, message: String) {
    self.file = file
    self.line = line
    self.key = key
    self.message = message
  }

  public var description: String {
    let place = line.map { "\(file):\($0)" } ?? file
    let subject = key.map { " '\($0)':" } ?? ""
    return "\(place):\(subject) \(message)"
  }
}
