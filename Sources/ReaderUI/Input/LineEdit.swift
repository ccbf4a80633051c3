import ReaderScreen

/// One line of text being typed (the search, a note, the author picker's name) and where the
/// cursor is in it, edited with the keys a shell's line editor has: `←` `→`, `Home` `End`,
/// `Ctrl-A` `Ctrl-E` `Ctrl-B` `Ctrl-F`, `Backspace`, `Delete` (`Ctrl-D`), `Ctrl-U` and
/// `Ctrl-K` (to the start, to the end), `Ctrl-W` (the word before).
struct LineEdit: Equatable {
  var text: String
  /// In characters from the start; `nil` is the end, where a prompt starts.
  var cursor: Int?

  init(_ text: String, cursor: Int? = nil) {
    self.text = text
    self.cursor = cursor
  }

  /// The cursor as a character offset, the end resolved.
  var position: Int { min(cursor ?? text.count, text.count) }

  /// Applies `key`; false when it is not an editing key (the prompt then decides: `Enter`,
  /// `Esc`, `↑` `↓`…).
  mutating func apply(_ key: Key) -> Bool {
    var characters = Array(text)
    var at = position
    switch key {
    case .character(let character):
      characters.insert(character, at: at)
      at += 1
    case .left, .control("b"): at = max(0, at - 1)
    case .right, .control("f"): at = min(characters.count, at + 1)
    case .home, .control("a"): at = 0
    case .end, .control("e"): at = characters.count
    case .backspace, .control("h"):
      guard at > 0 else { return true }
      characters.remove(at: at - 1)
      at -= 1
    case .delete, .control("d"):
      // At the end, where a prompt's cursor mostly is, `Delete` takes the last character, as
      // it did before the cursor could move.
      if at < characters.count {
        characters.remove(at: at)
      } else if at > 0 {
        characters.removeLast()
        at -= 1
      }
    case .control("u"):
      characters.removeFirst(at)
      at = 0
    case .control("k"):
      characters.removeLast(characters.count - at)
    case .control("w"):
      var start = at
      while start > 0 && characters[start - 1].isWhitespace { start -= 1 }
      while start > 0 && !characters[start - 1].isWhitespace { start -= 1 }
      characters.removeSubrange(start..<at)
      at = start
    default:
      return false
    }
    text = String(characters)
    cursor = at == characters.count ? nil : at
    return true
  }

  /// Inserts `pasted` at the cursor, which moves past it.
  mutating func insert(_ pasted: String) {
    var characters = Array(text)
    let at = position
    characters.insert(contentsOf: pasted, at: at)
    text = String(characters)
    cursor = cursor.map { _ in at + pasted.count }
  }

  /// The text around the cursor that fits in `width` columns, the cursor's column included:
  /// what is before the cursor and what is after it. A text too wide loses its start (shown
  /// as `…`) so that the cursor stays in view; what is after it is cut by whoever draws it.
  func shown(width: Int) -> (before: String, after: String) {
    let characters = Array(text)
    let at = position
    var before = String(characters[..<at])
    let after = String(characters[at...])
    // One column for the cursor.
    let room = max(1, width - 1)
    if displayWidth(of: before) > room {
      var kept = Substring(before)
      while !kept.isEmpty && displayWidth(of: String(kept)) + 1 > room { kept = kept.dropFirst() }
      before = "…" + kept
    }
    return (before, after)
  }
}
