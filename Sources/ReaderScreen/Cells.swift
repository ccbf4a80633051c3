/// The cells that show `text` in `role`, as ncurses `addnwstr` would store them, with
/// nothing left that could drive the terminal or hide text.
///
/// - A character of width 1 or 2 (glibc `wcwidth`, see ``columnWidth(of:)``) starts a cell; a
///   wide one is its cell (`width == 2`) followed by a continuation (`text == ""`,
///   `width == 0`).
/// - Zero-width characters join the cell before them, at most 4 per cell as in a `cchar_t`;
///   more are dropped. One with nothing before it (start of the text, after a visible control
///   or a tab) gets a space as its base.
/// - VS16 is kept only after a wide character: after a narrow one terminals would draw two
///   columns for one. ZWJ and ZWNJ are kept between two non-ASCII characters (emoji
///   sequences, which stay one cell per emoji as in ncurses, and scripts that need them).
/// - Controls and invisible characters are shown in `.control`: C0 and DEL in caret notation
///   (`^[`, `^G`, `^?`, `^@`), C1, characters without a width (U+2028, unassigned), bidi
///   controls and text-hiding invisibles (U+200B, stray ZWJ, U+2060, U+FEFF, tag characters)
///   as `<U+202E>`. The rest of an escape sequence stays ordinary text: `^[[31m`.
/// - Tabs become spaces (in `role`) up to the next multiple of 8 columns from the start of
///   `text`.
public func cells(of text: String, role: Role) -> [Cell] {
  if let plain = plainCells(of: text, role: role, limit: .max) { return plain }
  return builtCells(of: text, role: role)
}

/// `cells(of:role:)` through the cell builder, for any text.
func builtCells(of text: String, role: Role) -> [Cell] {
  var builder = CellBuilder()
  for scalar in text.unicodeScalars { builder.add(scalar, role: role) }
  builder.finish()
  return builder.cells()
}

/// The columns `text` takes once sanitised: the sum of the widths of ``cells(of:role:)``.
public func displayWidth(of text: String) -> Int {
  if isPlainASCII(text) { return text.utf8.count }
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
  guard width > 0 else { return [] }
  // As the builder below stops: past `width` by one column, which `fit` then cuts.
  if let plain = plainCells(of: text, role: role, limit: width + 1) {
    return fit(plain, width: width)
  }
  // Once the cells are wider than `width` the rest is cut off: titles and quotes are often far
  // longer than their column, and this runs for every row of every frame.
  // Room for the text's bytes at most (a hint: tabs and visible controls may outgrow it), not
  // for the whole width: a status line piece of ten letters reserved a row of glyphs.
  var builder = CellBuilder(reservingColumns: min(width, text.utf8.count) + 2)
  for scalar in text.unicodeScalars {
    if builder.column > width { break }
    builder.add(scalar, role: role)
  }
  builder.finish()
  return fit(builder.cells(), width: width)
}

/// Whether `text`, sanitised, takes at most `width` columns (`displayWidth(of:) <= width`,
/// without measuring past `width`).
public func fits(_ text: String, width: Int) -> Bool {
  var builder = CellBuilder()
  for scalar in text.unicodeScalars {
    if builder.column > width { return false }
    builder.add(scalar, role: .text)
  }
  builder.finish()
  return builder.column <= width
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

/// Whether every byte of `text` is printable ASCII or the space: one narrow cell each,
/// nothing to join, expand or show as a control.
func isPlainASCII(_ text: String) -> Bool {
  text.utf8.withContiguousStorageIfAvailable { bytes in
    // One subtraction a byte: below 0x20 wraps to a large value.
    for byte in bytes where byte &- 0x20 >= 0x5F { return false }
    return true
  } ?? false
}

/// The cells of the first `limit` characters of `text` when it is plain ASCII, one a byte,
/// without the builder; nil otherwise. The status line, titles and labels are mostly such
/// text, made into cells on every frame that shows them.
func plainCells(of text: String, role: Role, limit: Int) -> [Cell]? {
  text.utf8.withContiguousStorageIfAvailable { bytes -> [Cell]? in
    for byte in bytes where byte &- 0x20 >= 0x5F { return nil }
    let count = min(bytes.count, limit)
    return [Cell](unsafeUninitializedCapacity: count) { cells, initialized in
      for index in 0..<count {
        (cells.baseAddress! + index).initialize(
          to: Cell(Unicode.Scalar(bytes[index]), width: 1, role: role))
      }
      initialized = count
    }
  } ?? nil
}
