import CNcursesw
import Glibc

/// The terminal's size in cells, found by the rules curses follows: what the terminal reports
/// for `descriptor`, unless `LINES` or `COLUMNS` say otherwise, then terminfo's `lines` and
/// `cols`, then 24 by 80; never more than `TerminalLimits` allow.
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
  return usableTerminalSize(
    reportedWidth: columns, reportedHeight: rows,
    environmentWidth: positiveNumber(inEnvironment: "COLUMNS"),
    environmentHeight: positiveNumber(inEnvironment: "LINES"),
    terminfoWidth: Int(tigetnum("cols")), terminfoHeight: Int(tigetnum("lines")))
}

/// The most cells the reader draws across and down. Every frame holds a few screens of 16-byte
/// cells, so `COLUMNS=100000 LINES=100000` asked for 160 GB and ended the reader; no screen a
/// person reads has more than this (an 8K display in a 6-pixel font is 1,280 columns).
public enum TerminalLimits {
  public static let width = 2000
  public static let height = 1000
}

/// The size to draw at, from what the terminal reports, what `COLUMNS` and `LINES` say and
/// what terminfo says, by curses' rules (the environment first, then the report, then
/// terminfo, then 80 by 24). A value past `TerminalLimits` in the environment is not taken
/// (nobody's screen is that big: it was meant for something else, such as keeping `ps` from
/// cutting its lines); a terminal that reports one is drawn on up to the limit.
public func usableTerminalSize(
  reportedWidth: Int, reportedHeight: Int, environmentWidth: Int?, environmentHeight: Int?,
  terminfoWidth: Int, terminfoHeight: Int
) -> (width: Int, height: Int) {
  func pick(_ reported: Int, _ environment: Int?, _ terminfo: Int, _ fallback: Int, _ most: Int)
    -> Int
  {
    var value = reported
    if let environment, environment <= most { value = environment }
    if value <= 0 { value = terminfo }
    return value > 0 ? min(value, most) : fallback
  }
  return (
    pick(reportedWidth, environmentWidth, terminfoWidth, 80, TerminalLimits.width),
    pick(reportedHeight, environmentHeight, terminfoHeight, 24, TerminalLimits.height)
  )
}

/// Unsets `COLUMNS` or `LINES` when it is past `TerminalLimits`, before curses starts: curses
/// takes them too when the terminal is resized, and would make its own windows that big.
func dropImplausibleSizeVariables() {
  for (name, most) in [("COLUMNS", TerminalLimits.width), ("LINES", TerminalLimits.height)] {
    if let value = positiveNumber(inEnvironment: name), value > most { unsetenv(name) }
  }
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
