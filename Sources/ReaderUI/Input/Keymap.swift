/// What a key asks for, before the focused pane decides what it means.
public enum Action: Sendable, Hashable {
  case quit
  case help
  case focusNext
  case focusPrevious
  case down
  case up
  case pageDown
  case pageUp
  case top
  case bottom
  case activate
  case nextHighlight
  case previousHighlight
  case nextArticle
  case previousArticle
  case authorPicker
  case clearAuthor
  case search
  case nextMatch
  case previousMatch
  case toggleSidebar
  case toggleList
  case escape
  /// `'`: the first key of `''` (back to where you were before the last jump).
  case mark
}

/// The keys of the reader, and the help text that lists them.
public enum Keymap {
  /// The action bound to `key` outside overlays and the search prompt, if any.
  public static func action(for key: Key) -> Action? {
    switch key {
    case .character(let character):
      switch character {
      case "q": return .quit
      case "?": return .help
      case "j": return .down
      case "k": return .up
      case " ": return .pageDown
      case "b": return .pageUp
      case "g": return .top
      case "G": return .bottom
      case "]": return .nextHighlight
      case "[": return .previousHighlight
      case "}": return .nextArticle
      case "{": return .previousArticle
      case "a": return .authorPicker
      case "A": return .clearAuthor
      case "/": return .search
      case "n": return .nextMatch
      case "N": return .previousMatch
      case "s": return .toggleSidebar
      case "l": return .toggleList
      case "'": return .mark
      default: return nil
      }
    case .control("c"): return .quit
    case .tab: return .focusNext
    case .backTab: return .focusPrevious
    case .down: return .down
    case .up: return .up
    case .pageDown: return .pageDown
    case .pageUp: return .pageUp
    case .home: return .top
    case .end: return .bottom
    case .enter: return .activate
    case .escape: return .escape
    default: return nil
    }
  }

  /// Every binding, as the help overlay shows it: keys, then what they do.
  public static let help: [(keys: String, meaning: String)] = [
    ("q", "quit"),
    ("?", "show or hide this help"),
    ("Tab  S-Tab", "focus the next / previous pane"),
    ("j k  ↓ ↑", "move the selection, or scroll the text"),
    ("Space PgDn", "page down"),
    ("b  PgUp", "page up"),
    ("g Home G End", "go to the top / the end"),
    ("Enter", "open the article / jump to the quote"),
    ("] [", "next / previous highlight"),
    ("} {", "next / previous article"),
    ("a", "choose an author (type to narrow)"),
    ("A", "show all authors again"),
    ("/", "search (Enter accepts, Esc cancels)"),
    ("n N", "next / previous match"),
    ("s", "show or hide the quotes sidebar"),
    ("l", "show or hide the article list"),
    ("''", "back to before the last jump"),
    ("v  h  Esc", "select (w b ) ( $), keep it, cancel"),
    ("c  d", "note on / remove your highlight"),
    ("Esc", "close this window, clear the search"),
    ("mouse", "click to open, wheel to scroll"),
  ]
}
