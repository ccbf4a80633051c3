import ReaderScreen

/// `text` with every control, C1 and bidi character in the visible form the reading pane uses
/// (`^[`, `^J`, `<U+202E>`): error messages quote file content and arguments, and go to a
/// terminal that must not obey them. Through the screen's own cells, so a message shows a
/// name exactly as the pane does; the table behind both is `TerminalText/VisibleControl.swift`.
func terminalSafe(_ text: String) -> String {
  cells(of: text, role: .text).map(\.text).joined()
}

/// `terminalSafe` for text of several lines: the line feeds stay line feeds.
func terminalSafeLines(_ text: String) -> String {
  text.split(separator: "\n", omittingEmptySubsequences: false)
    .map { terminalSafe(String($0)) }.joined(separator: "\n")
}
