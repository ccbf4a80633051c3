/// One character of a `tmux capture-pane -p -e` capture and the attributes it was drawn with.
struct StyledCell: Equatable {
  var scalar: Unicode.Scalar
  var bold: Bool
  /// A foreground or background colour other than the terminal's default.
  var coloured: Bool
}

/// A `capture-pane -p -e` capture read back into rows of styled characters.
///
/// tmux writes only the SGR changes between cells and carries them across line ends, so the
/// capture is read as one stream: the state at a cell is every SGR sequence before it.
struct StyledCapture {
  private(set) var rows: [[StyledCell]] = [[]]

  init(_ capture: String) {
    var state = SGRState()
    var scalars = capture.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch scalar {
      case "\n":
        rows.append([])
      case "\u{1B}":
        // Only CSI is expected; anything else after ESC is skipped with the ESC itself.
        guard scalars.next() == "[" else { continue }
        var parameters = ""
        while let byte = scalars.next() {
          if (0x40...0x7E).contains(byte.value) {
            if byte == "m" { state.apply(parameters) }
            break
          }
          parameters.unicodeScalars.append(byte)
        }
      default:
        rows[rows.count - 1].append(
          StyledCell(scalar: scalar, bold: state.bold, coloured: state.coloured))
      }
    }
    if rows.last?.isEmpty == true { rows.removeLast() }
  }

  /// The text of every row, without styles.
  var lines: [String] {
    rows.map { row in
      var line = ""
      line.unicodeScalars.append(contentsOf: row.map(\.scalar))
      return line
    }
  }

  /// The cells of the first place `text` appears on one row, with one cell either side when
  /// there is one; nil when it appears nowhere.
  func occurrence(of text: String) -> (
    before: StyledCell?, cells: [StyledCell], after: StyledCell?
  )? {
    let wanted = Array(text.unicodeScalars)
    for row in rows where row.count >= wanted.count {
      for start in 0...(row.count - wanted.count)
      where row[start..<start + wanted.count].map(\.scalar) == wanted {
        let end = start + wanted.count
        return (
          start > 0 ? row[start - 1] : nil, Array(row[start..<end]),
          end < row.count ? row[end] : nil
        )
      }
    }
    return nil
  }
}

/// The attributes an SGR stream has set so far, as far as these tests look at them.
private struct SGRState {
  var bold = false
  var foreground = false
  var background = false

  var coloured: Bool { foreground || background }

  /// Applies the parameters of one `ESC [ … m`: `0;1;33`, `38;5;214`, `38:2::1:2:3`.
  mutating func apply(_ parameters: String) {
    // Colon-separated sub-parameters belong to the parameter before the first colon.
    let fields = parameters.split(separator: ";", omittingEmptySubsequences: false)
    let codes = fields.map {
      Int($0.split(separator: ":", omittingEmptySubsequences: false).first ?? "") ?? 0
    }
    var index = 0
    while index < codes.count {
      let code = codes[index]
      switch code {
      case 0:
        self = SGRState()
      case 1:
        bold = true
      case 22:
        bold = false
      case 30...37, 90...97:
        foreground = true
      case 39:
        foreground = false
      case 40...47, 100...107:
        background = true
      case 49:
        background = false
      case 38, 48, 58:
        // `5;N` or `2;R;G;B` follow in the semicolon form; they are not codes of their own.
        if !fields[index].contains(":"), index + 1 < codes.count {
          index += codes[index + 1] == 5 ? 2 : codes[index + 1] == 2 ? 4 : 1
        }
        if code == 38 { foreground = true }
        if code == 48 { background = true }
      default:
        break
      }
      index += 1
    }
  }
}
