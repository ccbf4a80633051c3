import CNcursesw
import ReaderScreen
import ReaderUI

/// The frames drawn ahead for the keys likely to come next, with their bytes already encoded
/// against the frame on the terminal: when one of those keys comes, answering it is one
/// `write`. A key after half a minute of quiet finds the processor's caches cold, and handling
/// it, drawing the frame and comparing it with the last took most of its answer's time
/// (BENCHMARKS.md); drawn ahead, that work is done while the caches are still warm from the
/// frame before.
///
/// A frame is taken only for the event it was drawn for, and only while the program has had
/// no other event since (`Program.adopt` checks); the loop drops them all when the terminal
/// is painted anew, as their bytes were encoded against what it showed.
struct FramesAhead {
  /// How many of the last distinct keys are drawn ahead (`j` and `k`, Space and `b`).
  static let rememberedKeys = 2

  /// Ticks this far apart or further leave time to use what is drawn ahead: indexing's
  /// progress (every 100 ms), the file's watch (a second), a resting save. Each tick leaves
  /// the frames stale, and they are drawn again after its frame. A search's count (every
  /// millisecond), a ranking (20 ms) or a fingerprint (5 ms) wakes the loop too often for
  /// that to pay.
  static let quietTicks = 100

  /// Milliseconds of waiting for input after a frame before drawing ahead.
  static let pause = 2

  /// Whether to draw ahead when the loop will next wake after `timeout` ms (nil: only for
  /// input) for a program asking for ticks every `tickInterval` ms.
  static func isWorthIt(tickInterval: Int?, timeout: Int?) -> Bool {
    (tickInterval.map { $0 >= quietTicks } ?? true) && (timeout.map { $0 > pause } ?? true)
  }

  private(set) var recentKeys: [Key] = []
  /// When the program last handled an event, in monotonic milliseconds. A key answered from a
  /// frame drawn ahead handles none: when the wait for a tick started again after each such
  /// key, keys every few tens of milliseconds kept the index where the first of them found
  /// it ("indexing 0%" for seconds after the file was read, `}` stuck at the last article
  /// indexed).
  private(set) var lastHandled: Int

  init(now: Int) { lastHandled = now }

  /// Notes that the program handled an event at `now` (its background results with it).
  mutating func handled(at now: Int) { lastHandled = now }

  /// Milliseconds left at `now` until the tick the program asks for every `tickInterval` ms
  /// is due, counted from the last event it handled (0 when overdue; nil: no tick asked).
  func untilTick(tickInterval: Int?, now: Int) -> Int? {
    tickInterval.map { max(0, $0 - (now - lastHandled)) }
  }
  private var frames: [(frame: PreparedFrame, bytes: [UInt8], size: (width: Int, height: Int))] = []

  /// Notes that `key` was pressed: it is the first to be drawn ahead next time.
  mutating func pressed(_ key: Key) {
    recentKeys.removeAll { $0 == key }
    recentKeys.insert(key, at: 0)
    if recentKeys.count > Self.rememberedKeys { recentKeys.removeLast() }
  }

  /// Draws ahead, one key at a time, what `program` offers for the remembered keys, encoded by
  /// `painter`; stops as soon as `interrupted` says a key (or a signal) came or the loop is
  /// due to wake: it then waits for the frame being drawn, a few hundredths of a millisecond
  /// for a move, more for a key that filters or narrows a large file's lists.
  mutating func prepare<P: Program>(
    _ program: P, painter: ScreenPainter, window: UnsafeMutablePointer<WINDOW>,
    size: (width: Int, height: Int), interrupted: () -> Bool
  ) {
    frames.removeAll()
    for key in program.keysToPrepare(after: recentKeys) {
      if interrupted() { return }
      guard let frame = program.prepare(key, width: size.width, height: size.height) else {
        continue
      }
      guard let bytes = painter.bytesAhead(for: frame.screen, in: window, size: size) else {
        return
      }
      frames.append((frame, bytes, size))
    }
  }

  /// The frame drawn ahead for `event` at `size`, if any. The frames stay until the next are
  /// drawn ahead or `drop`: freeing the others is left until the answer is written.
  func frame(for event: Event, size: (width: Int, height: Int)) -> (
    frame: PreparedFrame, bytes: [UInt8]
  )? {
    guard let index = frames.firstIndex(where: { $0.frame.event == event && $0.size == size })
    else { return nil }
    return (frames[index].frame, frames[index].bytes)
  }

  /// Drops every frame (the terminal was cleared, resized or suspended, or the program is
  /// about to take a tick, which leaves them stale: freed then, an index snapshot they hold
  /// goes before the answer to any key).
  mutating func drop() { frames.removeAll() }
}
