extension Screen {
  /// A copy of this screen with the cells in `rects` blank (`Cell.blank()`, as a new screen
  /// has them), to draw again what changed there while keeping the rest.
  ///
  /// Made in one pass: the copy-on-write of a screen the previous frame still holds, then a
  /// `fill` of the areas to draw again, cost several times more. A wide character with one
  /// half in a blanked area loses its other half too, as `put` would do.
  public func keeping(blanking rects: [Rect]) -> Screen {
    let areas = rects.map { $0.intersection(bounds) }.filter { !$0.isEmpty }
    let count = width * height
    let blank = Cell.blank()
    var copy = cells.withUnsafeBufferPointer { source in
      [Cell](unsafeUninitializedCapacity: count) { target, initialized in
        for y in 0..<height {
          let row = y * width
          var x = 0
          while x < width {
            // The next blanked stretch on this row, if any.
            var stretch = width..<width
            for area in areas where area.y <= y && y < area.maxY && area.maxX > x {
              let start = max(x, area.x)
              if start < stretch.lowerBound { stretch = start..<area.maxX }
            }
            for index in row + x..<row + stretch.lowerBound {
              (target.baseAddress! + index).initialize(to: source[index])
            }
            for index in row + stretch.lowerBound..<row + stretch.upperBound {
              (target.baseAddress! + index).initialize(to: blank)
            }
            x = stretch.upperBound
          }
        }
        initialized = count
      }
    }
    for area in areas {
      for y in area.y..<area.maxY {
        let row = y * width
        if area.x > 0 && copy[row + area.x - 1].width == 2 {
          copy[row + area.x - 1] = .blank(copy[row + area.x - 1].role)
        }
        if area.maxX < width && copy[row + area.maxX].width == 0 {
          copy[row + area.maxX] = .blank(copy[row + area.maxX].role)
        }
      }
    }
    return Screen(width: width, height: height, cells: copy)
  }
}
