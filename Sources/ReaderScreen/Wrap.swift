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
  var layout = LineLayout(
    width: width, firstIndent: max(0, firstIndent), restIndent: max(0, restIndent))
  layout.lay(sanitisedGlyphs(of: runs))
  return layout.lines
}

/// The glyphs of `runs`, whitespace made breakable and soft line breaks folded to one space.
private func sanitisedGlyphs(of runs: [TextRun]) -> [Glyph] {
  var builder = CellBuilder()
  var offset: Int32 = 0
  // The whitespace seen since the last non-space scalar, laid down once it ends.
  var spaces: [(scalar: Unicode.Scalar, role: Role, offset: Int32, tag: Int32)] = []
  func flushSpaces() {
    guard let first = spaces.first else { return }
    if spaces.contains(where: { isLineBreak($0.scalar) }) {
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
  for run in runs {
    for scalar in run.text.unicodeScalars {
      if scalar == " " || scalar == "\t" || isLineBreak(scalar) {
        spaces.append((scalar, run.role, offset, run.tag))
      } else {
        flushSpaces()
        builder.add(scalar, role: run.role, offset: offset, tag: run.tag)
      }
      offset += Int32(UTF8.width(scalar))
    }
  }
  flushSpaces()
  builder.finish()
  return builder.glyphs
}

private func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
  switch scalar.value {
  case 0x0A, 0x0D, 0x2028, 0x2029: true
  default: false
  }
}

/// Greedy line filling over glyphs.
private struct LineLayout {
  let width: Int
  let firstIndent: Int
  let restIndent: Int
  private(set) var lines: [WrappedLine] = []

  private var current: [Glyph] = []
  private var currentWidth = 0

  init(width: Int, firstIndent: Int, restIndent: Int) {
    self.width = width
    self.firstIndent = firstIndent
    self.restIndent = restIndent
  }

  private var indent: Int { min(lines.isEmpty ? firstIndent : restIndent, width - 1) }
  private var available: Int { width - indent }

  mutating func lay(_ glyphs: [Glyph]) {
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
      place(spaces: glyphs[spacesStart..<pieceStart], piece: glyphs[pieceStart..<index])
    }
    if !current.isEmpty { endLine() }
  }

  private mutating func place(spaces: ArraySlice<Glyph>, piece: ArraySlice<Glyph>) {
    if piece.isEmpty { return }  // whitespace at the end of the text
    let pieceWidth = piece.reduce(0) { $0 + Int($1.cell.width) }
    if !current.isEmpty {
      var spaced = currentWidth
      for space in spaces { spaced += space.isTab ? 8 - spaced % 8 : 1 }
      if spaced + pieceWidth <= available {
        for space in spaces {
          let count = space.isTab ? 8 - currentWidth % 8 : 1
          for _ in 0..<count {
            append(
              Glyph(
                cell: .blank(space.cell.role), offset: space.offset, tag: space.tag,
                isBreakableSpace: true))
          }
        }
        for glyph in piece { append(glyph) }
        return
      }
      endLine()
    }
    if pieceWidth <= available {
      for glyph in piece { append(glyph) }
      return
    }
    // Longer than a whole line: cut between cells.
    for var glyph in piece {
      let glyphWidth = Int(glyph.cell.width)
      if currentWidth + glyphWidth > available && !current.isEmpty { endLine() }
      if glyphWidth > available { glyph.cell = .blank(glyph.cell.role) }
      append(glyph)
    }
  }

  private mutating func append(_ glyph: Glyph) {
    current.append(glyph)
    currentWidth += Int(glyph.cell.width)
  }

  private mutating func endLine() {
    var cells: [Cell] = []
    var tags: [Int32] = []
    var offsets: [Int32] = []
    let capacity = currentWidth
    cells.reserveCapacity(capacity)
    tags.reserveCapacity(capacity)
    offsets.reserveCapacity(capacity)
    for glyph in current {
      cells.append(glyph.cell)
      tags.append(glyph.tag)
      offsets.append(glyph.offset)
      if glyph.cell.width == 2 {
        cells.append(Cell(text: "", width: 0, role: glyph.cell.role))
        tags.append(glyph.tag)
        offsets.append(glyph.offset)
      }
    }
    let start = lines.isEmpty ? 0 : Int(current[0].offset)
    lines.append(
      WrappedLine(indent: indent, cells: cells, tags: tags, sourceOffsets: offsets, start: start))
    current.removeAll(keepingCapacity: true)
    currentWidth = 0
  }
}

/// Whether a line may end between `glyphs[index - 1]` and `glyphs[index]`, two non-spaces.
private func canBreak(at index: Int, in glyphs: [Glyph]) -> Bool {
  let left = glyphs[index - 1].cell
  let right = glyphs[index].cell
  // A visible control such as `<U+202E>` is cut only when it is longer than a line.
  if left.role == .control || right.role == .control { return false }
  guard let before = left.text.unicodeScalars.first, let after = right.text.unicodeScalars.first
  else { return false }
  if left.width == 2 || right.width == 2 {
    return !noBreakBefore(after) && !noBreakAfter(before)
  }
  if isDash(before) && index >= 2 && !glyphs[index - 2].isBreakableSpace,
    let word = glyphs[index - 2].cell.text.unicodeScalars.first
  {
    return isWordCharacter(word) && isWordCharacter(after)
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
