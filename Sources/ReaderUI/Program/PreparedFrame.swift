import ReaderScreen

/// A key's frame drawn ahead, in the quiet after the last frame, together with everything the
/// key would change: the model after it, the commands it gives and the view caches' next
/// starting point. When that key comes next and nothing happened in between, the program
/// takes all of it at once (`Program.adopt`) instead of doing the same work again with cold
/// caches, and the terminal gets bytes encoded ahead.
///
/// The update and the frame are the very functions a key runs, on a copy of the same state:
/// what is adopted is what handling the key would have made, not an estimate of it.
public struct PreparedFrame {
  /// The event this frame answers.
  public let event: Event
  /// The frame after the event.
  public let screen: Screen
  /// `ReaderProgram.revision` when this was prepared: adopted only while it is unchanged.
  let revision: Int
  let model: ReaderModel
  let commands: [Command]
  let caches: ViewCaches
}
