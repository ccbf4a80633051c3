/// The keys a theme file knows, for parsing and for error messages.
enum ThemeKeys {
  static let topKeys = ["name", "color"]
  static let colorKeys = ["fg", "bg"]
  static let flagKeys = ["bold", "italic", "underline", "reverse", "dim"]
  static let roleKeys = colorKeys + flagKeys
}
