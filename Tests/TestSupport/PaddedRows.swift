import ReaderScreen

extension Screen {
  /// Every row as the text of all its cells, trailing spaces kept: an exact frame, whose
  /// row count is the screen's height and whose rows are each exactly as wide as the screen.
  public func paddedRows() -> [String] {
    (0..<height).map { y in (0..<width).map { self[$0, y].text }.joined() }
  }
}
