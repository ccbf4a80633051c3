extension Screen {
  /// A copy of this screen with the cells in `rects` blank (`Cell.blank()`, as a new screen
  /// has them), to draw again what changed there while keeping the rest. A wide character
  /// with one half in a blanked area loses its other half too, as `put` would do.
  ///
  /// Cells are plain bits, so the copy is one copy of memory, made when the first area is
  /// blanked; the frame it came from, which the terminal's painter still holds, is untouched.
  public func keeping(blanking rects: [Rect]) -> Screen {
    var copy = self
    copy.moved = nil
    for rect in rects { copy.fill(rect, with: .blank()) }
    return copy
  }
}
