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
  /// The keys likely to come next, most likely first, given `recentKeys` (the last distinct
  /// keys, newest first): those worth drawing ahead. Empty when the program does not draw
  /// ahead.
  func keysToPrepare(after recentKeys: [Key]) -> [Key]
  /// The frame `key` would bring, worked out now without changing the program.
  func prepare(_ key: Key, width: Int, height: Int) -> PreparedFrame?
  /// Takes `frame` as the answer to its event, as `handle` followed by `render` would have
  /// made it had the event come before any background result still waiting (those are
  /// applied with the next event, a tick or a key). False, with nothing adopted, when the
  /// program handled another event since it was prepared: the event must then be handled.
  mutating func adopt(_ frame: PreparedFrame) -> Bool
}

extension Program {
  /// Programs that never ask for a full repaint.
  public mutating func takeRedrawRequest() -> Bool { false }
  /// Programs that always quit on Ctrl-C.
  public var cancelsOnInterrupt: Bool { false }
  /// Programs that never draw ahead.
  public func keysToPrepare(after recentKeys: [Key]) -> [Key] { [] }
  public func prepare(_ key: Key, width: Int, height: Int) -> PreparedFrame? { nil }
  public mutating func adopt(_ frame: PreparedFrame) -> Bool { false }
}
