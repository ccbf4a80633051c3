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
