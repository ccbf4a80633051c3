import ReaderScreen

/// What the terminal backend runs: something that takes events and draws screens.
///
/// The backend owns the terminal and the loop; the program owns all state. Tests drive the
/// same program headlessly by calling `handle` and `render` themselves.
public protocol Program {
  /// Applies one event (a key, the mouse, a resize, a tick).
  mutating func handle(_ event: Event)
  /// The whole screen for a terminal of this size. `theme` is passed for completeness; panes
  /// speak in roles and the backend turns roles into attributes.
  func render(width: Int, height: Int) -> Screen
  /// True once the program wants to exit (after `q`).
  var isFinished: Bool { get }
  /// Milliseconds until the program wants a `.tick` even without input (a message that
  /// expires, indexing progress); nil to wait for input indefinitely.
  var tickInterval: Int? { get }
  /// True once after the program asked for the whole terminal to be painted again
  /// (`Ctrl-L`): the backend then clears it and draws every cell of the next frame.
  mutating func takeRedrawRequest() -> Bool
  /// Whether Ctrl-C (SIGINT) now cancels something open, a prompt or a list, rather than
  /// quitting: the backend then hands it over as the key `.control("c")`.
  var cancelsOnInterrupt: Bool { get }
}

extension Program {
  /// Programs that never ask for a full repaint.
  public mutating func takeRedrawRequest() -> Bool { false }
  /// Programs that always quit on Ctrl-C.
  public var cancelsOnInterrupt: Bool { false }
}
