/// What the terminal can show, known once curses has started: passed to the closure that
/// chooses the theme, so a terminal without colours gets a monochrome theme.
public struct TerminalCapabilities: Sendable, Hashable {
  /// Colours the terminal has (`COLORS`): 0 without colour, else usually 8, 16 or 256.
  public var colorCount: Int
  /// The terminal's size in cells when curses started.
  public var width: Int
  public var height: Int

  public init(colorCount: Int, width: Int, height: Int) {
    self.colorCount = colorCount
    self.width = width
    self.height = height
  }

  /// Whether a colour theme can be shown at all.
  public var hasColors: Bool { colorCount >= 8 }
}
