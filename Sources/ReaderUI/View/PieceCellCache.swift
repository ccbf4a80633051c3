import ReaderScreen

/// Cells of the status line's pieces (`Article 3/5`, `no highlights — * for suggested key
/// sentences`): a frame draws the status line on every key, most of its pieces are the ones
/// the last frame drew, and shaping a piece with a character past ASCII through the cell
/// builder cost more than the rest of drawing the line. View layer only.
final class PieceCellCache {
  private struct Key: Hashable {
    var text: String
    var role: Role
  }

  private var pieces: [Key: [Cell]] = [:]
  /// A status line has a dozen pieces at most; past this the cache starts over, so counters
  /// that change with every key (`42%`) cannot grow it.
  private let capacity = 256

  /// `cells(of: text, role: role)`, made the first time.
  func cells(of text: String, role: Role) -> [Cell] {
    let key = Key(text: text, role: role)
    if let found = pieces[key] { return found }
    let made = ReaderScreen.cells(of: text, role: role)
    if pieces.count >= capacity { pieces.removeAll(keepingCapacity: true) }
    pieces[key] = made
    return made
  }
}
