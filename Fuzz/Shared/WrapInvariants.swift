import ReaderScreen

/// Wraps `runs` at `width` and checks the lines: each sound, none wider than the width with
/// its indent, per-cell bookkeeping as long as the cells, starts ascending, and (where every
/// line has two columns or more, so no wide character has to be blanked) no line starting
/// with a space and every printable character of the runs shown in order.
@discardableResult
func checkWrap(_ runs: [TextRun], width: Int, firstIndent: Int, restIndent: Int) -> [WrappedLine] {
  let lines = wrap(runs, width: width, firstIndent: firstIndent, restIndent: restIndent)
  let context = "wrap width \(width) indents \(firstIndent)/\(restIndent)"
  if width < 1 {
    check(lines.isEmpty, "lines at width \(width)")
    return lines
  }
  // Where a line has one column, a wide character has to become a space.
  let narrowest = width - min(max(firstIndent, restIndent, 0), width - 1)
  let total = runs.reduce(0) { $0 + $1.text.utf8.count }
  var previousStart = -1
  for (index, line) in lines.enumerated() {
    let here = "line \(index) of \(context)"
    checkCellRow(line.cells, here)
    check(!line.cells.isEmpty, "empty \(here)")
    check(line.indent >= 0, "negative indent in \(here)")
    check(
      line.indent + line.width <= width,
      "\(here) takes \(line.indent) + \(line.width) columns")
    check(
      line.tags.count == line.cells.count && line.sourceOffsets.count == line.cells.count,
      "tags/offsets not one per cell in \(here)")
    // Equal starts happen when a visible control (`<U+202E>`) is cut across lines.
    check(line.start >= previousStart, "line starts descend at \(here)")
    previousStart = line.start
    for offset in line.sourceOffsets {
      check(offset >= 0 && Int(offset) < max(total, 1), "offset \(offset) outside text in \(here)")
    }
    let tags = Set(runs.map(\.tag))
    for tag in line.tags { check(tags.contains(tag), "unknown tag \(tag) in \(here)") }
    if narrowest >= 2 {
      check(line.cells[0].text != " ", "\(here) starts with a space")
    }
  }
  if narrowest >= 2 {
    var kept: [Unicode.Scalar] = []
    for run in runs {
      for scalar in run.text.unicodeScalars
      where scalar != " " && columnWidth(of: scalar) >= 1 && !isForbiddenInCell(scalar.value)
        && !StandIn.isDisputed(scalar) && !StandIn.isEmojiModifier(scalar)
      {
        // A regional indicator is shown as its letter (`StandIn`).
        kept.append(StandIn.regionalIndicatorLetter(scalar) ?? scalar)
      }
    }
    var shown: [Unicode.Scalar] = []
    for line in lines {
      for cell in line.cells where cell.width > 0 && cell.role != .control {
        if let first = cell.text.unicodeScalars.first, first != " " { shown.append(first) }
      }
    }
    check(kept == shown, "\(context) lost or changed printable characters")
  }
  return lines
}
