import ReaderScreen

/// A run of display text in one role, tagged with the highlight it belongs to (or -1).
///
/// The reading pane builds these from a block's spans, then hands them to the wrapper.
struct StyledPiece: Sendable, Hashable {
  var text: String
  var role: Role
  /// Index into `Document.highlights`, or -1.
  var highlight: Int
  /// Drawn bold on top of `role`: a search match over the editor's bold or a title.
  var isStrong = false

  init(_ text: String, _ role: Role, highlight: Int = -1, isStrong: Bool = false) {
    self.text = text
    self.role = role
    self.highlight = highlight
    self.isStrong = isStrong
  }
}
