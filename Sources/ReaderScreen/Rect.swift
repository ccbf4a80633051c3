/// A rectangle of cells: columns `x..<x + width`, rows `y..<y + height`.
public struct Rect: Sendable, Hashable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  /// The first column past the right edge.
  public var maxX: Int { x + width }
  /// The first row past the bottom edge.
  public var maxY: Int { y + height }
  /// Whether it holds no cell.
  public var isEmpty: Bool { width <= 0 || height <= 0 }

  /// Whether the cell (`x`, `y`) is inside.
  public func contains(x: Int, y: Int) -> Bool {
    x >= self.x && x < maxX && y >= self.y && y < maxY
  }

  /// The rectangle shrunk by the given margins (never to a negative size).
  public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
    Rect(
      x: x + left, y: y + top, width: max(0, width - left - right),
      height: max(0, height - top - bottom))
  }

  /// The rectangle shrunk by `margin` on every side.
  public func inset(by margin: Int) -> Rect {
    inset(top: margin, left: margin, bottom: margin, right: margin)
  }

  /// The cells in both rectangles (empty, at this one's origin, when they do not meet).
  public func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    let right = min(maxX, other.maxX)
    let bottom = min(maxY, other.maxY)
    if right <= left || bottom <= top { return Rect(x: x, y: y, width: 0, height: 0) }
    return Rect(x: left, y: top, width: right - left, height: bottom - top)
  }
}
