/// Keys written as text, for `reader snapshot --keys` and the tests.
///
/// Every character stands for itself, except names in angle brackets: `<Enter>`, `<Tab>`,
/// `<S-Tab>`, `<Esc>`, `<BS>`, `<Del>`, `<Space>`, `<Up>`, `<Down>`, `<Left>`, `<Right>`,
/// `<PgUp>`, `<PgDn>`, `<Home>`, `<End>`, `<F1>`…`<F12>`, `<C-x>` (Ctrl plus a letter) and
/// `<lt>` for a literal `<`. Names ignore case.
public enum KeyString {
  /// Why a key string could not be read.
  public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var name: String
    public init(name: String) { self.name = name }
    public var description: String { "unknown key name <\(name)> in --keys" }
  }

  /// Every name `parse` knows, for help texts.
  public static let names =
    "<Enter> <Tab> <S-Tab> <Esc> <BS> <Del> <Space> <Up> <Down> <Left> <Right> <PgUp> <PgDn> "
    + "<Home> <End> <F1>…<F12> <C-x> <lt>"

  public static func parse(_ text: String) throws(ParseError) -> [Key] {
    var keys: [Key] = []
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == "<", let close = text[index...].firstIndex(of: ">"),
        close > text.index(after: index)
      {
        let name = String(text[text.index(after: index)..<close])
        guard let key = named(name) else { throw ParseError(name: name) }
        keys.append(key)
        index = text.index(after: close)
      } else {
        keys.append(character == "\n" || character == "\r" ? .enter : .character(character))
        index = text.index(after: index)
      }
    }
    return keys
  }

  private static func named(_ name: String) -> Key? {
    let lower = name.lowercased()
    switch lower {
    case "enter", "cr", "return": return .enter
    case "tab": return .tab
    case "s-tab", "backtab": return .backTab
    case "esc", "escape": return .escape
    case "bs", "backspace": return .backspace
    case "del", "delete": return .delete
    case "space": return .character(" ")
    case "up": return .up
    case "down": return .down
    case "left": return .left
    case "right": return .right
    case "pgup", "pageup": return .pageUp
    case "pgdn", "pagedown": return .pageDown
    case "home": return .home
    case "end": return .end
    case "lt": return .character("<")
    default: break
    }
    if lower.hasPrefix("c-"), lower.count == 3, let letter = lower.last, letter.isLetter {
      return .control(letter)
    }
    if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
      return .function(number)
    }
    return nil
  }
}
