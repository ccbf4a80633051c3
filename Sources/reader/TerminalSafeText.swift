import ReaderScreen

/// `text` with every control, C1 and bidi character in the visible form the reading pane uses
/// (`^[`, `^J`, `<U+202E>`): error messages quote file content and arguments, and go to a
/// terminal that must not obey them. Through the screen's own cells, so a message shows a
/// name exactly as the pane does; the table behind both is `TerminalText/VisibleControl.swift`.
func terminalSafe(_ text: String) -> String {
  cells(of: text, role: .text).map(\.text).joined()
}

/// `terminalSafe` for text of several lines: line feeds stay line feeds, and so do CSV's
/// carriage return and line feed pairs (one `Character` in Swift, which a split on `\n`
/// passes over: a CSV export on a terminal showed as one line of `^M^J`).
func terminalSafeLines(_ text: String) -> String {
  var result = ""
  var line = ""
  for character in text {
    if character == "\n" || character == "\r\n" {
      result += terminalSafe(line)
      result.append(character)
      line = ""
    } else {
      line.append(character)
    }
  }
  return result + terminalSafe(line)
}
