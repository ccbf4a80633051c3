/// How characters that could drive the terminal, or hide or reorder text, are shown instead.
///
/// - C0 controls and DEL in caret notation: `^@` … `^_`, `^?` (so ESC is `^[`, BEL `^G`,
///   CR `^M`). The rest of an escape sequence is ordinary text: `ESC ] 0 ; t BEL` shows as
///   `^[]0;t^G`.
/// - C1 controls (U+0080–U+009F), other characters glibc gives no width (-1: U+2028, U+2029,
///   unassigned code points), bidi controls, and invisible characters that can hide text, as
///   `<U+XXXX>` (at least four upper-case hex digits).
///
/// All of these are drawn in `Role.control`, one ASCII character per cell.
enum VisibleControl {
  /// The caret or `<U+…>` form of a control scalar.
  static func text(for scalar: Unicode.Scalar) -> String {
    let value = scalar.value
    if value < 0x20 || value == 0x7F {
      return "^" + String(Unicode.Scalar(UInt8(value ^ 0x40)))
    }
    return codePointText(value)
  }

  /// `<U+202E>`.
  static func codePointText(_ value: UInt32) -> String {
    var hex = String(value, radix: 16, uppercase: true)
    while hex.count < 4 { hex = "0" + hex }
    return "<U+" + hex + ">"
  }

  /// C0 controls (tab included; callers expand tabs first), DEL and the C1 controls.
  static func isControl(_ value: UInt32) -> Bool {
    value < 0x20 || (value >= 0x7F && value <= 0x9F)
  }

  /// Zero-width characters that reorder text (bidi embeddings, overrides, isolates and marks)
  /// or hide it (zero-width space, word joiner, BOM, invisible operators, tag characters).
  /// ZWNJ and ZWJ are handled separately: they stay when they join two non-ASCII characters.
  static func isNeutralised(_ value: UInt32) -> Bool {
    switch value {
    case 0x061C, 0x180E, 0x200B, 0x200E, 0x200F: return true
    case 0x202A...0x202E: return true
    case 0x2060...0x2064, 0x2066...0x206F: return true
    case 0xFEFF, 0xFFF9...0xFFFB: return true
    case 0xE0001, 0xE0020...0xE007F: return true
    default: return false
    }
  }

  /// ZERO WIDTH NON-JOINER and ZERO WIDTH JOINER.
  static func isJoiner(_ value: UInt32) -> Bool { value == 0x200C || value == 0x200D }

  /// Tag characters, which after U+1F3F4 (waving black flag) spell a subdivision flag.
  static func isTag(_ value: UInt32) -> Bool {
    value == 0xE0001 || (0xE0020...0xE007F).contains(value)
  }
}
