import ReaderScreen
import TerminalText

/// Whether a scalar must never reach the terminal inside a cell: the one table's never-raw
/// characters (`TerminalText/VisibleControl.swift`).
func isForbiddenInCell(_ value: UInt32) -> Bool { VisibleControl.isNeverRaw(value) }

/// Checks one cell on its own: its width agrees with its first scalar, the scalars after it
/// take no columns, and none of them could drive or fool the terminal.
func checkCell(_ cell: Cell, _ context: @autoclosure () -> String) {
  if cell.width == 0 {
    check(cell.text.isEmpty, "continuation cell with text \(debug(cell.text)) \(context())")
    return
  }
  check(cell.width <= 2, "cell width \(cell.width) \(context())")
  let scalars = Array(cell.text.unicodeScalars)
  guard let first = scalars.first else { violated("empty spacing cell \(context())") }
  check(
    columnWidth(of: first) == Int(cell.width),
    "cell \(debug(cell.text)) has width \(cell.width), its base \(columnWidth(of: first)) \(context())"
  )
  check(scalars.count <= 5, "cell holds \(scalars.count) scalars \(context())")
  for scalar in scalars {
    check(
      !isForbiddenInCell(scalar.value),
      "cell \(debug(cell.text)) holds forbidden U+\(hex(scalar.value)) \(context())")
  }
  for scalar in scalars.dropFirst() {
    check(
      columnWidth(of: scalar) == 0,
      "cell \(debug(cell.text)) adds U+\(hex(scalar.value)) of width \(columnWidth(of: scalar)) \(context())"
    )
  }
  // Controls are shown as ASCII (`^[`, `<U+202E>`); `fit` may end them with its `…`.
  if cell.role == .control {
    check(
      scalars.count == 1
        && (scalars[0].value >= 0x20 && scalars[0].value < 0x7F
          || scalars[0] == "…"),
      "control cell \(debug(cell.text)) is not one ASCII character \(context())")
  }
}

/// Checks a row of cells as `cells(of:role:)` makes them: each cell sound, each wide cell
/// followed by exactly one continuation, no continuation anywhere else.
func checkCellRow(_ cells: [Cell], _ context: @autoclosure () -> String) {
  var index = 0
  while index < cells.count {
    let cell = cells[index]
    checkCell(cell, "at \(index) \(context())")
    check(cell.width != 0, "stray continuation at \(index) \(context())")
    if cell.width == 2 {
      check(
        index + 1 < cells.count && cells[index + 1].width == 0,
        "wide cell at \(index) without continuation \(context())")
      index += 2
    } else {
      index += 1
    }
  }
}

/// Checks a whole screen: every row sound, no wide character cut by the right edge.
func checkScreen(_ screen: Screen, _ context: @autoclosure () -> String) {
  check(screen.cells.count == screen.width * screen.height, "screen cell count \(context())")
  for y in 0..<screen.height {
    var x = 0
    while x < screen.width {
      let cell = screen[x, y]
      checkCell(cell, "at (\(x), \(y)) \(context())")
      check(cell.width != 0, "stray continuation at (\(x), \(y)) \(context())")
      if cell.width == 2 {
        check(
          x + 1 < screen.width && screen[x + 1, y].width == 0,
          "wide cell at (\(x), \(y)) without continuation \(context())")
        x += 2
      } else {
        x += 1
      }
    }
  }
}

func hex(_ value: UInt32) -> String {
  let digits = String(value, radix: 16, uppercase: true)
  return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}

/// The text with every scalar outside printable ASCII written as `<U+XXXX>`, for messages.
func debug(_ text: String) -> String {
  var result = "\""
  for scalar in text.unicodeScalars {
    if scalar.value >= 0x20 && scalar.value < 0x7F {
      result.unicodeScalars.append(scalar)
    } else {
      result += "<U+\(hex(scalar.value))>"
    }
  }
  return result + "\""
}
