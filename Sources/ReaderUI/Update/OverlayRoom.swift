/// An overlay is open only where its box can be drawn: one opened without room for it (or
/// left without room by a resize) is closed, and the status line says so. Otherwise keys went
/// on into a box nobody could see: at two rows `a` then `q` typed a `q` into the author
/// picker, and `Enter` applied a filter no one had been shown.
extension Update {
  static func closeOverlayWithoutRoom(_ state: inout AppState) {
    guard let overlay = state.overlay, !OverlayBox.hasRoom(in: state.layout) else { return }
    state.overlay = nil
    state.message = "too small for the \(name(of: overlay))"
  }

  /// What the status line calls the overlay.
  private static func name(of overlay: Overlay) -> String {
    switch overlay {
    case .help: return "help"
    case .authorPicker: return "author list"
    case .highlights: return "highlights list"
    case .suggestions: return "suggestions list"
    }
  }
}
