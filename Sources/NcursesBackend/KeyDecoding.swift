import CNcursesw
import ReaderUI

/// One successful read of `wget_wch`: a character, or a curses key code (`KEY_CODE_YES`).
public enum CursesInput: Sendable, Hashable {
  case character(UInt32)
  case keyCode(Int32)
}

/// The key a curses read stands for, or nil for input the UI has no key for (unknown key
/// codes, lone control characters without a meaning). `KEY_RESIZE` and `KEY_MOUSE` are not
/// keys: the event loop handles them before calling this.
public func decodeKey(_ input: CursesInput) -> Key? {
  switch input {
  case .character(let value): decodeCharacter(value)
  case .keyCode(let code): decodeKeyCode(code)
  }
}

private func decodeCharacter(_ value: UInt32) -> Key? {
  guard let scalar = Unicode.Scalar(value) else { return nil }
  return InputDecoder.key(forCharacter: scalar)
}

private func decodeKeyCode(_ code: Int32) -> Key? {
  switch code {
  case KEY_UP: return .up
  case KEY_DOWN: return .down
  case KEY_LEFT: return .left
  case KEY_RIGHT: return .right
  case KEY_PPAGE: return .pageUp
  case KEY_NPAGE: return .pageDown
  case KEY_HOME, KEY_A1: return .home
  case KEY_END, KEY_C1: return .end
  case KEY_ENTER: return .enter
  case KEY_BTAB: return .backTab
  case KEY_BACKSPACE: return .backspace
  case KEY_DC: return .delete
  case reader_key_f(1)...reader_key_f(reader_key_f_max()):
    return .function(Int(code - reader_key_f(0)))
  default: return nil
  }
}

/// The mouse action a curses button state stands for, or nil for one the UI ignores (other
/// buttons, their releases). Wheel turns are buttons 4 and 5 in ncurses' mouse protocol 2.
public func decodeMouse(buttonState: mmask_t, x: Int, y: Int) -> MouseEvent? {
  if buttonState & reader_button4_pressed() != 0 { return MouseEvent(action: .wheelUp, x: x, y: y) }
  if buttonState & reader_button5_pressed() != 0 {
    return MouseEvent(action: .wheelDown, x: x, y: y)
  }
  if buttonState & (reader_button1_pressed() | reader_button1_clicked()) != 0 {
    return MouseEvent(action: .press, x: x, y: y)
  }
  if buttonState & reader_button1_released() != 0 {
    return MouseEvent(action: .release, x: x, y: y)
  }
  return nil
}
