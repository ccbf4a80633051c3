/// A complete CSI sequence (`ESC [`, parameter and intermediate bytes, a final byte) and the
/// key it stands for, if the reader has one for it.
struct ControlSequence {
  /// Parameter bytes (0x30–0x3F) and intermediate bytes (0x20–0x2F), as received.
  let bytes: [UInt8]
  let final: UInt8

  /// The numeric parameters (`1;5` → [1, 5]; an empty one is 0); nil when the parameters are
  /// private (`?`, `<`, `=`, `>`), have intermediates, or a number too large to be a key.
  var numbers: [Int]? {
    var result: [Int] = [0]
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        result[result.count - 1] = result[result.count - 1] * 10 + Int(byte - UInt8(ascii: "0"))
        // No key code or modifier comes near this: anything larger is not a key.
        if result[result.count - 1] > 0x10FFFF { return nil }
      case UInt8(ascii: ";"):
        result.append(0)
      default:
        return nil
      }
    }
    return result
  }

  /// `CSI 200 ~`: the start of a bracketed paste.
  var isPasteStart: Bool { final == UInt8(ascii: "~") && numbers == [200] }

  var key: Key? {
    guard let numbers else { return nil }
    let modifiers = numbers.count > 1 ? max(0, numbers[1] - 1) : 0
    switch final {
    case UInt8(ascii: "A"): return unmodified(modifiers, .up)
    case UInt8(ascii: "B"): return unmodified(modifiers, .down)
    case UInt8(ascii: "C"): return unmodified(modifiers, .right)
    case UInt8(ascii: "D"): return unmodified(modifiers, .left)
    case UInt8(ascii: "H"): return unmodified(modifiers, .home)
    case UInt8(ascii: "F"): return unmodified(modifiers, .end)
    case UInt8(ascii: "Z"): return numbers == [0] ? .backTab : nil
    case UInt8(ascii: "P"): return functionKey(1, numbers)
    case UInt8(ascii: "Q"): return functionKey(2, numbers)
    case UInt8(ascii: "S"): return functionKey(4, numbers)
    case UInt8(ascii: "~"): return tildeKey(numbers)
    case UInt8(ascii: "u"): return ControlSequence.key(code: numbers[0], modifiers: modifiers)
    default: return nil
    }
  }

  /// A navigation key counts only unmodified (or with Shift): Ctrl and Alt forms mean other
  /// things in other programs, and the reader binds none of them.
  private func unmodified(_ modifiers: Int, _ key: Key) -> Key? {
    modifiers & ~ControlSequence.shift == 0 ? key : nil
  }

  /// `CSI 1 ; mods P`: F1–F4 as xterm sends them with modifiers; only the plain form is a key.
  private func functionKey(_ number: Int, _ numbers: [Int]) -> Key? {
    numbers.count <= 1 || numbers == [1, 1] ? .function(number) : nil
  }

  /// `CSI n ~` (VT220 editing and function keys) and `CSI 27 ; mods ; code ~` (xterm's
  /// modifyOtherKeys).
  private func tildeKey(_ numbers: [Int]) -> Key? {
    if numbers.count == 3 && numbers[0] == 27 {
      return ControlSequence.key(code: numbers[2], modifiers: max(0, numbers[1] - 1))
    }
    let modifiers = numbers.count > 1 ? max(0, numbers[1] - 1) : 0
    guard modifiers & ~ControlSequence.shift == 0 else { return nil }
    switch numbers[0] {
    case 1, 7: return .home
    case 4, 8: return .end
    case 3: return .delete
    case 5: return .pageUp
    case 6: return .pageDown
    case 11...15: return .function(numbers[0] - 10)
    case 17...21: return .function(numbers[0] - 11)
    case 23, 24: return .function(numbers[0] - 12)
    case 25, 26: return .function(numbers[0] - 12)
    case 28, 29: return .function(numbers[0] - 13)
    case 31...34: return .function(numbers[0] - 14)
    default: return nil
    }
  }

  /// Modifier bits after subtracting 1 from the parameter, as xterm and kitty number them.
  static let shift = 1
  static let alt = 2
  static let control = 4

  /// The key for a Unicode code point with modifiers (kitty's `CSI code;mods u`, xterm's
  /// modifyOtherKeys): Ctrl plus a letter, a plain or shifted character, Enter, Tab,
  /// Backspace, Esc. Alt forms, other modifiers, and kitty's codes for keys that are not
  /// characters (modifier keys alone, in the private use area) are no key.
  static func key(code: Int, modifiers: Int) -> Key? {
    guard modifiers & ~(shift | control) == 0,
      let scalar = Unicode.Scalar(UInt32(clamping: code)),
      !(0xE000...0xF8FF).contains(code)
    else { return nil }
    if modifiers & control != 0 {
      let letter = scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
      guard ("a"..."z").contains(letter), modifiers & shift == 0 else { return nil }
      return .control(Character(letter))
    }
    switch code {
    case 13: return .enter
    case 9: return modifiers & shift != 0 ? .backTab : .tab
    case 27: return .escape
    case 127, 8: return .backspace
    default:
      return InputDecoder.key(forCharacter: scalar).flatMap { key in
        if case .character = key { return key }
        return nil
      }
    }
  }
}
