import CNcursesw
import Glibc
import ReaderScreen
import TerminalText

/// Draws frames on the terminal: the cells that changed since the previous frame, written by
/// `FrameEncoder` in one `write`.
///
/// Curses still starts and stops the terminal, reads keys and handles resizing and `^Z`, but
/// it no longer draws: its window stays blank, and stays one cell until the first resize. Putting every changed cell through
/// `mvwadd_wch` and then letting `doupdate` compare the whole window again cost more than the
/// rest of a key press (5 M instructions for a one-line scroll at 200×60), and `doupdate`
/// wrote the frame in dozens of small writes. When curses has something of its own to show
/// (the first clear, a resize), it is let to, and the next frame is written whole.
struct ScreenPainter {
  private var previous: Screen?
  /// Whether a frame was drawn: the first is written on a screen just cleared (by its own
  /// bytes, or by curses' first refresh on a terminal without `clear`). Later frames without
  /// a previous one cannot rely on that: curses, which never draws, may see nothing to clear.
  private var hasDrawn = false
  private var output: [UInt8] = []
  private let encoder: FrameEncoder

  /// `showsUnicode`: the locale's character set is UTF-8. In any other, the frame is written
  /// in ASCII: what the status line's notice promises, and all a terminal in another set can
  /// read, since the frame's bytes are UTF-8 (`é` and `«`, which Latin-1 has and `wcwidth`
  /// measures, went out as two bytes each, which such a terminal shows as two wrong letters).
  init(sequences: TerminalSequences, showsUnicode: Bool = true) {
    encoder = FrameEncoder(
      sequences: sequences,
      measure: Self.shownWidth(showsUnicode: showsUnicode) { Int(reader_wcwidth($0.value)) })
  }

  /// `width` where the locale is UTF-8; elsewhere ASCII measured by it and nothing else
  /// measured at all, so that the encoder draws ASCII stand-ins and `?` instead.
  static func shownWidth(
    showsUnicode: Bool, _ width: @escaping @Sendable (Unicode.Scalar) -> Int
  ) -> @Sendable (Unicode.Scalar) -> Int {
    if showsUnicode { return width }
    return { scalar in scalar.isASCII ? width(scalar) : -1 }
  }

  /// Makes the next `draw` write every cell (after the terminal was cleared, resized or
  /// suspended).
  mutating func forgetPreviousFrame() { previous = nil }

  /// Draws what changed between the previous frame and `screen` on the terminal behind
  /// `window`, whose output is `descriptor` and whose size is `size`.
  /// Returns whether anything was sent: nothing, when the frame equals the last one.
  @discardableResult
  mutating func draw(
    _ screen: Screen, in window: UnsafeMutablePointer<WINDOW>, size: (width: Int, height: Int),
    descriptor: Int32
  ) -> Bool {
    output.removeAll(keepingCapacity: true)
    if !hasDrawn && !encoder.sequences.clearScreen.isEmpty {
      // Curses' first refresh would only clear the screen, after comparing its three windows
      // of the terminal's size cell by cell (1.7 M instructions at 200×60, a tenth of the
      // start): the clear goes out with the first frame instead, and curses is told that its
      // screen is clear and its window unchanged, so it has nothing left to refresh.
      output += encoder.sequences.clearScreen
      clearok(reader_curscr(), false)
      clearok(reader_newscr(), false)
      untouchwin(window)
      previous = nil
    } else if previous == nil || is_wintouched(window) {
      wnoutrefresh(window)
      doupdate()
      previous = nil
    }
    encoder.encode(
      from: previous, to: screen, rows: size.height, columns: size.width, cleared: !hasDrawn,
      into: &output)
    writeAll(output, to: descriptor)
    previous = screen
    hasDrawn = true
    return !output.isEmpty
  }

  /// The bytes `draw` would write for `screen` now, for a frame drawn ahead; nil when `draw`
  /// would do more than write them (no frame drawn yet, or curses has touched its window).
  func bytesAhead(
    for screen: Screen, in window: UnsafeMutablePointer<WINDOW>, size: (width: Int, height: Int)
  ) -> [UInt8]? {
    guard hasDrawn, let previous, !is_wintouched(window) else { return nil }
    var bytes: [UInt8] = []
    encoder.encode(
      from: previous, to: screen, rows: size.height, columns: size.width, into: &bytes)
    return bytes
  }

  /// Writes `bytes`, made by `bytesAhead` for `screen` since the last frame, as `draw` would
  /// have written them. Returns whether anything was sent.
  @discardableResult
  mutating func drawAhead(_ bytes: [UInt8], of screen: Screen, descriptor: Int32) -> Bool {
    writeAll(bytes, to: descriptor)
    previous = screen
    return !bytes.isEmpty
  }
}
