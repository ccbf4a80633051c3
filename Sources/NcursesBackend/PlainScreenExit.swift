import CNcursesw
import Glibc

/// What to write after curses ends on a terminal without an alternate screen (`TERM=linux`,
/// `TERM=vt100`): plain attributes, then clear the screen and home the cursor.
///
/// Where `rmcup` exists, leaving the alternate screen brings back what the shell showed. Where
/// it does not, the last frame would stay and the shell's next prompt would land on the status
/// row, so the reader clears what it drew and leaves the cursor at the start of a fresh, empty
/// line. Empty on terminals with an alternate screen. Call while curses' terminal is current.
func plainScreenExitBytes() -> [UInt8] {
  guard bytes(of: "rmcup").isEmpty else { return [] }
  let clear = bytes(of: "clear")
  // Without `clear`, a line feed still ends on a fresh line below the frame.
  return bytes(of: "sgr0") + (clear.isEmpty ? Array("\r\n".utf8) : clear)
}

private func bytes(of capability: String) -> [UInt8] {
  guard let pointer = tigetstr(capability), Int(bitPattern: pointer) != -1 else { return [] }
  return withoutPadding(
    Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer))).map {
      UInt8(bitPattern: $0)
    })
}
