import ReaderScreen

/// Where the render target puts text: a small screen, a column that may be off either edge, a
/// limit that may be zero, and something already drawn underneath.
struct Placement {
  var screenWidth: Int
  var screenHeight: Int
  var x: Int
  var y: Int
  var maxWidth: Int
  var background: Int

  init(screenWidth: Int, screenHeight: Int, columnByte: Int, limitByte: Int, background: Int) {
    self.screenWidth = screenWidth
    self.screenHeight = screenHeight
    x = columnByte % (screenWidth + 5) - 2
    y = (columnByte / 16) % screenHeight
    maxWidth = limitByte % (screenWidth + 4) - 1
    self.background = background
  }

  /// The screen before the put: blank, full of wide characters at even or odd columns, or
  /// full of narrow characters in another role.
  func screen() -> Screen {
    var screen = Screen(width: screenWidth, height: screenHeight)
    switch background % 4 {
    case 1:
      screen.fill(screen.bounds, with: Cell(text: "中", width: 2, role: .quote))
    case 2:
      screen.fill(screen.bounds, with: .blank(.status))
      for y in 0..<screenHeight {
        screen.put("x中中中中中中中", x: 0, y: y, role: .title, maxWidth: screenWidth)
      }
    case 3:
      screen.fill(screen.bounds, with: Cell(text: "a", width: 1, role: .muted))
    default:
      break
    }
    return screen
  }
}

/// `put` writes the cells of the text from `x`, as far as the limit and the edge allow, and
/// changes nothing else except the far half of a wide character it cut.
func checkPut(_ text: String, row: [Cell], placement: Placement) {
  let before = placement.screen()
  checkScreen(before, "before put")
  var screen = before
  let x = placement.x
  let y = placement.y
  let maxWidth = placement.maxWidth
  let advance = screen.put(text, x: x, y: y, role: .text, maxWidth: maxWidth)
  let context = "put at x \(x) y \(y) maxWidth \(maxWidth) on \(screen.width)x\(screen.height)"
  checkScreen(screen, context)
  guard maxWidth > 0, x < screen.width else {
    check(advance == 0 && screen == before, "put with nothing to write changed the screen")
    return
  }
  let limit = maxWidth >= screen.width - x ? screen.width : x + maxWidth
  check(
    advance == min(row.count, limit - x),
    "advance \(advance), expected min(\(row.count), \(limit - x)); \(context)")
  for row in 0..<screen.height where row != y {
    for column in 0..<screen.width {
      check(screen[column, row] == before[column, row], "other row changed; \(context)")
    }
  }
  let start = max(x, 0)
  for column in 0..<screen.width {
    let now = screen[column, y]
    let was = before[column, y]
    if column < start || column >= limit {
      guard now != was else { continue }
      let cutLeft = column == start - 1 && was.width == 2
      let cutRight = column == limit && was.width == 0
      check(
        (cutLeft || cutRight) && now == .blank(was.role),
        "column \(column) outside the put changed; \(context)")
    } else if column - x < advance {
      let expected = row[column - x]
      let straddlesRight = expected.width == 2 && column + 1 == limit
      let straddlesLeft = column == 0 && x < 0 && expected.width == 0
      if straddlesRight || straddlesLeft {
        check(now == .blank(.text), "cut wide character not blanked at \(column); \(context)")
      } else {
        check(now == expected, "column \(column) is not the text's cell; \(context)")
      }
    } else {
      // Past what the text covered: untouched unless it was the far half of a wide character.
      let cutRight = column == x + advance && was.width == 0
      check(
        now == was || (cutRight && now == .blank(was.role)),
        "column \(column) past the text changed; \(context)")
    }
  }
  var recoloured = screen
  recoloured.setRole(
    .selection, in: Rect(x: x, y: y - 1, width: maxWidth, height: placement.background % 3))
  checkScreen(recoloured, "after setRole; \(context)")
  for index in 0..<screen.cells.count {
    check(recoloured.cells[index].text == screen.cells[index].text, "setRole changed text")
  }
}
