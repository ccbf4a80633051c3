/// Word-wraps styled text into lines of at most `width` columns (indent included).
///
/// - Text is sanitised as ``cells(of:role:)`` does (controls visible, marks joined to their
///   base); role and tag follow every cell across runs and lines.
/// - Breaks go at spaces, and in text without spaces (CJK) next to any wide character, except
///   before closing punctuation (`。`, `」`, `,`, …) or after an opening bracket (`「`, `(`).
///   A hyphen or dash between two letters or digits may end a line too.
/// - Any run of whitespace holding a line break (`\n`, `\r\n`, `\r`, U+2028, U+2029) is one
///   soft space; other spaces are kept as they are inside a line, but the whitespace where a
///   line breaks is dropped, as is whitespace at the start of every line (the first too) and
///   at the end of the text. Callers split paragraphs themselves.
/// - A tab reaches the next multiple of 8 columns from the start of the line's text.
/// - A word longer than a line starts on a line of its own and is cut between cells; a wide
///   character on a one-column line becomes a space.
/// - The first line is indented by `firstIndent`, the others by `restIndent`, each clamped to
///   `width - 1` so a line always has room for one column.
///
/// Returns no line when `width < 1` or the text has nothing but whitespace.
public func wrap(
  _ runs: [TextRun], width: Int, firstIndent: Int = 0, restIndent: Int = 0
) -> [WrappedLine] {
  guard width > 0 else { return [] }
  let glyphs = sanitisedGlyphs(of: runs)
  // A line never holds more cells than the columns it has: the line in the making is kept in
  // buffers of that size, and each finished line copied out of them at once.
  let room = width + 1
  return withUnsafeTemporaryAllocation(of: Cell.self, capacity: room) { cells in
    withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * room) { numbers in
      var layout = LineLayout(
        width: width, firstIndent: max(0, firstIndent), restIndent: max(0, restIndent),
        cells: cells, tags: UnsafeMutableBufferPointer(rebasing: numbers[..<room]),
        offsets: UnsafeMutableBufferPointer(rebasing: numbers[room...]))
      layout.lay(glyphs)
      return layout.lines
    }
  }
}

/// The glyphs of `runs`, whitespace made breakable and soft line breaks folded to one space.
private func sanitisedGlyphs(of runs: [TextRun]) -> [Glyph] {
  // At most one glyph a scalar, and so a byte: one allocation instead of a dozen as it grows.
  var builder = CellBuilder(reservingColumns: runs.reduce(0) { $0 + $1.text.utf8.count })
  var offset: Int32 = 0
  // The whitespace seen since the last non-space scalar, laid down once it ends.
  var spaces: [PendingSpace] = []
  for run in runs {
    for scalar in run.text.unicodeScalars {
      if scalar == " " || scalar == "\t" || isLineBreak(scalar) {
        spaces.append(PendingSpace(scalar: scalar, role: run.role, offset: offset, tag: run.tag))
      } else {
        if !spaces.isEmpty { lay(&spaces, into: &builder) }
        builder.add(scalar, role: run.role, offset: offset, tag: run.tag)
      }
      offset += Int32(UTF8.width(scalar))
    }
  }
  lay(&spaces, into: &builder)
  builder.finish()
  return builder.glyphs
}

/// A whitespace scalar waiting for the end of its run of whitespace.
private struct PendingSpace {
  var scalar: Unicode.Scalar
  var role: Role
  var offset: Int32
  var tag: Int32
}

/// Lays down a run of whitespace, and empties it: one soft space where it holds a line
/// break, else each space as it is (a tab marked as one).
private func lay(_ spaces: inout [PendingSpace], into builder: inout CellBuilder) {
  guard let first = spaces.first else { return }
  if spaces.count > 1 && spaces.contains(where: { isLineBreak($0.scalar) }) {
    builder.addSpaces(1, role: first.role, offset: first.offset, tag: first.tag, breakable: true)
  } else {
    for space in spaces {
      builder.addSpaces(
        1, role: space.role, offset: space.offset, tag: space.tag, breakable: true)
      if space.scalar == "\t" { builder.markLastAsTab() }
    }
  }
  spaces.removeAll(keepingCapacity: true)
}

private func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
  switch scalar.value {
  case 0x0A, 0x0D, 0x2028, 0x2029: true
  default: false
  }
}

/// Greedy line filling over glyphs.
///
/// The line in the making is kept in buffers a line wide, and copied into its `WrappedLine`
/// when it ends, so every glyph costs a few stores (three `Array` appends a cell were a fifth
/// of the seed's first frame, callgrind).
private struct LineLayout {
  let width: Int
  let firstIndent: Int
  let restIndent: Int
  private(set) var lines: [WrappedLine] = []

  private let cells: UnsafeMutableBufferPointer<Cell>
  private let tags: UnsafeMutableBufferPointer<Int32>
  private let offsets: UnsafeMutableBufferPointer<Int32>
  /// Cells in the line so far.
  private var count = 0
  private var currentWidth = 0

  /// The buffers hold more than `width` elements each.
  init(
    width: Int, firstIndent: Int, restIndent: Int, cells: UnsafeMutableBufferPointer<Cell>,
    tags: UnsafeMutableBufferPointer<Int32>, offsets: UnsafeMutableBufferPointer<Int32>
  ) {
    self.width = width
    self.firstIndent = firstIndent
    self.restIndent = restIndent
    self.cells = cells
    self.tags = tags
    self.offsets = offsets
  }

  private var indent: Int { min(lines.isEmpty ? firstIndent : restIndent, width - 1) }
  private var available: Int { width - indent }

  mutating func lay(_ glyphs: [Glyph]) {
    glyphs.withUnsafeBufferPointer { glyphs in
      var index = 0
      while index < glyphs.count {
        // One segment: the whitespace before a piece, then the piece up to the next break.
        let spacesStart = index
        while index < glyphs.count && glyphs[index].isBreakableSpace { index += 1 }
        let pieceStart = index
        if index < glyphs.count { index += 1 }
        while index < glyphs.count && !glyphs[index].isBreakableSpace
          && !canBreak(at: index, in: glyphs)
        {
          index += 1
        }
        place(spaces: spacesStart..<pieceStart, piece: pieceStart..<index, of: glyphs)
      }
    }
    if count > 0 { endLine() }
  }

  private mutating func place(
    spaces: Range<Int>, piece: Range<Int>, of glyphs: UnsafeBufferPointer<Glyph>
  ) {
    if piece.isEmpty { return }  // whitespace at the end of the text
    var pieceWidth = 0
    for index in piece { pieceWidth += Int(glyphs[index].cell.width) }
    if count > 0 {
      var spaced = currentWidth
      for index in spaces { spaced += glyphs[index].isTab ? 8 - spaced % 8 : 1 }
      if spaced + pieceWidth <= available {
        for index in spaces {
          let space = glyphs[index]
          let spaceCount = space.isTab ? 8 - currentWidth % 8 : 1
          for _ in 0..<spaceCount {
            append(.blank(space.cell.role), offset: space.offset, tag: space.tag)
          }
        }
        for index in piece { append(glyphs[index]) }
        return
      }
      endLine()
    }
    if pieceWidth <= available {
      for index in piece { append(glyphs[index]) }
      return
    }
    // Longer than a whole line: cut between cells.
    for index in piece {
      var glyph = glyphs[index]
      let glyphWidth = Int(glyph.cell.width)
      if currentWidth + glyphWidth > available && count > 0 { endLine() }
      if glyphWidth > available { glyph.cell = .blank(glyph.cell.role) }
      append(glyph)
    }
  }

  @inline(__always)
  private mutating func append(_ glyph: Glyph) {
    append(glyph.cell, offset: glyph.offset, tag: glyph.tag)
  }

  /// Adds a cell, and the continuation after a wide one. Callers never go past `available`
  /// columns, which the buffers have room for; the check stops the process rather than write
  /// past them if that ever changes.
  @inline(__always)
  private mutating func append(_ cell: Cell, offset: Int32, tag: Int32) {
    precondition(count + 2 <= cells.count, "a wrapped line outgrew its width")
    let wide = cell.width == 2
    currentWidth += Int(cell.width)
    cells[count] = cell
    tags[count] = tag
    offsets[count] = offset
    count += 1
    if wide {
      cells[count] = Cell(text: "", width: 0, role: cell.role)
      tags[count] = tag
      offsets[count] = offset
      count += 1
    }
  }

  private mutating func endLine() {
    let start = lines.isEmpty ? 0 : Int(offsets[0])
    lines.append(
      WrappedLine(
        indent: indent, cells: Array(cells[..<count]), tags: Array(tags[..<count]),
        sourceOffsets: Array(offsets[..<count]), start: start))
    count = 0
    currentWidth = 0
  }
}

/// Whether a line may end between `glyphs[index - 1]` and `glyphs[index]`, two non-spaces.
///
/// Asked between every two letters of every word, so the common answer (no: neither is wide
/// nor a visible control, and the left one is no dash) is found from the cells' raw bits.
@inline(__always)
private func canBreak(at index: Int, in glyphs: UnsafeBufferPointer<Glyph>) -> Bool {
  let left = glyphs[index - 1].cell
  let right = glyphs[index].cell
  // Every dash `isDash` knows is `-` or in U+2000–U+2FFF.
  let lead = left.firstScalarValue
  if left.isPlainNarrow && right.isPlainNarrow && lead != 0x2D && (lead < 0x2000 || lead >= 0x3000)
  {
    return false
  }
  return canBreakSlowly(at: index, in: glyphs)
}

private func canBreakSlowly(at index: Int, in glyphs: UnsafeBufferPointer<Glyph>) -> Bool {
  // A visible control such as `<U+202E>` is cut only when it is longer than a line.
  if glyphs[index - 1].cell.role == .control || glyphs[index].cell.role == .control {
    return false
  }
  if glyphs[index - 1].cell.width == 2 || glyphs[index].cell.width == 2 {
    guard let before = glyphs[index - 1].cell.firstScalar,
      let after = glyphs[index].cell.firstScalar
    else { return false }
    return !noBreakBefore(after) && !noBreakAfter(before)
  }
  let lead = glyphs[index - 1].cell.firstScalarValue
  guard lead == 0x2D || (lead >= 0x2000 && lead < 0x3000) else { return false }
  guard let before = glyphs[index - 1].cell.firstScalar,
    let after = glyphs[index].cell.firstScalar
  else { return false }
  if isDash(before) && index >= 2 && !glyphs[index - 2].isBreakableSpace,
    let word = glyphs[index - 2].cell.firstScalar
  {
    // Not before a digit (UAX #14's HY × NU): a date or a range (`2024-03-01`, `1962-63`)
    // stays whole.
    return isWordCharacter(word) && isWordCharacter(after) && after.properties.numericType == nil
  }
  return false
}

private func isDash(_ scalar: Unicode.Scalar) -> Bool {
  switch scalar {
  case "-", "\u{2010}", "\u{2013}", "\u{2014}": true
  default: false
  }
}

private func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
  scalar.properties.isAlphabetic || scalar.properties.numericType != nil
}

/// Closing punctuation and small kana that must not start a line.
private func noBreakBefore(_ scalar: Unicode.Scalar) -> Bool {
  switch scalar {
  case ")", "]", "}", ",", ".", ":", ";", "!", "?", "\u{2019}", "\u{201D}", "\u{00BB}": true
  case "、", "。", "，", "．", "：", "；", "？", "！", "）", "］", "｝", "〕", "〉", "》", "」", "』",
    "】", "〙", "〗", "〟", "｠", "ー", "ゝ", "ゞ", "々", "…", "‥", "・", "゛", "゜":
    true
  case "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ", "ゎ", "ァ", "ィ", "ゥ", "ェ", "ォ", "ッ",
    "ャ", "ュ", "ョ", "ヮ", "ヵ", "ヶ":
    true
  default: false
  }
}

/// Opening brackets and quotes that must not end a line.
private func noBreakAfter(_ scalar: Unicode.Scalar) -> Bool {
  switch scalar {
  case "(", "[", "{", "\u{2018}", "\u{201C}", "\u{00AB}": true
  case "（", "［", "｛", "〔", "〈", "《", "「", "『", "【", "〘", "〖", "〝", "｟": true
  default: false
  }
}
