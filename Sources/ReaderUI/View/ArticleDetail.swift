import ReaderCore
import ReaderScreen
import TerminalText

extension ArticleListPane {
  /// The article's second row in `width` columns: its authors, then its date right-aligned in
  /// a column of its own. When they do not both fit, the names are cut, not the date.
  static func detail(of article: Article, width: Int) -> [Cell] {
    let authors = article.authors.joinedText(separator: ", ")
    let date = article.date?.iso ?? article.dateText ?? ""
    guard !date.isEmpty else { return fit(authors, width: width, role: .muted) }
    let dateCells = fit(date, width: width, role: .muted)
    let room = width - displayWidth(of: dateCells) - 1
    guard room > 0 else { return dateCells }
    var names = fit(authors, width: room, role: .muted)
    names += Array(repeating: Cell.blank(.muted), count: room - displayWidth(of: names) + 1)
    return names + dateCells
  }
}
