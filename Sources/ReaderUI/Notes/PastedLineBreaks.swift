/// Line breaks in text pasted into a note, as the note keeps them.
///
/// Terminals send a pasted line break as the key Enter sends, a carriage return (xterm, VTE,
/// tmux and kitty all do), so a note pasted as three lines arrived as `one\rtwo\rthree` and
/// went into the exports as `^M` and `\r`. Every other control stays as it came: a note is
/// kept as typed.
enum PastedLineBreaks {
  /// `text` with each `\r\n` and each lone `\r` made one line feed.
  static func asLineFeeds(_ text: String) -> String {
    guard text.unicodeScalars.contains("\r") else { return text }
    var result = String.UnicodeScalarView()
    var afterReturn = false
    for scalar in text.unicodeScalars {
      if scalar == "\r" {
        result.append("\n")
        afterReturn = true
        continue
      }
      if !(afterReturn && scalar == "\n") { result.append(scalar) }
      afterReturn = false
    }
    return String(result)
  }
}
