import ReaderScreen

/// The bottom row: items on the left (where you are, or the search prompt), a message or a
/// hint on the right. Draws only its view model.
struct StatusLine: Equatable {
  /// A run of text in one role.
  typealias Piece = (text: String, role: Role)

  /// Items, each of one or more pieces, shown left to right while they fit whole; only the
  /// first may be cut with `…`. The first is the file's name, left out when not all fit.
  var items: [[Piece]]
  var right: Piece

  /// Whether `right` is only a hint (`? help`, `Enter accept · Esc cancel`), left out when
  /// the items do not fit beside it.
  var rightIsHint = false
  /// Whether the first item is the file's name, given up first when room is short.
  var firstIsName = false

  /// Draws the line on `row`; `shaping` makes a piece's cells (`cells(of:role:)`, or a cache
  /// of its answers).
  func render(
    row: Int, on screen: inout Screen,
    shaping: (String, Role) -> [Cell] = { cells(of: $0, role: $1) }
  ) {
    let width = screen.width
    screen.fill(Rect(x: 0, y: row, width: width, height: 1), with: .blank(.status))
    // Each piece made into cells once, to measure and to draw.
    var shaped = items.map { item in item.map { shaping($0.text, $0.role) } }
    // The width of the first `count` items with their separators.
    func needed(_ count: Int) -> Int {
      let kept = shaped.prefix(count)
      let separators = displayWidth(of: Self.separator) * max(0, kept.count - 1)
      return kept.reduce(separators) { $0 + $1.reduce(0) { $0 + displayWidth(of: $1) } }
    }
    var rightWidth = min(width, displayWidth(of: right.text))
    // The two items after the file's name say where you are (the article, the highlight
    // counter): short of room for them, the name goes first, then the hint (at 40 columns the
    // highlight counter was dropped to keep both).
    if firstIsName && needed(3) > width - rightWidth - 1 && shaped.count > 1,
      let first = items[1].first
    {
      shaped.removeFirst()
      // The line starts with a space, as the name did; cut short, the item ends in `…`.
      shaped[0][0] = shaping(" " + first.text, first.role)
    }
    if rightIsHint && needed(firstIsName ? 2 : shaped.count) > width - rightWidth - 1 {
      rightWidth = 0
    }
    if rightWidth > 0 {
      _ = screen.put(
        fit(right.text, width: rightWidth, role: right.role), x: width - rightWidth, y: row,
        maxWidth: rightWidth)
    }
    var x = 0
    let limit = max(0, width - rightWidth - (rightWidth > 0 ? 1 : 0))
    for (number, item) in shaped.enumerated() {
      let pieces = number > 0 ? [Self.separator] + item : item
      let itemWidth = pieces.reduce(0) { $0 + displayWidth(of: $1) }
      if number > 0 && x + itemWidth > limit { break }
      for piece in pieces {
        x += screen.put(fit(piece, width: limit - x), x: x, y: row, maxWidth: limit - x)
      }
    }
  }

  /// What goes between two items, made into cells once: `│` is no ASCII, and made anew it
  /// was most of drawing the status line.
  private static let separator = cells(of: " │ ", role: .status)

  // Pieces are tuples, which cannot be Equatable; compared piece by piece.
  static func == (left: StatusLine, right: StatusLine) -> Bool {
    left.right == right.right && left.rightIsHint == right.rightIsHint
      && left.firstIsName == right.firstIsName
      && left.items.elementsEqual(right.items) { $0.elementsEqual($1) { $0 == $1 } }
  }

  /// The last path component: the status line has no room for directories.
  static func fileName(_ label: String) -> String {
    // By bytes: a slash is one byte in UTF-8 and in no other character's bytes, and looking
    // for it character by character was a twentieth of drawing a frame's status line.
    let bytes = label.utf8
    guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")),
      bytes.index(after: slash) < bytes.endIndex
    else { return label }
    return String(label[bytes.index(after: slash)...])
  }
}
