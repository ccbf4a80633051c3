import ReaderScreen

/// `text` put on a one-row screen `width` wide, read back with every role but `.text`
/// marked: `a⟦ctl:^[⟧[2J`.
func shown(_ text: String, width: Int = 60) -> String {
  var screen = Screen(width: width, height: 1)
  screen.put(text, x: 0, y: 0, role: .text, maxWidth: width)
  return screen.styledText()
}

/// Wrapped lines as text with their indent, visible controls marked `⟦…⟧`.
func wrappedText(_ text: String, width: Int) -> [String] {
  wrap([TextRun(text)], width: width).map { line in
    var result = String(repeating: " ", count: line.indent)
    var inControl = false
    for cell in line.cells where cell.width > 0 {
      if (cell.role == .control) != inControl {
        result += inControl ? "⟧" : "⟦"
        inControl.toggle()
      }
      result += cell.text
    }
    return inControl ? result + "⟧" : result
  }
}
