import ReaderScreen
import TerminalText

/// Whether a cell may never hold `scalar`: what the one table of visible controls
/// (`TerminalText/VisibleControl.swift`) says never reaches a terminal raw.
public func isForbiddenInCell(_ scalar: Unicode.Scalar) -> Bool {
  VisibleControl.isNeverRaw(scalar.value)
}

/// What is wrong with a row of cells, or nil: a forbidden scalar, a wide cell without its
/// continuation, a continuation without its wide cell.
public func rowProblem(in cells: [Cell]) -> String? {
  var index = 0
  while index < cells.count {
    let cell = cells[index]
    if cell.width == 0 { return "stray continuation at \(index)" }
    if let bad = cell.text.unicodeScalars.first(where: isForbiddenInCell) {
      return "U+\(String(bad.value, radix: 16)) in cell \(index)"
    }
    if cell.width == 2 {
      guard index + 1 < cells.count, cells[index + 1].width == 0, cells[index + 1].text.isEmpty
      else { return "wide cell at \(index) without continuation" }
      index += 2
    } else {
      index += 1
    }
  }
  return nil
}

/// Everything wrong with a frame as a terminal would take it, or nil: a cell holding a control
/// or bidi scalar, a wide cell without its continuation (or one in the last column), a
/// continuation without its wide cell, an empty narrow cell, a row whose cells add up to more
/// or fewer columns than the screen has.
public func frameProblem(in screen: Screen) -> String? {
  for y in 0..<screen.height {
    var columns = 0
    for x in 0..<screen.width {
      let cell = screen[x, y]
      columns += Int(cell.width)
      if let bad = cell.text.unicodeScalars.first(where: isForbiddenInCell) {
        return "row \(y), column \(x): U+\(String(bad.value, radix: 16)) in \(cell)"
      }
      switch cell.width {
      case 2:
        guard x + 1 < screen.width, screen[x + 1, y].width == 0, screen[x + 1, y].text.isEmpty
        else { return "row \(y), column \(x): wide cell without its continuation" }
      case 0:
        guard x > 0, screen[x - 1, y].width == 2, cell.text.isEmpty else {
          return "row \(y), column \(x): continuation without its wide cell"
        }
      case 1:
        guard !cell.text.isEmpty else { return "row \(y), column \(x): empty narrow cell" }
      default:
        return "row \(y), column \(x): width \(cell.width)"
      }
    }
    if columns != screen.width { return "row \(y) takes \(columns) of \(screen.width) columns" }
  }
  return nil
}
