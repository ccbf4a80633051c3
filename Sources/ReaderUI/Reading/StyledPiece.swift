import ReaderScreen

/// A run of display text in one role, tagged with the highlight it belongs to (or -1).
///
/// The reading pane builds these from a block's spans, then hands them to the wrapper.
struct StyledPiece: Sendable, Hashable {
  var text: String
  var role: Role
  /// Index into `Document.highlights`, or -1.
  var highlight: Int

  init(_ text: String, _ role: Role, highlight: Int = -1) {
    self.text = text
    self.role = role
    self.highlight = highlight
  }
}
