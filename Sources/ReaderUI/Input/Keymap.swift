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
  case halfPageDown
  case halfPageUp
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
  case highlightList
  case toggleSkim
  /// A digit of an article number (`12` then `Enter` opens article 12).
  case digit(Int)
  /// Repaint the whole terminal (`Ctrl-L`).
  case redraw
  /// `*`: suggest key sentences when the editor's highlights are missing.
  case suggest
}

/// The keys of the reader, and the help text that lists them.
public enum Keymap {
  /// The action bound to `key` outside overlays and the search prompt, if any.
  public static func action(for key: Key) -> Action? {
    switch key {
    case .character(let character):
      switch character {
      case "q": return .quit
      case "?", "h": return .help
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
      case "H": return .highlightList
      case "S": return .toggleSkim
      case "s": return .toggleSidebar
      case "l": return .toggleList
      case "'": return .mark
      case "*": return .suggest
      default: return character.wholeNumberValue.flatMap { character.isASCII ? .digit($0) : nil }
      }
    case .control("c"): return .quit
    case .control("l"): return .redraw
    case .control("d"): return .halfPageDown
    case .control("u"): return .halfPageUp
    case .control("f"): return .pageDown
    case .control("b"): return .pageUp
    case .function(1): return .help
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
    ("? h F1", "show or hide this help"),
    ("Tab  S-Tab", "next / previous pane, or link"),
    ("Enter  o", "follow the link / open its address"),
    ("j k  ↓ ↑", "move the selection, or scroll the text"),
    ("Space PgDn C-f", "page down (on into the next article)"),
    ("b  PgUp C-b", "page up (back into the previous one)"),
    ("C-d  C-u", "half a page down / up"),
    ("g Home G End", "go to the top / the end"),
    ("Enter", "open the article / jump to the quote"),
    ("12 Enter", "open article 12"),
    ("] [", "next / previous highlight from the view"),
    ("H", "list the highlights (type to narrow)"),
    ("S", "skim: only sentences with highlights"),
    ("*", "suggest key sentences (no highlights)"),
    ("} {", "next / previous article"),
    ("a", "choose an author (type to narrow)"),
    ("A", "show all authors again"),
    ("/", "search (Enter accepts, Esc cancels)"),
    ("n N", "next / previous match from the view"),
    ("s", "show or hide the quotes sidebar"),
    ("l", "show or hide the article list"),
    ("R", "reload the file changed on disk"),
    ("''", "back to before the last jump"),
    ("v  h  Esc", "select (j k, w b ) ( $), keep, cancel"),
    ("c  d", "note on / remove your highlight"),
    ("Esc", "close this window, clear the search"),
    ("C-c", "cancel a prompt or list; else quit"),
    ("C-l", "redraw the screen"),
    ("mouse", "click opens, drag selects, wheel moves"),
    ("Shift-drag", "select text to copy (the terminal's)"),
  ]
}
