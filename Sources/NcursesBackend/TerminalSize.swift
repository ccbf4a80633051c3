import CNcursesw
import Glibc

/// The terminal's size in cells, found by the rules curses follows: what the terminal reports
/// for `descriptor`, unless `LINES` or `COLUMNS` say otherwise, then terminfo's `lines` and
/// `cols`, then 24 by 80.
///
/// The session measures it itself because curses starts believing in a screen of one cell (see
/// `CursesSession.start`) until the first resize gives it the real one.
func measuredTerminalSize(of descriptor: Int32) -> (width: Int, height: Int) {
  var reported = winsize()
  var rows = 0
  var columns = 0
  if ioctl(descriptor, UInt(TIOCGWINSZ), &reported) == 0 {
    rows = Int(reported.ws_row)
    columns = Int(reported.ws_col)
  }
  if let value = positiveNumber(inEnvironment: "LINES") { rows = value }
  if let value = positiveNumber(inEnvironment: "COLUMNS") { columns = value }
  if rows <= 0 { rows = Int(tigetnum("lines")) }
  if columns <= 0 { columns = Int(tigetnum("cols")) }
  return (columns > 0 ? columns : 80, rows > 0 ? rows : 24)
}

private func positiveNumber(inEnvironment name: String) -> Int? {
  guard let text = getenv(name), let value = Int(String(cString: text)), value > 0 else {
    return nil
  }
  return value
}

/// Runs `body` with `LINES` and `COLUMNS` set to 1, then puts both back as they were.
///
/// `newterm` gives curses three windows of the size it finds, and fills every cell of each:
/// at 200×60 that is a megabyte of memory touched for the first time (a third of the start's
/// page faults) and 2.2 M instructions, for windows the reader never draws in.
func withCursesSizeOfOneCell<T>(_ body: () -> T) -> T {
  let names = ["LINES", "COLUMNS"]
  let saved = names.map { name in (name, getenv(name).map { String(cString: $0) }) }
  for (name, _) in saved { setenv(name, "1", 1) }
  defer {
    for (name, value) in saved {
      if let value { setenv(name, value, 1) } else { unsetenv(name) }
    }
  }
  return body()
}
