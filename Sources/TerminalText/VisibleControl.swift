/// The one table of characters that could drive a terminal, or hide or reorder text, and the
/// visible form every part of the reader shows instead.
///
/// This is the only such table (issue 10): the screen (`ReaderScreen.CellBuilder`), the
/// backend's last guard (`NcursesBackend.glyph`), the loader's messages (`LoadError`), the
/// command line's messages (`terminalSafe`), the tests' checks (`Tests/TestSupport`) and the
/// fuzzers' invariants (`Fuzz/Shared`) all ask it. The neighbouring tables are other concepts,
/// each in one place: display widths in `ReaderScreen/WidthTable.swift`, stand-ins for
/// characters of disputed width in `ReaderScreen/StandIns.swift`, and JSON's escapes (the same
/// C0, DEL and C1 set, written `\u00XX` byte by byte) in `ReaderCore/Export/JSONValue.swift`.
///
/// - C0 controls and DEL in caret notation: `^@` … `^_`, `^?` (so ESC is `^[`, BEL `^G`,
///   CR `^M`). The rest of an escape sequence is ordinary text: `ESC ] 0 ; t BEL` shows as
///   `^[]0;t^G`.
/// - C1 controls (U+0080–U+009F), the line and paragraph separators, bidi controls and
///   invisible characters that can hide text, as `<U+XXXX>` (at least four upper-case hex
///   digits).
public enum VisibleControl {
  /// The caret or `<U+…>` form of a scalar.
  public static func text(for scalar: Unicode.Scalar) -> String {
    let value = scalar.value
    if value < 0x20 || value == 0x7F {
      return "^" + String(Unicode.Scalar(UInt8(value ^ 0x40)))
    }
    return codePointText(value)
  }

  /// `<U+202E>`.
  public static func codePointText(_ value: UInt32) -> String {
    var hex = String(value, radix: 16, uppercase: true)
    while hex.count < 4 { hex = "0" + hex }
    return "<U+" + hex + ">"
  }

  /// C0 controls (tab included; the screen expands tabs first), DEL and the C1 controls: what
  /// a terminal obeys instead of showing.
  public static func isControl(_ value: UInt32) -> Bool {
    value < 0x20 || (value >= 0x7F && value <= 0x9F)
  }

  /// Zero-width characters that reorder text (bidi embeddings, overrides, isolates and marks)
  /// or hide it (zero-width space, word joiner, BOM, invisible operators, tag characters).
  /// ZWNJ and ZWJ are not here: the screen keeps them where they join two non-ASCII characters.
  public static func isNeutralised(_ value: UInt32) -> Bool {
    switch value {
    case 0x061C, 0x180E, 0x200B, 0x200E, 0x200F: return true
    case 0x202A...0x202E: return true
    case 0x2060...0x2064, 0x2066...0x206F: return true
    case 0xFEFF, 0xFFF9...0xFFFB: return true
    case 0xE0001, 0xE0020...0xE007F: return true
    default: return false
    }
  }

  /// LINE SEPARATOR and PARAGRAPH SEPARATOR. glibc gives them no width (-1), so the screen
  /// shows them through its width table; they are named here for code that has none.
  public static func isSeparator(_ value: UInt32) -> Bool { value == 0x2028 || value == 0x2029 }

  /// ZERO WIDTH NON-JOINER and ZERO WIDTH JOINER.
  public static func isJoiner(_ value: UInt32) -> Bool { value == 0x200C || value == 0x200D }

  /// Tag characters, which after U+1F3F4 (waving black flag) spell a subdivision flag.
  public static func isTag(_ value: UInt32) -> Bool {
    value == 0xE0001 || (0xE0020...0xE007F).contains(value)
  }

  /// Whether `value` may never reach a terminal as itself, whatever surrounds it: a control,
  /// a separator or a neutralised character. (Joiners may, between two non-ASCII characters.)
  public static func isNeverRaw(_ value: UInt32) -> Bool {
    isControl(value) || isSeparator(value) || isNeutralised(value)
  }

  /// `text` with every scalar that is never raw, and every joiner, in its visible form: for
  /// one-line messages, where there is no width table and no neighbouring emoji to keep a
  /// joiner for.
  public static func escaping(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      if isNeverRaw(scalar.value) || isJoiner(scalar.value) {
        result += self.text(for: scalar)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
