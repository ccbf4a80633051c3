/// A source line run on into a title paragraph: `The Same Subject Continued (…) For the New
/// York Packet. Friday, December 7, 1787`. The title ends where a sentence starting with
/// `For` or `From` begins, after a closing parenthesis or a period, when that sentence holds a
/// year; the rest says where and when the piece appeared.
enum RunOnSourceLine {
  private static let openers = ["For ", "From "]

  /// `title` without a run-on source line; `title` itself when it has none.
  static func trimmed(_ title: String) -> String {
    let characters = Array(title)
    var index = 1
    while index < characters.count - 1 {
      defer { index += 1 }
      guard characters[index] == " ", characters[index - 1] == ")" || characters[index - 1] == "."
      else { continue }
      let rest = String(characters[(index + 1)...])
      guard openers.contains(where: { rest.hasPrefix($0) }), holdsYear(rest) else { continue }
      return String(characters[..<index])
    }
    return title
  }

  /// Four digits in a row, starting with 1 or 2.
  private static func holdsYear(_ text: String) -> Bool {
    var run = 0
    var first: Character = " "
    for character in text {
      if character.isASCII && character.isNumber {
        if run == 0 { first = character }
        run += 1
        if run == 4 && (first == "1" || first == "2") { return true }
      } else {
        run = 0
      }
    }
    return false
  }
}
