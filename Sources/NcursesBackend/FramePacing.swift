/// When the terminal loop writes a frame: at once after input, but no sooner than
/// `backgroundGap` milliseconds after the previous frame when only background work (a tick:
/// indexing progress, a match count filling in) changed the screen.
///
/// A key's answer ends once the terminal has been quiet for a while (termtime waits 20 ms);
/// a progress frame written a few milliseconds after a key's frame is counted as part of that
/// key, and indexing a large file made the slowest tenth of keys take up to 99 ms
/// (BENCHMARKS.md). Held back until 50 ms after the last frame, such frames never land in a
/// key's answer, and 20 a second is still all a reader can follow of a moving percentage.
struct FramePacing {
  /// The least time between a frame and a later frame that no input asked for.
  static let backgroundGap = 50

  /// When the last frame was written (monotonic milliseconds); nil before the first.
  private(set) var lastFrame: Int?
  /// Whether a frame is due that background work asked for and the gap held back.
  private(set) var isHeldBack = false

  /// What caused the frame the loop is about to draw.
  enum Cause {
    /// A key, the mouse, a resize, a redraw, the first frame: drawn at once.
    case input
    /// A tick of background work.
    case background
  }

  /// The cause of a tick that came after the program asked to be woken in `tickInterval` ms.
  /// An interval of 0 means a result to show at once (the store's confirmations: `highlight
  /// kept`, the place restored), which is drawn like input; anything else is background.
  static func causeOfTick(afterAsking tickInterval: Int?) -> Cause {
    tickInterval == 0 ? .input : .background
  }

  /// Whether to write the frame now, at `now`; a frame held back is owed until drawn.
  mutating func shouldDraw(after cause: Cause, now: Int) -> Bool {
    guard cause == .background, let lastFrame, now - lastFrame < Self.backgroundGap else {
      return true
    }
    isHeldBack = true
    return false
  }

  /// Notes that a frame was written at `now`.
  mutating func drew(at now: Int) {
    lastFrame = now
    isHeldBack = false
  }

  /// How long the loop may wait for input: the program's own tick interval, or less when a
  /// held-back frame falls due sooner.
  func timeout(tickInterval: Int?, now: Int) -> Int? {
    guard isHeldBack, let lastFrame else { return tickInterval }
    let due = max(0, lastFrame + Self.backgroundGap - now)
    return min(tickInterval ?? due, due)
  }
}
