import CNcursesw
import ReaderScreen
import Testing

@testable import NcursesBackend

/// A terminal that understands exactly what `FrameEncoder` sends with `FakeTerminal.sequences`:
/// `ESC [ y ; x H` moves, `ESC [ 0 m` resets, `ESC [ 1 ; n m` selects role `n`, `ESC [ n M`
/// and `ESC [ n L` delete and insert rows at the cursor's (blanks in no role), `ESC [ n X`
/// blanks n cells from the cursor (in no role, the cursor staying), and text is
/// drawn like a terminal draws it, with its own width table (`width`), overwriting half of a
/// wide character blanking the other half.
struct FakeTerminal {
  struct Slot: Equatable {
    var text: String
    var role: Role?
    /// 1, 2, or 0 for the right half of a wide character.
    var width: Int
  }

  let columns: Int
  let rows: Int
  var slots: [[Slot]]
  var y = 0
  var x = 0
  var role: Role? = nil
  /// The terminal's own idea of widths, which may differ from `wcwidth`.
  let width: (Unicode.Scalar) -> Int

  init(columns: Int, rows: Int, width: @escaping (Unicode.Scalar) -> Int = { columnWidth(of: $0) })
  {
    self.columns = columns
    self.rows = rows
    self.width = width
    slots = Array(
      repeating: Array(repeating: Slot(text: " ", role: nil, width: 1), count: columns), count: rows
    )
  }

  static let sequences = TerminalSequences(
    moveTo: { y, x in Array("\u{1B}[\(y);\(x)H".utf8) },
    reset: Array("\u{1B}[0m".utf8),
    styles: Role.allCases.map { Array("\u{1B}[0m\u{1B}[1;\($0.rawValue)m".utf8) },
    bottomRightScrolls: false,
    lineEdits: LineEdits(
      delete: { Array("\u{1B}[\($0)M".utf8) }, insert: { Array("\u{1B}[\($0)L".utf8) }))

  mutating func feed(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.first {
      scalars = scalars.dropFirst()
      if scalar == "\u{1B}" {
        #expect(scalars.first == "[")
        scalars = scalars.dropFirst()
        var parameters = ""
        while let next = scalars.first, !"HmMLX".unicodeScalars.contains(next) {
          parameters.unicodeScalars.append(next)
          scalars = scalars.dropFirst()
        }
        let final = scalars.removeFirst()
        let numbers = parameters.split(separator: ";").map { Int($0)! }
        let blankRow = Array(repeating: Slot(text: " ", role: nil, width: 1), count: columns)
        if final == "H" {
          y = numbers[0]
          x = numbers[1]
        } else if final == "M" {
          let count = min(numbers[0], rows - y)
          slots.removeSubrange(y..<y + count)
          slots += Array(repeating: blankRow, count: count)
        } else if final == "X" {
          // Erase characters: blanks in no role from the cursor on; the cursor stays.
          for column in x..<min(columns, x + numbers[0]) {
            blankOtherHalf(at: column)
            slots[y][column] = Slot(text: " ", role: nil, width: 1)
          }
        } else if final == "L" {
          let count = min(numbers[0], rows - y)
          slots.insert(contentsOf: Array(repeating: blankRow, count: count), at: y)
          slots.removeLast(count)
        } else if numbers == [0] {
          role = nil
        } else {
          role = Role(rawValue: UInt8(numbers[1]))
        }
        continue
      }
      let columnsTaken = width(scalar)
      if columnsTaken == 0 {
        if x > 0 { slots[y][x - 1].text.unicodeScalars.append(scalar) }
        continue
      }
      guard x < columns else { continue }
      blankOtherHalf(at: x)
      if columnsTaken == 2 && x + 1 < columns { blankOtherHalf(at: x + 1) }
      slots[y][x] = Slot(text: String(scalar), role: role, width: columnsTaken)
      if columnsTaken == 2 && x + 1 < columns {
        slots[y][x + 1] = Slot(text: "", role: role, width: 0)
      }
      x += columnsTaken
    }
  }

  private mutating func blankOtherHalf(at column: Int) {
    if slots[y][column].width == 0 && column > 0 {
      slots[y][column - 1] = Slot(text: " ", role: slots[y][column - 1].role, width: 1)
    }
    if slots[y][column].width == 2 && column + 1 < columns {
      slots[y][column + 1] = Slot(text: " ", role: slots[y][column + 1].role, width: 1)
    }
  }

  /// What the screen shows as a `Screen` would hold it: text, width and role per cell.
  func matches(_ screen: Screen) -> Bool {
    for row in 0..<rows {
      for column in 0..<columns {
        let cell = screen[column, row]
        let slot = slots[row][column]
        if slot.text != cell.text || slot.width != Int(cell.width) || slot.role != cell.role {
          return false
        }
      }
    }
    return true
  }

  func row(_ row: Int) -> String { slots[row].map(\.text).joined() }
}

private let encoder = FrameEncoder(
  sequences: FakeTerminal.sequences, measure: { columnWidth(of: $0) })

private func bytes(from old: Screen?, to new: Screen) -> [UInt8] {
  var output: [UInt8] = []
  encoder.encode(from: old, to: new, rows: new.height, columns: new.width, into: &output)
  return output
}

/// Frames that move text by a column or a row, change roles, and put wide characters where
/// narrow ones were and the other way round.
private func frames() -> [Screen] {
  let lines = [
    "plain ascii text here", "漢字 and かな mixed", "a漢b字c", "emoji 😀 and é\u{301} marks",
    "“quotes” — dashes …", "ニュース sugar", "   11 Light voice ニュース", "  11 Light voice ニュース",
  ]
  var result: [Screen] = []
  for shift in 0..<4 {
    for offset in 0..<3 {
      var screen = Screen(width: 24, height: 5)
      for row in 0..<5 {
        let line = lines[(row + offset + shift) % lines.count]
        _ = screen.put(
          line, x: shift, y: row, role: row == offset ? .highlight : .text, maxWidth: 24)
      }
      screen.setRole(.selection, in: Rect(x: 0, y: (shift + offset) % 5, width: 24, height: 1))
      result.append(screen)
    }
  }
  return result
}

@Suite struct FrameEncoderTests {
  @Test func everyUpdateLeavesTheTerminalShowingTheNewFrame() {
    let all = frames()
    for (index, old) in all.enumerated() {
      for new in all[index...] {
        var terminal = FakeTerminal(columns: 24, rows: 5)
        terminal.feed(bytes(from: nil, to: old))
        #expect(terminal.matches(old))
        terminal.feed(bytes(from: old, to: new))
        #expect(terminal.matches(new), "\((0..<5).map(terminal.row))")
      }
    }
  }

  /// On a cleared screen, blanks of a role drawn in the terminal's own look are left out
  /// where they end a row or run longer than a cursor motion; the terminal then shows the
  /// frame, with those blanks as the cleared cells they look like, in fewer bytes.
  @Test func aFirstFrameOnAClearedScreenLeavesOutBlanksThatLookCleared() {
    var sequences = FakeTerminal.sequences
    sequences.blankIsCleared = Role.allCases.map { $0 == .text }
    let clearing = FrameEncoder(sequences: sequences, measure: { columnWidth(of: $0) })
    for frame in frames() {
      var full: [UInt8] = []
      clearing.encode(from: nil, to: frame, rows: 5, columns: 24, into: &full)
      var short: [UInt8] = []
      clearing.encode(from: nil, to: frame, rows: 5, columns: 24, cleared: true, into: &short)
      #expect(short.count < full.count)
      var terminal = FakeTerminal(columns: 24, rows: 5)
      terminal.feed(short)
      for row in 0..<5 {
        for column in 0..<24 {
          let cell = frame[column, row]
          let slot = terminal.slots[row][column]
          let leftOut =
            slot.text == " " && slot.role == nil && cell.text == " "
            && cell.role == .text
          #expect(
            leftOut || (slot.text == cell.text && slot.role == cell.role),
            "row \(row) column \(column): \(terminal.row(row))")
        }
      }
    }
    // Single spaces between words are written, not jumped over.
    var words = Screen(width: 24, height: 1)
    _ = words.put("one two three", x: 0, y: 0, role: .text, maxWidth: 24)
    var output: [UInt8] = []
    clearing.encode(from: nil, to: words, rows: 1, columns: 24, cleared: true, into: &output)
    #expect(String(decoding: output, as: UTF8.self).contains("one two three"))
  }

  /// In a locale that is not UTF-8, a frame is written in ASCII even where the locale's own set
  /// has the character (`é`, `«` and `·` are Latin-1's): pane lines and quotes as their ASCII
  /// stand-ins, the rest as `?`, each in its columns.
  @Test func withoutUnicodeAFrameIsWrittenInASCII() {
    let ascii = FrameEncoder(
      sequences: FakeTerminal.sequences,
      measure: ScreenPainter.shownWidth(showsUnicode: false) { columnWidth(of: $0) })
    var screen = Screen(width: 24, height: 1)
    _ = screen.put("café «a» · │漢x", x: 0, y: 0, role: .text, maxWidth: 24)
    var output: [UInt8] = []
    ascii.encode(from: nil, to: screen, rows: 1, columns: 24, into: &output)
    #expect(output.allSatisfy { $0 < 0x80 })
    var terminal = FakeTerminal(columns: 24, rows: 1)
    terminal.feed(output)
    #expect(terminal.row(0).hasPrefix("caf? \"a\" . |? x "), "\(terminal.row(0))")
    let unicode = FrameEncoder(
      sequences: FakeTerminal.sequences,
      measure: ScreenPainter.shownWidth(showsUnicode: true) { columnWidth(of: $0) })
    output.removeAll()
    unicode.encode(from: nil, to: screen, rows: 1, columns: 24, into: &output)
    #expect(String(decoding: output, as: UTF8.self).contains("café «a» · │漢"))
  }

  /// Long runs of blanks in the terminal's own look over old text are erased (`ech`) instead
  /// of written as spaces: the terminal shows the frame, in fewer bytes; short gaps between
  /// words are still spaces.
  @Test func longBlankRunsAreErased() {
    var sequences = FakeTerminal.sequences
    sequences.blankIsCleared = Role.allCases.map { $0 == .text }
    sequences.eraseCharacters = { Array("\u{1B}[\($0)X".utf8) }
    let erasing = FrameEncoder(sequences: sequences, measure: { columnWidth(of: $0) })
    func shows(_ terminal: FakeTerminal, _ frame: Screen) -> Bool {
      (0..<frame.height).allSatisfy { row in
        (0..<frame.width).allSatisfy { column in
          let cell = frame[column, row]
          let slot = terminal.slots[row][column]
          let erased =
            slot.text == " " && slot.role == nil && cell.text == " " && cell.role == .text
          return erased
            || (slot.text == cell.text && slot.role == cell.role && slot.width == Int(cell.width))
        }
      }
    }
    var long = Screen(width: 40, height: 3)
    for row in 0..<3 {
      _ = long.put(
        "a long line of text that fills the row", x: 0, y: row, role: .text, maxWidth: 40)
    }
    var short = Screen(width: 40, height: 3)
    _ = short.put("short", x: 0, y: 0, role: .text, maxWidth: 40)
    _ = short.put("two words  here", x: 2, y: 1, role: .text, maxWidth: 40)
    _ = short.put("一二三", x: 30, y: 2, role: .text, maxWidth: 10)
    var erased: [UInt8] = []
    erasing.encode(from: long, to: short, rows: 3, columns: 40, into: &erased)
    var written: [UInt8] = []
    encoder.encode(from: long, to: short, rows: 3, columns: 40, into: &written)
    #expect(String(decoding: erased, as: UTF8.self).contains("X"))
    #expect(erased.count * 3 < written.count * 2, "\(erased.count) vs \(written.count)")
    #expect(String(decoding: erased, as: UTF8.self).contains("two words  here"))
    var terminal = FakeTerminal(columns: 40, rows: 3)
    terminal.feed(bytes(from: nil, to: long))
    terminal.feed(erased)
    #expect(shows(terminal, short), "\((0..<3).map(terminal.row))")
    // Every pair of the mixed frames too.
    let all = frames()
    for (index, old) in all.enumerated() {
      for new in all[index...] {
        var output: [UInt8] = []
        erasing.encode(from: old, to: new, rows: 5, columns: 24, into: &output)
        var mixed = FakeTerminal(columns: 24, rows: 5)
        mixed.feed(bytes(from: nil, to: old))
        mixed.feed(output)
        #expect(shows(mixed, new), "\((0..<5).map(mixed.row))")
      }
    }
  }

  /// A change of look leaves out `op` only after an `sgr0` that is plain SGR 0.
  @Test func sgrZeroIsKnownToResetColours() {
    #expect(TerminalSequences.resetsColours(Array("\u{1B}(B\u{1B}[m".utf8)))
    #expect(TerminalSequences.resetsColours(Array("\u{1B}[0m\u{0F}".utf8)))
    #expect(!TerminalSequences.resetsColours(Array("\u{1B}[0;10m".utf8)))
    #expect(!TerminalSequences.resetsColours(Array("\u{1B}(B".utf8)))
    #expect(!TerminalSequences.resetsColours([]))
  }

  /// Frames whose bytes outgrow the encoder's first buffer, with plain runs that reach the
  /// right margin, change role in the middle, and sit beside wide and combined characters:
  /// the terminal ends on each frame, and a frame written again over itself sends nothing.
  @Test func largeFramesOfMixedTextEndExactOnTheTerminal() {
    let words = ["plain", "text", "runs", "漢字", "é\u{301}", "“q”", "—", "x", "ニュース", "ok"]
    func frame(seed: Int) -> Screen {
      var screen = Screen(width: 150, height: 40)
      for row in 0..<40 {
        var x = (row + seed) % 3
        var index = row &* 31 &+ seed
        while x < 150 {
          let word = words[index % words.count]
          let role: Role = index % 5 == 0 ? .highlight : (index % 7 == 0 ? .byline : .text)
          x += screen.put(word + " ", x: x, y: row, role: role, maxWidth: 150 - x)
          index = (index &* 13 &+ 7) & 0xFFFF
        }
      }
      return screen
    }
    let first = frame(seed: 1)
    let second = frame(seed: 2)
    var terminal = FakeTerminal(columns: 150, rows: 40)
    let whole = bytes(from: nil, to: first)
    #expect(whole.count > 16 * 1024)
    terminal.feed(whole)
    #expect(terminal.matches(first))
    terminal.feed(bytes(from: first, to: second))
    #expect(terminal.matches(second))
    #expect(bytes(from: second, to: second).isEmpty)
  }

  @Test func anUnchangedFrameWritesNothing() {
    let screen = frames()[3]
    #expect(bytes(from: screen, to: screen).isEmpty)
  }

  @Test func onlyTheChangedCellsAreWritten() {
    var old = Screen(width: 20, height: 2)
    _ = old.put("hello world", x: 0, y: 1, role: .text, maxWidth: 20)
    var new = old
    _ = new.put("W", x: 6, y: 1, role: .text, maxWidth: 1)
    #expect(
      String(decoding: bytes(from: old, to: new), as: UTF8.self)
        == "\u{1B}[1;6H\u{1B}[0m\u{1B}[1;\(Role.text.rawValue)mW\u{1B}[0m")
  }

  /// A cell drawn bold over its role (your highlight over the editor's bold) switches to the
  /// role's strong look, and back for the plain cell after it; a changed bold bit alone is a
  /// changed cell.
  @Test func aStrongCellIsWrittenInItsRolesBoldLook() {
    var sequences = FakeTerminal.sequences
    sequences.strongStyles = Role.allCases.map { Array("\u{1B}[0m\u{1B}[2;\($0.rawValue)m".utf8) }
    let strongEncoder = FrameEncoder(sequences: sequences, measure: { columnWidth(of: $0) })
    var old = Screen(width: 6, height: 1)
    _ = old.put("abc", x: 0, y: 0, role: .ownHighlight, maxWidth: 6)
    var new = old
    new[1, 0].isStrong = true
    var output: [UInt8] = []
    strongEncoder.encode(from: old, to: new, rows: 1, columns: 6, into: &output)
    let own = Role.ownHighlight.rawValue
    #expect(
      String(decoding: output, as: UTF8.self)
        == "\u{1B}[0;1H\u{1B}[0m\u{1B}[2;\(own)mb\u{1B}[0m")
    output = []
    strongEncoder.encode(from: nil, to: new, rows: 1, columns: 6, into: &output)
    #expect(
      String(decoding: output, as: UTF8.self).hasPrefix(
        "\u{1B}[0;0H\u{1B}[0m\u{1B}[1;\(own)ma\u{1B}[0m\u{1B}[2;\(own)mb\u{1B}[0m\u{1B}[1;\(own)mc")
    )
  }

  /// A terminal that draws ☃ two columns wide (where `wcwidth` says one) still gets the rest of
  /// the row where the frame has it: the cursor is placed again after the snowman.
  @Test func aCharacterTheTerminalMeasuresDifferentlyDoesNotShiftTheRow() {
    var screen = Screen(width: 12, height: 1)
    _ = screen.put("a☃bcdef", x: 0, y: 0, role: .text, maxWidth: 12)
    var terminal = FakeTerminal(columns: 12, rows: 1) { $0 == "☃" ? 2 : columnWidth(of: $0) }
    terminal.feed(bytes(from: nil, to: screen))
    // b lands on the snowman's right half (the terminal blanks its left), not after it.
    #expect(terminal.row(0) == "a bcdef     ")
    #expect(Array(terminal.slots[0][2...6].map(\.text)) == ["b", "c", "d", "e", "f"])
  }

  @Test func theBottomRightCellIsLeftAloneWhereWritingItWouldScroll() {
    var sequences = FakeTerminal.sequences
    sequences.bottomRightScrolls = true
    let scrolling = FrameEncoder(sequences: sequences, measure: { columnWidth(of: $0) })
    var screen = Screen(width: 3, height: 2)
    _ = screen.put("abc", x: 0, y: 1, role: .status, maxWidth: 3)
    var output: [UInt8] = []
    scrolling.encode(from: nil, to: screen, rows: 2, columns: 3, into: &output)
    let text = String(decoding: output, as: UTF8.self)
    #expect(text.contains("ab"))
    #expect(!text.contains("c"))
  }

  /// The ANSI motion written directly must be what terminfo's `cup` expands to, and other
  /// `cup`s go through the shim's `tiparm`.
  @Test func cursorMotionIsWrittenWithoutTiparm() {
    #expect(ansiMove(0, 0) == Array("\u{1B}[1;1H".utf8))
    #expect(ansiMove(11, 103) == Array("\u{1B}[12;104H".utf8))
    let ansi = String(decoding: ansiCursorAddress, as: UTF8.self)
    #expect(reader_tiparm2(ansi, 11, 103).map { String(cString: $0) } == "\u{1B}[12;104H")
    // The VT52-style `cup` of some terminals: row and column as characters offset by 32.
    #expect(
      reader_tiparm2("\u{1B}Y%p1%' '%+%c%p2%' '%+%c", 2, 5).map { String(cString: $0) }
        == "\u{1B}Y\"%")
  }

  /// Two changes three cells apart: the unchanged cells between are written again rather than
  /// moved past.
  @Test func shortUnchangedStretchesAreWrittenThrough() {
    var old = Screen(width: 20, height: 1)
    _ = old.put("abcdefghij", x: 0, y: 0, role: .text, maxWidth: 20)
    var new = old
    _ = new.put("X", x: 2, y: 0, role: .text, maxWidth: 1)
    _ = new.put("Y", x: 6, y: 0, role: .text, maxWidth: 1)
    #expect(
      String(decoding: bytes(from: old, to: new), as: UTF8.self)
        == "\u{1B}[0;2H\u{1B}[0m\u{1B}[1;\(Role.text.rawValue)mXdefY\u{1B}[0m")
  }

  /// A frame's border is written as one run: box drawing (ambiguous in East Asian width) is
  /// trusted to take one column where the locale's measure says so; where the locale makes
  /// it wide, ASCII stands in for it.
  @Test func boxDrawingIsOneRunWhereTheLocaleMeasuresItNarrow() {
    var screen = Screen(width: 8, height: 1)
    _ = screen.put("┌──┐▏ab", x: 0, y: 0, role: .text, maxWidth: 8)
    let text = String(decoding: bytes(from: nil, to: screen), as: UTF8.self)
    #expect(text.contains("┌──┐▏ab"))
    var terminal = FakeTerminal(columns: 8, rows: 1)
    terminal.feed(Array(text.utf8))
    #expect(terminal.matches(screen))
    let wideBoxes = FrameEncoder(
      sequences: FakeTerminal.sequences,
      measure: { (0x2500..<0x25A0).contains($0.value) ? 2 : columnWidth(of: $0) })
    var output: [UInt8] = []
    wideBoxes.encode(from: nil, to: screen, rows: 1, columns: 8, into: &output)
    #expect(String(decoding: output, as: UTF8.self).contains("+--+|ab"))
  }

  /// Two roles a theme draws alike (the same bytes) follow each other without a change of
  /// look between them.
  @Test func aChangeToALookThatIsTheSameIsLeftOut() {
    var sequences = FakeTerminal.sequences
    let text = Int(Role.text.rawValue)
    let title = Int(Role.title.rawValue)
    sequences.styles[title] = sequences.styles[text]
    let alike = FrameEncoder(sequences: sequences, measure: { columnWidth(of: $0) })
    var screen = Screen(width: 6, height: 1)
    _ = screen.put("ab", x: 0, y: 0, role: .text, maxWidth: 2)
    _ = screen.put("cd", x: 2, y: 0, role: .title, maxWidth: 2)
    _ = screen.put("ef", x: 4, y: 0, role: .status, maxWidth: 2)
    var output: [UInt8] = []
    alike.encode(from: nil, to: screen, rows: 1, columns: 6, into: &output)
    #expect(
      String(decoding: output, as: UTF8.self)
        == "\u{1B}[0;0H\u{1B}[0m\u{1B}[1;\(text)mabcd\u{1B}[0m\u{1B}[1;\(Role.status.rawValue)mef\u{1B}[0m"
    )
  }

  @Test func paddingIsLeftOutOfCapabilities() {
    #expect(
      withoutPadding(Array("\u{1B}[H$<5>\u{1B}[2J$<50/>x".utf8)) == Array("\u{1B}[H\u{1B}[2Jx".utf8)
    )
    #expect(withoutPadding(Array("a$b$<".utf8)) == Array("a$b$<".utf8))
  }
}
