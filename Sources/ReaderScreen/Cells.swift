/// The cells that show `text` in `role`, as ncurses would store them, with every control and
/// invisible trick made visible in `.control` (see ``CellBuilder`` and ``VisibleControl`` for
/// the rules).
///
/// Tabs become spaces up to the next multiple of 8 columns from the start of `text`. A wide
/// character is its cell (`width == 2`) followed by a continuation cell (`text == ""`,
/// `width == 0`).
public func cells(of text: String, role: Role) -> [Cell] {
  var builder = CellBuilder()
  for scalar in text.unicodeScalars { builder.add(scalar, role: role) }
  builder.finish()
  return builder.cells()
}

/// The columns `text` takes once sanitised: the sum of the widths of ``cells(of:role:)``.
public func displayWidth(of text: String) -> Int {
  var builder = CellBuilder()
  for scalar in text.unicodeScalars { builder.add(scalar, role: .text) }
  builder.finish()
  return builder.column
}

/// The columns `cells` take (continuation cells count 0).
public func displayWidth(of cells: [Cell]) -> Int {
  cells.reduce(0) { $0 + Int($1.width) }
}

/// `text` as cells no wider than `width` columns: unchanged when it fits, otherwise cut and
/// ended with `…` (in the role of the first cell cut off). A wide character that does not fit
/// before the `…` is left out, so the result may be one column narrower than `width`.
/// Empty when `width < 1`.
public func fit(_ text: String, width: Int, role: Role = .text) -> [Cell] {
  fit(cells(of: text, role: role), width: width)
}

/// `cells` cut to `width` columns with a final `…`, as ``fit(_:width:role:)``.
public func fit(_ cells: [Cell], width: Int) -> [Cell] {
  guard width > 0 else { return [] }
  if displayWidth(of: cells) <= width { return cells }
  var result: [Cell] = []
  var used = 0
  var index = 0
  while index < cells.count {
    let cell = cells[index]
    let cellWidth = Int(cell.width)
    if cellWidth > 0 && used + cellWidth > width - 1 { break }
    result.append(cell)
    used += cellWidth
    index += 1
  }
  // Never end on a wide character without its continuation.
  if let last = result.last, last.width == 2 { result.removeLast() }
  let role = index < cells.count ? cells[index].role : (cells.last?.role ?? .text)
  result.append(Cell(text: "…", width: 1, role: role))
  return result
}
