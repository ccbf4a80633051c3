/// A key the user pressed, decoded by the backend.
public enum Key: Sendable, Hashable {
  case character(Character)
  /// Ctrl plus a letter, lowercase (`.control("c")`).
  case control(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, tab, backTab, escape, backspace, delete
  case function(Int)
}
