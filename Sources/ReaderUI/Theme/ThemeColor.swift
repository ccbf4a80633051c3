/// A terminal colour: the terminal's default, or an index into its palette (0–255).
public enum ThemeColor: Sendable, Hashable {
  case terminalDefault
  case palette(UInt8)
}
