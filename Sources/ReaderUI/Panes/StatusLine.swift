import ReaderScreen

/// The bottom row: items on the left (where you are, or the search prompt), a message or a
/// hint on the right. Draws only its view model.
struct StatusLine: Equatable {
  /// A run of text in one role.
  typealias Piece = (text: String, role: Role)

  /// Items, each of one or more pieces, shown left to right while they fit whole; only the
  /// first may be cut with `…`.
  var items: [[Piece]]
  var right: Piece

  func render(row: Int, on screen: inout Screen) {
    let width = screen.width
    screen.fill(Rect(x: 0, y: row, width: width, height: 1), with: .blank(.status))
    let rightWidth = min(width, displayWidth(of: right.text))
    _ = screen.put(
      fit(right.text, width: rightWidth, role: right.role), x: width - rightWidth, y: row,
      maxWidth: rightWidth)
    var x = 0
    let limit = max(0, width - rightWidth - 1)
    for (number, item) in items.enumerated() {
      // Each piece made into cells once, to measure and to draw.
      var shaped = number > 0 ? [Self.separator] : []
      for piece in item { shaped.append(cells(of: piece.text, role: piece.role)) }
      let itemWidth = shaped.reduce(0) { $0 + displayWidth(of: $1) }
      if number > 0 && x + itemWidth > limit { break }
      for piece in shaped {
        x += screen.put(fit(piece, width: limit - x), x: x, y: row, maxWidth: limit - x)
      }
    }
  }

  /// What goes between two items, made into cells once: `│` is no ASCII, and made anew it
  /// was most of drawing the status line.
  private static let separator = cells(of: " │ ", role: .status)

  // Pieces are tuples, which cannot be Equatable; compared piece by piece.
  static func == (left: StatusLine, right: StatusLine) -> Bool {
    left.right == right.right
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
