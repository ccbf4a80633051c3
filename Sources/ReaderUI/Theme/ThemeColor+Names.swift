extension ThemeColor {
  /// The colour names a theme file accepts, with their palette index (nil: the terminal's
  /// default colour).
  public static let names: [(name: String, index: UInt8?)] = [
    ("default", nil),
    ("black", 0), ("red", 1), ("green", 2), ("yellow", 3),
    ("blue", 4), ("magenta", 5), ("cyan", 6), ("white", 7),
    ("bright-black", 8), ("bright-red", 9), ("bright-green", 10), ("bright-yellow", 11),
    ("bright-blue", 12), ("bright-magenta", 13), ("bright-cyan", 14), ("bright-white", 15),
  ]

  /// A colour as a theme file writes it inside quotes: a name from `names`, a palette index
  /// `0`–`255`, or `#rrggbb` (mapped to the nearest colour of the xterm-256 palette).
  public init?(themeText text: String) {
    if let entry = Self.names.first(where: { $0.name == text }) {
      self = entry.index.map(ThemeColor.palette) ?? .terminalDefault
    } else if let index = UInt8(text), text.first != "+" {
      self = .palette(index)
    } else if let rgb = Self.parseHex(text) {
      self = .palette(Self.nearestPaletteIndex(red: rgb.0, green: rgb.1, blue: rgb.2))
    } else {
      return nil
    }
  }

  /// The xterm-256 index nearest to an RGB colour, from the 6×6×6 cube (16–231) and the grey
  /// ramp (232–255). The first 16 are left out: terminals disagree about what they look like.
  public static func nearestPaletteIndex(red: UInt8, green: UInt8, blue: UInt8) -> UInt8 {
    let target = (Int(red), Int(green), Int(blue))
    let cube = (nearestCubeStep(target.0), nearestCubeStep(target.1), nearestCubeStep(target.2))
    let cubeColor = (cubeLevels[cube.0], cubeLevels[cube.1], cubeLevels[cube.2])
    let cubeIndex = 16 + 36 * cube.0 + 6 * cube.1 + cube.2

    let average = (target.0 + target.1 + target.2) / 3
    let greyStep = min(23, max(0, (average - 8 + 5) / 10))
    let greyLevel = 8 + 10 * greyStep
    let greyIndex = 232 + greyStep

    let cubeDistance = distance(target, cubeColor)
    let greyDistance = distance(target, (greyLevel, greyLevel, greyLevel))
    return UInt8(greyDistance < cubeDistance ? greyIndex : cubeIndex)
  }

  private static let cubeLevels = [0, 95, 135, 175, 215, 255]

  private static func nearestCubeStep(_ value: Int) -> Int {
    var best = 0
    for step in cubeLevels.indices
    where abs(cubeLevels[step] - value) < abs(cubeLevels[best] - value) {
      best = step
    }
    return best
  }

  private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
    let d = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
    return d.0 * d.0 + d.1 * d.1 + d.2 * d.2
  }

  private static func parseHex(_ text: String) -> (UInt8, UInt8, UInt8)? {
    let utf8 = Array(text.utf8)
    guard utf8.count == 7, utf8[0] == UInt8(ascii: "#") else { return nil }
    var channels: [UInt8] = []
    for start in stride(from: 1, to: 7, by: 2) {
      guard let high = hexDigit(utf8[start]), let low = hexDigit(utf8[start + 1]) else {
        return nil
      }
      channels.append(high << 4 | low)
    }
    return (channels[0], channels[1], channels[2])
  }

  private static func hexDigit(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
  }
}
