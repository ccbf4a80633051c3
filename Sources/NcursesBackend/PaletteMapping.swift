import ReaderUI

/// Turns a theme's colour into a curses colour number for a terminal with `colorCount` colours.
///
/// The terminal's default is -1 (curses' `use_default_colors`). A palette index the terminal
/// has is used as it is; one it lacks (a 256-colour index on an 8- or 16-colour terminal) becomes
/// the nearest basic colour by the xterm palette's RGB values.
public func cursesColorNumber(for color: ThemeColor, colorCount: Int) -> Int16 {
  switch color {
  case .terminalDefault:
    return -1
  case .palette(let index):
    if Int(index) < colorCount { return Int16(index) }
    let basicCount = colorCount >= 16 ? 16 : 8
    return Int16(nearestBasicColor(toPaletteIndex: index, basicCount: basicCount))
  }
}

/// The index among the first `basicCount` (8 or 16) xterm colours closest to palette `index`.
func nearestBasicColor(toPaletteIndex index: UInt8, basicCount: Int) -> Int {
  if Int(index) < basicCount { return Int(index) }
  // A bright basic colour (8–15) on an 8-colour terminal is its plain counterpart.
  if index < 16 { return Int(index) - 8 }
  let target = xtermRGB(index)
  // A grey stays a grey: by distance alone mid grey would turn yellow.
  let isGrey = target.r == target.g && target.g == target.b
  let candidates = isGrey ? [0, 7, 8, 15].filter { $0 < basicCount } : Array(0..<basicCount)
  var best = 0
  var bestDistance = Int.max
  for candidate in candidates {
    let rgb = xtermRGB(UInt8(candidate))
    let distance =
      (rgb.r - target.r) * (rgb.r - target.r) + (rgb.g - target.g) * (rgb.g - target.g)
      + (rgb.b - target.b) * (rgb.b - target.b)
    if distance < bestDistance {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/// The RGB value xterm gives palette index `index`.
func xtermRGB(_ index: UInt8) -> (r: Int, g: Int, b: Int) {
  let basic: [(Int, Int, Int)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
    (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
    (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]
  switch index {
  case 0..<16:
    let (r, g, b) = basic[Int(index)]
    return (r, g, b)
  case 16..<232:
    let cube = Int(index) - 16
    let level = { (step: Int) -> Int in step == 0 ? 0 : 55 + step * 40 }
    return (level(cube / 36), level(cube / 6 % 6), level(cube % 6))
  default:
    let gray = 8 + (Int(index) - 232) * 10
    return (gray, gray, gray)
  }
}
