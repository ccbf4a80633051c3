import CNcursesw
import ReaderScreen
import ReaderUI

/// The curses attributes and colour pair for every role of a theme.
///
/// Pair `n` is role `n - 1`; pair 0 (the terminal's default colours) is used when the theme or
/// the terminal has no colour.
struct CursesStyles {
  private(set) var attributes: [attr_t]
  private(set) var pairs: [Int16]

  /// Builds the table and, when colours are used, defines the colour pairs in curses.
  init(theme: Theme, colorCount: Int) {
    let useColor =
      theme.usesColor && colorCount >= 8 && Int(reader_color_pairs()) > Role.allCases.count
    attributes = []
    pairs = []
    for role in Role.allCases {
      let style = theme.attributes(for: role)
      attributes.append(Self.attributes(of: style))
      guard useColor else {
        pairs.append(0)
        continue
      }
      let pair = Int16(role.rawValue) + 1
      init_pair(
        pair, cursesColorNumber(for: style.foreground, colorCount: colorCount),
        cursesColorNumber(for: style.background, colorCount: colorCount))
      pairs.append(pair)
    }
  }

  /// The curses attribute bits for a theme style (without colour).
  static func attributes(of style: TextAttributes) -> attr_t {
    var bits = reader_a_normal()
    if style.bold { bits |= reader_a_bold() }
    if style.dim { bits |= reader_a_dim() }
    if style.italic { bits |= reader_a_italic() }
    if style.underline { bits |= reader_a_underline() }
    if style.reverse { bits |= reader_a_reverse() }
    return bits
  }

  func attributes(for role: Role) -> attr_t { attributes[Int(role.rawValue)] }
  func pair(for role: Role) -> Int16 { pairs[Int(role.rawValue)] }
}
