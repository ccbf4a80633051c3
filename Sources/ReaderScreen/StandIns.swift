/// Characters drawn as something else because terminals do not agree on their width.
///
/// The screen's widths are glibc's `wcwidth` (what curses counts). Where a terminal measures a
/// character differently, everything after it on the row lands elsewhere than the screen says,
/// and a later update overwrites half of a wide character. So these are shown as text every
/// terminal draws in the same columns: a regional indicator (half a flag: one column in glibc,
/// two in many terminals) as its letter, so 🇺🇳 reads `UN`; the others as one `?` a column
/// of glibc's width, in `Role.control`.
public enum StandIn {
  /// The capital letter a regional indicator symbol stands for (U+1F1E6…U+1F1FF: A…Z).
  public static func regionalIndicatorLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    guard scalar.value >= 0x1F1E6 && scalar.value <= 0x1F1FF else { return nil }
    return Unicode.Scalar(0x41 + scalar.value - 0x1F1E6)
  }

  /// Characters whose width glibc's `wcwidth` gives differently from newer Unicode tables that
  /// terminals use: the Yijing and Tai Xuan Jing symbols Unicode 16 made wide, ambiguous
  /// circled numbers glibc makes wide, and fillers and tone marks glibc makes wide where
  /// others take them as zero-width. Found by comparing glibc 2.36 with Python's `wcwidth`
  /// 0.7 (pyte's) over every code point; the regional indicators are the rest.
  public static func isDisputed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2630...0x2637, 0x268A...0x268F, 0x1D300...0x1D356, 0x1D360...0x1D376: true
    case 0x3248...0x324F, 0x302E...0x302F, 0x3164, 0x16FF0...0x16FF1: true
    default: false
    }
  }

  /// ZERO WIDTH JOINER: terminals that know emoji sequences draw what it joins as one glyph.
  public static func isZeroWidthJoiner(_ scalar: Unicode.Scalar) -> Bool { scalar.value == 0x200D }

  /// The five skin tones (U+1F3FB…U+1F3FF): two columns in glibc, none in a terminal that
  /// draws them into the emoji before them.
  public static func isEmojiModifier(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x1F3FB && scalar.value <= 0x1F3FF
  }
}
