import ReaderUI

/// The curses colours (and the extra attribute) one role is drawn with on a real terminal.
public struct ReadableColors: Equatable, Sendable {
  /// Colour numbers as curses takes them; -1 is the terminal's default.
  public var foreground: Int16
  public var background: Int16
  /// Set when a colour the terminal cannot show readably became the default colour, dimmed.
  public var dim: Bool
  /// Set when a background the terminal cannot show became the default colours swapped.
  public var reverse = false
}

/// A role's colours on a terminal of `colorCount` colours, made readable on dark and light
/// backgrounds alike.
///
/// Mapping a theme's colours to the nearest the terminal has can make text vanish: on 8 colours
/// bright black (grey) is black, which a dark terminal draws black on black, and two
/// different colours can land on the same one. So, after the nearest-colour mapping:
/// - black text on the default background is the default colour, dimmed (grey wherever dim
///   works, plain text where it does not);
/// - on 8 and 16 colours, white text on the default background is the default colour (bright
///   white bold), since a light terminal would draw it white on white;
/// - text whose colour equals its background is black on light backgrounds and white on dark.
/// - on 8 colours, a dark background other than black (grey: the band of a selection whose
///   pane is not focused, a status bar) that became black is the terminal's own colours
///   swapped: a black band is no band on a dark terminal, a swapped one shows on any.
public func readableColors(for style: TextAttributes, colorCount: Int) -> ReadableColors {
  var foreground = cursesColorNumber(for: style.foreground, colorCount: colorCount)
  let background = cursesColorNumber(for: style.background, colorCount: colorCount)
  if colorCount < 16, background == 0, case .palette(let asked) = style.background, asked != 0 {
    return ReadableColors(foreground: -1, background: -1, dim: false, reverse: true)
  }
  var dim = false
  if background < 0 {
    if foreground == 0 {
      foreground = -1
      dim = true
    } else if colorCount <= 16 && (foreground == 7 || foreground == 15) {
      foreground = -1
    }
  } else if foreground == background {
    foreground = isDark(background) ? (colorCount >= 16 ? 15 : 7) : 0
  }
  return ReadableColors(foreground: foreground, background: background, dim: dim)
}

/// Whether basic colour `color` is dark enough for white text (black, red, blue, magenta,
/// bright black); a palette colour is judged by its brightness.
private func isDark(_ color: Int16) -> Bool {
  let rgb = xtermRGB(UInt8(clamping: Int(color)))
  return rgb.r * 299 + rgb.g * 587 + rgb.b * 114 < 128 * 1000
}
