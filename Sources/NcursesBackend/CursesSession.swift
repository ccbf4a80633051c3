import CNcursesw
import CTerminalGuard
import Glibc
import ReaderUI

/// Curses running on the controlling terminal, from `start` until `stop`.
///
/// Starting guards the terminal first (saved modes, signal handlers, see `shim.h`), so every
/// way out puts it back: `stop` on a normal exit or a thrown error, the event loop noticing a
/// quit signal, and the crash handler for faults.
final class CursesSession {
  let window: UnsafeMutablePointer<WINDOW>
  private let screen: OpaquePointer
  let inputFile: UnsafeMutablePointer<FILE>
  private let output: UnsafeMutablePointer<FILE>
  private var stopped = false
  /// Reads escape sequences whole (see `InputDecoder`); curses decodes only those terminfo
  /// names, and hands the rest over byte by byte.
  var decoder = InputDecoder()
  /// Events decoded but not yet handed out (one read can finish several).
  var decoded: [Event] = []
  /// Whether keys are read a byte at a time and made characters of here (`UTF8Bytes`): in a
  /// locale whose character set is ASCII, where curses can make none past 127.
  let readsBytes: Bool
  /// The character begun in those bytes.
  var bytes = UTF8Bytes()

  /// Bracketed paste on: pasted text arrives marked, and never as a string of commands.
  static let pasteModeOn = "\u{1B}[?2004h"
  static let pasteModeOff = "\u{1B}[?2004l"

  private init(
    window: UnsafeMutablePointer<WINDOW>, screen: OpaquePointer, input: UnsafeMutablePointer<FILE>,
    output: UnsafeMutablePointer<FILE>, readsBytes: Bool
  ) {
    self.readsBytes = readsBytes
    self.window = window
    self.screen = screen
    self.inputFile = input
    self.output = output
  }

  /// Checks the terminal, then starts curses on it. Keys come from standard input, or from
  /// `/dev/tty` when standard input is a pipe (`cat file | reader -`).
  static func start(mouse: Bool) throws(TerminalError) -> CursesSession {
    guard isatty(STDOUT_FILENO) == 1 else { throw .outputNotATerminal }
    let terminalType = getenv("TERM").map { String(cString: $0) } ?? ""
    if terminalType.isEmpty { throw .terminalTypeUnset }
    if terminalType == "dumb" { throw .terminalTooLimited(terminalType) }
    // Only the character type: curses and `wcwidth` need the terminal's encoding, nothing
    // here formats numbers, dates or messages through the C library, and the other eleven
    // categories were a file each to open and map on every start (strace).
    setlocale(LC_CTYPE, "")
    dropImplausibleSizeVariables()

    let (input, output) = try openTerminalFiles()
    var guarded = false
    func giveUp(_ error: TerminalError) -> TerminalError {
      if guarded { reader_unguard_terminal() }
      fclose(input)
      fclose(output)
      return error
    }
    guard reader_guard_terminal(fileno(output)) == 0 else {
      throw giveUp(.setupFailed(errno: errno))
    }
    guarded = true

    guard let screen = withCursesSizeOfOneCell({ newterm(nil, output, input) }) else {
      throw giveUp(.unknownTerminalType(terminalType))
    }
    plainScreenExitBytes().withUnsafeBufferPointer {
      $0.withMemoryRebound(to: CChar.self) {
        reader_set_exit_cleanup($0.baseAddress, Int32($0.count))
      }
    }
    _ = reader_wrap_suspend()
    reader_set_terminal_active(1)
    guard let cursorMotion = tigetstr("cup"), Int(bitPattern: cursorMotion) != -1 else {
      endwin()
      delscreen(screen)
      reader_restore_saved_modes()
      throw giveUp(.terminalTooLimited(terminalType))
    }
    let window = reader_stdscr()!
    if !hasClearCapability {
      // Curses clears a screen without `clear` line by line, as many lines as it believes
      // there are: it has to know them all from the start.
      let size = measuredTerminalSize(of: fileno(output))
      resizeterm(Int32(size.height), Int32(size.width))
    }
    cbreak()
    noecho()
    nonl()
    _ = reader_set_program_modes(fileno(input))
    keypad(window, true)
    scrollok(window, false)
    leaveok(window, true)
    curs_set(0)
    // Curses has read `ESCDELAY` from the environment; without it, 10 ms (as tmux waits
    // by default) instead of the 25 kept before: a lone Esc then answers in about 10 ms, and
    // a terminal still sends a key's sequence in one write.
    if getenv("ESCDELAY") == nil { set_escdelay(CursesSession.escapeWait) }
    if has_colors() {
      start_color()
      use_default_colors()
    }
    if mouse {
      // Releases too, for drags; still button events only (xterm's 1000), never motion.
      mousemask(
        reader_button1_pressed() | reader_button1_released() | reader_button4_pressed()
          | reader_button5_pressed(), nil)
      mouseinterval(0)
    }
    fputs(pasteModeOn, output)
    fflush(output)
    return CursesSession(
      window: window, screen: screen, input: input, output: output,
      readsBytes: localeIsASCII)
  }

  /// The files curses reads keys from and draws to, opened for this session only.
  private static func openTerminalFiles() throws(TerminalError) -> (
    input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>
  ) {
    if isatty(STDIN_FILENO) == 1 {
      guard let input = fdopen(dup(STDIN_FILENO), "r"), let output = fdopen(dup(STDOUT_FILENO), "w")
      else { throw .setupFailed(errno: errno) }
      return (input, output)
    }
    // Standard input carries the document: both directions use the controlling terminal.
    guard let input = fopen("/dev/tty", "r"), let output = fopen("/dev/tty", "w") else {
      throw .noTerminalForInput(errno: errno)
    }
    return (input, output)
  }

  /// Puts the terminal back as it was: mouse off, cursor shown, alternate screen left (or, on
  /// a terminal without one, the frame cleared), modes restored, signal handlers put back.
  /// Safe to call twice.
  func stop() {
    if stopped { return }
    stopped = true
    fputs(CursesSession.pasteModeOff, output)
    fflush(output)
    mousemask(0, nil)
    curs_set(1)
    reader_set_terminal_active(0)
    let cleanUp = plainScreenExitBytes()
    endwin()
    fflush(output)
    cleanUp.withUnsafeBytes { _ = write(fileno(output), $0.baseAddress, $0.count) }
    delscreen(screen)
    reader_restore_saved_modes()
    reader_unguard_terminal()
    fclose(inputFile)
    fclose(output)
  }

  deinit { stop() }

  /// Makes the next refresh clear the terminal before drawing (`Ctrl-L`: something else wrote
  /// on it).
  func clearTerminal() {
    wclear(window)
  }

  /// What the terminal can show.
  var capabilities: TerminalCapabilities {
    let size = self.size
    return TerminalCapabilities(
      colorCount: has_colors() ? Int(reader_colors()) : 0, width: size.width, height: size.height,
      characterSet: String(cString: nl_langinfo(nl_item(CODESET))))
  }

  /// The descriptor frames are written to (curses' output).
  var outputDescriptor: Int32 { fileno(output) }

  /// The terminal's size in cells.
  var size: (width: Int, height: Int) { measuredTerminalSize(of: fileno(output)) }

  /// Whether the locale's character set is ASCII (glibc's name for it, or another's), as in
  /// the C locale: curses' `wget_wch` then reads nothing past 127.
  private static var localeIsASCII: Bool {
    let name = String(cString: nl_langinfo(nl_item(CODESET)))
    return ["ANSI_X3.4-1968", "ASCII", "US-ASCII"].contains(name)
  }

  private static var hasClearCapability: Bool {
    guard let clear = tigetstr("clear") else { return false }
    return Int(bitPattern: clear) != -1
  }
}
