/// A `capture-pane -p -e` capture read back into what each cell shows: its character and
/// every SGR setting in force there (colours as written, attributes), with the blanks at a
/// row's end dropped when nothing of them shows.
///
/// Two captures of the same screen can differ in their escapes alone: tmux writes SGR changes
/// between cells and carries them over line ends, and a cell never written and a space
/// written in the terminal's own look serialise differently at a row's end. Compared cell by
/// cell they are the same.
func capturedCells(_ capture: String) -> [[String]] {
  var rows: [[String]] = [[]]
  var state: [String: String] = [:]
  var scalars = capture.unicodeScalars.makeIterator()
  while let scalar = scalars.next() {
    switch scalar {
    case "\n":
      rows.append([])
    case "\u{1B}":
      guard scalars.next() == "[" else { continue }
      var parameters = ""
      while let byte = scalars.next() {
        if (0x40...0x7E).contains(byte.value) {
          if byte == "m" { applySGR(parameters, to: &state) }
          break
        }
        parameters.unicodeScalars.append(byte)
      }
    default:
      let look = state.keys.sorted().map { "\($0)=\(state[$0]!)" }.joined(separator: ",")
      rows[rows.count - 1].append("\(scalar)|\(look)")
    }
  }
  // A blank shows only its background and the attributes drawn across a cell.
  let invisible: (String) -> Bool = { cell in
    cell.hasPrefix(" |") && !cell.contains("bg=") && !cell.contains("reverse")
      && !cell.contains("underline")
  }
  return rows.map { row in
    var row = row
    while let last = row.last, invisible(last) { row.removeLast() }
    return row
  }.reversed().drop { $0.isEmpty }.reversed()
}

/// Applies one `ESC [ … m` to `state`: attribute names and colour parameters as written.
private func applySGR(_ parameters: String, to state: inout [String: String]) {
  let codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map {
    Int($0) ?? 0
  }
  var index = 0
  let names = [1: "bold", 2: "dim", 3: "italic", 4: "underline", 5: "blink", 7: "reverse"]
  while index < codes.count {
    let code = codes[index]
    switch code {
    case 0: state = [:]
    case 1, 2, 3, 4, 5, 7: state[names[code]!] = "on"
    case 22:
      state["bold"] = nil
      state["dim"] = nil
    case 23: state["italic"] = nil
    case 24: state["underline"] = nil
    case 25: state["blink"] = nil
    case 27: state["reverse"] = nil
    case 30...37, 90...97: state["fg"] = String(code)
    case 39: state["fg"] = nil
    case 40...47, 100...107: state["bg"] = String(code)
    case 49: state["bg"] = nil
    case 38, 48:
      let key = code == 38 ? "fg" : "bg"
      if index + 2 < codes.count, codes[index + 1] == 5 {
        state[key] = "5;\(codes[index + 2])"
        index += 2
      } else if index + 4 < codes.count, codes[index + 1] == 2 {
        state[key] = "2;\(codes[index + 2]);\(codes[index + 3]);\(codes[index + 4])"
        index += 4
      }
    default: break
    }
    index += 1
  }
}
