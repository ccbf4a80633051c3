import ReaderScreen

/// Bytes → text → cells, fitted, wrapped and put on small screens at awkward places. Every
/// result must keep the screen's promises (see Fuzz/Shared/CellInvariants.swift); anything
/// else stops the process with the input saved.
///
/// Input: seven parameter bytes (screen width, height, column, limit, what is on the screen
/// before, where to cut the text into styled runs, indents), then the text, decoded as UTF-8
/// with U+FFFD for bad bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  var input = FuzzInput(data, size)
  let placement = Placement(
    screenWidth: 1 + input.byte() % 12, screenHeight: 1 + input.byte() % 3,
    columnByte: input.byte(), limitByte: input.byte(), background: input.byte())
  let cuts = input.byte()
  let indents = input.byte()
  let text = String(decoding: input.rest, as: UTF8.self)
  let row = checkCells(of: text)
  checkFit(text, row: row)
  checkPut(text, row: row, placement: placement)
  checkWraps(text, cuts: cuts, indents: indents)
  return 0
}

/// The sanitised cells of `text`: sound, as wide as `displayWidth` says, and with every
/// printable character of `text` in order.
func checkCells(of text: String) -> [Cell] {
  let row = cells(of: text, role: .text)
  checkCellRow(row, "in cells(of:)")
  check(
    displayWidth(of: row) == row.count,
    "columns \(displayWidth(of: row)) != cell count \(row.count)")
  check(displayWidth(of: text) == row.count, "displayWidth(of: text) != cells")
  // What the cells show of each printable scalar: itself, or its stand-in (`StandIn`: a
  // regional indicator's letter; `?` in `.control` for the other disputed widths); a skin tone
  // is left out after a character and `??` alone.
  let kept = text.unicodeScalars.filter {
    $0 != " " && columnWidth(of: $0) >= 1 && !isForbiddenInCell($0.value)
      && !StandIn.isDisputed($0) && !StandIn.isEmojiModifier($0)
  }.map { StandIn.regionalIndicatorLetter($0) ?? $0 }
  var shown: [Unicode.Scalar] = []
  for cell in row where cell.width > 0 && cell.role != .control {
    if let first = cell.text.unicodeScalars.first, first != " " { shown.append(first) }
  }
  check(
    Array(kept) == shown,
    "printable characters lost or changed: \(kept.count) in the text, \(shown.count) shown")
  return row
}

/// `fit` stays within its width, and leaves text that fits unchanged.
func checkFit(_ text: String, row: [Cell]) {
  for width in [0, 1, 2, 3, 5, 8] {
    let fitted = fit(text, width: width)
    checkCellRow(fitted, "in fit(width: \(width))")
    check(displayWidth(of: fitted) <= width, "fit(width: \(width)) is wider")
    if row.count <= width { check(fitted == row, "fit(width: \(width)) changed fitting text") }
  }
}

/// The text cut into up to three runs in different roles and tags, wrapped at several widths
/// with indents that may exceed them.
func checkWraps(_ text: String, cuts: Int, indents: Int) {
  let scalars = Array(text.unicodeScalars)
  let first = scalars.isEmpty ? 0 : (cuts & 0xF) % (scalars.count + 1)
  let second = scalars.isEmpty ? 0 : first + ((cuts >> 4) % (scalars.count - first + 1))
  func piece(_ range: Range<Int>) -> String {
    var result = ""
    result.unicodeScalars.append(contentsOf: scalars[range])
    return result
  }
  let runs = [
    TextRun(piece(0..<first), role: .text, tag: -1),
    TextRun(piece(first..<second), role: .highlight, tag: 7),
    TextRun(piece(second..<scalars.count), role: .quote, tag: 2),
  ]
  let firstIndent = indents & 0x7
  let restIndent = (indents >> 3) & 0x7
  for width in [0, 1, 2, 3, 4, 7, 12] {
    checkWrap(runs, width: width, firstIndent: firstIndent, restIndent: restIndent)
  }
  checkWrap([TextRun(text)], width: 80, firstIndent: 0, restIndent: 0)
}
