import ReaderScreen

extension Cell {
  /// Draws the cell in `mark` (your highlight, a search match, a link, the selection), drawn
  /// bold still when it was the editor's bold or a title: every theme sets those bold, and a
  /// mark's own look would otherwise hide them.
  mutating func mark(_ mark: Role) {
    if role.isBoldText { isStrong = true }
    role = mark
  }
}

extension Role {
  /// The roles of text that is bold in what the editor wrote: highlights and titles.
  var isBoldText: Bool { self == .highlight || self == .currentHighlight || self == .title }
}
