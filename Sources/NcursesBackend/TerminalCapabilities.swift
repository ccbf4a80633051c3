/// What the terminal can show, known once curses has started: passed to the closure that
/// chooses the theme, so a terminal without colours gets a monochrome theme.
public struct TerminalCapabilities: Sendable, Hashable {
  /// Colours the terminal has (`COLORS`): 0 without colour, else usually 8, 16 or 256.
  public var colorCount: Int
  /// The terminal's size in cells when curses started.
  public var width: Int
  public var height: Int
  /// The locale's character set (`nl_langinfo(CODESET)`): the terminal's, as far as curses
  /// and `wcwidth` know. Only ASCII can be shown when it is not UTF-8.
  public var characterSet: String

  public init(colorCount: Int, width: Int, height: Int, characterSet: String = "UTF-8") {
    self.colorCount = colorCount
    self.width = width
    self.height = height
    self.characterSet = characterSet
  }

  /// Whether text beyond ASCII can be shown.
  public var showsUnicode: Bool { characterSet == "UTF-8" }

  /// What the status line says when it cannot.
  public var unicodeNotice: String? {
    showsUnicode
      ? nil
      : "the locale is \(characterSet), not UTF-8: other characters show as ?"
        + " (set LANG to a UTF-8 locale)"
  }

  /// Whether a colour theme can be shown at all.
  public var hasColors: Bool { colorCount >= 8 }
}
