/// Everything that can change the UI state: keys, the mouse, resizes and timer ticks.
public enum Event: Sendable, Hashable {
  case key(Key)
  case mouse(MouseEvent)
  case resize(width: Int, height: Int)
  /// Time passed (for messages that expire and background indexing progress).
  case tick
}

/// A mouse action at a 0-based cell position.
public struct MouseEvent: Sendable, Hashable {
  /// What the mouse did.
  public enum Action: Sendable, Hashable {
    case press
    case wheelUp
    case wheelDown
  }

  public var action: Action
  public var x: Int
  public var y: Int

  public init(action: Action, x: Int, y: Int) {
    self.action = action
    self.x = x
    self.y = y
  }
}
