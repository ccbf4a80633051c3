import CNcursesw
import Glibc

/// The terminal's erase-characters sequence (`ech`): blanks `count` cells from the cursor on,
/// in the current look, without moving the cursor. Where a frame puts a long stretch of blanks
/// over old text (the rest of a shorter line, the empty rows under a page's last line), it
/// sends this instead of the spaces: a sixth of a page's bytes.
enum CharacterErasing {
  /// `ech` from terminfo, written without `tiparm` when it is the ANSI `CSI n X`; nil when the
  /// terminal has none.
  static func fromTerminfo() -> (@Sendable (Int) -> [UInt8])? {
    guard let pointer = tigetstr("ech"), Int(bitPattern: pointer) != -1, pointer.pointee != 0
    else { return nil }
    let bytes = Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer)))
      .map { UInt8(bitPattern: $0) }
    if bytes == Array("\u{1B}[%p1%dX".utf8) { return ansi }
    let address = Int(bitPattern: pointer)
    return { expandCount(address, $0) }
  }

  /// `ESC [ count X`.
  @Sendable static func ansi(_ count: Int) -> [UInt8] { Array("\u{1B}[\(count)X".utf8) }

  /// The fewest blanks worth erasing rather than writing: the sequence and the cursor motion
  /// that usually follows it cost about as much as this many spaces.
  static let shortestRun = 16
}
