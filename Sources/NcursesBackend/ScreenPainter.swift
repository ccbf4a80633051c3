import CNcursesw
import Glibc
import ReaderScreen

/// Draws frames on the terminal: the cells that changed since the previous frame, written by
/// `FrameEncoder` in one `write`.
///
/// Curses still starts and stops the terminal, reads keys and handles resizing and `^Z`, but
/// it no longer draws: its window stays blank. Putting every changed cell through
/// `mvwadd_wch` and then letting `doupdate` compare the whole window again cost more than the
/// rest of a key press (5 M instructions for a one-line scroll at 200×60), and `doupdate`
/// wrote the frame in dozens of small writes. When curses has something of its own to show
/// (the first clear, a resize), it is let to, and the next frame is written whole.
struct ScreenPainter {
  private var previous: Screen?
  private var output: [UInt8] = []
  private let encoder: FrameEncoder

  init(sequences: TerminalSequences) {
    encoder = FrameEncoder(sequences: sequences, measure: { Int(reader_wcwidth($0.value)) })
  }

  /// Makes the next `draw` write every cell (after the terminal was cleared, resized or
  /// suspended).
  mutating func forgetPreviousFrame() { previous = nil }

  /// Draws what changed between the previous frame and `screen` on the terminal behind
  /// `window`, whose output is `descriptor`.
  mutating func draw(
    _ screen: Screen, in window: UnsafeMutablePointer<WINDOW>, descriptor: Int32
  ) {
    if previous == nil || is_wintouched(window) {
      wnoutrefresh(window)
      doupdate()
      previous = nil
    }
    var rows: Int32 = 0
    var columns: Int32 = 0
    reader_getmaxyx(window, &rows, &columns)
    output.removeAll(keepingCapacity: true)
    encoder.encode(
      from: previous, to: screen, rows: Int(rows), columns: Int(columns), into: &output)
    writeAll(output, to: descriptor)
    previous = screen
  }

  /// Writes all of `bytes`, going on after interruptions; gives up if the terminal is gone
  /// (the event loop then sees it hang up).
  private func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written > 0 {
          offset += written
        } else if written < 0 && (errno == EINTR || errno == EAGAIN) {
          if errno == EAGAIN {
            var wait = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
            _ = poll(&wait, 1, 100)
          }
        } else {
          return
        }
      }
    }
  }
}
