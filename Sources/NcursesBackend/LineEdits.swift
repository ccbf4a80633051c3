import CNcursesw
import Glibc
import ReaderScreen

/// The terminal's delete-line and insert-line sequences (`dl`, `il`), with which it moves the
/// rows of a scrolled pane itself: a line scrolled in the reading pane then costs the new line
/// and what the other panes need put back, not every cell of the pane again.
///
/// Delete and insert rather than a scroll region (`csr`): every terminal with the one has the
/// other, and the pair needs no region to set and reset around it.
struct LineEdits: Sendable {
  /// Deletes `count` rows at the cursor's row; the rows below move up, blanks come in at the
  /// bottom.
  var delete: @Sendable (_ count: Int) -> [UInt8]
  /// Inserts `count` blank rows at the cursor's row; the rows below move down, the bottom
  /// ones are lost.
  var insert: @Sendable (_ count: Int) -> [UInt8]

  /// The bytes that move the content of `moved.rows` by `moved.distance` rows, leaving every
  /// other row where it is: rows leave at one end of the band and blanks come in at the
  /// other. The cursor ends somewhere in the band.
  func bytes(for moved: MovedRows, moveTo: (Int, Int) -> [UInt8]) -> [UInt8] {
    let count = abs(moved.distance)
    let top = moved.rows.lowerBound
    let bottom = moved.rows.upperBound - count
    // Up: rows leave at the top; the rows below the band come back down by the insert.
    // Down: rows leave at the bottom; the insert at the top pushes the band down.
    let (first, second) = moved.distance > 0 ? (top, bottom) : (bottom, top)
    return moveTo(first, 0) + delete(count) + moveTo(second, 0) + insert(count)
  }

  /// What terminfo offers: `dl` and `il` with a count, else `dl1` and `il1` repeated; nil
  /// when the terminal has neither.
  static func fromTerminfo() -> LineEdits? {
    if let delete = sequence("dl"), let insert = sequence("il") {
      if let ansi = ansi(delete: delete, insert: insert) { return ansi }
      let deleteAddress = Int(bitPattern: tigetstr("dl"))
      let insertAddress = Int(bitPattern: tigetstr("il"))
      return LineEdits(
        delete: { expandCount(deleteAddress, $0) }, insert: { expandCount(insertAddress, $0) })
    }
    if let delete = sequence("dl1"), let insert = sequence("il1") {
      return LineEdits(
        delete: { Array(repeating: delete, count: $0).flatMap { $0 } },
        insert: { Array(repeating: insert, count: $0).flatMap { $0 } })
    }
    return nil
  }

  /// Line edits written without `tiparm`, when terminfo's are the ANSI `CSI n M` and
  /// `CSI n L`.
  static func ansi(delete: [UInt8], insert: [UInt8]) -> LineEdits? {
    guard delete == Array("\u{1B}[%p1%dM".utf8), insert == Array("\u{1B}[%p1%dL".utf8) else {
      return nil
    }
    return LineEdits(delete: { ansiRepeat($0, "M") }, insert: { ansiRepeat($0, "L") })
  }

  private static func sequence(_ name: String) -> [UInt8]? {
    guard let pointer = tigetstr(name), Int(bitPattern: pointer) != -1 else { return nil }
    let bytes = Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer)))
      .map { UInt8(bitPattern: $0) }
    return bytes.isEmpty ? nil : withoutPadding(bytes)
  }
}

/// `ESC [ count final`.
private func ansiRepeat(_ count: Int, _ final: Character) -> [UInt8] {
  Array("\u{1B}[\(count)\(final)".utf8)
}

/// A capability with one count, kept as an address so the closure stays Sendable.
func expandCount(_ address: Int, _ count: Int) -> [UInt8] {
  let pointer = UnsafePointer<CChar>(bitPattern: address)
  guard let expanded = reader_tiparm1(pointer, Int32(count)) else { return [] }
  return withoutPadding(
    Array(UnsafeBufferPointer(start: expanded, count: strlen(expanded)))
      .map { UInt8(bitPattern: $0) })
}
