/// A piece of text in one style, the input of ``wrap(_:width:firstIndent:restIndent:)``.
public struct TextRun: Sendable, Hashable {
  public var text: String
  public var role: Role
  /// The caller's id for this run (a highlight's index, …), copied to every cell it yields;
  /// -1 for none.
  public var tag: Int32

  public init(_ text: String, role: Role = .text, tag: Int32 = -1) {
    self.text = text
    self.role = role
    self.tag = tag
  }
}

/// One line of wrapped text, with where each cell came from.
///
/// Offsets count UTF-8 bytes in the runs' texts concatenated, so the caller maps a search hit
/// or a highlight's byte range to lines and columns (see ``lineIndex(containing:)`` on the
/// lines and ``columns(of:)``).
public struct WrappedLine: Sendable, Hashable {
  /// Columns to leave blank before `cells` (the first or rest indent, clamped to fit).
  public var indent: Int
  /// The line's cells, indent not included; each wide cell is followed by its continuation.
  public var cells: [Cell]
  /// The tag of the run each cell came from, one per cell.
  public var tags: [Int32]
  /// The offset of the scalar each cell shows, one per cell (a continuation, a tab's spaces
  /// and a visible control's characters repeat their scalar's offset; a soft space from a
  /// line break has the offset of the break's first character).
  public var sourceOffsets: [Int32]
  /// Where the line starts: 0 for the first line, else the offset of its first cell. Starts
  /// never go down, so every offset belongs to the last line starting at or before it;
  /// whitespace dropped at a break belongs to the line before. Two lines share a start when
  /// one scalar's cells are cut between them (a visible control such as `<U+202E>` on a line
  /// narrower than its eight cells).
  public var start: Int

  public init(indent: Int, cells: [Cell], tags: [Int32], sourceOffsets: [Int32], start: Int) {
    self.indent = indent
    self.cells = cells
    self.tags = tags
    self.sourceOffsets = sourceOffsets
    self.start = start
  }

  /// Columns taken by `cells` (the indent not included).
  public var width: Int { displayWidth(of: cells) }

  /// The columns, counted from the start of `cells`, of the cells showing text from `range`
  /// (byte offsets); `nil` when none of this line's cells does.
  public func columns(of range: Range<Int>) -> Range<Int>? {
    var first: Int?
    var last = 0
    var column = 0
    for (index, cell) in cells.enumerated() {
      if range.contains(Int(sourceOffsets[index])) {
        if first == nil { first = column }
        last = column + Int(cell.width)
      }
      column += Int(cell.width)
    }
    return first.map { $0..<max($0, last) }
  }
}

extension Array where Element == WrappedLine {
  /// The index of the line that shows (or dropped at its end) the text at byte `offset`:
  /// the last line starting at or before it. `nil` when empty or `offset` is negative.
  public func lineIndex(containing offset: Int) -> Int? {
    guard let first, offset >= first.start else { return nil }
    var low = 0
    var high = count
    while high - low > 1 {
      let middle = (low + high) / 2
      if self[middle].start <= offset { low = middle } else { high = middle }
    }
    return low
  }
}
