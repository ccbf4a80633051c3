import ReaderScreen

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file from the shared test data (`../shared/testdata/` next to the package, or one level
/// further up for a git worktree); nil when it is not there.
func hostileTestDataPath(_ name: String, file: String = #filePath) -> String? {
  var root = file.split(separator: "/", omittingEmptySubsequences: false)
  root.removeLast(3)  // the test file, its target folder, Tests
  let package = root.joined(separator: "/")
  for relative in ["/../shared/testdata/", "/../../shared/testdata/"] {
    let path = package + relative + name
    if access(path, R_OK) == 0 { return path }
  }
  return nil
}

/// The bytes of a whole file.
func hostileReadFile(_ path: String) -> [UInt8] {
  guard let file = fopen(path, "rb") else { return [] }
  defer { fclose(file) }
  var bytes: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 1 << 16)
  while true {
    let got = chunk.withUnsafeMutableBufferPointer { fread($0.baseAddress, 1, $0.count, file) }
    if got == 0 { return bytes }
    bytes += chunk[0..<got]
  }
}

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

/// The scalars no cell may hold: C0, DEL, C1, and the bidi and invisible characters the
/// screen shows as `<U+…>`.
func isForbiddenInCell(_ scalar: Unicode.Scalar) -> Bool {
  switch scalar.value {
  case 0x00..<0x20, 0x7F...0x9F, 0x2028, 0x2029: true
  case 0x061C, 0x180E, 0x200B, 0x200E, 0x200F, 0x202A...0x202E: true
  case 0x2060...0x2064, 0x2066...0x206F, 0xFEFF, 0xFFF9...0xFFFB: true
  default: false
  }
}

/// What is wrong with a row of cells, or nil: a forbidden scalar, a wide cell without its
/// continuation, a continuation without its wide cell.
func hostileProblem(in cells: [Cell]) -> String? {
  var index = 0
  while index < cells.count {
    let cell = cells[index]
    if cell.width == 0 { return "stray continuation at \(index)" }
    if let bad = cell.text.unicodeScalars.first(where: isForbiddenInCell) {
      return "U+\(String(bad.value, radix: 16)) in cell \(index)"
    }
    if cell.width == 2 {
      guard index + 1 < cells.count, cells[index + 1].width == 0, cells[index + 1].text.isEmpty
      else { return "wide cell at \(index) without continuation" }
      index += 2
    } else {
      index += 1
    }
  }
  return nil
}

/// `hostileProblem(in:)` for every row of a screen.
func hostileProblem(in screen: Screen) -> String? {
  for y in 0..<screen.height {
    let row = (0..<screen.width).map { screen[$0, y] }
    if let problem = hostileProblem(in: row) { return "row \(y): \(problem)" }
  }
  return nil
}
