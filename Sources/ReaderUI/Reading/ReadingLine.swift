import ReaderScreen

/// One row of the reading pane's content, and where it comes from.
struct ReadingLine: Sendable, Equatable {
  /// From the text column's left edge, indentation included.
  var cells: [Cell]
  /// One per cell: index into `Document.highlights`, `-2 - k` for the block's (or part's) k-th
  /// search match, or -1.
  var tags: [Int]
  /// One per cell: the UTF-8 offset of its character in the block's (or part's) shown text
  /// (`BlockText.text(of:)`), or -1 for indentation; your highlights are marked by it.
  var offsets: [Int] = []
  /// Index into `Document.blocks`.
  var block: Int
  /// Which part of a long block (`LongBlock`) the line is in; 0 for other blocks.
  var part: Int
  /// Row within the block's (or part's) text lines, or `ReadingAnchor.gap` for the blank line after it.
  var row: Int
  /// How many text lines the block (or part) has at this width.
  var rows: Int

  static func searchTag(_ ordinal: Int) -> Int { -2 - ordinal }
}
