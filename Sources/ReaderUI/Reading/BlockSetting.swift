import ReaderCore
import ReaderScreen

/// How each kind of block is set in the reading pane: indentation, a label over the editor's
/// note, a hanging indent for list items and verse lines.
extension ArticleLines {
  /// `offsets`: per cell, the UTF-8 offset in the block's shown text, or -1 (indentation).
  typealias Row = (cells: [Cell], tags: [Int], offsets: [Int])

  /// `continuing`: the pieces are a later part of a long block, so the first row is a
  /// continuation row. `editor`: the signature the editor's note is labelled with.
  static func setting(
    _ block: Block, pieces: [StyledPiece], width: Int, continuing: Bool = false,
    editor: String? = nil
  ) -> [Row] {
    switch block.kind {
    case .editorNote:
      // Set apart by a label and an indent rather than a bar, which beside the pane's border
      // read as a second border.
      let rows = indented(pieces, width: width, by: 2, continuing: continuing)
      guard !continuing else { return rows }
      let name = editor.map { $0.isEmpty ? "" : " — " + $0 } ?? ""
      let label = fit("Editor's note" + name, width: width, role: .editorNote)
      return [
        (label, Array(repeating: -1, count: label.count), Array(repeating: -1, count: label.count))
      ]
        + rows
    case .bio:
      return indented(pieces, width: width, by: 2, continuing: continuing)
    case .speakerQuote, .source:
      return indented(pieces, width: width, by: 4, continuing: continuing)
    case .listItem:
      let indent = min(Int(block.indent), width / 3)
      let marker = pieces.first.map { listMarkerColumns($0.text) } ?? 0
      return indented(
        pieces, width: width, by: indent, hanging: min(marker, 8), continuing: continuing)
    case .relatedLink:
      return indented(pieces, width: width, by: 0, hanging: 2, continuing: continuing)
    case .verse:
      // A verse line too long for the pane wraps under itself, a little further in.
      let indent = min(Int(block.indent), width / 3)
      return indented(pieces, width: width, by: indent, hanging: 2, continuing: continuing)
    default:
      return indented(pieces, width: width, by: 0, continuing: continuing)
    }
  }

  /// The columns a list item's marker and the space after it take (`• `, `12. `, `b) `), which
  /// its wrapped lines hang under; 0 when the item starts with no marker: a later paragraph of
  /// the same item, already indented to the item's text, whose first word is no marker (its
  /// wrapped lines went in as far as that word was long).
  static func listMarkerColumns(_ text: String) -> Int {
    let token = text.prefix(while: { $0 != " " })
    let bullets: Set<Character> = ["•", "-", "*", "+", "◦", "▪", "‣", "☐", "☑"]
    if token.count == 1, let only = token.first, bullets.contains(only) { return 2 }
    guard let last = token.last, last == "." || last == ")" else { return 0 }
    let label = token.dropLast()
    let isNumber = (1...3).contains(label.count) && label.allSatisfy { $0.isASCII && $0.isNumber }
    let isLetter = label.count == 1 && label.allSatisfy { $0.isASCII && $0.isLetter }
    guard isNumber || isLetter else { return 0 }
    // A numbered task keeps its box after the number (`1. ☐ `).
    let rest = text.dropFirst(token.count + 1)
    if let box = rest.first, box == "☐" || box == "☑", rest.dropFirst().first == " " {
      return token.count + 3
    }
    return token.count + 1
  }

  /// `pieces` wrapped to `width - indent` columns (continuation lines a further `hanging`
  /// in), each line shifted right by `indent` columns, the first of which is `bar` if given.
  private static func indented(
    _ pieces: [StyledPiece], width: Int, by indent: Int, hanging: Int = 0, bar: Cell? = nil,
    continuing: Bool
  ) -> [Row] {
    let indent = width > indent + 4 ? indent : 0
    let runs = pieces.map { TextRun($0.text, role: $0.role, tag: Int32($0.highlight)) }
    let wrapped = wrap(
      runs, width: max(1, width - indent), firstIndent: continuing ? hanging : 0,
      restIndent: hanging)
    var prefix = Array(repeating: Cell.blank(), count: indent)
    if let bar, indent > 0 { prefix[0] = bar }
    let strong = strongRanges(of: pieces)
    return wrapped.map { line in
      // Built at their final size: most lines have no lead at all, and their cells are taken
      // as they are.
      let lead = indent + line.indent
      var lineCells = line.cells
      if !strong.isEmpty {
        for (index, offset) in line.sourceOffsets.enumerated()
        where strong.contains(where: { $0.contains(Int(offset)) }) {
          lineCells[index].isStrong = true
        }
      }
      var cells = lineCells
      if lead > 0 {
        cells = prefix
        cells.reserveCapacity(lead + lineCells.count)
        cells.append(contentsOf: repeatElement(Cell.blank(), count: line.indent))
        cells.append(contentsOf: lineCells)
      }
      return (cells, widened(line.tags, after: lead), widened(line.sourceOffsets, after: lead))
    }
  }

  /// The byte ranges, in the pieces' text run together, of the pieces drawn strong.
  private static func strongRanges(of pieces: [StyledPiece]) -> [Range<Int>] {
    guard pieces.contains(where: \.isStrong) else { return [] }
    var ranges: [Range<Int>] = []
    var offset = 0
    for piece in pieces {
      let length = piece.text.utf8.count
      if piece.isStrong { ranges.append(offset..<offset + length) }
      offset += length
    }
    return ranges
  }

  /// `values` as `Int`s, after `lead` of -1 (the indentation's).
  private static func widened(_ values: [Int32], after lead: Int) -> [Int] {
    [Int](unsafeUninitializedCapacity: lead + values.count) { buffer, count in
      for index in 0..<lead { buffer[index] = -1 }
      for (index, value) in values.enumerated() { buffer[lead + index] = Int(value) }
      count = lead + values.count
    }
  }
}
