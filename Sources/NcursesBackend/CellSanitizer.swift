import ReaderScreen
import TerminalText

/// What the backend actually hands curses for one cell.
enum Glyph: Equatable {
  /// One spacing character and the zero-width characters after it, drawn as one curses cell.
  case text([Unicode.Scalar])
  /// `first` in the first column and spaces in the others: a stand-in for text that cannot be
  /// drawn safely in the cell's width, or that terminals would not all draw in that width.
  case substitute(Unicode.Scalar, columns: Int)
}

/// The glyph for a cell's text, never a control character.
///
/// The `Screen` should already hold only printable text; this is the last guard before the
/// terminal, so a stray escape byte can never reach it raw. `measure` is the width function
/// curses uses (`wcwidth`); when the text does not measure `expectedWidth` columns it becomes
/// `?` padded with spaces, so the rest of the row stays where the layout put it. At most
/// `limit` scalars are kept (curses' `CCHARW_MAX`).
///
/// Curses moves its idea of the cursor by `wcwidth`, the terminal by its own table. Where the two
/// disagree, every later cell of the row lands elsewhere than curses thinks, and a later update
/// overwrites half of a wide character. The screen already shows such characters as stand-ins
/// (`StandIn`); this replaces any that reach it all the same.
func glyph(
  for text: String, expectedWidth: Int, limit: Int, measure: (Unicode.Scalar) -> Int
) -> Glyph {
  var scalars = text.unicodeScalars.makeIterator()
  guard let first = scalars.next() else { return .substitute(" ", columns: expectedWidth) }
  if isControl(first) || measure(first) != expectedWidth {
    // In a locale that is not UTF-8 nothing beyond ASCII measures: the panes' lines, bullets,
    // dashes and quotes are drawn in ASCII, the rest as `?`.
    if expectedWidth == 1, let ascii = asciiStandIn(for: first), measure(ascii) == 1 {
      return .substitute(ascii, columns: 1)
    }
    return .substitute("?", columns: expectedWidth)
  }
  if let letter = StandIn.regionalIndicatorLetter(first) {
    return .substitute(letter, columns: expectedWidth)
  }
  if StandIn.isDisputed(first) { return .substitute("?", columns: expectedWidth) }
  var kept: [Unicode.Scalar] = [first]
  while kept.count < limit, let next = scalars.next() {
    // Only characters that take no column may follow; anything else would shift the row.
    if isControl(next) || measure(next) != 0 { continue }
    kept.append(next)
  }
  return .text(kept)
}

/// C0, DEL and C1 controls, as the one table (`TerminalText/VisibleControl.swift`) says.
func isControl(_ scalar: Unicode.Scalar) -> Bool { VisibleControl.isControl(scalar.value) }

/// The ASCII character that draws `scalar` best where only ASCII can be shown: box lines, the
/// marks the panes draw (`▸`, `•`, `…` as `~`, `·`, `▏`, arrows, `✎`), dashes, quotes and
/// spaces; nil for others.
func asciiStandIn(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
  switch scalar.value {
  case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x2550, 0x2010...0x2015, 0x2212: "-"
  case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x2551, 0x258F, 0x2595: "|"
  case 0x250C...0x254B, 0x2552...0x256C: "+"
  case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: "'"
  case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: "\""
  case 0x2022, 0x2023, 0x25CF, 0x25E6, 0x2043: "*"
  case 0x25B8, 0x25B6, 0x25BA, 0x203A, 0x2192: ">"
  case 0x2039, 0x2190: "<"
  case 0x2193, 0x25BE, 0x25BC: "v"
  case 0x2191, 0x25B4, 0x25B2: "^"
  // A cut: `.` would read as the end of a sentence.
  case 0x2026: "~"
  case 0x00B7, 0x2027: "."
  case 0x270E: "*"
  case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F: " "
  default: nil
  }
}
